// cheerio 0.22 as Newman's sandbox has it: `cheerio.load(html)` returns `$`, a jQuery-like selection
// function over the document. Parsing, selectors, markup and text are done natively (html_doc.rs); this
// file keeps the node objects and the selection type. traversing.js, attributes.js and manipulation.js
// add the methods.
var native = require('postie:native');

// Node prototypes with the DOM level 1 aliases cheerio's nodes have.
var NodeProto = {};
[['childNodes', 'children'], ['parentNode', 'parent'], ['previousSibling', 'prev'],
  ['nextSibling', 'next'], ['nodeValue', 'data']].forEach(function (pair) {
  Object.defineProperty(NodeProto, pair[0], {
    get: function () { return this[pair[1]]; },
    set: function (v) { this[pair[1]] = v; },
    enumerable: true, configurable: true
  });
});
Object.defineProperty(NodeProto, 'firstChild', {
  get: function () { var c = this.children; return (c && c[0]) || null; }, enumerable: true, configurable: true
});
Object.defineProperty(NodeProto, 'lastChild', {
  get: function () { var c = this.children; return (c && c[c.length - 1]) || null; }, enumerable: true, configurable: true
});
Object.defineProperty(NodeProto, 'nodeType', {
  get: function () { return { text: 3, cdata: 4, comment: 8 }[this.type] || 1; }, enumerable: true, configurable: true
});
var ElementProto = Object.create(NodeProto);
Object.defineProperty(ElementProto, 'tagName', {
  get: function () { return this.name; }, set: function (v) { this.name = v; }, enumerable: true, configurable: true
});

// Which document (and index in it) a node object belongs to.
var owners = new WeakMap();

function Document(markup, xml) {
  this.native = native.htmlParse(String(markup), !!xml);
  this.xml = !!xml;
  this.nodes = this.native.nodes(ElementProto, NodeProto);
  for (var i = 0; i < this.nodes.length; i++) owners.set(this.nodes[i], { doc: this, id: i });
  this.root = this.nodes[0];
}

function ownerOf(node) { return node !== null && typeof node === 'object' ? owners.get(node) : undefined; }

// Splits nodes into runs of the same document, calling fn(doc, ids) for each; nodes that are not
// parsed nodes are skipped.
function byDocument(nodes, fn) {
  var doc = null, ids = [];
  for (var i = 0; i < nodes.length; i++) {
    var o = ownerOf(nodes[i]);
    if (!o) continue;
    if (doc && o.doc !== doc) { fn(doc, ids); ids = []; }
    doc = o.doc;
    ids.push(o.id);
  }
  if (doc) fn(doc, ids);
}

