#!/usr/bin/env bash
# What reading a thread as a debate costs: warm and in process for every thread in ../shared/corpus/lkml/threads
# (bench/DebateBench.java: DebateAnalyzer per thread; the tone scorer per message is bench/tone.sh's),
# then as whole `./parley debate --json` processes (launcher, JVM start-up and printing included). The index is
# made once under $BENCH_DIR.
#
#   bench/debate.sh            # ROUNDS=5 in-process rounds per thread
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

corpus=${PARLEY_CORPUS:-../shared/corpus}
threads="$corpus/lkml/threads"
work=${BENCH_DIR:-/tmp/parley-bench}
rounds=${ROUNDS:-5}
[ -d "$threads" ] || { echo "bench/debate.sh: $threads not found (set PARLEY_CORPUS)" >&2; exit 1; }
mkdir -p "$work"

./parley --version >/dev/null   # builds the jar when needed
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
if ! compgen -G "$work/threads/segments_*" >/dev/null; then
  ./parley import -q --index "$work/threads" "$threads" >&2
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $("$java" -version 2>&1 | head -1)"
echo "-- warm, in process ($rounds rounds per thread)"
"$java" -Xmx1g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "target/parley.jar:target/lib/*" bench/DebateBench.java "$work/threads" "$rounds" 2>/dev/null
echo "-- whole processes: ./parley debate --json ROOT > /dev/null"
printf '%-60s %8s\n' file "wall ms"
for f in "$threads"/*.mbox; do
  root=$(grep -m1 -i '^message-id:' "$f" | sed 's/^[^:]*:[[:space:]]*//')
  start=$(date +%s%N)
  ./parley debate --json --index "$work/threads" "$root" > /dev/null
  printf '%-60s %8d\n' "$(basename "$f")" $(( ($(date +%s%N) - start) / 1000000 ))
done
