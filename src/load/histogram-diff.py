#!/usr/bin/env python3
"""What grew between two class histograms (`jcmd PID GC.class_histogram`, as run-load.sh writes them).

Usage: src/load/histogram-diff.py BEFORE.txt AFTER.txt [DIVIDE_BY [TOP]]

Prints the total growth, then the classes that grew most: KB and instances, each divided by
DIVIDE_BY (default 1; give the number of sessions opened in between for a figure per session).
Example, what a load leaves behind with no session open:
  src/load/histogram-diff.py target/load/500/histogram-idle.txt target/load/500/histogram-after.txt
"""
import re
import sys


def load(path):
    classes = {}
    for line in open(path):
        m = re.match(r"\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", line)
        if m:
            classes[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return classes


def main():
    before, after = load(sys.argv[1]), load(sys.argv[2])
    divide = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    top = int(sys.argv[4]) if len(sys.argv) > 4 else 25
    rows = []
    for name in set(before) | set(after):
        count_before, bytes_before = before.get(name, (0, 0))
        count_after, bytes_after = after.get(name, (0, 0))
        rows.append(((bytes_after - bytes_before) / divide / 1024, (count_after - count_before) / divide, name))
    rows.sort(reverse=True)
    print(f"total {sum(r[0] for r in rows):.1f} KB")
    for kb, count, name in rows[:top]:
        print(f"{kb:10.2f} KB {count:10.1f}  {name}")


if __name__ == "__main__":
    main()
