// lodash 4.17 compatible utility belt (the commonly used part of it), written for the postie sandbox.
// js/lodash3.js derives the legacy `_` global (lodash 3.10 semantics) from this module.
'use strict';
var _ = function (value) { return value instanceof Wrapper ? value : new Wrapper(value, false); };
var hasOwn = Object.prototype.hasOwnProperty;
var objToString = Object.prototype.toString;

// ---------- type checks ----------
function tag(v) { return objToString.call(v); }
_.isArray = Array.isArray;
_.isObject = function (v) { var t = typeof v; return v != null && (t === 'object' || t === 'function'); };
_.isObjectLike = function (v) { return v != null && typeof v === 'object'; };
_.isPlainObject = function (v) {
  if (!_.isObjectLike(v) || tag(v) !== '[object Object]') return false;
  var proto = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
};
_.isString = function (v) { return typeof v === 'string' || (_.isObjectLike(v) && tag(v) === '[object String]'); };
_.isNumber = function (v) { return typeof v === 'number' || (_.isObjectLike(v) && tag(v) === '[object Number]'); };
_.isBoolean = function (v) { return v === true || v === false || (_.isObjectLike(v) && tag(v) === '[object Boolean]'); };
_.isFunction = function (v) { return typeof v === 'function'; };
_.isDate = function (v) { return _.isObjectLike(v) && tag(v) === '[object Date]'; };
_.isRegExp = function (v) { return _.isObjectLike(v) && tag(v) === '[object RegExp]'; };
_.isError = function (v) { return _.isObjectLike(v) && (tag(v) === '[object Error]' || v instanceof Error); };
_.isMap = function (v) { return _.isObjectLike(v) && tag(v) === '[object Map]'; };
_.isSet = function (v) { return _.isObjectLike(v) && tag(v) === '[object Set]'; };
_.isWeakMap = function (v) { return _.isObjectLike(v) && tag(v) === '[object WeakMap]'; };
_.isWeakSet = function (v) { return _.isObjectLike(v) && tag(v) === '[object WeakSet]'; };
_.isSymbol = function (v) { return typeof v === 'symbol'; };
_.isNil = function (v) { return v == null; };
_.isNull = function (v) { return v === null; };
_.isUndefined = function (v) { return v === undefined; };
_.isNaN = function (v) { return _.isNumber(v) && v != +v; };
_.isFinite = function (v) { return typeof v === 'number' && isFinite(v); };
_.isInteger = function (v) { return typeof v === 'number' && v === _.toInteger(v); };
_.isSafeInteger = function (v) { return _.isInteger(v) && Math.abs(v) <= 9007199254740991; };
_.isLength = function (v) { return typeof v === 'number' && v > -1 && v % 1 === 0 && v <= 9007199254740991; };
_.isArrayLike = function (v) { return v != null && typeof v !== 'function' && _.isLength(v.length); };
_.isArrayLikeObject = function (v) { return _.isObjectLike(v) && _.isArrayLike(v); };
_.isArguments = function (v) { return _.isObjectLike(v) && tag(v) === '[object Arguments]'; };
_.isTypedArray = function (v) { return _.isObjectLike(v) && /^\[object (?:Uint|Int|Float)\d+(?:Clamped)?Array\]$/.test(tag(v)); };
_.isArrayBuffer = function (v) { return _.isObjectLike(v) && tag(v) === '[object ArrayBuffer]'; };
_.isBuffer = function () { return false; };
_.isElement = function () { return false; };
_.isNative = function (v) { return typeof v === 'function' && /\[native code\]/.test(Function.prototype.toString.call(v)); };
_.isEmpty = function (v) {
  if (v == null) return true;
  if (_.isArrayLike(v) && (Array.isArray(v) || typeof v === 'string' || typeof v.splice === 'function' || _.isArguments(v))) return !v.length;
  if (_.isMap(v) || _.isSet(v)) return !v.size;
  for (var k in v) if (hasOwn.call(v, k)) return false;
  return true;
};

// ---------- conversions ----------
_.toNumber = function (v) {
  if (typeof v === 'number') return v;
  if (typeof v === 'symbol') return NaN;
  if (_.isObject(v)) {
    var other = typeof v.valueOf === 'function' ? v.valueOf() : v;
    v = _.isObject(other) ? other + '' : other;
  }
  if (typeof v !== 'string') return v === 0 ? v : +v;
  v = v.replace(/^\s+|\s+$/g, '');
  if (/^0b[01]+$/i.test(v)) return parseInt(v.slice(2), 2);
  if (/^0o[0-7]+$/i.test(v)) return parseInt(v.slice(2), 8);
  if (/^[-+]0x[0-9a-f]+$/i.test(v)) return NaN;
  return +v;
};
_.toFinite = function (v) {
  if (!v) return v === 0 ? v : 0;
  v = _.toNumber(v);
  if (v === Infinity || v === -Infinity) return (v < 0 ? -1 : 1) * 1.7976931348623157e308;
  return v === v ? v : 0;
};
_.toInteger = function (v) { var r = _.toFinite(v), rem = r % 1; return r === r ? (rem ? r - rem : r) : 0; };
_.toSafeInteger = function (v) { return v ? _.clamp(_.toInteger(v), -9007199254740991, 9007199254740991) : (v === 0 ? v : 0); };
_.toLength = function (v) { return v ? _.clamp(_.toInteger(v), 0, 4294967295) : 0; };
function baseToString(v) {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(baseToString) + '';
  if (typeof v === 'symbol') return v.toString();
  var r = v + '';
  return r === '0' && 1 / v === -Infinity ? '-0' : r;
}
_.toString = function (v) { return v == null ? '' : baseToString(v); };
_.toArray = function (v) {
  if (!v) return [];
  if (_.isArrayLike(v)) return typeof v === 'string' ? Array.from(v) : Array.prototype.slice.call(v);
  if (_.isMap(v) || _.isSet(v)) return Array.from(v.entries ? (_.isMap(v) ? v.entries() : v.values()) : v);
  return _.values(v);
};
_.toPlainObject = function (v) { var o = {}; for (var k in Object(v)) o[k] = v[k]; return o; };
_.castArray = function () { if (!arguments.length) return []; var v = arguments[0]; return Array.isArray(v) ? v : [v]; };
_.parseInt = function (s, radix) {
  radix = radix == null ? 0 : +radix;
  return parseInt(_.toString(s).replace(/^\s+/, ''), radix || 0);
};

