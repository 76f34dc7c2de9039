/**
 * The index stage: the published ingest run into one Lucene case index that {@code hindsight
 * search} reads.
 *
 * <p>{@link com.hindsight.jobs.index.IndexJob} is the stage; {@code CaseRows} selects the columns
 * and joins each row's incident attributes in Spark, then turns rows into the records of
 * {@link com.hindsight.search.cases}; {@code ParallelIndexer} analyses them on every core.
 * Rows reach the driver one partition at a time ({@code toLocalIterator}), never collected.
 * By default the current index run is updated in place: {@code IndexedRows} hashes every row
 * and keeps (kind, id, hash) beside the index, {@code IndexBase} decides whether the current run
 * can be updated, and only new and changed rows are analysed again.
 *
 * <p>What must not live here: the index schema and analysis (in {@code search/}), and any
 * printing.
 */
package com.hindsight.jobs.index;
