// Part of require('lodash'): mod.rs joins the files of js/lodash/ in order into one module body.
// ---------- strings ----------
var LOWER = 'a-z\\xdf-\\xf6\\xf8-\\xff', UPPER = 'A-Z\\xc0-\\xd6\\xd8-\\xde';
var reWords = new RegExp('[' + UPPER + ']{2,}(?=[' + UPPER + '][' + LOWER + ']|[^' + UPPER + LOWER + ']|$)|[' + UPPER + ']?[' +
  LOWER + ']+|[' + UPPER + ']+|[0-9]+', 'g');
_.words = function (s, pattern) {
  s = _.toString(s);
  if (pattern !== undefined) return s.match(pattern) || [];
  return s.match(reWords) || [];
};
var DEBURR = { 'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ç': 'c', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'ì': 'i',
  'í': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o', 'ù': 'u', 'ú': 'u', 'û': 'u',
  'ü': 'u', 'ý': 'y', 'ÿ': 'y', 'À': 'A', 'Á': 'A', 'Â': 'A', 'Ã': 'A', 'Ä': 'A', 'Å': 'A', 'Ç': 'C', 'È': 'E', 'É': 'E', 'Ê': 'E',
  'Ë': 'E', 'Ì': 'I', 'Í': 'I', 'Î': 'I', 'Ï': 'I', 'Ñ': 'N', 'Ò': 'O', 'Ó': 'O', 'Ô': 'O', 'Õ': 'O', 'Ö': 'O', 'Ø': 'O', 'Ù': 'U',
  'Ú': 'U', 'Û': 'U', 'Ü': 'U', 'Ý': 'Y', 'ß': 'ss', 'Æ': 'Ae', 'æ': 'ae', 'Þ': 'Th', 'þ': 'th', 'Ð': 'D', 'ð': 'd' };
