// Part of require('lodash'): mod.rs joins the files of js/lodash/ in order into one module body.
// ---------- arrays ----------
function arr(a) { return a == null ? [] : Array.prototype.slice.call(a); }
_.chunk = function (a, size) {
  size = size === undefined ? 1 : Math.max(_.toInteger(size), 0);
  a = arr(a);
  if (!a.length || size < 1) return [];
  var r = [];
  for (var i = 0; i < a.length; i += size) r.push(a.slice(i, i + size));
  return r;
};
_.compact = function (a) { return arr(a).filter(Boolean); };
_.concat = function (a) {
  if (!arguments.length) return [];
  var r = Array.isArray(a) ? a.slice() : [a];
  for (var i = 1; i < arguments.length; i++) {
    if (Array.isArray(arguments[i])) Array.prototype.push.apply(r, arguments[i]);
    else r.push(arguments[i]);
  }
  return r;
};
function sameValueZeroIndex(a, v) { for (var i = 0; i < a.length; i++) if (a[i] === v || (v !== v && a[i] !== a[i])) return i; return -1; }
_.difference = function (a) { if (!_.isArrayLikeObject(a)) return []; var ex = _.flatten(Array.prototype.slice.call(arguments, 1)); return arr(a).filter(function (v) { return sameValueZeroIndex(ex, v) < 0; }); };
_.differenceBy = function (a, values, fn) { fn = it(fn); var ex = arr(values).map(fn); return arr(a).filter(function (v) { return sameValueZeroIndex(ex, fn(v)) < 0; }); };
_.without = function (a) { if (!_.isArrayLikeObject(a)) return []; var ex = Array.prototype.slice.call(arguments, 1); return arr(a).filter(function (v) { return sameValueZeroIndex(ex, v) < 0; }); };
_.uniqBy = function (a, fn) {
  fn = it(fn);
  var seen = [], r = [];
  arr(a).forEach(function (v) { var k = fn(v); if (sameValueZeroIndex(seen, k) < 0) { seen.push(k); r.push(v); } });
  return r;
};
_.uniq = function (a) { return _.uniqBy(a, _.identity); };
_.uniqWith = function (a, cmp) { var r = []; arr(a).forEach(function (v) { if (!r.some(function (x) { return cmp(v, x); })) r.push(v); }); return r; };
_.sortedUniq = _.uniq;
_.sortedUniqBy = _.uniqBy;
_.union = function () { return _.uniq(_.flatten(Array.prototype.slice.call(arguments).filter(_.isArrayLikeObject))); };
_.unionBy = function () { var a = Array.prototype.slice.call(arguments), fn = a.pop(); return _.uniqBy(_.flatten(a), fn); };
_.intersection = function () {
  var arrays = Array.prototype.slice.call(arguments).map(function (x) { return _.isArrayLikeObject(x) ? arr(x) : []; });
  if (!arrays.length) return [];
  return _.uniq(arrays[0]).filter(function (v) { return arrays.every(function (x) { return sameValueZeroIndex(x, v) > -1; }); });
};
_.intersectionBy = function () {
  var a = Array.prototype.slice.call(arguments), fn = it(a.pop()), arrays = a.map(arr);
  return _.uniqBy(arrays[0], fn).filter(function (v) { return arrays.every(function (x) { return sameValueZeroIndex(x.map(fn), fn(v)) > -1; }); });
};
_.xor = function () {
  var arrays = Array.prototype.slice.call(arguments).filter(_.isArrayLikeObject).map(arr), all = _.flatten(arrays.map(_.uniq));
  return _.uniq(all.filter(function (v) { return all.filter(function (x) { return x === v; }).length === 1; }));
};
_.zip = function () { return _.unzip(Array.prototype.slice.call(arguments)); };
_.unzip = function (arrays) {
  arrays = arr(arrays).filter(_.isArrayLikeObject);
  var n = Math.max.apply(null, [0].concat(arrays.map(function (x) { return x.length; }))), r = [];
  for (var i = 0; i < n; i++) r.push(arrays.map(function (x) { return x[i]; }));
  return r;
};
_.zipWith = function () { var a = Array.prototype.slice.call(arguments), fn = typeof a[a.length - 1] === 'function' ? a.pop() : null; var z = _.unzip(a); return fn ? z.map(function (g) { return fn.apply(null, g); }) : z; };
_.unzipWith = function (arrays, fn) { var z = _.unzip(arrays); return fn ? z.map(function (g) { return fn.apply(null, g); }) : z; };
_.zipObject = function (props, values) { var r = {}; arr(props).forEach(function (k, i) { r[k] = values ? values[i] : undefined; }); return r; };
_.zipObjectDeep = function (props, values) { var r = {}; arr(props).forEach(function (k, i) { _.set(r, k, values ? values[i] : undefined); }); return r; };
_.flattenDepth = function (a, depth) {
  depth = depth === undefined ? 1 : _.toInteger(depth);
  var r = [];
  arr(a).forEach(function (v) {
    if (depth > 0 && (Array.isArray(v) || _.isArguments(v))) r = r.concat(_.flattenDepth(v, depth - 1));
    else r.push(v);
  });
  return r;
};
_.flatten = function (a) { return _.flattenDepth(a, 1); };
_.flattenDeep = function (a) { return _.flattenDepth(a, Infinity); };
_.head = function (a) { return a && a.length ? a[0] : undefined; };
_.first = _.head;
_.last = function (a) { return a && a.length ? a[a.length - 1] : undefined; };
_.tail = function (a) { return arr(a).slice(1); };
_.initial = function (a) { return arr(a).slice(0, -1); };
_.nth = function (a, n) { if (!a || !a.length) return undefined; n = _.toInteger(n); return a[n < 0 ? n + a.length : n]; };
_.take = function (a, n) { n = n === undefined ? 1 : _.toInteger(n); return arr(a).slice(0, n < 0 ? 0 : n); };
_.takeRight = function (a, n) { n = n === undefined ? 1 : _.toInteger(n); a = arr(a); return a.slice(Math.max(a.length - (n < 0 ? 0 : n), 0)); };
_.drop = function (a, n) { n = n === undefined ? 1 : _.toInteger(n); return arr(a).slice(n < 0 ? 0 : n); };
_.dropRight = function (a, n) { n = n === undefined ? 1 : _.toInteger(n); a = arr(a); return a.slice(0, Math.max(a.length - (n < 0 ? 0 : n), 0)); };
_.takeWhile = function (a, fn) { fn = it(fn); a = arr(a); var i = 0; while (i < a.length && fn(a[i], i, a)) i++; return a.slice(0, i); };
_.dropWhile = function (a, fn) { fn = it(fn); a = arr(a); var i = 0; while (i < a.length && fn(a[i], i, a)) i++; return a.slice(i); };
_.takeRightWhile = function (a, fn) { fn = it(fn); a = arr(a); var i = a.length; while (i > 0 && fn(a[i - 1], i - 1, a)) i--; return a.slice(i); };
_.dropRightWhile = function (a, fn) { fn = it(fn); a = arr(a); var i = a.length; while (i > 0 && fn(a[i - 1], i - 1, a)) i--; return a.slice(0, i); };
_.slice = function (a, start, end) { return arr(a).slice(start, end); };
_.findIndex = function (a, fn, from) { fn = it(fn); a = arr(a); for (var i = from ? _.toInteger(from) : 0; i < a.length; i++) if (fn(a[i], i, a)) return i; return -1; };
_.findLastIndex = function (a, fn, from) { fn = it(fn); a = arr(a); for (var i = from === undefined ? a.length - 1 : _.toInteger(from); i >= 0; i--) if (fn(a[i], i, a)) return i; return -1; };
_.indexOf = function (a, v, from) {
  a = arr(a);
  from = from == null ? 0 : _.toInteger(from);
  if (from < 0) from = Math.max(a.length + from, 0);
  for (var i = from; i < a.length; i++) if (a[i] === v || (v !== v && a[i] !== a[i])) return i;
  return -1;
};
_.lastIndexOf = function (a, v, from) {
  var n = a == null ? 0 : a.length;
  if (!n) return -1;
  var i = n;
  if (from !== undefined) {
    i = _.toInteger(from);
    i = i < 0 ? Math.max(n + i, 0) : Math.min(i, n - 1);
  }
  // Like lodash, a search for undefined without fromIndex starts one past the end (and so finds it there).
  for (; i >= 0; i--) if (a[i] === v || (v !== v && a[i] !== a[i])) return i;
  return -1;
};
_.sortedIndex = function (a, v) { if (a != null && typeof a.length !== 'number') return NaN; a = arr(a); var i = 0; while (i < a.length && compareValues(a[i], v) < 0) i++; return i; };
_.sortedLastIndex = function (a, v) { a = arr(a); var i = 0; while (i < a.length && compareValues(a[i], v) <= 0) i++; return i; };
_.sortedIndexOf = function (a, v) { var i = _.sortedIndex(a, v); return a && a[i] === v ? i : -1; };
_.sortedIndexBy = function (a, v, fn) { fn = it(fn); return _.sortedIndex(arr(a).map(fn), fn(v)); };
_.join = function (a, sep) { return arr(a).join(sep === undefined ? ',' : sep); };
_.reverse = function (a) { return a == null ? a : Array.prototype.reverse.call(a); };
_.fill = function (a, v, start, end) {
  var n = a == null ? 0 : a.length;
  if (!n) return [];
  if (typeof a === 'string') return a;
  start = start == null ? 0 : _.toInteger(start);
  end = end === undefined ? n : _.toInteger(end);
  if (start < 0) start = Math.max(n + start, 0);
  if (end < 0) end += n;
  for (var i = start; i < Math.min(end, n); i++) a[i] = v;
  return a;
};
_.pullAll = function (a, values) {
  if (!a) return a;
  for (var i = a.length - 1; i >= 0; i--) if (sameValueZeroIndex(values || [], a[i]) > -1) a.splice(i, 1);
  return a;
};
_.pull = function (a) { return _.pullAll(a, Array.prototype.slice.call(arguments, 1)); };
_.pullAllBy = function (a, values, fn) { fn = it(fn); var ex = arr(values).map(fn); for (var i = a.length - 1; i >= 0; i--) if (sameValueZeroIndex(ex, fn(a[i])) > -1) a.splice(i, 1); return a; };
_.pullAt = function (a) {
  var idx = _.flatten(Array.prototype.slice.call(arguments, 1)), removed = idx.map(function (i) { return a[i]; });
  idx.slice().sort(function (x, y) { return y - x; }).forEach(function (i) { a.splice(i, 1); });
  return removed;
};
_.remove = function (a, fn) {
  fn = it(fn);
  var removed = [], keep = [];
  if (!a) return removed;
  a.forEach(function (v, i) { if (fn(v, i, a)) removed.push(v); else keep.push(v); });
  a.length = 0;
  Array.prototype.push.apply(a, keep);
  return removed;
};
_.fromPairs = function (pairs) { var r = {}; arr(pairs).forEach(function (p) { r[p[0]] = p[1]; }); return r; };
_.range = function (start, end, step) {
  if (end === undefined) { end = start; start = 0; }
  start = _.toFinite(start);
  end = _.toFinite(end);
  step = step === undefined ? (start < end ? 1 : -1) : _.toFinite(step);
  var n = Math.max(Math.ceil((end - start) / (step || 1)), 0), r = [];
  for (var i = 0; i < n; i++) { r.push(start); start += step; }
  return r;
};
_.rangeRight = function () { return _.range.apply(null, arguments).reverse(); };

