// Part of require('ajv'): mod.rs joins the files of js/ajv/ in order into one module body.
function Run(ajv, opts) {
  this.ajv = ajv;
  this.opts = opts;
  this.all = !!opts.allErrors;
  this.errors = [];
  this.frames = [];
  this.composite = 0;
}

Run.prototype.error = function (keyword, dataPath, schemaPath, params, message, extra) {
  var e = { keyword: keyword, dataPath: dataPath, schemaPath: schemaPath, params: params, message: message };
  if (this.opts.verbose && this.frames.length) {
    var frame = this.frames[this.frames.length - 1];
    e.schema = frame.schema === false ? false : frame.schema[keyword];
    e.parentSchema = frame.schema;
    e.data = frame.data;
  }
  for (var k in extra || {}) e[k] = extra[k];
  this.errors.push(e);
  return this.all;
};

// coerceTypes: the value `data` becomes as type `type`, or NO_COERCION.
var NO_COERCION = {};
function coerce(data, type) {
  var t = typeOf(data);
  switch (type) {
    case 'number': case 'integer':
      if (t === 'boolean' || t === 'null') return +data;
      if (t === 'string' && data && data == +data && (type === 'number' || !(data % 1))) return +data;
      return NO_COERCION;
    case 'string':
      if (t === 'number' || t === 'boolean') return '' + data;
      return t === 'null' ? '' : NO_COERCION;
    case 'boolean':
      if (data === 'false' || data === 0 || data === null) return false;
      if (data === 'true' || data === 1) return true;
      return NO_COERCION;
    case 'null':
      return data === '' || data === 0 || data === false ? null : NO_COERCION;
    default:
      return NO_COERCION;
  }
}

// Validates data against schema (at schemaPath, inside the document `doc`); returns validity. In
// first-error mode it returns false as soon as an error is recorded.
Run.prototype.validate = function (data, schema, dataPath, schemaPath, doc, holder) {
  this.frames.push({ schema: schema, data: data });
  try {
    return this.validateSchema(data, schema, dataPath, schemaPath, doc, holder);
  } finally {
    this.frames.pop();
  }
};

