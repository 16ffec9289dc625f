// The built-in prototype extensions that Postman's legacy sandbox mixes in from Sugar 1.x
// ('diabetes'.has('betes'), [1, 2].average(), (56).ordinalize(), fn.once(), …): the commonly
// used part, written here from Sugar's documented behaviour. Methods the engine already has
// (String#endsWith, Array#find, …) are left as they are, like Sugar does. Non-enumerable.
(function (P) {
  'use strict';
  var G = globalThis;
  function def(proto, methods) {
    Object.keys(methods).forEach(function (name) {
      if (name in proto) return;
      Object.defineProperty(proto, name, { value: methods[name], writable: true, configurable: true, enumerable: false });
    });
  }
  function isObjectLike(v) { return v !== null && typeof v === 'object'; }
  // Sugar's matching: a function is called, a RegExp tests strings, objects and arrays match
  // by their contents, anything else by identity (NaN matches NaN).
  function matches(el, matcher, i, arr) {
    if (typeof matcher === 'function') return !!matcher.call(arr, el, i, arr);
    if (matcher instanceof RegExp) return typeof el === 'string' ? matcher.test(el) : el === matcher;
    if (isObjectLike(matcher) && isObjectLike(el)) {
      if (Array.isArray(matcher)) {
        if (!Array.isArray(el) || el.length !== matcher.length) return false;
        return matcher.every(function (m, k) { return matches(el[k], m); });
      }
      return Object.keys(matcher).every(function (k) { return matches(el[k], matcher[k]); });
    }
    return el === matcher || (el !== el && matcher !== matcher);
  }
  function mapper(map) {
    if (typeof map === 'function') return map;
    if (map === undefined || map === null) return function (v) { return v; };
    return function (v) { return v == null ? undefined : v[map]; };
  }
  function anyMatch(arr, args) {
    for (var i = 0; i < arr.length; i++) {
      for (var a = 0; a < args.length; a++) {
        if (matches(arr[i], args[a], i, arr)) return true;
      }
    }
    return false;
  }
  function extreme(arr, map, all, wantMax) {
    var fn = mapper(map), best, out = [];
    arr.forEach(function (el, i) {
      var v = fn.call(arr, el, i, arr);
      if (out.length === 0 || (wantMax ? v > best : v < best)) { best = v; out = [el]; } else if (v === best) out.push(el);
    });
    return all ? out : out[0];
  }

  def(Array.prototype, {
    any: function () { return anyMatch(this, arguments); },
    none: function () { return !anyMatch(this, arguments); },
    all: function (f) { var arr = this; return arr.every(function (el, i) { return matches(el, f, i, arr); }); },
    count: function (f) {
      if (f === undefined) return this.length;
      var arr = this; return arr.filter(function (el, i) { return matches(el, f, i, arr); }).length;
    },
    findAll: function (f) { var arr = this; return arr.filter(function (el, i) { return matches(el, f, i, arr); }); },
    exclude: function () {
      var args = arguments, arr = this;
      return arr.filter(function (el, i) {
        for (var a = 0; a < args.length; a++) if (matches(el, args[a], i, arr)) return false;
        return true;
      });
    },
    remove: function () {
      for (var i = 0; i < this.length; i++) {
        for (var a = 0; a < arguments.length; a++) {
          if (matches(this[i], arguments[a], i, this)) { this.splice(i--, 1); break; }
        }
      }
      return this;
    },
    removeAt: function (start, end) {
      if (start === undefined) return this;
      if (end === undefined) end = start;
      this.splice(start, end - start + 1);
      return this;
    },
    first: function (n) { return n === undefined ? this[0] : this.slice(0, Math.max(n, 0)); },
    last: function (n) { return n === undefined ? this[this.length - 1] : this.slice(Math.max(this.length - n, 0)); },
    from: function (i) { return this.slice(i); },
    to: function (i) { return this.slice(0, i === undefined ? this.length : i); },
    sum: function (map) {
      var fn = mapper(map), arr = this;
      return arr.reduce(function (s, el, i) { return s + fn.call(arr, el, i, arr); }, 0);
    },
    average: function (map) { return this.length ? this.sum(map) / this.length : 0; },
    min: function (map, all) { return extreme(this, map, all, false); },
    max: function (map, all) { return extreme(this, map, all, true); },
    unique: function (map) {
      var fn = mapper(map), seen = [], out = [], arr = this;
      arr.forEach(function (el, i) {
        var key = fn.call(arr, el, i, arr);
        if (!seen.some(function (s) { return matches(s, key); })) { seen.push(key); out.push(el); }
      });
      return out;
    },
    compact: function (all) {
      return this.filter(function (el) {
        return all ? !!el : el !== undefined && el !== null && el === el;
      });
    },
    flatten: function (limit) {
      var out = [];
      (function walk(arr, depth) {
        arr.forEach(function (el) {
          if (Array.isArray(el) && (limit === undefined || depth < limit)) walk(el, depth + 1);
          else out.push(el);
        });
      })(this, 0);
      return out;
    },
    clone: function () { return this.slice(); },
    isEmpty: function () { return this.compact().length === 0; },
    each: function (fn, index) {
      for (var i = index || 0; i < this.length; i++) {
        if (fn.call(this, this[i], i, this) === false) break;
      }
      return this;
    },
    sortBy: function (map, desc) {
      var fn = mapper(map);
      return this.slice().sort(function (a, b) {
        var x = fn(a), y = fn(b), r = x < y ? -1 : x > y ? 1 : 0;
        return desc ? -r : r;
      });
    },
    groupBy: function (map, fn) {
      var by = mapper(map), out = {}, arr = this;
      arr.forEach(function (el, i) {
        var key = by.call(arr, el, i, arr);
        (out[key] = out[key] || []).push(el);
      });
      if (typeof fn === 'function') Object.keys(out).forEach(function (k) { fn(k, out[k]); });
      return out;
    },
    inGroupsOf: function (n, padding) {
      var out = [];
      for (var i = 0; i < this.length; i += n) {
        var group = this.slice(i, i + n);
        while (padding !== undefined && group.length < n) group.push(padding);
        out.push(group);
      }
      return out;
    },
    union: function () {
      var out = this.unique();
      Array.prototype.slice.call(arguments).forEach(function (a) {
        [].concat(a).forEach(function (el) { if (!out.any(el)) out.push(el); });
      });
      return out;
    },
    intersect: function () {
      var others = Array.prototype.slice.call(arguments).map(function (a) { return [].concat(a); });
      return this.unique().filter(function (el) { return others.every(function (o) { return o.any(el); }); });
    },
    subtract: function () {
      var others = [].concat.apply([], Array.prototype.slice.call(arguments));
      return this.filter(function (el) { return !others.any(el); });
    },
    sample: function (n) {
      var shuffled = this.randomize();
      return n === undefined ? shuffled[0] : shuffled.slice(0, n);
    },
    randomize: function () {
      var out = this.slice();
      for (var i = out.length - 1; i > 0; i--) {
        var j = Math.floor(Math.random() * (i + 1)), t = out[i];
        out[i] = out[j];
        out[j] = t;
      }
      return out;
    }
  });

  function withPrecision(n, place, method) {
    var m = Math.pow(10, Math.abs(place || 0));
    method = method || 'round';
    if (place < 0) m = 1 / m;
    return Math[method](n * m) / m;
  }
  def(Number.prototype, {
    hex: function (pad) { return this.pad(pad || 1, false, 16); },
    isEven: function () { return this % 2 === 0; },
    isOdd: function () { return Math.abs(this % 2) === 1; },
    isInteger: function () { return this % 1 === 0; },
    isMultipleOf: function (n) { return this % n === 0; },
    ordinalize: function () {
      var n = Math.abs(Math.floor(this)), last = n % 100, suffix;
      if (last >= 11 && last <= 13) suffix = 'th';
      else suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' })[n % 10] || 'th';
      return this + suffix;
    },
    format: function (place, thousands, decimal) {
      thousands = thousands === undefined ? ',' : thousands;
      decimal = decimal || '.';
      var n = place === undefined ? Math.abs(this) : withPrecision(Math.abs(this), place);
      var parts = String(place === undefined || place <= 0 ? n : n.toFixed(place)).split('.');
      var int = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
      return (this < 0 ? '-' : '') + int + (parts[1] ? decimal + parts[1] : '');
    },
    pad: function (place, sign, base) {
      var s = Math.abs(this).toString(base || 10);
      while (s.length < (place || 0)) s = '0' + s;
      return (this < 0 ? '-' : sign ? '+' : '') + s;
    },
    chr: function () { return String.fromCharCode(this); },
    toNumber: function () { return Number(this); },
    times: function (fn) {
      var out = [];
      for (var i = 0; i < this; i++) out.push(fn.call(this, i));
      return this.valueOf();
    },
    upto: function (end, fn, step) {
      var out = [];
      step = Math.abs(step || 1);
      for (var i = Number(this); i <= end; i += step) out.push(fn ? fn(i) : i);
      return out;
    },
    downto: function (end, fn, step) {
      var out = [];
      step = Math.abs(step || 1);
      for (var i = Number(this); i >= end; i -= step) out.push(fn ? fn(i) : i);
      return out;
    },
    round: function (place) { return withPrecision(this, place, 'round'); },
    ceil: function (place) { return withPrecision(this, place, 'ceil'); },
    floor: function (place) { return withPrecision(this, place, 'floor'); },
    abs: function () { return Math.abs(this); },
    pow: function (n) { return Math.pow(this, n); }
  });

  def(Function.prototype, {
    once: function () {
      var fn = this, done = false, result;
      return function () {
        if (!done) { done = true; result = fn.apply(this, arguments); }
        return result;
      };
    },
    after: function (n) {
      var fn = this, calls = 0;
      return function () { if (++calls >= n) return fn.apply(this, arguments); };
    },
    delay: function (ms) {
      var fn = this, args = Array.prototype.slice.call(arguments, 1);
      G.setTimeout(function () { fn.apply(fn, args); }, ms || 0);
      return fn;
    }
  });

  function underscore(s) {
    return s.replace(/[-\s]+/g, '_')
      .replace(/([A-Z\d]+)([A-Z][a-z])/g, '$1_$2')
      .replace(/([a-z\d])([A-Z])/g, '$1_$2')
      .toLowerCase();
  }
  function capitalize(s) { return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(); }
  var HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '/': '&#x2f;' };
  def(String.prototype, {
    has: function (find) {
      return find instanceof RegExp ? this.search(find) !== -1 : this.indexOf(String(find)) !== -1;
    },
    underscore: function () { return underscore(String(this)); },
    dasherize: function () { return underscore(String(this)).replace(/_/g, '-'); },
    spacify: function () { return underscore(String(this)).replace(/_/g, ' '); },
    camelize: function (first) {
      return underscore(String(this)).replace(/(^|_)([^_]+)/g, function (m, sep, word, index) {
        return first === false && index === 0 ? word : capitalize(word);
      });
    },
    capitalize: function (all) {
      var s = String(this);
      return all ? s.toLowerCase().replace(/(^|[^a-z0-9'])([a-z])/g, function (m, pre, c) { return pre + c.toUpperCase(); })
        : capitalize(s);
    },
    titleize: function () {
      return underscore(String(this)).replace(/_/g, ' ').replace(/(^|\s)([a-z])/g, function (m, pre, c) {
        return pre + c.toUpperCase();
      });
    },
    humanize: function () { return capitalize(underscore(String(this)).replace(/_id$/, '').replace(/_/g, ' ')); },
    shift: function (n) {
      var out = '';
      for (var i = 0; i < this.length; i++) out += String.fromCharCode(this.charCodeAt(i) + n);
      return out;
    },
    codes: function (fn) {
      var out = [];
      for (var i = 0; i < this.length; i++) out.push(fn ? fn(this.charCodeAt(i), i) : this.charCodeAt(i));
      return out;
    },
    chars: function (fn) {
      var out = String(this).split('');
      if (fn) out.forEach(function (c, i) { fn(c, i); });
      return out;
    },
    words: function (fn) {
      var out = String(this).trim().split(/\s+/).filter(Boolean);
      if (fn) out.forEach(function (w, i) { fn(w, i); });
      return out;
    },
    lines: function (fn) {
      var out = String(this).trim().split(/\r?\n/);
      if (fn) out.forEach(function (l, i) { fn(l, i); });
      return out;
    },
    isBlank: function () { return String(this).trim().length === 0; },
    first: function (n) { return this.slice(0, n === undefined ? 1 : Math.max(n, 0)); },
    last: function (n) {
      n = n === undefined ? 1 : n;
      return n <= 0 ? '' : this.slice(Math.max(this.length - n, 0));
    },
    from: function (i) { return this.slice(i === undefined ? 0 : i); },
    to: function (i) { return this.slice(0, i === undefined ? this.length : i); },
    reverse: function () { return String(this).split('').reverse().join(''); },
    compact: function () { return String(this).trim().replace(/([\r\n\s　])+/g, function (m, c) { return c === '　' ? c : ' '; }); },
    insert: function (str, index) {
      index = index === undefined ? this.length : index;
      return this.slice(0, index) + str + this.slice(index);
    },
    escapeRegExp: function () { return String(this).replace(/([\\/'*+?|()[\]{}.^$-])/g, '\\$1'); },
    escapeHTML: function () { return String(this).replace(/[&<>"'\/]/g, function (c) { return HTML[c]; }); },
    unescapeHTML: function () {
      return String(this).replace(/&(amp|lt|gt|quot|apos|#x2f|#39);/g, function (m, e) {
        return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#x2f': '/', '#39': "'" })[e];
      });
    },
    escapeURL: function (param) { return param ? encodeURIComponent(this) : encodeURI(this); },
    unescapeURL: function (partial) { return partial ? decodeURI(this) : decodeURIComponent(this); },
    stripTags: function () { return String(this).replace(/<\/?[^>]*>/g, ''); },
    truncate: function (length, from, ellipsis) {
      ellipsis = ellipsis === undefined ? '...' : ellipsis;
      var s = String(this);
      if (s.length <= length) return s;
      if (from === 'left') return ellipsis + s.slice(s.length - length);
      if (from === 'middle') {
        var half = Math.ceil(length / 2);
        return s.slice(0, half) + ellipsis + s.slice(s.length - (length - half));
      }
      return s.slice(0, length) + ellipsis;
    },
    toNumber: function (base) {
      var s = String(this).replace(/,/g, '');
      return s.match(/\./) ? parseFloat(s) : parseInt(s, base || 10);
    },
    remove: function (f) { return String(this).replace(f instanceof RegExp ? f : String(f), ''); }
  });
})