// ---------- paths and iteratees ----------
_.toPath = function (value) {
  if (Array.isArray(value)) return value.map(function (k) { return typeof k === 'symbol' ? k : _.toString(k); });
  if (typeof value === 'symbol') return [value];
  var s = _.toString(value), out = [];
  if (s.charCodeAt(0) === 46) out.push('');
  s.replace(/[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g,
    function (match, number, quote, subString) {
      out.push(quote ? subString.replace(/\\(\\)?/g, '$1') : (number || match));
    });
  return out;
};
function castPath(path, obj) {
  if (Array.isArray(path)) return path;
  if (typeof path === 'number' || typeof path === 'symbol') return [path];
  if (obj != null && typeof path === 'string' && path in Object(obj)) return [path];
  if (typeof path === 'string' && !/[.[\]]/.test(path)) return [path];
  return _.toPath(path);
}
_.get = function (obj, path, defaultValue) {
  var parts = castPath(path, obj), i = 0;
  while (obj != null && i < parts.length) obj = obj[parts[i++]];
  var r = i && i === parts.length ? obj : undefined;
  return r === undefined ? defaultValue : r;
};
_.has = function (obj, path) {
  var parts = castPath(path, obj);
  for (var i = 0; i < parts.length; i++) {
    if (obj == null || !hasOwn.call(obj, parts[i])) return false;
    obj = obj[parts[i]];
  }
  return parts.length > 0;
};
_.hasIn = function (obj, path) {
  var parts = castPath(path, obj);
  for (var i = 0; i < parts.length; i++) {
    if (obj == null || !(parts[i] in Object(obj))) return false;
    obj = obj[parts[i]];
  }
  return parts.length > 0;
};
_.setWith = function (obj, path, value, customizer) {
  if (!_.isObject(obj)) return obj;
  var parts = castPath(path, obj), node = obj;
  for (var i = 0; i < parts.length && node != null; i++) {
    var key = parts[i];
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return obj;
    if (i === parts.length - 1) {
      node[key] = value;
    } else {
      var next = node[key];
      if (!_.isObject(next)) {
        next = customizer ? customizer(next, key, node) : undefined;
        if (next === undefined) next = /^(?:0|[1-9]\d*)$/.test(parts[i + 1]) ? [] : {};
        node[key] = next;
      }
      node = next;
    }
  }
  return obj;
};
_.set = function (obj, path, value) { return _.setWith(obj, path, value); };
_.update = function (obj, path, updater) {
  if (obj == null) return obj;
  return _.set(obj, path, (typeof updater === 'function' ? updater : _.identity)(_.get(obj, path)));
};
_.unset = function (obj, path) {
  if (obj == null) return true;
  var parts = castPath(path, obj), parent = parts.length < 2 ? obj : _.get(obj, parts.slice(0, -1));
  var key = parts[parts.length - 1];
  if (parent == null) return true;
  if (typeof parent !== 'object' && typeof parent !== 'function') return !hasOwn.call(Object(parent), key);
  try { return delete parent[key]; } catch (e) { return false; }
};
_.result = function (obj, path, defaultValue) {
  var parts = castPath(path, obj), i = 0, len = parts.length;
  if (!len) { len = 1; obj = undefined; }
  while (i < len) {
    var value = obj == null ? undefined : obj[parts[i]];
    if (value === undefined) { i = len; value = defaultValue; }
    obj = typeof value === 'function' ? value.call(obj) : value;
    i++;
  }
  return obj;
};
_.at = function (obj) {
  var paths = _.flattenDeep(Array.prototype.slice.call(arguments, 1));
  return paths.map(function (p) { return _.get(obj, p); });
};
_.property = function (path) { return function (obj) { return _.get(obj, path); }; };
_.propertyOf = function (obj) { return function (path) { return _.get(obj, path); }; };
_.isMatch = function (obj, source) {
  if (source == null) return true;
  if (obj == null) return !Object.keys(source).length;
  return Object.keys(source).every(function (k) {
    var s = source[k], o = Object(obj)[k];
    if (_.isObject(s) && _.isObject(o) && !Array.isArray(s)) return _.isMatch(o, s);
    if (Array.isArray(s) && Array.isArray(o)) return s.every(function (x) { return o.some(function (y) { return _.isEqual(x, y) || (_.isObject(x) && _.isMatch(y, x)); }); });
    return (k in Object(obj)) && _.isEqual(o, s);
  });
};
_.matches = function (source) { source = _.cloneDeep(source); return function (obj) { return _.isMatch(obj, source); }; };
_.matchesProperty = function (path, value) { return function (obj) { var v = _.get(obj, path); return _.isObject(value) ? _.isMatch(v, value) : _.isEqual(v, value); }; };
_.iteratee = function (v) {
  if (typeof v === 'function') return v;
  if (v == null) return _.identity;
  if (typeof v === 'object') return Array.isArray(v) ? _.matchesProperty(v[0], v[1]) : _.matches(v);
  return _.property(v);
};
var it = _.iteratee;

// ---------- functions ----------
_.identity = function (v) { return v; };
_.noop = function () {};
_.constant = function (v) { return function () { return v; }; };
_.stubArray = function () { return []; };
_.stubObject = function () { return {}; };
_.stubString = function () { return ''; };
_.stubTrue = function () { return true; };
_.stubFalse = function () { return false; };
_.now = function () { return Date.now(); };
_.once = function (fn) { return _.before(2, fn); };
_.before = function (n, fn) {
  var result;
  return function () {
    if (--n > 0) result = fn.apply(this, arguments);
    if (n <= 1) fn = undefined;
    return result;
  };
};
_.after = function (n, fn) { return function () { if (--n < 1) return fn.apply(this, arguments); }; };
_.memoize = function (fn, resolver) {
  if (typeof fn !== 'function' || (resolver != null && typeof resolver !== 'function')) throw new TypeError('Expected a function');
  var memoized = function () {
    var key = resolver ? resolver.apply(this, arguments) : arguments[0], cache = memoized.cache;
    if (cache.has(key)) return cache.get(key);
    var r = fn.apply(this, arguments);
    memoized.cache = cache.set(key, r) || cache;
    return r;
  };
  memoized.cache = new Map();
  return memoized;
};
_.negate = function (pred) { return function () { return !pred.apply(this, arguments); }; };
_.partial = function (fn) { var bound = Array.prototype.slice.call(arguments, 1); return function () { return fn.apply(this, bound.concat(Array.prototype.slice.call(arguments))); }; };
_.partialRight = function (fn) { var bound = Array.prototype.slice.call(arguments, 1); return function () { return fn.apply(this, Array.prototype.slice.call(arguments).concat(bound)); }; };
_.bind = function (fn, thisArg) { var bound = Array.prototype.slice.call(arguments, 2); return function () { return fn.apply(thisArg, bound.concat(Array.prototype.slice.call(arguments))); }; };
_.bindAll = function (obj) { _.flattenDeep(Array.prototype.slice.call(arguments, 1)).forEach(function (k) { obj[k] = obj[k].bind(obj); }); return obj; };
_.curry = function (fn, arity) {
  arity = arity === undefined ? fn.length : arity;
  var curried = function (args) {
    return function () {
      var all = args.concat(Array.prototype.slice.call(arguments));
      return all.length >= arity ? fn.apply(this, all) : curried(all);
    };
  };
  return curried([]);
};
_.flow = function () {
  var fns = _.flatten(Array.prototype.slice.call(arguments));
  return function () {
    var r = fns.length ? fns[0].apply(this, arguments) : arguments[0];
    for (var i = 1; i < fns.length; i++) r = fns[i].call(this, r);
    return r;
  };
};
_.flowRight = function () { return _.flow.apply(null, _.flatten(Array.prototype.slice.call(arguments)).reverse()); };
_.ary = function (fn, n) { n = n === undefined ? fn.length : n; return function () { return fn.apply(this, Array.prototype.slice.call(arguments, 0, n)); }; };
_.unary = function (fn) { return _.ary(fn, 1); };
_.nthArg = function (n) { n = _.toInteger(n); return function () { return _.nth(arguments, n); }; };
_.rest = function (fn, start) {
  start = start === undefined ? fn.length - 1 : _.toInteger(start);
  return function () {
    var args = Array.prototype.slice.call(arguments, 0, start);
    args[start] = Array.prototype.slice.call(arguments, start);
    return fn.apply(this, args);
  };
};
_.spread = function (fn) { return function (args) { return fn.apply(this, args); }; };
_.flip = function (fn) { return function () { return fn.apply(this, Array.prototype.slice.call(arguments).reverse()); }; };
_.rearg = function (fn) { var idx = _.flatten(Array.prototype.slice.call(arguments, 1)); return function () { var a = arguments; return fn.apply(this, idx.map(function (i) { return a[i]; })); }; };
_.overArgs = function (fn, transforms) { transforms = _.flatten([transforms]); return function () { var a = Array.prototype.slice.call(arguments); return fn.apply(this, a.map(function (x, i) { return transforms[i] ? transforms[i](x) : x; })); }; };
_.over = function () { var fns = _.flatten(Array.prototype.slice.call(arguments)); return function () { var a = arguments, t = this; return fns.map(function (f) { return it(f).apply(t, a); }); }; };
_.overEvery = function () { var fns = _.flatten(Array.prototype.slice.call(arguments)); return function () { var a = arguments, t = this; return fns.every(function (f) { return it(f).apply(t, a); }); }; };
_.overSome = function () { var fns = _.flatten(Array.prototype.slice.call(arguments)); return function () { var a = arguments, t = this; return fns.some(function (f) { return it(f).apply(t, a); }); }; };
_.wrap = function (value, wrapper) { return function () { return wrapper.apply(this, [value].concat(Array.prototype.slice.call(arguments))); }; };
// Timers do not outlive a script in the sandbox: debounce/throttle call through, delay/defer run now.
_.debounce = function (fn) { var d = function () { return fn.apply(this, arguments); }; d.cancel = _.noop; d.flush = _.noop; return d; };
_.throttle = _.debounce;
_.defer = function (fn) { var a = Array.prototype.slice.call(arguments, 1); if (typeof setTimeout === 'function') return setTimeout(function () { fn.apply(undefined, a); }, 1); fn.apply(undefined, a); return 0; };
_.delay = function (fn, wait) { var a = Array.prototype.slice.call(arguments, 2); if (typeof setTimeout === 'function') return setTimeout(function () { fn.apply(undefined, a); }, +wait || 0); fn.apply(undefined, a); return 0; };
_.attempt = function (fn) { try { return fn.apply(undefined, Array.prototype.slice.call(arguments, 1)); } catch (e) { return _.isError(e) ? e : new Error(e); } };
_.defaultTo = function (v, d) { return v == null || v !== v ? d : v; };
var idCounter = 0;
_.uniqueId = function (prefix) { return _.toString(prefix) + (++idCounter); };
_.times = function (n, fn) {
  n = _.toInteger(n);
  if (n < 1) return [];
  fn = typeof fn === 'function' ? fn : _.identity;
  var r = [];
  for (var i = 0; i < n; i++) r.push(fn(i));
  return r;
};
_.method = function (path) { var a = Array.prototype.slice.call(arguments, 1); return function (obj) { return _.invoke.apply(null, [obj, path].concat(a)); }; };
_.methodOf = function (obj) { var a = Array.prototype.slice.call(arguments, 1); return function (path) { return _.invoke.apply(null, [obj, path].concat(a)); }; };
_.invoke = function (obj, path) {
  var parts = castPath(path, obj), parent = parts.length > 1 ? _.get(obj, parts.slice(0, -1)) : obj;
  var fn = parent == null ? undefined : parent[parts[parts.length - 1]];
  return fn == null ? undefined : fn.apply(parent, Array.prototype.slice.call(arguments, 2));
};
_.cond = function (pairs) { return function () { for (var i = 0; i < pairs.length; i++) if (pairs[i][0].apply(this, arguments)) return pairs[i][1].apply(this, arguments); }; };
_.conforms = function (source) { return function (obj) { return _.conformsTo(obj, source); }; };
_.conformsTo = function (obj, source) { return Object.keys(source).every(function (k) { return obj != null && source[k](obj[k]); }); };
_.tap = function (v, fn) { fn(v); return v; };
_.thru = function (v, fn) { return fn(v); };

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

// ---------- objects ----------
_.keys = function (o) {
  if (o == null) return [];
  if (_.isArrayLike(o)) {
    var r = [];
    for (var i = 0; i < o.length; i++) r.push(String(i));
    if (typeof o !== 'string') {
      Object.keys(o).forEach(function (k) { if (k !== 'length' && !(/^(?:0|[1-9]\d*)$/.test(k) && +k < o.length)) r.push(k); });
    }
    return r;
  }
  return Object.keys(Object(o));
};
_.keysIn = function (o) { var r = []; for (var k in Object(o)) r.push(k); return r; };
_.values = function (o) { return o == null ? [] : _.keys(o).map(function (k) { return o[k]; }); };
_.valuesIn = function (o) { return _.keysIn(o).map(function (k) { return o[k]; }); };
_.toPairs = function (o) {
  if (_.isMap(o)) return Array.from(o.entries());
  if (_.isSet(o)) return Array.from(o.values()).map(function (v) { return [v, v]; });
  return _.keys(o).map(function (k) { return [k, o[k]]; });
};
_.entries = _.toPairs;
_.toPairsIn = function (o) { return _.keysIn(o).map(function (k) { return [k, o[k]]; }); };
_.entriesIn = _.toPairsIn;
_.assignWith = function (target) {
  var args = Array.prototype.slice.call(arguments, 1), custom = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  target = Object(target);
  args.forEach(function (src) {
    if (src == null) return;
    _.keys(src).forEach(function (k) { target[k] = custom ? custom(target[k], src[k], k, target, src) : src[k]; });
  });
  return target;
};
_.assign = function (target) {
  target = Object(target);
  for (var i = 1; i < arguments.length; i++) {
    var src = arguments[i];
    if (src != null) _.keys(src).forEach(function (k) { target[k] = src[k]; });
  }
  return target;
};
_.assignIn = function (target) {
  target = Object(target);
  for (var i = 1; i < arguments.length; i++) { var src = arguments[i]; for (var k in src) target[k] = src[k]; }
  return target;
};
_.extend = _.assignIn;
_.assignInWith = _.assignWith;
_.extendWith = _.assignWith;
_.defaults = function (target) {
  target = Object(target);
  for (var i = 1; i < arguments.length; i++) {
    var src = arguments[i];
    if (src == null) continue;
    for (var k in src) if (target[k] === undefined || (target[k] === Object.prototype[k] && !hasOwn.call(target, k))) target[k] = src[k];
  }
  return target;
};
_.defaultsDeep = function (target) {
  target = Object(target);
  for (var i = 1; i < arguments.length; i++) {
    var src = arguments[i];
    if (src == null) continue;
    for (var k in src) {
      if (target[k] === undefined) target[k] = _.cloneDeep(src[k]);
      else if (_.isPlainObject(target[k]) && _.isPlainObject(src[k])) _.defaultsDeep(target[k], src[k]);
    }
  }
  return target;
};
function baseMerge(target, src, custom, stack) {
  _.keysIn(src).forEach(function (k) {
    var sv = src[k], tv = target[k];
    var r = custom ? custom(tv, sv, k, target, src, stack) : undefined;
    if (r !== undefined) { target[k] = r; return; }
    if (_.isObject(sv) && (Array.isArray(sv) || _.isPlainObject(sv) || _.isArguments(sv) || _.isTypedArray(sv))) {
      if (stack.indexOf(sv) > -1) { target[k] = sv; return; }
      var base;
      if (Array.isArray(sv)) base = Array.isArray(tv) ? tv : _.isArrayLikeObject(tv) ? arr(tv) : [];
      else base = _.isPlainObject(tv) || _.isArguments(tv) ? tv : _.isObject(tv) && typeof tv !== 'function' ? tv : {};
      stack.push(sv);
      target[k] = baseMerge(base, sv, custom, stack);
      stack.pop();
    } else if (sv !== undefined || !(k in Object(target))) {
      target[k] = sv;
    }
  });
  return target;
}
_.mergeWith = function (target) {
  var args = Array.prototype.slice.call(arguments, 1), custom = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  target = Object(target);
  args.forEach(function (src) { if (src != null) baseMerge(target, src, custom, []); });
  return target;
};
_.merge = function () { return _.mergeWith.apply(null, Array.prototype.slice.call(arguments).concat([undefined])); };
_.pick = function (o) {
  var paths = _.flattenDeep(Array.prototype.slice.call(arguments, 1)), r = {};
  if (o == null) return r;
  paths.forEach(function (p) { if (_.hasIn(o, p)) _.set(r, castPath(p, o), _.get(o, p)); });
  return r;
};
_.pickBy = function (o, fn) { fn = it(fn); var r = {}; if (o == null) return r; _.keysIn(o).forEach(function (k) { if (fn(o[k], k)) r[k] = o[k]; }); return r; };
_.omit = function (o) {
  var paths = _.flattenDeep(Array.prototype.slice.call(arguments, 1));
  if (o == null) return {};
  var r = _.cloneDeep(_.toPlainObject(o));
  paths.forEach(function (p) { _.unset(r, p); });
  return r;
};
_.omitBy = function (o, fn) { fn = it(fn); return _.pickBy(o, function (v, k) { return !fn(v, k); }); };
_.invert = function (o) { var r = {}; _.keys(o).forEach(function (k) { r[o[k]] = k; }); return r; };
_.invertBy = function (o, fn) { fn = it(fn); var r = {}; _.keys(o).forEach(function (k) { var v = fn(o[k]); (hasOwn.call(r, v) ? r[v] : (r[v] = [])).push(k); }); return r; };
_.mapValues = function (o, fn) { fn = it(fn); var r = {}; _.keys(o).forEach(function (k) { r[k] = fn(o[k], k, o); }); return r; };
_.mapKeys = function (o, fn) { fn = it(fn); var r = {}; _.keys(o).forEach(function (k) { r[fn(o[k], k, o)] = o[k]; }); return r; };
_.findKey = function (o, fn) { fn = it(fn); var ks = _.keys(o); for (var i = 0; i < ks.length; i++) if (fn(o[ks[i]], ks[i], o)) return ks[i]; return undefined; };
_.findLastKey = function (o, fn) { fn = it(fn); var ks = _.keys(o); for (var i = ks.length - 1; i >= 0; i--) if (fn(o[ks[i]], ks[i], o)) return ks[i]; return undefined; };
_.functions = function (o) { return _.keys(o).filter(function (k) { return typeof o[k] === 'function'; }); };
_.functionsIn = function (o) { return _.keysIn(o).filter(function (k) { return typeof o[k] === 'function'; }); };
_.create = function (proto, props) { var o = Object.create(proto); return props ? _.assign(o, props) : o; };
_.transform = function (o, fn, acc) {
  fn = it(fn);
  if (acc === undefined) acc = Array.isArray(o) ? [] : _.isObject(o) ? Object.create(Object.getPrototypeOf(o)) : {};
  _.forEach(o, function (v, k) { return fn(acc, v, k, o); });
  return acc;
};
function baseClone(v, deep, custom, stack) {
  if (custom) { var c = custom(v); if (c !== undefined) return c; }
  if (!_.isObject(v) || typeof v === 'function') return v;
  if (stack) { for (var s = 0; s < stack.length; s++) if (stack[s][0] === v) return stack[s][1]; }
  var r;
  if (Array.isArray(v)) r = new Array(v.length);
  else if (_.isDate(v)) return new Date(+v);
  else if (_.isRegExp(v)) { r = new RegExp(v.source, v.flags); r.lastIndex = v.lastIndex; return r; }
  else if (_.isMap(v)) { r = new Map(); v.forEach(function (x, k) { r.set(k, deep ? baseClone(x, deep, custom, stack) : x); }); return r; }
  else if (_.isSet(v)) { r = new Set(); v.forEach(function (x) { r.add(deep ? baseClone(x, deep, custom, stack) : x); }); return r; }
  else if (_.isError(v) || _.isWeakMap(v)) return {};
  else r = Object.create(Object.getPrototypeOf(v));
  if (stack) stack.push([v, r]);
  Object.keys(v).forEach(function (k) { r[k] = deep ? baseClone(v[k], deep, custom, stack) : v[k]; });
  return r;
}
_.clone = function (v) { return baseClone(v, false, null, null); };
_.cloneDeep = function (v) { return baseClone(v, true, null, []); };
_.cloneWith = function (v, fn) { return baseClone(v, false, fn, null); };
_.cloneDeepWith = function (v, fn) { return baseClone(v, true, fn, []); };
function baseIsEqual(a, b, custom, stack) {
  if (custom) { var c = custom(a, b); if (c !== undefined) return !!c; }
  if (a === b) return true;
  if (a == null || b == null || (!_.isObjectLike(a) && !_.isObjectLike(b))) return a !== a && b !== b;
  var ta = tag(a);
  if (ta !== tag(b)) return false;
  switch (ta) {
    case '[object Number]': case '[object Boolean]': case '[object Date]':
      return _.eq(+a, +b);
    case '[object String]': return String(a) === String(b);
    case '[object RegExp]': return String(a) === String(b);
    case '[object Error]': return a.name === b.name && a.message === b.message;
    case '[object Map]': case '[object Set]':
      return a.size === b.size && baseIsEqual(Array.from(a), Array.from(b), custom, stack);
    default:
  }
  for (var s = 0; s < stack.length; s++) if (stack[s][0] === a) return stack[s][1] === b;
  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
    stack.push([a, b]);
    for (var i = 0; i < a.length; i++) if (!baseIsEqual(a[i], b[i], custom, stack)) { stack.pop(); return false; }
    stack.pop();
    return true;
  }
  var ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  if (a.constructor !== b.constructor && 'constructor' in a && 'constructor' in b &&
      !(typeof a.constructor === 'function' && a.constructor instanceof a.constructor && typeof b.constructor === 'function' && b.constructor instanceof b.constructor)) return false;
  stack.push([a, b]);
  for (var j = 0; j < ka.length; j++) {
    if (!hasOwn.call(b, ka[j]) || !baseIsEqual(a[ka[j]], b[ka[j]], custom, stack)) { stack.pop(); return false; }
  }
  stack.pop();
  return true;
}
_.isEqual = function (a, b) { return baseIsEqual(a, b, null, []); };
_.isEqualWith = function (a, b, fn) { return baseIsEqual(a, b, typeof fn === 'function' ? fn : null, []); };
_.isMatchWith = function (o, s) { return _.isMatch(o, s); };

