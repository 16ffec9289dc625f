//! The Rust helpers the embedded JS libraries call, on one object they get as
//! `require('postie:native')` (never a global: scripts cannot reach it).
//!
//! Binary data crosses the boundary as crypto-js word arrays: objects `{words: [int32...], sigBytes}`
//! (big-endian bytes, as crypto-js stores them); results come back in the same shape.

use super::{buffer_text, cipher, digest, html_doc, xml};
use rquickjs::{Ctx, Exception, FromJs, Function, IntoJs, Object, Result, TypedArray, Value};

/// The largest word array a helper takes or makes: the helpers allocate outside the script's
/// memory limit, so they keep to a fraction of it.
const MAX_BYTES: usize = 64 << 20;

thread_local! {
    /// When the running script must stop (`--timeout-script`, `--timeout`): long native loops
    /// check it, as the engine's interrupt handler does for JavaScript.
    static DEADLINE: std::cell::Cell<Option<std::time::Instant>> = const { std::cell::Cell::new(None) };
}

/// Sets (or clears) the running script's deadline for the native helpers.
pub fn set_deadline(deadline: Option<std::time::Instant>) {
    DEADLINE.with(|d| d.set(deadline));
}

fn past_deadline() -> bool {
    DEADLINE.with(|d| d.get().is_some_and(|d| std::time::Instant::now() >= d))
}

/// The significant bytes of a crypto-js word array.
struct Bytes(Vec<u8>);

fn int32_of(value: &Value<'_>) -> i32 {
    if let Some(i) = value.as_int() {
        return i;
    }
    match value.as_float() {
        Some(f) if f.is_finite() => (f.trunc() as i64) as i32,
        _ => 0,
    }
}

impl<'js> FromJs<'js> for Bytes {
    fn from_js(ctx: &Ctx<'js>, value: Value<'js>) -> Result<Self> {
        let obj = Object::from_js(ctx, value)?;
        let words: Vec<Value<'js>> = obj
            .get::<_, Option<Vec<Value<'js>>>>("words")?
            .unwrap_or_default();
        let sig_bytes: f64 = obj.get::<_, Option<f64>>("sigBytes")?.unwrap_or(0.0);
        let len = if sig_bytes.is_finite() && sig_bytes > 0.0 {
            sig_bytes as usize
        } else {
            0
        };
        if len > MAX_BYTES {
            return Err(Exception::throw_range(
                ctx,
                &format!("Invalid array length: a word array of {len} bytes is past the sandbox's {} MiB", MAX_BYTES >> 20),
            ));
        }
        let mut bytes = Vec::with_capacity(len);
        for i in 0..len {
            let word = words.get(i / 4).map_or(0, int32_of) as u32;
            bytes.push((word >> (24 - (i % 4) * 8)) as u8);
        }
        Ok(Bytes(bytes))
    }
}

impl<'js> IntoJs<'js> for Bytes {
    fn into_js(self, ctx: &Ctx<'js>) -> Result<Value<'js>> {
        let words: Vec<i32> = self
            .0
            .chunks(4)
            .map(|c| {
                let mut w = [0u8; 4];
                w[..c.len()].copy_from_slice(c);
                i32::from_be_bytes(w)
            })
            .collect();
        let obj = Object::new(ctx.clone())?;
        obj.set("words", words)?;
        obj.set("sigBytes", self.0.len() as f64)?;
        Ok(obj.into_value())
    }
}

fn thrown<T>(ctx: &Ctx<'_>, result: std::result::Result<T, String>) -> Result<T> {
    result.map_err(|message| Exception::throw_message(ctx, &message))
}

pub fn install<'js>(ctx: &Ctx<'js>) -> Result<Object<'js>> {
    let native = Object::new(ctx.clone())?;
    native.set(
        "hash",
        Function::new(ctx.clone(), |ctx: Ctx<'_>, hasher: String, data: Bytes| {
            thrown(&ctx, digest::hash(&hasher, &data.0)).map(Bytes)
        })?,
    )?;
    native.set(
        "hmac",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'_>, hasher: String, key: Bytes, data: Bytes| {
                thrown(&ctx, digest::hmac(&hasher, &key.0, &data.0)).map(Bytes)
            },
        )?,
    )?;
    native.set(
        "pbkdf2",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'_>,
             hasher: String,
             password: Bytes,
             salt: Bytes,
             iterations: f64,
             key_len: f64| {
                let iterations = if iterations >= 1.0 {
                    iterations.min(u32::MAX as f64) as u32
                } else {
                    1
                };
                let key_len = if key_len > 0.0 {
                    key_len.min((1 << 20) as f64) as usize
                } else {
                    0
                };
                thrown(
                    &ctx,
                    digest::pbkdf2(
                        &hasher,
                        &password.0,
                        &salt.0,
                        iterations,
                        key_len,
                        &past_deadline,
                    ),
                )
                .map(Bytes)
            },
        )?,
    )?;
    native.set(
        "cipher",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'_>,
             algorithm: String,
             mode: String,
             encrypt: bool,
             key: Bytes,
             iv: Bytes,
             data: Bytes| {
                thrown(
                    &ctx,
                    cipher::run(&algorithm, &mode, encrypt, &key.0, &iv.0, &data.0),
                )
                .map(Bytes)
            },
        )?,
    )?;
    native.set(
        "randomBytes",
        Function::new(ctx.clone(), |n: f64| -> Bytes {
            let n = if n > 0.0 {
                n.min((1 << 20) as f64) as usize
            } else {
                0
            };
            Bytes((0..n).map(|_| rand::random::<u8>()).collect())
        })?,
    )?;
    native.set(
        "utf8Parse",
        Function::new(ctx.clone(), |text: String| Bytes(text.into_bytes()))?,
    )?;
    native.set(
        "utf8Stringify",
        Function::new(ctx.clone(), |ctx: Ctx<'_>, data: Bytes| {
            thrown(
                &ctx,
                String::from_utf8(data.0).map_err(|_| "Malformed UTF-8 data".to_string()),
            )
        })?,
    )?;
    native.set(
        "hexStringify",
        Function::new(ctx.clone(), |data: Bytes| {
            data.0
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        })?,
    )?;
    native.set(
        "base64Stringify",
        Function::new(ctx.clone(), |data: Bytes| {
            use base64::Engine;
            base64::engine::general_purpose::STANDARD.encode(&data.0)
        })?,
    )?;
    native.set(
        "bufferToString",
        Function::new(
            ctx.clone(),
            |bytes: TypedArray<'_, u8>, encoding: String, start: f64, end: f64| {
                // SAFETY: no JavaScript runs while the slice is alive (it is encoded into a new string)
                let all = unsafe { bytes.as_bytes() }.unwrap_or_default();
                let index = |at: f64| (at.max(0.0) as usize).min(all.len());
                let (start, end) = (index(start), index(end));
                buffer_text::encode(&all[start.min(end)..end], &encoding)
            },
        )?,
    )?;
    native.set(
        "xmlParse",
        Function::new(ctx.clone(), |ctx: Ctx<'_>, text: String| {
            thrown(&ctx, xml::parse_to_json(&text))
        })?,
    )?;
    native.set("htmlParse", Function::new(ctx.clone(), html_doc::parse_js)?)?;
    Ok(native)
}
