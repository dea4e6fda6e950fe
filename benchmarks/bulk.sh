#!/usr/bin/env bash
# Bulk invites against the sandbox with a rate limit and latency switched on (BulkBenchmark): at the limit,
# without a limit, and a run killed at random moments and resumed. About 3 minutes.
#
#   benchmarks/bulk.sh                          # build, then run everything
#   SKIP_BUILD=1 benchmarks/bulk.sh --only limit
#
# The report is also written to benchmarks/target/bulk.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${SKIP_BUILD:-0}" != "1" || ! -f benchmarks/target/benchmarks.jar ]]; then
  mvn -B -q -pl benchmarks -am package -DskipTests
fi
java -cp benchmarks/target/benchmarks.jar dev.orginvites.benchmarks.BulkBenchmark "$@" | tee benchmarks/target/bulk.md
