#!/usr/bin/env bash
# W1 and W2 of bench/run.sh through promptfoo (when it is on PATH), against the same stub, prompts and models,
# with the nearest promptfoo assertions to the harness's metrics; prints its figures and trainloop's ratio to them.
#
#   bench/promptfoo.sh WORK_DIR [TRAINLOOP_W1_WALL] [TRAINLOOP_W2_CPU]     (the stub: bench/stub.sh)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
work=$1/promptfoo tl_w1=${2:-} tl_w2=${3:-}
mkdir -p "$work"
stub_pid=""
trap '[ -n "$stub_pid" ] && kill "$stub_pid" 2>/dev/null || true' EXIT
# promptfoo's database, logs and cache go to the work folder, not the home folder; no telemetry, no update check
export PROMPTFOO_CONFIG_DIR="$work/home" PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1

# pf NAME LATENCY_MS CONCURRENCY: sets PF[NAME.wall], .cpu, .rss, .passed
declare -A PF
pf() {
  local name=$1 latency=$2 concurrency=$3 dir="$work/$1" url=""
  rm -rf "$dir" && mkdir -p "$dir"
  java "$root/bench/GenEvents.java" --csv "$dir/tests.csv" 2000
  : >"$dir/stub.log"
  "$root/bench/stub.sh" --port 0 --latency-ms "$latency" >"$dir/stub.log" 2>&1 &
  stub_pid=$!
  for _ in $(seq 100); do
    url=$(sed -n 's/^stub: //p' "$dir/stub.log" 2>/dev/null || true)
    [ -n "$url" ] && break
    sleep 0.1
  done
  cat >"$dir/promptfooconfig.yaml" <<EOF
description: trainloop bench $name
prompts:
  - '[{"role": "system", "content": "{{system}}"}, {"role": "user", "content": "{{user}}"}]'
providers:
  - id: openai:chat:gpt-4o-mini
    config: {apiBaseUrl: "$url/v1", apiKey: sk-bench-openai}
  - id: anthropic:messages:claude-3-5-haiku-20241022
    config: {apiBaseUrl: "$url", apiKey: sk-bench-anthropic}
defaultTest:
  assert:
    - {type: icontains-any, value: [hello, hi]}
    - {type: javascript, value: "output.split(/\\\\s+/).length <= 60"}
    - {type: regex, value: "\\\\b[A-Z][a-z]+\\\\b"}
tests: file://tests.csv
EOF
  (cd "$dir" && /usr/bin/time -v -o time.txt promptfoo eval -c promptfooconfig.yaml --max-concurrency "$concurrency" \
    --no-cache --no-progress-bar --no-table -o out.json >out.txt 2>&1) || true
  kill "$stub_pid" 2>/dev/null || true
  wait "$stub_pid" 2>/dev/null || true
  stub_pid=""
  PF[$name.wall]=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0;
      for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s}' "$dir/time.txt")
  PF[$name.cpu]=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {printf "%.2f", u + s}' "$dir/time.txt")
  PF[$name.rss]=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$dir/time.txt")
  PF[$name.passed]=$(sed -n 's/.*✓ \([0-9,]*\) passed.*/\1/p' "$dir/out.txt" | head -1)
}

echo "bench: promptfoo $(promptfoo --version 2>/dev/null | tail -1): W1 and W2 ..." >&2
pf W1 20 16
pf W2 0 64
ratio() { if [ -n "$2" ]; then awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f×", a / b}'; else echo "-"; fi; }
printf '\npromptfoo  wall_s  cpu_s  rss_MB  passed   trainloop is\n'
printf '%-8s %7s %6s %7s %7s   %s faster (wall)\n' W1 "${PF[W1.wall]}" "${PF[W1.cpu]}" "${PF[W1.rss]}" \
  "${PF[W1.passed]:--}" "$(ratio "${PF[W1.wall]}" "$tl_w1")"
printf '%-8s %7s %6s %7s %7s   %s less CPU\n' W2 "${PF[W2.wall]}" "${PF[W2.cpu]}" "${PF[W2.rss]}" \
  "${PF[W2.passed]:--}" "$(ratio "${PF[W2.cpu]}" "$tl_w2")"
echo "bench: promptfoo's files in $work"
