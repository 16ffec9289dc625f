// Part of require('moment'): mod.rs joins the files of js/moment/ in order into one module body.
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
