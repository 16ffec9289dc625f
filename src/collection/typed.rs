//! Postman's typed variables: a value is cast to its entry's `type` when it is read.

use super::data::{js_number, number_value};
use crate::collection::model::value_to_string;
use serde_json::Value;

/// An environment or globals entry's value as a script sees it: cast to the entry's `type` the way
/// Postman's SDK does.
pub fn entry_value(obj: &serde_json::Map<String, Value>) -> Value {
    let value = obj.get("value").cloned().unwrap_or(Value::Null);
    typed_value(value, obj.get("type").and_then(Value::as_str))
}

/// `value` cast to a Postman variable type: `string` (`String(v)`), `number` (`Number(v)`),
/// `boolean` (`Boolean(v)`), `object` / `array` (parsed from JSON text); any other type keeps it.
pub fn typed_value(value: Value, kind: Option<&str>) -> Value {
    let Some(kind) = known_type(kind) else {
        return value;
    };
    match (kind, value) {
        ("string", v @ Value::String(_)) => v,
        ("string", v) => Value::String(value_to_string(&v)),
        ("number", v @ Value::Number(_)) => v,
        ("number", v) => {
            let n = match &v {
                Value::String(s) => js_number(s),
                Value::Bool(b) => f64::from(u8::from(*b)),
                Value::Null => 0.0,
                _ => f64::NAN,
            };
            number_value(n).unwrap_or(Value::Null)
        }
        ("boolean", v) => Value::Bool(match v {
            Value::Bool(b) => b,
            Value::Null => false,
            Value::String(s) => !s.is_empty(),
            Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
            _ => true,
        }),
        ("object" | "array", Value::String(s)) => match serde_json::from_str::<Value>(&s) {
            Ok(v @ Value::Object(_)) if kind == "object" => v,
            Ok(v @ Value::Array(_)) if kind == "array" => v,
            _ => Value::Null,
        },
        ("object", v @ Value::Object(_)) | ("array", v @ Value::Array(_)) => v,
        ("object" | "array", _) => Value::Null,
        (_, v) => v,
    }
}

/// The variable types Postman's SDK knows, lower-cased; `None` for any other (`text`, `secret`, ...).
pub fn known_type(kind: Option<&str>) -> Option<&'static str> {
    let kind = kind?.to_ascii_lowercase();
    ["string", "number", "boolean", "object", "array", "any"]
        .into_iter()
        .find(|k| *k == kind)
}
