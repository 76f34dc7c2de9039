package com.hindsight.reports.charts;

/** A rendered chart: its file name without extension, PNG bytes and pixel size. */
public record ChartImage(String name, byte[] png, int width, int height) {
    public ChartImage {
        if (name == null || name.isBlank() || png == null || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart needs a name, PNG bytes and a size");
        }
    }
}
