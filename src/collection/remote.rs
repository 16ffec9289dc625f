//! Inputs from elsewhere than a local file, as Newman takes them (its `util.fetchJson`/`fetch`):
//!
//! - an `http://` or `https://` URL: fetched with a GET; anything but status 200 is an error that
//!   says the status and the start of the body;
//! - a Postman API UID (`12345678-1c8e…`) for a collection or an environment, when an API key is
//!   given and no file has that name: fetched from `<API>/collections/<uid>` or
//!   `<API>/environments/<uid>` with the key in `X-Api-Key`;
//! - a URL on the Postman API's host (`api.postman.com`, `api.getpostman.com`, or the host of the
//!   API URL set for tests): the key goes in `X-Api-Key`, from the URL's `apikey` query parameter
//!   (which is then removed) or the one given.
//!
//! The API wraps a document as `{"collection": {...}}` / `{"environment": {...}}`; the loaders
//! unwrap that. What is fetched is kept in a temporary file for the loaders to read, and errors name
//! the URL, not that file. The transport is the caller's (`fetch`), so this module stays free of
//! the HTTP layer.

use super::error::FileError;
use std::path::{Path, PathBuf};

/// Where Newman fetches UIDs from.
pub const POSTMAN_API_URL: &str = "https://api.postman.com";
const POSTMAN_API_HOSTS: [&str; 2] = ["api.postman.com", "api.getpostman.com"];

/// What an input is for: UIDs are only looked up for collections and environments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Collection,
    Environment,
    Globals,
    Data,
}

/// A GET to make: the URL and its headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteRequest {
    pub url: String,
    pub headers: Vec<(String, String)>,
}

/// The request that fetches `input`, or `None` when it is a local path.
pub fn remote_request(
    input: &str,
    kind: Kind,
    api_key: Option<&str>,
    api_url: &str,
) -> Option<RemoteRequest> {
    let user_agent = (
        "User-Agent".to_string(),
        format!("postie/{}", env!("CARGO_PKG_VERSION")),
    );
    let api_path = match kind {
        Kind::Collection => Some("collections"),
        Kind::Environment => Some("environments"),
        Kind::Globals | Kind::Data => None,
    };
    if let (Some(key), Some(api_path)) = (api_key, api_path) {
        if is_uid(input) && !Path::new(input).exists() {
            return Some(RemoteRequest {
                url: format!("{}/{api_path}/{input}", api_url.trim_end_matches('/')),
                headers: vec![user_agent, ("X-Api-Key".into(), key.into())],
            });
        }
    }
    if !(input.starts_with("http://") || input.starts_with("https://")) {
        return None;
    }
    let mut request = RemoteRequest {
        url: input.to_string(),
        headers: vec![user_agent],
    };
    let Ok(mut url) = url::Url::parse(input) else {
        return Some(request); // the fetch reports it
    };
    let api_host = url::Url::parse(api_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_lowercase));
    let host = url.host_str().unwrap_or_default().to_lowercase();
    if POSTMAN_API_HOSTS.contains(&host.as_str()) || api_host.as_deref() == Some(host.as_str()) {
        let from_query = url
            .query_pairs()
            .find(|(k, _)| k == "apikey")
            .map(|(_, v)| v.into_owned());
        if let Some(key) = from_query.as_deref().or(api_key) {
            request.headers.push(("X-Api-Key".into(), key.into()));
        }
        if from_query.is_some() {
            let rest: Vec<(String, String)> = url
                .query_pairs()
                .filter(|(k, _)| k != "apikey")
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            url.set_query(None);
            if !rest.is_empty() {
                url.query_pairs_mut().extend_pairs(rest);
            }
            request.url = url.to_string();
        }
    }
    Some(request)
}

