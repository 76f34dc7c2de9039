package com.hindsight.sample;

import java.util.SplittableRandom;

/**
 * An account that posts. Accounts come from a population shared by all incidents; an account's
 * name and follower count are a pure function of the seed and its number, so nothing about the
 * population is held in memory. Follower counts are heavy-tailed: most accounts have 10 to 1,000
 * followers, about one in a hundred is a "big V" with a million or more.
 */
record Author(String id, String name, long followers) {

    /** Share of accounts that are big V. */
    static final double BIG_V_SHARE = 0.012;

    /**
     * Draws an account from a population of the given size; low-numbered accounts are the active
     * ones and post more often.
     */
    static Author draw(SplittableRandom random, long seed, long population, Channel channel) {
        long number = (long) (population * StrictMath.pow(random.nextDouble(), 1.6));
        return of(seed, number, channel);
    }

    static Author of(long seed, long number, Channel channel) {
        SplittableRandom r = new SplittableRandom(Seeds.derive(seed, Seeds.Purpose.AUTHORS.ordinal(), number));
        long followers;
        boolean bigV = r.nextDouble() < BIG_V_SHARE;
        if (bigV) {
            followers = (long) Math.min(6.0e7, Draw.pareto(r, 1.0e6, 1.3));
        } else {
            followers = Math.max(0, (long) Draw.logNormal(r, 120, 1.5));
        }
        String name = channel.isInternational() ? latinName(r, number) : chineseName(r, number, bigV);
        long idNumber = 1_000_000_000L + Math.floorMod(number * 104_729L, 8_999_999_999L);
        return new Author(channel.prefix() + "u" + idNumber, name, followers);
    }

    private static String chineseName(SplittableRandom r, long number, boolean bigV) {
        if (bigV) {
            String template = Draw.pick(r, Lexicon.BIG_V_NAMES);
            return Template.fill(template, slot -> switch (slot) {
                case "surname" -> Draw.pick(r, Lexicon.SURNAMES);
                case "city" -> Draw.pick(r, Lexicon.CITIES);
                default -> null;
            });
        }
        int style = r.nextInt(10);
        if (style < 2) {
            return "用户" + (5_000_000_000L + Math.floorMod(number * 7_919L, 4_999_999_999L));
        }
        if (style < 6) {
            return Draw.pick(r, Lexicon.NICK_ADJECTIVES) + Draw.pick(r, Lexicon.NICK_NOUNS);
        }
        if (style < 8) {
            return Draw.pick(r, Lexicon.NICK_NOUNS) + (1980 + r.nextInt(45));
        }
        return Draw.pick(r, Lexicon.LATIN_FIRST) + "_" + (r.nextInt(9000) + 100);
    }

    private static String latinName(SplittableRandom r, long number) {
        return "@" + Draw.pick(r, Lexicon.LATIN_FIRST) + Draw.pick(r, Lexicon.LATIN_SUFFIX)
                + (number % 7 == 0 ? Long.toString(number % 100) : "");
    }
}
