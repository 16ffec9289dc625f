// moment 2.30 compatible date library (English locale): parsing (ISO 8601, formats, strict mode), format tokens,
// manipulation, comparison, diff, utc/local/fixed offsets, relative time, calendar and durations.
'use strict';

var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
var MONTHS_SHORT = MONTHS.map(function (m) { return m.slice(0, 3); });
var WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
var WEEKDAYS_SHORT = WEEKDAYS.map(function (d) { return d.slice(0, 3); });
var WEEKDAYS_MIN = WEEKDAYS.map(function (d) { return d.slice(0, 2); });
var LONG_FORMATS = { LTS: 'h:mm:ss A', LT: 'h:mm A', L: 'MM/DD/YYYY', LL: 'MMMM D, YYYY', LLL: 'MMMM D, YYYY h:mm A', LLLL: 'dddd, MMMM D, YYYY h:mm A' };
var RELATIVE = { future: 'in %s', past: '%s ago', s: 'a few seconds', ss: '%d seconds', m: 'a minute', mm: '%d minutes', h: 'an hour',
  hh: '%d hours', d: 'a day', dd: '%d days', w: 'a week', ww: '%d weeks', M: 'a month', MM: '%d months', y: 'a year', yy: '%d years' };
var THRESHOLDS = { ss: 44, s: 45, m: 45, h: 22, d: 26, w: null, M: 11 };
var ISO_8601 = function () {};
var RFC_2822 = function () {};

var UNIT_ALIASES = {
  y: 'year', year: 'year', years: 'year', Q: 'quarter', quarter: 'quarter', quarters: 'quarter', M: 'month', month: 'month',
  months: 'month', w: 'week', week: 'week', weeks: 'week', W: 'isoWeek', isoweek: 'isoWeek', isoweeks: 'isoWeek', isoWeek: 'isoWeek',
  isoWeeks: 'isoWeek', d: 'day', day: 'day', days: 'day', D: 'date', date: 'date', dates: 'date', h: 'hour', hour: 'hour',
  hours: 'hour', m: 'minute', minute: 'minute', minutes: 'minute', s: 'second', second: 'second', seconds: 'second',
  ms: 'millisecond', millisecond: 'millisecond', milliseconds: 'millisecond', e: 'weekday', weekday: 'weekday', weekdays: 'weekday',
  E: 'isoWeekday', isoweekday: 'isoWeekday', isoWeekday: 'isoWeekday', DDD: 'dayOfYear', dayofyear: 'dayOfYear', dayOfYear: 'dayOfYear'
};
function normalizeUnits(u) { return typeof u === 'string' ? (UNIT_ALIASES[u] || UNIT_ALIASES[u.toLowerCase()] || undefined) : undefined; }

