// `require('postman-collection')`: the Postman Collection SDK (4.x) as Newman's sandbox exposes
// it. The classes `pm.request`, `pm.response` and the variable scopes are made of (lists.js,
// request.js, response.js) are the base of these, so `pm.request instanceof sdk.Request`,
// `pm.request.headers instanceof sdk.HeaderList` and the like hold, as in Postman.
'use strict';

var P = require('postie:sandbox');
var List = P.PropertyList;
var T = P.entryTypes;
var hasOwn = Object.prototype.hasOwnProperty;

// `Sub` builds on `Base`; `value instanceof Sub` holds for every `Base` (that passes `test`).
function subclass(Sub, Base, test) {
  Sub.prototype = Object.create(Base.prototype, {
    constructor: { value: Sub, writable: true, configurable: true }
  });
  Object.defineProperty(Sub, Symbol.hasInstance, {
    value: function (v) { return v instanceof Base && (!test || !!test(v)); },
    configurable: true
  });
}
function copyInto(target, source, skip) {
  if (source && typeof source === 'object') {
    Object.keys(source).forEach(function (k) {
      if (source[k] !== undefined && !(skip && skip.indexOf(k) !== -1)) target[k] = source[k];
    });
  }
  return target;
}
function plain(entry) { return copyInto({}, entry); }
function membersOf(items) {
  if (items instanceof List) return items.members.map(plain);
  if (Array.isArray(items)) return items;
  return items === undefined || items === null ? [] : [items];
}

// ---- PropertyBase, Property ----
function PropertyBase(definition) {
  if (definition && typeof definition === 'object' && definition.description !== undefined) {
    this.description = definition.description;
  }
}
PropertyBase.prototype.toJSON = function () { return plain(this); };
PropertyBase.prototype.forEachParent = function () {};
PropertyBase.prototype.parent = function () { return undefined; };
PropertyBase.isPropertyBase = function (v) { return v instanceof PropertyBase; };

function Property(definition) {
  PropertyBase.call(this, definition);
  if (definition && typeof definition === 'object') {
    if (definition.id !== undefined) this.id = definition.id;
    if (definition.name !== undefined) this.name = definition.name;
    if (definition.disabled !== undefined) this.disabled = definition.disabled;
  }
}
Property.prototype = Object.create(PropertyBase.prototype, {
  constructor: { value: Property, writable: true, configurable: true }
});
// Values of `{{name}}` from an object, a list of objects/lists, or a VariableList.
function lookupIn(variables) {
  var sources = Array.isArray(variables) ? variables : [variables];
  return function (name) {
    for (var i = 0; i < sources.length; i++) {
      var s = sources[i];
      if (!s) continue;
      if (s instanceof List) {
        var m = s._find(name);
        if (m !== undefined && !m.disabled) return P.valueText(m.valueOf());
      } else if (s instanceof P.Scope) {
        if (s.has(name)) return P.valueText(s.get(name));
      } else if (typeof s === 'object' && hasOwn.call(s, name)) {
        return P.valueText(s[name]);
      }
    }
    return undefined;
  };
}
Property.replaceSubstitutions = function (text, variables) {
  if (typeof text !== 'string' || text.indexOf('{{') === -1) return text;
  return P.replaceIn(text, lookupIn(variables));
};
Property.replaceSubstitutionsIn = function (obj, variables) {
  if (!obj || typeof obj !== 'object') return obj;
  return P.replaceIn(obj, lookupIn(variables));
};
Property.isProperty = function (v) { return v instanceof Property; };

// ---- entries: Header, QueryParam, Variable, Cookie, FormParam ----
function parseHeaderLine(line) {
  line = String(line).trim();
  var at = line.indexOf(':');
  if (at === -1) return { key: line, value: '' };
  return { key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() };
}
function Header(options, name) {
  if (typeof options === 'string') {
    options = typeof name === 'string' ? { key: name, value: options } : parseHeaderLine(options);
  }
  T.header.call(this, options);
}
subclass(Header, T.header);
Header.parse = function (text) {
  if (typeof text !== 'string') return [];
  return text.split(/\r?\n/).filter(function (l) { return l.trim() !== ''; }).map(parseHeaderLine);
};
Header.parseSingle = function (text) { return parseHeaderLine(typeof text === 'string' ? text : ''); };
Header.unparseSingle = function (h) { return h && h.key !== undefined ? h.key + ': ' + h.value : ''; };
// Each header line ends with the separator (CRLF unless told).
Header.unparse = function (headers, separator) {
  var end = separator === undefined ? '\r\n' : separator;
  return membersOf(headers).filter(function (h) { return h && !h.disabled; })
    .map(function (h) { return Header.unparseSingle(h) + end; }).join('');
};
Header.create = function (value, name) { return new Header(value, name); };
Header.isHeader = function (v) { return v instanceof T.header; };