// ---------- math ----------
function extremum(a, fn, better) {
  fn = it(fn);
  var best, bestCrit;
  arr(a).forEach(function (v) {
    var c = fn(v);
    if (c != null && c === c && (bestCrit === undefined ? true : better(c, bestCrit))) { best = v; bestCrit = c; }
  });
  return best;
}
_.max = function (a) { return extremum(a, _.identity, function (x, y) { return x > y; }); };
_.min = function (a) { return extremum(a, _.identity, function (x, y) { return x < y; }); };
_.maxBy = function (a, fn) { return extremum(a, fn, function (x, y) { return x > y; }); };
_.minBy = function (a, fn) { return extremum(a, fn, function (x, y) { return x < y; }); };
_.sumBy = function (a, fn) {
  fn = it(fn);
  if (!(a && a.length)) return 0;
  var result;
  arr(a).forEach(function (v) { var c = fn(v); if (c !== undefined) result = result === undefined ? c : result + c; });
  return result;
};
_.sum = function (a) { return _.sumBy(a, _.identity); };
_.meanBy = function (a, fn) { var n = arr(a).length; return n ? _.sumBy(a, fn) / n : NaN; };
_.mean = function (a) { return _.meanBy(a, _.identity); };
function rounder(method) {
  return function (n, precision) {
    n = _.toNumber(n);
    precision = precision == null ? 0 : Math.min(_.toInteger(precision), 292);
    if (!precision || !isFinite(n)) return Math[method](n);
    var pair = (_.toString(n) + 'e').split('e');
    var v = Math[method](pair[0] + 'e' + (+pair[1] + precision));
    pair = (_.toString(v) + 'e').split('e');
    return +(pair[0] + 'e' + (+pair[1] - precision));
  };
}
_.round = rounder('round');
_.floor = rounder('floor');
_.ceil = rounder('ceil');
_.add = function (a, b) { return a === undefined && b === undefined ? 0 : a === undefined ? b : b === undefined ? a : a + b; };
_.subtract = function (a, b) { return a === undefined && b === undefined ? 0 : a === undefined ? b : b === undefined ? a : a - b; };
_.multiply = function (a, b) { return a === undefined && b === undefined ? 1 : a === undefined ? b : b === undefined ? a : a * b; };
_.divide = function (a, b) { return a === undefined && b === undefined ? 1 : a === undefined ? b : b === undefined ? a : a / b; };
_.clamp = function (n, lower, upper) {
  if (upper === undefined) { upper = lower; lower = undefined; }
  n = _.toNumber(n);
  if (n !== n) return n;
  if (upper !== undefined) { upper = _.toNumber(upper); upper = upper === upper ? upper : 0; n = n <= upper ? n : upper; }
  if (lower !== undefined) { lower = _.toNumber(lower); lower = lower === lower ? lower : 0; n = n >= lower ? n : lower; }
  return n;
};
_.inRange = function (n, start, end) {
  if (end === undefined) { end = start; start = 0; }
  n = _.toNumber(n); start = _.toFinite(start); end = _.toFinite(end);
  return n >= Math.min(start, end) && n < Math.max(start, end);
};
_.random = function (lower, upper, floating) {
  if (typeof upper === 'boolean') { floating = upper; upper = undefined; }
  if (upper === undefined && typeof lower === 'boolean') { floating = lower; lower = undefined; }
  if (lower === undefined && upper === undefined) { lower = 0; upper = 1; } else if (upper === undefined) { upper = lower; lower = 0; }
  lower = _.toFinite(lower); upper = _.toFinite(upper);
  if (lower > upper) { var t = lower; lower = upper; upper = t; }
  if (floating || lower % 1 || upper % 1) return lower + Math.random() * (upper - lower);
  return lower + Math.floor(Math.random() * (upper - lower + 1));
};
_.eq = function (a, b) { return a === b || (a !== a && b !== b); };
_.gt = function (a, b) { return a > b; };
_.gte = function (a, b) { return a >= b; };
_.lt = function (a, b) { return a < b; };
_.lte = function (a, b) { return a <= b; };
