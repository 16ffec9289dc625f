// JSON errors as Newman's sandbox reports them: its `JSON.parse` (and `pm.response.json()`)
// throws a `JSONError` that names the offending token with its line, column and an excerpt
// (`Unexpected token '<' at 1:1\n<html>\n^`, `No data, empty input at 1:1\n\n^`).
(function (P) {
  'use strict';
  var G = globalThis;
  var nativeParse = JSON.parse;
  var nativeStringify = JSON.stringify;

  function isNewline(c) { return c === '\n' || c === '\r'; }
  function isSpace(c) { return c === ' ' || c === '\t' || c === '\n' || c === '\r'; }
  function isDigit(c) { return c >= '0' && c <= '9'; }
  function isHex(c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
  var ESCAPES = '"\\/bfnrt';
  var JSON_NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?(e[+-]?[0-9]+)?$/i;

  // The line of `text` around `at` (at most 78 characters) and a caret under `at`.
  function excerpt(text, at, column) {
    var i = Math.max(at - column - 1, at - 70);
    var line = '';
    var caret = '';
    for (;;) {
      var c = text[++i];
      if (isNewline(c) || i === text.length) {
        if (at >= i) caret += '^';
        break;
      }
      line += c;
      if (at === i) caret += '^';
      else if (at > i) caret += c === '\t' ? '\t' : ' ';
      if (line.length > 78) break;
    }
    return line + '\n' + caret;
  }

  function tokenName(c) {
    return "'" + nativeStringify(c).slice(1, -1).replace(/'/g, "\\'").replace(/\\"/g, '"') + "'";
  }

  // The message of the first error in `text` (a strict JSON reading), or null when it is valid.
  function firstError(text) {
    var at = 0;
    var row = 0;
    var lineStart = 0;
    var end = text.length;
    function fail(message) {
      var column = at - lineStart;
      if (!message) message = at < end ? 'Unexpected token ' + tokenName(text[at]) : 'Unexpected end of input';
      throw new SyntaxError(message + ' at ' + (row + 1) + ':' + (column + 1) + '\n' + excerpt(text, at, column));
    }
    function newline(c) {
      if (c === '\r' && text[at] === '\n') at++;
      lineStart = at;
      row++;
    }
    function space() {
      while (at < end) {
        var c = text[at++];
        if (isNewline(c)) newline(c);
        else if (!isSpace(c)) {
          at--;
          break;
        }
      }
    }
    function word(w) {
      var start = at;
      for (var k = 1; k < w.length; k++) {
        if (at >= end || w[k] !== text[at]) {
          at = start - 1;
          fail();
        }
        at++;
      }
      return w === 'null' ? null : w === 'true';
    }
    function string(quote) {
      var out = '';
      while (at < end) {
        var c = text[at++];
        if (c === quote) return out;
        if (c === '\\') {
          if (at >= end) fail();
          c = text[at++];
          if (ESCAPES.indexOf(c) !== -1) out += c;
          else if (c === 'u') {
            for (var k = 0; k < 4; k++) {
              if (at >= end) fail();
              if (!isHex(text[at])) fail('Bad escape sequence');
              at++;
            }
          } else {
            at--;
            fail();
          }
        } else if (isNewline(c)) fail();
        else if (c.charCodeAt(0) < 32) {
          at--;
          fail('Unexpected control character');
        } else out += c;
      }
      fail();
    }
    function number() {
      var start = --at;
      var c = text[at++];
      if (c === '-') c = text[at++];
      if (c >= '1' && c <= '9') {
        while (at < end && isDigit(text[at])) at++;
        c = text[at++];
      }
      if (c === '0') c = text[at++];
      if (c === '.') {
        while (at < end && isDigit(text[at])) at++;
        c = text[at++];
      }
      if (c === 'e' || c === 'E') {
        c = text[at++];
        if (c === '-' || c === '+') at++;
        while (at < end && isDigit(text[at])) at++;
        c = text[at++];
      }
      at--;
      var literal = text.substr(start, at - start);
      if (Number.isNaN(Number(literal))) {
        at--;
        fail('Bad numeric literal - "' + text.substr(start, at - start + 1) + '"');
      }
      if (!JSON_NUMBER.test(literal)) {
        at--;
        fail('Non-json numeric literal - "' + text.substr(start, at - start + 1) + '"');
      }
      return 0;
    }
    // A value, or (`isKey`) an object's key: undefined, the position unmoved, when none starts here.
    function value(isKey) {
      if (at >= end) return undefined;
      var c = text[at++];
      if (c === '"') return string(c);
      if (c === '{') return object();
      if (c === '[') return array();
      if (c === '.' || isDigit(c) || (c === '-' && !isKey)) return number();
      if (!isKey && c === 'n') return word('null');
      if (!isKey && c === 't') return word('true');
      if (!isKey && c === 'f') return word('false');
      at--;
      return undefined;
    }
    function object() {
      var any = false;
      while (at < end) {
        space();
        var name = value(true);
        space();
        var c = text[at++];
        if (c === '}' && name === undefined) {
          if (any) {
            at--;
            fail('Trailing comma in object');
          }
          return {};
        }
        if (c !== ':' || name === undefined) {
          at--;
          fail();
        }
        space();
        if (value() === undefined) fail('No value found for key ' + name);
        if (typeof name !== 'string') fail('Wrong key type: ' + name);
        any = true;
        space();
        c = text[at++];
        if (c === ',') continue;
        if (c === '}') return {};
        fail();
      }
      fail();
    }
    function array() {
      var length = 0;
      while (at < end) {
        space();
        var item = value();
        space();
        var c = text[at++];
        if (item !== undefined) length++;
        if (c === ',') {
          if (item === undefined) fail('Elisions are not supported');
        } else if (c === ']') {
          if (item === undefined && length) {
            at--;
            fail('Trailing comma in array');
          }
          return [];
        } else {
          at--;
          fail();
        }
      }
      fail();
    }
    try {
      space();
      var found = value();
      if (found !== undefined || at < end) {
        space();
        if (at >= end) return null;
        fail();
      }
      fail(at ? 'No data, only a whitespace' : 'No data, empty input');
    } catch (e) {
      if (e instanceof SyntaxError) return e.message;
      throw e;
    }
    return null;
  }

  function jsonError(error, message) {
    var e = error instanceof Error ? error : new SyntaxError(String(error));
    if (message !== undefined) e.message = message;
    e.name = 'JSONError';
    return e;
  }

  // A byte order mark Newman's parser drops before parsing.
  function withoutBom(text) {
    var c = text.charCodeAt(0);
    if (c === 0xfeff || c === 0xbbbf) return text.slice(1);
    if ((c === 0xfe && text.charCodeAt(1) === 0xff) || (c === 0xff && text.charCodeAt(1) === 0xfe)) return text.slice(2);
    if (c === 0xef && text.charCodeAt(1) === 0xbb && text.charCodeAt(2) === 0xbf) return text.slice(3);
    return text;
  }

  // The error Newman's `JSON.parse` throws for `input` QuickJS could not parse.
  function parseError(input, reviver, quickjsError) {
    if (input === undefined) return jsonError(quickjsError, '"undefined" is not valid JSON');
    var text = typeof input === 'string' ? input : String(input);
    var bare = withoutBom(text);
    if (bare !== text) {
      try {
        return { value: nativeParse(bare, reviver) };
      } catch (e) {
        text = bare;
      }
    }
    var message = firstError(text);
    return jsonError(quickjsError, message === null ? undefined : message);
  }

  function parse(text, reviver) {
    try {
      return nativeParse(text, reviver);
    } catch (e) {
      var error = parseError(text, reviver, e);
      if (error instanceof Error) throw error;
      return error.value;
    }
  }

  // V8's words for a cycle: where it starts, the properties along it, the one that closes it.
  function circleMessage(value) {
    var path = [];
    var found = null;
    function label(key) { return typeof key === 'number' ? 'index ' + key : "property '" + key + "'"; }
    function ctorName(o) {
      var c = o.constructor;
      return typeof c === 'function' && c.name ? c.name : 'Object';
    }
    function walk(o, key) {
      if (found || o === null || typeof o !== 'object') return;
      if (typeof o.toJSON === 'function') return;
      var at = path.findIndex(function (p) { return p.value === o; });
      if (at !== -1) {
        found = path.slice(at).concat([{ value: o, key: key }]);
        return;
      }
      path.push({ value: o, key: key });
      if (Array.isArray(o)) o.forEach(function (v, i) { walk(v, i); });
      else Object.keys(o).forEach(function (k) { walk(o[k], k); });
      path.pop();
    }
    walk(value, '');
    var text = 'Converting circular structure to JSON';
    if (!found) return text;
    text += "\n    --> starting at object with constructor '" + ctorName(found[0].value) + "'";
    for (var i = 1; i < found.length - 1; i++) {
      text += '\n    |     ' + label(found[i].key) + " -> object with constructor '" + ctorName(found[i].value) + "'";
    }
    return text + '\n    --- ' + label(found[found.length - 1].key) + ' closes the circle';
  }

  function stringify(value) {
    try {
      return nativeStringify.apply(JSON, arguments);
    } catch (e) {
      if (e instanceof TypeError && /circular/.test(e.message)) throw jsonError(e, circleMessage(value));
      throw jsonError(e);
    }
  }

  G.JSON.parse = parse;
  G.JSON.stringify = stringify;
})
