// Part of require('moment'): mod.rs joins the files of js/moment/ in order into one module body.
// ---------- parsing ----------
function isMoment(v) { return v instanceof Moment || (v != null && v._isAMomentObject === true); }
var ISO_RE = /^\s*((?:[+-]\d{6}|\d{4})-?(?:\d\d-?\d\d|W\d\d-?\d|W\d\d|\d\d\d|\d\d)?|\d{4})(?:(T| )(\d\d(?::?\d\d(?::?\d\d(?:[.,]\d+)?)?)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?)?\s*$/i;
function fromParts(p, utc, offset) {
  // p: [y, mo, d, h, mi, s, ms]; returns {ms, valid}
  var y = p[0], mo = p[1], d = p[2], h = p[3], mi = p[4], s = p[5], ms = p[6];
  var valid = mo >= 0 && mo < 12 && d >= 1 && d <= daysInMonth(y, mo) && h >= 0 && (h < 24 || (h === 24 && !mi && !s && !ms)) &&
    mi >= 0 && mi < 60 && s >= 0 && s < 60 && ms >= 0 && ms < 1000;
  var t;
  if (offset !== undefined) t = utcDate(y, mo, d, h, mi, s, ms) - offset * 60000;
  else t = utc ? utcDate(y, mo, d, h, mi, s, ms) : localDate(y, mo, d, h, mi, s, ms);
  return { t: t, valid: valid };
}
function parseOffset(z) {
  if (!z) return undefined;
  if (/^z$/i.test(z)) return 0;
  var m = /([+-])(\d\d):?(\d\d)?/.exec(z);
  return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +(m[3] || 0));
}
function parseIso(str) {
  var m = ISO_RE.exec(str);
  if (!m) return null;
  var date = m[1].replace(/-/g, ''), y, mo = 0, d = 1;
  var ym = /^([+-]\d{6}|\d{4})(.*)$/.exec(date);
  y = +ym[1];
  var rest = ym[2];
  if (/^\d{4}$/.test(rest)) { mo = +rest.slice(0, 2) - 1; d = +rest.slice(2); }
  else if (/^\d{3}$/.test(rest)) { d = +rest; }
  else if (/^\d\d$/.test(rest)) { if (m[1].indexOf('-') < 0 && m[1].length === 6) return null; mo = +rest - 1; }
  else if (/^W/i.test(rest)) {
    var wk = +rest.slice(1, 3), wd = rest.length > 3 ? +rest.slice(3) : 1;
    var jan4 = new Date(utcDate(y, 0, 4)), start = 4 - ((jan4.getUTCDay() + 6) % 7);
    d = start + (wk - 1) * 7 + (wd - 1);
    var weekParts = [y, 0, 1, 0, 0, 0, 0];
    var wt = (m[3] || '').replace(/:/g, ''), wf = /[.,](\d+)$/.exec(wt);
    wt = wt.replace(/[.,]\d+$/, '');
    weekParts[3] = +(wt.slice(0, 2) || 0); weekParts[4] = +(wt.slice(2, 4) || 0); weekParts[5] = +(wt.slice(4, 6) || 0);
    weekParts[6] = wf ? Math.round(+('0.' + wf[1]) * 1000) : 0;
    return { parts: weekParts, dayOfYear: d, weekDate: wk >= 1 && wk <= 53 && wd >= 1 && wd <= 7, offset: parseOffset(m[4]) };
  }
  var time = (m[3] || '').replace(/:/g, ''), frac = /[.,](\d+)$/.exec(time);
  time = time.replace(/[.,]\d+$/, '');
  var parts = [y, mo, d, +(time.slice(0, 2) || 0), +(time.slice(2, 4) || 0), +(time.slice(4, 6) || 0), frac ? Math.round(+('0.' + frac[1]) * 1000) : 0];
  if (/^\d{3}$/.test(rest)) {
    var r0 = fromParts([y, 0, 1, parts[3], parts[4], parts[5], parts[6]], true);
    return { parts: parts, dayOfYear: d, offset: parseOffset(m[4]), t0: r0 };
  }
  return { parts: parts, offset: parseOffset(m[4]) };
}

