// Changing the tree (append, after, remove, replaceWith, html(x), text(x), wrap, clone, css(x)…). The
// document in Rust (html_doc.rs) is changed first; the node objects' links (children, parent, prev, next)
// are then rewritten from it, so that selectors, markup and traversal all see the new tree. A node of
// another document (a parsed fragment, another `load`) moves: its subtree is copied into this document
// and the same node objects are registered at their new indexes.

// Rewrites the links of the children of `id` (and the children array of `id` in place).
function relink(doc, id) {
  if (id < 0) return;
  var obj = doc.nodes[id];
  if (!obj || !obj.children) return;
  var ids = doc.native.childIds(id);
  var kids = obj.children;
  kids.length = 0;
  for (var i = 0; i < ids.length; i++) kids.push(doc.nodes[ids[i]]);
  for (var j = 0; j < kids.length; j++) {
    kids[j].parent = id === 0 ? null : obj;
    kids[j].prev = kids[j - 1] || null;
    kids[j].next = kids[j + 1] || null;
  }
}

function unlink(node) {
  node.parent = null;
  node.prev = null;
  node.next = null;
}

// Takes a node out of its parent.
function detachNode(node) {
  var o = ownerOf(node);
  if (!o) return;
  var parent = o.doc.native.parentOf(o.id);
  if (parent < 0) return;
  o.doc.native.detach(o.id);
  relink(o.doc, parent);
  unlink(node);
}

// Moves `node` (and its subtree) into `doc` when it belongs to another document; its new index.
function bringInto(doc, node) {
  var o = ownerOf(node);
  if (!o) return -1;
  if (o.doc === doc) return o.id;
  detachNode(node);
  var ids = doc.native.adopt(o.doc.native, o.id);
  var k = 0;
  (function own(n) {
    if (k >= ids.length) return;
    var id = ids[k++];
    owners.set(n, { doc: doc, id: id });
    doc.nodes[id] = n;
    var kids = n.children || [];
    for (var i = 0; i < kids.length; i++) own(kids[i]);
  })(node);
  return ids[0];
}

// Puts `nodes` among the children of `parent`, before the child at `index`.
function placeNodes(parent, index, nodes) {
  var target = ownerOf(parent);
  if (!target) return;
  var doc = target.doc;
  var ids = [], oldParents = [];
  for (var i = 0; i < nodes.length; i++) {
    var id = bringInto(doc, nodes[i]);
    if (id < 0) continue;
    ids.push(id);
    var p = doc.native.parentOf(id);
    if (p >= 0 && oldParents.indexOf(p) === -1) oldParents.push(p);
  }
  if (!ids.length) return;
  doc.native.insert(target.id, index, ids);
  for (var j = 0; j < oldParents.length; j++) relink(doc, oldParents[j]);
  relink(doc, target.id);
}

function parentIndex(node) {
  var o = ownerOf(node);
  if (!o) return null;
  var p = o.doc.native.parentOf(o.id);
  if (p < 0) return null;
  return { parent: o.doc.nodes[p], index: o.doc.native.childIds(p).indexOf(o.id) };
}

function canHoldChildren(node) {
  return !!ownerOf(node) && Array.isArray(node.children);
}

function cloneNodes(nodes, opts) {
  return fragment(markup(nodes, false, opts && opts.xmlMode), opts);
}

// What an argument stands for, as nodes: markup is parsed, selections and nodes are taken as they are
// (or copied, with `clone`).
P._makeDomArray = function (elem, clone) {
  if (elem === null || elem === undefined) return [];
  if (elem.cheerio) return clone ? cloneNodes(elem.toArray(), this.options) : elem.toArray();
  if (Array.isArray(elem)) {
    var self = this, out = [];
    elem.forEach(function (e) { out = out.concat(self._makeDomArray(e, clone)); });
    return out;
  }
  if (typeof elem === 'string') return fragment(elem, this.options);
  return clone ? cloneNodes([elem], this.options) : [elem];
};

function contentFor(self, el, i, args, lastIdx) {
  var src = typeof args[0] === 'function' ? args[0].call(el, i, markup(el.children || [], false)) : args;
  return self._makeDomArray(src, i < lastIdx);
}

function inserter(atStart) {
  return function () {
    var args = Array.prototype.slice.call(arguments), lastIdx = this.length - 1;
    for (var i = 0; i < this.length; i++) {
      var el = this[i];
      if (!el || !Array.isArray(el.children)) throw new TypeError('Cannot read properties of undefined (reading \'length\')');
      if (!canHoldChildren(el)) continue;
      var dom = contentFor(this, el, i, args, lastIdx);
      placeNodes(el, atStart ? 0 : el.children.length, dom);
    }
    return this;
  };
}

P.append = inserter(false);
P.prepend = inserter(true);

function besides(after) {
  return function () {
    var args = Array.prototype.slice.call(arguments), lastIdx = this.length - 1;
    for (var i = 0; i < this.length; i++) {
      var el = this[i];
      var at = parentIndex(el);
      if (!at || at.index < 0) continue;
      var dom = contentFor(this, el, i, args, lastIdx);
      placeNodes(at.parent, at.index + (after ? 1 : 0), dom);
    }
    return this;
  };
}

P.after = besides(true);
P.before = besides(false);

function targetOf(self, target) {
  if (target && target.cheerio) return target;
  return self.constructor.call(self.constructor, target, null, self._originalRoot);
}

