//! Every dynamic variable produces a value of the shape Newman 6.2.2 gives it.

use super::{dynamic_value, names};
use regex::Regex;
use std::collections::HashSet;

const WORD: &str = r"[A-Za-z][A-Za-z0-9'\-]*";
const JS_DATE: &str = r"^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT\+0000 \(Coordinated Universal Time\)$";
const UUID: &str = r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$";
const SENTENCE: &str = r"[A-Z][a-z]*( [a-z]+)*\.";
/// Observed from Newman 6.2.2: the value is the same on every call.
const IMAGE_DATA_URI: &str = "data:image/svg+xml;charset=UTF-8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20version%3D%221.1%22%20baseProfile%3D%22full%22%20width%3D%22undefined%22%20height%3D%22undefined%22%3E%3Crect%20width%3D%22100%25%22%20height%3D%22100%25%22%20fill%3D%22grey%22%2F%3E%3Ctext%20x%3D%22NaN%22%20y%3D%22NaN%22%20font-size%3D%2220%22%20alignment-baseline%3D%22middle%22%20text-anchor%3D%22middle%22%20fill%3D%22white%22%3Eundefinedxundefined%3C%2Ftext%3E%3C%2Fsvg%3E";

fn shape(name: &str) -> String {
    let words = format!(r"^{WORD}( {WORD})*$");
    let one_word = r"^[A-Za-z0-9][A-Za-z0-9_'\-]*$".to_string();
    let image = |c: &str| format!(r"^http://placeimg\.com/640/480/{c}$");
    let s = match name {
        "guid" | "randomUUID" => UUID,
        "timestamp" => r"^\d{10}$",
        "isoTimestamp" => r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$",
        "randomInt" => r"^(\d|[1-9]\d{1,2}|1000)$",
        "randomPhoneNumber" => r"^[1-9]\d{2}-\d{3}-\d{4}$",
        "randomPhoneNumberExt" => r"^[1-9]\d-[1-9]\d{2}-\d{3}-\d{4}$",
        "randomLocale" => r"^[a-z]{2}$",
        "randomFilePath" => r"^(/[A-Za-z0-9_]+)+\.[a-z0-9]+$",
        "randomDirectoryPath" => r"^(/[A-Za-z]+)+$",
        "randomStreetAddress" => r"^\d{3,5} [A-Z][a-z]+ [A-Z][a-z]+$",
        "randomCountryCode" => r"^[A-Z]{2}$",
        "randomLatitude" => r"^-?\d{1,2}\.\d{4}$",
        "randomLongitude" => r"^-?\d{1,3}\.\d{4}$",
        "randomColor"
        | "randomCatchPhraseNoun"
        | "randomBsNoun"
        | "randomNoun"
        | "randomVerb"
        | "randomIngverb" => r"^[a-z\-]+( [a-z\-]+)*$",
        "randomCompanyName" => {
            r"^[A-Z][A-Za-z']+( - [A-Z][A-Za-z']+|, [A-Z][A-Za-z']+ and [A-Z][A-Za-z']+| (Inc|and Sons|LLC|Group))$"
        }
        "randomDatePast" | "randomDateFuture" | "randomDateRecent" => JS_DATE,
        "randomMonth" => {
            r"^(January|February|March|April|May|June|July|August|September|October|November|December)$"
        }
        "randomWeekday" => r"^(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day$",
        "randomBankAccount" => r"^\d{8}$",
        "randomBankAccountName" => r"^[A-Z][a-z]+( [A-Z][a-z]+)* Account$",
        "randomCreditCardMask" => r"^\d{4}$",
        "randomPrice" => r"^\d{1,4}\.\d{2}$",
        "randomTransactionType" => r"^(deposit|withdrawal|payment|invoice)$",
        "randomCurrencyCode" => r"^[A-Z]{3}$",
        "randomCurrencySymbol" => r"^\S{1,3}$",
        "randomBitcoin" => r"^[13][a-km-zA-HJ-NP-Z1-9]{24,33}$",
        "randomBankAccountIban" => r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$",
        "randomBankAccountBic" => r"^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$",
        "randomAbbreviation" => r"^[A-Z]{2,5}$",
        "randomAdjective" => r"^[a-z0-9\-]+( [a-z\-]+)?$",
        "randomPhrase" => r"^[A-Z][^!]+!$",
        "randomAvatarImage" => r"^https://cdn\.fakercloud\.com/avatars/[a-z_]+_128\.jpg$",
        "randomImageUrl" => r"^http://placeimg\.com/640/480$",
        "randomAbstractImage" => return image("abstract"),
        "randomAnimalsImage" => return image("animals"),
        "randomBusinessImage" => return image("business"),
        "randomCatsImage" => return image("cats"),
        "randomCityImage" => return image("city"),
        "randomFoodImage" => return image("food"),
        "randomNightlifeImage" => return image("nightlife"),
        "randomFashionImage" => return image("fashion"),
        "randomPeopleImage" => return image("people"),
        "randomNatureImage" => return image("nature"),
        "randomSportsImage" => return image("sports"),
        "randomTransportImage" => return image("transport"),
        "randomImageDataUri" => return format!("^{}$", regex::escape(IMAGE_DATA_URI)),
        "randomEmail" => r"^[A-Z][A-Za-z]*([._][A-Z][A-Za-z]*)?\d{0,2}@(gmail|yahoo|hotmail)\.com$",
        "randomExampleEmail" => {
            r"^[A-Z][A-Za-z]*([._][A-Z][A-Za-z]*)?\d{0,2}@example\.(com|net|org)$"
        }
        "randomUserName" => r"^[A-Z][A-Za-z]*([._][A-Z][A-Za-z]*)?\d{0,2}$",
        "randomProtocol" => r"^https?$",
        "randomUrl" => r"^https?://[a-z]+\.[a-z]{2,4}$",
        "randomDomainName" => r"^[a-z]+\.[a-z]{2,4}$",
        "randomDomainSuffix" => r"^[a-z]{2,4}$",
        "randomDomainWord" => r"^[a-z]+$",
        "randomIP" => {
            r"^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$"
        }
        "randomIPV6" => r"^[0-9a-f]{4}(:[0-9a-f]{4}){7}$",
        "randomUserAgent" => r"^(Mozilla|Opera)/\d+\.\d+ \(.+\).*$",
        "randomHexColor" => r"^#[0-9a-f]{6}$",
        "randomMACAddress" => r"^[0-9a-f]{2}(:[0-9a-f]{2}){5}$",
        "randomPassword" => r"^[A-Za-z0-9]{15}$",
        "randomLoremWord" => r"^[a-z]+$",
        "randomLoremWords" => r"^[a-z]+ [a-z]+ [a-z]+$",
        "randomLoremSlug" => r"^[a-z]+-[a-z]+-[a-z]+$",
        "randomLoremSentence" => return format!("^{SENTENCE}$"),
        "randomLoremSentences" => return format!("^{SENTENCE}( {SENTENCE}){{1,5}}$"),
        "randomLoremParagraph" => return format!("^{SENTENCE}( {SENTENCE}){{2,5}}$"),
        "randomLoremParagraphs" => {
            let p = format!("{SENTENCE}( {SENTENCE}){{2,5}}");
            return format!("^{p}\n \r{p}\n \r{p}$");
        }
        "randomLoremText" => return format!(r"^{SENTENCE}((\n \r| |\n){SENTENCE})*$"),
        "randomLoremLines" => return format!("^{SENTENCE}(\n{SENTENCE}){{0,4}}$"),
        "randomFullName" => r"^[A-Z][a-z]+ [A-Z][a-z]+$",
        "randomNamePrefix" => r"^(Mr\.|Mrs\.|Ms\.|Miss|Dr\.)$",
        "randomNameSuffix" => r"^(Jr\.|Sr\.|I|II|III|IV|V|MD|DDS|PhD|DVM)$",
        "randomJobTitle" => r"^[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+$",
        "randomBoolean" => r"^(true|false)$",
        "randomAlphaNumeric" => r"^[a-z0-9]$",
        "randomFileName" | "randomCommonFileName" => r"^[a-z0-9_]+\.[a-z0-9]+$",
        "randomMimeType" => r"^[a-z]+/[a-z0-9.+\-]+$",
        "randomCommonFileType" => r"^(video|audio|image|text|application)$",
        "randomCommonFileExt" | "randomFileExt" => r"^[a-z0-9]+$",
        "randomFileType" => r"^[a-z\-]+$",
        "randomSemver" => r"^\d\.\d\.\d$",
        "randomWords"
        | "randomCity"
        | "randomStreetName"
        | "randomCountry"
        | "randomProductName"
        | "randomCatchPhrase"
        | "randomBs"
        | "randomCurrencyName"
        | "randomCatchPhraseDescriptor" => {
            return r"^[A-Za-z0-9'\-]+( [A-Za-z0-9'\-]+)*$".to_string()
        }
        "randomDepartment"
        | "randomProductAdjective"
        | "randomProductMaterial"
        | "randomProduct"
        | "randomCompanySuffix"
        | "randomCatchPhraseAdjective"
        | "randomBsAdjective"
        | "randomBsBuzz"
        | "randomDatabaseColumn"
        | "randomDatabaseType"
        | "randomDatabaseCollation"
        | "randomDatabaseEngine"
        | "randomFirstName"
        | "randomLastName"
        | "randomJobDescriptor"
        | "randomJobArea"
        | "randomJobType"
        | "randomWord" => {
            return if name == "randomCompanySuffix" {
                words
            } else {
                one_word
            };
        }
        other => panic!("no shape for {other}"),
    };
    s.to_string()
}

