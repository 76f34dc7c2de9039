package com.hindsight.sample;

/** One row of the response timeline: who did what when. */
record TimelineStep(String action, String role, long at, String note) {
}
