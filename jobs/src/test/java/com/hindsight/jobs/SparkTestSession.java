package com.hindsight.jobs;

import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession of a test JVM. Starting Spark costs seconds, so every test class
 * shares this session; it is stopped when the JVM exits.
 */
public final class SparkTestSession {
    private static SparkSession session;

    private SparkTestSession() {
    }

    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSessions.create("hindsight-tests", "local[2]", "Asia/Shanghai", 2);
            session.sparkContext().setLogLevel("WARN");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop()));
        }
        return session;
    }
}
