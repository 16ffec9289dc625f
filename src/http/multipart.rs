//! multipart/form-data bodies laid out byte for byte as @postman/form-data does (checked against
//! Newman 6.2.2's wire): `--BOUNDARY\r\nContent-Disposition: form-data; name="k"[; filename="f"]\r\n`
//! `[Content-Type: t\r\n]\r\n<data>\r\n` per part, then `--BOUNDARY--\r\n`. A file part's type comes
//! from its extension (application/octet-stream when unknown); a file that cannot be read is
//! left out with Newman's console warning.

use super::files::FileAccess;
use crate::collection::model::FormParam;
use serde_json::Value;
use std::path::Path;

/// One part of a multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct FormPart {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: Vec<u8>,
}

/// Where the `mime-db` crate (a newer mime-db) and Newman 6.2.2's `mime-types` (mime-db 1.52)
/// disagree, Newman's answer; `None` means it knows no type. Checked extension by extension.
fn newman_mime_override(ext: &str) -> Option<Option<&'static str>> {
    Some(match ext {
        "appinstaller" | "appx" | "appxbundle" | "aml" | "amlx" | "cwl" | "msix" | "msixbundle"
        | "xsf" | "ggs" | "xdcf" | "bdo" | "xhtm" | "uo" | "adts" | "dib" | "dpx" | "jxl"
        | "btf" | "jt" | "u3d" | "bary" | "cld" | "pyo" | "pyox" | "usda" | "wgsl" | "m2t"
        | "m2ts" => None,
        "fdf" => Some("application/vnd.fdf"),
        "mp4" | "mpg4" => Some("video/mp4"),
        "exe" => Some("application/x-msdos-program"),
        "dll" | "msi" => Some("application/x-msdownload"),
        "deb" => Some("application/x-debian-package"),
        "dmg" => Some("application/x-apple-diskimage"),
        "iso" => Some("application/x-iso9660-image"),
        "sql" => Some("application/x-sql"),
        "stl" => Some("model/stl"),
        "wmf" => Some("image/wmf"),
        "emf" => Some("image/emf"),
        "obj" => Some("model/obj"),
        "xlf" => Some("application/xliff+xml"),
        "3gpp" => Some("video/3gpp"),
        "aac" => Some("audio/x-aac"),
        "mp3" => Some("audio/mpeg"),
        "wav" => Some("audio/wave"),
        "jpgm" => Some("video/jpm"),
        "sub" => Some("text/vnd.dvb.subtitle"),
        "x3db" => Some("model/x3d+fastinfoset"),
        "x3dv" => Some("model/x3d-vrml"),
        "mjs" => Some("application/javascript"),
        "es" => Some("application/ecmascript"),
        _ => return None,
    })
}

/// The MIME type Node's `mime.lookup(path)` gives for a file name (Newman's file parts).
pub(crate) fn mime_of(path: &Path) -> Option<String> {
    let ext = path.extension()?.to_string_lossy().to_lowercase();
    if let Some(known) = newman_mime_override(&ext) {
        return known.map(str::to_string);
    }
    mime_db::lookup(&ext).map(str::to_string)
}

