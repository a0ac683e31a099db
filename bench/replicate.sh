#!/usr/bin/env bash
# The import at scale: bench/ReplicateSlice.java imports the 25,000-message slice of ../shared/corpus COPIES times
# (Message-IDs rewritten per copy, so every copy is new mail) into a fresh index, in one JVM with a fixed heap, and
# once with one copy, alternated; prints messages/s, messages per CPU-second, the process's own memory (RssAnon,
# sampled every second: peak RSS also counts the index files Lucene maps) and the index against the raw mail.
#   bench/replicate.sh [COPIES] [ROUNDS]      (default 40 copies, i.e. ~1,000,000 messages; 1 round; HEAP default 512m)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
copies="${1:-40}" rounds="${2:-1}" heap="${HEAP:-512m}"
slice="$(ls ../shared/corpus/lkml/*.mbox.gz 2>/dev/null | head -1)"
[ -n "$slice" ] || { echo "bench/replicate.sh: ../shared/corpus/lkml/*.mbox.gz not found" >&2; exit 1; }
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
. bench/rss-anon.sh
./parley --version > /dev/null   # builds the jar when needed
work="$(mktemp -d /tmp/parley-replicate.XXXXXX)"; trap 'rm -rf "$work"' EXIT
cp -r target/parley.jar target/lib "$work/"   # a rebuild meanwhile does not pull classes from under the run
raw=$(zcat "$slice" | wc -c)
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; -Xmx$heap"
run() { # COPIES
  rm -rf "$work/index"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$java" -Xmx"$heap" --enable-native-access=ALL-UNNAMED \
    -cp "$work/parley.jar:$work/lib/*" bench/ReplicateSlice.java "$slice" "$1" "$work/index" > "$work/out" 2> "$work/err" &
  local pid=$! anon
  anon=$(peak_rss_anon "$pid")
  wait "$pid" || { cat "$work/err" >&2; exit 1; }
  read -r wall user sys rss < "$work/time"
  local n; n=$(sed -E 's/^imported ([0-9,]+) .*/\1/; s/,//g' "$work/out")
  local idx; idx=$(du -sb "$work/index" | cut -f1)
  python3 -c "
n, wall, cpu, anon, rss, idx, raw = $n, $wall, $user + $sys, $anon, $rss, $idx, $raw * $1
print(f'{$1:3d} copies: {n:>9,} messages in {wall:7.1f} s wall, {cpu:7.1f} CPU-s: {n / wall:6,.0f} messages/s, '
      f'{n / cpu:6,.0f} per CPU-second; RssAnon {anon / 1024:,.0f} MB, peak RSS {rss / 1024:,.0f} MB; '
      f'index {idx / 1048576:,.0f} MB = {idx / raw:.3f}x raw; load {open(\"/proc/loadavg\").read().split()[0]}')"
}
for r in $(seq 1 "$rounds"); do
  run 1
  run "$copies"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
