#!/usr/bin/env bash
# Builds the bench module (and, for the import part, the server) with a reactor build (nothing installed into ~/.m2) and
# runs the importer benchmarks. Usage:
#   bench/run-import-bench.sh [part=all] [products=500] [seconds=8] [warmupSeconds=5] [pagesPerKind=12]
# part: extract (ExtractionBench: extraction vs. a bare jsoup parse, no servers), crawl (ImportBench (a) discovery and
# (b) crawl against a local shop, no servers), import (ImportBench (c): merchant import through the all-in-one server,
# with PostgreSQL and moto), or all. Raw output goes to bench/results/import-<timestamp>.log (kept out of git); the
# summary belongs in bench/RESULTS.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
part="${1:-all}"
products="${2:-500}"
seconds="${3:-8}"
warmup="${4:-5}"
perKind="${5:-12}"
case "$part" in
  extract|crawl|import|all) ;;
  *) echo "part must be extract, crawl, import or all, not '$part'" >&2; exit 2 ;;
esac
mkdir -p bench/results
log="bench/results/import-$(date -u +%Y%m%dT%H%M%SZ).log"

# shellcheck source=bench/machine.sh
source "$root/bench/machine.sh"

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  if [[ "$part" == "import" || "$part" == "all" ]]; then
    ./mvnw -B -q package -DskipTests -pl bench,functions/server -am
  else
    ./mvnw -B -q package -DskipTests -pl bench -am
  fi
fi
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
{
  machine "before"
  if [[ "$part" == "extract" || "$part" == "all" ]]; then
    java -Xmx1g -cp "$cp" -Dbench.fixtures.dir="$root/importer/core/src/test/resources/pages" \
      io.bazaar.bench.ExtractionBench "$seconds" "$((warmup * 2))" "$perKind" 2>&1
    machine "after extraction"
  fi
  parts=""
  [[ "$part" == "crawl" || "$part" == "all" ]] && parts="crawl"
  [[ "$part" == "import" || "$part" == "all" ]] && parts="${parts:+$parts,}import"
  if [[ -n "$parts" ]]; then
    java -Xmx1g -cp "$cp" -Dbench.server.jar="$root/functions/server/target/quarkus-app/quarkus-run.jar" \
      io.bazaar.bench.ImportBench "$products" "$seconds" "$warmup" "$parts" 2>&1
    machine "after"
  fi
} | tee "$log"
echo "raw output: $log"
