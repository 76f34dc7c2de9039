package com.hindsight.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The distributions the generator draws from. All use {@link StrictMath} so that the same seed gives
 * the same numbers on every JVM and processor.
 */
final class Draw {
    private Draw() {
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    static double uniform(SplittableRandom random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    static long uniform(SplittableRandom random, long from, long toInclusive) {
        return from + random.nextLong(toInclusive - from + 1);
    }

    /** Standard normal by Box-Muller (one of the pair; simplicity over speed). */
    static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** Log-normal with the given median and shape sigma: heavy right tail for sigma above 1. */
    static double logNormal(SplittableRandom random, double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian(random));
    }

    /** Pareto with minimum xMin and tail index alpha (smaller alpha, heavier tail). */
    static double pareto(SplittableRandom random, double xMin, double alpha) {
        return xMin / StrictMath.pow(1.0 - random.nextDouble(), 1.0 / alpha);
    }

    static double exponential(SplittableRandom random, double mean) {
        return -mean * StrictMath.log(1.0 - random.nextDouble());
    }

    /** Gamma(shape, scale) for shape at least 1, by Marsaglia and Tsang. */
    static double gamma(SplittableRandom random, double shape, double scale) {
        if (shape < 1) {
            throw new IllegalArgumentException("shape must be at least 1, was " + shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / StrictMath.sqrt(9.0 * d);
        while (true) {
            double x = gaussian(random);
            double v = 1.0 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (StrictMath.log(u) < 0.5 * x * x + d - d * v + d * StrictMath.log(v)) {
                return d * v * scale;
            }
        }
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Index drawn with probability proportional to its weight. */
    static int weighted(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Rounds to two decimals, the precision sentiment scores and amounts are written with. */
    static double round2(double value) {
        return StrictMath.round(value * 100.0) / 100.0;
    }
}
