// Node's stream module as Postman's sandbox bundles it (stream-browserify over readable-stream 2): Stream,
// Readable, Writable, Duplex, Transform and PassThrough, built on our events module. Callbacks that Node runs
// on process.nextTick run here as promise jobs, so they fire before the script finishes.
'use strict';
var EE = require('events');
var Buffer = require('buffer').Buffer;
var StringDecoder = require('string_decoder').StringDecoder;

function later(fn) {
  var args = Array.prototype.slice.call(arguments, 1);
  Promise.resolve().then(function () { fn.apply(null, args); });
}
function nop() {}
function inherits(ctor, parent) {
  ctor.super_ = parent;
  ctor.prototype = Object.create(parent.prototype, {
    constructor: { value: ctor, enumerable: false, writable: true, configurable: true }
  });
}
function isBytes(chunk) { return Buffer.isBuffer(chunk) || chunk instanceof Uint8Array; }
function toBuffer(chunk) { return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk); }
function highWaterMark(options, objectMode, key) {
  var hwm = options[key] !== undefined ? options[key] : options.highWaterMark;
  if (hwm !== undefined && hwm !== null) return Math.floor(hwm);
  return objectMode ? 16 : 16 * 1024;
}

// ---- Stream ----------------------------------------------------------------------------------------------
function Stream() { EE.call(this); }
inherits(Stream, EE);
Stream.prototype.pipe = function (dest, options) {
  var source = this;
  function ondata(chunk) { if (dest.writable && dest.write(chunk) === false && source.pause) source.pause(); }
  function ondrain() { if (source.readable && source.resume) source.resume(); }
  source.on('data', ondata);
  dest.on('drain', ondrain);
  if (!dest._isStdio && (!options || options.end !== false)) source.on('end', function () { dest.end(); });
  dest.emit('pipe', source);
  return dest;
};

// ---- Readable ----------------------------------------------------------------------------------------------
function ReadableState(options, stream) {
  options = options || {};
  this.objectMode = !!options.objectMode;
  if (stream instanceof Duplex) this.objectMode = this.objectMode || !!options.readableObjectMode;
  this.highWaterMark = highWaterMark(options, this.objectMode, 'readableHighWaterMark');
  this.buffer = [];
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this.destroyed = false;
  this.defaultEncoding = options.defaultEncoding || 'utf8';
  this.awaitDrain = 0;
  this.readingMore = false;
  this.decoder = null;
  this.encoding = null;
  if (options.encoding) {
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  this._readableState = new ReadableState(options, this);
  this.readable = true;
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
  }
  Stream.call(this);
}
Readable.ReadableState = ReadableState;
inherits(Readable, Stream);

function chunkLength(state, chunk) { return state.objectMode ? 1 : chunk.length; }

function fromList(n, state) {
  if (state.length === 0) return null;
  var list = state.buffer, ret;
  if (state.objectMode) ret = list.shift();
  else if (!n || n >= state.length) {
    ret = state.decoder ? list.join('') : list.length === 1 ? list[0] : Buffer.concat(list, state.length);
    list.length = 0;
  } else {
    var parts = [], need = n;
    while (need > 0) {
      var head = list[0];
      if (head.length <= need) { parts.push(list.shift()); need -= head.length; }
      else { parts.push(head.slice(0, need)); list[0] = head.slice(need); need = 0; }
    }
    ret = state.decoder ? parts.join('') : parts.length === 1 ? parts[0] : Buffer.concat(parts, n);
  }
  return ret;
}
Readable._fromList = fromList;

function emitReadable(stream) {
  var state = stream._readableState;
  state.needReadable = false;
  if (state.emittedReadable) return;
  state.emittedReadable = true;
  later(function () {
    if (!state.destroyed) stream.emit('readable');
    flow(stream);
  });
}

function flow(stream) {
  var state = stream._readableState;
  while (state.flowing && stream.read() !== null) { /* each read emits 'data' */ }
}