function parseQueryPart(part) {
  var eq = part.indexOf('=');
  return eq === -1 ? { key: part, value: null } : { key: part.slice(0, eq), value: part.slice(eq + 1) };
}
function QueryParam(options) {
  if (typeof options === 'string') options = parseQueryPart(options);
  T.query.call(this, options);
}
subclass(QueryParam, T.query);
QueryParam.prototype.valueOf = function () {
  return this.value === undefined || this.value === null ? '' : this.value;
};
QueryParam.prototype.toString = function () { return QueryParam.unparseSingle(this); };
QueryParam.parse = function (text) {
  if (typeof text !== 'string' || text === '') return [];
  return text.split('&').filter(function (p) { return p !== ''; }).map(parseQueryPart);
};
QueryParam.parseSingle = function (text) { return parseQueryPart(String(text)); };
QueryParam.unparseSingle = function (p) {
  if (!p) return '';
  var key = p.key === undefined || p.key === null ? '' : String(p.key);
  return p.value === undefined || p.value === null ? key : key + '=' + p.value;
};
QueryParam.unparse = function (params) {
  return membersOf(params).filter(function (p) { return p && !p.disabled; }).map(QueryParam.unparseSingle).join('&');
};

var TYPES = {
  string: function (v) { return v === undefined || v === null ? v : String(v); },
  number: function (v) { return Number(v); },
  boolean: function (v) { return v === 'false' ? false : v === 'true' ? true : !!v; },
  json: function (v) { return typeof v === 'string' ? v : JSON.stringify(v); },
  any: function (v) { return v; }
};
function Variable(definition) {
  T.variable.call(this, {});
  var def = definition && typeof definition === 'object' ? definition : {};
  if (def.id !== undefined) this.id = def.id;
  this.type = hasOwn.call(TYPES, def.type) ? def.type : 'any';
  this.value = TYPES[this.type](def.value);
  this.key = def.key;
  copyInto(this, def, ['id', 'type', 'value', 'key']);
}
subclass(Variable, T.variable);
Variable.types = { string: String, boolean: Boolean, number: Number, json: Object, any: Object };
Variable.prototype.get = function () {
  if (this.type === 'json' && typeof this.value === 'string') {
    try { return JSON.parse(this.value); } catch (e) { return undefined; }
  }
  return this.value;
};
Variable.prototype.set = function (value) {
  this.value = TYPES[hasOwn.call(TYPES, this.type) ? this.type : 'any'](value);
};
Variable.prototype.valueOf = function (value) {
  if (arguments.length) this.set(value);
  return this.get();
};
Variable.prototype.cast = function (value) { return TYPES[hasOwn.call(TYPES, this.type) ? this.type : 'any'](value); };
Variable.prototype.valueType = function (type) {
  if (type !== undefined && hasOwn.call(TYPES, type)) {
    this.type = type;
    this.value = TYPES[type](this.value);
  }
  return this.type;
};
Variable.prototype.toString = function () {
  var v = this.get();
  return typeof v === 'string' ? v : JSON.stringify(v) === undefined ? String(v) : v === null ? 'null' : String(v);
};
Variable.prototype.toJSON = function () {
  var json = {};
  if (this.id !== undefined) json.id = this.id;
  json.type = this.type;
  if (this.value !== undefined) json.value = this.value;
  json.key = this.key;
  copyInto(json, this, ['id', 'type', 'value', 'key']);
  return json;
};
Variable.isVariable = function (v) { return v instanceof T.variable; };

function Cookie(options) { T.cookie.call(this, options); }
subclass(Cookie, T.cookie);
Cookie.isCookie = function (v) { return v instanceof T.cookie; };

function FormParam(options) { copyInto(this, options); }
FormParam.prototype.valueOf = function () { return this.value; };
FormParam.prototype.toString = function () { return (this.key || '') + '=' + (this.value === undefined ? '' : this.value); };

