//! The run's cookie jar (cookie_store), loaded from and exported to tough-cookie's JSON shape
//! (what `newman run --cookie-jar / --export-cookie-jar` read and write).

use super::CookieData;
use chrono::{DateTime, SecondsFormat, Utc};
use cookie_store::{CookieDomain, CookieExpiration, CookieStore, RawCookie};
use serde_json::{json, Value};
use std::collections::HashMap;

type CookieKey = (String, String, String);

#[derive(Default)]
pub struct Jar {
    store: CookieStore,
    /// tough-cookie's `creation` / `lastAccessed`, by (domain, path, name).
    times: HashMap<CookieKey, (DateTime<Utc>, DateTime<Utc>)>,
    /// tough-cookie's `creationIndex`: breaks ties between cookies created at the same time.
    order: HashMap<CookieKey, u64>,
    next_index: u64,
}

fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn domain_of(c: &cookie_store::Cookie) -> (String, bool) {
    match &c.domain {
        CookieDomain::HostOnly(d) => (d.clone(), true),
        CookieDomain::Suffix(d) => (d.clone(), false),
        CookieDomain::NotPresent | CookieDomain::Empty => (String::new(), true),
    }
}

fn key_of(c: &cookie_store::Cookie) -> CookieKey {
    (domain_of(c).0, String::from(&c.path), c.name().to_string())
}

fn expires_of(c: &cookie_store::Cookie) -> Option<DateTime<Utc>> {
    match &c.expires {
        CookieExpiration::AtUtc(t) => DateTime::from_timestamp(t.unix_timestamp(), 0),
        CookieExpiration::SessionEnd => None,
    }
}

fn to_data(c: &cookie_store::Cookie) -> CookieData {
    CookieData {
        name: c.name().to_string(),
        value: c.value().to_string(),
        domain: domain_of(c).0,
        path: String::from(&c.path),
        expires: expires_of(c).map(iso),
        http_only: c.http_only().unwrap_or(false),
        secure: c.secure().unwrap_or(false),
    }
}

impl Jar {
    fn remember(&mut self, key: &CookieKey) {
        if !self.order.contains_key(key) {
            self.order.insert(key.clone(), self.next_index);
            self.next_index += 1;
        }
    }

    /// Stores the `Set-Cookie` values of a response to `url`.
    pub fn store_response(&mut self, url: &url::Url, set_cookies: &[String]) {
        let now = Utc::now();
        for header in set_cookies {
            let Ok(raw) = RawCookie::parse(header.clone()) else {
                continue;
            };
            let Ok(cookie) = cookie_store::Cookie::try_from_raw_cookie(&raw, url) else {
                continue;
            };
            let key = key_of(&cookie);
            if self.store.insert(cookie.into_owned(), url).is_ok() {
                self.remember(&key);
                self.times
                    .entry(key)
                    .and_modify(|t| t.1 = now)
                    .or_insert((now, now));
            }
        }
    }

    /// Removes the cookie `name` that `url` would get (all of them when `name` is `None`).
    pub fn remove(&mut self, url: &url::Url, name: Option<&str>) {
        let doomed: Vec<(String, String, String)> = self
            .store
            .matches(url)
            .into_iter()
            .filter(|c| name.is_none_or(|n| c.name() == n))
            .map(|c| {
                let (domain, _) = domain_of(c);
                (domain, String::from(&c.path), c.name().to_string())
            })
            .collect();
        for (domain, path, name) in doomed {
            self.store.remove(&domain, &path, &name);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.store.iter_any().next().is_none()
    }

    #[cfg(test)]
    pub fn clear(&mut self) {
        self.store.clear();
        self.times.clear();
        self.order.clear();
    }

    /// Matching cookies in tough-cookie's order: longer paths first, then oldest first.
    fn sorted_matches(&self, url: &url::Url) -> Vec<&cookie_store::Cookie<'static>> {
        let mut list = self.store.matches(url);
        let created = |c: &cookie_store::Cookie| {
            let key = key_of(c);
            (
                self.times.get(&key).map(|t| t.0),
                self.order.get(&key).copied(),
            )
        };
        list.sort_by(|a, b| {
            String::from(&b.path)
                .len()
                .cmp(&String::from(&a.path).len())
                .then_with(|| created(a).cmp(&created(b)))
        });
        list
    }

    /// The `Cookie` header value for a request to `url`, if any cookie matches.
    pub fn header_for(&mut self, url: &url::Url) -> Option<String> {
        let now = Utc::now();
        let mut pairs = Vec::new();
        let mut used = Vec::new();
        for c in self.sorted_matches(url) {
            pairs.push(format!("{}={}", c.name(), c.value()));
            used.push(key_of(c));
        }
        for key in used {
            self.times
                .entry(key)
                .and_modify(|t| t.1 = now)
                .or_insert((now, now));
        }
        (!pairs.is_empty()).then(|| pairs.join("; "))
    }

