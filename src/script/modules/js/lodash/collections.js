// Part of require('lodash'): mod.rs joins the files of js/lodash/ in order into one module body.
// ---------- collections ----------
function isCollectionArray(c) { return _.isArrayLike(c); }
function entriesOf(c) {
  if (c == null) return [];
  if (isCollectionArray(c)) {
    var arr = [], s = typeof c === 'string' ? Array.from(c) : c;
    for (var i = 0; i < s.length; i++) arr.push([i, s[i]]);
    return arr;
  }
  return Object.keys(Object(c)).map(function (k) { return [k, c[k]]; });
}
_.forEach = function (c, fn) {
  fn = typeof fn === 'function' ? fn : _.identity;
  var e = entriesOf(c);
  for (var i = 0; i < e.length; i++) if (fn(e[i][1], e[i][0], c) === false) break;
  return c;
};
_.each = _.forEach;
_.forEachRight = function (c, fn) {
  var e = entriesOf(c);
  for (var i = e.length - 1; i >= 0; i--) if (fn(e[i][1], e[i][0], c) === false) break;
  return c;
};
_.eachRight = _.forEachRight;
_.forOwn = function (o, fn) { if (o != null) { fn = fn || _.identity; var ks = Object.keys(Object(o)); for (var i = 0; i < ks.length; i++) if (fn(o[ks[i]], ks[i], o) === false) break; } return o; };
_.forIn = function (o, fn) { if (o != null) { fn = fn || _.identity; for (var k in o) if (fn(o[k], k, o) === false) break; } return o; };
_.forOwnRight = function (o, fn) { var ks = _.keys(o).reverse(); for (var i = 0; i < ks.length; i++) if (fn(o[ks[i]], ks[i], o) === false) break; return o; };
_.forInRight = _.forOwnRight;
_.map = function (c, fn) { fn = it(fn); return entriesOf(c).map(function (e) { return fn(e[1], e[0], c); }); };
_.flatMap = function (c, fn) { return _.flatten(_.map(c, fn)); };
_.flatMapDeep = function (c, fn) { return _.flattenDeep(_.map(c, fn)); };
_.flatMapDepth = function (c, fn, d) { return _.flattenDepth(_.map(c, fn), d === undefined ? 1 : d); };
_.filter = function (c, fn) { fn = it(fn); return entriesOf(c).filter(function (e) { return fn(e[1], e[0], c); }).map(function (e) { return e[1]; }); };
_.reject = function (c, fn) { fn = it(fn); return _.filter(c, function (v, k, col) { return !fn(v, k, col); }); };
_.find = function (c, fn, from) {
  fn = it(fn);
  var e = entriesOf(c);
  for (var i = from ? _.toInteger(from) : 0; i < e.length; i++) if (fn(e[i][1], e[i][0], c)) return e[i][1];
  return undefined;
};
_.findLast = function (c, fn) {
  fn = it(fn);
  var e = entriesOf(c);
  for (var i = e.length - 1; i >= 0; i--) if (fn(e[i][1], e[i][0], c)) return e[i][1];
  return undefined;
};
_.some = function (c, fn) { fn = it(fn); return entriesOf(c).some(function (e) { return fn(e[1], e[0], c); }); };
_.every = function (c, fn) { fn = it(fn); return entriesOf(c).every(function (e) { return fn(e[1], e[0], c); }); };
_.reduce = function (c, fn, acc) {
  var e = entriesOf(c), i = 0;
  fn = it(fn);
  if (arguments.length < 3) { if (!e.length) return undefined; acc = e[0][1]; i = 1; }
  for (; i < e.length; i++) acc = fn(acc, e[i][1], e[i][0], c);
  return acc;
};
_.reduceRight = function (c, fn, acc) {
  var e = entriesOf(c), i = e.length - 1;
  fn = it(fn);
  if (arguments.length < 3) { if (!e.length) return undefined; acc = e[i][1]; i--; }
  for (; i >= 0; i--) acc = fn(acc, e[i][1], e[i][0], c);
  return acc;
};
_.includes = function (c, value, from) {
  if (c == null) return false;
  var vals = isCollectionArray(c) ? c : _.values(c);
  from = from ? _.toInteger(from) : 0;
  if (from < 0) from = Math.max(vals.length + from, 0);
  if (typeof vals === 'string') return vals.indexOf(value, from) > -1;
  for (var i = from; i < vals.length; i++) if (vals[i] === value || (value !== value && vals[i] !== vals[i])) return true;
  return false;
};
_.size = function (c) {
  if (c == null) return 0;
  if (_.isArrayLike(c)) return typeof c === 'string' ? Array.from(c).length : c.length;
  if (_.isMap(c) || _.isSet(c)) return c.size;
  return Object.keys(c).length;
};
_.groupBy = function (c, fn) { fn = it(fn); var r = {}; _.forEach(c, function (v) { var k = fn(v); if (hasOwn.call(r, k)) r[k].push(v); else r[k] = [v]; }); return r; };
_.countBy = function (c, fn) { fn = it(fn); var r = {}; _.forEach(c, function (v) { var k = fn(v); r[k] = hasOwn.call(r, k) ? r[k] + 1 : 1; }); return r; };
_.keyBy = function (c, fn) { fn = it(fn); var r = {}; _.forEach(c, function (v) { r[fn(v)] = v; }); return r; };
_.partition = function (c, fn) { fn = it(fn); var r = [[], []]; _.forEach(c, function (v) { r[fn(v) ? 0 : 1].push(v); }); return r; };
function compareValues(a, b) {
  if (a === b) return 0;
  var aDef = a !== undefined, aNull = a === null, aOk = a === a;
  var bDef = b !== undefined, bNull = b === null, bOk = b === b;
  if ((!bNull && a > b) || (aNull && bDef && bOk) || (!aDef && bOk) || !aOk) return 1;
  if ((!aNull && a < b) || (bNull && aDef && aOk) || (!bDef && aOk) || !bOk) return -1;
  return 0;
}
_.orderBy = function (c, iteratees, orders) {
  if (c == null) return [];
  iteratees = iteratees == null ? [_.identity] : (Array.isArray(iteratees) ? iteratees : [iteratees]);
  if (!iteratees.length) iteratees = [_.identity];
  iteratees = iteratees.map(function (f) { return Array.isArray(f) ? _.property(f) : it(f); });
  orders = orders == null ? [] : (Array.isArray(orders) ? orders : [orders]);
  var rows = _.map(c, function (v) { return { v: v, i: 0, crit: iteratees.map(function (f) { return f(v); }) }; });
  rows.forEach(function (r, i) { r.i = i; });
  rows.sort(function (a, b) {
    for (var j = 0; j < iteratees.length; j++) {
      var cmp = compareValues(a.crit[j], b.crit[j]);
      if (cmp) return orders[j] === 'desc' ? -cmp : cmp;
    }
    return a.i - b.i;
  });
  return rows.map(function (r) { return r.v; });
};
_.sortBy = function (c) {
  var its = _.flatten(Array.prototype.slice.call(arguments, 1));
  return _.orderBy(c, its.length ? its : [_.identity]);
};
_.sample = function (c) { var v = isCollectionArray(c) ? c : _.values(c); return v.length ? v[Math.floor(Math.random() * v.length)] : undefined; };
_.sampleSize = function (c, n) { return _.shuffle(c).slice(0, n === undefined ? 1 : _.clamp(_.toInteger(n), 0, _.size(c))); };
_.shuffle = function (c) {
  var a = _.toArray(isCollectionArray(c) ? c : _.values(c));
  for (var i = a.length - 1; i > 0; i--) { var j = Math.floor(Math.random() * (i + 1)), t = a[i]; a[i] = a[j]; a[j] = t; }
  return a;
};
_.invokeMap = function (c, path) {
  var args = Array.prototype.slice.call(arguments, 2);
  return _.map(c, function (v) { var f = typeof path === 'function' ? path : _.get(v, path); return f == null ? undefined : f.apply(v, args); });
};
