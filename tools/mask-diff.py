#!/usr/bin/env python3
"""What does secret masking change? Runs postie twice on each case (default masking, then
`--reveal-secrets`), each time against a fresh echo server, and compares the two JSON reports.

Every difference where the masked report shows `********` is listed with the value it hid and
where it stood; differences without `********` come from the run itself (times, ids, `$guid`) and
are only counted. Judge the list: every hidden value must be a real secret.

    python3 tools/mask-diff.py --cases ../shared/corpus [--only a,b] [--postie target/release/postie]

Case preparation and the echo server come from the differential tester, pmdiff.py (`--pmdiff`).
"""

import argparse
import difflib
import importlib.util
import json
import os
import re
import sys
import tempfile
from collections import defaultdict

MASK = "********"


def load_pmdiff(path):
    spec = importlib.util.spec_from_file_location("pmdiff", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def hidden_values(masked, revealed):
    """The texts of `revealed` that stand where `masked` has `********`."""
    pieces = masked.split(MASK)
    pattern = "(.*?)".join(re.escape(p) for p in pieces)
    match = re.fullmatch(pattern, revealed, re.DOTALL)
    if match:
        return list(match.groups())
    # Differs elsewhere too (a uuid in an echoed header): the changed spans that hold the mask,
    # found on word tokens (a character diff of a large body takes too long).
    tokens = lambda text: re.findall(r"\*{8}|\w+|\W", text)
    masked_tokens, revealed_tokens = tokens(masked), tokens(revealed)
    matcher = difflib.SequenceMatcher(None, masked_tokens, revealed_tokens, autojunk=False)
    return [
        "".join(revealed_tokens[j1:j2])
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal" and MASK in masked_tokens[i1:i2]
    ]


def general_path(path):
    return re.sub(r"\[\d+\]", "[]", path)


def as_text(value):
    """A Node Buffer (`{type: "Buffer", data: [bytes]}`, a response body) as text."""
    if isinstance(value, dict) and value.get("type") == "Buffer" and isinstance(value.get("data"), list):
        return bytes(value["data"]).decode("utf-8", "replace")
    return value


def without_port(value, port):
    """`value` with the echo server's port (different in each run) replaced by `PORT`."""
    value = as_text(value)
    if isinstance(value, dict):
        return {k: without_port(v, port) for k, v in value.items()}
    if isinstance(value, list):
        return [without_port(v, port) for v in value]
    if isinstance(value, str):
        return value.replace(str(port), "PORT")
    return value


def compare(masked, revealed, path, found, noise):
    if isinstance(masked, dict) and isinstance(revealed, dict):
        if list(masked) != list(revealed):
            for key_m, key_r in zip(masked, revealed):
                if key_m != key_r:
                    compare(key_m, key_r, path + ".<key>", found, noise)
        for key_m, key_r in zip(masked, revealed):
            compare(masked[key_m], revealed[key_r], f"{path}.{key_r}", found, noise)
    elif isinstance(masked, list) and isinstance(revealed, list):
        for i, (m, r) in enumerate(zip(masked, revealed)):
            compare(m, r, f"{path}[{i}]", found, noise)
        if len(masked) != len(revealed):
            noise.append((path, "lengths differ"))
    elif masked != revealed:
        if isinstance(masked, str) and isinstance(revealed, str) and MASK in masked:
            for value in hidden_values(masked, revealed):
                if value != MASK:
                    found.append((path, value))
        else:
            noise.append((path, f"{str(masked)[:60]!r} vs {str(revealed)[:60]!r}"))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", default=os.path.join(repo, "..", "shared", "corpus"))
    ap.add_argument("--only", help="comma-separated case names")
    ap.add_argument("--postie", default=os.path.join(repo, "target", "release", "postie"))
    ap.add_argument("--pmdiff", default=os.path.join(repo, "..", "shared", "tools", "pmdiff.py"))
    ap.add_argument("--echo-server", default="/tmp/pmdiff/target/release/echo-server")
    ap.add_argument("--keep", help="keep run folders here")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--show-noise", action="store_true")
    args = ap.parse_args()

    pmdiff = load_pmdiff(args.pmdiff)
    postie = os.path.abspath(args.postie)
    reveal = ["sh", "-c", 'exec "$0" "$@" --reveal-secrets', postie]
    cases = sorted(
        d for d in os.listdir(args.cases) if os.path.isfile(os.path.join(args.cases, d, "collection.json"))
    )
    if args.only:
        wanted = set(args.only.split(","))
        cases = [c for c in cases if c in wanted]
    work = args.keep or tempfile.mkdtemp(prefix="mask-diff-")
    by_value = defaultdict(lambda: defaultdict(set))
    unexplained = 0
    for case in cases:
        case_dir = os.path.join(args.cases, case)
        runs = {}
        for name, cmd in (("masked", [postie]), ("revealed", reveal)):
            runs[name] = pmdiff.run_one(cmd, case_dir, os.path.join(work, case, name), args.echo_server, args.timeout)
        masked, revealed = runs["masked"].report, runs["revealed"].report
        if masked is None or revealed is None:
            print(f"{case}: no report ({runs['masked'].exit} / {runs['revealed'].exit})")
            continue
        masked = without_port(masked, runs["masked"].port)
        revealed = without_port(revealed, runs["revealed"].port)
        found, noise = [], []
        compare(masked, revealed, "", found, noise)
        unexplained += len(noise)
        for path, value in found:
            by_value[value][case].add(general_path(path))
        print(f"{case}: {len(found)} masked, {len(noise)} other differences")
        if args.show_noise:
            for path, what in noise[:10]:
                print(f"    {path}: {what}")
    print(f"\n{len(by_value)} distinct masked values:")
    for value, where in sorted(by_value.items(), key=lambda kv: kv[0]):
        shown = value if len(value) <= 60 else value[:57] + "..."
        print(f"  {shown!r}")
        for case, paths in sorted(where.items()):
            listed = sorted(paths)
            more = f" (+{len(listed) - 3} more)" if len(listed) > 3 else ""
            print(f"      {case}: {', '.join(listed[:3])}{more}")
    print(f"\nother differences (run-to-run): {unexplained}")


if __name__ == "__main__":
    sys.exit(main())
