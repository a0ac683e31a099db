#!/usr/bin/env bash
# Latency of `parley serve` under load on the 25,000-message slice of ../shared/corpus, 16 clients at once against
# 127.0.0.1: for each page kind (a search page of a query of bench/queries.txt, thread-grouped with snippets; a
# thread page t/; a message page) wrk runs 16 connections on 2 threads for SECONDS_RUN seconds after a warm-up,
# each request a path drawn at random (bench/serve-paths.lua); then bench/ServeBench.java runs the three kinds mixed
# (16 clients, one request after the other). Also the server's CPU per request, from /proc. The index is made once
# and kept under $BENCH_DIR (shared with bench/search.sh).
#
#   bench/serve.sh                                  # 16 clients, 10 s warm-up, 30 s per kind, 60 s mixed
#   CLIENTS=16 WARMUP=10 SECONDS_RUN=30 PORT=18080 bench/serve.sh
#   KINDS=search MIXED_SECONDS=0 bench/serve.sh    # search pages only (wrk), no mixed run
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

corpus=${PARLEY_CORPUS:-../shared/corpus}
slice_mbox="$corpus/lkml/linux-xfs_2019-04-29_to_2021-04-25_first-25000.mbox.gz"
work=${BENCH_DIR:-/tmp/parley-bench}
port=${PORT:-18080}
[ -f "$slice_mbox" ] || { echo "bench/serve.sh: $slice_mbox not found (set PARLEY_CORPUS)" >&2; exit 1; }
mkdir -p "$work"
./parley --version >/dev/null   # builds the jar when needed
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"

if ! compgen -G "$work/slice/segments_*" >/dev/null; then
  echo "importing the slice into $work/slice ..." >&2
  ./parley import -q --index "$work/slice" "$slice_mbox" >&2
fi

# Message-IDs to ask for: the best 40 hits of each query of the mix and the 200 newest messages
ids="$work/serve-ids.txt"
{
  while IFS=$'\t' read -r _ query; do
    PARLEY_DAEMON=0 ./parley search --index "$work/slice" --json --limit 40 "$query"
  done < <(grep -v '^#' bench/queries.txt)
  PARLEY_DAEMON=0 ./parley search --index "$work/slice" --json --limit 200 --sort -date 'd:2000-01-01..'
} | grep -o '"message_id":"[^"]*"' | sed 's/"message_id":"//; s/"$//' | sort -u > "$ids"
echo "$(wc -l < "$ids") Message-IDs to ask for" >&2

./parley serve --index "$work/slice" --listen "127.0.0.1:$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for ((i = 0; i < 300; i++)); do
  grep -q "^Serving" "$work/serve.log" 2>/dev/null && break
  sleep 0.2
done
grep -q "^Serving" "$work/serve.log" || { echo "bench/serve.sh: the server did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $("$java" -version 2>&1 | head -1)"
clients=${CLIENTS:-16} warmup=${WARMUP:-10} seconds=${SECONDS_RUN:-30}
pid="$(pgrep -f -- "serve --index $work/slice --listen 127.0.0.1:$port" | head -1)"
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
# the paths, Message-IDs escaped as the server's own links escape them ('/' and '%' among others)
python3 - "$ids" "$work" <<'PY'
import sys, urllib.parse
ids = [l.rstrip("\n") for l in open(sys.argv[1]) if l.strip()]
esc = lambda m: urllib.parse.quote(m, safe="-._~!$&'()*+,;=:@")
open(sys.argv[2] + "/serve-message.txt", "w").write("".join("/all/%s/\n" % esc(m) for m in ids))
open(sys.argv[2] + "/serve-thread.txt", "w").write("".join("/all/%s/t/\n" % esc(m) for m in ids))
queries = [l.rstrip("\n").split("\t", 1)[1] for l in open("bench/queries.txt") if l.strip() and not l.startswith("#")]
open(sys.argv[2] + "/serve-search.txt", "w").write("".join("/all/?q=%s\n" % urllib.parse.quote_plus(q) for q in queries))
PY
if command -v wrk >/dev/null; then
  for kind in ${KINDS:-search thread message}; do
    wrk -t2 -c"$clients" -d"${warmup}s" -s bench/serve-paths.lua "http://127.0.0.1:$port" -- "$work/serve-$kind.txt" >/dev/null
    t0=$(ticks)
    out="$(wrk -t2 -c"$clients" -d"${seconds}s" --latency -s bench/serve-paths.lua "http://127.0.0.1:$port" -- "$work/serve-$kind.txt")"
    t1=$(ticks)
    n=$(awk '/requests in/ {print $1}' <<< "$out")
    p50=$(awk '$1 == "50%" {print $2}' <<< "$out") p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
    printf '%-8s %d clients: %7d requests, %6.1f/s, p50 %8s, p99 %8s, server CPU %.2f ms a request; %s\n' "$kind" "$clients" \
      "$n" "$(awk -v n="$n" -v s="$seconds" 'BEGIN {print n / s}')" "$p50" "$p99" \
      "$(awk -v a="$t0" -v b="$t1" -v hz="$hz" -v n="$n" 'BEGIN {print (b - a) * 1000 / hz / n}')" \
      "$(grep -h 'non-2xx' <<< "$out")"
  done
else
  echo "(wrk is not installed: apt-get install wrk; only the mixed run follows)"
fi
if [ "${MIXED_SECONDS:-60}" != 0 ]; then
  echo "mixed, bench/ServeBench.java:"
  "$java" bench/ServeBench.java "http://127.0.0.1:$port" "$ids" "$clients" "$warmup" "${MIXED_SECONDS:-60}"
fi
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
