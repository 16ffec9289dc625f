#!/usr/bin/env bash
# bench/parallel.sh — throughput of `--parallel N --parallel-by iteration`, next to the echo
# server's own capacity measured by a load tool.
#
# Usage: bench/parallel.sh [--runs N] [--levels "1 4 16 64"] [--plain-rows N] [--no-build]
#   Builds postie in release (unless --no-build or POSTIE names a binary), starts the shared echo
#   server (PMDIFF_HOME/target/release/echo-server, default /tmp/pmdiff), writes a CSV of 200 rows
#   and two collections of 10 GET requests each, and runs for each level N:
#     delay: 200 iterations x 10 requests to /delay/20, each request with a test script
#            (pm.test on the status), --parallel N --parallel-by iteration --silent
#     plain: the same to /get, no delay and no scripts, over --plain-rows iterations (default
#            2000: 20,000 requests, so that start-up and the last connections weigh little)
#   Each figure is the median wall time of --runs runs (default 3); throughput = requests / time.
#   The echo server's capacity is measured with wrk (apt-get install wrk) on /get for 5 s with 64
#   connections and 2 threads, and with 1 connection; without wrk it is left out.
#   Prints a Markdown table with the machine's load average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=3 LEVELS="1 4 16 64" BUILD=1 PLAIN_ROWS=2000
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --levels) LEVELS="$2"; shift 2 ;;
    --plain-rows) PLAIN_ROWS="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "bench: unknown argument $1" >&2; exit 2 ;;
  esac
done
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
PMDIFF_HOME="${PMDIFF_HOME:-/tmp/pmdiff}"
ECHO="$PMDIFF_HOME/target/release/echo-server"
POSTIE="${POSTIE:-}"
if [ -z "$POSTIE" ]; then
  [ "$BUILD" = 1 ] && cargo build --release --bin postie >&2
  POSTIE="$CARGO_TARGET_DIR/release/postie"
fi
[ -x "$ECHO" ] || { echo "bench: $ECHO is missing (run ../shared/tools/setup.sh)" >&2; exit 1; }

WORK=$(mktemp -d)
"$ECHO" --port 0 > "$WORK/port" 2>/dev/null &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do [ -s "$WORK/port" ] && break; sleep 0.1; done
PORT=$(head -n1 "$WORK/port")
BASE="http://127.0.0.1:$PORT"

python3 - "$WORK" "$BASE" "$PLAIN_ROWS" <<'EOF'
import json, sys
work, base, plain_rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
for name, rows in [("delay", 200), ("plain", plain_rows)]:
    with open(f"{work}/{name}.csv", "w") as f:
        f.write("row\n" + "".join(f"{i}\n" for i in range(rows)))
test = {"listen": "test", "script": {"exec": ["pm.test('200', () => pm.response.to.have.status(200));"]}}
for name, path, events in [("delay", "delay/20", [test]), ("plain", "get", [])]:
    items = [{"name": f"r{i}", "request": f"{base}/{path}?row={{{{row}}}}&i={i}", "event": events}
             for i in range(10)]
    collection = {"info": {"name": name,
                           "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                  "item": items}
    with open(f"{work}/{name}.json", "w") as f:
        json.dump(collection, f)
EOF

# median wall time (seconds) of RUNS runs of postie on workload $1 at level $2
measure() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s.%N)
    "$POSTIE" run "$WORK/$1.json" -d "$WORK/$1.csv" --silent \
      --parallel "$2" --parallel-by iteration > /dev/null || { echo "bench: run failed" >&2; exit 1; }
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A WALL
for workload in delay plain; do
  for level in $LEVELS; do
    WALL[$workload,$level]=$(measure "$workload" "$level")
  done
done
CAPACITY="" CAPACITY1=""
if command -v wrk > /dev/null; then
  CAPACITY=$(wrk -t2 -c64 -d5s "$BASE/get?row=1&i=1" | awk '/Requests\/sec/ {print $2}')
  CAPACITY1=$(wrk -t1 -c1 -d5s "$BASE/get?row=1&i=1" | awk '/Requests\/sec/ {print $2}')
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

first=${LEVELS%% *}
echo "load average before: $LOAD_BEFORE; after: $LOAD_AFTER; $(nproc) CPUs; median of $RUNS runs"
echo
echo "| --parallel | delay 20 ms + test script: time | requests/s | × level $first | no delay, no scripts: time | requests/s | of echo capacity |"
echo "|---|---|---|---|---|---|---|"
for level in $LEVELS; do
  d=${WALL[delay,$level]} p=${WALL[plain,$level]}
  drate=$(echo "2000 / $d" | bc -l) prate=$(echo "$PLAIN_ROWS * 10 / $p" | bc -l)
  speedup=$(echo "${WALL[delay,$first]} / $d" | bc -l)
  share="n/a"
  [ -n "$CAPACITY" ] && share=$(printf '%.0f %%' "$(echo "100 * $prate / $CAPACITY" | bc -l)")
  printf '| %s | %.2f s | %.0f | %.1f× | %.3f s | %.0f | %s |\n' \
    "$level" "$d" "$drate" "$speedup" "$p" "$prate" "$share"
done
echo
if [ -n "$CAPACITY" ]; then
  echo "echo server capacity (wrk 4.1, /get, 5 s): $CAPACITY requests/s with 64 connections, $CAPACITY1 with 1"
else
  echo "echo server capacity: not measured (wrk is not installed)"
fi
