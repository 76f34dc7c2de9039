package com.hindsight.sample;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from the one configured seed. Each incident draws from its
 * own streams, keyed by its index and by purpose, so the posts of incident 3 do not change when
 * incident 2 grows, and the complaints of an incident do not change when its posts do.
 */
final class Seeds {
    private Seeds() {
    }

    /** What a stream is used for; part of the key, so streams of different purposes differ. */
    enum Purpose {
        PLAN, MEDIA, NOISE, COMPLAINTS, REVIEW, AUTHORS, MALFORMED, DRILL
    }

    static SplittableRandom random(long seed, Purpose purpose, long index) {
        return new SplittableRandom(derive(seed, purpose.ordinal() + 1L, index));
    }

    /** A well-mixed 64-bit value from the seed and the parts, stable across JVMs. */
    static long derive(long seed, long... parts) {
        long h = mix(seed + 0x9E3779B97F4A7C15L);
        for (long part : parts) {
            h = mix(h ^ mix(part * 0xD1B54A32D192ED03L + 0x632BE59BD9B4E019L));
        }
        return h;
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform double in [0, 1) from a hash, for values derived without a stream. */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }
}
