#!/usr/bin/env bash
# Latency of `parley serve` under load: 16 clients at once against 127.0.0.1, each asking in turn for a search page,
# a thread page and a message page (bench/ServeBench.java), on the 25,000-message slice of ../shared/corpus; p50/p99
# per page kind. The index is made once and kept under $BENCH_DIR (shared with bench/search.sh).
#
#   bench/serve.sh                          # 16 clients, 20 s warm-up, 60 s measured
#   CLIENTS=16 WARMUP=20 SECONDS_RUN=60 PORT=18080 bench/serve.sh
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
for ((i = 0; i < 100; i++)); do
  grep -q "^Serving" "$work/serve.log" 2>/dev/null && break
  sleep 0.2
done

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $("$java" -version 2>&1 | head -1)"
"$java" bench/ServeBench.java "http://127.0.0.1:$port" "$ids" "${CLIENTS:-16}" "${WARMUP:-20}" "${SECONDS_RUN:-60}"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
