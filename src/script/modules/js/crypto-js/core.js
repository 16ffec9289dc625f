// crypto-js 3.3 compatible API. Word arrays, encoders, paddings and formats are JS; hashing and the block
// ciphers call the Rust helpers of require('postie:native').
'use strict';
var native = require('postie:native');

var Base = {
  extend: function (overrides) {
    var sub = Object.create(this);
    if (overrides) sub.mixIn(overrides);
    if (!Object.prototype.hasOwnProperty.call(sub, 'init') || this.init === sub.init) {
      sub.init = function () { sub.$super.init.apply(this, arguments); };
    }
    sub.init.prototype = sub;
    sub.$super = this;
    return sub;
  },
  create: function () {
    var instance = Object.create(this);
    instance.init.apply(instance, arguments);
    return instance;
  },
  init: function () {},
  mixIn: function (props) {
    for (var k in props) if (Object.prototype.hasOwnProperty.call(props, k)) this[k] = props[k];
    if (Object.prototype.hasOwnProperty.call(props, 'toString')) this.toString = props.toString;
  },
  clone: function () { return this.init.prototype.extend(this); }
};

var WordArray = Base.extend({
  init: function (words, sigBytes) {
    if (typeof ArrayBuffer !== 'undefined' && words instanceof ArrayBuffer) words = new Uint8Array(words);
    if (typeof ArrayBuffer !== 'undefined' && ArrayBuffer.isView(words)) {
      var bytes = new Uint8Array(words.buffer, words.byteOffset, words.byteLength), packed = [];
      for (var i = 0; i < bytes.length; i++) packed[i >>> 2] |= bytes[i] << (24 - (i % 4) * 8);
      this.words = packed;
      this.sigBytes = bytes.length;
      return;
    }
    words = this.words = words || [];
    this.sigBytes = sigBytes !== undefined ? sigBytes : words.length * 4;
  },
  toString: function (encoder) { return (encoder || Hex).stringify(this); },
  concat: function (wordArray) {
    var thisWords = this.words, thatWords = wordArray.words;
    var thisSigBytes = this.sigBytes, thatSigBytes = wordArray.sigBytes;
    this.clamp();
    if (thisSigBytes % 4) {
      for (var i = 0; i < thatSigBytes; i++) {
        var byte = (thatWords[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
        thisWords[(thisSigBytes + i) >>> 2] |= byte << (24 - ((thisSigBytes + i) % 4) * 8);
      }
    } else {
      for (var j = 0; j < thatSigBytes; j += 4) thisWords[(thisSigBytes + j) >>> 2] = thatWords[j >>> 2];
    }
    this.sigBytes += thatSigBytes;
    return this;
  },
  clamp: function () {
    var words = this.words, sigBytes = this.sigBytes;
    words[sigBytes >>> 2] &= 0xffffffff << (32 - (sigBytes % 4) * 8);
    words.length = Math.ceil(sigBytes / 4);
  },
  clone: function () {
    var clone = Base.clone.call(this);
    clone.words = this.words.slice(0);
    return clone;
  }
});
WordArray.random = function (nBytes) { return fromNative(native.randomBytes(nBytes)); };

// Rust helpers take and return plain {words, sigBytes} objects.
function fromNative(r) { return WordArray.create(r.words, r.sigBytes); }
function fromBytes(bytes) {
  var words = [];
  for (var i = 0; i < bytes.length; i++) words[i >>> 2] |= bytes[i] << (24 - (i % 4) * 8);
  return WordArray.create(words, bytes.length);
}

var Hex = {
  stringify: function (wa) {
    if (wa.sigBytes > 0 && wa.sigBytes % 1 === 0) return native.hexStringify(wa);
    var words = wa.words, chars = [];
    for (var i = 0; i < wa.sigBytes; i++) {
      var bite = (words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
      chars.push((bite >>> 4).toString(16), (bite & 0x0f).toString(16));
    }
    return chars.join('');
  },
  parse: function (hexStr) {
    var words = [];
    for (var i = 0; i < hexStr.length; i += 2) {
      words[i >>> 3] |= parseInt(hexStr.substr(i, 2), 16) << (24 - (i % 8) * 4);
    }
    return WordArray.create(words, hexStr.length / 2);
  }
};

var Latin1 = {
  stringify: function (wa) {
    var words = wa.words, chars = [];
    for (var i = 0; i < wa.sigBytes; i++) {
      chars.push(String.fromCharCode((words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff));
    }
    return chars.join('');
  },
  parse: function (str) {
    var words = [];
    for (var i = 0; i < str.length; i++) words[i >>> 2] |= (str.charCodeAt(i) & 0xff) << (24 - (i % 4) * 8);
    return WordArray.create(words, str.length);
  }
};

var Utf8 = {
  stringify: function (wa) { return native.utf8Stringify(wa); },
  parse: function (str) { return fromNative(native.utf8Parse(String(str))); }
};

function utf16(littleEndian) {
  var swap = function (w) { return littleEndian ? (((w << 8) & 0xff00ff00) | ((w >>> 8) & 0x00ff00ff)) : w; };
  return {
    stringify: function (wa) {
      var words = wa.words, chars = [];
      for (var i = 0; i < wa.sigBytes; i += 2) {
        chars.push(String.fromCharCode(swap((words[i >>> 2] >>> (16 - (i % 4) * 8))) & 0xffff));
      }
      return chars.join('');
    },
    parse: function (str) {
      var words = [];
      for (var i = 0; i < str.length; i++) words[i >>> 1] |= swap(str.charCodeAt(i) << (16 - (i % 2) * 16));
      return WordArray.create(words, str.length * 2);
    }
  };
}

var BASE64_MAP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
var Base64 = {
  _map: BASE64_MAP,
  stringify: function (wa) {
    var words = wa.words, sigBytes = wa.sigBytes, map = this._map || BASE64_MAP, chars = [];
    wa.clamp();
    if (map === BASE64_MAP && sigBytes > 0 && sigBytes % 1 === 0) return native.base64Stringify(wa);
    for (var i = 0; i < sigBytes; i += 3) {
      var b1 = (words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
      var b2 = (words[(i + 1) >>> 2] >>> (24 - ((i + 1) % 4) * 8)) & 0xff;
      var b3 = (words[(i + 2) >>> 2] >>> (24 - ((i + 2) % 4) * 8)) & 0xff;
      var triplet = (b1 << 16) | (b2 << 8) | b3;
      for (var j = 0; j < 4 && i + j * 0.75 < sigBytes; j++) chars.push(map.charAt((triplet >>> (6 * (3 - j))) & 0x3f));
    }
    var pad = map.charAt(64);
    if (pad) while (chars.length % 4) chars.push(pad);
    return chars.join('');
  },
  parse: function (str) {
    var map = this._map || BASE64_MAP, reverse = {};
    for (var m = 0; m < 64; m++) reverse[map.charCodeAt(m)] = m;
    var len = str.length, pad = map.charAt(64);
    if (pad) {
      var at = str.indexOf(pad);
      if (at !== -1) len = at;
    }
    var words = [], nBytes = 0;
    for (var i = 0; i < len; i++) {
      if (i % 4) {
        var bits1 = reverse[str.charCodeAt(i - 1)] << ((i % 4) * 2);
        var bits2 = reverse[str.charCodeAt(i)] >>> (6 - (i % 4) * 2);
        words[nBytes >>> 2] |= (bits1 | bits2) << (24 - (nBytes % 4) * 8);
        nBytes++;
      }
    }
    return WordArray.create(words, nBytes);
  }
};

function toWordArray(data) { return typeof data === 'string' ? Utf8.parse(data) : data; }
// V8's wording, as scripts see it in Postman when a value is missing.
function readError(value, prop) { return new TypeError('Cannot read properties of ' + value + " (reading '" + prop + "')"); }