function isTag(node) {
  return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

function uniq(nodes) {
  var seen = new Set(), out = [];
  for (var i = 0; i < nodes.length; i++) {
    if (!seen.has(nodes[i])) { seen.add(nodes[i]); out.push(nodes[i]); }
  }
  return out;
}

// Elements below `nodes` matching `selector`, document order per document.
function selectBelow(selector, nodes) {
  var out = [];
  byDocument(nodes, function (doc, ids) {
    var found = doc.native.select(String(selector), ids);
    for (var i = 0; i < found.length; i++) out.push(doc.nodes[found[i]]);
  });
  return uniq(out);
}

// For each node, whether it matches `selector` (false for nodes of no document).
function matchEach(selector, nodes) {
  var result = nodes.map(function () { return false; });
  var at = 0;
  byDocument(nodes, function (doc, ids) {
    var m = doc.native.matches(String(selector), ids);
    for (var i = 0; i < m.length; i++) {
      while (at < nodes.length && !ownerOf(nodes[at])) at++;
      result[at++] = m[i];
    }
  });
  return result;
}

function markup(nodes, inner, xml) {
  var out = '';
  byDocument(nodes, function (doc, ids) {
    out += doc.native.html(ids, !!inner, xml === undefined ? doc.xml : xml);
  });
  return out;
}

function textOf(nodes) {
  var out = '';
  byDocument(nodes, function (doc, ids) { out += doc.native.text(ids); });
  return out;
}

var DEFAULT_OPTIONS = { withDomLvl1: true, normalizeWhitespace: false, xmlMode: false, decodeEntities: true };

function options(given) {
  var o = {};
  Object.keys(DEFAULT_OPTIONS).forEach(function (k) { o[k] = DEFAULT_OPTIONS[k]; });
  if (given && typeof given === 'object') Object.keys(given).forEach(function (k) { o[k] = given[k]; });
  return o;
}

function looksLikeHtml(s) {
  return s.charAt(0) === '<' && s.charAt(s.length - 1) === '>' && s.length >= 3;
}

// Top-level nodes of markup parsed on its own.
function fragment(markupText, opts) {
  var doc = new Document(markupText, opts && opts.xmlMode);
  return doc.root.children.slice();
}

function Cheerio(selector, context, root, opts) {
  if (!(this instanceof Cheerio)) return new Cheerio(selector, context, root, opts);
  this.options = options(opts || this.options);
  if (!selector) return this;
  if (root) {
    if (typeof root === 'string') root = fragment(root, this.options);
    this._root = new Cheerio(root);
  }
  if (selector.cheerio) return selector;
  if (ownerOf(selector) || (selector && selector.type && selector.type !== undefined && typeof selector !== 'string')) {
    selector = [selector];
  }
  if (Array.isArray(selector)) {
    for (var i = 0; i < selector.length; i++) this[i] = selector[i];
    this.length = selector.length;
    return this;
  }
  if (typeof selector === 'string' && looksLikeHtml(selector)) {
    return this._make(fragment(selector, this.options));
  }
  var search;
  if (!context) {
    search = this._root || new Cheerio([]);
  } else if (typeof context === 'string') {
    search = looksLikeHtml(context)
      ? new Cheerio(fragment(context, this.options))
      : (this._root ? this._root.find(context) : new Cheerio([]));
  } else if (context.cheerio) {
    search = context;
  } else {
    search = new Cheerio(Array.isArray(context) ? context : [context]);
  }
  if (!search) return this;
  // Searching from a selection of this document's type keeps the root on the results.
  return (search instanceof this.constructor ? search : this._make(search.toArray())).find(selector);
}

Cheerio.prototype.cheerio = '[cheerio object]';
Cheerio.prototype.options = options();
Cheerio.prototype.length = 0;
Cheerio.prototype.splice = Array.prototype.splice;

Cheerio.prototype._make = function (nodes, context) {
  var made = new this.constructor(nodes, context, this._root, this.options);
  made.prevObject = this;
  return made;
};

Cheerio.prototype.toArray = function () {
  return Array.prototype.slice.call(this, 0, this.length);
};

if (typeof Symbol !== 'undefined' && Symbol.iterator) {
  Cheerio.prototype[Symbol.iterator] = Array.prototype[Symbol.iterator];
}

function load(content, opts) {
  opts = options(opts);
  var doc = new Document(content === undefined || content === null ? '' : content, opts.xmlMode);
  var root = doc.root;
  var init = function (selector, context, r) {
    if (!(this instanceof init)) return new init(selector, context, r, opts);
    return Cheerio.call(this, selector, context, r || root, opts);
  };
  init.prototype = Object.create(Cheerio.prototype);
  init.prototype.constructor = init;
  init.fn = init.prototype;
  init.prototype._originalRoot = root;
  init.load = load;
  init.html = function (sel, o) { return staticHtml.call(init, sel, o); };
  init.xml = function (sel) { return staticXml.call(init, sel); };
  init.text = function (elems) { return staticText.call(init, elems); };
  init.parseHTML = parseHTML;
  init.root = function () { return init(root); };
  init.contains = contains;
  init._root = root;
  init._options = opts;
  return init;
}

function nodesOf(selection, self) {
  if (selection === undefined) return self && self._root ? [self._root] : [];
  if (typeof selection === 'string') {
    if (!self || !self._root) throw new Error('Unmatched selector: ' + selection);
    return selectBelow(selection, [self._root]);
  }
  if (selection && selection.cheerio) return selection.toArray();
  if (Array.isArray(selection)) return selection;
  return selection ? [selection] : [];
}

function staticHtml(selection, opts) {
  var nodes = nodesOf(selection, this);
  var xml = opts && opts.xmlMode !== undefined ? !!opts.xmlMode
    : (this && this._options ? !!this._options.xmlMode : undefined);
  return markup(nodes, false, xml);
}

function staticXml(selection) {
  return markup(nodesOf(selection, this), false, true);
}

function staticText(elems) {
  if (elems === undefined) return this && this._root ? textOf([this._root]) : '';
  return textOf(nodesOf(elems, this));
}

function parseHTML(data, context, keepScripts) {
  if (typeof context === 'boolean') keepScripts = context;
  if (!data || typeof data !== 'string') return null;
  var nodes = fragment(data);
  if (!keepScripts) nodes = nodes.filter(function (n) { return n.type !== 'script'; });
  return nodes;
}

function contains(container, contained) {
  if (contained === container) return false;
  var p = contained && contained.parent;
  while (p) {
    if (p === container) return true;
    p = p.parent;
  }
  // Top-level nodes have no parent: the root holds them.
  var o = ownerOf(contained);
  return !!o && o.doc.root === container && contained !== container;
}

Cheerio.load = load;
Cheerio.html = staticHtml;
Cheerio.xml = staticXml;
Cheerio.text = staticText;
Cheerio.parseHTML = parseHTML;
Cheerio.root = function () { return new Cheerio([]); };
Cheerio.contains = contains;
Cheerio.version = '0.22.0';
module.exports = Cheerio;
