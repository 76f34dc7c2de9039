package com.hindsight.sample;

/**
 * What the generator observed while writing an incident's records, for its register summary and
 * its review.
 *
 * @param posts                     incident posts written (noise and duplicates not counted)
 * @param complaints                complaints written
 * @param negativeShareBefore       share of negative posts before the first statement
 * @param negativeShareAfter        share from two to 26 hours after it
 * @param medianFirstResponseHours  median complaint first-contact time
 * @param shareAnsweredAfterDay     share of complaints first answered after 24 hours
 */
record IncidentFacts(long posts, long complaints, double negativeShareBefore, double negativeShareAfter,
                     double medianFirstResponseHours, double shareAnsweredAfterDay) {

    /** "2小时15分钟" */
    static String hoursMinutes(long seconds) {
        long minutes = seconds / 60;
        return minutes < 60 ? minutes + "分钟" : minutes / 60 + "小时" + (minutes % 60 == 0 ? "" : minutes % 60 + "分钟");
    }

    static String percent(double share) {
        return Long.toString(Math.round(share * 100));
    }

    /** One decimal, locale-free. */
    static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return tenths / 10 + "." + tenths % 10;
    }
}
