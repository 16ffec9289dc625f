#!/usr/bin/env python3
"""Writes the conformance case folders (tests/conformance/<case>/) from the compact specs in cases_*.py.

    python3 tests/conformance/gen/make.py            # (re)write every case's input files
    python3 tests/conformance/gen/make.py NAME...    # only these cases

expected.json is never touched: record it with Newman afterwards
(`cargo test --test conformance -- --ignored record_expectations --nocapture`).
Cases can also be written or edited by hand; this script is only a convenience.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
CASES = {}


def ev(listen, code):
    lines = code.strip("\n").split("\n") if isinstance(code, str) else code
    return {"listen": listen, "script": {"type": "text/javascript", "exec": lines}}


def events(pre=None, test=None):
    out = []
    if pre is not None:
        out.append(ev("prerequest", pre))
    if test is not None:
        out.append(ev("test", test))
    return out


def R(name, method="GET", path="/get", *, url=None, headers=None, body=None, auth=None, pre=None, test=None,
      ppb=None, desc=None):
    """A request item. `headers` is a list of (key, value) or dicts; `url` overrides `{{baseUrl}}` + path."""
    req = {"method": method, "header": [h if isinstance(h, dict) else {"key": h[0], "value": h[1]}
                                        for h in (headers or [])]}
    if body is not None:
        req["body"] = body
    if auth is not None:
        req["auth"] = auth
    req["url"] = url if url is not None else "{{baseUrl}}" + path
    item = {"name": name, "request": req}
    evs = events(pre, test)
    if evs:
        item["event"] = evs
    if ppb:
        item["protocolProfileBehavior"] = ppb
    return item


def F(name, items, *, auth=None, pre=None, test=None):
    f = {"name": name, "item": items}
    if auth is not None:
        f["auth"] = auth
    evs = events(pre, test)
    if evs:
        f["event"] = evs
    return f


def C(name, items, *, variable=None, auth=None, pre=None, test=None):
    c = {"info": {"name": name, "schema": SCHEMA}, "item": items}
    evs = events(pre, test)
    if evs:
        c["event"] = evs
    if variable:
        c["variable"] = [{"key": k, "value": v} for k, v in variable.items()]
    if auth is not None:
        c["auth"] = auth
    return c


def scope(name, values):
    vals = []
    for k, v in values.items():
        if isinstance(v, dict) and "value" in v:
            vals.append({"key": k, "type": "default", "enabled": True, **v})
        else:
            vals.append({"key": k, "value": v, "type": "default", "enabled": True})
    return {"id": f"{name}-id", "name": name, "values": vals}


def raw(text, lang=None):
    b = {"mode": "raw", "raw": text}
    if lang:
        b["options"] = {"raw": {"language": lang}}
    return b


def auth(kind, **kv):
    if kind in ("noauth", "inherit"):
        return {"type": kind}
    return {"type": kind, kind: [{"key": k, "value": v, "type": "string"} for k, v in kv.items()]}


def case(name, collection, *, env=None, globals=None, csv=None, data=None, flags=None, files=None, notes=None):
    CASES[name] = dict(collection=collection, env=env, globals=globals, csv=csv, data=data, flags=flags,
                       files=files or {}, notes=notes)


def write(name, spec):
    d = os.path.join(ROOT, name)
    os.makedirs(d, exist_ok=True)
    keep = {"expected.json"}

    def put(fname, content):
        keep.add(fname)
        with open(os.path.join(d, fname), "w", encoding="utf-8", newline="") as f:
            f.write(content)

    put("collection.json", json.dumps(spec["collection"], indent=2, ensure_ascii=False) + "\n")
    if spec["env"] is not None:
        put("environment.json", json.dumps(scope("env", spec["env"]), indent=2, ensure_ascii=False) + "\n")
    if spec["globals"] is not None:
        put("globals.json", json.dumps(scope("globals", spec["globals"]), indent=2, ensure_ascii=False) + "\n")
    if spec["csv"] is not None:
        put("data.csv", spec["csv"])
    if spec["data"] is not None:
        put("data.json", json.dumps(spec["data"], indent=2, ensure_ascii=False) + "\n")
    if spec["flags"]:
        put("flags.txt", spec["flags"].strip() + "\n")
    if spec["notes"]:
        put("notes.md", spec["notes"].strip() + "\n")
    for fname, content in spec["files"].items():
        put(fname, content)
    for f in os.listdir(d):
        if f not in keep and os.path.isfile(os.path.join(d, f)):
            os.remove(os.path.join(d, f))


def main():
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.modules["make"] = sys.modules[__name__]
    import importlib
    here = os.path.dirname(os.path.abspath(__file__))
    for f in sorted(os.listdir(here)):
        if f.startswith("cases_") and f.endswith(".py"):
            importlib.import_module(f[:-3])  # each calls case()
    only = set(sys.argv[1:])
    for name, spec in sorted(CASES.items()):
        if not only or name in only:
            write(name, spec)
    print(f"{len(CASES)} cases defined; wrote {len(only) if only else len(CASES)}")


if __name__ == "__main__":
    main()
