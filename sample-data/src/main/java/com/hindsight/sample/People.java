package com.hindsight.sample;

import java.util.SplittableRandom;

/**
 * Personal data as complaint records and some posts carry it: names, mobile numbers, national ID
 * numbers with a valid check digit, UnionPay card numbers with a valid Luhn digit, e-mail
 * addresses on example domains. All invented; none is looked up anywhere.
 */
final class People {
    private People() {
    }

    private static final String[] EMAIL_DOMAINS = {"example.com", "example.cn", "mail.example.org"};
    private static final String[] CARD_BINS = {"622202", "621700", "622848", "621226", "622588", "623668"};
    private static final char[] ID_CHECK = "10X98765432".toCharArray();
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    static String chineseName(SplittableRandom random) {
        String surname = Draw.pick(random, Lexicon.SURNAMES);
        String given = Draw.pick(random, Lexicon.GIVEN_CHARS);
        if (random.nextInt(10) < 6) {
            given += Draw.pick(random, Lexicon.GIVEN_CHARS);
        }
        return surname + given;
    }

    /** An 11-digit mainland mobile number, 1[3-9]xxxxxxxxx. */
    static String mobile(SplittableRandom random) {
        StringBuilder sb = new StringBuilder(11).append('1').append(3 + random.nextInt(7));
        for (int i = 0; i < 9; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }

    /**
     * An 18-character resident ID number: region code, birth date yyyyMMdd (1950-2004), a
     * three-digit sequence and the ISO 7064 MOD 11-2 check character.
     */
    static String idNumber(SplittableRandom random) {
        StringBuilder sb = new StringBuilder(18).append(Draw.pick(random, Lexicon.REGION_CODES));
        int year = 1950 + random.nextInt(55);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth());
        Times.pad(sb, year, 4);
        Times.pad(sb, month, 2);
        Times.pad(sb, day, 2);
        Times.pad(sb, random.nextInt(1000), 3);
        return sb.append(idCheckCharacter(sb)).toString();
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    static char idCheckCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK[sum % 11];
    }

    /** A 16- or 19-digit UnionPay card number (starts with 62) with a valid Luhn digit. */
    static String cardNumber(SplittableRandom random) {
        int length = random.nextInt(3) == 0 ? 19 : 16;
        StringBuilder sb = new StringBuilder(length).append(Draw.pick(random, CARD_BINS));
        while (sb.length() < length - 1) {
            sb.append(random.nextInt(10));
        }
        return sb.append(luhnDigit(sb)).toString();
    }

    static char luhnDigit(CharSequence payload) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** The card number in groups of four, as people type it: 6222 0212 3456 7890. */
    static String spaced(String cardNumber) {
        StringBuilder sb = new StringBuilder(cardNumber.length() + 5);
        for (int i = 0; i < cardNumber.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
            sb.append(cardNumber.charAt(i));
        }
        return sb.toString();
    }

    static String email(SplittableRandom random) {
        StringBuilder sb = new StringBuilder(Draw.pick(random, Lexicon.LATIN_FIRST));
        sb.append(random.nextInt(2) == 0 ? '.' : '_').append(1960 + random.nextInt(50));
        return sb.append('@').append(Draw.pick(random, EMAIL_DOMAINS)).toString();
    }
}
