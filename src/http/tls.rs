//! TLS settings from the CLI: extra CAs, a client certificate, verification on or off.

use super::HttpOptions;
use reqwest::ClientBuilder;
use std::path::Path;

fn read(path: &Path, what: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("unable to read {what} {}: {e}", path.display()))
}

fn is_pkcs12(path: &Path, bytes: &[u8]) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    ext == "pfx" || ext == "p12" || !bytes.windows(11).any(|w| w == b"-----BEGIN ")
}

/// Adds `--ssl-extra-ca-certs`, the client certificate and `-k` to a client builder.
pub fn configure(
    mut builder: ClientBuilder,
    options: &HttpOptions,
    verify: bool,
) -> Result<ClientBuilder, String> {
    if let Some(path) = &options.extra_ca_certs {
        let pem = read(path, "extra CA certificates file")?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem)
            .map_err(|e| format!("invalid extra CA certificates file {}: {e}", path.display()))?;
        if certs.is_empty() {
            return Err(format!(
                "invalid extra CA certificates file {}: no PEM certificate found",
                path.display()
            ));
        }
        for cert in certs {
            builder = builder.add_root_certificate(cert);
        }
    }
    if let Some(cert_path) = &options.client_cert {
        let cert = read(cert_path, "client certificate")?;
        if is_pkcs12(cert_path, &cert) {
            return Err(format!(
                "client certificate {}: PKCS#12/PFX certificates are not supported, use PEM \
                 (e.g. `openssl pkcs12 -in cert.p12 -out cert.pem -nodes`)",
                cert_path.display()
            ));
        }
        let key = match &options.client_key {
            Some(p) => read(p, "client key")?,
            None => Vec::new(),
        };
        if key.windows(9).any(|w| w == b"ENCRYPTED") || cert.windows(9).any(|w| w == b"ENCRYPTED") {
            return Err(format!(
                "client key {}: encrypted private keys (--ssl-client-passphrase) are not supported, \
                 decrypt it first (e.g. `openssl pkey -in key.pem -out key-plain.pem`)",
                options
                    .client_key
                    .as_deref()
                    .unwrap_or(cert_path)
                    .display()
            ));
        }
        let mut pem = cert.clone();
        pem.push(b'\n');
        pem.extend_from_slice(&key);
        let identity = reqwest::Identity::from_pem(&pem).map_err(|e| {
            format!(
                "invalid client certificate/key {}: {e}",
                cert_path.display()
            )
        })?;
        builder = builder.identity(identity);
    } else if let Some(key_path) = &options.client_key {
        return Err(format!(
            "client key {} given without --ssl-client-cert",
            key_path.display()
        ));
    }
    if !verify {
        builder = builder.danger_accept_invalid_certs(true);
    }
    Ok(builder)
}
