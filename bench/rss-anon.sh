# Sourced by the benchmarks: peak_rss_anon PID waits for PID to end, sampling every half second the process's own
# memory (RssAnon) of its children (the JVM under /usr/bin/time or the launcher), and prints the peak in KB. Peak RSS
# also counts the index files Lucene maps, which the kernel drops at will; RssAnon does not.
peak_rss_anon() {
  local pid="$1" anon=0 kb child
  while kill -0 "$pid" 2>/dev/null; do
    for child in $(pgrep -P "$pid"); do
      kb=$(awk '/^RssAnon:/ {print $2}' "/proc/$child/status" 2>/dev/null || true)
      [ -n "$kb" ] && [ "$kb" -gt "$anon" ] && anon=$kb
    done
    sleep 0.5
  done
  echo "$anon"
}
