/**
 * The {@code convert} module: converters from public research datasets to a Hindsight archive,
 * so the analytics can be validated on real data (docs/validation.md). The command line runs
 * them as {@code hindsight convert twitter-trees} and {@code hindsight convert cfpb}.
 *
 * <ul>
 * <li>{@link com.hindsight.convert.TwitterTreeConverter}: Twitter15/16 rumour propagation
 *     trees (Ma et al., ACL 2017) to one incident per tree and one post per tree node, with the
 *     deduplication rules of {@link com.hindsight.convert.PropagationTree}.
 * <li>{@link com.hindsight.convert.CfpbConverter}: CFPB Consumer Complaint Database CSV
 *     exports to complaints, with the mapping of {@link com.hindsight.convert.CfpbMapping}.
 * </ul>
 *
 * <p>Converters stream: the Twitter converter holds one tree at a time, the CFPB converter one
 * record. A bad line never stops a conversion; it is handed to the caller's problem listener
 * with its file, line and reason ({@link com.hindsight.convert.ConversionProblem}) and
 * counted in the summary. Nothing here prints: the command line does.
 *
 * <p>Output files are written by {@link com.hindsight.sample.archive.ArchiveWriter}, the archive
 * writer the sample generator uses too: folder names from the data contract
 * ({@link com.hindsight.model.SourceTable}), the same CSV and JSON Lines encoding, and each file
 * under a temporary name moved into place when complete, so an archive never holds half a file.
 *
 * <p>No Spark, Hadoop or Lucene here (the module does not depend on them): the output is an
 * ordinary archive for {@code hindsight ingest}. Tests that run a converted archive through
 * Spark ({@code TwitterSubsetCascadesTest}, {@code CfpbIngestTest}) live in the jobs module.
 */
package com.hindsight.convert;
