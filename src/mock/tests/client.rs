//! A small blocking client for the mock's tests, over postie's own `HttpClient` (kept-alive
//! connections, no redirects followed): `Client::new().post(url).header(k, v).body(b).send()`.

use crate::collection::model::ProtocolProfileBehavior;
use crate::http::{HttpClient, HttpOptions, PreparedRequest, RequestError, SentHeader};

pub struct Client(HttpClient);

impl Client {
    pub fn new() -> Client {
        Client(HttpClient::new(&HttpOptions::default()).unwrap())
    }

    pub fn request(&self, method: &str, url: impl Into<String>) -> RequestBuilder<'_> {
        RequestBuilder {
            client: self,
            method: method.to_string(),
            url: url.into(),
            headers: Vec::new(),
            body: None,
        }
    }

    pub fn get(&self, url: impl Into<String>) -> RequestBuilder<'_> {
        self.request("GET", url)
    }

    pub fn post(&self, url: impl Into<String>) -> RequestBuilder<'_> {
        self.request("POST", url)
    }

    pub fn delete(&self, url: impl Into<String>) -> RequestBuilder<'_> {
        self.request("DELETE", url)
    }

    pub fn head(&self, url: impl Into<String>) -> RequestBuilder<'_> {
        self.request("HEAD", url)
    }
}

pub struct RequestBuilder<'a> {
    client: &'a Client,
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<Vec<u8>>,
}

impl RequestBuilder<'_> {
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.body = Some(body.into());
        self
    }

    /// Adds the pairs to the URL's query, form-encoded.
    pub fn query<K: AsRef<str>, V: AsRef<str>>(mut self, pairs: &[(K, V)]) -> Self {
        let mut url = url::Url::parse(&self.url).unwrap();
        url.query_pairs_mut()
            .extend_pairs(pairs.iter().map(|(k, v)| (k.as_ref(), v.as_ref())));
        self.url = url.to_string();
        self
    }

    pub fn send(self) -> Result<Response, RequestError> {
        let url = url::Url::parse(&self.url).unwrap();
        let host = format!(
            "{}:{}",
            url.host_str().unwrap_or_default(),
            url.port().unwrap_or(80)
        );
        let mut headers = vec![("Host".to_string(), host)];
        headers.extend(self.headers);
        if let Some(body) = &self.body {
            headers.push(("Content-Length".into(), body.len().to_string()));
        }
        let request = PreparedRequest {
            method: self.method,
            url: self.url,
            headers: headers
                .into_iter()
                .map(|(key, value)| SentHeader {
                    key,
                    value,
                    system: false,
                })
                .collect(),
            body: self.body,
            ..Default::default()
        };
        let behavior = ProtocolProfileBehavior {
            follow_redirects: Some(false),
            ..Default::default()
        };
        let response = self.client.0.send(&request, &behavior)?;
        Ok(Response {
            status: response.code,
            headers: Headers(response.headers),
            body: response.body,
        })
    }
}

pub struct Response {
    status: u16,
    headers: Headers,
    body: Vec<u8>,
}

impl Response {
    pub fn status(&self) -> u16 {
        self.status
    }

    pub fn headers(&self) -> &Headers {
        &self.headers
    }

    pub fn text(self) -> Result<String, std::string::FromUtf8Error> {
        String::from_utf8(self.body)
    }
}

/// Response headers, names matched in any case.
#[derive(Clone)]
pub struct Headers(Vec<(String, String)>);

impl Headers {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.get_all(name).into_iter().next()
    }

    pub fn get_all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

impl std::ops::Index<&str> for Headers {
    type Output = String;

    fn index(&self, name: &str) -> &String {
        let found = self.0.iter().find(|(k, _)| k.eq_ignore_ascii_case(name));
        &found.unwrap().1
    }
}
