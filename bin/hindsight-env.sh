# Sourced by bin/hindsight and bin/spark-standalone (not a command): where the jars are, the JVM
# flags Spark needs on Java 17, and the log file. Two layouts:
#   the release (hindsight-<version>.tar.gz): bin/, lib/ (hindsight-cli.jar and every runtime jar),
#     lib-search/, lib-serve/, conf/;
#   the source tree after `mvn package`: cli/target/hindsight-cli.jar, cli/target/lib/,
#     cli/target/lib-search/, cli/target/lib-serve/, cli/src/main/resources/.
HINDSIGHT_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ -f "$HINDSIGHT_HOME/lib/hindsight-cli.jar" ]]; then
  HINDSIGHT_CLI_JAR="$HINDSIGHT_HOME/lib/hindsight-cli.jar"
  HINDSIGHT_LIB="$HINDSIGHT_HOME/lib"
  HINDSIGHT_LIB_SEARCH="$HINDSIGHT_HOME/lib-search"
  HINDSIGHT_LIB_SERVE="$HINDSIGHT_HOME/lib-serve"
  HINDSIGHT_SEARCH_JSA="$HINDSIGHT_HOME/search.jsa"
  HINDSIGHT_CLASSPATH="$HINDSIGHT_LIB/*"
  HINDSIGHT_CONF="$HINDSIGHT_HOME/conf"
else
  HINDSIGHT_CLI_JAR="$HINDSIGHT_HOME/cli/target/hindsight-cli.jar"
  HINDSIGHT_LIB="$HINDSIGHT_HOME/cli/target/lib"
  HINDSIGHT_LIB_SEARCH="$HINDSIGHT_HOME/cli/target/lib-search"
  HINDSIGHT_LIB_SERVE="$HINDSIGHT_HOME/cli/target/lib-serve"
  HINDSIGHT_SEARCH_JSA="$HINDSIGHT_HOME/cli/target/search.jsa"
  HINDSIGHT_CLASSPATH="$HINDSIGHT_CLI_JAR:$HINDSIGHT_LIB/*"
  HINDSIGHT_CONF="$HINDSIGHT_HOME/cli/src/main/resources"
  if [[ ! -f "$HINDSIGHT_CLI_JAR" || ! -d "$HINDSIGHT_LIB" ]]; then
    echo "hindsight is not built yet: run 'mvn -B package -DskipTests' in $HINDSIGHT_HOME first" >&2
    exit 2
  fi
fi
# The Hadoop client configuration of a warehouse on HDFS or S3 (core-site.xml, hdfs-site.xml: name
# nodes, credentials providers), as Hadoop's own tools read it; for the Spark commands only
# (search, similar and serve read local folders and never load Hadoop).
if [[ -n "${HADOOP_CONF_DIR:-}" ]]; then
  HINDSIGHT_CLASSPATH="$HADOOP_CONF_DIR:$HINDSIGHT_CLASSPATH"
fi
if ! command -v java >/dev/null 2>&1; then
  echo "hindsight needs Java 17 or later: no 'java' on the PATH" >&2
  exit 2
fi

# Spark on Java 17 needs these --add-opens flags; this is the one list for the launchers (the
# test JVMs take the same list from spark.jvm.flags in pom.xml).
SPARK_JVM_FLAGS=(
  -XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true
)

# The log file (cli/src/main/resources/log4j2.properties): hindsight's own lines, every library's
# warnings and the stack trace of any failure; the console shows hindsight's lines only. It lives
# in HINDSIGHT_LOG_DIR (default ~/.local/state/hindsight). When that folder cannot be created or
# written, one line on stderr says so and the log goes to a folder under /tmp instead.
hindsight_log_file() {
  local dir="${HINDSIGHT_LOG_DIR:-${HOME:-/tmp}/.local/state/hindsight}"
  local file="$dir/hindsight.log"
  if ! { mkdir -p "$dir" && [[ -w "$dir" ]] && [[ ! -e "$file" || -w "$file" ]]; } 2>/dev/null; then
    local fallback="${TMPDIR:-/tmp}/hindsight-$(id -u)"
    echo "hindsight: cannot write $file (HINDSIGHT_LOG_DIR); logging to $fallback" >&2
    mkdir -p "$fallback" 2>/dev/null || true
    file="$fallback/hindsight.log"
  fi
  printf '%s' "$file"
}
