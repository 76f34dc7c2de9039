/**
 * Writing archive files: {@link com.hindsight.sample.archive.ArchiveWriter} is the one writer of
 * the generator ({@code com.hindsight.sample}) and of the converters of public datasets (module
 * {@code convert}). It resolves a table's folder from {@link com.hindsight.model.SourceTable}
 * (the data contract names the folders; nothing else does), names and rolls shards, encodes CSV
 * and JSON Lines (plain or gzip) the way the data contract documents them (docs/data-formats.md),
 * and writes every file under a temporary name that a commit moves into place.
 *
 * <p><b>Why here.</b> This module already holds everything the writer needs (the model, Commons
 * CSV, Jackson) and nothing the converters must not have (no Spark, Hadoop or Lucene), and the
 * generator is the archive's main writer; the converters depend on this module, as the command
 * line already does. The model module stays free of dependencies (the jobs read it, they do not
 * write archives), and a module of its own for one class would be more build than code.
 */
package com.hindsight.sample.archive;
