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

// ---------- manipulation ----------
proto.add = function (amount, unit) { return addSubtract(this, amount, unit, 1); };
proto.subtract = function (amount, unit) { return addSubtract(this, amount, unit, -1); };
function addSubtract(m, amount, unit, sign) {
  if (!m._isValid) return m;
  var d = (typeof amount === 'string' && unit !== undefined && isNaN(+unit)) ? createDuration(+amount, unit)
    : (typeof unit === 'string' && !isNaN(+unit) && typeof amount === 'string') ? createDuration(+unit, amount) : createDuration(amount, unit);
  var absRound = function (n) { return n < 0 ? -Math.round(-n) : Math.round(n); };
  var ms = d._milliseconds * sign, days = absRound(d._days) * sign, months = absRound(d._months) * sign;
  if (months) {
    var f = m._fields(), total = f[1] + months, y = f[0] + Math.floor(total / 12), mo = ((total % 12) + 12) % 12;
    m._fromWall(y, mo, Math.min(f[2], daysInMonth(y, mo)), f[3], f[4], f[5], f[6]);
  }
  if (days) {
    var g = m._fields();
    m._fromWall(g[0], g[1], g[2] + days, g[3], g[4], g[5], g[6]);
  }
  if (ms) m._t += ms;
  return m;
}
proto.startOf = function (unit) {
  unit = normalizeUnits(unit);
  if (!unit || unit === 'millisecond' || !this._isValid) return this;
  var f = this._fields();
  switch (unit) {
    case 'year': return this._fromWall(f[0], 0, 1);
    case 'quarter': return this._fromWall(f[0], f[1] - f[1] % 3, 1);
    case 'month': return this._fromWall(f[0], f[1], 1);
    case 'week': return this._fromWall(f[0], f[1], f[2] - this.weekday());
    case 'isoWeek': return this._fromWall(f[0], f[1], f[2] - (this.isoWeekday() - 1));
    case 'day': case 'date': case 'weekday': case 'isoWeekday': case 'dayOfYear': return this._fromWall(f[0], f[1], f[2]);
    case 'hour': return this._fromWall(f[0], f[1], f[2], f[3]);
    case 'minute': return this._fromWall(f[0], f[1], f[2], f[3], f[4]);
    case 'second': return this._fromWall(f[0], f[1], f[2], f[3], f[4], f[5]);
    default: return this;
  }
};
proto.endOf = function (unit) {
  unit = normalizeUnits(unit);
  if (!unit || unit === 'millisecond' || !this._isValid) return this;
  var step = { year: 'year', quarter: 'quarter', month: 'month', week: 'week', isoWeek: 'week', day: 'day', date: 'day',
    hour: 'hour', minute: 'minute', second: 'second' }[unit];
  if (!step) return this;
  this.startOf(unit).add(step === 'quarter' ? 3 : 1, step === 'quarter' ? 'month' : step);
  this._t -= 1;
  return this;
};

// ---------- comparison ----------
function toMoment(input, like) {
  var m = isMoment(input) ? input : createMoment(input, undefined, undefined, false, like && like._isUTC);
  return m;
}
proto.isBefore = function (input, unit) {
  var other = toMoment(input, this);
  if (!this._isValid || !other.isValid()) return false;
  unit = normalizeUnits(unit) || 'millisecond';
  return unit === 'millisecond' ? this.valueOf() < other.valueOf() : this.clone().endOf(unit).valueOf() < other.valueOf();
};
proto.isAfter = function (input, unit) {
  var other = toMoment(input, this);
  if (!this._isValid || !other.isValid()) return false;
  unit = normalizeUnits(unit) || 'millisecond';
  return unit === 'millisecond' ? this.valueOf() > other.valueOf() : other.valueOf() < this.clone().startOf(unit).valueOf();
};
proto.isSame = function (input, unit) {
  var other = toMoment(input, this);
  if (!this._isValid || !other.isValid()) return false;
  unit = normalizeUnits(unit) || 'millisecond';
  if (unit === 'millisecond') return this.valueOf() === other.valueOf();
  var v = other.valueOf();
  return this.clone().startOf(unit).valueOf() <= v && v <= this.clone().endOf(unit).valueOf();
};
proto.isSameOrAfter = function (input, unit) { return this.isSame(input, unit) || this.isAfter(input, unit); };
proto.isSameOrBefore = function (input, unit) { return this.isSame(input, unit) || this.isBefore(input, unit); };
proto.isBetween = function (from, to, unit, inclusivity) {
  inclusivity = inclusivity || '()';
  var a = toMoment(from, this), b = toMoment(to, this);
  return (inclusivity[0] === '(' ? this.isAfter(a, unit) : !this.isBefore(a, unit)) &&
    (inclusivity[1] === ')' ? this.isBefore(b, unit) : !this.isAfter(b, unit));
};

