#!/usr/bin/env bash
# Throughput, CPU and memory of `trainloop benchmark` against a local provider stub (issue 7; docs/performance.md).
#
#   bench/run.sh                 # every workload: W1 W2 W3 W4 W5 W6, start-up, --help and --dry-run
#   bench/run.sh W1 W4           # only some
#
# Needs the built jar and the stub's test classes (both built here when missing) and a JDK; /usr/bin/time is
# installed with apt when missing.
# Environment: BENCH_DIR (work folder, kept; by default a fresh temp folder, removed at the end: W3 leaves about
# 750 MB), TRAINLOOP_CMD (how trainloop is started; default the ./trainloop launcher, e.g.
# TRAINLOOP_CMD="java -jar target/trainloop.jar" for the bare jar).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
jar="$root/target/trainloop.jar"
keep=${BENCH_DIR:+yes}
work="${BENCH_DIR:-$(mktemp -d -t trainloop-bench.XXXXXX)}"
mkdir -p "$work"
read -r -a tl <<<"${TRAINLOOP_CMD:-$root/trainloop}"
# the stub (bench/stub.sh) runs from the test classes, which the same build compiles
stub_class="$root/target/test-classes/ai/trainloop/provider/stub/StubServer.class"
if [ ! -f "$jar" ] || [ ! -f "$stub_class" ] || [ ! -f "$root/target/stub.classpath" ] \
    || [ -n "$(find "$root/src/test/java/ai/trainloop/provider/stub" -newer "$stub_class" -print -quit)" ]; then
  echo "bench: building $jar and the stub ..." >&2
  (cd "$root" && mvn -q -B -DskipTests package) >&2
fi
if [ ! -x /usr/bin/time ]; then
  echo "bench: installing GNU time (apt-get install time) ..." >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq time >&2; else sudo apt-get install -y -qq time >&2; fi
fi
# The launcher builds a stale jar, and after a build writes its start-up archive (AppCDS, see the launcher): do both
# before anything is timed.
"${tl[@]}" --version >/dev/null 2>&1 || true

