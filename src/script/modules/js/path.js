// Node's POSIX path functions as Postman's sandbox bundles them (the working directory is '/').
'use strict';
function normalizeArray(parts, allowAboveRoot) {
  var out = [];
  parts.forEach(function (p) {
    if (!p || p === '.') return;
    if (p === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(p);
    }
  });
  return out;
}
function check(p) { if (typeof p !== 'string') throw new TypeError('Arguments to path functions must be strings'); return p; }
var path = {
  resolve: function () {
    var resolved = '', absolute = false;
    for (var i = arguments.length - 1; i >= -1 && !absolute; i--) {
      var p = i >= 0 ? check(arguments[i]) : '/';
      if (!p) continue;
      resolved = p + '/' + resolved;
      absolute = p.charAt(0) === '/';
    }
    resolved = normalizeArray(resolved.split('/'), !absolute).join('/');
    return ((absolute ? '/' : '') + resolved) || '.';
  },
  normalize: function (p) {
    check(p);
    var abs = p.charAt(0) === '/', trailing = p.slice(-1) === '/';
    p = normalizeArray(p.split('/'), !abs).join('/');
    if (!p && !abs) p = '.';
    if (p && trailing) p += '/';
    return (abs ? '/' : '') + p;
  },
  isAbsolute: function (p) { return check(p).charAt(0) === '/'; },
  join: function () {
    var parts = Array.prototype.slice.call(arguments).map(check).filter(function (p) { return p; });
    return path.normalize(parts.join('/'));
  },
  relative: function (from, to) {
    from = path.resolve(from).slice(1);
    to = path.resolve(to).slice(1);
    var a = from.split('/').filter(Boolean), b = to.split('/').filter(Boolean), n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    var up = [];
    for (var i = n; i < a.length; i++) up.push('..');
    return up.concat(b.slice(n)).join('/');
  },
  sep: '/',
  delimiter: ':',
  dirname: function (p) {
    var m = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^/]+?|)(\.[^./]*|))(?:[/]*)$/.exec(check(p));
    var root = m[1], dir = m[2];
    if (!root && !dir) return '.';
    if (dir) dir = dir.slice(0, -1);
    return root + dir;
  },
  basename: function (p, ext) {
    var m = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^/]+?|)(\.[^./]*|))(?:[/]*)$/.exec(check(p));
    var f = m[3];
    if (ext && f.slice(-ext.length) === ext) f = f.slice(0, f.length - ext.length);
    return f;
  },
  extname: function (p) { return /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^/]+?|)(\.[^./]*|))(?:[/]*)$/.exec(check(p))[4]; }
};
module.exports = path;
