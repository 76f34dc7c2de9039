/**
 * How complaints were handled and how they relate to media attention:
 * {@link com.hindsight.jobs.analyze.complaints.ComplaintSla} (first contact and resolution
 * percentiles and target compliance by channel, branch and product),
 * {@link com.hindsight.jobs.analyze.complaints.ComplaintBacklog} (received, resolved and open per
 * day) and {@link com.hindsight.jobs.analyze.complaints.ComplaintsVersusMedia} (complaints per
 * hour beside posts per hour, the lag between their peaks, and a comparison across incident
 * categories).
 *
 * <p>Complaint tables come in two scopes: {@code scope = all} over every complaint passed in
 * (incident_id null; complaints linked to no incident included) and {@code scope = incident}
 * per incident. Callers who want only linked complaints filter before calling.
 *
 * <p>Each class is a Dataset-to-Dataset function built from Spark's built-in functions that
 * checks its input columns up front; no complaint is collected to the driver and none of its
 * personal fields is read. Percentiles come only from
 * {@link com.hindsight.jobs.analyze.Percentiles}. Every output column is documented in
 * docs/metrics.md. Nothing here reads or writes files or logs.
 */
package com.hindsight.jobs.analyze.complaints;
