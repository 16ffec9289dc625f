// Value formatting: `P.inspect` (chai 4's inspector, loupe: one line, cut at 40 characters),
// `P.objDisplay` (chai's short form for messages) and `P.formatLog` (Newman's console lines).
(function (P) {
  'use strict';
  // Built-ins through `I` only: a script's replaced prototype methods must not change messages.
  var I = P.I;
  var String = I.String;
  var slice = I.strSlice;
  var indexOf = I.strIndexOf;
  var replace = I.strReplace;
  var test = I.regexTest;
  var push = I.push;
  var map = I.map;
  var join = I.join;
  var stringify = I.stringify;
  var ELLIPSIS = '\u2026';
  var toTag = function (v) { return slice(I.objectToString(v), 8, -1); };

  // Every value is shown with its own copy of the options (`room`: characters left); the
  // helpers below take room from that copy as they go, and a list shows its next element with
  // whatever room the one before left. Matching Newman's messages depends on this bookkeeping.
  function fresh(options) {
    return { room: options.room, seen: options.seen };
  }

  function cut(text, room) {
    text = String(text);
    if (ELLIPSIS.length > room && text.length > ELLIPSIS.length) return ELLIPSIS;
    if (text.length > room && text.length > ELLIPSIS.length) return slice(text, 0, room - ELLIPSIS.length) + ELLIPSIS;
    return text;
  }

  var SPECIAL = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', "'": "\\'" };
  var TO_ESCAPE = /['\u0000-\u001f\u007f-\u009f\u00ad\u0600-\u0604\u070f\u17b4\u17b5\u200c-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ufff0-\uffff]/g;
  function escapeChar(c) {
    return SPECIAL[c] || '\\u' + slice('0000' + I.numToString(I.charCodeAt(c, 0), 16), -4);
  }

  function quoted(text, options) {
    return "'" + cut(replace(String(text), TO_ESCAPE, escapeChar), options.room - 2) + "'";
  }

  function numberText(n, options) {
    if (n !== n) return 'NaN';
    if (n === Infinity) return 'Infinity';
    if (n === -Infinity) return '-Infinity';
    if (n === 0) return 1 / n === Infinity ? '+0' : '-0';
    return cut(n, options.room);
  }

  // Shows `items` with `show`, separated by `separator`, ending early with "…(n)" (n: how many
  // are left out) where the rest would not fit.
  function showList(items, options, show, separator) {
    if (separator === undefined) separator = ', ';
    var count = items.length;
    if (!count) return '';
    var room = options.room;
    var out = '';
    var peeked = '';
    var rest = '';
    for (var i = 0; i < count; i++) {
      var last = i + 1 === count;
      var secondLast = i + 2 === count;
      rest = ELLIPSIS + '(' + (count - i) + ')';
      options.room = room - out.length - (last ? 0 : separator.length);
      var text = peeked || show(items[i], options) + (last ? '' : separator);
      var length = out.length + text.length;
      var withRest = length + rest.length;
      if (last && length > room && out.length + rest.length <= room) break;
      if (!last && !secondLast && withRest > room) break;
      peeked = last ? '' : show(items[i + 1], options) + (secondLast ? '' : separator);
      if (!last && secondLast && withRest > room && length + peeked.length > room) break;
      out += text;
      if (!last && !secondLast && length + peeked.length >= room) {
        rest = ELLIPSIS + '(' + (count - i - 1) + ')';
        break;
      }
      rest = '';
    }
    return out + rest;
  }

  var IDENT = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  function propertyKey(key) {
    if (test(IDENT, key)) return key;
    return "'" + replace(replace(slice(stringify(key), 1, -1), /'/g, "\\'"), /\\"/g, '"') + "'";
  }

  function showProperty(entry, options) {
    var key = entry[0];
    options.room -= 2;
    if (typeof key === 'string') key = propertyKey(key);
    else if (typeof key !== 'number') key = '[' + show(key, options) + ']';
    options.room -= String(key).length;
    return key + ': ' + show(entry[1], options);
  }

  function showMapEntry(entry, options) {
    options.room -= 4;
    var key = show(entry[0], options);
    options.room -= key.length;
    return key + ' => ' + show(entry[1], options);
  }

  function entriesOf(obj, keys) {
    return map(keys, function (k) { return [k, obj[k]]; });
  }

  function objectBody(obj, options) {
    var names = I.getOwnPropertyNames(obj);
    var symbols = I.getOwnPropertySymbols(obj);
    if (!names.length && !symbols.length) return '{}';
    options.room -= 4;
    if (I.indexOf(options.seen, obj) !== -1) return '[Circular]';
    push(options.seen, obj);
    var props = showList(entriesOf(obj, names), options, showProperty);
    var syms = showList(entriesOf(obj, symbols), options, showProperty);
    I.pop(options.seen);
    return '{ ' + props + (props && syms ? ', ' : '') + syms + ' }';
  }

  function extraKeys(list) {
    return I.slice(I.keys(list), list.length);
  }

  function arrayText(list, options) {
    var extra = extraKeys(list);
    if (!list.length && !extra.length) return '[]';
    options.room -= 4;
    var items = showList(list, options, show);
    options.room -= items.length;
    var props = extra.length ? showList(entriesOf(list, extra), options, showProperty) : '';
    return '[ ' + items + (props ? ', ' + props : '') + ' ]';
  }

  function typedArrayText(list, options) {
    var name = toTag(list);
    options.room -= name.length + 4;
    var extra = extraKeys(list);
    if (!list.length && !extra.length) return name + '[]';
    var items = '';
    for (var i = 0; i < list.length; i++) {
      var text = cut(list[i], options.room) + (i === list.length - 1 ? '' : ', ');
      options.room -= text.length;
      if (list[i] !== list.length && options.room <= 3) {
        items += ELLIPSIS + '(' + (list.length - list[i] + 1) + ')';
        break;
      }
      items += text;
    }
    var props = extra.length ? showList(entriesOf(list, extra), options, showProperty) : '';
    return name + '[ ' + items + (props ? ', ' + props : '') + ' ]';
  }

  var ERROR_KEYS = ['stack', 'line', 'column', 'name', 'message', 'fileName', 'lineNumber',
    'columnNumber', 'number', 'description'];
  function errorText(error, options) {
    var props = I.filter(I.getOwnPropertyNames(error), function (k) { return I.indexOf(ERROR_KEYS, k) === -1; });
    var name = error.name;
    options.room -= String(name).length;
    var message = '';
    if (typeof error.message === 'string') message = cut(error.message, options.room);
    else I.unshift(props, 'message');
    message = message ? ': ' + message : '';
    options.room -= message.length + 5;
    var list = showList(entriesOf(error, props), options, showProperty);
    return name + message + (list ? ' { ' + list + ' }' : '');
  }

  function functionName(f) {
    return typeof f === 'function' && typeof f.name === 'string' ? f.name : '';
  }

  var BY_TAG = {
    Boolean: function (v) { return String(v); },
    Number: function (v, options) { return numberText(I.valueOf.Number(v), options); },
    String: function (v, options) { return quoted(I.valueOf.String(v), options); },
    Array: arrayText,
    Arguments: function (v, options) {
      if (!v.length) return 'Arguments[]';
      options.room -= 13;
      return 'Arguments[ ' + showList(v, options, show) + ' ]';
    },
    Date: function (v, options) {
      if (I.isNaN(I.dateGetTime(v))) return 'Invalid Date';
      var parts = I.split(I.dateToISOString(v), 'T');
      return parts[0] + 'T' + cut(parts[1], options.room - parts[0].length - 1);
    },
    Map: function (v, options) {
      // as loupe: a Map of one entry shows as empty
      if (I.mapSize(v) - 1 <= 0) return 'Map{}';
      options.room -= 7;
      var entries = [];
      I.mapForEach(v, function (value, key) { push(entries, [key, value]); });
      return 'Map{ ' + showList(entries, options, showMapEntry) + ' }';
    },
    Set: function (v, options) {
      if (!I.setSize(v)) return 'Set{}';
      options.room -= 7;
      var items = [];
      I.setForEach(v, function (value) { push(items, value); });
      return 'Set{ ' + showList(items, options, show) + ' }';
    },
    RegExp: function (v, options) {
      var flags = I.regexFlags(v);
      return '/' + cut(I.regexSource(v), options.room - (2 + flags.length)) + '/' + flags;
    },
    Promise: function () { return 'Promise{' + ELLIPSIS + '}'; },
    WeakMap: function () { return 'WeakMap{' + ELLIPSIS + '}'; },
    WeakSet: function () { return 'WeakSet{' + ELLIPSIS + '}'; },
    Generator: function () { return ''; },
    DataView: function () { return ''; },
    ArrayBuffer: function () { return ''; },
    Error: errorText
  };
  ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
    'Uint32Array', 'Float32Array', 'Float64Array'].forEach(function (tag) { BY_TAG[tag] = typedArrayText; });

  function show(value, parentOptions) {
    var options = fresh(parentOptions);
    switch (typeof value) {
      case 'undefined': return 'undefined';
      case 'boolean': return String(value);
      case 'number': return numberText(value, options);
      case 'bigint': {
        var digits = cut(I.bigintToString(value), options.room - 1);
        return digits === ELLIPSIS ? digits : digits + 'n';
      }
      case 'string': return quoted(value, options);
      case 'symbol': return value.description ? 'Symbol(' + value.description + ')' : 'Symbol()';
      case 'function': {
        var name = functionName(value);
        return name ? '[Function ' + cut(name, options.room - 11) + ']' : '[Function]';
      }
    }
    if (value === null) return 'null';
    var byTag = BY_TAG[toTag(value)];
    if (byTag) return byTag(value, options);
    var proto = I.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null || !('constructor' in value) ||
      value.constructor === Object) {
      return objectBody(value, options);
    }
    var className = (typeof value[Symbol.toStringTag] === 'string' && value[Symbol.toStringTag]) ||
      functionName(value.constructor);
    if (!className || className === '_class') className = '<Anonymous Class>';
    options.room -= className.length;
    return className + objectBody(value, options);
  }

  // chai's `inspect`: the whole value on one line, cut to about 40 characters.
  P.inspect = function (value) {
    return show(value, { room: 40, seen: [] });
  };

  // chai's `objDisplay`: long arrays, objects and functions get a short form.
  P.objDisplay = function (value) {
    var text = P.inspect(value);
    if (text.length < 40) return text;
    var tag = I.objectToString(value);
    if (tag === '[object Function]') return value.name ? '[Function: ' + value.name + ']' : '[Function]';
    if (tag === '[object Array]') return '[ Array(' + value.length + ') ]';
    if (tag === '[object Object]') {
      var keys = I.keys(value);
      var shown = keys.length > 2 ? join(I.slice(keys, 0, 2), ', ') + ', ...' : join(keys, ', ');
      return '{ Object (' + shown + ') }';
    }
    return text;
  };

  // ---- Node's util.inspect, as console.log shows values ----

  function nodeString(s) {
    var q = "'";
    if (indexOf(s, "'") !== -1) {
      if (indexOf(s, '"') === -1) q = '"';
      else if (indexOf(s, '`') === -1 && indexOf(s, '${') === -1) q = '`';
    }
    var body = replace(s, /[\u0000-\u001f\u007f\\]/g, function (c) {
      var map = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\\': '\\\\' };
      return map[c] || '\\x' + slice('0' + I.toUpperCase(I.numToString(I.charCodeAt(c, 0), 16)), -2);
    });
    if (q === "'") body = replace(body, /'/g, "\\'");
    return q + body + q;
  }

  function nodeKey(k) {
    if (typeof k === 'symbol') return '[' + I.symbolToString(k) + ']';
    return test(/^[a-zA-Z_$][a-zA-Z_$0-9]*$/, k) ? k : nodeString(k);
  }

  function nodeFunction(f) {
    var src = '';
    try { src = I.functionToString(f); } catch (e) { src = ''; }
    var name = f.name;
    if (test(/^class[\s{]/, src)) return '[class ' + (name || '(anonymous)') + ']';
    var kind = toTag(f) === 'AsyncFunction' ? 'AsyncFunction' : toTag(f) === 'GeneratorFunction' ? 'GeneratorFunction' : 'Function';
    return '[' + kind + (name ? ': ' + name : ' (anonymous)') + ']';
  }

  // `state.lastDepth`: depth of the object formatted most recently (Node unites an object on
  // one line only when that is less than 3 levels below it, and it fits in 80 columns).
  function nodeValue(v, depth, seen, indent, state) {
    switch (typeof v) {
      case 'undefined': return 'undefined';
      case 'string': return nodeString(v);
      case 'number': return I.is(v, -0) ? '-0' : String(v);
      case 'bigint': return String(v) + 'n';
      case 'boolean': return String(v);
      case 'symbol': return I.symbolToString(v);
      case 'function': return nodeFunction(v);
    }
    if (v === null) return 'null';
    if (I.indexOf(seen, v) !== -1) return '[Circular *1]';
    var tag = toTag(v);
    if (tag === 'Date') return I.isNaN(I.dateGetTime(v)) ? 'Invalid Date' : I.dateToISOString(v);
    if (tag === 'RegExp') return String(v);
    if (tag === 'Error') return v.stack ? replace(String(v.stack), /\n$/, '') : String(v);
    if (tag === 'Promise') return 'Promise { <pending> }';
    if (tag === 'String' || tag === 'Number' || tag === 'Boolean') {
      return '[' + tag + ': ' + nodeValue(I.valueOf[tag](v), depth, seen, indent, state) + ']';
    }
    var isArray = I.isArray(v);
    var prefix = '';
    var entries = [];
    var open = '{';
    var close = '}';
    if (depth > state.maxDepth) {
      if (isArray) return '[Array]';
      var ctorName = v.constructor && v.constructor.name;
      return '[' + (ctorName && ctorName !== 'Object' ? ctorName : 'Object') + ']';
    }
    push(seen, v);
    state.lastDepth = depth;
    var inner = indent + '  ';
    if (isArray) {
      open = '[';
      close = ']';
      var shown = Math.min(v.length, 100);
      for (var i = 0; i < shown; i++) {
        push(entries, i in v ? nodeValue(v[i], depth + 1, seen, inner, state) : '<1 empty item>');
      }
      if (v.length > 100) push(entries, '... ' + (v.length - 100) + ' more item' + (v.length - 100 > 1 ? 's' : ''));
      I.forEach(I.keys(v), function (k) {
        if (!test(/^\d+$/, k)) push(entries, nodeKey(k) + ': ' + nodeValue(v[k], depth + 1, seen, inner, state));
      });
    } else if (tag === 'Map') {
      prefix = 'Map(' + I.mapSize(v) + ') ';
      I.mapForEach(v, function (val, key) {
        push(entries, nodeValue(key, depth + 1, seen, inner, state) + ' => ' + nodeValue(val, depth + 1, seen, inner, state));
      });
    } else if (tag === 'Set') {
      prefix = 'Set(' + I.setSize(v) + ') ';
      I.setForEach(v, function (val) { push(entries, nodeValue(val, depth + 1, seen, inner, state)); });
    } else {
      var proto = I.getPrototypeOf(v);
      if (proto === null) prefix = '[Object: null prototype] ';
      else if (proto !== Object.prototype) {
        var cname = v.constructor && v.constructor.name;
        if (cname && cname !== 'Object') prefix = cname + ' ';
      }
      I.forEach(I.keys(v), function (k) {
        push(entries, nodeKey(k) + ': ' + nodeValue(v[k], depth + 1, seen, inner, state));
      });
    }
    I.pop(seen);
    if (!entries.length) return prefix + open + close;
    var width = 2 * entries.length + indent.length + prefix.length + open.length + 10;
    I.forEach(entries, function (e) { width += e.length; });
    var joined = join(entries, ', ');
    if (state.lastDepth - depth < 3 && width <= state.breakLength && indexOf(joined, '\n') === -1) {
      return prefix + open + ' ' + joined + ' ' + close;
    }
    return prefix + open + '\n' + inner + join(entries, ',\n' + inner) + '\n' + indent + close;
  }

  // What Newman's sandbox hands its reporter for a logged value: errors as plain objects,
  // functions as their description.
  function bridged(v) {
    if (v === 0) return 0;
    if (typeof v === 'function') return '[Function: ' + (v.name || '(anonymous)') + ']';
    if (v instanceof Error) return { type: 'Error', name: v.name, message: v.message };
    return v;
  }

  // A console message as Newman's cli reporter prints it: each argument through Node's
  // `util.inspect` (depth 25, lines broken at 44 columns), joined by ", ".
  P.formatLog = function (args) {
    return join(map(args, function (a) {
      return nodeValue(bridged(a), 0, [], '', { lastDepth: 0, maxDepth: 25, breakLength: 44 });
    }), ', ');
  };

  P.typeTag = toTag;
})