/// `^[0-9A-Z]+-[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$`, case-insensitive.
fn is_uid(s: &str) -> bool {
    let Some((owner, uuid)) = s.split_once('-') else {
        return false;
    };
    let groups: Vec<&str> = uuid.split('-').collect();
    !owner.is_empty()
        && owner.chars().all(|c| c.is_ascii_alphanumeric())
        && groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups
            .iter()
            .all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// Sends a GET: `(url, headers) -> (status, body)`.
pub type Fetch<'a> = dyn Fn(&str, &[(String, String)]) -> Result<(u16, Vec<u8>), String> + 'a;

/// Remote inputs fetched into a temporary directory, with the names to show for them.
#[derive(Default)]
pub struct Fetched {
    dir: Option<tempfile::TempDir>,
    names: Vec<(PathBuf, String)>,
}

impl Fetched {
    pub fn new() -> Fetched {
        Fetched::default()
    }

    /// The file to read for `input`: `input` itself, or a temporary file holding what its URL
    /// returned.
    pub fn local(
        &mut self,
        input: &Path,
        kind: Kind,
        api_key: Option<&str>,
        api_url: &str,
        fetch: &Fetch,
    ) -> Result<PathBuf, FileError> {
        let text = input.to_string_lossy();
        let Some(request) = remote_request(&text, kind, api_key, api_url) else {
            return Ok(input.to_path_buf());
        };
        let shown = Path::new(text.as_ref());
        let (status, body) = fetch(&request.url, &request.headers)
            .map_err(|e| FileError::new(shown, format!("cannot fetch {}: {e}", request.url)))?;
        if status != 200 {
            let body = String::from_utf8_lossy(&body);
            let mut excerpt: String = body.trim().chars().take(300).collect();
            if body.trim().chars().count() > 300 {
                excerpt.push('…');
            }
            return Err(FileError::new(
                shown,
                format!("{} answered status {status}: {excerpt}", request.url),
            ));
        }
        let dir = match &self.dir {
            Some(d) => d,
            None => {
                let d = tempfile::Builder::new()
                    .prefix("postie-inputs-")
                    .tempdir()
                    .map_err(|e| FileError::io(shown, "cannot make a temporary directory", &e))?;
                self.dir.insert(d)
            }
        };
        let local = dir.path().join(file_name(&request.url, self.names.len()));
        std::fs::write(&local, &body).map_err(|e| FileError::io(&local, "cannot write", &e))?;
        self.names.push((local.clone(), text.into_owned()));
        Ok(local)
    }

    /// Whether `path` is a fetched input (nothing to write back to).
    pub fn is_remote(&self, path: &Path) -> bool {
        self.names.iter().any(|(p, _)| p == path)
    }

    /// The name to show for `path`: the URL or UID it was fetched from, else `path` itself.
    pub fn shown(&self, path: &Path) -> PathBuf {
        match self.names.iter().find(|(p, _)| p == path) {
            Some((_, name)) => PathBuf::from(name),
            None => path.to_path_buf(),
        }
    }

    /// `e` naming the URL instead of the temporary file.
    pub fn rename(&self, mut e: FileError) -> FileError {
        e.path = self.shown(&e.path);
        e
    }
}

/// `<n>-<last path segment>` (its extension tells CSV from JSON), `<n>-input` without one.
fn file_name(url: &str, n: usize) -> String {
    let last = url::Url::parse(url)
        .ok()
        .and_then(|u| u.path_segments()?.next_back().map(str::to_string))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "input".into());
    let safe: String = last
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    format!("{n}-{safe}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const UID: &str = "1234567-1c8e5c77-8b4a-4b8e-9c3a-0123456789ab";

    #[test]
    fn a_uid_with_a_key_is_fetched_from_the_api() {
        let r = remote_request(UID, Kind::Collection, Some("k"), "http://127.0.0.1:9/").unwrap();
        assert_eq!(r.url, format!("http://127.0.0.1:9/collections/{UID}"));
        assert!(r.headers.contains(&("X-Api-Key".into(), "k".into())));
        let r = remote_request(UID, Kind::Environment, Some("k"), POSTMAN_API_URL).unwrap();
        assert_eq!(r.url, format!("https://api.postman.com/environments/{UID}"));
    }

    #[test]
    fn a_uid_without_a_key_or_for_globals_is_a_path() {
        assert_eq!(
            remote_request(UID, Kind::Collection, None, POSTMAN_API_URL),
            None
        );
        assert_eq!(
            remote_request(UID, Kind::Globals, Some("k"), POSTMAN_API_URL),
            None
        );
        assert_eq!(
            remote_request("c.json", Kind::Collection, Some("k"), POSTMAN_API_URL),
            None
        );
        assert!(!is_uid("1234567-1c8e5c77-8b4a-4b8e-9c3a-0123456789a"));
        assert!(!is_uid("-1c8e5c77-8b4a-4b8e-9c3a-0123456789ab"));
    }

    #[test]
    fn an_api_url_takes_the_key_from_its_query_or_the_option() {
        let url = format!("https://api.getpostman.com/collections/{UID}?apikey=q&x=1");
        let r = remote_request(&url, Kind::Collection, Some("k"), POSTMAN_API_URL).unwrap();
        assert_eq!(
            r.url,
            format!("https://api.getpostman.com/collections/{UID}?x=1")
        );
        assert!(r.headers.contains(&("X-Api-Key".into(), "q".into())));
        let other = "https://example.com/c.json";
        let r = remote_request(other, Kind::Collection, Some("k"), POSTMAN_API_URL).unwrap();
        assert!(!r.headers.iter().any(|(k, _)| k == "X-Api-Key"));
    }
}
