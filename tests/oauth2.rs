//! OAuth 2.0 tokens postie gets itself, end to end: the binary runs collections under
//! fixtures/oauth2/ (only an oauth2 auth block, no scripts) against an authorization server and
//! an API of this test's own, and the tests check what those servers received.

mod support;

use base64::Engine;
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::{Arc, Mutex};
use support::http::{spawn, Recorded, Reply};

const BASIC: (&str, &str) = ("basic-client", "s3cret-basic-42x");
const BODY: (&str, &str) = ("body-client", "s3cret-body-77y");
const ALICE_PASSWORD: &str = "w0nderland-pw-9";
const SEEDED_REFRESH: &str = "rt-seeded-Z9x4";

#[derive(Default)]
struct State {
    issued: usize,
    /// access token → how many API requests used it
    tokens: HashMap<String, usize>,
    refresh: HashSet<String>,
    log: Vec<Recorded>,
}

/// The authorization server (`/token`, `/token-short` with `expires_in: 1`, `/refresh`) and the
/// API (`/api/…`; `/api-once/…` takes each token once, then answers 401) on one port.
struct Servers {
    port: u16,
    state: Arc<Mutex<State>>,
}

impl Servers {
    fn start() -> Servers {
        let state = Arc::new(Mutex::new(State::default()));
        lock(&state).refresh.insert(SEEDED_REFRESH.into());
        let shared = state.clone();
        let port = spawn(Arc::new(move |req: &Recorded| handle(&shared, req)))
            .unwrap_or_else(|e| panic!("cannot start the servers: {e}"));
        Servers { port, state }
    }

    fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn requests(&self, api: bool) -> Vec<Recorded> {
        let log = lock(&self.state).log.clone();
        log.into_iter()
            .filter(|r| r.path().starts_with("/api") == api)
            .collect()
    }

    fn token_requests(&self) -> Vec<Recorded> {
        self.requests(false)
    }

    fn api_requests(&self) -> Vec<Recorded> {
        self.requests(true)
    }

