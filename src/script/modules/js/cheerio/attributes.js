// Attributes, classes, data, values, markup and text of selections.

// Sets (or with null removes) an attribute on the node and in its document.
function setAttr(node, name, value) {
  name = String(name);
  var o = ownerOf(node);
  if (value === null) {
    delete node.attribs[name];
    if (o) o.doc.native.setAttr(o.id, name, null);
    return;
  }
  value = String(value);
  node.attribs[name] = value;
  if (o) o.doc.native.setAttr(o.id, name, value);
}

function getAttr(node, name) {
  if (!node || !isTag(node) || !node.attribs) return undefined;
  if (name === undefined) return node.attribs;
  if (Object.prototype.hasOwnProperty.call(node.attribs, name)) return node.attribs[name];
  return undefined;
}

P.attr = function (name, value) {
  if (typeof name === 'object' || value !== undefined) {
    if (typeof value === 'function') {
      return this.each(function (i, el) {
        if (isTag(el)) setAttr(el, name, value.call(el, i, el.attribs[name]));
      });
    }
    return this.each(function (i, el) {
      if (!isTag(el)) return;
      if (typeof name === 'object') {
        Object.keys(name).forEach(function (k) { setAttr(el, k, name[k]); });
      } else {
        setAttr(el, name, value);
      }
    });
  }
  return getAttr(this[0], name);
};

P.removeAttr = function (name) {
  return this.each(function (i, el) {
    if (isTag(el) && Object.prototype.hasOwnProperty.call(el.attribs, name)) setAttr(el, name, null);
  });
};

var BOOLEAN_PROPS = /^(?:autofocus|autoplay|async|checked|controls|defer|disabled|hidden|loop|multiple|open|readonly|required|scoped|selected)$/i;

P.prop = function (name, value) {
  if (typeof name === 'object' || value !== undefined) {
    return this.each(function (i, el) {
      var pairs = typeof name === 'object' ? name : (function () { var o = {}; o[name] = value; return o; })();
      Object.keys(pairs).forEach(function (k) {
        var v = typeof pairs[k] === 'function' ? pairs[k].call(el, i, el[k]) : pairs[k];
        if (BOOLEAN_PROPS.test(k)) {
          if (v) setAttr(el, k, ''); else if (el.attribs && k in el.attribs) setAttr(el, k, null);
        } else if (isTag(el)) {
          setAttr(el, k, v);
        }
      });
    });
  }
  var el = this[0];
  if (!el || !isTag(el)) return undefined;
  if (name === 'tagName' || name === 'nodeName') return el.name.toUpperCase();
  if (Object.prototype.hasOwnProperty.call(el, name)) return el[name];
  if (BOOLEAN_PROPS.test(name)) return getAttr(el, name) !== undefined;
  return getAttr(el, name);
};

function camel(s) {
  return s.replace(/[_.-](\w|$)/g, function (m, c) { return c.toUpperCase(); });
}

function dataValue(v) {
  if (v === 'null') return null;
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (v === String(Number(v))) return Number(v);
  if (/^(?:\{[\w\W]*\}|\[[\w\W]*\])$/.test(v)) {
    try { return JSON.parse(v); } catch (e) { return v; }
  }
  return v;
}

// Values of data-* attributes, read into the node's `data` object (as cheerio keeps them) when asked for.
function readData(el, name) {
  if (!el.data || typeof el.data !== 'object') el.data = {};
  var names = name === undefined
    ? Object.keys(el.attribs || {}).filter(function (k) { return k.slice(0, 5) === 'data-'; })
    : ['data-' + String(name).replace(/[A-Z]/g, '-$&').toLowerCase()];
  var value;
  names.forEach(function (domName) {
    if (!Object.prototype.hasOwnProperty.call(el.attribs, domName)) return;
    value = dataValue(el.attribs[domName]);
    el.data[name === undefined ? camel(domName.slice(5)) : name] = value;
  });
  return name === undefined ? el.data : value;
}

P.data = function (name, value) {
  var el = this[0];
  if (!el || !isTag(el)) return undefined;
  if (typeof name === 'object' || value !== undefined) {
    return this.each(function (i, node) {
      if (!isTag(node)) return;
      if (!node.data || typeof node.data !== 'object') node.data = {};
      if (typeof name === 'object') Object.keys(name).forEach(function (k) { node.data[k] = name[k]; });
      else node.data[name] = value;
    });
  }
  if (!el.data || typeof el.data !== 'object') el.data = {};
  if (name === undefined) return readData(el);
  if (Object.prototype.hasOwnProperty.call(el.data, name)) return el.data[name];
  return readData(el, name);
};

