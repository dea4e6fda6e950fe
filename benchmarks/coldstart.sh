#!/usr/bin/env bash
# CLI cold start: wall time of one-call runs of `invites wnology get` against a local sandbox, median of N runs,
# for the launcher (examples/target/invites: class-data-sharing archive, short-run JVM flags) and for the plain
# `java -jar examples/target/invites.jar`, with `java -version` as the floor of the JVM itself.
#
#   benchmarks/coldstart.sh             # build the CLI if needed, 15 runs each
#   RUNS=30 SKIP_BUILD=1 benchmarks/coldstart.sh
#
# Prints a Markdown table; also written to benchmarks/target/coldstart.md. Target: launcher median <= 0.6 s.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-15}

if [[ "${SKIP_BUILD:-0}" != "1" || ! -x examples/target/invites ]]; then
  mvn -B -q -pl examples -am package -DskipTests >/dev/null
fi
mkdir -p benchmarks/target

sandbox_log=$(mktemp)
java -jar examples/target/invites.jar sandbox --port 0 >"$sandbox_log" 2>&1 &
sandbox_pid=$!
trap 'kill $sandbox_pid 2>/dev/null || true; rm -f "$sandbox_log"' EXIT
for _ in $(seq 1 100); do
  grep -q "WEGnology" "$sandbox_log" && break
  sleep 0.1
done
base=$(grep -o 'http://127.0.0.1:[0-9]*/wnology' "$sandbox_log" | head -1)
[[ -n "$base" ]] || { echo "the sandbox did not start" >&2; cat "$sandbox_log" >&2; exit 1; }
call=(wnology get --base-url "$base" --token demo-token --email new.user+demo@example.com)

# Milliseconds of wall time per run of "$@", one per line, after three warm-up runs (the page cache, and the
# sandbox's own first answers, which it serves slowly while its JIT warms up).
measure() {
  for _ in 1 2 3; do
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  done
  for _ in $(seq 1 "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
  done
}
median() { sort -n | awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%.0f", m}'; }
range() { sort -n | awk 'NR==1{min=$1} {max=$1} END {printf "%d-%d", min, max}'; }

floor_ms=$(measure java -version)
launcher_ms=$(measure examples/target/invites "${call[@]}")
jar_ms=$(measure java -jar examples/target/invites.jar "${call[@]}")

{
  echo "| command ($runs runs each, after three warm-up runs) | median | range |"
  echo "|---|---:|---:|"
  echo "| \`java -version\` (the JVM's floor) | $(median <<<"$floor_ms") ms | $(range <<<"$floor_ms") ms |"
  echo "| \`examples/target/invites wnology get\` (launcher) | $(median <<<"$launcher_ms") ms | $(range <<<"$launcher_ms") ms |"
  echo "| \`java -jar examples/target/invites.jar wnology get\` | $(median <<<"$jar_ms") ms | $(range <<<"$jar_ms") ms |"
  echo
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee benchmarks/target/coldstart.md