function endReadable(stream) {
  var state = stream._readableState;
  if (state.endEmitted) return;
  state.ended = true;
  later(function () {
    if (!state.endEmitted && state.length === 0) {
      state.endEmitted = true;
      stream.readable = false;
      stream.emit('end');
    }
  });
}

function maybeReadMore(stream, state) {
  if (state.readingMore) return;
  state.readingMore = true;
  later(function () {
    var len = state.length;
    while (!state.reading && !state.ended && state.length < state.highWaterMark) {
      stream.read(0);
      if (len === state.length) break;
      len = state.length;
    }
    state.readingMore = false;
  });
}

function addChunk(stream, state, chunk, front) {
  if (state.flowing && state.length === 0 && !state.sync && !front) {
    stream.emit('data', chunk);
    stream.read(0);
  } else {
    state.length += chunk === '' ? 0 : chunkLength(state, chunk);
    if (front) state.buffer.unshift(chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function addToReadable(stream, chunk, encoding, front) {
  var state = stream._readableState;
  if (chunk === null) {
    state.reading = false;
    if (state.ended) return false;
    if (state.decoder) {
      var rest = state.decoder.end();
      if (rest && rest.length) { state.buffer.push(rest); state.length += state.objectMode ? 1 : rest.length; }
    }
    state.ended = true;
    emitReadable(stream);
    return false;
  }
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (encoding !== state.encoding) chunk = Buffer.from(chunk, encoding);
    } else if (isBytes(chunk)) chunk = toBuffer(chunk);
    else if (chunk !== undefined) {
      stream.emit('error', new TypeError('Invalid non-string/buffer chunk'));
      return false;
    }
  }
  if (front && state.endEmitted) {
    stream.emit('error', new Error('stream.unshift() after end event'));
    return false;
  }
  if (!front && state.ended) {
    stream.emit('error', new Error('stream.push() after EOF'));
    return false;
  }
  if (!front) state.reading = false;
  if (state.decoder && isBytes(chunk)) {
    chunk = state.decoder.write(chunk);
    if (chunk.length === 0 && !state.objectMode) { maybeReadMore(stream, state); return needMore(state); }
  }
  if (chunk !== undefined && (state.objectMode || chunk.length > 0)) addChunk(stream, state, chunk, front);
  else if (!front) maybeReadMore(stream, state);
  return needMore(state);
}
function needMore(state) { return !state.ended && (state.needReadable || state.length < state.highWaterMark || state.length === 0); }

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (n !== n) return state.flowing && state.length ? state.buffer[0].length : state.length;
  if (n <= state.length) return n;
  if (!state.ended) { state.needReadable = true; return 0; }
  return state.length;
}

