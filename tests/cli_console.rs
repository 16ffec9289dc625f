//! `console.log` and friends print as Newman 6.2.2's cli reporter prints them: every argument
//! through Node's `util.inspect` (strings quoted), joined by ", ", long values broken over lines.

use std::path::Path;
use std::process::Command;

#[test]
fn console_messages_read_as_newman_prints_them() {
    let collection = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/console/console-values.postman_collection.json");
    let out = Command::new(env!("CARGO_BIN_EXE_postie"))
        .args(["run", collection.to_str().expect("UTF-8 path")])
        .env("NO_COLOR", "1")
        .output()
        .expect("the postie binary runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    // recorded from `newman run` of the same collection (the box's lines, without the "  │ ")
    let expected = include_str!("../fixtures/console/newman-console.txt");
    let mut boxed = String::new();
    for line in expected.lines() {
        boxed.push_str("  │ ");
        boxed.push_str(line);
        boxed.push('\n');
    }
    let boxed = format!("  ┌\n{boxed}  └\n");
    assert!(
        stdout.contains(&boxed),
        "expected:\n{boxed}\ngot:\n{stdout}"
    );
}
