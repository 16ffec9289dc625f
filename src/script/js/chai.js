// `pm.expect`: chai 4's BDD `expect` with its failure messages, plus the Postman response
// assertions (`pm.response.to.have.status(200)` …) with chai-postman's messages.
(function (P) {
  'use strict';
  var inspect = P.inspect;
  var objDisplay = P.objDisplay;
  var I = P.I;
  var call = I.call;
  var apply = I.apply;
  var push = I.push;
  var keys = I.keys;
  var String = I.String;
  var reflectGet = Reflect.get;
  function lower(text) { return I.toLowerCase(text); }
  // `o.indexOf(x)` of a string or an array, with the built-in method.
  function indexIn(o, x) {
    if (typeof o === 'string') return I.strIndexOf(o, x);
    return I.isArray(o) ? I.indexOf(o, x) : o.indexOf(x);
  }
  // Array#some and Array#every (holes skipped) as they were.
  function some(list, test) {
    for (var i = 0; i < list.length; i++) {
      if (i in list && test(list[i], i)) return true;
    }
    return false;
  }
  function every(list, test) {
    for (var i = 0; i < list.length; i++) {
      if (i in list && !test(list[i], i)) return false;
    }
    return true;
  }
  function copy(list) {
    var out = [];
    for (var i = 0; i < list.length; i++) push(out, list[i]);
    return out;
  }
  function matchesRe(re, text) {
    return re instanceof RegExp ? I.exec(re, text) !== null : re.test(text);
  }

  function AssertionError(message, props) {
    this.message = message;
    this.stack = 'AssertionError: ' + message;
    if (props) {
      for (var k in props) this[k] = props[k];
    }
  }
  AssertionError.prototype = Object.create(Error.prototype);
  AssertionError.prototype.name = 'AssertionError';
  AssertionError.prototype.constructor = AssertionError;
  AssertionError.prototype.toJSON = function () {
    return { name: this.name, message: this.message, stack: this.stack };
  };
  P.AssertionError = AssertionError;

  // chai's type names: typeof for primitives and functions, the built-in tag for objects.
  function typeOf(v) {
    if (v === null) return 'null';
    var t = typeof v;
    if (t !== 'object') return t;
    return P.typeTag(v);
  }
  P.typeOf = typeOf;

  function sameValueZero(a, b) {
    return a === b || (a !== a && b !== b);
  }

  // ---- deep equality (chai's deep-eql) ----
  function deepEqual(a, b, memo) {
    if (a === b) return a !== 0 || 1 / a === 1 / b;
    if (a !== a && b !== b) return true;
    if (a === null || b === null || typeof a !== 'object' && typeof a !== 'function' ||
        typeof b !== 'object' && typeof b !== 'function') {
      return false;
    }
    var tag = P.typeTag(a);
    if (tag !== P.typeTag(b)) return false;
    memo = memo || [];
    for (var m = 0; m < memo.length; m++) {
      if (memo[m][0] === a && memo[m][1] === b) return true;
    }
    push(memo, [a, b]);
    var result = deepEqualTagged(tag, a, b, memo);
    I.pop(memo);
    return result;
  }

  function primitive(tag, v) {
    return tag === 'Date' ? I.dateGetTime(v) : I.valueOf[tag](v);
  }
  // A Map's [key, value] pairs or a Set's values (an Error has neither).
  function entries(tag, o) {
    var out = [];
    if (tag === 'Map') I.mapForEach(o, function (v, k) { push(out, [k, v]); });
    else if (tag === 'Set') I.setForEach(o, function (v) { push(out, v); });
    return out;
  }

  function deepEqualTagged(tag, a, b, memo) {
    switch (tag) {
      case 'String': case 'Number': case 'Boolean': case 'Date':
        return deepEqual(primitive(tag, a), primitive(tag, b), memo);
      case 'Promise': case 'Symbol': case 'function': case 'WeakMap': case 'WeakSet': case 'Function':
        return a === b;
      case 'Error':
        return a === b || (a.name === b.name && a.message === b.message && keysEqual(a, b, memo));
      case 'RegExp':
        return String(a) === String(b);
      case 'Arguments': case 'Array': case 'Int8Array': case 'Uint8Array': case 'Uint8ClampedArray':
      case 'Int16Array': case 'Uint16Array': case 'Int32Array': case 'Uint32Array':
      case 'Float32Array': case 'Float64Array':
        if (a.length !== b.length) return false;
        for (var i = 0; i < a.length; i++) {
          if (!deepEqual(a[i], b[i], memo)) return false;
        }
        return true;
      case 'Set': case 'Map': {
        if (a.size !== b.size) return false;
        var left = entries(tag, a);
        var right = entries(tag, b);
        I.sort(left, byInspect);
        I.sort(right, byInspect);
        return deepEqual(left, right, memo);
      }
      default:
        return keysEqual(a, b, memo);
    }
  }

  function byInspect(x, y) {
    var a = inspect(x);
    var b = inspect(y);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function enumerableKeys(o) {
    var found = [];
    for (var k in o) push(found, k);
    var symbols = I.getOwnPropertySymbols(o);
    for (var i = 0; i < symbols.length; i++) {
      if (I.getOwnPropertyDescriptor(o, symbols[i]).enumerable) push(found, symbols[i]);
    }
    return found;
  }

  function keysEqual(a, b, memo) {
    var ka = enumerableKeys(a);
    var kb = enumerableKeys(b);
    if (ka.length !== kb.length) return false;
    if (!ka.length) {
      if (typeof a[Symbol.iterator] === 'function' && typeof b[Symbol.iterator] === 'function') {
        return deepEqual(I.arrayFrom(a), I.arrayFrom(b), memo);
      }
      return true;
    }
    I.sort(ka, keySort);
    I.sort(kb, keySort);
    for (var i = 0; i < ka.length; i++) {
      if (ka[i] !== kb[i]) return false;
    }
    for (var j = 0; j < ka.length; j++) {
      if (!deepEqual(a[ka[j]], b[ka[j]], memo)) return false;
    }
    return true;
  }

  function keySort(x, y) {
    var a = String(x);
    var b = String(y);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  P.deepEqual = function (a, b) { return deepEqual(a, b); };

  // ---- the Assertion object ----
  // Flags inherit nothing: a getter a script put on Object.prototype cannot negate an assertion.
  var FLAGS = I.create(null);
  FLAGS.writable = FLAGS.enumerable = FLAGS.configurable = true;
  function Assertion(object, message) {
    var flags = I.create(null);
    flags.object = object;
    flags.message = message;
    FLAGS.value = flags;
    I.defineProperty(this, '__flags', FLAGS);
    FLAGS.value = undefined;
  }
  P.Assertion = Assertion;
  var proto = Assertion.prototype;

  function flag(a, name, value) {
    if (arguments.length > 2) a.__flags[name] = value;
    return a.__flags[name];
  }

  function prefix(a) {
    var m = a.__flags.message;
    return m ? m + ': ' : '';
  }

  // What every assertion here calls (`assert` stays on the prototype for chai plugins).
  function assertOn(self, ok, message, negatedMessage, expected, actual) {
    var negate = self.__flags.negate;
    if (negate ? !ok : ok) return;
    var text = negate ? negatedMessage : message;
    if (typeof text === 'function') text = text();
    var shownActual = arguments.length > 5 ? actual : self.__flags.object;
    text = I.strReplace(String(text), /#\{this\}/g, function () { return objDisplay(self.__flags.object); });
    text = I.strReplace(text, /#\{act\}/g, function () { return objDisplay(shownActual); });
    text = I.strReplace(text, /#\{exp\}/g, function () { return objDisplay(expected); });
    throw new AssertionError(prefix(self) + text, {
      actual: shownActual, expected: expected, showDiff: false
    });
  }
  proto.assert = function (ok, message, negatedMessage, expected, actual) {
    if (arguments.length > 4) assertOn(this, ok, message, negatedMessage, expected, actual);
    else assertOn(this, ok, message, negatedMessage, expected);
  };

  function fail(a, text) {
    throw new AssertionError(prefix(a) + text);
  }

  function chain(name) {
    Object.defineProperty(proto, name, { get: function () { return this; }, configurable: true });
  }
  ['to', 'be', 'been', 'is', 'and', 'has', 'have', 'with', 'that', 'which', 'at', 'of', 'same',
    'but', 'does', 'still', 'also'].forEach(chain);

  function flagProperty(name, key) {
    Object.defineProperty(proto, name, {
      get: function () { this.__flags[key] = true; return this; }, configurable: true
    });
  }
  flagProperty('not', 'negate');
  flagProperty('deep', 'deep');
  flagProperty('nested', 'nested');
  flagProperty('own', 'own');
  flagProperty('ordered', 'ordered');
  flagProperty('any', 'any');
  flagProperty('all', 'all');

  function property(name, check) {
    Object.defineProperty(proto, name, {
      get: function () { var r = call(check, this); return r === undefined ? this : r; },
      configurable: true
    });
  }

  function method(names, fn) {
    var wrapped = function () {
      var r = apply(fn, this, arguments);
      return r === undefined ? this : r;
    };
    names.forEach(function (n) {
      Object.defineProperty(proto, n, { value: wrapped, writable: true, configurable: true });
    });
  }

  // A chai "chainable method": usable as a property (sets a flag) and as a function.
  function chainable(names, fn, onAccess) {
    names.forEach(function (n) {
      Object.defineProperty(proto, n, {
        get: function () {
          var self = this;
          if (onAccess) call(onAccess, self);
          var callable = function () { var r = apply(fn, self, arguments); return r === undefined ? self : r; };
          I.setPrototypeOf(callable, self);
          return callable;
        },
        configurable: true
      });
    });
  }

  function withMessage(a, msg) {
    if (msg) a.__flags.message = msg;
  }

  // -- plain properties --
  property('ok', function () {
    if (P.isResponse(this.__flags.object)) return statusReasonCheck(this, 200);
    assertOn(this, this.__flags.object, 'expected #{this} to be truthy', 'expected #{this} to be falsy');
  });
  property('true', function () {
    assertOn(this, this.__flags.object === true, 'expected #{this} to be true', 'expected #{this} to be false',
      !this.__flags.negate);
  });
  property('false', function () {
    assertOn(this, this.__flags.object === false, 'expected #{this} to be false', 'expected #{this} to be true',
      !!this.__flags.negate);
  });
  property('null', function () {
    assertOn(this, this.__flags.object === null, 'expected #{this} to be null', 'expected #{this} not to be null');
  });
  property('undefined', function () {
    assertOn(this, this.__flags.object === undefined, 'expected #{this} to be undefined',
      'expected #{this} not to be undefined');
  });
  property('NaN', function () {
    var o = this.__flags.object;
    assertOn(this, typeof o === 'number' && o !== o, 'expected #{this} to be NaN', 'expected #{this} not to be NaN');
  });
  property('exist', function () {
    var o = this.__flags.object;
    assertOn(this, o !== null && o !== undefined, 'expected #{this} to exist', 'expected #{this} to not exist');
  });
  property('finite', function () {
    var o = this.__flags.object;
    assertOn(this, typeof o === 'number' && isFinite(o), 'expected #{this} to be a finite number',
      'expected #{this} to not be a finite number');
  });
  property('empty', function () {
    var o = this.__flags.object;
    var size;
    switch (lower(typeOf(o))) {
      case 'array': case 'string': size = o.length; break;
      case 'map': case 'set': size = o.size; break;
      case 'weakmap': case 'weakset':
        fail(this, '.empty was passed a weak collection');
        break;
      case 'function':
        fail(this, '.empty was passed a function' + (o.name ? ' ' + o.name : ''));
        break;
      default:
        if (o !== Object(o)) fail(this, '.empty was passed non-string primitive ' + inspect(o));
        size = keys(o).length;
    }
    assertOn(this, size === 0, 'expected #{this} to be empty', 'expected #{this} not to be empty');
  });

  // -- type --
  function assertType(type, msg) {
    withMessage(this, msg);
    type = lower(String(type));
    var article = I.strIndexOf('aeiou', I.charAt(type, 0)) !== -1 ? 'an ' : 'a ';
    assertOn(this, type === lower(typeOf(this.__flags.object)),
      'expected #{this} to be ' + article + type, 'expected #{this} not to be ' + article + type);
  }
  chainable(['a', 'an'], assertType);

  // -- include --
  function assertInclude(val, msg) {
    withMessage(this, msg);
    var o = this.__flags.object;
    var type = lower(typeOf(o));
    var isDeep = this.__flags.deep;
    var eq = isDeep ? deepEqual : sameValueZero;
    var descriptor = isDeep ? 'deep ' : '';
    var found = false;
    switch (type) {
      case 'string': found = I.strIndexOf(o, val) !== -1; break;
      case 'weakset':
        if (isDeep) fail(this, 'unable to use .deep.include with WeakSet');
        found = o.has(val);
        break;
      case 'map': I.mapForEach(o, function (item) { found = found || eq(item, val); }); break;
      case 'set':
        if (isDeep) I.setForEach(o, function (item) { found = found || eq(item, val); });
        else found = o.has(val);
        break;
      case 'array':
        found = isDeep ? some(o, function (item) { return eq(item, val); }) : I.indexOf(o, val) !== -1;
        break;
      default: {
        if (val !== Object(val)) {
          var vt = lower(typeOf(val));
          fail(this, 'the given combination of arguments (' + type + ' and ' + vt + ') is invalid for this ' +
            'assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a ' + vt);
        }
        var names = keys(val);
        var negate = this.__flags.negate;
        var firstError = null;
        var failures = 0;
        for (var i = 0; i < names.length; i++) {
          var sub = new Assertion(o);
          for (var f in this.__flags) sub.__flags[f] = this.__flags[f];
          sub.__flags.object = o;
          if (!negate || names.length === 1) {
            call(propertyMethod, sub, names[i], val[names[i]]);
            continue;
          }
          try {
            call(propertyMethod, sub, names[i], val[names[i]]);
          } catch (e) {
            if (!(e instanceof AssertionError)) throw e;
            if (firstError === null) firstError = e;
            failures++;
          }
        }
        if (negate && names.length > 1 && failures === names.length) throw firstError;
        return;
      }
    }
    assertOn(this, found, function () { return 'expected #{this} to ' + descriptor + 'include ' + inspect(val); },
      function () { return 'expected #{this} to not ' + descriptor + 'include ' + inspect(val); });
  }
  chainable(['include', 'contain', 'includes', 'contains'], assertInclude, function () {
    this.__flags.contains = true;
  });

  // -- equality --
  method(['equal', 'equals', 'eq'], function (val, msg) {
    withMessage(this, msg);
    if (this.__flags.deep) return this.eql(val);
    var o = this.__flags.object;
    assertOn(this, val === o, 'expected #{this} to equal #{exp}', 'expected #{this} to not equal #{exp}', val, o);
  });
  method(['eql', 'eqls'], function (val, msg) {
    withMessage(this, msg);
    var o = this.__flags.object;
    assertOn(this, deepEqual(val, o), 'expected #{this} to deeply equal #{exp}',
      'expected #{this} to not deeply equal #{exp}', val, o);
  });

  // -- comparisons --
  function compare(name, test, message, negated, lengthMessage, lengthNegated) {
    return function (n, msg) {
      withMessage(this, msg);
      var o = this.__flags.object;
      var doLength = this.__flags.doLength;
      var type = lower(typeOf(o));
      var nType = lower(typeOf(n));
      if (doLength && type !== 'map' && type !== 'set') new Assertion(o, this.__flags.message).to.have.property('length');
      if (!doLength && type === 'date' && nType !== 'date') fail(this, 'the argument to ' + name + ' must be a date');
      else if (nType !== 'number' && (doLength || type === 'number')) fail(this, 'the argument to ' + name + ' must be a number');
      else if (!doLength && type !== 'date' && type !== 'number') {
        fail(this, 'expected ' + (type === 'string' ? "'" + o + "'" : o) + ' to be a number or a date');
      }
      if (doLength) {
        var descriptor = 'length';
        var count = o.length;
        if (type === 'map' || type === 'set') { descriptor = 'size'; count = o.size; }
        assertOn(this, test(count, n), I.strReplace(lengthMessage, '@', descriptor), I.strReplace(lengthNegated, '@', descriptor), n, count);
      } else {
        assertOn(this, test(o, n), message, negated, n);
      }
    };
  }
  method(['above', 'gt', 'greaterThan'], compare('above', function (a, b) { return a > b; },
    'expected #{this} to be above #{exp}', 'expected #{this} to be at most #{exp}',
    'expected #{this} to have a @ above #{exp} but got #{act}', 'expected #{this} to not have a @ above #{exp}'));
  method(['least', 'gte', 'greaterThanOrEqual'], compare('least', function (a, b) { return a >= b; },
    'expected #{this} to be at least #{exp}', 'expected #{this} to be below #{exp}',
    'expected #{this} to have a @ at least #{exp} but got #{act}', 'expected #{this} to have a @ below #{exp}'));
  method(['below', 'lt', 'lessThan'], compare('below', function (a, b) { return a < b; },
    'expected #{this} to be below #{exp}', 'expected #{this} to be at least #{exp}',
    'expected #{this} to have a @ below #{exp} but got #{act}', 'expected #{this} to not have a @ below #{exp}'));
  method(['most', 'lte', 'lessThanOrEqual'], compare('most', function (a, b) { return a <= b; },
    'expected #{this} to be at most #{exp}', 'expected #{this} to be above #{exp}',
    'expected #{this} to have a @ at most #{exp} but got #{act}', 'expected #{this} to have a @ above #{exp}'));

  method(['within'], function (start, finish, msg) {
    withMessage(this, msg);
    var o = this.__flags.object;
    var doLength = this.__flags.doLength;
    var type = lower(typeOf(o));
    var range = type === 'date' && start && start.toISOString ? start.toISOString() + '..' + finish.toISOString()
      : start + '..' + finish;
    if (doLength && type !== 'map' && type !== 'set') new Assertion(o, this.__flags.message).to.have.property('length');
    if (!doLength && type !== 'date' && type !== 'number') {
      fail(this, 'expected ' + (type === 'string' ? "'" + o + "'" : o) + ' to be a number or a date');
    }
    if (doLength) {
      var descriptor = type === 'map' || type === 'set' ? 'size' : 'length';
      var count = descriptor === 'size' ? o.size : o.length;
      assertOn(this, count >= start && count <= finish, 'expected #{this} to have a ' + descriptor + ' within ' + range,
        'expected #{this} to not have a ' + descriptor + ' within ' + range);
    } else {
      assertOn(this, o >= start && o <= finish, 'expected #{this} to be within ' + range,
        'expected #{this} to not be within ' + range);
    }
  });

  method(['instanceof', 'instanceOf'], function (ctor, msg) {
    withMessage(this, msg);
    var ok;
    try {
      ok = this.__flags.object instanceof ctor;
    } catch (e) {
      if (e instanceof TypeError) {
        fail(this, 'The instanceof assertion needs a constructor but ' + typeOf(ctor) + ' was given.');
      }
      throw e;
    }
    var name = ctor && ctor.name ? ctor.name : 'an unnamed constructor';
    assertOn(this, ok, 'expected #{this} to be an instance of ' + name, 'expected #{this} to not be an instance of ' + name);
  });

  // -- properties --
  function unescapePath(name) {
    var out = '';
    for (var i = 0; i < name.length; i++) {
      var c = name[i];
      if (c === '\\' && (name[i + 1] === '.' || name[i + 1] === '[' || name[i + 1] === ']')) c = name[++i];
      out += c;
    }
    return out;
  }
  function pathParts(path) {
    var parts = [];
    var re = /([^.[\]]+)|\[(\d+)\]/g;
    var text = String(path);
    var m;
    while ((m = I.exec(re, text)) !== null) {
      push(parts, m[2] !== undefined ? Number(m[2]) : unescapePath(m[1]));
    }
    return parts;
  }
  function pathInfo(obj, path) {
    var parts = pathParts(path);
    var parent = obj;
    var value = obj;
    var exists = true;
    for (var i = 0; i < parts.length; i++) {
      parent = value;
      if (parent === null || parent === undefined) { exists = false; value = undefined; break; }
      var key = parts[i];
      exists = (i === parts.length - 1) ? key in Object(parent) : true;
      value = parent[key];
    }
    return { exists: exists && parts.length > 0, value: value };
  }

  method(['property'], function (name, val, msg) {
    withMessage(this, msg);
    var f = this.__flags;
    var isNested = f.nested;
    var isOwn = f.own;
    var nameType = typeof name;
    if (isNested) {
      if (nameType !== 'string') fail(this, 'the argument to property must be a string when using nested syntax');
    } else if (nameType !== 'string' && nameType !== 'number' && nameType !== 'symbol') {
      fail(this, 'the argument to property must be a string, number, or symbol');
    }
    if (isNested && isOwn) fail(this, 'The "nested" and "own" flags cannot be combined.');
    var o = f.object;
    if (o === null || o === undefined) fail(this, 'Target cannot be null or undefined.');
    var info = isNested ? pathInfo(o, name) : null;
    var value = isNested ? info.value : o[name];
    var descriptor = (f.deep ? 'deep ' : '') + (isOwn ? 'own ' : '') + (isNested ? 'nested ' : '') + 'property ';
    var exists = isOwn ? I.hasOwn(o, name) : isNested ? info.exists : name in Object(o);
    var withValue = arguments.length > 1;
    if (!f.negate || !withValue) {
      assertOn(this, exists, function () { return 'expected #{this} to have ' + descriptor + inspect(name); },
        function () { return 'expected #{this} to not have ' + descriptor + inspect(name); });
    }
    if (withValue) {
      var same = f.deep ? deepEqual(val, value) : val === value;
      assertOn(this, exists && same,
        function () { return 'expected #{this} to have ' + descriptor + inspect(name) + ' of #{exp}, but got #{act}'; },
        function () { return 'expected #{this} to not have ' + descriptor + inspect(name) + ' of #{act}'; }, val, value);
    }
    f.object = value;
  });
  var propertyMethod = proto.property;
  method(['ownProperty', 'haveOwnProperty'], function (name, val, msg) {
    this.__flags.own = true;
    return apply(propertyMethod, this, arguments);
  });

  function assertLength(n, msg) {
    withMessage(this, msg);
    var o = this.__flags.object;
    var type = lower(typeOf(o));
    var descriptor = 'length';
    var count;
    if (type === 'map' || type === 'set') {
      descriptor = 'size';
      count = o.size;
    } else {
      new Assertion(o, this.__flags.message).to.have.property('length');
      count = o.length;
    }
    assertOn(this, count == n, 'expected #{this} to have a ' + descriptor + ' of #{exp} but got #{act}',
      'expected #{this} to not have a ' + descriptor + ' of #{act}', n, count);
  }
  chainable(['length', 'lengthOf'], assertLength, function () { this.__flags.doLength = true; });

  method(['match', 'matches'], function (re, msg) {
    withMessage(this, msg);
    assertOn(this, re instanceof RegExp ? I.exec(re, this.__flags.object) : re.exec(this.__flags.object), 'expected #{this} to match ' + re, 'expected #{this} not to match ' + re);
  });
  method(['string'], function (str, msg) {
    withMessage(this, msg);
    var o = this.__flags.object;
    new Assertion(o, this.__flags.message).is.a('string');
    assertOn(this, indexIn(o, str) !== -1, function () { return 'expected #{this} to contain ' + inspect(str); },
      function () { return 'expected #{this} to not contain ' + inspect(str); });
  });

  method(['keys', 'key'], function (wanted) {
    var f = this.__flags;
    var o = f.object;
    var type = typeOf(o);
    var keysType = typeOf(wanted);
    var actual;
    var deepText = '';
    var mixed = 'when testing keys against an object or an array you must give a single Array|Object|String ' +
      'argument or multiple String arguments';
    if (type === 'Map' || type === 'Set') {
      deepText = f.deep ? 'deeply ' : '';
      actual = [];
      actual = I.map(entries(type, o), function (e) { return type === 'Map' ? e[0] : e; });
      if (keysType !== 'Array') wanted = I.args(arguments);
    } else {
      actual = keys(o);
      var symbols = I.getOwnPropertySymbols(Object(o));
      for (var s = 0; s < symbols.length; s++) {
        if (I.getOwnPropertyDescriptor(o, symbols[s]).enumerable) push(actual, symbols[s]);
      }
      if (keysType === 'Array') {
        if (arguments.length > 1) fail(this, mixed);
      } else if (keysType === 'Object') {
        if (arguments.length > 1) fail(this, mixed);
        wanted = keys(wanted);
      } else {
        wanted = I.args(arguments);
      }
      var named = [];
      for (var n = 0; n < wanted.length; n++) push(named, typeof wanted[n] === 'symbol' ? wanted[n] : String(wanted[n]));
      wanted = named;
    }
    if (!wanted.length) fail(this, 'keys required');
    var any = f.any;
    var all = f.all || !any;
    var eq = f.deep ? deepEqual : function (a, b) { return a === b; };
    var found = function (k) { return some(actual, function (a) { return eq(k, a); }); };
    var ok = any ? some(wanted, found) : true;
    if (all) {
      ok = every(wanted, found);
      if (!f.contains) ok = ok && wanted.length === actual.length;
    }
    var text;
    if (wanted.length > 1) {
      var shown = [];
      for (var w = 0; w < wanted.length; w++) push(shown, inspect(wanted[w]));
      var last = I.pop(shown);
      text = I.join(shown, ', ') + (any ? ', or ' : ', and ') + last;
    } else {
      text = inspect(wanted[0]);
    }
    text = (f.contains ? 'contain ' : 'have ') + (wanted.length > 1 ? 'keys ' : 'key ') + text;
    assertOn(this, ok, 'expected #{this} to ' + deepText + text, 'expected #{this} to not ' + deepText + text,
      I.sort(copy(wanted), byInspect), I.sort(actual, byInspect));
  });

  method(['oneOf'], function (list, msg) {
    withMessage(this, msg);
    var o = this.__flags.object;
    var eq = this.__flags.deep ? deepEqual : function (a, b) { return a === b; };
    if (this.__flags.contains) {
      assertOn(this, some(list, function (x) { return indexIn(o, x) > -1; }),
        'expected #{this} to contain one of #{exp}', 'expected #{this} to not contain one of #{exp}', list);
    } else {
      assertOn(this, some(list, function (x) { return eq(o, x); }),
        'expected #{this} to be one of #{exp}', 'expected #{this} to not be one of #{exp}', list);
    }
  });

  function isSubset(subset, superset, eq, contains, ordered) {
    if (!contains && subset.length !== superset.length) return false;
    // without `contains`, each member of the superset matches once
    var used = I.list();
    return every(subset, function (item, i) {
      if (ordered) return eq(item, superset[i]);
      for (var j = 0; j < superset.length; j++) {
        if (!used[j] && eq(item, superset[j])) {
          if (!contains) used[j] = true;
          return true;
        }
      }
      return false;
    });
  }
  method(['members'], function (subset, msg) {
    withMessage(this, msg);
    var f = this.__flags;
    var o = f.object;
    new Assertion(o, f.message).to.be.an('array');
    new Assertion(subset, f.message).to.be.an('array');
    var what;
    var message;
    var negated;
    if (f.contains) {
      what = f.ordered ? 'an ordered superset' : 'a superset';
      message = 'expected #{this} to be ' + what + ' of #{exp}';
      negated = 'expected #{this} to not be ' + what + ' of #{exp}';
    } else {
      what = f.ordered ? 'ordered members' : 'members';
      message = 'expected #{this} to have the same ' + what + ' as #{exp}';
      negated = 'expected #{this} to not have the same ' + what + ' as #{exp}';
    }
    var eq = f.deep ? deepEqual : function (a, b) { return a === b; };
    assertOn(this, isSubset(subset, o, eq, f.contains, f.ordered), message, negated, subset, o);
  });

  method(['satisfy', 'satisfies'], function (matcher, msg) {
    withMessage(this, msg);
    var result = matcher(this.__flags.object);
    assertOn(this, result, 'expected #{this} to satisfy ' + objDisplay(matcher),
      'expected #{this} to not satisfy' + objDisplay(matcher), !this.__flags.negate, result);
  });

  method(['closeTo', 'approximately'], function (expected, delta, msg) {
    withMessage(this, msg);
    var o = this.__flags.object;
    if (typeof o !== 'number') fail(this, 'expected ' + inspect(o) + ' to be a number');
    if (typeof expected !== 'number' || typeof delta !== 'number') {
      fail(this, 'the arguments to closeTo or approximately must be numbers' + (delta === undefined ? ', and a delta is required' : ''));
    }
    assertOn(this, Math.abs(o - expected) <= delta, 'expected #{this} to be close to ' + expected + ' +/- ' + delta,
      'expected #{this} not to be close to ' + expected + ' +/- ' + delta);
  });

  function constructorName(f) {
    if (f instanceof Error) return f.constructor && f.constructor.name || f.name;
    return typeof f === 'function' ? (f.name || '') : String(f);
  }
  function errorText(e) {
    if (e instanceof Error) return e.toString();
    if (typeof e === 'string') return e;
    return e && constructorName(e.constructor);
  }

  method(['throw', 'throws', 'Throw'], function (errorLike, matcher, msg) {
    withMessage(this, msg);
    var f = this.__flags;
    var o = f.object;
    var negate = !!f.negate;
    new Assertion(o, f.message).is.a('function');
    if (errorLike instanceof RegExp || typeof errorLike === 'string') {
      matcher = errorLike;
      errorLike = null;
    }
    var caught;
    var threw = false;
    try {
      o();
    } catch (e) {
      caught = e;
      threw = true;
    }
    var noArgs = errorLike === undefined && matcher === undefined;
    var bothArgs = Boolean(errorLike && matcher);
    var errorLikeFailed = false;
    var matcherFailed = false;
    if (noArgs || !negate) {
      var what = 'an error';
      if (errorLike instanceof Error) what = '#{exp}';
      else if (errorLike) what = constructorName(errorLike);
      assertOn(this, threw, 'expected #{this} to throw ' + what, 'expected #{this} to not throw an error but #{act} was thrown',
        errorLike && errorLike.toString(), errorText(caught));
    }
    if (errorLike && threw) {
      if (errorLike instanceof Error) {
        var sameInstance = caught === errorLike;
        if (sameInstance === negate) {
          if (bothArgs && negate) errorLikeFailed = true;
          else assertOn(this, negate, 'expected #{this} to throw #{exp} but #{act} was thrown',
            'expected #{this} to not throw #{exp}' + (!negate ? ' but #{act} was thrown' : ''),
            errorLike.toString(), errorText(caught));
        }
      }
      var compatible = errorLike instanceof Error
        ? caught && caught.constructor === errorLike.constructor || caught instanceof errorLike.constructor
        : typeof errorLike === 'function' && (caught instanceof errorLike || errorLike.prototype instanceof Error === false && caught === errorLike);
      if (typeof errorLike === 'function' && (errorLike === Error || errorLike.prototype instanceof Error)) {
        compatible = caught instanceof errorLike;
      }
      if (compatible === negate) {
        if (bothArgs && negate) errorLikeFailed = true;
        else assertOn(this, negate, 'expected #{this} to throw #{exp} but #{act} was thrown',
          'expected #{this} to not throw #{exp}' + (threw ? ' but #{act} was thrown' : ''),
          errorLike instanceof Error ? errorLike.toString() : constructorName(errorLike), errorText(caught));
      }
    }
    if (threw && matcher !== undefined && matcher !== null) {
      var how = matcher instanceof RegExp ? 'matching' : 'including';
      var message = caught instanceof Error ? caught.message : typeof caught === 'string' ? caught : '';
      var matches = matcher instanceof RegExp ? matchesRe(matcher, message) : indexIn(message, matcher) !== -1;
      if (matches === negate) {
        if (bothArgs && negate) matcherFailed = true;
        else assertOn(this, negate, 'expected #{this} to throw error ' + how + ' #{exp} but got #{act}',
          'expected #{this} to throw error not ' + how + ' #{exp}', matcher, message);
      }
    }
    if (errorLikeFailed && matcherFailed) {
      assertOn(this, negate, 'expected #{this} to throw #{exp} but #{act} was thrown',
        'expected #{this} to not throw #{exp}' + (threw ? ' but #{act} was thrown' : ''),
        errorLike instanceof Error ? errorLike.toString() : constructorName(errorLike), errorText(caught));
    }
    f.object = caught;
  });

  method(['fail'], function (actual, expected, message) {
    if (arguments.length < 2) {
      message = actual;
      actual = undefined;
    }
    throw new AssertionError(message || 'expect.fail()', { actual: actual, expected: expected });
  });

  // Like chai's proxy: reading a word no assertion defines (`.to.be.html`) is an error, with
  // the closest known word as a hint. The check sits below the prototype, so it costs nothing
  // for words that exist.
  var NOT_CHECKED = ['then', 'catch', 'inspect', 'toJSON'];
  function distance(a, b, cap) {
    if (Math.abs(a.length - b.length) >= cap) return cap;
    var row = [];
    for (var j = 0; j <= b.length; j++) row[j] = j;
    for (var i = 1; i <= a.length; i++) {
      var prev = row[0];
      row[0] = i;
      for (var k = 1; k <= b.length; k++) {
        var keep = row[k];
        row[k] = Math.min(row[k] + 1, row[k - 1] + 1, prev + (a[i - 1] === b[k - 1] ? 0 : 1));
        prev = keep;
      }
    }
    return row[b.length];
  }
  var guard = new Proxy(Object.create(Object.prototype), {
    // A new property is the assertion's own: no setter a script put on Object.prototype sees it.
    set: function (target, name, value, receiver) {
      var d = I.create(null);
      d.value = value;
      d.writable = d.enumerable = d.configurable = true;
      I.defineProperty(receiver, name, d);
      return true;
    },
    get: function (target, name, receiver) {
      if (typeof name !== 'string' || name in target || I.indexOf(NOT_CHECKED, name) !== -1) {
        return reflectGet(target, name, receiver);
      }
      var best = null;
      var bestDistance = 4;
      I.forEach(I.getOwnPropertyNames(proto), function (known) {
        if (known === 'constructor' || known === 'assert') return;
        var d = distance(name, known, bestDistance);
        if (d < bestDistance) {
          best = known;
          bestDistance = d;
        }
      });
      throw new Error('Invalid Chai property: ' + name + (best ? '. Did you mean "' + best + '"?' : ''));
    }
  });
  Object.setPrototypeOf(proto, guard);

  function expect(value, message) {
    return new Assertion(value, message);
  }
  expect.fail = function (actual, expected, message, operator) {
    if (arguments.length < 2) {
      message = actual;
      actual = undefined;
    }
    throw new AssertionError(message || 'expect.fail()', { actual: actual, expected: expected, operator: operator });
  };
  P.expect = expect;
  // `pm.response.to.have.status(...)`, `pm.request.to.have.header(...)`: expect(this) on a prototype.
  P.addAssertionGetters = function (proto) {
    ['to', 'not'].forEach(function (word) {
      Object.defineProperty(proto, word, {
        get: function () { return expect(this)[word]; },
        configurable: true
      });
    });
  };
  // `require('chai')`: the same expect and the common part of chai's assert style.
  function assert(value, message) {
    new Assertion(value, message).assert(value, 'expected #{this} to be truthy', 'expected #{this} to be falsy');
  }
  assert.equal = function (actual, expected, message) {
    new Assertion(actual, message).assert(actual == expected, 'expected #{this} to equal #{exp}',
      'expected #{this} to not equal #{act}', expected, actual);
  };
  assert.notEqual = function (actual, expected, message) {
    new Assertion(actual, message).assert(actual != expected, 'expected #{this} to not equal #{exp}',
      'expected #{this} to equal #{act}', expected, actual);
  };
  assert.strictEqual = function (a, b, m) { expect(a, m).to.equal(b); };
  assert.notStrictEqual = function (a, b, m) { expect(a, m).to.not.equal(b); };
  assert.deepEqual = function (a, b, m) { expect(a, m).to.eql(b); };
  assert.notDeepEqual = function (a, b, m) { expect(a, m).to.not.eql(b); };
  assert.ok = assert.isOk = function (v, m) { expect(v, m).to.be.ok; };
  assert.notOk = assert.isNotOk = function (v, m) { expect(v, m).to.not.be.ok; };
  assert.isTrue = function (v, m) { expect(v, m).to.be.true; };
  assert.isFalse = function (v, m) { expect(v, m).to.be.false; };
  assert.isNull = function (v, m) { expect(v, m).to.be.null; };
  assert.isUndefined = function (v, m) { expect(v, m).to.be.undefined; };
  assert.include = function (h, n, m) { expect(h, m).to.include(n); };
  assert.lengthOf = function (v, n, m) { expect(v, m).to.have.lengthOf(n); };
  assert.property = function (o, p, m) { expect(o, m).to.have.property(p); };
  assert.match = function (v, re, m) { expect(v, m).to.match(re); };
  assert.fail = expect.fail;
  P.chaiModule = { expect: expect, assert: assert, AssertionError: AssertionError, Assertion: Assertion };

  // ---- Postman response assertions (chai-postman) ----
  function statusReasonCheck(a, code) {
    var r = a.__flags.object;
    var want = I.toUpperCase(P.reasonOf(code));
    var got = I.toUpperCase(String(P.reasonOf(r.code)));
    assertOn(a, r.code === code, 'expected response to have status reason #{exp} but got #{act}',
      'expected response to not have status reason #{exp}', want, got);
  }
  function statusClassCheck(a, test, label) {
    var r = a.__flags.object;
    assertOn(a, test(r.code), 'expected response code to be ' + label + ' but found #{act}',
      'expected response code to not be ' + label, undefined, r.code);
  }
  function requireResponse(a) {
    if (!P.isResponse(a.__flags.object)) {
      fail(a, 'expected ' + inspect(a.__flags.object) + ' to be a postman response');
    }
  }
  function responseProperty(name, check) {
    var previous = Object.getOwnPropertyDescriptor(proto, name);
    Object.defineProperty(proto, name, {
      get: function () {
        if (!P.isResponse(this.__flags.object) && previous) return call(previous.get, this);
        requireResponse(this);
        var r = call(check, this);
        return r === undefined ? this : r;
      },
      configurable: true
    });
  }
  [['accepted', 202], ['badRequest', 400], ['unauthorized', 401], ['forbidden', 403], ['notFound', 404],
    ['rateLimited', 429]].forEach(function (pair) {
    responseProperty(pair[0], function () { statusReasonCheck(this, pair[1]); });
  });
  [['info', 1, '1XX'], ['success', 2, '2XX'], ['redirection', 3, '3XX'], ['clientError', 4, '4XX'],
    ['serverError', 5, '5XX']].forEach(function (t) {
    responseProperty(t[0], function () {
      statusClassCheck(this, function (c) { return Math.floor(c / 100) === t[1]; }, t[2]);
    });
  });
  responseProperty('error', function () {
    statusClassCheck(this, function (c) { var k = Math.floor(c / 100); return k === 4 || k === 5; }, '4XX or 5XX');
  });
  responseProperty('withBody', function () {
    var text = this.__flags.object.text();
    assertOn(this, text && text.length, 'expected response to have content in body',
      'expected response to not have content in body');
  });
  responseProperty('json', function () {
    assertValidJson(this);
  });
  responseProperty('responseTime', function () {
    this.__flags.object = this.__flags.object.responseTime;
  });

  // chai-postman parses with Postman's JSON parser; its error's first line is shown.
  function assertValidJson(a) {
    var error = null;
    try {
      P.parseJson(a.__flags.object.text());
    } catch (e) {
      error = e;
    }
    var reason = error ? I.split(String(error.message), '\n')[0] : '';
    assertOn(a, !error, 'expected response body to be a valid json but got error ' + reason,
      'expected response body not to be a valid json');
  }

  function statusCode(code) {
    requireResponse(this);
    var r = this.__flags.object;
    // chai-postman first asserts the property: a failed request's empty response has no code.
    new Assertion(r, this.__flags.message).to.have.property('code');
    assertOn(this, r.code === code, 'expected response to have status code #{exp} but got #{act}',
      'expected response to not have status code #{act}', code, r.code);
  }
  function statusReason(reason) {
    requireResponse(this);
    var r = this.__flags.object;
    assertOn(this, r.status === reason, 'expected response to have status reason #{exp} but got #{act}',
      'expected response to not have status reason #{act}', reason, r.status);
  }
  method(['statusCode'], statusCode);
  method(['statusReason'], statusReason);
  method(['status'], function (s) {
    return typeof s === 'string' ? call(statusReason, this, s) : call(statusCode, this, s);
  });
  method(['header'], function (key, value) {
    var r = this.__flags.object;
    var kind = P.isRequest(r) ? 'request' : 'response';
    if (kind === 'response') requireResponse(this);
    var present = r.headers.has(key);
    assertOn(this, present, 'expected ' + kind + ' to have header with key #{exp}',
      'expected ' + kind + ' to not have header with key #{exp}', key);
    if (arguments.length < 2) return;
    var actual = r.headers.get(key);
    assertOn(this, present && actual === value, "expected '" + key + "' " + kind + ' header to be #{exp} but got #{act}',
      "expected '" + key + "' " + kind + ' header to not be #{exp}', value, actual);
  });
  // What kind of Postman object the subject is.
  [['postmanRequest', 'a postman request', function (o) { return P.isRequest(o); }],
    ['postmanResponse', 'a postman response', function (o) { return P.isResponse(o); }],
    ['postmanRequestOrResponse', 'a postman request or response',
      function (o) { return P.isRequest(o) || P.isResponse(o); }]
  ].forEach(function (kind) {
    property(kind[0], function () {
      assertOn(this, kind[2](this.__flags.object), 'expected #{this} to be ' + kind[1],
        'expected #{this} to not be ' + kind[1]);
    });
  });
  method(['body'], function (expected) {
    requireResponse(this);
    var text = this.__flags.object.text();
    if (arguments.length === 0) {
      assertOn(this, text && text.length, 'expected response to have content in body',
        'expected response to not have content in body');
    } else if (expected instanceof RegExp) {
      assertOn(this, matchesRe(expected, text), 'expected response body text to match #{exp} but got #{act}',
        'expected response body text to not match #{exp}', expected, text);
    } else if (typeof expected === 'string') {
      assertOn(this, text === expected, 'expected response body to equal #{exp} but got #{act}',
        'expected response body to not equal #{exp}', expected, text);
    } else {
      var json;
      try { json = I.parse(text); } catch (e) { json = undefined; }
      assertOn(this, deepEqual(json, expected), 'expected response body json to equal #{exp} but got #{act}',
        'expected response body json to not equal #{exp}', expected, json);
    }
  });
  // Validated with the sandbox's ajv, all errors listed, as chai-postman does.
  method(['jsonSchema'], function (schema, options) {
    var subject = this.__flags.object;
    var data = subject;
    if (P.isResponse(subject)) {
      try { data = P.parseJson(subject.text()); } catch (e) { data = undefined; }
    }
    var Ajv = P.requireModule('ajv');
    var ajv = new Ajv(Object.assign({ logger: false, allErrors: true }, options || {}));
    var valid = ajv.validate(schema, data);
    assertOn(this, valid, 'expected data to satisfy schema but found following errors: \n' + ajv.errorsText(),
      'expected data to not satisfy schema');
  });
  method(['jsonBody'], function (path, value) {
    requireResponse(this);
    if (arguments.length === 0 || typeof path !== 'string') {
      assertValidJson(this);
      return;
    }
    var json;
    try { json = P.parseJson(this.__flags.object.text()); } catch (e) { json = undefined; }
    var info = pathInfo(json, path);
    this.__flags.object = json;
    if (arguments.length < 2 || !this.__flags.negate) {
      assertOn(this, info.exists, function () { return 'expected #{this} in response to contain property ' + inspect(path); },
        function () { return 'expected #{this} in response to not contain property ' + inspect(path); });
    }
    if (arguments.length < 2) return;
    assertOn(this, info.exists && deepEqual(info.value, value),
      function () { return 'expected response body json at ' + I.stringify(path) + ' to contain #{exp} but got #{act}'; },
      function () { return 'expected #{this} in response to not contain property ' + inspect(path) + ' of #{exp}'; },
      value, info.value);
  });
})
