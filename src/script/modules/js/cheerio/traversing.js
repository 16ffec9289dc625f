// Traversal and filtering of selections (find, children, parents, siblings, filter, each, map…).
var P = Cheerio.prototype;

function siblingsOf(node) {
  if (node.parent) return node.parent.children;
  var o = ownerOf(node);
  return o ? o.doc.root.children : [node];
}

// A predicate over nodes from a selector, a function (called as fn.call(node, i, node)), a node, an
// array of nodes or a selection.
function predicate(match, nodes) {
  if (typeof match === 'function') {
    return function (node, i) { return !!match.call(node, i, node); };
  }
  if (typeof match === 'string') {
    var m = matchEach(match, nodes);
    return function (node, i) { return m[i]; };
  }
  var set = new Set(match && (match.cheerio || Array.isArray(match)) ? Array.prototype.slice.call(match) : [match]);
  return function (node) { return set.has(node); };
}

function filterBy(selection, match, keep) {
  var nodes = selection.toArray();
  if (typeof match === 'string') nodes = nodes.filter(isTag);
  var test = predicate(match, nodes);
  return nodes.filter(function (node, i) { return test(node, i) === keep; });
}

// Keeps the nodes matching `selector` (all when there is none), without repeats.
function filterOptional(nodes, selector) {
  nodes = uniq(nodes);
  if (selector === undefined || selector === null) return nodes;
  var m = matchEach(selector, nodes);
  return nodes.filter(function (n, i) { return m[i]; });
}

P.find = function (selector) {
  if (!selector) return this._make([]);
  if (typeof selector !== 'string') {
    var within = selector.cheerio ? selector.toArray() : [selector];
    var mine = this.toArray();
    return this._make(within.filter(function (node) {
      return mine.some(function (c) { return c !== node && contains(c, node); });
    }));
  }
  return this._make(selectBelow(selector, this.toArray()));
};

P.children = function (selector) {
  var out = [];
  this.each(function (i, node) {
    (node.children || []).forEach(function (c) { if (isTag(c)) out.push(c); });
  });
  return this._make(filterOptional(out, selector));
};

P.contents = function () {
  var out = [];
  this.each(function (i, node) { out.push.apply(out, node.children || []); });
  return this._make(out);
};

P.parent = function (selector) {
  var out = [];
  this.each(function (i, node) {
    if (node.parent && node.parent.type !== 'root') out.push(node.parent);
  });
  return this._make(filterOptional(out, selector));
};

P.parents = function (selector) {
  var out = [];
  this.toArray().reverse().forEach(function (node) {
    for (var p = node.parent; p && p.type !== 'root'; p = p.parent) {
      if (out.indexOf(p) === -1) out.push(p);
    }
  });
  return this._make(filterOptional(out, selector));
};

P.parentsUntil = function (until, filter) {
  var out = [];
  var stop = until === undefined ? function () { return false; } : null;
  this.toArray().forEach(function (node) {
    for (var p = node.parent; p && p.type !== 'root'; p = p.parent) {
      var s = stop || predicate(until, [p]);
      if (s(p, 0)) break;
      if (out.indexOf(p) === -1) out.push(p);
    }
  });
  return this._make(filterOptional(out, filter));
};

P.closest = function (selector) {
  var out = [];
  if (!selector) return this._make(out);
  this.each(function (i, node) {
    for (var n = node; n && n.type !== 'root'; n = n.parent) {
      if (isTag(n) && predicate(selector, [n])(n, 0)) {
        if (out.indexOf(n) === -1) out.push(n);
        break;
      }
    }
  });
  return this._make(out);
};

function walk(selection, step, all, selector) {
  var out = [];
  selection.each(function (i, node) {
    for (var n = node[step]; n; n = n[step]) {
      if (isTag(n)) {
        out.push(n);
        if (!all) break;
      }
    }
  });
  return selection._make(filterOptional(out, selector));
}

P.next = function (selector) { return walk(this, 'next', false, selector); };
P.nextAll = function (selector) { return walk(this, 'next', true, selector); };
P.prev = function (selector) { return walk(this, 'prev', false, selector); };
P.prevAll = function (selector) { return walk(this, 'prev', true, selector); };

function walkUntil(selection, step, until, selector) {
  var out = [];
  selection.each(function (i, node) {
    for (var n = node[step]; n; n = n[step]) {
      if (!isTag(n)) continue;
      if (until !== undefined && until !== null && predicate(until, [n])(n, 0)) break;
      out.push(n);
    }
  });
  return selection._make(filterOptional(out, selector));
}

P.nextUntil = function (until, selector) { return walkUntil(this, 'next', until, selector); };
P.prevUntil = function (until, selector) { return walkUntil(this, 'prev', until, selector); };

P.siblings = function (selector) {
  var mine = this.toArray();
  var out = [];
  mine.forEach(function (node) {
    // As in cheerio 0.22, a top-level node (no parent) has no siblings.
    (node.parent ? node.parent.children : []).forEach(function (s) {
      if (isTag(s) && mine.indexOf(s) === -1) out.push(s);
    });
  });
  return this._make(filterOptional(out, selector));
};

P.each = function (fn) {
  for (var i = 0; i < this.length; i++) {
    if (fn.call(this[i], i, this[i]) === false) break;
  }
  return this;
};

P.map = function (fn) {
  var out = [];
  for (var i = 0; i < this.length; i++) {
    var v = fn.call(this[i], i, this[i]);
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) out.push.apply(out, v);
    else out.push(v);
  }
  return this._make(out);
};

P.filter = function (match) { return this._make(filterBy(this, match, true)); };
P.not = function (match) { return this._make(filterBy(this, match, false)); };

P.is = function (match) {
  if (!match) return false;
  return filterBy(this, match, true).length > 0;
};

P.has = function (match) {
  return this.filter(typeof match === 'string'
    ? function () { return selectBelow(match, [this]).length > 0; }
    : function () { var el = this; return new Cheerio(match).toArray().some(function (n) { return contains(el, n); }); });
};

P.first = function () { return this.length > 1 ? this._make(this[0]) : this; };
P.last = function () { return this.length > 1 ? this._make(this[this.length - 1]) : this; };

P.eq = function (i) {
  i = +i;
  if (i === 0 && this.length <= 1) return this;
  if (i < 0) i = this.length + i;
  return this[i] ? this._make(this[i]) : this._make([]);
};

P.get = function (i) {
  if (i === undefined || i === null) return this.toArray();
  return this[i < 0 ? this.length + i : i];
};

P.index = function (selectorOrNeedle) {
  var haystack, needle;
  if (selectorOrNeedle === undefined) {
    haystack = this.parent().children();
    needle = this[0];
  } else if (typeof selectorOrNeedle === 'string') {
    haystack = this._root ? this._root.find(selectorOrNeedle) : new Cheerio([]);
    needle = this[0];
  } else {
    haystack = this;
    needle = selectorOrNeedle.cheerio ? selectorOrNeedle[0] : selectorOrNeedle;
  }
  return Array.prototype.indexOf.call(haystack, needle);
};

P.slice = function () {
  return this._make(Array.prototype.slice.apply(this, arguments));
};

P.end = function () { return this.prevObject || this._make([]); };

P.add = function (other, context) {
  var more = this._make(other, context).toArray();
  var all = uniq(this.toArray().concat(more));
  var order = function (n) { var o = ownerOf(n); return o ? o.id : Infinity; };
  all.sort(function (a, b) { return order(a) - order(b); });
  return this._make(all);
};

P.addBack = function (selector) {
  return this.add(arguments.length ? this.prevObject.filter(selector) : this.prevObject);
};
