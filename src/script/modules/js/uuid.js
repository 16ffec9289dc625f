// require('uuid') in Postman's sandbox: a function returning a random (v4) UUID, also as `.v4`.
'use strict';
var native = require('postie:native');
function v4() {
  var r = native.randomBytes(16), b = [], hex = '';
  for (var j = 0; j < 16; j++) b.push((r.words[j >>> 2] >>> (24 - (j % 4) * 8)) & 0xff);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  for (var i = 0; i < 16; i++) {
    hex += (b[i] < 16 ? '0' : '') + b[i].toString(16);
    if (i === 3 || i === 5 || i === 7 || i === 9) hex += '-';
  }
  return hex;
}
v4.v4 = v4;
module.exports = v4;
