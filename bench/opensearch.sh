#!/usr/bin/env bash
# The embedded index and an OpenSearch cluster side by side, on the same mail and the same machine: import speed
# (messages per second, the whole `parley import` including parsing and threading) and warm search latency (p50/p99
# of the bench/queries.txt mix, in one process: bench/SearchBench.java). The cluster is the tests' node
# (target/opensearch-node: OpenSearch 3.8.0, one node, 512 MB heap), started here and stopped at the end.
#
#   bench/opensearch.sh                  # the 25,000-message slice of ../shared/corpus
#   MAIL=samples/ bench/opensearch.sh    # any mail; quick
#   SHARDS=2 ROUNDS=50                   # primary shards of the cluster index, in-process rounds of the query mix
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

corpus=${PARLEY_CORPUS:-../shared/corpus}
mail=${MAIL:-$corpus/lkml/linux-xfs_2019-04-29_to_2021-04-25_first-25000.mbox.gz}
work=${BENCH_DIR:-/tmp/parley-bench}/opensearch
rounds=${ROUNDS:-50}
shards=${SHARDS:-1}
[ -e "$mail" ] || { echo "bench/opensearch.sh: $mail not found (set MAIL or PARLEY_CORPUS)" >&2; exit 1; }
mkdir -p "$work"

./parley --version >/dev/null                    # builds the jar when needed
mvn -q -B test-compile >&2                       # unpacks the node and compiles its launcher (test code)
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/test.cp" >&2
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
cp="target/parley.jar:target/lib/*"
jvm=(-Xmx2g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED)

echo "starting the OpenSearch node ..." >&2
coproc NODE { "$java" -cp "target/test-classes:target/classes:$(cat "$work/test.cp")" dev.parley.testing.OpenSearchNode; }
node_pid=$NODE_PID
stop_node() { exec {NODE[1]}>&- 2>/dev/null || true; wait "$node_pid" 2>/dev/null || true; }
trap stop_node EXIT
read -r url <&"${NODE[0]}" || { echo "bench/opensearch.sh: the node did not start" >&2; exit 1; }
echo "node at $url" >&2

# the cluster archive's settings: one node, so no replicas
pointer="$work/cluster"
rm -rf "$pointer" && mkdir -p "$pointer"
printf 'backend=opensearch\nurl=%s\nname=bench\nshards=%s\nreplicas=0\n' "$url" "$shards" > "$pointer/backend.properties"

rate() { # reads an import's --json summary; prints "N messages in S s: R msg/s"
  tr ',{}' '\n\n\n' | awk -F: '/"imported"/ {n=$2} /"seconds"/ {s=$2} END {printf "%d messages in %.1f s: %.0f msg/s", n, s, n / s}'
}

echo
echo "== import of $mail"
rm -rf "$work/local"
printf '%-22s %s\n' "embedded" "$(./parley import -q --json --index "$work/local" "$mail" | rate)"
printf '%-22s %s\n' "opensearch ($shards shard)" "$(./parley import -q --json --index "$pointer" "$mail" | rate)"
echo "   sizes: embedded $(du -sh "$work/local" | cut -f1), cluster $(./parley stats --json --index "$pointer" | tr ',' '\n' | awk -F: '/index_bytes/ {printf "%.0fM", $2 / 1048576}')"

echo
echo "== warm search, in process: $rounds rounds of the mix (parse, search, exact total, 20 hits with snippets)"
echo "-- embedded"
"$java" "${jvm[@]}" -cp "$cp" bench/SearchBench.java "$work/local" "$rounds" bench/queries.txt 2>/dev/null
echo "-- opensearch"
"$java" "${jvm[@]}" -Dalias=bench -cp "$cp" bench/SearchBench.java "$url" "$rounds" bench/queries.txt 2>/dev/null
