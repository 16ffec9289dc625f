//! Which client certificate a request sends: Newman's `--ssl-client-cert-list` (a JSON list of
//! `{name, matches, key, cert, pfx, passphrase}`) and the single `--ssl-client-cert`, which
//! Newman appends to that list with the pattern `<all_urls>` so that the list wins.
//!
//! Matching follows postman-collection's `Certificate.canApplyTo` and `UrlMatchPattern` (Chrome
//! extension match patterns): only `https` URLs get a certificate; a pattern is
//! `<protocols>://<host>[:port]/<path>` where protocols are `http`, `https`, `file`, `ftp` or
//! `*` joined with `+`, the host is `*`, `*.suffix` (which also matches `suffix` itself) or an
//! exact name, the port `*` or a number (absent means the protocol's default port), and the
//! path a glob where `?` is any one character and the first `*` any run of characters (like
//! postman-collection, which replaces only the first `*`; a later `*` repeats what precedes
//! it, as in a regular expression).

use crate::request_text::url as purl;
use serde_json::Value;
use std::path::{Path, PathBuf};

const MATCH_ALL_URLS: &str = "<all_urls>";
const PROTOCOLS: [&str; 4] = ["http", "https", "file", "ftp"];

/// One match pattern, parsed once.
#[derive(Debug, Clone)]
pub struct MatchPattern {
    kind: PatternKind,
}

#[derive(Debug, Clone)]
enum PatternKind {
    All,
    /// Not a valid pattern: matches nothing (as in postman-collection).
    Invalid,
    Parts {
        protocols: Vec<String>,
        host: String,
        port: Option<String>,
        path: regex::Regex,
    },
}

/// A URL split the way postman-collection's `Url` splits it for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlForMatch {
    pub protocol: String,
    pub host: String,
    pub port: Option<String>,
    pub path: String,
}

impl UrlForMatch {
    pub fn parse(href: &str) -> UrlForMatch {
        let parts = purl::parse(href);
        UrlForMatch {
            protocol: parts.protocol.unwrap_or_default().to_lowercase(),
            host: parts.host.map(|h| h.join(".")).unwrap_or_default(),
            port: parts.port.filter(|p| !p.is_empty()),
            path: format!("/{}", parts.path.unwrap_or_default().join("/")),
        }
    }
}

fn default_port(protocol: &str) -> Option<&'static str> {
    match protocol {
        "ftp" => Some("21"),
        "http" => Some("80"),
        "https" => Some("443"),
        _ => None,
    }
}

/// postman-collection's `globPatternToRegexp`, with its regular-expression semantics.
fn glob_to_regex(glob: &str) -> Option<regex::Regex> {
    let mut out = String::from("^");
    let mut star_done = false;
    for c in glob.chars() {
        match c {
            '.' | '+' | '^' | '$' | '{' | '}' | '(' | ')' | '|' | '[' | ']' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '?' => out.push('.'),
            '*' if !star_done => {
                star_done = true;
                out.push_str(".*");
            }
            // JavaScript refuses a quantifier with nothing to repeat (`**`, a leading `*`)
            '*' if out.ends_with('*') || out == "^" => return None,
            _ => out.push(c),
        }
    }
    out.push('$');
    regex::Regex::new(&out).ok()
}

fn split_pattern(pattern: &str) -> Option<(Vec<String>, String, Option<String>, String)> {
    let (protocols, rest) = pattern.split_once("://")?;
    let protocols: Vec<String> = protocols.split('+').map(str::to_string).collect();
    let first_ok = protocols
        .first()
        .is_some_and(|p| p == "*" || PROTOCOLS.contains(&p.as_str()));
    if !first_ok
        || protocols
            .iter()
            .skip(1)
            .any(|p| !PROTOCOLS.contains(&p.as_str()))
    {
        return None;
    }
    let slash = rest.find('/')?;
    let (authority, path) = rest.split_at(slash);
    let (host, port) = match authority.split_once(':') {
        Some((h, p)) => {
            if p != "*" && (p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
                return None;
            }
            (h, Some(p.to_string()))
        }
        None => (authority, None),
    };
    let host_ok = host == "*"
        || host
            .strip_prefix("*.")
            .is_some_and(|s| !s.is_empty() && !s.contains(['*', '/', ':']))
        || (!host.is_empty() && !host.contains(['*', '/', ':']));
    if !host_ok {
        return None;
    }
    let mut unique: Vec<String> = Vec::new();
    for p in protocols {
        if !unique.contains(&p) {
            unique.push(p);
        }
    }
    Some((unique, host.to_string(), port, path.to_string()))
}

