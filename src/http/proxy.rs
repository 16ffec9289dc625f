//! Which proxy a request goes through, as postman-request chooses it: `--proxy` for every URL,
//! else `HTTPS_PROXY`/`https_proxy`, then `HTTP_PROXY`/`http_proxy` for https URLs, and
//! `HTTP_PROXY`/`http_proxy` for http URLs (`ALL_PROXY`/`all_proxy` last for both); no proxy for
//! a host `NO_PROXY`/`no_proxy` names. `NO_PROXY` is a comma list of host names (a name also
//! covers its subdomains, a leading `.` or `*.` changes nothing), `host:port`, IP addresses, or
//! `*` for every host.

use base64::Engine as _;

/// How postie talks to a proxy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ProxyKind {
    /// `http://`: absolute-form requests for http URLs, a CONNECT tunnel for https ones.
    Http,
    /// `https://`: as `Http`, over TLS to the proxy.
    Https,
    /// `socks5://` (names resolved here) or `socks5h://` (names resolved by the proxy).
    Socks5 { remote_dns: bool },
}

/// One proxy, parsed.
#[derive(Debug, Clone)]
pub(crate) struct Proxy {
    pub kind: ProxyKind,
    /// Without brackets for an IPv6 address.
    pub host: String,
    pub port: u16,
    /// User name and password from the URL, percent-decoded.
    pub credentials: Option<(String, String)>,
    /// The proxy's URL without credentials, for messages.
    pub url: url::Url,
    /// `Proxy-Authorization` when the URL has credentials, made once.
    authorization: Option<String>,
    /// The URL and credentials, which connections through this proxy are pooled under.
    pub pool_key: String,
}

impl Proxy {
    /// `text` from `what` (`--proxy`, `HTTPS_PROXY`…); no scheme means `http://`.
    pub fn parse(text: &str, what: &str) -> Result<Proxy, String> {
        let text = text.trim();
        let with_scheme = if text.contains("://") {
            text.to_string()
        } else {
            format!("http://{text}")
        };
        let invalid = |why: &str| format!("invalid proxy {text} ({what}): {why}");
        let mut url = url::Url::parse(&with_scheme).map_err(|e| invalid(&e.to_string()))?;
        let kind = match url.scheme() {
            "http" => ProxyKind::Http,
            "https" => ProxyKind::Https,
            "socks5" => ProxyKind::Socks5 { remote_dns: false },
            "socks5h" => ProxyKind::Socks5 { remote_dns: true },
            other => {
                return Err(invalid(&format!(
                    "unsupported scheme {other}: (use http, https, socks5 or socks5h)"
                )))
            }
        };
        let host = url
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or_else(|| invalid("no host"))?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        let port = url.port().unwrap_or(match kind {
            ProxyKind::Http => 80,
            ProxyKind::Https => 443,
            ProxyKind::Socks5 { .. } => 1080,
        });
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        };
        let credentials = (!url.username().is_empty() || url.password().is_some()).then(|| {
            (
                decode(url.username()),
                decode(url.password().unwrap_or_default()),
            )
        });
        let _ = url.set_username("");
        let _ = url.set_password(None);
        let authorization = credentials.as_ref().map(|(user, password)| {
            let token =
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
            format!("Basic {token}")
        });
        let pool_key = format!("{url} {credentials:?}");
        Ok(Proxy {
            kind,
            host,
            port,
            credentials,
            url,
            authorization,
            pool_key,
        })
    }

    /// `Proxy-Authorization` for an HTTP proxy with credentials: `Basic base64(user:password)`.
    pub fn authorization(&self) -> Option<&str> {
        self.authorization.as_deref()
    }

    /// An http URL goes to an HTTP(S) proxy as an absolute-form request, not through a tunnel.
    pub fn forwards(&self, https_target: bool) -> bool {
        !https_target && matches!(self.kind, ProxyKind::Http | ProxyKind::Https)
    }
}

/// One `NO_PROXY` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Zone {
    /// Lower case, without leading dots or `*.`, without brackets.
    host: String,
    port: Option<u16>,
}

impl Zone {
    fn parse(entry: &str) -> Option<Zone> {
        let entry = entry.trim().to_ascii_lowercase();
        let (host, port) = if let Some(rest) = entry.strip_prefix('[') {
            let (host, after) = rest.split_once(']')?;
            (host.to_string(), after.strip_prefix(':'))
        } else if entry.matches(':').count() == 1 {
            let (host, port) = entry.split_once(':')?;
            (host.to_string(), Some(port))
        } else {
            (entry.clone(), None)
        };
        let host = host
            .trim_start_matches("*.")
            .trim_start_matches('.')
            .to_string();
        if host.is_empty() {
            return None;
        }
        Some(Zone {
            host,
            port: port.and_then(|p| p.parse().ok()),
        })
    }

    fn covers(&self, host: &str, port: u16) -> bool {
        let host_ok = host == self.host
            || (host.len() > self.host.len()
                && host.ends_with(&self.host)
                && host.as_bytes()[host.len() - self.host.len() - 1] == b'.');
        host_ok && self.port.is_none_or(|p| p == port)
    }
}

/// The proxies of a run and the hosts that bypass them.
#[derive(Debug, Clone, Default)]
pub(crate) struct Proxies {
    explicit: Option<Proxy>,
    http: Option<Proxy>,
    https: Option<Proxy>,
    /// `NO_PROXY=*`.
    bypass_all: bool,
    no_proxy: Vec<Zone>,
}

