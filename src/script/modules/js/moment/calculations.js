// Part of require('moment'): mod.rs joins the files of js/moment/ in order into one module body.
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