// ---- lists ----
function typeInfo(Type) {
  if (Type === Header || Type === T.header) return [T.header, true, 'key'];
  if (Type === QueryParam) return [QueryParam, false, 'key'];
  if (Type === T.query) return [T.query, false, 'key'];
  if (Type === Variable || Type === T.variable) return [Variable, false, 'key'];
  if (Type === Cookie || Type === T.cookie) return [T.cookie, false, 'name'];
  if (Type === Item || Type === ItemGroup) return [Entity, false, 'id'];
  if (Type === Event) return [Event, false, 'listen'];
  return [typeof Type === 'function' ? Type : FormParam, false, 'key'];
}
function PropertyList(Type, parent, populate) {
  var info = typeInfo(Type);
  List.call(this, info[0], membersOf(populate), info[1], info[2]);
}
subclass(PropertyList, List);
PropertyList.isPropertyList = function (v) { return v instanceof List; };

function HeaderList(parent, headers) {
  List.call(this, T.header, typeof headers === 'string' ? Header.parse(headers) : membersOf(headers), true);
}
subclass(HeaderList, List, function (v) { return v._type === T.header; });
HeaderList.isHeaderList = function (v) { return v instanceof HeaderList; };

function VariableList(parent, populate) {
  List.call(this, Variable, membersOf(populate), false, 'key');
}
subclass(VariableList, List, function (v) { return v._type === Variable || v._type === T.variable; });
VariableList.prototype.replace = function (text, overrides) {
  return Property.replaceSubstitutions(text, overrides ? [overrides, this] : [this]);
};
VariableList.prototype.substitute = function (obj, overrides) {
  return Property.replaceSubstitutionsIn(obj, overrides ? [overrides, this] : [this]);
};
VariableList.prototype.syncToObject = function (obj) {
  var out = obj && typeof obj === 'object' ? obj : {};
  Object.assign(out, this.toObject());
  return out;
};
VariableList.isVariableList = function (v) { return v instanceof VariableList; };

function CookieList(parent, cookies) {
  List.call(this, T.cookie, membersOf(cookies), false, 'name');
}
subclass(CookieList, List, function (v) { return v._type === T.cookie; });
CookieList.isCookieList = function (v) { return v instanceof CookieList; };

// ---- VariableScope ----
function VariableScope(definition) {
  var def = definition;
  if (Array.isArray(def) || def instanceof List) def = { values: def };
  else if (def instanceof P.Scope) def = def.toJSON();
  def = def && typeof def === 'object' ? def : {};
  var vars = membersOf(def.values).map(function (v) {
    return [String(v.key), v instanceof T.variable && typeof v.get === 'function' ? v.get() : v.value, !v.disabled];
  });
  P.Scope.call(this, { id: def.id, vars: vars }, 'scope');
  if (def.name !== undefined) this.name = def.name;
}
subclass(VariableScope, P.Scope);
VariableScope.isVariableScope = function (v) { return v instanceof P.Scope; };

// ---- Url ----
function Url(options) {
  var source;
  if (typeof options === 'string') source = Url.parse(options);
  else if (options instanceof P.PostmanUrl) source = urlJSON(options);
  else if (options && typeof options === 'object' && !options.host && !options.path) {
    source = Url.parse(options.raw);
    if (options.variable) source.variable = options.variable;
  } else source = options || {};
  P.PostmanUrl.call(this, source);
  this.query = new List(QueryParam, this.query.members.map(plain));
  this.variables = new VariableList(null, this.variables.members.map(plain));
}
subclass(Url, P.PostmanUrl);
Url.parse = function (raw) {
  raw = typeof raw === 'string' ? raw : raw === undefined || raw === null ? '' : String(raw);
  var parts = P.parseRawUrl(raw);
  var out = { raw: raw };
  if (parts.protocol !== undefined) out.protocol = parts.protocol;
  if (parts.auth) out.auth = parts.auth;
  if (parts.host !== undefined) out.host = parts.host;
  if (parts.port !== undefined) out.port = parts.port;
  if (parts.path !== undefined) out.path = parts.path;
  var hashAt = raw.indexOf('#');
  if ((hashAt === -1 ? raw : raw.slice(0, hashAt)).indexOf('?') !== -1) out.query = parts.query;
  if (parts.hash !== undefined) out.hash = parts.hash;
  var variables = (parts.path || []).filter(function (s) { return s.length > 1 && s.charAt(0) === ':'; })
    .map(function (s) { return { key: s.slice(1) }; });
  if (variables.length) out.variable = variables;
  return out;
};
Url.isUrl = function (v) { return v instanceof P.PostmanUrl; };
Url.prototype.update = function (value) { Url.call(this, value); };
Url.prototype.getRaw = function () {
  throw new Error('`Url#getRaw` has been discontinued, use `Url#toString` instead.');
};
// Path variables are filled in, as the SDK prints a URL.
Url.prototype._pathText = function () { return this.getPath(); };
function urlJSON(u) { return P.PostmanUrl.prototype.toJSON.call(u); }

