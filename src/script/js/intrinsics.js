// Built-ins as they were before any script ran, for the glue's bookkeeping. A script may replace
// `Array.prototype.push`, `Function.prototype.call`, `JSON.stringify` or add
// `Object.prototype.toJSON` for itself (they persist across the run's scripts, as in Newman),
// but what the runner records and exports must not change with them.
(function (P) {
  'use strict';
  var FP = Function.prototype;
  var AP = Array.prototype;
  var SP = String.prototype;
  var OP = Object.prototype;
  // uncurry(f)(self, a, b) is f.call(self, a, b) with the original `call`, looked up never again.
  var uncurry = FP.bind.bind(FP.call);
  var apply = Reflect.apply;
  var getPrototypeOf = Object.getPrototypeOf;
  var hasOwn = uncurry(OP.hasOwnProperty);
  var stringify = JSON.stringify;
  var isArray = Array.isArray;
  var setPrototypeOf = Object.setPrototypeOf;

  // Prototypes that have no `toJSON` of their own: one found there was put by a script.
  var NO_TO_JSON = [OP, AP, FP, SP, Number.prototype, Boolean.prototype, Symbol.prototype,
    BigInt.prototype, Error.prototype, RegExp.prototype, Map.prototype, Set.prototype,
    Promise.prototype, getPrototypeOf(Uint8Array.prototype)];
  var dateToJSON = Date.prototype.toJSON;
  var indexOf = uncurry(AP.indexOf);

  // A `toJSON` the value has from its own class is used, as JSON.stringify does; one a script
  // put on a built-in prototype is not (the holder's value is serialised as it is).
  function untampered(key, value) {
    var original = this[key];
    if (original === value || original === null || typeof original !== 'object' && typeof original !== 'function') {
      return value;
    }
    var owner = original;
    while (owner !== null && !hasOwn(owner, 'toJSON')) owner = getPrototypeOf(owner);
    if (owner === null) return value;
    if (indexOf(NO_TO_JSON, owner) !== -1) return original;
    if (owner === Date.prototype && owner.toJSON !== dateToJSON) return apply(dateToJSON, original, [key]);
    return value;
  }

  // An array no script can reach through `Array.prototype` (no inherited setters or methods).
  function list() {
    return setPrototypeOf([], null);
  }

  P.I = Object.freeze({
    apply: apply,
    // call(fn, self, a, b): fn.call(self, a, b)
    call: uncurry(FP.call),
    uncurry: uncurry,
    hasOwn: hasOwn,
    push: uncurry(AP.push),
    pop: uncurry(AP.pop),
    indexOf: indexOf,
    join: uncurry(AP.join),
    sort: uncurry(AP.sort),
    strIndexOf: uncurry(SP.indexOf),
    strSlice: uncurry(SP.slice),
    toLowerCase: uncurry(SP.toLowerCase),
    charAt: uncurry(SP.charAt),
    isWellFormed: uncurry(SP.isWellFormed),
    exec: uncurry(RegExp.prototype.exec),
    then: uncurry(Promise.prototype.then),
    mapForEach: uncurry(Map.prototype.forEach),
    setForEach: uncurry(Set.prototype.forEach),
    setHas: uncurry(Set.prototype.has),
    weakSetHas: uncurry(WeakSet.prototype.has),
    PromiseProto: Promise.prototype,
    keys: Object.keys,
    create: Object.create,
    defineProperty: Object.defineProperty,
    defineProperties: Object.defineProperties,
    getOwnPropertyDescriptor: Object.getOwnPropertyDescriptor,
    getOwnPropertyNames: Object.getOwnPropertyNames,
    getOwnPropertySymbols: Object.getOwnPropertySymbols,
    getPrototypeOf: getPrototypeOf,
    setPrototypeOf: setPrototypeOf,
    is: Object.is,
    isArray: isArray,
    arrayFrom: Array.from,
    parse: JSON.parse,
    stringify: stringify,
    String: String,
    Number: Number,
    Boolean: Boolean,
    Error: Error,
    TypeError: TypeError,
    isFinite: isFinite,
    floor: Math.floor,
    abs: Math.abs,
    min: Math.min,
    list: list,
    forEach: function (list, fn) {
      for (var i = 0; i < list.length; i++) fn(list[i], i);
    },
    map: function (list, fn) {
      var out = [];
      for (var i = 0; i < list.length; i++) out[i] = fn(list[i], i);
      return out;
    },
    filter: function (list, fn) {
      var out = [];
      for (var i = 0; i < list.length; i++) if (fn(list[i], i)) out[out.length] = list[i];
      return out;
    },
    some: function (list, fn) {
      for (var i = 0; i < list.length; i++) if (fn(list[i], i)) return true;
      return false;
    },
    find: function (list, fn) {
      for (var i = 0; i < list.length; i++) if (fn(list[i], i)) return list[i];
      return undefined;
    },
    // list.slice(from, to) of an array or array-like, as a new array
    slice: function (list, from, to) {
      var out = [];
      var end = to === undefined ? list.length : to < 0 ? list.length + to : to;
      for (var i = from < 0 ? Math.max(list.length + from, 0) : from || 0; i < end; i++) out[out.length] = list[i];
      return out;
    },
    unshift: uncurry(AP.unshift),
    splice: uncurry(AP.splice),
    strLastIndexOf: uncurry(SP.lastIndexOf),
    strReplace: uncurry(SP.replace),
    regexReplace: uncurry(RegExp.prototype[Symbol.replace]),
    regexTest: uncurry(RegExp.prototype.test),
    split: uncurry(SP.split),
    trim: uncurry(SP.trim),
    toUpperCase: uncurry(SP.toUpperCase),
    charCodeAt: uncurry(SP.charCodeAt),
    numToString: uncurry(Number.prototype.toString),
    bigintToString: uncurry(BigInt.prototype.toString),
    symbolToString: uncurry(Symbol.prototype.toString),
    objectToString: uncurry(OP.toString),
    functionToString: uncurry(FP.toString),
    dateGetTime: uncurry(Date.prototype.getTime),
    dateToISOString: uncurry(Date.prototype.toISOString),
    valueOf: {
      Number: uncurry(Number.prototype.valueOf),
      String: uncurry(SP.valueOf),
      Boolean: uncurry(Boolean.prototype.valueOf)
    },
    mapSize: uncurry(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get),
    setSize: uncurry(Object.getOwnPropertyDescriptor(Set.prototype, 'size').get),
    regexSource: uncurry(Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get),
    regexFlags: uncurry(Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get),
    isNaN: isNaN,
    // `arguments` (or an array) from `from` on, as a plain array.
    args: function (args, from) {
      var out = [];
      for (var i = from || 0; i < args.length; i++) out[out.length] = args[i];
      return out;
    },
    // JSON.stringify(value) as it was, and deaf to a `toJSON` a script put on a built-in prototype.
    exportJson: function (value) {
      return stringify(value, untampered);
    }
  });
})
