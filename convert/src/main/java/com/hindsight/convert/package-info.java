/**
 * Converters from public research datasets to a Hindsight archive, so the analytics can be
 * validated on real data (docs/validation.md):
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
 * counted in the summary. Nothing here prints: the command line does. Output files are written
 * under a temporary name and moved into place, so an archive never holds half a file.
 *
 * <p>No Spark here: the output is an ordinary archive for {@code hindsight ingest}.
 */
package com.hindsight.convert;
