#!/usr/bin/env bash
# Builds the clients and the benchmarks jar, then runs every benchmark (JMH pure overhead and error path, the
# interleaved loopback and concurrency runs, then the cold-start runs) and prints SDK vs baseline tables.
# About 5 minutes on 2 cores.
#
#   benchmarks/run.sh                      # build, then run everything
#   SKIP_BUILD=1 benchmarks/run.sh         # reuse benchmarks/target/benchmarks.jar
#   benchmarks/run.sh --only pure,error    # any of: pure,error,loopback,concurrent,cold (+ jmh-loopback,jmh-concurrent)
#   benchmarks/run.sh --cold-runs 20
#
# The tables are also written to benchmarks/target/benchmark-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${SKIP_BUILD:-0}" != "1" || ! -f benchmarks/target/benchmarks.jar ]]; then
  # Only the modules the benchmarks need; -am pulls in client-core, client-wnology and client-wapikit.
  mvn -B -q -pl benchmarks -am package -DskipTests
fi

java -jar benchmarks/target/benchmarks.jar "$@" | tee benchmarks/target/benchmark-run.log
# The summary tables start at the "## Machine" heading printed after the JMH output.
sed -n '/^## Machine/,$p' benchmarks/target/benchmark-run.log > benchmarks/target/benchmark-results.md
