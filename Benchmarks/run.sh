#!/usr/bin/env bash
# Benchmarks/run.sh [NAME…] — each program of Benchmarks/programs run by real
# Go (compiled once with ../shared/tools/go-oracle, or $GO_ORACLE) and by
# gosub (release build) in the same run: best wall time of $RUNS runs each
# (default 3), the gosub/Go ratio, and the geometric mean of the ratios.
# Every program prints a checksum; a program whose gosub output differs from
# Go's is reported as MISMATCH and left out of the mean.
set -euo pipefail
cd "$(dirname "$0")/.."
ORACLE=${GO_ORACLE:-../shared/tools/go-oracle}
RUNS=${RUNS:-3}
swift build -c release --product gosub 2>&1 | tail -n 1 >&2
GOSUB=.build/release/gosub
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# best wall time in seconds of running "$@" $RUNS times; output to $tmp/out
best() {
    local best=""
    for _ in $(seq "$RUNS"); do
        local t0 t1
        t0=$(date +%s%N)
        "$@" > "$tmp/out" 2>&1 || true
        t1=$(date +%s%N)
        local t=$(( t1 - t0 ))
        if [[ -z $best || $t -lt $best ]]; then best=$t; fi
    done
    awk -v ns="$best" 'BEGIN { printf "%.3f", ns / 1e9 }'
}

if [[ $# -gt 0 ]]; then names=("$@"); else
    names=(); for f in Benchmarks/programs/*.go; do names+=("$(basename "$f" .go)"); done
fi
printf "%-14s %9s %9s %8s\n" program "go (s)" "gosub (s)" ratio
ratios=()
for name in "${names[@]}"; do
    src=Benchmarks/programs/$name.go
    "$ORACLE" build -o "$tmp/$name" "$src" > /dev/null
    tg=$(best "$tmp/$name"); cp "$tmp/out" "$tmp/want"
    ts=$(best "$GOSUB" run "$src")
    if cmp -s "$tmp/out" "$tmp/want"; then
        r=$(awk -v a="$ts" -v b="$tg" 'BEGIN { printf "%.1f", a / (b > 0 ? b : 0.001) }')
        ratios+=("$r")
        printf "%-14s %9s %9s %7sx\n" "$name" "$tg" "$ts" "$r"
    else
        printf "%-14s %9s %9s %8s\n" "$name" "$tg" "$ts" MISMATCH
    fi
done
if [[ ${#ratios[@]} -gt 0 ]]; then
    printf "%s\n" "${ratios[@]}" | awk '{ s += log($1); n++ } END { printf "geometric mean: %.1fx over %d programs\n", exp(s / n), n }'
fi
