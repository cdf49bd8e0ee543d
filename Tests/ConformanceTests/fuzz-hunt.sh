#!/bin/bash
# Finds the inputs that crash or hang the front end in RobustnessTests'
# mutation fuzzer. A trap kills the test process, so this runs the (already
# built) test binary with GOSUB_FUZZ_DUMP set, and after each death saves the
# variant in flight as OUTDIR/crash-N.go (with its log and backtrace in
# crash-N.log) and resumes at the next variant.
#
#   swift build --build-tests   (under the build lock)
#   Tests/ConformanceTests/fuzz-hunt.sh OUTDIR [SEED [PER_FILE]]
#
# SEED and PER_FILE default to the test's own (0x605B, 40), i.e. exactly the
# variants `swift test --filter RobustnessTests` checks. Reproduce a crash with
# `.build/debug/gosub build OUTDIR/crash-N.go`.
set -u
out=${1:?usage: fuzz-hunt.sh OUTDIR [SEED [PER_FILE]]}
seed=${2:-24667}
per=${3:-40}
root=$(cd "$(dirname "$0")/../.." && pwd)
xct=$(ls -d "$root"/.build/*/debug/gosubPackageTests.xctest | head -1)
mkdir -p "$out"
start=${GOSUB_FUZZ_START:-0}
while :; do
  GOSUB_FUZZ_DUMP="$out/current.go" GOSUB_FUZZ_START=$start GOSUB_FUZZ_SEED=$seed \
  GOSUB_FUZZ_PER_FILE=$per GOSUB_FUZZ_HANG=${GOSUB_FUZZ_HANG:-20} \
    "$xct" ConformanceTests.RobustnessTests/testMutatedCorpus > "$out/log" 2>&1
  rc=$?
  if grep -q "robustness: .* mutated variants" "$out/log"; then
    grep "robustness:" "$out/log"; echo "done rc=$rc"; break
  fi
  name=$(head -1 "$out/current.go.name"); n=${name%% *}; n=${n#\#}
  echo "rc=$rc $name" | tee -a "$out/crashes.txt"
  cp "$out/current.go" "$out/crash-$n.go"; cp "$out/log" "$out/crash-$n.log"
  grep -q "files: 2" "$out/current.go.name" && cp "$out/current.go.2.go" "$out/crash-$n.2.go"
  if [ "$n" -lt "$start" ]; then echo "no progress at variant $n"; break; fi
  start=$((n + 1))
done
