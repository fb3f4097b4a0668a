#!/usr/bin/env python3
"""The young collections of a load run's measured minutes, grouped by how full the heap was after
each (in steps of 250 MB), with the median stop in each group: whether a young stop grows with the
old generation. Reads the collector's log (gc.log) from the line recorded in measured-from.txt to
the end of the run (the load, then the sessions' expiry and the floor's sessions, where young
collections are few), and prints the full collections too (those marked "Diagnostic Command" and
"Heap Inspection" are the script's own, to count the heap).
Usage: src/load/young-stops-by-heap.py target/load/NAME"""
import re
import statistics
import sys

run = sys.argv[1]
first_line = int(open(f"{run}/measured-from.txt").read().split()[1])
stops = {}
full = []
for line in open(f"{run}/gc.log").read().splitlines()[first_line:]:
    young = re.search(r"Pause Young .*?(\d+)M->(\d+)M\((\d+)M\) ([\d.]+)ms", line)
    if young:
        stops.setdefault(int(young.group(2)) // 250 * 250, []).append(float(young.group(4)))
    elif "Pause Full" in line:
        full.append(line)
for low in sorted(stops):
    group = stops[low]
    print(f"heap in use after the collection {low:5d}-{low + 249} MB: {len(group):4d} young stops, median {statistics.median(group):5.1f} ms")
for line in full:
    print(line)
