//! What a conformance case compares: a runner's observable behaviour reduced to a JSON "digest" — the requests
//! the server received, the report's executions and assertions, run stats, failures, the exported variables
//! and the exit code — plus masking of fields that differ between Newman runs, and a readable diff.

use super::Recorded;
use serde_json::{json, Map, Value};

/// Marks a field that differs between Newman runs ($guid, timestamps): anything (or nothing) matches it.
pub const MASK: &str = "<masked>";

/// Transport headers that are not compared.
pub const TRANSPORT_HEADERS: &[&str] = &[
    "user-agent",
    "postman-token",
    "host",
    "connection",
    "accept-encoding",
    "content-length",
    "cache-control",
];

pub struct RunOutput<'a> {
    pub requests: &'a [Recorded],
    pub report: Option<Value>,
    pub environment: Option<Value>,
    pub globals: Option<Value>,
    pub exit_code: Option<i32>,
    /// `(port, placeholder)`: every `127.0.0.1:<port>` / `localhost:<port>` becomes `127.0.0.1:<placeholder>`.
    pub ports: &'a [(u16, &'a str)],
}

pub fn digest(run: &RunOutput) -> Value {
    let report = run.report.as_ref();
    let runv = report.and_then(|r| r.get("run"));
    let mut d = Map::new();
    d.insert("exit_code".into(), json!(run.exit_code));
    d.insert(
        "requests".into(),
        Value::Array(run.requests.iter().map(request_record).collect()),
    );
    d.insert("report_written".into(), json!(report.is_some()));
    let execs = runv
        .and_then(|r| r.get("executions"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    d.insert(
        "executions".into(),
        Value::Array(execs.iter().map(execution_record).collect()),
    );
    d.insert(
        "stats".into(),
        runv.and_then(|r| r.get("stats"))
            .map(stats_record)
            .unwrap_or(Value::Null),
    );
    let failures = runv
        .and_then(|r| r.get("failures"))
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    d.insert(
        "failures".into(),
        Value::Array(failures.iter().map(failure_record).collect()),
    );
    let run_error = runv
        .and_then(|r| r.get("error"))
        .filter(|e| !e.is_null())
        .map(|e| {
            json!(e
                .get("message")
                .and_then(Value::as_str)
                .map_or_else(|| e.to_string(), str::to_string))
        });
    d.insert("run_error".into(), run_error.unwrap_or(Value::Null));
    d.insert("environment".into(), scope_values(run.environment.as_ref()));
    d.insert("globals".into(), scope_values(run.globals.as_ref()));
    normalize_ports(Value::Object(d), run.ports)
}

fn request_record(r: &Recorded) -> Value {
    let ctype = r.header("content-type").unwrap_or_default().to_string();
    let boundary = (ctype.to_ascii_lowercase().contains("multipart"))
        .then(|| super::codec::header_param(&ctype, "boundary"))
        .flatten()
        .filter(|b| !b.is_empty());
    let unbound = |s: &str| {
        boundary
            .as_ref()
            .map_or_else(|| s.to_string(), |b| s.replace(b.as_str(), "{BOUNDARY}"))
    };
    let mut headers: Vec<(String, String)> = r
        .headers
        .iter()
        .map(|(k, v)| (k.to_ascii_lowercase(), unbound(v)))
        .filter(|(k, _)| !TRANSPORT_HEADERS.contains(&k.as_str()))
        .collect();
    headers.sort_by(|a, b| a.0.cmp(&b.0));
    let mut m = Map::new();
    m.insert("method".into(), json!(r.method));
    m.insert("path".into(), json!(r.path()));
    m.insert("query".into(), json!(r.query()));
    m.insert(
        "headers".into(),
        Value::Array(headers.into_iter().map(|(k, v)| json!([k, v])).collect()),
    );
    let body = match std::str::from_utf8(&r.body) {
        Ok(s) => unbound(s),
        Err(_) => format!("base64:{}", super::codec::base64_encode(&r.body)),
    };
    if let Ok(v @ (Value::Object(_) | Value::Array(_))) = serde_json::from_str::<Value>(&body) {
        m.insert("body_json".into(), v);
    }
    m.insert("body".into(), json!(body));
    Value::Object(m)
}

fn host_string(h: Option<&Value>) -> String {
    match h {
        Some(Value::Array(parts)) => parts
            .iter()
            .map(|p| p.as_str().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("."),
        Some(Value::String(s)) => s.clone(),
        _ => String::new(),
    }
}

/// The request URL of a report execution, as a string.
pub fn url_string(u: &Value) -> String {
    if let Some(s) = u.as_str() {
        return s.to_string();
    }
    let mut s = String::new();
    if let Some(p) = u.get("protocol").and_then(Value::as_str) {
        s += &format!("{}://", p.trim_end_matches([':', '/']));
    }
    s += &host_string(u.get("host"));
    match u.get("port") {
        Some(Value::String(p)) if !p.is_empty() => s += &format!(":{p}"),
        Some(Value::Number(p)) => s += &format!(":{p}"),
        _ => {}
    }
    match u.get("path") {
        Some(Value::Array(p)) => {
            s += "/";
            s += &p
                .iter()
                .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_string))
                .collect::<Vec<_>>()
                .join("/");
        }
        Some(Value::String(p)) => s += &format!("/{}", p.trim_start_matches('/')),
        _ => {}
    }
    let query: Vec<String> = u
        .get("query")
        .and_then(Value::as_array)
        .map(|q| {
            q.iter()
                .filter(|p| !p.get("disabled").and_then(Value::as_bool).unwrap_or(false))
                .map(|p| {
                    let k = p.get("key").and_then(Value::as_str).unwrap_or_default();
                    match p.get("value").and_then(Value::as_str) {
                        Some(v) => format!("{k}={v}"),
                        None => k.to_string(),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    if !query.is_empty() {
        s += &format!("?{}", query.join("&"));
    }
    s
}

fn script_errors(v: Option<&Value>) -> Vec<Value> {
    v.and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|s| s.get("error"))
                .map(|e| {
                    json!(format!(
                        "{}: {}",
                        str_of(e.get("name")),
                        str_of(e.get("message"))
                    ))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn str_of(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

fn execution_record(ex: &Value) -> Value {
    let mut m = Map::new();
    m.insert("item".into(), json!(str_of(ex.pointer("/item/name"))));
    let req = ex.get("request");
    m.insert(
        "method".into(),
        json!(str_of(req.and_then(|r| r.get("method")))),
    );
    m.insert(
        "url".into(),
        json!(req
            .and_then(|r| r.get("url"))
            .map(url_string)
            .unwrap_or_default()),
    );
    m.insert(
        "code".into(),
        ex.pointer("/response/code").cloned().unwrap_or(Value::Null),
    );
    if let Some(e) = ex.get("requestError").filter(|e| !e.is_null()) {
        let code = e.get("code").or_else(|| e.get("name"));
        let msg = e.get("message").filter(|m| !m.is_null());
        let text = [code, msg]
            .into_iter()
            .flatten()
            .map(|v| str_of(Some(v)))
            .collect::<Vec<_>>()
            .join(": ");
        m.insert("requestError".into(), json!(text));
    }
    let asserts: Vec<Value> = ex
        .get("assertions")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .map(|a| {
                    let skipped = a.get("skipped").and_then(Value::as_bool).unwrap_or(false);
                    let err = a.get("error").filter(|e| !e.is_null());
                    let result = if skipped {
                        "skipped"
                    } else if err.is_some() {
                        "failed"
                    } else {
                        "passed"
                    };
                    let mut r = json!({ "name": str_of(a.get("assertion")), "result": result });
                    if let Some(e) = err {
                        r["error"] = json!(format!(
                            "{}: {}",
                            str_of(e.get("name")),
                            str_of(e.get("message"))
                        ));
                    }
                    r
                })
                .collect()
        })
        .unwrap_or_default();
    m.insert("assertions".into(), Value::Array(asserts));
    for (key, field) in [
        ("prerequestScriptErrors", "prerequestScript"),
        ("testScriptErrors", "testScript"),
    ] {
        let errs = script_errors(ex.get(field));
        if !errs.is_empty() {
            m.insert(key.into(), Value::Array(errs));
        }
    }
    Value::Object(m)
}

fn stats_record(s: &Value) -> Value {
    let mut m = Map::new();
    for k in [
        "iterations",
        "items",
        "scripts",
        "prerequests",
        "requests",
        "tests",
        "assertions",
        "testScripts",
        "prerequestScripts",
    ] {
        let c = s.get(k);
        let n = |f: &str| c.and_then(|c| c.get(f)).cloned().unwrap_or(Value::Null);
        m.insert(
            k.into(),
            json!({ "total": n("total"), "pending": n("pending"), "failed": n("failed") }),
        );
    }
    Value::Object(m)
}

fn failure_record(f: &Value) -> Value {
    json!({
        "at": str_of(f.get("at")),
        "source": str_of(f.pointer("/source/name")),
        "error": format!("{}: {}", str_of(f.pointer("/error/name")), str_of(f.pointer("/error/message"))),
    })
}

fn scope_values(doc: Option<&Value>) -> Value {
    let Some(doc) = doc else { return Value::Null };
    let mut m = Map::new();
    for v in doc
        .get("values")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(k) = v.get("key").and_then(Value::as_str) {
            m.insert(
                k.to_string(),
                v.get("value").cloned().unwrap_or(Value::Null),
            );
        }
    }
    Value::Object(m)
}

pub fn normalize_ports(v: Value, ports: &[(u16, &str)]) -> Value {
    match v {
        Value::String(mut s) => {
            for (port, name) in ports {
                for host in ["127.0.0.1", "localhost"] {
                    s = replace_port(&s, &format!("{host}:{port}"), &format!("127.0.0.1:{name}"));
                }
                // a report's url object keeps the port as its own field
                if s == port.to_string() {
                    s = name.to_string();
                }
            }
            Value::String(s)
        }
        Value::Array(a) => Value::Array(a.into_iter().map(|x| normalize_ports(x, ports)).collect()),
        Value::Object(o) => Value::Object(
            o.into_iter()
                .map(|(k, x)| (k, normalize_ports(x, ports)))
                .collect(),
        ),
        other => other,
    }
}

/// Replace `needle` where it is not followed by another digit.
fn replace_port(s: &str, needle: &str, with: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(needle) {
        let after = &rest[i + needle.len()..];
        out.push_str(&rest[..i]);
        if after.starts_with(|c: char| c.is_ascii_digit()) {
            out.push_str(needle);
        } else {
            out.push_str(with);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Merge two Newman digests: every leaf that differs becomes MASK.
pub fn mask_merge(a: &Value, b: &Value) -> Value {
    match (a, b) {
        _ if a == b => a.clone(),
        (Value::String(s), _) if s == MASK => a.clone(),
        (Value::Object(x), Value::Object(y)) => {
            let mut m = Map::new();
            for (k, v) in x {
                m.insert(
                    k.clone(),
                    y.get(k).map_or_else(|| json!(MASK), |w| mask_merge(v, w)),
                );
            }
            for k in y.keys().filter(|k| !x.contains_key(*k)) {
                m.insert(k.clone(), json!(MASK));
            }
            Value::Object(m)
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            Value::Array(x.iter().zip(y).map(|(v, w)| mask_merge(v, w)).collect())
        }
        _ => json!(MASK),
    }
}

fn short(v: Option<&Value>) -> String {
    let s = match v {
        None => "<absent>".to_string(),
        Some(v) => serde_json::to_string(v).unwrap_or_default(),
    };
    if s.chars().count() > 160 {
        format!("{}…", s.chars().take(157).collect::<String>())
    } else {
        s
    }
}

/// Differences between an expected digest (possibly masked) and an actual one, as readable lines.
pub fn diff(expected: &Value, actual: &Value) -> Vec<String> {
    let mut out = Vec::new();
    diff_at("", Some(expected), Some(actual), &mut out);
    out
}

fn diff_at(path: &str, e: Option<&Value>, a: Option<&Value>, out: &mut Vec<String>) {
    match (e, a) {
        (Some(Value::String(s)), _) if s == MASK => {}
        (Some(Value::Object(x)), Some(Value::Object(y))) => {
            for (k, v) in x {
                diff_at(&format!("{path}.{k}"), Some(v), y.get(k), out);
            }
            for (k, v) in y.iter().filter(|(k, _)| !x.contains_key(*k)) {
                diff_at(&format!("{path}.{k}"), None, Some(v), out);
            }
        }
        (Some(Value::Array(x)), Some(Value::Array(y))) => {
            if x.len() != y.len() {
                out.push(format!(
                    "{path}: expected {} entries, got {}",
                    x.len(),
                    y.len()
                ));
            }
            for i in 0..x.len().max(y.len()) {
                diff_at(&format!("{path}[{i}]"), x.get(i), y.get(i), out);
            }
        }
        (e, a) if e == a => {}
        (e, a) => out.push(format!("{path}: expected {} got {}", short(e), short(a))),
    }
}

/// Pretty JSON that keeps any value whose compact form fits in `width` columns on one line.
pub fn to_compact_pretty(v: &Value, width: usize) -> String {
    let mut out = String::new();
    write_compact(v, 0, width, &mut out);
    out.push('\n');
    out
}

fn write_compact(v: &Value, indent: usize, width: usize, out: &mut String) {
    let flat = serde_json::to_string(v).unwrap_or_default();
    let is_container = matches!(v, Value::Object(o) if !o.is_empty())
        || matches!(v, Value::Array(a) if !a.is_empty());
    if !is_container || indent + flat.len() <= width {
        out.push_str(&flat);
        return;
    }
    let pad = "  ".repeat(indent + 1);
    match v {
        Value::Object(o) => {
            out.push_str("{\n");
            for (i, (k, x)) in o.iter().enumerate() {
                out.push_str(&pad);
                out.push_str(&serde_json::to_string(k).unwrap_or_default());
                out.push_str(": ");
                write_compact(x, indent + 1, width, out);
                out.push_str(if i + 1 < o.len() { ",\n" } else { "\n" });
            }
            out.push_str(&"  ".repeat(indent));
            out.push('}');
        }
        Value::Array(a) => {
            out.push_str("[\n");
            for (i, x) in a.iter().enumerate() {
                out.push_str(&pad);
                write_compact(x, indent + 1, width, out);
                out.push_str(if i + 1 < a.len() { ",\n" } else { "\n" });
            }
            out.push_str(&"  ".repeat(indent));
            out.push(']');
        }
        _ => out.push_str(&flat),
    }
}
