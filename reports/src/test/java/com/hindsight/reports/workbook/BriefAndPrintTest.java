package com.hindsight.reports.workbook;

import static com.hindsight.reports.WorkbookCells.rowLabelled;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hindsight.reports.Fixtures;
import com.hindsight.reports.Language;
import com.hindsight.reports.ReportWriter;
import com.hindsight.reports.WorkbookCells;
import com.hindsight.reports.charts.ChartFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The brief, the native charts and the print settings, read back from written workbooks and
 * checked against the metrics document they came from.
 */
class BriefAndPrintTest {
    private static final JsonNode DOCUMENT = Fixtures.tree(Fixtures.INCIDENT);
    private static final String RUN = "20261202T010203Z-abcd";
    private static byte[] english;
    private static byte[] chinese;
    private static byte[] portfolio;

    @BeforeAll
    static void writeOnce() {
        english = incident(Language.EN);
        chinese = incident(Language.ZH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter(Language.EN, ChartFont.installed(), RUN).portfolio(Fixtures.portfolio(),
                out);
        portfolio = out.toByteArray();
    }

    private static byte[] incident(Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter(language, ChartFont.installed(), RUN).incident(Fixtures.incident(), out);
        return out.toByteArray();
    }

    @Test
    void briefIsTheFirstSheetAndItsKeyFiguresAreTheDocuments() throws IOException {
        try (XSSFWorkbook workbook = WorkbookCells.open(english)) {
            Sheet brief = workbook.getSheetAt(0);
            assertThat(brief.getSheetName()).isEqualTo("Brief");
            for (String milestone : List.of("detected", "first_statement", "regulator_informed",
                    "closed")) {
                JsonNode time = responseTime(milestone);
                Row row = rowLabelled(brief, 0, "Hours to " + label(milestone));
                assertThat(row.getCell(1).getNumericCellValue()).as(milestone)
                        .isEqualTo(time.get("hours_from_first_mention").asDouble());
                assertThat(row.getCell(3).getNumericCellValue()).as(milestone)
                        .isEqualTo(time.get("target_hours").asDouble());
                String status = time.get("target_status").asText();
                assertThat(row.getCell(4).getStringCellValue()).as(milestone)
                        .isEqualTo(switch (status) {
                            case "met" -> "met";
                            case "late" -> "missed (late)";
                            default -> "missed (not done)";
                        });
            }
            Row negative = rowLabelled(brief, 0,
                    "Negative share 6 h after statement (target: before)");
            assertThat(negative.getCell(1).getNumericCellValue())
                    .isEqualTo(DOCUMENT.at("/response_effect/negative_share_after").asDouble());
            assertThat(negative.getCell(3).getNumericCellValue())
                    .isEqualTo(DOCUMENT.at("/response_effect/negative_share_before").asDouble());
            assertThat(negative.getCell(4).getStringCellValue()).isEqualTo("fell below (met)");
            assertThat(rowLabelled(brief, 0, "Complaints").getCell(1).getNumericCellValue())
                    .isEqualTo(DOCUMENT.at("/complaint_media_peaks/complaints").asDouble());
        }
    }

    @Test
    void briefShowsTheAsOfDateAndTheAnalyzeRunOnItsCover() throws IOException {
        try (XSSFWorkbook workbook = WorkbookCells.open(english)) {
            String source = workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue();
            assertThat(source).contains("Data as of " + DOCUMENT.get("as_of").asText())
                    .contains("analyze run " + RUN)
                    .contains("severity 100 of 100, rank 1 in the portfolio");
            assertThat(DOCUMENT.at("/severity/severity").asDouble()).isEqualTo(100.0);
        }
        try (XSSFWorkbook workbook = WorkbookCells.open(portfolio)) {
            Sheet cover = workbook.getSheetAt(0);
            assertThat(cover.getSheetName()).isEqualTo("Cover");
            assertThat(cover.getRow(1).getCell(0).getStringCellValue())
                    .contains("Data as of " + Fixtures.tree(Fixtures.PORTFOLIO).get("as_of")
                            .asText()).contains("analyze run " + RUN);
        }
    }

    @Test
    void verdictStatesTheResponseAgainstItsTargetInChinese() throws IOException {
        try (XSSFWorkbook workbook = WorkbookCells.open(chinese)) {
            Sheet brief = workbook.getSheetAt(0);
            List<String> texts = texts(brief);
            // 2.31 h against 4 h; negative share 62.5 % before, 45.1 % after (the document's)
            assertThat(texts).contains("首次声明用时 2.3 小时，达到 4 小时目标；声明后 6 小时负面占比由"
                    + " 63% 降至 45%。");
            // the fixture: the regulator informed after 30.5 h (target 24 h), never closed
            assertThat(texts).contains(
                    "未达标环节：报告监管（30.5 小时，目标 24 小时）；结案（未完成，目标 336 小时）。");
            assertThat(texts).anyMatch(t -> t.startsWith("截至 2025-11-14，")
                    && t.contains("逾期"));
        }
    }

    @Test
    void nativeChartsAreBoundToTheirSheetsRanges() throws IOException {
        int hours = DOCUMENT.get("hourly").size();
        int milestones = DOCUMENT.get("response_times").size();
        int versus = DOCUMENT.get("complaints_vs_media").size();
        try (XSSFWorkbook workbook = WorkbookCells.open(english)) {
            XSSFChart spread = onlyChart(workbook.getSheet("Spread"));
            var lines = spread.getChartSeries().get(0);
            assertThat(lines.getSeries(0).getCategoryData().getDataRangeReference())
                    .isEqualTo("Spread!$A$2:$A$" + (hours + 1));
            assertThat(lines.getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("Spread!$B$2:$B$" + (hours + 1));
            // all channels, the four main channels (F to I) and the others summed (J)
            assertThat(lines.getSeriesCount()).isEqualTo(6);
            assertThat(lines.getSeries(1).getValuesData().getDataRangeReference())
                    .isEqualTo("Spread!$F$2:$F$" + (hours + 1));
            assertThat(lines.getSeries(5).getValuesData().getDataRangeReference())
                    .isEqualTo("Spread!$J$2:$J$" + (hours + 1));
            assertThat(lines.getSeries(0).getValuesData().getPointAt(0))
                    .isEqualTo(DOCUMENT.at("/hourly/0/posts").asDouble());

            XSSFChart response = onlyChart(workbook.getSheet("Response"));
            var bars = response.getChartSeries().get(0);
            assertThat(bars.getSeries(0).getCategoryData().getDataRangeReference())
                    .isEqualTo("Response!$B$2:$B$" + (milestones + 1));
            assertThat(bars.getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("Response!$D$2:$D$" + (milestones + 1));
            assertThat(response.getChartSeries().get(1).getSeries(0).getValuesData()
                    .getDataRangeReference()).isEqualTo("Response!$E$2:$E$" + (milestones + 1));

            XSSFChart complaints = onlyChart(workbook.getSheet("Complaints vs posts"));
            assertThat(complaints.getChartSeries()).hasSize(2);
            assertThat(complaints.getChartSeries().get(0).getSeries(0).getValuesData()
                    .getDataRangeReference())
                    .isEqualTo("'Complaints vs posts'!$B$2:$B$" + (versus + 1));
            assertThat(complaints.getChartSeries().get(1).getSeries(0).getValuesData()
                    .getDataRangeReference())
                    .isEqualTo("'Complaints vs posts'!$C$2:$C$" + (versus + 1));
        }
    }

    @Test
    void everySheetPrintsOnA4OnePageWideWithItsPrintArea() throws IOException {
        for (byte[] written : List.of(english, chinese, portfolio)) {
            try (XSSFWorkbook workbook = WorkbookCells.open(written)) {
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    XSSFSheet sheet = workbook.getSheetAt(i);
                    String name = sheet.getSheetName();
                    assertThat(workbook.getPrintArea(i)).as(name).isNotNull();
                    PrintSetup setup = sheet.getPrintSetup();
                    assertThat(setup.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                    assertThat(sheet.getFitToPage()).as(name).isTrue();
                    assertThat(setup.getFitWidth()).as(name).isEqualTo((short) 1);
                    if (i == 0) {
                        // the brief and the cover: exactly one portrait page
                        assertThat(setup.getFitHeight()).as(name).isEqualTo((short) 1);
                        assertThat(setup.getLandscape()).as(name).isFalse();
                    } else {
                        assertThat(setup.getFitHeight()).as(name).isEqualTo((short) 0);
                        assertThat(sheet.getRepeatingRows()).as(name).isNotNull();
                        assertThat(sheet.getRepeatingRows().getFirstRow()).isZero();
                        assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow())
                                .as(name).isEqualTo((short) 1);
                    }
                }
            }
        }
        try (XSSFWorkbook workbook = WorkbookCells.open(english)) {
            assertThat(workbook.getSheet("Spread").getPrintSetup().getLandscape()).isTrue();
            assertThat(workbook.getSheet("Complaint backlog").getPrintSetup().getLandscape())
                    .isFalse();
            assertThat(workbook.getPrintArea(0)).isEqualTo("Brief!$A$1:$E$" + (workbook
                    .getSheetAt(0).getLastRowNum() + 1));
        }
    }

    @Test
    void storedTextStartingLikeAFormulaStaysText() throws IOException {
        String title = "=HYPERLINK(\"http://example.com\",\"click\")";
        byte[] document = Fixtures.incidentWith(tree -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("incident"))
                    .put("title", title).put("bank", "=1+1");
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("review"))
                    .putArray("lessons").add("@SUM(A1:A2)").add("+cmd|' /C calc'!A0");
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter(Language.EN, ChartFont.installed(), RUN).incident(
                com.hindsight.reports.metrics.IncidentMetrics.read("metrics/f.json", document), out);
        try (XSSFWorkbook workbook = WorkbookCells.open(out.toByteArray())) {
            List<String> texts = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + " "
                                + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
            assertThat(texts).contains("INC-T-001: " + title, "=1+1", "• @SUM(A1:A2)");
        }
    }

    private static XSSFChart onlyChart(XSSFSheet sheet) {
        List<XSSFChart> charts = sheet.createDrawingPatriarch().getCharts();
        assertThat(charts).as(sheet.getSheetName()).hasSize(1);
        return charts.get(0);
    }

    private static JsonNode responseTime(String milestone) {
        for (JsonNode row : DOCUMENT.get("response_times")) {
            if (row.get("milestone").asText().equals(milestone)) {
                return row;
            }
        }
        throw new AssertionError("no " + milestone);
    }

    private static String label(String milestone) {
        return switch (milestone) {
            case "detected" -> "Detected";
            case "first_statement" -> "First statement";
            case "regulator_informed" -> "Regulator informed";
            case "closed" -> "Closed";
            default -> milestone;
        };
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
