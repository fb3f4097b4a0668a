#!/usr/bin/env bash
# A local cluster for trying the exhibit on several nodes (README, "Several nodes"):
# one PostgreSQL, N exhibit nodes (a copy of target/cables.jar, built if missing) and HAProxy with
# sticky sessions.
#   .ci/cluster.sh start DIR [NODES] [PORT]   -> the exhibit at http://127.0.0.1:PORT (default 2 nodes, port 8080)
#   .ci/cluster.sh stop DIR
#   .ci/cluster.sh node DIR I                 -> starts node I again (after it was stopped or killed)
# Nodes listen on PORT+1 … PORT+N; logs and process ids are kept in DIR.
# For a load test (src/load/run-cluster-load.sh): CABLES_NODE_CPUS pins node I to the I-th core
# of its list ("0 1"), CABLES_NODE_JVM_OPTS and CABLES_NODE_ARGS add JVM options and settings.
set -euo pipefail
cd "$(dirname "$0")/.."

cmd=${1:?start or stop}
dir=${2:?a folder for the database, logs and process ids of the cluster}
nodes=${3:-2}
port=${4:-8080}
if [ "$cmd" = node ] && [ -f "$dir/cluster.env" ]; then
  . "$dir/cluster.env" # the port the cluster was started with
fi
pgport=$((port + 100))

stop_all() {
  [ -f "$dir/haproxy.pid" ] && kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
  for pid in "$dir"/node-*.pid; do
    [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true
  done
  sleep 1
  [ -d "$dir/pg" ] && .ci/postgres.sh stop "$dir/pg" || true
  rm -f "$dir"/*.pid
}

# Starts node $1 and waits until it is ready (two minutes at most).
start_node() {
  local i=$1 node_port=$((port + $1))
  local java_home pin=""
  if [ -n "${CABLES_NODE_CPUS:-}" ]; then
    read -r -a cpus <<<"$CABLES_NODE_CPUS"
    pin="taskset -c ${cpus[$(( (i - 1) % ${#cpus[@]} ))]}"
  fi
  # The JDK the Maven wrapper would use (read in a shell of its own: the script sets variables of its own).
  java_home=$(CABLES_ENV_QUIET=1 sh -c '. .mvn/cables-env.sh >/dev/null 2>&1; printf %s "${JAVA_HOME-}"')
  # shellcheck disable=SC2086
  CABLES_DB_URL="jdbc:postgresql://127.0.0.1:$pgport/cables" CABLES_DB_USER=cables CABLES_DB_PASSWORD=cables \
  CABLES_TRUSTED_PROXIES=127.0.0.1/32 CABLES_DATA_DIR="$dir/node-$i-data" \
  CABLES_ADMIN_PASSWORD="${CABLES_ADMIN_PASSWORD:-a local cluster password}" \
    nohup $pin "${java_home:+$java_home/bin/}java" ${CABLES_NODE_JVM_OPTS:-} -jar "$dir/cables.jar" \
    --spring.profiles.active=postgres --server.port="$node_port" ${CABLES_NODE_ARGS:-} \
    >>"$dir/node-$i.log" 2>&1 &
  echo $! >"$dir/node-$i.pid"
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$node_port/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$(cat "$dir/node-$i.pid")" 2>/dev/null || { echo "Node $i stopped; see $dir/node-$i.log" >&2; return 1; }
    sleep 1
  done
  curl -fsS "http://127.0.0.1:$node_port/actuator/health/readiness" >/dev/null \
    || { echo "Node $i is not ready after two minutes; see $dir/node-$i.log" >&2; return 1; }
  echo "Node $i ready on port $node_port (pid $(cat "$dir/node-$i.pid"))"
}

case "$cmd" in
  start)
    command -v haproxy >/dev/null || { echo "HAProxy not found (apt-get install haproxy)" >&2; exit 1; }
    mkdir -p "$dir"
    chmod a+x "$dir" # PostgreSQL's own user must reach its folder inside (a mktemp folder is private)
    if [ ! -f target/cables.jar ]; then
      echo "Building target/cables.jar first (./mvnw -B -DskipTests package)…"
      ./mvnw -B -q -DskipTests package
    fi
    # The nodes run a copy of the jar, so that a build meanwhile cannot pull classes from under them.
    cp target/cables.jar "$dir/cables.jar"
    .ci/postgres.sh start "$dir/pg" "$pgport"
    echo "port=$port" >"$dir/cluster.env"
    servers=""
    for i in $(seq 1 "$nodes"); do
      # One node after the other: the first migrates the database and creates the first admin.
      start_node "$i" || { stop_all; exit 1; }
      servers+="    server node$i 127.0.0.1:$((port + i)) check cookie node$i"$'\n'
    done
    sed -e "s/@PORT@/$port/" .ci/haproxy.cfg | awk -v servers="$servers" '{ if ($0 == "@SERVERS@") printf "%s", servers; else print }' \
      >"$dir/haproxy.cfg"
    haproxy -c -q -f "$dir/haproxy.cfg"
    haproxy -D -f "$dir/haproxy.cfg" -p "$dir/haproxy.pid"
    for _ in $(seq 1 30); do
      curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
      sleep 1
    done
    echo "The exhibit on $nodes nodes: http://127.0.0.1:$port (stop with: .ci/cluster.sh stop $dir)"
    ;;
  node)
    i=${3:?which node to start}
    [ -f "$dir/cluster.env" ] || { echo "No cluster was started in $dir" >&2; exit 1; }
    start_node "$i"
    ;;
  stop)
    stop_all
    echo "Cluster in $dir stopped"
    ;;
  *)
    echo "usage: .ci/cluster.sh start|stop DIR [NODES] [PORT] | node DIR I" >&2
    exit 2
    ;;
esac
