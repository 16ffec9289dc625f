// Part of require('lodash'): mod.rs joins the files of js/lodash/ in order into one module body.
// ---------- functions ----------
_.identity = function (v) { return v; };
_.noop = function () {};
_.constant = function (v) { return function () { return v; }; };
_.stubArray = function () { return []; };
_.stubObject = function () { return {}; };
_.stubString = function () { return ''; };
_.stubTrue = function () { return true; };
_.stubFalse = function () { return false; };
_.now = function () { return Date.now(); };
_.once = function (fn) { return _.before(2, fn); };
_.before = function (n, fn) {
  var result;
  return function () {
    if (--n > 0) result = fn.apply(this, arguments);
    if (n <= 1) fn = undefined;
    return result;
  };
};
_.after = function (n, fn) { return function () { if (--n < 1) return fn.apply(this, arguments); }; };
_.memoize = function (fn, resolver) {
  if (typeof fn !== 'function' || (resolver != null && typeof resolver !== 'function')) throw new TypeError('Expected a function');
  var memoized = function () {
    var key = resolver ? resolver.apply(this, arguments) : arguments[0], cache = memoized.cache;
    if (cache.has(key)) return cache.get(key);
    var r = fn.apply(this, arguments);
    memoized.cache = cache.set(key, r) || cache;
    return r;
  };
  memoized.cache = new Map();
  return memoized;
};
_.negate = function (pred) { return function () { return !pred.apply(this, arguments); }; };
_.partial = function (fn) { var bound = Array.prototype.slice.call(arguments, 1); return function () { return fn.apply(this, bound.concat(Array.prototype.slice.call(arguments))); }; };
_.partialRight = function (fn) { var bound = Array.prototype.slice.call(arguments, 1); return function () { return fn.apply(this, Array.prototype.slice.call(arguments).concat(bound)); }; };
_.bind = function (fn, thisArg) { var bound = Array.prototype.slice.call(arguments, 2); return function () { return fn.apply(thisArg, bound.concat(Array.prototype.slice.call(arguments))); }; };
_.bindAll = function (obj) { _.flattenDeep(Array.prototype.slice.call(arguments, 1)).forEach(function (k) { obj[k] = obj[k].bind(obj); }); return obj; };
_.curry = function (fn, arity) {
  arity = arity === undefined ? fn.length : arity;
  var curried = function (args) {
    return function () {
      var all = args.concat(Array.prototype.slice.call(arguments));
      return all.length >= arity ? fn.apply(this, all) : curried(all);
    };
  };
  return curried([]);
};
_.flow = function () {
  var fns = _.flatten(Array.prototype.slice.call(arguments));
  return function () {
    var r = fns.length ? fns[0].apply(this, arguments) : arguments[0];
    for (var i = 1; i < fns.length; i++) r = fns[i].call(this, r);
    return r;
  };
};
_.flowRight = function () { return _.flow.apply(null, _.flatten(Array.prototype.slice.call(arguments)).reverse()); };
_.ary = function (fn, n) { n = n === undefined ? fn.length : n; return function () { return fn.apply(this, Array.prototype.slice.call(arguments, 0, n)); }; };
_.unary = function (fn) { return _.ary(fn, 1); };
_.nthArg = function (n) { n = _.toInteger(n); return function () { return _.nth(arguments, n); }; };
_.rest = function (fn, start) {
  start = start === undefined ? fn.length - 1 : _.toInteger(start);
  return function () {
    var args = Array.prototype.slice.call(arguments, 0, start);
    args[start] = Array.prototype.slice.call(arguments, start);
    return fn.apply(this, args);
  };
};
_.spread = function (fn) { return function (args) { return fn.apply(this, args); }; };
_.flip = function (fn) { return function () { return fn.apply(this, Array.prototype.slice.call(arguments).reverse()); }; };
_.rearg = function (fn) { var idx = _.flatten(Array.prototype.slice.call(arguments, 1)); return function () { var a = arguments; return fn.apply(this, idx.map(function (i) { return a[i]; })); }; };
_.overArgs = function (fn, transforms) { transforms = _.flatten([transforms]); return function () { var a = Array.prototype.slice.call(arguments); return fn.apply(this, a.map(function (x, i) { return transforms[i] ? transforms[i](x) : x; })); }; };
_.over = function () { var fns = _.flatten(Array.prototype.slice.call(arguments)); return function () { var a = arguments, t = this; return fns.map(function (f) { return it(f).apply(t, a); }); }; };
_.overEvery = function () { var fns = _.flatten(Array.prototype.slice.call(arguments)); return function () { var a = arguments, t = this; return fns.every(function (f) { return it(f).apply(t, a); }); }; };
_.overSome = function () { var fns = _.flatten(Array.prototype.slice.call(arguments)); return function () { var a = arguments, t = this; return fns.some(function (f) { return it(f).apply(t, a); }); }; };
_.wrap = function (value, wrapper) { return function () { return wrapper.apply(this, [value].concat(Array.prototype.slice.call(arguments))); }; };
// Timers do not outlive a script in the sandbox: debounce/throttle call through, delay/defer run now.
_.debounce = function (fn) { var d = function () { return fn.apply(this, arguments); }; d.cancel = _.noop; d.flush = _.noop; return d; };
_.throttle = _.debounce;
_.defer = function (fn) { var a = Array.prototype.slice.call(arguments, 1); if (typeof setTimeout === 'function') return setTimeout(function () { fn.apply(undefined, a); }, 1); fn.apply(undefined, a); return 0; };
_.delay = function (fn, wait) { var a = Array.prototype.slice.call(arguments, 2); if (typeof setTimeout === 'function') return setTimeout(function () { fn.apply(undefined, a); }, +wait || 0); fn.apply(undefined, a); return 0; };
_.attempt = function (fn) { try { return fn.apply(undefined, Array.prototype.slice.call(arguments, 1)); } catch (e) { return _.isError(e) ? e : new Error(e); } };
_.defaultTo = function (v, d) { return v == null || v !== v ? d : v; };
var idCounter = 0;
_.uniqueId = function (prefix) { return _.toString(prefix) + (++idCounter); };
_.times = function (n, fn) {
  n = _.toInteger(n);
  if (n < 1) return [];
  fn = typeof fn === 'function' ? fn : _.identity;
  var r = [];
  for (var i = 0; i < n; i++) r.push(fn(i));
  return r;
};
_.method = function (path) { var a = Array.prototype.slice.call(arguments, 1); return function (obj) { return _.invoke.apply(null, [obj, path].concat(a)); }; };
_.methodOf = function (obj) { var a = Array.prototype.slice.call(arguments, 1); return function (path) { return _.invoke.apply(null, [obj, path].concat(a)); }; };
_.invoke = function (obj, path) {
  var parts = castPath(path, obj), parent = parts.length > 1 ? _.get(obj, parts.slice(0, -1)) : obj;
  var fn = parent == null ? undefined : parent[parts[parts.length - 1]];
  return fn == null ? undefined : fn.apply(parent, Array.prototype.slice.call(arguments, 2));
};
_.cond = function (pairs) { return function () { for (var i = 0; i < pairs.length; i++) if (pairs[i][0].apply(this, arguments)) return pairs[i][1].apply(this, arguments); }; };
_.conforms = function (source) { return function (obj) { return _.conformsTo(obj, source); }; };
_.conformsTo = function (obj, source) { return Object.keys(source).every(function (k) { return obj != null && source[k](obj[k]); }); };
_.tap = function (v, fn) { fn(v); return v; };
_.thru = function (v, fn) { return fn(v); };
