package com.hindsight.reports.workbook;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, built once (a workbook holds at most 64,000 styles, so a style
 * per cell would not scale) and looked up by {@link CellKind}.
 */
public final class ReportStyles {
    private final Map<CellKind, CellStyle> styles = new EnumMap<>(CellKind.class);

    public ReportStyles(Workbook workbook) {
        var format = workbook.createDataFormat();
        for (CellKind kind : CellKind.values()) {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            switch (kind) {
                case HEADER -> {
                    Font bold = workbook.createFont();
                    bold.setBold(true);
                    style.setFont(bold);
                    style.setWrapText(true);
                    fill(style, IndexedColors.GREY_25_PERCENT);
                }
                case WRAPPED_TEXT -> style.setWrapText(true);
                case COUNT -> style.setDataFormat(format.getFormat("#,##0"));
                case DECIMAL -> style.setDataFormat(format.getFormat("#,##0.00"));
                case PERCENT -> style.setDataFormat(format.getFormat("0.0%"));
                case DATE_TIME -> style.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
                case DATE -> style.setDataFormat(format.getFormat("yyyy-mm-dd"));
                case MET -> fill(style, IndexedColors.LIGHT_GREEN);
                case MISSED -> fill(style, IndexedColors.ROSE);
                case PAGE_TITLE -> {
                    Font title = workbook.createFont();
                    title.setBold(true);
                    title.setFontHeightInPoints((short) 16);
                    style.setFont(title);
                    style.setWrapText(true);
                }
                case PAGE_SECTION -> {
                    Font section = workbook.createFont();
                    section.setBold(true);
                    section.setFontHeightInPoints((short) 12);
                    style.setFont(section);
                    style.setBorderBottom(BorderStyle.THIN);
                }
                case PAGE_TEXT -> style.setWrapText(true);
                case PAGE_NOTE -> {
                    Font note = workbook.createFont();
                    note.setFontHeightInPoints((short) 9);
                    note.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
                    style.setFont(note);
                    style.setWrapText(true);
                }
                case TEXT -> {
                    // the workbook's default
                }
            }
            styles.put(kind, style);
        }
    }

    private static void fill(CellStyle style, IndexedColors colour) {
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    public CellStyle get(CellKind kind) {
        return styles.get(kind);
    }
}
