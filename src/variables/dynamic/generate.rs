//! The generators behind the dynamic variables.

use super::words;
use rand::rngs::ThreadRng;
use rand::seq::IndexedRandom;
use rand::Rng;

pub const ALPHANUMERIC: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
pub const LOWER_ALPHANUMERIC: &str = "abcdefghijklmnopqrstuvwxyz0123456789";
const BASE58: &str = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const UPPER_ALPHANUMERIC: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

pub struct Gen {
    rng: ThreadRng,
}

impl Gen {
    pub fn new() -> Gen {
        Gen { rng: rand::rng() }
    }

    pub fn int(&mut self, low: i64, high: i64) -> i64 {
        self.rng.random_range(low..=high)
    }

    pub fn pick(&mut self, list: &[&str]) -> String {
        list.choose(&mut self.rng)
            .copied()
            .unwrap_or_default()
            .to_string()
    }

    fn pick_str<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list.choose(&mut self.rng).copied().unwrap_or_default()
    }

    /// `#` is any digit, `!` a digit from 1 to 9; other characters are kept.
    pub fn pattern(&mut self, pattern: &str) -> String {
        pattern
            .chars()
            .map(|c| match c {
                '#' => char::from(b'0' + self.int(0, 9) as u8),
                '!' => char::from(b'0' + self.int(1, 9) as u8),
                other => other,
            })
            .collect()
    }

    pub fn chars(&mut self, count: usize, alphabet: &str) -> String {
        let chars: Vec<char> = alphabet.chars().collect();
        (0..count)
            .map(|_| chars.choose(&mut self.rng).copied().unwrap_or('x'))
            .collect()
    }

    pub fn uuid(&mut self) -> String {
        crate::ids::uuid_v4().to_string()
    }

    /// Seconds since the epoch, rounded to the nearest second as Postman does.
    pub fn timestamp(&mut self) -> String {
        let millis = chrono::Utc::now().timestamp_millis();
        ((millis + 500).div_euclid(1000)).to_string()
    }

    pub fn iso_timestamp(&mut self) -> String {
        chrono::Utc::now()
            .format("%Y-%m-%dT%H:%M:%S%.3fZ")
            .to_string()
    }

    /// A moment between `from` and `to` seconds from now, as JavaScript's `Date#toString` shows it
    /// in UTC: `Fri Sep 11 2026 11:03:05 GMT+0000 (Coordinated Universal Time)`.
    pub fn date(&mut self, from: i64, to: i64) -> String {
        let offset = chrono::Duration::seconds(self.int(from, to));
        (chrono::Utc::now() + offset)
            .format("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)")
            .to_string()
    }

    pub fn coordinate(&mut self, limit: f64) -> String {
        let steps = (limit * 10_000.0) as i64;
        format!("{:.4}", self.int(-steps, steps) as f64 / 10_000.0)
    }

    pub fn words(&mut self) -> String {
        let count = self.int(1, 5);
        (0..count)
            .map(|_| self.word())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// One word from any of the lists, as faker's `random.word` mixes them.
    pub fn word(&mut self) -> String {
        let lists: &[&[&str]] = &[
            words::PRODUCT_ADJECTIVES,
            words::PRODUCT_MATERIALS,
            words::PRODUCTS,
            words::COLORS,
            words::COUNTRIES,
            words::BS_BUZZ,
            words::BS_NOUNS,
            words::ABBREVIATIONS,
            words::JOB_AREAS,
            words::CATCH_PHRASE_ADJECTIVES,
        ];
        let list = lists
            .choose(&mut self.rng)
            .copied()
            .unwrap_or(words::COLORS);
        let word = self.pick_str(list);
        word.split(' ').next().unwrap_or(word).to_string()
    }

    pub fn city(&mut self) -> String {
        let first = self.pick_str(words::FIRST_NAMES);
        let last = self.pick_str(words::LAST_NAMES);
        let prefix = self.pick_str(words::CITY_PREFIXES);
        let suffix = self.pick_str(words::CITY_SUFFIXES);
        match self.int(0, 3) {
            0 => format!("{prefix} {first}"),
            1 => format!("{first}{suffix}"),
            2 => format!("{last}{suffix}"),
            _ => format!("{prefix} {last}{suffix}"),
        }
    }

    pub fn street_name(&mut self) -> String {
        let name = if self.int(0, 1) == 0 {
            self.pick_str(words::FIRST_NAMES)
        } else {
            self.pick_str(words::LAST_NAMES)
        };
        format!("{name} {}", self.pick_str(words::STREET_SUFFIXES))
    }

    pub fn street_address(&mut self) -> String {
        let number = match self.int(0, 2) {
            0 => self.pattern("###"),
            1 => self.pattern("####"),
            _ => self.pattern("#####"),
        };
        format!("{number} {}", self.street_name())
    }

    pub fn product_name(&mut self) -> String {
        format!(
            "{} {} {}",
            self.pick_str(words::PRODUCT_ADJECTIVES),
            self.pick_str(words::PRODUCT_MATERIALS),
            self.pick_str(words::PRODUCTS)
        )
    }

    pub fn company_name(&mut self) -> String {
        let a = self.pick_str(words::LAST_NAMES);
        let b = self.pick_str(words::LAST_NAMES);
        match self.int(0, 2) {
            0 => format!("{a} - {b}"),
            1 => format!("{a}, {b} and {}", self.pick_str(words::LAST_NAMES)),
            _ => format!("{a} {}", self.pick_str(words::COMPANY_SUFFIXES)),
        }
    }

    pub fn catch_phrase(&mut self) -> String {
        format!(
            "{} {} {}",
            self.pick_str(words::CATCH_PHRASE_ADJECTIVES),
            self.pick_str(words::CATCH_PHRASE_DESCRIPTORS),
            self.pick_str(words::CATCH_PHRASE_NOUNS)
        )
    }

    pub fn bs(&mut self) -> String {
        format!(
            "{} {} {}",
            self.pick_str(words::BS_BUZZ),
            self.pick_str(words::BS_ADJECTIVES),
            self.pick_str(words::BS_NOUNS)
        )
    }

    pub fn bitcoin(&mut self) -> String {
        let len = self.int(24, 33) as usize;
        format!("{}{}", self.pick_str(&["1", "3"]), self.chars(len, BASE58))
    }

    pub fn iban(&mut self) -> String {
        let country = self.pick_str(words::COUNTRY_CODES);
        let check = self.pattern("##");
        let bank = self.chars(4, UPPER_ALPHANUMERIC);
        let len = self.int(10, 22) as usize;
        let account = self.chars(len, "0123456789");
        format!("{country}{check}{bank}{account}")
    }

    pub fn bic(&mut self) -> String {
        let bank = self.chars(4, UPPER);
        let country = self.pick_str(words::COUNTRY_CODES);
        let location = self.chars(2, UPPER_ALPHANUMERIC);
        let branch = if self.int(0, 1) == 0 {
            self.chars(3, UPPER_ALPHANUMERIC)
        } else {
            String::new()
        };
        format!("{bank}{country}{location}{branch}")
    }

    pub fn phrase(&mut self) -> String {
        let abbr = self.pick_str(words::ABBREVIATIONS);
        let adj = self.pick_str(words::HACKER_ADJECTIVES);
        let noun = self.pick_str(words::HACKER_NOUNS);
        let noun2 = self.pick_str(words::HACKER_NOUNS);
        let verb = self.pick_str(words::HACKER_VERBS);
        let verb2 = self.pick_str(words::HACKER_VERBS);
        let ing = self.pick_str(words::HACKER_ING_VERBS);
        match self.int(0, 4) {
            0 => format!("We need to {verb} the {adj} {abbr} {noun}!"),
            1 => {
                format!("Try to {verb} the {abbr} {noun}, maybe it will {verb2} the {adj} {noun2}!")
            }
            2 => format!("Use the {adj} {abbr} {noun}, then you can {verb} the {adj} {noun2}!"),
            3 => format!("You can't {verb} the {noun} without {ing} the {adj} {abbr} {noun2}!"),
            _ => {
                format!("The {abbr} {noun} is down, {verb} the {adj} {noun2} so we can {verb2} it!")
            }
        }
    }

    fn name_part(&mut self, list: &[&str]) -> String {
        self.pick_str(list).replace([' ', '\''], "")
    }

    pub fn email(&mut self, domains: &[&str]) -> String {
        format!("{}@{}", self.user_name(), self.pick_str(domains))
    }

    pub fn user_name(&mut self) -> String {
        let first = self.name_part(words::FIRST_NAMES);
        let last = self.name_part(words::LAST_NAMES);
        match self.int(0, 3) {
            0 => format!("{first}{}", self.int(0, 99)),
            1 => format!("{first}_{last}"),
            2 => format!("{first}.{last}{}", self.int(0, 99)),
            _ => format!("{first}_{last}{}", self.int(0, 99)),
        }
    }

    pub fn domain_word(&mut self) -> String {
        self.name_part(words::FIRST_NAMES).to_lowercase()
    }

    pub fn domain_name(&mut self) -> String {
        let word = self.domain_word();
        format!("{word}.{}", self.pick_str(words::DOMAIN_SUFFIXES))
    }

    pub fn ipv4(&mut self) -> String {
        let parts: Vec<String> = (0..4).map(|_| self.int(0, 255).to_string()).collect();
        parts.join(".")
    }

    pub fn ipv6(&mut self) -> String {
        let parts: Vec<String> = (0..8)
            .map(|_| format!("{:04x}", self.int(0, 0xFFFF)))
            .collect();
        parts.join(":")
    }

    pub fn mac_address(&mut self) -> String {
        let parts: Vec<String> = (0..6)
            .map(|_| format!("{:02x}", self.int(0, 0xFF)))
            .collect();
        parts.join(":")
    }

    pub fn user_agent(&mut self) -> String {
        let template = self.pick_str(words::USER_AGENTS);
        let v = self.int(20, 120).to_string();
        let b = self.int(100, 999).to_string();
        let m = self.int(5, 14).to_string();
        template
            .replace("{v}", &v)
            .replace("{b}", &b)
            .replace("{m}", &m)
    }

    pub fn file_name(&mut self, extensions: &[&str]) -> String {
        let count = self.int(1, 3);
        let stem: Vec<String> = (0..count)
            .map(|_| {
                let list = if self.int(0, 1) == 0 {
                    words::HACKER_NOUNS
                } else {
                    words::BS_NOUNS
                };
                self.pick_str(list).replace([' ', '-'], "_").to_lowercase()
            })
            .collect();
        format!("{}.{}", stem.join("_"), self.pick_str(extensions))
    }

    pub fn file_path(&mut self) -> String {
        let dir = self.pick_str(words::DIRECTORIES);
        format!("{dir}/{}", self.file_name(words::FILE_EXTS))
    }

    pub fn job_title(&mut self) -> String {
        format!(
            "{} {} {}",
            self.pick_str(words::JOB_DESCRIPTORS),
            self.pick_str(words::JOB_AREAS),
            self.pick_str(words::JOB_TYPES)
        )
    }

    pub fn lorem_words(&mut self, count: usize) -> Vec<String> {
        (0..count).map(|_| self.pick(words::LOREM)).collect()
    }

    pub fn lorem_sentence(&mut self) -> String {
        let count = self.int(3, 10) as usize;
        let text = self.lorem_words(count).join(" ");
        let mut chars = text.chars();
        match chars.next() {
            Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
            None => String::new(),
        }
    }

    pub fn lorem_sentences(&mut self, min: i64, max: i64, separator: &str) -> String {
        let count = self.int(min, max);
        let sentences: Vec<String> = (0..count).map(|_| self.lorem_sentence()).collect();
        sentences.join(separator)
    }

    pub fn lorem_paragraphs(&mut self, count: usize) -> String {
        let paragraphs: Vec<String> = (0..count)
            .map(|_| self.lorem_sentences(3, 6, " "))
            .collect();
        paragraphs.join("\n \r")
    }

    pub fn lorem_text(&mut self) -> String {
        match self.int(0, 4) {
            0 => self.lorem_sentence(),
            1 => self.lorem_sentences(2, 6, " "),
            2 => self.lorem_sentences(3, 6, " "),
            3 => self.lorem_paragraphs(3),
            _ => self.lorem_sentences(1, 5, "\n"),
        }
    }
}

/// What Newman's faker returns for `$randomImageDataUri`: an SVG placeholder whose size faker leaves
/// undefined, percent-encoded as `encodeURIComponent` does. It is the same every time.
pub fn image_data_uri() -> String {
    use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
    const URI_COMPONENT: &percent_encoding::AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'!')
        .remove(b'~')
        .remove(b'*')
        .remove(b'\'')
        .remove(b'(')
        .remove(b')');
    let svg = concat!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" baseProfile="full" "#,
        r#"width="undefined" height="undefined"><rect width="100%" height="100%" fill="grey"/>"#,
        r#"<text x="NaN" y="NaN" font-size="20" alignment-baseline="middle" text-anchor="middle" "#,
        r#"fill="white">undefinedxundefined</text></svg>"#
    );
    format!(
        "data:image/svg+xml;charset=UTF-8,{}",
        utf8_percent_encode(svg, URI_COMPONENT)
    )
}