function pad(n, width, forceSign) {
  var abs = '' + Math.abs(n), sign = n >= 0;
  while (abs.length < width) abs = '0' + abs;
  return (sign ? (forceSign ? '+' : '') : '-') + abs;
}
function absFloor(n) { return n < 0 ? Math.ceil(n) || 0 : Math.floor(n); }
function isLeap(y) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }
function daysInMonth(y, m) { var mm = ((m % 12) + 12) % 12; y += (m - mm) / 12; return mm === 1 ? (isLeap(y) ? 29 : 28) : 31 - (mm % 7 % 2); }
function daysInYear(y) { return isLeap(y) ? 366 : 365; }
function ordinal(n) { var b = n % 10; return n + ((~~(n % 100 / 10) === 1) ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th'); }
function utcDate(y, m, d, h, mi, s, ms) {
  var date = new Date(Date.UTC(y, m, d, h || 0, mi || 0, s || 0, ms || 0));
  if (y < 100 && y >= 0) date.setUTCFullYear(y);
  return date.getTime();
}
function localDate(y, m, d, h, mi, s, ms) {
  var date = new Date(y, m, d, h || 0, mi || 0, s || 0, ms || 0);
  if (y < 100 && y >= 0) date.setFullYear(y);
  return date.getTime();
}

// ---------- weeks ----------
function firstWeekOffset(year, dow, doy) {
  var fwd = 7 + dow - doy, fwdlw = (7 + new Date(utcDate(year, 0, fwd)).getUTCDay() - dow) % 7;
  return -fwdlw + fwd - 1;
}
function weeksInYear(year, dow, doy) { return (daysInYear(year) - firstWeekOffset(year, dow, doy) + firstWeekOffset(year + 1, dow, doy)) / 7; }
function weekOfYear(m, dow, doy) {
  var off = firstWeekOffset(m.year(), dow, doy), week = Math.floor((m.dayOfYear() - off - 1) / 7) + 1;
  if (week < 1) return { week: week + weeksInYear(m.year() - 1, dow, doy), year: m.year() - 1 };
  if (week > weeksInYear(m.year(), dow, doy)) return { week: week - weeksInYear(m.year(), dow, doy), year: m.year() + 1 };
  return { week: week, year: m.year() };
}

// ---------- the Moment type ----------
function Moment(ms, utc, offset, valid) {
  this._t = ms;
  this._isUTC = !!utc;
  this._offset = offset || 0;
  this._isValid = valid !== false && !isNaN(ms);
  this._isAMomentObject = true;
}
var proto = Moment.prototype;

proto.utcOffset = function (input, keepLocalTime) {
  if (input === undefined) {
    if (!this._isValid) return NaN;
    return this._isUTC ? this._offset : -Math.round(new Date(this._t).getTimezoneOffset());
  }
  if (typeof input === 'string') {
    var match = /([+-]|\d\d)(\d\d)?:?(\d\d)?$/.exec(input.replace(/^.*?(Z|[+-]\d\d(?::?\d\d)?)\s*$/i, '$1'));
    if (/Z$/i.test(input)) input = 0;
    else if (!match) return this;
    else {
      var parts = /([+-])(\d\d):?(\d\d)?/.exec(input);
      if (!parts) return this;
      input = (parts[1] === '-' ? -1 : 1) * (+parts[2] * 60 + +(parts[3] || 0));
    }
  }
  if (Math.abs(input) < 16) input *= 60;
  var before = this.utcOffset();
  this._isUTC = true;
  this._offset = input;
  if (keepLocalTime) this._t -= (input - before) * 60000;
  return this;
};
proto.utc = function (keepLocalTime) { return this.utcOffset(0, keepLocalTime); };
proto.local = function (keepLocalTime) {
  if (this._isUTC) {
    var before = this._offset;
    this._isUTC = false;
    this._offset = 0;
    if (keepLocalTime) this._t -= (this.utcOffset() - before) * 60000;
  }
  return this;
};
proto.isUTC = proto.isUtc = function () { return this._isUTC && this._offset === 0; };
proto.isLocal = function () { return !this._isUTC; };
proto.isUtcOffset = function () { return this._isUTC; };
proto.isDST = function () { return false; };

// Wall-clock fields in the moment's own offset.
proto._wall = function () { return new Date(this._t + this.utcOffset() * 60000); };
proto._fromWall = function (y, mo, d, h, mi, s, ms) {
  if (this._isUTC) this._t = utcDate(y, mo, d, h, mi, s, ms) - this._offset * 60000;
  else this._t = localDate(y, mo, d, h, mi, s, ms);
  return this;
};
proto._fields = function () {
  var w = this._wall();
  return [w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds(), w.getUTCMilliseconds()];
};
function fieldAccessor(index, setter) {
  return function (value) {
    if (value === undefined) return this._isValid ? this._fields()[index] : NaN;
    if (!this._isValid) return this;
    var f = this._fields();
    if (setter) setter(f, value);
    else f[index] = _toInt(value);
    return this._fromWall(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
  };
}
function _toInt(v) { var n = +v; return n < 0 ? Math.ceil(n) : Math.floor(n); }
proto.year = proto.years = fieldAccessor(0, function (f, v) {
  f[0] = _toInt(v);
  f[2] = Math.min(f[2], daysInMonth(f[0], f[1]));
});
proto.month = proto.months = fieldAccessor(1, function (f, v) {
  if (typeof v === 'string' && !/^\d+$/.test(v)) {
    var idx = MONTHS.concat(MONTHS_SHORT).map(function (x) { return x.toLowerCase(); }).indexOf(v.toLowerCase());
    if (idx < 0) return;
    v = idx % 12;
  }
  f[1] = _toInt(v);
  f[2] = Math.min(f[2], daysInMonth(f[0], f[1]));
});
proto.date = proto.dates = fieldAccessor(2);
proto.hour = proto.hours = fieldAccessor(3);
proto.minute = proto.minutes = fieldAccessor(4);
proto.second = proto.seconds = fieldAccessor(5);
proto.millisecond = proto.milliseconds = fieldAccessor(6);
proto.day = proto.days = function (v) {
  var dow = this._isValid ? this._wall().getUTCDay() : NaN;
  if (v === undefined) return dow;
  if (typeof v === 'string') { var i = WEEKDAYS.concat(WEEKDAYS_SHORT, WEEKDAYS_MIN).map(function (x) { return x.toLowerCase(); }).indexOf(v.toLowerCase()); v = i < 0 ? NaN : i % 7; }
  return this.add(v - dow, 'd');
};
proto.weekday = function (v) { var wd = this.day(); return v === undefined ? wd : this.add(v - wd, 'd'); };
proto.isoWeekday = function (v) { var wd = this.day() || 7; return v === undefined ? wd : this.day(this.day() % 7 ? v : v - 7); };
proto.dayOfYear = function (v) {
  var doy = Math.round((utcDate(this.year(), this.month(), this.date()) - utcDate(this.year(), 0, 1)) / 864e5) + 1;
  return v === undefined ? doy : this.add(v - doy, 'd');
};
proto.week = proto.weeks = function (v) { var w = weekOfYear(this, 0, 6).week; return v === undefined ? w : this.add((v - w) * 7, 'd'); };
proto.isoWeek = proto.isoWeeks = function (v) { var w = weekOfYear(this, 1, 4).week; return v === undefined ? w : this.add((v - w) * 7, 'd'); };
proto.weekYear = function () { return weekOfYear(this, 0, 6).year; };
proto.isoWeekYear = function () { return weekOfYear(this, 1, 4).year; };
proto.weeksInYear = function () { return weeksInYear(this.year(), 0, 6); };
proto.isoWeeksInYear = function () { return weeksInYear(this.year(), 1, 4); };
proto.quarter = proto.quarters = function (v) {
  var q = Math.ceil((this.month() + 1) / 3);
  return v === undefined ? q : this.month((v - 1) * 3 + this.month() % 3);
};
proto.daysInMonth = function () { return daysInMonth(this.year(), this.month()); };
proto.isLeapYear = function () { return isLeap(this.year()); };
proto.get = function (unit) { unit = normalizeUnits(unit); return unit && typeof this[unit] === 'function' ? this[unit]() : this; };
proto.set = function (unit, value) {
  if (typeof unit === 'object') {
    var order = ['year', 'quarter', 'month', 'week', 'isoWeek', 'date', 'day', 'weekday', 'isoWeekday', 'dayOfYear', 'hour', 'minute', 'second', 'millisecond'];
    var self = this, norm = {};
    Object.keys(unit).forEach(function (k) { var n = normalizeUnits(k); if (n) norm[n] = unit[k]; });
    order.forEach(function (k) { if (norm[k] !== undefined) self[k](norm[k]); });
    return this;
  }
  unit = normalizeUnits(unit);
  return unit && typeof this[unit] === 'function' ? this[unit](value) : this;
};

proto.valueOf = function () { return this._isValid ? this._t : NaN; };
proto.unix = function () { return Math.floor(this.valueOf() / 1000); };
proto.toDate = function () { return new Date(this.valueOf()); };
proto.clone = function () { return new Moment(this._t, this._isUTC, this._offset, this._isValid); };
proto.isValid = function () { return this._isValid; };
proto.invalidAt = function () { return this._isValid ? -1 : 0; };
proto.locale = function (key) { return key === undefined ? 'en' : this; };
proto.lang = proto.locale;
proto.localeData = function () { return moment.localeData(); };
proto.toArray = function () { return this._fields(); };
proto.toObject = function () {
  var f = this._fields();
  return { years: f[0], months: f[1], date: f[2], hours: f[3], minutes: f[4], seconds: f[5], milliseconds: f[6] };
};
proto.toISOString = function (keepOffset) {
  if (!this._isValid) return null;
  var utc = keepOffset !== true, m = utc ? this.clone().utc() : this;
  if (m.year() < 0 || m.year() > 9999) return formatMoment(m, utc ? 'YYYYYY-MM-DD[T]HH:mm:ss.SSS[Z]' : 'YYYYYY-MM-DD[T]HH:mm:ss.SSSZ');
  return formatMoment(m, utc ? 'YYYY-MM-DD[T]HH:mm:ss.SSS[Z]' : 'YYYY-MM-DD[T]HH:mm:ss.SSSZ');
};
proto.toJSON = function () { return this._isValid ? this.toISOString() : null; };
proto.toString = function () { return this.clone().locale('en').format('ddd MMM DD YYYY HH:mm:ss [GMT]ZZ'); };
proto.inspect = function () {
  if (!this._isValid) return 'moment.invalid(/* ' + this._i + ' */)';
  var fn = this.isUtc() ? 'moment.utc' : 'moment', zone = this.isUtc() ? 'Z' : '';
  var year = this.year() >= 0 && this.year() <= 9999 ? 'YYYY' : 'YYYYYY';
  return this.format('[' + fn + '("]' + year + '-MM-DD[T]HH:mm:ss.SSS' + zone + '[")]').replace('Z")', '+00:00")');
};
proto.format = function (fmt) {
  if (!fmt) fmt = this.isUtc() ? moment.defaultFormatUtc : moment.defaultFormat;
  return formatMoment(this, fmt);
};

// ---------- formatting ----------
var TOKEN_RE = /(\[[^[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;
var LONG_RE = /(\[[^[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;
function expandLong(fmt) {
  for (var i = 0; i < 5 && LONG_RE.test(fmt); i++) {
    LONG_RE.lastIndex = 0;
    fmt = fmt.replace(LONG_RE, function (all, bracket, esc, tok) {
      if (bracket || esc) return all;
      if (LONG_FORMATS[tok]) return LONG_FORMATS[tok];
      var upper = LONG_FORMATS[tok.toUpperCase()];
      return upper.replace(/MMMM|MM|DD|dddd/g, function (x) { return x.slice(1); });
    });
  }
  LONG_RE.lastIndex = 0;
  return fmt;
}
function offsetString(m, sep) {
  var off = m.utcOffset(), sign = off < 0 ? '-' : '+';
  off = Math.abs(off);
  return sign + pad(~~(off / 60), 2) + sep + pad(~~off % 60, 2);
}
var FORMATTERS = {
  M: function (m) { return m.month() + 1; }, MM: function (m) { return pad(m.month() + 1, 2); }, Mo: function (m) { return ordinal(m.month() + 1); },
  MMM: function (m) { return MONTHS_SHORT[m.month()]; }, MMMM: function (m) { return MONTHS[m.month()]; },
  D: function (m) { return m.date(); }, DD: function (m) { return pad(m.date(), 2); }, Do: function (m) { return ordinal(m.date()); },
  DDD: function (m) { return m.dayOfYear(); }, DDDD: function (m) { return pad(m.dayOfYear(), 3); }, DDDo: function (m) { return ordinal(m.dayOfYear()); },
  d: function (m) { return m.day(); }, do: function (m) { return ordinal(m.day()); }, dd: function (m) { return WEEKDAYS_MIN[m.day()]; },
  ddd: function (m) { return WEEKDAYS_SHORT[m.day()]; }, dddd: function (m) { return WEEKDAYS[m.day()]; },
  e: function (m) { return m.weekday(); }, E: function (m) { return m.isoWeekday(); },
  w: function (m) { return m.week(); }, ww: function (m) { return pad(m.week(), 2); }, wo: function (m) { return ordinal(m.week()); },
  W: function (m) { return m.isoWeek(); }, WW: function (m) { return pad(m.isoWeek(), 2); }, Wo: function (m) { return ordinal(m.isoWeek()); },
  Q: function (m) { return m.quarter(); }, Qo: function (m) { return ordinal(m.quarter()); },
  YY: function (m) { return pad(m.year() % 100, 2); }, YYYY: function (m) { var y = m.year(); return y <= 9999 ? pad(y, 4) : '+' + y; },
  YYYYY: function (m) { return pad(m.year(), 5); }, YYYYYY: function (m) { return pad(m.year(), 6, true); },
  Y: function (m) { var y = m.year(); return y <= 9999 ? '' + y : '+' + y; },
  gg: function (m) { return pad(m.weekYear() % 100, 2); }, gggg: function (m) { return pad(m.weekYear(), 4); },
  GG: function (m) { return pad(m.isoWeekYear() % 100, 2); }, GGGG: function (m) { return pad(m.isoWeekYear(), 4); },
  a: function (m) { return m.hour() < 12 ? 'am' : 'pm'; }, A: function (m) { return m.hour() < 12 ? 'AM' : 'PM'; },
  H: function (m) { return m.hour(); }, HH: function (m) { return pad(m.hour(), 2); },
  h: function (m) { return m.hour() % 12 || 12; }, hh: function (m) { return pad(m.hour() % 12 || 12, 2); },
  k: function (m) { return m.hour() || 24; }, kk: function (m) { return pad(m.hour() || 24, 2); },
  m: function (m) { return m.minute(); }, mm: function (m) { return pad(m.minute(), 2); },
  s: function (m) { return m.second(); }, ss: function (m) { return pad(m.second(), 2); },
  Hmm: function (m) { return '' + m.hour() + pad(m.minute(), 2); }, Hmmss: function (m) { return '' + m.hour() + pad(m.minute(), 2) + pad(m.second(), 2); },
  hmm: function (m) { return '' + (m.hour() % 12 || 12) + pad(m.minute(), 2); }, hmmss: function (m) { return '' + (m.hour() % 12 || 12) + pad(m.minute(), 2) + pad(m.second(), 2); },
  X: function (m) { return '' + m.unix(); }, x: function (m) { return '' + m.valueOf(); },
  Z: function (m) { return offsetString(m, ':'); }, ZZ: function (m) { return offsetString(m, ''); },
  z: function (m) { return m.isUtc() ? 'UTC' : ''; }, zz: function (m) { return m.isUtc() ? 'Coordinated Universal Time' : ''; },
  N: function (m) { return m.year() > 0 ? 'AD' : 'BC'; }, y: function (m) { return '' + m.year(); }
};
function formatMoment(m, fmt) {
  if (!m.isValid()) return 'Invalid date';
  fmt = expandLong(fmt);
  return fmt.replace(TOKEN_RE, function (all, bracket, esc, tok) {
    if (bracket) return bracket.slice(1, -1);
    if (esc) return tok;
    if (/^S{1,9}$/.test(tok)) return (pad(m.millisecond(), 3) + '000000').slice(0, tok.length);
    if (/^N{1,5}$/.test(tok)) return FORMATTERS.N(m);
    var f = FORMATTERS[tok];
    return f ? String(f(m)) : tok;
  });
}
