// Part of require('crypto-js'): mod.rs joins the files of js/crypto-js/ in order into one module body.
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
  reset: Hasher.reset,
  update: Hasher.update,
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