declare -A R  # results, keyed "W1.wall" etc.
stub_pid=""
cleanup() {
  if [ -n "$stub_pid" ]; then kill "$stub_pid" 2>/dev/null || true; fi
  if [ -z "$keep" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT

# start_stub DIR LATENCY_MS FAULT_RATE [STUB_ARGS...]: starts the stub, sets stub_pid and stub_url
start_stub() {
  local dir=$1 latency=$2 faults=$3
  shift 3
  : >"$dir/stub.log"  # before the stub starts: the background shell creates it only when it gets to run
  "$root/bench/stub.sh" --port 0 --latency-ms "$latency" --jitter-ms 0 --fault-rate "$faults" --retry-after 1 \
    --seed 1 "$@" >"$dir/stub.log" 2>&1 &
  stub_pid=$!
  for _ in $(seq 100); do
    stub_url=$(sed -n 's/^stub: //p' "$dir/stub.log" 2>/dev/null || true)
    [ -n "$stub_url" ] && return 0
    sleep 0.1
  done
  echo "bench: the stub did not start; see $dir/stub.log" >&2
  exit 1
}

stop_stub() {
  # the stub's CPU (utime + stime, in clock ticks), to show how much of the cores it took
  stub_cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$stub_pid/stat" 2>/dev/null \
    || echo "-")
  kill "$stub_pid" 2>/dev/null || true
  wait "$stub_pid" 2>/dev/null || true
  stub_pid=""
}

# write_config DIR URL CONCURRENCY [MODELS]: MODELS is "both" (default), "openai" or "anthropic"
write_config() {
  local dir=$1 url=$2 concurrency=$3 models=${4:-both}
  local openai="      - {provider: openai, model: gpt-4o-mini, base_url: \"$url/v1\"}"
  local anthropic="      - {provider: anthropic, model: claude-3-5-haiku-20241022, base_url: \"$url\"}"
  [ "$models" = anthropic ] && openai=""
  [ "$models" = openai ] && anthropic=""
  cat >"$dir/trainloop.config.yaml" <<EOF
trainloop:
  data_folder: data
  benchmark:
    providers:
$(printf '%s\n%s' "$openai" "$anthropic" | sed '/^$/d')
    max_concurrent_requests: $concurrency
    track_costs: true
    seed: 42
  eval:
    metrics:
      says_hello: {type: contains, any: [hello, hi], ignore_case: true}
      is_short: {type: max_words, value: 60}
      mentions_a_name: {type: regex, pattern: "\\\\b[A-Z][a-z]+\\\\b"}
      close_to_recorded: {type: similar_to_recorded}
    suites:
      - {tag: greeting, metrics: [says_hello, is_short]}
      - {tag: qa, metrics: [is_short, close_to_recorded]}
      - {tag: summary, metrics: [mentions_a_name, close_to_recorded, is_short]}
EOF
}

# timed NAME DIR CMD...: runs CMD under /usr/bin/time -v in DIR; sets NAME.wall, .cpu, .rss (MB), .exit
timed() {
  local name=$1 dir=$2
  shift 2
  local code=0
  (cd "$dir" && /usr/bin/time -v -o "$dir/time.txt" "$@" >"$dir/stdout.txt" 2>"$dir/stderr.txt") || code=$?
  R[$name.exit]=$code
  R[$name.wall]=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0;
      for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s}' "$dir/time.txt")
  R[$name.cpu]=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {printf "%.2f", u + s}' "$dir/time.txt")
  R[$name.rss]=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$dir/time.txt")
}

# the mean latency trainloop measured, over the models (the stub's latency plus the machine's scheduling delays)
mean_latency() {
  local report
  report=$(ls -d "$1"/data/benchmarks/*/report.json 2>/dev/null | tail -1)
  [ -z "$report" ] && { echo "-"; return; }
  awk '/"latency_ms": \{/ {want = 1; next} want && /"mean":/ {gsub(/[",]/, "", $2); if ($2 != "null") {s += $2; n++}
      want = 0} END {if (n) printf "%.1f", s / n; else print "-"}' "$report"
}

# seconds between report.json's started_at and finished_at: the run itself, without JVM start and set-up
run_seconds() {
  local report
  report=$(ls -d "$1"/data/benchmarks/*/report.json 2>/dev/null | tail -1)
  [ -z "$report" ] && { echo "-"; return; }
  local s f
  s=$(sed -n 's/^ *"started_at": "\(.*\)",$/\1/p' "$report" | head -1)
  f=$(sed -n 's/^ *"finished_at": "\(.*\)",$/\1/p' "$report" | head -1)
  awk -v s="$(date -d "$s" +%s.%N)" -v f="$(date -d "$f" +%s.%N)" 'BEGIN {printf "%.2f", f - s}'
}

# warm_stub: 96 requests to the stub (model "stub-warmup", 16 at a time), so that its own cold start (a fresh JVM,
# C1 only) is not in the first calls W5 times; only for workloads whose stub counts are not read
warm_stub() {
  local i pids=()
  for i in $(seq 48); do
    curl -s -o /dev/null -X POST -H 'content-type: application/json' \
      -d '{"model": "stub-warmup", "messages": [{"role": "user", "content": "hi"}]}' "$stub_url/v1/chat/completions" &
    pids+=($!)
    curl -s -o /dev/null -X POST -H 'content-type: application/json' \
      -d '{"model": "stub-warmup", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]}' \
      "$stub_url/v1/messages" &
    pids+=($!)
    if [ $((i % 8)) = 0 ]; then wait "${pids[@]}"; pids=(); fi
  done
}

# workload NAME PROMPTS LATENCY_MS CONCURRENCY FAULT_RATE [MODELS [STUB_ARGS...]]
workload() {
  local name=$1 prompts=$2 latency=$3 concurrency=$4 faults=$5 models=${6:-both}
  shift $(($# < 6 ? $# : 6))
  local dir="$work/$name" per=2
  [ "$models" != both ] && per=1
  rm -rf "$dir" && mkdir -p "$dir"
  echo "bench: $name: $prompts prompts × $per models, ${latency} ms, concurrency $concurrency, faults $faults $*" >&2
  java "$root/bench/GenEvents.java" "$dir/data/events" "$prompts"
  start_stub "$dir" "$latency" "$faults" "$@"
  if [ "$name" = W5 ] && command -v curl >/dev/null; then warm_stub; fi
  write_config "$dir" "$stub_url" "$concurrency" "$models"
  timed "$name" "$dir" env OPENAI_API_KEY=sk-bench-openai ANTHROPIC_API_KEY=sk-bench-anthropic \
    "${tl[@]}" benchmark --config trainloop.config.yaml
  stop_stub
  local stats
  stats=$(sed -n 's/^stub-stats: //p' "$dir/stub.log")
  R[$name.calls]=$((prompts * per))
  R[$name.rejected]=$(sed -n 's/.*rate_limited=\([0-9]*\).*/\1/p' <<<"$stats")
  R[$name.requests]=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$stats")
  R[$name.chain]=$(sed -n 's/.*max_fault_chain=\([0-9]*\).*/\1/p' <<<"$stats")
  R[$name.bound]=$(awk -v n=$((prompts * 2)) -v l="$latency" -v c="$concurrency" 'BEGIN {printf "%.2f", n * l / 1000 / c}')
  R[$name.run]=$(run_seconds "$dir")
  R[$name.lat]=$(mean_latency "$dir")
  R[$name.stubcpu]=$stub_cpu
  if [ "${R[$name.exit]}" != 0 ]; then
    echo "bench: $name: trainloop exited ${R[$name.exit]}; see $dir/stderr.txt" >&2
  fi
}

# best_of NAME DIR CMD...: the fastest of three timed runs (start-up varies with the machine's load)
best_of() {
  local name=$1 dir=$2 best="" i
  shift 2
  for i in 1 2 3; do
    timed "$name.try" "$dir" "$@"
    if [ -z "$best" ] || awk -v a="${R[$name.try.wall]}" -v b="$best" 'BEGIN {exit !(a < b)}'; then
      best=${R[$name.try.wall]}
      R[$name.wall]=$best R[$name.cpu]=${R[$name.try.cpu]} R[$name.rss]=${R[$name.try.rss]}
      R[$name.exit]=${R[$name.try.exit]}
    fi
  done
}

calc() { awk "BEGIN {printf \"%.${2:-2}f\", $1}"; }
ok() { if awk "BEGIN {exit !($1)}"; then echo "yes"; else echo "NO"; fi; }

# latencies NAME: each model's reported latency_ms figures from the workload's report.json, one line per model
latencies() {
  local report
  report=$(ls -d "$work/$1"/data/benchmarks/*/report.json 2>/dev/null | tail -1)
  [ -z "$report" ] && return
  jq -r '.models[] | [.id, .latency_ms.p50, .latency_ms.p90 // "-", .latency_ms.p95, .latency_ms.p99 // "-",
      .latency_ms.mean, .latency_ms.max, .latency_ms.connect_mean // "-"] | @tsv' "$report"
}

wanted=("$@")
[ ${#wanted[@]} -eq 0 ] && wanted=(W1 W2 W3 W4 W5 W6 help dry-run)
want() { local w; for w in "${wanted[@]}"; do [ "$w" = "$1" ] && return 0; done; return 1; }

started=$(date +%s)
echo "bench: machine: $(nproc) cores; load before: $(uptime | sed 's/.*load average: //'); work folder: $work" >&2
workload warmup 10 0 64 0               # untimed: the files and the stub's JVM into the page cache
workload W0 10 0 64 0                   # start-up and report for 20 calls: subtracted to get W2's CPU per call
want W1 && workload W1 2000 20 16 0
want W2 && workload W2 2000 0 64 0
want W3 && workload W3s 10000 0 64 0   # the same at 10,000 prompts: W3's RSS must stay within 1.5× of this
want W3 && workload W3 100000 0 64 0
want W4 && workload W4 200 20 16 0.2
# latency accuracy (issue 14): a stub of fixed latency L = 200 ms, 100 calls per model at concurrency 16
want W5 && workload W5 100 200 16 0
# pacing by rate-limit headers (issue 14): a stub limiting each model to 3,000 requests a minute with a one-second
# burst and sending the vendors' rate-limit headers; 600 calls at concurrency 32, each wire format on its own
want W6 && workload W6 600 20 32 0 openai --rate-limit-rpm 3000 --burst-seconds 1
want W6 && workload W6a 600 20 32 0 anthropic --rate-limit-rpm 3000 --burst-seconds 1
if want help; then
  mkdir -p "$work/help"
  best_of help "$work/help" "${tl[@]}" --help
fi
if want dry-run; then
  # on a copy, so nothing is written into the repository; one untimed run compiles its Java metrics (then cached)
  rm -rf "$work/dry-run" && mkdir -p "$work/dry-run"
  cp -r "$root/examples/quickstart" "$work/dry-run/quickstart"
  rm -rf "$work/dry-run/quickstart/.trainloop-cache" "$work/dry-run/quickstart/data/benchmarks"
  dry=("${tl[@]}" benchmark --dry-run --config "$work/dry-run/quickstart/trainloop.config.yaml")
  (cd "$work/dry-run" && env -u OPENAI_API_KEY -u ANTHROPIC_API_KEY -u GOOGLE_API_KEY -u GEMINI_API_KEY \
    "${dry[@]}" >/dev/null 2>&1) || true
  best_of dry "$work/dry-run" env -u OPENAI_API_KEY -u ANTHROPIC_API_KEY -u GOOGLE_API_KEY -u GEMINI_API_KEY \
    "${dry[@]}"
fi
elapsed=$(( $(date +%s) - started ))

printf '\n%-4s %7s %7s %7s %7s %7s %7s %8s %7s %7s %8s  %s\n' workload calls wall_s run_s bound_s wall/bd cpu_s \
  cpu_ms/c rss_MB lat_ms stub_cpu "target: met?"
row() {
  local w=$1 target=$2
  [ -z "${R[$w.wall]:-}" ] && return
  local ratio="-"
  awk -v b="${R[$w.bound]}" 'BEGIN {exit !(b > 0)}' && ratio=$(calc "${R[$w.wall]} / ${R[$w.bound]}")
  printf '%-4s %7s %7s %7s %7s %7s %7s %8s %7s %7s %8s  %s\n' "$w" "${R[$w.calls]}" "${R[$w.wall]}" "${R[$w.run]}" \
    "${R[$w.bound]}" "$ratio" "${R[$w.cpu]}" "$(calc "${R[$w.cpu]} * 1000 / ${R[$w.calls]}" 3)" "${R[$w.rss]}" \
    "${R[$w.lat]}" "${R[$w.stubcpu]}" "$target"
}
row W0 "start-up, set-up and report around 20 calls"
if [ -n "${R[W1.wall]:-}" ]; then
  row W1 "wall <= 1.15 x bound + JVM start = 6.5 s: $(ok "${R[W1.wall]} <= 6.5")"
fi
if [ -n "${R[W2.wall]:-}" ]; then
  per_call=$(calc "(${R[W2.cpu]} - ${R[W0.cpu]}) * 1000 / (${R[W2.calls]} - ${R[W0.calls]})" 3)
  row W2 "cpu <= 4 s: $(ok "${R[W2.cpu]} <= 4"); after start-up $per_call ms/call <= 0.3: $(ok "$per_call <= 0.3")"
fi
if [ -n "${R[W3.wall]:-}" ]; then
  growth=$(calc "${R[W3.rss]} / ${R[W3s.rss]}")
  row W3s "RSS at 10,000 prompts"
  row W3 "rss <= 400 MB: $(ok "${R[W3.rss]} <= 400"); rss / rss(W3s) = $growth <= 1.5: $(ok "$growth <= 1.5")"
fi
if [ -n "${R[W4.wall]:-}" ]; then
  waits=$(calc "${R[W4.chain]} * 1" 0)
  limit=$(calc "1.5 * (${R[W4.bound]} + $waits)")
  row W4 "wall <= 1.5 x (bound + ${waits} s of Retry-After) = $limit s: $(ok "${R[W4.wall]} <= $limit") \
(${R[W4.requests]} requests for ${R[W4.calls]} calls)"
fi
if [ -n "${R[W5.wall]:-}" ]; then
  echo
  echo "W5 latency accuracy: L = 200 ms; targets p50 <= L+12, p95 <= L+30, mean <= L+15, max <= L+50 (ms)"
  printf '  %-40s %6s %6s %6s %6s %8s %6s %8s  %s\n' model p50 p90 p95 p99 mean max connect "met?"
  while IFS=$'\t' read -r id p50 p90 p95 p99 mean max connect; do
    met=$(ok "$p50 <= 212 && $p95 <= 230 && $mean <= 215 && $max <= 250")
    printf '  %-40s %6s %6s %6s %6s %8.1f %6s %8s  %s\n' "$id" "$p50" "$p90" "$p95" "$p99" "$mean" "$max" "$connect" \
      "$met"
  done < <(latencies W5)
fi
for w in W6 W6a; do
  [ -z "${R[$w.wall]:-}" ] && continue
  # 3,000 a minute is 50 a second: N calls cannot take less than N ÷ 50 s
  bound=$(calc "${R[$w.calls]} / 50")
  share=$(calc "100 * ${R[$w.rejected]:-0} / ${R[$w.requests]}" 1)
  printf '%-4s %s calls, %s requests, %s answered 429 (%s%%); run %s s, bound %s s: within 5%%: %s, <= 2%% 429: %s\n' \
    "$w" "${R[$w.calls]}" "${R[$w.requests]}" "${R[$w.rejected]:-0}" "$share" "${R[$w.run]}" "$bound" \
    "$(ok "${R[$w.run]} <= 1.05 * $bound")" "$(ok "$share <= 2")"
done
if [ -n "${R[help.wall]:-}" ]; then
  printf '%-8s wall %s s, cpu %s s, rss %s MB (best of 3)  target <= 0.6 s: %s\n' "--help" "${R[help.wall]}" \
    "${R[help.cpu]}" "${R[help.rss]}" "$(ok "${R[help.wall]} <= 0.6")"
fi
if [ -n "${R[dry.wall]:-}" ]; then
  if [ "${R[dry.exit]}" = 0 ]; then
    printf '%-8s wall %s s, cpu %s s, rss %s MB (best of 3, quick-start project)  target <= 1.5 s: %s\n' \
      "--dry-run" "${R[dry.wall]}" "${R[dry.cpu]}" "${R[dry.rss]}" "$(ok "${R[dry.wall]} <= 1.5")"
  else
    echo "--dry-run  not measured: trainloop exited ${R[dry.exit]} ($(head -c 200 "$work/dry-run/stderr.txt"))"
  fi
fi
echo "bench: $(nproc) cores; load after: $(uptime | sed 's/.*load average: //'); took ${elapsed} s;" \
  "$([ -n "$keep" ] && echo "files in $work" || echo "set BENCH_DIR to keep the files")"

if command -v promptfoo >/dev/null 2>&1 && { want W1 || want W2; }; then
  "$root/bench/promptfoo.sh" "$work" "${R[W1.wall]:-}" "${R[W2.cpu]:-}" || echo "bench: promptfoo comparison failed" >&2
fi
