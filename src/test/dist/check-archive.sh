#!/usr/bin/env bash
# Installs target/trainloop-<version>.tar.gz as README's "Install" says, into a scratch folder, and checks that the
# command runs through a link on PATH from another directory. Run by `mvn verify` (pom.xml, after packaging).
set -euo pipefail
archive="$1"
work="$2"
rm -rf "$work"
mkdir -p "$work/opt" "$work/bin" "$work/elsewhere"
tar xzf "$archive" -C "$work/opt"
home="$(echo "$work"/opt/trainloop-*)"
for f in bin/trainloop lib/launch lib/trainloop.jar lib/LoopbackProvider.java LICENSE README.md \
  share/man/man1/trainloop.1 share/man/man1/trainloop-benchmark.1 share/man/man1/trainloop-init.1; do
  [ -e "$home/$f" ] || { echo "check-archive: $f is missing from $archive" >&2; exit 1; }
done
[ -x "$home/bin/trainloop" ] && [ -x "$home/lib/launch" ] || { echo "check-archive: bin/trainloop or lib/launch is not executable" >&2; exit 1; }
grep -q '^\.TH "TRAINLOOP\\-BENCHMARK"' "$home/share/man/man1/trainloop-benchmark.1" || {
  echo "check-archive: share/man/man1/trainloop-benchmark.1 is not a man page" >&2; exit 1; }
grep -q -- 'max\\-cost' "$home/share/man/man1/trainloop-benchmark.1" || {
  echo "check-archive: trainloop-benchmark.1 does not describe --max-cost" >&2; exit 1; }
ln -s "$home/bin/trainloop" "$work/bin/trainloop"
cd "$work/elsewhere"
# TRAINLOOP_JAVA_OPTS set (empty) skips the start-up archive, which would train for seconds
out="$(env PATH="$work/bin:$PATH" TRAINLOOP_JAVA_OPTS= trainloop --version 2>&1)" || {
  echo "check-archive: 'trainloop --version' from PATH failed: $out" >&2; exit 1; }
case "$out" in
  "trainloop $(basename "$home" | sed 's/^trainloop-//')"*) ;;
  *) echo "check-archive: 'trainloop --version' printed: $out" >&2; exit 1 ;;
esac
echo "check-archive: $(basename "$archive") installs and runs from PATH: ${out%%$'\n'*}"
