//! The request as Postman's SDK shows it after resolution (v2.1 JSON), for `pm.request` in
//! test scripts and for reports: built the first time something reads it, since a run that
//! neither reports requests nor reads them in scripts never needs it.

use crate::collection::model::Body;
use crate::request_text::headers::HeaderList;
use crate::request_text::url::{self, EncodedUrl};
use serde_json::{Map, Value};
use std::ops::Deref;
use std::sync::OnceLock;

#[derive(Debug, Clone, Default)]
pub struct ResolvedJson {
    json: OnceLock<Value>,
    parts: Option<Box<Parts>>,
}

/// What the JSON is made of.
#[derive(Debug, Clone)]
pub(super) struct Parts {
    pub url: EncodedUrl,
    pub disable_encoding: bool,
    pub headers: HeaderList,
    pub method: String,
    pub body: Option<Body>,
    pub auth: Option<Value>,
}

impl ResolvedJson {
    pub(super) fn of(parts: Parts) -> ResolvedJson {
        ResolvedJson {
            json: OnceLock::new(),
            parts: Some(Box::new(parts)),
        }
    }

    pub fn json(&self) -> &Value {
        self.json.get_or_init(|| match &self.parts {
            Some(parts) => parts.to_json(),
            None => Value::Null,
        })
    }

    /// The JSON to change in place (a replayed request's new header values).
    pub fn json_mut(&mut self) -> &mut Value {
        self.json();
        self.parts = None;
        self.json.get_mut().expect("built just above")
    }
}

impl Parts {
    fn to_json(&self) -> Value {
        let mut json = Map::new();
        json.insert("url".into(), url::to_json(&self.url, self.disable_encoding));
        json.insert("header".into(), self.headers.to_json());
        json.insert("method".into(), Value::String(self.method.clone()));
        if let Some(b) = &self.body {
            json.insert(
                "body".into(),
                serde_json::to_value(b).unwrap_or(Value::Null),
            );
        }
        if let Some(a) = &self.auth {
            json.insert("auth".into(), a.clone());
        }
        Value::Object(json)
    }
}

impl From<Value> for ResolvedJson {
    fn from(json: Value) -> ResolvedJson {
        ResolvedJson {
            json: OnceLock::from(json),
            parts: None,
        }
    }
}

impl Deref for ResolvedJson {
    type Target = Value;

    fn deref(&self) -> &Value {
        self.json()
    }
}
