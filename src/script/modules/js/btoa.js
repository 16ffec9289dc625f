// btoa as Postman's sandbox has it (Node Buffer 'binary' semantics): each char code's low byte, base64 out.
'use strict';
var MAP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
module.exports = function btoa(input) {
  if (input === null || input === undefined) {
    throw new TypeError('Cannot read properties of ' + input + " (reading 'toString')");
  }
  input = String(input);
  var out = '';
  for (var i = 0; i < input.length; i += 3) {
    var n = input.length - i;
    var b1 = input.charCodeAt(i) & 0xff;
    var b2 = n > 1 ? input.charCodeAt(i + 1) & 0xff : 0;
    var b3 = n > 2 ? input.charCodeAt(i + 2) & 0xff : 0;
    var triplet = (b1 << 16) | (b2 << 8) | b3;
    out += MAP.charAt(triplet >>> 18) + MAP.charAt((triplet >>> 12) & 63) +
      (n > 1 ? MAP.charAt((triplet >>> 6) & 63) : '=') + (n > 2 ? MAP.charAt(triplet & 63) : '=');
  }
  return out;
};
