package com.hindsight.search;

/**
 * The naming rule of the two analysed forms of a text field: the field itself holds words
 * ({@link TextAnalyzers#multilingual()}), {@code <field>.cjk} holds Chinese bigrams
 * ({@link TextAnalyzers#cjkBigrams()}). Queries search both: precision from words, recall
 * from bigrams.
 */
public final class TextFields {
    /** Suffix of the bigram companion of a text field. */
    public static final String BIGRAM_SUFFIX = ".cjk";

    private TextFields() {
    }

    public static String bigramsOf(String field) {
        return field + BIGRAM_SUFFIX;
    }

    public static boolean isBigramField(String field) {
        return field.endsWith(BIGRAM_SUFFIX);
    }

    /** The text field a bigram field belongs to; the field itself otherwise. */
    public static String baseOf(String field) {
        return isBigramField(field) ? field.substring(0, field.length() - BIGRAM_SUFFIX.length()) : field;
    }
}