Run.prototype.validateSchema = function (data, schema, dataPath, schemaPath, doc, holder) {
  if (schema === true || schema === undefined) return true;
  if (schema === false) {
    this.error('false schema', dataPath, schemaPath + '/false schema', {}, 'boolean schema is false');
    return false;
  }
  if (typeof schema.$ref === 'string') {
    var r = this.ajv._resolveRef(schema.$ref, doc.root, doc.rootId);
    if (!r) return true;
    // Inlined targets report paths from the reference itself; targets that refer further are compiled
    // apart in ajv, and report from their own root.
    var base = hasRef(r.schema) ? (r.rootId !== doc.rootId ? r.rootId : '#') : schema.$ref;
    return this.validate(data, r.schema, dataPath, base, { root: r.root, rootId: r.rootId }, holder);
  }
  var valid = true, self = this;
  var fail = function () {
    valid = false;
    return !self.all;
  };
  var sp = function (k) { return schemaPath + schemaSeg(k); };
  var t = schema.type, types = t === undefined ? null : Array.isArray(t) ? t : [t];
  if (types && this.opts.nullable && schema.nullable === true && types.indexOf('null') < 0) types = types.concat(['null']);
  var typeOk = !types || types.some(function (ty) { return isType(data, ty); });
  if (!typeOk && this.opts.coerceTypes) {
    for (var c = 0; c < types.length && !typeOk; c++) {
      var coerced = coerce(data, types[c]);
      if (coerced !== NO_COERCION) {
        data = coerced;
        typeOk = true;
        this.frames[this.frames.length - 1].data = data;
        if (holder) holder.obj[holder.key] = data;
      }
    }
  }
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
  if (Array.isArray(s.items)) this.applyDefaults(data, s.items);
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
      if (!this.validate(data[i], s.items[i], dataPath + itemPath(i, this.opts), schemaPath + '/items/' + i, doc, { obj: data, key: i }) && bad()) return false;
    }
    if (s.additionalItems !== undefined && typeof s.additionalItems === 'object') {
      for (i = n; i < data.length; i++) {
        if (!this.validate(data[i], s.additionalItems, dataPath + itemPath(i, this.opts), schemaPath + '/additionalItems', doc, { obj: data, key: i }) && bad()) return false;
      }
    }
  } else if (s.items !== undefined) {
    for (i = 0; i < data.length; i++) {
      if (!this.validate(data[i], s.items, dataPath + itemPath(i, this.opts), schemaPath + '/items', doc, { obj: data, key: i }) && bad()) return false;
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

// useDefaults: fills missing properties (and tuple items) from `default`, outside anyOf/oneOf/not trials.
Run.prototype.applyDefaults = function (data, schemas) {
  var mode = this.opts.useDefaults;
  if (!mode || this.composite) return;
  for (var k in schemas) {
    var sub = schemas[k];
    if (!sub || typeof sub !== 'object' || sub.default === undefined) continue;
    var v = data[k];
    if (v === undefined || (mode === 'empty' && (v === null || v === ''))) {
      data[k] = mode === 'shared' ? sub.default : JSON.parse(JSON.stringify(sub.default));
    }
  }
};

Run.prototype.object = function (data, s, dataPath, schemaPath, doc) {
  if (s.properties) this.applyDefaults(data, s.properties);
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
  var removal = this.opts.removeAdditional;
  if (s.additionalProperties !== undefined || (removal === 'all' && (s.properties || s.patternProperties))) {
    for (i = 0; i < keys.length; i++) {
      k = keys[i];
      if (Object.prototype.hasOwnProperty.call(props, k)) continue;
      if (patternKeys.some(function (p) { return new RegExp(p, 'u').test(k); })) continue;
      if (removal === 'all' || (removal && s.additionalProperties === false)) {
        delete data[k];
        continue;
      }
      if (removal === 'failing' && typeof s.additionalProperties === 'object') {
        var markExtra = this.errors.length;
        this.composite++;
        var fits = this.validate(data[k], s.additionalProperties, dataPath + propPath(k, this.opts, true), schemaPath + '/additionalProperties', doc);
        this.composite--;
        this.errors.length = markExtra;
        if (!fits) delete data[k];
        continue;
      }
      if (s.additionalProperties === false) {
        if (mark() || !this.error('additionalProperties', dataPath, schemaPath + '/additionalProperties', { additionalProperty: k }, 'should NOT have additional properties')) return false;
      } else if (!this.validate(data[k], s.additionalProperties, dataPath + propPath(k, this.opts, true), schemaPath + '/additionalProperties', doc, { obj: data, key: k }) && bad()) {
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
    if (!this.validate(data[k], props[k], dataPath + propPath(k, this.opts, false), schemaPath + '/properties' + schemaSeg(k), doc, { obj: data, key: k }) && bad()) return false;
  }
  for (var p = 0; p < patternKeys.length; p++) {
    var re = new RegExp(patternKeys[p], 'u');
    for (i = 0; i < keys.length; i++) {
      if (!re.test(keys[i])) continue;
      if (!this.validate(data[keys[i]], patterns[patternKeys[p]], dataPath + propPath(keys[i], this.opts, true),
        schemaPath + '/patternProperties' + schemaSeg(patternKeys[p]), doc, { obj: data, key: keys[i] }) && bad()) return false;
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
    this.composite++;
    var passed = this.validate(data, s.not, dataPath, schemaPath + '/not', doc);
    this.composite--;
    this.errors.length = markNot;
    if (passed && (mark() || !this.error('not', dataPath, schemaPath + '/not', {}, 'should NOT be valid'))) return false;
  }
  if (Array.isArray(s.anyOf)) {
    var markAny = this.errors.length, any = false;
    this.composite++;
    for (i = 0; i < s.anyOf.length && !any; i++) any = this.validate(data, s.anyOf[i], dataPath, schemaPath + '/anyOf/' + i, doc);
    this.composite--;
    if (any) this.errors.length = markAny;
    else if (mark() || !this.error('anyOf', dataPath, schemaPath + '/anyOf', {}, 'should match some schema in anyOf')) return false;
  }
  if (Array.isArray(s.oneOf)) {
    var markOne = this.errors.length, passing = null;
    this.composite++;
    for (i = 0; i < s.oneOf.length; i++) {
      if (this.validate(data, s.oneOf[i], dataPath, schemaPath + '/oneOf/' + i, doc)) {
        if (passing === null) passing = i;
        else if (typeof passing === 'number') passing = [passing, i];
      }
    }
    this.composite--;
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
    this.composite++;
    var cond = this.validate(data, s.if, dataPath, schemaPath + '/if', doc);
    this.composite--;
    this.errors.length = markIf;
    var branch = cond ? 'then' : 'else';
    if (s[branch] !== undefined && !this.validate(data, s[branch], dataPath, schemaPath + '/' + branch, doc)) {
      if (!this.all) return false;
      if (mark() || !this.error('if', dataPath, schemaPath + '/if', { failingKeyword: branch }, 'should match "' + branch + '" schema')) return false;
    }
  }
  return ok;
};
