# Shared helpers for the scripts (sourced, not run).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${PLANS_SHARED:-$ROOT/../shared}"
export LC_ALL="${LC_ALL:-C.UTF-8}" LANG="${LANG:-C.UTF-8}" OMP_THREAD_LIMIT=1

# A JDK >= 21: JAVA_HOME if it qualifies, else the default java, else one under /usr/lib/jvm.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'; }
pick_jdk() {
  local c
  for c in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
    [ -n "$c" ] && [ -x "$c/bin/javac" ] || continue
    local v; v=$(java_major "$c"); v=${v%%.*}
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then
      export JAVA_HOME="$c"; export PATH="$JAVA_HOME/bin:$PATH"
      # Maven's own libraries use sun.misc.Unsafe; JDK 24+ warns about it unless told otherwise.
      [ "$v" -ge 24 ] && export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
      return 0
    fi
  done
  return 1
}

need_apt() { # need_apt CMD-OR-FILE PACKAGE...
  local probe=$1; shift
  if command -v "$probe" >/dev/null 2>&1 || [ -e "$probe" ]; then return 0; fi
  echo "setup: installing $*" >&2
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# The build (README "Layout"): pipeline/core, index, app, tools, and pipeline/cluster (tests only: ClusterSearchIT, no
# jar of its own). `java -jar "$APP_JAR"` is the runtime (production
# commands only); `java -jar "$TOOLS_JAR"` (what scripts/plans runs) adds train, eval, bench and learn. Each jar lists
# its libraries (the other modules included) in its manifest, from the lib/ folder beside it; CP is the whole classpath
# for `java -cp "$CP" CLASS` (tools, benchmarks).
APP_JAR="$ROOT/pipeline/app/target/plans-app.jar"
APP_LIB="$ROOT/pipeline/app/target/lib"
TOOLS_JAR="$ROOT/pipeline/tools/target/plans-tools.jar"
TOOLS_LIB="$ROOT/pipeline/tools/target/lib"
JAR="$TOOLS_JAR"
CP="$TOOLS_JAR:$TOOLS_LIB/*"

# jar_stale: true when the tools jar is missing or any module's sources or pom are newer than it.
jar_stale() {
  [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/pom.xml" "$ROOT"/pipeline/*/pom.xml "$ROOT"/pipeline/*/src/main -newer "$JAR" -print -quit)" ]
}
# build_jars [WHO]: builds every module's jar (tests skipped but compiled: the test jars are part of the build).
build_jars() {
  echo "${1:-plans}: building..." >&2
  (cd "$ROOT" && mvn -q -B -Dstyle.color=never package -DskipTests 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' >&2) || return
  # the jar plugin leaves an up-to-date jar untouched: without this, a change that compiles to the same classes (a pom
  # edit, a rebase) kept jar_stale true and every later command rebuilt (about 20 s each)
  if [ -f "$JAR" ]; then touch "$JAR"; fi
}