Readable.prototype.destroy = function (err, cb) { return destroy(this, err, cb); };
Readable.prototype._undestroy = function () { return undestroy(this); };
Readable.prototype._destroy = function (err, cb) { this.push(null); cb(err); };
Readable.prototype.push = function (chunk, encoding) { return addToReadable(this, chunk, encoding, false); };
Readable.prototype.unshift = function (chunk) { return addToReadable(this, chunk, null, true); };
Readable.prototype.isPaused = function () { return this._readableState.flowing === false; };
Readable.prototype.setEncoding = function (encoding) {
  var state = this._readableState;
  state.decoder = new StringDecoder(encoding);
  state.encoding = encoding;
  return this;
};
Readable.prototype.read = function (n) {
  var state = this._readableState;
  n = n === undefined ? NaN : parseInt(n, 10);
  var asked = n;
  if (n !== 0) state.emittedReadable = false;
  if (n === 0 && state.needReadable && (state.length >= state.highWaterMark || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }
  n = howMuchToRead(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }
  var doRead = state.needReadable || state.length === 0 || state.length - n < state.highWaterMark;
  if (state.ended || state.reading || state.destroyed) doRead = false;
  if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    this._read(state.highWaterMark);
    state.sync = false;
    if (!state.reading) n = howMuchToRead(asked, state);
  }
  var ret = n > 0 ? fromList(n, state) : null;
  if (ret === null || ret === undefined) { state.needReadable = true; n = 0; ret = null; }
  else state.length -= n;
  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (asked !== n && state.ended) endReadable(this);
  }
  if (ret !== null) this.emit('data', ret);
  return ret;
};
Readable.prototype._read = function () { this.emit('error', new Error('_read() is not implemented')); };
Readable.prototype.pipe = function (dest, options) {
  var src = this, state = this._readableState;
  var doEnd = (!options || options.end !== false) && !dest._isStdio;
  function ondata(chunk) {
    if (dest.write(chunk) === false && state.pipes.indexOf(dest) !== -1) {
      state.awaitDrain++;
      src.pause();
    }
  }
  function ondrain() {
    if (state.awaitDrain) state.awaitDrain--;
    if (state.awaitDrain === 0) src.resume();
  }
  function onend() { if (doEnd) dest.end(); }
  function onerror(er) {
    cleanup();
    if (dest.listenerCount('error') === 0) dest.emit('error', er);
  }
  function onclose() { cleanup(); }
  function cleanup() {
    var i = state.pipes.indexOf(dest);
    if (i !== -1) state.pipes.splice(i, 1);
    src.removeListener('data', ondata);
    src.removeListener('end', onend);
    dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('close', onclose);
    dest.removeListener('unpipe', onunpipe);
  }
  function onunpipe(s) { if (s === src) cleanup(); }
  state.pipes.push(dest);
  src.on('data', ondata);
  src.once('end', onend);
  dest.on('drain', ondrain);
  dest.prependListener('error', onerror);
  dest.once('close', onclose);
  dest.on('unpipe', onunpipe);
  dest.emit('pipe', src);
  if (!state.flowing) src.resume();
  return dest;
};
Readable.prototype.unpipe = function (dest) {
  var pipes = this._readableState.pipes.slice();
  for (var i = 0; i < pipes.length; i++) {
    if (!dest || pipes[i] === dest) pipes[i].emit('unpipe', this, { hasUnpiped: false });
  }
  if (!this._readableState.pipes.length) this._readableState.flowing = false;
  return this;
};
Readable.prototype.on = function (ev, fn) {
  var res = Stream.prototype.on.call(this, ev, fn);
  var state = this._readableState;
  if (ev === 'data') {
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable' && !state.endEmitted && !state.readableListening) {
    state.readableListening = state.needReadable = true;
    state.emittedReadable = false;
    if (!state.reading) { var self = this; later(function () { self.read(0); }); }
    else if (state.length) emitReadable(this);
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;
Readable.prototype.resume = function () {
  var state = this._readableState, self = this;
  if (!state.flowing) {
    state.flowing = true;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      later(function () {
        if (!state.reading) self.read(0);
        state.resumeScheduled = false;
        state.awaitDrain = 0;
        self.emit('resume');
        flow(self);
        if (state.flowing && !state.reading) self.read(0);
      });
    }
  }
  return this;
};
Readable.prototype.pause = function () {
  if (this._readableState.flowing !== false) {
    this._readableState.flowing = false;
    this.emit('pause');
  }
  return this;
};
Readable.prototype.wrap = function (old) {
  var self = this, paused = false;
  old.on('end', function () { self.push(null); });
  old.on('data', function (chunk) {
    if (!self.push(chunk) && old.pause) { paused = true; old.pause(); }
  });
  this._read = function () { if (paused && old.resume) { paused = false; old.resume(); } };
  return this;
};
Object.defineProperty(Readable.prototype, 'readableHighWaterMark', {
  enumerable: false, configurable: true, get: function () { return this._readableState.highWaterMark; }
});

// ---- Writable ----------------------------------------------------------------------------------------------
function WritableState(options, stream) {
  options = options || {};
  var self = this;
  this.objectMode = !!options.objectMode;
  if (stream instanceof Duplex) this.objectMode = this.objectMode || !!options.writableObjectMode;
  this.highWaterMark = highWaterMark(options, this.objectMode, 'writableHighWaterMark');
  this.finalCalled = false;
  this.needDrain = false;
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.destroyed = false;
  this.decodeStrings = options.decodeStrings !== false;
  this.defaultEncoding = options.defaultEncoding || 'utf8';
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  this.sync = true;
  this.bufferProcessing = false;
  this.onwrite = function (er) { onwrite(stream, self, er); };
  this.writecb = null;
  this.writelen = 0;
  this.buffer = [];
  this.pendingcb = 0;
  this.prefinished = false;
  this.errorEmitted = false;
}
WritableState.prototype.getBuffer = function () { return this.buffer.slice(); };

function Writable(options) {
  if (!(this instanceof Writable) && !(this instanceof Duplex)) return new Writable(options);
  this._writableState = new WritableState(options, this);
  this.writable = true;
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
  }
  Stream.call(this);
}
Writable.WritableState = WritableState;
inherits(Writable, Stream);
var plainInstanceOf = Function.prototype[Symbol.hasInstance];
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function (object) {
    if (plainInstanceOf.call(this, object)) return true;
    if (this !== Writable) return false;
    return !!object && object._writableState instanceof WritableState;
  }
});

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function needFinish(state) {
  return state.ending && state.length === 0 && state.buffer.length === 0 && !state.finished && !state.writing;
}

