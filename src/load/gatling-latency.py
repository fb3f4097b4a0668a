#!/usr/bin/env python3
"""Prints Gatling's statistics table (count, errors, p50, p95, p99 per request type) from the
HTML report of a run, in the summary format that src/load/LoadCharts.java reads.
Usage: src/load/gatling-latency.py target/load/USERS/gatling"""
import glob, html, re, sys

report = sorted(glob.glob(sys.argv[1] + "/*/index.html"))[-1]
text = re.sub(r"<[^>]*>", " ", open(report, encoding="utf-8").read())
text = html.unescape(text).replace("\xa0", " ")
text = re.sub(r"\s+", " ", text)
start = text.index("All Requests")
table = text[start:text.index("$(document)", start)]
# name, '0' (group level), total, ok, ko, %ko, cnt/s, min, p50, p75, p95, p99, max, mean, stddev
row = re.compile(r"(.+?) 0 (\d+) (\d+) (\d+) ([\d.]+) ([\d.]+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) ")
for m in row.finditer(table + " "):
    name = m.group(1).strip()
    name = "all requests" if name == "All Requests" else name
    total, ko, p50, p95, p99 = m.group(2), m.group(4), m.group(8), m.group(10), m.group(11)
    print(f"{name:32s} n={int(total):7d} ko={int(ko):4d} p50={int(p50):5d} ms p95={int(p95):5d} ms p99={int(p99):5d} ms")