var PARSE_TOKENS = /(\[[^[]*\])|(\\)?(YYYYYY|YYYYY|YYYY|YY|Y|gggg|GGGG|Qo?|Mo|MMMM|MMM|MM|M|Do|DDDD|DDD|DD|D|dddd|ddd|dd|d|e|E|HH|H|hh|h|kk|k|mm|m|ss|s|S{1,9}|A|a|X|x|ZZ|Z|w{1,2}|W{1,2}|.)/g;
function tokenRegex(tok, strict) {
  var monthNames = '(?:' + MONTHS.concat(MONTHS_SHORT).join('|') + ')';
  var dayNames = '(?:' + WEEKDAYS.concat(WEEKDAYS_SHORT, WEEKDAYS_MIN).join('|') + ')';
  switch (tok) {
    case 'YYYY': return strict ? /^\d{4}/ : /\d{1,4}/;
    case 'YYYYY': case 'YYYYYY': return strict ? /^[+-]?\d{5,6}/ : /[+-]?\d{1,6}/;
    case 'Y': return /[+-]?\d+/;
    case 'YY': return strict ? /^\d\d/ : /\d\d?/;
    case 'MM': case 'DD': case 'HH': case 'hh': case 'mm': case 'ss': case 'kk': case 'ww': case 'WW': return strict ? /^\d\d/ : /\d\d?/;
    case 'M': case 'D': case 'H': case 'h': case 'm': case 's': case 'k': case 'd': case 'e': case 'E': case 'w': case 'W': case 'Q':
      return strict ? /^\d\d?/ : /\d\d?/;
    case 'DDD': return strict ? /^\d{1,3}/ : /\d{1,3}/;
    case 'DDDD': return strict ? /^\d{3}/ : /\d{1,3}/;
    case 'Do': case 'Mo': case 'Qo': return strict ? /^\d{1,2}(?:st|nd|rd|th)/i : /\d{1,2}(?:st|nd|rd|th)?/i;
    case 'MMM': case 'MMMM': return new RegExp((strict ? '^' : '') + monthNames, 'i');
    case 'ddd': case 'dddd': case 'dd': return new RegExp((strict ? '^' : '') + dayNames, 'i');
    case 'A': case 'a': return strict ? /^[ap]\.?m?\.?/i : /[ap]\.?m?\.?/i;
    case 'X': return /[+-]?\d+(?:\.\d{1,3})?/;
    case 'x': return /[+-]?\d+/;
    case 'Z': case 'ZZ': return /Z|[+-]\d\d(?::?\d\d)?/i;
    default:
      if (/^S+$/.test(tok)) return strict ? new RegExp('^\\d{' + tok.length + '}') : /\d+/;
      return null;
  }
}
function parseWithFormat(str, fmt, strict, utc) {
  fmt = expandLong(fmt);
  var parts = {}, rest = String(str), tokens = [], m, matchedAny = false;
  PARSE_TOKENS.lastIndex = 0;
  while ((m = PARSE_TOKENS.exec(fmt))) tokens.push(m);
  for (var i = 0; i < tokens.length; i++) {
    var bracket = tokens[i][1], tok = tokens[i][3] || '', literal = bracket ? bracket.slice(1, -1) : tokens[i][2] ? tok : null;
    var re = literal === null ? tokenRegex(tok, strict) : null;
    if (!re) {
      var lit = literal === null ? tok : literal;
      var at = rest.indexOf(lit);
      if (strict) { if (at !== 0) return null; rest = rest.slice(lit.length); } else if (at >= 0 && (at === 0 || /^\s*$/.test(rest.slice(0, at)) || lit.trim())) { rest = rest.slice(at + lit.length); }
      continue;
    }
    var found = re.exec(rest);
    if (!found) { if (strict) return null; continue; }
    matchedAny = true;
    if (strict && found.index !== 0) return null;
    rest = rest.slice(found.index + found[0].length);
    var v = found[0];
    switch (tok) {
      case 'YYYY': case 'YYYYY': case 'YYYYYY': case 'Y': case 'gggg': case 'GGGG': parts.y = +v; break;
      case 'YY': parts.y = +v + (+v > 68 ? 1900 : 2000); break;
      case 'M': case 'MM': case 'Mo': parts.mo = parseInt(v, 10) - 1; break;
      case 'MMM': case 'MMMM': parts.mo = MONTHS.concat(MONTHS_SHORT).map(function (x) { return x.toLowerCase(); }).indexOf(v.toLowerCase()) % 12; break;
      case 'D': case 'DD': case 'Do': parts.d = parseInt(v, 10); break;
      case 'DDD': case 'DDDD': parts.doy = +v; break;
      case 'H': case 'HH': case 'h': case 'hh': case 'k': case 'kk': parts.h = +v; break;
      case 'm': case 'mm': parts.mi = +v; break;
      case 's': case 'ss': parts.s = +v; break;
      case 'A': case 'a': parts.pm = v.charAt(0).toLowerCase() === 'p'; break;
      case 'X': parts.ts = Math.round(parseFloat(v) * 1000); break;
      case 'x': parts.ts = +v; break;
      case 'Z': case 'ZZ': parts.off = parseOffset(v); break;
      default: if (/^S+$/.test(tok)) parts.ms = Math.round(+('0.' + v) * 1000);
    }
  }
  if ((strict && rest.length) || !matchedAny) return null;
  if (parts.ts !== undefined) return { t: parts.ts, valid: true };
  if (parts.pm !== undefined && parts.h !== undefined) {
    if (parts.pm && parts.h < 12) parts.h += 12;
    if (!parts.pm && parts.h === 12) parts.h = 0;
  }
  var now = new Date(), field = [parts.y, parts.mo, parts.d];
  var current = utc ? [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()] : [now.getFullYear(), now.getMonth(), now.getDate()];
  var arr = [], idx = 0;
  for (; idx < 3 && field[idx] === undefined; idx++) arr[idx] = current[idx];
  for (; idx < 3; idx++) arr[idx] = field[idx] === undefined ? (idx === 2 ? 1 : 0) : field[idx];
  if (parts.doy !== undefined) { arr[1] = 0; arr[2] = parts.doy; }
  arr.push(parts.h || 0, parts.mi || 0, parts.s || 0, parts.ms || 0);
  var res = fromParts(arr, utc, parts.off);
  if (parts.doy !== undefined) res.valid = parts.doy >= 1 && parts.doy <= daysInYear(arr[0]);
  return res;
}

function createMoment(input, format, locale, strict, utc) {
  if (typeof locale === 'boolean') { strict = locale; locale = undefined; }
  if (isMoment(input)) {
    var c = input.clone();
    if (utc) c.utc();
    return c;
  }
  if (input === undefined) return utc ? new Moment(Date.now(), true, 0) : new Moment(Date.now(), false, 0);
  if (input === null || input === '') return invalidMoment(input);
  if (input instanceof Date) return new Moment(input.getTime(), utc, 0);
  if (typeof input === 'number') return new Moment(input, utc, 0);
  if (Array.isArray(input)) {
    if (!input.length) return createMoment(undefined, undefined, undefined, false, utc);
    var p = [input[0], input[1] || 0, input[2] === undefined ? 1 : input[2], input[3] || 0, input[4] || 0, input[5] || 0, input[6] || 0];
    var r = fromParts(p, utc);
    return new Moment(r.t, utc, 0, r.valid);
  }
  if (typeof input === 'object') {
    var get = function (names, dflt) { for (var i = 0; i < names.length; i++) if (input[names[i]] !== undefined) return +input[names[i]]; return dflt; };
    var now = new Date();
    var y = get(['year', 'years', 'y'], undefined);
    var o = [y === undefined ? now.getFullYear() : y, get(['month', 'months', 'M'], 0), get(['day', 'days', 'date', 'dates', 'd', 'D'], 1),
      get(['hour', 'hours', 'h'], 0), get(['minute', 'minutes', 'm'], 0), get(['second', 'seconds', 's'], 0), get(['millisecond', 'milliseconds', 'ms'], 0)];
    var ro = fromParts(o, utc);
    return new Moment(ro.t, utc, 0, ro.valid);
  }
  var str = String(input);
  if (format !== undefined && format !== ISO_8601) {
    var formats = Array.isArray(format) ? format : [format];
    for (var f = 0; f < formats.length; f++) {
      if (formats[f] === ISO_8601) { var mi = fromIso(str, utc); if (mi && mi.isValid()) return mi; continue; }
      var parsed = parseWithFormat(str, String(formats[f]), !!strict, utc);
      if (parsed && parsed.valid) return offsetKeep(new Moment(parsed.t, utc, 0, true), utc);
    }
    return invalidMoment(input);
  }
  var iso = fromIso(str, utc);
  if (iso) return iso;
  if (format === ISO_8601) return invalidMoment(input);
  var t = Date.parse(str + (utc ? ' UTC' : ''));
  if (isNaN(t)) t = Date.parse(str);
  return isNaN(t) ? invalidMoment(input) : new Moment(t, utc, 0);
}
function offsetKeep(m, utc) { return utc ? m.utc() : m; }
function fromIso(str, utc) {
  var iso = parseIso(str);
  if (!iso) return null;
  var r = fromParts(iso.parts, utc, iso.offset);
  if (iso.dayOfYear !== undefined) {
    r = fromParts([iso.parts[0], 0, 1, iso.parts[3], iso.parts[4], iso.parts[5], iso.parts[6]], utc, iso.offset);
    r.t += (iso.dayOfYear - 1) * 864e5;
    r.valid = r.valid && (iso.weekDate !== undefined ? iso.weekDate : iso.dayOfYear >= 1 && iso.dayOfYear <= daysInYear(iso.parts[0]));
  }
  return new Moment(r.t, utc, 0, r.valid);
}
function invalidMoment(input) { var m = new Moment(NaN, false, 0, false); m._i = input; return m; }

function moment(input, format, locale, strict) { return createMoment(input, format, locale, strict, false); }
moment.utc = function (input, format, locale, strict) { return createMoment(input, format, locale, strict, true); };
moment.unix = function (s) { return new Moment(s * 1000, false, 0); };
moment.parseZone = function (input, format) {
  var m = createMoment(input, format, undefined, false, true);
  var off = typeof input === 'string' ? /(Z|[+-]\d\d(?::?\d\d)?)\s*$/i.exec(input) : null;
  return off ? m.utcOffset(parseOffset(off[1])) : m;
};
moment.invalid = function () { return invalidMoment(undefined); };
moment.isMoment = isMoment;
moment.isDate = function (v) { return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]'; };
moment.isDuration = function (v) { return v instanceof Duration; };
moment.duration = createDuration;
moment.now = function () { return Date.now(); };
moment.max = function () {
  var args = Array.isArray(arguments[0]) ? arguments[0] : Array.prototype.slice.call(arguments);
  return args.reduce(function (best, m) { return !best || m.isAfter(best) ? m : best; }, null) || createMoment();
};
moment.min = function () {
  var args = Array.isArray(arguments[0]) ? arguments[0] : Array.prototype.slice.call(arguments);
  return args.reduce(function (best, m) { return !best || m.isBefore(best) ? m : best; }, null) || createMoment();
};
moment.normalizeUnits = normalizeUnits;
moment.locale = function () { return 'en'; };
moment.locales = function () { return ['en']; };
moment.localeData = function () {
  return {
    months: function (m) { return m ? MONTHS[m.month()] : MONTHS.slice(); },
    monthsShort: function (m) { return m ? MONTHS_SHORT[m.month()] : MONTHS_SHORT.slice(); },
    weekdays: function (m) { return m ? WEEKDAYS[m.day()] : WEEKDAYS.slice(); },
    weekdaysShort: function (m) { return m ? WEEKDAYS_SHORT[m.day()] : WEEKDAYS_SHORT.slice(); },
    weekdaysMin: function (m) { return m ? WEEKDAYS_MIN[m.day()] : WEEKDAYS_MIN.slice(); },
    longDateFormat: function (k) { return LONG_FORMATS[k]; },
    ordinal: ordinal,
    firstDayOfWeek: function () { return 0; },
    firstDayOfYear: function () { return 6; }
  };
};
moment.months = function () { return MONTHS.slice(); };
moment.monthsShort = function () { return MONTHS_SHORT.slice(); };
moment.weekdays = function () { return WEEKDAYS.slice(); };
moment.weekdaysShort = function () { return WEEKDAYS_SHORT.slice(); };
moment.weekdaysMin = function () { return WEEKDAYS_MIN.slice(); };
moment.relativeTimeThreshold = function (k, v) { if (v === undefined) return THRESHOLDS[k]; THRESHOLDS[k] = v; return true; };
moment.ISO_8601 = ISO_8601;
moment.RFC_2822 = RFC_2822;
moment.defaultFormat = 'YYYY-MM-DDTHH:mm:ssZ';
moment.defaultFormatUtc = 'YYYY-MM-DDTHH:mm:ss[Z]';
moment.version = '2.30.1';
moment.fn = proto;
moment.prototype = proto;

module.exports = moment;
