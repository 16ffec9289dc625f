//! The Rust helpers the embedded JS calls, on the hidden global object `__postie_native`.

use super::{cipher, digest, xml};
use rquickjs::{Ctx, Exception, Function, Object, Result};

/// Name of the hidden global the JS libraries read their helpers from.
pub const NATIVE_GLOBAL: &str = "__postie_native";

fn thrown<T>(ctx: &Ctx<'_>, result: std::result::Result<T, String>) -> Result<T> {
    result.map_err(|message| Exception::throw_message(ctx, &message))
}

pub fn install(ctx: &Ctx<'_>) -> Result<()> {
    let native = Object::new(ctx.clone())?;
    native.set(
        "hash",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'_>, hasher: String, data: Vec<u8>| {
                thrown(&ctx, digest::hash(&hasher, &data))
            },
        )?,
    )?;
    native.set(
        "hmac",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'_>, hasher: String, key: Vec<u8>, data: Vec<u8>| {
                thrown(&ctx, digest::hmac(&hasher, &key, &data))
            },
        )?,
    )?;
    native.set(
        "pbkdf2",
        Function::new(
            ctx.clone(),
            |ctx: Ctx<'_>,
             hasher: String,
             password: Vec<u8>,
             salt: Vec<u8>,
             iterations: u32,
             key_len: u32| {
                thrown(
                    &ctx,
                    digest::pbkdf2(
                        &hasher,
                        &password,
                        &salt,
                        iterations.max(1),
                        key_len as usize,
                    ),
                )
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
             key: Vec<u8>,
             iv: Vec<u8>,
             data: Vec<u8>| {
                thrown(
                    &ctx,
                    cipher::run(&algorithm, &mode, encrypt, &key, &iv, &data),
                )
            },
        )?,
    )?;
    native.set(
        "randomBytes",
        Function::new(ctx.clone(), |n: u32| -> Vec<u8> {
            (0..n.min(1 << 20)).map(|_| rand::random::<u8>()).collect()
        })?,
    )?;
    native.set(
        "xmlParse",
        Function::new(ctx.clone(), |ctx: Ctx<'_>, text: String| {
            thrown(&ctx, xml::parse_to_json(&text))
        })?,
    )?;
    ctx.globals().set(NATIVE_GLOBAL, native)?;
    Ok(())
}