P.appendTo = function (target) {
  targetOf(this, target).append(this);
  return this;
};

P.prependTo = function (target) {
  targetOf(this, target).prepend(this);
  return this;
};

function insertBesides(after) {
  return function (target) {
    var self = this, clones = [];
    if (typeof target === 'string') target = targetOf(this, target);
    var targets = this._makeDomArray(target);
    this.remove();
    for (var i = 0; i < targets.length; i++) {
      var at = parentIndex(targets[i]);
      if (!at || at.index < 0) continue;
      var copy = cloneNodes(self.toArray(), self.options);
      placeNodes(at.parent, at.index + (after ? 1 : 0), copy);
      clones = clones.concat(copy);
    }
    return this.constructor.call(this.constructor, clones);
  };
}

P.insertAfter = insertBesides(true);
P.insertBefore = insertBesides(false);

P.remove = function (selector) {
  var nodes = selector ? this.filter(selector).toArray() : this.toArray();
  nodes.forEach(detachNode);
  return this;
};

P.replaceWith = function (content) {
  for (var i = 0; i < this.length; i++) {
    var el = this[i];
    var at = parentIndex(el);
    if (!at || at.index < 0) continue;
    var dom = this._makeDomArray(typeof content === 'function' ? content.call(el, i, el) : content);
    var siblings = at.parent.children || [];
    var before = siblings[at.index - 1], after = siblings[at.index + 1];
    placeNodes(at.parent, at.index, dom);
    detachNode(el);
    // cheerio 0.22 leaves these links pointing at (or, with no content, past) the replaced node.
    if (dom.length && ownerOf(dom[dom.length - 1])) dom[dom.length - 1].next = el;
    else if (!dom.length && before) before.next = undefined;
    if (after) after.prev = el;
  }
  return this;
};

function clearNode(el) {
  var o = ownerOf(el);
  if (!o || !el.children) return;
  el.children.forEach(unlink);
  o.doc.native.clearChildren(o.id);
  relink(o.doc, o.id);
}

P.empty = function () {
  for (var i = 0; i < this.length; i++) clearNode(this[i]);
  return this;
};

var readHtml = P.html;
P.html = function (str) {
  if (str === undefined) return readHtml.call(this);
  for (var i = 0; i < this.length; i++) {
    var el = this[i];
    if (!canHoldChildren(el)) continue;
    clearNode(el);
    if (str === null) throw new TypeError("Cannot read properties of null (reading 'cheerio')");
    var content = str.cheerio ? str.clone().toArray() : fragment('' + str, this.options);
    placeNodes(el, 0, content);
  }
  return this;
};

var readText = P.text;
P.text = function (str) {
  if (str === undefined) return readText.call(this);
  for (var i = 0; i < this.length; i++) {
    var el = this[i];
    if (typeof str === 'function') {
      this._make(el).text(str.call(el, i, textOf([el])));
      continue;
    }
    if (!canHoldChildren(el)) continue;
    clearNode(el);
    var doc = ownerOf(el).doc;
    var id = doc.native.createText('' + str);
    var node = Object.create(NodeProto);
    node.data = '' + str;
    node.type = 'text';
    node.next = null;
    node.prev = null;
    node.parent = null;
    owners.set(node, { doc: doc, id: id });
    doc.nodes[id] = node;
    placeNodes(el, 0, [node]);
  }
  return this;
};

P.wrap = function (wrapper) {
  var wrapperFn = typeof wrapper === 'function' && wrapper, lastIdx = this.length - 1;
  for (var i = 0; i < this.length; i++) {
    var el = this[i];
    var at = parentIndex(el);
    if (!at || at.index < 0) continue;
    var w = wrapperFn ? wrapperFn.call(el, i) : wrapper;
    if (typeof w === 'string' && !looksLikeHtml(w)) w = this.parents().last().find(w).clone();
    var dom = this._makeDomArray(w, i < lastIdx).slice(0, 1);
    if (!dom.length || !ownerOf(dom[0])) {
      // cheerio 0.22 takes the node out when there is nothing to wrap it in.
      detachNode(el);
      continue;
    }
    var outer = dom[0];
    detachNode(el);
    if (canHoldChildren(outer)) {
      clearNode(outer);
      placeNodes(outer, 0, [el]);
    }
    placeNodes(at.parent, at.index, [outer]);
  }
  return this;
};

P.clone = function () {
  return this._make(cloneNodes(this.toArray(), this.options));
};

var readCss = P.css;
function styleText(styles) {
  return Object.keys(styles).map(function (k) { return k + ': ' + styles[k] + ';'; }).join(' ');
}
function setCss(el, prop, val, idx) {
  if (!isTag(el)) return;
  if (typeof prop === 'string') {
    var styles = readCss.call(new Cheerio(el)) || {};
    if (typeof val === 'function') val = val.call(el, idx, styles[prop]);
    if (val === '') delete styles[prop];
    else if (val !== null && val !== undefined) styles[prop] = val;
    setAttr(el, 'style', styleText(styles));
  } else if (prop && typeof prop === 'object') {
    Object.keys(prop).forEach(function (k) { setCss(el, k, prop[k], idx); });
  }
}
P.css = function (prop, val) {
  if (arguments.length >= 2 || (prop !== null && typeof prop === 'object' && !Array.isArray(prop))) {
    for (var i = 0; i < this.length; i++) setCss(this[i], prop, val, i);
    return this;
  }
  return readCss.apply(this, arguments);
};
