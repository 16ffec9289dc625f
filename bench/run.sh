#!/usr/bin/env bash
# bench/run.sh — how fast and how lean postie is, next to Newman 6.2.2 and a no-scripting floor.
#
# Usage: bench/run.sh [--runs N] [--only 1,3] [--no-build]
#   Builds postie in release (CARGO_TARGET_DIR, default ./target), regenerates bench/workloads/,
#   starts a local HTTP server (the shared echo-server at /tmp/pmdiff/target/release/echo-server when built,
#   else this repo's test server via `cargo test --test conformance -- --ignored serve_forever`), and runs:
#     1. one GET
#     2. 500 distinct items, each with its own pre-request and test script (3 pm.test with pm.expect,
#        pm.response.json(), pm.environment.set)
#     3. 10 such items repeated over 50 iterations (-n 50)
#     4. 20 iterations x 10 requests from a CSV data file
#     5. 20 responses of 2 MiB JSON, pm.response.json().items.length in a test   (-n 20)
#     6. 10,000 requests, for peak memory                     (10 requests x -n 1000; Newman runs it fewer times)
#   each as users run it: the default cli reporter writing to a file; `-r cli,json,junit` (reports to
#   files); and, for postie, `--silent`. Newman (NEWMAN, default /tmp/pmdiff/node_modules/.bin/newman)
#   runs the same commands when installed, alternating run by run. For each: median wall time over N runs
#   (default 5), median CPU time (user+sys) and peak RSS, the ratios, and a floor: the same requests
#   replayed over one keep-alive connection by the shared `replay` tool (only with the shared echo-server,
#   which logs requests). Measurements come from the shared `runstat` (wall clock, rusage user/sys/maxrss
#   of the child) or, without it, /usr/bin/time.
#   Prints the summary table and every measurement (Markdown) on stdout, then (unless --only or
#   --no-build) the script costs in a warm runtime (src/script/tests/costs.rs) and the first-require
#   costs (src/script/modules/tests/load_costs.rs).
# Environment: POSTIE (a postie binary: skips the build), NEWMAN, PMDIFF_HOME (default /tmp/pmdiff).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=5 ONLY="" BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n '2,28p' "$0"; exit 0 ;;
    *) echo "bench: unknown argument $1" >&2; exit 2 ;;
  esac
done
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
PMDIFF_HOME="${PMDIFF_HOME:-/tmp/pmdiff}"
NEWMAN="${NEWMAN:-$PMDIFF_HOME/node_modules/.bin/newman}"
POSTIE="${POSTIE:-}"
if [ -z "$POSTIE" ]; then
  [ "$BUILD" = 1 ] && cargo build --release --bin postie >&2
  POSTIE="$CARGO_TARGET_DIR/release/postie"
fi
python3 bench/gen_workloads.py
args=(--postie "$POSTIE" --runs "$RUNS")
[ -n "$ONLY" ] && args+=(--only "$ONLY")
[ -x "$NEWMAN" ] && args+=(--newman "$NEWMAN")
for tool in runstat replay; do
  [ -x "$PMDIFF_HOME/target/release/$tool" ] && args+=("--$tool" "$PMDIFF_HOME/target/release/$tool")
done
if [ -x "$PMDIFF_HOME/target/release/echo-server" ]; then
  args+=(--echo-server "$PMDIFF_HOME/target/release/echo-server")
else
  cargo test --test conformance --no-run >&2
  TEST_BIN=$(cargo test --test conformance --no-run --message-format=json 2>/dev/null \
    | python3 -c 'import sys,json
for l in sys.stdin:
    m=json.loads(l)
    if m.get("reason")=="compiler-artifact" and m.get("executable") and m["target"]["name"]=="conformance": print(m["executable"])' | tail -1)
  args+=(--own-server "$TEST_BIN --ignored --exact serve_forever --nocapture")
fi
python3 bench/bench.py "${args[@]}"
if [ "$BUILD" = 1 ] && [ -z "$ONLY" ]; then
  # Inside the sandbox, warm runtime: microseconds per script, milliseconds per first require.
  echo
  echo '```'
  cargo test --release --lib script_costs -- --ignored --nocapture 2>/dev/null | grep -E 'µs|bytes|same text'
  cargo test --release --lib load_costs -- --ignored --nocapture --test-threads 1 2>/dev/null \
    | grep -vE '^(running|test |$)|test result'
  echo '```'
fi
