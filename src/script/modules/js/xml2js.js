// xml2js 0.4 compatible parseString / Parser / Builder. Rust (quick-xml) parses; this file shapes the tree
// the way xml2js's SAX handlers do (text under charkey, attributes under attrkey, children in arrays...).
'use strict';
var native = require('postie:native');

var defaults = {
  '0.2': { explicitArray: false, explicitRoot: false, ignoreAttrs: false, mergeAttrs: false },
  '0.2.0': {},
  '0.1': {}
};
defaults['0.2'] = {
  async: false, attrkey: '$', charkey: '_', explicitCharkey: false, trim: false, normalize: false,
  normalizeTags: false, explicitRoot: false, emptyTag: '', explicitArray: false, ignoreAttrs: false,
  mergeAttrs: false, validator: null, xmlns: false, explicitChildren: false, childkey: '$$',
  charsAsChildren: false, includeWhiteChars: false, strict: true, rootName: 'root', headless: false,
  xmldec: { version: '1.0', encoding: 'UTF-8', standalone: true }, renderOpts: { pretty: true, indent: '  ', newline: '\n' },
  cdata: false
};
defaults['0.2.0'] = defaults['0.2'];
defaults['0.4'] = (function () {
  var d = {};
  for (var k in defaults['0.2']) d[k] = defaults['0.2'][k];
  d.explicitRoot = true;
  d.explicitArray = true;
  d.attrNameProcessors = null;
  d.attrValueProcessors = null;
  d.tagNameProcessors = null;
  d.valueProcessors = null;
  d.preserveChildrenOrder = false;
  return d;
})();
delete defaults['0.1'];

var processors = {
  normalize: function (str) { return str.toLowerCase(); },
  firstCharLowerCase: function (str) { return str.charAt(0).toLowerCase() + str.slice(1); },
  stripPrefix: function (str) { return str.replace(/(?!xmlns)^.*:/, ''); },
  parseNumbers: function (str) {
    if (!isNaN(str)) str = str % 1 === 0 ? parseInt(str, 10) : parseFloat(str);
    return str;
  },
  parseBooleans: function (str) {
    if (/^(?:true|false)$/i.test(str)) str = str.toLowerCase() === 'true';
    return str;
  }
};

function ValidationError(message) {
  this.message = message;
  this.name = 'ValidationError';
}
ValidationError.prototype = Object.create(Error.prototype);

function mergeOptions(opts) {
  var o = {};
  for (var k in defaults['0.4']) o[k] = defaults['0.4'][k];
  for (var j in opts || {}) o[j] = opts[j];
  return o;
}

function processItem(list, item, key) {
  for (var i = 0; i < list.length; i++) item = list[i](item, key);
  return item;
}

function isEmpty(obj) { return typeof obj === 'object' && obj !== null && Object.keys(obj).length === 0; }

function assignOrPush(obj, key, value, explicitArray) {
  if (!(key in obj)) {
    obj[key] = explicitArray ? [value] : value;
  } else {
    if (!Array.isArray(obj[key])) obj[key] = [obj[key]];
    obj[key].push(value);
  }
}

function shape(node, o) {
  var ck = o.charkey, ak = o.attrkey;
  var obj = {};
  obj[ck] = '';
  if (!o.ignoreAttrs) {
    node.a.forEach(function (pair) {
      var key = o.attrNameProcessors ? processItem(o.attrNameProcessors, pair[0]) : pair[0];
      var value = o.attrValueProcessors ? processItem(o.attrValueProcessors, pair[1], pair[0]) : pair[1];
      if (o.mergeAttrs) {
        assignOrPush(obj, key, value, o.explicitArray);
      } else {
        obj[ak] = obj[ak] || {};
        obj[ak][key] = value;
      }
    });
  }
  var name = o.tagNameProcessors ? processItem(o.tagNameProcessors, node.n) : node.n;
  if (o.normalizeTags) name = name.toLowerCase();
  var cdata = false;
  node.c.forEach(function (child) {
    if (child.t !== undefined) {
      obj[ck] += child.t;
    } else if (child.d !== undefined) {
      obj[ck] += child.d;
      cdata = true;
    } else {
      var done = shape(child, o);
      assignOrPush(obj, done.name, done.value, o.explicitArray);
    }
  });
  var emptyStr = '';
  if (/^\s*$/.test(obj[ck]) && !cdata) {
    emptyStr = obj[ck];
    delete obj[ck];
  } else {
    if (o.trim) obj[ck] = obj[ck].trim();
    if (o.normalize) obj[ck] = obj[ck].replace(/\s{2,}/g, ' ').trim();
    obj[ck] = o.valueProcessors ? processItem(o.valueProcessors, obj[ck], name) : obj[ck];
    if (Object.keys(obj).length === 1 && ck in obj && !o.explicitCharkey) obj = obj[ck];
  }
  if (isEmpty(obj)) obj = o.emptyTag !== '' ? o.emptyTag : emptyStr;
  return { name: name, value: obj };
}

