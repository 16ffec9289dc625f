//! CSV and JSON iteration data, read as Newman reads it.

use super::{peer, temp_file};
use crate::collection::load_data;
use crate::variables::VariableScope;
use serde_json::{json, Value};

fn rows(scopes: &[VariableScope]) -> Vec<Value> {
    scopes
        .iter()
        .map(|s| Value::Object(s.to_object()))
        .collect()
}

fn csv_rows(text: &str) -> Vec<Value> {
    let (_dir, path) = temp_file("d.csv", text.as_bytes());
    rows(&load_data(&path).expect("csv loads"))
}

#[test]
fn comma_test_csv_matches_newman() {
    let data = load_data(&peer(
        "test/integration/comma-test-csv/comma-test-csv.postman_data.csv",
    ))
    .expect("loads");
    assert_eq!(
        rows(&data),
        vec![json!({
            "nameWithComma": "Abhijit, Kane",
            "nameWithDoubleQuotes": "Abhijit \"KDOS\" Kane",
            "numberWithQuotes": "00123",
            "numberWithoutQuotes": 7890,
            "negativeNumberWithoutQuotes": -7890,
            "nullValue": "",
            "longNumber": "89111702272002019559",
            "spaceAfterComma": "foo",
            "spaceBeforeComma": "bar",
            "nameWithUnescapedQuotes": "Abhijit \"KDOS\" Kane"
        })]
    );
}

#[test]
fn csv_with_bom_keeps_the_first_header_clean() {
    let data = load_data(&peer(
        "test/integration/csv-with-bom/csv-with-bom.postman_data.csv",
    ))
    .expect("loads");
    assert_eq!(
        rows(&data),
        vec![json!({"c1": "123", "c2": "foo \"bar\" baz"})]
    );
}

#[test]
fn csv_numbers_line_endings_and_ragged_rows() {
    let text = "a,b\r\n1,2\r\n3,4,5\r\n6\r\n\" 7 \", 8 \r\n0,007\r\n1e3,0x10\r\n-5,+3\r\n1.50,.5\r\n,Infinity\r\nabc,\"x\"\"y\"\r\n";
    assert_eq!(
        csv_rows(text),
        vec![
            json!({"a": 1, "b": 2}),
            json!({"a": 3, "b": 4}),
            json!({"a": 6}),
            json!({"a": " 7 ", "b": 8}),
            json!({"a": 0, "b": 7}),
            json!({"a": 1000, "b": 0}),
            json!({"a": -5, "b": 3}),
            json!({"a": 1.5, "b": 0.5}),
            json!({"a": "", "b": "Infinity"}),
            json!({"a": "abc", "b": "x\"y"}),
        ]
    );
}

#[test]
fn csv_blank_lines_and_multiline_fields() {
    assert_eq!(
        csv_rows("a,b\n1,2\n\n3,4\n  \n\"x\ny\",5\n"),
        vec![
            json!({"a": 1, "b": 2}),
            json!({"a": ""}),
            json!({"a": 3, "b": 4}),
            json!({"a": ""}),
            json!({"a": "x\ny", "b": 5}),
        ]
    );
    // One final line break ends the last row; a second one is a blank row, as in Newman.
    assert_eq!(csv_rows("a\nx"), vec![json!({"a": "x"})]);
    assert_eq!(
        csv_rows("a\nx\n\n"),
        vec![json!({"a": "x"}), json!({"a": ""})]
    );
    assert!(csv_rows("a,b\n").is_empty());
    assert!(csv_rows("").is_empty());
}

#[test]
fn utf16_csv_loads() {
    let mut bytes = vec![0xFF, 0xFE];
    "k,v\nä,1\n"
        .encode_utf16()
        .for_each(|u| bytes.extend(u.to_le_bytes()));
    let (_dir, path) = temp_file("d.csv", &bytes);
    assert_eq!(
        rows(&load_data(&path).expect("loads")),
        vec![json!({"k": "ä", "v": 1})]
    );
}

#[test]
fn json_data_keeps_types_and_order() {
    let data = load_data(&peer("test/integration/steph/steph.postman_data.json")).expect("loads");
    assert_eq!(
        rows(&data),
        vec![
            json!({"first": "sampleFirstName1", "last": "sampleLastName1"}),
            json!({"first": "sampleFirstName2", "last": "sampleLastName2"}),
        ]
    );
    let (_dir, path) = temp_file(
        "d.json",
        "\u{feff}[{\"z\": 1, \"a\": true, \"o\": {\"x\": [1]}, \"n\": null}, 5]".as_bytes(),
    );
    let data = load_data(&path).expect("loads");
    assert_eq!(data.len(), 2);
    let keys: Vec<&str> = data[0].vars.iter().map(|v| v.key.as_str()).collect();
    assert_eq!(keys, ["z", "a", "o", "n"]);
    assert_eq!(
        rows(&data)[0],
        json!({"z": 1, "a": true, "o": {"x": [1]}, "n": null})
    );
    assert!(data[1].vars.is_empty());
}

#[test]
fn data_file_var_replacement_rows() {
    let data = load_data(&peer(
        "test/integration/data-file-var-replacement/data-file-var-replacement.postman_data.json",
    ))
    .expect("loads");
    assert_eq!(
        rows(&data),
        vec![json!({"dataVar": "value1"}), json!({"dataVar": "value2"})]
    );
}

#[test]
fn ragged_rows_are_accepted_with_warnings_naming_the_line() {
    let (dir, path) = temp_file("data.csv", b"a,b\n1,2\n3,4,5\n\"x\ny\"\n\n6,7\n");
    let data = crate::collection::load_data_checked(&path).expect("loads");
    assert_eq!(data.rows.len(), 5);
    let warnings: Vec<String> = data
        .warnings
        .iter()
        .map(|w| {
            w.to_string()
                .replace(&format!("{}/", dir.path().display()), "")
        })
        .collect();
    assert_eq!(
        warnings,
        [
            "data.csv:3: row has 3 fields, the header has 2; the extra fields are ignored",
            "data.csv:4: row has 1 field, the header has 2; the missing ones are not set",
            "data.csv:6: blank line: it still makes an iteration, with the first column empty",
        ]
    );
    let (_dir, path) = temp_file("data.csv", b"a,b\r\n1,2\r\n");
    assert!(crate::collection::load_data_checked(&path)
        .expect("loads")
        .warnings
        .is_empty());
}
