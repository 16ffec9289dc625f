// `pm.request`: Postman's Url and Request objects over the request's v2.1 JSON.
(function (P) {
  'use strict';
  // Built-ins through `I` only: a script's replaced prototype methods must not change requests.
  var I = P.I;
  var List = P.PropertyList;
  var T = P.entryTypes;
  var String = I.String;
  var slice = I.strSlice;
  var indexOf = I.strIndexOf;
  var split = I.split;
  var push = I.push;
  var keys = I.keys;
  var forEach = I.forEach;
  // The parts of a host or path: an array as postman-collection keeps them, any other value as text.
  function joined(parts, separator) {
    return I.isArray(parts) ? I.join(parts, separator) : String(parts);
  }
  function copied(parts) {
    return I.isArray(parts) ? I.slice(parts) : parts;
  }
  function jsonOf(v) { return v === undefined || v === null ? v : I.parse(I.exportJson(v)); }

  function parseRaw(raw) {
    var url = {};
    var rest = I.trim(String(raw === undefined || raw === null ? '' : raw));
    var at = indexOf(rest, '#');
    if (at !== -1) { url.hash = slice(rest, at + 1); rest = slice(rest, 0, at); }
    at = indexOf(rest, '?');
    var query = [];
    if (at !== -1) {
      forEach(split(slice(rest, at + 1), '&'), function (pair) {
        if (pair === '') return;
        var eq = indexOf(pair, '=');
        push(query, eq === -1 ? { key: pair, value: null } : { key: slice(pair, 0, eq), value: slice(pair, eq + 1) });
      });
      rest = slice(rest, 0, at);
    }
    url.query = query;
    var m = I.exec(/^([^:/?#]+):\/\//, rest);
    if (m) { url.protocol = m[1]; rest = slice(rest, m[0].length); }
    var slash = indexOf(rest, '/');
    var authority = slash === -1 ? rest : slice(rest, 0, slash);
    var path = slash === -1 ? '' : slice(rest, slash + 1);
    var userAt = I.strLastIndexOf(authority, '@');
    if (userAt !== -1) {
      var user = slice(authority, 0, userAt);
      var colon = indexOf(user, ':');
      url.auth = colon === -1 ? { user: user } : { user: slice(user, 0, colon), password: slice(user, colon + 1) };
      authority = slice(authority, userAt + 1);
    }
    var port = I.exec(/:(\d+|\{\{[^}]+\}\})$/, authority);
    if (port) { url.port = port[1]; authority = slice(authority, 0, port.index); }
    url.host = authority ? split(authority, '.') : undefined;
    url.path = slash === -1 ? undefined : split(path, '/');
    // `:name` path segments become the URL's variables (without values), as Url.parse does.
    var seen = {};
    url.variable = [];
    forEach(url.path || [], function (segment) {
      var name = I.charAt(segment, 0) === ':' ? split(slice(segment, 1), '.')[0] : '';
      if (name && !seen[name]) {
        seen[name] = true;
        push(url.variable, { key: name });
      }
    });
    return url;
  }

  P.parseRawUrl = parseRaw;

  function PostmanUrl(source) {
    var parts = typeof source === 'string' ? parseRaw(source)
      : source && (source.host || source.path) ? source : parseRaw(source && source.raw);
    this.auth = parts.auth;
    this.protocol = parts.protocol;
    this.port = parts.port;
    this.path = parts.path ? copied(parts.path) : undefined;
    this.host = parts.host ? copied(parts.host) : undefined;
    this.hash = parts.hash;
    this.query = new List(T.query, parts.query || (source && source.query) || []);
    var variable = source && typeof source === 'object' && source.variable;
    this.variables = new List(T.variable, variable || parts.variable || []);
  }
  P.PostmanUrl = PostmanUrl;
  var U = PostmanUrl.prototype;
  U.getHost = function () { return this.host ? joined(this.host, '.') : ''; };
  U.getPath = function (unresolved) {
    var path = this.path ? '/' + joined(this.path, '/') : '/';
    if (unresolved) return path;
    var vars = this.variables;
    return I.strReplace(path, /\/:([^/]+)/g, function (all, name) {
      var v = vars.get(name);
      return v === undefined || v === null || v === '' ? all : '/' + v;
    });
  };
  U.getQueryString = function () { return this.query.toString(); };
  U.getPathWithQuery = function () {
    var q = this.getQueryString();
    return this.getPath() + (q ? '?' + q : '');
  };
  U.getRemote = function (forcePort) {
    var port = this.port ? String(this.port) : '';
    if (forcePort && !port) port = this.protocol === 'https' ? '443' : '80';
    return this.getHost() + (port ? ':' + port : '');
  };
  U.getRaw = function () {
    throw new Error('`Url#getRaw` has been discontinued, use `Url#toString` instead.');
  };
  U.getOAuth1BaseUrl = function () {
    return (this.protocol || 'http') + '://' + this.getRemote() + this.getPath();
  };
  U.addQueryParams = function (params) {
    var q = this.query;
    if (typeof params === 'string') params = parseRaw('?' + params).query;
    forEach(I.isArray(params) ? params : [params], function (p) { q.add(p); });
  };
  // Keys, or `{key}` objects in an array; one argument that is not an array is a key.
  U.removeQueryParams = function (params) {
    var names = I.isArray(params) ? I.map(params, function (p) { return p && p.key ? p.key : p; }) : [params];
    this.query.remove(function (p) { return I.indexOf(names, p.key) !== -1; });
  };
  U.update = function (value) {
    I.call(PostmanUrl, this, value);
  };
  // The path as toString prints it; the SDK's Url (postman-collection) fills in path variables.
  U._pathText = function () { return '/' + joined(this.path, '/'); };
  U.toString = function (forceProtocol) {
    var text = '';
    if (this.protocol) text += this.protocol + '://';
    else if (forceProtocol) text += 'http://';
    if (this.auth && (this.auth.user || this.auth.password)) {
      text += (this.auth.user || '') + (this.auth.password ? ':' + this.auth.password : '') + '@';
    }
    text += this.getHost();
    if (this.port) text += ':' + this.port;
    if (this.path) text += this._pathText();
    var q = this.getQueryString();
    if (q) text += '?' + q;
    if (this.hash) text += '#' + this.hash;
    return text;
  };
  // In postman-collection's order, without `raw`.
  U.toJSON = function () {
    var json = {};
    if (this.auth !== undefined) json.auth = this.auth;
    if (this.protocol !== undefined) json.protocol = this.protocol;
    if (this.port !== undefined) json.port = String(this.port);
    if (this.path !== undefined) json.path = copied(this.path);
    if (this.hash !== undefined) json.hash = this.hash;
    if (this.host !== undefined) json.host = copied(this.host);
    json.query = this.query.toJSON();
    json.variable = this.variables.toJSON();
    return json;
  };
  // What the runner reads: the parts and the text they make.
  U._runnerJSON = function () {
    var json = this.toJSON();
    json.raw = this.toString();
    return json;
  };

  // RequestBody's fields, in postman-collection's order; urlencoded and formdata are lists.
  var BODY_FIELDS = ['mode', 'raw', 'urlencoded', 'formdata', 'file', 'graphql', 'options', 'disabled'];
  var BODY_LISTS = { urlencoded: T.query, formdata: T.formParam };
  function hidden(target, name, value) {
    Object.defineProperty(target, name, { value: value, configurable: true, writable: true });
  }
  function fillBody(body, options) {
    var source = options && typeof options === 'object' ? options : {};
    forEach(keys(body), function (k) { delete body[k]; });
    forEach(BODY_FIELDS, function (k) {
      var v = source[k];
      if (BODY_LISTS[k] && v !== undefined && v !== null && !(v instanceof List)) {
        v = new List(BODY_LISTS[k], I.isArray(v) ? v : [v]);
      }
      body[k] = v;
    });
    forEach(keys(source), function (k) {
      if (I.indexOf(BODY_FIELDS, k) === -1 && source[k] !== undefined) body[k] = source[k];
    });
  }
  // PropertyBase#toJSON of a body or an auth: its fields that have a value, lists as arrays.
  function fieldsJSON() {
    var json = {};
    var self = this;
    forEach(keys(this), function (k) {
      var v = self[k];
      if (v !== undefined) json[k] = v instanceof List ? v.toJSON() : v;
    });
    return json;
  }
  function enabledOf(list) {
    return list instanceof List ? list.filter(function (p) { return !p.disabled; }) : [];
  }
  function bodyMethods(body) {
    if (!body || typeof body !== 'object') return body;
    fillBody(body, Object.assign({}, body));
    hidden(body, 'toString', function () {
      if (this.mode === 'raw') return this.raw === undefined || this.raw === null ? '' : String(this.raw);
      if (this.mode === 'urlencoded') {
        return I.join(I.map(enabledOf(this.urlencoded),
          function (p) { return p.key + '=' + (p.value === undefined ? '' : p.value); }), '&');
      }
      if (this.mode === 'graphql') return I.exportJson(this.graphql || {});
      return '';
    });
    hidden(body, 'update', function (options) {
      fillBody(this, typeof options === 'string' ? { mode: 'raw', raw: options } : options);
    });
    hidden(body, 'isEmpty', function () {
      var m = this.mode;
      if (!m || this.disabled) return true;
      if (m === 'raw') return !this.raw;
      if (m === 'urlencoded' || m === 'formdata') return !(this[m] instanceof List && this[m].count());
      if (m === 'file') return !(this.file && (this.file.src || this.file.content));
      if (m === 'graphql') return !this.graphql;
      return true;
    });
    hidden(body, 'toJSON', fieldsJSON);
    return body;
  }

  P.bodyMethods = bodyMethods;

  // ---- RequestAuth: the auth type and, per type, a list of its parameters ----
  function validAuthType(type) { return typeof type === 'string' && type !== 'type'; }
  function setParams(list, options) {
    if (I.isArray(options) || options instanceof List) {
      list.assimilate(options);
    } else if (options && typeof options === 'object') {
      forEach(keys(options), function (k) {
        var existing = list.one(k);
        if (existing) existing.value = options[k];
        else list.add({ key: k, value: options[k] });
      });
    }
  }
  function RequestAuth(options) {
    if (!options || typeof options !== 'object') return;
    if (options.type !== undefined) this.use(options.type);
    var self = this;
    forEach(keys(options), function (k) { if (k !== 'type') self.update(options[k], k); });
  }
  P.RequestAuth = RequestAuth;
  var A = RequestAuth.prototype;
  A._params = function (type) {
    if (!(this[type] instanceof List)) this[type] = new List(T.variable, [], false, 'key');
    return this[type];
  };
  A.update = function (options, type) {
    if (!options || typeof options !== 'object') return;
    type = type || this.type;
    if (validAuthType(type)) setParams(this._params(type), options);
  };
  A.use = function (type, options) {
    if (!validAuthType(type)) return;
    this.type = type;
    setParams(this._params(type), options);
  };
  A.current = function () {
    throw new Error('`Request#current` has been discontinued, use `Request#parameters` instead.');
  };
  A.parameters = function () { return this[this.type]; };
  A.clear = function (type) {
    if (!validAuthType(type) || !(this[type] instanceof List)) return;
    this[type].clear();
    if (type !== this.type) delete this[type];
  };
  A.toJSON = fieldsJSON;

  function PostmanRequest(json) {
    var url = new PostmanUrl(json.url);
    Object.defineProperty(this, '_url', { value: url, writable: true });
    Object.defineProperty(this, '_json', { value: json, configurable: true });
    Object.defineProperty(this, '_initialUrl', { value: url.toString(), configurable: true });
    this.method = json.method || 'GET';
    this.headers = new List(T.header, json.header || [], true);
    this.body = bodyMethods(json.body === undefined ? undefined : jsonOf(json.body));
    this.auth = json.auth === undefined || json.auth === null ? json.auth : new RequestAuth(json.auth);
    this.description = json.description;
  }
  P.PostmanRequest = PostmanRequest;
  P.isRequest = function (v) { return v instanceof PostmanRequest; };
  var R = PostmanRequest.prototype;
  P.addAssertionGetters(R);
  Object.defineProperty(R, 'url', {
    get: function () { return this._url; },
    set: function (v) { this._url = v instanceof PostmanUrl ? v : new PostmanUrl(v); },
    enumerable: true, configurable: true
  });
  R.getHeaders = function (options) {
    var out = {};
    this.headers.each(function (h) {
      if (options && options.enabled && h.disabled) return;
      var key = options && options.ignoreCase ? I.toLowerCase(String(h.key)) : h.key;
      if (I.hasOwn(out, key)) out[key] = P.concat(out[key], h.value);
      else out[key] = h.value;
    });
    return out;
  };
  R.addHeader = function (h) { this.headers.add(h); };
  // The key must match exactly, unless `{ignoreCase: true}`.
  R.removeHeader = function (header, options) {
    var key = typeof header === 'string' ? header : header && header.key;
    if (!key) return;
    var ignoreCase = !!(options && options.ignoreCase);
    if (ignoreCase) key = I.toLowerCase(String(key));
    this.headers.remove(function (h) { return (ignoreCase ? I.toLowerCase(String(h.key)) : h.key) === key; });
  };
  // Unlike `headers.upsert`, the key must match exactly (as in postman-collection).
  R.upsertHeader = function (h) {
    if (!h || !h.key) return;
    var existing = this.headers.find(function (m) { return m.key === h.key; });
    if (existing) existing.value = h.value;
    else this.headers.add(h);
  };
  R.addQueryParams = function (p) { this.url.addQueryParams(p); };
  R.removeQueryParams = function (p) { this.url.removeQueryParams(p); };
  R.forEachHeader = function (fn) { this.headers.each(fn); };
  R.authorizeUsing = function (type, options) {
    if (type && typeof type === 'object' && (options === undefined || options === null)) {
      options = Object.assign({}, type);
      delete options.type;
      type = type.type;
    }
    if (type === null) {
      delete this.auth;
      return;
    }
    if (!validAuthType(type)) return;
    if (!(this.auth instanceof RequestAuth)) this.auth = new RequestAuth(null);
    else this.auth.clear(type);
    this.auth.use(type, options);
  };
  R.update = function (json) { I.call(PostmanRequest, this, json); };
  R.size = function () {
    var length = this.headers.get('Content-Length');
    var size = { body: 0, header: 0, total: 0, source: 'COMPUTED' };
    if (length && I.regexTest(/^\d+(\.\d+)?$/, I.trim(String(length)))) {
      size.body = parseInt(length, 10);
      size.source = 'CONTENT-LENGTH';
    } else if (this.body) {
      size.body = P.utf8Length(this.body.toString());
    }
    size.header = (this.method + ' ' + this.url.getPathWithQuery() + ' HTTP/X.X\r\n\r\n').length +
      this.headers.contentSize();
    size.total = size.body + size.header;
    return size;
  };
  R.clone = function () { return new PostmanRequest(this.toJSON()); };
  // postman-collection's Request#toJSON.
  R.toJSON = function () {
    var json = {};
    var url = this.url;
    json.url = url instanceof PostmanUrl ? url.toJSON() : url;
    json.header = this.headers instanceof List ? this.headers.toJSON() : this.headers;
    json.method = this.method === undefined ? 'GET' : String(this.method);
    if (this.body !== undefined && this.body !== null) json.body = jsonOf(this.body);
    if (this.auth !== undefined && this.auth !== null) json.auth = jsonOf(this.auth);
    if (this.description !== undefined) json.description = this.description;
    return json;
  };
  // What the runner sends: the item's own URL while the script left it as it was.
  R._runnerJSON = function () {
    var json = this.toJSON();
    var originalUrl = this._json.url;
    var url = this.url;
    if (url instanceof PostmanUrl && url.toString() === this._initialUrl) json.url = originalUrl;
    else json.url = typeof url === 'string' ? url : url instanceof PostmanUrl ? url._runnerJSON() : originalUrl;
    return json;
  };
})
