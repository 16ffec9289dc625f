//! The html reporter end to end: one self-contained page with the run's numbers (the same as
//! Newman's summary for the collection in src/report/testdata/newman-junit-collection.json:
//! 10 requests, 2 failed; 16 assertions, 6 failed), failures before the requests, a timeline with
//! a bar per request, and truncated large bodies. Checked as text, and in headless Chromium when
//! it is installed.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

fn testdata(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/report/testdata")
        .join(name)
}

fn write_collection(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(testdata("newman-junit-collection.json")).expect("fixture");
    let mut collection: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let items = collection["item"].as_array_mut().expect("items");
    items.push(serde_json::json!({
        "id": "a0000000-0000-4000-8000-000000000007",
        "name": "big body",
        "request": {"method": "GET", "url": "{{base}}/big/8"}
    }));
    let path = dir.join("collection.json");
    std::fs::write(&path, collection.to_string()).expect("write collection");
    path
}

fn run_html(dir: &Path, base: &str) -> PathBuf {
    let page = dir.join("report.html");
    let output = Command::new(env!("CARGO_BIN_EXE_postie"))
        .arg("run")
        .arg(write_collection(dir))
        .args([
            "--env-var",
            &format!("base={base}"),
            "-n",
            "2",
            "-r",
            "html",
        ])
        .args(["--reporter-html-max-body", "2000"])
        .arg("--reporter-html-export")
        .arg(&page)
        .output()
        .expect("postie runs");
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    page
}

/// The text of the element with `id`, tags removed.
fn by_id(html: &str, id: &str) -> String {
    let pattern = format!(r#"id="{id}"[^>]*>(.*?)</"#);
    let re = regex::Regex::new(&pattern).expect("regex");
    re.captures(html)
        .map(|c| c[1].to_string())
        .unwrap_or_else(|| panic!("no element {id}"))
}

fn check_numbers(html: &str) {
    for (id, expected) in [
        ("stat-iterations-total", "2"),
        ("stat-requests-total", "12"),
        ("stat-requests-failed", "2"),
        ("stat-assertions-total", "16"),
        ("stat-assertions-failed", "6"),
        ("stat-test-scripts-failed", "2"),
        ("failure-count", "6"),
        ("execution-count", "12"),
        ("verdict", "FAILED"),
    ] {
        assert_eq!(by_id(html, id).trim(), expected, "{id}");
    }
}

#[test]
fn html_page_shows_the_run() {
    let server = support::TestServer::start();
    let dir = support::temp_dir();
    let html = std::fs::read_to_string(run_html(dir.path(), &server.base_url())).expect("page");
    check_numbers(&html);
    // Self-contained: no script, stylesheet or image is fetched; the one inline script is the
    // request filter, whose box stays hidden without it.
    for needle in ["<script src", "<link", "src=", "url(", "@import"] {
        assert!(!html.contains(needle), "page contains {needle}");
    }
    assert_eq!(html.matches("<script>").count(), 1);
    assert!(html.contains("<div id=\"tools\" hidden>"));
    // Failures come before the requests; every request has a timeline bar.
    let failures = html.find("<h2>Failures").expect("failures section");
    let requests = html.find("<h2>Requests").expect("requests section");
    assert!(failures < requests);
    assert_eq!(html.matches("<g class=\"bar\">").count(), 12);
    assert_eq!(html.matches("<details id=\"exec-").count(), 12);
    let iteration_2 = html.find("<h3 class=\"iteration\" id=\"iteration-2\">Iteration 2</h3>");
    assert!(
        iteration_2.is_some_and(|at| at > html.find("id=\"iteration-1\"").unwrap_or(usize::MAX))
    );
    // Method, URL, status, headers and bodies of a request; a cut body says so.
    assert!(html.contains("<span class=\"method\">POST</span>Folder A / failing post"));
    assert!(html.contains("200 OK"));
    assert!(html.contains("<h4>Request body</h4>\n<pre>hello</pre>"));
    assert!(html.contains("Body truncated: showing the first 2000 of "));
    assert!(html.contains("expected 1 to deeply equal 2"));
    assert!(html.contains("undefinedFn is not defined"));
    assert!(html.contains("connect ECONNREFUSED 127.0.0.1:1"));
}

#[test]
fn html_page_renders_in_headless_chromium() {
    let Some(browser) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| Command::new(b).arg("--version").output().is_ok())
    else {
        support::missing("no chromium installed (apt-get install chromium)");
        return;
    };
    let server = support::TestServer::start();
    let dir = support::temp_dir();
    let page = run_html(dir.path(), &server.base_url());
    let profile = dir.path().join("profile");
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&output.stdout);
    assert!(
        dom.contains("<svg"),
        "chromium rendered the page: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    check_numbers(&dom);
    assert_eq!(dom.matches("class=\"bar\"").count(), 12);
    // the filter's script ran: its box is shown, with every request listed
    assert!(dom.contains("<div id=\"tools\">"), "{dom}");
    assert!(dom.contains("12 of 12 shown"), "{dom}");
}
