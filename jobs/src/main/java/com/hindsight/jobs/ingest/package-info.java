/**
 * The ingest stage, one class per step: {@link com.hindsight.jobs.ingest.RecordValidator}
 * (types every field, lists every problem), {@link com.hindsight.jobs.ingest.Quarantine}
 * (rejected records with file, line, reason and masked raw text),
 * {@link com.hindsight.jobs.ingest.Masking} (personal data), {@link
 * com.hindsight.jobs.ingest.Deduplicator} (latest of duplicates), {@link
 * com.hindsight.jobs.ingest.IncidentLinker} (incident by query), run in order by {@link
 * com.hindsight.jobs.ingest.IngestJob}.
 *
 * <p>Steps are Dataset-to-Dataset functions built from Spark's built-in functions; only the
 * readers in {@code com.hindsight.jobs.read} and the warehouse touch files. Nothing here logs or
 * prints record contents.
 */
package com.hindsight.jobs.ingest;
