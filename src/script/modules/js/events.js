// Node's EventEmitter (the commonly used part).
'use strict';
function EventEmitter() { this._events = {}; this._maxListeners = undefined; }
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.defaultMaxListeners = 10;
var p = EventEmitter.prototype;
function listenersOf(self, type) { if (!self._events) self._events = {}; return self._events[type] || (self._events[type] = []); }
p.setMaxListeners = function (n) { this._maxListeners = n; return this; };
p.getMaxListeners = function () { return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners; };
p.on = p.addListener = function (type, fn) {
  if (typeof fn !== 'function') throw new TypeError('listener must be a function');
  if (this._events && this._events.newListener) this.emit('newListener', type, fn);
  listenersOf(this, type).push(fn);
  return this;
};
p.prependListener = function (type, fn) { listenersOf(this, type).unshift(fn); return this; };
p.once = function (type, fn) {
  var self = this;
  var wrapper = function () { self.removeListener(type, wrapper); return fn.apply(this, arguments); };
  wrapper.listener = fn;
  return this.on(type, wrapper);
};
p.prependOnceListener = function (type, fn) {
  var self = this;
  var wrapper = function () { self.removeListener(type, wrapper); return fn.apply(this, arguments); };
  wrapper.listener = fn;
  return this.prependListener(type, wrapper);
};
p.off = p.removeListener = function (type, fn) {
  var list = listenersOf(this, type);
  for (var i = list.length - 1; i >= 0; i--) {
    if (list[i] === fn || list[i].listener === fn) { list.splice(i, 1); break; }
  }
  return this;
};
p.removeAllListeners = function (type) { if (type === undefined) this._events = {}; else delete listenersOf(this, type) && delete this._events[type]; return this; };
p.emit = function (type) {
  var list = listenersOf(this, type).slice(), args = Array.prototype.slice.call(arguments, 1);
  if (type === 'error' && !list.length) {
    var err = args[0];
    if (err instanceof Error) throw err;
    throw new Error('Uncaught, unspecified "error" event. (' + err + ')');
  }
  for (var i = 0; i < list.length; i++) list[i].apply(this, args);
  return list.length > 0;
};
p.listeners = function (type) { return listenersOf(this, type).map(function (f) { return f.listener || f; }); };
p.rawListeners = function (type) { return listenersOf(this, type).slice(); };
p.listenerCount = function (type) { return listenersOf(this, type).length; };
p.eventNames = function () { var e = this._events || {}; return Object.keys(e).filter(function (k) { return e[k].length; }); };
EventEmitter.listenerCount = function (emitter, type) { return emitter.listenerCount(type); };
module.exports = EventEmitter;
