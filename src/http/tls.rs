//! TLS settings from the CLI: extra CAs, client certificates (PEM, encrypted PEM keys, PFX/P12,
//! and `--ssl-client-cert-list`), verification on or off.

use super::certs::{self, CertSpec, MatchPattern, UrlForMatch};
use super::trust::TrustVerifier;
use super::HttpOptions;
use base64::Engine as _;
use rustls::client::danger::ServerCertVerifier;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use std::path::Path;
use std::sync::Arc;

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

fn pem_block(label: &str, der: &[u8]) -> String {
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(&String::from_utf8_lossy(chunk));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

/// The client certificates of a run, in Newman's order: `--ssl-client-cert-list` entries first,
/// then `--ssl-client-cert` for every URL.
#[derive(Default)]
pub struct ClientCerts {
    entries: Vec<(CertSpec, ClientIdentity)>,
}

/// A client certificate chain and its private key.
pub struct ClientIdentity {
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
}

impl ClientIdentity {
    /// The certificates and the last private key of a PEM text.
    fn from_pem(pem: Vec<u8>) -> Result<ClientIdentity, String> {
        use rustls::pki_types::pem::SectionKind;
        let mut reader = std::io::Cursor::new(&pem[..]);
        let mut chain = Vec::new();
        let mut key = None;
        loop {
            match rustls::pki_types::pem::from_buf(&mut reader) {
                Ok(Some((SectionKind::Certificate, der))) => chain.push(der.into()),
                Ok(Some((SectionKind::PrivateKey, der))) => {
                    key = Some(PrivateKeyDer::Pkcs8(der.into()))
                }
                Ok(Some((SectionKind::RsaPrivateKey, der))) => {
                    key = Some(PrivateKeyDer::Pkcs1(der.into()))
                }
                Ok(Some((SectionKind::EcPrivateKey, der))) => {
                    key = Some(PrivateKeyDer::Sec1(der.into()))
                }
                Ok(Some(_)) => return Err("no valid certificate was found".into()),
                Ok(None) => break,
                Err(_) => return Err("invalid identity PEM file".into()),
            }
        }
        match (key, chain.is_empty()) {
            (Some(key), false) => Ok(ClientIdentity { chain, key }),
            _ => Err("private key or certificate not found".into()),
        }
    }
}

impl ClientCerts {
    /// Reads and checks every certificate, key and PFX file named by the options.
    pub fn load(options: &HttpOptions) -> Result<ClientCerts, String> {
        let mut specs = match &options.client_cert_list {
            Some(path) => certs::read_list(path, &options.working_dir)?,
            None => Vec::new(),
        };
        if let Some(cert) = &options.client_cert {
            specs.push(CertSpec {
                name: "client-cert".into(),
                matches: vec![MatchPattern::all_urls()],
                cert: Some(options.working_dir.join(cert)),
                key: options
                    .client_key
                    .as_ref()
                    .map(|k| options.working_dir.join(k)),
                pfx: None,
                passphrase: options.client_passphrase.clone(),
            });
        } else if let Some(key_path) = &options.client_key {
            return Err(format!(
                "client key {} given without --ssl-client-cert",
                key_path.display()
            ));
        }
        let mut entries = Vec::with_capacity(specs.len());
        for spec in specs {
            let identity = load_identity(&spec)?;
            entries.push((spec, identity));
        }
        Ok(ClientCerts { entries })
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The index of the certificate a request to `url` sends, if any.
    pub fn pick(&self, url: &str) -> Option<usize> {
        if self.entries.is_empty() {
            return None;
        }
        let url = UrlForMatch::parse(url);
        self.entries
            .iter()
            .position(|(spec, _)| spec.applies_to(&url))
    }

    pub fn identity(&self, index: usize) -> Option<&ClientIdentity> {
        self.entries.get(index).map(|(_, identity)| identity)
    }
}

/// One certificate entry as an identity: PFX/P12 (by `pfx`, or a `cert` that is not PEM), or
/// PEM certificate and key, the key possibly encrypted (PKCS#8, `passphrase`).
fn load_identity(spec: &CertSpec) -> Result<ClientIdentity, String> {
    let passphrase = spec.passphrase.as_deref();
    if let Some(pfx) = &spec.pfx {
        let bytes = read(pfx, "client certificate (PFX)")?;
        return pkcs12_identity(pfx, &bytes, passphrase);
    }
    let Some(cert_path) = &spec.cert else {
        return Err(format!("certificate '{}' has no cert file", spec.name));
    };
    let cert = read(cert_path, "client certificate")?;
    if is_pkcs12(cert_path, &cert) {
        return pkcs12_identity(cert_path, &cert, passphrase);
    }
    let (key, key_path) = match &spec.key {
        Some(p) => (read(p, "client key")?, p.as_path()),
        None => (Vec::new(), cert_path.as_path()),
    };
    let key = decrypt_pem_key(key_path, &key, passphrase)?;
    let cert = decrypt_pem_key(cert_path, &cert, passphrase)?;
    let mut pem = cert;
    pem.push(b'\n');
    pem.extend_from_slice(&key);
    if !pem.windows(11).any(|w| w == b"PRIVATE KEY") {
        return Err(format!(
            "client certificate {}: no private key found (give it with --ssl-client-key)",
            cert_path.display()
        ));
    }
    ClientIdentity::from_pem(pem).map_err(|e| {
        format!(
            "invalid client certificate/key {}: {e}",
            spec.key.as_deref().unwrap_or(cert_path).display()
        )
    })
}

/// Replaces an `ENCRYPTED PRIVATE KEY` block (PKCS#8, PBES2) by its decrypted `PRIVATE KEY`.
fn decrypt_pem_key(path: &Path, pem: &[u8], passphrase: Option<&str>) -> Result<Vec<u8>, String> {
    const BEGIN: &str = "-----BEGIN ENCRYPTED PRIVATE KEY-----";
    const END: &str = "-----END ENCRYPTED PRIVATE KEY-----";
    let text = String::from_utf8_lossy(pem);
    if text.contains("Proc-Type: 4,ENCRYPTED") {
        return Err(format!(
            "client key {}: this legacy encrypted PEM format is not supported, convert it to \
             PKCS#8 (e.g. `openssl pkcs8 -topk8 -in key.pem -out key-pkcs8.pem`)",
            path.display()
        ));
    }
    let (Some(start), Some(end)) = (text.find(BEGIN), text.find(END)) else {
        return Ok(pem.to_vec());
    };
    if end < start {
        return Err(format!("client key {}: malformed PEM", path.display()));
    }
    let Some(passphrase) = passphrase else {
        return Err(format!(
            "client key {} is encrypted: give its passphrase with --ssl-client-passphrase",
            path.display()
        ));
    };
    let body: String = text[start + BEGIN.len()..end]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let der = base64::engine::general_purpose::STANDARD
        .decode(body)
        .map_err(|e| format!("client key {}: malformed PEM: {e}", path.display()))?;
    let info = pkcs8::EncryptedPrivateKeyInfoRef::try_from(der.as_slice()).map_err(|e| {
        format!(
            "client key {}: malformed encrypted key: {e}",
            path.display()
        )
    })?;
    let plain = info.decrypt(passphrase).map_err(|_| {
        format!(
            "client key {}: wrong passphrase (--ssl-client-passphrase) or unsupported encryption",
            path.display()
        )
    })?;
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..start]);
    out.push_str(&pem_block("PRIVATE KEY", plain.as_bytes()));
    out.push_str(&text[end + END.len()..]);
    Ok(out.into_bytes())
}

