// Node's Buffer as Postman's sandbox provides it (global `Buffer` and require('buffer')): a Uint8Array with
// string encodings (utf8, hex, base64, latin1/binary, ascii, ucs2/utf16le), reads/writes and comparisons.
'use strict';

var native = require('postie:native');

var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
var B64_REVERSE = {};
for (var bi = 0; bi < B64.length; bi++) B64_REVERSE[B64.charAt(bi)] = bi;
B64_REVERSE['-'] = 62;
B64_REVERSE._ = 63;

function normEncoding(enc) {
  if (enc === undefined || enc === null) return 'utf8';
  switch (String(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'hex': return 'hex';
    case 'base64': return 'base64';
    case 'ascii': return 'ascii';
    case 'latin1': case 'binary': return 'latin1';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'ucs2';
    default: return null;
  }
}
function requireEncoding(enc) {
  var e = normEncoding(enc);
  if (!e) throw new TypeError('Unknown encoding: ' + enc);
  return e;
}

function utf8Bytes(str) {
  var out = [], lead = null;
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      if (lead === null) {
        if (c > 0xdbff || i + 1 === str.length) { out.push(0xef, 0xbf, 0xbd); continue; }
        lead = c;
        continue;
      }
      if (c < 0xdc00) { out.push(0xef, 0xbf, 0xbd); lead = c; continue; }
      c = (((lead - 0xd800) << 10) | (c - 0xdc00)) + 0x10000;
      lead = null;
    } else if (lead !== null) {
      out.push(0xef, 0xbf, 0xbd);
      lead = null;
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return out;
}
function base64Bytes(str) {
  str = String(str).split('=')[0].trim().replace(/[^+/0-9A-Za-z\-_]/g, '');
  if (str.length < 2) return [];
  var out = [], bits = 0, n = 0;
  for (var i = 0; i < str.length; i++) {
    bits = (bits << 6) | B64_REVERSE[str.charAt(i)];
    n += 6;
    if (n >= 8) { n -= 8; out.push((bits >> n) & 0xff); }
  }
  return out;
}
function stringBytes(str, enc) {
  var i, out = [];
  switch (requireEncoding(enc)) {
    case 'utf8': return utf8Bytes(str);
    case 'hex':
      for (i = 0; i + 1 < str.length; i += 2) {
        var v = parseInt(str.substr(i, 2), 16);
        if (isNaN(v)) break;
        out.push(v);
      }
      return out;
    case 'base64': return base64Bytes(str);
    case 'ascii': case 'latin1':
      for (i = 0; i < str.length; i++) out.push(str.charCodeAt(i) & 0xff);
      return out;
    default:
      for (i = 0; i < str.length; i++) { var c = str.charCodeAt(i); out.push(c & 0xff, c >> 8); }
      return out;
  }
}

function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') return Buffer.alloc(arg);
  return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = Object.create(Uint8Array.prototype);
Buffer.prototype.constructor = Buffer;
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8192;

function wrap(u8) { Object.setPrototypeOf(u8, Buffer.prototype); return u8; }
function fromBytes(bytes) { var b = wrap(new Uint8Array(bytes.length)); for (var i = 0; i < bytes.length; i++) b[i] = bytes[i]; return b; }

Buffer.from = function (value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromBytes(stringBytes(value, encodingOrOffset));
  if (value instanceof ArrayBuffer) {
    var off = encodingOrOffset === undefined ? 0 : +encodingOrOffset;
    return wrap(new Uint8Array(value, off, length === undefined ? value.byteLength - off : +length));
  }
  if (ArrayBuffer.isView(value)) return fromBytes(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  if (value && typeof value === 'object') {
    if (value.type === 'Buffer' && Array.isArray(value.data)) return fromBytes(value.data.map(function (x) { return x & 255; }));
    if (typeof value.length === 'number') return fromBytes(Array.prototype.map.call(value, function (x) { return x & 255; }));
  }
  throw new TypeError('The first argument must be one of type string, Buffer, ArrayBuffer, Array, or Array-like Object. Received type ' + typeof value);
};
Buffer.alloc = function (size, fill, encoding) {
  var b = wrap(new Uint8Array(size));
  if (fill !== undefined && fill !== 0) b.fill(fill, 0, size, encoding);
  return b;
};
Buffer.allocUnsafe = Buffer.allocUnsafeSlow = function (size) { return wrap(new Uint8Array(size)); };
Buffer.isBuffer = function (b) { return b instanceof Buffer; };
Buffer.isEncoding = function (enc) { return typeof enc === 'string' && normEncoding(enc) !== null; };
Buffer.byteLength = function (value, enc) {
  if (typeof value !== 'string') return value.byteLength;
  return stringBytes(value, enc).length;
};
Buffer.concat = function (list, total) {
  if (!Array.isArray(list)) throw new TypeError('"list" argument must be an Array of Buffers');
  if (total === undefined) total = list.reduce(function (n, b) { return n + b.length; }, 0);
  var out = Buffer.alloc(total), pos = 0;
  list.forEach(function (b) { for (var i = 0; i < b.length && pos < total; i++) out[pos++] = b[i]; });
  return out;
};
Buffer.compare = function (a, b) {
  for (var i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
};

var proto = Buffer.prototype;
proto.toString = function (encoding, start, end) {
  start = start === undefined ? 0 : Math.max(0, start | 0);
  end = end === undefined ? this.length : Math.min(this.length, end | 0);
  if (end <= start) return '';
  var i, s = '', enc = requireEncoding(encoding);
  if (enc !== 'ascii' && enc !== 'ucs2') return native.bufferToString(this, enc, start, end);
  switch (enc) {
    case 'ascii': for (i = start; i < end; i++) s += String.fromCharCode(this[i] & 0x7f); return s;
    default: for (i = start; i + 1 < end; i += 2) s += String.fromCharCode(this[i] + this[i + 1] * 256); return s;
  }
};
proto.toLocaleString = proto.toString;
proto.toJSON = function () { return { type: 'Buffer', data: Array.prototype.slice.call(this) }; };
proto.inspect = function () {
  var hex = Array.prototype.slice.call(this, 0, 50).map(function (x) { return (x < 16 ? '0' : '') + x.toString(16); });
  return '<Buffer' + (hex.length ? ' ' + hex.join(' ') : '') + (this.length > 50 ? ' ... ' : '') + '>';
};
proto.equals = function (other) { return Buffer.compare(this, other) === 0; };
proto.compare = function (other) { return Buffer.compare(this, other); };
proto.slice = proto.subarray = function (start, end) {
  var len = this.length;
  start = start === undefined ? 0 : start | 0;
  end = end === undefined ? len : end | 0;
  if (start < 0) start = Math.max(len + start, 0); else if (start > len) start = len;
  if (end < 0) end = Math.max(len + end, 0); else if (end > len) end = len;
  if (end < start) end = start;
  return wrap(new Uint8Array(this.buffer, this.byteOffset + start, end - start));
};
function needle(value, encoding) {
  if (typeof value === 'number') return [value & 255];
  if (typeof value === 'string') return stringBytes(value, encoding);
  return Array.prototype.slice.call(value);
}
proto.indexOf = function (value, byteOffset, encoding) {
  var n = needle(value, encoding), start = byteOffset === undefined ? 0 : byteOffset | 0;
  if (start < 0) start = Math.max(this.length + start, 0);
  outer: for (var i = start; i + n.length <= this.length; i++) {
    for (var j = 0; j < n.length; j++) if (this[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
};
proto.lastIndexOf = function (value, byteOffset, encoding) {
  var n = needle(value, encoding), start = byteOffset === undefined ? this.length - n.length : byteOffset | 0;
  if (start < 0) start = this.length + start;
  outer: for (var i = Math.min(start, this.length - n.length); i >= 0; i--) {
    for (var j = 0; j < n.length; j++) if (this[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
};
proto.includes = function (value, byteOffset, encoding) { return this.indexOf(value, byteOffset, encoding) !== -1; };
proto.copy = function (target, targetStart, sourceStart, sourceEnd) {
  targetStart = targetStart || 0;
  sourceStart = sourceStart || 0;
  sourceEnd = sourceEnd === undefined ? this.length : sourceEnd;
  var n = 0;
  for (var i = sourceStart; i < sourceEnd && targetStart + n < target.length; i++) target[targetStart + n++] = this[i];
  return n;
};
proto.fill = function (value, offset, end, encoding) {
  if (typeof offset === 'string') { encoding = offset; offset = 0; end = this.length; }
  offset = offset === undefined ? 0 : offset;
  end = end === undefined ? this.length : end;
  var bytes = typeof value === 'number' ? [value & 255] : needle(value, encoding);
  if (!bytes.length) bytes = [0];
  for (var i = offset, k = 0; i < end; i++, k++) this[i] = bytes[k % bytes.length];
  return this;
};
proto.write = function (string, offset, length, encoding) {
  if (typeof offset === 'string') { encoding = offset; offset = 0; length = undefined; }
  else if (typeof length === 'string') { encoding = length; length = undefined; }
  offset = offset || 0;
  var bytes = stringBytes(string, encoding), max = Math.min(bytes.length, this.length - offset, length === undefined ? Infinity : length);
  for (var i = 0; i < max; i++) this[offset + i] = bytes[i];
  return max;
};
function view(buf) { return new DataView(buf.buffer, buf.byteOffset, buf.byteLength); }
[['UInt8', 'Uint8', 1], ['Int8', 'Int8', 1], ['UInt16', 'Uint16', 2], ['Int16', 'Int16', 2], ['UInt32', 'Uint32', 4],
  ['Int32', 'Int32', 4], ['Float', 'Float32', 4], ['Double', 'Float64', 8]].forEach(function (t) {
  var name = t[0], dv = t[1], size = t[2];
  var variants = size === 1 ? [['', false]] : [['LE', true], ['BE', false]];
  variants.forEach(function (v) {
    proto['read' + name + v[0]] = function (offset) {
      offset = offset === undefined ? 0 : offset;
      if (offset + size > this.length) throw new RangeError('Index out of range');
      return view(this)['get' + dv](offset, v[1]);
    };
    proto['write' + name + v[0]] = function (value, offset) {
      offset = offset === undefined ? 0 : offset;
      if (offset + size > this.length) throw new RangeError('Index out of range');
      view(this)['set' + dv](offset, value, v[1]);
      return offset + size;
    };
  });
});
proto.readUint8 = proto.readUInt8;

module.exports = { Buffer: Buffer, SlowBuffer: Buffer, INSPECT_MAX_BYTES: 50, kMaxLength: 2147483647 };