function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) return;
  if (typeof stream._final === 'function') {
    state.pendingcb++;
    state.finalCalled = true;
    later(function () {
      stream._final(function (err) {
        state.pendingcb--;
        if (err) stream.emit('error', err);
        state.prefinished = true;
        stream.emit('prefinish');
        finishMaybe(stream, state);
      });
    });
  } else {
    state.prefinished = true;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state) {
  var need = needFinish(state);
  if (need) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      state.finished = true;
      stream.emit('finish');
    }
  }
  return need;
}

function afterWrite(stream, state, finished, cb) {
  if (!finished && state.length === 0 && state.needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  state.pendingcb--;
  cb();
  finishMaybe(stream, state);
}

function clearBuffer(stream, state) {
  state.bufferProcessing = true;
  if (stream._writev && state.buffer.length > 1) {
    var entries = state.buffer.splice(0), total = 0;
    entries.forEach(function (e) { total += state.objectMode ? 1 : e.chunk.length; });
    state.pendingcb++;
    doWrite(stream, state, true, total, entries, '', function (err) {
      entries.forEach(function (e) { state.pendingcb--; e.callback(err); });
    });
  } else {
    while (state.buffer.length) {
      var e = state.buffer.shift();
      doWrite(stream, state, false, state.objectMode ? 1 : e.chunk.length, e.chunk, e.encoding, e.callback);
      if (state.writing) break;
    }
  }
  state.bufferProcessing = false;
}

function onwrite(stream, state, er) {
  var sync = state.sync, cb = state.writecb;
  if (typeof cb !== 'function') throw new Error('write callback called multiple times');
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;
  if (er) {
    state.pendingcb--;
    if (sync) later(cb, er);
    else cb(er);
    state.errorEmitted = true;
    stream.emit('error', er);
    later(finishMaybe, stream, state);
    return;
  }
  var finished = needFinish(state);
  if (!finished && !state.corked && !state.bufferProcessing && state.buffer.length) clearBuffer(stream, state);
  if (sync) later(afterWrite, stream, state, finished, cb);
  else afterWrite(stream, state, finished, cb);
}

Writable.prototype.pipe = function () { this.emit('error', new Error('Cannot pipe, not readable')); };
Writable.prototype.write = function (chunk, encoding, cb) {
  var state = this._writableState;
  var isBuf = !state.objectMode && isBytes(chunk);
  if (isBuf) chunk = toBuffer(chunk);
  if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  if (isBuf) encoding = 'buffer';
  else if (!encoding) encoding = state.defaultEncoding;
  if (typeof cb !== 'function') cb = nop;
  var er = null;
  if (state.ended) er = new Error('write after end');
  else if (chunk === null) er = new TypeError('May not write null values to stream');
  else if (!isBuf && typeof chunk !== 'string' && chunk !== undefined && !state.objectMode) {
    er = new TypeError('Invalid non-string/buffer chunk');
  }
  if (er) {
    this.emit('error', er);
    later(cb, er);
    return false;
  }
  state.pendingcb++;
  if (!isBuf && !state.objectMode && state.decodeStrings && typeof chunk === 'string') {
    chunk = Buffer.from(chunk, encoding);
    encoding = 'buffer';
  }
  var len = state.objectMode ? 1 : chunk.length;
  state.length += len;
  var ret = state.length < state.highWaterMark;
  if (!ret) state.needDrain = true;
  if (state.writing || state.corked) state.buffer.push({ chunk: chunk, encoding: encoding, callback: cb });
  else doWrite(this, state, false, len, chunk, encoding, cb);
  return ret;
};
Writable.prototype.cork = function () { this._writableState.corked++; };
Writable.prototype.uncork = function () {
  var state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing && !state.corked && !state.bufferProcessing && state.buffer.length) clearBuffer(this, state);
  }
};
Writable.prototype.setDefaultEncoding = function (encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new TypeError('Unknown encoding: ' + encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};
Writable.prototype._write = function (chunk, encoding, cb) { cb(new Error('_write() is not implemented')); };
Writable.prototype._writev = null;
Writable.prototype.end = function (chunk, encoding, cb) {
  var state = this._writableState;
  if (typeof chunk === 'function') { cb = chunk; chunk = null; encoding = null; }
  else if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
  if (state.corked) { state.corked = 1; this.uncork(); }
  if (!state.ending) {
    state.ending = true;
    finishMaybe(this, state);
    if (cb) {
      if (state.finished) later(cb);
      else this.once('finish', cb);
    }
    state.ended = true;
    this.writable = false;
  }
};
Writable.prototype.destroy = Readable.prototype.destroy;
Writable.prototype._undestroy = Readable.prototype._undestroy;
Writable.prototype._destroy = function (err, cb) { this.end(); cb(err); };
Object.defineProperty(Writable.prototype, 'writableHighWaterMark', {
  enumerable: false, configurable: true, get: function () { return this._writableState.highWaterMark; }
});

// ---- destroy (shared) ----------------------------------------------------------------------------------------
function destroy(stream, err, cb) {
  var rs = stream._readableState, ws = stream._writableState;
  if ((rs && rs.destroyed) || (ws && ws.destroyed)) {
    if (cb) cb(err);
    else if (err && (!ws || !ws.errorEmitted)) later(function () { stream.emit('error', err); });
    return stream;
  }
  if (rs) rs.destroyed = true;
  if (ws) ws.destroyed = true;
  stream._destroy(err || null, function (er) {
    if (!cb && er) {
      later(function () { stream.emit('error', er); });
      if (ws) ws.errorEmitted = true;
    } else if (cb) cb(er);
    later(function () { stream.emit('close'); });
  });
  return stream;
}
function undestroy(stream) {
  var rs = stream._readableState, ws = stream._writableState;
  if (rs) { rs.destroyed = false; rs.reading = false; rs.ended = false; rs.endEmitted = false; }
  if (ws) {
    ws.destroyed = false; ws.ended = false; ws.ending = false; ws.finished = false; ws.errorEmitted = false;
  }
}
function destroyedProperty(key) {
  return {
    enumerable: false,
    configurable: true,
    get: function () { return this[key] === undefined ? false : this[key].destroyed; },
    set: function (v) { if (this[key]) this[key].destroyed = v; }
  };
}
Object.defineProperty(Readable.prototype, 'destroyed', destroyedProperty('_readableState'));
Object.defineProperty(Writable.prototype, 'destroyed', destroyedProperty('_writableState'));

// ---- Duplex ------------------------------------------------------------------------------------------------
function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options && options.readable === false) this.readable = false;
  if (options && options.writable === false) this.writable = false;
  this.allowHalfOpen = !(options && options.allowHalfOpen === false);
  if (!this.allowHalfOpen) {
    this.once('end', function () {
      if (this._writableState.ended) return;
      later(function (self) { self.end(); }, this);
    });
  }
}
inherits(Duplex, Readable);
Object.keys(Writable.prototype).forEach(function (key) {
  if (!Duplex.prototype[key]) Duplex.prototype[key] = Writable.prototype[key];
});
Duplex.prototype._destroy = function (err, cb) {
  this.push(null);
  this.end();
  cb(err);
};
Object.defineProperty(Duplex.prototype, 'writableHighWaterMark', {
  enumerable: false, configurable: true, get: function () { return this._writableState.highWaterMark; }
});
Object.defineProperty(Duplex.prototype, 'destroyed', {
  enumerable: false,
  configurable: true,
  get: function () {
    if (!this._readableState || !this._writableState) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set: function (v) {
    if (this._readableState) this._readableState.destroyed = v;
    if (this._writableState) this._writableState.destroyed = v;
  }
});

// ---- Transform / PassThrough ---------------------------------------------------------------------------------
function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  Duplex.call(this, options);
  var self = this;
  this._transformState = {
    afterTransform: function (er, data) { afterTransform(self, er, data); },
    needTransform: false,
    transforming: false,
    writecb: null,
    writechunk: null,
    writeencoding: null
  };
  this._readableState.needReadable = true;
  this._readableState.sync = false;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', transformPrefinish);
}
inherits(Transform, Duplex);

