package com.hindsight.jobs.analyze.portfolio;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.first;

import com.hindsight.core.metrics.Milestone;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Response times side by side across incidents, in the order they opened: one row per incident,
 * one column per milestone ({@code <milestone>_hours}, hours from the first mention; null when the
 * milestone did not happen), so a reader sees whether the bank is getting faster.
 */
public final class ResponseTrends {
    private ResponseTrends() {
    }

    /**
     * @param incidents     the register (id, category, opened_at)
     * @param responseTimes incident_id, milestone, hours_from_first_mention
     */
    public static Dataset<Row> of(Dataset<Row> incidents, Dataset<Row> responseTimes) {
        List<Object> milestones = Arrays.stream(Milestone.values()).map(m -> (Object) m.key())
                .toList();
        Dataset<Row> wide = responseTimes.groupBy("incident_id").pivot("milestone", milestones)
                .agg(first("hours_from_first_mention"));
        for (Object milestone : milestones) {
            wide = wide.withColumnRenamed((String) milestone, milestone + "_hours");
        }
        return incidents.select(col("id").as("incident_id"), col("category"), col("opened_at"),
                        date_format(col("opened_at"), "yyyy-MM").as("period"))
                .join(wide, "incident_id", "left")
                .orderBy(col("opened_at"), col("incident_id"));
    }
}
