// ajv 6 compatible JSON Schema (draft-06/07) validator: new Ajv(opts), compile -> validate fn with .errors,
// ajv.validate, addSchema/getSchema, addFormat, errorsText. Errors, their order and paths follow ajv 6.
'use strict';

var IDENT = /^[a-z$_][a-z$_0-9]*$/i;
var DRAFT04 = 'http://json-schema.org/draft-04/schema';

function escapeQuotes(s) { return String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'"); }
function escapePointer(s) { return String(s).replace(/~/g, '~0').replace(/\//g, '~1'); }
function schemaSeg(s) { return '/' + encodeURIComponent(escapePointer(s)); }

function propPath(key, opts, dynamic) {
  if (opts.jsonPointers) return '/' + escapePointer(key);
  if (!dynamic && IDENT.test(key)) return '.' + key;
  return "['" + escapeQuotes(key) + "']";
}
function itemPath(i, opts) { return opts.jsonPointers ? '/' + i : '[' + i + ']'; }

function typeOf(data) {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'array';
  return typeof data;
}
function isType(data, t) {
  switch (t) {
    case 'integer': return typeof data === 'number' && !(data % 1) && !isNaN(data);
    case 'object': return typeOf(data) === 'object';
    default: return typeOf(data) === t;
  }
}

function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  var ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (var i = 0; i < ka.length; i++) {
    if (!Object.prototype.hasOwnProperty.call(b, ka[i]) || !deepEqual(a[ka[i]], b[ka[i]])) return false;
  }
  return true;
}

var FORMATS = {
  date: /^\d\d\d\d-[0-1]\d-[0-3]\d$/,
  time: /^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i,
  'date-time': /^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,
  uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
  'uri-reference': /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
  'uri-template': /^(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2}|\{[+#./;?&=,!@|]?[a-z0-9_]+(?::[1-9][0-9]{0,3}|\*)?(?:,[a-z0-9_]+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
  url: /^(?:https?|ftp):\/\/[^\s/$.?#][^\s]*$/i,
  email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
  hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
  ipv4: /^(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$/,
  ipv6: {
    validate: function (s) {
      if (!/^[0-9a-f:.]+$/i.test(s) || s.split('::').length > 2) return false;
      var parts = s.split(':'), groups = 0;
      for (var i = 0; i < parts.length; i++) {
        if (parts[i] === '') continue;
        if (i === parts.length - 1 && parts[i].indexOf('.') >= 0) {
          if (!FORMATS.ipv4.test(parts[i])) return false;
          groups += 2;
        } else if (/^[0-9a-f]{1,4}$/i.test(parts[i])) {
          groups++;
        } else {
          return false;
        }
      }
      return s.indexOf('::') >= 0 ? groups < 8 : groups === 8;
    }
  },
  regex: {
    validate: function (s) {
      if (/[^\\]\\Z/.test(s)) return false;
      try { new RegExp(s); return true; } catch (e) { return false; }
    }
  },
  uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
  'json-pointer': /^(?:\/(?:[^~/]|~0|~1)*)*$/,
  'json-pointer-uri-fragment': /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
  'relative-json-pointer': /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/
};

function resolvePointer(root, pointer) {
  var parts = pointer.replace(/^#/, '').split('/').slice(1), node = root;
  for (var i = 0; i < parts.length; i++) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[decodeURIComponent(parts[i]).replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

var RULE_KEYWORDS = ['$ref', 'type', 'enum', 'const', 'not', 'anyOf', 'oneOf', 'allOf', 'if', 'maximum', 'exclusiveMaximum',
  'minimum', 'exclusiveMinimum', 'multipleOf', 'maxLength', 'minLength', 'pattern', 'format', 'maxItems', 'minItems',
  'items', 'additionalItems', 'contains', 'uniqueItems', 'maxProperties', 'minProperties', 'required', 'dependencies',
  'propertyNames', 'properties', 'additionalProperties', 'patternProperties'];
function schemaHasRules(schema) {
  if (typeof schema === 'boolean') return !schema;
  if (schema === null || typeof schema !== 'object') return false;
  return RULE_KEYWORDS.some(function (k) { return schema[k] !== undefined; });
}

function hasRef(schema) {
  if (schema === null || typeof schema !== 'object') return false;
  if (typeof schema.$ref === 'string') return true;
  for (var k in schema) if (k !== 'enum' && k !== 'const' && hasRef(schema[k])) return true;
  return false;
}

function Ajv(opts) {
  if (!(this instanceof Ajv)) return new Ajv(opts);
  this._opts = {};
  for (var k in opts || {}) this._opts[k] = opts[k];
  this._schemas = {};
  this._formats = {};
  for (var f in FORMATS) this._formats[f] = FORMATS[f];
  this.errors = null;
}

// Finds what `ref` (seen in the document `rootId`/`root`) points at: {schema, root, rootId, path}.
Ajv.prototype._resolveRef = function (ref, root, rootId) {
  var hash = ref.indexOf('#');
  var base = hash >= 0 ? ref.slice(0, hash) : ref, fragment = hash >= 0 ? ref.slice(hash) : '#';
  var doc = root, docId = rootId;
  if (base !== '' && base !== rootId) {
    var entry = this._schemas[base] || this._schemas[base + '#'];
    if (!entry) return null;
    doc = entry.schema;
    docId = base;
  }
  var target = fragment === '#' || fragment === '' ? doc : resolvePointer(doc, fragment);
  if (target === undefined) return null;
  return { schema: target, root: doc, rootId: docId, path: fragment === '' ? '#' : fragment };
};

// Checks the schema once before use: unknown formats, unresolvable refs, invalid types.
Ajv.prototype._check = function (schema, root, rootId, path) {
  if (schema === null || typeof schema !== 'object') return;
  var TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];
  if (schema.type !== undefined) {
    var types = Array.isArray(schema.type) ? schema.type : [schema.type];
    types.forEach(function (t) {
      if (TYPES.indexOf(t) < 0) {
        throw new Error('schema is invalid: data' + (path === '#' ? '' : path.slice(1).replace(/\//g, '.')) +
          '.type should be equal to one of the allowed values, data.type should be array, data.type should match some schema in anyOf');
      }
    });
  }
  if (typeof schema.format === 'string' && !this._formats[schema.format] && this._opts.unknownFormats !== 'ignore' &&
      this._opts.format !== false) {
    throw new Error('unknown format "' + schema.format + '" is used in schema at path "' + path + '"');
  }
  if (typeof schema.$ref === 'string' && !this._resolveRef(schema.$ref, root, rootId)) {
    throw new Error("can't resolve reference " + schema.$ref + ' from id ' + (rootId || '#'));
  }
  for (var k in schema) {
    if (k === 'enum' || k === 'const' || k === 'default' || k === 'examples') continue;
    var v = schema[k];
    if (v !== null && typeof v === 'object') this._check(v, root, rootId, path + schemaSeg(k));
  }
};

function Run(ajv, opts) {
  this.ajv = ajv;
  this.opts = opts;
  this.all = !!opts.allErrors;
  this.errors = [];
}

Run.prototype.error = function (keyword, dataPath, schemaPath, params, message, extra) {
  var e = { keyword: keyword, dataPath: dataPath, schemaPath: schemaPath, params: params, message: message };
  for (var k in extra || {}) e[k] = extra[k];
  this.errors.push(e);
  return this.all;
};

// Validates data against schema (at schemaPath, inside the document `doc`); returns validity. In
// first-error mode it returns false as soon as an error is recorded.
Run.prototype.validate = function (data, schema, dataPath, schemaPath, doc) {
  if (schema === true || schema === undefined) return true;
  if (schema === false) {
    this.error('false schema', dataPath, schemaPath + '/false schema', {}, 'boolean schema is false');
    return false;
  }
  if (typeof schema.$ref === 'string') {
    var r = this.ajv._resolveRef(schema.$ref, doc.root, doc.rootId);
    if (!r) return true;
    var base = r.rootId && r.rootId !== '' && r.rootId !== doc.rootId ? r.rootId + (r.path === '#' ? '' : r.path.slice(1)) :
      r.path;
    if (hasRef(r.schema)) base = r.rootId && r.rootId !== doc.rootId ? r.rootId : '#';
    return this.validate(data, r.schema, dataPath, base, { root: r.root, rootId: r.rootId });
  }
  var valid = true, self = this;
  var fail = function () {
    valid = false;
    return !self.all;
  };
  var sp = function (k) { return schemaPath + schemaSeg(k); };
  var t = schema.type, types = t === undefined ? null : Array.isArray(t) ? t : [t];
  var typeOk = !types || types.some(function (ty) { return isType(data, ty); });
  var typeError = function () {
    return self.error('type', dataPath, sp('type'), { type: types.join(',') }, 'should be ' + types.join(','));
  };
  var groups = [
    { type: 'number', keys: ['maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'multipleOf'], run: this.number },
    { type: 'string', keys: ['maxLength', 'minLength', 'pattern', 'format'], run: this.string },
    { type: 'array', keys: ['maxItems', 'minItems', 'items', 'additionalItems', 'contains', 'uniqueItems'], run: this.array },
    { type: 'object', keys: ['maxProperties', 'minProperties', 'required', 'dependencies', 'propertyNames', 'properties',
      'additionalProperties', 'patternProperties'], run: this.object }
  ];
  var used = function (g) { return g.keys.some(function (k) { return schema[k] !== undefined; }); };
  var typeGroup = types && types.length === 1 ? groups.filter(function (g) { return g.type === types[0]; })[0] : null;
  if (types && !typeOk && !(typeGroup && used(typeGroup))) {
    if (fail(typeError())) return false;
  }
  for (var i = 0; i < groups.length; i++) {
    var g = groups[i];
    if (!used(g)) continue;
    var applies = g.type === 'object' ? typeOf(data) === 'object' : g.type === 'array' ? Array.isArray(data) : typeof data === g.type;
    if (applies) {
      if (!g.run.call(this, data, schema, dataPath, schemaPath, doc)) {
        valid = false;
        if (!this.all) return false;
      }
    } else if (typeGroup === g && !typeOk) {
      if (fail(typeError())) return false;
    }
  }
  if (!this.untyped(data, schema, dataPath, schemaPath, doc)) return false;
  return valid;
};

function limitError(run, keyword, dataPath, schemaPath, limit, cmp, exclusive) {
  return run.error(keyword, dataPath, schemaPath + schemaSeg(keyword), { comparison: cmp, limit: limit, exclusive: exclusive },
    'should be ' + cmp + ' ' + limit);
}

Run.prototype.number = function (data, s, dataPath, schemaPath) {
  var ok = true;
  var max = typeof s.maximum === 'number', xmax = typeof s.exclusiveMaximum === 'number';
  if (xmax && (!max || s.exclusiveMaximum <= s.maximum)) {
    if (!(data < s.exclusiveMaximum)) { ok = false; if (!limitError(this, 'exclusiveMaximum', dataPath, schemaPath, s.exclusiveMaximum, '<', true)) return false; }
  } else if (max && !(data <= s.maximum)) {
    ok = false;
    if (!limitError(this, 'maximum', dataPath, schemaPath, s.maximum, '<=', false)) return false;
  }
  var min = typeof s.minimum === 'number', xmin = typeof s.exclusiveMinimum === 'number';
  if (xmin && (!min || s.exclusiveMinimum >= s.minimum)) {
    if (!(data > s.exclusiveMinimum)) { ok = false; if (!limitError(this, 'exclusiveMinimum', dataPath, schemaPath, s.exclusiveMinimum, '>', true)) return false; }
  } else if (min && !(data >= s.minimum)) {
    ok = false;
    if (!limitError(this, 'minimum', dataPath, schemaPath, s.minimum, '>=', false)) return false;
  }
  if (typeof s.multipleOf === 'number') {
    var division = data / s.multipleOf;
    if (division !== parseInt(division, 10)) {
      ok = false;
      if (!this.error('multipleOf', dataPath, schemaPath + '/multipleOf', { multipleOf: s.multipleOf }, 'should be multiple of ' + s.multipleOf)) return false;
    }
  }
  return ok;
};

function ucs2length(str) {
  var n = 0;
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    n++;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}

Run.prototype.string = function (data, s, dataPath, schemaPath) {
  var ok = true, len = ucs2length(data);
  if (s.maxLength !== undefined && len > s.maxLength) {
    ok = false;
    if (!this.error('maxLength', dataPath, schemaPath + '/maxLength', { limit: s.maxLength }, 'should NOT be longer than ' + s.maxLength + ' characters')) return false;
  }
  if (s.minLength !== undefined && len < s.minLength) {
    ok = false;
    if (!this.error('minLength', dataPath, schemaPath + '/minLength', { limit: s.minLength }, 'should NOT be shorter than ' + s.minLength + ' characters')) return false;
  }
  if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(data)) {
    ok = false;
    if (!this.error('pattern', dataPath, schemaPath + '/pattern', { pattern: s.pattern }, 'should match pattern "' + s.pattern + '"')) return false;
  }
  if (typeof s.format === 'string' && this.opts.format !== false) {
    var f = this.ajv._formats[s.format];
    var good = !f || (f instanceof RegExp ? f.test(data) : typeof f === 'function' ? f(data) :
      f.validate instanceof RegExp ? f.validate.test(data) : f.validate(data));
    if (!good) {
      ok = false;
      if (!this.error('format', dataPath, schemaPath + '/format', { format: s.format }, 'should match format "' + s.format + '"')) return false;
    }
  }
  return ok;
};

Run.prototype.array = function (data, s, dataPath, schemaPath, doc) {
  var ok = true, i, self = this;
  var bad = function () { ok = false; return !self.all; };
  var mark = function () { ok = false; return false; };
  if (s.maxItems !== undefined && data.length > s.maxItems) {
    if (bad(this.error('maxItems', dataPath, schemaPath + '/maxItems', { limit: s.maxItems }, 'should NOT have more than ' + s.maxItems + ' items'))) return false;
  }
  if (s.minItems !== undefined && data.length < s.minItems) {
    if (mark() || !this.error('minItems', dataPath, schemaPath + '/minItems', { limit: s.minItems }, 'should NOT have fewer than ' + s.minItems + ' items')) return false;
  }
  if (Array.isArray(s.items)) {
    var n = s.items.length;
    if (s.additionalItems === false && data.length > n) {
      if (mark() || !this.error('additionalItems', dataPath, schemaPath + '/additionalItems', { limit: n }, 'should NOT have more than ' + n + ' items')) return false;
    }
    for (i = 0; i < n && i < data.length; i++) {
      if (!this.validate(data[i], s.items[i], dataPath + itemPath(i, this.opts), schemaPath + '/items/' + i, doc) && bad()) return false;
    }
    if (s.additionalItems !== undefined && typeof s.additionalItems === 'object') {
      for (i = n; i < data.length; i++) {
        if (!this.validate(data[i], s.additionalItems, dataPath + itemPath(i, this.opts), schemaPath + '/additionalItems', doc) && bad()) return false;
      }
    }
  } else if (s.items !== undefined) {
    for (i = 0; i < data.length; i++) {
      if (!this.validate(data[i], s.items, dataPath + itemPath(i, this.opts), schemaPath + '/items', doc) && bad()) return false;
    }
  }
  if (s.contains !== undefined) {
    var before = this.errors.length, found = false;
    for (i = 0; i < data.length && !found; i++) {
      var markItem = this.errors.length;
      if (this.validate(data[i], s.contains, dataPath + itemPath(i, this.opts), schemaPath + '/contains', doc)) {
        found = true;
        this.errors.length = markItem;
      }
    }
    if (found || !this.all) this.errors.length = before;
    if (!found && (mark() || !this.error('contains', dataPath, schemaPath + '/contains', {}, 'should contain a valid item'))) return false;
  }
  if (s.uniqueItems === true && data.length > 1) {
    var dup = this.duplicate(data, s.items && !Array.isArray(s.items) ? s.items.type : undefined);
    if (dup && (bad(this.error('uniqueItems', dataPath, schemaPath + '/uniqueItems', { i: dup[0], j: dup[1] },
      'should NOT have duplicate items (items ## ' + dup[1] + ' and ' + dup[0] + ' are identical)')))) return false;
  }
  return ok;
};

// ajv compares scalar-typed items by value (only items of that type) and other items deeply.
Run.prototype.duplicate = function (data, itemType) {
  var i, j;
  var scalar = typeof itemType === 'string' && ['string', 'number', 'integer', 'boolean', 'null'].indexOf(itemType) >= 0;
  if (scalar) {
    var seen = {}, jsType = itemType === 'integer' ? 'number' : itemType;
    for (i = data.length; i--;) {
      var item = data[i];
      if (typeOf(item) !== jsType) continue;
      var key = typeof item + ':' + item;
      if (typeof seen[key] === 'number') return [i, seen[key]];
      seen[key] = i;
    }
    return null;
  }
  for (i = data.length; i--;) {
    for (j = i; j--;) if (deepEqual(data[i], data[j])) return [i, j];
  }
  return null;
};

Run.prototype.object = function (data, s, dataPath, schemaPath, doc) {
  var ok = true, self = this, keys = Object.keys(data), i, k;
  var bad = function () { ok = false; return !self.all; };
  var mark = function () { ok = false; return false; };
  if (s.maxProperties !== undefined && keys.length > s.maxProperties) {
    if (bad(this.error('maxProperties', dataPath, schemaPath + '/maxProperties', { limit: s.maxProperties }, 'should NOT have more than ' + s.maxProperties + ' properties'))) return false;
  }
  if (s.minProperties !== undefined && keys.length < s.minProperties) {
    if (mark() || !this.error('minProperties', dataPath, schemaPath + '/minProperties', { limit: s.minProperties }, 'should NOT have fewer than ' + s.minProperties + ' properties')) return false;
  }
  var props = s.properties || {};
  // Required properties that have a schema under `properties` are reported where `properties` is checked.
  var checkedByProperties = function (name) { return Object.prototype.hasOwnProperty.call(props, name) && schemaHasRules(props[name]); };
  if (Array.isArray(s.required)) {
    for (i = 0; i < s.required.length; i++) {
      var req = s.required[i];
      if (data[req] === undefined && !checkedByProperties(req)) {
        var missing = this.all ? escapeQuotes(req) : propPath(req, this.opts, false);
        if (mark() || !this.error('required', dataPath, schemaPath + '/required', { missingProperty: missing }, "should have required property '" + missing + "'")) return false;
      }
    }
  }
  if (s.dependencies && typeof s.dependencies === 'object') {
    var deps = s.dependencies;
    for (k in deps) {
      if (!Array.isArray(deps[k]) || data[k] === undefined) continue;
      for (i = 0; i < deps[k].length; i++) {
        if (data[deps[k][i]] !== undefined) continue;
        var list = deps[k].join(', '), missingDep = this.all ? deps[k][i] : propPath(deps[k][i], this.opts, false);
        var msg = 'should have ' + (deps[k].length === 1 ? 'property ' : 'properties ') + list + ' when property ' + k + ' is present';
        if (mark() || !this.error('dependencies', dataPath, schemaPath + '/dependencies',
          { property: k, missingProperty: missingDep, depsCount: deps[k].length, deps: list }, msg)) return false;
      }
    }
    for (k in deps) {
      if (Array.isArray(deps[k]) || data[k] === undefined) continue;
      if (!this.validate(data, deps[k], dataPath, schemaPath + '/dependencies' + schemaSeg(k), doc) && bad()) return false;
    }
  }
  if (s.propertyNames !== undefined) {
    for (i = 0; i < keys.length; i++) {
      var markName = this.errors.length;
      if (!this.validate(keys[i], s.propertyNames, dataPath, schemaPath + '/propertyNames', doc)) {
        for (var e = markName; e < this.errors.length; e++) this.errors[e].propertyName = keys[i];
        if (mark() || !this.error('propertyNames', dataPath, schemaPath + '/propertyNames', { propertyName: keys[i] },
          "property name '" + keys[i] + "' is invalid")) return false;
      }
    }
  }
  var patterns = s.patternProperties || {};
  var required = Array.isArray(s.required) ? s.required : [];
  var patternKeys = Object.keys(patterns);
  if (s.additionalProperties !== undefined) {
    for (i = 0; i < keys.length; i++) {
      k = keys[i];
      if (Object.prototype.hasOwnProperty.call(props, k)) continue;
      if (patternKeys.some(function (p) { return new RegExp(p, 'u').test(k); })) continue;
      if (s.additionalProperties === false) {
        if (mark() || !this.error('additionalProperties', dataPath, schemaPath + '/additionalProperties', { additionalProperty: k }, 'should NOT have additional properties')) return false;
      } else if (!this.validate(data[k], s.additionalProperties, dataPath + propPath(k, this.opts, true), schemaPath + '/additionalProperties', doc) && bad()) {
        return false;
      }
    }
  }
  for (k in props) {
    if (data[k] === undefined) {
      if (required.indexOf(k) >= 0 && checkedByProperties(k)) {
        if (mark() || !this.error('required', dataPath, schemaPath + '/required', { missingProperty: escapeQuotes(k) }, "should have required property '" + escapeQuotes(k) + "'")) return false;
      }
      continue;
    }
    if (!this.validate(data[k], props[k], dataPath + propPath(k, this.opts, false), schemaPath + '/properties' + schemaSeg(k), doc) && bad()) return false;
  }
  for (var p = 0; p < patternKeys.length; p++) {
    var re = new RegExp(patternKeys[p], 'u');
    for (i = 0; i < keys.length; i++) {
      if (!re.test(keys[i])) continue;
      if (!this.validate(data[keys[i]], patterns[patternKeys[p]], dataPath + propPath(keys[i], this.opts, true),
        schemaPath + '/patternProperties' + schemaSeg(patternKeys[p]), doc) && bad()) return false;
    }
  }
  return ok;
};

Run.prototype.untyped = function (data, s, dataPath, schemaPath, doc) {
  var ok = true, self = this, i;
  var bad = function () { ok = false; return !self.all; };
  var mark = function () { ok = false; return false; };
  if (s.const !== undefined && !deepEqual(data, s.const)) {
    if (mark() || !this.error('const', dataPath, schemaPath + '/const', { allowedValue: s.const }, 'should be equal to constant')) return false;
  }
  if (Array.isArray(s.enum) && !s.enum.some(function (v) { return deepEqual(data, v); })) {
    if (mark() || !this.error('enum', dataPath, schemaPath + '/enum', { allowedValues: s.enum }, 'should be equal to one of the allowed values')) return false;
  }
  if (s.not !== undefined) {
    var markNot = this.errors.length;
    var passed = this.validate(data, s.not, dataPath, schemaPath + '/not', doc);
    this.errors.length = markNot;
    if (passed && (mark() || !this.error('not', dataPath, schemaPath + '/not', {}, 'should NOT be valid'))) return false;
  }
  if (Array.isArray(s.anyOf)) {
    var markAny = this.errors.length, any = false;
    for (i = 0; i < s.anyOf.length && !any; i++) any = this.validate(data, s.anyOf[i], dataPath, schemaPath + '/anyOf/' + i, doc);
    if (any) this.errors.length = markAny;
    else if (mark() || !this.error('anyOf', dataPath, schemaPath + '/anyOf', {}, 'should match some schema in anyOf')) return false;
  }
  if (Array.isArray(s.oneOf)) {
    var markOne = this.errors.length, passing = null;
    for (i = 0; i < s.oneOf.length; i++) {
      if (this.validate(data, s.oneOf[i], dataPath, schemaPath + '/oneOf/' + i, doc)) {
        if (passing === null) passing = i;
        else if (typeof passing === 'number') passing = [passing, i];
      }
    }
    if (typeof passing === 'number') {
      this.errors.length = markOne;
    } else if (mark() || !this.error('oneOf', dataPath, schemaPath + '/oneOf', { passingSchemas: passing }, 'should match exactly one schema in oneOf')) {
      return false;
    }
  }
  if (Array.isArray(s.allOf)) {
    for (i = 0; i < s.allOf.length; i++) {
      if (!this.validate(data, s.allOf[i], dataPath, schemaPath + '/allOf/' + i, doc) && bad()) return false;
    }
  }
  if (s.if !== undefined && (s.then !== undefined || s.else !== undefined)) {
    var markIf = this.errors.length;
    var cond = this.validate(data, s.if, dataPath, schemaPath + '/if', doc);
    this.errors.length = markIf;
    var branch = cond ? 'then' : 'else';
    if (s[branch] !== undefined && !this.validate(data, s[branch], dataPath, schemaPath + '/' + branch, doc)) {
      if (!this.all) return false;
      if (mark() || !this.error('if', dataPath, schemaPath + '/if', { failingKeyword: branch }, 'should match "' + branch + '" schema')) return false;
    }
  }
  return ok;
};

Ajv.prototype.compile = function (schema, _id) {
  var ajv = this;
  if (schema && typeof schema === 'object' && typeof schema.$schema === 'string' &&
      schema.$schema.replace(/#$/, '') === DRAFT04 && !this._schemas[DRAFT04]) {
    throw new Error('no schema with key or ref "' + schema.$schema + '"');
  }
  var rootId = _id || (schema && typeof schema === 'object' && typeof schema.$id === 'string' ? schema.$id.replace(/#$/, '') : '');
  this._check(schema, schema, rootId, '#');
  var validate = function (data) {
    var run = new Run(ajv, ajv._opts);
    var ok = run.validate(data, schema, '', '#', { root: schema, rootId: rootId });
    validate.errors = ok ? null : run.errors;
    return ok;
  };
  validate.schema = schema;
  validate.errors = null;
  validate.refs = {};
  validate.refVal = [];
  validate.root = validate;
  return validate;
};

Ajv.prototype.validate = function (schemaKeyRef, data) {
  var v;
  if (typeof schemaKeyRef === 'string') {
    v = this.getSchema(schemaKeyRef);
    if (!v) throw new Error('no schema with key or ref "' + schemaKeyRef + '"');
  } else {
    v = this.compile(schemaKeyRef);
  }
  var ok = v(data);
  this.errors = v.errors;
  return ok;
};

Ajv.prototype.addSchema = function (schema, key) {
  if (Array.isArray(schema)) {
    schema.forEach(function (s) { this.addSchema(s); }, this);
    return this;
  }
  var id = (key || (schema && (schema.$id || schema.id)) || '').replace(/#$/, '');
  if (!id) throw new Error('schema should have $id or key');
  if (this._schemas[id]) throw new Error('schema with key or id "' + id + '" already exists');
  this._schemas[id] = { schema: schema, validate: null };
  return this;
};
Ajv.prototype.addMetaSchema = function (schema, key) {
  var id = (key || (schema && (schema.$id || schema.id)) || '').replace(/#$/, '');
  if (id) this._schemas[id] = { schema: schema, validate: null };
  return this;
};
Ajv.prototype.getSchema = function (key) {
  var entry = this._schemas[String(key).replace(/#$/, '')];
  if (!entry) return undefined;
  if (!entry.validate) entry.validate = this.compile(entry.schema, String(key).replace(/#$/, ''));
  return entry.validate;
};
Ajv.prototype.removeSchema = function (key) {
  if (key === undefined) this._schemas = {};
  else if (typeof key === 'string') delete this._schemas[key.replace(/#$/, '')];
  return this;
};
Ajv.prototype.addFormat = function (name, format) {
  this._formats[name] = typeof format === 'string' ? new RegExp(format) : format;
  return this;
};
Ajv.prototype.addKeyword = function () { return this; };
Ajv.prototype.getKeyword = function () { return false; };
Ajv.prototype.validateSchema = function () { return true; };
Ajv.prototype.errorsText = function (errors, options) {
  errors = errors === undefined ? this.errors : errors;
  if (!errors || !errors.length) return 'No errors';
  options = options || {};
  var separator = options.separator === undefined ? ', ' : options.separator;
  var dataVar = options.dataVar === undefined ? 'data' : options.dataVar;
  return errors.map(function (e) { return dataVar + e.dataPath + ' ' + e.message; }).join(separator);
};

module.exports = Ajv;
