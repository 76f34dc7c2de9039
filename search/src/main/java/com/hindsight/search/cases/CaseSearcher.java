package com.hindsight.search.cases;

import com.hindsight.core.UserErrorException;
import com.hindsight.search.Synonyms;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Searches a case index written by {@link IndexBuilder}:
 * <pre>{@code
 * try (CaseSearcher searcher = CaseSearcher.open(indexFolder)) {
 *     SearchResults results = searcher.search(SearchRequest.of("重复扣款 致歉")
 *             .withKinds(Set.of(CaseKind.INCIDENT, CaseKind.REVIEW)).withLimit(20));
 * }
 * }</pre>
 *
 * <p>Thread-safe: one searcher serves any number of concurrent searches. Opening reads the
 * facet ordinals of the whole index once (NOTE: this costs time proportional to the number of
 * distinct facet values, which is small); keep the searcher open across searches.
 *
 * <p>One search uses every core: Lucene hands whole segments to the searcher's threads to match,
 * score and collect the hits, so a query matching a large part of a big index is not bound to
 * one core ({@link IndexBuilder} keeps segments small enough for a big index to have several).
 * The facets are counted on the calling thread: Lucene's concurrent counting (shared atomic
 * counters) measured no faster on the 10-million-post benchmark index (docs/benchmarks.md).
 */
public final class CaseSearcher implements Closeable {
    public static final String MATCH_START = "«";
    public static final String MATCH_END = "»";
    /** Snippets shown per case in grouped results. */
    public static final int SNIPPETS_PER_CASE = 3;

    /**
     * Incidents and reviews first, then posts and complaints; within each, best score first;
     * then newest; then kind/id, so equal scores always come in one order.
     */
    static final Sort ORDER = new Sort(new SortField(CaseIndexSchema.TIER, SortField.Type.INT),
            SortField.FIELD_SCORE, newestFirst(), new SortField(CaseIndexSchema.KEY, SortField.Type.STRING));

    private final Path folder;
    private final DirectoryReader reader;
    private final ExecutorService threads;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = CaseIndexSchema.analyzer();
    private final Analyzer queryAnalyzer;
    private final SortedSetDocValuesReaderState facetState;
    private final HitSnippets snippets;
    private final SpellingSuggestions spelling = new SpellingSuggestions();

