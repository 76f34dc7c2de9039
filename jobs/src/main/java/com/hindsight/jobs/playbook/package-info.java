/**
 * The bridge from the warehouse tables to the plain-Java playbook scorer
 * ({@code com.hindsight.playbook}): each incident's actions, injects and first posts, gathered on
 * the driver (a few rows per incident, never the posts themselves), and the scores as the tables
 * analyze writes. Analyze and index both score through here, so they agree.
 */
package com.hindsight.jobs.playbook;
