// The built-in modules: the one list of them. `build.rs` `include!`s this file to embed each
// module's files and compile them to bytecode; the runtime reads it for `require`, the sandbox
// globals and messages. Plain data only, and no inner doc comments, so both can include it.

/// A global every script sees that is a module's `module.exports`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Global {
    None,
    /// Defined when first touched, without a warning (`Buffer`).
    Sandbox(&'static str),
    /// Deprecated in Postman (`CryptoJS`, `_`, `xml2Json`…), defined when first touched.
    Legacy(&'static str),
}

/// A built-in module: its `require` name, its files under `src/script/modules/js/` (concatenated
/// in this order), whether scripts may `require` it (internal modules are reached by other modules
/// or through their global only), and its global.
#[derive(Debug, Clone, Copy)]
pub struct Builtin {
    pub name: &'static str,
    #[allow(dead_code)] // read by build.rs
    pub files: &'static [&'static str],
    pub public: bool,
    pub global: Global,
}

const fn public(name: &'static str, files: &'static [&'static str], global: Global) -> Builtin {
    Builtin {
        name,
        files,
        public: true,
        global,
    }
}

const fn internal(name: &'static str, files: &'static [&'static str], global: Global) -> Builtin {
    Builtin {
        name,
        files,
        public: false,
        global,
    }
}

pub const BUILTINS: &[Builtin] = &[
    public(
        "crypto-js",
        &[
            "crypto-js/core.js",
            "crypto-js/hashers.js",
            "crypto-js/ciphers.js",
        ],
        Global::Legacy("CryptoJS"),
    ),
    public("atob", &["atob.js"], Global::Legacy("atob")),
    public("btoa", &["btoa.js"], Global::Legacy("btoa")),
    public("uuid", &["uuid.js"], Global::None),
    public("xml2js", &["xml2js.js"], Global::None),
    internal("xml2json", &["xml2json.js"], Global::Legacy("xml2Json")),
    public("tv4", &["tv4.js"], Global::Legacy("tv4")),
    public(
        "ajv",
        &["ajv/schemas.js", "ajv/keywords.js", "ajv/api.js"],
        Global::None,
    ),
    public(
        "lodash",
        &[
            "lodash/base.js",
            "lodash/functions.js",
            "lodash/collections.js",
            "lodash/arrays.js",
            "lodash/objects.js",
            "lodash/strings.js",
        ],
        Global::None,
    ),
    internal("lodash3", &["lodash3.js"], Global::Legacy("_")),
    public(
        "moment",
        &[
            "moment/core.js",
            "moment/calculations.js",
            "moment/durations.js",
            "moment/parsing.js",
        ],
        Global::None,
    ),
    public("csv-parse/lib/sync", &["csv-parse-sync.js"], Global::None),
    public("querystring", &["querystring.js"], Global::None),
    public("path", &["path.js"], Global::None),
    public("events", &["events.js"], Global::None),
    public("util", &["util.js"], Global::None),
    public("buffer", &["buffer.js"], Global::None),
    public("url", &["url.js"], Global::None),
    public("assert", &["assert.js"], Global::None),
    public("timers", &["timers.js"], Global::None),
    public("string_decoder", &["string_decoder.js"], Global::None),
    public("punycode", &["punycode.js"], Global::None),
    public("stream", &["stream.js"], Global::None),
    public("fs", &["fs.js"], Global::None),
    public("os", &["os.js"], Global::None),
    internal(
        "buffer-global",
        &["buffer-global.js"],
        Global::Sandbox("Buffer"),
    ),
    public("backbone", &["backbone.js"], Global::None),
    public(
        "postman-collection",
        &["postman-collection.js"],
        Global::None,
    ),
    public(
        "cheerio",
        &[
            "cheerio/core.js",
            "cheerio/traversing.js",
            "cheerio/attributes.js",
            "cheerio/manipulation.js",
        ],
        Global::Legacy("cheerio"),
    ),
];
