// crypto-js 3.3 compatible API. Word arrays, encoders, paddings and formats are JS; hashing and the block
// ciphers call the Rust helpers on __postie_native.
'use strict';
var native = __postie_native;

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

// Progressive hashers: data is buffered and hashed by Rust on finalize.
var Hasher = Base.extend({
  cfg: Base.extend(),
  blockSize: 16,
  init: function (cfg) {
    this.cfg = this.cfg.extend(cfg);
    this.reset();
  },
  reset: function () { this._data = WordArray.create(); },
  update: function (messageUpdate) {
    this._data.concat(toWordArray(messageUpdate));
    return this;
  },
  finalize: function (messageUpdate) {
    if (messageUpdate) this.update(messageUpdate);
    var name = this._nativeName();
    var out = fromNative(native.hash(name, this._data));
    this.reset();
    return out;
  },
  _nativeName: function () { return this._name; }
});

function makeHasher(name, blockSize, extra) {
  var props = { _name: name, blockSize: blockSize };
  for (var k in extra || {}) props[k] = extra[k];
  return Hasher.extend(props);
}

var algo = {};
algo.MD5 = makeHasher('MD5', 16);
algo.SHA1 = makeHasher('SHA1', 16);
algo.SHA256 = makeHasher('SHA256', 16);
algo.SHA224 = makeHasher('SHA224', 16);
algo.SHA512 = makeHasher('SHA512', 32);
algo.SHA384 = makeHasher('SHA384', 32);
algo.RIPEMD160 = makeHasher('RIPEMD160', 16);
algo.SHA3 = makeHasher('SHA3', 18, {
  cfg: Hasher.cfg.extend({ outputLength: 512 }),
  _nativeName: function () { return 'SHA3-' + this.cfg.outputLength; }
});

function hasherName(hasher) {
  if (hasher._name !== 'SHA3') return hasher._name;
  return 'SHA3-' + ((hasher.cfg && hasher.cfg.outputLength) || 512);
}

algo.HMAC = Base.extend({
  init: function (hasher, key) {
    this._hasher = hasher;
    this._key = toWordArray(key);
    if (this._key === undefined || this._key === null) throw readError(this._key, 'sigBytes');
    this.reset();
  },
  reset: function () { this._data = WordArray.create(); },
  update: function (messageUpdate) {
    this._data.concat(toWordArray(messageUpdate));
    return this;
  },
  finalize: function (messageUpdate) {
    if (messageUpdate) this.update(messageUpdate);
    var out = fromNative(native.hmac(hasherName(this._hasher), this._key, this._data));
    this.reset();
    return out;
  }
});

algo.PBKDF2 = Base.extend({
  cfg: Base.extend({ keySize: 128 / 32, hasher: algo.SHA1, iterations: 1 }),
  init: function (cfg) { this.cfg = this.cfg.extend(cfg); },
  compute: function (password, salt) {
    var cfg = this.cfg;
    return fromNative(native.pbkdf2(hasherName(cfg.hasher), toWordArray(password), toWordArray(salt),
      cfg.iterations, cfg.keySize * 4));
  }
});

algo.EvpKDF = Base.extend({
  cfg: Base.extend({ keySize: 128 / 32, hasher: algo.MD5, iterations: 1 }),
  init: function (cfg) { this.cfg = this.cfg.extend(cfg); },
  compute: function (password, salt) {
    var cfg = this.cfg, name = hasherName(cfg.hasher);
    var pw = toWordArray(password), saltWa = toWordArray(salt);
    var derived = WordArray.create(), block = null;
    while (derived.words.length < cfg.keySize) {
      var input = block ? block.clone() : WordArray.create();
      block = fromNative(native.hash(name, input.concat(pw).concat(saltWa)));
      for (var i = 1; i < cfg.iterations; i++) block = fromNative(native.hash(name, block));
      derived.concat(block);
    }
    derived.sigBytes = cfg.keySize * 4;
    return derived;
  }
});

