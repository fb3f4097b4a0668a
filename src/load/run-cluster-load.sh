#!/usr/bin/env bash
# Load test on a local cluster: the same simulated learners as run-load.sh (Gatling,
# LearnerSimulation) through HAProxy to NODES exhibit nodes on one PostgreSQL (.ci/cluster.sh),
# each node pinned to a core of its own. With one node, the node has core 0 and the rest
# (Gatling, HAProxy, PostgreSQL) is free to use core 1; with two nodes on a 2-core machine the
# nodes have a core each and the load generator, the balancer and the database share them.
# Usage: src/load/run-cluster-load.sh USERS MINUTES NODES
# Output: target/load/cluster-NODESn-USERS/ (summary.txt, Gatling's report, the nodes' logs).
set -euo pipefail
cd "$(dirname "$0")/../.."
users="${1:?number of concurrent learners}"
minutes="${2:-3}"
nodes="${3:-2}"
out="target/load/cluster-${nodes}n-$users"
rm -rf "$out"; mkdir -p "$out"
[ -f target/cables.jar ] || ./mvnw -q -B -DskipTests package
cluster=$(mktemp -d /tmp/cables-load-cluster.XXXXXX)
port=$(python3 -c '
import socket
for p in range(31000, 40000, 7):
    try:
        for q in [p + i for i in range(0, 4)] + [p + 100]:
            s = socket.socket(); s.bind(("127.0.0.1", q)); s.close()
        print(p); break
    except OSError:
        pass
')
trap '.ci/cluster.sh stop "$cluster" >/dev/null 2>&1 || true; cp "$cluster"/node-*.log "$out"/ 2>/dev/null || true; rm -rf "$cluster"' EXIT
if [ "$nodes" = 1 ]; then cpus="0"; else cpus="$(seq -s ' ' 0 $(( $(nproc) - 1 )))"; fi
CABLES_NODE_CPUS="$cpus" CABLES_NODE_JVM_OPTS="-Xmx2g -XX:+UseG1GC" \
CABLES_NODE_ARGS="--server.servlet.session.timeout=2m --server.tomcat.threads.max=200 --exhibit.sessions.per-address=100000 --exhibit.sessions.max=100000 --management.endpoints.web.exposure.include=health,metrics" \
  .ci/cluster.sh start "$cluster" "$nodes" "$port"
# What the database carries: its transactions and rows written over the run, and its connections.
db() { PGPASSWORD=cables psql -h 127.0.0.1 -p $((port + 100)) -U cables -d cables -tA -c "$1"; }
stats="SELECT xact_commit, tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = 'cables'"
# One learner's walk on each node first, as run-load.sh warms its server up.
for i in $(seq 1 "$nodes"); do curl -fs "http://127.0.0.1:$((port + i))/tours/road-to-war/kim-asks-stalin" >/dev/null; done
sleep 2
if [ "$nodes" = 1 ]; then gen="taskset -c 1"; else gen=""; fi
read -r commits0 rows0 <<<"$(db "$stats" | tr '|' ' ')"
t0=$(date +%s)
# Near the end of the full load: how many live sessions each node holds (the balancer's spread).
(
  sleep $(( 60 + minutes * 60 - 20 ))
  for i in $(seq 1 "$nodes"); do
    curl -fs "http://127.0.0.1:$((port + i))/actuator/metrics/cables.vaadin.sessions" \
      | python3 -c "import json,sys; print('node $i: live sessions near the end of the full load:', int(json.load(sys.stdin)['measurements'][0]['value']))"
  done >"$out/spread.txt" 2>&1
  echo "database connections open near the end of the full load: $(db "SELECT count(*) FROM pg_stat_activity WHERE datname = 'cables'")" >>"$out/spread.txt"
) &
# shellcheck disable=SC2086
$gen ./mvnw -q -B -Pload gatling:test -Dcables.url="http://127.0.0.1:$port" -Dcables.users="$users" \
  -Dcables.minutes="$minutes" -Dgatling.resultsFolder="$out/gatling" >"$out/gatling.log" 2>&1 && ok=yes || ok=no
read -r commits1 rows1 <<<"$(db "$stats" | tr '|' ' ')"
seconds=$(( $(date +%s) - t0 ))
{
  echo "users=$users minutes=$minutes nodes=$nodes (pinned to cores: $cpus) gatling_assertions_passed=$ok"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -srm), $(date -u +%F)"
  cat "$out/spread.txt" 2>/dev/null || true
  echo "database over the run ($seconds s): $(( (commits1 - commits0) / seconds )) transactions/s, $(( (rows1 - rows0) / seconds )) rows written/s"
  python3 src/load/gatling-latency.py "$out/gatling" || true
} | tee "$out/summary.txt"
