/**
 * The {@code hindsight} command line (picocli): one subcommand per stage, the only place that
 * prints to the terminal, reads the config file or decides exit codes ({@link
 * com.hindsight.cli.ExitCodes}). Commands build a {@link com.hindsight.cli.HindsightConfig} and
 * a SparkSession and hand them to the jobs; they hold no logic of their own. {@code search} is
 * the exception that starts no Spark: it opens the published index with the search module.
 */
package com.hindsight.cli;