P.val = function (value) {
  var el = this[0];
  if (arguments.length) {
    return this.each(function (i, node) {
      if (node.name === 'select') {
        var wanted = [].concat(value).map(String);
        new Cheerio(node).find('option').each(function (j, opt) {
          if (wanted.indexOf(optionValue(opt)) !== -1) setAttr(opt, 'selected', '');
          else if ('selected' in opt.attribs) setAttr(opt, 'selected', null);
        });
      } else if (isTag(node)) {
        setAttr(node, 'value', value);
      }
    });
  }
  if (!el || !isTag(el)) return undefined;
  switch (el.name) {
    case 'textarea': return textOf([el]);
    case 'option': return optionValue(el);
    case 'select': {
      var selected = new Cheerio(el).find('option').toArray().filter(function (o) { return 'selected' in o.attribs; });
      if ('multiple' in el.attribs) return selected.map(optionValue);
      return selected.length ? optionValue(selected[0]) : undefined;
    }
    case 'input':
      if (/^(?:checkbox|radio)$/i.test(el.attribs.type || '')) {
        return 'value' in el.attribs ? el.attribs.value : 'on';
      }
      return el.attribs.value;
    default: return el.attribs.value;
  }
};

function optionValue(opt) {
  return 'value' in opt.attribs ? opt.attribs.value : textOf([opt]);
}

function classesOf(el) {
  var c = el.attribs && el.attribs['class'];
  return c ? c.split(/\s+/).filter(Boolean) : [];
}

P.hasClass = function (name) {
  return this.toArray().some(function (el) {
    var c = isTag(el) && el.attribs['class'];
    if (!c || !name) return false;
    var at = c.indexOf(name), end;
    while (at > -1) {
      end = at + name.length;
      if ((at === 0 || /\s/.test(c[at - 1])) && (end === c.length || /\s/.test(c[end]))) return true;
      at = c.indexOf(name, at + 1);
    }
    return false;
  });
};

P.addClass = function (value) {
  if (typeof value === 'function') {
    return this.each(function (i, el) {
      new Cheerio(el).addClass(value.call(el, i, el.attribs ? el.attribs['class'] || '' : ''));
    });
  }
  if (!value || typeof value !== 'string') return this;
  var add = value.split(/\s+/).filter(Boolean);
  return this.each(function (i, el) {
    if (!isTag(el)) return;
    if (!el.attribs['class']) { setAttr(el, 'class', add.join(' ')); return; }
    var current = ' ' + el.attribs['class'] + ' ', result = el.attribs['class'];
    add.forEach(function (c) {
      if (current.indexOf(' ' + c + ' ') === -1) { result += ' ' + c; current += c + ' '; }
    });
    setAttr(el, 'class', result);
  });
};

P.removeClass = function (value) {
  if (typeof value === 'function') {
    return this.each(function (i, el) {
      new Cheerio(el).removeClass(value.call(el, i, el.attribs ? el.attribs['class'] || '' : ''));
    });
  }
  var remove = typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
  var all = arguments.length === 0;
  return this.each(function (i, el) {
    if (!isTag(el) || el.attribs['class'] === undefined) return;
    if (all) { setAttr(el, 'class', ''); return; }
    var kept = classesOf(el).filter(function (c) { return remove.indexOf(c) === -1; });
    setAttr(el, 'class', kept.join(' '));
  });
};

P.toggleClass = function (value, state) {
  if (typeof value === 'function') {
    return this.each(function (i, el) {
      new Cheerio(el).toggleClass(value.call(el, i, el.attribs['class'] || '', state), state);
    });
  }
  if (!value || typeof value !== 'string') return this;
  var names = value.split(/\s+/).filter(Boolean);
  return this.each(function (i, el) {
    if (!isTag(el)) return;
    var classes = classesOf(el);
    names.forEach(function (n) {
      var at = classes.indexOf(n);
      var add = state === undefined ? at === -1 : !!state;
      if (add && at === -1) classes.push(n);
      else if (!add && at !== -1) classes.splice(at, 1);
    });
    setAttr(el, 'class', classes.join(' '));
  });
};

P.css = function (prop) {
  var el = this[0];
  if (!el || !isTag(el)) return undefined;
  var styles = {};
  (el.attribs.style || '').split(';').forEach(function (decl) {
    var at = decl.indexOf(':');
    if (at > 0) styles[decl.slice(0, at).trim()] = decl.slice(at + 1).trim();
  });
  if (prop === undefined) return styles;
  if (typeof prop === 'string') return styles[prop];
  if (Array.isArray(prop)) {
    var picked = {};
    prop.forEach(function (p) { picked[p] = styles[p]; });
    return picked;
  }
  return undefined;
};

P.html = function () {
  var el = this[0];
  if (!el || !el.children) return null;
  return markup([el], true);
};

P.toString = function () { return markup(this.toArray(), false); };

P.text = function () { return textOf(this.toArray()); };

P.serializeArray = function () {
  var out = [];
  this.find('input,select,textarea').add(this.filter('input,select,textarea')).each(function (i, el) {
    var $el = new Cheerio(el);
    var name = el.attribs.name;
    if (!name || 'disabled' in el.attribs) return;
    if (/^(?:submit|button|image|reset|file)$/i.test(el.attribs.type || '')) return;
    if (/^(?:checkbox|radio)$/i.test(el.attribs.type || '') && !('checked' in el.attribs)) return;
    var v = $el.val();
    [].concat(v === undefined || v === null ? [] : v).forEach(function (x) {
      out.push({ name: name, value: String(x).replace(/\r?\n/g, '\r\n') });
    });
  });
  return out;
};
