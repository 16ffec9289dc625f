//! What a script costs in a warm runtime (a benchmark, not a test: it asserts nothing about time).
//! `cargo test --release --lib script_costs -- --ignored --nocapture` prints microseconds per
//! script; `bench/run.sh` reports the figures.

use super::*;
use std::time::Instant;

/// Records in the body: 165 make it 20 KB.
const RECORDS: usize = 165;

/// A 20 KB JSON body: an array of records like a paged API answer.
fn body_20kb() -> String {
    let records: Vec<Value> = (0..RECORDS)
        .map(|i| {
            json!({"id": i, "name": format!("item {i}"), "active": i % 2 == 0,
                   "price": i as f64 * 1.25, "tags": ["a", "b", "c"],
                   "owner": {"id": i * 7, "email": format!("user{i}@example.com")}})
        })
        .collect();
    json!({"page": 1, "total": RECORDS, "data": records}).to_string()
}

const TEN_EXPECTS: &str = "const j = pm.response.json();
pm.test('ten expectations', function () {
  pm.expect(pm.response.code).to.eql(200);
  pm.expect(j.page).to.equal(1);
  pm.expect(j.total).to.be.a('number');
  pm.expect(j.data).to.be.an('array').with.lengthOf(165);
  pm.expect(j.data[0]).to.have.property('name', 'item 0');
  pm.expect(j.data[5].tags).to.include('b');
  pm.expect(j.data[9].owner).to.have.keys('id', 'email');
  pm.expect(j.data[3].active).to.be.false;
  pm.expect(j.data[4].price).to.be.above(4);
  pm.expect(j.data[7].owner.email).to.match(/@example\\.com$/);
});";

fn per_script_micros(harness: &mut Harness, source: &str, rounds: u32) -> f64 {
    for _ in 0..20 {
        harness.test(source);
    }
    micros_each(harness, rounds, |_| source.to_string())
}

/// As [`per_script_micros`], but each run's text is new (a comment added), so it is compiled.
fn new_script_micros(harness: &mut Harness, source: &str, rounds: u32) -> f64 {
    micros_each(harness, rounds, |round| format!("{source}\n// {round}"))
}

/// Microseconds per run of the script `text(round)` makes for each round.
fn micros_each(harness: &mut Harness, rounds: u32, text: impl Fn(u32) -> String) -> f64 {
    let texts: Vec<String> = (0..rounds).map(text).collect();
    let started = Instant::now();
    for source in &texts {
        let outcome = harness.test(source);
        assert!(outcome.error.is_none(), "{source}: {:?}", outcome.error);
    }
    started.elapsed().as_secs_f64() * 1e6 / f64::from(rounds)
}

#[test]
#[ignore = "benchmark: run with --ignored --nocapture"]
fn script_costs() {
    let mut harness = Harness::new();
    let body = body_20kb();
    harness.response = Some(json_response(200, "OK", &body));
    let cases: &[(&str, &str)] = &[
        ("enter and leave the sandbox (empty script)", ";"),
        ("pm.response.json() of 20 KB", "pm.response.json();"),
        ("one pm.test, no assertion", "pm.test('t', function () {});"),
        (
            "one pm.expect",
            "pm.test('t', function () { pm.expect(1).to.eql(1); });",
        ),
        ("pm.environment.set", "pm.environment.set('last', 5);"),
        ("10 pm.expect on a 20 KB JSON body", TEN_EXPECTS),
    ];
    println!("body: {} bytes", body.len());
    println!("  same text  new text");
    for (name, source) in cases {
        let same = per_script_micros(&mut harness, source, 2000);
        let new = new_script_micros(&mut harness, source, 1000);
        println!("{same:>8.1} µs {new:>8.1} µs  {name}");
    }
}

#[test]
#[ignore = "benchmark"]
fn json_parse_probe() {
    let mut harness = Harness::new();
    let body = body_20kb();
    harness.response = Some(json_response(200, "OK", &body));
    let out = harness.test(
        "var s = pm.response.text(); var t = Date.now(); for (var i = 0; i < 1000; i++) JSON.parse(s); \
         var t2 = Date.now(); for (var i = 0; i < 1000; i++) pm.response.text(); \
         var t3 = Date.now(); for (var i = 0; i < 1000; i++) JSON.stringify(JSON.parse(s)); \
         console.log('parse us', (t2 - t), 'text us', (t3 - t2), 'parse+stringify', Date.now() - t3);",
    );
    println!("{:?}", out.console);
}

/// Microseconds per run of each test script in `PROBE_SCRIPTS` (separated by lines of `---`; an
/// empty script by default), in a warm runtime, against an echo service's answer:
/// `PROBE_SCRIPTS=$'pm;\n---\npm.response.code;' cargo test --release --lib script_probe --
/// --ignored --nocapture`.
#[test]
#[ignore = "benchmark"]
fn script_probe() {
    let mut harness = Harness::new();
    let body = r#"{"args":{"i":"0"},"data":{"n":1},"files":{},"form":{},"headers":{"host":"127.0.0.1:44449","user-agent":"PostmanRuntime/7.39.1","accept":"*/*","cache-control":"no-cache","postman-token":"8c0d6b8e-3b4a-4f5e-9a7b-1c2d3e4f5a6b","content-type":"application/json","content-length":"8","accept-encoding":"gzip, deflate, br","connection":"keep-alive"},"json":{"n":1},"url":"http://127.0.0.1:44449/post?i=0","method":"POST"}"#;
    harness.response = Some(json_response(200, "OK", body));
    let scripts = std::env::var("PROBE_SCRIPTS").unwrap_or_else(|_| ";".to_string());
    for source in scripts.split("\n---\n") {
        let micros = per_script_micros(&mut harness, source, 5000);
        println!("{micros:>8.2} µs  {source}");
    }
}