function Parser(opts) {
  if (!(this instanceof Parser)) return new Parser(opts);
  this.options = mergeOptions(opts);
}
Parser.prototype.parseString = function (str, cb) {
  var o = this.options, result;
  try {
    str = String(str);
    if (str.trim() === '') {
      result = null;
    } else {
      var tree = JSON.parse(native.xmlParse(str.charCodeAt(0) === 0xfeff ? str.slice(1) : str));
      if (tree === null) {
        result = null;
      } else {
        var done = shape(tree, o);
        result = done.value;
        if (o.explicitRoot) {
          result = {};
          result[done.name] = done.value;
        }
      }
    }
  } catch (err) {
    return cb(err instanceof Error ? err : new Error(String(err)));
  }
  return cb(null, result);
};
Parser.prototype.parseStringPromise = function (str) {
  var self = this;
  return new Promise(function (resolve, reject) {
    self.parseString(str, function (err, result) { if (err) reject(err); else resolve(result); });
  });
};
Parser.prototype.reset = function () {};

function parseString(str, a, b) {
  var cb = typeof a === 'function' ? a : b;
  var opts = typeof a === 'object' && a !== null ? a : {};
  return new Parser(opts).parseString(str, cb);
}

function escapeText(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;'); }
function escapeAttr(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');
}

function Builder(opts) {
  if (!(this instanceof Builder)) return new Builder(opts);
  var o = {};
  for (var k in defaults['0.2']) o[k] = defaults['0.2'][k];
  for (var j in opts || {}) o[j] = opts[j];
  this.options = o;
}
Builder.prototype.buildObject = function (rootObj) {
  var o = this.options, ak = o.attrkey, ck = o.charkey;
  var render = o.renderOpts || {};
  var pretty = render.pretty !== false, indent = render.indent === undefined ? '  ' : render.indent;
  var newline = render.newline === undefined ? '\n' : render.newline;
  var rootName = o.rootName;
  if (rootObj !== null && typeof rootObj === 'object' && Object.keys(rootObj).length === 1 && rootName === 'root') {
    rootName = Object.keys(rootObj)[0];
    rootObj = rootObj[rootName];
  }
  var lines = [];
  function text(v) {
    return o.cdata && /[<&]/.test(String(v)) ? '<![CDATA[' + String(v).replace(/]]>/g, ']]]]><![CDATA[>') + ']]>' : escapeText(v);
  }
  function element(name, value, depth) {
    var pad = pretty ? new Array(depth + 1).join(indent) : '';
    if (Array.isArray(value)) {
      value.forEach(function (v) { element(name, v, depth); });
      return;
    }
    if (value === null || value === undefined || typeof value !== 'object') {
      var t = value === null || value === undefined ? '' : text(value);
      lines.push(pad + (t === '' ? '<' + name + '/>' : '<' + name + '>' + t + '</' + name + '>'));
      return;
    }
    var attrs = '', inner = null, children = [];
    Object.keys(value).forEach(function (key) {
      if (key === ak && typeof value[key] === 'object') {
        Object.keys(value[key]).forEach(function (a) { attrs += ' ' + a + '="' + escapeAttr(value[key][a]) + '"'; });
      } else if (key === ck) {
        inner = text(value[key]);
      } else {
        children.push(key);
      }
    });
    if (!children.length) {
      lines.push(pad + '<' + name + attrs + (inner === null ? '/>' : '>' + inner + '</' + name + '>'));
      return;
    }
    lines.push(pad + '<' + name + attrs + '>');
    if (inner !== null) lines.push(pad + indent + inner);
    children.forEach(function (key) { element(key, value[key], depth + 1); });
    lines.push(pad + '</' + name + '>');
  }
  element(rootName, rootObj, 0);
  var out = lines.join(pretty ? newline : '');
  if (!o.headless) {
    var dec = o.xmldec || {};
    var decl = '<?xml version="' + (dec.version || '1.0') + '"' + (dec.encoding ? ' encoding="' + dec.encoding + '"' : '') +
      (dec.standalone !== undefined && dec.standalone !== null ? ' standalone="' + (dec.standalone ? 'yes' : 'no') + '"' : '') + '?>';
    out = decl + (pretty ? newline : '') + out;
  }
  return out;
};

module.exports = {
  defaults: defaults,
  processors: processors,
  ValidationError: ValidationError,
  Builder: Builder,
  Parser: Parser,
  parseString: parseString,
  parseStringPromise: function (str, opts) { return new Parser(opts).parseStringPromise(str); }
};
