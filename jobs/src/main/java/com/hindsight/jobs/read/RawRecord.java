package com.hindsight.jobs.read;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createMapType;

import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The one schema of a record as read from a file, before validation. A reader fills either
 * {@code raw} alone (JSON: parsed later by Spark's JSON reader) or {@code fields} too (CSV and
 * spreadsheets, already split into named cells). A record the reader could not read at all carries
 * a {@code problem} code and {@code problem_detail}.
 */
public final class RawRecord {
    private RawRecord() {
    }

    public static final String SOURCE_FILE = "source_file";
    public static final String LINE = "source_line";
    public static final String RAW = "raw";
    public static final String FIELDS = "fields";
    public static final String PROBLEM = "problem";
    public static final String PROBLEM_DETAIL = "problem_detail";

    public static final StructType SCHEMA = new StructType()
            .add(SOURCE_FILE, StringType, false)
            .add(LINE, LongType, false)
            .add(RAW, StringType, true)
            .add(FIELDS, createMapType(StringType, StringType, true), true)
            .add(PROBLEM, StringType, true)
            .add(PROBLEM_DETAIL, StringType, true);

    /** A JSON text still to be parsed. */
    public static Row json(String file, long line, String raw) {
        return RowFactory.create(file, line, raw, null, null, null);
    }

    /** A record already split into named fields. */
    public static Row fields(String file, long line, String raw, Map<String, String> fields) {
        return RowFactory.create(file, line, raw, CollectionConverters.asScala(fields), null, null);
    }

    /**
     * A record split into fields but rejected by the reader (a CSV row with too many values): the
     * fields travel along so the personal data among them can be masked in the quarantine.
     */
    public static Row rejectedFields(String file, long line, String raw, Map<String, String> fields,
                                     String problem, String detail) {
        return RowFactory.create(file, line, raw, CollectionConverters.asScala(fields), problem,
                detail);
    }

    /** A record that could not be read; {@code problem} is a quarantine reason code. */
    public static Row problem(String file, long line, String raw, String problem, String detail) {
        return RowFactory.create(file, line, raw, null, problem, detail);
    }
}
