//! What the embedded JavaScript costs to load (a benchmark, not a test: it asserts nothing about
//! time). `cargo test --release --lib load_costs -- --ignored --nocapture --test-threads 1`
//! prints milliseconds for starting the engine and for the first `require` of each module, and
//! microseconds for one HMAC-SHA256 request signature in a warm runtime.

use crate::script::engine::Engine;
use crate::script::tests::Harness;
use crate::script::ScriptOptions;
use std::time::{Duration, Instant};

fn median(mut samples: Vec<Duration>) -> f64 {
    samples.sort();
    samples[samples.len() / 2].as_secs_f64() * 1e3
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let started = Instant::now();
    let value = f();
    (value, started.elapsed())
}

/// A harness whose engine has run one script already.
fn warm_harness() -> Harness {
    let mut harness = Harness::new();
    let outcome = harness.test(";");
    assert!(outcome.error.is_none(), "{:?}", outcome.error);
    harness
}

/// Milliseconds (median) that the first `require(name)` adds to a script, in a fresh engine.
fn first_require_millis(name: &str, rounds: usize) -> f64 {
    let source = format!("require({name:?});");
    let mut samples = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let mut harness = warm_harness();
        let (first, cold) = timed(|| harness.test(&source));
        assert!(first.error.is_none(), "{name}: {:?}", first.error);
        // The same script again: compiled already, module cached; what is left is the script.
        let (_, warm) = timed(|| harness.test(&source));
        samples.push(cold.saturating_sub(warm));
    }
    median(samples)
}

const SIGN: &str = "var body = JSON.stringify({ amount: 1250, currency: 'EUR', reference: 'order-7781', items: [1, 2, 3] });\n\
     var message = 'POST' + '\\n' + '/v1/payments' + '\\n' + '1700000000' + '\\n' + body;\n\
     var signature = CryptoJS.HmacSHA256(message, 'k3y-0f-the-merchant-account-0001').toString(CryptoJS.enc.Base64);";

#[test]
#[ignore = "benchmark: run with --ignored --nocapture"]
fn load_costs() {
    let rounds = 15;
    let mut engine_samples = Vec::new();
    let mut first_script_samples = Vec::new();
    for _ in 0..rounds {
        let (engine, took) = timed(|| Engine::new(&ScriptOptions::default()));
        assert!(engine.is_ok());
        drop(engine);
        engine_samples.push(took);
        let mut harness = Harness::new();
        let (outcome, took) = timed(|| harness.test(";"));
        assert!(outcome.error.is_none(), "{:?}", outcome.error);
        first_script_samples.push(took);
    }
    println!(
        "{:>8.2} ms  create the engine (runtime, context, glue)",
        median(engine_samples)
    );
    println!(
        "{:>8.2} ms  first script ever (engine + an empty script)",
        median(first_script_samples)
    );
    let mut names: Vec<&str> = super::super::module_names().collect();
    names.extend(["lodash3", "xml2json", "buffer-global"]);
    for name in names {
        let millis = first_require_millis(name, rounds);
        let note = match name {
            "lodash3" => " (the global _)",
            "xml2json" => " (the global xml2Json, with xml2js)",
            "buffer-global" => " (the global Buffer, with buffer)",
            _ => "",
        };
        println!("{millis:>8.2} ms  first require('{name}'){note}");
    }

    // One request signature in a warm runtime: the whole pre-request script, less an empty one.
    let mut harness = warm_harness();
    let outcome = harness.test(SIGN);
    assert!(outcome.error.is_none(), "{:?}", outcome.error);
    let per_script = |harness: &mut Harness, source: &str| {
        let n = 2000u32;
        for _ in 0..50 {
            harness.test(source);
        }
        let (_, took) = timed(|| {
            for _ in 0..n {
                harness.test(source);
            }
        });
        took.as_secs_f64() * 1e6 / f64::from(n)
    };
    let sign = per_script(&mut harness, SIGN);
    let empty = per_script(&mut harness, ";");
    println!(
        "{:>8.1} µs  pre-request script with one HMAC-SHA256 signature ({:.1} µs over an empty script at {:.1} µs)",
        sign,
        sign - empty,
        empty
    );
    // The call alone, in a loop inside one script.
    let calls = 20_000u32;
    let looped = format!(
        "var key = 'k3y-0f-the-merchant-account-0001'; var message = 'POST\\n/v1/payments\\n1700000000\\n' + JSON.stringify({{ amount: 1250, currency: 'EUR', reference: 'order-7781', items: [1, 2, 3] }});\n\
         for (var i = 0; i < {calls}; i++) CryptoJS.HmacSHA256(message, key).toString(CryptoJS.enc.Base64);"
    );
    harness.test(&looped);
    let (outcome, took) = timed(|| harness.test(&looped));
    assert!(outcome.error.is_none(), "{:?}", outcome.error);
    println!(
        "{:>8.1} µs  CryptoJS.HmacSHA256(msg, key).toString(CryptoJS.enc.Base64), one call in a loop",
        took.as_secs_f64() * 1e6 / f64::from(calls)
    );
}
