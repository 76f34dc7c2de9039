/**
 * The contracts between Hindsight's stages, light enough for every module: no Spark, no Hadoop,
 * no Lucene, no POI (a build rule in the root pom keeps it so).
 *
 * <ul>
 *   <li>{@link com.hindsight.core.warehouse}: the warehouse layout, staged runs published
 *       atomically, the stage names and the one stage lifecycle;</li>
 *   <li>{@link com.hindsight.core.metrics}: the metrics documents analyze writes and report
 *       reads (schema version, section keys, milestones);</li>
 *   <li>{@link com.hindsight.core.UserErrorException}: the failures that are the user's (exit 2),
 *       as opposed to faults (exit 1).</li>
 * </ul>
 */
package com.hindsight.core;
