// Node's string_decoder: decodes Buffers to strings, holding back incomplete characters between writes.
'use strict';
var Buffer = require('buffer').Buffer;

function StringDecoder(encoding) {
  var enc = String(encoding || 'utf8').toLowerCase().replace('-', '');
  if (enc === 'ucs2' || enc === 'utf16le') enc = 'utf16le';
  if (enc === 'binary') enc = 'latin1';
  if (!Buffer.isEncoding(enc === 'utf16le' ? 'ucs2' : enc)) throw new TypeError('Unknown encoding: ' + encoding);
  this.encoding = enc;
  this._pending = [];
}
function utf8Complete(bytes) {
  // Length of the longest prefix of `bytes` that ends on a character boundary.
  var n = bytes.length;
  for (var back = 1; back <= Math.min(3, n); back++) {
    var b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue;
    var need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}
StringDecoder.prototype.write = function (buf) {
  var bytes = this._pending.concat(Array.prototype.slice.call(buf || []));
  var keep;
  if (this.encoding === 'utf8') keep = utf8Complete(bytes);
  else if (this.encoding === 'utf16le') {
    keep = bytes.length - (bytes.length % 2);
    if (keep >= 2) {
      var last = bytes[keep - 2] | (bytes[keep - 1] << 8);
      if (last >= 0xd800 && last <= 0xdbff) keep -= 2;
    }
  } else if (this.encoding === 'base64') keep = bytes.length - (bytes.length % 3);
  else keep = bytes.length;
  this._pending = bytes.slice(keep);
  var enc = this.encoding === 'utf16le' ? 'ucs2' : this.encoding;
  return Buffer.from(bytes.slice(0, keep)).toString(enc);
};
StringDecoder.prototype.end = function (buf) {
  var out = buf && buf.length ? this.write(buf) : '';
  if (this._pending.length) {
    var enc = this.encoding === 'utf16le' ? 'ucs2' : this.encoding;
    out += Buffer.from(this._pending).toString(enc);
    this._pending = [];
  }
  return out;
};
module.exports = { StringDecoder: StringDecoder };
