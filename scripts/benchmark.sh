#!/usr/bin/env bash
# Broadsheet against Hugo on the benchmark kit's news corpus, at 1,000 and 10,000 articles.
#
#   scripts/benchmark.sh [RUNS]        (from the project root; builds the jar first)
#
# Runs ../shared/bench/compare.sh (which installs Debian's hugo and hyperfine when missing) and
# writes the figures of that run to target/benchmark.md. Ratios are only meaningful within one run:
# the machine is shared and its disk is noisy.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
KIT=${BENCH_KIT:-../shared/bench}
[ -x "$KIT/compare.sh" ] || { echo "no benchmark kit at $KIT (set BENCH_KIT)" >&2; exit 2; }
mvn -q -B package -DskipTests
mkdir -p target
{
  echo "# Broadsheet vs Hugo — $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo
  echo "| articles | Broadsheet | Hugo | ratio | Broadsheet peak RSS | Hugo peak RSS |"
  echo "|---|---|---|---|---|---|"
} > target/benchmark.md
for n in 1000 10000; do
  out=$("$KIT/compare.sh" "$n" "$RUNS" 2>&1 | tee /dev/stderr)
  line=$(grep '^median wall' <<<"$out")
  b=$(sed -E 's/.*broadsheet ([0-9.]+) s.*/\1/' <<<"$line")
  h=$(sed -E 's/.*hugo ([0-9.]+) s.*/\1/' <<<"$line")
  r=$(sed -E 's/.*ratio broadsheet\/hugo ([0-9.]+).*/\1/' <<<"$line")
  brss=$(grep '^broadsheet: peak RSS' <<<"$out" | sed -E 's/.*RSS ([0-9]+) MiB.*/\1/')
  hrss=$(grep '^hugo: peak RSS' <<<"$out" | sed -E 's/.*RSS ([0-9]+) MiB.*/\1/')
  echo "| $n | $b s | $h s | $r | $brss MiB | $hrss MiB |" >> target/benchmark.md
done
cat target/benchmark.md
