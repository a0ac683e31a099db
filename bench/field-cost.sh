#!/usr/bin/env bash
# What each field of the index costs on the 25,000-message slice of ../shared/corpus: bench/FieldCost.java indexes
# the parsed slice again and again with the importer's own document builder, whole and without each text field, its
# positions or its norms, the stems or the raw bytes, and prints CPU-seconds and index MB against the whole.
#   bench/field-cost.sh [ROUNDS] [VARIANT...]      (ROUNDS default 3; variants as FieldCost.java lists them)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
slice="$(ls ../shared/corpus/lkml/*.mbox.gz 2>/dev/null | head -1)"
[ -n "$slice" ] || { echo "bench/field-cost.sh: ../shared/corpus/lkml/*.mbox.gz not found" >&2; exit 1; }
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./parley --version > /dev/null   # builds the jar when needed
work="$(mktemp -d /tmp/parley-fieldcost.XXXXXX)"; trap 'rm -rf "$work"' EXIT
cp=target/parley.jar:target/lib/*
# compiled into the importer's package (a source-launched class could not reach its package-private classes)
"$JAVA_HOME/bin/javac" -d "$work/classes" -cp "$cp" bench/FieldCost.java
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
"$JAVA_HOME/bin/java" -Xmx6g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "$work/classes:$cp" dev.parley.lucene.FieldCost "$slice" "$@" 2>/dev/null
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
