// Node's util as Postman's sandbox bundles it: format, inspect, inherits and the is* helpers.
'use strict';
var IDENT = /^[A-Za-z_$][\w$]*$/;
function inspect(value, opts) {
  var depth = opts && opts.depth !== undefined ? opts.depth : 2;
  return formatValue(value, depth, []);
}
function formatValue(v, depth, seen) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'string') return "'" + v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
  if (typeof v === 'number') return v === 0 && 1 / v < 0 ? '-0' : String(v);
  if (typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') return '[Function' + (v.name ? ': ' + v.name : '') + ']';
  if (v instanceof Date) return isNaN(v) ? 'Invalid Date' : v.toISOString();
  if (v instanceof RegExp) return String(v);
  if (v instanceof Error) return '[' + (v.stack || Error.prototype.toString.call(v)) + ']';
  if (seen.indexOf(v) >= 0) return '[Circular]';
  var isArr = Array.isArray(v), keys = Object.keys(v);
  if (depth < 0) return isArr ? '[Array]' : '[Object]';
  if (!keys.length) return isArr ? '[]' : '{}';
  seen.push(v);
  var parts = keys.map(function (k) {
    var val = formatValue(v[k], depth - 1, seen);
    if (isArr && /^\d+$/.test(k)) return val;
    return (IDENT.test(k) ? k : "'" + k.replace(/'/g, "\\'") + "'") + ': ' + val;
  });
  seen.pop();
  var open = isArr ? '[' : '{', close = isArr ? ']' : '}';
  var oneLine = open + ' ' + parts.join(', ') + ' ' + close;
  if (oneLine.length <= 72) return oneLine;
  return open + ' ' + parts.join(',\n  ') + ' ' + close;
}
function isObject(v) { return typeof v === 'object' && v !== null; }
function format(f) {
  var args = arguments;
  if (typeof f !== 'string') {
    return Array.prototype.map.call(args, function (a) { return inspect(a); }).join(' ');
  }
  var i = 1, len = args.length;
  var str = String(f).replace(/%[sdj%]/g, function (x) {
    if (x === '%%') return '%';
    if (i >= len) return x;
    switch (x) {
      case '%s': return String(args[i++]);
      case '%d': return Number(args[i++]);
      case '%j': try { return JSON.stringify(args[i++]); } catch (e) { return '[Circular]'; }
      default: return x;
    }
  });
  for (var x = args[i]; i < len; x = args[++i]) str += x === null || !isObject(x) ? ' ' + x : ' ' + inspect(x);
  return str;
}
module.exports = {
  format: format,
  deprecate: function (fn) { return fn; },
  debuglog: function () { return function () {}; },
  inspect: inspect,
  isArray: Array.isArray,
  isBoolean: function (v) { return typeof v === 'boolean'; },
  isNull: function (v) { return v === null; },
  isNullOrUndefined: function (v) { return v == null; },
  isNumber: function (v) { return typeof v === 'number'; },
  isString: function (v) { return typeof v === 'string'; },
  isSymbol: function (v) { return typeof v === 'symbol'; },
  isUndefined: function (v) { return v === undefined; },
  isRegExp: function (v) { return v instanceof RegExp; },
  isObject: isObject,
  isDate: function (v) { return v instanceof Date; },
  isError: function (v) { return v instanceof Error; },
  isFunction: function (v) { return typeof v === 'function'; },
  isPrimitive: function (v) { return v === null || (typeof v !== 'object' && typeof v !== 'function'); },
  isBuffer: function () { return false; },
  log: function () { if (typeof console !== 'undefined') console.log(format.apply(null, arguments)); },
  inherits: function (ctor, superCtor) {
    ctor.super_ = superCtor;
    ctor.prototype = Object.create(superCtor.prototype, { constructor: { value: ctor, enumerable: false, writable: true, configurable: true } });
  },
  _extend: function (origin, add) { if (!isObject(add)) return origin; Object.keys(add).forEach(function (k) { origin[k] = add[k]; }); return origin; }
};