_.deburr = function (s) { return _.toString(s).replace(/[\xc0-\xd6\xd8-\xf6\xf8-\xff]/g, function (c) { return DEBURR[c] || c; }).replace(/[\u0300-\u036f]/g, ''); };
function compounder(fn) { return function (s) { return _.words(_.deburr(s).replace(/['\u2019]/g, '')).reduce(function (acc, w, i) { return fn(acc, w, i); }, ''); }; }
_.upperFirst = function (s) { s = _.toString(s); return s.charAt(0).toUpperCase() + s.slice(1); };
_.lowerFirst = function (s) { s = _.toString(s); return s.charAt(0).toLowerCase() + s.slice(1); };
_.capitalize = function (s) { return _.upperFirst(_.toString(s).toLowerCase()); };
_.camelCase = compounder(function (acc, w, i) { w = w.toLowerCase(); return acc + (i ? _.capitalize(w) : w); });
_.kebabCase = compounder(function (acc, w, i) { return acc + (i ? '-' : '') + w.toLowerCase(); });
_.snakeCase = compounder(function (acc, w, i) { return acc + (i ? '_' : '') + w.toLowerCase(); });
_.lowerCase = compounder(function (acc, w, i) { return acc + (i ? ' ' : '') + w.toLowerCase(); });
_.upperCase = compounder(function (acc, w, i) { return acc + (i ? ' ' : '') + w.toUpperCase(); });
_.startCase = compounder(function (acc, w, i) { return acc + (i ? ' ' : '') + _.upperFirst(w); });
_.toLower = function (s) { return _.toString(s).toLowerCase(); };
_.toUpper = function (s) { return _.toString(s).toUpperCase(); };
function charsRe(chars) { return chars.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&'); }
_.trim = function (s, chars) { s = _.toString(s); if (chars === undefined) return s.trim(); var c = charsRe(_.toString(chars)); return c ? s.replace(new RegExp('^[' + c + ']+|[' + c + ']+$', 'g'), '') : s; };
_.trimStart = function (s, chars) { s = _.toString(s); if (chars === undefined) return s.replace(/^\s+/, ''); var c = charsRe(_.toString(chars)); return c ? s.replace(new RegExp('^[' + c + ']+'), '') : s; };
_.trimEnd = function (s, chars) { s = _.toString(s); if (chars === undefined) return s.replace(/\s+$/, ''); var c = charsRe(_.toString(chars)); return c ? s.replace(new RegExp('[' + c + ']+$'), '') : s; };
function padding(n, chars) {
  chars = chars === undefined ? ' ' : _.toString(chars);
  if (!chars || n <= 0) return '';
  var r = '';
  while (r.length < n) r += chars;
  return r.slice(0, n);
}
_.pad = function (s, length, chars) {
  s = _.toString(s); length = _.toInteger(length);
  var len = s.length;
  if (!length || len >= length) return s;
  var mid = (length - len) / 2;
  return padding(Math.floor(mid), chars) + s + padding(Math.ceil(mid), chars);
};
_.padStart = function (s, length, chars) { s = _.toString(s); return padding(_.toInteger(length) - s.length, chars) + s; };
_.padEnd = function (s, length, chars) { s = _.toString(s); return s + padding(_.toInteger(length) - s.length, chars); };
_.repeat = function (s, n) { s = _.toString(s); n = n === undefined ? 1 : _.toInteger(n); var r = ''; for (var i = 0; i < n; i++) r += s; return r; };
_.startsWith = function (s, target, pos) { s = _.toString(s); pos = pos == null ? 0 : _.clamp(_.toInteger(pos), 0, s.length); target = baseToString(target); return s.slice(pos, pos + target.length) === target; };
_.endsWith = function (s, target, pos) { s = _.toString(s); target = baseToString(target); pos = pos === undefined ? s.length : _.clamp(_.toInteger(pos), 0, s.length); var end = pos - target.length; return end >= 0 && s.slice(end, pos) === target; };
_.split = function (s, sep, limit) { return _.toString(s).split(sep, limit === undefined ? undefined : limit >>> 0); };
_.replace = function () { var a = arguments, s = _.toString(a[0]); return a.length < 3 ? s : s.replace(a[1], a[2]); };
var ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
var UNESC = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
_.escape = function (s) { return _.toString(s).replace(/[&<>"']/g, function (c) { return ESC[c]; }); };
_.unescape = function (s) { return _.toString(s).replace(/&(?:amp|lt|gt|quot|#39);/g, function (e) { return UNESC[e]; }); };
_.escapeRegExp = function (s) { return _.toString(s).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'); };
_.truncate = function (s, options) {
  s = _.toString(s);
  options = _.isObject(options) ? options : {};
  var length = 'length' in options ? _.toInteger(options.length) : 30;
  var omission = 'omission' in options ? _.toString(options.omission) : '...';
  if (s.length <= length) return s;
  var end = length - omission.length;
  if (end < 1) return omission;
  var result = s.slice(0, end), sep = options.separator;
  if (sep === undefined) return result + omission;
  if (_.isRegExp(sep)) {
    if (s.slice(end).search(sep)) {
      var re = new RegExp(sep.source, (sep.flags || '').replace('g', '') + 'g'), m, newEnd;
      while ((m = re.exec(result))) { newEnd = m.index; if (!m[0].length) re.lastIndex++; }
      result = result.slice(0, newEnd === undefined ? end : newEnd);
    }
  } else if (s.indexOf(sep, end) !== end) {
    var idx = result.lastIndexOf(sep);
    if (idx > -1) result = result.slice(0, idx);
  }
  return result + omission;
};
_.templateSettings = { escape: /<%-([\s\S]+?)%>/g, evaluate: /<%([\s\S]+?)%>/g, interpolate: /<%=([\s\S]+?)%>/g, variable: '', imports: { _: _ } };
_.template = function (text, options) {
  var settings = _.assign({}, _.templateSettings, options || {});
  text = _.toString(text);
  var matcher = new RegExp([(settings.escape || /$^/).source, (settings.interpolate || /$^/).source,
    /\$\{([^\\}]*(?:\\.[^\\}]*)*)\}/.source, (settings.evaluate || /$^/).source].join('|') + '|$', 'g');
  var source = "__p += '", index = 0;
  text.replace(matcher, function (match, esc, interp, es6, evaluate, offset) {
    source += text.slice(index, offset).replace(/['\\\n\r\u2028\u2029]/g, function (c) {
      return { "'": "\\'", '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' }[c];
    });
    if (esc) source += "' +\n__e(" + esc + ") +\n'";
    var inter = interp || es6;
    if (inter) source += "' +\n((__t = (" + inter + ")) == null ? '' : __t) +\n'";
    if (evaluate) source += "';\n" + evaluate + ";\n__p += '";
    index = offset + match.length;
    return match;
  });
  source += "';\n";
  if (!settings.variable) source = 'with (obj) {\n' + source + '}\n';
  source = 'var __t, __p = \'\', __e = _.escape;\n' + source + 'return __p;';
  var imports = _.assign({}, settings.imports);
  var names = Object.keys(imports);
  var fn = Function.apply(null, names.concat([settings.variable || 'obj', source]));
  var compiled = function (data) { return fn.apply(undefined, names.map(function (n) { return imports[n]; }).concat([data || {}])); };
  compiled.source = 'function(' + (settings.variable || 'obj') + ') {\n' + source + '\n}';
  return compiled;
};

// ---------- chaining ----------
var NOT_CHAINABLE = ('add attempt camelCase capitalize ceil clamp clone cloneDeep cloneDeepWith cloneWith conformsTo deburr ' +
  'defaultTo divide each eachRight endsWith eq escape escapeRegExp every find findIndex findKey findLast findLastIndex ' +
  'findLastKey first floor forEach forEachRight forIn forInRight forOwn forOwnRight get gt gte has hasIn head identity ' +
  'includes indexOf inRange invoke join kebabCase last lastIndexOf lowerCase lowerFirst lt lte max maxBy mean meanBy min ' +
  'minBy multiply noConflict noop now nth pad padEnd padStart parseInt pop random reduce reduceRight repeat result round ' +
  'runInContext sample shift size snakeCase some sortedIndex sortedIndexBy sortedIndexOf sortedLastIndex sortedLastIndexBy ' +
  'sortedLastIndexOf startCase startsWith subtract sum sumBy template times trim trimEnd trimStart truncate unescape ' +
  'uniqueId upperCase upperFirst value words').split(' ');
function Wrapper(value, chainAll) { this.__wrapped__ = value; this.__chain__ = chainAll; }
Wrapper.prototype.value = function () { return this.__wrapped__; };
Wrapper.prototype.valueOf = Wrapper.prototype.value;
Wrapper.prototype.toJSON = Wrapper.prototype.value;
Wrapper.prototype.toString = function () { return _.toString(this.__wrapped__); };
Wrapper.prototype.chain = function () { this.__chain__ = true; return this; };
Wrapper.prototype.commit = function () { return new Wrapper(this.__wrapped__, this.__chain__); };
['pop', 'push', 'shift', 'sort', 'splice', 'unshift'].forEach(function (name) {
  Wrapper.prototype[name] = function () {
    var a = this.__wrapped__, r = Array.prototype[name].apply(a, arguments);
    if (!this.__chain__ && (name === 'pop' || name === 'shift')) return r;
    return new Wrapper(name === 'pop' || name === 'shift' ? r : a, this.__chain__);
  };
});
_.chain = function (value) { return new Wrapper(value, true); };
_.mixin = function (obj, source) {
  if (source === undefined) { source = obj; obj = _; }
  Object.keys(source).forEach(function (name) {
    if (typeof source[name] !== 'function') return;
    obj[name] = source[name];
    if (obj === _) addWrapperMethod(name);
  });
  return obj;
};
function addWrapperMethod(name) {
  if (name === 'chain' || name === 'mixin') return;
  Wrapper.prototype[name] = function () {
    var r = _[name].apply(_, [this.__wrapped__].concat(Array.prototype.slice.call(arguments)));
    if (!this.__chain__ && (NOT_CHAINABLE.indexOf(name) > -1 || /^(is|to)[A-Z]/.test(name))) return r;
    return new Wrapper(r, this.__chain__);
  };
}
_.noConflict = function () { return _; };
_.runInContext = function () { return _; };
_.VERSION = '4.17.21';
Object.keys(_).forEach(function (name) { if (typeof _[name] === 'function') addWrapperMethod(name); });

module.exports = _;
