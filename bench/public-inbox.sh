#!/usr/bin/env bash
# public-inbox benchmark: imports a public-inbox epoch (default: the real ksummit-discuss epoch in
# ../shared/corpus/public-inbox) into a fresh index and prints messages/s, then imports it again to show what an
# incremental run costs when nothing new has been fetched.
#   bench/public-inbox.sh [--heap 1g] [EPOCH-OR-INBOX]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; top="$(dirname "$here")"
heap=1g; source_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --heap) heap="$2"; shift 2 ;;
    -*) echo "usage: $0 [--heap SIZE] [EPOCH-OR-INBOX]" >&2; exit 2 ;;
    *) source_dir="$1"; shift ;;
  esac
done
[ -n "$source_dir" ] || source_dir="$top/../shared/corpus/public-inbox/ksummit-discuss.0.git"
[ -d "$source_dir" ] || { echo "bench: $source_dir not found" >&2; exit 1; }
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"; export JAVA_HOME
work="$(mktemp -d /tmp/parley-bench-pi.XXXXXX)"; trap 'rm -rf "$work"' EXIT
run() {
  # through the launcher, as a user runs it (it picks the JIT for the input's size)
  PARLEY_HEAP="$heap" /usr/bin/time -f "%M %e %U %S" -o "$work/time" "$top/parley" \
    import --quiet --json --index "$work/index" "$source_dir" > "$work/$1.json"
  cp "$work/time" "$work/$1.time"
}
"$top/parley" --version > /dev/null   # the launcher's one-off work after a build stays out of the figures
run first
run again
pack_bytes=$(du -sb "$source_dir" | cut -f1)
idx_bytes=$(du -sb "$work/index" | cut -f1)
python3 - "$work" "$pack_bytes" "$idx_bytes" "$heap" "$source_dir" <<'PY'
import json, sys
work, pack, idx, heap, src = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
def load(name):
    s = json.load(open(f"{work}/{name}.json"))
    rss, wall, user, sysc = open(f"{work}/{name}.time").read().split()
    return s, int(rss), float(wall), float(user) + float(sysc)
s, rss, wall, cpu = load("first")
a, rss2, wall2, _ = load("again")
print(f"source            {src} ({pack/1048576:,.1f} MB of git objects)")
print(f"messages read     {s['messages_read']:,} (imported {s['imported']:,}, duplicates {s['duplicates']}, errors {s['errors']}, removed {s['removed']})")
print(f"import time       {s['seconds']:.1f} s in the importer, {wall:.1f} s wall for the whole process")
print(f"throughput        {s['messages_read']/s['seconds']:,.0f} messages/s, {s['bytes']/1048576/s['seconds']:.1f} MB/s of messages")
print(f"cpu               {cpu:.1f} s user+sys ({cpu/wall*100:.0f}% of one core)")
print(f"peak RSS          {rss/1024:,.0f} MB with -Xmx{heap}")
print(f"index size        {idx/1048576:,.1f} MB")
print(f"again, no fetch   {a['messages_read']} messages read, {a['seconds']:.2f} s in the importer, {wall2:.1f} s wall")
PY
