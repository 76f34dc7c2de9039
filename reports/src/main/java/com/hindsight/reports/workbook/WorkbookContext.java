package com.hindsight.reports.workbook;

import com.hindsight.reports.Labels;
import com.hindsight.reports.charts.ChartImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * What every sheet builder of one workbook shares: the workbook, its styles, the labels and
 * where the report's data came from. It also keeps how far each sheet's tables and pictures
 * reach, so {@link #finish()} can give every sheet its print area ({@link PrintLayout}).
 */
public final class WorkbookContext {
    /** Pixels of a default column (8.43 characters) and a default row (15 points). */
    private static final int COLUMN_PIXELS = 64;
    private static final int ROW_PIXELS = 20;

    private final Workbook workbook;
    private final ReportStyles styles;
    private final Labels labels;
    private final ReportSource source;
    private final Map<Sheet, PrintLayout> layouts = new LinkedHashMap<>();

    public WorkbookContext(Workbook workbook, ReportStyles styles, Labels labels,
                           ReportSource source) {
        this.workbook = workbook;
        this.styles = styles;
        this.labels = labels;
        this.source = source;
    }

    public Workbook workbook() {
        return workbook;
    }

    public ReportStyles styles() {
        return styles;
    }

    public Labels labels() {
        return labels;
    }

    /** The analyze run and as-of date the workbook's documents came from. */
    public ReportSource source() {
        return source;
    }

    /** A new sheet named by the label {@code sheet.<key>}, header row frozen and repeated. */
    public Sheet sheet(String key) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                labels.get("sheet." + key)));
        sheet.createFreezePane(0, 1);
        layouts.put(sheet, PrintLayout.table());
        return sheet;
    }

    /** A new sheet laid out as one printed portrait page (the brief, the cover): no header row. */
    public Sheet page(String key) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                labels.get("sheet." + key)));
        layouts.put(sheet, PrintLayout.onePage());
        return sheet;
    }

    /** A table on {@code sheet} from column {@code firstColumn}, headed by labels. */
    public SheetTable table(Sheet sheet, int firstColumn, List<SheetTable.Column> columns) {
        reach(sheet, firstColumn + columns.size() - 1, 0);
        return new SheetTable(sheet, styles, firstColumn, columns);
    }

    /** A header column: the label of {@code key}, {@code width} characters wide. */
    public SheetTable.Column column(String key, int width) {
        return new SheetTable.Column(labels.get(key), width);
    }

    /** Records that something on {@code sheet} reaches this column and row (for printing). */
    public void reach(Sheet sheet, int column, int row) {
        layouts.computeIfAbsent(sheet, s -> PrintLayout.table()).reach(column, row);
    }

    /**
     * Embeds a chart's PNG with its top-left corner at (column, row), spanning as many default
     * columns and rows as its pixels need (columns right of the tables keep the default width).
     *
     * @return the first row below the picture
     */
    public int embed(Sheet sheet, ChartImage chart, int column, int row) {
        int lastColumn = column + ceilDiv(chart.width(), COLUMN_PIXELS);
        int lastRow = row + ceilDiv(chart.height(), ROW_PIXELS);
        embed(sheet, chart, column, row, lastColumn, lastRow);
        return lastRow + 1;
    }

    /** Embeds a chart's PNG scaled into the cells from (column, row) to (lastColumn, lastRow). */
    public void embed(Sheet sheet, ChartImage chart, int column, int row, int lastColumn,
                      int lastRow) {
        int picture = workbook.addPicture(chart.png(), Workbook.PICTURE_TYPE_PNG);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, column, row, lastColumn, lastRow);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        drawing.createPicture(anchor, picture);
        reach(sheet, lastColumn - 1, lastRow - 1);
    }

    /**
     * The sheet as POI's full model, for what the streaming model lacks (native charts): the
     * rows stay streamed, the drawing is shared with the pictures.
     */
    public XSSFSheet fullSheet(Sheet sheet) {
        return ((SXSSFWorkbook) workbook).getXSSFWorkbook().getSheet(sheet.getSheetName());
    }

    /** Gives every sheet its print area and page setup; call once, after the last sheet. */
    public void finish() {
        for (Map.Entry<Sheet, PrintLayout> entry : layouts.entrySet()) {
            entry.getValue().apply(workbook, entry.getKey());
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
