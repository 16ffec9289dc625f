// Value formatting: `P.inspect` (chai 4's inspector: one line, cut at 40 characters),
// `P.objDisplay` (chai's short form for messages) and `P.formatLog` (Node's console formatting).
(function (P) {
  'use strict';
  var ELLIPSIS = '\u2026';
  var toTag = function (v) { return Object.prototype.toString.call(v).slice(8, -1); };

  function cut(text, max) {
    text = String(text);
    if (text.length <= 1) return text;
    if (max < 1) return ELLIPSIS;
    if (text.length > max) return text.slice(0, max - 1) + ELLIPSIS;
    return text;
  }

  var SPECIAL = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', "'": "\\'" };
  var TO_ESCAPE = /['\u0000-\u001f\u007f-\u009f\u00ad\u0600-\u0604\u070f\u17b4\u17b5\u200c-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ufff0-\uffff]/g;
  function escapeChar(c) {
    return SPECIAL[c] || '\\u' + ('0000' + c.charCodeAt(0).toString(16)).slice(-4);
  }

  function quoted(text, room) {
    return "'" + cut(String(text).replace(TO_ESCAPE, escapeChar), room - 2) + "'";
  }

  function numberText(n, room) {
    if (n !== n) return 'NaN';
    if (n === Infinity) return 'Infinity';
    if (n === -Infinity) return '-Infinity';
    if (n === 0) return 1 / n === Infinity ? '+0' : '-0';
    return cut(String(n), room);
  }

  // Joins `items` rendered by `render`, stopping early with "…(n)" when the text would not fit.
  function joinCut(items, state, render) {
    var count = items.length;
    if (!count) return '';
    var room = state.room;
    var out = '';
    var rest = '';
    var next = null;
    for (var i = 0; i < count; i++) {
      var last = i === count - 1;
      var secondLast = i === count - 2;
      rest = ELLIPSIS + '(' + (count - i) + ')';
      state.room = room - out.length - (last ? 0 : 2);
      var piece = next !== null ? next : render(items[i], state) + (last ? '' : ', ');
      var length = out.length + piece.length;
      if (last && length > room && out.length + rest.length <= room) break;
      if (!last && !secondLast && length + rest.length > room) break;
      next = last ? '' : render(items[i + 1], state) + (secondLast ? '' : ', ');
      if (!last && secondLast && length + rest.length > room && length + next.length > room) break;
      out += piece;
      if (!last && !secondLast && length + next.length >= room) {
        rest = ELLIPSIS + '(' + (count - i - 1) + ')';
        break;
      }
      rest = '';
    }
    state.room = room;
    return out + rest;
  }

  var IDENT = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  function renderEntry(entry, state) {
    var key = entry[0];
    var saved = state.room;
    state.room -= 2;
    if (typeof key === 'string') key = IDENT.test(key) ? key : quoted(key, state.room);
    else if (typeof key !== 'number') key = '[' + render(key, state) + ']';
    state.room -= key.length;
    var text = key + ': ' + render(entry[1], state);
    state.room = saved;
    return text;
  }

  function objectBody(obj, state) {
    var keys = Object.keys(obj);
    var symbols = Object.getOwnPropertySymbols(obj);
    if (!keys.length && !symbols.length) return '{}';
    if (state.seen.indexOf(obj) !== -1) return '[Circular]';
    state.seen.push(obj);
    var saved = state.room;
    state.room -= 4;
    var props = joinCut(keys.map(function (k) { return [k, obj[k]]; }), state, renderEntry);
    var syms = joinCut(symbols.map(function (k) { return [k, obj[k]]; }), state, renderEntry);
    state.room = saved;
    state.seen.pop();
    return '{ ' + props + (props && syms ? ', ' : '') + syms + ' }';
  }

  function listBody(prefix, list, state) {
    var extra = Object.keys(list).filter(function (k) { return !/^\d+$/.test(k); });
    if (!list.length && !extra.length) return prefix + '[]';
    var saved = state.room;
    state.room -= 4 + prefix.length;
    var items = [];
    for (var i = 0; i < list.length; i++) items.push(list[i]);
    var text = joinCut(items, state, render);
    state.room -= text.length;
    var props = extra.length ? joinCut(extra.map(function (k) { return [k, list[k]]; }), state, renderEntry) : '';
    state.room = saved;
    return prefix + '[ ' + text + (props ? ', ' + props : '') + ' ]';
  }

  function functionName(f) {
    return typeof f === 'function' && typeof f.name === 'string' ? f.name : '';
  }

  function render(value, state) {
    switch (typeof value) {
      case 'undefined': return 'undefined';
      case 'boolean': return cut(String(value), state.room);
      case 'number': return numberText(value, state.room);
      case 'bigint': return cut(String(value), state.room - 1) + 'n';
      case 'string': return quoted(value, state.room);
      case 'symbol': return value.toString();
      case 'function': {
        var name = functionName(value);
        return name ? '[Function ' + cut(name, state.room - 11) + ']' : '[Function]';
      }
    }
    if (value === null) return 'null';
    var tag = toTag(value);
    switch (tag) {
      case 'Array': return listBody('', value, state);
      case 'Arguments': return listBody('Arguments', value, state);
      case 'Int8Array': case 'Uint8Array': case 'Uint8ClampedArray': case 'Int16Array':
      case 'Uint16Array': case 'Int32Array': case 'Uint32Array': case 'Float32Array':
      case 'Float64Array':
        return listBody(tag, value, state);
      case 'Boolean': return cut(String(value.valueOf()), state.room);
      case 'Number': return numberText(value.valueOf(), state.room);
      case 'String': return quoted(value.valueOf(), state.room);
      case 'Date': {
        if (isNaN(value.getTime())) return 'Invalid Date';
        var iso = value.toISOString().split('T');
        return iso[0] + 'T' + cut(iso[1], state.room - iso[0].length - 1);
      }
      case 'RegExp': {
        var flags = value.flags || '';
        return '/' + cut(value.source, state.room - flags.length - 2) + '/' + flags;
      }
      case 'Set': {
        if (!value.size) return 'Set{}';
        var saved = state.room;
        state.room -= 7;
        var items = [];
        value.forEach(function (v) { items.push(v); });
        var text = 'Set{ ' + joinCut(items, state, render) + ' }';
        state.room = saved;
        return text;
      }
      case 'Promise': return 'Promise{' + ELLIPSIS + '}';
      case 'WeakMap': return 'WeakMap{' + ELLIPSIS + '}';
      case 'WeakSet': return 'WeakSet{' + ELLIPSIS + '}';
      case 'Error': return errorText(value, state);
    }
    var proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) return objectBody(value, state);
    var className = (typeof value[Symbol.toStringTag] === 'string' && value[Symbol.toStringTag]) ||
      functionName(value.constructor) || '_class';
    if (className === 'Object') return objectBody(value, state);
    var saved2 = state.room;
    state.room -= className.length;
    var body = className + objectBody(value, state);
    state.room = saved2;
    return body;
  }

  var ERROR_KEYS = ['stack', 'line', 'column', 'name', 'message', 'fileName', 'lineNumber',
    'columnNumber', 'number', 'description'];
  function errorText(error, state) {
    var props = Object.getOwnPropertyNames(error).filter(function (k) { return ERROR_KEYS.indexOf(k) === -1; });
    var name = String(error.name);
    var saved = state.room;
    state.room -= name.length;
    var message = '';
    if (typeof error.message === 'string') message = cut(error.message, state.room);
    else props.unshift('message');
    message = message ? ': ' + message : '';
    state.room -= message.length + 5;
    var list = joinCut(props.map(function (k) { return [k, error[k]]; }), state, renderEntry);
    state.room = saved;
    return name + message + (list ? ' { ' + list + ' }' : '');
  }

  // chai's `inspect`: the whole value on one line, cut to about 40 characters.
  P.inspect = function (value) {
    return render(value, { room: 40, seen: [] });
  };

  // chai's `objDisplay`: long arrays, objects and functions get a short form.
  P.objDisplay = function (value) {
    var text = P.inspect(value);
    if (text.length < 40) return text;
    var tag = Object.prototype.toString.call(value);
    if (tag === '[object Function]') return value.name ? '[Function: ' + value.name + ']' : '[Function]';
    if (tag === '[object Array]') return '[ Array(' + value.length + ') ]';
    if (tag === '[object Object]') {
      var keys = Object.keys(value);
      var shown = keys.length > 2 ? keys.slice(0, 2).join(', ') + ', ...' : keys.join(', ');
      return '{ Object (' + shown + ') }';
    }
    return text;
  };

  // ---- Node's util.inspect, as console.log shows values ----

  function nodeString(s) {
    var q = "'";
    if (s.indexOf("'") !== -1) {
      if (s.indexOf('"') === -1) q = '"';
      else if (s.indexOf('`') === -1 && s.indexOf('${') === -1) q = '`';
    }
    var body = s.replace(/[\u0000-\u001f\u007f\\]/g, function (c) {
      var map = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\\': '\\\\' };
      return map[c] || '\\x' + ('0' + c.charCodeAt(0).toString(16).toUpperCase()).slice(-2);
    });
    if (q === "'") body = body.replace(/'/g, "\\'");
    return q + body + q;
  }

  function nodeKey(k) {
    if (typeof k === 'symbol') return '[' + k.toString() + ']';
    return /^[a-zA-Z_$][a-zA-Z_$0-9]*$/.test(k) ? k : nodeString(k);
  }

  function nodeFunction(f) {
    var src = '';
    try { src = Function.prototype.toString.call(f); } catch (e) { src = ''; }
    var name = f.name;
    if (/^class[\s{]/.test(src)) return '[class ' + (name || '(anonymous)') + ']';
    var kind = toTag(f) === 'AsyncFunction' ? 'AsyncFunction' : toTag(f) === 'GeneratorFunction' ? 'GeneratorFunction' : 'Function';
    return '[' + kind + (name ? ': ' + name : ' (anonymous)') + ']';
  }

  // `state.lastDepth`: depth of the object formatted most recently (Node unites an object on
  // one line only when that is less than 3 levels below it, and it fits in 80 columns).
  function nodeValue(v, depth, seen, indent, state) {
    switch (typeof v) {
      case 'undefined': return 'undefined';
      case 'string': return nodeString(v);
      case 'number': return Object.is(v, -0) ? '-0' : String(v);
      case 'bigint': return String(v) + 'n';
      case 'boolean': return String(v);
      case 'symbol': return v.toString();
      case 'function': return nodeFunction(v);
    }
    if (v === null) return 'null';
    if (seen.indexOf(v) !== -1) return '[Circular *1]';
    var tag = toTag(v);
    if (tag === 'Date') return isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
    if (tag === 'RegExp') return String(v);
    if (tag === 'Error') return v.stack ? String(v.stack).replace(/\n$/, '') : String(v);
    if (tag === 'Promise') return 'Promise { <pending> }';
    if (tag === 'String' || tag === 'Number' || tag === 'Boolean') {
      return '[' + tag + ': ' + nodeValue(v.valueOf(), depth, seen, indent, state) + ']';
    }
    var isArray = Array.isArray(v);
    var prefix = '';
    var entries = [];
    var open = '{';
    var close = '}';
    if (depth > 2) {
      if (isArray) return '[Array]';
      var ctorName = v.constructor && v.constructor.name;
      return '[' + (ctorName && ctorName !== 'Object' ? ctorName : 'Object') + ']';
    }
    seen.push(v);
    state.lastDepth = depth;
    var inner = indent + '  ';
    if (isArray) {
      open = '[';
      close = ']';
      var shown = Math.min(v.length, 100);
      for (var i = 0; i < shown; i++) {
        entries.push(i in v ? nodeValue(v[i], depth + 1, seen, inner, state) : '<1 empty item>');
      }
      if (v.length > 100) entries.push('... ' + (v.length - 100) + ' more item' + (v.length - 100 > 1 ? 's' : ''));
      Object.keys(v).forEach(function (k) {
        if (!/^\d+$/.test(k)) entries.push(nodeKey(k) + ': ' + nodeValue(v[k], depth + 1, seen, inner, state));
      });
    } else if (tag === 'Map') {
      prefix = 'Map(' + v.size + ') ';
      v.forEach(function (val, key) {
        entries.push(nodeValue(key, depth + 1, seen, inner, state) + ' => ' + nodeValue(val, depth + 1, seen, inner, state));
      });
    } else if (tag === 'Set') {
      prefix = 'Set(' + v.size + ') ';
      v.forEach(function (val) { entries.push(nodeValue(val, depth + 1, seen, inner, state)); });
    } else {
      var proto = Object.getPrototypeOf(v);
      if (proto === null) prefix = '[Object: null prototype] ';
      else if (proto !== Object.prototype) {
        var cname = v.constructor && v.constructor.name;
        if (cname && cname !== 'Object') prefix = cname + ' ';
      }
      Object.keys(v).forEach(function (k) {
        entries.push(nodeKey(k) + ': ' + nodeValue(v[k], depth + 1, seen, inner, state));
      });
    }
    seen.pop();
    if (!entries.length) return prefix + open + close;
    var width = entries.reduce(function (n, e) { return n + e.length; },
      2 * entries.length + indent.length + prefix.length + open.length + 10);
    var joined = entries.join(', ');
    if (state.lastDepth - depth < 3 && width <= 80 && joined.indexOf('\n') === -1) {
      return prefix + open + ' ' + joined + ' ' + close;
    }
    return prefix + open + '\n' + inner + entries.join(',\n' + inner) + '\n' + indent + close;
  }

  P.nodeInspect = function (v) { return nodeValue(v, 0, [], '', { lastDepth: 0 }); };

  // Node's `util.format`: printf-like directives in a first string argument, then the rest
  // joined by spaces (strings bare, everything else inspected).
  P.formatLog = function (args) {
    var out = [];
    var start = 0;
    if (typeof args[0] === 'string' && args[0].indexOf('%') !== -1 && args.length > 1) {
      var used = 1;
      var first = args[0].replace(/%([sdifjoOc%])/g, function (all, d) {
        if (d === '%') return '%';
        if (used >= args.length) return all;
        var a = args[used++];
        switch (d) {
          case 's': return typeof a === 'string' ? a : typeof a === 'object' && a !== null ? P.nodeInspect(a) : String(a);
          case 'd': case 'i': {
            if (typeof a === 'object' && a !== null) return 'NaN';
            var n = Number(a);
            return String(d === 'i' ? Math.trunc(n) : n);
          }
          case 'f': return String(parseFloat(a));
          case 'j': try { return JSON.stringify(a); } catch (e) { return '[Circular]'; }
          case 'c': return '';
          default: return P.nodeInspect(a);
        }
      });
      out.push(first);
      start = used;
    }
    for (var i = start; i < args.length; i++) {
      out.push(typeof args[i] === 'string' ? args[i] : P.nodeInspect(args[i]));
    }
    return out.join(' ');
  };

  P.typeTag = toTag;
})
