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

// A relative reference against the URI of the document it appears in.
function resolveUri(base, ref) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || !/^[a-z][a-z0-9+.-]*:/i.test(base || '')) return ref;
  if (ref.charAt(0) === '/') return base.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/]*).*$/i, '$1') + ref;
  return base.replace(/[^/]*$/, '') + ref;
}
// The subschema whose $id is the plain-name fragment `anchor` ("#name").
function findById(schema, anchor) {
  if (schema === null || typeof schema !== 'object') return undefined;
  var id = schema.$id || schema.id;
  if (typeof id === 'string' && (id === anchor || id.slice(-anchor.length) === anchor)) return schema;
  for (var k in schema) {
    if (k === 'enum' || k === 'const') continue;
    var found = findById(schema[k], anchor);
    if (found !== undefined) return found;
  }
  return undefined;
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
  var resolved = base === '' ? rootId : resolveUri(rootId, base);
  if (base !== '' && resolved !== rootId) {
    var entry = this._schemas[resolved] || this._schemas[base];
    if (!entry) return null;
    doc = entry.schema;
    docId = resolved;
  }
  var target = fragment === '#' || fragment === '' ? doc :
    fragment.charAt(1) === '/' ? resolvePointer(doc, fragment) : findById(doc, fragment);
  if (target === undefined) return null;
  return { schema: target, root: doc, rootId: docId };
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
