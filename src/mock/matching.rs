//! Choosing the saved example that answers a request (Postman mock server semantics, simplified):
//! method and path first, then the `x-mock-response-*` headers, then the best query match.

use super::pattern::{decode, TextPattern};
use super::routes::{parse_query, split_path, MockExample, RouteTable};
use super::strict;

/// What the client asked for through `x-mock-response-name`, `-code` and `-id`, and the parts
/// of the request that must match through `x-mock-match-request-body` / `-headers`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Pick {
    pub name: Option<String>,
    pub code: Option<String>,
    pub id: Option<String>,
    /// The incoming body, when it must match the example's original request body.
    pub match_body: Option<String>,
    /// Header names (lower case) that must match, with the incoming values.
    pub match_headers: Vec<(String, Option<String>)>,
}

impl Pick {
    fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.code.is_none()
            && self.id.is_none()
            && self.match_body.is_none()
            && self.match_headers.is_empty()
    }

    fn accepts(&self, example: &MockExample) -> bool {
        self.match_body
            .as_ref()
            .is_none_or(|body| strict::body_matches(example, body))
            && strict::headers_match(example, &self.match_headers)
            && self.name.as_ref().is_none_or(|n| *n == example.name)
            && self.id.as_ref().is_none_or(|i| *i == example.id)
            && self
                .code
                .as_ref()
                .is_none_or(|c| c.trim() == example.code.to_string())
    }

    fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(name) = &self.name {
            parts.push(format!("named \"{name}\""));
        }
        if let Some(code) = &self.code {
            parts.push(format!("with status code {code}"));
        }
        if let Some(id) = &self.id {
            parts.push(format!("with id {id}"));
        }
        if self.match_body.is_some() {
            parts.push("with a matching request body".to_string());
        }
        if !self.match_headers.is_empty() {
            let names: Vec<&str> = self.match_headers.iter().map(|(n, _)| n.as_str()).collect();
            parts.push(format!("with matching headers {}", names.join(", ")));
        }
        parts.join(" and ")
    }
}

/// How well an example fits; compared field by field, larger is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Score {
    literal_segments: usize,
    query_matches: usize,
    query_misses: std::cmp::Reverse<usize>,
    literal_query_matches: usize,
}

/// The example for `method path?query`, or the reason there is none.
pub(crate) fn select<'a>(
    table: &'a RouteTable,
    method: &str,
    path: &str,
    query: Option<&str>,
    pick: &Pick,
) -> Result<&'a MockExample, String> {
    let method = method.to_ascii_uppercase();
    let segments: Vec<String> = split_path(path).iter().map(|s| decode(s)).collect();
    let mut on_route = route_matches(table, &method, &segments);
    if on_route.is_empty() && method == "HEAD" {
        on_route = route_matches(table, "GET", &segments);
    }
    if on_route.is_empty() {
        return Err(format!(
            "No saved example matches {method} {path}. Double check your method and the request path and try again."
        ));
    }
    if !pick.is_empty() {
        on_route.retain(|(example, _)| pick.accepts(example));
        if on_route.is_empty() {
            return Err(format!(
                "No saved example for {method} {path} {}.",
                pick.describe()
            ));
        }
    }
    let query: Vec<(String, String)> = parse_query(query.unwrap_or_default())
        .into_iter()
        .map(|(k, v)| (decode(&k), decode(&v)))
        .collect();
    let mut best: Option<(&MockExample, Score)> = None;
    for (example, literal_segments) in on_route {
        let score = score(example, literal_segments, &query);
        if best.is_none_or(|(_, b)| score > b) {
            best = Some((example, score));
        }
    }
    best.map(|(e, _)| e)
        .ok_or_else(|| format!("No saved example matches {method} {path}."))
}

/// Examples whose method and path fit, with how many of their path segments are plain text.
/// When none fits exactly, an example whose host is a `{{variable}}` may match the end of the
/// path (the variable's value held a path prefix).
fn route_matches<'a>(
    table: &'a RouteTable,
    method: &str,
    segments: &[String],
) -> Vec<(&'a MockExample, usize)> {
    let exact = fitting(table, method, |e| {
        (e.path_patterns.len() == segments.len()).then_some(segments)
    });
    if !exact.is_empty() {
        return exact;
    }
    fitting(table, method, |e| {
        let n = e.path_patterns.len();
        (e.host_is_variable && n > 0 && segments.len() > n).then(|| &segments[segments.len() - n..])
    })
}

fn fitting<'a, 's>(
    table: &'a RouteTable,
    method: &str,
    compared: impl Fn(&MockExample) -> Option<&'s [String]>,
) -> Vec<(&'a MockExample, usize)> {
    table
        .examples
        .iter()
        .filter(|e| e.method == method)
        .filter(|e| {
            compared(e).is_some_and(|segments| {
                e.path_patterns
                    .iter()
                    .zip(segments)
                    .all(|(p, s)| p.matches(s))
            })
        })
        .map(|e| {
            let literals = e.path_patterns.iter().filter(|p| p.is_literal()).count();
            (e, literals)
        })
        .collect()
}