// Paddings work on word arrays in place; blockSize is in 32-bit words.
function padWith(fill) {
  return function (data, blockSize) {
    var blockBytes = blockSize * 4;
    var n = blockBytes - (data.sigBytes % blockBytes);
    var bytes = [];
    for (var i = 0; i < n; i++) bytes.push(fill(n, i));
    data.concat(fromBytes(bytes));
  };
}
var pad = {
  Pkcs7: {
    pad: padWith(function (n) { return n; }),
    unpad: function (data) { data.sigBytes -= data.words[(data.sigBytes - 1) >>> 2] & 0xff; }
  },
  AnsiX923: {
    pad: padWith(function (n, i) { return i === n - 1 ? n : 0; }),
    unpad: function (data) { data.sigBytes -= data.words[(data.sigBytes - 1) >>> 2] & 0xff; }
  },
  Iso10126: {
    pad: function (data, blockSize) {
      var n = blockSize * 4 - (data.sigBytes % (blockSize * 4));
      data.concat(WordArray.random(n - 1)).concat(WordArray.create([n << 24], 1));
    },
    unpad: function (data) { data.sigBytes -= data.words[(data.sigBytes - 1) >>> 2] & 0xff; }
  },
  Iso97971: {
    pad: function (data, blockSize) {
      data.concat(WordArray.create([0x80000000], 1));
      pad.ZeroPadding.pad(data, blockSize);
    },
    unpad: function (data) {
      pad.ZeroPadding.unpad(data);
      data.sigBytes--;
    }
  },
  ZeroPadding: {
    pad: function (data, blockSize) {
      var blockBytes = blockSize * 4;
      data.clamp();
      data.sigBytes += blockBytes - ((data.sigBytes % blockBytes) || blockBytes);
    },
    unpad: function (data) {
      var words = data.words, i = data.sigBytes - 1;
      while (i >= 0 && !((words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff)) i--;
      data.sigBytes = i + 1;
    }
  },
  NoPadding: { pad: function () {}, unpad: function () {} }
};

var mode = {};
['CBC', 'ECB', 'CFB', 'OFB', 'CTR'].forEach(function (name) {
  mode[name] = { _name: name, Encryptor: { _name: name }, Decryptor: { _name: name } };
});

var CipherParams = Base.extend({
  init: function (cipherParams) { this.mixIn(cipherParams); },
  toString: function (formatter) { return (formatter || this.formatter).stringify(this); }
});

var SALTED = [0x53616c74, 0x65645f5f];
var OpenSSLFormatter = {
  stringify: function (cp) {
    var wa = cp.salt ? WordArray.create(SALTED.slice(0)).concat(cp.salt).concat(cp.ciphertext) : cp.ciphertext;
    return wa.toString(Base64);
  },
  parse: function (str) {
    var ciphertext = Base64.parse(str), words = ciphertext.words, salt;
    if (words[0] === SALTED[0] && words[1] === SALTED[1]) {
      salt = WordArray.create(words.slice(2, 4));
      words.splice(0, 4);
      ciphertext.sigBytes -= 16;
    }
    return CipherParams.create({ ciphertext: ciphertext, salt: salt });
  }
};
var format = { OpenSSL: OpenSSLFormatter, Hex: {
  stringify: function (cp) { return cp.ciphertext.toString(Hex); },
  parse: function (str) { return CipherParams.create({ ciphertext: Hex.parse(str) }); }
} };

var kdf = {
  OpenSSL: {
    execute: function (password, keySize, ivSize, salt) {
      if (!salt) salt = WordArray.random(64 / 8);
      var key = algo.EvpKDF.create({ keySize: keySize + ivSize }).compute(password, salt);
      var iv = WordArray.create(key.words.slice(keySize), ivSize * 4);
      key.sigBytes = keySize * 4;
      return CipherParams.create({ key: key, iv: iv, salt: salt });
    }
  }
};

function blockCipher(name, keySize, blockSize) {
  var cipher = {
    _name: name,
    keySize: keySize,
    ivSize: blockSize,
    blockSize: blockSize,
    cfg: { mode: mode.CBC, padding: pad.Pkcs7, format: OpenSSLFormatter, kdf: kdf.OpenSSL }
  };
  function config(cfg) {
    var c = {};
    for (var k in cipher.cfg) c[k] = cipher.cfg[k];
    for (var j in cfg || {}) if (cfg[j] !== undefined) c[j] = cfg[j];
    return c;
  }
  function run(encrypt, data, key, cfg) {
    var modeName = (cfg.mode && cfg.mode._name) || 'CBC';
    if (modeName !== 'ECB' && !cfg.iv) throw new TypeError("Cannot read properties of undefined (reading '0')");
    var iv = modeName === 'ECB' ? WordArray.create() : cfg.iv;
    // crypto-js copies whole words into its buffer, so bytes past sigBytes in the last word take part.
    var nWords = Math.ceil(data.sigBytes / 4);
    var whole = WordArray.create(data.words.slice(0, nWords), nWords * 4);
    var result = fromNative(native.cipher(name, modeName, encrypt, key, iv, whole));
    result.sigBytes = Math.max(data.sigBytes, 0);
    return result;
  }
  function encryptWithKey(message, key, cfg) {
    var data = message ? toWordArray(message).clone() : WordArray.create();
    cfg.padding.pad(data, blockSize);
    var ciphertext = run(true, data, key, cfg);
    return CipherParams.create({
      ciphertext: ciphertext, key: key, iv: cfg.iv, algorithm: cipher, mode: cfg.mode, padding: cfg.padding,
      blockSize: blockSize, formatter: cfg.format
    });
  }
  function decryptWithKey(ciphertext, key, cfg) {
    if (typeof ciphertext === 'string') ciphertext = cfg.format.parse(ciphertext, cipher);
    var plain = run(false, ciphertext.ciphertext, key, cfg);
    cfg.padding.unpad(plain);
    return plain;
  }
  cipher.encrypt = function (message, key, cfg) {
    cfg = config(cfg);
    if (typeof key !== 'string') return encryptWithKey(message, key, cfg);
    var derived = cfg.kdf.execute(key, keySize, blockSize);
    cfg.iv = derived.iv;
    var result = encryptWithKey(message, derived.key, cfg);
    result.mixIn(derived);
    return result;
  };
  cipher.decrypt = function (ciphertext, key, cfg) {
    cfg = config(cfg);
    if (typeof key !== 'string') return decryptWithKey(ciphertext, key, cfg);
    if (typeof ciphertext === 'string') ciphertext = cfg.format.parse(ciphertext, cipher);
    if (ciphertext === undefined || ciphertext === null) throw readError(ciphertext, 'salt');
    var derived = cfg.kdf.execute(key, keySize, blockSize, ciphertext.salt);
    cfg.iv = derived.iv;
    return decryptWithKey(ciphertext, derived.key, cfg);
  };
  return cipher;
}

// RC4 and RC4Drop (which discards the first `drop` words of keystream), with crypto-js's passphrase mode.
function rc4Cipher(defaultDrop) {
  var cipher = { keySize: 8, ivSize: 0, cfg: { format: OpenSSLFormatter, kdf: kdf.OpenSSL, drop: defaultDrop } };
  function config(cfg) {
    var c = {};
    for (var k in cipher.cfg) c[k] = cipher.cfg[k];
    for (var j in cfg || {}) if (cfg[j] !== undefined) c[j] = cfg[j];
    return c;
  }
  function byteAt(wa, i) { return (wa.words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff; }
  function crypt(data, key, cfg) {
    var S = [], i, j = 0, t, keyLen = key.sigBytes;
    for (i = 0; i < 256; i++) S[i] = i;
    for (i = 0; i < 256; i++) {
      j = (j + S[i] + byteAt(key, i % keyLen)) & 0xff;
      t = S[i]; S[i] = S[j]; S[j] = t;
    }
    i = 0;
    j = 0;
    var next = function () {
      i = (i + 1) & 0xff;
      j = (j + S[i]) & 0xff;
      t = S[i]; S[i] = S[j]; S[j] = t;
      return S[(S[i] + S[j]) & 0xff];
    };
    for (var d = (cfg.drop || 0) * 4; d > 0; d--) next();
    var out = [];
    for (var n = 0; n < data.sigBytes; n++) out.push(byteAt(data, n) ^ next());
    return fromBytes(out);
  }
  cipher.encrypt = function (message, key, cfg) {
    cfg = config(cfg);
    var derived = null;
    if (typeof key === 'string') {
      derived = cfg.kdf.execute(key, cipher.keySize, cipher.ivSize);
      key = derived.key;
    }
    var result = CipherParams.create({
      ciphertext: crypt(message ? toWordArray(message) : WordArray.create(), key, cfg), key: key, algorithm: cipher,
      blockSize: 1, formatter: cfg.format
    });
    if (derived) result.mixIn(derived);
    return result;
  };
  cipher.decrypt = function (ciphertext, key, cfg) {
    cfg = config(cfg);
    if (typeof ciphertext === 'string') ciphertext = cfg.format.parse(ciphertext, cipher);
    if (ciphertext === undefined || ciphertext === null) throw readError(ciphertext, 'salt');
    if (typeof key === 'string') key = cfg.kdf.execute(key, cipher.keySize, cipher.ivSize, ciphertext.salt).key;
    return crypt(ciphertext.ciphertext, key, cfg);
  };
  return cipher;
}

algo.AES = blockCipher('AES', 8, 4);
algo.DES = blockCipher('DES', 2, 2);
algo.TripleDES = blockCipher('TripleDES', 6, 2);
algo.RC4 = rc4Cipher(0);
algo.RC4Drop = rc4Cipher(192);

var C = {
  lib: {
    Base: Base, WordArray: WordArray, CipherParams: CipherParams, Hasher: Hasher,
    BlockCipher: {}, Cipher: {}, StreamCipher: {}, SerializableCipher: {}, PasswordBasedCipher: {}
  },
  enc: { Hex: Hex, Latin1: Latin1, Utf8: Utf8, Utf16: utf16(false), Utf16BE: utf16(false), Utf16LE: utf16(true), Base64: Base64 },
  algo: algo,
  x64: {},
  mode: mode,
  pad: pad,
  format: format,
  kdf: kdf
};

['MD5', 'SHA1', 'SHA256', 'SHA224', 'SHA512', 'SHA384', 'SHA3', 'RIPEMD160'].forEach(function (name) {
  var hasher = algo[name];
  C[name] = function (message, cfg) { return hasher.create(cfg).finalize(message); };
  C['Hmac' + name] = function (message, key) { return algo.HMAC.create(hasher, key).finalize(message); };
});
C.PBKDF2 = function (password, salt, cfg) { return algo.PBKDF2.create(cfg).compute(password, salt); };
C.EvpKDF = function (password, salt, cfg) { return algo.EvpKDF.create(cfg).compute(password, salt); };
C.AES = algo.AES;
C.DES = algo.DES;
C.TripleDES = algo.TripleDES;
C.RC4 = algo.RC4;
C.RC4Drop = algo.RC4Drop;

module.exports = C;
