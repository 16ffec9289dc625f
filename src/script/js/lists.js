// Postman's PropertyList (headers, query parameters, cookies, variables) and `{{var}}` resolution.
(function (P) {
  'use strict';

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
        if (!Object.prototype.hasOwnProperty.call(this, k) || v === undefined || typeof v === 'function') continue;
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
      if (Object.prototype.hasOwnProperty.call(this, k) && !(k in json) && this[k] !== undefined) json[k] = this[k];
    }
    return json;
  };
  P.touch = function () {};
  P.entryTypes = { header: Header, query: QueryParam, variable: Variable, cookie: Cookie, formParam: FormParam };

  function parseHeaderLine(line) {
    var at = line.indexOf(':');
    if (at === -1) return { key: line.trim(), value: '' };
    return { key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() };
  }

  // A list of `{key, value}` members, looked up by key (case-insensitively for headers).
  function PropertyList(Type, items, caseInsensitive, keyName) {
    this._type = Type;
    this._ci = !!caseInsensitive;
    this._keyName = keyName || 'key';
    this.members = [];
    if (items) {
      for (var i = 0; i < items.length; i++) this.members.push(this._make(items[i]));
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
    return this._ci && typeof key === 'string' ? key.toLowerCase() : key;
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
    if (key && typeof key === 'object') return this.members.indexOf(key) !== -1;
    var self = this;
    var want = this._norm(key);
    var withValue = arguments.length > 1;
    return this.members.some(function (m) {
      return self._norm(m[self._keyName]) === want && (!withValue || m.value === value);
    });
  };
  L.add = function (item) {
    if (item === undefined || item === null) return;
    this.members.push(this._make(item));
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
      this.members.forEach(function (m) {
        var key = m[self._keyName];
        if (key) out[String(self._norm(key))] = m;
      });
      return out;
    },
    configurable: true
  });
  L.prepend = function (item) {
    this.members.unshift(this._make(item));
    P.touch(this);
  };
  L.insert = function (item, before) {
    var at = before === undefined ? -1 : this.members.indexOf(typeof before === 'object' ? before : this._find(before));
    if (at === -1) this.members.push(this._make(item));
    else this.members.splice(at, 0, this._make(item));
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
    if (typeof predicate === 'function') test = function (m) { return predicate.call(context, m); };
    else if (predicate && typeof predicate === 'object') test = function (m) { return m === predicate; };
    else {
      var want = this._norm(predicate);
      test = function (m) { return self._norm(m[self._keyName]) === want; };
    }
    this.members = this.members.filter(function (m) { return !test(m); });
    P.touch(this);
  };
  L.clear = function () {
    this.members = [];
    P.touch(this);
  };
  L.populate = function (items) {
    var self = this;
    (Array.isArray(items) ? items : [items]).forEach(function (i) { self.add(i); });
  };
  L.repopulate = function (items) {
    this.clear();
    this.populate(items);
  };
  L.assimilate = function (source) {
    var self = this;
    var items = source instanceof PropertyList ? source.members : source;
    (items || []).forEach(function (i) { self.upsert(i); });
  };
  L.all = function () { return this.members.slice(); };
  L.count = function () { return this.members.length; };
  L.idx = function (i) { return this.members[i]; };
  L.indexOf = function (item) {
    return this.members.indexOf(typeof item === 'object' ? item : this._find(item));
  };
  L.each = function (fn, ctx) { this.members.forEach(fn, ctx); };
  L.map = function (fn, ctx) { return this.members.map(fn, ctx); };
  L.filter = function (fn, ctx) { return this.members.filter(fn, ctx); };
  L.find = function (fn, ctx) { return this.members.find(fn, ctx); };
  L.reduce = function (fn, acc, ctx) { return this.members.reduce(fn.bind(ctx), acc); };
  L.eachParent = function () {};
  L.toObject = function (excludeDisabled, caseSensitive, multiValue) {
    var out = {};
    var self = this;
    this.members.forEach(function (m) {
      if (excludeDisabled && m.disabled) return;
      var key = m[self._keyName];
      if (key === undefined || key === null) return;
      if (self._ci && !caseSensitive) key = String(key).toLowerCase();
      var value = m.valueOf();
      if (multiValue && Object.prototype.hasOwnProperty.call(out, key)) {
        out[key] = [].concat(out[key], value);
      } else {
        out[key] = value;
      }
    });
    return out;
  };
  L.toJSON = function () { return this.members.map(jsonCopy); };

  // `JSON.parse(JSON.stringify(m))`, without the text in between for a member's plain fields.
  function jsonCopy(m) {
    if (!m || typeof m !== 'object' || typeof m.toJSON === 'function') return JSON.parse(JSON.stringify(m));
    var out = {};
    var keys = Object.keys(m);
    for (var i = 0; i < keys.length; i++) {
      var v = m[keys[i]];
      var type = typeof v;
      if (type === 'string' || type === 'boolean' || v === null) out[keys[i]] = v;
      else if (type === 'number') out[keys[i]] = isFinite(v) ? v : null;
      else if (type !== 'undefined' && type !== 'function' && type !== 'symbol') {
        var text = JSON.stringify(v);
        if (text !== undefined) out[keys[i]] = JSON.parse(text);
      }
    }
    return out;
  }
  L.toString = function () {
    // A list of a subclass (postman-collection's Header, QueryParam) prints the same way.
    if (this._type === Header || this._type.prototype instanceof Header) {
      return this.members.filter(function (m) { return !m.disabled; })
        .map(function (m) { return m.key + ': ' + m.value + '\r\n'; }).join('');
    }
    if (this._type === QueryParam || this._type.prototype instanceof QueryParam) {
      return this.members.filter(function (m) { return !m.disabled; }).map(function (m) {
        if (m.value === null || m.value === undefined) return m.key == null ? '' : m.key;
        return (m.key == null ? '' : m.key) + '=' + m.value;
      }).join('&');
    }
    return this.members.map(String).join(', ');
  };

  // ---- {{variable}} resolution, the same rule as the runner's ----
  var MAX_DEPTH = 19;
  function replaceOnce(text, lookup) {
    var out = '';
    var rest = text;
    var changed = false;
    for (;;) {
      var start = rest.indexOf('{{');
      if (start === -1) break;
      var after = rest.slice(start + 2);
      var end = after.indexOf('}}');
      if (end === -1) break;
      var name = after.slice(0, end);
      var nested = name.lastIndexOf('{{');
      if (nested !== -1) {
        var inner = start + 2 + nested;
        out += rest.slice(0, inner);
        rest = rest.slice(inner);
        continue;
      }
      out += rest.slice(0, start);
      var value = lookup(name);
      if (value === undefined && name.charAt(0) === '$') {
        var dynamic = P.dynamic(name.slice(1));
        if (dynamic !== undefined && dynamic !== null) value = dynamic;
      }
      if (value !== undefined && value !== '{{' + name + '}}') {
        out += value;
        changed = true;
      } else {
        out += '{{' + name + '}}';
      }
      rest = after.slice(end + 2);
    }
    return { text: out + rest, changed: changed };
  }
  // An object's copy, with the same prototype (a Url stays a Url), its strings substituted.
  function replaceInObject(value, lookup, copies) {
    if (typeof value === 'string') return P.replaceIn(value, lookup);
    if (!value || typeof value !== 'object') return value;
    if (copies.has(value)) return copies.get(value);
    var copy = Array.isArray(value) ? [] : Object.create(Object.getPrototypeOf(value));
    copies.set(value, copy);
    Object.keys(value).forEach(function (key) {
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
