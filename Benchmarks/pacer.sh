#!/usr/bin/env bash
# Benchmarks/pacer.sh — the collector's pacer against Go's: Benchmarks/pacer/pacer.go
# (1 GiB allocated while 10 MiB stays reachable) prints its NumGC; it runs
# under real Go (compiled once with ../shared/tools/go-oracle, or $GO_ORACLE)
# and under gosub's release build at GOGC=50, 100 and 200. Each line gives
# both counts and gosub's as a share of Go's (the goal: within ±25%).
set -euo pipefail
cd "$(dirname "$0")/.."
ORACLE=${GO_ORACLE:-../shared/tools/go-oracle}
swift build -c release --product gosub 2>&1 | tail -n 1 >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$ORACLE" build -o "$tmp/pacer" Benchmarks/pacer/pacer.go
for gogc in 50 100 200; do
    go=$(GOGC=$gogc "$tmp/pacer" | awk '{ print $2 }')
    gosub=$(GOGC=$gogc .build/release/gosub run Benchmarks/pacer/pacer.go | awk '{ print $2 }')
    awk -v g="$gogc" -v a="$go" -v b="$gosub" 'BEGIN {
        r = b / a; printf "GOGC=%-4s NumGC go %4d  gosub %4d  %+.0f%%  %s\n", g, a, b, (r - 1) * 100, (r >= 0.75 && r <= 1.25) ? "ok" : "OUTSIDE ±25%" }'
done