function afterTransform(stream, er, data) {
  var ts = stream._transformState;
  ts.transforming = false;
  var cb = ts.writecb;
  if (!cb) return stream.emit('error', new Error('write callback called multiple times'));
  ts.writechunk = null;
  ts.writecb = null;
  if (data !== null && data !== undefined) stream.push(data);
  cb(er);
  var rs = stream._readableState;
  rs.reading = false;
  if (rs.needReadable || rs.length < rs.highWaterMark) stream._read(rs.highWaterMark);
}
function transformDone(stream, er, data) {
  if (er) return stream.emit('error', er);
  if (data !== null && data !== undefined) stream.push(data);
  if (stream._writableState.length) throw new Error('Calling transform done when ws.length != 0');
  if (stream._transformState.transforming) throw new Error('Calling transform done when still transforming');
  return stream.push(null);
}
function transformPrefinish() {
  var self = this;
  if (typeof this._flush === 'function' && !this._readableState.destroyed) {
    this._flush(function (er, data) { transformDone(self, er, data); });
  } else transformDone(this, null, null);
}

Transform.prototype.push = function (chunk, encoding) {
  this._transformState.needTransform = false;
  return Duplex.prototype.push.call(this, chunk, encoding);
};
Transform.prototype._transform = function () { throw new Error('_transform() is not implemented'); };
Transform.prototype._write = function (chunk, encoding, cb) {
  var ts = this._transformState;
  ts.writecb = cb;
  ts.writechunk = chunk;
  ts.writeencoding = encoding;
  if (!ts.transforming) {
    var rs = this._readableState;
    if (ts.needTransform || rs.needReadable || rs.length < rs.highWaterMark) this._read(rs.highWaterMark);
  }
};
Transform.prototype._read = function () {
  var ts = this._transformState;
  if (ts.writechunk !== null && ts.writecb && !ts.transforming) {
    ts.transforming = true;
    this._transform(ts.writechunk, ts.writeencoding, ts.afterTransform);
  } else ts.needTransform = true;
};
Transform.prototype._destroy = function (err, cb) {
  var self = this;
  Duplex.prototype._destroy.call(this, err, function (err2) { cb(err2); self.emit('close'); });
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
inherits(PassThrough, Transform);
PassThrough.prototype._transform = function (chunk, encoding, cb) { cb(null, chunk); };

// ---- exports (key order as stream-browserify and readable-stream's browser build give them) -------------------
Readable.Stream = Stream;
Readable.Readable = Readable;
Readable.Writable = Writable;
Readable.Duplex = Duplex;
Readable.Transform = Transform;
Readable.PassThrough = PassThrough;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.Stream = Stream;
module.exports = Stream;