pub(crate) fn form_parts(
    params: &[FormParam],
    files: &FileAccess,
    warnings: &mut Vec<String>,
) -> Vec<FormPart> {
    let mut parts = Vec::new();
    for p in params.iter().filter(|p| !p.disabled) {
        let user_type = p.content_type.clone().filter(|t| !t.is_empty());
        if p.kind.as_deref() != Some("file") {
            parts.push(FormPart {
                name: p.key.clone(),
                filename: None,
                content_type: user_type,
                data: p.value.clone().unwrap_or_default().into_bytes(),
            });
            continue;
        }
        let sources: Vec<String> = match &p.src {
            Some(Value::String(s)) if !s.is_empty() => vec![s.clone()],
            Some(Value::Array(list)) if !list.is_empty() => list
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        };
        if sources.is_empty() {
            if let Some(v) = p.value.as_deref().filter(|v| !v.is_empty()) {
                use base64::Engine;
                let data = base64::engine::general_purpose::STANDARD
                    .decode(v)
                    .unwrap_or_default();
                parts.push(FormPart {
                    name: p.key.clone(),
                    filename: None,
                    content_type: user_type.or(Some("application/octet-stream".into())),
                    data,
                });
                continue;
            }
            warnings.push(format!(
                "Form param `{}`, file load error: missing file source",
                p.key
            ));
            parts.push(FormPart {
                name: p.key.clone(),
                filename: Some(String::new()),
                content_type: user_type,
                data: Vec::new(),
            });
            continue;
        }
        for src in sources {
            match files.read(&src) {
                Ok((path, data)) => parts.push(FormPart {
                    name: p.key.clone(),
                    filename: path.file_name().map(|n| n.to_string_lossy().into_owned()),
                    content_type: user_type
                        .clone()
                        .or_else(|| mime_of(&path))
                        .or(Some("application/octet-stream".into())),
                    data,
                }),
                Err(e) => warnings.push(format!("Form param `{}`, file load error: {e}", p.key)),
            }
        }
    }
    parts
}

/// `filename*` for names outside form-data's plain range (RFC 8187, as @postman/form-data does).
fn extended_filename(name: &str) -> Option<String> {
    let plain = name
        .chars()
        .all(|c| c == '\t' || (' '..='~').contains(&c) || ('\u{80}'..='\u{ff}').contains(&c));
    if plain {
        return None;
    }
    let mut enc = String::new();
    for b in name.bytes() {
        let c = b as char;
        if b.is_ascii_alphanumeric() || "-_.!~|`^".contains(c) {
            enc.push(c);
        } else {
            enc.push_str(&format!("%{b:02X}"));
        }
    }
    Some(format!("UTF-8''{enc}"))
}

pub fn multipart(parts: &[FormPart], boundary: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for part in parts {
        out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        let mut disposition = format!("Content-Disposition: form-data; name=\"{}\"", part.name);
        if let Some(f) = &part.filename {
            disposition.push_str(&format!("; filename=\"{f}\""));
            if let Some(ext) = extended_filename(f) {
                disposition.push_str(&format!("; filename*={ext}"));
            }
        }
        out.extend_from_slice(disposition.as_bytes());
        out.extend_from_slice(b"\r\n");
        if let Some(t) = &part.content_type {
            out.extend_from_slice(format!("Content-Type: {t}\r\n").as_bytes());
        }
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&part.data);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    out
}

/// form-data's boundary: 26 dashes and 24 random digits.
pub fn random_boundary() -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    let digits: String = (0..24)
        .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
        .collect();
    format!("--------------------------{digits}")
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    #[test]
    fn mime_types_as_node_mime_types_gives_them() {
        let m = |f: &str| super::mime_of(Path::new(f));
        assert_eq!(m("a.txt").as_deref(), Some("text/plain"));
        assert_eq!(m("a.JSON").as_deref(), Some("application/json"));
        assert_eq!(m("a.js").as_deref(), Some("application/javascript"));
        assert_eq!(m("a.xml").as_deref(), Some("application/xml"));
        assert_eq!(m("a.yml").as_deref(), Some("text/yaml"));
        assert_eq!(m("a.py"), None);
        assert_eq!(m("noext"), None);
        assert_eq!(m("a.png").as_deref(), Some("image/png"));
        // corpus: Xray's `sum.feature` goes as application/octet-stream under Newman
        assert_eq!(m("sum.feature"), None);
        assert_eq!(m("a.mp3").as_deref(), Some("audio/mpeg"));
        assert_eq!(m("a.exe").as_deref(), Some("application/x-msdos-program"));
        assert_eq!(m("a.csv").as_deref(), Some("text/csv"));
    }
}
