#!/usr/bin/env bash
# Cold start to readiness of the packaged exhibit: starts target/cables.jar RUNS times (default
# 10), each on a fresh H2 data folder, and times from the `java` command until
# /actuator/health/readiness answers UP. Prints every run and the median, in seconds.
# Extra arguments go to the JVM (for example -XX:AOTCache=target/app/cables.aot, with
# CABLES_JAR=target/app/cables.jar: see docs/performance.md).
# Usage: src/load/cold-start.sh [RUNS] [JVM options...]
set -euo pipefail
cd "$(dirname "$0")/../.."
. .mvn/cables-env.sh >/dev/null 2>&1 || true
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
runs="${1:-10}"; shift || true
jar="${CABLES_JAR:-target/cables.jar}"
[ -f "$jar" ] || ./mvnw -q -DskipTests package
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
times=()
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  "$java" "$@" -jar "$jar" --server.port="$port" --exhibit.data-dir="$data" >"$data/log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { echo "the exhibit stopped; see $data/log" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
  times+=("$t")
  echo "run $i: $t s"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "median of %d: %.2f s (min %.2f, max %.2f)\n", NR, m, a[1], a[NR] }'