// ---------- differences ----------
function monthDiff(a, b) {
  if (a.date() < b.date()) return -monthDiff(b, a);
  var whole = (b.year() - a.year()) * 12 + (b.month() - a.month());
  var anchor = a.clone().add(whole, 'months'), anchor2, adjust;
  if (b - anchor < 0) {
    anchor2 = a.clone().add(whole - 1, 'months');
    adjust = (b - anchor) / (anchor - anchor2);
  } else {
    anchor2 = a.clone().add(whole + 1, 'months');
    adjust = (b - anchor) / (anchor2 - anchor);
  }
  return -(whole + adjust) || 0;
}
proto.diff = function (input, unit, asFloat) {
  if (!this._isValid) return NaN;
  var that = toMoment(input, this);
  if (!that.isValid()) return NaN;
  var zoneDelta = (that.utcOffset() - this.utcOffset()) * 6e4, out;
  unit = normalizeUnits(unit);
  switch (unit) {
    case 'year': out = monthDiff(this, that) / 12; break;
    case 'month': out = monthDiff(this, that); break;
    case 'quarter': out = monthDiff(this, that) / 3; break;
    case 'second': out = (this - that) / 1e3; break;
    case 'minute': out = (this - that) / 6e4; break;
    case 'hour': out = (this - that) / 36e5; break;
    case 'day': out = (this - that - zoneDelta) / 864e5; break;
    case 'week': out = (this - that - zoneDelta) / 6048e5; break;
    default: out = this - that;
  }
  return asFloat ? out : absFloor(out);
};

// ---------- relative time and calendar ----------
function relativeTime(duration, withoutSuffix) {
  var seconds = Math.round(Math.abs(duration.as('s'))), minutes = Math.round(Math.abs(duration.as('m')));
  var hours = Math.round(Math.abs(duration.as('h'))), days = Math.round(Math.abs(duration.as('d')));
  var months = Math.round(Math.abs(duration.as('M'))), years = Math.round(Math.abs(duration.as('y')));
  var a = (seconds <= THRESHOLDS.ss && ['s', seconds]) || (seconds < THRESHOLDS.s && ['ss', seconds]) || (minutes <= 1 && ['m']) ||
    (minutes < THRESHOLDS.m && ['mm', minutes]) || (hours <= 1 && ['h']) || (hours < THRESHOLDS.h && ['hh', hours]) ||
    (days <= 1 && ['d']) || (days < THRESHOLDS.d && ['dd', days]) || (months <= 1 && ['M']) ||
    (months < THRESHOLDS.M && ['MM', months]) || (years <= 1 && ['y']) || ['yy', years];
  var text = RELATIVE[a[0]].replace(/%d/i, a[1]);
  if (withoutSuffix) return text;
  return (duration.valueOf() > 0 ? RELATIVE.future : RELATIVE.past).replace(/%s/i, text);
}
proto.from = function (time, withoutSuffix) {
  var other = toMoment(time, this);
  if (!this._isValid || !other.isValid()) return 'Invalid date';
  return relativeTime(momentsDifference(other, this), withoutSuffix);
};
proto.to = function (time, withoutSuffix) { return toMoment(time, this).from(this, withoutSuffix); };
proto.fromNow = function (withoutSuffix) { return this.from(createMoment(), withoutSuffix); };
proto.toNow = function (withoutSuffix) { return this.to(createMoment(), withoutSuffix); };
proto.calendar = function (time, formats) {
  var now = time === undefined ? createMoment() : toMoment(time, this);
  var sod = now.clone().utcOffset(this.utcOffset()).startOf('day'), diff = this.diff(sod, 'days', true);
  var key = diff < -6 ? 'sameElse' : diff < -1 ? 'lastWeek' : diff < 0 ? 'lastDay' : diff < 1 ? 'sameDay' : diff < 2 ? 'nextDay' : diff < 7 ? 'nextWeek' : 'sameElse';
  var cal = { sameDay: '[Today at] LT', nextDay: '[Tomorrow at] LT', nextWeek: 'dddd [at] LT', lastDay: '[Yesterday at] LT', lastWeek: '[Last] dddd [at] LT', sameElse: 'L' };
  var out = formats && formats[key] !== undefined ? formats[key] : cal[key];
  return this.format(typeof out === 'function' ? out.call(this, now) : out);
};

