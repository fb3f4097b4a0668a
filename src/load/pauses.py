#!/usr/bin/env python3
"""How much of a load run's slow tail the JVM's stops (safepoints: above all the collector's
pauses) account for, on the server: each UIDL request of the measured load (Tomcat's access log,
begin time and server time) set against the stops in NAME/safepoint.log (written by run-load.sh
with -Xlog:safepoint and the wall-clock decoration). A request that was being served while the JVM
stopped waited for the stop; a request that arrived during a stop waits too, before Tomcat reads
it, which the access log cannot show (so Gatling's p95 is above the server's).
Usage: src/load/pauses.py target/load/NAME
The measured load is from NAME/measured-from.txt (or the first request) to the first minute
without a UIDL request (the floor's sessions come several minutes later)."""
import bisect, datetime, os, re, sys

folder = sys.argv[1]
log = folder + "/safepoint.log"
if not os.path.exists(log):
    sys.exit(0)
from_ms = 0
if os.path.exists(folder + "/measured-from.txt"):
    from_ms = int(open(folder + "/measured-from.txt").read().split()[0])

requests = []
for line in open(folder + "/access.log", encoding="utf-8", errors="replace"):
    f = line.split()
    if len(f) >= 6 and f[0].isdigit() and f[1] == "POST" and "v-r=uidl" in f[2] and int(f[0]) >= from_ms:
        requests.append((int(f[0]), int(f[-1]) / 1000.0))
requests.sort()
for i in range(1, len(requests)):
    if requests[i][0] - requests[i - 1][0] > 60_000:
        requests = requests[:i]
        break
if not requests:
    sys.exit(0)
first, last = requests[0][0], max(b + d for b, d in requests)

line_re = re.compile(r'^\[([^\]]+)\].*Safepoint "([^"]+)".*Total: (\d+) ns')
stops = []  # (start ms, end ms, operation)
for line in open(log, encoding="utf-8", errors="replace"):
    m = line_re.match(line)
    if m:
        end = datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S.%f%z").timestamp() * 1000
        stops.append((end - int(m.group(3)) / 1e6, end, m.group(2)))
stops = sorted(s for s in stops if first <= s[1] and s[0] <= last)

def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] if values else 0.0

span = last - first
kinds = {}
for s in stops:
    kinds.setdefault(s[2], []).append(s[1] - s[0])
print(f"the JVM's stops during the measured load ({span / 1000:.0f} s, {len(requests)} UIDL requests):")
for kind, durations in sorted(kinds.items(), key=lambda k: -sum(k[1])):
    print(f"  {kind:30s} {len(durations):5d}, {sum(durations) / 1000:6.2f} s in all ({100 * sum(durations) / span:.1f}% of the time),"
          f" median {pct(durations, .5):.1f} ms, p95 {pct(durations, .95):.1f} ms, longest {max(durations):.0f} ms")
starts = [s[0] for s in stops]
longest = max((s[1] - s[0] for s in stops), default=0)

def stopped(begin, end):
    i = bisect.bisect_left(starts, begin - longest)
    while i < len(stops) and stops[i][0] < end:
        if stops[i][1] > begin:
            return True
        i += 1
    return False

during = [stopped(b, b + d) for b, d in requests]
times = [d for b, d in requests]
clear = [d for (b, d), s in zip(requests, during) if not s]
p95 = pct(times, .95)
slow = [s for (b, d), s in zip(requests, during) if d >= p95]
print(f"  UIDL requests being served while the JVM stopped: {sum(during)} ({100 * sum(during) / len(requests):.1f}%);"
      f" server time p50 / p95 / p99 {pct(times, .5):.1f} / {p95:.1f} / {pct(times, .99):.1f} ms,"
      f" without them {pct(clear, .5):.1f} / {pct(clear, .95):.1f} / {pct(clear, .99):.1f} ms")
print(f"  of the slowest 5% (server time >= {p95:.1f} ms), served while the JVM stopped: {100 * sum(slow) / max(1, len(slow)):.0f}%")
