// tv4 1.3 compatible JSON Schema (draft-04) validator: validate / validateResult / validateMultiple, error
// objects {code, message, params, dataPath, schemaPath, subErrors}, addSchema / addFormat, tv4.error.
'use strict';

var ErrorCodes = {
  INVALID_TYPE: 0, ENUM_MISMATCH: 1, ANY_OF_MISSING: 10, ONE_OF_MISSING: 11, ONE_OF_MULTIPLE: 12, NOT_PASSED: 13,
  NUMBER_MULTIPLE_OF: 100, NUMBER_MINIMUM: 101, NUMBER_MINIMUM_EXCLUSIVE: 102, NUMBER_MAXIMUM: 103,
  NUMBER_MAXIMUM_EXCLUSIVE: 104, NUMBER_NOT_A_NUMBER: 105, STRING_LENGTH_SHORT: 200, STRING_LENGTH_LONG: 201,
  STRING_PATTERN: 202, OBJECT_PROPERTIES_MINIMUM: 300, OBJECT_PROPERTIES_MAXIMUM: 301, OBJECT_REQUIRED: 302,
  OBJECT_ADDITIONAL_PROPERTIES: 303, OBJECT_DEPENDENCY_KEY: 304, ARRAY_LENGTH_SHORT: 400, ARRAY_LENGTH_LONG: 401,
  ARRAY_UNIQUE: 402, ARRAY_ADDITIONAL_ITEMS: 403, FORMAT_CUSTOM: 500, KEYWORD_CUSTOM: 501, CIRCULAR_REFERENCE: 600,
  UNKNOWN_PROPERTY: 1000
};

var Messages = {
  0: 'Invalid type: {type} (expected {expected})',
  1: 'No enum match for: {value}',
  10: 'Data does not match any schemas from "anyOf"',
  11: 'Data does not match any schemas from "oneOf"',
  12: 'Data is valid against more than one schema from "oneOf": indices {index1} and {index2}',
  13: 'Data matches schema from "not"',
  100: 'Value {value} is not a multiple of {multipleOf}',
  101: 'Value {value} is less than minimum {minimum}',
  102: 'Value {value} is equal to exclusive minimum {minimum}',
  103: 'Value {value} is greater than maximum {maximum}',
  104: 'Value {value} is equal to exclusive maximum {maximum}',
  105: 'Value {value} is not a valid number',
  200: 'String is too short ({length} chars), minimum {minimum}',
  201: 'String is too long ({length} chars), maximum {maximum}',
  202: 'String does not match pattern: {pattern}',
  300: 'Too few properties defined ({propertyCount}), minimum {minimum}',
  301: 'Too many properties defined ({propertyCount}), maximum {maximum}',
  302: 'Missing required property: {key}',
  303: 'Additional properties not allowed',
  304: 'Dependency failed - key must exist: {missing} (due to key: {key})',
  400: 'Array is too short ({length}), minimum {minimum}',
  401: 'Array is too long ({length}), maximum {maximum}',
  402: 'Array items are not unique (indices {match1} and {match2})',
  403: 'Additional items not allowed',
  500: 'Format validation failed ({message})',
  501: 'Keyword failed: {key} ({message})',
  600: 'Circular $refs: {urls}',
  1000: 'Unknown property (not in schema)'
};

function ValidationError(code, params, dataPath, schemaPath, subErrors) {
  var message = Messages[code].replace(/\{([^{}]*)\}/g, function (whole, name) {
    var v = params[name];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : whole;
  });
  this.message = message;
  this.params = params;
  this.code = code;
  this.dataPath = dataPath || '';
  this.schemaPath = schemaPath || '';
  this.subErrors = subErrors || null;
  this.stack = new Error(message).stack;
}
ValidationError.prototype = Object.create(Error.prototype);
ValidationError.prototype.constructor = ValidationError;
ValidationError.prototype.name = 'ValidationError';

