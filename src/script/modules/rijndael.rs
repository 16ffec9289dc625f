//! Rijndael with a 128-bit block and any whole number of 32-bit key words, as crypto-js runs "AES" for keys
//! that are not 16, 24 or 32 bytes long (Nk key words, Nk + 6 rounds, its round-constant table ending at 0x36).

struct Tables {
    sbox: [u8; 256],
    inv: [u8; 256],
}

fn tables() -> Tables {
    let mut sbox = [0u8; 256];
    let mut inv = [0u8; 256];
    let (mut p, mut q) = (1u8, 1u8);
    loop {
        // p walks the multiplicative group by 3, q by its inverse (1/3).
        p = p ^ (p << 1) ^ if p & 0x80 != 0 { 0x1b } else { 0 };
        q ^= q << 1;
        q ^= q << 2;
        q ^= q << 4;
        if q & 0x80 != 0 {
            q ^= 0x09;
        }
        let x =
            q ^ q.rotate_left(1) ^ q.rotate_left(2) ^ q.rotate_left(3) ^ q.rotate_left(4) ^ 0x63;
        sbox[p as usize] = x;
        inv[x as usize] = p;
        if p == 1 {
            break;
        }
    }
    sbox[0] = 0x63;
    inv[0x63] = 0;
    Tables { sbox, inv }
}

fn gmul(mut a: u8, mut b: u8) -> u8 {
    let mut r = 0u8;
    while b != 0 {
        if b & 1 != 0 {
            r ^= a;
        }
        a = (a << 1) ^ if a & 0x80 != 0 { 0x1b } else { 0 };
        b >>= 1;
    }
    r
}

const RCON: [u8; 11] = [
    0x00, 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1b, 0x36,
];

pub struct Rijndael {
    tables: Tables,
    round_keys: Vec<[u8; 16]>,
}

impl Rijndael {
    /// `key` must be a non-empty whole number of 32-bit words.
    pub fn new(key: &[u8]) -> Option<Rijndael> {
        if key.is_empty() || !key.len().is_multiple_of(4) {
            return None;
        }
        let t = tables();
        let nk = key.len() / 4;
        let rounds = nk + 6;
        let mut w: Vec<[u8; 4]> = Vec::with_capacity((rounds + 1) * 4);
        for i in 0..(rounds + 1) * 4 {
            if i < nk {
                w.push([key[4 * i], key[4 * i + 1], key[4 * i + 2], key[4 * i + 3]]);
                continue;
            }
            let mut tmp = w[i - 1];
            if i % nk == 0 {
                tmp = [tmp[1], tmp[2], tmp[3], tmp[0]].map(|b| t.sbox[b as usize]);
                tmp[0] ^= RCON.get(i / nk).copied().unwrap_or(0);
            } else if nk > 6 && i % nk == 4 {
                tmp = tmp.map(|b| t.sbox[b as usize]);
            }
            let prev = w[i - nk];
            w.push([
                prev[0] ^ tmp[0],
                prev[1] ^ tmp[1],
                prev[2] ^ tmp[2],
                prev[3] ^ tmp[3],
            ]);
        }
        let round_keys = w
            .chunks(4)
            .map(|c| {
                let mut k = [0u8; 16];
                for (j, word) in c.iter().enumerate() {
                    k[4 * j..4 * j + 4].copy_from_slice(word);
                }
                k
            })
            .collect();
        Some(Rijndael {
            tables: t,
            round_keys,
        })
    }

    fn add(state: &mut [u8], key: &[u8; 16]) {
        state.iter_mut().zip(key).for_each(|(s, k)| *s ^= k);
    }

    fn shift_rows(s: &mut [u8], inverse: bool) {
        let copy: Vec<u8> = s.to_vec();
        for c in 0..4 {
            for r in 0..4 {
                let from = if inverse {
                    (c + 4 - r) % 4
                } else {
                    (c + r) % 4
                };
                s[4 * c + r] = copy[4 * from + r];
            }
        }
    }

    fn mix(s: &mut [u8], m: [u8; 4]) {
        for c in 0..4 {
            let col = [s[4 * c], s[4 * c + 1], s[4 * c + 2], s[4 * c + 3]];
            for r in 0..4 {
                s[4 * c + r] = gmul(col[0], m[(4 - r) % 4])
                    ^ gmul(col[1], m[(5 - r) % 4])
                    ^ gmul(col[2], m[(6 - r) % 4])
                    ^ gmul(col[3], m[(7 - r) % 4]);
            }
        }
    }

    pub fn encrypt(&self, s: &mut [u8]) {
        let rounds = self.round_keys.len() - 1;
        Self::add(s, &self.round_keys[0]);
        for round in 1..=rounds {
            s.iter_mut()
                .for_each(|b| *b = self.tables.sbox[*b as usize]);
            Self::shift_rows(s, false);
            if round < rounds {
                Self::mix(s, [2, 3, 1, 1]);
            }
            Self::add(s, &self.round_keys[round]);
        }
    }

    pub fn decrypt(&self, s: &mut [u8]) {
        let rounds = self.round_keys.len() - 1;
        Self::add(s, &self.round_keys[rounds]);
        for round in (0..rounds).rev() {
            Self::shift_rows(s, true);
            s.iter_mut().for_each(|b| *b = self.tables.inv[*b as usize]);
            Self::add(s, &self.round_keys[round]);
            if round > 0 {
                Self::mix(s, [14, 11, 13, 9]);
            }
        }
    }
}
