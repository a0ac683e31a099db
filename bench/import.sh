#!/usr/bin/env bash
# Import benchmark: imports the 25,000-message slice of ../shared/corpus into a fresh index and prints messages/s,
# MB/s, peak RSS and index size / raw size, then the same for the public-inbox epoch of ../shared/corpus. With
# --heap 512m --repeat 25 it builds a ~5 GB mbox by repeating the slice with rewritten Message-IDs and shows that
# memory does not grow with file size.
#   bench/import.sh [--heap 1g] [--repeat N] [--workers N]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; top="$(dirname "$here")"
heap=1g; repeat=1; workers=""
while [ $# -gt 0 ]; do
  case "$1" in
    --heap) heap="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --workers) workers="$2"; shift 2 ;;
    *) echo "usage: $0 [--heap SIZE] [--repeat N]" >&2; exit 2 ;;
  esac
done
slice="$(ls "$top"/../shared/corpus/lkml/*.mbox.gz 2>/dev/null | head -1)"
[ -n "$slice" ] || { echo "bench: ../shared/corpus/lkml/*.mbox.gz not found" >&2; exit 1; }
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"; export JAVA_HOME
work="$(mktemp -d /tmp/parley-bench.XXXXXX)"; trap 'rm -rf "$work"' EXIT
input="$slice"
if [ "$repeat" -gt 1 ]; then
  input="$work/repeated.mbox"
  for i in $(seq 1 "$repeat"); do
    # a distinct Message-ID space per copy, so every copy is new mail to the importer
    zcat "$slice" | sed -E "s/^(Message-I[dD]|In-Reply-To|References):(.*)@/\1:\2.r$i@/; s/<([^<>@ ]+)@/<\1.r$i@/g" >> "$input"
  done
fi
raw_bytes=$( [ "${input%.gz}" != "$input" ] && zcat "$input" | wc -c || wc -c < "$input")
[ -n "$workers" ] && export JAVA_TOOL_OPTIONS="-Dparley.workers=$workers"
"$top/parley" --version > /dev/null   # the launcher's one-off work after a build (class cache) stays out of the figures
# through the launcher, as a user runs it: it picks the heap (PARLEY_HEAP) and the JIT for the input's size
PARLEY_HEAP="$heap" /usr/bin/time -f "%M %e %U %S" -o "$work/time" "$top/parley" \
  import --quiet --json --index "$work/index" "$input" > "$work/summary.json" &
timer=$!
# the process's own memory (RssAnon), sampled while it runs: see bench/rss-anon.sh
. "$here/rss-anon.sh"
anon=$(peak_rss_anon "$timer")
wait "$timer"
read -r rss wall user sys < "$work/time"
idx_bytes=$(du -sb "$work/index" | cut -f1)
python3 - "$work/summary.json" "$raw_bytes" "$idx_bytes" "$rss" "$wall" "$user" "$sys" "$heap" "$anon" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); raw, idx, rss, anon = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[9])
wall, user, sysc, heap = float(sys.argv[5]), float(sys.argv[6]), float(sys.argv[7]), sys.argv[8]
print(f"messages read     {s['messages_read']:,} (imported {s['imported']:,}, duplicates {s['duplicates']}, errors {s['errors']})")
print(f"import time       {s['seconds']:.1f} s in the importer, {wall:.1f} s wall for the whole process")
print(f"throughput        {s['messages_read']/s['seconds']:,.0f} messages/s, {raw/1048576/s['seconds']:.1f} MB/s of raw mbox")
print(f"cpu               {user+sysc:.1f} s user+sys ({(user+sysc)/wall*100:.0f}% of one core)")
print(f"peak RSS          {rss/1024:,.0f} MB with -Xmx{heap}, of which the process's own memory (RssAnon) {anon/1024:,.0f} MB")
print(f"index size        {idx/1048576:,.1f} MB = {idx/raw:.2f} x the raw mbox ({raw/1048576:,.1f} MB)")
PY
# and the real public-inbox epoch of ../shared/corpus (messages/s from git), unless a repeated mbox was asked for
if [ "$repeat" -eq 1 ] && ls -d "$top"/../shared/corpus/public-inbox/*.git > /dev/null 2>&1; then
  echo; echo "public-inbox epoch (bench/public-inbox.sh):"
  "$here/public-inbox.sh" --heap "$heap"
fi
