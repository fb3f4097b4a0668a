#!/usr/bin/env bash
# Memory held by passers-by: REQUESTS page requests without a cookie (a crawler, a link checker,
# a script), as fast as one client sends them, then the live heap counted by a class histogram
# and the sessions the server holds, right after the requests and again after the probation.
# Usage: src/load/passers-by.sh [REQUESTS] [-- EXHIBIT_OPTIONS...]
#   REQUESTS         page requests to send (default 10000)
#   EXHIBIT_OPTIONS  passed to the exhibit, e.g. the behaviour before decision 28:
#                    -- --exhibit.sessions.probation=30m --exhibit.sessions.per-address=100000 --exhibit.sessions.max=100000
# Prints one line per measurement; needs the packaged jar (built here when missing), python3, curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
. .mvn/cables-env.sh >/dev/null 2>&1 || true
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
requests="${1:-10000}"
shift || true
[ "${1:-}" = "--" ] && shift
[ -f target/cables.jar ] || ./mvnw -q -DskipTests package
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d)
"$java" -Xmx4g -XX:+UseG1GC -jar target/cables.jar --server.port="$port" --exhibit.data-dir="$data" \
  --management.endpoints.web.exposure.include=health,metrics "$@" >"$data/server.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP; do sleep 0.2; done

metric() { curl -fs "http://127.0.0.1:$port/actuator/metrics/$1" | python3 -c 'import json,sys; print(int(json.load(sys.stdin)["measurements"][0]["value"]))'; }
counted_mb() { "$jcmd" "$app" GC.class_histogram 2>&1 | awk '/^Total/ {printf "%.1f", $3/1048576}'; }

curl -fs "http://127.0.0.1:$port/archive" >/dev/null
sleep 2
echo "idle: live heap $(counted_mb) MB, sessions $(metric cables.vaadin.sessions)"
python3 - "$port" "$requests" <<'PY'
import http.client, sys, time, collections
port, n = int(sys.argv[1]), int(sys.argv[2])
conn = http.client.HTTPConnection("127.0.0.1", port)
codes = collections.Counter()
start = time.time()
for i in range(n):
    conn.request("GET", "/archive")  # no Cookie header: every request is a stranger
    r = conn.getresponse(); r.read(); codes[r.status] += 1
print(f"sent {n} requests in {time.time() - start:.0f} s: " + ", ".join(f"{c} x{k}" for k, c in sorted(codes.items())))
PY
echo "after the requests: live heap $(counted_mb) MB, sessions $(metric cables.vaadin.sessions)"
sleep 150   # past the default probation (2 minutes) and Tomcat's expiry check (every 10 s)
echo "2.5 minutes later: live heap $(counted_mb) MB, sessions $(metric cables.vaadin.sessions)"
