// The legacy `_` global: lodash 3.10 names and semantics, built on js/lodash/ (lodash 4) where they agree.
'use strict';
var L = require('lodash');
var slice = Array.prototype.slice;

var _ = function (value) { return L(value); };


// lodash 3 treats strings as arrays of characters in its array functions.
function asArray(v) {
  if (typeof v === 'string') return v.split('');
  return L.isArrayLike(v) && typeof v === 'object' ? slice.call(v) : null;
}
function returnsObjectForNull(fn) {
  return function (obj) { return obj == null ? obj : fn.apply(null, arguments); };
}
function flatKeys(args) { return L.flattenDeep(slice.call(args, 1)).map(String); }
function extremum3(better, exValue) {
  return function (c, fn) {
    fn = fn == null ? L.identity : L.iteratee(fn);
    var values = asArray(c) || L.values(c), computed = exValue, result = exValue;
    values.forEach(function (v) {
      var current = +fn(v);
      if (better(current, computed) || (current === exValue && current === result)) {
        computed = current;
        result = v;
      }
    });
    return result;
  };
}

var overrides = {
  all: L.every, any: L.some, collect: L.map, detect: L.find, foldl: L.reduce, inject: L.reduce, foldr: L.reduceRight,
  select: L.filter, include: L.includes, contains: L.includes, methods: L.functions, backflow: L.flowRight,
  compose: L.flowRight, pairs: L.toPairs, indexBy: L.keyBy, padLeft: L.padStart, padRight: L.padEnd,
  trimLeft: L.trimStart, trimRight: L.trimEnd, restParam: L.rest, rest: L.tail, callback: L.iteratee, modArgs: L.overArgs,
  sortByOrder: L.orderBy, invoke: L.invokeMap,
  sortByAll: function (c) { return L.sortBy(c, L.flatten(slice.call(arguments, 1))); },
  pluck: function (c, path) { return L.map(c, L.property(path)); },
  where: function (c, source) { return L.filter(c, L.matches(source)); },
  findWhere: function (c, source) { return L.find(c, L.matches(source)); },
  capitalize: function (s) { return L.upperFirst(L.toString(s)); },
  max: extremum3(function (a, b) { return a > b; }, -Infinity),
  min: extremum3(function (a, b) { return a < b; }, Infinity),
  sum: function (c, fn) {
    fn = fn == null ? L.identity : L.iteratee(fn);
    return (asArray(c) || L.values(c)).reduce(function (total, v) { return total + (+fn(v) || 0); }, 0);
  },
  intersection: function () { return L.intersection.apply(null, slice.call(arguments).map(function (a) { return asArray(a) || []; })); },
  without: function (a) { var arr = asArray(a); return arr ? L.without.apply(null, [arr].concat(slice.call(arguments, 1))) : []; },
  xor: function () { return L.xor.apply(null, slice.call(arguments).map(asArray).filter(Boolean)); },
  zip: function () { return L.zip.apply(null, slice.call(arguments).map(function (a) { return asArray(a) || a; })); },
  repeat: function (s, n) { n = +n; return n < 1 || !s || !isFinite(n) ? '' : L.repeat(s, n); },
  chunk: function (a, size) {
    if (a == null) return [];
    if (!L.isArrayLike(a)) throw new TypeError('Invalid array length');
    return L.chunk(a, Math.max(Math.floor(size) || 1, 1));
  },
  at: function (c) { var keys = flatKeys(arguments), src = asArray(c) || c; return keys.map(function (k) { return src == null ? undefined : src[k]; }); },
  assign: returnsObjectForNull(L.assignWith),
  extend: returnsObjectForNull(L.assignWith),
  defaults: returnsObjectForNull(L.defaults),
  merge: returnsObjectForNull(L.mergeWith),
  uniq: function (a, isSorted, fn) {
    if (typeof isSorted !== 'boolean' && isSorted != null) fn = isSorted;
    return L.uniqBy(a, fn == null ? L.identity : L.iteratee(fn));
  },
  flatten: function (a, isDeep) { return isDeep ? L.flattenDeep(a) : L.flatten(a); },
  object: function (props, values) { return values === undefined && L.every(props, Array.isArray) ? L.fromPairs(props) : L.zipObject(props, values); },
  trunc: function (s, options) {
    if (options != null && typeof options !== 'object') options = { length: +options || 0 };
    return L.truncate(s, options);
  },
  pick: function (o, pred) {
    if (typeof pred === 'function') return L.pickBy(o, function (v, k) { return pred(v, k, o); });
    var r = {};
    if (o == null) return r;
    flatKeys(arguments).forEach(function (k) { if (k in Object(o)) r[k] = o[k]; });
    return r;
  },
  omit: function (o, pred) {
    if (o == null) return {};
    var drop = typeof pred === 'function' ? null : flatKeys(arguments), r = {};
    L.keysIn(o).forEach(function (k) { if (drop ? drop.indexOf(k) < 0 : !pred(o[k], k, o)) r[k] = o[k]; });
    return r;
  },
  cloneDeep: function (v, fn) { return typeof fn === 'function' ? L.cloneDeepWith(v, fn) : L.cloneDeep(v); },
  clone: function (v, isDeep, fn) {
    if (typeof isDeep === 'function') { fn = isDeep; isDeep = false; }
    return isDeep ? overrides.cloneDeep(v, fn) : (typeof fn === 'function' ? L.cloneWith(v, fn) : L.clone(v));
  },
  isEqual: function (a, b, fn) { return typeof fn === 'function' ? L.isEqualWith(a, b, fn) : L.isEqual(a, b); },
  sample: function (c, n) { return n == null ? L.sample(c) : L.sampleSize(c, n); },
  indexOf: function (a, v, from) { return L.indexOf(a, v, typeof from === 'boolean' ? 0 : from); },
  invert: function (o, multi) { return multi ? L.invertBy(o) : L.invert(o); },
  support: {},
  templateSettings: L.templateSettings,
  VERSION: '3.10.2'
};

