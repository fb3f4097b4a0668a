#!/usr/bin/env bash
# Load test: simulated learners (Gatling, src/load/java/org/cables/load/LearnerSimulation.java)
# against the packaged exhibit on loopback, the exhibit pinned to core 0 and the load generator
# to core 1. Records UIDL latency and errors (Gatling's report), and the server's live sessions,
# UIs and heap every 10 s during the load and afterwards until the sessions have expired.
# Usage: src/load/run-load.sh USERS [MINUTES] [SESSION_TIMEOUT]
#   USERS            concurrent learners held after a one-minute ramp (e.g. 100, 250, 500)
#   MINUTES          minutes at full load (default 5)
#   SESSION_TIMEOUT  the exhibit's HTTP session timeout for the run (default 2m; production 30m)
#   LOAD_NAME        (environment) the run's folder name, default USERS; soak runs use soak-USERS
#   CABLES_JVM_OPTS  (environment) the exhibit's JVM options, default
#                    "-Xmx2g -XX:+UseSerialGC -Xmn32m -XX:MaxTenuringThreshold=1" (the README's choice for a
#                    server with one processor, decisions 59 and 67); -Xmn64m from the evening of 4 December 2026
#                    until the morning of 6 December; from the morning of 4 December until that evening
#                    "-Xmx2g -XX:+UseG1GC -XX:MaxGCPauseMillis=20", before it G1's default goal (200 ms)
#   CABLES_JAR       (environment) the exhibit's jar, default target/cables.jar; an extracted one
#                    (java -Djarmode=tools -jar target/cables.jar extract) to run with the JDK's AOT cache
#   HEAP_DUMP        (environment) 1: also a heap dump under load, target/load/NAME/heap.hprof
#   WARMUP           (environment) minutes of the same load before the measured one (default 0: none).
#                    The measured load then meets a JVM whose compiler has done its work and whose
#                    collector has sized its generations, as a museum's server is after its first
#                    hour; the warm-up's sessions expire before the idle heap is counted, and its
#                    requests and collections are left out of the figures (measured-from.txt).
# Gatling's run compiles the project's tests first (with target/classes as they are): leave the
# sources alone while a run starts, or it fails with their compilation errors.
# Output: target/load/NAME/ (samples.csv, summary.txt, server.log, access log with each request's
#         server time, the collector's log and the JVM's stops (safepoint.log, read by src/load/pauses.py),
#         class histograms idle, under load and after the sessions expired, Gatling's report).
#         samples.csv and the summary also give the JIT compiler's part of the exhibit's processor time.
set -euo pipefail
cd "$(dirname "$0")/../.."
. .mvn/cables-env.sh >/dev/null 2>&1 || true
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
users="${1:?number of concurrent learners}"
minutes="${2:-5}"
timeout="${3:-2m}"
# How long after the last request every session has expired: the timeout and Tomcat's sweep (once a minute), in seconds.
expiry_s=$(( $(python3 -c "import re; v='$timeout'; n=int(re.sub(r'\D','',v)); print(n*60 if v.endswith('m') else n)") + 120 ))
jvm_opts="${CABLES_JVM_OPTS:--Xmx2g -XX:+UseSerialGC -Xmn32m -XX:MaxTenuringThreshold=1}"
out="target/load/${LOAD_NAME:-$users}"
rm -rf "$out"; mkdir -p "$out"
jar="${CABLES_JAR:-target/cables.jar}"
if [ ! -f "$jar" ]; then
  [ -z "${CABLES_JAR:-}" ] || { echo "CABLES_JAR: no jar at $jar" >&2; exit 1; }
  ./mvnw -q -DskipTests package
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
data=$(mktemp -d)
# shellcheck disable=SC2086
taskset -c 0 "$java" $jvm_opts -Xlog:gc:file="$out/gc.log" -Xlog:safepoint:file="$out/safepoint.log":time,uptimemillis,tags -jar "$jar" --server.port="$port" --exhibit.data-dir="$data" \
  --management.endpoints.web.exposure.include=health,metrics --server.servlet.session.timeout="$timeout" \
  --server.tomcat.threads.max=200 \
  --exhibit.sessions.per-address=100000 --exhibit.sessions.max=100000 --exhibit.benchmark.memory-floor=true \
  --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$PWD/$out" \
  --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log --server.tomcat.accesslog.rotate=false \
  --server.tomcat.accesslog.pattern='%{begin:msec}t %m %U%q %s %b %{us}T' >"$out/server.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP; do sleep 0.2; done

