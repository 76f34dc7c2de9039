package com.hindsight.sample;

/**
 * What to generate.
 *
 * @param scale         size factor, at least 1: scale 1 is the bundled sample (about 8,000 posts),
 *                      posts and complaints grow linearly with it, incidents with its square root
 * @param seed          the seed every random choice derives from; the same scale and seed give the
 *                      same archive
 * @param withMalformed whether to add the demonstration files of bad records (see
 *                      {@link MalformedKind})
 * @param scenario      what the archive holds (default: the sample, real incidents and a drill)
 */
public record GeneratorConfig(int scale, long seed, boolean withMalformed, Scenario scenario) {

    public GeneratorConfig {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        }
        java.util.Objects.requireNonNull(scenario, "scenario is null");
    }

    /** The sample scenario. */
    public GeneratorConfig(int scale, long seed, boolean withMalformed) {
        this(scale, seed, withMalformed, Scenario.SAMPLE);
    }

    /** The bundled sample: scale 1, seed 42, no malformed records. */
    public static GeneratorConfig bundledSample() {
        return new GeneratorConfig(1, 42, false);
    }

    /** Number of incidents: six (one per category) times the rounded-up square root of the scale. */
    public int incidentCount() {
        return 6 * (int) Math.ceil(Math.sqrt(scale));
    }

    /** Target number of distinct posts (incident posts and noise), 8,000 per unit of scale. */
    public long targetPosts() {
        return 8_000L * scale;
    }
}
