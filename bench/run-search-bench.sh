#!/usr/bin/env bash
# Builds the server and the bench module (reactor build, nothing installed into ~/.m2) and runs the catalog search
# benchmark. Usage: bench/run-search-bench.sh [products=100000] [clients=8] [seconds=30] [warmupSeconds=10]
# Raw output goes to bench/results/search-<timestamp>.log (kept out of git); the summary belongs in bench/RESULTS.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
products="${1:-100000}"
clients="${2:-8}"
seconds="${3:-30}"
warmup="${4:-10}"
mkdir -p bench/results
log="bench/results/search-$(date -u +%Y%m%dT%H%M%SZ).log"

# shellcheck source=bench/machine.sh
source "$root/bench/machine.sh"

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  ./mvnw -B -q package -DskipTests -pl bench,functions/server -am
fi
{
  machine "before"
  java -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    -Dbench.server.jar="$root/functions/server/target/quarkus-app/quarkus-run.jar" \
    io.bazaar.bench.CatalogSearchBench "$products" "$clients" "$seconds" "$warmup" 2>&1
  machine "after"
} | tee "$log"
echo "raw output: $log"
