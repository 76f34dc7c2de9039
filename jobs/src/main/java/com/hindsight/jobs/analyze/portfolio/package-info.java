/**
 * Metrics across incidents: the severity ranking, response-time trends, recurring root causes
 * and the review actions still open or overdue. Inputs are the per-incident metrics of the other
 * analyze packages plus the register and the reviews, all small (one row per incident), so these
 * steps cost next to nothing beside the spread metrics.
 */
package com.hindsight.jobs.analyze.portfolio;
