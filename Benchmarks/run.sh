#!/usr/bin/env bash
# Benchmarks/run.sh [NAME…] — each program of Benchmarks/programs run by real
# Go (compiled once with ../shared/tools/go-oracle, or $GO_ORACLE) and by
# gosub (release build) side by side: one warm-up run each, then $RUNS
# counted runs (default 5) alternating Go and gosub. Per program: the median
# wall time of each, the gosub/Go ratio, and the peak RSS of each (the
# largest of the counted runs); the last line is the geometric mean of the
# ratios. Every program prints a checksum; a program whose gosub output
# differs from Go's is reported as MISMATCH and left out of the mean.
# RESULTS=FILE also writes the table, with the machine's description, to FILE
# (Benchmarks/RESULTS.md is where the project records them).
set -euo pipefail
cd "$(dirname "$0")/.."
ORACLE=${GO_ORACLE:-../shared/tools/go-oracle}
RUNS=${RUNS:-5}
swift build -c release --product gosub 2>&1 | tail -n 1 >&2
GOSUB=.build/release/gosub
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# one run of "$@": appends "seconds kilobytes" to $tmp/times.$tag, output to $tmp/out.$tag
run() {
    local tag=$1; shift
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$tmp/time" "$@" > "$tmp/out.$tag" 2>&1 || true
    t1=$(date +%s%N)
    echo "$(awk -v ns=$(( t1 - t0 )) 'BEGIN { printf "%.3f", ns / 1e9 }') $(tail -n 1 "$tmp/time")" >> "$tmp/times.$tag"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

if [[ $# -gt 0 ]]; then names=("$@"); else
    names=(); for f in Benchmarks/programs/*.go; do names+=("$(basename "$f" .go)"); done
fi
table="| program | Go (s) | gosub (s) | gosub/Go | Go RSS (MB) | gosub RSS (MB) |
|---|---|---|---|---|---|"
ratios=()
for name in "${names[@]}"; do
    src=Benchmarks/programs/$name.go
    "$ORACLE" build -o "$tmp/$name" "$src" > /dev/null
    rm -f "$tmp"/times.*
    run warm "$tmp/$name"; run warm "$GOSUB" run "$src"
    for _ in $(seq "$RUNS"); do
        run go "$tmp/$name"
        run gosub "$GOSUB" run "$src"
    done
    tg=$(cut -d' ' -f1 "$tmp/times.go" | median)
    ts=$(cut -d' ' -f1 "$tmp/times.gosub" | median)
    mg=$(cut -d' ' -f2 "$tmp/times.go" | sort -n | tail -n 1 | awk '{ printf "%.1f", $1 / 1024 }')
    ms=$(cut -d' ' -f2 "$tmp/times.gosub" | sort -n | tail -n 1 | awk '{ printf "%.1f", $1 / 1024 }')
    if cmp -s "$tmp/out.go" "$tmp/out.gosub"; then
        r=$(awk -v a="$ts" -v b="$tg" 'BEGIN { printf "%.1f", a / (b > 0 ? b : 0.01) }')
        ratios+=("$r")
        r="${r}×"
    else
        r=MISMATCH
    fi
    table+="
| $name | $tg | $ts | $r | $mg | $ms |"
    printf "%-13s go %6ss %7sMB   gosub %6ss %7sMB   %s\n" "$name" "$tg" "$mg" "$ts" "$ms" "$r"
done
mean=""
if [[ ${#ratios[@]} -gt 0 ]]; then
    mean=$(printf "%s\n" "${ratios[@]}" | awk '{ s += log($1); n++ } END { printf "%.1f× over %d programs", exp(s / n), n }')
fi
echo "geometric mean: $mean"
if [[ -n ${RESULTS:-} ]]; then
    {
        echo "Measured $(date -u +%Y-%m-%d) by \`Benchmarks/run.sh\` (median of $RUNS alternating runs after a warm-up; peak RSS the largest of those runs)"
        echo "on $(nproc) cores of $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ { print $2 }') GB of memory, $(uname -sr)."
        echo "Real Go: $("$ORACLE" version 2>/dev/null | cut -d' ' -f3)."
        echo
        echo "$table"
        echo "| geometric mean | | | $mean | | |"
    } > "$RESULTS"
fi
