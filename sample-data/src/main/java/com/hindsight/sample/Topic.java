package com.hindsight.sample;

import java.util.List;

/**
 * One variant of an incident category: the words people use for it (which are also the incident's
 * query terms), what the bank says caused it, and what the review finds. The terms of two topics
 * never contain one another, and no shared template spells any of them, so each incident's query
 * matches only its own posts.
 *
 * @param zhTerms       two Chinese phrases for the problem, as posts spell them
 * @param enTerms       two English phrases
 * @param esTerm        one Spanish phrase
 * @param title         incident title; {bank} is replaced
 * @param issue         the complaint issue label
 * @param products      products the complaints name
 * @param cause         the cause as the bank's statement explains it
 * @param remedy        what the statement promises
 * @param progress      what a follow-up statement reports
 * @param rootCause     the review's root-cause category
 * @param rootCauseText the review's finding
 */
record Topic(List<String> zhTerms, List<String> enTerms, String esTerm, String title, String issue,
             List<String> products, String cause, String remedy, String progress,
             RootCause rootCause, String rootCauseText) {

    Topic {
        if (zhTerms.size() != 2 || enTerms.size() != 2) {
            throw new IllegalArgumentException("a topic has two Chinese and two English terms");
        }
    }

    /** Every phrase of the topic's query, Chinese, English and Spanish. */
    List<String> allTerms() {
        return List.of(zhTerms.get(0), zhTerms.get(1), enTerms.get(0), enTerms.get(1), esTerm);
    }
}
