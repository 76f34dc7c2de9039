/**
 * Sentiment of posts: the archive's score where a post has one, else the score of a Chinese
 * model trained with Spark MLlib, or of an English or Spanish word list.
 *
 * <p>Scoring: {@link com.hindsight.jobs.analyze.sentiment.SentimentScorer#load} unpacks the
 * bundled model (the classpath resource {@code models/sentiment-zh.zip}, described by
 * {@code models/sentiment-zh.json}) into the work folder and
 * {@link com.hindsight.jobs.analyze.sentiment.SentimentScorer#withSentimentScore} adds
 * {@code sentiment_score} in [-1, 1] and {@code sentiment_source} (archive, model, lexicon or
 * null) to posts, choosing by the post's language ({@code PostLanguage}). Below 0 counts as
 * negative, the same threshold as the archive's scores.
 *
 * <p>The Chinese model: {@code ChineseTermsTransformer} (a saveable pipeline stage) turns a text
 * into the terms of {@code ChineseTerms}: words of the search's smartcn segmentation with
 * negation marks, word pairs, characters and their pairs, emoticons and {@code BankTerms}
 * marks; then hashed TF-IDF and a logistic regression ({@code SentimentPipeline}). The word
 * lists: {@code LexiconSentiment} with the lists of {@code Lexicons} (VADER's rules, simplified).
 *
 * <p>Training: {@link com.hindsight.jobs.analyze.sentiment.SentimentTrainer} reads the corpora
 * ({@link com.hindsight.jobs.analyze.sentiment.SentimentCorpus}), holds out a seeded stratified
 * 20% of each, fits one weighted model and evaluates it per corpus and on evaluation sets never
 * trained on, and writes the zip and JSON;
 * {@link com.hindsight.jobs.analyze.sentiment.SentimentVariants} re-measures the settings
 * compared in docs/metrics.md, {@code SentimentModelEvaluation} measures any saved model zip
 * and {@code LexiconEvaluation} a word list. The corpora, evaluation sets, their provenance and
 * the retraining command are in models/sentiment/ at the repository root.
 *
 * <p>What must not live here: hourly and overall negative shares (the analyses that read
 * {@code sentiment_score}), and anything that prints; training is a developer's step, never part
 * of a pipeline run.
 */
package com.hindsight.jobs.analyze.sentiment;
