// `pm.response` (and `pm.sendRequest` responses): Postman's Response object.
(function (P) {
  'use strict';
  var I = P.I;
  var List = P.PropertyList;
  var T = P.entryTypes;

  var REASONS = {
    100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints', 200: 'OK',
    201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
    205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported',
    226: 'IM Used', 300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
    304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
    400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
    405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required',
    408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required',
    412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long',
    415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
    418: "I'm a teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
    424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
    429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
    500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
    504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
    507: 'Insufficient Storage', 508: 'Loop Detected', 510: 'Not Extended',
    511: 'Network Authentication Required'
  };
  P.reasonOf = function (code) { return REASONS[code]; };

  function cookieList(cookies) {
    var list = new List(T.cookie, (cookies || []).map(function (c) {
      var out = { name: c.name, value: c.value, domain: c.domain, path: c.path };
      if (c.expires) out.expires = c.expires;
      out.httpOnly = !!c.httpOnly;
      out.secure = !!c.secure;
      return out;
    }), false, 'name');
    return list;
  }
  P.cookieList = cookieList;

  // An array of `length` elements from `P.parseJsonFast(text, lazyArray)`: `elements.at(i)` builds
  // element i the first time anything reads it; whatever lists, changes or freezes the array
  // builds all.
  function lazyArray(elements, length) {
    var target = new Array(length);
    var built = new Uint8Array(length);
    var left = length;
    function fill(i) {
      if (built[i]) return;
      built[i] = 1;
      left--;
      var v = elements.at(i, lazyArray);
      target[i] = v === undefined ? JSON.parse(elements.source(i)) : v;
    }
    function fillAll() {
      for (var i = 0; left && i < length; i++) fill(i);
    }
    function index(k) {
      if (typeof k !== 'string') return -1;
      var i = +k;
      return i >= 0 && i < length && Math.floor(i) === i && String(i) === k ? i : -1;
    }
    function one(k) {
      if (left) {
        var i = index(k);
        if (i >= 0) fill(i);
      }
    }
    var proxy = new Proxy(target, {
      get: function (t, k, r) { one(k); return Reflect.get(t, k, r); },
      has: function (t, k) { one(k); return Reflect.has(t, k); },
      getOwnPropertyDescriptor: function (t, k) { one(k); return Reflect.getOwnPropertyDescriptor(t, k); },
      ownKeys: function (t) { fillAll(); return Reflect.ownKeys(t); },
      // on the target itself: through the proxy QuickJS refuses a growing array's new length
      set: function (t, k, v, r) { fillAll(); return Reflect.set(t, k, v, r === proxy ? t : r); },
      defineProperty: function (t, k, d) { fillAll(); return Reflect.defineProperty(t, k, d); },
      deleteProperty: function (t, k) { fillAll(); return Reflect.deleteProperty(t, k); },
      preventExtensions: function (t) { fillAll(); return Reflect.preventExtensions(t); }
    });
    return proxy;
  }

  function parseJson(text, reviver) {
    if (!reviver && text.length > 64) {
      var fast = text.length > 4096 ? P.parseJsonFast(text, lazyArray) : P.parseJsonFast(text);
      if (fast !== undefined) return fast;
    }
    return JSON.parse(text, reviver);
  }
  P.parseJson = parseJson;

  // A response's body text (or a function that fetches it the first time it is needed) and its
  // parsed JSON, out of sight: a script counting a response's own properties sees Newman's.
  var HIDDEN = new WeakMap();
  function hidden(r) {
    var h = HIDDEN.get(r);
    if (!h) {
      h = { source: undefined, parsed: undefined };
      HIDDEN.set(r, h);
    }
    return h;
  }
  // A random version-4 UUID (made on the Rust side: a loop over 32 digits here costs 7 µs).
  function newId() { return P.dynamic('guid'); }
  // The body's bytes in the sandbox's Buffer, made on first read: an own property of each
  // response, through accessors made once (descriptors nothing inherits into).
  var STREAM = I.setPrototypeOf({
    get: function () {
      var h = hidden(this);
      if (h.bytes !== undefined) {
        var bytes = h.bytes;
        h.bytes = undefined;
        h.stream = P.require('buffer').Buffer.from(typeof bytes === 'function' ? bytes() : bytes);
      }
      return h.stream;
    },
    set: function (stream) {
      var h = hidden(this);
      h.bytes = undefined;
      h.stream = stream;
    },
    enumerable: true,
    configurable: true
  }, null);
  function streamProperty(r) { I.defineProperty(r, 'stream', STREAM); }
  // `headers` and `cookies` alike: own properties whose lists are made on first read (a
  // script that only reads the code or the body never pays for them).
  var UNMADE = {};
  function lazyList(field, make) {
    return I.setPrototypeOf({
      get: function () {
        var h = hidden(this);
        if (h[field] === UNMADE) h[field] = make(h.meta[field]);
        return h[field];
      },
      set: function (v) { hidden(this)[field] = v; },
      enumerable: true,
      configurable: true
    }, null);
  }
  var HEADERS = lazyList('headers', function (given) {
    return new List(T.header, (given || []).map(headerOf), true);
  });
  var COOKIES = lazyList('cookies', cookieList);

  // A received header, as the list would make it of `{key, value}` (without reading that back).
  function headerOf(pair) {
    var h = new T.header(null);
    h.key = pair[0];
    h.value = pair[1];
    return h;
  }

  // Own properties in postman-collection's order: id, _details, status, code, headers, stream,
  // cookies, responseTime, responseSize.
  function PostmanResponse(meta, body) {
    this.id = newId();
    this._details = meta.code === undefined ? undefined : { name: meta.status, code: meta.code, standardName: meta.status };
    // `body` is the text; or the bytes (an ArrayBuffer: a `pm.sendRequest` response); or a function
    // that fetches the text the first time it is needed: the running script's response, whose
    // bytes `P.responseBytes()` fetches.
    var bytes = typeof body === 'function' ? P.responseBytes : undefined;
    if (body instanceof ArrayBuffer) {
      bytes = body;
      body = function () { return P.bytesText(bytes); };
    }
    this.status = meta.status;
    this.code = meta.code;
    I.defineProperty(this, 'headers', HEADERS);
    streamProperty(this);
    I.defineProperty(this, 'cookies', COOKIES);
    this.responseTime = meta.responseTime;
    this.responseSize = meta.responseSize;
    HIDDEN.set(this, {
      source: body, parsed: undefined, bytes: bytes, stream: undefined,
      meta: meta, headers: UNMADE, cookies: UNMADE
    });
  }
  P.PostmanResponse = PostmanResponse;
  // What a failed request leaves: Postman's empty Response (own properties id, _details,
  // headers, cookies; no code, no body).
  P.emptyResponse = function () {
    var r = Object.create(R);
    r.id = newId();
    r._details = undefined;
    r.headers = new List(T.header, [], true);
    r.cookies = cookieList([]);
    HIDDEN.set(r, { source: undefined, parsed: undefined, empty: true });
    return r;
  };
  // `pm.response` alone has its own `to` (Newman's sandbox adds it).
  var TO = I.setPrototypeOf({ get: function () { return P.expect(this).to; }, configurable: true }, null);
  P.scriptResponse = function (r) {
    I.defineProperty(r, 'to', TO);
    return r;
  };
  P.isResponse = function (v) { return v instanceof PostmanResponse; };
  var R = PostmanResponse.prototype;
  Object.defineProperty(R, '_body', {
    get: function () {
      var h = hidden(this);
      if (typeof h.source === 'function') h.source = h.source();
      if (typeof h.source !== 'string') {
        h.source = h.source === undefined || h.source === null ? '' : String(h.source);
      }
      return h.source;
    }
  });
  R.text = function () { return hidden(this).empty ? undefined : this._body; };
  // Parsed once per response: scripts often call json() in every test.
  R.json = function (reviver) {
    if (reviver) return parseJson(this._body, reviver);
    var h = hidden(this);
    if (h.parsed === undefined) h.parsed = parseJson(this._body);
    return h.parsed;
  };
  R.reason = function () { return this.status; };
  // mime-format's kinds of the common media types, and mime-types' file extensions for them.
  var MIME_KINDS = {
    'application/x-www-form-urlencoded': ['text', 'plain'], 'application/pdf': ['embed', 'pdf'],
    'application/javascript': ['text', 'script'], 'application/ecmascript': ['text', 'script'],
    'application/json5': ['text', 'json'], 'application/jwt': ['text', 'jwt']
  };
  var EXTENSIONS = {
    'application/json': 'json', 'text/plain': 'txt', 'text/html': 'html', 'application/xml': 'xml',
    'text/xml': 'xml', 'application/javascript': 'js', 'text/csv': 'csv', 'application/octet-stream': 'bin',
    'image/png': 'png', 'image/jpeg': 'jpeg', 'image/gif': 'gif', 'application/pdf': 'pdf', 'text/css': 'css',
    'image/svg+xml': 'svg'
  };
  // mime-format's guess: [type, format] from the media type's words.
  function mimeKind(mime) {
    if (MIME_KINDS[mime]) return MIME_KINDS[mime];
    var base = mime.split('/')[0];
    var m = /(audio|video|image|text)/.exec(base);
    var sibling = /(jsonp|json|xml|html|yaml|vml|webml|script)/.exec(mime);
    if (m) return [m[1], m[1] === 'text' ? (sibling ? sibling[1] : 'plain') : m[1]];
    if (sibling) return ['text', sibling[1]];
    m = /\/[^\/]*(audio|video|image|text)/.exec(mime);
    if (m) return [m[1], m[1]];
    m = /(application|message|multipart)/.exec(base);
    return [m ? m[1] : 'unknown', 'raw'];
  }
  // postman-collection's Response#contentInfo.
  R.contentInfo = function () {
    var type = this.headers.get('content-type');
    var source = String(type || 'text/plain');
    var mime = source.toLowerCase().replace(/\s/g, '').replace(/^([^;]+).*$/, '$1');
    var kind = mimeKind(mime);
    var charset = /(?:charset|encoding)\s{0,10}=\s{0,10}['"]? {0,10}([\w-]{1,100})/i.exec(source);
    var info = { contentType: mime, mimeType: kind[0], mimeFormat: kind[1] };
    info.charset = charset && charset[1].toLowerCase() !== 'utf-8' ? charset[1].toLowerCase() : 'utf8';
    var extension = EXTENSIONS[mime];
    var disposition = /;[ \t]*filename[ \t]*=[ \t]*("(?:[^"\\]|\\.)*"|[^;\s]+)/.exec(
      String(this.headers.get('content-disposition') || ''));
    var fileName = disposition ? disposition[1].replace(/^"(.*)"$/, '$1').replace(/\\(.)/g, '$1') : '';
    if (extension) info.fileExtension = extension;
    info.fileName = fileName || 'response' + (extension ? '.' + extension : '');
    return info;
  };
  R.mime = function () {
    throw new Error('`Response#mime` has been discontinued, use `Response#contentInfo` instead.');
  };
  R.jsonp = function (reviver) {
    var text = this._body.replace(/^[^{(].*\(/, '').replace(/\)[^}].*$|\)$/, '');
    return parseJson(text, reviver);
  };
  R.encoding = function () {
    var format = this.headers.get('content-encoding');
    return { format: format, source: format ? 'header' : undefined };
  };
  R.size = function () {
    var header = 'HTTP/1.1 ' + this.code + ' ' + this.status + '\r\n';
    this.headers.each(function (h) { header += h.key + ': ' + h.value + '\r\n'; });
    header += '\r\n';
    var body = this.responseSize === undefined ? P.utf8Length(this._body) : this.responseSize;
    return { body: body, header: header.length, total: body + header.length };
  };
  R.dataURI = function () {
    var stream = this.stream;
    return 'data:' + this.contentInfo().contentType + ';base64, ' +
      (stream ? stream.toString('base64') : P.base64Utf8(this._body));
  };
  P.addAssertionGetters(R);
  R.toJSON = function () {
    var stream = this.stream;
    return {
      id: this.id, status: this.status, code: this.code, header: this.headers.toJSON(),
      stream: stream && typeof stream.toJSON === 'function' ? stream.toJSON() : stream,
      cookie: this.cookies.toJSON(), responseTime: this.responseTime, responseSize: this.responseSize
    };
  };
})
