#!/usr/bin/env bash
# Starts the provider stub (ai.trainloop.provider.stub.StubServer, docs/performance.md) for bench/run.sh and
# bench/promptfoo.sh. The stub is test tooling, not in the product jar: it runs from target/test-classes with the
# test classpath that the build writes to target/stub.classpath (`mvn -q -B -DskipTests package` makes both).
#
#   bench/stub.sh --port 0 --latency-ms 20 --jitter-ms 0 --fault-rate 0.2 --retry-after 1 --seed 1
#
# Prints `stub: <base URL>`, serves until killed (exec: the caller's $! is the stub's JVM), then prints its stats.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
classes="$root/target/test-classes"
if [ ! -f "$classes/ai/trainloop/provider/stub/StubServer.class" ] || [ ! -f "$root/target/stub.classpath" ]; then
  echo "bench: no built stub in $classes; run: mvn -q -B -DskipTests package" >&2
  exit 1
fi
# C1 only and a small young generation: the stub's own CPU halves, leaving more of the cores to trainloop
exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmn16m \
  -cp "$classes:$root/target/classes:$(cat "$root/target/stub.classpath")" ai.trainloop.provider.stub.StubServer "$@"