#[test]
fn every_name_has_a_value_of_its_shape() {
    for name in names() {
        let re = Regex::new(&shape(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        for _ in 0..200 {
            let value = dynamic_value(name).unwrap_or_else(|| panic!("{name} gives nothing"));
            assert!(
                re.is_match(&value),
                "${name} = {value:?} does not match {re}"
            );
        }
    }
}

#[test]
fn the_names_are_newmans() {
    let all = names();
    assert_eq!(all.len(), 118);
    assert_eq!(
        all.iter().collect::<HashSet<_>>().len(),
        all.len(),
        "duplicate names"
    );
    for name in [
        "guid",
        "timestamp",
        "isoTimestamp",
        "randomInt",
        "randomUUID",
        "randomIPV6",
        "randomSemver",
    ] {
        assert!(all.contains(&name), "{name} missing");
    }
    assert_eq!(dynamic_value("randomNope"), None);
    assert_eq!(
        dynamic_value("$guid"),
        None,
        "names are given without the dollar sign"
    );
}

#[test]
fn values_change_between_calls() {
    let guids: HashSet<String> = (0..100).filter_map(|_| dynamic_value("guid")).collect();
    assert_eq!(guids.len(), 100);
    let words: HashSet<String> = (0..200)
        .filter_map(|_| dynamic_value("randomLoremSentence"))
        .collect();
    assert!(
        words.len() > 100,
        "only {} different sentences",
        words.len()
    );
}

#[test]
fn substituted_through_replace_in() {
    let out = crate::variables::replace_in("{{$randomInt}}-{{$guid}}-{{$nope}}", &|_| None);
    let re = Regex::new(&format!(
        r"^\d{{1,4}}-{}-\{{\{{\$nope\}}\}}$",
        &UUID[1..UUID.len() - 1]
    ))
    .expect("regex");
    assert!(re.is_match(&out), "{out}");
}

/// Values Newman 6.2.2 itself produced (three per name), recorded once by running it: the shapes
/// above must accept them too, or they would not be Newman's shapes.
#[test]
fn the_shapes_accept_newmans_own_values() {
    let samples: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(include_str!("newman-samples.json")).expect("samples");
    assert_eq!(samples.len(), names().len());
    for name in names() {
        let re = Regex::new(&shape(name)).expect("regex");
        let values = samples[*name].as_array().expect("list");
        for value in values {
            let value = value.as_str().expect("text");
            assert!(
                re.is_match(value),
                "Newman's ${name} = {value:?} does not match {re}"
            );
        }
    }
}
