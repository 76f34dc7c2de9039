/**
 * Response playbooks and their scoring, in plain Java (no Spark): small data, pure logic.
 *
 * <ul>
 *   <li>{@link com.hindsight.playbook.PlaybookFile} reads a playbook (YAML or JSON) and validates
 *       it; every problem names the file, the step (number and action) and what is wrong. The
 *       default playbook ships as {@code default-playbook.yaml} beside this class.</li>
 *   <li>{@link com.hindsight.playbook.Playbook}: the expected steps, with per-category
 *       variants already resolved.</li>
 *   <li>{@link com.hindsight.playbook.IncidentTimeline}: what one incident or drill recorded
 *       (actions, injects, first mention); {@link com.hindsight.playbook.PlaybookScorer} turns it
 *       into a {@link com.hindsight.playbook.PlaybookScore}.</li>
 *   <li>{@link com.hindsight.playbook.DrillComparison}: drills against real incidents of the same
 *       category, step by step.</li>
 *   <li>{@link com.hindsight.playbook.PlaybookJson}: the score as the metrics document holds it,
 *       and the timelines file analyze publishes so a playbook can be re-scored without Spark.</li>
 * </ul>
 *
 * <p>Analyze, index and {@code hindsight playbook} all score through this package, so the three
 * agree. docs/playbooks.md is the user's reference.
 */
package com.hindsight.playbook;
