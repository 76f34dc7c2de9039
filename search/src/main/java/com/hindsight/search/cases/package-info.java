/**
 * The case index: every incident, post, complaint and review of the warehouse in one Lucene
 * index, so that a reviewer can ask "has this happened before, and what did we do?".
 *
 * <p>Read in this order:
 * <ol>
 *   <li>{@link com.hindsight.search.cases.CaseIndexSchema}: the one description of the fields
 *       (analysed text with offsets, keywords, facets, time), documented in docs/search.md;</li>
 *   <li>the records, one per kind ({@link com.hindsight.search.cases.IncidentRecord},
 *       {@link com.hindsight.search.cases.PostRecord},
 *       {@link com.hindsight.search.cases.ComplaintRecord},
 *       {@link com.hindsight.search.cases.ReviewRecord}): plain values in, a document out;</li>
 *   <li>{@link com.hindsight.search.cases.IndexBuilder}: writes them, from any number of
 *       threads;</li>
 *   <li>{@link com.hindsight.search.cases.CaseSearcher} with
 *       {@link com.hindsight.search.cases.SearchRequest}: query, filters, hits with marked
 *       snippets, facet counts ({@code search}); the same grouped by past case
 *       ({@code searchCases}, {@link com.hindsight.search.cases.CaseGrouping}); the readings
 *       tried when a query finds nothing ({@link com.hindsight.search.cases.QueryReadings});
 *       past incidents like a description ({@code similar},
 *       {@link com.hindsight.search.cases.SimilarIncidents}, with key figures from
 *       {@link com.hindsight.search.cases.IncidentFigures});</li>
 *   <li>{@link com.hindsight.search.cases.CaseJson}: the JSON of every answer, one place for
 *       the command line and the web.</li>
 * </ol>
 *
 * <p>What must not live here: Spark, the warehouse layout, printing. The index job
 * ({@code com.hindsight.jobs.index}) turns warehouse rows into records; the command line prints
 * results.
 */
package com.hindsight.search.cases;
