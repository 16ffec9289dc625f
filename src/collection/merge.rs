//! Merging a variable scope's final state into the list of variable entries it was loaded from,
//! changing only what differs.

use crate::variables::{Var, VariableScope};
use serde_json::{json, Map, Value};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryStyle {
    /// Environment / globals `values`: only `disabled: true` hides an entry (Newman's rule); a new
    /// entry is `{key, value, type: "default", enabled: true}` as the Postman app writes it.
    Environment,
    /// Collection `variable`: `disabled: true` or `enabled: false` hides an entry; a new entry is
    /// `{key, value, type}` with type `string` for text and `any` otherwise.
    Collection,
}

impl EntryStyle {
    fn loaded_enabled(self, obj: &Map<String, Value>) -> bool {
        let disabled = obj.get("disabled") == Some(&Value::Bool(true));
        match self {
            EntryStyle::Environment => !disabled,
            EntryStyle::Collection => !disabled && obj.get("enabled") != Some(&Value::Bool(false)),
        }
    }

    /// The value an entry was loaded as.
    fn loaded_value(self, obj: &Map<String, Value>) -> Value {
        match self {
            EntryStyle::Environment => super::typed::entry_value(obj),
            EntryStyle::Collection => obj.get("value").cloned().unwrap_or(Value::Null),
        }
    }

    fn new_entry(self, var: &Var) -> Value {
        let mut entry = Map::new();
        entry.insert("key".into(), json!(var.key));
        entry.insert("value".into(), var.value.clone());
        match self {
            EntryStyle::Environment => {
                let kind = var.kind.clone().unwrap_or_else(|| "default".into());
                entry.insert("type".into(), json!(kind));
                entry.insert("enabled".into(), json!(var.enabled));
            }
            EntryStyle::Collection => {
                let kind = var.kind.clone().unwrap_or_else(|| {
                    if var.value.is_string() {
                        "string"
                    } else {
                        "any"
                    }
                    .into()
                });
                entry.insert("type".into(), json!(kind));
                if !var.enabled {
                    entry.insert("disabled".into(), json!(true));
                }
            }
        }
        Value::Object(entry)
    }
}

/// The entries of `old` updated to `scope`: the n-th entry named `k` pairs with the n-th variable
/// named `k`; paired entries get the variable's value and enabled state (other fields untouched),
/// unpaired entries are dropped (unset), unpaired variables are appended in scope order.
pub fn merge_entries(old: &[Value], scope: &VariableScope, style: EntryStyle) -> Vec<Value> {
    let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, var) in scope.vars.iter().enumerate() {
        by_key.entry(var.key.as_str()).or_default().push(i);
    }
    let mut next_of_key: HashMap<String, usize> = HashMap::new();
    let mut used = vec![false; scope.vars.len()];
    let mut out = Vec::with_capacity(scope.vars.len());
    for entry in old {
        let Value::Object(obj) = entry else {
            out.push(entry.clone());
            continue;
        };
        let key = obj
            .get("key")
            .map(crate::collection::model::value_to_string)
            .unwrap_or_default();
        let nth = next_of_key.entry(key.clone()).or_insert(0);
        let paired = by_key
            .get(key.as_str())
            .and_then(|list| list.get(*nth))
            .copied();
        *nth += 1;
        let Some(index) = paired else { continue };
        used[index] = true;
        out.push(Value::Object(updated_entry(obj, &scope.vars[index], style)));
    }
    for (var, used) in scope.vars.iter().zip(used) {
        if !used {
            out.push(style.new_entry(var));
        }
    }
    out
}

fn updated_entry(obj: &Map<String, Value>, var: &Var, style: EntryStyle) -> Map<String, Value> {
    let mut entry = obj.clone();
    if style.loaded_value(obj) != var.value {
        entry.insert("value".into(), var.value.clone());
    }
    if style.loaded_enabled(obj) != var.enabled {
        let has_disabled = obj.contains_key("disabled");
        let has_enabled = obj.contains_key("enabled");
        if has_disabled || (!has_enabled && !var.enabled) {
            entry.insert("disabled".into(), json!(!var.enabled));
        }
        if has_enabled {
            entry.insert("enabled".into(), json!(var.enabled));
        }
    }
    entry
}
