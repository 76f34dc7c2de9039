/**
 * The warehouse on disk and how a stage publishes into it.
 *
 * <p>Every stage (ingest, analyze, ...) writes a whole run into a staging folder
 * {@code <warehouse>/_staging/<stage>-<run>} that no reader looks at, then publishes it in two
 * atomic steps: a rename of the folder to {@code <warehouse>/<stage>/<run>} and an overwriting
 * rename of the one-line pointer file {@code <warehouse>/<stage>/CURRENT}. A run killed at any
 * moment leaves readers on the previous complete run; the next run clears the leftovers.
 *
 * <p>Only {@link com.hindsight.jobs.warehouse.Warehouse} knows this layout.
 */
package com.hindsight.jobs.warehouse;
