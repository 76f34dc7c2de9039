/**
 * The warehouse on disk and how a stage publishes into it.
 *
 * <p>Every stage ({@link com.hindsight.core.warehouse.Stage}) writes a whole run into a staging
 * folder {@code <warehouse>/_staging/<stage>-<run>} that no reader looks at, then publishes it in
 * two atomic steps: a rename of the folder to {@code <warehouse>/<stage>/<run>} and an overwriting
 * rename of the one-line pointer file {@code <warehouse>/<stage>/CURRENT}. A run killed at any
 * moment leaves readers on the previous complete run; the next run clears the leftovers.
 * {@link com.hindsight.core.warehouse.StageLifecycle} is the one place that does this.
 *
 * <p>Only {@link com.hindsight.core.warehouse.Warehouse} knows this layout. It reaches its files
 * through {@link com.hindsight.core.warehouse.WarehouseFiles}: {@link
 * com.hindsight.core.warehouse.LocalFiles} for a folder on this machine (no Hadoop, so the search
 * and report commands start fast), a Hadoop-backed one in the jobs module for HDFS and the like.
 */
package com.hindsight.core.warehouse;