fn score(example: &MockExample, literal_segments: usize, query: &[(String, String)]) -> Score {
    let mut matches = 0;
    let mut literal_matches = 0;
    let mut misses = 0;
    for (key, pattern) in &example.query {
        let key = decode(key);
        let found = query.iter().any(|(k, v)| *k == key && pattern.matches(v));
        if found {
            matches += 1;
            if let TextPattern::Literal(_) = pattern {
                literal_matches += 1;
            }
        } else {
            misses += 1;
        }
    }
    Score {
        literal_segments,
        query_matches: matches,
        query_misses: std::cmp::Reverse(misses),
        literal_query_matches: literal_matches,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collection::model::Collection;
    use serde_json::json;

    fn example(name: &str, method: &str, url: &str, code: u16) -> serde_json::Value {
        json!({"name": name, "originalRequest": {"method": method, "url": url}, "code": code})
    }

    fn table() -> RouteTable {
        let collection: Collection = serde_json::from_value(json!({"item": [
            {"name": "list", "request": {"url": "{{h}}/items"}, "response": [
                example("all", "GET", "{{h}}/items", 200),
                example("page 2", "GET", "{{h}}/items?page=2", 200),
                example("page any", "GET", "{{h}}/items?page={{p}}&size=10", 200),
            ]},
            {"name": "one", "request": {"url": "{{h}}/items/:id"}, "response": [
                example("one", "GET", "{{h}}/items/:id", 200),
                example("special", "GET", "{{h}}/items/special", 200),
                example("missing", "GET", "{{h}}/items/:id", 404),
            ]},
            {"name": "create", "request": {"method": "POST", "url": "{{h}}/items"}, "response": [
                example("created", "POST", "https://real.example.com/items", 201),
            ]},
        ]}))
        .unwrap();
        RouteTable::from_collection(&collection)
    }

    fn pick_name(t: &RouteTable, method: &str, path: &str, query: Option<&str>) -> String {
        match select(t, method, path, query, &Pick::default()) {
            Ok(e) => e.name.clone(),
            Err(msg) => msg,
        }
    }

    #[test]
    fn method_and_path_decide_first() {
        let t = table();
        assert_eq!(pick_name(&t, "POST", "/items", None), "created");
        assert_eq!(pick_name(&t, "get", "/items/", None), "all");
        assert_eq!(pick_name(&t, "GET", "/items/7", None), "one");
        assert_eq!(pick_name(&t, "GET", "/items/special", None), "special");
        assert_eq!(pick_name(&t, "HEAD", "/items/7", None), "one");
        assert!(pick_name(&t, "DELETE", "/items/7", None).starts_with("No saved example matches"));
        assert!(pick_name(&t, "GET", "/items/7/x", None).starts_with("No saved example"));
    }

    #[test]
    fn a_variable_host_may_hide_a_path_prefix() {
        let t = table();
        assert_eq!(
            pick_name(&t, "GET", "/api/v1/items", Some("page=2")),
            "page 2"
        );
        assert_eq!(pick_name(&t, "GET", "/api/v1/items/3", None), "one");
        assert!(pick_name(&t, "POST", "/api/items", None).starts_with("No saved example"));
    }

    #[test]
    fn query_picks_the_best_example_of_a_route() {
        let t = table();
        assert_eq!(pick_name(&t, "GET", "/items", Some("page=2")), "page 2");
        assert_eq!(
            pick_name(&t, "GET", "/items", Some("page=3&size=10")),
            "page any"
        );
        assert_eq!(pick_name(&t, "GET", "/items", Some("page=3")), "page any");
        assert_eq!(pick_name(&t, "GET", "/items", Some("other=1")), "all");
    }

    #[test]
    fn headers_pick_by_name_code_or_id() {
        let t = table();
        let by_code = Pick {
            code: Some("404".into()),
            ..Pick::default()
        };
        assert_eq!(
            select(&t, "GET", "/items/7", None, &by_code).unwrap().name,
            "missing"
        );
        let by_name = Pick {
            name: Some("page 2".into()),
            ..Pick::default()
        };
        assert_eq!(
            select(&t, "GET", "/items", None, &by_name).unwrap().name,
            "page 2"
        );
        let unknown = Pick {
            name: Some("nope".into()),
            code: Some("500".into()),
            ..Pick::default()
        };
        let err = select(&t, "GET", "/items", None, &unknown).unwrap_err();
        assert_eq!(
            err,
            "No saved example for GET /items named \"nope\" and with status code 500."
        );
    }
}
