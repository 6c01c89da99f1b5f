#!/usr/bin/env bash
# Cold start of the Lambda handlers, measured in one run on this machine.
#
# Each measurement is a fresh JVM that builds a handler as Lambda's runtime does and invokes it once
# with a JSON event; it reports the milliseconds from the JVM's start to the end of that first
# invocation. The handlers reach nothing but loopback: a separate JVM (not measured) serves the JSM
# and Okta simulators, the Lambda Invoke API and the AWS adapters' stand-ins (dynalite, Secrets
# Manager, ECS, Slack) on 127.0.0.1.
#
#   automation    the webhook handler: graph, then one API Gateway event handed off to the worker
#   provisioning  the worker: graph, then one run against the simulators (one request provisioned)
#   bare          a handler of the same event type that answers at once: the JVM's own floor
#
# Prints the median of RUNS (default 5) for each, and the ratios to the bare handler.
set -euo pipefail
export AWS_EC2_METADATA_DISABLED=true
cd "$(dirname "$0")/.."

RUNS="${RUNS:-5}"
JAVA_OPTS="${JAVA_OPTS:--XX:+TieredCompilation -XX:TieredStopAtLevel=1}"
work="$(mktemp -d)"
world_pid=""
cleanup() {
  if [[ -n "$world_pid" ]]; then kill "$world_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "building runtime-lambda and its test classes ..." >&2
# Tests are not run, but their resources are prepared: adapters-aws installs dynalite for the world.
./mvnw -q -B -pl runtime-lambda -am package dependency:build-classpath -Dmaven.test.skip.exec=true \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
cp="runtime-lambda/target/test-classes:runtime-lambda/target/classes:$(cat runtime-lambda/target/bench-classpath.txt)"
events="runtime-lambda/src/test/resources/events"

start_world() {
  rm -f "$work/env.properties"
  java -Dgatehouse.dynaliteFolder=adapters-aws/target/dynalite -Daws.disableEc2Metadata=true \
    -cp "$cp" io.gatehouse.lambda.bench.BenchWorld "$work/env.properties" \
    >"$work/world.log" 2>&1 &
  world_pid=$!
  for _ in $(seq 1 300); do
    [[ -f "$work/env.properties" ]] && return 0
    sleep 0.1
  done
  echo "the bench world did not start; see $work/world.log" >&2
  exit 1
}

stop_world() {
  kill "$world_pid" 2>/dev/null || true
  wait "$world_pid" 2>/dev/null || true
  world_pid=""
}

# One cold start of a handler kind against a fresh world; prints its milliseconds.
one() {
  local kind="$1" event="$2" line
  start_world
  line="$(java $JAVA_OPTS -cp "$cp" io.gatehouse.lambda.bench.ColdStart \
    "$kind" "$work/env.properties" "$event" 2>>"$work/$kind.log" | grep '^coldstart ' || true)"
  stop_world
  echo "$line" >>"$work/lines.txt"
  case "$line" in
    *"status=202"* | *"status=200"*) echo "${line##* ms=}" ;;
    *) echo "cold start of $kind failed: '$line'; see $work/$kind.log" >&2; exit 1 ;;
  esac
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

declare -A result
for kind in bare automation provisioning; do
  case "$kind" in
    provisioning) event="$events/worker-run.json" ;;
    *) event="$events/apigateway-webhook.json" ;;
  esac
  samples=()
  for _ in $(seq 1 "$RUNS"); do samples+=("$(one "$kind" "$event")"); done
  result[$kind]="$(printf '%s\n' "${samples[@]}" | median)"
  echo "$kind: ${samples[*]} ms -> median ${result[$kind]} ms" >&2
done

echo "every run (init = JVM start to handler constructed, invoke = first invocation):"
sed 's/^coldstart /  /' "$work/lines.txt"
echo "JVM start to end of first invocation, median of $RUNS runs ($(java -version 2>&1 | head -1)):"
printf '  %-13s %6s ms\n' bare "${result[bare]}" automation "${result[automation]}" \
  provisioning "${result[provisioning]}"
awk -v a="${result[automation]}" -v p="${result[provisioning]}" -v b="${result[bare]}" \
  'BEGIN { printf "  ratio automation/bare: %.1f\n  ratio provisioning/bare: %.1f\n", a/b, p/b }'
