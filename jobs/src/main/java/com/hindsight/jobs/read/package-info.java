/**
 * Reading archive files into raw records, inside Spark tasks, one task per file: JSON Lines and
 * JSON documents (parsed later by Spark's JSON reader), CSV (Apache Commons CSV, for line numbers)
 * and .xlsx (Apache POI). Every reader numbers its records, never throws on bad content and turns
 * what it cannot read into a record with a problem code, so one bad file or line never stops the
 * others. {@link com.hindsight.jobs.read.RawRecord} holds the one raw-record schema.
 */
package com.hindsight.jobs.read;
