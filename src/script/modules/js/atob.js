// atob as Postman's sandbox has it (Node Buffer semantics): lenient base64 in, binary string out.
'use strict';
var MAP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
module.exports = function atob(input) {
  if (typeof input !== 'string') {
    throw new TypeError('The first argument must be one of type string, Buffer, ArrayBuffer, Array, or ' +
      'Array-like Object. Received type ' + (input === null ? 'object' : typeof input));
  }
  var out = '', bits = 0, nBits = 0;
  for (var i = 0; i < input.length; i++) {
    var c = input.charAt(i);
    if (c === '=') break;
    var v = c === '-' ? 62 : c === '_' ? 63 : MAP.indexOf(c);
    if (v < 0) continue;
    bits = (bits << 6) | v;
    nBits += 6;
    if (nBits >= 8) {
      nBits -= 8;
      out += String.fromCharCode((bits >> nBits) & 0xff);
    }
  }
  return out;
};
