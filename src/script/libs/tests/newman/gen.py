#!/usr/bin/env python3
# gen.py cases.js newman.out out.rs test_name skip1,skip2
import re, sys
js, outf, rs, name = sys.argv[1:5]
skip = set(sys.argv[5].split(',')) if len(sys.argv) > 5 and sys.argv[5] else set()
local = set(sys.argv[6].split(',')) if len(sys.argv) > 6 else set()
prelude, cases = [], []
for l in open(js).read().split('\n'):
    m = re.match(r"^out\('([^']+)', (.*)\);\s*$", l)
    if m: cases.append((m.group(1), '(' + m.group(2) + ')()'))
    elif l.strip() and not l.startswith('const out='): prelude.append(l)
res = {}
last = None
import re as _re
for l in open(outf).read().split('\n'):
    if ' => ' in l:
        k, v = l.split(' => ', 1); res[k] = v; last = k
    elif last is not None and l and not l.startswith("Using \""):
        res[last] += '\n' + l
def raw(s): return 'r##"' + s + '"##'
o = ['//! Generated from a Newman 6.2.2 run of the same expressions (see the module docs of `tests`).', '',
     'use super::{check, Host};', '', 'const PRELUDE: &str = ' + raw('\n'.join(prelude)) + ';', '',
     'const CASES: &[(&str, &str)] = &[']
def emit(keys):
    for k, e in cases:
        if k in skip or k not in res or (k in local) != keys: continue
        o.append('    // %s' % k)
        o.append('    (%s, %s),' % (raw(e), raw(res[k])))
emit(False)
o += ['];', '']
if local:
    o += ['/// Cases that read local time: their values were recorded with the UTC time zone (as on the project machines).',
          'const UTC_LOCAL_CASES: &[(&str, &str)] = &[']
    emit(True)
    o += ['];', '']
o += ['#[test]', 'fn %s() {' % name, '    let host = Host::new();', '    host.run(PRELUDE);', '    check(&host, CASES);']
if local:
    o += ['    if host.eval("new Date(2024, 0, 1).getTimezoneOffset() + new Date(2024, 6, 1).getTimezoneOffset()") == "0" {',
          '        check(&host, UTC_LOCAL_CASES);', '    }']
o += ['}', '']
open(rs, 'w').write('\n'.join(o))
print(len(cases), 'cases')
