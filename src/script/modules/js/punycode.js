// punycode 1.4.1 (RFC 3492 Bootstring with the IDNA parameters): encode/decode, toASCII/toUnicode, ucs2.
'use strict';
var BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72, INITIAL_N = 128;

function ucs2decode(string) {
  var out = [];
  for (var i = 0; i < string.length; i++) {
    var c = string.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < string.length) {
      var d = string.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) { out.push(((c & 0x3ff) << 10) + (d & 0x3ff) + 0x10000); i++; continue; }
    }
    out.push(c);
  }
  return out;
}
function ucs2encode(points) {
  return points.map(function (v) {
    if (v > 0xffff) { v -= 0x10000; return String.fromCharCode(0xd800 | ((v >>> 10) & 0x3ff), 0xdc00 | (v & 0x3ff)); }
    return String.fromCharCode(v);
  }).join('');
}
function digitToBasic(d) { return d + 22 + 75 * (d < 26); }
function basicToDigit(c) {
  if (c - 48 < 10) return c - 22;
  if (c - 65 < 26) return c - 65;
  if (c - 97 < 26) return c - 97;
  return BASE;
}
function adapt(delta, numPoints, first) {
  var k = 0;
  delta = first ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  for (; delta > ((BASE - TMIN) * TMAX) >> 1; k += BASE) delta = Math.floor(delta / (BASE - TMIN));
  return Math.floor(k + (BASE - TMIN + 1) * delta / (delta + SKEW));
}
function decode(input) {
  var output = [], i = 0, n = INITIAL_N, bias = INITIAL_BIAS;
  var basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (var j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) throw new RangeError('Illegal input >= 0x80 (not a basic code point)');
    output.push(input.charCodeAt(j));
  }
  for (var index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    var oldi = i;
    for (var w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) throw new RangeError('Invalid input');
      var digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= BASE) throw new RangeError('Invalid input');
      i += digit * w;
      var t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
      if (digit < t) break;
      w *= BASE - t;
    }
    var len = output.length + 1;
    bias = adapt(i - oldi, len, oldi === 0);
    n += Math.floor(i / len);
    i %= len;
    output.splice(i++, 0, n);
  }
  return ucs2encode(output);
}
function encode(input) {
  var points = ucs2decode(input), output = [], n = INITIAL_N, delta = 0, bias = INITIAL_BIAS;
  points.forEach(function (c) { if (c < 0x80) output.push(String.fromCharCode(c)); });
  var basicLength = output.length, handled = basicLength;
  if (basicLength) output.push('-');
  while (handled < points.length) {
    var m = Infinity;
    points.forEach(function (c) { if (c >= n && c < m) m = c; });
    delta += (m - n) * (handled + 1);
    n = m;
    for (var j = 0; j < points.length; j++) {
      var c = points[j];
      if (c < n) delta++;
      if (c === n) {
        var q = delta;
        for (var k = BASE; ; k += BASE) {
          var t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
          if (q < t) break;
          output.push(String.fromCharCode(digitToBasic(t + (q - t) % (BASE - t))));
          q = Math.floor((q - t) / (BASE - t));
        }
        output.push(String.fromCharCode(digitToBasic(q)));
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output.join('');
}
function mapDomain(string, fn) {
  var parts = string.split('@'), result = '';
  if (parts.length > 1) { result = parts[0] + '@'; string = parts[1]; }
  return result + string.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.').map(fn).join('.');
}
module.exports = {
  version: '1.4.1',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode: decode,
  encode: encode,
  toASCII: function (input) { return mapDomain(input, function (s) { return /[^\0-\x7E]/.test(s) ? 'xn--' + encode(s) : s; }); },
  toUnicode: function (input) { return mapDomain(input, function (s) { return /^xn--/.test(s) ? decode(s.slice(4).toLowerCase()) : s; }); }
};
