#!/usr/bin/env python3
"""The server's own view of a load run, from Tomcat's access log (written by run-load.sh with
the pattern '%{begin:msec}t %m %U%q %s %b %{us}T'): time taken per request on the server,
as percentiles over the whole run and minute by minute.
Usage: src/load/access-latency.py target/load/NAME
Prints a summary and writes NAME/latency-per-minute.csv
(minute,requests,uidl_requests,server_errors,uidl_p50_ms,uidl_p95_ms,uidl_p99_ms).
When NAME/measured-from.txt exists (a run with a warm-up), the requests before the measured load
and the collections before it are left out; it holds the load's start in epoch milliseconds and the
number of lines the collector's log had then."""
import collections, glob, os, sys

def pct(values, p):
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]

folder = sys.argv[1]
from_ms, from_gc_line = 0, 0
if os.path.exists(folder + "/measured-from.txt"):
    from_ms, from_gc_line = (int(v) for v in open(folder + "/measured-from.txt").read().split())
rows = []
for name in glob.glob(folder + "/access*.log"):
    with open(name, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 6 or not parts[0].isdigit() or int(parts[0]) < from_ms:
                continue
            rows.append((int(parts[0]), parts[2], int(parts[3]) if parts[3].isdigit() else 0,
                         int(parts[-1]) / 1000.0))
if not rows:
    sys.exit(0)
start = min(r[0] for r in rows)
minutes = collections.defaultdict(lambda: [0, [], 0])
uidl_all = []
errors = 0
for at, target, status, ms in rows:
    if target.startswith("/actuator/"):
        continue  # the script's own probes and samples
    m = minutes[(at - start) // 60000]
    m[0] += 1
    if status >= 500:
        m[2] += 1
        errors += 1
    if "v-r=uidl" in target:
        m[1].append(ms)
        uidl_all.append(ms)
with open(folder + "/latency-per-minute.csv", "w", encoding="utf-8") as out:
    out.write("minute,requests,uidl_requests,server_errors,uidl_p50_ms,uidl_p95_ms,uidl_p99_ms\n")
    for minute in sorted(minutes):
        n, uidl, err = minutes[minute]
        out.write(f"{minute},{n},{len(uidl)},{err},{pct(uidl, 50):.1f},{pct(uidl, 95):.1f},{pct(uidl, 99):.1f}\n")
print(f"server time, UIDL requests (access log) n={len(uidl_all)} 5xx={errors} "
      f"p50={pct(uidl_all, 50):.1f} ms p95={pct(uidl_all, 95):.1f} ms p99={pct(uidl_all, 99):.1f} ms")

# Garbage collection pauses, from the JVM's log (-Xlog:gc, written by run-load.sh).
import re
pauses = []
own = []  # the full collections run-load.sh asks for to count the heap (jcmd), reported apart
for name in glob.glob(folder + "/gc.log"):
    with open(name, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f):
            if number < from_gc_line:
                continue
            m = re.search(r"Pause.* ([\d.]+)ms$", line.strip())
            if m:
                asked = "Diagnostic Command" in line or "Heap Inspection Initiated" in line
                (own if asked else pauses).append(float(m.group(1)))
if pauses:
    print(f"garbage collection pauses: {len(pauses)}, {sum(pauses) / 1000:.1f} s in all, "
          f"longest {max(pauses):.0f} ms, p95 {pct(pauses, 95):.0f} ms"
          + (f" (and {len(own)} full collections the script asked for, to count the heap: {sum(own) / 1000:.1f} s)" if own else ""))
