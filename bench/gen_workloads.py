#!/usr/bin/env python3
"""Writes the benchmark collections into bench/workloads/ (generated, not committed: bench/run.sh runs this first)."""
import json
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "workloads")
SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"


def coll(name, items):
    return {"info": {"name": name, "schema": SCHEMA}, "item": items}


def item(name, method, path, body=None, pre=None, test=None):
    req = {"method": method, "header": [], "url": "{{baseUrl}}" + path}
    if body is not None:
        req["body"] = {"mode": "raw", "raw": body, "options": {"raw": {"language": "json"}}}
        req["header"].append({"key": "Content-Type", "value": "application/json"})
    it = {"name": name, "request": req, "event": []}
    if pre:
        it["event"].append({"listen": "prerequest", "script": {"type": "text/javascript", "exec": pre.split("\n")}})
    if test:
        it["event"].append({"listen": "test", "script": {"type": "text/javascript", "exec": test.split("\n")}})
    return it


SCRIPTED_PRE = """pm.variables.set('n', (pm.environment.get('count') || 0) + 1);
pm.environment.set('count', pm.variables.get('n'));"""
SCRIPTED_TEST = """const j = pm.response.json();
pm.test('status', () => pm.expect(pm.response.code).to.eql(200));
pm.test('echo', () => pm.expect(j.json.n).to.eql(pm.variables.get('n')));
pm.test('args', () => pm.expect(j.args).to.have.property('i'));
pm.environment.set('last', j.json.n);"""



def distinct_pre(i):
    """Item i's own pre-request script: the same work as SCRIPTED_PRE, different text."""
    return (f"const step{i} = (pm.environment.get('count') || 0) + 1;\n"
            f"pm.variables.set('n', step{i});\n"
            f"pm.environment.set('count', step{i});\n"
            f"pm.variables.set('label{i % 7}', 'item-{i}');")


def distinct_test(i):
    """Item i's own test script: SCRIPTED_TEST's checks, named and worded for item i."""
    return (f"const body{i} = pm.response.json();\n"
            f"pm.test('item {i} status', () => pm.expect(pm.response.code).to.eql(200));\n"
            f"pm.test('item {i} echoes n', () => pm.expect(body{i}.json.n).to.eql(pm.variables.get('n')));\n"
            f"pm.test('item {i} query', function () {{ pm.expect(body{i}.args.i).to.eql('{i}'); }});\n"
            f"if (body{i}.json.n % {i % 5 + 2} === 0) {{ pm.environment.set('last{i % 3}', body{i}.json.n); }}")


CSV_TEST = """const j = pm.response.json();
pm.test('user', () => pm.expect(j.args.user).to.eql(pm.iterationData.get('user')));"""

BIG_TEST = """const j = pm.response.json();
pm.test('parsed', () => pm.expect(j.items.length).to.eql(j.count));
pm.environment.set('count', j.count);"""

WORKLOADS = {
    "startup.json": coll("startup", [item("one get", "GET", "/get")]),
    "scripts.json": coll("scripts", [item(f"scripted {i}", "POST", f"/post?i={i}", body='{"n": {{n}}}',
                                          pre=SCRIPTED_PRE, test=SCRIPTED_TEST) for i in range(10)]),
    "distinct.json": coll("distinct", [item(f"distinct {i}", "POST", f"/post?i={i}", body='{"n": {{n}}}',
                                            pre=distinct_pre(i), test=distinct_test(i)) for i in range(500)]),
    "csv.json": coll("csv", [item(f"row request {i}", "GET", f"/get?user={{{{user}}}}&id={{{{id}}}}&i={i}", test=CSV_TEST)
                             for i in range(10)]),
    "big.json": coll("big", [item("2 MiB json", "GET", "/big/2048", test=BIG_TEST)]),
    "many.json": coll("many", [item(f"get {i}", "GET", f"/get?i={i}") for i in range(10)]),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, doc in WORKLOADS.items():
        with open(os.path.join(OUT, name), "w") as f:
            json.dump(doc, f, indent=1)
            f.write("\n")
    with open(os.path.join(OUT, "data.csv"), "w") as f:
        f.write("user,id\n" + "".join(f"user{i},{i}\n" for i in range(20)))


if __name__ == "__main__":
    main()
