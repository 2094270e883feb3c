# Sourced by the bench/run-*.sh scripts: prints what a benchmark ran on, before and after, for bench/RESULTS.md.
machine() {
  echo "## $1: $(date -u +%FT%TZ)"
  echo "uptime: $(uptime)"
  echo "nproc: $(nproc)"
  free -g
  grep -m1 'model name' /proc/cpuinfo || true
  java -version 2>&1 | head -1
}
