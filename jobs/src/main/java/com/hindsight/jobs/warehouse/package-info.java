/**
 * The warehouse on Hadoop file systems: {@link com.hindsight.jobs.warehouse.HadoopFiles} serves
 * {@link com.hindsight.core.warehouse.Warehouse} on HDFS and the like, and {@link
 * com.hindsight.jobs.warehouse.Warehouses} opens a warehouse by what the user typed. The layout
 * and the publishing rules are in {@link com.hindsight.core.warehouse}.
 */
package com.hindsight.jobs.warehouse;