    private CaseSearcher(Path folder, DirectoryReader reader, Synonyms synonyms) throws IOException {
        this.folder = folder;
        this.reader = reader;
        this.queryAnalyzer = CaseIndexSchema.queryAnalyzer(synonyms);
        this.threads = searchThreads();
        this.searcher = new IndexSearcher(reader, threads);
        this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader,
                CaseIndexSchema.facetsConfig()) : null;
        this.snippets = new HitSnippets(searcher, analyzer);
    }

    /**
     * Opens the index in {@code folder} with the built-in synonyms; an error names the folder
     * when there is no index.
     */
    public static CaseSearcher open(Path folder) {
        return open(folder, Synonyms.builtIn());
    }

    /** Opens the index in {@code folder}; queries are expanded with {@code synonyms}. */
    public static CaseSearcher open(Path folder, Synonyms synonyms) {
        Objects.requireNonNull(folder, "folder is null");
        Objects.requireNonNull(synonyms, "synonyms is null");
        if (!Files.isDirectory(folder)) {
            throw new UserErrorException("case index folder " + folder + " does not exist");
        }
        try {
            FSDirectory directory = FSDirectory.open(folder);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new UserErrorException("folder " + folder + " holds no case index");
            }
            return new CaseSearcher(folder, DirectoryReader.open(directory), synonyms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the case index in " + folder, e);
        }
    }

    /** Documents in the index. */
    public int documentCount() {
        return reader.numDocs();
    }

    /**
     * Runs one search: parses the query, applies the filters, returns the best hits with
     * snippets, the exact total and the facet counts over every hit. When nothing matches, the
     * relaxed readings of {@link QueryReadings} are tried in turn (misspellings corrected,
     * compounds as words, all words but one); the first that finds something is returned, with a
     * warning saying what was searched instead.
     *
     * @throws InvalidSearchQueryException when the query cannot be used; the message says what
     *         is wrong and at which character
     */
    public SearchResults search(SearchRequest request) {
        Objects.requireNonNull(request, "request is null");
        Query parsed = parse(request.query());
        try {
            List<String> warnings = new ArrayList<>(QueryWarnings.of(parsed, request, reader));
            String suggestion = didYouMean(request.query());
            FacetsCollectorManager.FacetsResult found = null;
            Query searched = parsed;
            for (QueryReadings.Reading reading : QueryReadings.of(this, request.query(), parsed, suggestion)) {
                searched = reading.query();
                found = facetSearch(withFilters(searched, request), request.limit(), request.query());
                if (totalOf(found.facetsCollector()) > 0) {
                    if (reading.warning() != null) {
                        warnings.add(reading.warning());
                    }
                    break;
                }
            }
            if (totalOf(found.facetsCollector()) == 0) {
                // report the search as written, not its last relaxation
                searched = parsed;
                found = facetSearch(withFilters(parsed, request), request.limit(), request.query());
            }
            List<SearchHit> hits = hitsOf(searched, found.topDocs());
            return new SearchResults(totalOf(found.facetsCollector()), hits, facetCounts(found.facetsCollector()),
                    warnings, suggestion);
        } catch (IndexSearcher.TooManyClauses e) {
            throw CaseQueryParser.tooManyClauses(request.query());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the case index in " + folder, e);
        }
    }

    /**
     * Runs one search and groups what it finds by incident: one entry per past case, at most
     * {@code request.limit()} of them (see {@link CaseResults}). When nothing matches, the
     * relaxed readings of {@link #search} are tried the same way.
     *
     * @throws InvalidSearchQueryException when the query cannot be used
     */
    public CaseResults searchCases(SearchRequest request) {
        Objects.requireNonNull(request, "request is null");
        Query parsed = parse(request.query());
        try {
            List<String> warnings = QueryWarnings.of(parsed, request, reader);
            String suggestion = didYouMean(request.query());
            CaseResults first = null;
            for (QueryReadings.Reading reading : QueryReadings.of(this, request.query(), parsed, suggestion)) {
                List<String> these = new ArrayList<>(warnings);
                if (reading.warning() != null) {
                    these.add(reading.warning());
                }
                CaseResults results = new CaseGrouping(this, reading.query(), request.withQuery(reading.text()))
                        .results(these, suggestion);
                if (first == null) {
                    first = results;
                }
                if (results.totalHits() > 0) {
                    return results;
                }
            }
            return first;
        } catch (IndexSearcher.TooManyClauses e) {
            throw CaseQueryParser.tooManyClauses(request.query());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the case index in " + folder, e);
        }
    }

    /**
     * Past incidents like a description or like an incident, best first, with their key
     * figures from {@code figures} (see {@link SimilarIncidents}).
     */
    public SimilarResults similar(SimilarRequest request, IncidentFigures figures) {
        Objects.requireNonNull(request, "request is null");
        Objects.requireNonNull(figures, "figures is null");
        try {
            return new SimilarIncidents(this).find(request, figures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the case index in " + folder, e);
        }
    }

    Query parse(String text) {
        return new CaseQueryParser(queryAnalyzer).parse(text);
    }

    /** The query with unquoted compounds read as their words anywhere (for a query that found nothing). */
    Query parseRelaxed(String text) {
        return new CaseQueryParser(queryAnalyzer, false).parse(text);
    }



    IndexSearcher searcher() {
        return searcher;
    }

    DirectoryReader reader() {
        return reader;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** One search with facet counts; a query that expands past Lucene's clause limit is a user error. */
    FacetsCollectorManager.FacetsResult facetSearch(Query query, int limit, String queryText) throws IOException {
        try {
            return FacetsCollectorManager.search(searcher, query, limit, ORDER, true,
                    new FacetsCollectorManager());
        } catch (IndexSearcher.TooManyClauses e) {
            throw CaseQueryParser.tooManyClauses(queryText);
        }
    }

    /** The hits of {@code top} with their snippets. */
    List<SearchHit> hitsOf(Query userQuery, TopDocs top) throws IOException {
        List<Document> stored = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            stored.add(searcher.storedFields().document(hit.doc));
        }
        List<HitSnippets.Snippet> marked = snippets.of(userQuery, top, stored);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            hits.add(hitOf(stored.get(i), scoreOf(top.scoreDocs[i]), marked.get(i)));
        }
        return hits;
    }

    /** The stored document of {@code kind/id}, or null. */
    Document storedDocument(CaseKind kind, String id) throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(CaseIndexSchema.KIND, kind.key())), Occur.FILTER)
                .add(new TermQuery(new Term(CaseIndexSchema.ID, id)), Occur.FILTER)
                .build();
        TopDocs top = searcher.search(query, 1);
        return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc);
    }

    private String didYouMean(String query) {
        return spelling.correct(query, reader);
    }

    /** The score of a hit sorted by ORDER: the sort values hold it (the second key). */
    private static float scoreOf(ScoreDoc hit) {
        if (hit instanceof org.apache.lucene.search.FieldDoc field && field.fields.length > 1
                && field.fields[1] instanceof Float score) {
            return score;
        }
        return hit.score;
    }

    @Override
    public void close() {
        threads.shutdown();
        try {
            reader.close();
            reader.directory().close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the case index in " + folder, e);
        }
    }

    static Query withFilters(Query userQuery, SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(userQuery, Occur.MUST);
        if (!request.kinds().isEmpty()) {
            List<BytesRef> kinds = request.kinds().stream().map(kind -> new BytesRef(kind.key())).toList();
            query.add(new TermInSetQuery(CaseIndexSchema.KIND, kinds), Occur.FILTER);
        }
        addKeywordFilter(query, CaseIndexSchema.INCIDENT_ID, request.incidentId());
        addKeywordFilter(query, CaseIndexSchema.CHANNEL, request.channel());
        addKeywordFilter(query, CaseIndexSchema.BANK, request.bank());
        addKeywordFilter(query, CaseIndexSchema.CATEGORY, request.category());
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli() - 1;
            query.add(LongPoint.newRangeQuery(CaseIndexSchema.TIME, from, to), Occur.FILTER);
        }
        return query.build();
    }

    private static final Analyzer KEYWORDS = CaseIndexSchema.analyzer();

    private static void addKeywordFilter(BooleanQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            BytesRef term = KEYWORDS.normalize(field, value.strip());
            query.add(new TermQuery(new Term(field, term)), Occur.FILTER);
        }
    }

    private static SearchHit hitOf(Document stored, float score, HitSnippets.Snippet snippet) {
        IndexableField time = stored.getField(CaseIndexSchema.TIME);
        return new SearchHit(CaseKind.of(stored.get(CaseIndexSchema.KIND)),
                stored.get(CaseIndexSchema.ID), stored.get(CaseIndexSchema.INCIDENT_ID),
                stored.get(CaseIndexSchema.CHANNEL),
                time == null ? null : Instant.ofEpochMilli(time.numericValue().longValue()),
                score, snippet.text(), snippet.field());
    }

    static long totalOf(FacetsCollector collector) {
        long total = 0;
        for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
            total += docs.totalHits;
        }
        return total;
    }

    Map<String, Map<String, Long>> facetCounts(FacetsCollector collector) throws IOException {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        if (facetState == null) {
            return facets;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(facetState, collector);
        for (String dimension : CaseIndexSchema.FACET_FIELDS) {
            FacetResult result = allChildren(counts, dimension);
            if (result == null || result.labelValues.length == 0) {
                continue;
            }
            Map<String, Long> values = new LinkedHashMap<>();
            Arrays.stream(result.labelValues)
                    .sorted(Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue())
                            .thenComparing(lv -> lv.label))
                    .forEach(lv -> values.put(lv.label, lv.value.longValue()));
            facets.put(dimension, values);
        }
        return facets;
    }

    /** Null when no document of the index has the dimension. */
    private static FacetResult allChildren(Facets counts, String dimension)
            throws IOException {
        try {
            return counts.getAllChildren(dimension);
        } catch (IllegalArgumentException noSuchDimension) {
            return null;
        }
    }

    /** One daemon thread per core, so an open searcher never keeps the JVM alive. */
    private static ExecutorService searchThreads() {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "case-search-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private static boolean hasFacets(DirectoryReader reader) {
        return reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos()
                .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
    }

    private static SortField newestFirst() {
        SortField time = new SortField(CaseIndexSchema.TIME, SortField.Type.LONG, true);
        time.setMissingValue(Long.MIN_VALUE);
        return time;
    }
}