var NAMES = ('add after all any ary assign at attempt backflow before bind bindAll callback camelCase capitalize ceil chain ' +
  'chunk clone cloneDeep collect compact compose constant contains countBy create curry debounce deburr defaults ' +
  'defaultsDeep defer delay detect difference drop dropRight dropRightWhile dropWhile each eachRight endsWith eq escape ' +
  'escapeRegExp every extend fill filter find findIndex findKey findLast findLastIndex findLastKey findWhere first flatten ' +
  'flattenDeep floor flow flowRight foldl foldr forEach forEachRight forIn forInRight forOwn forOwnRight functions get ' +
  'groupBy gt gte has head identity inRange include includes indexBy indexOf initial inject intersection invert invoke ' +
  'isArguments isArray isBoolean isDate isElement isEmpty isEqual isError isFinite isFunction isMatch isNaN isNative isNull ' +
  'isNumber isObject isPlainObject isRegExp isString isTypedArray isUndefined iteratee kebabCase keys keysIn last ' +
  'lastIndexOf lt lte map mapKeys mapValues matches matchesProperty max memoize merge method methodOf methods min mixin ' +
  'modArgs negate noConflict noop now object omit once pad padLeft padRight pairs parseInt partial partialRight partition ' +
  'pick pluck property propertyOf pull pullAt random range rearg reduce reduceRight reject remove repeat rest restParam ' +
  'result round runInContext sample select set shuffle size slice snakeCase some sortBy sortByAll sortByOrder sortedIndex ' +
  'sortedLastIndex spread startCase startsWith sum support tail take takeRight takeRightWhile takeWhile tap template ' +
  'templateSettings throttle thru times toArray toPlainObject transform trim trimLeft trimRight trunc unescape union uniq ' +
  'unique uniqueId unzip unzipWith values valuesIn where without words wrap xor zip zipObject zipWith').split(' ');

NAMES.forEach(function (name) {
  if (Object.prototype.hasOwnProperty.call(overrides, name)) _[name] = overrides[name];
  else if (name === 'unique') _[name] = overrides.uniq;
  else if (name === 'zipObject') _[name] = overrides.object;
  else if (L[name] !== undefined) _[name] = L[name];
});
_.VERSION = overrides.VERSION;

module.exports = _;
