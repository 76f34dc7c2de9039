/**
 * The data contract of Hindsight, in one place.
 *
 * <p>{@link com.hindsight.model.SourceTable} lists the five kinds of input an archive holds
 * (media, complaints, incidents, actions, reviews), the folder each lives in, the warehouse table
 * it becomes and its {@link com.hindsight.model.FieldSpec fields}. Every other module (the ingest
 * job, the generator, the docs) takes field names and allowed values from here; nothing else
 * spells a column name of an input file.
 *
 * <p>This package must not depend on Spark, Lucene or POI: it is plain Java so that the sample
 * generator and the tests can use it without a cluster on the classpath.
 */
package com.hindsight.model;
