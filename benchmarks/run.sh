#!/usr/bin/env bash
# Runs the benchmarks and prints the ratios ours / baseline as a Markdown table.
#   benchmarks/run.sh          short suite: small workload 3 forks, large workloads 1 fork (~10 min on 2 cores)
#   benchmarks/run.sh long     the documented setting: 5 forks and longer iterations (~40 min)
#   benchmarks/run.sh pairs [benchmarks] [rounds]
#                              one pair, one fork of each back to back per round (default
#                              SmallBenchmarks.xlsx_, 16 rounds, ~10 min; FirstCallBenchmarks.pdf_
#                              for a first call): the ratio per round, its mean and 99.9 %
#                              interval, unbiased by the machine's load drifting
# Results: benchmarks/target/{small,first-call,large}.json and benchmarks/target/peak-heap.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-short}
mvn -q -DskipTests package -pl benchmarks -am
jar=benchmarks/target/benchmarks.jar
quiet="-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"
# One GC thread and a fixed heap keep the two cores' noise down; never compare across runs.
small_jvm="-XX:+UseSerialGC -Xms512m -Xmx512m $quiet"
large_jvm="-XX:+UseSerialGC -Xmx256m $quiet"
if [ "$mode" = pairs ]; then
  benchmarks=${2:-SmallBenchmarks.xlsx_}
  rounds=${3:-16}
  case "$benchmarks" in
    FirstCall*) iterations="" ;;  # one shot per fork, as the class declares
    *) iterations="-wi 5 -w 1s -i 10 -r 1s" ;;
  esac
  files=()
  for round in $(seq "$rounds"); do
    file=benchmarks/target/pairs-${benchmarks//[^A-Za-z]/}-$round.json
    java -jar "$jar" "$benchmarks" -f 1 $iterations -jvmArgs "$small_jvm" -rf json -rff "$file" > /dev/null
    files+=("$file")
  done
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
  java -cp "$jar" io.github.rusdialog.benchmarks.PairedRatios "${files[@]}"
  exit 0
fi
if [ "$mode" = long ]; then
  small="-f 5 -wi 5 -w 2s -i 10 -r 2s"
  large="-f 3 -wi 1 -i 5"
  first="-f 30"
else
  small="-f 3 -wi 3 -w 1s -i 5 -r 1s"
  large="-f 1 -wi 0 -i 3"
  first="-f 12"
fi
java -jar "$jar" 'SmallBenchmarks' $small -prof gc -jvmArgs "$small_jvm" -rf json -rff benchmarks/target/small.json
# The first call in a fresh JVM: one shot per fork, so many forks.
java -jar "$jar" 'FirstCallBenchmarks' $first -jvmArgs "$small_jvm" -rf json -rff benchmarks/target/first-call.json
java -jar "$jar" 'LargeBenchmarks' $large -jvmArgs "$large_jvm" -rf json -rff benchmarks/target/large.json
: > benchmarks/target/peak-heap.txt
for case in "json 10000" "xlsx 10000" "pdf 2000" "html 10000"; do
  java $large_jvm -cp "$jar" io.github.rusdialog.benchmarks.PeakHeap $case | tee -a benchmarks/target/peak-heap.txt
done
echo
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
java -cp "$jar" io.github.rusdialog.benchmarks.Ratios benchmarks/target/small.json benchmarks/target/first-call.json benchmarks/target/large.json
