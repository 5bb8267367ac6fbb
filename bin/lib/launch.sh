# Shared by the launchers in bin/: build the reactor when a source is newer than the last build,
# then run one module's main class from its target/ with the class path Maven wrote there.
# Sourced, not executed.

EDDY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
EDDY_STAMP="$EDDY_ROOT/target/launcher.stamp"

eddy_version() {
  sed -n 's:^  <version>\(.*\)</version>:\1:p' "$EDDY_ROOT/pom.xml" | head -n 1
}

# Anything Maven reads that changed since the last build makes the build stale.
eddy_is_stale() {
  [ -f "$EDDY_STAMP" ] || return 0
  [ -n "$(cd "$EDDY_ROOT" && find . \( -name target -o -name .git -o -name eddy-data \) -prune -o \
          -type f \( -name pom.xml -o -path '*/src/main/*' \) -newer "$EDDY_STAMP" -print -quit)" ]
}

eddy_build_if_stale() {
  eddy_is_stale || return 0
  command -v mvn >/dev/null || { echo "eddy: Maven (mvn) is needed to build Eddy" >&2; return 1; }
  mkdir -p "$EDDY_ROOT/target"
  # Two launchers started together must not build the same tree at once: the second waits,
  # then finds the build fresh.
  exec 9>"$EDDY_ROOT/target/launcher.lock"
  flock 9
  eddy_is_stale || { flock -u 9; return 0; }
  echo "Building Eddy (the first build downloads dependencies and takes a minute)..." >&2
  local log="$EDDY_ROOT/target/launcher-build.log"
  # Tests are mvn -B verify's job; the launcher only needs the classes.
  if ! (cd "$EDDY_ROOT" && mvn -B -Dmaven.test.skip=true package >"$log" 2>&1); then
    tail -n 40 "$log" >&2
    echo "eddy: the build failed; the whole log is in $log" >&2
    return 1
  fi
  touch "$EDDY_STAMP"
  flock -u 9
}

# eddy_has_main MODULE CLASS: true when the module's build holds that main class.
eddy_has_main() {
  [ -f "$EDDY_ROOT/$1/target/classes/${2//.//}.class" ]
}

# eddy_exec MODULE CLASS ARGS...: replace this shell with the JVM running CLASS.
eddy_exec() {
  local module="$1" main="$2"; shift 2
  local cp="$EDDY_ROOT/$module/target/classes:$(cat "$EDDY_ROOT/$module/target/classpath.txt")"
  exec java ${EDDY_JAVA_OPTS:-} -cp "$cp" "$main" "$@"
}
