#!/usr/bin/env bash
# Broadsheet and Hugo built one after the other, alternating, so both meet the disk in the same state.
#
#   scripts/alternate-benchmark.sh N [ROUNDS]     (from the project root, after ../shared/bench/compare.sh N)
#
# compare.sh runs all of Broadsheet's builds, then all of Hugo's; on a disk where each build leaves
# it slower (see README, "Performance"), the tool that runs second meets the slower disk. Here each
# round builds Broadsheet, then Hugo, from the folders compare.sh prepared, with the output deleted
# before each build as compare.sh does, and prints wall, user and system time of each build.
set -euo pipefail
N=${1:?usage: alternate-benchmark.sh N [ROUNDS]}
ROUNDS=${2:-4}
WORK=${BENCH_WORK:-/tmp/broadsheet-bench}
JAR=$(pwd)/target/broadsheet.jar
[ -f "$JAR" ] || { echo "no $JAR: run mvn package first" >&2; exit 2; }
[ -d "$WORK/broadsheet-$N" ] && [ -d "$WORK/hugo-$N" ] || { echo "no sites in $WORK: run ../shared/bench/compare.sh $N first" >&2; exit 2; }
B="java -jar $JAR build --source $WORK/broadsheet-$N --output $WORK/out-broadsheet-$N --base-url https://example.org/"
H="hugo --quiet --source $WORK/hugo-$N --destination $WORK/out-hugo-$N --cacheDir $WORK/hugo-cache-$N"
printf '%-6s %-11s %9s %9s %9s\n' round tool wall user system
for round in $(seq "$ROUNDS"); do
  for tool in broadsheet hugo; do
    rm -rf "$WORK/out-broadsheet-$N" "$WORK/out-hugo-$N" "$WORK/hugo-cache-$N"
    cmd=$B; [ "$tool" = hugo ] && cmd=$H
    /usr/bin/time -f "%e %U %S" -o "$WORK/alternate-time" $cmd >/dev/null 2>&1
    read -r wall user system < "$WORK/alternate-time"
    printf '%-6s %-11s %8ss %8ss %8ss\n' "$round" "$tool" "$wall" "$user" "$system"
  done
done