// ---------- strings ----------
var LOWER = 'a-z\\xdf-\\xf6\\xf8-\\xff', UPPER = 'A-Z\\xc0-\\xd6\\xd8-\\xde';
var reWords = new RegExp('[' + UPPER + ']{2,}(?=[' + UPPER + '][' + LOWER + ']|[^' + UPPER + LOWER + ']|$)|[' + UPPER + ']?[' +
  LOWER + ']+|[' + UPPER + ']+|[0-9]+', 'g');
_.words = function (s, pattern) {
  s = _.toString(s);
  if (pattern !== undefined) return s.match(pattern) || [];
  return s.match(reWords) || [];
};
var DEBURR = { 'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ç': 'c', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'ì': 'i',
  'í': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o', 'ù': 'u', 'ú': 'u', 'û': 'u',
  'ü': 'u', 'ý': 'y', 'ÿ': 'y', 'À': 'A', 'Á': 'A', 'Â': 'A', 'Ã': 'A', 'Ä': 'A', 'Å': 'A', 'Ç': 'C', 'È': 'E', 'É': 'E', 'Ê': 'E',
  'Ë': 'E', 'Ì': 'I', 'Í': 'I', 'Î': 'I', 'Ï': 'I', 'Ñ': 'N', 'Ò': 'O', 'Ó': 'O', 'Ô': 'O', 'Õ': 'O', 'Ö': 'O', 'Ø': 'O', 'Ù': 'U',
  'Ú': 'U', 'Û': 'U', 'Ü': 'U', 'Ý': 'Y', 'ß': 'ss', 'Æ': 'Ae', 'æ': 'ae', 'Þ': 'Th', 'þ': 'th', 'Ð': 'D', 'ð': 'd' };