    pub fn cookies_for(&self, url: &url::Url) -> Vec<CookieData> {
        self.sorted_matches(url).into_iter().map(to_data).collect()
    }

    /// The jar as tough-cookie's `toJSON()`.
    pub fn to_tough_json(&self) -> Value {
        let now = Utc::now();
        let cookies: Vec<Value> = self
            .store
            .iter_unexpired()
            .map(|c| {
                let (domain, host_only) = domain_of(c);
                let (creation, accessed) =
                    self.times.get(&key_of(c)).copied().unwrap_or((now, now));
                let mut o = serde_json::Map::new();
                o.insert("key".into(), json!(c.name()));
                o.insert("value".into(), json!(c.value()));
                if let Some(max_age) = c.max_age() {
                    o.insert("maxAge".into(), json!(max_age.whole_seconds()));
                } else if let Some(exp) = expires_of(c) {
                    o.insert("expires".into(), json!(iso(exp)));
                }
                o.insert("domain".into(), json!(domain));
                o.insert("path".into(), json!(String::from(&c.path)));
                if c.secure().unwrap_or(false) {
                    o.insert("secure".into(), json!(true));
                }
                if c.http_only().unwrap_or(false) {
                    o.insert("httpOnly".into(), json!(true));
                }
                o.insert("hostOnly".into(), json!(host_only));
                if !c.path.is_from_path_attr() {
                    o.insert("pathIsDefault".into(), json!(true));
                }
                o.insert("creation".into(), json!(iso(creation)));
                o.insert("lastAccessed".into(), json!(iso(accessed)));
                if let Some(s) = c.same_site() {
                    o.insert("sameSite".into(), json!(s.to_string().to_lowercase()));
                }
                Value::Object(o)
            })
            .collect();
        json!({
            "version": "tough-cookie@4.1.3-postman.1",
            "storeType": "MemoryCookieStore",
            "rejectPublicSuffixes": false,
            "enableLooseMode": true,
            "allowSpecialUseDomain": true,
            "prefixSecurity": "silent",
            "cookies": cookies,
        })
    }

    /// A jar from tough-cookie JSON (the whole serialized jar, or just its `cookies` list).
    pub fn from_tough_json(v: &Value) -> Result<Jar, String> {
        let list = match v {
            Value::Array(a) => a,
            Value::Object(o) => match o.get("cookies") {
                Some(Value::Array(a)) => a,
                Some(_) => return Err("cookie jar: `cookies` must be a list".into()),
                None => return Ok(Jar::default()),
            },
            _ => return Err("cookie jar: expected a JSON object".into()),
        };
        let mut jar = Jar::default();
        let now = Utc::now();
        for c in list {
            let s = |k: &str| c.get(k).and_then(Value::as_str).map(str::to_string);
            let (Some(name), Some(domain)) = (s("key"), s("domain")) else {
                continue;
            };
            let value = s("value").unwrap_or_default();
            let path = s("path").unwrap_or_else(|| "/".into());
            let domain = domain.trim_start_matches('.').to_string();
            let host_only = c.get("hostOnly").and_then(Value::as_bool).unwrap_or(false);
            let secure = c.get("secure").and_then(Value::as_bool).unwrap_or(false);
            let parse_time = |k: &str| {
                s(k).and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
                    .map(|t| t.with_timezone(&Utc))
            };
            let creation = parse_time("creation").unwrap_or(now);
            let accessed = parse_time("lastAccessed").unwrap_or(creation);
            let mut header = format!("{name}={value}; Path={path}");
            if !host_only {
                header.push_str(&format!("; Domain={domain}"));
            }
            if let Some(max_age) = c.get("maxAge").and_then(Value::as_i64) {
                let left = max_age.saturating_sub((now - creation).num_seconds());
                header.push_str(&format!("; Max-Age={}", left.max(0)));
            } else if let Some(exp) = parse_time("expires") {
                header.push_str(&format!(
                    "; Expires={}",
                    exp.format("%a, %d %b %Y %H:%M:%S GMT")
                ));
            }
            if secure {
                header.push_str("; Secure");
            }
            if c.get("httpOnly").and_then(Value::as_bool).unwrap_or(false) {
                header.push_str("; HttpOnly");
            }
            let scheme = if secure { "https" } else { "http" };
            let Ok(url) = url::Url::parse(&format!("{scheme}://{domain}{path}")) else {
                continue;
            };
            if let Ok(raw) = RawCookie::parse(header) {
                if jar.store.insert_raw(&raw, &url).is_ok() {
                    let key = (domain.clone(), path.clone(), name.clone());
                    jar.remember(&key);
                    jar.times.insert(key, (creation, accessed));
                }
            }
        }
        Ok(jar)
    }
}