// ---- RequestBody, RequestAuth ----
function RequestBody(options) {
  if (typeof options === 'string') options = { mode: 'raw', raw: options };
  copyInto(this, options);
  P.bodyMethods(this);
}
Object.defineProperty(RequestBody, Symbol.hasInstance, {
  value: function (v) {
    return !!v && typeof v === 'object' && typeof v.isEmpty === 'function' && typeof v.update === 'function' &&
      !(v instanceof P.PostmanRequest);
  }
});
RequestBody.MODES = { raw: 'raw', formdata: 'formdata', urlencoded: 'urlencoded', file: 'file', graphql: 'graphql' };

var RequestAuth = P.RequestAuth;
RequestAuth.isValidType = function (t) { return typeof t === 'string' && t !== 'type'; };

// ---- Request ----
function Request(options) {
  var json = {};
  if (typeof options === 'string') json.url = options;
  else if (options instanceof P.PostmanRequest) json = options.toJSON();
  else copyInto(json, options);
  if (json.url instanceof P.PostmanUrl) json.url = urlJSON(json.url);
  json.method = json.method ? String(json.method).toUpperCase() : 'GET';
  if (typeof json.header === 'string') json.header = Header.parse(json.header);
  else json.header = membersOf(json.header).map(function (h) { return typeof h === 'string' ? parseHeaderLine(h) : plain(h); });
  P.PostmanRequest.call(this, json);
  this.url = new Url(json.url === undefined ? '' : json.url);
}
subclass(Request, P.PostmanRequest);
Request.prototype.toJSON = function () {
  var json = {};
  json.url = this.url instanceof P.PostmanUrl ? urlJSON(this.url) : this.url;
  if (this.headers instanceof List && this.headers.count()) json.header = this.headers.toJSON();
  json.method = this.method === undefined ? 'GET' : String(this.method);
  if (this.body !== undefined && this.body !== null) json.body = JSON.parse(JSON.stringify(this.body));
  if (this.auth !== undefined && this.auth !== null) json.auth = this.auth;
  if (this.description !== undefined) json.description = this.description;
  return json;
};
Request.prototype.clone = function () { return new Request(this.toJSON()); };
Request.prototype.update = function (options) { Request.call(this, options); };
Request.isRequest = function (v) { return v instanceof P.PostmanRequest; };

// ---- Response ----
function Response(options) {
  var o = options && typeof options === 'object' ? options : {};
  var headers = o.header !== undefined ? o.header : o.headers;
  if (typeof headers === 'string') headers = Header.parse(headers);
  var pairs = membersOf(headers).map(function (h) {
    return Array.isArray(h) ? h : [h.key, h.value];
  });
  var body = o.body;
  if (body === undefined && o.stream) body = P.Buffer.from(o.stream).toString();
  if (body !== undefined && body !== null && typeof body !== 'string') body = JSON.stringify(body);
  var code = o.code === undefined ? undefined : Number(o.code);
  P.PostmanResponse.call(this, {
    code: code, status: o.status || P.reasonOf(code), headers: pairs, cookies: membersOf(o.cookie),
    responseTime: o.responseTime
  }, body === undefined || body === null ? '' : body);
  if (o.id !== undefined) this.id = o.id;
  if (o.name !== undefined) this.name = o.name;
  if (o.originalRequest !== undefined) this.originalRequest = new Request(o.originalRequest);
}
subclass(Response, P.PostmanResponse);
Response.isResponse = function (v) { return v instanceof P.PostmanResponse; };
Response.prototype.toJSON = function () {
  var json = {};
  if (this.id !== undefined) json.id = this.id;
  if (this.name !== undefined) json.name = this.name;
  json.status = this.status;
  json.code = this.code;
  json.header = this.headers.toJSON();
  json.body = this.text();
  json.cookie = this.cookies.toJSON();
  if (this.responseTime !== undefined) json.responseTime = this.responseTime;
  return json;
};

