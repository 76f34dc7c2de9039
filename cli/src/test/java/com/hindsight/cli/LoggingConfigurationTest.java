package com.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.appender.RollingFileAppender;
import org.apache.logging.log4j.core.appender.rolling.DefaultRolloverStrategy;
import org.apache.logging.log4j.core.appender.rolling.SizeBasedTriggeringPolicy;
import org.apache.logging.log4j.core.config.AppenderRef;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.properties.PropertiesConfigurationFactory;
import org.apache.logging.log4j.core.lookup.Interpolator;
import org.apache.logging.log4j.core.lookup.StrSubstitutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program's log4j2.properties (not the tests' log4j2-test.properties): which logger reaches the
 * console and which the log file. Read from the configuration, nothing is logged; the file appender
 * opens its file on the first line only, so no file is created either.
 */
class LoggingConfigurationTest {
    private static final String PROGRAM_CONFIG = "log4j2.properties";
    private static final String LOG_FILE_PROPERTY = "hindsight.log.file";

    @TempDir
    Path logs;
    private String previousLogFile;
    private Configuration config;

    @BeforeEach
    void load() throws IOException {
        previousLogFile = System.getProperty(LOG_FILE_PROPERTY);
        System.setProperty(LOG_FILE_PROPERTY, logs.resolve("hindsight.log").toString());
        URL url = getClass().getClassLoader().getResource(PROGRAM_CONFIG);
        assertThat(url).as(PROGRAM_CONFIG + " on the class path").isNotNull();
        try (InputStream in = url.openStream()) {
            config = new PropertiesConfigurationFactory().getConfiguration(
                    new LoggerContext("logging-configuration-test"),
                    new ConfigurationSource(in, url));
        }
        config.initialize();
    }

    @AfterEach
    void restore() {
        config.stop();
        if (previousLogFile == null) {
            System.clearProperty(LOG_FILE_PROPERTY);
        } else {
            System.setProperty(LOG_FILE_PROPERTY, previousLogFile);
        }
    }

    @Test
    void consoleCarriesHindsightsOwnLinesOnly() {
        assertThat(reached("com.hindsight.jobs.ingest.IngestJob", Level.INFO))
                .containsExactly("console", "file");
        assertThat(reached("com.hindsight.reports.ReportJob", Level.WARN))
                .containsExactly("console", "file");
        assertThat(reached("com.hindsight.jobs.ingest.IngestJob", Level.DEBUG)).isEmpty();
        for (String library : new String[] {"org.apache.spark.storage.BlockManager",
                "org.apache.spark.sql.catalyst.util.SparkStringUtils",
                "org.apache.hadoop.util.NativeCodeLoader",
                "org.apache.parquet.hadoop.ParquetOutputFormat", "org.apache.poi.util.XMLHelper",
                "org.sparkproject.jetty.server.Server", "some.unknown.Library"}) {
            assertThat(reached(library, Level.FATAL)).as(library).containsExactly("file");
            assertThat(reached(library, Level.WARN)).as(library).containsExactly("file");
            assertThat(reached(library, Level.INFO)).as(library).isEmpty();
        }
    }

    @Test
    void theRootLoggerKeepsAnAppenderWhenTheFileCannotBeOpened() {
        // else Spark takes log4j for unconfigured and prints its INFO lines on the console
        assertThat(config.getRootLogger().getAppenderRefs()).extracting(AppenderRef::getRef)
                .containsExactlyInAnyOrder("file", "console");
    }

    @Test
    void failuresGoToTheFileOnly() {
        assertThat(reached("com.hindsight.faults", Level.ERROR)).containsExactly("file");
    }

    @Test
    void theFileRollsBySizeAtThePathBinHindsightPasses() {
        assertThat(config.getAppenders().get("console")).isInstanceOf(ConsoleAppender.class);
        RollingFileAppender file = (RollingFileAppender) config.getAppenders().get("file");
        assertThat(file.getFileName()).isEqualTo(logs.resolve("hindsight.log").toString());
        assertThat(file.getFilePattern()).isEqualTo(logs.resolve("hindsight.log") + ".%i");
        SizeBasedTriggeringPolicy bySize = file.getTriggeringPolicy();
        assertThat(bySize.getMaxFileSize()).isEqualTo(10L * 1024 * 1024);
        DefaultRolloverStrategy keep = (DefaultRolloverStrategy) file.getManager()
                .getRolloverStrategy();
        assertThat(keep.getMaxIndex()).isEqualTo(5);
    }

    @Test
    void withoutThePropertyTheFileIsInTheUsersStateFolder() throws IOException {
        // as under spark-submit or java -cp: no -Dhindsight.log.file
        System.clearProperty(LOG_FILE_PROPERTY);
        Properties raw = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PROGRAM_CONFIG)) {
            raw.load(in);
        }
        String resolved = new StrSubstitutor(new Interpolator())
                .replace(raw.getProperty("property.logFile"));
        String dir = System.getenv("HINDSIGHT_LOG_DIR") != null
                ? System.getenv("HINDSIGHT_LOG_DIR")
                : System.getProperty("user.home") + "/.local/state/hindsight";
        assertThat(resolved).isEqualTo(dir + "/hindsight.log");
    }

    /** The appenders an event of this logger and level reaches, as Log4j routes it. */
    private Set<String> reached(String logger, Level level) {
        Set<String> appenders = new TreeSet<>();
        LoggerConfig at = config.getLoggerConfig(logger);
        if (!level.isMoreSpecificThan(at.getLevel())) {
            return appenders;
        }
        for (; at != null; at = at.isAdditive() ? at.getParent() : null) {
            for (AppenderRef ref : at.getAppenderRefs()) {
                if (ref.getLevel() == null || level.isMoreSpecificThan(ref.getLevel())) {
                    appenders.add(ref.getRef());
                }
            }
        }
        return appenders;
    }
}
