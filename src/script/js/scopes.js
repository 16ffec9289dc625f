// Postman's VariableScope (globals, environment, collection variables, iteration data, locals)
// over the runner's `[key, value, enabled]` entries, with `values`: a VariableList whose members
// are live Variables over those entries.
(function (P) {
  'use strict';
  var List = P.PropertyList;
  var BaseVariable = P.entryTypes.variable;
  var I = P.I;
  var hasOwn = I.hasOwn;

  // ---- value types (postman-collection's Variable.types): [into the store, out of it] ----
  function jsonIn(v) {
    try {
      return typeof v === 'string' ? v : I.exportJson(v);
    } catch (e) {
      return 'null';
    }
  }
  function jsonOut(accept) {
    return function (v) {
      var parsed;
      try { parsed = I.parse(v); } catch (e) { return undefined; }
      return accept(parsed) ? parsed : undefined;
    };
  }
  function same(v) { return v; }
  var TYPES = {
    string: [String, String],
    boolean: [Boolean, Boolean],
    number: [Number, Number],
    array: [jsonIn, jsonOut(Array.isArray)],
    object: [jsonIn, jsonOut(function (v) { return v instanceof Object && !Array.isArray(v); })],
    any: [same, same]
  };
  function typeOf(name) { return hasOwn(TYPES, name) ? TYPES[name] : TYPES.any; }

  // An edit through `values`: the script sees it, the runner does not (see P.replayed).
  function edited(scope) {
    scope._dirty = true;
    scope._valuesEdited = true;
  }

  // ---- a Variable over one entry of a scope ----
  function ScopeVariable(scope, entry) {
    Object.defineProperty(this, '_scope', { value: scope });
    Object.defineProperty(this, '_entry', { value: entry });
  }
  ScopeVariable.prototype = Object.create(BaseVariable.prototype, {
    constructor: { value: ScopeVariable, writable: true, configurable: true }
  });
  P.ScopeVariable = ScopeVariable;
  var V = ScopeVariable.prototype;
  function accessor(name, get, set) {
    Object.defineProperty(V, name, { get: get, set: set, enumerable: true, configurable: true });
  }
  accessor('key', function () { return this._entry[0]; }, function (k) {
    this._entry[0] = k;
    edited(this._scope);
  });
  accessor('value', function () { return this._entry[1]; }, function (v) {
    this._entry[1] = v;
    edited(this._scope);
  });
  accessor('type', function () {
    var types = this._scope._types;
    return types && hasOwn(types, this._entry[0]) ? types[this._entry[0]] : 'any';
  }, function (t) { this._scope._typeOf(this._entry[0], t); });
  accessor('disabled', function () { return this._entry[2] ? undefined : true; }, function (d) {
    this._entry[2] = !d;
    edited(this._scope);
  });
  V.castIn = function (v) { return typeOf(this.type)[0](v); };
  V.castOut = function (v) { return typeOf(this.type)[1](v); };
  V.cast = V.castOut;
  V.get = function () { return this.castOut(this.value); };
  V.set = function (v) { this.value = typeof v === 'function' ? v : this.castIn(v); };
  V.valueOf = function (v) {
    if (arguments.length) this.set(v);
    return this.get();
  };
  V.toString = function () {
    var v = this.valueOf();
    if (v === null) return 'null';
    return v !== undefined && typeof v.toString === 'function' ? v.toString() : '';
  };
  V.valueType = function (name, noCast) {
    if (name !== undefined && name !== null) name = String(name).toLowerCase();
    if (!hasOwn(TYPES, name)) return this.type;
    var value = this.get();
    this.type = name;
    if (!noCast) this.set(value);
    return name;
  };
  V.update = function (options) {
    if (!options || typeof options !== 'object') return;
    if (hasOwn(options, 'type')) this.valueType(options.type, hasOwn(options, 'value'));
    if (hasOwn(options, 'value')) this.set(options.value);
    if (hasOwn(options, 'disabled')) this.disabled = options.disabled;
  };
  V.toJSON = function () {
    var json = { type: this.type };
    if (this.value !== undefined) json.value = this.value;
    json.key = this.key;
    if (this.disabled) json.disabled = true;
    return json;
  };

  // ---- the scope's `values`: a VariableList over its entries ----
  function ScopeValues(scope) {
    Object.defineProperty(this, '_scope', { value: scope });
    Object.defineProperty(this, '_views', { value: new WeakMap() });
    this._type = BaseVariable;
    this._ci = false;
    this._keyName = 'key';
  }
  ScopeValues.prototype = Object.create(List.prototype, {
    constructor: { value: ScopeValues, writable: true, configurable: true }
  });
  var VL = ScopeValues.prototype;
  VL._view = function (entry) {
    var view = this._views.get(entry);
    if (!view) {
      view = new ScopeVariable(this._scope, entry);
      this._views.set(entry, view);
    }
    return view;
  };
  Object.defineProperty(VL, 'members', {
    get: function () { return this._scope._vars.map(this._view, this); },
    enumerable: true, configurable: true
  });
  Object.defineProperty(VL, 'reference', {
    get: function () {
      var out = {};
      this.members.forEach(function (v) { if (v.key) out[String(v.key)] = v; });
      return out;
    },
    configurable: true
  });
  // The scope's entry for a Variable of this list, or a new entry for anything else.
  VL._entryOf = function (item) {
    if (item instanceof ScopeVariable && item._scope === this._scope) return item._entry;
    var def = item && typeof item === 'object' ? item : { value: item };
    var entry = [def.key, undefined, def.disabled !== true];
    var view = this._view(entry);
    if (def.type !== undefined) view.valueType(def.type, true);
    var value = typeof def.get === 'function' && def instanceof BaseVariable ? def.get() : def.value;
    entry[1] = view.castIn(value);
    return entry;
  };
  VL._changed = function () { edited(this._scope); };
  VL.insert = function (item, before) {
    if (!item || typeof item !== 'object') return;
    var vars = this._scope._vars;
    var entry = this._entryOf(item);
    var at = vars.indexOf(entry);
    if (at !== -1) vars.splice(at, 1);
    var to = before === undefined || before === null ? -1 : this.indexOf(before);
    if (to !== -1) vars.splice(to, 0, entry);
    else I.push(vars, entry);
    this._changed();
  };
  VL.add = function (item) {
    if (item === undefined || item === null || (typeof item === 'number' && isNaN(item))) return;
    this.insert(typeof item === 'object' ? item : { value: item });
  };
  VL.append = function (item) { return this.insert(item); };
  VL.prepend = function (item) { return this.insert(item, this.idx(0)); };
  VL.insertAfter = function (item, after) { return this.insert(item, this.idx(this.indexOf(after) + 1)); };
  VL.upsert = function (item) {
    if (item === undefined || item === null) return null;
    var existing = this.one(item.key);
    if (existing) {
      existing.update(item);
      return false;
    }
    this.add(item);
    return true;
  };
  VL.remove = function (predicate, context) {
    var self = this;
    var test;
    if (typeof predicate === 'string') test = function (v) { return v.key === predicate; };
    else if (predicate instanceof ScopeVariable) test = function (v) { return v === predicate; };
    else if (typeof predicate === 'function') test = function (v) { return predicate.call(context || self, v); };
    else return;
    var vars = this._scope._vars;
    var left = [];
    for (var i = 0; i < vars.length; i++) {
      if (!test(self._view(vars[i]))) I.push(left, vars[i]);
    }
    this._scope._vars = left;
    if (left.length !== vars.length) this._changed();
  };
  VL.clear = function () {
    if (this._scope._vars.length) this._changed();
    this._scope._vars = [];
  };
  VL.oneNormalizedVariable = function (key) { return this.one(key); };
  VL.syncFromObject = function (obj, track, prune) {
    var self = this;
    var ops = track ? { created: [], updated: [], deleted: [] } : undefined;
    if (!obj || typeof obj !== 'object') return ops;
    Object.keys(obj).forEach(function (key) {
      var existing = self.one(key);
      if (existing) existing.set(obj[key]);
      else self.add({ key: key, value: obj[key] });
      if (ops) ops[existing ? 'updated' : 'created'].push(key);
    });
    if (prune !== false) {
      Object.keys(this.reference).forEach(function (key) {
        if (hasOwn(obj, key)) return;
        self.remove(key);
        if (ops) ops.deleted.push(key);
      });
    }
    return ops;
  };
  VL.syncToObject = function (obj) { return this._scope.syncVariablesTo(obj); };
  VL.replace = function (text) { return this._scope.replaceIn(text); };
  VL.substitute = VL.replace;

  // ---- variable scopes ----
  // Kinds whose changes Postman's sandbox tracks (and lists as `mutations` in toJSON).
  var TRACKED = I.setPrototypeOf({ globals: 1, environment: 1, collection: 1, local: 1 }, null);
  function Scope(data, kind) {
    this._kind = kind;
    this._vars = (data && data.vars) || [];
    this._dirty = false;
    this._id = data && data.id;
    // Postman's collection variables have no name of their own.
    if (data && data.name !== null && data.name !== undefined && kind !== 'collection') this.name = data.name;
    else if (kind === 'environment') this.name = undefined;
  }
  P.Scope = Scope;
  var S = Scope.prototype;
  Object.defineProperty(S, 'id', {
    get: function () {
      if (this._id === undefined || this._id === null) this._id = P.dynamic('guid');
      return this._id;
    },
    set: function (id) { this._id = id; },
    configurable: true
  });
  Object.defineProperty(S, 'values', {
    get: function () {
      if (!this._values) Object.defineProperty(this, '_values', { value: new ScopeValues(this) });
      return this._values;
    },
    configurable: true
  });
  S._entry = function (key) {
    for (var i = this._vars.length - 1; i >= 0; i--) {
      if (this._vars[i][0] === key && this._vars[i][2]) return this._vars[i];
    }
    return undefined;
  };
  // A value type given to `set(key, value, type)` holds for the key until the script ends.
  S._typeOf = function (key, type) {
    if (!this._types) this._types = I.create(null);
    this._types[key] = type;
  };
  function track(scope, mutation) {
    if (!TRACKED[scope._kind]) return;
    if (!scope._mutations) scope._mutations = I.create(null);
    scope._mutations[mutation[0]] = mutation;
  }
  S._track = function (mutation) { track(this, mutation); };
  S.has = function (key) { return this._entry(String(key)) !== undefined; };
  S.get = function (key) {
    var e = this._entry(String(key));
    if (e === undefined) return undefined;
    return this._types && hasOwn(this._types, e[0]) ? this.values._view(e).get() : e[1];
  };
  S.set = function (key, value, type) {
    if (key === undefined || key === null) return;
    key = String(key);
    this._dirty = true;
    track(this, [key, value]);
    if (typeof type === 'string' && hasOwn(TYPES, type.toLowerCase())) this._typeOf(key, type.toLowerCase());
    var stored = value;
    if (this._types && hasOwn(this._types, key)) {
      // The runner keeps what the script passed, as Newman (which replays the `set`).
      if (!this._raw) this._raw = I.create(null);
      this._raw[key] = value;
      stored = typeOf(this._types[key])[0](value);
    }
    for (var i = this._vars.length - 1; i >= 0; i--) {
      if (this._vars[i][0] === key) {
        this._vars[i][1] = stored;
        this._vars[i][2] = true;
        return;
      }
    }
    I.push(this._vars, [key, stored, true]);
  };
  // A disabled entry stays, as in postman-collection.
  S.unset = function (key) {
    key = String(key);
    track(this, [key]);
    var vars = this._vars;
    var left = [];
    for (var i = 0; i < vars.length; i++) {
      if (vars[i][0] !== key || !vars[i][2]) I.push(left, vars[i]);
    }
    if (left.length !== vars.length) this._dirty = true;
    this._vars = left;
  };
  S.clear = function () {
    for (var i = 0; i < this._vars.length; i++) track(this, [this._vars[i][0]]);
    if (this._vars.length) this._dirty = true;
    this._vars = [];
  };
  var set = S.set;
  var unset = S.unset;
  S.toObject = function (excludeDisabled, caseSensitive) {
    return this.values.toObject(excludeDisabled, caseSensitive);
  };
  S.toJSON = function () {
    var json = {};
    json.id = this.id;
    if (this.name !== undefined) json.name = this.name;
    if (TRACKED[this._kind]) json.mutations = { autoCompact: true, stream: [], compacted: this._mutations || {} };
    json.values = this.values.toJSON();
    return json;
  };
  S.replaceIn = function (template) {
    var self = this;
    return P.replaceIn(template, function (name) {
      var e = self._entry(name);
      return e === undefined ? undefined : P.valueText(e[1]);
    });
  };
  S.syncVariablesTo = function (target) {
    var obj = this.toObject();
    if (target && typeof target === 'object') {
      Object.keys(target).forEach(function (k) { delete target[k]; });
      Object.assign(target, obj);
    }
    return obj;
  };
  S.syncVariablesFrom = function (obj, track, prune) { return this.values.syncFromObject(obj, track, prune); };
  S.toObjectResolved = function () { return JSON.parse(JSON.stringify(this.toJSON())); };
  S.variables = function () {
    throw new Error('`VariableScope#variables` has been discontinued, use `VariableScope#syncVariablesTo` instead.');
  };
  // Postman's runner keeps only what `set`, `unset` and `clear` did (it replays them on its copy):
  // the scope `input` (as the script got it) with this script's changes replayed.
  S._replayedOn = function (input) {
    var fresh = new Scope(input, this._kind);
    var mutations = this._mutations || {};
    var names = I.keys(mutations);
    for (var i = 0; i < names.length; i++) {
      var m = mutations[names[i]];
      if (m.length > 1) I.call(set, fresh, m[0], m[1]);
      else I.call(unset, fresh, m[0]);
    }
    return fresh;
  };
  // The script is over: the runner gets what `set` was given, and the next script starts afresh.
  S._endScript = function () {
    var raw = this._raw;
    if (raw) {
      for (var i = 0; i < this._vars.length; i++) {
        var v = this._vars[i];
        if (hasOwn(raw, v[0])) v[1] = raw[v[0]];
      }
    }
    // (only what the script set: a scope object the next script reuses keeps its shape)
    if (raw !== undefined) this._raw = undefined;
    if (this._types !== undefined) this._types = undefined;
    if (this._mutations !== undefined) this._mutations = undefined;
    if (this._valuesEdited !== undefined) this._valuesEdited = undefined;
  };
})
