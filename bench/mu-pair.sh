#!/usr/bin/env bash
# Parley against mu (Debian's maildir-utils, a Xapian indexer) on the same mail: the 25,000-message slice of
# ../shared/corpus, alternated in one run, each into a fresh index. mu reads Maildirs only, so the slice is
# converted once into a Maildir outside the repository (kept for later runs under $MU_PAIR_DIR); Parley reads the
# same messages as the uncompressed mbox, so neither pays for gunzip. Prints CPU-seconds (user+sys of the process
# and its children) and wall time of each run, the medians, the ratio and the index sizes.
#   bench/mu-pair.sh [ROUNDS]          (default 3; MU_PAIR_DIR default /tmp/parley-mu-pair)
#   BEFORE=DIR bench/mu-pair.sh        also runs the Parley checked out and built in DIR ("before"), in the same rounds
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; top="$(dirname "$here")"
rounds="${1:-3}"
slice="$(ls "$top"/../shared/corpus/lkml/*.mbox.gz 2>/dev/null | head -1)"
[ -n "$slice" ] || { echo "bench/mu-pair.sh: ../shared/corpus/lkml/*.mbox.gz not found" >&2; exit 1; }
if ! command -v mu > /dev/null; then
  echo "bench/mu-pair.sh: installing mu (Debian's maildir-utils)" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq maildir-utils > /dev/null; else sudo apt-get install -y -qq maildir-utils > /dev/null; fi
fi
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"; export JAVA_HOME
data="${MU_PAIR_DIR:-/tmp/parley-mu-pair}"; mkdir -p "$data"
mbox="$data/slice.mbox" maildir="$data/Maildir"
if [ ! -f "$data/converted" ]; then
  echo "converting the slice to an mbox and a Maildir in $data (once)..." >&2
  rm -rf "$maildir"; zcat "$slice" > "$mbox"
  python3 - "$mbox" "$maildir" <<'PY'
import mailbox, sys
src, dst = mailbox.mbox(sys.argv[1], create=False), mailbox.Maildir(sys.argv[2], create=True)
n = 0
for key in src.iterkeys():
    dst.add(src.get_bytes(key, from_=False))  # the message's bytes, without the mbox separator line
    n += 1
print(f"{n:,} messages", file=sys.stderr)
PY
  touch "$data/converted"
fi
work="$(mktemp -d /tmp/parley-mu-pair-run.XXXXXX)"; trap 'rm -rf "$work"' EXIT
"$top/parley" --version > /dev/null   # builds the jar and the launcher's class cache outside the timings
[ -z "${BEFORE:-}" ] || "$BEFORE/parley" --version > /dev/null

# one timed run: NAME then the command; appends "NAME cpu wall" to $work/runs
timed() {
  local name="$1"; shift
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r wall user sys < "$work/time"
  echo "$name $(echo "$user + $sys" | bc) $wall" >> "$work/runs"
  printf '%-7s %8.1f CPU-s %8.1f s wall   (load %s)\n' "$name" "$(echo "$user + $sys" | bc)" "$wall" "$(cut -d' ' -f1 /proc/loadavg)"
}
parley_run() {
  rm -rf "$work/parley-index"
  timed parley "$top/parley" import --quiet --index "$work/parley-index" "$mbox"
  [ -z "${BEFORE:-}" ] || { cp -r "$work/parley-index" "$work/parley-index-keep"; rm -rf "$work/parley-index"; }
  if [ -n "${BEFORE:-}" ]; then
    timed before "$BEFORE/parley" import --quiet --index "$work/before-index" "$mbox"
    bidx=$(du -sb "$work/before-index" | cut -f1); rm -rf "$work/before-index"
    echo "$bidx" > "$work/before-size"
    rm -rf "$work/parley-index"; mv "$work/parley-index-keep" "$work/parley-index"
  fi
}
mu_run() {
  rm -rf "$work/mu-home"
  mu init --quiet --muhome="$work/mu-home" --maildir="$maildir" > /dev/null
  timed mu mu index --quiet --muhome="$work/mu-home"
}
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $(mu --version | head -1)"
for r in $(seq 1 "$rounds"); do
  if [ $((r % 2)) -eq 1 ]; then parley_run; mu_run; else mu_run; parley_run; fi
done
raw=$(wc -c < "$mbox"); pidx=$(du -sb "$work/parley-index" | cut -f1); midx=$(du -sb "$work/mu-home" | cut -f1)
bidx=$(cat "$work/before-size" 2>/dev/null || echo 0)
python3 - "$work/runs" "$raw" "$pidx" "$midx" "$bidx" <<'PY'
import statistics, sys
runs = [l.split() for l in open(sys.argv[1])]
raw, pidx, midx, bidx = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
names = [n for n in ("parley", "before", "mu") if any(m == n for m, c, w in runs)]
med = {n: (statistics.median(float(c) for m, c, w in runs if m == n), statistics.median(float(w) for m, c, w in runs if m == n)) for n in names}
for n, (c, w) in med.items():
    print(f"median {n:7s} {c:8.1f} CPU-s {w:8.1f} s wall")
print(f"Parley / mu: {med['parley'][0] / med['mu'][0]:.3f} of the CPU-seconds, {med['parley'][1] / med['mu'][1]:.3f} of the wall time")
if "before" in med:
    print(f"before / mu: {med['before'][0] / med['mu'][0]:.3f} of the CPU-seconds; Parley / before: {med['parley'][0] / med['before'][0]:.3f}")
print(f"index: Parley {pidx / 1048576:.1f} MB = {pidx / raw:.3f}x, mu {midx / 1048576:.1f} MB = {midx / raw:.2f}x the raw mbox ({raw / 1048576:.1f} MB)")
if bidx:
    print(f"index before: {bidx / 1048576:.1f} MB = {bidx / raw:.3f}x")
PY
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