metric() { curl -fs "http://127.0.0.1:$port/actuator/metrics/$1" | python3 -c 'import json,sys; print(int(json.load(sys.stdin)["measurements"][0]["value"]))'; }
# Summed over the generations' "total ..., used N" lines (G1 has one, Serial and Parallel two).
heap_used_mb() { "$jcmd" "$app" GC.heap_info | python3 -c 'import re,sys; print(round(sum(int(n)*{"K":1/1024,"M":1,"G":1024}[u] for n, u in re.findall(r"total [^\n]*?used (\d+)([KMG])", sys.stdin.read())),1))'; }
live_heap_mb() { "$jcmd" "$app" GC.run >/dev/null; heap_used_mb; }
# The live heap counted object by object in a stop-the-world full GC (a class histogram): unlike
# "heap in use" read after a GC, it cannot include what the load allocates meanwhile.
# Filler arrays and objects are dead space the collector keeps formatted as objects (the serial
# collector's full collection leaves some on purpose rather than move what lies behind them): not counted.
histogram_mb() { "$jcmd" "$app" GC.class_histogram >"$1" 2>&1; awk '/jdk\.internal\.vm\.Filler/ {f += $3} /^Total/ {t = $3} END {printf "%.1f", (t - f)/1048576}' "$1"; }

# Warm the server up with one learner's walk, then measure the baseline.
curl -fs "http://127.0.0.1:$port/tours/road-to-war/kim-asks-stalin" >/dev/null
sleep 2
# Gatling's learners for MINUTES at full load, its report and log named NAME: learners MINUTES NAME
learners() {
  taskset -c 1 ./mvnw -q -B -Pload gatling:test -Dcables.url="http://127.0.0.1:$port" -Dcables.users="$users" \
    -Dcables.minutes="$1" -Dgatling.resultsFolder="$out/$2" >"$out/$2.log" 2>&1
}
if [ "${WARMUP:-0}" != 0 ]; then
  learners "$WARMUP" warmup-gatling
  warm_end=$(date +%s)
  until [ "$(metric cables.vaadin.sessions)" -le 1 ] || [ $(( $(date +%s) - warm_end )) -ge "$expiry_s" ]; do sleep 10; done
