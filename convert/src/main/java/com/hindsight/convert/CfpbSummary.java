package com.hindsight.convert;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link CfpbConverter} did, per export file.
 *
 * @param archive the archive written to
 * @param exports one entry per {@code --in}, in the order given
 */
public record CfpbSummary(Path archive, List<Export> exports) {
    public CfpbSummary {
        exports = List.copyOf(exports);
    }

    public long problems() {
        return exports.stream().mapToLong(Export::problems).sum();
    }

    /**
     * The counts of one export.
     *
     * @param name             the export's file name
     * @param output           the archive file written, relative to the archive
     * @param records          records read (the header aside)
     * @param written          complaints written
     * @param problemsByReason problems reported, by reason code
     * @param channels         written complaints by archive channel
     * @param outcomes         written complaints by archive outcome ("" for none)
     * @param timelyYes        written complaints with Timely response? = Yes
     * @param timelyNo         ... = No
     * @param timelyOther      ... empty or another value
     * @param firstReceived    the earliest received_at written ("" when none)
     * @param lastReceived     the latest received_at written ("" when none)
     */
    public record Export(String name, String output, long records, long written,
                         Map<String, Long> problemsByReason, Map<String, Long> channels,
                         Map<String, Long> outcomes, long timelyYes, long timelyNo,
                         long timelyOther, String firstReceived, String lastReceived) {
        public Export {
            problemsByReason = Map.copyOf(new TreeMap<>(problemsByReason));
            channels = Map.copyOf(channels);
            outcomes = Map.copyOf(outcomes);
        }

        public long problems() {
            return problemsByReason.values().stream().mapToLong(Long::longValue).sum();
        }

        /** CFPB's own "Timely response?" share: Yes / (Yes + No); NaN when neither occurs. */
        public double timelyShare() {
            long answered = timelyYes + timelyNo;
            return answered == 0 ? Double.NaN : (double) timelyYes / answered;
        }
    }
}
