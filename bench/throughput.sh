#!/usr/bin/env bash
# Throughput benchmark: a backlog of approved onboarding requests through the real job, adapters
# and simulators on 127.0.0.1, against Okta's per-minute limit. Takes a few minutes; never part of
# the build. Prints the figures on standard output; Gatehouse's own log goes to
# runtime-http/target/bench/throughput.log.
#
# Adjust with environment variables:
#   BENCH_REQUESTS (500), BENCH_LIMIT (1200, the simulator's limit per bucket and minute),
#   BENCH_BUDGET (98 % of the limit: Gatehouse's okta.rateLimitPerMinute),
#   BENCH_CONCURRENCY (12: Gatehouse's job.concurrency), BENCH_LATENCY_MIN / BENCH_LATENCY_MAX
#   (80 / 150 ms), BENCH_BASELINE (50 requests run one at a time; 0 skips the baseline).
set -euo pipefail
cd "$(dirname "$0")/.."

out=runtime-http/target/bench
mkdir -p "$out"
classpath_file="$PWD/$out/classpath.txt"

# Compile in the reactor (no install) and write runtime-http's test classpath.
./mvnw -q -B -o -pl runtime-http -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >"$out/build.log" 2>&1 \
  || { cat "$out/build.log"; exit 2; }

limit="${BENCH_LIMIT:-1200}"
GATEHOUSE_LOG_LEVEL="${GATEHOUSE_LOG_LEVEL:-WARN}" java \
  -Dlogback.configurationFile=runtime-http/src/main/resources/logback.xml \
  -Dsun.net.httpserver.nodelay=true \
  -Dbench.requests="${BENCH_REQUESTS:-500}" \
  -Dbench.limitPerMinute="$limit" \
  -Dbench.budgetPerMinute="${BENCH_BUDGET:-$((limit * 98 / 100))}" \
  -Dbench.concurrency="${BENCH_CONCURRENCY:-12}" \
  -Dbench.latencyMinMillis="${BENCH_LATENCY_MIN:-80}" \
  -Dbench.latencyMaxMillis="${BENCH_LATENCY_MAX:-150}" \
  -Dbench.baselineRequests="${BENCH_BASELINE:-50}" \
  -cp "runtime-http/target/test-classes:runtime-http/target/classes:$(cat "$classpath_file")" \
  io.gatehouse.http.bench.ThroughputBenchmark 2>"$out/throughput.log"
