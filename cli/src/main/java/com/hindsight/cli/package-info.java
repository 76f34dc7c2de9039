/**
 * The {@code hindsight} command line (picocli): one subcommand per stage, the only place that
 * prints to the terminal, reads the config file or decides exit codes ({@link
 * com.hindsight.cli.ExitCodes}, {@link com.hindsight.cli.ErrorHandler}).
 *
 * <p>A command resolves its {@link com.hindsight.cli.HindsightConfig} (flags from the shared
 * option mixins, then the config file, then the defaults) and runs {@link
 * com.hindsight.cli.StageStep}s with a {@link com.hindsight.cli.StageRunner}: its own stage, or
 * all four for {@code nightly}. The {@link com.hindsight.cli.StageContext} opens the warehouse
 * once and starts the Spark session only when a stage needs it. {@code search} and {@code report}
 * start no Spark and load no Hadoop; {@code playbook} reads the published analyze run, no Spark. Commands hold no logic of their own.
 *
 * <p>The config file is read by {@link com.hindsight.cli.ConfigFileParser} into nodes that know
 * their line and key path, then section by section ({@link com.hindsight.cli.ConfigSection}:
 * top level, {@link com.hindsight.cli.AnalysisSettings}, {@link com.hindsight.cli.PathSettings}),
 * every problem collected ({@link com.hindsight.cli.ConfigProblems}) and reported with file,
 * line, key path and reason; {@code hindsight config check} lists them or prints the result.
 */
package com.hindsight.cli;
