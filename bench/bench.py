#!/usr/bin/env python3
"""Benchmark driver used by bench/run.sh (see there). Prints two Markdown tables: the summary
(medians side by side with Newman, per reporter setup) and every measurement."""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WL = os.path.join(HERE, "workloads")

# name, collection, extra args, runs multiplier for Newman (its heavy workloads run fewer times;
# postie runs each workload --runs times)
WORKLOADS = [
    ("one GET", "startup.json", [], 1.0),
    ("500 distinct scripted items", "distinct.json", [], 1.0),
    ("10 scripted items x 50 iterations", "scripts.json", ["-n", "50"], 1.0),
    ("CSV: 20 iterations x 10 requests", "csv.json", ["-d", os.path.join(WL, "data.csv")], 1.0),
    ("20 x 2 MiB JSON, items.length in a test", "big.json", ["-n", "20"], 1.0),
    ("10,000 requests", "many.json", ["-n", "1000"], 0.4),
]

# name, arguments (OUT is replaced by a file in the scratch folder), who runs it
SETUPS = [
    ("cli", [], ("postie", "newman")),
    ("cli,json,junit", ["-r", "cli,json,junit", "--reporter-json-export", "OUT.json",
                        "--reporter-junit-export", "OUT.xml"], ("postie", "newman")),
    ("--silent", ["--silent"], ("postie",)),
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


def measure(runstat, cmd, cwd, stdout):
    """(wall_s, cpu_s, maxrss_kib, exit) of one run; its standard output goes to the file `stdout`."""
    if runstat:
        out = subprocess.run([runstat, "--timeout", "900", "--cwd", cwd, "--stdout", stdout, "--"] + cmd,
                             capture_output=True, text=True)
        try:
            r = json.loads(out.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            sys.exit(f"bench: runstat failed: {out.stderr}")
        return r["wall_s"], r["user_s"] + r["sys_s"], r["maxrss_kib"], r["exit"]
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf, open(stdout, "w") as so:
        t0 = time.monotonic()
        p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", tf.name] + cmd, cwd=cwd,
                           stdout=so, stderr=subprocess.DEVNULL)
        wall = time.monotonic() - t0
        u, s, m = tf.read().split()[-3:]
        return wall, float(u) + float(s), int(m), p.returncode


def fmt_row(cells):
    return "| " + " | ".join(cells) + " |"


def median_of(runs):
    """(wall, cpu, peak rss MiB, exits) over runs: medians, and the largest RSS."""
    return (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
            max(r[2] for r in runs) / 1024, sorted({r[3] for r in runs}))


def secs(wall):
    return f"{wall:.3f} s" if wall < 10 else f"{wall:.1f} s"


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
    raw, summary = [], []
    try:
        chosen = [w for i, w in enumerate(WORKLOADS, 1)
                  if not args.only or str(i) in args.only.split(",")]
        for name, coll, extra, mult in chosen:
            runs = args.runs
            newman_runs = max(1, round(args.runs * mult))
            log = os.path.join(tmp, coll + ".log")
            srv = Server(args.echo_server, (args.own_server or "").split(), log)
            base = ["run", os.path.join(WL, coll), "--env-var", f"baseUrl=http://127.0.0.1:{srv.port}"] + extra
            jobs = []  # (runner, setup, command)
            for setup, setup_args, who in SETUPS:
                for runner, binary in (("postie", args.postie), ("newman", args.newman)):
                    if binary and runner in who:
                        out = os.path.join(tmp, f"{runner}-report")
                        jobs.append((runner, setup, [binary] + base + [a.replace("OUT", out) for a in setup_args]))
            results = {(r, s): [] for r, s, _ in jobs}
            floor = None
            try:
                for i in range(runs):
                    for runner, setup, cmd in (jobs if i % 2 == 0 else list(reversed(jobs))):
                        if runner == "newman" and i >= newman_runs:
                            continue
                        one = i == 0 and runner == "postie" and setup == "--silent" and srv.log
                        if one:
                            open(srv.log, "w").close()  # the floor replays exactly one run's requests
                        results[(runner, setup)].append(measure(args.runstat, cmd, tmp, os.path.join(tmp, "stdout")))
                        if one:
                            shutil.copy(srv.log, srv.log + ".one")
                if args.replay and srv.log and os.path.exists(srv.log + ".one"):
                    floor = [measure(args.runstat, [args.replay, "--port", str(srv.port), "--log", srv.log + ".one"],
                                     tmp, os.path.join(tmp, "stdout")) for _ in range(runs)]
            finally:
                srv.stop()
            med = {k: median_of(v) for k, v in results.items()}
            for (runner, setup), (wall, cpu, rss, exits) in med.items():
                raw.append([name, runner, setup, f"{wall:.3f}", f"{cpu:.3f}", f"{rss:.1f}",
                            ",".join(map(str, exits)), str(len(results[(runner, setup)]))])
            if floor:
                wall, cpu, rss, exits = median_of(floor)
                raw.append([name, "floor (replay)", "", f"{wall:.3f}", f"{cpu:.3f}", f"{rss:.1f}",
                            ",".join(map(str, exits)), str(runs)])
            row = [name]
            for setup in ("cli", "cli,json,junit"):
                p, n = med.get(("postie", setup)), med.get(("newman", setup))
                row.append(f"{secs(n[0])}, {n[2]:.0f} MiB" + ("" if n[3] == [0] else f" (exit {n[3]})") if n else "")
                row.append(f"{secs(p[0])}, {p[2]:.1f} MiB" if p else "")
                row.append(f"{n[0] / p[0]:.0f}×" if p and n and n[3] == [0] and p[0] > 0 else "")
            silent = med.get(("postie", "--silent"))
            cli = med.get(("postie", "cli"))
            row.append(f"{secs(silent[0])}, {silent[2]:.1f} MiB" if silent else "")
            row.append(f"{cli[0] / silent[0]:.2f}" if silent and cli and silent[0] > 0 else "")
            summary.append(row)
            print(f"bench: {name} done", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(fmt_row(["workload", "Newman cli", "postie cli", "Newman / postie",
                   "Newman cli,json,junit", "postie cli,json,junit", "Newman / postie",
                   "postie --silent", "postie cli / --silent"]))
    print(fmt_row(["---"] * 9))
    for r in summary:
        print(fmt_row(r))
    print()
    print(fmt_row(["workload", "runner", "reporters", "median wall s", "median CPU s", "peak RSS MiB", "exit", "runs"]))
    print(fmt_row(["---"] * 8))
    for r in raw:
        print(fmt_row(r))


if __name__ == "__main__":
    main()
