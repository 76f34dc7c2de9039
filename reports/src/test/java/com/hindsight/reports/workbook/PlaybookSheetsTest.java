package com.hindsight.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.hindsight.reports.Fixtures;
import com.hindsight.reports.Language;
import com.hindsight.reports.ReportWriter;
import com.hindsight.reports.WorkbookCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The Playbook sheet of the incident workbook and Drills vs real of the portfolio. */
class PlaybookSheetsTest {
    private static XSSFWorkbook incident(Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter(language).incident(Fixtures.incident(), out);
        return WorkbookCells.open(out.toByteArray());
    }

    @Test
    void playbookSheetShowsEveryStepWithItsStatusInColour() throws IOException {
        try (XSSFWorkbook workbook = incident(Language.EN)) {
            Sheet sheet = workbook.getSheet("Playbook");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Step");
            Row late = sheet.getRow(2);
            assertThat(late.getCell(0).getStringCellValue()).isEqualTo("Plan activated");
            assertThat(late.getCell(1).getStringCellValue()).isEqualTo("Management");
            assertThat(late.getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(late.getCell(3).getNumericCellValue()).isEqualTo(2.5);
            assertThat(late.getCell(4).getStringCellValue()).isEqualTo("late");
            assertThat(late.getCell(4).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(sheet.getRow(1).getCell(4).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue())
                    .isEqualTo("early (before its reference)");
            Row missed = sheet.getRow(4);
            assertThat(missed.getCell(3)).as("no hours for a step never done")
                    .matches(cell -> cell == null || cell.getCellType()
                            == org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(missed.getCell(4).getStringCellValue()).isEqualTo("missed");
            assertThat(sheet.getRow(5).getCell(4).getStringCellValue())
                    .isEqualTo("not required, not done");

            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("hindsight-default");
            assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("real incident");
            assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).isEqualTo("Risk");
            assertThat(sheet.getRow(4).getCell(7).getStringCellValue())
                    .isEqualTo("Other (Customer service)");

            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("J1");
            assertThat(sheet.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(0.5);
            assertThat(sheet.getRow(2).getCell(12).getStringCellValue()).isEqualTo("unanswered");
            assertThat(sheet.getRow(2).getCell(12).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.ROSE.getIndex());
        }
    }

    @Test
    void playbookSheetIsTranslated() throws IOException {
        try (XSSFWorkbook workbook = incident(Language.ZH)) {
            Sheet sheet = workbook.getSheet("预案对照");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("启动预案");
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("超时");
        }
    }

    @Test
    void drillsVersusRealListsEachStepOfEachCategoryWithADrill() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter(Language.EN).portfolio(Fixtures.portfolio(), out);
        try (XSSFWorkbook workbook = WorkbookCells.open(out.toByteArray())) {
            Sheet sheet = workbook.getSheet("Drills vs real");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("System failure");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Statement");
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(1.5);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(3);
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(1);
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(5.2);
        }
    }
}
