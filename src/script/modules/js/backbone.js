// `require('backbone')`: Backbone 1.6's Events, Model and Collection as Postman's sandbox exposes
// them (View, Router and History are present but do nothing useful without a DOM; `sync` needs
// `Backbone.$.ajax`, which the sandbox does not have). Written for postie; its own small
// underscore-like helpers are below.
'use strict';

var hasOwn = Object.prototype.hasOwnProperty;
var slice = Array.prototype.slice;

// ---- helpers ----
function isObject(v) { var t = typeof v; return t === 'function' || (t === 'object' && !!v); }
function isFunction(v) { return typeof v === 'function'; }
function isString(v) { return typeof v === 'string'; }
function has(obj, key) { return obj != null && hasOwn.call(obj, key); }
function keys(obj) { return isObject(obj) ? Object.keys(obj) : []; }
function extendObj(target) {
  for (var i = 1; i < arguments.length; i++) {
    var src = arguments[i];
    if (src == null) continue;
    for (var k in src) target[k] = src[k];
  }
  return target;
}
function defaultsObj(target) {
  for (var i = 1; i < arguments.length; i++) {
    var src = arguments[i];
    if (src == null) continue;
    for (var k in src) if (target[k] === undefined) target[k] = src[k];
  }
  return target;
}
function clone(v) {
  if (!isObject(v)) return v;
  return Array.isArray(v) ? v.slice() : extendObj({}, v);
}
function result(obj, prop, fallback) {
  var v = obj == null ? undefined : obj[prop];
  if (v === undefined) return isFunction(fallback) ? fallback.call(obj) : fallback;
  return isFunction(v) ? v.call(obj) : v;
}
function isEmptyValue(v) {
  if (v == null) return true;
  if (Array.isArray(v) || isString(v)) return v.length === 0;
  return keys(v).length === 0;
}
// Deep equality for attribute changes (underscore's isEqual, for plain data).
function isEqual(a, b, seenA, seenB) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  if (a == null || b == null) return false;
  if (a !== a) return b !== b;
  var type = typeof a;
  if (type !== 'function' && type !== 'object' && typeof b !== 'object') return false;
  var cls = Object.prototype.toString.call(a);
  if (cls !== Object.prototype.toString.call(b)) return false;
  switch (cls) {
    case '[object RegExp]':
    case '[object String]':
      return '' + a === '' + b;
    case '[object Number]':
      if (+a !== +a) return +b !== +b;
      return +a === 0 ? 1 / +a === 1 / b : +a === +b;
    case '[object Date]':
    case '[object Boolean]':
      return +a === +b;
  }
  if (cls !== '[object Array]') {
    if (typeof a !== 'object' || typeof b !== 'object') return false;
    var ca = a.constructor, cb = b.constructor;
    if (ca !== cb && !(isFunction(ca) && ca instanceof ca && isFunction(cb) && cb instanceof cb) &&
      ('constructor' in a && 'constructor' in b)) return false;
  }
  seenA = seenA || [];
  seenB = seenB || [];
  for (var i = seenA.length - 1; i >= 0; i--) if (seenA[i] === a) return seenB[i] === b;
  seenA.push(a);
  seenB.push(b);
  var ok = true;
  if (cls === '[object Array]') {
    if (a.length !== b.length) ok = false;
    for (var j = 0; ok && j < a.length; j++) ok = isEqual(a[j], b[j], seenA, seenB);
  } else {
    var ka = keys(a);
    if (ka.length !== keys(b).length) ok = false;
    for (var n = 0; ok && n < ka.length; n++) ok = has(b, ka[n]) && isEqual(a[ka[n]], b[ka[n]], seenA, seenB);
  }
  seenA.pop();
  seenB.pop();
  return ok;
}
function matcher(attrs) {
  var pairs = keys(attrs);
  return function (obj) {
    if (obj == null) return !pairs.length;
    for (var i = 0; i < pairs.length; i++) {
      if (attrs[pairs[i]] !== obj[pairs[i]] || !(pairs[i] in Object(obj))) return false;
    }
    return true;
  };
}
var idCounter = 0;
function uniqueId(prefix) { var id = ++idCounter + ''; return prefix ? prefix + id : id; }
function once(fn) {
  var ran = false, value;
  return function () {
    if (!ran) { ran = true; value = fn.apply(this, arguments); }
    return value;
  };
}
function escapeHtml(text) {
  var map = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;' };
  return String(text).replace(/[&<>"'`]/g, function (c) { return map[c]; });
}

var Backbone = {};
Backbone.VERSION = '1.6.0';
// Postman's sandbox has jQuery's factory here, which needs a window.
Backbone.$ = function (w) {
  if (!w || !w.document) throw new Error('jQuery requires a window with a document');
  return undefined;
};
Backbone.emulateHTTP = false;
Backbone.emulateJSON = false;
Backbone._debug = function () { return { root: undefined, _: undefined }; };
Backbone.noConflict = function () { return this; };

// ---- Events ----
var eventSplitter = /\s+/;
// Calls `iteratee` for each event name in `name` (a map, a space-separated list, or one name).
function eachEvent(iteratee, events, name, callback, opts) {
  if (name && typeof name === 'object') {
    if (callback !== undefined && 'context' in Object(opts) && opts.context === undefined) opts.context = callback;
    for (var k in name) events = eachEvent(iteratee, events, k, name[k], opts);
  } else if (name && eventSplitter.test(name)) {
    name.split(eventSplitter).forEach(function (n) { if (n) events = iteratee(events, n, callback, opts); });
  } else {
    events = iteratee(events, name, callback, opts);
  }
  return events;
}
function onApi(events, name, callback, options) {
  if (callback) {
    var handlers = events[name] || (events[name] = []);
    handlers.push({ callback: callback, context: options.context, ctx: options.context || options.ctx,
      listening: options.listening });
    if (options.listening) options.listening.count++;
  }
  return events;
}
function offApi(events, name, callback, options) {
  if (!events) return undefined;
  var context = options.context, listeners = options.listeners;
  if (!name && !context && !callback) {
    keys(listeners).forEach(function (id) { listeners[id].cleanup(); });
    return undefined;
  }
  var names = name ? [name] : keys(events);
  names.forEach(function (n) {
    var handlers = events[n];
    if (!handlers) return;
    var remaining = [];
    handlers.forEach(function (h) {
      if ((callback && callback !== h.callback && callback !== h.callback._callback) ||
        (context && context !== h.context)) {
        remaining.push(h);
      } else if (h.listening) {
        h.listening.off(n, callback);
      }
    });
    if (remaining.length) events[n] = remaining;
    else delete events[n];
  });
  return events;
}
function onceMap(map, name, callback, offer) {
  if (callback) {
    var wrapped = map[name] = once(function () {
      offer(name, wrapped);
      callback.apply(this, arguments);
    });
    wrapped._callback = callback;
  }
  return map;
}
function triggerEvents(handlers, args) {
  for (var i = 0; i < handlers.length; i++) handlers[i].callback.apply(handlers[i].ctx, args);
}
function triggerApi(events, name, callback, args) {
  if (events) {
    var handlers = events[name];
    var all = events.all;
    if (handlers && all) all = all.slice();
    if (handlers) triggerEvents(handlers.slice(), args);
    if (all) triggerEvents(all, [name].concat(args));
  }
  return events;
}

function Listening(listener, obj) {
  this.id = listener._listenId;
  this.listener = listener;
  this.obj = obj;
  this.interop = true;
  this.count = 0;
  this._events = undefined;
}
Listening.prototype.on = function (name, callback, context) {
  this._events = eachEvent(onApi, this._events || {}, name, callback, { context: context, ctx: this, listening: this });
  return this;
};
Listening.prototype.off = function (name, callback) {
  var cleanup;
  if (this.interop) {
    this._events = eachEvent(offApi, this._events, name, callback, { context: undefined, listeners: undefined });
    cleanup = !this._events;
  } else {
    this.count--;
    cleanup = this.count === 0;
  }
  if (cleanup) this.cleanup();
};
Listening.prototype.cleanup = function () {
  delete this.listener._listeningTo[this.obj._listenId];
  if (!this.interop) delete this.obj._listeners[this.id];
};

var Events = {};
Events.on = function (name, callback, context) {
  this._events = eachEvent(onApi, this._events || {}, name, callback, { context: context, ctx: this, listening: undefined });
  return this;
};
Events.listenTo = function (obj, name, callback) {
  if (!obj) return this;
  var id = obj._listenId || (obj._listenId = uniqueId('l'));
  var listeningTo = this._listeningTo || (this._listeningTo = {});
  var listening = listeningTo[id];
  if (!listening) {
    this._listenId || (this._listenId = uniqueId('l'));
    listening = listeningTo[id] = new Listening(this, obj);
  }
  var listeners = obj._listeners || (obj._listeners = {});
  listeners[this._listenId] = listening;
  listening.interop = false;
  obj._events = eachEvent(onApi, obj._events || {}, name, callback, { context: this, ctx: this, listening: listening });
  return this;
};
Events.off = function (name, callback, context) {
  if (!this._events) return this;
  this._events = eachEvent(offApi, this._events, name, callback, { context: context, listeners: this._listeners });
  return this;
};
Events.stopListening = function (obj, name, callback) {
  var listeningTo = this._listeningTo;
  if (!listeningTo) return this;
  var ids = obj ? [obj._listenId] : keys(listeningTo);
  for (var i = 0; i < ids.length; i++) {
    var listening = listeningTo[ids[i]];
    if (!listening) break;
    listening.obj.off(name, callback, this);
    if (listening.interop) listening.off(name, callback);
  }
  return this;
};
Events.listenToOnce = function (obj, name, callback) {
  var self = this;
  var events = eachEvent(onceMap, {}, name, callback, function (n, fn) { self.stopListening(obj, n, fn); });
  return this.listenTo(obj, events);
};
Events.trigger = function (name) {
  if (!this._events) return this;
  var length = Math.max(0, arguments.length - 1);
  var args = Array(length);
  for (var i = 0; i < length; i++) args[i] = arguments[i + 1];
  eachEvent(triggerApi, this._events, name, undefined, args);
  return this;
};
Events.bind = Events.on;
Events.unbind = Events.off;
Events.once = function (name, callback, context) {
  var self = this;
  var events = eachEvent(onceMap, {}, name, callback, function (n, fn) { self.off(n, fn); });
  if (typeof name === 'string' && context == null) callback = undefined;
  return this.on(events, callback, context);
};
Backbone.Events = Events;
extendObj(Backbone, Events);

// ---- extend ----
function extend(protoProps, staticProps) {
  var parent = this;
  var child;
  if (protoProps && has(protoProps, 'constructor')) child = protoProps.constructor;
  else child = function () { return parent.apply(this, arguments); };
  extendObj(child, parent, staticProps);
  child.prototype = Object.create(parent.prototype);
  if (protoProps) extendObj(child.prototype, protoProps);
  Object.defineProperty(child.prototype, 'constructor', { value: child, writable: true, configurable: true });
  child.__super__ = parent.prototype;
  return child;
}

function urlError() { throw new Error('A "url" property or function must be specified'); }
function wrapError(model, options) {
  var error = options.error;
  options.error = function (resp) {
    if (error) error.call(options.context, model, resp, options);
    model.trigger('error', model, resp, options);
  };
}

// ---- Model ----
function Model(attributes, options) {
  var attrs = attributes || {};
  options || (options = {});
  this.preinitialize.apply(this, arguments);
  this.cid = uniqueId(this.cidPrefix);
  this.attributes = {};
  if (options.collection) this.collection = options.collection;
  if (options.parse) attrs = this.parse(attrs, options) || {};
  var defs = result(this, 'defaults');
  attrs = defaultsObj(extendObj({}, defs, attrs), defs);
  this.set(attrs, options);
  this.changed = {};
  this.initialize.apply(this, arguments);
}
extendObj(Model.prototype, Events, {
  changed: null,
  validationError: null,
  idAttribute: 'id',
  cidPrefix: 'c',
  preinitialize: function () {},
  initialize: function () {},
  toJSON: function () { return clone(this.attributes); },
  sync: function () { return Backbone.sync.apply(this, arguments); },
  get: function (attr) { return this.attributes[attr]; },
  escape: function (attr) { var v = this.get(attr); return v == null ? '' : escapeHtml(v); },
  has: function (attr) { return this.get(attr) != null; },
  matches: function (attrs) { return matcher(attrs)(this.attributes); },
  set: function (key, val, options) {
    if (key == null) return this;
    var attrs;
    if (typeof key === 'object') {
      attrs = key;
      options = val;
    } else {
      (attrs = {})[key] = val;
    }
    options || (options = {});
    if (!this._validate(attrs, options)) return false;
    var unset = options.unset;
    var silent = options.silent;
    var changes = [];
    var changing = this._changing;
    this._changing = true;
    if (!changing) {
      this._previousAttributes = clone(this.attributes);
      this.changed = {};
    }
    var current = this.attributes;
    var changed = this.changed;
    var prev = this._previousAttributes;
    for (var attr in attrs) {
      val = attrs[attr];
      if (!isEqual(current[attr], val)) changes.push(attr);
      if (!isEqual(prev[attr], val)) changed[attr] = val;
      else delete changed[attr];
      if (unset) delete current[attr];
      else current[attr] = val;
    }
    if (this.idAttribute in attrs) {
      var prevId = this.id;
      this.id = this.get(this.idAttribute);
      if (this.id !== prevId) this.trigger('changeId', this, prevId, options);
    }
    if (!silent) {
      if (changes.length) this._pending = options;
      for (var i = 0; i < changes.length; i++) {
        this.trigger('change:' + changes[i], this, current[changes[i]], options);
      }
    }
    if (changing) return this;
    if (!silent) {
      while (this._pending) {
        options = this._pending;
        this._pending = false;
        this.trigger('change', this, options);
      }
    }
    this._pending = false;
    this._changing = false;
    return this;
  },
  unset: function (attr, options) {
    return this.set(attr, undefined, extendObj({}, options, { unset: true }));
  },
  clear: function (options) {
    var attrs = {};
    for (var key in this.attributes) attrs[key] = undefined;
    return this.set(attrs, extendObj({}, options, { unset: true }));
  },
  hasChanged: function (attr) {
    if (attr == null) return !isEmptyValue(this.changed);
    return has(this.changed, attr);
  },
  changedAttributes: function (diff) {
    if (!diff) return this.hasChanged() ? clone(this.changed) : false;
    var old = this._changing ? this._previousAttributes : this.attributes;
    var changed = {};
    var any = false;
    for (var attr in diff) {
      var val = diff[attr];
      if (isEqual(old[attr], val)) continue;
      changed[attr] = val;
      any = true;
    }
    return any ? changed : false;
  },
  previous: function (attr) {
    if (attr == null || !this._previousAttributes) return null;
    return this._previousAttributes[attr];
  },
  previousAttributes: function () { return clone(this._previousAttributes); },
  fetch: function (options) {
    options = extendObj({ parse: true }, options);
    var model = this;
    var success = options.success;
    options.success = function (resp) {
      var serverAttrs = options.parse ? model.parse(resp, options) : resp;
      if (!model.set(serverAttrs, options)) return false;
      if (success) success.call(options.context, model, resp, options);
      model.trigger('sync', model, resp, options);
    };
    wrapError(this, options);
    return this.sync('read', this, options);
  },
  save: function (key, val, options) {
    var attrs;
    if (key == null || typeof key === 'object') {
      attrs = key;
      options = val;
    } else {
      (attrs = {})[key] = val;
    }
    options = extendObj({ validate: true, parse: true }, options);
    var wait = options.wait;
    if (attrs && !wait) {
      if (!this.set(attrs, options)) return false;
    } else if (!this._validate(attrs, options)) {
      return false;
    }
    var model = this;
    var success = options.success;
    var attributes = this.attributes;
    options.success = function (resp) {
      model.attributes = attributes;
      var serverAttrs = options.parse ? model.parse(resp, options) : resp;
      if (wait) serverAttrs = extendObj({}, attrs, serverAttrs);
      if (serverAttrs && !model.set(serverAttrs, options)) return false;
      if (success) success.call(options.context, model, resp, options);
      model.trigger('sync', model, resp, options);
    };
    wrapError(this, options);
    if (attrs && wait) this.attributes = extendObj({}, attributes, attrs);
    var method = this.isNew() ? 'create' : options.patch ? 'patch' : 'update';
    if (method === 'patch' && !options.attrs) options.attrs = attrs;
    var xhr = this.sync(method, this, options);
    this.attributes = attributes;
    return xhr;
  },
  destroy: function (options) {
    options = options ? clone(options) : {};
    var model = this;
    var success = options.success;
    var wait = options.wait;
    var destroy = function () {
      model.stopListening();
      model.trigger('destroy', model, model.collection, options);
    };
    options.success = function (resp) {
      if (wait) destroy();
      if (success) success.call(options.context, model, resp, options);
      if (!model.isNew()) model.trigger('sync', model, resp, options);
    };
    var xhr = false;
    if (this.isNew()) {
      options.success();
    } else {
      wrapError(this, options);
      xhr = this.sync('delete', this, options);
    }
    if (!wait) destroy();
    return xhr;
  },
  url: function () {
    var base = result(this, 'urlRoot') || result(this.collection, 'url') || urlError();
    if (this.isNew()) return base;
    var id = this.get(this.idAttribute);
    return base.replace(/[^\/]$/, '$&/') + encodeURIComponent(id);
  },
  parse: function (resp) { return resp; },
  clone: function () { return new this.constructor(this.attributes); },
  isNew: function () { return !this.has(this.idAttribute); },
  isValid: function (options) {
    return this._validate({}, extendObj({}, options, { validate: true }));
  },
  _validate: function (attrs, options) {
    if (!options.validate || !this.validate) return true;
    attrs = extendObj({}, this.attributes, attrs);
    var error = this.validationError = this.validate(attrs, options) || null;
    if (!error) return true;
    this.trigger('invalid', this, error, extendObj(options, { validationError: error }));
    return false;
  }
});
// Object helpers on models, over their attributes.
var modelMethods = {
  keys: function (a) { return keys(a); },
  values: function (a) { return keys(a).map(function (k) { return a[k]; }); },
  pairs: function (a) { return keys(a).map(function (k) { return [k, a[k]]; }); },
  invert: function (a) { var o = {}; keys(a).forEach(function (k) { o[a[k]] = k; }); return o; },
  pick: function (a) {
    var wanted = flatten(slice.call(arguments, 1));
    var o = {};
    if (isFunction(wanted[0])) {
      for (var k in a) if (wanted[0](a[k], k, a)) o[k] = a[k];
      return o;
    }
    wanted.forEach(function (k) { if (k in a) o[k] = a[k]; });
    return o;
  },
  omit: function (a) {
    var unwanted = flatten(slice.call(arguments, 1));
    var o = {};
    var test = isFunction(unwanted[0]) ? unwanted[0] : function (v, k) { return unwanted.indexOf(k) !== -1; };
    for (var k in a) if (!test(a[k], k, a)) o[k] = a[k];
    return o;
  },
  isEmpty: function (a) { return isEmptyValue(a); }
};
function flatten(list) {
  var out = [];
  list.forEach(function (v) { if (Array.isArray(v)) out.push.apply(out, flatten(v)); else out.push(String(v)); });
  return out;
}
keys(modelMethods).forEach(function (name) {
  Model.prototype[name] = function () {
    return modelMethods[name].apply(null, [this.attributes].concat(slice.call(arguments)));
  };
});
Model.extend = extend;
Backbone.Model = Model;

// ---- Collection ----
var setOptions = { add: true, remove: true, merge: true };
var addOptions = { add: true, remove: false };
function splice(array, insert, at) {
  at = Math.min(Math.max(at, 0), array.length);
  var tail = array.slice(at);
  array.length = at;
  for (var i = 0; i < insert.length; i++) array.push(insert[i]);
  for (var j = 0; j < tail.length; j++) array.push(tail[j]);
}
function Collection(models, options) {
  options || (options = {});
  this.preinitialize.apply(this, arguments);
  if (options.model) this.model = options.model;
  if (options.comparator !== undefined) this.comparator = options.comparator;
  this._reset();
  this.initialize.apply(this, arguments);
  if (models) this.reset(models, extendObj({ silent: true }, options));
}
// An iteratee over models: a function, an attribute name, or attributes to match.
function modelIteratee(iteratee, instance) {
  if (isFunction(iteratee)) return iteratee;
  if (iteratee == null) return function (m) { return m; };
  if (isObject(iteratee) && !instance._isModel(iteratee)) {
    var match = matcher(iteratee);
    return function (m) { return match(m.attributes); };
  }
  if (isString(iteratee)) return function (m) { return m.get(iteratee); };
  return function (m) { return m === iteratee; };
}
function bound(fn, ctx) { return ctx === undefined ? fn : fn.bind(ctx); }
function sortByKey(models, key) {
  return models.map(function (m, i) { return { m: m, i: i, k: key(m, i) }; }).sort(function (a, b) {
    if (a.k !== b.k) {
      if (a.k > b.k || a.k === undefined) return 1;
      if (a.k < b.k || b.k === undefined) return -1;
    }
    return a.i - b.i;
  }).map(function (e) { return e.m; });
}
extendObj(Collection.prototype, Events, {
  model: Model,
  preinitialize: function () {},
  initialize: function () {},
  toJSON: function (options) { return this.map(function (m) { return m.toJSON(options); }); },
  sync: function () { return Backbone.sync.apply(this, arguments); },
  add: function (models, options) { return this.set(models, extendObj({ merge: false }, options, addOptions)); },
  remove: function (models, options) {
    options = extendObj({}, options);
    var singular = !Array.isArray(models);
    models = singular ? [models] : models.slice();
    var removed = this._removeModels(models, options);
    if (!options.silent && removed.length) {
      options.changes = { added: [], merged: [], removed: removed };
      this.trigger('update', this, options);
    }
    return singular ? removed[0] : removed;
  },
  set: function (models, options) {
    if (models == null) return undefined;
    options = extendObj({}, setOptions, options);
    if (options.parse && !this._isModel(models)) models = this.parse(models, options) || [];
    var singular = !Array.isArray(models);
    models = singular ? [models] : models.slice();
    var at = options.at;
    if (at != null) at = +at;
    if (at > this.length) at = this.length;
    if (at < 0) at += this.length + 1;
    var toSet = [], toAdd = [], toMerge = [], toRemove = [], modelMap = {};
    var add = options.add, merge = options.merge, remove = options.remove;
    var sort = false;
    var sortable = this.comparator && at == null && options.sort !== false;
    var sortAttr = isString(this.comparator) ? this.comparator : null;
    var model, i;
    for (i = 0; i < models.length; i++) {
      model = models[i];
      var existing = this.get(model);
      if (existing) {
        if (merge && model !== existing) {
          var attrs = this._isModel(model) ? model.attributes : model;
          if (options.parse) attrs = existing.parse(attrs, options);
          existing.set(attrs, options);
          toMerge.push(existing);
          if (sortable && !sort) sort = existing.hasChanged(sortAttr);
        }
        if (!modelMap[existing.cid]) {
          modelMap[existing.cid] = true;
          toSet.push(existing);
        }
        models[i] = existing;
      } else if (add) {
        model = models[i] = this._prepareModel(model, options);
        if (model) {
          toAdd.push(model);
          this._addReference(model, options);
          modelMap[model.cid] = true;
          toSet.push(model);
        }
      }
    }
    if (remove) {
      for (i = 0; i < this.length; i++) {
        model = this.models[i];
        if (!modelMap[model.cid]) toRemove.push(model);
      }
      if (toRemove.length) this._removeModels(toRemove, options);
    }
    var orderChanged = false;
    var replace = !sortable && add && remove;
    if (toSet.length && replace) {
      orderChanged = this.length !== toSet.length || this.models.some(function (m, index) { return m !== toSet[index]; });
      this.models.length = 0;
      splice(this.models, toSet, 0);
      this.length = this.models.length;
    } else if (toAdd.length) {
      if (sortable) sort = true;
      splice(this.models, toAdd, at == null ? this.length : at);
      this.length = this.models.length;
    }
    if (sort) this.sort({ silent: true });
    if (!options.silent) {
      for (i = 0; i < toAdd.length; i++) {
        if (at != null) options.index = at + i;
        model = toAdd[i];
        model.trigger('add', model, this, options);
      }
      if (sort || orderChanged) this.trigger('sort', this, options);
      if (toAdd.length || toRemove.length || toMerge.length) {
        options.changes = { added: toAdd, removed: toRemove, merged: toMerge };
        this.trigger('update', this, options);
      }
    }
    return singular ? models[0] : models;
  },
  reset: function (models, options) {
    options = options ? clone(options) : {};
    for (var i = 0; i < this.models.length; i++) this._removeReference(this.models[i], options);
    options.previousModels = this.models;
    this._reset();
    models = this.add(models, extendObj({ silent: true }, options));
    if (!options.silent) this.trigger('reset', this, options);
    return models;
  },
  push: function (model, options) { return this.add(model, extendObj({ at: this.length }, options)); },
  pop: function (options) { var m = this.at(this.length - 1); return this.remove(m, options); },
  unshift: function (model, options) { return this.add(model, extendObj({ at: 0 }, options)); },
  shift: function (options) { var m = this.at(0); return this.remove(m, options); },
  slice: function () { return slice.apply(this.models, arguments); },
  get: function (obj) {
    if (obj == null) return undefined;
    return this._byId[obj] ||
      this._byId[this.modelId(this._isModel(obj) ? obj.attributes : obj, obj.idAttribute)] ||
      (obj.cid && this._byId[obj.cid]);
  },
  has: function (obj) { return this.get(obj) != null; },
  at: function (index) {
    if (index < 0) index += this.length;
    return this.models[index];
  },
  where: function (attrs, first) { return this[first ? 'find' : 'filter'](attrs); },
  findWhere: function (attrs) { return this.where(attrs, true); },
  sort: function (options) {
    var comparator = this.comparator;
    if (!comparator) throw new Error('Cannot sort a set without a comparator');
    options || (options = {});
    var length = comparator.length;
    if (isFunction(comparator)) comparator = comparator.bind(this);
    if (length === 1 || isString(comparator)) this.models = this.sortBy(comparator);
    else this.models.sort(comparator);
    if (!options.silent) this.trigger('sort', this, options);
    return this;
  },
  pluck: function (attr) { return this.map(attr + ''); },
  fetch: function (options) {
    options = extendObj({ parse: true }, options);
    var success = options.success;
    var collection = this;
    options.success = function (resp) {
      var method = options.reset ? 'reset' : 'set';
      collection[method](resp, options);
      if (success) success.call(options.context, collection, resp, options);
      collection.trigger('sync', collection, resp, options);
    };
    wrapError(this, options);
    return this.sync('read', this, options);
  },
  create: function (model, options) {
    options = options ? clone(options) : {};
    var wait = options.wait;
    model = this._prepareModel(model, options);
    if (!model) return false;
    if (!wait) this.add(model, options);
    var collection = this;
    var success = options.success;
    options.success = function (m, resp, callbackOpts) {
      if (wait) {
        m.off('error', collection._forwardPristineError, collection);
        collection.add(m, callbackOpts);
      }
      if (success) success.call(callbackOpts.context, m, resp, callbackOpts);
    };
    if (wait) model.once('error', this._forwardPristineError, this);
    model.save(null, options);
    return model;
  },
  parse: function (resp) { return resp; },
  clone: function () {
    return new this.constructor(this.models, { model: this.model, comparator: this.comparator });
  },
  modelId: function (attrs, idAttribute) {
    return attrs[idAttribute || (this.model.prototype && this.model.prototype.idAttribute) || 'id'];
  },
  values: function () { return this.models.slice()[Symbol.iterator](); },
  keys: function () { return this.models.map(function (m, i) { return i; })[Symbol.iterator](); },
  entries: function () { return this.models.map(function (m, i) { return [i, m]; })[Symbol.iterator](); },
  _reset: function () {
    this.length = 0;
    this.models = [];
    this._byId = {};
  },
  _prepareModel: function (attrs, options) {
    if (this._isModel(attrs)) {
      if (!attrs.collection) attrs.collection = this;
      return attrs;
    }
    options = options ? clone(options) : {};
    options.collection = this;
    var model = this.model.prototype ? new this.model(attrs, options) : this.model(attrs, options);
    if (!model.validationError) return model;
    this.trigger('invalid', this, model.validationError, options);
    return false;
  },
  _removeModels: function (models, options) {
    var removed = [];
    for (var i = 0; i < models.length; i++) {
      var model = this.get(models[i]);
      if (!model) continue;
      var index = this.indexOf(model);
      this.models.splice(index, 1);
      this.length--;
      delete this._byId[model.cid];
      var id = this.modelId(model.attributes, model.idAttribute);
      if (id != null) delete this._byId[id];
      if (!options.silent) {
        options.index = index;
        model.trigger('remove', model, this, options);
      }
      removed.push(model);
      this._removeReference(model, options);
    }
    if (models.length > 0 && !options.silent) delete options.index;
    return removed;
  },
  _isModel: function (model) { return model instanceof Model; },
  _addReference: function (model) {
    this._byId[model.cid] = model;
    var id = this.modelId(model.attributes, model.idAttribute);
    if (id != null) this._byId[id] = model;
    model.on('all', this._onModelEvent, this);
  },
  _removeReference: function (model) {
    delete this._byId[model.cid];
    var id = this.modelId(model.attributes, model.idAttribute);
    if (id != null) delete this._byId[id];
    if (this === model.collection) delete model.collection;
    model.off('all', this._onModelEvent, this);
  },
  _onModelEvent: function (event, model, collection, options) {
    if (model) {
      if ((event === 'add' || event === 'remove') && collection !== this) return;
      if (event === 'destroy') this.remove(model, options);
      if (event === 'changeId') {
        var prevId = this.modelId(model.previousAttributes(), model.idAttribute);
        var id = this.modelId(model.attributes, model.idAttribute);
        if (prevId != null) delete this._byId[prevId];
        if (id != null) this._byId[id] = model;
      }
    }
    this.trigger.apply(this, arguments);
  },
  _forwardPristineError: function (model, collection, options) {
    if (this.has(model)) return;
    this._onModelEvent('error', model, collection, options);
  }
});
if (typeof Symbol === 'function' && Symbol.iterator) Collection.prototype[Symbol.iterator] = Collection.prototype.values;

// Underscore's collection methods on collections, over the models.
var C = Collection.prototype;
function over(fn) { return function () { return fn.apply(this, [this.models].concat(slice.call(arguments))); }; }
var collectionMethods = {
  forEach: function (ms, f, ctx) { f = bound(modelIteratee(f, this), ctx); ms.forEach(function (m, i) { f(m, i, ms); }); return ms; },
  map: function (ms, f, ctx) { f = bound(modelIteratee(f, this), ctx); return ms.map(function (m, i) { return f(m, i, ms); }); },
  reduce: function (ms, f, memo, ctx) {
    f = bound(f, ctx);
    var i = 0;
    if (arguments.length < 3) { memo = ms[0]; i = 1; }
    for (; i < ms.length; i++) memo = f(memo, ms[i], i, ms);
    return memo;
  },
  reduceRight: function (ms, f, memo, ctx) {
    f = bound(f, ctx);
    var i = ms.length - 1;
    if (arguments.length < 3) { memo = ms[i]; i--; }
    for (; i >= 0; i--) memo = f(memo, ms[i], i, ms);
    return memo;
  },
  find: function (ms, f, ctx) { f = bound(modelIteratee(f, this), ctx); for (var i = 0; i < ms.length; i++) if (f(ms[i], i, ms)) return ms[i]; return undefined; },
  filter: function (ms, f, ctx) { f = bound(modelIteratee(f, this), ctx); return ms.filter(function (m, i) { return f(m, i, ms); }); },
  reject: function (ms, f, ctx) { f = bound(modelIteratee(f, this), ctx); return ms.filter(function (m, i) { return !f(m, i, ms); }); },
  every: function (ms, f, ctx) { f = bound(modelIteratee(f, this), ctx); return ms.every(function (m, i) { return !!f(m, i, ms); }); },
  some: function (ms, f, ctx) { f = bound(modelIteratee(f, this), ctx); return ms.some(function (m, i) { return !!f(m, i, ms); }); },
  includes: function (ms, v, from) { return ms.indexOf(v, typeof from === 'number' ? from : 0) >= 0; },
  invoke: function (ms, method) {
    var args = slice.call(arguments, 2);
    return ms.map(function (m) { var fn = isFunction(method) ? method : m[method]; return fn == null ? undefined : fn.apply(m, args); });
  },
  max: function (ms, f, ctx) {
    if (!ms.length) return -Infinity;
    f = bound(modelIteratee(f, this), ctx);
    var best, bestV = -Infinity;
    ms.forEach(function (m, i) { var v = f(m, i, ms); if (v > bestV || best === undefined && v === -Infinity) { best = m; bestV = v; } });
    return best === undefined ? -Infinity : best;
  },
  min: function (ms, f, ctx) {
    if (!ms.length) return Infinity;
    f = bound(modelIteratee(f, this), ctx);
    var best, bestV = Infinity;
    ms.forEach(function (m, i) { var v = f(m, i, ms); if (v < bestV || best === undefined && v === Infinity) { best = m; bestV = v; } });
    return best === undefined ? Infinity : best;
  },
  toArray: function (ms) { return ms.slice(); },
  size: function (ms) { return ms.length; },
  first: function (ms, n) { return n == null ? ms[0] : ms.slice(0, Math.max(0, n)); },
  initial: function (ms, n) { return ms.slice(0, Math.max(0, ms.length - (n == null ? 1 : n))); },
  rest: function (ms, n) { return ms.slice(n == null ? 1 : n); },
  last: function (ms, n) { return n == null ? ms[ms.length - 1] : ms.slice(Math.max(0, ms.length - n)); },
  without: function (ms) { var drop = slice.call(arguments, 1); return ms.filter(function (m) { return drop.indexOf(m) === -1; }); },
  difference: function (ms) {
    var drop = [].concat.apply([], slice.call(arguments, 1));
    return ms.filter(function (m) { return drop.indexOf(m) === -1; });
  },
  indexOf: function (ms, v, from) { return ms.indexOf(v, typeof from === 'number' ? from : 0); },
  lastIndexOf: function (ms, v, from) { return from === undefined ? ms.lastIndexOf(v) : ms.lastIndexOf(v, from); },
  shuffle: function (ms) {
    var out = ms.slice();
    for (var i = out.length - 1; i > 0; i--) { var j = Math.floor(Math.random() * (i + 1)); var t = out[i]; out[i] = out[j]; out[j] = t; }
    return out;
  },
  sample: function (ms, n) {
    if (n == null) return ms[Math.floor(Math.random() * ms.length)];
    return collectionMethods.shuffle(ms).slice(0, Math.max(0, n));
  },
  isEmpty: function (ms) { return ms.length === 0; },
  partition: function (ms, f, ctx) {
    f = bound(modelIteratee(f, this), ctx);
    var pass = [], fail = [];
    ms.forEach(function (m, i) { (f(m, i, ms) ? pass : fail).push(m); });
    return [pass, fail];
  },
  groupBy: function (ms, f, ctx) {
    f = bound(modelIteratee(f, this), ctx);
    var out = {};
    ms.forEach(function (m, i) { var k = f(m, i, ms); (has(out, k) ? out[k] : (out[k] = [])).push(m); });
    return out;
  },
  countBy: function (ms, f, ctx) {
    f = bound(modelIteratee(f, this), ctx);
    var out = {};
    ms.forEach(function (m, i) { var k = f(m, i, ms); out[k] = has(out, k) ? out[k] + 1 : 1; });
    return out;
  },
  indexBy: function (ms, f, ctx) {
    f = bound(modelIteratee(f, this), ctx);
    var out = {};
    ms.forEach(function (m, i) { out[f(m, i, ms)] = m; });
    return out;
  },
  sortBy: function (ms, f, ctx) { f = bound(modelIteratee(f, this), ctx); return sortByKey(ms, function (m, i) { return f(m, i, ms); }); },
  findIndex: function (ms, f, ctx) { f = bound(modelIteratee(f, this), ctx); for (var i = 0; i < ms.length; i++) if (f(ms[i], i, ms)) return i; return -1; },
  findLastIndex: function (ms, f, ctx) { f = bound(modelIteratee(f, this), ctx); for (var i = ms.length - 1; i >= 0; i--) if (f(ms[i], i, ms)) return i; return -1; },
  chain: function (ms) { return new Chain(ms); }
};
var aliases = {
  each: 'forEach', collect: 'map', foldl: 'reduce', inject: 'reduce', foldr: 'reduceRight', detect: 'find',
  select: 'filter', all: 'every', any: 'some', include: 'includes', contains: 'includes', head: 'first',
  take: 'first', tail: 'rest', drop: 'rest'
};
keys(collectionMethods).forEach(function (name) { C[name] = over(collectionMethods[name]); });
keys(aliases).forEach(function (name) { C[name] = C[aliases[name]]; });
// `collection.chain()`: the array methods above, chained, ended by `value()`.
function Chain(value) { this._wrapped = value; }
['map', 'filter', 'reject', 'sortBy', 'first', 'last', 'rest', 'initial', 'without'].forEach(function (name) {
  Chain.prototype[name] = function () {
    var self = { _isModel: C._isModel };
    this._wrapped = collectionMethods[name].apply(self, [this._wrapped].concat(slice.call(arguments)));
    return this;
  };
});
Chain.prototype.value = function () { return this._wrapped; };
Collection.extend = extend;
Backbone.Collection = Collection;

// ---- View, Router, History: present, inert without a DOM ----
function View(options) {
  this.cid = uniqueId('view');
  this.preinitialize.apply(this, arguments);
  var self = this;
  ['model', 'collection', 'el', 'id', 'attributes', 'className', 'tagName', 'events'].forEach(function (k) {
    if (options && k in options) self[k] = options[k];
  });
  this.initialize.apply(this, arguments);
}
extendObj(View.prototype, Events, {
  tagName: 'div',
  preinitialize: function () {},
  initialize: function () {},
  render: function () { return this; },
  remove: function () { this.stopListening(); return this; }
});
View.extend = extend;
Backbone.View = View;

function Router(options) {
  options || (options = {});
  this.preinitialize.apply(this, arguments);
  if (options.routes) this.routes = options.routes;
  this.initialize.apply(this, arguments);
}
extendObj(Router.prototype, Events, {
  preinitialize: function () {},
  initialize: function () {},
  route: function () { return this; },
  navigate: function () { return this; }
});
Router.extend = extend;
Backbone.Router = Router;

function History() { this.handlers = []; }
extendObj(History.prototype, Events, {
  started: false,
  start: function () { throw new Error('Backbone.history has already been started'); },
  stop: function () {},
  navigate: function () { return false; }
});
History.extend = extend;
Backbone.History = History;
Backbone.history = new History();

// ---- sync ----
var methodMap = { create: 'POST', update: 'PUT', patch: 'PATCH', delete: 'DELETE', read: 'GET' };
Backbone.sync = function (method, model, options) {
  options || (options = {});
  var params = { type: methodMap[method], dataType: 'json' };
  if (!options.url) params.url = result(model, 'url') || urlError();
  if (options.data == null && model && (method === 'create' || method === 'update' || method === 'patch')) {
    params.contentType = 'application/json';
    params.data = JSON.stringify(options.attrs || model.toJSON(options));
  }
  var xhr = options.xhr = Backbone.ajax(extendObj(params, options));
  model.trigger('request', model, xhr, options);
  return xhr;
};
Backbone.ajax = function () {
  var $ = Backbone.$;
  var ajax = $ == null ? undefined : $.ajax;
  // V8's words (QuickJS words this error differently).
  if (ajax == null) throw new TypeError("Cannot read properties of " + ajax + " (reading 'apply')");
  return ajax.apply($, arguments);
};

module.exports = Backbone;
