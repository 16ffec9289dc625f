//! What makes an item a folder, and the shapes a script may take, read the same from text (the
//! fast path) and from a JSON tree (the general path).

use crate::collection::model::{Item, Script};
use serde_json::{json, Value};

/// `value` read as an item from its text and from the tree; both must agree.
fn item(value: Value) -> Result<Item, String> {
    let from_text = serde_json::from_str::<Item>(&value.to_string()).map_err(|e| e.to_string());
    let from_tree = serde_json::from_value::<Item>(value).map_err(|e| e.to_string());
    assert_eq!(
        from_text.as_ref().map(shown).map_err(|_| ()),
        from_tree.as_ref().map(shown).map_err(|_| ())
    );
    from_text
}

fn shown(item: &Item) -> String {
    serde_json::to_string(item).unwrap_or_default()
}

fn is_folder(value: Value) -> bool {
    matches!(item(value), Ok(Item::Folder(_)))
}

/// As in Newman (postman-collection's `ItemGroup`), a list of items makes a folder even beside a
/// request, which is then not sent.
#[test]
fn a_folder_is_an_item_with_a_list_of_items() {
    assert!(is_folder(json!({"name": "f", "item": []})));
    assert!(is_folder(
        json!({"name": "f", "item": [{"name": "g", "item": [{"name": "r", "request": "http://x"}]}]})
    ));
    assert!(is_folder(
        json!({"name": "f", "item": [], "request": "http://x"})
    ));
    assert!(!is_folder(json!({"name": "r", "item": "not a list"})));
    assert!(!is_folder(json!({"name": "r", "item": {"a": [1]}})));
    assert!(!is_folder(json!({"name": "r"})));
}

#[test]
fn nested_folders_keep_their_items_and_fields() {
    let read = item(json!({"name": "outer", "auth": {"type": "noauth"},
        "event": [{"listen": "prerequest", "script": {"exec": ["a"]}}],
        "item": [{"name": "inner", "item": [
            {"name": "r", "request": {"method": "POST", "url": "http://x"},
             "response": [{"name": "saved"}]}]}]}));
    let Ok(Item::Folder(outer)) = read else {
        panic!("not a folder: {read:?}");
    };
    assert_eq!(outer.events.len(), 1);
    assert!(outer.auth.is_some());
    let Some(Item::Folder(inner)) = outer.items.first() else {
        panic!("no inner folder");
    };
    let Some(Item::Request(r)) = inner.items.first() else {
        panic!("no request item");
    };
    assert_eq!((r.request.method.as_str(), r.responses.len()), ("POST", 1));
}

#[test]
fn saved_responses_must_be_a_list_only_on_a_request_item() {
    assert!(is_folder(json!({"name": "f", "item": [], "response": 5})));
    let error = item(json!({"name": "r", "request": "http://x", "response": 5}));
    assert!(error.is_err(), "{error:?}");
}

/// Newman reads a `null` list of saved responses as none (it used to make the file unreadable).
#[test]
fn null_saved_responses_are_none() {
    let read = item(json!({"name": "r", "request": "http://x", "response": null}));
    assert!(
        matches!(&read, Ok(Item::Request(r)) if r.responses.is_empty()),
        "{read:?}"
    );
}

fn script(script: Value) -> Option<Script> {
    let read = item(json!({"name": "r", "event": [{"listen": "test", "script": script}]}));
    match read {
        Ok(Item::Request(r)) => r.events.first().and_then(|e| e.script.clone()),
        other => panic!("not a request item: {other:?}"),
    }
}

fn lines(script: Value) -> Option<Vec<String>> {
    self::script(script).map(|s| s.exec)
}

#[test]
fn a_script_is_an_object_a_list_of_lines_or_a_text() {
    assert_eq!(
        lines(json!({"exec": ["a", "b"]})),
        Some(vec!["a".into(), "b".into()])
    );
    assert_eq!(
        lines(json!({"exec": "a\nb"})),
        Some(vec!["a".into(), "b".into()])
    );
    assert_eq!(
        lines(json!(["a", 1, null])),
        Some(vec!["a".into(), "1".into(), "null".into()])
    );
    assert_eq!(
        lines(json!("one\ntwo")),
        Some(vec!["one".into(), "two".into()])
    );
    assert_eq!(lines(json!({"exec": {"not": "lines"}})), Some(vec![]));
    assert_eq!(lines(json!({"exec": 7})), Some(vec![]));
    assert_eq!(lines(json!(5)), None);
    assert_eq!(lines(json!(null)), None);
    assert_eq!(
        script(json!({"id": "s1", "type": "text/javascript", "exec": []})).map(|s| (s.id, s.kind)),
        Some((Some("s1".into()), Some("text/javascript".into())))
    );
}
