//! The CI examples in `examples/ci/` parse as YAML, say what README says (a 4-way split read by
//! `--shard auto`), and work: their shard commands, run locally with each job's variables, send
//! every request once, and their merge command's JUnit report equals the unsharded run's.

mod support;

use regex::Regex;
use serde_json::{json, Value};
use std::path::Path;
use support::TestServer;

const ENGINE_VARS: &[&str] = &[
    "POSTIE_SHARD",
    "POSTIE_SHARD_TOTAL",
    "CI_NODE_INDEX",
    "CI_NODE_TOTAL",
    "CIRCLE_NODE_INDEX",
    "CIRCLE_NODE_TOTAL",
    "BUILDKITE_PARALLEL_JOB",
    "BUILDKITE_PARALLEL_JOB_COUNT",
    "JOB_COMPLETION_INDEX",
];

/// Every YAML document of an example, as JSON.
fn documents(name: &str) -> Vec<Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/ci")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    serde_norway::Deserializer::from_str(&text)
        .map(|doc| {
            let value = <serde_norway::Value as serde::Deserialize>::deserialize(doc)
                .unwrap_or_else(|e| panic!("{name} is not YAML: {e}"));
            serde_json::to_value(value).unwrap_or_else(|e| panic!("{name}: {e}"))
        })
        .collect()
}

fn text(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("not a string: {v}"))
}

/// One shard job: the command line and the variables the engine gives it.
struct Job {
    command: String,
    env: Vec<(String, String)>,
}

/// The example's shard jobs and its merge command.
fn jobs(name: &str) -> (Vec<Job>, String) {
    let docs = documents(name);
    match name {
        "github-actions.yml" => {
            let shard = &docs[0]["jobs"]["shard"];
            let matrix = shard["strategy"]["matrix"]["shard"]
                .as_array()
                .expect("matrix");
            assert_eq!(matrix, &vec![json!(1), json!(2), json!(3), json!(4)]);
            let template = text(&shard["env"]["POSTIE_SHARD"]);
            assert_eq!(template, "${{ matrix.shard }}/4");
            let run = step_running(&shard["steps"], "postie run");
            let merge = step_running(&docs[0]["jobs"]["merge"]["steps"], "postie merge");
            let jobs = matrix
                .iter()
                .map(|m| {
                    let m = m.to_string();
                    Job {
                        command: run.replace("${{ matrix.shard }}", &m),
                        env: vec![(
                            "POSTIE_SHARD".into(),
                            template.replace("${{ matrix.shard }}", &m),
                        )],
                    }
                })
                .collect();
            (jobs, merge)
        }
        ".gitlab-ci.yml" => {
            let job = &docs[0]["api-tests"];
            assert_eq!(job["parallel"], 4);
            let run = text(&job["script"][0]).to_string();
            let merge = text(&docs[0]["merge-reports"]["script"][0]).to_string();
            let jobs = indexed_jobs(&run, 1..=4, "CI_NODE_INDEX", "CI_NODE_TOTAL");
            (jobs, merge)
        }
        "k8s-indexed-job.yaml" => {
            let spec = &docs[1]["spec"];
            assert_eq!(spec["completionMode"], "Indexed");
            assert_eq!(spec["completions"], 4);
            let container = &spec["template"]["spec"]["containers"][0];
            assert_eq!(
                container["env"][0],
                json!({"name": "POSTIE_SHARD_TOTAL", "value": "4"})
            );
            let run = text(&container["args"][0])
                .split(';')
                .next()
                .unwrap_or_default()
                .to_string();
            let merge = docs[2]["spec"]["template"]["spec"]["containers"][0]["args"][0].clone();
            let jobs = indexed_jobs(&run, 0..4, "JOB_COMPLETION_INDEX", "POSTIE_SHARD_TOTAL");
            (jobs, text(&merge).to_string())
        }
        other => panic!("no example {other}"),
    }
}

