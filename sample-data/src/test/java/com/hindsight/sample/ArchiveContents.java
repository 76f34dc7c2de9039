package com.hindsight.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hindsight.model.SourceTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An archive read back the way a consumer would: JSON Lines with Jackson, CSV with commons-csv,
 * the workbook with POI. Values keep their JSON types (String, Long, Double, Boolean); CSV and
 * workbook values are strings (the workbook's numbers are Double).
 */
record ArchiveContents(List<Record> media, List<Record> complaints, List<Record> incidents,
                       List<Record> actions, List<JsonNode> reviews, List<Record> drills,
                       List<Record> drillActions) {

    /** One record and the file it came from. */
    record Record(String file, Map<String, Object> values) {
        String string(String field) {
            Object v = values.get(field);
            return v == null || v.toString().isEmpty() ? null : v.toString();
        }

        boolean has(String field) {
            return string(field) != null;
        }

        Instant instant(String field) {
            return ArchiveContents.instant(values.get(field));
        }

        double number(String field) {
            Object v = values.get(field);
            return v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString());
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static ArchiveContents read(Path archive) throws IOException {
        List<Record> media = new ArrayList<>();
        List<Record> complaints = new ArrayList<>();
        for (Path file : ArchiveLayout.generatorFiles(archive, SourceTable.MEDIA)) {
            String name = file.getFileName().toString();
            if (name.contains("demo")) {
                continue;
            }
            if (name.endsWith(".csv")) {
                media.addAll(csv(file));
            } else {
                media.addAll(jsonLines(file));
            }
        }
        for (Path file : ArchiveLayout.generatorFiles(archive, SourceTable.COMPLAINTS)) {
            String name = file.getFileName().toString();
            if (name.contains("demo")) {
                continue;
            }
            complaints.addAll(name.endsWith(".xlsx") ? workbook(file) : csv(file));
        }
        List<JsonNode> reviews = new ArrayList<>();
        for (Path file : ArchiveLayout.generatorFiles(archive, SourceTable.REVIEWS)) {
            reviews.add(JSON.readTree(file.toFile()));
        }
        // the real incidents apart from the drill's own files (HuaruiDrill)
        return new ArchiveContents(media, complaints,
                csv(archive.resolve(SourceTable.INCIDENTS.folder()).resolve(ArchiveLayout.REGISTER)),
                csv(archive.resolve(SourceTable.ACTIONS.folder()).resolve(ArchiveLayout.TIMELINE)), reviews,
                csv(archive.resolve(SourceTable.INCIDENTS.folder()).resolve(HuaruiDrill.REGISTER)),
                csv(archive.resolve(SourceTable.ACTIONS.folder()).resolve(HuaruiDrill.TIMELINE)));
    }

    static List<Record> jsonLines(Path file) throws IOException {
        List<Record> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode node = JSON.readTree(line);
                Map<String, Object> values = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> e = fields.next();
                    JsonNode v = e.getValue();
                    values.put(e.getKey(), v.isTextual() ? v.textValue() : v.isBoolean() ? (Object) v.booleanValue()
                            : v.isIntegralNumber() ? (Object) v.longValue() : v.isNumber() ? (Object) v.doubleValue()
                            : v.toString());
                }
                out.add(new Record(file.getFileName().toString(), values));
            }
        }
        return out;
    }

    static List<Record> csv(Path file) throws IOException {
        List<Record> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord r : parser) {
                out.add(new Record(file.getFileName().toString(), new LinkedHashMap<>(r.toMap())));
            }
        }
        return out;
    }

    static List<Record> workbook(Path file) throws IOException {
        List<Record> out = new ArrayList<>();
        List<List<Object>> rows = cells(file);
        List<Object> header = rows.get(0);
        for (List<Object> row : rows.subList(1, rows.size())) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                Object v = i < row.size() ? row.get(i) : null;
                if (v != null) {
                    values.put(header.get(i).toString(), v);
                }
            }
            out.add(new Record(file.getFileName().toString(), values));
        }
        return out;
    }

    /** Every cell of the first sheet: String for text, Double for numbers, null for no cell. */
    static List<List<Object>> cells(Path file) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        // from a stream, not a File: a workbook opened on a File is saved back to it on close
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<Object> values = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC
                            ? (Object) cell.getNumericCellValue() : cell.getStringCellValue());
                }
                rows.add(values);
            }
        }
        return rows;
    }

    /** Parses any timestamp form the contract accepts. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            long v = n.longValue();
            return v > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        }
        String s = value.toString();
        if (s.isEmpty()) {
            return null;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return instant(Long.parseLong(s));
        }
        if (s.length() == 19 && s.charAt(10) == ' ') {
            return LocalDateTime.parse(s, LOCAL).atZone(SHANGHAI).toInstant();
        }
        if (s.length() == 19) {
            return LocalDateTime.parse(s).atZone(SHANGHAI).toInstant();
        }
        return OffsetDateTime.parse(s).toInstant();
    }
}
