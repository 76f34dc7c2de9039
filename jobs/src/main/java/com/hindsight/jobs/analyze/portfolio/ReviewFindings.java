package com.hindsight.jobs.analyze.portfolio;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the reviews say across incidents: root causes that recur, and review actions not done.
 */
public final class ReviewFindings {
    private ReviewFindings() {
    }

    /**
     * Root causes shared by two or more incidents. Reviews write a cause as "category: detail"
     * ("变更管理不足：上线前未完成回归测试"), so the cause compared is the text before the first
     * colon (full-width or not), or the whole text when there is none; it is compared after
     * trimming, lower-casing and removing whitespace and punctuation, so "变更管理不足。" and
     * "变更管理不足" are one cause. The first spelling (alphabetically) is shown.
     * Columns: root_cause, incidents (count), incident_ids (sorted).
     */
    public static Dataset<Row> recurringRootCauses(Dataset<Row> reviews) {
        Column cause = trim(regexp_extract(col("root_cause"), "^([^:：]*)", 1));
        return reviews.filter(col("root_cause").isNotNull())
                .withColumn("root_cause", cause)
                .withColumn("_key", regexp_replace(lower(col("root_cause")),
                        "[\\s。．.!！;；,，]+", ""))
                .filter(col("_key").notEqual(""))
                .groupBy("_key")
                .agg(org.apache.spark.sql.functions.min("root_cause").as("root_cause"),
                        count(lit(1)).as("incidents"),
                        array_sort(collect_set("incident_id")).as("incident_ids"))
                .filter(col("incidents").geq(2))
                .orderBy(col("incidents").desc(), col("root_cause"))
                .drop("_key");
    }

    /**
     * Review actions whose status is not "done", with {@code overdue} when their due date is before
     * {@code asOf} and {@code days_overdue}. The as-of date is passed in (never "today" read from
     * the clock) so a rerun gives the same result.
     * Columns: incident_id, title, owner, due, status, overdue, days_overdue.
     */
    public static Dataset<Row> openActions(Dataset<Row> reviews, LocalDate asOf) {
        return reviews.select(col("incident_id"), explode(col("actions")).as("a"))
                .select(col("incident_id"), col("a.title").as("title"), col("a.owner").as("owner"),
                        col("a.due").as("due"), col("a.status").as("status"))
                .filter(col("status").isNull().or(col("status").notEqual("done")))
                .withColumn("overdue", col("due").isNotNull()
                        .and(col("due").lt(to_date(lit(asOf.toString())))))
                .withColumn("days_overdue", when(col("overdue"),
                        datediff(to_date(lit(asOf.toString())), col("due"))))
                .orderBy(col("overdue").desc(), col("due"), col("incident_id"), col("title"));
    }
}