impl MatchPattern {
    pub fn new(pattern: &str) -> MatchPattern {
        if pattern == MATCH_ALL_URLS || pattern.is_empty() {
            return MatchPattern {
                kind: PatternKind::All,
            };
        }
        let kind = match split_pattern(pattern) {
            Some((protocols, host, port, path)) => match glob_to_regex(&path) {
                Some(path) => PatternKind::Parts {
                    protocols,
                    host,
                    port,
                    path,
                },
                None => PatternKind::Invalid,
            },
            None => PatternKind::Invalid,
        };
        MatchPattern { kind }
    }

    pub fn all_urls() -> MatchPattern {
        MatchPattern {
            kind: PatternKind::All,
        }
    }

    pub fn test(&self, url: &UrlForMatch) -> bool {
        let (protocols, host, port, path) = match &self.kind {
            PatternKind::All => return true,
            PatternKind::Invalid => return false,
            PatternKind::Parts {
                protocols,
                host,
                port,
                path,
            } => (protocols, host, port, path),
        };
        let protocol_ok = PROTOCOLS.contains(&url.protocol.as_str())
            && protocols.iter().any(|p| p == "*" || *p == url.protocol);
        let host_ok = host == "*"
            || host == &url.host
            || host.strip_prefix("*.").is_some_and(|suffix| {
                url.host == suffix || url.host.ends_with(&format!(".{suffix}"))
            });
        let port_ok = match (&url.port, port) {
            (None, None) => true,
            (given, wanted) => {
                let given = given.as_deref().or(default_port(&url.protocol));
                let wanted = wanted.as_deref().or(default_port(&url.protocol));
                wanted == Some("*") || (wanted.is_some() && wanted == given)
            }
        };
        protocol_ok && host_ok && port_ok && path.is_match(&url.path)
    }
}

/// One entry of the certificate list, paths already resolved.
#[derive(Debug, Clone)]
pub struct CertSpec {
    pub name: String,
    pub matches: Vec<MatchPattern>,
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
    pub pfx: Option<PathBuf>,
    pub passphrase: Option<String>,
}

impl CertSpec {
    /// Whether this certificate goes with a request to `url` (https only, as in Newman).
    pub fn applies_to(&self, url: &UrlForMatch) -> bool {
        url.protocol == "https" && self.matches.iter().any(|m| m.test(url))
    }
}

/// `{"src": "path"}` or `"path"`, resolved against the working directory (Newman reads these
/// files through its working-directory file resolver).
fn source_path(value: Option<&Value>, working_dir: &Path) -> Option<PathBuf> {
    let src = match value? {
        Value::String(s) => s.as_str(),
        Value::Object(o) => o.get("src").and_then(Value::as_str)?,
        _ => return None,
    };
    if src.is_empty() {
        return None;
    }
    Some(working_dir.join(src))
}

