#!/usr/bin/env bash
# Search latency, p50/p99, for the fixed query mix in bench/queries.txt: warm in one process (bench/SearchBench.java
# against the built jar) and as whole `./parley search` processes (launcher and printing included): cold (a JVM
# started for each, PARLEY_DAEMON=0) and answered by the launcher's read daemon (a warm JVM: ReadDaemon.java), on the
# 25,000-message slice of ../shared/corpus and on a 1,000,000-message index made by importing that slice 40 times
# with rewritten Message-IDs (bench/ReplicateSlice.java). The indexes are made once and kept under $BENCH_DIR.
#
#   bench/search.sh                 # both indexes (the million takes ~10-20 min and ~4 GB the first time)
#   SKIP_MILLION=1 bench/search.sh  # the slice only
#   ROUNDS=200 RUNS=20              # in-process rounds of the mix, whole processes per query
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

corpus=${PARLEY_CORPUS:-../shared/corpus}
slice_mbox="$corpus/lkml/linux-xfs_2019-04-29_to_2021-04-25_first-25000.mbox.gz"
work=${BENCH_DIR:-/tmp/parley-bench}
rounds=${ROUNDS:-200}
runs=${RUNS:-20}
copies=${COPIES:-40}
[ -f "$slice_mbox" ] || { echo "bench/search.sh: $slice_mbox not found (set PARLEY_CORPUS)" >&2; exit 1; }
mkdir -p "$work"

./parley --version >/dev/null   # builds the jar, and the launcher's class cache, when needed
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
# a copy of the jar, so that a rebuild during a long import does not pull classes from under it
rm -rf "$work/cp" && mkdir -p "$work/cp" && cp -r target/parley.jar target/lib "$work/cp/"
cp="$work/cp/parley.jar:$work/cp/lib/*"
jvm=(-Xmx2g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp "$cp")

has_index() { compgen -G "$1/segments_*" >/dev/null; }

if ! has_index "$work/slice"; then
  echo "importing the slice into $work/slice ..." >&2
  ./parley import -q --index "$work/slice" "$slice_mbox" >&2
fi
indexes=(slice)
if [ "${SKIP_MILLION:-0}" != 1 ]; then
  if ! has_index "$work/million"; then
    echo "importing the slice $copies times into $work/million (once; this takes a while) ..." >&2
    "$java" "${jvm[@]}" bench/ReplicateSlice.java "$slice_mbox" "$copies" "$work/million" >&2
  fi
  indexes+=(million)
fi

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $("$java" -version 2>&1 | head -1)"
trap 'echo "load average $(cut -d" " -f1-3 /proc/loadavg) at the end"' EXIT

percentiles() { # reads milliseconds, one a line; prints "p50 p99"
  sort -n | awk '{v[NR]=$1} END {i50=int(NR*0.50+0.999); i99=int(NR*0.99+0.999); printf "%8.1f %8.1f", v[i50], v[i99]}'
}

daemon_pid() { pgrep -f -- "__serve $PWD/target/parley-daemon" | head -1; }
daemon_ticks() { # the read daemon's CPU so far, in clock ticks (user + system); 0 when none runs
  local pid; pid="$(daemon_pid)"
  if [ -n "$pid" ] && [ -r "/proc/$pid/stat" ]; then awk '{print $14 + $15}' "/proc/$pid/stat"; else echo 0; fi
}
start_daemon() { # DIR: one search starts the read daemon; wait until it listens
  ./parley search --index "$1" warmup >/dev/null
  for ((i = 0; i < 300; i++)); do
    [ target/parley-daemon -nt target/parley.jar ] && return
    sleep 0.1
  done
  echo "bench/search.sh: the read daemon did not start" >&2
  exit 1
}
processes() { # DIR: the whole-process table, cold or through the daemon (as PARLEY_DAEMON says)
  local dir="$1" kind query flags one cpu all allcpu ticks daemon_ms tick_ms
  tick_ms=$((1000 / $(getconf CLK_TCK)))
  all="$work/all.txt" allcpu="$work/allcpu.txt"
  : > "$all"
  : > "$allcpu"
  printf '%-10s %8s %8s %8s  %s\n' kind "p50 ms" "p99 ms" "cpu p50" query
  while IFS=$'\t' read -r kind query; do
    [[ -z "$kind" || "$kind" == \#* ]] && continue
    flags=()
    [ "$kind" = threads ] && flags=(--threads)
    ./parley search --index "$dir" "${flags[@]}" "$query" >/dev/null   # one unmeasured run: page cache
    one="$work/one.txt" cpu="$work/cpu.txt"
    : > "$one"
    : > "$cpu"
    ticks=$(daemon_ticks)
    for ((i = 0; i < runs; i++)); do
      start=$EPOCHREALTIME
      /usr/bin/time -f '%U %S' -o "$work/time.txt" ./parley search --index "$dir" "${flags[@]}" "$query" >/dev/null
      end=$EPOCHREALTIME
      awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f\n", (b - a) * 1000}' | tee -a "$all" >> "$one"
      awk '{printf "%.2f\n", ($1 + $2) * 1000}' "$work/time.txt" >> "$cpu"
    done
    # the daemon's CPU is only known in clock ticks: its mean per request is added to each client's CPU
    daemon_ms=$(( ($(daemon_ticks) - ticks) * tick_ms / runs ))
    awk -v d="$daemon_ms" '{printf "%.2f\n", $1 + d}' "$cpu" > "$cpu.sum" && mv "$cpu.sum" "$cpu"
    cat "$cpu" >> "$allcpu"
    printf '%-10s %s %8.1f  %s\n' "$kind" "$(percentiles < "$one")" "$(percentiles < "$cpu" | awk '{print $1}')" "$query"
  done < bench/queries.txt
  printf '%-10s %s %8.1f  (%d processes)\n' mix "$(percentiles < "$all")" "$(percentiles < "$allcpu" | awk '{print $1}')" "$(wc -l < "$all")"
}

for name in "${indexes[@]}"; do
  dir="$work/$name"
  echo
  echo "== $name: $(./parley stats --index "$dir" | head -1 | tr -s ' '), $(du -sh "$dir" | cut -f1) on disk"
  echo "-- warm, in process: $rounds rounds of the mix after warm-up (parse, search, exact total, 20 hits with snippets)"
  "$java" "${jvm[@]}" bench/SearchBench.java "$dir" "$rounds" bench/queries.txt 2>/dev/null
  echo "-- whole processes, cold (PARLEY_DAEMON=0): ./parley search --index DIR [--threads] QUERY > /dev/null, $runs runs per query"
  echo "   (wall clock; and CPU time, user+sys, which a busy machine inflates less)"
  PARLEY_DAEMON=0 processes "$dir"
  echo "-- whole processes answered by the read daemon (the launcher's default once one runs): the same"
  echo "   (CPU: the client's, i.e. bash and cat, plus the daemon's, from /proc)"
  start_daemon "$dir"
  processes "$dir"
done
rm -f target/parley-daemon   # the daemon stops within seconds when its info file is gone