// ---- Script, Event ----
function Script(options) {
  var o = typeof options === 'string' || Array.isArray(options) ? { exec: options } : options || {};
  if (o.id !== undefined) this.id = o.id;
  this.type = o.type || 'text/javascript';
  var exec = o.exec === undefined ? [] : o.exec;
  this.exec = typeof exec === 'string' ? exec.split('\n') : exec.slice();
  if (o.src !== undefined) this.src = o.src;
}
Script.prototype.toSource = function () { return this.exec.join('\n'); };
Script.prototype.update = function (options) { Script.call(this, options); };
Script.isScript = function (v) { return v instanceof Script; };

function Event(options) {
  var o = options || {};
  if (o.id !== undefined) this.id = o.id;
  this.listen = o.listen;
  this.script = o.script instanceof Script ? o.script : new Script(o.script);
  if (o.disabled !== undefined) this.disabled = o.disabled;
}
function EventList(parent, populate) {
  List.call(this, Event, membersOf(populate), false, 'listen');
}
subclass(EventList, List, function (v) { return v._type === Event; });
EventList.prototype.listeners = function (name) {
  return this.members.filter(function (e) { return e.listen === name && !e.disabled; });
};
EventList.prototype.listenersOwn = EventList.prototype.listeners;

// ---- Item, ItemGroup, Collection ----
function isGroupDefinition(d) { return !!d && typeof d === 'object' && Array.isArray(d.item); }
// The member type of an item list: a new member is an Item or an ItemGroup by its shape.
function Entity(definition) {
  return isGroupDefinition(definition) ? new ItemGroup(definition) : new Item(definition);
}
Object.defineProperty(Entity, Symbol.hasInstance, {
  value: function (v) { return v instanceof Item || v instanceof ItemGroup; }
});

function Item(definition) {
  var d = definition || {};
  Property.call(this, d);
  this.request = new Request(d.request === undefined ? '' : d.request);
  this.responses = new PropertyList(Response, null, membersOf(d.response).map(function (r) { return new Response(r); }));
  this.events = new EventList(null, d.event);
}
Item.prototype = Object.create(Property.prototype, { constructor: { value: Item, writable: true, configurable: true } });
Item.prototype.getEvents = function (name) {
  return name === undefined ? this.events.all() : this.events.filter(function (e) { return e.listen === name; });
};
Item.prototype.toJSON = function () {
  var json = {};
  if (this.id !== undefined) json.id = this.id;
  if (this.name !== undefined) json.name = this.name;
  json.request = this.request.toJSON();
  json.response = this.responses.map(function (r) { return r.toJSON(); });
  json.event = JSON.parse(JSON.stringify(this.events.members));
  return json;
};
Item.isItem = function (v) { return v instanceof Item; };

function ItemGroup(definition) {
  var d = definition || {};
  Property.call(this, d);
  this.items = new List(Entity, d.item || [], false, 'id');
  this.events = new EventList(null, d.event);
  if (d.auth !== undefined) this.auth = new RequestAuth(d.auth);
}
ItemGroup.prototype = Object.create(Property.prototype, {
  constructor: { value: ItemGroup, writable: true, configurable: true }
});
ItemGroup.prototype.forEachItem = function (fn) {
  this.items.each(function (entry) {
    if (entry instanceof ItemGroup) entry.forEachItem(fn);
    else fn(entry);
  });
};
ItemGroup.prototype.forEachItemGroup = function (fn) {
  this.items.each(function (entry) {
    if (entry instanceof ItemGroup) {
      fn(entry);
      entry.forEachItemGroup(fn);
    }
  });
};
ItemGroup.prototype.oneDeep = function (idOrName) {
  var found;
  (function walk(group) {
    group.items.each(function (entry) {
      if (found) return;
      if (entry.id === idOrName || entry.name === idOrName) found = entry;
      else if (entry instanceof ItemGroup) walk(entry);
    });
  })(this);
  return found;
};
ItemGroup.prototype.toJSON = function () {
  var json = {};
  if (this.id !== undefined) json.id = this.id;
  if (this.name !== undefined) json.name = this.name;
  json.item = this.items.map(function (e) { return e.toJSON(); });
  json.event = JSON.parse(JSON.stringify(this.events.members));
  return json;
};
ItemGroup.isItemGroup = function (v) { return v instanceof ItemGroup; };