/// A PFX/P12 file as a PEM identity: its private key and that key's certificate chain.
fn pkcs12_identity(
    path: &Path,
    bytes: &[u8],
    passphrase: Option<&str>,
) -> Result<ClientIdentity, String> {
    use p12_keystore::error::Error as P12Error;
    let store = p12_keystore::KeyStore::from_pkcs12(
        bytes,
        passphrase.unwrap_or(""),
        p12_keystore::Pkcs12ImportPolicy::Relaxed,
    )
    .map_err(|e| match e {
        P12Error::MacError(_) => format!(
            "client certificate {}: wrong passphrase for the PFX/P12 file (--ssl-client-passphrase)",
            path.display()
        ),
        other => format!(
            "client certificate {}: not a readable PFX/P12 file ({other})",
            path.display()
        ),
    })?;
    let chain = store.entries().find_map(|(_, entry)| match entry {
        p12_keystore::KeyStoreEntry::PrivateKeyChain(chain) if !chain.certs().is_empty() => {
            Some(chain)
        }
        _ => None,
    });
    let Some(chain) = chain else {
        return Err(format!(
            "client certificate {}: the PFX/P12 file holds no private key with its certificate",
            path.display()
        ));
    };
    let mut pem = String::new();
    for cert in chain.certs() {
        pem.push_str(&pem_block("CERTIFICATE", cert.as_der()));
    }
    pem.push_str(&pem_block("PRIVATE KEY", chain.key().as_der()));
    ClientIdentity::from_pem(pem.into_bytes())
        .map_err(|e| format!("invalid client certificate {}: {e}", path.display()))
}