/// One job per index: `$<index_var>` in `run` replaced by the index, which the job's environment
/// holds as `index_var`, with `total_var` = 4.
fn indexed_jobs(
    run: &str,
    indexes: impl Iterator<Item = usize>,
    index_var: &str,
    total_var: &str,
) -> Vec<Job> {
    indexes
        .map(|i| Job {
            command: run.replace(&format!("${index_var}"), &i.to_string()),
            env: vec![
                (index_var.into(), i.to_string()),
                (total_var.into(), "4".into()),
            ],
        })
        .collect()
}

fn step_running(steps: &Value, prefix: &str) -> String {
    let steps = steps.as_array().expect("steps");
    let run = steps.iter().filter_map(|s| s["run"].as_str());
    run.into_iter()
        .find(|r| r.starts_with(prefix))
        .unwrap_or_else(|| panic!("no step runs {prefix}"))
        .to_string()
}

/// Runs a command line of the example (plain words) with `postie` as the binary under test.
fn run(dir: &Path, command: &str, env: &[(String, String)]) -> std::process::Output {
    let mut words = command.split_whitespace();
    assert_eq!(words.next(), Some("postie"), "{command}");
    assert!(
        !command.contains(['"', '\'', '$', '`']),
        "plain words only: {command}"
    );
    let mut cmd = std::process::Command::new(support::postie_bin());
    cmd.args(words).current_dir(dir).env("NO_COLOR", "1");
    for var in ENGINE_VARS {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().map(|(k, v)| (k, v)));
    cmd.output().expect("run postie")
}

fn collection(base: &str) -> Value {
    let folder =
        |name: &str, n: usize| {
            let items: Vec<Value> = (0..n)
            .map(|i| json!({
                "name": format!("{name} {i}"),
                "request": {"method": "GET", "url": format!("{base}/get?f={name}&i={i}")},
                "event": [{"listen": "test", "script": {"exec": [
                    format!("pm.test('{name} {i}', () => pm.expect('{name}').to.not.eql('C'));")
                ]}}]
            }))
            .collect();
            json!({"name": name, "item": items})
        };
    json!({
        "info": {"name": "ci", "_postman_id": "6d3c3f7e-0000-4000-8000-000000000002",
                 "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [folder("A", 3), folder("B", 1), folder("C", 2), folder("D", 2), folder("E", 1)]
    })
}

fn redact(xml: &str) -> String {
    let ids = Regex::new(r#"(id|time|timestamp)="[^"]*""#).expect("pattern");
    ids.replace_all(xml, "$1=\"…\"").into_owned()
}

fn check(example: &str) {
    let server = TestServer::start();
    let dir = support::temp_dir();
    let d = dir.path();
    std::fs::write(
        d.join("collection.json"),
        collection(&server.base_url()).to_string(),
    )
    .expect("write");
    std::fs::create_dir_all(d.join("reports")).expect("reports dir");
    let whole = run(
        d,
        "postie run collection.json -r junit --reporter-junit-export whole.xml",
        &[],
    );
    let mut sent = server.requests().len();
    assert_eq!(sent, 9);

    let (jobs, merge) = jobs(example);
    assert_eq!(jobs.len(), 4);
    for job in &jobs {
        assert!(job.command.contains("--shard auto"), "{}", job.command);
        let out = run(d, &job.command, &job.env);
        assert!(out.status.code().is_some(), "{out:?}");
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("error"),
            "{out:?}"
        );
    }
    sent = server.requests().len() - sent;
    assert_eq!(sent, 9, "{example}: the shards sent every request once");
    let merged = run(d, &merge, &[]);
    assert_eq!(merged.status.code(), whole.status.code(), "{merged:?}");
    let junit = |p: &str| redact(&std::fs::read_to_string(d.join(p)).expect(p));
    let merged_junit = if example == "k8s-indexed-job.yaml" {
        "reports/junit.xml"
    } else {
        "merged/junit.xml"
    };
    assert_eq!(junit("whole.xml"), junit(merged_junit), "{example}");
}

#[test]
fn github_actions_matrix_shards_and_merges() {
    check("github-actions.yml");
}

#[test]
fn gitlab_parallel_jobs_shard_and_merge() {
    check(".gitlab-ci.yml");
}

#[test]
fn kubernetes_indexed_job_shards_and_merges() {
    check("k8s-indexed-job.yaml");
}
