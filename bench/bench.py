#!/usr/bin/env python3
"""Benchmark driver used by bench/run.sh (see there). Prints a Markdown table."""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WL = os.path.join(HERE, "workloads")

# name, collection, extra args, runs multiplier (heavy workloads run fewer times)
WORKLOADS = [
    ("startup: 1 GET", "startup.json", [], 1.0),
    ("500 req, pre+test scripts", "scripts.json", ["-n", "50"], 1.0),
    ("CSV 20 it x 10 req", "csv.json", ["-d", os.path.join(WL, "data.csv")], 1.0),
    ("20 x 2 MiB JSON parsed", "big.json", ["-n", "20"], 1.0),
    ("10,000 requests", "many.json", ["-n", "1000"], 0.4),
]


class Server:
    """The shared echo-server (with a request log, for the floor) or the test server of this repo."""

    def __init__(self, echo_bin, own_cmd, log):
        self.log = log
        if echo_bin:
            self.proc = subprocess.Popen([echo_bin, "--port", "0", "--log", log], stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
            line = self.proc.stdout.readline().decode().strip()
        else:
            self.log = None
            self.proc = subprocess.Popen(own_cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                         stdin=subprocess.DEVNULL)
            line = ""
            for raw in self.proc.stdout:
                text = raw.decode().strip()
                if text.startswith("PORT="):
                    line = text[5:]
                    break
        if not line.isdigit():
            self.stop()
            sys.exit(f"bench: the server did not report a port (got {line!r})")
        self.port = int(line)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def measure(runstat, cmd, cwd):
    """(wall_s, cpu_s, maxrss_kib, exit) of one run."""
    if runstat:
        out = subprocess.run([runstat, "--timeout", "600", "--cwd", cwd, "--"] + cmd, capture_output=True, text=True)
        try:
            r = json.loads(out.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            sys.exit(f"bench: runstat failed: {out.stderr}")
        return r["wall_s"], r["user_s"] + r["sys_s"], r["maxrss_kib"], r["exit"]
    # fallback: GNU time
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        import time
        t0 = time.monotonic()
        p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", tf.name] + cmd, cwd=cwd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.monotonic() - t0
        u, s, m = tf.read().split()[-3:]
        return wall, float(u) + float(s), int(m), p.returncode


def fmt_row(cells):
    return "| " + " | ".join(cells) + " |"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--postie", required=True)
    ap.add_argument("--newman")
    ap.add_argument("--echo-server")
    ap.add_argument("--own-server", help="command that starts this repo's test server (prints PORT=)")
    ap.add_argument("--runstat")
    ap.add_argument("--replay")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", help="comma-separated workload numbers (1-based)")
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="postie-bench-")
    rows = []
    try:
        chosen = [w for i, w in enumerate(WORKLOADS, 1)
                  if not args.only or str(i) in args.only.split(",")]
        for name, coll, extra, mult in chosen:
            runs = max(1, round(args.runs * mult))
            log = os.path.join(tmp, coll + ".log")
            srv = Server(args.echo_server, (args.own_server or "").split(), log)
            base = ["run", os.path.join(WL, coll), "--env-var", f"baseUrl=http://127.0.0.1:{srv.port}", "--silent"] + extra
            runners = [("postie", [args.postie] + base)]
            if args.newman:
                runners.append(("newman", [args.newman] + base))
            results = {r: [] for r, _ in runners}
            try:
                for i in range(runs):
                    order = runners if i % 2 == 0 else list(reversed(runners))
                    for rname, cmd in order:
                        if i == 0 and rname == runners[0][0] and srv.log:
                            open(srv.log, "w").close()  # the floor replays exactly one run's requests
                        results[rname].append(measure(args.runstat, cmd, tmp))
                        if i == 0 and rname == runners[0][0] and srv.log:
                            shutil.copy(srv.log, srv.log + ".one")
                floor = None
                if args.replay and srv.log and os.path.exists(srv.log + ".one"):
                    floor = [measure(args.runstat, [args.replay, "--port", str(srv.port), "--log", srv.log + ".one"], tmp)
                             for _ in range(runs)]
            finally:
                srv.stop()
            med = {r: (statistics.median(x[0] for x in v), statistics.median(x[1] for x in v),
                       max(x[2] for x in v) / 1024, sorted({x[3] for x in v})) for r, v in results.items()}
            for rname, (wall, cpu, rss, exits) in med.items():
                ratio = ""
                if rname == "postie" and "newman" in med:
                    ratio = f"{med['newman'][0] / wall:.2f}" if wall > 0 else ""
                rows.append([name, rname, f"{wall:.3f}", f"{cpu:.3f}", f"{rss:.1f}", ",".join(map(str, exits)), str(runs), ratio])
            if floor:
                rows.append([name, "floor (replay)", f"{statistics.median(x[0] for x in floor):.3f}",
                             f"{statistics.median(x[1] for x in floor):.3f}", f"{max(x[2] for x in floor) / 1024:.1f}",
                             ",".join(sorted({str(x[3]) for x in floor})), str(runs), ""])
            print(f"bench: {name} done", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(fmt_row(["workload", "runner", "median wall s", "median CPU s", "peak RSS MiB", "exit", "runs", "newman wall / postie wall"]))
    print(fmt_row(["---"] * 8))
    for r in rows:
        print(fmt_row(r))


if __name__ == "__main__":
    main()