function Collection(definition) {
  var d = definition || {};
  var info = d.info || {};
  ItemGroup.call(this, { id: info._postman_id || info.id, name: info.name, item: d.item || [], event: d.event,
    auth: d.auth, description: info.description });
  this.variables = new VariableList(null, d.variable);
  if (info.version !== undefined) this.version = new Version(info.version);
}
Collection.prototype = Object.create(ItemGroup.prototype, {
  constructor: { value: Collection, writable: true, configurable: true }
});
Collection.prototype.toJSON = function () {
  var info = {};
  if (this.id !== undefined) info._postman_id = this.id;
  if (this.name !== undefined) info.name = this.name;
  info.schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
  return {
    info: info,
    item: this.items.map(function (e) { return e.toJSON(); }),
    event: JSON.parse(JSON.stringify(this.events.members)),
    variable: this.variables.toJSON()
  };
};
Collection.isCollection = function (v) { return v instanceof Collection; };

// ---- the rest: small value holders ----
function Description(options) {
  if (typeof options === 'string') options = { content: options };
  var o = options || {};
  this.content = o.content;
  this.type = o.type || 'text/plain';
}
Description.prototype.toString = function () { return this.content === undefined ? '' : String(this.content); };
Description.isDescription = function (v) { return v instanceof Description; };

function Version(options) {
  var text = typeof options === 'string' ? options : options && options.raw;
  var m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?/.exec(String(text || ''));
  if (m) {
    this.raw = m[0];
    this.major = Number(m[1]);
    this.minor = Number(m[2]);
    this.patch = Number(m[3]);
    this.prerelease = m[4] ? m[4].split('.') : [];
    this.build = [];
    this.string = m[0].replace(/^v/, '');
  } else if (options && typeof options === 'object') {
    copyInto(this, options);
  }
}
Version.prototype.toString = function () { return this.string || ''; };

function MutationTracker(options) {
  this.stream = (options && options.stream) || [];
  this.compacted = {};
  this.autoCompact = !!(options && options.autoCompact);
}
MutationTracker.prototype.track = function (instruction) {
  this.stream.push([instruction].concat(Array.prototype.slice.call(arguments, 1)));
};
MutationTracker.prototype.count = function () { return this.stream.length + Object.keys(this.compacted).length; };

function holder() {
  var Holder = function (options) { copyInto(this, options); };
  return Holder;
}
var ProxyConfig = holder();
var Certificate = holder();
function UrlMatchPattern(options) {
  this.pattern = typeof options === 'string' ? options : options && options.pattern;
}
UrlMatchPattern.prototype.test = function (url) {
  var pattern = String(this.pattern || '');
  if (pattern === '<all_urls>') return true;
  var re = new RegExp('^' + pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
  return re.test(String(url));
};
function listOf(Type, key) {
  var L = function (parent, populate) { List.call(this, Type, membersOf(populate), false, key); };
  subclass(L, List, function (v) { return v._type === Type; });
  return L;
}

module.exports = {
  Certificate: Certificate,
  CertificateList: listOf(Certificate, 'id'),
  Collection: Collection,
  Cookie: Cookie,
  CookieList: CookieList,
  Description: Description,
  Event: Event,
  EventList: EventList,
  FormParam: FormParam,
  Header: Header,
  HeaderList: HeaderList,
  Item: Item,
  ItemGroup: ItemGroup,
  MutationTracker: MutationTracker,
  Property: Property,
  PropertyBase: PropertyBase,
  PropertyList: PropertyList,
  ProxyConfig: ProxyConfig,
  ProxyConfigList: listOf(ProxyConfig, 'id'),
  QueryParam: QueryParam,
  Request: Request,
  RequestAuth: RequestAuth,
  RequestBody: RequestBody,
  Response: Response,
  Script: Script,
  Url: Url,
  UrlMatchPattern: UrlMatchPattern,
  UrlMatchPatternList: listOf(UrlMatchPattern, 'pattern'),
  Variable: Variable,
  VariableList: VariableList,
  VariableScope: VariableScope,
  Version: Version
};
