// Postman's PropertyList (headers, query parameters, cookies, variables) and `{{var}}` resolution.
(function (P) {
  'use strict';
  // Built-ins through `I` only: a script's replaced prototype methods must not change requests.
  var I = P.I;
  var push = I.push;
  var hasOwn = I.hasOwn;
  var slice = I.strSlice;
  var indexOf = I.strIndexOf;
  var trim = I.trim;
  var String = I.String;
  // [].concat(a, b): arrays spread one level.
  function concat(a, b) {
    var out = [];
    I.forEach([a, b], function (v) {
      if (I.isArray(v)) I.forEach(v, function (x) { push(out, x); });
      else push(out, v);
    });
    return out;
  }
  P.concat = concat;
  // fn.call(ctx, member, index, members) for each member, as Array's iteration methods call it.
  function calling(fn, ctx, members) {
    return function (m, i) { return I.call(fn, ctx, m, i, members); };
  }

  function makeEntryType(name) {
    var Entry = {
      [name]: function (data) {
        if (data && typeof data === 'object') {
          // `disabled` first, as postman-collection's Property sets it before the rest
          if (data.disabled !== undefined) this.disabled = data.disabled;
          for (var k in data) {
            if (data[k] !== undefined && k !== 'disabled') this[k] = data[k];
          }
        }
      }
    }[name];
    Entry.prototype.valueOf = function () { return this.value; };
    Entry.prototype.toString = function () {
      return name === 'PostmanHeader' ? this.key + ': ' + this.value : String(this.value);
    };
    Entry.prototype.update = function (data) {
      if (data && typeof data === 'object') {
        for (var k in data) this[k] = data[k];
      }
    };
    // PropertyBase#toJSON: the own fields that have a value.
    Entry.prototype.toJSON = function () {
      var json = {};
      for (var k in this) {
        var v = this[k];
        if (!hasOwn(this, k) || v === undefined || typeof v === 'function') continue;
        json[k] = v && typeof v.toJSON === 'function' ? v.toJSON() : v;
      }
      return json;
    };
    return Entry;
  }
  var Header = makeEntryType('PostmanHeader');
  var QueryParam = makeEntryType('PostmanQueryParam');
  var Variable = makeEntryType('PostmanVariable');
  var Cookie = makeEntryType('PostmanCookie');
  var FormParam = makeEntryType('PostmanFormParam');
  // A query parameter's value is its text ('' for none); it prints as `key=value` or `key`.
  QueryParam.prototype.valueOf = function () { return typeof this.value === 'string' ? this.value : ''; };
  QueryParam.prototype.toString = function () {
    return (typeof this.key === 'string' ? this.key : '') + (typeof this.value === 'string' ? '=' + this.value : '');
  };
  // postman-collection's Variable: `{type, value, key, ...}`.
  Variable.prototype.toJSON = function () {
    var json = { type: this.type === undefined ? 'any' : this.type };
    if (this.value !== undefined) json.value = this.value;
    json.key = this.key;
    for (var k in this) {
      if (hasOwn(this, k) && !(k in json) && this[k] !== undefined) json[k] = this[k];
    }
    return json;
  };
  P.touch = function () {};
  P.entryTypes = { header: Header, query: QueryParam, variable: Variable, cookie: Cookie, formParam: FormParam };

  function parseHeaderLine(line) {
    var at = indexOf(line, ':');
    if (at === -1) return { key: trim(line), value: '' };
    return { key: trim(slice(line, 0, at)), value: trim(slice(line, at + 1)) };
  }

  // A list of `{key, value}` members, looked up by key (case-insensitively for headers).
  function PropertyList(Type, items, caseInsensitive, keyName) {
    this._type = Type;
    this._ci = !!caseInsensitive;
    this._keyName = keyName || 'key';
    this.members = [];
    if (items) {
      for (var i = 0; i < items.length; i++) push(this.members, this._make(items[i]));
    }
  }
  P.PropertyList = PropertyList;
  var L = PropertyList.prototype;
  L._make = function (item) {
    if (item instanceof this._type) return item;
    if (typeof item === 'string' && this._type === Header) item = parseHeaderLine(item);
    return new this._type(item);
  };
  L._norm = function (key) {
    return this._ci && typeof key === 'string' ? I.toLowerCase(key) : key;
  };
  L._find = function (key) {
    var want = this._norm(key);
    for (var i = this.members.length - 1; i >= 0; i--) {
      if (this._norm(this.members[i][this._keyName]) === want) return this.members[i];
    }
    return undefined;
  };
  L.one = function (key) { return this._find(key); };
  L.get = function (key) {
    var m = this._find(key);
    return m === undefined ? undefined : m.valueOf();
  };
  L.has = function (key, value) {
    if (key && typeof key === 'object') return I.indexOf(this.members, key) !== -1;
    var self = this;
    var want = this._norm(key);
    var withValue = arguments.length > 1;
    return I.some(this.members, function (m) {
      return self._norm(m[self._keyName]) === want && (!withValue || m.value === value);
    });
  };
  L.add = function (item) {
    if (item === undefined || item === null) return;
    push(this.members, this._make(item));
    P.touch(this);
  };
  L.append = L.add;
  L.insertAfter = function (item, after) {
    var before = this.members[this.indexOf(after) + 1];
    if (before === undefined) this.add(item);
    else this.insert(item, before);
  };
  // HeaderList#contentSize: the length of the enabled headers' lines.
  function contentSize() { return this.count() ? this.toString().length : 0; }
  Object.defineProperty(L, 'contentSize', {
    get: function () { return this._type === Header || this._type.prototype instanceof Header ? contentSize : undefined; },
    configurable: true
  });
  Object.defineProperty(L, 'Type', { get: function () { return this._type; }, configurable: true });
  // Members by key (lower-cased where keys are case-insensitive); the last of a key wins.
  Object.defineProperty(L, 'reference', {
    get: function () {
      var out = {};
      var self = this;
      I.forEach(this.members, function (m) {
        var key = m[self._keyName];
        if (key) out[String(self._norm(key))] = m;
      });
      return out;
    },
    configurable: true
  });
  L.prepend = function (item) {
    I.unshift(this.members, this._make(item));
    P.touch(this);
  };
  L.insert = function (item, before) {
    var member = typeof before === 'object' ? before : this._find(before);
    var at = before === undefined ? -1 : I.indexOf(this.members, member);
    if (at === -1) push(this.members, this._make(item));
    else I.splice(this.members, at, 0, this._make(item));
    P.touch(this);
  };
  L.upsert = function (item) {
    if (!item || typeof item !== 'object') return null;
    var existing = this._find(item[this._keyName]);
    if (existing) {
      existing.update(item);
      P.touch(this);
      return false;
    }
    this.add(item);
    return true;
  };
  L.remove = function (predicate, context) {
    var self = this;
    var test;
    if (typeof predicate === 'function') test = function (m) { return I.call(predicate, context, m); };
    else if (predicate && typeof predicate === 'object') test = function (m) { return m === predicate; };
    else {
      var want = this._norm(predicate);
      test = function (m) { return self._norm(m[self._keyName]) === want; };
    }
    this.members = I.filter(this.members, function (m) { return !test(m); });
    P.touch(this);
  };
  L.clear = function () {
    this.members = [];
    P.touch(this);
  };
  L.populate = function (items) {
    var self = this;
    I.forEach(I.isArray(items) ? items : [items], function (i) { self.add(i); });
  };
  L.repopulate = function (items) {
    this.clear();
    this.populate(items);
  };
  L.assimilate = function (source) {
    var self = this;
    var items = source instanceof PropertyList ? source.members : source;
    I.forEach(items || [], function (i) { self.upsert(i); });
  };
  L.all = function () { return I.slice(this.members); };
  L.count = function () { return this.members.length; };
  L.idx = function (i) { return this.members[i]; };
  L.indexOf = function (item) {
    return I.indexOf(this.members, typeof item === 'object' ? item : this._find(item));
  };
  L.each = function (fn, ctx) { I.forEach(this.members, calling(fn, ctx, this.members)); };
  L.map = function (fn, ctx) { return I.map(this.members, calling(fn, ctx, this.members)); };
  L.filter = function (fn, ctx) { return I.filter(this.members, calling(fn, ctx, this.members)); };
  L.find = function (fn, ctx) { return I.find(this.members, calling(fn, ctx, this.members)); };
  L.reduce = function (fn, acc, ctx) {
    var members = this.members;
    I.forEach(members, function (m, i) { acc = I.call(fn, ctx, acc, m, i, members); });
    return acc;
  };
  L.eachParent = function () {};
  L.toObject = function (excludeDisabled, caseSensitive, multiValue) {
    var out = {};
    var self = this;
    I.forEach(this.members, function (m) {
      if (excludeDisabled && m.disabled) return;
      var key = m[self._keyName];
      if (key === undefined || key === null) return;
      if (self._ci && !caseSensitive) key = I.toLowerCase(String(key));
      var value = m.valueOf();
      if (multiValue && hasOwn(out, key)) {
        out[key] = concat(out[key], value);
      } else {
        out[key] = value;
      }
    });
    return out;
  };
  L.toJSON = function () { return I.map(this.members, jsonCopy); };

  // `JSON.parse(JSON.stringify(m))`, without the text in between for a member's plain fields.
  function jsonCopy(m) {
    if (!m || typeof m !== 'object' || typeof m.toJSON === 'function') return I.parse(I.exportJson(m));
    var out = {};
    var keys = I.keys(m);
    for (var i = 0; i < keys.length; i++) {
      var v = m[keys[i]];
      var type = typeof v;
      if (type === 'string' || type === 'boolean' || v === null) out[keys[i]] = v;
      else if (type === 'number') out[keys[i]] = isFinite(v) ? v : null;
      else if (type !== 'undefined' && type !== 'function' && type !== 'symbol') {
        var text = I.exportJson(v);
        if (text !== undefined) out[keys[i]] = I.parse(text);
      }
    }
    return out;
  }
  L.toString = function () {
    // A list of a subclass (postman-collection's Header, QueryParam) prints the same way.
    if (this._type === Header || this._type.prototype instanceof Header) {
      return I.join(I.map(enabled(this.members), function (m) { return m.key + ': ' + m.value + '\r\n'; }), '');
    }
    if (this._type === QueryParam || this._type.prototype instanceof QueryParam) {
      return I.join(I.map(enabled(this.members), function (m) {
        if (m.value === null || m.value === undefined) return m.key == null ? '' : m.key;
        return (m.key == null ? '' : m.key) + '=' + m.value;
      }), '&');
    }
    return I.join(I.map(this.members, function (m) { return String(m); }), ', ');
  };
  function enabled(members) {
    return I.filter(members, function (m) { return !m.disabled; });
  }

  // ---- {{variable}} resolution, the same rule as the runner's ----
  var MAX_DEPTH = 19;
  function replaceOnce(text, lookup) {
    var out = '';
    var rest = text;
    var changed = false;
    for (;;) {
      var start = indexOf(rest, '{{');
      if (start === -1) break;
      var after = slice(rest, start + 2);
      var end = indexOf(after, '}}');
      if (end === -1) break;
      var name = slice(after, 0, end);
      var nested = I.strLastIndexOf(name, '{{');
      if (nested !== -1) {
        var inner = start + 2 + nested;
        out += slice(rest, 0, inner);
        rest = slice(rest, inner);
        continue;
      }
      out += slice(rest, 0, start);
      var value = lookup(name);
      if (value === undefined && I.charAt(name, 0) === '$') {
        var dynamic = P.dynamic(slice(name, 1));
        if (dynamic !== undefined && dynamic !== null) value = dynamic;
      }
      if (value !== undefined && value !== '{{' + name + '}}') {
        out += value;
        changed = true;
      } else {
        out += '{{' + name + '}}';
      }
      rest = slice(after, end + 2);
    }
    return { text: out + rest, changed: changed };
  }
  // An object's copy, with the same prototype (a Url stays a Url), its strings substituted.
  function replaceInObject(value, lookup, copies) {
    if (typeof value === 'string') return P.replaceIn(value, lookup);
    if (!value || typeof value !== 'object') return value;
    if (copies.has(value)) return copies.get(value);
    var copy = I.isArray(value) ? [] : I.create(I.getPrototypeOf(value));
    copies.set(value, copy);
    I.forEach(I.keys(value), function (key) {
      copy[key] = replaceInObject(value[key], lookup, copies);
    });
    return copy;
  }
  // postman-collection's VariableScope#replaceIn: strings and objects are substituted, other
  // values come back as they are.
  P.replaceIn = function (text, lookup) {
    if (typeof text !== 'string') {
      return typeof text === 'object' ? replaceInObject(text, lookup, new Map()) : text;
    }
    var current = text;
    for (var depth = 0; depth < MAX_DEPTH; depth++) {
      var next = replaceOnce(current, lookup);
      if (!next.changed || next.text === current) return next.text;
      current = next.text;
    }
    return current;
  };
  P.valueText = function (v) {
    if (v === undefined) return '';
    if (v === null) return 'null';
    return String(v);
  };
})
