//! Dynamic variables: `{{$guid}}`, `{{$timestamp}}`, `{{$randomInt}}` and the faker-based `$random*`
//! family, a fresh value per occurrence. Values have the shapes Newman 6.2.2 produces (checked by
//! running it); the words come from short lists of our own.

mod generate;
#[rustfmt::skip]
mod words;

use generate::Gen;

type Generator = fn(&mut Gen) -> String;

/// Every name Newman 6.2.2 knows (without the `$`), with its generator, in postman-collection's order.
const TABLE: &[(&str, Generator)] = &[
    ("guid", Gen::uuid),
    ("timestamp", Gen::timestamp),
    ("isoTimestamp", Gen::iso_timestamp),
    ("randomInt", |g| g.int(0, 1000).to_string()),
    ("randomPhoneNumber", |g| g.pattern("!##-###-####")),
    ("randomPhoneNumberExt", |g| g.pattern("!#-!##-###-####")),
    ("randomLocale", |g| g.pick(words::LOCALES)),
    ("randomWords", Gen::words),
    ("randomFilePath", Gen::file_path),
    ("randomDirectoryPath", |g| g.pick(words::DIRECTORIES)),
    ("randomCity", Gen::city),
    ("randomStreetName", Gen::street_name),
    ("randomStreetAddress", Gen::street_address),
    ("randomCountry", |g| g.pick(words::COUNTRIES)),
    ("randomCountryCode", |g| g.pick(words::COUNTRY_CODES)),
    ("randomLatitude", |g| g.coordinate(90.0)),
    ("randomLongitude", |g| g.coordinate(180.0)),
    ("randomColor", |g| g.pick(words::COLORS)),
    ("randomDepartment", |g| g.pick(words::DEPARTMENTS)),
    ("randomProductName", Gen::product_name),
    ("randomProductAdjective", |g| {
        g.pick(words::PRODUCT_ADJECTIVES)
    }),
    ("randomProductMaterial", |g| {
        g.pick(words::PRODUCT_MATERIALS)
    }),
    ("randomProduct", |g| g.pick(words::PRODUCTS)),
    ("randomCompanyName", Gen::company_name),
    ("randomCompanySuffix", |g| g.pick(words::COMPANY_SUFFIXES)),
    ("randomCatchPhrase", Gen::catch_phrase),
    ("randomBs", Gen::bs),
    ("randomCatchPhraseAdjective", |g| {
        g.pick(words::CATCH_PHRASE_ADJECTIVES)
    }),
    ("randomCatchPhraseDescriptor", |g| {
        g.pick(words::CATCH_PHRASE_DESCRIPTORS)
    }),
    ("randomCatchPhraseNoun", |g| {
        g.pick(words::CATCH_PHRASE_NOUNS)
    }),
    ("randomBsAdjective", |g| g.pick(words::BS_ADJECTIVES)),
    ("randomBsBuzz", |g| g.pick(words::BS_BUZZ)),
    ("randomBsNoun", |g| g.pick(words::BS_NOUNS)),
    ("randomDatabaseColumn", |g| g.pick(words::DB_COLUMNS)),
    ("randomDatabaseType", |g| g.pick(words::DB_TYPES)),
    ("randomDatabaseCollation", |g| g.pick(words::DB_COLLATIONS)),
    ("randomDatabaseEngine", |g| g.pick(words::DB_ENGINES)),
    ("randomDatePast", |g| g.date(-365 * 86_400, 0)),
    ("randomDateFuture", |g| g.date(1, 365 * 86_400)),
    ("randomDateRecent", |g| g.date(-86_400, 0)),
    ("randomMonth", |g| g.pick(words::MONTHS)),
    ("randomWeekday", |g| g.pick(words::WEEKDAYS)),
    ("randomBankAccount", |g| g.pattern("########")),
    ("randomBankAccountName", |g| {
        format!("{} Account", g.pick(words::ACCOUNT_TYPES))
    }),
    ("randomCreditCardMask", |g| g.pattern("####")),
    ("randomPrice", |g| {
        format!("{:.2}", g.int(100, 100_000) as f64 / 100.0)
    }),
    ("randomTransactionType", |g| {
        g.pick(words::TRANSACTION_TYPES)
    }),
    ("randomCurrencyCode", |g| g.pick(words::CURRENCY_CODES)),
    ("randomCurrencyName", |g| g.pick(words::CURRENCY_NAMES)),
    ("randomCurrencySymbol", |g| g.pick(words::CURRENCY_SYMBOLS)),
    ("randomBitcoin", Gen::bitcoin),
    ("randomBankAccountIban", Gen::iban),
    ("randomBankAccountBic", Gen::bic),
    ("randomAbbreviation", |g| g.pick(words::ABBREVIATIONS)),
    ("randomAdjective", |g| g.pick(words::HACKER_ADJECTIVES)),
    ("randomNoun", |g| g.pick(words::HACKER_NOUNS)),
    ("randomVerb", |g| g.pick(words::HACKER_VERBS)),
    ("randomIngverb", |g| g.pick(words::HACKER_ING_VERBS)),
    ("randomPhrase", Gen::phrase),
    ("randomAvatarImage", |g| {
        format!(
            "https://cdn.fakercloud.com/avatars/{}_128.jpg",
            g.pick(words::AVATAR_USERS)
        )
    }),
    ("randomImageUrl", |_| "http://placeimg.com/640/480".into()),
    ("randomAbstractImage", |_| image_url("randomAbstractImage")),
    ("randomAnimalsImage", |_| image_url("randomAnimalsImage")),
    ("randomBusinessImage", |_| image_url("randomBusinessImage")),
    ("randomCatsImage", |_| image_url("randomCatsImage")),
    ("randomCityImage", |_| image_url("randomCityImage")),
    ("randomFoodImage", |_| image_url("randomFoodImage")),
    ("randomNightlifeImage", |_| {
        image_url("randomNightlifeImage")
    }),
    ("randomFashionImage", |_| image_url("randomFashionImage")),
    ("randomPeopleImage", |_| image_url("randomPeopleImage")),
    ("randomNatureImage", |_| image_url("randomNatureImage")),
    ("randomSportsImage", |_| image_url("randomSportsImage")),
    ("randomTransportImage", |_| {
        image_url("randomTransportImage")
    }),
    ("randomImageDataUri", |_| generate::image_data_uri()),
    ("randomEmail", |g| g.email(words::FREE_EMAIL_DOMAINS)),
    ("randomExampleEmail", |g| {
        g.email(words::EXAMPLE_EMAIL_DOMAINS)
    }),
    ("randomUserName", Gen::user_name),
    ("randomProtocol", |g| g.pick(&["http", "https"])),
    ("randomUrl", |g| {
        format!("{}://{}", g.pick(&["http", "https"]), g.domain_name())
    }),
    ("randomDomainName", Gen::domain_name),
    ("randomDomainSuffix", |g| g.pick(words::DOMAIN_SUFFIXES)),
    ("randomDomainWord", Gen::domain_word),
    ("randomIP", Gen::ipv4),
    ("randomIPV6", Gen::ipv6),
    ("randomUserAgent", Gen::user_agent),
    ("randomHexColor", |g| {
        format!("#{:06x}", g.int(0, 0xFF_FFFF))
    }),
    ("randomMACAddress", Gen::mac_address),
    ("randomPassword", |g| g.chars(15, generate::ALPHANUMERIC)),
    ("randomLoremWord", |g| g.pick(words::LOREM)),
    ("randomLoremWords", |g| g.lorem_words(3).join(" ")),
    ("randomLoremSentence", Gen::lorem_sentence),
    ("randomLoremSlug", |g| g.lorem_words(3).join("-")),
    ("randomLoremSentences", |g| g.lorem_sentences(2, 6, " ")),
    ("randomLoremParagraph", |g| g.lorem_sentences(3, 6, " ")),
    ("randomLoremParagraphs", |g| g.lorem_paragraphs(3)),
    ("randomLoremText", Gen::lorem_text),
    ("randomLoremLines", |g| g.lorem_sentences(1, 5, "\n")),
    ("randomFirstName", |g| g.pick(words::FIRST_NAMES)),
    ("randomLastName", |g| g.pick(words::LAST_NAMES)),
    ("randomFullName", |g| {
        format!(
            "{} {}",
            g.pick(words::FIRST_NAMES),
            g.pick(words::LAST_NAMES)
        )
    }),
    ("randomJobTitle", Gen::job_title),
    ("randomNamePrefix", |g| g.pick(words::NAME_PREFIXES)),
    ("randomNameSuffix", |g| g.pick(words::NAME_SUFFIXES)),
    ("randomJobDescriptor", |g| g.pick(words::JOB_DESCRIPTORS)),
    ("randomJobArea", |g| g.pick(words::JOB_AREAS)),
    ("randomJobType", |g| g.pick(words::JOB_TYPES)),
    ("randomUUID", Gen::uuid),
    ("randomBoolean", |g| g.pick(&["true", "false"])),
    ("randomWord", Gen::word),
    ("randomAlphaNumeric", |g| {
        g.chars(1, generate::LOWER_ALPHANUMERIC)
    }),
    ("randomFileName", |g| g.file_name(words::FILE_EXTS)),
    ("randomCommonFileName", |g| {
        g.file_name(words::COMMON_FILE_EXTS)
    }),
    ("randomMimeType", |g| g.pick(words::MIME_TYPES)),
    ("randomCommonFileType", |g| g.pick(words::COMMON_FILE_TYPES)),
    ("randomCommonFileExt", |g| g.pick(words::COMMON_FILE_EXTS)),
    ("randomFileType", |g| g.pick(words::FILE_TYPES)),
    ("randomFileExt", |g| g.pick(words::FILE_EXTS)),
    ("randomSemver", |g| g.pattern("#.#.#")),
];

#[cfg(test)]
static NAMES: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| TABLE.iter().map(|(name, _)| *name).collect());

/// A fresh value for the dynamic variable `name` (without the `$`), or `None` if unknown.
pub fn dynamic_value(name: &str) -> Option<String> {
    let (_, generate) = TABLE.iter().find(|(n, _)| *n == name)?;
    Some(generate(&mut Gen::new()))
}

/// Every supported name, without the `$`, in Newman's order.
#[cfg(test)]
pub fn names() -> &'static [&'static str] {
    NAMES.as_slice()
}

fn image_url(name: &str) -> String {
    let category = words::IMAGE_CATEGORIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| *c)
        .unwrap_or_default();
    format!("http://placeimg.com/640/480/{category}")
}

#[cfg(test)]
mod tests;