_.deburr = function (s) { return _.toString(s).replace(/[\xc0-\xd6\xd8-\xf6\xf8-\xff]/g, function (c) { return DEBURR[c] || c; }).replace(/[\u0300-\u036f]/g, ''); };
function compounder(fn) { return function (s) { return _.words(_.deburr(s).replace(/['\u2019]/g, '')).reduce(function (acc, w, i) { return fn(acc, w, i); }, ''); }; }
_.upperFirst = function (s) { s = _.toString(s); return s.charAt(0).toUpperCase() + s.slice(1); };
_.lowerFirst = function (s) { s = _.toString(s); return s.charAt(0).toLowerCase() + s.slice(1); };
_.capitalize = function (s) { return _.upperFirst(_.toString(s).toLowerCase()); };
_.camelCase = compounder(function (acc, w, i) { w = w.toLowerCase(); return acc + (i ? _.capitalize(w) : w); });
_.kebabCase = compounder(function (acc, w, i) { return acc + (i ? '-' : '') + w.toLowerCase(); });
_.snakeCase = compounder(function (acc, w, i) { return acc + (i ? '_' : '') + w.toLowerCase(); });
_.lowerCase = compounder(function (acc, w, i) { return acc + (i ? ' ' : '') + w.toLowerCase(); });
_.upperCase = compounder(function (acc, w, i) { return acc + (i ? ' ' : '') + w.toUpperCase(); });
_.startCase = compounder(function (acc, w, i) { return acc + (i ? ' ' : '') + _.upperFirst(w); });
_.toLower = function (s) { return _.toString(s).toLowerCase(); };
_.toUpper = function (s) { return _.toString(s).toUpperCase(); };
function charsRe(chars) { return chars.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&'); }
_.trim = function (s, chars) { s = _.toString(s); if (chars === undefined) return s.trim(); var c = charsRe(_.toString(chars)); return c ? s.replace(new RegExp('^[' + c + ']+|[' + c + ']+$', 'g'), '') : s; };
_.trimStart = function (s, chars) { s = _.toString(s); if (chars === undefined) return s.replace(/^\s+/, ''); var c = charsRe(_.toString(chars)); return c ? s.replace(new RegExp('^[' + c + ']+'), '') : s; };
_.trimEnd = function (s, chars) { s = _.toString(s); if (chars === undefined) return s.replace(/\s+$/, ''); var c = charsRe(_.toString(chars)); return c ? s.replace(new RegExp('[' + c + ']+$'), '') : s; };
function padding(n, chars) {
  chars = chars === undefined ? ' ' : _.toString(chars);
  if (!chars || n <= 0) return '';
  var r = '';
  while (r.length < n) r += chars;
  return r.slice(0, n);
}
_.pad = function (s, length, chars) {
  s = _.toString(s); length = _.toInteger(length);
  var len = s.length;
  if (!length || len >= length) return s;
  var mid = (length - len) / 2;
  return padding(Math.floor(mid), chars) + s + padding(Math.ceil(mid), chars);
};
_.padStart = function (s, length, chars) { s = _.toString(s); return padding(_.toInteger(length) - s.length, chars) + s; };
_.padEnd = function (s, length, chars) { s = _.toString(s); return s + padding(_.toInteger(length) - s.length, chars); };
_.repeat = function (s, n) { s = _.toString(s); n = n === undefined ? 1 : _.toInteger(n); var r = ''; for (var i = 0; i < n; i++) r += s; return r; };
_.startsWith = function (s, target, pos) { s = _.toString(s); pos = pos == null ? 0 : _.clamp(_.toInteger(pos), 0, s.length); target = baseToString(target); return s.slice(pos, pos + target.length) === target; };
_.endsWith = function (s, target, pos) { s = _.toString(s); target = baseToString(target); pos = pos === undefined ? s.length : _.clamp(_.toInteger(pos), 0, s.length); var end = pos - target.length; return end >= 0 && s.slice(end, pos) === target; };
_.split = function (s, sep, limit) { return _.toString(s).split(sep, limit === undefined ? undefined : limit >>> 0); };
_.replace = function () { var a = arguments, s = _.toString(a[0]); return a.length < 3 ? s : s.replace(a[1], a[2]); };
var ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
var UNESC = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
_.escape = function (s) { return _.toString(s).replace(/[&<>"']/g, function (c) { return ESC[c]; }); };
_.unescape = function (s) { return _.toString(s).replace(/&(?:amp|lt|gt|quot|#39);/g, function (e) { return UNESC[e]; }); };
_.escapeRegExp = function (s) { return _.toString(s).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'); };
_.truncate = function (s, options) {
  s = _.toString(s);
  options = _.isObject(options) ? options : {};
  var length = 'length' in options ? _.toInteger(options.length) : 30;
  var omission = 'omission' in options ? _.toString(options.omission) : '...';
  if (s.length <= length) return s;
  var end = length - omission.length;
  if (end < 1) return omission;
  var result = s.slice(0, end), sep = options.separator;
  if (sep === undefined) return result + omission;
  if (_.isRegExp(sep)) {
    if (s.slice(end).search(sep)) {
      var re = new RegExp(sep.source, (sep.flags || '').replace('g', '') + 'g'), m, newEnd;
      while ((m = re.exec(result))) { newEnd = m.index; if (!m[0].length) re.lastIndex++; }
      result = result.slice(0, newEnd === undefined ? end : newEnd);
    }
  } else if (s.indexOf(sep, end) !== end) {
    var idx = result.lastIndexOf(sep);
    if (idx > -1) result = result.slice(0, idx);
  }
  return result + omission;
};
_.templateSettings = { escape: /<%-([\s\S]+?)%>/g, evaluate: /<%([\s\S]+?)%>/g, interpolate: /<%=([\s\S]+?)%>/g, variable: '', imports: { _: _ } };
_.template = function (text, options) {
  var settings = _.assign({}, _.templateSettings, options || {});
  text = _.toString(text);
  var matcher = new RegExp([(settings.escape || /$^/).source, (settings.interpolate || /$^/).source,
    /\$\{([^\\}]*(?:\\.[^\\}]*)*)\}/.source, (settings.evaluate || /$^/).source].join('|') + '|$', 'g');
  var source = "__p += '", index = 0;
  text.replace(matcher, function (match, esc, interp, es6, evaluate, offset) {
    source += text.slice(index, offset).replace(/['\\\n\r\u2028\u2029]/g, function (c) {
      return { "'": "\\'", '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' }[c];
    });
    if (esc) source += "' +\n__e(" + esc + ") +\n'";
    var inter = interp || es6;
    if (inter) source += "' +\n((__t = (" + inter + ")) == null ? '' : __t) +\n'";
    if (evaluate) source += "';\n" + evaluate + ";\n__p += '";
    index = offset + match.length;
    return match;
  });
  source += "';\n";
  if (!settings.variable) source = 'with (obj) {\n' + source + '}\n';
  source = 'var __t, __p = \'\', __e = _.escape;\n' + source + 'return __p;';
  var imports = _.assign({}, settings.imports);
  var names = Object.keys(imports);
  var fn = Function.apply(null, names.concat([settings.variable || 'obj', source]));
  var compiled = function (data) { return fn.apply(undefined, names.map(function (n) { return imports[n]; }).concat([data || {}])); };
  compiled.source = 'function(' + (settings.variable || 'obj') + ') {\n' + source + '\n}';
  return compiled;
};

// ---------- chaining ----------
var NOT_CHAINABLE = ('add attempt camelCase capitalize ceil clamp clone cloneDeep cloneDeepWith cloneWith conformsTo deburr ' +
  'defaultTo divide each eachRight endsWith eq escape escapeRegExp every find findIndex findKey findLast findLastIndex ' +
  'findLastKey first floor forEach forEachRight forIn forInRight forOwn forOwnRight get gt gte has hasIn head identity ' +
  'includes indexOf inRange invoke join kebabCase last lastIndexOf lowerCase lowerFirst lt lte max maxBy mean meanBy min ' +
  'minBy multiply noConflict noop now nth pad padEnd padStart parseInt pop random reduce reduceRight repeat result round ' +
  'runInContext sample shift size snakeCase some sortedIndex sortedIndexBy sortedIndexOf sortedLastIndex sortedLastIndexBy ' +
  'sortedLastIndexOf startCase startsWith subtract sum sumBy template times trim trimEnd trimStart truncate unescape ' +
  'uniqueId upperCase upperFirst value words').split(' ');
function Wrapper(value, chainAll) { this.__wrapped__ = value; this.__chain__ = chainAll; }
Wrapper.prototype.value = function () { return this.__wrapped__; };
Wrapper.prototype.valueOf = Wrapper.prototype.value;
Wrapper.prototype.toJSON = Wrapper.prototype.value;
Wrapper.prototype.toString = function () { return _.toString(this.__wrapped__); };
Wrapper.prototype.chain = function () { this.__chain__ = true; return this; };
Wrapper.prototype.commit = function () { return new Wrapper(this.__wrapped__, this.__chain__); };
['pop', 'push', 'shift', 'sort', 'splice', 'unshift'].forEach(function (name) {
  Wrapper.prototype[name] = function () {
    var a = this.__wrapped__, r = Array.prototype[name].apply(a, arguments);
    if (!this.__chain__ && (name === 'pop' || name === 'shift')) return r;
    return new Wrapper(name === 'pop' || name === 'shift' ? r : a, this.__chain__);
  };
});
_.chain = function (value) { return new Wrapper(value, true); };
_.mixin = function (obj, source) {
  if (source === undefined) { source = obj; obj = _; }
  Object.keys(source).forEach(function (name) {
    if (typeof source[name] !== 'function') return;
    obj[name] = source[name];
    if (obj === _) addWrapperMethod(name);
  });
  return obj;
};
function addWrapperMethod(name) {
  if (name === 'chain' || name === 'mixin') return;
  Wrapper.prototype[name] = function () {
    var r = _[name].apply(_, [this.__wrapped__].concat(Array.prototype.slice.call(arguments)));
    if (!this.__chain__ && (NOT_CHAINABLE.indexOf(name) > -1 || /^(is|to)[A-Z]/.test(name))) return r;
    return new Wrapper(r, this.__chain__);
  };
}
_.noConflict = function () { return _; };
_.runInContext = function () { return _; };
_.VERSION = '4.17.21';
Object.keys(_).forEach(function (name) { if (typeof _[name] === 'function') addWrapperMethod(name); });

module.exports = _;
