#!/usr/bin/env bash
# Runs Bazaar on this machine: builds what changed (the all-in-one server; web/ when it is there), starts PostgreSQL
# and the AWS APIs (moto_server, or LocalStack when Docker answers), seeds the demo data and serves
# http://localhost:8080 (QUARKUS_HTTP_PORT chooses another port) until Ctrl-C.
# Builds are skipped when their inputs have the same content as at the last successful build (hashes in .local/);
# Maven options can be added with MAVEN_ARGS (e.g. MAVEN_ARGS=-o to build offline).
set -euo pipefail
cd "$(dirname "$0")/../.."
state=.local
mkdir -p "$state"

step() { printf '==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }

# One hash over the names and contents of the files under the given paths, build output left out.
inputs_hash() {
  find "$@" \( -name target -o -name node_modules -o -name dist -o -name test-results -o -name playwright-report \) \
      -prune -o -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}

unchanged() { [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; }

# Maven's "Building <module> <version> [n/m]" lines, shortened to what is being built.
maven_progress() {
  awk '
    /^\[INFO\] Building .* \[[0-9]+\/[0-9]+\]$/ {
      line = $0; sub(/^\[INFO\] Building /, "", line)
      match(line, /\[[0-9]+\/[0-9]+\]$/); count = substr(line, RSTART, RLENGTH)
      name = substr(line, 1, RSTART - 1); sub(/ +$/, "", name); sub(/ [^ ]+$/, "", name)
      printf "    %-8s %s\n", count, name; fflush()
    }
    /--- quarkus:[^ ]*:build .* @ bazaar-server ---/ { print "             packaging the Quarkus application"; fflush() }
  '
}

build_server() {
  local server_jar=functions/server/target/quarkus-app/quarkus-run.jar
  local launcher_jar=functions/local-env/target/bazaar-local-env-0.1.0-SNAPSHOT.jar
  local stamp=$state/server-build.sha256 log=$state/server-build.log hash started
  hash=$(inputs_hash functions importer pom.xml .mvn mvnw infra/local/run.sh)
  if unchanged "$stamp" "$hash" && [ -f "$server_jar" ] && [ -f "$launcher_jar" ]; then
    step "Server: up to date (no change under functions/ or importer/ since the last build)"
    return
  fi
  step "Server: building with Maven (full log: $log)"
  started=$SECONDS
  if ./mvnw -B --no-transfer-progress package -DskipTests -pl functions/server -am 2>&1 | tee "$log" | maven_progress; then
    echo "$hash" > "$stamp"
    note "built in $((SECONDS - started)) s"
  else
    rm -f "$stamp"
    printf '\nThe build failed; the end of %s:\n\n' "$log" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
}

build_web() {
  if [ ! -f web/package.json ]; then
    return
  fi
  if [ -n "${BAZAAR_WEB_DIR:-}" ]; then
    step "Web pages: served from BAZAAR_WEB_DIR=$BAZAAR_WEB_DIR (web/ is not built)"
    return
  fi
  if ! command -v npm >/dev/null 2>&1; then
    step "Web pages: npm not found; Bazaar runs without them (install Node.js 20 or newer)"
    return
  fi
  local log=$state/web-build.log deps_stamp=$state/web-deps.sha256 build_stamp=$state/web-build.sha256 hash started
  : > "$log"
  hash=$(sha256sum web/package-lock.json | cut -d' ' -f1)
  if unchanged "$deps_stamp" "$hash" && [ -d web/node_modules ]; then
    step "Web pages: dependencies up to date"
  else
    step "Web pages: installing dependencies (npm ci; log: $log)"
    started=$SECONDS
    if ! (cd web && npm ci --no-audit --no-fund) >> "$log" 2>&1; then
      rm -f "$deps_stamp"
      tail -n 40 "$log" >&2
      exit 1
    fi
    echo "$hash" > "$deps_stamp"
    note "installed in $((SECONDS - started)) s"
  fi
  hash=$(inputs_hash web)
  if unchanged "$build_stamp" "$hash" && [ -f web/dist/index.html ]; then
    step "Web pages: up to date (no change under web/ since the last build)"
  else
    step "Web pages: building (npm run build; log: $log)"
    started=$SECONDS
    if ! (cd web && npm run build) >> "$log" 2>&1; then
      rm -f "$build_stamp"
      tail -n 40 "$log" >&2
      exit 1
    fi
    echo "$hash" > "$build_stamp"
    note "built in $((SECONDS - started)) s"
  fi
  export BAZAAR_WEB_DIR=$PWD/web/dist
}

step "Checking the machine: JDK, PostgreSQL binaries, moto"
bash infra/local/setup.sh
build_server
build_web
step "Starting PostgreSQL, the AWS APIs and Bazaar on http://localhost:${QUARKUS_HTTP_PORT:-8080} (Ctrl-C stops everything)"
exec java -jar functions/local-env/target/bazaar-local-env-0.1.0-SNAPSHOT.jar \
  functions/server/target/quarkus-app/quarkus-run.jar "$state"
