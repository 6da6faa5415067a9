#!/usr/bin/env bash
# Builds the synthetic 1,000-file project with `-p:ReportAnalyzer=true` and prints the analyzer (and generator)
# execution times the compiler reports: ours (ThreeDsContracts.Analyzers) beside the SDK's own, and the Csc task time;
# then compares the Csc task time of rebuilds with and without our analyzers (the SDK's own analyzers on in both).
#   usage: tests/ThreeDsContracts.Benchmarks/scripts/analyzer-report.sh [output-dir] [file-count] [rebuilds]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
out="${1:-${TMPDIR:-/tmp}/threeds-analyzer-project}"
count="${2:-1000}"
rebuilds="${3:-5}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$repo/tests/ThreeDsContracts.Benchmarks/ThreeDsContracts.Benchmarks.csproj" -c Release -v:q -nologo
dotnet "$repo/tests/ThreeDsContracts.Benchmarks/bin/Release/net10.0/ThreeDsContracts.Benchmarks.dll" write-analyzer-project "$out" "$count"

# Restore and build the references once, then rebuild only the synthetic project with the analyzer report.
dotnet build "$out/SyntheticPayments.csproj" -c Release -v:q -nologo
log="$out/build.log"
dotnet build "$out/SyntheticPayments.csproj" -c Release --no-dependencies --no-incremental -nologo \
  -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary >"$log"

echo "== analyzer and generator execution times reported by csc ($count files, $(nproc) cores)"
# The report follows "Total analyzer execution time" / "Total generator execution time" in the Csc output:
# one line per assembly (time, percent, name) and one per analyzer/generator type under it.
awk '/Total (analyzer|generator) execution time/ {on=1; sub(/^[[:space:]]+/, ""); print; next}
     on && /^[[:space:]]*$/ {next}
     on && /Time \(s\)/ {sub(/^[[:space:]]+/, ""); print; next}
     on && /^[[:space:]]+<?[0-9.]+[[:space:]]+<?[0-9]+[[:space:]]/ {if ($1 != "<0.001") {sub(/^[[:space:]]+/, ""); print}; next}
     on {on=0}' "$log"
echo "== Csc task time"
grep -E '^[[:space:]]+[0-9.]+ ms[[:space:]]+Csc[[:space:]]' "$log" | sed 's/^[[:space:]]*//' | head -1
echo "(full log: $log)"

# With and without our analyzers, alternating, so that a change of the machine's load hits both alike.
csc_ms() {
  dotnet build "$out/SyntheticPayments.csproj" -c Release --no-dependencies --no-incremental -nologo \
    -p:WithOurAnalyzers="$1" -v:n -clp:PerformanceSummary | grep -E '^[[:space:]]+[0-9.]+ ms[[:space:]]+Csc[[:space:]]' | awk '{print $1}' | head -1
}
with=(); without=()
for i in $(seq "$rebuilds"); do
  with+=("$(csc_ms true)")
  without+=("$(csc_ms false)")
done
min() { printf '%s\n' "$@" | sort -n | head -1; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "== Csc task, $rebuilds rebuilds each (ms): with our analyzers ${with[*]}; without ${without[*]}"
w=$(median "${with[@]}"); wo=$(median "${without[@]}")
echo "median with $w ms, without $wo ms: overhead $(awk -v a="$w" -v b="$wo" 'BEGIN {printf "%.1f", (a - b) * 100 / b}') %"
echo "fastest with $(min "${with[@]}") ms, without $(min "${without[@]}") ms"
