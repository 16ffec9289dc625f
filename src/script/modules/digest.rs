//! Hashes, HMAC and PBKDF2 behind crypto-js's hashers (names as crypto-js spells them).

use hmac::{Mac, SimpleHmac};
use sha2::Digest;

fn digest_of<D: Digest>(data: &[u8]) -> Vec<u8> {
    D::digest(data).to_vec()
}

fn hmac_of<D: Digest + hmac::digest::core_api::BlockSizeUser>(key: &[u8], data: &[u8]) -> Vec<u8> {
    match <SimpleHmac<D> as Mac>::new_from_slice(key) {
        Ok(mut mac) => {
            mac.update(data);
            mac.finalize().into_bytes().to_vec()
        }
        // SimpleHmac accepts keys of every length; this arm cannot be reached.
        Err(_) => Vec::new(),
    }
}

/// `hasher` is "MD5", "SHA1", "SHA224", "SHA256", "SHA384", "SHA512", "RIPEMD160" or "SHA3-<bits>"
/// (crypto-js's SHA3 is the original Keccak, 224/256/384/512 bits).
pub fn hash(hasher: &str, data: &[u8]) -> Result<Vec<u8>, String> {
    Ok(match hasher {
        "MD5" => digest_of::<md5::Md5>(data),
        "SHA1" => digest_of::<sha1::Sha1>(data),
        "SHA224" => digest_of::<sha2::Sha224>(data),
        "SHA256" => digest_of::<sha2::Sha256>(data),
        "SHA384" => digest_of::<sha2::Sha384>(data),
        "SHA512" => digest_of::<sha2::Sha512>(data),
        "RIPEMD160" => digest_of::<ripemd::Ripemd160>(data),
        "SHA3-224" => digest_of::<sha3::Keccak224>(data),
        "SHA3-256" => digest_of::<sha3::Keccak256>(data),
        "SHA3-384" => digest_of::<sha3::Keccak384>(data),
        "SHA3-512" => digest_of::<sha3::Keccak512>(data),
        other => return Err(format!("unsupported hasher {other}")),
    })
}

pub fn hmac(hasher: &str, key: &[u8], data: &[u8]) -> Result<Vec<u8>, String> {
    Ok(match hasher {
        "MD5" => hmac_of::<md5::Md5>(key, data),
        "SHA1" => hmac_of::<sha1::Sha1>(key, data),
        "SHA224" => hmac_of::<sha2::Sha224>(key, data),
        "SHA256" => hmac_of::<sha2::Sha256>(key, data),
        "SHA384" => hmac_of::<sha2::Sha384>(key, data),
        "SHA512" => hmac_of::<sha2::Sha512>(key, data),
        "RIPEMD160" => hmac_of::<ripemd::Ripemd160>(key, data),
        "SHA3-224" => hmac_of::<sha3::Keccak224>(key, data),
        "SHA3-256" => hmac_of::<sha3::Keccak256>(key, data),
        "SHA3-384" => hmac_of::<sha3::Keccak384>(key, data),
        "SHA3-512" => hmac_of::<sha3::Keccak512>(key, data),
        other => return Err(format!("unsupported hasher {other}")),
    })
}

/// PBKDF2 with HMAC over `hasher`, `key_len` bytes of output.
pub fn pbkdf2(
    hasher: &str,
    password: &[u8],
    salt: &[u8],
    iterations: u32,
    key_len: usize,
    stop: &dyn Fn() -> bool,
) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(key_len);
    let mut block_index: u32 = 1;
    while out.len() < key_len {
        let mut first = salt.to_vec();
        first.extend_from_slice(&block_index.to_be_bytes());
        let mut u = hmac(hasher, password, &first)?;
        let mut t = u.clone();
        for i in 1..iterations {
            if i % 1024 == 0 && stop() {
                return Err("PBKDF2 stopped: the script ran out of time".into());
            }
            u = hmac(hasher, password, &u)?;
            t.iter_mut().zip(&u).for_each(|(a, b)| *a ^= b);
        }
        out.extend_from_slice(&t);
        block_index = block_index.wrapping_add(1);
    }
    out.truncate(key_len);
    Ok(out)
}
