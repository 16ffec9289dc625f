// require('csv-parse/lib/sync') as Postman's sandbox bundles it: parse(text, options) -> records.
// Like that version, a record whose column count differs ends parsing (records so far are returned)
// unless relax_column_count is set; an unterminated quote throws.
'use strict';
module.exports = function parse(input, options) {
  var o = options || {};
  var delimiter = o.delimiter === undefined ? ',' : String(o.delimiter);
  var quote = o.quote === undefined ? '"' : (o.quote === null || o.quote === false ? '' : String(o.quote));
  var escape = o.escape === undefined ? '"' : String(o.escape);
  var ltrim = !!(o.trim || o.ltrim), rtrim = !!(o.trim || o.rtrim);
  var text = String(input === undefined || input === null ? '' : input);
  var records = [], record = [], field = '', quoted = false, wasQuoted = false, line = 1, i = 0;
  var n = text.length;

  function endField() {
    var v = field;
    if (!wasQuoted) {
      if (ltrim) v = v.replace(/^\s+/, '');
      if (rtrim) v = v.replace(/\s+$/, '');
    }
    record.push(v);
    field = '';
    wasQuoted = false;
  }
  function endRecord() {
    endField();
    var r = record;
    record = [];
    if (o.comment && r.length === 1 && r[0].charAt(0) === o.comment) return true;
    if (r.length === 1 && r[0] === '' && (o.skip_empty_lines || true)) return true;
    if (records.length && !o.relax_column_count && r.length !== records[0].length) return false;
    records.push(r);
    return true;
  }
  var ok = true;
  while (i < n && ok) {
    var c = text.charAt(i);
    if (quoted) {
      if (quote && escape !== quote && c === escape && text.charAt(i + 1) === quote) { field += quote; i += 2; continue; }
      if (quote && c === quote) {
        if (escape === quote && text.charAt(i + 1) === quote) { field += quote; i += 2; continue; }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (o.comment && c === o.comment && field === '' && record.length === 0) {
      while (i < n && text.charAt(i) !== '\n' && text.charAt(i) !== '\r') i++;
      continue;
    }
    if (quote && c === quote && (field === '' || (ltrim && /^\s*$/.test(field))) && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      field = '';
      i++;
      continue;
    }
    if (text.substr(i, delimiter.length) === delimiter) { endField(); i += delimiter.length; continue; }
    if (c === '\r' || c === '\n') {
      ok = endRecord();
      i += c === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1;
      line++;
      continue;
    }
    if (wasQuoted && !(rtrim && /\s/.test(c))) {
      if (!o.relax) throw new Error('Invalid closing quote at line ' + line + '; found ' + JSON.stringify(c) + ' instead of delimiter ' + JSON.stringify(delimiter));
    }
    if (!wasQuoted || !/\s/.test(c)) field += c;
    i++;
  }
  if (quoted) throw new Error('Quoted field not terminated at line ' + line);
  if (ok && (field !== '' || record.length || wasQuoted)) endRecord();

  if (!o.columns) return records;
  var header = typeof o.columns === 'function' ? o.columns(records.shift() || []) :
    Array.isArray(o.columns) ? o.columns : records.shift();
  if (!header) return [];
  return records.map(function (r) {
    var obj = {};
    r.forEach(function (v, k) { if (k < header.length && header[k] !== undefined && header[k] !== null && header[k] !== false) obj[header[k]] = v; });
    return obj;
  });
};
