// The legacy `_` global: lodash 3.10 names and semantics, built on js/lodash.js (lodash 4) where they agree.
'use strict';
var L = require('lodash');
var slice = Array.prototype.slice;

var _ = function (value) { return L(value); };

function pickOrOmit(pickFn, byFn) {
  return function (o, pred) {
    if (typeof pred === 'function') return byFn(o, function (v, k) { return pred(v, k, o); });
    return pickFn.apply(null, [o].concat(slice.call(arguments, 1)));
  };
}
function extremum(name, empty) {
  return function (c, fn) {
    var values = L.isArrayLike(c) ? slice.call(c) : L.values(c);
    var r = L[name](values, fn == null ? L.identity : L.iteratee(fn));
    return r === undefined ? empty : r;
  };
}

var overrides = {
  all: L.every, any: L.some, collect: L.map, detect: L.find, foldl: L.reduce, inject: L.reduce, foldr: L.reduceRight,
  select: L.filter, include: L.includes, contains: L.includes, methods: L.functions, backflow: L.flowRight,
  compose: L.flowRight, pairs: L.toPairs, indexBy: L.keyBy, padLeft: L.padStart, padRight: L.padEnd,
  trimLeft: L.trimStart, trimRight: L.trimEnd, restParam: L.rest, rest: L.tail, callback: L.iteratee, modArgs: L.overArgs,
  sortByOrder: L.orderBy, invoke: L.invokeMap, extend: L.assignWith, assign: L.assignWith,
  sortByAll: function (c) { return L.sortBy(c, L.flatten(slice.call(arguments, 1))); },
  pluck: function (c, path) { return L.map(c, L.property(path)); },
  where: function (c, source) { return L.filter(c, L.matches(source)); },
  findWhere: function (c, source) { return L.find(c, L.matches(source)); },
  capitalize: function (s) { return L.upperFirst(L.toString(s)); },
  max: extremum('maxBy', -Infinity),
  min: extremum('minBy', Infinity),
  sum: function (c, fn) {
    var values = L.isArrayLike(c) ? slice.call(c) : L.values(c);
    return L.sumBy(values, fn == null ? L.identity : L.iteratee(fn));
  },
  uniq: function (a, isSorted, fn) {
    if (typeof isSorted !== 'boolean' && isSorted != null) fn = isSorted;
    return L.uniqBy(a, fn == null ? L.identity : L.iteratee(fn));
  },
  flatten: function (a, isDeep) { return isDeep ? L.flattenDeep(a) : L.flatten(a); },
  object: function (props, values) { return values === undefined && L.every(props, Array.isArray) ? L.fromPairs(props) : L.zipObject(props, values); },
  trunc: function (s, options) { return L.truncate(s, typeof options === 'number' ? { length: options } : options); },
  pick: pickOrOmit(L.pick, L.pickBy),
  omit: pickOrOmit(L.omit, L.omitBy),
  cloneDeep: function (v, fn) { return typeof fn === 'function' ? L.cloneDeepWith(v, fn) : L.cloneDeep(v); },
  clone: function (v, isDeep, fn) {
    if (typeof isDeep === 'function') { fn = isDeep; isDeep = false; }
    return isDeep ? overrides.cloneDeep(v, fn) : (typeof fn === 'function' ? L.cloneWith(v, fn) : L.clone(v));
  },
  isEqual: function (a, b, fn) { return typeof fn === 'function' ? L.isEqualWith(a, b, fn) : L.isEqual(a, b); },
  merge: L.mergeWith,
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