// ---------- durations ----------
function Duration(values) {
  var v = values || {};
  var get = function (names) { for (var i = 0; i < names.length; i++) if (v[names[i]] !== undefined) return +v[names[i]]; return 0; };
  this._milliseconds = get(['milliseconds', 'millisecond', 'ms']) + get(['seconds', 'second', 's']) * 1e3 +
    get(['minutes', 'minute', 'm']) * 6e4 + get(['hours', 'hour', 'h']) * 36e5;
  this._days = get(['days', 'day', 'd']) + get(['weeks', 'week', 'w']) * 7;
  this._months = get(['months', 'month', 'M']) + get(['quarters', 'quarter', 'Q']) * 3 + get(['years', 'year', 'y']) * 12;
  this._isValid = !isNaN(this._milliseconds + this._days + this._months);
  this._data = {};
  this._bubble();
}
var dproto = Duration.prototype;
function daysToMonths(days) { return days * 4800 / 146097; }
function monthsToDays(months) { return months * 146097 / 4800; }
dproto._bubble = function () {
  var ms = this._milliseconds, days = this._days, months = this._months, data = this._data;
  if (!((ms >= 0 && days >= 0 && months >= 0) || (ms <= 0 && days <= 0 && months <= 0))) {
    ms += absCeil(monthsToDays(months) + days) * 864e5;
    days = 0;
    months = 0;
  }
  data.milliseconds = ms % 1000;
  var seconds = absFloor(ms / 1000);
  data.seconds = seconds % 60;
  var minutes = absFloor(seconds / 60);
  data.minutes = minutes % 60;
  var hours = absFloor(minutes / 60);
  data.hours = hours % 24;
  days += absFloor(hours / 24);
  var monthsFromDays = absFloor(daysToMonths(days));
  months += monthsFromDays;
  days -= absCeil(monthsToDays(monthsFromDays));
  data.days = days;
  data.months = months % 12;
  data.years = absFloor(months / 12);
};
function absCeil(n) { return n < 0 ? Math.floor(n) : Math.ceil(n); }
dproto.as = function (unit) {
  if (!this._isValid) return NaN;
  unit = normalizeUnits(unit);
  var days, months, ms = this._milliseconds;
  if (unit === 'month' || unit === 'quarter' || unit === 'year') {
    days = this._days + ms / 864e5;
    months = this._months + daysToMonths(days);
    return unit === 'month' ? months : unit === 'quarter' ? months / 3 : months / 12;
  }
  days = this._days + Math.round(monthsToDays(this._months));
  switch (unit) {
    case 'week': return days / 7 + ms / 6048e5;
    case 'day': return days + ms / 864e5;
    case 'hour': return days * 24 + ms / 36e5;
    case 'minute': return days * 1440 + ms / 6e4;
    case 'second': return days * 86400 + ms / 1000;
    case 'millisecond': return Math.floor(days * 864e5) + ms;
    default: throw new Error('Unknown unit ' + unit);
  }
};
['milliseconds', 'seconds', 'minutes', 'hours', 'days', 'months', 'years'].forEach(function (name) {
  dproto[name] = function () { return this._isValid ? this._data[name] : NaN; };
  var as = 'as' + name.charAt(0).toUpperCase() + name.slice(1);
  dproto[as] = function () { return this.as(name); };
});
dproto.asWeeks = function () { return this.as('w'); };
dproto.asQuarters = function () { return this.as('Q'); };
dproto.weeks = function () { return absFloor(this.days() / 7); };
dproto.get = function (unit) { unit = normalizeUnits(unit); return this._isValid ? this[unit + 's']() : NaN; };
dproto.valueOf = function () { return this.asMilliseconds(); };
dproto.isValid = function () { return this._isValid; };
dproto.clone = function () { var d = createDuration(0); d._milliseconds = this._milliseconds; d._days = this._days; d._months = this._months; d._bubble(); return d; };
dproto.add = function (a, u) { var o = createDuration(a, u); this._milliseconds += o._milliseconds; this._days += o._days; this._months += o._months; this._bubble(); return this; };
dproto.subtract = function (a, u) { var o = createDuration(a, u); this._milliseconds -= o._milliseconds; this._days -= o._days; this._months -= o._months; this._bubble(); return this; };
dproto.abs = function () { this._milliseconds = Math.abs(this._milliseconds); this._days = Math.abs(this._days); this._months = Math.abs(this._months); this._bubble(); return this; };
dproto.humanize = function (withSuffix) { return this._isValid ? relativeTime(this, !withSuffix) : 'Invalid date'; };
dproto.locale = function (key) { return key === undefined ? 'en' : this; };
dproto.toISOString = function () {
  if (!this._isValid) return 'Invalid date';
  var seconds = Math.abs(this._milliseconds) / 1000, days = Math.abs(this._days), months = Math.abs(this._months);
  var total = this.asSeconds();
  if (!total) return 'P0D';
  var minutes = absFloor(seconds / 60), hours = absFloor(minutes / 60);
  seconds %= 60;
  minutes %= 60;
  var years = absFloor(months / 12);
  months %= 12;
  var s = seconds ? seconds.toFixed(3).replace(/\.?0+$/, '') : '';
  var sign = function (x) { return (x > 0) - (x < 0) || +x; };
  var totalSign = total < 0 ? '-' : '';
  var ymSign = sign(this._months) !== sign(total) ? '-' : '';
  var daysSign = sign(this._days) !== sign(total) ? '-' : '';
  var hmsSign = sign(this._milliseconds) !== sign(total) ? '-' : '';
  return totalSign + 'P' + (years ? ymSign + years + 'Y' : '') + (months ? ymSign + months + 'M' : '') + (days ? daysSign + days + 'D' : '') +
    (hours || minutes || seconds ? 'T' : '') + (hours ? hmsSign + hours + 'H' : '') + (minutes ? hmsSign + minutes + 'M' : '') + (seconds ? hmsSign + s + 'S' : '');
};
dproto.toJSON = dproto.toISOString;
dproto.toString = dproto.toISOString;