/// The `--ssl-extra-ca-certs` certificates, each usable as a trust anchor.
fn extra_ca_certs(path: &Path) -> Result<Vec<CertificateDer<'static>>, String> {
    let invalid = |e: String| format!("invalid extra CA certificates file {}: {e}", path.display());
    read(path, "extra CA certificates file")?;
    let certs = super::trust::read_pem_certs(path).map_err(invalid)?;
    for cert in &certs {
        rustls::RootCertStore::empty()
            .add(cert.clone())
            .map_err(|e| invalid(e.to_string()))?;
    }
    Ok(certs)
}

/// Accepts any server certificate (`-k`, `strictSSL: false`); handshake signatures are still
/// checked, as the trusting verifier checks them.
#[derive(Debug)]
struct AcceptAnyCertificate(Arc<TrustVerifier>);

impl ServerCertVerifier for AcceptAnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &rustls::pki_types::ServerName<'_>,
        _ocsp_response: &[u8],
        _now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

/// The server certificate verifiers of a run, made once and shared by all its TLS settings:
/// the `--ssl-extra-ca-certs` file is read once and the trust store (`trust.rs`) built once.
pub struct Verifiers {
    provider: Arc<rustls::crypto::CryptoProvider>,
    trusted: Arc<TrustVerifier>,
    any: Arc<AcceptAnyCertificate>,
}

impl Verifiers {
    /// Fails on an unreadable or invalid `--ssl-extra-ca-certs` file, even with `-k`.
    pub fn load(options: &HttpOptions) -> Result<Verifiers, String> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let extra = match &options.extra_ca_certs {
            Some(path) => extra_ca_certs(path)?,
            None => Vec::new(),
        };
        let trusted = Arc::new(TrustVerifier::new(provider.clone(), extra));
        Ok(Verifiers {
            any: Arc::new(AcceptAnyCertificate(trusted.clone())),
            trusted,
            provider,
        })
    }
}

/// The rustls settings of our own transport: the trusted certificates (`trust.rs`), a client
/// certificate, `-k`; TLS 1.2 and 1.3, ALPN `http/1.1` only, SNI.
pub fn rustls_config(
    verifiers: &Verifiers,
    verify: bool,
    identity: Option<&ClientIdentity>,
) -> Result<Arc<rustls::ClientConfig>, String> {
    let builder = rustls::ClientConfig::builder_with_provider(verifiers.provider.clone())
        .with_protocol_versions(rustls::ALL_VERSIONS)
        .map_err(|e| format!("unable to set up TLS: {e}"))?
        .dangerous();
    let builder = if verify {
        builder.with_custom_certificate_verifier(verifiers.trusted.clone())
    } else {
        builder.with_custom_certificate_verifier(verifiers.any.clone())
    };
    let mut config = match identity {
        Some(id) => builder
            .with_client_auth_cert(id.chain.clone(), id.key.clone_key())
            .map_err(|e| format!("invalid client certificate/key: {e}"))?,
        None => builder.with_no_client_auth(),
    };
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}
