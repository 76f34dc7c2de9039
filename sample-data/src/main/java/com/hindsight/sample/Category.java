package com.hindsight.sample;

import com.hindsight.model.Vocabulary;
import java.util.List;

/**
 * The six incident categories of the domain brief, with how much attention and how many complaints
 * each kind of incident draws, and its three {@link Topic topics}. The value written to the
 * register is taken from {@link Vocabulary#INCIDENT_CATEGORIES}.
 */
enum Category {
    SYSTEM_FAILURE("system_failure", 1.30, 0.28, CategoryTopics.SYSTEM_FAILURE),
    DATA_LEAK("data_leak", 1.05, 0.15, CategoryTopics.DATA_LEAK),
    MIS_SELLING("mis_selling", 1.00, 0.31, CategoryTopics.MIS_SELLING),
    SERVICE_QUALITY("service_quality", 1.05, 0.10, CategoryTopics.SERVICE_QUALITY),
    PRICING_POLICY("pricing_policy", 0.80, 0.15, CategoryTopics.PRICING_POLICY),
    STAFF_MISCONDUCT("staff_misconduct", 0.80, 0.07, CategoryTopics.STAFF_MISCONDUCT);

    private final String value;
    private final double attention;
    private final double complaintsPerPost;
    private final List<Topic> topics;

    Category(String value, double attention, double complaintsPerPost,
             List<Topic> topics) {
        if (!Vocabulary.INCIDENT_CATEGORIES.contains(value)) {
            throw new IllegalStateException("category " + value + " is not in the vocabulary");
        }
        this.value = value;
        this.attention = attention;
        this.complaintsPerPost = complaintsPerPost;
        this.topics = topics;
    }

    /** The register's category value. */
    String value() {
        return value;
    }

    /** Relative number of posts an incident of this kind draws (mean over categories about 1). */
    double attention() {
        return attention;
    }

    /** Complaints per incident post; mis-selling and system failures draw the most. */
    double complaintsPerPost() {
        return complaintsPerPost;
    }

    List<Topic> topics() {
        return topics;
    }

    static double meanAttention() {
        double sum = 0;
        for (Category c : values()) {
            sum += c.attention;
        }
        return sum / values().length;
    }
}