impl Proxies {
    /// From `--proxy` and the environment (`env` reads a variable; empty values count as unset).
    pub fn new(
        explicit: Option<&str>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Proxies, String> {
        fn first<'a>(
            env: &dyn Fn(&str) -> Option<String>,
            names: &[&'a str],
        ) -> Option<(&'a str, String)> {
            names.iter().find_map(|name| {
                env(name)
                    .filter(|v| !v.trim().is_empty())
                    .map(|v| (*name, v))
            })
        }
        let var = |names: &[&'static str]| first(&env, names);
        let parse = |found: Option<(&str, String)>| -> Result<Option<Proxy>, String> {
            found
                .map(|(name, value)| Proxy::parse(&value, name))
                .transpose()
        };
        let all = ["ALL_PROXY", "all_proxy"];
        let http = parse(var(&["HTTP_PROXY", "http_proxy", all[0], all[1]]))?;
        let https = parse(var(&[
            "HTTPS_PROXY",
            "https_proxy",
            "HTTP_PROXY",
            "http_proxy",
            all[0],
            all[1],
        ]))?;
        let explicit = explicit
            .filter(|p| !p.trim().is_empty())
            .map(|p| Proxy::parse(p, "--proxy"))
            .transpose()?;
        let no_proxy = var(&["NO_PROXY", "no_proxy"])
            .map(|(_, v)| v)
            .unwrap_or_default();
        Ok(Proxies {
            explicit,
            http,
            https,
            bypass_all: no_proxy.split(',').any(|e| e.trim() == "*"),
            no_proxy: no_proxy.split(',').filter_map(Zone::parse).collect(),
        })
    }

    /// The proxy a request to `url` goes through, if any.
    pub fn for_url(&self, url: &url::Url) -> Option<&Proxy> {
        let https = url.scheme() == "https";
        let proxy = self
            .explicit
            .as_ref()
            .or(if https { &self.https } else { &self.http }.as_ref())?;
        if self.bypass_all {
            return None;
        }
        let host = url
            .host_str()
            .unwrap_or_default()
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_ascii_lowercase();
        let port = url.port_or_known_default().unwrap_or(80);
        let host = host.trim_end_matches('.');
        (!self.no_proxy.iter().any(|z| z.covers(host, port))).then_some(proxy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proxies(vars: &[(&str, &str)], explicit: Option<&str>) -> Proxies {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Proxies::new(explicit, |name| {
            vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
        })
        .unwrap()
    }

    fn via(p: &Proxies, url: &str) -> Option<String> {
        p.for_url(&url::Url::parse(url).unwrap())
            .map(|p| p.url.to_string())
    }

    #[test]
    fn variables_by_scheme_and_case() {
        let p = proxies(
            &[("http_proxy", "http://h:1"), ("HTTPS_PROXY", "https://s:2")],
            None,
        );
        assert_eq!(via(&p, "http://a/").as_deref(), Some("http://h:1/"));
        assert_eq!(via(&p, "https://a/").as_deref(), Some("https://s:2/"));
        let p = proxies(&[("HTTP_PROXY", "h:3")], None);
        assert_eq!(via(&p, "https://a/").as_deref(), Some("http://h:3/"));
        let p = proxies(&[("ALL_PROXY", "socks5h://s")], None);
        assert_eq!(
            p.for_url(&url::Url::parse("http://a").unwrap())
                .unwrap()
                .port,
            1080
        );
        let p = proxies(&[("HTTP_PROXY", "http://h:1")], Some("http://x:9"));
        assert_eq!(via(&p, "http://a/").as_deref(), Some("http://x:9/"));
        assert_eq!(
            via(&proxies(&[("HTTP_PROXY", "")], None), "http://a/"),
            None
        );
    }

    #[test]
    fn no_proxy_entries() {
        let env = [
            ("HTTP_PROXY", "http://p:1"),
            (
                "NO_PROXY",
                " example.com, .internal,*.corp, host:8080 ,10.0.0.1,[::1]:81",
            ),
        ];
        let p = proxies(&env, None);
        for bypassed in [
            "http://example.com/",
            "http://api.example.com/",
            "http://a.internal/",
            "http://internal/",
            "http://x.corp/",
            "http://host:8080/",
            "http://10.0.0.1/",
            "http://[::1]:81/",
            "http://EXAMPLE.com./",
        ] {
            assert_eq!(via(&p, bypassed), None, "{bypassed}");
        }
        for proxied in [
            "http://badexample.com/",
            "http://host/",
            "http://10.0.0.11/",
            "http://[::1]/",
        ] {
            assert!(via(&p, proxied).is_some(), "{proxied}");
        }
        let p = proxies(
            &[("HTTP_PROXY", "http://p:1"), ("no_proxy", "*")],
            Some("http://q"),
        );
        assert_eq!(via(&p, "http://a/"), None);
    }

    #[test]
    fn credentials_and_bad_urls() {
        let p = Proxy::parse("http://us%40er:p%3Ass@h:8", "--proxy").unwrap();
        assert_eq!(p.credentials, Some(("us@er".into(), "p:ss".into())));
        assert_eq!(p.authorization(), Some("Basic dXNAZXI6cDpzcw=="));
        assert_eq!(p.url.as_str(), "http://h:8/");
        let e = Proxy::parse("ftp://h", "HTTPS_PROXY").unwrap_err();
        assert!(
            e.contains("HTTPS_PROXY") && e.contains("unsupported scheme ftp"),
            "{e}"
        );
        assert!(Proxy::parse("::bad::", "--proxy")
            .unwrap_err()
            .starts_with("invalid proxy"));
    }
}
