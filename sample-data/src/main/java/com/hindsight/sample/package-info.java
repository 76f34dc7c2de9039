/**
 * The deterministic generator of sample archives, and the bundled sample it wrote.
 *
 * <p>Call {@link com.hindsight.sample.ArchiveGenerator#generate} with a
 * {@link com.hindsight.sample.GeneratorConfig} (scale, seed, whether to add malformed records);
 * it returns a {@link com.hindsight.sample.GenerationSummary} of what it wrote, per folder. The
 * same scale and seed give the same archive, byte for byte (the branch workbook: cell for cell).
 * Field names come from {@link com.hindsight.model.SourceTable}, enum values are checked against
 * {@link com.hindsight.model.Vocabulary}; nothing here spells a column name twice.
 *
 * <h2>How an incident is modelled</h2>
 *
 * <p><b>Plan first.</b> {@code IncidentPlanner} decides every incident before a record is
 * written: incident {@code i} is of category {@code i mod 6} (the first six cover system failure,
 * data leak, mis-selling, service quality, pricing and staff misconduct), at one of twelve
 * fictional banks, on one of three topics per category, first mentioned on a date spread over
 * 2024-2025. Whether the bank responds well (first statement 1 to 3 hours after the first mention)
 * or poorly (12 to 30 hours, vague wording, missing steps) is part of the plan, and so is the
 * response timeline: detection, alert, verification, escalation, plan activation, statement,
 * regulator, root cause, fix, closure. The last incident is still open. There are
 * {@code 6 * ceil(sqrt(scale))} incidents, and posts grow linearly with scale, 8,000 per unit.
 *
 * <p><b>Attention.</b> Root posts fall on a gamma-shaped curve: a rise to a peak within hours,
 * a decay over days, fewer posts between 01:00 and 07:00 Shanghai time. After a good response
 * the peak follows the statement and decays within a day or two; after a poor one it decays over
 * a week. Later roots draw smaller cascades as interest fades.
 *
 * <p><b>Cascades.</b> Each root draws reposts and comments in proportion to a power of its
 * author's followers (heavy-tailed: median about 120, about one account in a hundred is a "big
 * V" with a million or more). A new post attaches to the root with a probability that grows with
 * the root's reach, otherwise to one of the latest posts weighted by followers and recency, so
 * most cascades are one to three levels deep and a few relay chains reach eight or more. Counts
 * (reposts, comments, likes, views) are at least the children present in the archive, plus
 * what the crawler did not see. The post that started it all and the bank's statements get
 * cascades of their own.
 *
 * <p><b>Tone.</b> About three posts in four are negative before the first statement. After a
 * good statement the share falls to about a third within hours; after a poor one it stays high.
 * Texts are written in the tone their sentiment score says (when there is one, on 70 % of posts):
 * negative scores are below -0.3, neutral ones between 0 and 0.25, positive ones above 0.3.
 *
 * <p><b>Words.</b> Texts come from templates per category, language (Chinese, about 8 %
 * English, 4 % Spanish) and tone, filled with the incident's bank and topic terms. The register's
 * query is {@code ("bank" OR "Bank in English") AND ("term" OR ...)}; no template spells a topic
 * term or bank itself, so a query matches its own incident's posts and nothing else. About 70 % of
 * posts carry their incident id; the others name the bank and a term so the query can assign
 * them. About 5 % are noise about other things; about 1 % are written again, later, as re-crawled
 * copies with higher counts; about 2 % publish a phone number or e-mail address.
 *
 * <p><b>Complaints</b> follow the attention curve a few hours behind, more for mis-selling and
 * system failures, fewer for staff misconduct. Branch complaints arrive in opening hours and go
 * to the branch workbook; the regulator's forwards come days later. First contact takes about two
 * hours at the median with a long tail; about 8 % stay open. Records hold names, mobile numbers,
 * ID numbers with valid check digits and UnionPay card numbers with valid Luhn digits, all
 * invented, and a fifth repeat one of them inside the text.
 *
 * <p><b>Reviews</b> of closed incidents quote each incident's own numbers (statement delay,
 * negative share before and after, complaint response times) and name a root cause under a label
 * that recurs across incidents (change management, third-party vendors, staff training, ...),
 * with follow-up actions, some of them open past their due date.
 *
 * <h2>Determinism and cost</h2>
 *
 * <p>Every random choice comes from a {@link java.util.SplittableRandom} seeded from the
 * configured seed, the incident's index and the purpose (plan, posts, noise, complaints,
 * review), so an incident's records do not depend on another's size. Arithmetic uses
 * {@link java.lang.StrictMath}; formatting is by hand or with {@link java.util.Locale#ROOT}; no
 * clock, no hash-map order. Records stream to buffered, sharded files: memory holds the plans and
 * one cascade, whatever the scale. Deflate dominates the run time (level 1 is used); scale 125,
 * a million posts, takes some 15 to 20 seconds on one core.
 *
 * <p>Every file is written by {@link com.hindsight.sample.archive.ArchiveWriter}, which the
 * converters of public datasets (module {@code convert}) share.
 *
 * <p>This package must not depend on Spark or Lucene; it is used by the CLI, by the converters
 * and by tests.
 */
package com.hindsight.sample;
