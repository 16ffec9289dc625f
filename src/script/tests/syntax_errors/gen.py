#!/usr/bin/env python3
"""Records what Newman 6.2.2 reports for every broken script in corpus.js, into newman.json.

    python3 gen.py [NEWMAN]     # NEWMAN defaults to /tmp/pmdiff/node_modules/.bin/newman

Each `//== name` line in corpus.js starts a script. Every script becomes the test script of its own
request (to an unreachable address: test scripts still run), and the error Newman's JSON report gives
for it (`run.failures[]` at `test-script`: name and message) is written next to the script; `null`
when the script compiles in Newman (top-level `return`, `new.target`, ...).
"""
import json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
newman = sys.argv[1] if len(sys.argv) > 1 else '/tmp/pmdiff/node_modules/.bin/newman'

cases, name, lines = [], None, []
def flush():
    if name is not None:
        while lines and not lines[-1].strip():
            lines.pop()
        cases.append((name, '\n'.join(lines)))
for line in open(os.path.join(here, 'corpus.js'), encoding='utf-8').read().split('\n'):
    if line.startswith('//== '):
        flush()
        name, lines = line[5:].strip(), []
    else:
        lines.append(line)
flush()
assert len({n for n, _ in cases}) == len(cases), 'duplicate case names'

collection = {
    'info': {'name': 'syntax errors', 'schema': 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'},
    'item': [{'name': n, 'request': {'method': 'GET', 'url': 'http://127.0.0.1:9/'},
              'event': [{'listen': 'test', 'script': {'type': 'text/javascript', 'exec': s.split('\n')}}]}
             for n, s in cases],
}
with tempfile.TemporaryDirectory() as tmp:
    col, out = os.path.join(tmp, 'collection.json'), os.path.join(tmp, 'report.json')
    json.dump(collection, open(col, 'w'))
    subprocess.run([newman, 'run', col, '-r', 'json', '--reporter-json-export', out, '--timeout-request', '300'],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    report = json.load(open(out))

errors = {}
for f in report['run']['failures']:
    if f.get('at') == 'test-script':
        assert f['source']['name'] not in errors, f['source']['name']
        errors[f['source']['name']] = {'name': f['error']['name'], 'message': f['error']['message']}

table = [{'name': n, 'script': s, 'error': errors.get(n)} for n, s in cases]
with open(os.path.join(here, 'newman.json'), 'w', encoding='utf-8') as fh:
    json.dump(table, fh, indent=1, ensure_ascii=False)
    fh.write('\n')
print(len(table), 'scripts,', len(errors), 'with an error')
