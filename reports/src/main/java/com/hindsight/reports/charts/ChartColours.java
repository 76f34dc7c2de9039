package com.hindsight.reports.charts;

import java.awt.Color;
import java.util.List;

/**
 * The one palette of every chart, picture or native: Okabe and Ito's colour-blind-safe colours
 * (distinguishable with the common red-green deficiencies, and in grey print by lightness).
 * "All channels" is black and thicker than the channels; met and missed never share a colour.
 */
public final class ChartColours {
    public static final Color ALL = Color.BLACK;
    /** The main channels, in order of their volume. */
    public static final List<Color> CHANNELS = List.of(new Color(0x00, 0x72, 0xB2),
            new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7));
    /** The channels beyond the main ones, summed. */
    public static final Color OTHER = new Color(0x99, 0x99, 0x99);
    /** A target met, and the bars of hours in general. */
    public static final Color MET = new Color(0x00, 0x72, 0xB2);
    /** A target missed (late, or a step never taken). */
    public static final Color MISSED = new Color(0xD5, 0x5E, 0x00);
    /** No target to judge against. */
    public static final Color NO_TARGET = new Color(0xBB, 0xBB, 0xBB);
    /** Targets, drawn as markers. */
    public static final Color TARGET = Color.BLACK;
    /** The first statement's line. */
    public static final Color STATEMENT = new Color(0xD5, 0x5E, 0x00);
    /** Complaints beside posts. */
    public static final Color COMPLAINTS = new Color(0xE6, 0x9F, 0x00);
    /** Hourly negative share. */
    public static final Color NEGATIVE = new Color(0xCC, 0x79, 0xA7);

    private ChartColours() {
    }

    /** The colour of the {@code i}-th main channel. */
    public static Color channel(int i) {
        return CHANNELS.get(i % CHANNELS.size());
    }

    /** The colour as the three bytes OOXML takes. */
    public static byte[] rgb(Color colour) {
        return new byte[] {(byte) colour.getRed(), (byte) colour.getGreen(), (byte) colour.getBlue()};
    }
}