function createDuration(input, unit) {
  if (input instanceof Duration) return input.clone();
  if (input == null) return new Duration({});
  if (typeof input === 'number' || (typeof input === 'string' && /^[+-]?\d+(\.\d+)?$/.test(input))) {
    var values = {};
    var u = normalizeUnits(unit) || 'millisecond';
    values[u === 'isoWeek' ? 'week' : u === 'date' ? 'day' : u] = +input;
    return new Duration(values);
  }
  if (typeof input === 'string') {
    var m = /^(-|\+)?(?:(\d*)[. ])?(\d+):(\d+)(?::(\d+)(\.\d*)?)?$/.exec(input);
    if (m) {
      var sg = m[1] === '-' ? -1 : 1;
      return new Duration({ d: sg * (+m[2] || 0), h: sg * +m[3], m: sg * +m[4], s: sg * (+m[5] || 0), ms: sg * Math.round((+m[6] || 0) * 1000) });
    }
    var iso = /^(-|\+)?P(?:([-+]?[0-9,.]*)Y)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)W)?(?:([-+]?[0-9,.]*)D)?(?:T(?:([-+]?[0-9,.]*)H)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)S)?)?$/.exec(input);
    if (iso) {
      var s2 = iso[1] === '-' ? -1 : 1, num = function (x) { var r = x && parseFloat(x.replace(',', '.')); return (isNaN(r) ? 0 : r) * s2; };
      return new Duration({ y: num(iso[2]), M: num(iso[3]), w: num(iso[4]), d: num(iso[5]), h: num(iso[6]), m: num(iso[7]), s: num(iso[8]) });
    }
    var bad = new Duration({});
    bad._isValid = false;
    return bad;
  }
  if (typeof input === 'object') {
    if (isMoment(input.from) || isMoment(input.to)) return momentsDifference(toMoment(input.from), toMoment(input.to));
    return new Duration(input);
  }
  return new Duration({});
}
function momentsDifference(base, other) {
  if (!base.isValid() || !other.isValid()) return createDuration(NaN);
  other = other.clone().utcOffset(base.utcOffset());
  var res;
  if (base.isBefore(other)) res = positiveDiff(base, other);
  else {
    res = positiveDiff(other, base);
    res.milliseconds = -res.milliseconds;
    res.months = -res.months;
  }
  return new Duration({ milliseconds: res.milliseconds, months: res.months });
}
function positiveDiff(base, other) {
  var months = other.month() - base.month() + (other.year() - base.year()) * 12;
  if (base.clone().add(months, 'M').isAfter(other)) --months;
  return { months: months, milliseconds: +other - +base.clone().add(months, 'M') };
}

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
