/**
 * Sentiment of posts: the archive's score where a post has one, else the score of a small model
 * trained with Spark MLlib on a public labelled Chinese Weibo corpus.
 *
 * <p>Scoring: {@link com.hindsight.jobs.analyze.sentiment.SentimentScorer#load} unpacks the
 * bundled model (the classpath resource {@code models/sentiment-zh.zip}, described by
 * {@code models/sentiment-zh.json}) into the work folder and
 * {@link com.hindsight.jobs.analyze.sentiment.SentimentScorer#withSentimentScore} adds
 * {@code sentiment_score} in [-1, 1] and {@code sentiment_source} (archive, model or null) to
 * posts. Below 0 counts as negative, the same threshold as the archive's scores.
 *
 * <p>Training: {@link com.hindsight.jobs.analyze.sentiment.SentimentTrainer} reads the corpus
 * ({@link com.hindsight.jobs.analyze.sentiment.SentimentCorpus}), holds out a seeded stratified
 * 20%, fits the pipeline of {@link com.hindsight.jobs.analyze.sentiment.SentimentPipeline}
 * (character unigrams and bigrams, hashed TF-IDF, logistic regression) and writes the zip and
 * JSON; {@link com.hindsight.jobs.analyze.sentiment.SentimentVariants} re-measures the settings
 * compared in docs/metrics.md. The corpus, its provenance and the retraining command
 * are in models/sentiment/ at the repository root.
 *
 * <p>What must not live here: hourly and overall negative shares (the analyses that read
 * {@code sentiment_score}), and anything that prints; training is a developer's step, never part
 * of a pipeline run.
 */
package com.hindsight.jobs.analyze.sentiment;
