#!/usr/bin/env python3
"""Runs two shell commands alternately (warm-up, then pairs A B, B A, A B ...) and reports, for wall and CPU time, the
median of the pairwise ratios B/A with their min-max. CPU time is user + system of the whole process tree (getrusage
of the reaped children, so threads and child processes count). A drifting machine (other sessions' builds) meets both
commands alike, which running all of A and then all of B (hyperfine) does not guarantee. The order within a pair
swaps from one pair to the next: on the guests of 2026-12-02 the second process of a pair tended to run slower, which
with A always first read as B being slower (docs/benchmarks.md §1, fourth round). --order ab keeps A first."""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time


def run(command, prepare, cwd):
    if prepare:
        subprocess.run(prepare, shell=True, check=True, cwd=cwd)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, shell=True, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"command failed ({result.returncode}): {command}\n{result.stderr.decode(errors='replace')[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def summary(values):
    return f"{statistics.median(values):.2f}× (min {min(values):.2f}, max {max(values):.2f})"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=1, help="warm-up runs of each command, not counted")
    parser.add_argument("--prepare", help="shell command run before every run (not timed), e.g. rm -rf OUT")
    parser.add_argument("--name-a", default="A")
    parser.add_argument("--name-b", default="B")
    parser.add_argument("--cwd", default=None)
    parser.add_argument("--json", help="write every run and the summary here")
    parser.add_argument("--order", choices=["swap", "ab"], default="swap",
                        help="swap: A B, B A, A B ... (default); ab: A first in every pair")
    parser.add_argument("a")
    parser.add_argument("b")
    args = parser.parse_args()
    if args.pairs < 1:
        sys.exit("--pairs must be at least 1")

    load = open("/proc/loadavg").read().split()[:3]
    started = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    print(f"date:      {started}")
    print(f"load:      {' '.join(load)} (1/5/15 min, at start)")
    print(f"A ({args.name_a}): {args.a}")
    print(f"B ({args.name_b}): {args.b}")
    print(f"runs:      {args.warmup} warm-up each, then {args.pairs} pairs "
          + ("A B, B A, A B …" if args.order == "swap" else "A B A B …"))
    for _ in range(args.warmup):
        run(args.a, args.prepare, args.cwd)
        run(args.b, args.prepare, args.cwd)

    pairs = []
    for index in range(args.pairs):
        if args.order == "swap" and index % 2 == 1:
            b_wall, b_cpu = run(args.b, args.prepare, args.cwd)
            a_wall, a_cpu = run(args.a, args.prepare, args.cwd)
        else:
            a_wall, a_cpu = run(args.a, args.prepare, args.cwd)
            b_wall, b_cpu = run(args.b, args.prepare, args.cwd)
        pairs.append({"a_wall": a_wall, "a_cpu": a_cpu, "b_wall": b_wall, "b_cpu": b_cpu, "b_first": index % 2 == 1 and args.order == "swap"})
        print(f"pair {index + 1}: A {a_wall:6.3f} s wall {a_cpu:6.3f} s CPU | B {b_wall:6.3f} s wall {b_cpu:6.3f} s CPU"
              f" | B/A wall {b_wall / a_wall:.2f} CPU {b_cpu / a_cpu:.2f}", flush=True)

    wall_ratios = [p["b_wall"] / p["a_wall"] for p in pairs]
    cpu_ratios = [p["b_cpu"] / p["a_cpu"] for p in pairs]
    median = lambda key: statistics.median(p[key] for p in pairs)
    end_load = open("/proc/loadavg").read().split()[:3]
    print(f"A median: {median('a_wall'):.3f} s wall, {median('a_cpu'):.3f} s CPU")
    print(f"B median: {median('b_wall'):.3f} s wall, {median('b_cpu'):.3f} s CPU")
    print(f"B/A wall: {summary(wall_ratios)}")
    print(f"B/A CPU:  {summary(cpu_ratios)}")
    print(f"load at end: {' '.join(end_load)}")
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"date": started, "load_start": load, "load_end": end_load, "a": args.a, "b": args.b,
                       "name_a": args.name_a, "name_b": args.name_b, "order": args.order, "pairs": pairs,
                       "wall_ratio_median": statistics.median(wall_ratios), "wall_ratio_min": min(wall_ratios),
                       "wall_ratio_max": max(wall_ratios), "cpu_ratio_median": statistics.median(cpu_ratios),
                       "cpu_ratio_min": min(cpu_ratios), "cpu_ratio_max": max(cpu_ratios)}, out, indent=1)


if __name__ == "__main__":
    main()
