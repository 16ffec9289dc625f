//! Block ciphers (AES, DES, TripleDES; Rijndael for crypto-js's other AES key sizes) and crypto-js's block modes. Padding is done in JS, as crypto-js does;
//! input that is not a whole number of blocks is zero-extended and the output cut back to the input's length.

use super::rijndael::Rijndael;
use aes::cipher::generic_array::GenericArray;
use aes::cipher::{BlockDecrypt, BlockEncrypt, KeyInit};

enum Block {
    Aes128(aes::Aes128),
    Aes192(aes::Aes192),
    Aes256(aes::Aes256),
    Des(des::Des),
    TripleDes(des::TdesEde3),
    Rijndael(Box<Rijndael>),
}

macro_rules! each_cipher {
    ($self:expr, $block:expr, $c:ident => $body:expr, $r:ident => $rbody:expr) => {
        match $self {
            Block::Aes128($c) => $body,
            Block::Aes192($c) => $body,
            Block::Aes256($c) => $body,
            Block::Des($c) => $body,
            Block::TripleDes($c) => $body,
            Block::Rijndael($r) => $rbody,
        }
    };
}

impl Block {
    fn new(algorithm: &str, key: &[u8]) -> Result<Block, String> {
        let sized = |len: usize| {
            let mut k = key.to_vec();
            k.resize(len, 0);
            k
        };
        let bad = |_| format!("invalid {algorithm} key");
        Ok(match (algorithm, key.len()) {
            ("AES", 16) => Block::Aes128(aes::Aes128::new_from_slice(key).map_err(bad)?),
            ("AES", 24) => Block::Aes192(aes::Aes192::new_from_slice(key).map_err(bad)?),
            ("AES", 32) => Block::Aes256(aes::Aes256::new_from_slice(key).map_err(bad)?),
            ("AES", n) => match Rijndael::new(key) {
                Some(r) => Block::Rijndael(Box::new(r)),
                None => {
                    return Err(format!(
                        "unsupported AES key length: {n} bytes (not a whole number of 32-bit words)"
                    ))
                }
            },
            ("DES", _) => Block::Des(des::Des::new_from_slice(&sized(8)).map_err(bad)?),
            ("TripleDES", _) => {
                Block::TripleDes(des::TdesEde3::new_from_slice(&sized(24)).map_err(bad)?)
            }
            (other, _) => return Err(format!("unsupported cipher {other}")),
        })
    }

    fn size(&self) -> usize {
        match self {
            Block::Aes128(_) | Block::Aes192(_) | Block::Aes256(_) | Block::Rijndael(_) => 16,
            Block::Des(_) | Block::TripleDes(_) => 8,
        }
    }

    fn encrypt(&self, block: &mut [u8]) {
        each_cipher!(self, block, c => c.encrypt_block(GenericArray::from_mut_slice(block)), r => r.encrypt(block))
    }

    fn decrypt(&self, block: &mut [u8]) {
        each_cipher!(self, block, c => c.decrypt_block(GenericArray::from_mut_slice(block)), r => r.decrypt(block))
    }
}

fn xor(into: &mut [u8], with: &[u8]) {
    into.iter_mut().zip(with).for_each(|(a, b)| *a ^= b);
}

/// Runs `algorithm` ("AES", "DES", "TripleDES") in `mode` ("CBC", "ECB", "CFB", "OFB", "CTR") over `data`.
pub fn run(
    algorithm: &str,
    mode: &str,
    encrypt: bool,
    key: &[u8],
    iv: &[u8],
    data: &[u8],
) -> Result<Vec<u8>, String> {
    let cipher = Block::new(algorithm, key)?;
    let size = cipher.size();
    let mut buf = data.to_vec();
    buf.resize(data.len().div_ceil(size) * size, 0);
    let mut chain = iv.to_vec();
    chain.resize(size, 0);
    for block in buf.chunks_mut(size) {
        match (mode, encrypt) {
            ("ECB", true) => cipher.encrypt(block),
            ("ECB", false) => cipher.decrypt(block),
            ("CBC", true) => {
                xor(block, &chain);
                cipher.encrypt(block);
                chain.copy_from_slice(block);
            }
            ("CBC", false) => {
                let saved = block.to_vec();
                cipher.decrypt(block);
                xor(block, &chain);
                chain = saved;
            }
            ("CFB", _) => {
                let saved = block.to_vec();
                cipher.encrypt(&mut chain);
                xor(block, &chain);
                chain.copy_from_slice(if encrypt { block } else { &saved });
            }
            ("OFB", _) => {
                cipher.encrypt(&mut chain);
                xor(block, &chain);
            }
            ("CTR", _) => {
                let mut stream = chain.clone();
                cipher.encrypt(&mut stream);
                xor(block, &stream);
                let last = size - 4;
                let counter = u32::from_be_bytes([
                    chain[last],
                    chain[last + 1],
                    chain[last + 2],
                    chain[last + 3],
                ]);
                chain[last..].copy_from_slice(&counter.wrapping_add(1).to_be_bytes());
            }
            (other, _) => return Err(format!("unsupported block mode {other}")),
        }
    }
    buf.truncate(data.len());
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::run;

    #[test]
    fn rijndael_with_four_six_and_eight_key_words_is_aes() {
        let data: Vec<u8> = (0u8..64).map(|i| i.wrapping_mul(37)).collect();
        for len in [16usize, 24, 32] {
            let key: Vec<u8> = (0..len as u8)
                .map(|i| i.wrapping_mul(11).wrapping_add(3))
                .collect();
            let iv = [7u8; 16];
            let generic = super::Rijndael::new(&key).map(|r| {
                let mut out = data.clone();
                let mut chain = iv.to_vec();
                for block in out.chunks_mut(16) {
                    block.iter_mut().zip(&chain).for_each(|(a, b)| *a ^= b);
                    r.encrypt(block);
                    chain.copy_from_slice(block);
                }
                out
            });
            let aes = run("AES", "CBC", true, &key, &iv, &data);
            assert_eq!(generic, aes.clone().ok(), "key of {len} bytes");
            let back = super::Rijndael::new(&key).map(|r| {
                let mut b = aes.clone().unwrap_or_default();
                r.decrypt(&mut b[..16]);
                b[..16]
                    .iter()
                    .zip(&iv)
                    .map(|(a, b)| a ^ b)
                    .collect::<Vec<u8>>()
            });
            assert_eq!(
                back.as_deref(),
                Some(&data[..16]),
                "decrypt with key of {len} bytes"
            );
        }
    }
}
