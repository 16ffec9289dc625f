// `pm.request`: Postman's Url and Request objects over the request's v2.1 JSON.
(function (P) {
  'use strict';
  var List = P.PropertyList;
  var T = P.entryTypes;

  function parseRaw(raw) {
    var url = {};
    var rest = String(raw === undefined || raw === null ? '' : raw).trim();
    var at = rest.indexOf('#');
    if (at !== -1) { url.hash = rest.slice(at + 1); rest = rest.slice(0, at); }
    at = rest.indexOf('?');
    var query = [];
    if (at !== -1) {
      rest.slice(at + 1).split('&').forEach(function (pair) {
        if (pair === '') return;
        var eq = pair.indexOf('=');
        query.push(eq === -1 ? { key: pair, value: null } : { key: pair.slice(0, eq), value: pair.slice(eq + 1) });
      });
      rest = rest.slice(0, at);
    }
    url.query = query;
    var m = /^([^:/?#]+):\/\//.exec(rest);
    if (m) { url.protocol = m[1]; rest = rest.slice(m[0].length); }
    var slash = rest.indexOf('/');
    var authority = slash === -1 ? rest : rest.slice(0, slash);
    var path = slash === -1 ? '' : rest.slice(slash + 1);
    var userAt = authority.lastIndexOf('@');
    if (userAt !== -1) {
      var user = authority.slice(0, userAt);
      var colon = user.indexOf(':');
      url.auth = colon === -1 ? { user: user } : { user: user.slice(0, colon), password: user.slice(colon + 1) };
      authority = authority.slice(userAt + 1);
    }
    var port = /:(\d+|\{\{[^}]+\}\})$/.exec(authority);
    if (port) { url.port = port[1]; authority = authority.slice(0, port.index); }
    url.host = authority ? authority.split('.') : undefined;
    url.path = slash === -1 ? undefined : path.split('/');
    return url;
  }

  P.parseRawUrl = parseRaw;

  function PostmanUrl(source) {
    var parts = typeof source === 'string' ? parseRaw(source)
      : source && (source.host || source.path) ? source : parseRaw(source && source.raw);
    this.auth = parts.auth;
    this.protocol = parts.protocol;
    this.port = parts.port;
    this.path = parts.path ? parts.path.slice() : undefined;
    this.host = parts.host ? parts.host.slice() : undefined;
    this.hash = parts.hash;
    this.query = new List(T.query, parts.query || (source && source.query) || []);
    this.variables = new List(T.variable, (source && typeof source === 'object' && source.variable) || []);
  }
  P.PostmanUrl = PostmanUrl;
  var U = PostmanUrl.prototype;
  U.getHost = function () { return this.host ? this.host.join('.') : ''; };
  U.getPath = function (unresolved) {
    var path = this.path ? '/' + this.path.join('/') : '/';
    if (unresolved) return path;
    var vars = this.variables;
    return path.replace(/\/:([^/]+)/g, function (all, name) {
      var v = vars.get(name);
      return v === undefined || v === null || v === '' ? all : '/' + v;
    });
  };
  U.getQueryString = function () { return this.query.toString(); };
  U.getPathWithQuery = function () {
    var q = this.getQueryString();
    return this.getPath() + (q ? '?' + q : '');
  };
  U.getRemote = function () { return this.getHost() + (this.port ? ':' + this.port : ''); };
  U.getRaw = function () { return this.toString(); };
  U.getOAuth1BaseUrl = function () {
    return (this.protocol || 'http') + '://' + this.getRemote() + this.getPath();
  };
  U.addQueryParams = function (params) {
    var q = this.query;
    if (typeof params === 'string') params = parseRaw('?' + params).query;
    (Array.isArray(params) ? params : [params]).forEach(function (p) { q.add(p); });
  };
  U.removeQueryParams = function (params) {
    var q = this.query;
    (Array.isArray(params) ? params : [params]).forEach(function (p) {
      q.remove(typeof p === 'object' ? p.key : p);
    });
  };
  U.update = function (value) {
    PostmanUrl.call(this, value);
  };
  // The path as toString prints it; the SDK's Url (postman-collection) fills in path variables.
  U._pathText = function () { return '/' + this.path.join('/'); };
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
  U.toJSON = function () {
    var json = { raw: this.toString() };
    if (this.protocol !== undefined) json.protocol = this.protocol;
    if (this.host !== undefined) json.host = this.host;
    if (this.port !== undefined) json.port = String(this.port);
    if (this.path !== undefined) json.path = this.path;
    json.query = this.query.toJSON();
    json.variable = this.variables.toJSON();
    if (this.hash !== undefined) json.hash = this.hash;
    return json;
  };

  function bodyMethods(body) {
    if (!body || typeof body !== 'object') return body;
    Object.defineProperty(body, 'toString', {
      value: function () {
        if (this.mode === 'raw') return this.raw === undefined || this.raw === null ? '' : String(this.raw);
        if (this.mode === 'urlencoded') {
          return (this.urlencoded || []).filter(function (p) { return !p.disabled; })
            .map(function (p) { return p.key + '=' + (p.value === undefined ? '' : p.value); }).join('&');
        }
        if (this.mode === 'graphql') return JSON.stringify(this.graphql || {});
        return '';
      },
      configurable: true, writable: true
    });
    Object.defineProperty(body, 'update', {
      value: function (options) {
        if (typeof options === 'string') { this.mode = 'raw'; this.raw = options; return; }
        var self = this;
        Object.keys(self).forEach(function (k) { delete self[k]; });
        Object.assign(self, options);
      },
      configurable: true, writable: true
    });
    Object.defineProperty(body, 'isEmpty', {
      value: function () {
        var m = this.mode;
        if (!m || this.disabled) return true;
        if (m === 'raw') return !this.raw;
        if (m === 'urlencoded' || m === 'formdata') return !(this[m] && this[m].length);
        if (m === 'file') return !(this.file && (this.file.src || this.file.content));
        if (m === 'graphql') return !this.graphql;
        return true;
      },
      configurable: true, writable: true
    });
    return body;
  }

  P.bodyMethods = bodyMethods;

  function PostmanRequest(json, info) {
    var url = new PostmanUrl(json.url);
    Object.defineProperty(this, '_url', { value: url, writable: true });
    Object.defineProperty(this, '_json', { value: json, configurable: true });
    Object.defineProperty(this, '_initialUrl', { value: url.toString(), configurable: true });
    if (info) {
      Object.defineProperty(this, 'id', { value: info.requestId, writable: true });
      Object.defineProperty(this, 'name', { value: info.requestName, writable: true });
    }
    this.method = json.method || 'GET';
    this.headers = new List(T.header, json.header || [], true);
    this.body = bodyMethods(json.body === undefined ? undefined : JSON.parse(JSON.stringify(json.body)));
    this.auth = json.auth;
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
      var key = options && options.ignoreCase ? String(h.key).toLowerCase() : h.key;
      if (Object.prototype.hasOwnProperty.call(out, key)) out[key] = [].concat(out[key], h.value);
      else out[key] = h.value;
    });
    return out;
  };
  R.addHeader = function (h) { this.headers.add(h); };
  R.removeHeader = function (key) { this.headers.remove(key); };
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
    if (type && typeof type === 'object') { this.auth = type; return; }
    if (type === null) { this.auth = undefined; return; }
    var params = [];
    if (options && typeof options === 'object') {
      Object.keys(options).forEach(function (k) { params.push({ key: k, value: options[k], type: 'string' }); });
    }
    this.auth = { type: type };
    this.auth[type] = params;
  };
  R.update = function (json) { PostmanRequest.call(this, json); };
  R.clone = function () { return new PostmanRequest(this.toJSON()); };
  R.toJSON = function () {
    var json = {};
    var originalUrl = this._json.url;
    var url = this.url;
    if (url instanceof PostmanUrl && url.toString() === this._initialUrl) json.url = originalUrl;
    else json.url = typeof url === 'string' ? url : url instanceof PostmanUrl ? url.toJSON() : originalUrl;
    json.method = this.method === undefined ? 'GET' : String(this.method);
    json.header = this.headers instanceof List ? this.headers.toJSON() : this.headers;
    if (this.body !== undefined && this.body !== null) json.body = JSON.parse(JSON.stringify(this.body));
    if (this.auth !== undefined && this.auth !== null) json.auth = this.auth;
    if (this.description !== undefined) json.description = this.description;
    return json;
  };
})
