//! Variable scopes and `{{name}}` resolution, the way Postman does it.
//!
//! Precedence (highest first): local (set by `pm.variables.set` in a script) > iteration data >
//! environment > collection > globals. Values keep their JSON type inside a run; they are turned
//! into text only where they are substituted into a request.

pub mod dynamic;

use serde_json::Value;

/// How deep `{{a}}` → `{{b}}` → … is followed before the text is left as it is (Postman's limit).
pub const MAX_RESOLVE_DEPTH: usize = 19;

/// One entry of a scope. `kind` and `enabled` are kept so files can be written back unchanged.
#[derive(Debug, Clone, PartialEq)]
pub struct Var {
    pub key: String,
    pub value: Value,
    pub kind: Option<String>,
    pub enabled: bool,
}

/// An ordered list of variables (globals, an environment, collection variables, a data row, locals).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VariableScope {
    /// The environment's name (for `pm.environment.name`), the globals' or collection's name.
    pub name: Option<String>,
    pub id: Option<String>,
    pub vars: Vec<Var>,
}

impl VariableScope {
    /// A scope holding `pairs`, in order (tests).
    #[cfg(test)]
    pub(crate) fn of(pairs: &[(&str, Value)]) -> VariableScope {
        let mut s = VariableScope::default();
        for (k, v) in pairs {
            s.set(k, v.clone());
        }
        s
    }

    /// The value of the last enabled entry named `key` (Postman: later duplicates win).
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.vars
            .iter()
            .rev()
            .find(|v| v.enabled && v.key == key)
            .map(|v| &v.value)
    }

    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets the value of `key`, keeping the entry's place and type; appends a new one otherwise.
    pub fn set(&mut self, key: &str, value: Value) {
        match self.vars.iter_mut().rev().find(|v| v.key == key) {
            Some(v) => {
                v.value = value;
                v.enabled = true;
            }
            None => self.vars.push(Var {
                key: key.to_string(),
                value,
                kind: None,
                enabled: true,
            }),
        }
    }

    pub fn unset(&mut self, key: &str) {
        self.vars.retain(|v| v.key != key);
    }

    #[cfg(test)]
    pub fn clear(&mut self) {
        self.vars.clear();
    }

    /// Enabled variables as a JSON object, later duplicates winning (`toObject()`).
    pub fn to_object(&self) -> serde_json::Map<String, Value> {
        let mut map = serde_json::Map::new();
        for v in self.vars.iter().filter(|v| v.enabled) {
            map.insert(v.key.clone(), v.value.clone());
        }
        map
    }
}

/// All scopes visible to one item's request and scripts.
#[derive(Debug, Clone, Default)]
pub struct Scopes {
    pub globals: VariableScope,
    pub environment: VariableScope,
    pub collection: VariableScope,
    pub data: VariableScope,
    pub local: VariableScope,
}

