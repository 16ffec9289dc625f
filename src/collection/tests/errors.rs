//! Each way a file can be wrong gives one exact message, with line and column where there is one.

use super::temp_file;
use crate::collection::{load_collection, load_data, load_environment, FileError};

fn message(result: Result<impl std::fmt::Debug, FileError>, dir: &std::path::Path) -> String {
    let err = result.expect_err("expected an error");
    let shown = err.to_string();
    shown.replace(&format!("{}/", dir.display()), "")
}

fn collection_error(text: &str) -> String {
    let (dir, path) = temp_file("c.json", text.as_bytes());
    message(load_collection(&path), dir.path())
}

fn environment_error(text: &str) -> String {
    let (dir, path) = temp_file("env.json", text.as_bytes());
    message(load_environment(&path), dir.path())
}

fn data_error(name: &str, text: &str) -> String {
    let (dir, path) = temp_file(name, text.as_bytes());
    message(load_data(&path), dir.path())
}

#[test]
fn json_syntax_errors_name_line_and_column() {
    let text = "{\n  \"info\": {\"name\": \"x\"}\n  \"item\": []\n}\n";
    assert_eq!(collection_error(text), "c.json:3:3: expected `,` or `}`");
    let (dir, path) = temp_file("c.json", text.as_bytes());
    let err = load_collection(&path).expect_err("syntax error");
    assert_eq!((err.line, err.column), (Some(3), Some(3)));
    drop(dir);
    assert_eq!(
        collection_error(""),
        "c.json:1:0: EOF while parsing a value"
    );
    assert_eq!(
        environment_error("\u{feff}{\"values\": [1,]}"),
        "env.json:1:15: trailing comma"
    );
}

#[test]
fn json_that_is_not_a_collection_says_which_field() {
    assert_eq!(
        collection_error("{\"name\": \"x\"}"),
        "c.json: not a collection: `info` is missing"
    );
    assert_eq!(
        collection_error("{\"name\": \"e\", \"values\": []}"),
        "c.json: not a collection: `info` is missing (this looks like an environment or globals file)"
    );
    assert_eq!(
        collection_error("[1]"),
        "c.json: not a collection: expected a JSON object, found a list"
    );
    assert_eq!(
        collection_error("{\"info\": \"x\"}"),
        "c.json:1:10: not a collection: `info` must be an object, found a string"
    );
    assert_eq!(
        collection_error("{\"info\": {}, \"item\": 5}"),
        "c.json:1:22: not a collection: `item` must be a list, found a number"
    );
    assert_eq!(
        collection_error(
            "{\n  \"info\": {},\n  \"item\": [\n    {\"item\": []},\n    {\"item\": [{}, 3]}\n  ]\n}"
        ),
        "c.json:5:19: not a collection: `item[1].item[1]` must be an object, found a number"
    );
    assert_eq!(
        collection_error("{\"info\": {}, \"item\": [{\"name\": \"r\", \"event\": \"x\"}]}"),
        "c.json:1:46: not a collection: `item[0].event` must be a list, found a string"
    );
    assert_eq!(
        collection_error("{\"info\": {}, \"variable\": \"x\"}"),
        "c.json:1:26: not a collection: `variable` must be a list, found a string"
    );
}

#[test]
fn structure_errors_inside_an_api_envelope_point_into_it() {
    assert_eq!(
        collection_error(
            "{\"collection\": {\"info\": {},\n \"item\": [{\"request\": {\"header\": 7}}]}}"
        ),
        "c.json:2:34: not a collection: `item[0].request.header` must be a list, found a number"
    );
}

#[test]
fn json_that_is_not_an_environment_says_which_field() {
    assert_eq!(
        environment_error("{\"name\": \"e\", \"values\": {}}"),
        "env.json:1:25: not an environment: `values` must be a list, found an object"
    );
    assert_eq!(
        environment_error("{\"values\": [{\"key\": \"a\"}, \"b\"]}"),
        "env.json:1:27: not an environment: `values[1]` must be an object, found a string"
    );
    assert_eq!(
        environment_error("{\"info\": {}, \"item\": []}"),
        "env.json: not an environment: this looks like a collection"
    );
    assert_eq!(
        environment_error("\"str\""),
        "env.json: not an environment: expected a JSON object, found a string"
    );
}

#[test]
fn environment_errors_inside_an_api_envelope_point_into_it() {
    assert_eq!(
        environment_error("{\"environment\": {\n  \"values\": [\n    1\n  ]\n}}"),
        "env.json:3:5: not an environment: `values[0]` must be an object, found a number"
    );
}

#[test]
fn unreadable_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("nope.json");
    assert_eq!(
        message(load_collection(&missing), dir.path()),
        "nope.json: cannot read: no such file or directory"
    );
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).expect("mkdir");
    assert_eq!(
        message(load_environment(&sub), dir.path()),
        "sub: is a directory, not a file"
    );
    let (dir, path) = temp_file("bad.json", b"{\"a\": \"\xff\"}");
    assert_eq!(
        message(load_collection(&path), dir.path()),
        "bad.json: not UTF-8 text (invalid byte at offset 7); save the file as UTF-8"
    );
}

#[test]
fn data_file_errors() {
    assert_eq!(
        data_error("d.csv", "a,b\n1,2\n\"3,4\n5,6\n"),
        "d.csv:3: a quoted field is not closed (a `\"` is missing)"
    );
    assert_eq!(
        data_error("d.csv", "a,b\r\n1,2\r\n\"q\"z,6\r\n"),
        "d.csv:3: unexpected `z` after a closing quote (write `\"\"` for a quote inside a quoted field)"
    );
    assert_eq!(
        data_error("d.json", "[{\"a\": 1},\n {\"a\": 2]\n"),
        "d.json:2:9: expected `,` or `}`"
    );
    assert_eq!(
        data_error("d.json", "{\"a\": 1}"),
        "d.json: not iteration data: expected a list of objects, found an object"
    );
}

#[test]
fn type_errors_deep_in_a_collection_name_the_place_and_cut_long_values() {
    let text = "{\"info\": {\"name\": \"x\"},\n \"item\": [\n  {\"name\": \"a\", \"event\": [5]}]}";
    assert_eq!(
        collection_error(text),
        "c.json:3:27: not a collection: `item[0].event[0]`: invalid type: integer `5`, expected a Postman Event object"
    );
    let long = "y".repeat(3_000_000);
    let text = format!(
        "{{\"info\": {{\"name\": \"x\"}}, \"item\": [{{\"name\": \"a\", \"event\": [\"{long}\"]}}]}}"
    );
    let shown = collection_error(&text);
    assert!(
        shown.len() < 300,
        "{} characters: {}",
        shown.len(),
        &shown[..300.min(shown.len())]
    );
    assert!(shown.contains("(3000000 characters)"), "{shown}");
}
