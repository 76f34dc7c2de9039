package com.hindsight.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Strings a record's text must contain for a linking query to have a chance to match it, checked
 * before the record is analysed (segmenting Chinese costs far more than looking for a few strings).
 *
 * <p>The requirement is a list of groups, each a list of alternatives: the record's
 * {@link #haystack} must contain one alternative of every group. It is derived from the parsed
 * query: a term or phrase requires its terms, an AND requires each of its parts, an OR one of its
 * parts, a NOT nothing. A term gives a string only when the text must hold it whatever the
 * analysis did to the word:
 * <ul>
 *   <li>a term of Han characters (a smartcn word or a bigram) is a piece of the folded text, so
 *       it is its own string;</li>
 *   <li>a term of digits is never stemmed: its own string;</li>
 *   <li>a Latin term is a stem, and the English and Spanish stemmers only rewrite the end of a
 *       word (at most the last two letters come from the stemmer: {@code happy} is {@code happi},
 *       {@code felices} is {@code feliz}), so the word in the text starts with the stem less its
 *       last three letters (one to spare); a stem shorter than six letters gives nothing;</li>
 *   <li>anything else (a prefix or fuzzy term, mixed scripts) gives nothing.</li>
 * </ul>
 * A part that gives nothing drops out of an AND and makes an OR give nothing; an OR of parts
 * that each require groups requires every way of taking one group from each part (the bank
 * clause {@code "华信银行" OR "Huaxin Bank"}: 华 or hua, 信 or hua, ...), or past 64 such groups
 * one group of each part's most selective. So the requirement is always weaker than the query:
 * a record that fails it cannot match. An empty requirement lets every record through.
 * {@code TestRequiredLiterals} checks the assumption above on the bundled sample: every term the
 * record analysis gives has its string in the record's haystack.
 */
final class RequiredLiterals {
    /** Letters at the end of a Latin stem that may not be in the word as written. */
    private static final int STEMMED_ENDING = 3;
    /** Shorter strings are too common to tell records apart, and cost a look-up each. */
    private static final int SHORTEST_LATIN = 3;
    /** At most this many groups for an OR: each costs a look-up per record. */
    private static final int MOST_GROUPS = 64;

    private RequiredLiterals() {
    }

    /** The groups the query requires; empty when the query requires nothing that can be checked. */
    static String[][] of(Query query) {
        return groupsOf(query).stream().map(group -> group.toArray(new String[0]))
                .toArray(String[][]::new);
    }

    /**
     * What the literals are looked for in: the text and the title as the analyzers see them
     * ({@link TextAnalyzers#fold}), lower-cased letter by letter as the analysis lower-cases them,
     * one line apart so that no literal spans the two. Null fields are empty.
     */
    static String haystack(String text, String title) {
        String folded = TextAnalyzers.fold((text == null ? "" : text) + "\n" + (title == null ? "" : title));
        StringBuilder lower = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> lower.appendCodePoint(Character.toLowerCase(c)));
        return lower.toString();
    }

    /** Whether the haystack holds an alternative of every group. */
    static boolean holds(String haystack, String[][] groups) {
        for (String[] group : groups) {
            boolean found = false;
            for (int i = 0; i < group.length && !found; i++) {
                found = haystack.contains(group[i]);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * The string a record holding the term must contain, or null when there is none to check
     * (see the class comment).
     */
    static String literalOf(String term) {
        if (term.isEmpty()) {
            return null;
        }
        if (term.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return term;
        }
        if (term.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return term;
        }
        if (term.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            int kept = term.length() - STEMMED_ENDING;
            return kept >= SHORTEST_LATIN ? term.substring(0, kept) : null;
        }
        return null;
    }

    private static List<Set<String>> groupsOf(Query query) {
        if (query instanceof TermQuery term) {
            return groupOfOne(term.getTerm());
        }
        if (query instanceof PhraseQuery phrase) {
            List<Set<String>> groups = new ArrayList<>();
            for (Term term : phrase.getTerms()) {
                groups.addAll(groupOfOne(term));
            }
            return groups;
        }
        if (query instanceof MultiPhraseQuery phrase) {
            List<Set<String>> groups = new ArrayList<>();
            for (Term[] position : phrase.getTermArrays()) {
                Set<String> group = anyOf(List.of(position));
                if (group != null) {
                    groups.add(group);
                }
            }
            return groups;
        }
        if (query instanceof SynonymQuery synonyms) {
            Set<String> group = anyOf(synonyms.getTerms());
            return group == null ? List.of() : List.of(group);
        }
        if (query instanceof BoostQuery boost) {
            return groupsOf(boost.getQuery());
        }
        if (query instanceof ConstantScoreQuery constant) {
            return groupsOf(constant.getQuery());
        }
        if (query instanceof DisjunctionMaxQuery max) {
            return oneOf(max.getDisjuncts());
        }
        if (query instanceof BooleanQuery bool) {
            return groupsOf(bool);
        }
        return List.of(); // prefix, fuzzy, wildcard, range, match-all: nothing to check
    }

    private static List<Set<String>> groupsOf(BooleanQuery bool) {
        List<Set<String>> required = new ArrayList<>();
        List<Query> optional = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            switch (clause.getOccur()) {
                case MUST, FILTER -> required.addAll(groupsOf(clause.getQuery()));
                case SHOULD -> optional.add(clause.getQuery());
                case MUST_NOT -> { } // requires nothing to be there
            }
        }
        boolean hasRequired = bool.clauses().stream().anyMatch(clause -> clause.isRequired());
        // with a required clause, the optional ones only add to the score
        return hasRequired ? required : oneOf(optional);
    }

    /**
     * One of the queries matches: every way of taking one group of each query, each as one
     * group, so that whichever query matches, every group holds. Past {@value #MOST_GROUPS}
     * groups, the most selective group of each query joined into one group instead.
     */
    private static List<Set<String>> oneOf(Iterable<Query> queries) {
        Set<List<Set<String>>> alternatives = new LinkedHashSet<>();
        for (Query query : queries) {
            List<Set<String>> groups = groupsOf(query);
            if (groups.isEmpty()) {
                return List.of(); // this one may match without any string we can check
            }
            alternatives.add(groups);
        }
        if (alternatives.isEmpty()) {
            return List.of();
        }
        List<Set<String>> product = List.of(Set.of());
        for (List<Set<String>> groups : alternatives) {
            Set<Set<String>> next = new LinkedHashSet<>();
            for (Set<String> sofar : product) {
                for (Set<String> group : groups) {
                    Set<String> joined = new LinkedHashSet<>(sofar);
                    joined.addAll(group);
                    next.add(withoutImplied(joined));
                }
            }
            if (next.size() > MOST_GROUPS) {
                Set<String> union = new LinkedHashSet<>();
                alternatives.forEach(each -> union.addAll(mostSelective(each)));
                return List.of(withoutImplied(union));
            }
            product = List.copyOf(next);
        }
        return product;
    }

    /**
     * The group without alternatives that contain another one: where 华信 is, 华 is too, so a
     * group holding both needs only 华.
     */
    private static Set<String> withoutImplied(Set<String> group) {
        Set<String> kept = new LinkedHashSet<>();
        for (String literal : group) {
            boolean implied = group.stream().anyMatch(other -> !other.equals(literal) && literal.contains(other));
            if (!implied) {
                kept.add(literal);
            }
        }
        return kept;
    }

    /** The group whose shortest alternative is longest: the rarest in text, as a rule. */
    private static Set<String> mostSelective(List<Set<String>> groups) {
        Set<String> best = null;
        int bestLength = -1;
        for (Set<String> group : groups) {
            int shortest = group.stream().mapToInt(String::length).min().orElse(0);
            if (shortest > bestLength) {
                best = group;
                bestLength = shortest;
            }
        }
        return best;
    }

    private static List<Set<String>> groupOfOne(Term term) {
        String literal = literalOf(term.text());
        return literal == null ? List.of() : List.of(Set.of(literal));
    }

    /** The alternatives of the terms, or null when one of them gives nothing to check. */
    private static Set<String> anyOf(List<Term> terms) {
        Set<String> group = new LinkedHashSet<>();
        for (Term term : terms) {
            String literal = literalOf(term.text());
            if (literal == null) {
                return null;
            }
            group.add(literal);
        }
        return group.isEmpty() ? null : group;
    }
}
