// Node's timers module as Postman's sandbox bundles it, over the sandbox's own timer functions.
'use strict';
var G = typeof globalThis !== 'undefined' ? globalThis : this;
function call(name) { return function () { return G[name].apply(G, arguments); }; }
function noop() {}
module.exports = {
  setTimeout: call('setTimeout'),
  setInterval: call('setInterval'),
  clearInterval: call('clearInterval'),
  clearTimeout: call('clearTimeout'),
  enroll: noop,
  unenroll: noop,
  active: noop,
  _unrefActive: noop,
  setImmediate: function (fn) {
    var args = Array.prototype.slice.call(arguments, 1);
    return G.setTimeout(function () { fn.apply(G, args); }, 0);
  },
  clearImmediate: call('clearTimeout')
};