    /// The fixtures' variables, pointing at these servers.
    fn vars(&self, token_path: &str, api_path: &str) -> Vec<(String, String)> {
        let base = self.base();
        [
            ("tokenUrl", format!("{base}{token_path}")),
            ("refreshUrl", format!("{base}/refresh")),
            ("authUrl", format!("{base}/authorize")),
            ("apiBase", format!("{base}{api_path}")),
            ("basicSecret", BASIC.1.to_string()),
            ("bodySecret", BODY.1.to_string()),
            ("alicePassword", ALICE_PASSWORD.to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
    }
}

fn lock(state: &Mutex<State>) -> std::sync::MutexGuard<'_, State> {
    state.lock().unwrap_or_else(|e| e.into_inner())
}

fn handle(state: &Mutex<State>, req: &Recorded) -> Reply {
    let mut st = lock(state);
    st.log.push(req.clone());
    if req.path().starts_with("/api") {
        return api(&mut st, req);
    }
    token(&mut st, req)
}

fn form(req: &Recorded) -> Vec<(String, String)> {
    url::form_urlencoded::parse(&req.body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn field(req: &Recorded, key: &str) -> Option<String> {
    form(req)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

fn oauth_error(status: u16, error: &str, description: &str) -> Reply {
    Reply::json(
        status,
        &json!({"error": error, "error_description": description}),
    )
}

fn token(st: &mut State, req: &Recorded) -> Reply {
    let basic = req
        .header("authorization")
        .and_then(|h| h.strip_prefix("Basic "))
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned());
    let client = match &basic {
        Some(pair) => pair
            .split_once(':')
            .map(|(i, s)| (i.to_string(), s.to_string())),
        None => Some((
            field(req, "client_id").unwrap_or_default(),
            field(req, "client_secret").unwrap_or_default(),
        )),
    };
    let known = [BASIC, BODY]
        .iter()
        .any(|(i, s)| client.as_ref() == Some(&(i.to_string(), s.to_string())));
    if !known {
        return oauth_error(401, "invalid_client", "unknown client or wrong secret");
    }
    let short = req.path() == "/token-short";
    match field(req, "grant_type").as_deref() {
        Some("client_credentials") => issue(st, false, short),
        Some("password")
            if field(req, "username").as_deref() == Some("alice")
                && field(req, "password").as_deref() == Some(ALICE_PASSWORD) =>
        {
            issue(st, true, short)
        }
        Some("refresh_token") => {
            let known = field(req, "refresh_token").is_some_and(|r| st.refresh.remove(&r));
            match known {
                true => issue(st, true, short),
                false => oauth_error(400, "invalid_grant", "unknown refresh token"),
            }
        }
        _ => oauth_error(400, "invalid_grant", "grant refused"),
    }
}

fn issue(st: &mut State, with_refresh: bool, short: bool) -> Reply {
    st.issued += 1;
    let access = format!("at-{}-q7Zp", st.issued);
    st.tokens.insert(access.clone(), 0);
    let mut body = json!({
        "access_token": access,
        "token_type": "Bearer",
        "expires_in": if short { 1 } else { 3600 },
    });
    if with_refresh {
        let refresh = format!("rt-{}-k3Jw", st.issued);
        st.refresh.insert(refresh.clone());
        body["refresh_token"] = Value::from(refresh);
    }
    Reply::json(200, &body)
}

fn api(st: &mut State, req: &Recorded) -> Reply {
    let from_query = req.query().and_then(|q| {
        url::form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "access_token")
            .map(|(_, v)| v.into_owned())
    });
    let token = req
        .header("authorization")
        .and_then(|h| h.strip_prefix("Bearer "))
        .map(str::to_string)
        .or(from_query)
        .unwrap_or_default();
    let once = req.path().starts_with("/api-once");
    match st.tokens.get_mut(&token) {
        Some(uses) if !(once && *uses > 0) => {
            *uses += 1;
            Reply::json(200, &json!({"ok": true}))
        }
        _ => oauth_error(401, "invalid_token", "no valid bearer token"),
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("fixtures/oauth2/{name}.postman_collection.json"))
}

/// Runs a fixture with the servers' variables given as `--env-var`.
fn run(name: &str, vars: &[(String, String)], extra: &[&str], dir: &Path) -> Output {
    let mut args = vec!["run".to_string(), fixture(name).display().to_string()];
    for (k, v) in vars {
        args.push("--env-var".into());
        args.push(format!("{k}={v}"));
    }
    args.extend(extra.iter().map(|s| s.to_string()));
    support::run_postie(&args, dir)
}

fn text(out: &Output) -> String {
    format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The bearer token of each request ("" for none).
fn bearers(requests: &[Recorded]) -> Vec<String> {
    requests
        .iter()
        .map(|r| {
            let header = r.header("authorization").unwrap_or_default();
            header
                .strip_prefix("Bearer ")
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

fn grants(requests: &[Recorded]) -> Vec<String> {
    requests
        .iter()
        .map(|r| field(r, "grant_type").unwrap_or_default())
        .collect()
}

#[test]
fn one_token_request_per_configuration() {
    let servers = Servers::start();
    let dir = support::temp_dir();
    let out = run(
        "client-credentials",
        &servers.vars("/token", "/api"),
        &[],
        dir.path(),
    );
    let shown = text(&out);
    assert!(out.status.success(), "{shown}");

    let tokens = servers.token_requests();
    assert_eq!(
        grants(&tokens),
        ["client_credentials", "client_credentials"],
        "{shown}"
    );
    let basic = &tokens[0];
    assert_eq!(basic.target, "/token?resource=urn%3Aorders");
    assert_eq!(
        basic.header("authorization"),
        Some("Basic YmFzaWMtY2xpZW50OnMzY3JldC1iYXNpYy00Mng=")
    );
    assert_eq!(basic.header("x-tenant"), Some("acme"));
    let sent: Vec<(String, String)> = form(basic);
    let pairs = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let expected = [
        ("grant_type", "client_credentials"),
        ("scope", "orders:read"),
        ("audience", "orders"),
    ];
    assert_eq!(sent, pairs(&expected));
    let body_client = &tokens[1];
    assert_eq!(body_client.header("authorization"), None);
    assert_eq!(field(body_client, "client_id").as_deref(), Some(BODY.0));
    assert_eq!(field(body_client, "client_secret").as_deref(), Some(BODY.1));

    let api = servers.api_requests();
    assert_eq!(bearers(&api), ["at-1-q7Zp", "at-1-q7Zp", "at-1-q7Zp", ""]);
    assert_eq!(api[3].target, "/api/reports/daily?access_token=at-2-q7Zp");

    // reported like pm.sendRequest calls, secrets masked
    assert!(
        shown.contains(&format!("POST {}/token", servers.base())),
        "{shown}"
    );
    for secret in [BASIC.1, BODY.1, "at-1-q7Zp", "at-2-q7Zp"] {
        assert!(!shown.contains(secret), "{secret} shown: {shown}");
    }
}

#[test]
fn an_expired_token_is_refreshed_with_the_refresh_grant() {
    let servers = Servers::start();
    let dir = support::temp_dir();
    let vars = servers.vars("/token-short", "/api");
    let out = run("password", &vars, &["--delay-request", "1300"], dir.path());
    assert!(out.status.success(), "{}", text(&out));
    let tokens = servers.token_requests();
    assert_eq!(grants(&tokens), ["password", "refresh_token"]);
    assert_eq!(tokens[1].path(), "/refresh");
    assert_eq!(
        field(&tokens[1], "refresh_token").as_deref(),
        Some("rt-1-k3Jw")
    );
    assert_eq!(field(&tokens[1], "reason").as_deref(), Some("expired"));
    assert_eq!(bearers(&servers.api_requests()), ["at-1-q7Zp", "at-2-q7Zp"]);
}

#[test]
fn a_401_renews_the_token_once() {
    let servers = Servers::start();
    let dir = support::temp_dir();
    let out = run(
        "password",
        &servers.vars("/token", "/api-once"),
        &[],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        grants(&servers.token_requests()),
        ["password", "refresh_token"]
    );
    let api = servers.api_requests();
    assert_eq!(bearers(&api), ["at-1-q7Zp", "at-1-q7Zp", "at-2-q7Zp"]);

    // without a refresh token, a new token with the grant
    let servers = Servers::start();
    let out = run(
        "client-credentials",
        &servers.vars("/token", "/api-once"),
        &["--folder", "Orders"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(grants(&servers.token_requests()), ["client_credentials"; 3]);
    assert_eq!(servers.api_requests().len(), 5);
}

#[test]
fn a_failed_token_request_is_the_requests_error() {
    let servers = Servers::start();
    let dir = support::temp_dir();
    let mut vars = servers.vars("/token", "/api");
    let wrong = "wr0ng-secret-55";
    vars.retain(|(k, _)| k != "basicSecret");
    vars.push(("basicSecret".into(), wrong.into()));
    let out = run("client-credentials", &vars, &[], dir.path());
    let shown = text(&out);
    assert!(!out.status.success(), "{shown}");
    let message = format!(
        "OAuth 2.0 token request to {}/token?resource=urn%3Aorders failed: status 401: \
         invalid_client - unknown client or wrong secret",
        servers.base()
    );
    assert!(shown.contains(&message), "{shown}");
    assert!(!shown.contains(wrong), "{shown}");
    // each Orders request tried once; Reports, with its own client, went through
    assert_eq!(servers.token_requests().len(), 4);
    let api = servers.api_requests();
    assert_eq!(api.len(), 1);
    assert_eq!(api[0].path(), "/api/reports/daily");
}

#[test]
fn write_back_keeps_the_token_for_the_next_run() {
    let servers = Servers::start();
    let dir = support::temp_dir();
    let values: Vec<Value> = servers
        .vars("/token", "/api")
        .into_iter()
        .map(|(k, v)| json!({"key": k, "value": v, "type": "default", "enabled": true}))
        .collect();
    let env = dir.path().join("env.json");
    let doc = json!({"name": "oauth2", "values": values});
    std::fs::write(&env, doc.to_string()).expect("write env");
    let env_arg = env.display().to_string();
    let first = run(
        "client-credentials",
        &[],
        &["-e", &env_arg, "--write-back"],
        dir.path(),
    );
    assert!(first.status.success(), "{}", text(&first));
    assert_eq!(servers.token_requests().len(), 2);

    let written: Value =
        serde_json::from_slice(&std::fs::read(&env).expect("read env")).expect("env is JSON");
    let entry = |key: &str| {
        written["values"]
            .as_array()
            .and_then(|l| l.iter().find(|v| v["key"] == key))
            .cloned()
            .unwrap_or(Value::Null)
    };
    let access = entry("postie.oauth2.orders-api.access_token");
    assert_eq!(access["value"], "at-1-q7Zp");
    assert_eq!(access["type"], "secret");
    let expires = entry("postie.oauth2.orders-api.expires_at")["value"].as_u64();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    assert!(
        expires.is_some_and(|at| at > now + 3000 && at <= now + 3600),
        "{expires:?}"
    );
    assert_eq!(
        entry("postie.oauth2.body-client.access_token")["value"],
        "at-2-q7Zp"
    );

    let exported = dir.path().join("exported.json");
    let export_arg = exported.display().to_string();
    let second = run(
        "client-credentials",
        &[],
        &["-e", &env_arg, "--export-environment", &export_arg],
        dir.path(),
    );
    assert!(second.status.success(), "{}", text(&second));
    assert_eq!(
        servers.token_requests().len(),
        2,
        "no token request on the second run"
    );
    assert_eq!(servers.api_requests().len(), 8);
    let exported = std::fs::read_to_string(&exported).expect("exported");
    assert!(exported.contains("postie.oauth2.orders-api.access_token"));
}

#[test]
fn a_code_grant_without_terminal_says_how_to_seed_the_refresh_token() {
    let servers = Servers::start();
    let dir = support::temp_dir();
    let out = run(
        "authorization-code",
        &servers.vars("/token", "/api"),
        &[],
        dir.path(),
    );
    let shown = text(&out);
    assert!(!out.status.success(), "{shown}");
    assert!(
        shown.contains("--env-var postie.oauth2.code-api.refresh_token=<token>"),
        "{shown}"
    );
    assert!(servers.token_requests().is_empty());
    assert!(servers.api_requests().is_empty());
}

#[test]
fn a_code_grant_uses_a_refresh_token_from_the_environment() {
    let servers = Servers::start();
    let dir = support::temp_dir();
    let mut vars = servers.vars("/token", "/api");
    vars.push((
        "postie.oauth2.code-api.refresh_token".into(),
        SEEDED_REFRESH.into(),
    ));
    let out = run("authorization-code", &vars, &[], dir.path());
    assert!(out.status.success(), "{}", text(&out));
    let tokens = servers.token_requests();
    assert_eq!(grants(&tokens), ["refresh_token"]);
    assert_eq!(
        field(&tokens[0], "refresh_token").as_deref(),
        Some(SEEDED_REFRESH)
    );
    assert_eq!(bearers(&servers.api_requests()), ["at-1-q7Zp"]);
}

#[test]
fn oauth2_fetch_never_is_newmans_behaviour() {
    let servers = Servers::start();
    let dir = support::temp_dir();
    let vars = servers.vars("/token", "/api");
    let out = run(
        "client-credentials",
        &vars,
        &["--oauth2-fetch", "never"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(servers.token_requests().is_empty());
    let api = servers.api_requests();
    assert_eq!(api.len(), 4);
    assert!(api.iter().all(|r| r.header("authorization").is_none()));
}

#[test]
fn the_sample_runs_offline_with_mock_and_write_back() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = support::temp_dir();
    let env = dir.path().join("env.json");
    std::fs::copy(
        root.join("fixtures/oauth2-client-credentials.postman_environment.json"),
        &env,
    )
    .expect("copy the sample environment");
    let collection = root.join("collections/oauth2-client-credentials.postman_collection.json");
    let args = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["run".to_string(), collection.display().to_string()];
        args.extend(["-e".to_string(), env.display().to_string(), "--mock".into()]);
        args.extend(extra.iter().map(|s| s.to_string()));
        args
    };
    // the mock answers the orders only to the token of the token endpoint's example
    let newman = support::run_postie(&args(&["--oauth2-fetch", "never"]), dir.path());
    assert!(!newman.status.success(), "{}", text(&newman));

    let report = dir.path().join("report.json");
    let report_arg = report.display().to_string();
    for run in 0..2 {
        let extra = [
            "--write-back",
            "-r",
            "cli,json",
            "--reporter-json-export",
            &report_arg,
        ];
        let out = support::run_postie(&args(&extra), dir.path());
        let shown = text(&out);
        assert!(out.status.success(), "run {run}: {shown}");
        let token_posts = shown.matches("POST http://127.0.0.1").count();
        assert_eq!(token_posts, 2 - run, "run {run}: {shown}");
        let json = std::fs::read_to_string(&report).expect("json report");
        for secret in [
            "Kq7-client-s3cret-81",
            "mock-access-7Hq2x9Lp",
            "mock-refresh-4Kd8w1Zq",
        ] {
            assert!(
                !shown.contains(secret) && !json.contains(secret),
                "{secret} shown"
            );
        }
    }
    let written = std::fs::read_to_string(&env).expect("read env");
    assert!(
        written.contains("\"postie.oauth2.sample-api.access_token\""),
        "{written}"
    );
    assert!(written.contains("mock-refresh-4Kd8w1Zq"), "{written}");
}
