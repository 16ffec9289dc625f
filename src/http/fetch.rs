//! A plain GET through postie's own client, for inputs given as URLs (Newman's `fetchJson`/`fetch`):
//! the same transport, proxy and TLS settings as the run's requests.

use super::{HttpClient, PreparedRequest, SentHeader};
use crate::collection::model::ProtocolProfileBehavior;

/// GETs `url` with `headers` (plus `Host`); returns the status code and the (decoded) body.
pub fn get(
    client: &HttpClient,
    url: &str,
    headers: &[(String, String)],
) -> Result<(u16, Vec<u8>), String> {
    let parsed = url::Url::parse(url).map_err(|e| format!("invalid URL: {e}"))?;
    let mut host = parsed.host_str().unwrap_or_default().to_string();
    if let Some(port) = parsed.port() {
        host.push_str(&format!(":{port}"));
    }
    let mut sent: Vec<SentHeader> = headers
        .iter()
        .map(|(key, value)| SentHeader {
            key: key.clone(),
            value: value.clone(),
            system: false,
        })
        .collect();
    sent.push(SentHeader {
        key: "Host".into(),
        value: host,
        system: true,
    });
    let request = PreparedRequest {
        method: "GET".into(),
        url: parsed.to_string(),
        headers: sent,
        ..PreparedRequest::default()
    };
    let response = client
        .send(&request, &ProtocolProfileBehavior::default())
        .map_err(|e| e.message)?;
    Ok((response.code, response.body))
}