/// Reads `--ssl-client-cert-list`: a JSON array of certificate entries.
pub fn read_list(path: &Path, working_dir: &Path) -> Result<Vec<CertSpec>, String> {
    let bytes = std::fs::read(path).map_err(|e| {
        format!(
            "unable to read the ssl client certificates file {}: {e}",
            path.display()
        )
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let text = text.trim_start_matches('\u{feff}').trim();
    let json: Value = serde_json::from_str(text).map_err(|e| {
        format!(
            "the file at {} does not contain valid JSON data: {e}",
            path.display()
        )
    })?;
    let Value::Array(items) = json else {
        return Err(format!(
            "{}: expected ssl client certificates list to be an array",
            path.display()
        ));
    };
    let mut specs = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let Value::Object(entry) = item else {
            return Err(format!(
                "{}: entry {i} of the ssl client certificates list is not an object",
                path.display()
            ));
        };
        let matches = match entry.get("matches") {
            Some(Value::Array(list)) => list
                .iter()
                .map(|m| match m {
                    Value::String(s) => MatchPattern::new(s),
                    Value::Object(o) => {
                        MatchPattern::new(o.get("pattern").and_then(Value::as_str).unwrap_or(""))
                    }
                    _ => MatchPattern::new("invalid"),
                })
                .collect(),
            Some(Value::String(s)) => vec![MatchPattern::new(s)],
            _ => Vec::new(),
        };
        let name = entry
            .get("name")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| format!("#{i}"));
        let spec = CertSpec {
            matches,
            cert: source_path(entry.get("cert"), working_dir),
            key: source_path(entry.get("key"), working_dir),
            pfx: source_path(entry.get("pfx"), working_dir),
            passphrase: entry
                .get("passphrase")
                .and_then(Value::as_str)
                .map(str::to_string),
            name,
        };
        if spec.cert.is_none() && spec.pfx.is_none() {
            return Err(format!(
                "{}: certificate '{}' has neither cert nor pfx",
                path.display(),
                spec.name
            ));
        }
        specs.push(spec);
    }
    Ok(specs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(pattern: &str, url: &str) -> bool {
        MatchPattern::new(pattern).test(&UrlForMatch::parse(url))
    }

    #[test]
    fn match_patterns_as_postman_collection() {
        assert!(t("<all_urls>", "http://x"));
        assert!(t("https://example.com/*", "https://example.com/a/b?q=1"));
        assert!(t("https://example.com/*", "https://example.com"));
        assert!(!t("https://example.com/*", "https://other.com/"));
        assert!(!t("https://example.com/*", "http://example.com/"));
        assert!(t("http+https://example.com/*", "http://example.com/"));
        assert!(t("*://example.com/*", "https://example.com/"));
        // host wildcards
        assert!(t("https://*.example.com/*", "https://example.com/"));
        assert!(t("https://*.example.com/*", "https://a.b.example.com/"));
        assert!(!t("https://*.example.com/*", "https://badexample.com/"));
        assert!(t("https://*/*", "https://anything/"));
        // no port in the pattern means the default one
        assert!(!t("https://*/*", "https://anything:8443/"));
        // ports: absent on both sides, default ports, explicit, any
        assert!(t("https://localhost/*", "https://localhost:443/"));
        assert!(t("https://localhost:443/*", "https://localhost/"));
        assert!(!t("https://localhost/*", "https://localhost:8443/"));
        assert!(t("https://localhost:8443/*", "https://localhost:8443/x"));
        assert!(!t("https://localhost:8443/*", "https://localhost:8444/x"));
        assert!(t("https://localhost:*/*", "https://localhost:1/x"));
        // paths: ? is one character, only the first * is a wildcard
        assert!(t("https://h/a?c", "https://h/abc"));
        assert!(!t("https://h/a", "https://h/a/b"));
        assert!(t("https://h/a/*", "https://h/a/b/c"));
        assert!(!t("https://h/a*/b*", "https://h/ax/bx"));
        assert!(t("https://h/a*/b*", "https://h/ax/bbb"));
        // invalid patterns match nothing
        assert!(!t("example.com", "https://example.com/"));
        assert!(!t("gopher://example.com/*", "https://example.com/"));
        assert!(!t("https://example.com", "https://example.com/"));
        assert!(!t("https://exa*mple.com/*", "https://example.com/"));
        assert!(!t("https://h/**", "https://h/x"));
    }

    #[test]
    fn list_entries_need_a_certificate_and_resolve_paths() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("list.json");
        std::fs::write(
            &list,
            r#"[{"name":"a","matches":["https://a/*"],"key":{"src":"k.pem"},"cert":"c.pem","passphrase":"p"},
                {"name":"b","matches":["https://b/*"],"pfx":{"src":"/abs/b.p12"}}]"#,
        )
        .unwrap();
        let specs = read_list(&list, Path::new("/work")).unwrap();
        assert_eq!(specs[0].cert.as_deref(), Some(Path::new("/work/c.pem")));
        assert_eq!(specs[0].key.as_deref(), Some(Path::new("/work/k.pem")));
        assert_eq!(specs[0].passphrase.as_deref(), Some("p"));
        assert_eq!(specs[1].pfx.as_deref(), Some(Path::new("/abs/b.p12")));
        let https_b = UrlForMatch::parse("https://b/x");
        assert!(!specs[0].applies_to(&https_b) && specs[1].applies_to(&https_b));
        assert!(!specs[1].applies_to(&UrlForMatch::parse("http://b/x")));

        std::fs::write(&list, r#"{"not":"a list"}"#).unwrap();
        let e = read_list(&list, Path::new("/")).unwrap_err();
        assert!(e.contains("to be an array"), "{e}");
        std::fs::write(&list, r#"[{"name":"x","matches":["https://a/*"]}]"#).unwrap();
        let e = read_list(&list, Path::new("/")).unwrap_err();
        assert!(e.contains("'x' has neither cert nor pfx"), "{e}");
        std::fs::write(&list, "[oops").unwrap();
        let e = read_list(&list, Path::new("/")).unwrap_err();
        assert!(e.contains("does not contain valid JSON"), "{e}");
    }
}
