//! Which server certificates are trusted, in this order:
//! 1. the system's store (`rustls-native-certs`), or the files of `SSL_CERT_FILE` and the
//!    folders of `SSL_CERT_DIR` instead when either is set (as OpenSSL reads them); the
//!    built-in Mozilla roots (`webpki-roots`) when that gives no certificate;
//! 2. plus `NODE_EXTRA_CA_CERTS` (a PEM file; unreadable: a warning, as Node prints it);
//! 3. plus `--ssl-extra-ca-certs` (unreadable or empty: an error).
//!
//! A self-signed server certificate given in 2 or 3 is trusted for itself, as OpenSSL (Node)
//! trusts it, even when webpki would refuse it as a trust anchor used as an end entity: its
//! exact bytes, its host names and its validity dates are checked; everything else goes to
//! webpki. The system store is read once per run, at the first https request.

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, RootCertStore, SignatureScheme};
use std::sync::{Arc, OnceLock};

/// The roots of 1 and 2, read once.
struct SharedRoots {
    system: Vec<CertificateDer<'static>>,
    node_extra: Vec<CertificateDer<'static>>,
    /// The system store was empty: the built-in roots are used.
    builtin: bool,
}

fn shared_roots() -> &'static SharedRoots {
    static ROOTS: OnceLock<SharedRoots> = OnceLock::new();
    ROOTS.get_or_init(|| {
        let system = rustls_native_certs::load_native_certs().certs;
        let builtin = system.is_empty();
        let mut node_extra = Vec::new();
        if let Some(path) = std::env::var_os("NODE_EXTRA_CA_CERTS").filter(|p| !p.is_empty()) {
            let path = std::path::PathBuf::from(path);
            match read_pem_certs(&path) {
                Ok(certs) => node_extra = certs,
                Err(e) => eprintln!(
                    "Warning: Ignoring extra certs from `{}`, load failed: {e}",
                    path.display()
                ),
            }
        }
        SharedRoots {
            system,
            node_extra,
            builtin,
        }
    })
}

/// The certificates of a PEM file.
pub fn read_pem_certs(path: &std::path::Path) -> Result<Vec<CertificateDer<'static>>, String> {
    use rustls::pki_types::pem::PemObject;
    let pem = std::fs::read(path).map_err(|e| e.to_string())?;
    let certs = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    if certs.is_empty() {
        return Err("no PEM certificate found".into());
    }
    Ok(certs)
}

/// Whether `der` is a certificate whose issuer is its subject.
fn is_self_signed(der: &CertificateDer<'_>) -> bool {
    use x509_parser::prelude::FromDer;
    x509_parser::certificate::X509Certificate::from_der(der)
        .is_ok_and(|(_, cert)| cert.issuer().as_raw() == cert.subject().as_raw())
}

fn within_dates(der: &CertificateDer<'_>, now: UnixTime) -> bool {
    use x509_parser::prelude::FromDer;
    let Ok((_, cert)) = x509_parser::certificate::X509Certificate::from_der(der) else {
        return false;
    };
    let now = now.as_secs() as i64;
    let validity = cert.validity();
    validity.not_before.timestamp() <= now && now <= validity.not_after.timestamp()
}

/// Verifies server certificates against the roots above and the given extra certificates.
#[derive(Debug)]
pub struct TrustVerifier {
    provider: Arc<CryptoProvider>,
    /// `--ssl-extra-ca-certs`.
    extra: Vec<CertificateDer<'static>>,
    /// Self-signed certificates among `extra` and `NODE_EXTRA_CA_CERTS`, trusted for themselves.
    pinned: OnceLock<Vec<CertificateDer<'static>>>,
    webpki: OnceLock<Result<Arc<WebPkiServerVerifier>, rustls::Error>>,
}

impl TrustVerifier {
    pub fn new(provider: Arc<CryptoProvider>, extra: Vec<CertificateDer<'static>>) -> Self {
        TrustVerifier {
            provider,
            extra,
            pinned: OnceLock::new(),
            webpki: OnceLock::new(),
        }
    }

    fn pinned(&self) -> &[CertificateDer<'static>] {
        self.pinned.get_or_init(|| {
            shared_roots()
                .node_extra
                .iter()
                .chain(&self.extra)
                .filter(|c| is_self_signed(c))
                .cloned()
                .collect()
        })
    }

    fn webpki(&self) -> Result<&Arc<WebPkiServerVerifier>, rustls::Error> {
        self.webpki
            .get_or_init(|| {
                let mut roots = RootCertStore::empty();
                let shared = shared_roots();
                if shared.builtin {
                    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
                }
                let all = shared.system.iter().chain(&shared.node_extra);
                roots.add_parsable_certificates(all.chain(&self.extra).cloned());
                WebPkiServerVerifier::builder_with_provider(Arc::new(roots), self.provider.clone())
                    .build()
                    .map_err(|e| rustls::Error::General(e.to_string()))
            })
            .as_ref()
            .map_err(Clone::clone)
    }
}

impl ServerCertVerifier for TrustVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if self
            .pinned()
            .iter()
            .any(|c| c.as_ref() == end_entity.as_ref())
        {
            let parsed = rustls::server::ParsedCertificate::try_from(end_entity)?;
            rustls::client::verify_server_name(&parsed, server_name)?;
            if !within_dates(end_entity, now) {
                return Err(rustls::Error::InvalidCertificate(
                    rustls::CertificateError::Expired,
                ));
            }
            return Ok(ServerCertVerified::assertion());
        }
        self.webpki()?.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        )
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustls::pki_types::pem::PemObject;

    fn cert(name: &str) -> CertificateDer<'static> {
        let path = format!("{}/fixtures/tls/{name}", env!("CARGO_MANIFEST_DIR"));
        CertificateDer::from_pem_file(path).unwrap()
    }

    fn verify(verifier: &TrustVerifier, leaf: &CertificateDer<'_>, host: &str) -> bool {
        let name = ServerName::try_from(host.to_string()).unwrap();
        verifier
            .verify_server_cert(leaf, &[], &name, &[], UnixTime::now())
            .is_ok()
    }

    #[test]
    fn a_given_self_signed_certificate_is_trusted_for_its_own_names() {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let own = cert("self-signed.pem");
        let verifier = TrustVerifier::new(provider.clone(), vec![own.clone()]);
        assert!(verify(&verifier, &own, "localhost"));
        assert!(verify(&verifier, &own, "127.0.0.1"));
        assert!(!verify(&verifier, &own, "example.com"));
        // a CA-signed leaf given as an extra certificate is no anchor for itself
        let leaf = cert("server.pem");
        let verifier = TrustVerifier::new(provider, vec![leaf.clone()]);
        assert!(!verify(&verifier, &leaf, "localhost"));
        assert!(is_self_signed(&own) && !is_self_signed(&leaf));
    }
}
