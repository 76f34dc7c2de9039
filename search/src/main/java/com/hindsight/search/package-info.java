/**
 * Lucene in Hindsight: how text is analysed and how records are matched to incidents.
 *
 * <p>Start with {@link com.hindsight.search.TextAnalyzers}: the one place analyzers are built.
 * Anything that indexes or parses queries takes its analyzer from there, so both sides always
 * agree; {@code multilingual()} (words) and {@code cjkBigrams()} (Chinese bigrams) serve fields
 * that mix Chinese, English and Spanish, and {@link com.hindsight.search.MultilingualQueryParser}
 * is the one parser that searches both forms, for the case search and for incident linking.
 * {@link com.hindsight.search.Synonyms} holds the query-time synonyms (built-in banking terms and
 * the user's file).
 *
 * <p>{@link com.hindsight.search.IncidentQueryMatcher} assigns a post or complaint without an
 * incident id to an incident, from the incident's {@link com.hindsight.search.IncidentRule}: a
 * time window and a Lucene query. The ingest job calls it inside its tasks:
 * <pre>{@code
 * // driver: report bad queries, keep the good rules (IncidentRule is serialisable)
 * rules.forEach(rule -> IncidentQueryMatcher.problemWith(rule).ifPresent(problems::add));
 * // each partition: compile once, then match record by record
 * IncidentQueryMatcher matcher = IncidentQueryMatcher.compile(goodRules);
 * Optional<String> incidentId = matcher.match(text, title, publishedAtMillis);
 * }</pre>
 *
 * <p>{@link com.hindsight.search.cases} is the case index that reviewers search: its schema,
 * document records, builder and searcher. {@link com.hindsight.search.QuerySyntaxProblem} and
 * {@link com.hindsight.search.QueryShape} serve both kinds of query: they say where a query's
 * syntax is wrong and what a parsed query searches.
 *
 * <p>What must not live here: Spark, file reading or writing, logging of record text. Lucene
 * objects (analyzers, queries, indexes) are not serialisable; they are built where they are used,
 * from plain inputs, and never cross a Spark closure.
 */
package com.hindsight.search;
