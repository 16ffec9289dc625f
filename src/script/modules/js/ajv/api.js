// Part of require('ajv'): mod.rs joins the files of js/ajv/ in order into one module body.
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
