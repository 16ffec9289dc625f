// Part of require('crypto-js'): mod.rs joins the files of js/crypto-js/ in order into one module body.
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
