//! Newman's JSON for the values a summary keeps: errors, responses, variable scopes.

use crate::http::{RequestError, ResponseData};
use crate::script::ScriptError;
use crate::variables::VariableScope;
use serde_json::{json, Map, Value};

/// A received response as the report keeps it.
#[derive(Debug, Clone)]
pub(crate) struct ResponseRecord {
    pub id: String,
    pub code: u16,
    pub status: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub cookies: Vec<Value>,
    pub response_time: u64,
    pub response_size: usize,
}

pub fn script_error_json(error: &ScriptError, now: u64) -> Value {
    let mut value = json!({
        "type": "Error",
        "name": error.name,
        "message": error.message,
    });
    add_error_identity(&mut value, now);
    value
}

/// Newman's serialised errors carry an id, a timestamp and a (here empty) stack trace list.
pub fn add_error_identity(error: &mut Value, now: u64) {
    if let Value::Object(map) = error {
        map.insert("id".into(), json!(crate::ids::uuid_v4().to_string()));
        map.insert("timestamp".into(), json!(now));
        map.insert("stacktrace".into(), json!([]));
    }
}

/// A request error the way Node's error object serialises: `{errno, code, syscall, address, port}`
/// (its message is not an own property, so Newman's report has none).
pub fn request_error_json(error: &RequestError) -> Value {
    let mut map = Map::new();
    // Newman serialises the Node error, whose message is not an own enumerable property: an
    // error without a code (an empty URL) is `{}`. The message is in `run.failures`.
    let Some(code) = &error.code else {
        return Value::Object(map);
    };
    if let Some(errno) = errno_of(code) {
        map.insert("errno".into(), json!(errno));
    }
    map.insert("code".into(), json!(code));
    if code == "ESOCKETTIMEDOUT" {
        // postman-request's read timeout: `{code, connect: false}`.
        map.insert("connect".into(), json!(false));
        return Value::Object(map);
    }
    // "connect ECONNREFUSED 127.0.0.1:1", "getaddrinfo ENOTFOUND host"
    let mut words = error.message.split(' ');
    if let (Some(syscall), Some(word), Some(target)) = (words.next(), words.next(), words.next()) {
        if word == code && words.next().is_none() {
            map.insert("syscall".into(), json!(syscall));
            if syscall == "getaddrinfo" {
                map.insert("hostname".into(), json!(target));
            } else if let Some((address, port)) = target.rsplit_once(':') {
                map.insert("address".into(), json!(address));
                match port.parse::<u16>() {
                    Ok(port) => map.insert("port".into(), json!(port)),
                    Err(_) => map.insert("port".into(), json!(port)),
                };
            } else {
                map.insert("address".into(), json!(target));
            }
        }
    }
    Value::Object(map)
}

/// Linux errno values Node reports for common network error codes.
fn errno_of(code: &str) -> Option<i64> {
    Some(match code {
        "ECONNREFUSED" => -111,
        "ECONNRESET" => -104,
        "ETIMEDOUT" => -110,
        "EHOSTUNREACH" => -113,
        "ENETUNREACH" => -101,
        "EPIPE" => -32,
        "ENOTFOUND" => -3008,
        "EAI_AGAIN" => -3001,
        _ => return None,
    })
}

pub fn response_record(response: &ResponseData) -> ResponseRecord {
    ResponseRecord {
        id: crate::ids::uuid_v4().to_string(),
        code: response.code,
        status: response.status.clone(),
        headers: response.headers.clone(),
        body: response.body.clone(),
        cookies: response
            .cookies
            .iter()
            .map(|c| {
                let mut map = Map::new();
                map.insert("domain".into(), json!(c.domain));
                map.insert("path".into(), json!(c.path));
                if let Some(expires) = &c.expires {
                    map.insert("expires".into(), json!(expires));
                }
                map.insert("httpOnly".into(), json!(c.http_only));
                map.insert("secure".into(), json!(c.secure));
                map.insert("name".into(), json!(c.name));
                map.insert("value".into(), json!(c.value));
                Value::Object(map)
            })
            .collect(),
        response_time: response.response_time,
        response_size: response.response_size,
    }
}

/// `{_?, id, name?, values: [{type, value, key}]}` as Newman puts a scope in the summary
/// (a scope loaded from a file, i.e. with a name, carries `_: {postman_variable_scope}`).
pub fn scope_json(scope: &VariableScope, kind: &str) -> Value {
    let mut map = Map::new();
    if scope.name.is_some() {
        map.insert("_".into(), json!({ "postman_variable_scope": kind }));
    }
    map.insert(
        "id".into(),
        json!(scope
            .id
            .clone()
            .unwrap_or_else(|| crate::ids::uuid_v4().to_string())),
    );
    if let Some(name) = &scope.name {
        map.insert("name".into(), json!(name));
    }
    map.insert("values".into(), scope_values(scope));
    Value::Object(map)
}

/// Variables as `[{type: "any", value, key}]` (Newman shows every type as "any").
pub fn scope_values(scope: &VariableScope) -> Value {
    Value::Array(
        scope
            .vars
            .iter()
            .map(|v| json!({"type": "any", "value": v.value, "key": v.key}))
            .collect(),
    )
}
