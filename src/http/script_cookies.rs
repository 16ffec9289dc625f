//! `pm.cookies.jar()` on the run's cookie jar. The sandbox sends one operation at a time as
//! JSON (`{"op": "get" | "set" | "unset" | "clear", "url", ...}`) and gets back the cookies
//! that matter. As in Newman, every domain may be read and written (the Postman app asks for
//! an allow-list; Newman's jar has none).

use super::{CookieData, HttpClient};
use serde_json::{json, Value};

fn cookie_json(c: &CookieData) -> Value {
    let mut out = json!({
        "name": c.name,
        "value": c.value,
        "domain": c.domain,
        "path": c.path,
        "httpOnly": c.http_only,
        "secure": c.secure,
    });
    if let Some(expires) = &c.expires {
        out["expires"] = json!(expires);
    }
    out
}

/// tough-cookie's default path: the request path up to its last `/`.
fn default_path(url: &url::Url) -> String {
    let path = url.path();
    match path.rfind('/') {
        Some(0) | None => "/".to_string(),
        Some(i) => path[..i].to_string(),
    }
}

fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// `Set-Cookie` text for a cookie object (`{name|key, value, domain, path, expires, maxAge,
/// secure, httpOnly}`); checks the domain against the URL's host as tough-cookie does.
fn set_cookie_header(cookie: &Value, url: &url::Url) -> Result<(String, String), String> {
    let name = text(cookie.get("name").or_else(|| cookie.get("key"))).unwrap_or_default();
    let value = text(cookie.get("value")).unwrap_or_default();
    let mut header = format!("{name}={value}");
    let host = url.host_str().unwrap_or_default().to_ascii_lowercase();
    if let Some(domain) = text(cookie.get("domain")).filter(|d| !d.is_empty()) {
        let bare = domain.trim_start_matches('.').to_ascii_lowercase();
        if host != bare && !host.ends_with(&format!(".{bare}")) {
            return Err(format!(
                "Cookie not in this host's domain. Cookie:{bare} Request:{host}"
            ));
        }
        header.push_str(&format!("; Domain={bare}"));
    }
    if let Some(path) = text(cookie.get("path")).filter(|p| p.starts_with('/')) {
        header.push_str(&format!("; Path={path}"));
    }
    if let Some(expires) = text(cookie.get("expires")).filter(|e| e != "Infinity") {
        if let Ok(t) = chrono::DateTime::parse_from_rfc3339(&expires) {
            header.push_str(&format!(
                "; Expires={}",
                t.with_timezone(&chrono::Utc)
                    .format("%a, %d %b %Y %H:%M:%S GMT")
            ));
        }
    }
    if let Some(max_age) = cookie.get("maxAge").and_then(Value::as_i64) {
        header.push_str(&format!("; Max-Age={max_age}"));
    }
    if cookie.get("secure").and_then(Value::as_bool) == Some(true) {
        header.push_str("; Secure");
    }
    if cookie.get("httpOnly").and_then(Value::as_bool) == Some(true) {
        header.push_str("; HttpOnly");
    }
    Ok((name, header))
}

impl HttpClient {
    /// Runs one `pm.cookies.jar()` operation; the result is what the script's callback gets.
    pub fn script_cookie_op(&self, op: &Value) -> Result<Value, String> {
        let raw = op.get("url").and_then(Value::as_str).unwrap_or_default();
        let href = if raw.contains("://") {
            raw.to_string()
        } else {
            format!("http://{raw}")
        };
        let url = url::Url::parse(&href).map_err(|_| format!("Invalid URL: {raw}"))?;
        let list = |client: &HttpClient| -> Value {
            Value::Array(
                client
                    .cookies_for(url.as_str())
                    .iter()
                    .map(cookie_json)
                    .collect(),
            )
        };
        match op.get("op").and_then(Value::as_str).unwrap_or_default() {
            "get" => Ok(list(self)),
            "set" => {
                let (name, header) = match op.get("cookie") {
                    Some(Value::String(s)) => {
                        let name = s.split(['=', ';']).next().unwrap_or_default().trim();
                        (name.to_string(), s.clone())
                    }
                    Some(cookie) => set_cookie_header(cookie, &url)?,
                    None => return Err("CookieJar.set() requires a valid set cookie".into()),
                };
                self.set_cookie(url.as_str(), &header)?;
                let stored = self
                    .cookies_for(url.as_str())
                    .into_iter()
                    .find(|c| c.name == name);
                Ok(match stored {
                    Some(c) => cookie_json(&c),
                    None => {
                        let cookie = op.get("cookie").cloned().unwrap_or(Value::Null);
                        json!({
                            "name": name,
                            "value": text(cookie.get("value")).unwrap_or_default(),
                            "domain": text(cookie.get("domain")).unwrap_or_else(|| url.host_str().unwrap_or_default().to_string()),
                            "path": text(cookie.get("path")).unwrap_or_else(|| default_path(&url)),
                            "httpOnly": false,
                            "secure": false,
                        })
                    }
                })
            }
            "unset" => {
                let name = op.get("name").and_then(Value::as_str).unwrap_or_default();
                self.remove_cookies(url.as_str(), Some(name))?;
                Ok(Value::Null)
            }
            "clear" => {
                self.remove_cookies(url.as_str(), None)?;
                Ok(Value::Null)
            }
            other => Err(format!("CookieStore: invalid method name '{other}'")),
        }
    }
}
