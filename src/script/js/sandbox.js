// The sandbox: `pm`, Postman's legacy globals, console, timers, require, Buffer, and the hooks
// the Rust side calls (begin, finish, timers, sendRequest queue).
(function (P) {
  'use strict';
  var G = globalThis;
  var I = P.I;
  var call = I.call;
  var keys = I.keys;
  var hasOwn = I.hasOwn;
  var String = I.String;
  var run = null;
  var timers = new Map();
  var nextTimerId = 1;
  var sends = new Map();
  var queuedSends = [];
  var nextSendId = 1;
  var SCOPES = ['globals', 'environment', 'collection', 'data', 'local'];

  // ---- bytes: UTF-8, base64, a small Buffer ----
  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  function utf8Bytes(text) {
    var bin = unescape(encodeURIComponent(String(text)));
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function utf8Text(bytes) {
    var bin = '';
    for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    try {
      return decodeURIComponent(escape(bin));
    } catch (e) {
      return bin;
    }
  }
  function base64Of(bytes) {
    var out = '';
    for (var i = 0; i < bytes.length; i += 3) {
      var n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
      out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] +
        (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
    }
    return out;
  }
  function bytesOfBase64(text) {
    var clean = String(text).replace(/[^A-Za-z0-9+/\-_]/g, '').replace(/-/g, '+').replace(/_/g, '/');
    var out = [];
    var bits = 0;
    var acc = 0;
    for (var i = 0; i < clean.length; i++) {
      acc = (acc << 6) | B64.indexOf(clean[i]);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out.push((acc >> bits) & 255);
      }
    }
    return new Uint8Array(out);
  }
  P.utf8Length = function (text) { return utf8Bytes(text).length; };
  P.base64Utf8 = function (text) { return base64Of(utf8Bytes(text)); };


  class Buffer extends Uint8Array {
    static from(value, encoding) {
      if (typeof value === 'string') {
        var enc = String(encoding || 'utf8').toLowerCase();
        var bytes;
        if (enc === 'base64' || enc === 'base64url') bytes = bytesOfBase64(value);
        else if (enc === 'hex') {
          var pairs = value.match(/[0-9a-fA-F]{2}/g) || [];
          bytes = pairs.map(function (p) { return parseInt(p, 16); });
        } else if (enc === 'latin1' || enc === 'binary' || enc === 'ascii') {
          bytes = [];
          for (var i = 0; i < value.length; i++) bytes.push(value.charCodeAt(i) & 255);
        } else bytes = utf8Bytes(value);
        var b = new Buffer(bytes.length);
        b.set(bytes);
        return b;
      }
      if (value && value.type === 'Buffer' && Array.isArray(value.data)) value = value.data;
      var out = new Buffer(value.length || 0);
      for (var j = 0; j < out.length; j++) out[j] = value[j];
      return out;
    }
    static isBuffer(v) { return v instanceof Buffer; }
    static alloc(n, fill) { var b = new Buffer(n); if (fill) b.fill(typeof fill === 'number' ? fill : 0); return b; }
    static byteLength(s, enc) { return Buffer.from(s, enc).length; }
    static concat(list) {
      var total = list.reduce(function (n, b) { return n + b.length; }, 0);
      var out = new Buffer(total);
      var at = 0;
      list.forEach(function (b) { out.set(b, at); at += b.length; });
      return out;
    }
    toString(encoding) {
      var enc = String(encoding || 'utf8').toLowerCase();
      if (enc === 'base64') return base64Of(this);
      if (enc === 'hex') return Array.prototype.map.call(this, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
      if (enc === 'latin1' || enc === 'binary' || enc === 'ascii') {
        var s = '';
        for (var i = 0; i < this.length; i++) s += String.fromCharCode(this[i]);
        return s;
      }
      return utf8Text(this);
    }
    toJSON() { return { type: 'Buffer', data: Array.prototype.slice.call(this) }; }
  }
  G.Buffer = Buffer;
  P.Buffer = Buffer;

  // ---- errors as reported ----
  // QuickJS words some common errors differently from V8 (which Newman runs on).
  var FIXED_WORDS = I.setPrototypeOf({
    'RangeError: Date value is NaN': 'Invalid time value',
    'RangeError: invalid array length': 'Invalid array length',
    'TypeError: cannot convert to object': 'Cannot convert undefined or null to object',
    'TypeError: cannot convert BigInt to number': 'Cannot mix BigInt and other types, use explicit conversions',
    'TypeError: cannot convert symbol to string': 'Cannot convert a Symbol value to a string'
  }, null);
  // Where in the script (line, column of the compiled text) the error was raised.
  function scriptPosition(stack) {
    var m = I.exec(/script\.js:(\d+):(\d+)/, typeof stack === 'string' ? stack : '');
    return m ? [Number(m[1]), Number(m[2])] : null;
  }
  function named(what, stack, rest) {
    var at = scriptPosition(stack);
    var expression = at && P.expressionAt ? P.expressionAt(what, at[0], at[1]) : null;
    return expression ? expression + rest : null;
  }
  function v8Message(name, message, stack) {
    var fixed = FIXED_WORDS[name + ': ' + message];
    if (fixed) return fixed;
    if (name === 'URIError') return 'URI malformed';
    if (name === 'ReferenceError') {
      var tdz = I.exec(/^(.*) is not initialized$/, message);
      return tdz ? "Cannot access '" + tdz[1] + "' before initialization" : message;
    }
    if (name !== 'TypeError') return message;
    var m = I.exec(/^cannot read property 'Symbol\.iterator' of (undefined|null)$/, message);
    if (m || message === 'value is not iterable') {
      return named('iterable', stack, ' is not iterable') ||
        (m ? 'Cannot read properties of ' + m[1] + " (reading 'Symbol(Symbol.iterator)')" : message);
    }
    m = I.exec(/^cannot read property '(.*)' of (undefined|null)$/, message);
    if (m) return 'Cannot read properties of ' + m[2] + " (reading '" + m[1] + "')";
    m = I.exec(/^cannot set property '(.*)' of (undefined|null)$/, message);
    if (m) return 'Cannot set properties of ' + m[2] + " (setting '" + m[1] + "')";
    // QuickJS says `not a function` for `new` of a non-constructor too
    if (message === 'not a function') {
      return named('call', stack, ' is not a function') || named('new', stack, ' is not a constructor') || message;
    }
    if (message === 'not a constructor') return named('new', stack, ' is not a constructor') || message;
    m = I.exec(/^'(.*)' is read-only$/, message);
    if (m) return 'Assignment to constant variable.';
    return message;
  }
  // A failed test is recorded whatever the thrown value does when it is read.
  function errorInfo(e, testName) {
    try {
      return describeError(e, testName);
    } catch (unreadable) {
      return { name: 'Error', message: testName === undefined ? 'unreadable error' : String(testName), stack: '' };
    }
  }
  function describeError(e, testName) {
    if (e === null || typeof e !== 'object') {
      return { name: 'AssertionError', message: testName === undefined ? String(e) : String(testName), stack: '' };
    }
    var name = e.name === undefined ? 'Error' : String(e.name);
    var message = v8Message(name, e.message === undefined ? '' : String(e.message), e.stack);
    return { name: name, message: message, stack: typeof e.stack === 'string' ? e.stack : name + ': ' + message };
  }
  // Newman reports no error thrown in a timer or a pm.sendRequest callback (the script's body
  // has returned by then): the rest of that callback is skipped, nothing more.
  function droppedError() {}
  function scriptError(e) {
    if (run && !run.error) {
      run.error = e !== null && typeof e === 'object'
        ? errorInfo(e)
        : { name: 'Error', message: String(e), stack: '' };
    }
  }

  // ---- console ----
  var formatLog = P.formatLog;
  function append(list, item) { list[list.length] = item; }
  var consoleObject = {};
  ['log', 'info', 'warn', 'error', 'debug'].forEach(function (level) {
    consoleObject[level] = function () {
      if (run) append(consoleOf(run), [level, formatLog(I.args(arguments))]);
    };
  });
  consoleObject.trace = consoleObject.debug;
  consoleObject.clear = function () {};
  G.console = consoleObject;

  // ---- timers ----
  function addTimer(fn, delay, args, repeat) {
    if (typeof fn !== 'function') return 0;
    var id = nextTimerId++;
    delay = Number(delay);
    // Node: a delay past a 32-bit signed integer (Infinity, 1e300) is 1 ms
    delay = delay > 2147483647 ? 1 : Math.max(0, delay || 0);
    timers.set(id, { fn: fn, args: args, at: Date.now() + delay, every: repeat ? Math.max(1, delay) : 0 });
    return id;
  }
  G.setTimeout = function (fn, delay) { return addTimer(fn, delay, Array.prototype.slice.call(arguments, 2), false); };
  G.setInterval = function (fn, delay) { return addTimer(fn, delay, Array.prototype.slice.call(arguments, 2), true); };
  G.setImmediate = function (fn) { return addTimer(fn, 0, Array.prototype.slice.call(arguments, 1), false); };
  G.clearTimeout = G.clearInterval = G.clearImmediate = function (id) { timers.delete(id); };

  P.nextTimer = function () {
    if (!timers.size) return -1;
    var first = Infinity;
    timers.forEach(function (t) { if (t.at < first) first = t.at; });
    return Math.max(0, first - Date.now());
  };
  P.fireTimers = function () {
    var now = Date.now();
    var due = [];
    timers.forEach(function (t, id) { if (t.at <= now) due.push([id, t]); });
    due.sort(function (a, b) { return a[1].at - b[1].at || a[0] - b[0]; });
    due.forEach(function (entry) {
      var t = entry[1];
      if (!timers.has(entry[0])) return;
      if (t.every) t.at = now + t.every;
      else timers.delete(entry[0]);
      try {
        I.apply(t.fn, G, t.args);
      } catch (e) {
        droppedError(e);
      }
    });
  };

  // ---- pm.sendRequest ----
  function sendRequest(request, callback) {
    var json = request instanceof P.PostmanRequest ? request._runnerJSON()
      : typeof request === 'string' ? request
        : request && typeof request === 'object' ? I.parse(I.exportJson(request))
          : String(request);
    var id = nextSendId++;
    var entry = { callback: typeof callback === 'function' ? callback : null };
    sends.set(id, entry);
    queuedSends.push([id, json]);
    if (entry.callback) return undefined;
    return new Promise(function (resolve, reject) {
      entry.resolve = resolve;
      entry.reject = reject;
    });
  }
  // Nothing left to wait for: no timers and no queued requests (promise jobs are the engine's).
  P.exportJson = I.exportJson;
  P.idle = function () { return !timers.size && !queuedSends.length; };
  P.takeSends = function () {
    if (!queuedSends.length) return '[]';
    var out = I.exportJson(queuedSends);
    queuedSends = [];
    return out;
  };
  P.deliver = function (id, error, meta, body) {
    var entry = sends.get(id);
    sends.delete(id);
    if (!entry) return;
    if (entry.jar) {
      try {
        entry.jar(error !== undefined && error !== null ? new Error(error) : null,
          error !== undefined && error !== null ? undefined : JSON.parse(meta));
      } catch (e) {
        droppedError(e);
      }
      return;
    }
    var err = null;
    var response;
    if (error !== undefined && error !== null) {
      // Node's error with its code; the callback still gets an empty response (Newman).
      var fields = JSON.parse(error);
      err = new Error(fields.message);
      if (fields.code) err.code = fields.code;
      response = P.emptyResponse();
    } else response = new P.PostmanResponse(JSON.parse(meta), body);
    try {
      if (entry.callback) call(entry.callback, G, err, response);
      else if (err) entry.reject(err);
      else entry.resolve(response);
    } catch (e) {
      droppedError(e);
    }
  };

  // ---- require ----
  // Built-in modules first (as in Postman's sandbox); then, with `--script-modules DIR`, packages
  // from that node_modules folder, resolved and read by the Rust side (`P.externalModule`).
  // Modules are cached per run: built-ins by name, files by their path.
  // The Rust helpers of the built-in libraries: theirs only, never a global.
  var NATIVE = P.native;
  delete P.native;
  var loaded = {};
  var resolvedFiles = {};
  var NOT_BUILT_IN = {};
  // The modules scripts may `require` (from the manifest, with chai), for messages.
  var POSTMAN_MODULES = P.moduleNames;
  function notFound(message) {
    var err = new Error(message);
    err.code = 'MODULE_NOT_FOUND';
    return err;
  }
  // What built-in modules see as `require`: the public names, plus the sandbox's own classes.
  function builtinRequire(name) {
    if (name === 'postie:sandbox') return P;
    if (name === 'postie:native') return NATIVE;
    return requireModule(name);
  }
  function builtin(name) {
    if (Object.prototype.hasOwnProperty.call(loaded, name)) return loaded[name].exports;
    if (name === 'chai') return P.chaiModule;
    // Precompiled at build time when it can be; else compiled from the source here.
    var factory = P.moduleFactory(name);
    var source = typeof factory === 'function' ? null : P.moduleSource(name);
    if (source !== null && typeof source !== 'string') return NOT_BUILT_IN;
    var module = { exports: {} };
    loaded[name] = module;
    try {
      (factory || new Function('module', 'exports', 'require', source)).call(module.exports, module, module.exports, builtinRequire);
    } catch (e) {
      delete loaded[name];
      throw e;
    }
    return module.exports;
  }
  function isRelative(name) {
    return name === '.' || name === '..' || name.slice(0, 2) === './' || name.slice(0, 3) === '../';
  }
  // A `require` for the module files in `dir`.
  function localRequire(dir) {
    var req = function (name) { return requireFrom(String(name), dir); };
    req.cache = {};
    req.resolve = function (name) {
      name = String(name);
      if (!isRelative(name) && builtin(name) !== NOT_BUILT_IN) return name;
      return external(name, dir).path;
    };
    return req;
  }
  function external(name, dir) {
    var key = dir + '\u0000' + name;
    if (Object.prototype.hasOwnProperty.call(resolvedFiles, key)) return resolvedFiles[key];
    var found = P.externalModule(name, dir);
    if (found[0] !== 'ok') throw notFound(found[1]);
    var file = { path: found[1], dir: found[2], json: found[3] === 'json', source: found[4] };
    resolvedFiles[key] = file;
    return file;
  }
  function requireExternal(name, dir) {
    var file = external(name, dir);
    var id = 'file:' + file.path;
    if (Object.prototype.hasOwnProperty.call(loaded, id)) return loaded[id].exports;
    var module = { id: file.path, filename: file.path, loaded: false, exports: {}, children: [], paths: [] };
    loaded[id] = module;
    try {
      if (file.json) {
        try {
          module.exports = JSON.parse(file.source);
        } catch (e) {
          throw new SyntaxError(file.path + ': ' + e.message);
        }
      } else {
        var req = localRequire(file.dir);
        module.require = req;
        new Function('exports', 'require', 'module', '__filename', '__dirname', file.source)
          .call(module.exports, module.exports, req, module, file.path, file.dir);
      }
    } catch (e) {
      delete loaded[id];
      throw e;
    }
    module.loaded = true;
    file.source = null;
    return module.exports;
  }
  function requireFrom(name, dir) {
    if (!isRelative(name)) {
      var exports = builtin(name);
      if (exports !== NOT_BUILT_IN) return exports;
    }
    if (typeof P.externalModule !== 'function') {
      // The error reads as Newman's; what is available goes to the console beside it.
      if (run) {
        append(consoleOf(run), ['warn', "require('" + name + "'): no such module; built in: " +
          POSTMAN_MODULES.join(', ') + '; others load with --script-modules DIR']);
      }
      throw notFound("Cannot find module '" + name + "'");
    }
    return requireExternal(name, dir);
  }
  function requireModule(name) {
    return requireFrom(String(name), '');
  }
  // `pm.require('npm:name@version')` or `pm.require('@team/name')`: a package from the
  // `--script-modules` folder (any version there), else a built-in module of that name.
  function pmRequire(name) {
    name = String(name);
    if (typeof P.externalModule !== 'function') {
      throw new Error("pm.require: package '" + name + "' is not available in postie " +
        '(run with --script-modules DIR to load packages from a local node_modules folder)');
    }
    var bare = name.replace(/^npm:/, '');
    var at = bare.indexOf('@', 1);
    if (at !== -1) bare = bare.slice(0, at);
    try {
      return requireExternal(bare, '');
    } catch (e) {
      if (e && e.code === 'MODULE_NOT_FOUND' && builtin(bare) !== NOT_BUILT_IN) return builtin(bare);
      throw e;
    }
  }
  G.require = requireModule;
  P.require = requireModule;
  P.requireModule = requireModule;
  // Library globals (`_`, `CryptoJS`, `Buffer`…) load on first touch; a script may replace them.
  P.lazyGlobals.forEach(function (pair) {
    var global = pair[0], module = pair[1];
    function settle(value) {
      Object.defineProperty(G, global, { value: value, writable: true, configurable: true, enumerable: false });
      return value;
    }
    Object.defineProperty(G, global, {
      configurable: true,
      enumerable: false,
      get: function () { return settle(requireModule(module)); },
      set: settle
    });
  });

  // ---- pm ----
  // A scope whose values are all plain (strings, numbers, booleans, null: what comes back from
  // the Rust side exactly as it went) is kept for the next script, which uses it as it is when
  // the Rust side says it still matches (an empty text) instead of parsing it again. Each script
  // gets scope objects of its own (as in Newman): a kept scope's entries move to a new object; the
  // old one, which a script may still hold, gets a copy of them the first time it is used.
  var kept = I.create(null);
  var Scope = P.Scope;
  function entriesOf(vars) {
    var copy = [];
    for (var i = 0; i < vars.length; i++) copy[i] = [vars[i][0], vars[i][1], vars[i][2]];
    return copy;
  }
  // What an old scope object reads as its entries once a newer one has them: its own copy.
  var RETIRED = I.create(null);
  RETIRED.configurable = true;
  RETIRED.get = function () {
    var own = valueDescriptor(entriesOf(this._successor._vars), true);
    own.configurable = true;
    I.defineProperty(this, '_vars', own);
    return own.value;
  };
  RETIRED.set = function (vars) {
    var own = valueDescriptor(vars, true);
    own.configurable = true;
    I.defineProperty(this, '_vars', own);
  };
  var SUCCESSOR = valueDescriptor(undefined, false);
  function renewed(scope) {
    var fresh = new Scope({ vars: scope._vars, id: scope._id, name: scope.name }, scope._kind);
    SUCCESSOR.value = fresh;
    I.defineProperty(scope, '_successor', SUCCESSOR);
    SUCCESSOR.value = undefined;
    I.defineProperty(scope, '_vars', RETIRED);
    return fresh;
  }
  function scopeOf(name) {
    var scopes = run.scopes || (run.scopes = I.create(null));
    var scope = scopes[name];
    if (scope) return scope;
    var copy = kept[name];
    var vars = P.inputValue(name, copy !== undefined && !copy._dirty);
    if (vars === undefined) scope = kept[name] = renewed(copy);
    else {
      scope = new Scope(vars, name);
      if (plainValues(scope._vars)) kept[name] = scope;
      else delete kept[name];
    }
    return (scopes[name] = scope);
  }
  // A lone surrogate does not survive the trip through UTF-8.
  function plainText(v) { return typeof v === 'string' && I.isWellFormed(v); }
  function plainValues(vars) {
    for (var i = 0; i < vars.length; i++) {
      var v = vars[i][1];
      if (!(v === null || v === true || v === false || plainText(v) ||
          (typeof v === 'number' && isFinite(v) && !Object.is(v, -0)))) return false;
      if (!plainText(vars[i][0]) || typeof vars[i][2] !== 'boolean') return false;
    }
    return true;
  }
  // Precedence highest first: local, data, environment, collection, globals.
  var ORDER = ['local', 'data', 'environment', 'collection', 'globals'];
  function findVar(name) {
    for (var i = 0; i < ORDER.length; i++) {
      var e = scopeOf(ORDER[i])._entry(String(name));
      if (e !== undefined) return e;
    }
    return undefined;
  }

  // `pm.variables`: a VariableScope whose own values are the locals, over the other scopes.
  var VARIABLES = Object.create(Scope.prototype);
  function local() { return scopeOf('local'); }
  Object.assign(VARIABLES, {
    has: function (key) { return findVar(key) !== undefined; },
    get: function (key) { var e = findVar(key); return e === undefined ? undefined : e[1]; },
    set: function (key, value, type) { local().set(key, value, type); },
    unset: function (key) { local().unset(key); },
    clear: function () { local().clear(); },
    toObject: function () {
      var out = {};
      for (var i = ORDER.length - 1; i >= 0; i--) Object.assign(out, scopeOf(ORDER[i]).toObject());
      return out;
    },
    replaceIn: function (template) {
      return P.replaceIn(template, function (name) {
        var e = findVar(name);
        return e === undefined ? undefined : P.valueText(e[1]);
      });
    },
    toJSON: function () { return local().toJSON(); },
    syncVariablesFrom: function (obj, track, prune) { return local().syncVariablesFrom(obj, track, prune); }
  });
  ['values', 'id'].forEach(function (name) {
    Object.defineProperty(VARIABLES, name, { get: function () { return local()[name]; } });
  });

  function Info() {}
  [['eventName', function () { return run.input.event; }],
    ['iteration', function () { return run.input.info.iteration; }],
    ['iterationCount', function () { return run.input.info.iterationCount; }],
    ['requestName', function () { return run.input.info.requestName; }],
    ['requestId', function () { return run.input.info.requestId; }]].forEach(function (p) {
    Object.defineProperty(Info.prototype, p[0], { get: p[1], configurable: true });
  });

  function setNext(name) {
    if (arguments.length === 0 || name === undefined) return;
    run.hasNext = true;
    run.next = name === null ? null : String(name);
  }

  var SKIP_REQUEST = { skipRequest: true };
  var EXECUTION = {};
  Object.defineProperty(EXECUTION, 'skipRequest', {
    value: function () {
      run.skip = true;
      // The rest of a pre-request script does not run, as in Postman.
      if (run.input.event === 'prerequest') throw SKIP_REQUEST;
    },
    enumerable: true
  });
  Object.defineProperty(EXECUTION, 'location', {
    get: function () {
      var loc = (run.input.info.location || []).slice();
      if (!loc.length && run.input.info.requestName) loc.push(run.input.info.requestName);
      Object.defineProperty(loc, 'current', { value: loc.length ? loc[loc.length - 1] : '' });
      return loc;
    },
    enumerable: true
  });
  Object.defineProperty(EXECUTION, 'setNextRequest', { value: setNext, enumerable: true });

  function unavailable(what) {
    return function () { throw new Error(what + ' is not available in postie'); };
  }
  var vaultMethod = unavailable('pm.vault');
  function makeVault() { return { get: vaultMethod, set: vaultMethod, unset: vaultMethod }; }

  function pushAssertion(a) {
    if (run) append(run.assertions || (run.assertions = I.list()), a);
  }
  // (a literal's properties are its own: no setter a script put on Object.prototype sees them)
  function assertion(name, skipped) {
    return { name: String(name), index: run.testIndex++, skipped: skipped, error: null };
  }
  // A value descriptor nothing inherits into.
  function valueDescriptor(value, enumerable) {
    var d = I.create(null);
    d.value = value;
    d.enumerable = enumerable;
    d.writable = enumerable;
    return d;
  }

  // `pm.test`, the same frozen function in every script's `pm` (it returns that script's `pm`).
  function test(name, fn) {
    var a = assertion(name, false);
    var current = run;
    if (typeof fn !== 'function') {
      pushAssertion(a);
      return current.pm;
    }
    if (fn.length) {
      var settled = false;
      var done = function (err) {
        if (settled || run !== current) return;
        settled = true;
        if (err) a.error = errorInfo(err, a.name);
        pushAssertion(a);
      };
      try {
        call(fn, G, done);
      } catch (e) {
        if (!settled) {
          settled = true;
          a.error = errorInfo(e, a.name);
          pushAssertion(a);
        }
      }
      return current.pm;
    }
    var result;
    try {
      result = call(fn, G);
    } catch (e) {
      a.error = errorInfo(e, a.name);
      pushAssertion(a);
      return current.pm;
    }
    var isPromise = result !== null && typeof result === 'object' && I.getPrototypeOf(result) === I.PromiseProto;
    if (isPromise || result && typeof result.then === 'function') {
      var passed = function () {
        if (run === current) pushAssertion(a);
      };
      var failed = function (e) {
        if (run !== current) return;
        a.error = errorInfo(e, a.name);
        pushAssertion(a);
      };
      if (isPromise) I.then(result, passed, failed);
      else result.then(passed, failed);
      return current.pm;
    }
    pushAssertion(a);
    return current.pm;
  }
  I.defineProperty(test, 'skip', valueDescriptor(function (name) {
    pushAssertion(assertion(name, true));
    return run.pm;
  }, true));
  I.defineProperty(test, 'index', valueDescriptor(function () { return run.testIndex; }, true));
  Object.freeze(test);

  // ---- pm.cookies.jar(): Node-style callbacks, called after the script body as in Newman ----
  function jarCall(op, done) {
    var id = nextSendId++;
    sends.set(id, { jar: done });
    queuedSends.push([id, { __postieCookieJar: op }]);
  }
  function jarUrl(url, method) {
    if (url && typeof url === 'object' && typeof url.toString === 'function') url = url.toString();
    if (!url || typeof url !== 'string') throw new TypeError('CookieJar.' + method + '() requires a valid url');
    return url;
  }
  function jarReply(callback, err, result) {
    if (typeof callback !== 'function') return;
    if (err) return callback(err);
    callback(null, result);
  }
  function jarCookie(c) {
    var list = P.cookieList([c]);
    return list.one(c.name) || list.idx(0);
  }
  var postmanCookieJar = {
    get: function (url, name, callback) {
      url = jarUrl(url, 'get');
      if (typeof callback !== 'function') throw new TypeError('CookieJar.get() requires a callback function');
      if (typeof name !== 'string') throw new TypeError('CookieJar.get() requires cookie name to be a string');
      jarCall({ op: 'get', url: url }, function (err, cookies) {
        if (err) return jarReply(callback, err);
        var found = null;
        for (var i = 0; i < cookies.length; i++) {
          if (cookies[i].name === name) {
            found = cookies[i].value;
            try { found = decodeURIComponent(found); } catch (e) { /* malformed: as it is */ }
            break;
          }
        }
        jarReply(callback, null, found);
      });
    },
    getAll: function (url, options, callback) {
      url = jarUrl(url, 'getAll');
      if (typeof options === 'function' && !callback) { callback = options; options = {}; }
      if (typeof callback !== 'function') throw new TypeError('CookieJar.getAll() requires a callback function');
      if (typeof options !== 'object') throw new TypeError('CookieJar.getAll() requires options to be an object');
      jarCall({ op: 'get', url: url }, function (err, cookies) {
        if (err) return jarReply(callback, err);
        jarReply(callback, null, P.cookieList(cookies));
      });
    },
    set: function (url, name, value, callback) {
      url = jarUrl(url, 'set');
      if (typeof value === 'function' && !callback) { callback = value; value = null; }
      var cookie;
      if (name && value) cookie = { name: String(name), value: String(value) };
      else if (name && typeof name === 'object') {
        cookie = JSON.parse(JSON.stringify(typeof name.toJSON === 'function' ? name.toJSON() : name));
        if (cookie.name === undefined && cookie.key !== undefined) cookie.name = cookie.key;
      } else if (typeof name === 'string') cookie = name;
      else throw new TypeError('CookieJar.set() requires a valid set cookie arguments');
      // tough-cookie refuses a foreign domain before it reaches the store: at once
      var domain = typeof cookie === 'object' ? cookie.domain
        : (/;\s*domain=([^;]*)/i.exec(cookie) || [])[1];
      var host = (/^[a-z][a-z0-9+.-]*:\/\/(?:[^@\/?#]*@)?([^:\/?#]*)/i.exec(url) ||
        /^(?:[^@\/?#]*@)?([^:\/?#]*)/.exec(url) || [])[1];
      if (domain && host !== undefined) {
        var bare = String(domain).trim().replace(/^\./, '').toLowerCase();
        host = host.toLowerCase();
        if (bare && host !== bare && host.slice(-bare.length - 1) !== '.' + bare) {
          return jarReply(callback, new Error("Cookie not in this host's domain. Cookie:" + bare +
            ' Request:' + host));
        }
      }
      jarCall({ op: 'set', url: url, cookie: cookie }, function (err, stored) {
        if (err) return jarReply(callback, err);
        jarReply(callback, null, jarCookie(stored));
      });
    },
    unset: function (url, name, callback) {
      url = jarUrl(url, 'unset');
      if (typeof name !== 'string') throw new TypeError('CookieJar.unset() requires cookie name to be a string');
      jarCall({ op: 'unset', url: url, name: name }, function (err) { jarReply(callback, err); });
    },
    clear: function (url, callback) {
      url = jarUrl(url, 'clear');
      jarCall({ op: 'clear', url: url }, function (err) { jarReply(callback, err); });
    }
  };
  var cookieJar = {
    jar: function () { return postmanCookieJar; }
  };

  // Descriptors made once, on objects nothing inherits into.
  function descriptors(of) {
    var all = Object.getOwnPropertyDescriptors(of);
    var out = I.create(null);
    keys(all).forEach(function (k) { out[k] = I.setPrototypeOf(all[k], null); });
    return out;
  }
  var EXECUTION_PROPERTIES = descriptors(EXECUTION);
  var noop = function () {};
  // What every script's `pm` has besides `test`, on a prototype no script can change; what a
  // getter returns is made once per script.
  var PM_PROPERTIES = descriptors({
    get info() { return run.info || (run.info = new Info()); },
    get globals() { return scopeOf('globals'); },
    get environment() { return scopeOf('environment'); },
    get collectionVariables() { return scopeOf('collection'); },
    get variables() { return run.variables || (run.variables = I.create(VARIABLES)); },
    get iterationData() { return scopeOf('data'); },
    get request() { return currentRequest(); },
    get response() { return currentResponse(); },
    get cookies() {
      if (!run.cookies) {
        run.cookies = P.cookieList(run.input.cookies);
        run.cookies.jar = cookieJar.jar;
      }
      return run.cookies;
    },
    get execution() {
      return run.execution || (run.execution = I.defineProperties({}, EXECUTION_PROPERTIES));
    },
    get vault() { return run.vault || (run.vault = makeVault()); },
    get visualizer() { return run.visualizer || (run.visualizer = { set: noop, clear: noop }); }
  });
  keys(PM_PROPERTIES).forEach(function (name) { PM_PROPERTIES[name].enumerable = false; });
  PM_PROPERTIES.expect = valueDescriptor(P.expect, false);
  PM_PROPERTIES.sendRequest = valueDescriptor(sendRequest, false);
  PM_PROPERTIES.require = valueDescriptor(pmRequire, false);
  var PM = Object.freeze(I.create(Object.prototype, PM_PROPERTIES));
  // A new `pm` for each script, as in Newman: what a script does to its `pm` stays there.
  var PM_OWN = I.create(null);
  PM_OWN.test = valueDescriptor(test, true);
  function makePm() {
    var pm = I.create(PM, PM_OWN);
    run.pm = pm;
    return pm;
  }

  function currentRequest() {
    if (!run.request) run.request = new P.PostmanRequest(run.input.request);
    return run.request;
  }
  // Newman: no `pm.response` before the request is sent; after a failed request, an empty one.
  function currentResponse() {
    if (run.response) return run.response;
    if (run.input.response) {
      var current = run;
      run.response = P.scriptResponse(new P.PostmanResponse(run.input.response, function () { return current.body; }));
    } else if (run.input.event !== 'prerequest') run.response = P.scriptResponse(P.emptyResponse());
    return run.response;
  }

  // ---- legacy globals ----
  function legacyScopeObject(name) {
    var key = 'legacy_' + name;
    if (!run[key]) run[key] = scopeOf(name).toObject();
    return run[key];
  }
  function legacySet(scope, key, value) {
    // Newman turns a truthy value into its toString() text and keeps a falsy one as it is:
    // set 1 reads back "1", set 0 reads back 0 (its own peer suite depends on both).
    var stored = value && typeof value.toString === 'function' ? value.toString() : value;
    scopeOf(scope).set(key, stored);
    var cached = run['legacy_' + scope];
    if (cached) cached[key] = stored;
  }
  function legacyUnset(scope, key) {
    scopeOf(scope).unset(key);
    var cached = run['legacy_' + scope];
    if (cached) delete cached[key];
  }
  function legacyClear(scope) {
    scopeOf(scope).clear();
    var cached = run['legacy_' + scope];
    if (cached) Object.keys(cached).forEach(function (k) { delete cached[k]; });
  }
  // Postman's legacy `postman` object, new for each script too (its methods are shared).
  var POSTMAN = {
    setEnvironmentVariable: function (k, v) { legacySet('environment', k, v); },
    getEnvironmentVariable: function (k) { return scopeOf('environment').get(k); },
    clearEnvironmentVariable: function (k) { legacyUnset('environment', k); },
    clearEnvironmentVariables: function () { legacyClear('environment'); },
    setGlobalVariable: function (k, v) { legacySet('globals', k, v); },
    getGlobalVariable: function (k) { return scopeOf('globals').get(k); },
    clearGlobalVariable: function (k) { legacyUnset('globals', k); },
    clearGlobalVariables: function () { legacyClear('globals'); },
    setNextRequest: setNext,
    getResponseHeader: function (name) {
      var r = currentResponse();
      return r ? r.headers.get(name) : undefined;
    },
    getResponseCookie: function (name) {
      var r = currentResponse();
      if (!r) return undefined;
      var c = r.cookies.one(name);
      return c ? JSON.parse(JSON.stringify(c)) : undefined;
    }
  };
  var POSTMAN_PROPERTIES = descriptors(POSTMAN);
  function makePostman() { return I.defineProperties({}, POSTMAN_PROPERTIES); }

  function legacyRequest() {
    var input = run.input.request;
    var req = new P.PostmanRequest(input);
    var headers = {};
    req.headers.each(function (h) { if (!h.disabled) headers[String(h.key).toLowerCase()] = h.value; });
    var data = {};
    var body = input.body;
    if (body && body.mode === 'raw') data = body.raw === undefined ? '' : body.raw;
    else if (body && (body.mode === 'urlencoded' || body.mode === 'formdata')) {
      (body[body.mode] || []).forEach(function (p) {
        if (p.disabled) return;
        // A repeated key collects its values in a list.
        data[p.key] = Object.prototype.hasOwnProperty.call(data, p.key) ? [].concat(data[p.key], p.value) : p.value;
      });
    }
    return {
      id: run.input.info.requestId, name: run.input.info.requestName, description: input.description,
      headers: headers, method: req.method, url: req.url.toString(), data: data
    };
  }

  var LEGACY = {
    pm: makePm,
    postman: makePostman,
    tests: function () { return run.tests || (run.tests = {}); },
    environment: function () { return legacyScopeObject('environment'); },
    globals: function () { return legacyScopeObject('globals'); },
    data: function () { return legacyScopeObject('data'); },
    iteration: function () { return run.input.info.iteration; },
    request: function () { return legacyRequest(); },
    responseBody: function () { return run.input.response ? run.body : undefined; },
    responseCode: function () {
      var r = run.input.response;
      if (!r) return undefined;
      var name = r.status || P.reasonOf(r.code) || '';
      return { code: r.code, name: name, detail: name };
    },
    responseHeaders: function () {
      var r = run.input.response;
      if (!r) return undefined;
      var out = {};
      r.headers.forEach(function (h) { out[h[0]] = h[1]; });
      // Header names arrive lower-cased; `responseHeaders['Content-Type']` must still find them.
      return new Proxy(out, {
        get: function (target, name) {
          if (typeof name !== 'string' || name in target) return target[name];
          var lower = name.toLowerCase();
          var key = Object.keys(target).find(function (k) { return k.toLowerCase() === lower; });
          return key === undefined ? undefined : target[key];
        }
      });
    },
    responseTime: function () { return run.input.response ? run.input.response.responseTime : undefined; },
    responseCookies: function () {
      var r = currentResponse();
      return r ? r.cookies.toJSON() : [];
    }
  };
  Object.keys(LEGACY).forEach(function (name) {
    var make = LEGACY[name];
    Object.defineProperty(G, name, {
      get: function () {
        if (!run) return undefined;
        var overrides = overridesOf(run);
        if (name in overrides) return overrides[name];
        var v = make();
        overrides[name] = v;
        return v;
      },
      set: function (v) { if (run) overridesOf(run)[name] = v; },
      configurable: true
    });
  });

  // ---- the hooks ----
  // One script's state. Each input part comes from the Rust side as JSON text the first time
  // something reads it (scopes through scopeOf, the others through `run.input`).
  // Its records are objects and lists nothing inherits into (no setter a script put on
  // `Object.prototype` or `Array.prototype` sees them).
  function consoleOf(run) { return run.console || (run.console = I.list()); }
  function overridesOf(run) { return run.overrides || (run.overrides = I.create(null)); }
  // What every script needs; the rest (parsed input parts, scopes, records, `pm`, caches) is
  // added when first used: each property a QuickJS object gets costs about 600 instructions.
  function Run(keepRequest) {
    this.keepRequest = keepRequest;
    this.testIndex = 0;
  }
  I.setPrototypeOf(Run.prototype, null);
  function readPart(run, name) {
    var parsed = run.parsed || (run.parsed = I.create(null));
    if (!(name in parsed)) parsed[name] = P.inputValue(name);
    return parsed[name];
  }
  // `run.input` looks like the parsed whole: `run.input.request`, `run.input.info`, ...
  function Input(run) { this.run = run; }
  I.setPrototypeOf(Input.prototype, null);
  ['request', 'response', 'cookies'].forEach(function (name) {
    Object.defineProperty(Input.prototype, name, { get: function () { return readPart(this.run, name); } });
  });
  Object.defineProperty(Input.prototype, 'event', { get: function () { return readPart(this.run, 'head').event; } });
  Object.defineProperty(Input.prototype, 'info', { get: function () { return readPart(this.run, 'head').info; } });
  Object.defineProperty(Run.prototype, 'input', {
    get: function () { return this.inputView || (this.inputView = new Input(this)); }
  });

  Object.defineProperty(Run.prototype, 'body', {
    get: function () {
      if (this.bodyText === undefined) this.bodyText = P.responseBody();
      return this.bodyText;
    }
  });

  P.begin = function (script, keepRequest) {
    if (timers.size) timers.clear();
    if (sends.size) sends.clear();
    if (queuedSends.length) queuedSends = [];
    run = new Run(keepRequest);
    try {
      call(script, G);
    } catch (e) {
      if (e !== SKIP_REQUEST) scriptError(e);
    }
    var overrides = run.overrides;
    var tests = overrides && overrides.tests !== undefined ? overrides.tests : run.tests;
    if (tests && typeof tests === 'object') {
      var names = keys(tests);
      for (var i = 0; i < names.length; i++) {
        var value = tests[names[i]];
        var a = assertion(names[i], false);
        if (!value) {
          var message = 'expected ' + String(value) + ' to be truthy';
          a.error = { name: 'AssertionError', message: message, stack: 'AssertionError: ' + message };
        }
        pushAssertion(a);
      }
    }
  };

  function text(v) { return v === undefined || v === null ? null : String(v); }

  // What `finish` reads when a script never logged, asserted or read a scope.
  var NONE = Object.freeze(I.list());
  var NO_SCOPES = Object.freeze(I.create(null));
  var CYCLIC = ['response', 'request', 'cookies', 'inputView'];
  // What the script left, as a flat array the Rust side reads without JSON (JSON.stringify is
  // slow in QuickJS): [assertions, console, error, hasNext, next, skip, scopes, requestJson],
  // assertions as [name, index, skipped, errorName, errorMessage, errorStack] sextuples, console
  // messages as [level, text] pairs and changed scopes as [name, [[key, value, enabled]...], kept]
  // triples (kept: this side keeps its copy for the next script).
  var replayedOn = Scope.prototype._replayedOn;
  var endScript = Scope.prototype._endScript;
  var runnerJSON = P.PostmanRequest.prototype._runnerJSON;
  P.finish = function () {
    var assertions = I.list();
    var recorded = run.assertions || NONE;
    for (var i = 0; i < recorded.length; i++) {
      var a = recorded[i];
      var e = a.error;
      append(assertions, a.name);
      append(assertions, a.index);
      append(assertions, a.skipped);
      append(assertions, e ? text(e.name) : null);
      append(assertions, e ? text(e.message) : null);
      append(assertions, e ? text(e.stack) : null);
    }
    var messages = I.list();
    var logged = run.console || NONE;
    for (var j = 0; j < logged.length; j++) {
      append(messages, logged[j][0]);
      append(messages, logged[j][1]);
    }
    var scopes = I.list();
    var used = run.scopes || NO_SCOPES;
    for (var k = 0; k < SCOPES.length; k++) {
      var name = SCOPES[k];
      var s = used[name];
      if (!s) continue;
      if (s._valuesEdited) s = call(replayedOn, s, P.inputValue(name));
      call(endScript, s);
      if (!s._dirty) continue;
      var keep = plainValues(s._vars);
      append(scopes, name);
      append(scopes, s._vars);
      append(scopes, keep);
      if (keep) {
        kept[name] = s;
        s._dirty = false;
      } else delete kept[name];
    }
    var request = null;
    if (run.request && run.keepRequest) {
      try {
        request = I.exportJson(call(runnerJSON, run.request));
      } catch (e) {
        scriptError(e);
      }
    }
    var error = run.error ? [text(run.error.name), text(run.error.message), text(run.error.stack)] : null;
    var hasNext = run.hasNext === true;
    var out = [assertions, messages, error, hasNext, hasNext ? run.next : null, run.skip === true,
      scopes, request];
    // Break the run's reference cycles (closures over it) so memory is freed without a GC pass.
    for (var c = 0; c < CYCLIC.length; c++) {
      if (run[CYCLIC[c]]) run[CYCLIC[c]] = null;
    }
    run = null;
    if (timers.size) timers.clear();
    if (sends.size) sends.clear();
    return out;
  };
})
