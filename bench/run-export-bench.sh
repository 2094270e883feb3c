#!/usr/bin/env bash
# Builds the server and the bench module (reactor build, nothing installed into ~/.m2) and runs the order export
# benchmark. Usage: bench/run-export-bench.sh [orders=100000] [formats=CSV,XLSX]
# The server runs with -Xmx256m (-Dbench.server.heap=... to change). Raw output goes to
# bench/results/export-<timestamp>.log (kept out of git); the summary belongs in bench/RESULTS.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
orders="${1:-100000}"
formats="${2:-CSV,XLSX}"
mkdir -p bench/results
log="bench/results/export-$(date -u +%Y%m%dT%H%M%SZ).log"

# shellcheck source=bench/machine.sh
source "$root/bench/machine.sh"

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  ./mvnw -B -q package -DskipTests -pl bench,functions/server -am
fi
{
  machine "before"
  java -Xmx512m -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    -Dbench.server.jar="$root/functions/server/target/quarkus-app/quarkus-run.jar" \
    io.bazaar.bench.OrderExportBench "$orders" "$formats" 2>&1
  machine "after"
} | tee "$log"
echo "raw output: $log"
