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
