// Part of require('lodash'): mod.rs joins the files of js/lodash/ in order into one module body.
// ---------- objects ----------
_.keys = function (o) {
  if (o == null) return [];
  if (_.isArrayLike(o)) {
    var r = [];
    for (var i = 0; i < o.length; i++) r.push(String(i));
    if (typeof o !== 'string') {
      Object.keys(o).forEach(function (k) { if (k !== 'length' && !(/^(?:0|[1-9]\d*)$/.test(k) && +k < o.length)) r.push(k); });
    }
    return r;
  }
  return Object.keys(Object(o));
};
_.keysIn = function (o) { var r = []; for (var k in Object(o)) r.push(k); return r; };
_.values = function (o) { return o == null ? [] : _.keys(o).map(function (k) { return o[k]; }); };
_.valuesIn = function (o) { return _.keysIn(o).map(function (k) { return o[k]; }); };
_.toPairs = function (o) {
  if (_.isMap(o)) return Array.from(o.entries());
  if (_.isSet(o)) return Array.from(o.values()).map(function (v) { return [v, v]; });
  return _.keys(o).map(function (k) { return [k, o[k]]; });
};
_.entries = _.toPairs;
_.toPairsIn = function (o) { return _.keysIn(o).map(function (k) { return [k, o[k]]; }); };
_.entriesIn = _.toPairsIn;
_.assignWith = function (target) {
  var args = Array.prototype.slice.call(arguments, 1), custom = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  target = Object(target);
  args.forEach(function (src) {
    if (src == null) return;
    _.keys(src).forEach(function (k) { target[k] = custom ? custom(target[k], src[k], k, target, src) : src[k]; });
  });
  return target;
};
_.assign = function (target) {
  target = Object(target);
  for (var i = 1; i < arguments.length; i++) {
    var src = arguments[i];
    if (src != null) _.keys(src).forEach(function (k) { target[k] = src[k]; });
  }
  return target;
};
_.assignIn = function (target) {
  target = Object(target);
  for (var i = 1; i < arguments.length; i++) { var src = arguments[i]; for (var k in src) target[k] = src[k]; }
  return target;
};
_.extend = _.assignIn;
_.assignInWith = _.assignWith;
_.extendWith = _.assignWith;
_.defaults = function (target) {
  target = Object(target);
  for (var i = 1; i < arguments.length; i++) {
    var src = arguments[i];
    if (src == null) continue;
    for (var k in src) if (target[k] === undefined || (target[k] === Object.prototype[k] && !hasOwn.call(target, k))) target[k] = src[k];
  }
  return target;
};
_.defaultsDeep = function (target) {
  target = Object(target);
  for (var i = 1; i < arguments.length; i++) {
    var src = arguments[i];
    if (src == null) continue;
    for (var k in src) {
      if (target[k] === undefined) target[k] = _.cloneDeep(src[k]);
      else if (_.isPlainObject(target[k]) && _.isPlainObject(src[k])) _.defaultsDeep(target[k], src[k]);
    }
  }
  return target;
};
function baseMerge(target, src, custom, stack) {
  _.keysIn(src).forEach(function (k) {
    var sv = src[k], tv = target[k];
    var r = custom ? custom(tv, sv, k, target, src, stack) : undefined;
    if (r !== undefined) { target[k] = r; return; }
    if (_.isObject(sv) && (Array.isArray(sv) || _.isPlainObject(sv) || _.isArguments(sv) || _.isTypedArray(sv))) {
      if (stack.indexOf(sv) > -1) { target[k] = sv; return; }
      var base;
      if (Array.isArray(sv)) base = Array.isArray(tv) ? tv : _.isArrayLikeObject(tv) ? arr(tv) : [];
      else base = _.isPlainObject(tv) || _.isArguments(tv) ? tv : _.isObject(tv) && typeof tv !== 'function' ? tv : {};
      stack.push(sv);
      target[k] = baseMerge(base, sv, custom, stack);
      stack.pop();
    } else if (sv !== undefined || !(k in Object(target))) {
      target[k] = sv;
    }
  });
  return target;
}
_.mergeWith = function (target) {
  var args = Array.prototype.slice.call(arguments, 1), custom = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  target = Object(target);
  args.forEach(function (src) { if (src != null) baseMerge(target, src, custom, []); });
  return target;
};
_.merge = function () { return _.mergeWith.apply(null, Array.prototype.slice.call(arguments).concat([undefined])); };
_.pick = function (o) {
  var paths = _.flattenDeep(Array.prototype.slice.call(arguments, 1)), r = {};
  if (o == null) return r;
  paths.forEach(function (p) { if (_.hasIn(o, p)) _.set(r, castPath(p, o), _.get(o, p)); });
  return r;
};
_.pickBy = function (o, fn) { fn = it(fn); var r = {}; if (o == null) return r; _.keysIn(o).forEach(function (k) { if (fn(o[k], k)) r[k] = o[k]; }); return r; };
_.omit = function (o) {
  var paths = _.flattenDeep(Array.prototype.slice.call(arguments, 1));
  if (o == null) return {};
  var r = _.cloneDeep(_.toPlainObject(o));
  paths.forEach(function (p) { _.unset(r, p); });
  return r;
};
_.omitBy = function (o, fn) { fn = it(fn); return _.pickBy(o, function (v, k) { return !fn(v, k); }); };
_.invert = function (o) { var r = {}; _.keys(o).forEach(function (k) { r[o[k]] = k; }); return r; };
_.invertBy = function (o, fn) { fn = it(fn); var r = {}; _.keys(o).forEach(function (k) { var v = fn(o[k]); (hasOwn.call(r, v) ? r[v] : (r[v] = [])).push(k); }); return r; };
_.mapValues = function (o, fn) { fn = it(fn); var r = {}; _.keys(o).forEach(function (k) { r[k] = fn(o[k], k, o); }); return r; };
_.mapKeys = function (o, fn) { fn = it(fn); var r = {}; _.keys(o).forEach(function (k) { r[fn(o[k], k, o)] = o[k]; }); return r; };
_.findKey = function (o, fn) { fn = it(fn); var ks = _.keys(o); for (var i = 0; i < ks.length; i++) if (fn(o[ks[i]], ks[i], o)) return ks[i]; return undefined; };
_.findLastKey = function (o, fn) { fn = it(fn); var ks = _.keys(o); for (var i = ks.length - 1; i >= 0; i--) if (fn(o[ks[i]], ks[i], o)) return ks[i]; return undefined; };
_.functions = function (o) { return _.keys(o).filter(function (k) { return typeof o[k] === 'function'; }); };
_.functionsIn = function (o) { return _.keysIn(o).filter(function (k) { return typeof o[k] === 'function'; }); };
_.create = function (proto, props) { var o = Object.create(proto); return props ? _.assign(o, props) : o; };
_.transform = function (o, fn, acc) {
  fn = it(fn);
  if (acc === undefined) acc = Array.isArray(o) ? [] : _.isObject(o) ? Object.create(Object.getPrototypeOf(o)) : {};
  _.forEach(o, function (v, k) { return fn(acc, v, k, o); });
  return acc;
};
function baseClone(v, deep, custom, stack) {
  if (custom) { var c = custom(v); if (c !== undefined) return c; }
  if (!_.isObject(v) || typeof v === 'function') return v;
  if (stack) { for (var s = 0; s < stack.length; s++) if (stack[s][0] === v) return stack[s][1]; }
  var r;
  if (Array.isArray(v)) r = new Array(v.length);
  else if (_.isDate(v)) return new Date(+v);
  else if (_.isRegExp(v)) { r = new RegExp(v.source, v.flags); r.lastIndex = v.lastIndex; return r; }
  else if (_.isMap(v)) { r = new Map(); v.forEach(function (x, k) { r.set(k, deep ? baseClone(x, deep, custom, stack) : x); }); return r; }
  else if (_.isSet(v)) { r = new Set(); v.forEach(function (x) { r.add(deep ? baseClone(x, deep, custom, stack) : x); }); return r; }
  else if (_.isError(v) || _.isWeakMap(v)) return {};
  else r = Object.create(Object.getPrototypeOf(v));
  if (stack) stack.push([v, r]);
  Object.keys(v).forEach(function (k) { r[k] = deep ? baseClone(v[k], deep, custom, stack) : v[k]; });
  return r;
}
_.clone = function (v) { return baseClone(v, false, null, null); };
_.cloneDeep = function (v) { return baseClone(v, true, null, []); };
_.cloneWith = function (v, fn) { return baseClone(v, false, fn, null); };
_.cloneDeepWith = function (v, fn) { return baseClone(v, true, fn, []); };
function baseIsEqual(a, b, custom, stack) {
  if (custom) { var c = custom(a, b); if (c !== undefined) return !!c; }
  if (a === b) return true;
  if (a == null || b == null || (!_.isObjectLike(a) && !_.isObjectLike(b))) return a !== a && b !== b;
  var ta = tag(a);
  if (ta !== tag(b)) return false;
  switch (ta) {
    case '[object Number]': case '[object Boolean]': case '[object Date]':
      return _.eq(+a, +b);
    case '[object String]': return String(a) === String(b);
    case '[object RegExp]': return String(a) === String(b);
    case '[object Error]': return a.name === b.name && a.message === b.message;
    case '[object Map]': case '[object Set]':
      return a.size === b.size && baseIsEqual(Array.from(a), Array.from(b), custom, stack);
    default:
  }
  for (var s = 0; s < stack.length; s++) if (stack[s][0] === a) return stack[s][1] === b;
  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
    stack.push([a, b]);
    for (var i = 0; i < a.length; i++) if (!baseIsEqual(a[i], b[i], custom, stack)) { stack.pop(); return false; }
    stack.pop();
    return true;
  }
  var ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  if (a.constructor !== b.constructor && 'constructor' in a && 'constructor' in b &&
      !(typeof a.constructor === 'function' && a.constructor instanceof a.constructor && typeof b.constructor === 'function' && b.constructor instanceof b.constructor)) return false;
  stack.push([a, b]);
  for (var j = 0; j < ka.length; j++) {
    if (!hasOwn.call(b, ka[j]) || !baseIsEqual(a[ka[j]], b[ka[j]], custom, stack)) { stack.pop(); return false; }
  }
  stack.pop();
  return true;
}
_.isEqual = function (a, b) { return baseIsEqual(a, b, null, []); };
_.isEqualWith = function (a, b, fn) { return baseIsEqual(a, b, typeof fn === 'function' ? fn : null, []); };
_.isMatchWith = function (o, s) { return _.isMatch(o, s); };
