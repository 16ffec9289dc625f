// Node's legacy url module as Postman's sandbox bundles it: parse, format, resolve, resolveObject, Url.
'use strict';
var querystring = require('querystring');

var SLASHED = { 'http:': true, 'https:': true, 'ftp:': true, 'gopher:': true, 'file:': true, http: true, https: true, ftp: true, gopher: true, file: true };
var HOSTLESS = { javascript: true, 'javascript:': true };
var AUTO_ESCAPE = /['{}|\\^`<>" \r\n\t]/g;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function firstIndexOf(s, chars) {
  var best = -1;
  for (var i = 0; i < chars.length; i++) {
    var at = s.indexOf(chars[i]);
    if (at !== -1 && (best === -1 || at < best)) best = at;
  }
  return best;
}

Url.prototype.parse = function (str, parseQueryString, slashesDenoteHost) {
  if (typeof str !== 'string') throw new TypeError("Parameter 'url' must be a string, not " + typeof str);
  var rest = str.trim().replace(/\\/g, '/');
  var proto = /^([a-z0-9.+-]+:)/i.exec(rest), lowerProto = null;
  if (proto) {
    this.protocol = lowerProto = proto[1].toLowerCase();
    rest = rest.substr(proto[1].length);
  }
  var slashes = false;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.substr(0, 2) === '//';
    if (slashes && !(lowerProto && HOSTLESS[lowerProto])) {
      rest = rest.substr(2);
      this.slashes = true;
    }
  }
  if (!HOSTLESS[lowerProto] && (slashes || (lowerProto && !SLASHED[lowerProto]))) {
    var hostEnd = firstIndexOf(rest, ['/', '?', '#']);
    var atSign = hostEnd === -1 ? rest.lastIndexOf('@') : rest.lastIndexOf('@', hostEnd);
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      rest = rest.slice(atSign + 1);
    }
    hostEnd = firstIndexOf(rest, ['/', '?', '#', ' ', '<', '>', '"', '`', '\r', '\n', '\t', '{', '}', '|', '\\', '^', "'", ';']);
    if (hostEnd === -1) hostEnd = rest.length;
    var host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    var port = /:[0-9]*$/.exec(host);
    if (port) {
      if (port[0] !== ':') this.port = port[0].substr(1);
      host = host.substr(0, host.length - port[0].length);
    }
    var hostname = host.toLowerCase();
    if (hostname.charAt(0) === '[' && hostname.charAt(hostname.length - 1) === ']') hostname = hostname.slice(1, -1);
    this.hostname = hostname;
    this.host = (hostname.indexOf(':') >= 0 ? '[' + hostname + ']' : hostname) + (this.port ? ':' + this.port : '');
  }
  rest = rest.replace(AUTO_ESCAPE, function (c) { var e = encodeURIComponent(c); return e === c ? escape(c) : e; });
  var hash = rest.indexOf('#');
  if (hash !== -1) {
    this.hash = rest.substr(hash);
    rest = rest.slice(0, hash);
  }
  var qm = rest.indexOf('?');
  if (qm !== -1) {
    this.search = rest.substr(qm);
    this.query = rest.substr(qm + 1);
    if (parseQueryString) this.query = querystring.parse(this.query);
    rest = rest.slice(0, qm);
  } else if (parseQueryString) {
    this.search = '';
    this.query = {};
  }
  if (rest) this.pathname = rest;
  if (SLASHED[lowerProto] && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

Url.prototype.format = function () {
  var auth = this.auth || '';
  if (auth) auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@';
  var protocol = this.protocol || '', pathname = this.pathname || '', hash = this.hash || '', host = false, query = '';
  if (this.host) host = auth + this.host;
  else if (this.hostname) {
    host = auth + (this.hostname.indexOf(':') === -1 ? this.hostname : '[' + this.hostname + ']');
    if (this.port) host += ':' + this.port;
  }
  if (this.query && typeof this.query === 'object' && Object.keys(this.query).length) query = querystring.stringify(this.query);
  var search = this.search || (query && '?' + query) || '';
  if (protocol && protocol.substr(-1) !== ':') protocol += ':';
  if (this.slashes || ((!protocol || SLASHED[protocol]) && host !== false)) {
    host = '//' + (host || '');
    if (pathname && pathname.charAt(0) !== '/') pathname = '/' + pathname;
  } else if (!host) {
    host = '';
  }
  if (hash && hash.charAt(0) !== '#') hash = '#' + hash;
  if (search && search.charAt(0) !== '?') search = '?' + search;
  pathname = pathname.replace(/[?#]/g, function (m) { return encodeURIComponent(m); });
  search = search.replace('#', '%23');
  return protocol + host + pathname + search + hash;
};

function removeDotSegments(path) {
  var out = [];
  path.split('/').forEach(function (seg, i, all) {
    if (seg === '..') { if (out.length > 1) out.pop(); if (i === all.length - 1) out.push(''); }
    else if (seg === '.') { if (i === all.length - 1) out.push(''); }
    else out.push(seg);
  });
  return out.join('/');
}

Url.prototype.resolve = function (relative) {
  var rel = urlParse(relative, false, true), base = this;
  if (rel.protocol && rel.protocol !== base.protocol) return rel.format();
  var result = new Url();
  ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname'].forEach(function (k) { result[k] = base[k]; });
  if (rel.host !== null || (rel.slashes && rel.protocol === null && rel.hostname)) {
    ['slashes', 'auth', 'host', 'port', 'hostname'].forEach(function (k) { result[k] = rel[k]; });
    result.pathname = rel.pathname;
    result.search = rel.search;
  } else if (rel.pathname) {
    if (rel.pathname.charAt(0) === '/') result.pathname = removeDotSegments(rel.pathname);
    else {
      var dir = (base.pathname || (base.host ? '/' : '')).replace(/[^/]*$/, '');
      result.pathname = removeDotSegments(dir + rel.pathname);
    }
    result.search = rel.search;
  } else {
    result.pathname = base.pathname;
    result.search = rel.search !== null ? rel.search : base.search;
  }
  result.hash = rel.hash;
  result.path = (result.pathname || '') + (result.search || '') || null;
  result.href = result.format();
  return result.href;
};
Url.prototype.resolveObject = function (relative) { return urlParse(this.resolve(relative)); };

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  return new Url().parse(url, parseQueryString, slashesDenoteHost);
}

module.exports = {
  parse: urlParse,
  resolve: function (source, relative) { return urlParse(source, false, true).resolve(relative); },
  resolveObject: function (source, relative) { return source ? urlParse(source, false, true).resolveObject(relative) : relative; },
  format: function (obj) {
    if (typeof obj === 'string') obj = urlParse(obj);
    return obj instanceof Url ? obj.format() : Url.prototype.format.call(obj);
  },
  Url: Url
};