fi
baseline=$(live_heap_mb)
baseline_counted=$(histogram_mb "$out/histogram-idle.txt")
echo "seconds,phase,sessions,uis,heap_used_mb,cpu_s,compiler_cpu_s" >"$out/samples.csv"
t0=$(date +%s)
# cpu_s: the exhibit's processor time so far (user and system), from /proc.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$app/stat"; }
# compiler_cpu_s: the part of it spent so far by the JIT compiler's threads (C1 and C2), from each thread's
# counters (the fields after the thread's name, which holds a space). Two processes per sample, not one per
# thread, as the sampler may share the exhibit's core; grep -s skips a thread that ends meanwhile.
# A compiler thread that has ended is not counted.
compiler_cpu_s() {
  grep -hs '^[0-9]* (C[12] Compiler' /proc/"$app"/task/*/stat |
    awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); s += $12 + $13} END {printf "%.2f", s / hz}'
}
sample() { echo "$(( $(date +%s) - t0 )),$1,$(metric cables.vaadin.sessions),$(metric cables.vaadin.uis),$(heap_used_mb),$(cpu_s),$(compiler_cpu_s)" >>"$out/samples.csv"; }
sample idle

# Where the measured load starts in the access log (epoch ms) and in the collector's log (lines).
echo "$(date +%s%3N) $(wc -l <"$out/gc.log")" >"$out/measured-from.txt"
learners "$minutes" gatling &
gatling=$!
while kill -0 "$gatling" 2>/dev/null; do
  sleep 10
  sample load
done
wait "$gatling" && gatling_ok=yes || gatling_ok=no
end=$(date +%s)
# The moment the load ends, before any session has expired: live heap after a full GC, and the
# sessions it holds. (Until 4 December 2026 this was counted 20 s before the end of the load, and
# its two full collections, about 1.5 s stopped, fell inside the measured requests.)
loaded="$(live_heap_mb) $(metric cables.vaadin.sessions) $(metric cables.vaadin.uis)"
counted="$(histogram_mb "$out/histogram.txt") $(metric cables.vaadin.sessions)"
# HEAP_DUMP=1: a heap dump at the same moment, for src/load/session-heap.py.
[ -z "${HEAP_DUMP:-}" ] || "$jcmd" "$app" GC.heap_dump "$PWD/$out/heap.hprof" >/dev/null
# After the load: until the sessions have expired (and a little longer).
while [ $(( $(date +%s) - end )) -lt "$expiry_s" ]; do
  sleep 15
  sample after
done
after_heap=$(live_heap_mb)
after_sessions=$(metric cables.vaadin.sessions)
after_uis=$(metric cables.vaadin.uis)
# What the load left behind with no session open (H2's page cache, Tomcat's request threads and
# their buffers, remembered texts), counted the same way: the sessions are also measured against it.
after_counted=$(histogram_mb "$out/histogram-after.txt")

# The floor, in the same run: FLOOR_SESSIONS (default 300) new sessions of a bare Vaadin page, then
# as many of the exhibit's frame around an empty page, then of the learners' first page, then of a
# tour stop with the front-line map (from 6 December 2026), each set counted in a class histogram
# against the one before it (a few sessions of each first, to load their classes before the
# counting starts).
floor_n="${FLOOR_SESSIONS:-300}"
floor_pages="bare:/benchmark/bare frame:/benchmark/frame first-page:/tours/road-to-war/kim-asks-stalin map-stop:/tours/decision-to-intervene/beijing-hesitates"
for p in $floor_pages; do taskset -c 1 python3 src/load/open-sessions.py "http://127.0.0.1:$port" "${p#*:}" 5 >/dev/null; done
floor_before=$(histogram_mb "$out/histogram-floor-start.txt")
floor_report=""
for p in $floor_pages; do
  floor_failed=$(taskset -c 1 python3 src/load/open-sessions.py "http://127.0.0.1:$port" "${p#*:}" "$floor_n" 2>>"$out/floor-errors.txt" || true)
  floor_now=$(histogram_mb "$out/histogram-floor-${p%%:*}.txt")
  floor_report+="$(awk -v n="$floor_now" -v b="$floor_before" -v c="$floor_n" -v name="${p%%:*}" -v path="${p#*:}" -v f="${floor_failed:-?}" \
    'BEGIN { printf "  %-11s %-38s %6.1f KB per session (%d sessions, %s failed)", name, path, (n - b) * 1024 / c, c, f }')"$'\n'
  floor_before=$floor_now
done

read -r loaded_heap loaded_sessions loaded_uis <<<"${loaded:-0 0 0}"
read -r counted_heap counted_sessions <<<"${counted:-0 0}"
{
  echo "users=$users minutes=$minutes session_timeout=$timeout warmup_minutes=${WARMUP:-0} gatling_assertions_passed=$gatling_ok"
  echo "the exhibit's JVM options: $jvm_opts"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -srm), $("$java" -version 2>&1 | head -1)"
  python3 - "$out/samples.csv" "$minutes" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1])) if r["phase"] == "load"]
active = [r for r in rows if int(r["sessions"]) > 1]
start = int(active[0]["seconds"]) if active else 0
# The share of the core that the processor time in column `key` took between samples a and b.
def share(a, b, key="cpu_s"):
    return (float(b[key]) - float(a[key])) / (int(b["seconds"]) - int(a["seconds"]))
# The full-load minutes: from the end of the one-minute ramp to the end of the load.
full = [r for r in active if start + 60 <= int(r["seconds"]) <= start + 60 + 60 * int(sys.argv[2])]
if len(full) > 5:
    first, last = full[0], full[-1]
    print(f"the exhibit's core at full load: busy {100 * share(first, last):.0f}% of the time (processor time from /proc, seconds {first['seconds']}-{last['seconds']})")
# Minute by minute from the first learner: how busy the core was, and how much of it the JIT compiler took.
if active and "compiler_cpu_s" in active[0]:
    origin = start - 10   # about one sample (10 s) before the first with learners
    shares = []
    for m in range(int(sys.argv[2]) + 1):
        span = [r for r in rows if origin + 60 * m <= int(r["seconds"]) <= origin + 60 * (m + 1)]
        if len(span) < 2:
            break
        shares.append(f"{100 * share(span[0], span[-1]):.0f}% ({100 * share(span[0], span[-1], 'compiler_cpu_s'):.0f}%)")
    print("the exhibit's core minute by minute from the first learner, busy (of it the JIT compiler): " + ", ".join(shares))
PY
  echo "baseline live heap: $baseline MB"
  echo "as the load ends (after full GC): $loaded_heap MB with $loaded_sessions sessions, $loaded_uis UIs"
  python3 -c "b=float('$baseline'); l=float('$loaded_heap'); s=int('$loaded_sessions') or 1; print(f'heap per session (heap in use after a full GC): {(l-b)*1024/s:.1f} KB')"
  echo "live objects counted (class histogram): $baseline_counted MB idle, $counted_heap MB as the load ends with $counted_sessions sessions"
  python3 -c "b=float('$baseline_counted'); l=float('$counted_heap'); s=int('$counted_sessions') or 1; print(f'heap per session (live objects counted): {(l-b)*1024/s:.1f} KB')"
  echo "after the sessions expired (after full GC): $after_heap MB with $after_sessions sessions, $after_uis UIs"
  python3 -c "b=float('$baseline_counted'); a=float('$after_counted'); l=float('$counted_heap'); s=int('$counted_sessions') or 1; print(f'live objects counted after the sessions expired: {a} MB ({a-b:.1f} MB more than idle, with no session open); heap per session against it: {(l-a)*1024/s:.1f} KB')"
  echo "the floor, after the learners' sessions expired (live objects counted, each set against the one before):"
  printf '%s' "$floor_report"
  python3 src/load/access-latency.py "$out" || true
  python3 src/load/pauses.py "$out" || true
  python3 src/load/gatling-latency.py "$out/gatling" || true
} | tee "$out/summary.txt"