function escapePointer(s) { return String(s).replace(/~/g, '~0').replace(/\//g, '~1'); }

function typeOf(data) {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'array';
  return typeof data;
}

function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  var ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (var i = 0; i < ka.length; i++) if (!(ka[i] in b) || !deepEqual(a[ka[i]], b[ka[i]])) return false;
  return true;
}

function ucs2length(s) {
  var n = 0;
  for (var i = 0; i < s.length; i++) {
    n++;
    var c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

function resolvePointer(root, pointer) {
  var parts = pointer.replace(/^#/, '').split('/').slice(1), node = root;
  for (var i = 0; i < parts.length; i++) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[decodeURIComponent(parts[i]).replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function Context(api, multiple, root) {
  this.api = api;
  this.multiple = multiple;
  this.root = root;
  this.errors = [];
  this.missing = [];
}

// Returns true when validation of the current schema must stop (single-error mode), after recording in
// multiple mode.
Context.prototype.handle = function (error) {
  if (this.multiple) {
    this.errors.push(error);
    return false;
  }
  return true;
};

Context.prototype.resolve = function (schema, depth) {
  while (schema && typeof schema.$ref === 'string' && depth < 50) {
    var ref = schema.$ref, target;
    if (ref.charAt(0) === '#') {
      target = resolvePointer(this.root, ref);
    } else {
      var hash = ref.indexOf('#'), base = hash >= 0 ? ref.slice(0, hash) : ref;
      var doc = this.api._schemas[base];
      if (doc === undefined) {
        if (this.missing.indexOf(base) < 0) this.missing.push(base);
        return null;
      }
      target = hash >= 0 ? resolvePointer(doc, ref.slice(hash)) : doc;
    }
    if (target === undefined) return null;
    schema = target;
    depth++;
  }
  return schema;
};

Context.prototype.validateAll = function (data, schema, dataPath, schemaPath) {
  schema = this.resolve(schema, 0);
  if (!schema || typeof schema !== 'object') return null;
  var err = function (code, params, subDataPath, subSchemaPath, subErrors) {
    return new ValidationError(code, params, dataPath + (subDataPath || ''), schemaPath + (subSchemaPath || ''), subErrors);
  };
  return this.validateType(data, schema, err) ||
    this.validateEnum(data, schema, err) ||
    this.validateNumeric(data, schema, err) ||
    this.validateString(data, schema, err) ||
    this.validateArray(data, schema, err, dataPath, schemaPath) ||
    this.validateObject(data, schema, err, dataPath, schemaPath) ||
    this.validateCombinations(data, schema, err, dataPath, schemaPath) ||
    this.validateFormat(data, schema, err) ||
    null;
};

Context.prototype.validateType = function (data, schema, err) {
  if (schema.type === undefined) return null;
  var actual = typeOf(data), allowed = Array.isArray(schema.type) ? schema.type : [schema.type];
  for (var i = 0; i < allowed.length; i++) {
    if (allowed[i] === actual || (allowed[i] === 'integer' && actual === 'number' && data % 1 === 0)) return null;
  }
  return err(ErrorCodes.INVALID_TYPE, { type: actual, expected: allowed.join('/') }, '', '/type');
};

Context.prototype.validateEnum = function (data, schema, err) {
  if (!Array.isArray(schema.enum)) return null;
  for (var i = 0; i < schema.enum.length; i++) if (deepEqual(data, schema.enum[i])) return null;
  return err(ErrorCodes.ENUM_MISMATCH, { value: typeof JSON !== 'undefined' ? JSON.stringify(data) : data }, '', '/type');
};

Context.prototype.validateNumeric = function (data, schema, err) {
  if (typeof data !== 'number') return null;
  if (schema.multipleOf !== undefined) {
    var q = data / schema.multipleOf;
    if (q !== Math.floor(q) && Math.abs(q - Math.round(q)) > 1e-8) {
      return err(ErrorCodes.NUMBER_MULTIPLE_OF, { value: data, multipleOf: schema.multipleOf }, '', '');
    }
  }
  if (schema.minimum !== undefined) {
    if (data < schema.minimum) return err(ErrorCodes.NUMBER_MINIMUM, { value: data, minimum: schema.minimum }, '', '/minimum');
    if (schema.exclusiveMinimum === true && data === schema.minimum) {
      return err(ErrorCodes.NUMBER_MINIMUM_EXCLUSIVE, { value: data, minimum: schema.minimum }, '', '/exclusiveMinimum');
    }
  }
  if (schema.maximum !== undefined) {
    if (data > schema.maximum) return err(ErrorCodes.NUMBER_MAXIMUM, { value: data, maximum: schema.maximum }, '', '/maximum');
    if (schema.exclusiveMaximum === true && data === schema.maximum) {
      return err(ErrorCodes.NUMBER_MAXIMUM_EXCLUSIVE, { value: data, maximum: schema.maximum }, '', '/exclusiveMaximum');
    }
  }
  if (isNaN(data)) return err(ErrorCodes.NUMBER_NOT_A_NUMBER, { value: data }, '', '/type');
  return null;
};

Context.prototype.validateString = function (data, schema, err) {
  if (typeof data !== 'string') return null;
  var length = ucs2length(data);
  if (schema.minLength !== undefined && length < schema.minLength) {
    return err(ErrorCodes.STRING_LENGTH_SHORT, { length: length, minimum: schema.minLength }, '', '/minLength');
  }
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    return err(ErrorCodes.STRING_LENGTH_LONG, { length: length, maximum: schema.maxLength }, '', '/maxLength');
  }
  if (schema.pattern !== undefined) {
    var re = schema.pattern instanceof RegExp ? schema.pattern : new RegExp(schema.pattern);
    if (!re.test(data)) return err(ErrorCodes.STRING_PATTERN, { pattern: String(schema.pattern) }, '', '/pattern');
  }
  return null;
};

Context.prototype.sub = function (data, schema, dataPath, schemaPath) {
  var e = this.validateAll(data, schema, dataPath, schemaPath);
  return e && this.handle(e) ? e : null;
};

Context.prototype.validateArray = function (data, schema, err, dataPath, schemaPath) {
  if (!Array.isArray(data)) return null;
  var e;
  if (schema.minItems !== undefined && data.length < schema.minItems) {
    e = err(ErrorCodes.ARRAY_LENGTH_SHORT, { length: data.length, minimum: schema.minItems }, '', '/minItems');
    if (this.handle(e)) return e;
  }
  if (schema.maxItems !== undefined && data.length > schema.maxItems) {
    e = err(ErrorCodes.ARRAY_LENGTH_LONG, { length: data.length, maximum: schema.maxItems }, '', '/maxItems');
    if (this.handle(e)) return e;
  }
  if (schema.uniqueItems) {
    for (var i = 0; i < data.length; i++) {
      for (var j = i + 1; j < data.length; j++) {
        if (deepEqual(data[i], data[j])) {
          e = err(ErrorCodes.ARRAY_UNIQUE, { match1: i, match2: j }, '', '/uniqueItems');
          if (this.handle(e)) return e;
        }
      }
    }
  }
  if (Array.isArray(schema.items)) {
    for (var k = 0; k < data.length; k++) {
      var p = dataPath + '/' + k;
      if (k < schema.items.length) {
        if ((e = this.sub(data[k], schema.items[k], p, schemaPath + '/items/' + k))) return e;
      } else if (schema.additionalItems === false) {
        e = err(ErrorCodes.ARRAY_ADDITIONAL_ITEMS, {}, '/' + k, '/additionalItems');
        if (this.handle(e)) return e;
      } else if (schema.additionalItems && typeof schema.additionalItems === 'object') {
        if ((e = this.sub(data[k], schema.additionalItems, p, schemaPath + '/additionalItems'))) return e;
      }
    }
  } else if (schema.items && typeof schema.items === 'object') {
    for (var n = 0; n < data.length; n++) {
      if ((e = this.sub(data[n], schema.items, dataPath + '/' + n, schemaPath + '/items'))) return e;
    }
  }
  return null;
};

Context.prototype.validateObject = function (data, schema, err, dataPath, schemaPath) {
  if (typeOf(data) !== 'object') return null;
  var keys = Object.keys(data), e, i;
  if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
    e = err(ErrorCodes.OBJECT_PROPERTIES_MINIMUM, { propertyCount: keys.length, minimum: schema.minProperties }, '', '/minProperties');
    if (this.handle(e)) return e;
  }
  if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
    e = err(ErrorCodes.OBJECT_PROPERTIES_MAXIMUM, { propertyCount: keys.length, maximum: schema.maxProperties }, '', '/maxProperties');
    if (this.handle(e)) return e;
  }
  if (Array.isArray(schema.required) || typeof schema.required === 'string') {
    for (i = 0; i < schema.required.length; i++) {
      if (data[schema.required[i]] === undefined) {
        e = err(ErrorCodes.OBJECT_REQUIRED, { key: schema.required[i] }, '', '/required/' + i);
        if (this.handle(e)) return e;
      }
    }
  }
  var props = schema.properties || {}, patterns = schema.patternProperties || {};
  for (var key in props) {
    if (data[key] !== undefined) {
      if ((e = this.sub(data[key], props[key], dataPath + '/' + escapePointer(key), schemaPath + '/properties/' + escapePointer(key)))) return e;
    }
  }
  for (i = 0; i < keys.length; i++) {
    var k = keys[i], matched = false;
    for (var pattern in patterns) {
      if (new RegExp(pattern).test(k)) {
        matched = true;
        if ((e = this.sub(data[k], patterns[pattern], dataPath + '/' + escapePointer(k), schemaPath + '/patternProperties/' + escapePointer(pattern)))) return e;
      }
    }
    if (props[k] !== undefined || matched) continue;
    if (schema.additionalProperties === false) {
      e = err(ErrorCodes.OBJECT_ADDITIONAL_PROPERTIES, { key: k }, '/' + escapePointer(k), '/additionalProperties');
      if (this.handle(e)) return e;
    } else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      if ((e = this.sub(data[k], schema.additionalProperties, dataPath + '/' + escapePointer(k), schemaPath + '/additionalProperties'))) return e;
    }
  }
  var deps = schema.dependencies || {};
  for (var dk in deps) {
    if (data[dk] === undefined) continue;
    var dep = deps[dk];
    if (typeof dep === 'string') {
      if (data[dep] === undefined) {
        e = err(ErrorCodes.OBJECT_DEPENDENCY_KEY, { key: dk, missing: dep }, '', '/dependencies/' + escapePointer(dk));
        if (this.handle(e)) return e;
      }
    } else if (Array.isArray(dep)) {
      for (i = 0; i < dep.length; i++) {
        if (data[dep[i]] === undefined) {
          e = err(ErrorCodes.OBJECT_DEPENDENCY_KEY, { key: dk, missing: dep[i] }, '', '/dependencies/' + escapePointer(dk) + '/' + i);
          if (this.handle(e)) return e;
        }
      }
    } else if ((e = this.sub(data, dep, dataPath, schemaPath + '/dependencies/' + escapePointer(dk)))) {
      return e;
    }
  }
  return null;
};

// Validates `data` against `schema` in a separate context; returns its errors (empty when valid).
Context.prototype.trial = function (data, schema, dataPath, schemaPath) {
  var ctx = new Context(this.api, this.multiple, this.root);
  var e = ctx.validateAll(data, schema, dataPath, schemaPath);
  if (e) ctx.errors.push(e);
  ctx.missing.forEach(function (m) { if (this.missing.indexOf(m) < 0) this.missing.push(m); }, this);
  return ctx.errors;
};

Context.prototype.validateCombinations = function (data, schema, err, dataPath, schemaPath) {
  var e, i;
  if (Array.isArray(schema.allOf)) {
    for (i = 0; i < schema.allOf.length; i++) {
      if ((e = this.sub(data, schema.allOf[i], dataPath, schemaPath + '/allOf/' + i))) return e;
    }
  }
  if (Array.isArray(schema.anyOf)) {
    var anyErrors = [], any = false;
    for (i = 0; i < schema.anyOf.length && !any; i++) {
      var found = this.trial(data, schema.anyOf[i], dataPath, schemaPath + '/anyOf/' + i);
      if (found.length === 0) any = true;
      else anyErrors = anyErrors.concat(found);
    }
    if (!any) {
      e = err(ErrorCodes.ANY_OF_MISSING, {}, '', '/anyOf', anyErrors);
      if (this.handle(e)) return e;
    }
  }
  if (Array.isArray(schema.oneOf)) {
    var oneErrors = [], passing = -1;
    for (i = 0; i < schema.oneOf.length; i++) {
      var res = this.trial(data, schema.oneOf[i], dataPath, schemaPath + '/oneOf/' + i);
      if (res.length === 0) {
        if (passing >= 0) {
          e = err(ErrorCodes.ONE_OF_MULTIPLE, { index1: passing, index2: i }, '', '/oneOf');
          if (this.handle(e)) return e;
          passing = -2;
          break;
        }
        passing = i;
      } else {
        oneErrors = oneErrors.concat(res);
      }
    }
    if (passing === -1) {
      e = err(ErrorCodes.ONE_OF_MISSING, {}, '', '/oneOf', oneErrors);
      if (this.handle(e)) return e;
    }
  }
  if (schema.not !== undefined) {
    if (this.trial(data, schema.not, dataPath, schemaPath + '/not').length === 0) {
      e = err(ErrorCodes.NOT_PASSED, {}, '', '/not');
      if (this.handle(e)) return e;
    }
  }
  return null;
};

Context.prototype.validateFormat = function (data, schema, err) {
  if (typeof schema.format !== 'string' || !this.api._formats[schema.format]) return null;
  var result = this.api._formats[schema.format].call(null, data, schema);
  if (result === null || result === undefined || result === true) return null;
  var message = typeof result === 'string' ? result : '';
  return err(ErrorCodes.FORMAT_CUSTOM, { message: message }, '', '/format');
};

function createApi() {
  var api = {
    _schemas: {},
    _formats: {},
    error: null,
    missing: [],
    valid: true,
    errorCodes: ErrorCodes
  };
  function run(data, schema, multiple) {
    var root = schema;
    if (typeof schema === 'string') root = api._schemas[schema.replace(/#$/, '')];
    var ctx = new Context(api, multiple, root);
    var e = ctx.validateAll(data, root, '', '');
    if (e) ctx.errors.push(e);
    return ctx;
  }
  api.validate = function (data, schema) {
    var ctx = run(data, schema, false);
    api.error = ctx.errors[0] || null;
    api.missing = ctx.missing;
    api.valid = api.error === null;
    return api.valid;
  };
  api.validateResult = function (data, schema) {
    var ctx = run(data, schema, false);
    return { error: ctx.errors[0] || null, missing: ctx.missing, valid: ctx.errors.length === 0 };
  };
  api.validateMultiple = function (data, schema) {
    var ctx = run(data, schema, true);
    return { errors: ctx.errors, missing: ctx.missing, valid: ctx.errors.length === 0 };
  };
  api.addSchema = function (uri, schema) {
    if (typeof uri === 'object') {
      schema = uri;
      uri = schema.id;
    }
    if (typeof uri === 'string') api._schemas[uri.replace(/#$/, '')] = schema;
    return true;
  };
  api.getSchema = function (uri) {
    var hash = uri.indexOf('#'), doc = api._schemas[hash >= 0 ? uri.slice(0, hash) : uri];
    return hash >= 0 && doc !== undefined ? resolvePointer(doc, uri.slice(hash)) : doc;
  };
  api.getSchemaMap = function () { var m = {}; for (var k in api._schemas) m[k] = api._schemas[k]; return m; };
  api.getSchemaUris = function (re) { return Object.keys(api._schemas).filter(function (u) { return !re || re.test(u); }); };
  api.getMissingUris = function () { return api.missing.slice(); };
  api.dropSchemas = function () { api._schemas = {}; };
  api.reset = function () { api._schemas = {}; api.error = null; api.missing = []; api.valid = true; };
  api.addFormat = function (name, fn) {
    if (typeof name === 'object') for (var k in name) api._formats[k] = name[k];
    else api._formats[name] = fn;
  };
  api.freshApi = function () { return createApi(); };
  api.language = function () { return 'en'; };
  api.addLanguage = function () { return api; };
  api.setErrorReporter = function () {};
  api.defineKeyword = function () {};
  api.defineError = function (name, code, message) {
    ErrorCodes[name] = code;
    Messages[code] = message;
  };
  api.normSchema = function (schema) { return schema; };
  api.resolveUrl = function (base, href) { return href.indexOf(':') >= 0 ? href : base.replace(/[^/]*$/, '') + href; };
  api.getDocumentUri = function (uri) { return uri.split('#')[0]; };
  api.tv4 = api;
  return api;
}

module.exports = createApi();