impl Scopes {
    /// The sandbox's names for the scopes, in the order of the fields.
    pub const NAMES: [&'static str; 5] = ["globals", "environment", "collection", "data", "local"];

    /// Where `name` is in [`Scopes::NAMES`].
    pub fn index_of(name: &str) -> Option<usize> {
        Self::NAMES.iter().position(|n| *n == name)
    }

    /// A scope by the sandbox's name for it.
    pub fn by_name(&self, name: &str) -> Option<&VariableScope> {
        let all = [
            &self.globals,
            &self.environment,
            &self.collection,
            &self.data,
            &self.local,
        ];
        Some(all[Self::index_of(name)?])
    }

    /// A scope by the sandbox's name for it, to change.
    pub fn by_name_mut(&mut self, name: &str) -> Option<&mut VariableScope> {
        let all = [
            &mut self.globals,
            &mut self.environment,
            &mut self.collection,
            &mut self.data,
            &mut self.local,
        ];
        all.into_iter().nth(Self::index_of(name)?)
    }

    /// Replaces every `{{name}}` in `text`; see [`replace_in`].
    pub fn replace_in(&self, text: &str) -> String {
        replace_in(text, &|key| self.substitution(key))
    }

    /// Replaces `{{name}}` in every string of a JSON value (keys stay as written).
    pub fn replace_in_json(&self, v: &Value) -> Value {
        match v {
            Value::String(s) => Value::String(self.replace_in(s)),
            Value::Array(a) => Value::Array(a.iter().map(|x| self.replace_in_json(x)).collect()),
            Value::Object(o) => Value::Object(
                o.iter()
                    .map(|(k, x)| (k.clone(), self.replace_in_json(x)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    /// The text `{{key}}` becomes. A variable holding null becomes `null` (postman-collection's
    /// `Variable#toString`), but a data row is a plain object to the runtime: a null there leaves
    /// the reference as written, and so does an undefined name.
    fn substitution(&self, key: &str) -> Option<String> {
        match self.local.get(key) {
            Some(v) => return Some(substitution_text(v)),
            None if self.data.has(key) => {
                return self
                    .data
                    .get(key)
                    .filter(|v| !v.is_null())
                    .map(substitution_text)
            }
            None => {}
        }
        [&self.environment, &self.collection, &self.globals]
            .into_iter()
            .find_map(|scope| scope.get(key))
            .map(substitution_text)
    }
}

/// The text a value stands for inside `{{…}}`, as Postman's substitution shows it: JavaScript's
/// `String(value)` (objects `[object Object]`, arrays joined with `,`, null `null`).
pub fn substitution_text(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Object(_) => "[object Object]".into(),
        Value::Array(items) => items
            .iter()
            .map(|v| match v {
                Value::Null => String::new(),
                Value::Array(_) | Value::Object(_) => substitution_text(v),
                v => value_to_string(v),
            })
            .collect::<Vec<_>>()
            .join(","),
        v => value_to_string(v),
    }
}

/// Replaces `{{name}}` references in `text` with what `lookup` gives, following references inside
/// substituted values up to [`MAX_RESOLVE_DEPTH`] levels. `{{$name}}` is a dynamic variable unless
/// `lookup` knows the name. A reference that resolves to nothing is left as it is, and so is a
/// variable whose value refers to itself.
///
/// The output is bounded: a pass that would make the text longer than [`MAX_RESOLVED_LEN`] (or
/// than the text itself, when that is longer) stops there and leaves the rest as it is, so values
/// that refer to themselves several times (`{{a}}{{a}}`) cannot grow without limit. The work is
/// linear in the output's size.
pub fn replace_in(text: &str, lookup: &dyn Fn(&str) -> Option<String>) -> String {
    let limit = MAX_RESOLVED_LEN.max(text.len());
    let mut current = text.to_string();
    for _ in 0..MAX_RESOLVE_DEPTH {
        let (next, changed) = replace_once(&current, lookup, limit);
        if !changed || next == current {
            return next;
        }
        current = next;
    }
    current
}

/// The most text `{{…}}` substitution makes out of one string (64 MiB).
pub const MAX_RESOLVED_LEN: usize = 64 << 20;

/// One pass: each `{{name}}` is replaced once, while the output stays within `limit` bytes;
/// returns whether anything was replaced.
fn replace_once(
    text: &str,
    lookup: &dyn Fn(&str) -> Option<String>,
    limit: usize,
) -> (String, bool) {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break };
        let name = &after[..end];
        // `{{a{{b}}}}`: resolve the inner reference first, on a later pass.
        if name.contains("{{") {
            let inner = start + 2 + name.rfind("{{").unwrap_or(0);
            out.push_str(&rest[..inner]);
            rest = &rest[inner..];
            continue;
        }
        out.push_str(&rest[..start]);
        let replacement =
            lookup(name).or_else(|| name.strip_prefix('$').and_then(dynamic::dynamic_value));
        let rest_len = rest.len() - (start + 2 + end + 2);
        match replacement {
            Some(v) if out.len() + v.len() + rest_len > limit => {
                out.push_str(&rest[start..]);
                return (out, changed);
            }
            Some(v) if v != format!("{{{{{name}}}}}") => {
                out.push_str(&v);
                changed = true;
            }
            _ => out.push_str(&rest[start..start + 2 + end + 2]),
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    (out, changed)
}

/// JavaScript's `String(v)` for a JSON value: strings bare, null as "null", objects as JSON.
pub fn value_to_string(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(_) | Value::Object(_) => v.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn precedence_local_data_env_collection_globals() {
        let mut scopes = Scopes {
            globals: VariableScope::of(&[("a", json!("g")), ("b", json!("g")), ("c", json!("g"))]),
            collection: VariableScope::of(&[
                ("a", json!("c")),
                ("b", json!("c")),
                ("c", json!("c")),
            ]),
            environment: VariableScope::of(&[("a", json!("e")), ("b", json!("e"))]),
            data: VariableScope::of(&[("a", json!("d"))]),
            local: VariableScope::default(),
        };
        assert_eq!(scopes.replace_in("{{a}}{{b}}{{c}}"), "dec");
        scopes.local.set("c", json!(5));
        assert_eq!(scopes.replace_in("{{a}}{{b}}{{c}}"), "de5");
    }

    #[test]
    fn values_are_substituted_as_javascript_strings() {
        let scopes = Scopes {
            environment: VariableScope::of(&[
                ("obj", json!({"a": [1, 2]})),
                ("arr", json!([1, "x", null, [2, 3]])),
                ("nul", Value::Null),
                ("num", json!(1.5)),
                ("yes", json!(true)),
            ]),
            ..Scopes::default()
        };
        assert_eq!(
            scopes.replace_in("{{obj}}|{{arr}}|{{nul}}|{{num}}|{{yes}}"),
            "[object Object]|1,x,,2,3|null|1.5|true"
        );
    }

    #[test]
    fn null_in_a_data_row_stays_unresolved() {
        let scopes = Scopes {
            data: VariableScope::of(&[("id", Value::Null), ("empty", json!(""))]),
            environment: VariableScope::of(&[("id", json!("from-env")), ("nul", Value::Null)]),
            ..Scopes::default()
        };
        assert_eq!(
            scopes.replace_in("{{id}}|{{empty}}|{{nul}}"),
            "{{id}}||null"
        );
    }

    #[test]
    fn nested_self_and_unresolved() {
        let scopes = Scopes {
            environment: VariableScope::of(&[
                ("host", json!("{{scheme}}://example.com")),
                ("scheme", json!("https")),
                ("username", json!("{{username}}")),
            ]),
            ..Scopes::default()
        };
        assert_eq!(scopes.replace_in("{{host}}/x"), "https://example.com/x");
        assert_eq!(scopes.replace_in("{{username}}"), "{{username}}");
        assert_eq!(scopes.replace_in("{{missing}} {{"), "{{missing}} {{");
    }

    #[test]
    fn a_value_that_repeats_itself_stops_growing_at_the_limit() {
        let mut scopes = Scopes::default();
        scopes
            .environment
            .set("quad", json!("{{quad}}{{quad}}{{quad}}{{quad}}"));
        let out = scopes.replace_in("start {{quad}} end");
        assert!(out.len() <= MAX_RESOLVED_LEN, "{}", out.len());
        assert!(
            out.len() > MAX_RESOLVED_LEN / 8,
            "it did expand: {}",
            out.len()
        );
        assert!(out.starts_with("start ") && out.ends_with(" end"));
    }
}
