#!/usr/bin/env bash
# What tone costs at import: bench/ToneBench.java scores the own text of every message of the 25,000-message slice of
# ../shared/corpus (or the mail given) with Parley's tone scorer and with the lexicon scorer it replaced, warm and in
# process, and prints microseconds per message and how each labels the slice.
#   bench/tone.sh [MAIL...]     # ROUNDS=3 timed rounds after one warm-up round
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mail=("$@")
if [ ${#mail[@]} -eq 0 ]; then
  slice="$(ls ../shared/corpus/lkml/*.mbox.gz 2>/dev/null | head -1)"
  [ -n "$slice" ] || { echo "bench/tone.sh: ../shared/corpus/lkml/*.mbox.gz not found" >&2; exit 1; }
  mail=("$slice")
fi
./parley --version >/dev/null   # builds the jar when needed
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $("$java" -version 2>&1 | head -1)"
"$java" -Xmx1g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "target/parley.jar:target/lib/*" bench/ToneBench.java "${mail[@]}" --rounds "${ROUNDS:-3}" 2>/dev/null
