#!/usr/bin/env bash
# Builds the server and the bench module (reactor build, nothing installed into ~/.m2) and runs the checkout
# benchmark. Usage: bench/run-checkout-bench.sh [clients=8] [seconds=20] [warmupSeconds=5] [raceStock=50]
# Raw output goes to bench/results/checkout-<timestamp>.log (kept out of git); the summary belongs in bench/RESULTS.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
clients="${1:-8}"
seconds="${2:-20}"
warmup="${3:-5}"
race="${4:-50}"
mkdir -p bench/results
log="bench/results/checkout-$(date -u +%Y%m%dT%H%M%SZ).log"

# shellcheck source=bench/machine.sh
source "$root/bench/machine.sh"

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  ./mvnw -B -q package -DskipTests -pl bench,functions/server -am
fi
{
  machine "before"
  java -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    -Dbench.server.jar="$root/functions/server/target/quarkus-app/quarkus-run.jar" \
    io.bazaar.bench.CheckoutBench "$clients" "$seconds" "$warmup" "$race" 2>&1
  machine "after"
} | tee "$log"
echo "raw output: $log"
