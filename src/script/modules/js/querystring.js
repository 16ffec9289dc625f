// Node's querystring as Postman's sandbox bundles it: parse/decode and stringify/encode.
'use strict';
function stringifyPrimitive(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'boolean': return v ? 'true' : 'false';
    case 'number': return isFinite(v) ? v : '';
    default: return '';
  }
}
function stringify(obj, sep, eq, name) {
  sep = sep || '&';
  eq = eq || '=';
  if (obj === null) obj = undefined;
  if (typeof obj === 'object') {
    return Object.keys(obj).map(function (k) {
      var ks = encodeURIComponent(stringifyPrimitive(k)) + eq;
      if (Array.isArray(obj[k])) return obj[k].map(function (v) { return ks + encodeURIComponent(stringifyPrimitive(v)); }).join(sep);
      return ks + encodeURIComponent(stringifyPrimitive(obj[k]));
    }).join(sep);
  }
  if (!name) return '';
  return encodeURIComponent(stringifyPrimitive(name)) + eq + encodeURIComponent(stringifyPrimitive(obj));
}
function decode(s) {
  try { return decodeURIComponent(s); } catch (e) { return unescape(s); }
}
function parse(qs, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  var obj = {};
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  var parts = qs.split(sep), maxKeys = options && typeof options.maxKeys === 'number' ? options.maxKeys : 1000;
  if (maxKeys > 0 && parts.length > maxKeys) parts = parts.slice(0, maxKeys);
  parts.forEach(function (part) {
    var x = part.replace(/\+/g, '%20'), idx = x.indexOf(eq);
    var k = decode(idx >= 0 ? x.substr(0, idx) : x), v = idx >= 0 ? decode(x.substr(idx + eq.length)) : '';
    if (!Object.prototype.hasOwnProperty.call(obj, k)) obj[k] = v;
    else if (Array.isArray(obj[k])) obj[k].push(v);
    else obj[k] = [obj[k], v];
  });
  return obj;
}
module.exports = { parse: parse, decode: parse, stringify: stringify, encode: stringify };
