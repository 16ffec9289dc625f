//! Name lookups, remembered for a minute as curl does. A run sends many requests to few hosts
//! within a second; asking the resolver each time can overrun one that drops bursts of
//! queries, and a dropped query costs a five-second retry that ends as a request timeout.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

const REMEMBERED_FOR: Duration = Duration::from_secs(60);

/// A host's addresses, or `None` when the name does not exist.
type Answer = Option<Vec<IpAddr>>;

fn cache() -> &'static Mutex<HashMap<String, (Instant, Answer)>> {
    static CACHE: OnceLock<Mutex<HashMap<String, (Instant, Answer)>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

fn remembered(host: &str) -> Option<Answer> {
    let cache = cache().lock().ok()?;
    let (at, answer) = cache.get(host)?;
    (at.elapsed() < REMEMBERED_FOR).then(|| answer.clone())
}

fn remember(host: &str, answer: Answer) {
    if let Ok(mut cache) = cache().lock() {
        cache.insert(host.to_string(), (Instant::now(), answer));
    }
}

/// The addresses of `host`, `None` when it has none. A temporary failure is not remembered.
pub async fn lookup(host: &str, port: u16) -> Option<Vec<SocketAddr>> {
    let with_port = |ips: Vec<IpAddr>| {
        ips.into_iter()
            .map(|ip| SocketAddr::new(ip, port))
            .collect()
    };
    if let Some(answer) = remembered(host) {
        return answer.map(with_port);
    }
    match tokio::net::lookup_host((host, port)).await {
        Ok(addrs) => {
            let ips: Vec<IpAddr> = addrs.map(|a| a.ip()).collect();
            remember(host, Some(ips.clone()));
            Some(with_port(ips))
        }
        Err(e) => {
            if !e.to_string().contains("Temporary failure") {
                remember(host, None);
            }
            None
        }
    }
}
