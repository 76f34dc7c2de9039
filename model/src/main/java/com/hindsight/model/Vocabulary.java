package com.hindsight.model;

import java.util.List;

/** The allowed values of every enum field, lower case, in the order the docs list them. */
public final class Vocabulary {
    private Vocabulary() {
    }

    public static final List<String> MEDIA_CHANNELS = List.of(
            "weibo", "wechat", "douyin", "kuaishou", "forum", "news", "print", "tv", "twitter",
            "facebook", "other");

    public static final List<String> COMPLAINT_CHANNELS = List.of(
            "hotline", "branch", "app", "web", "email", "social", "regulator", "other");

    public static final List<String> COMPLAINT_OUTCOMES = List.of(
            "explained", "corrected", "compensated", "rejected", "pending");

    public static final List<String> INCIDENT_CATEGORIES = List.of(
            "system_failure", "data_leak", "mis_selling", "service_quality", "pricing_policy",
            "staff_misconduct", "other");

    public static final List<String> ACTION_ROLES = List.of(
            "management", "pr", "tech", "customer_service", "legal", "risk", "regulator",
            "monitoring");

    public static final List<String> ACTION_TYPES = List.of(
            "detected", "alert", "verified", "escalated", "plan_activated", "statement",
            "regulator_informed", "root_cause_found", "fixed", "closed", "other");

    /** {@code incidents.kind}: a real incident, or a drill (演练) rehearsing one. */
    public static final String REAL = "real";
    public static final String DRILL = "drill";
    public static final List<String> INCIDENT_KINDS = List.of(REAL, DRILL);

    /** {@code injects.kind}: what a drill's scripted inject simulates. */
    public static final List<String> INJECT_KINDS = List.of(
            "customer_call", "complaint_surge", "customer_post", "journalist_call", "viral_post",
            "branch_crowd", "regulator_call", "other");

    public static final List<String> LANGUAGES = List.of("zh", "en", "es", "other");
}
