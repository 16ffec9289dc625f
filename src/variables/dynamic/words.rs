//! Short word lists for the faker-style dynamic variables (our own, in the style of faker's en locale).

pub const FIRST_NAMES: &[&str] = &[
    "Aaliyah", "Abner", "Albert", "Alta", "Amaya", "Beth", "Bryana", "Cecil", "Chloe", "Dante",
    "Domenic", "Elena", "Esther", "Evelyn", "Faye", "Gideon", "Guadalupe", "Hattie", "Ivy", "Javier",
    "Jaylen", "Kyle", "Lelah", "Lucious", "Macey", "Marie", "Marlon", "Modesta", "Nella", "Opal",
    "Phyllis", "Quentin", "Rene", "Robert", "Sharon", "Sigurd", "Susan", "Trent", "Ursula", "Valerie",
    "Wilford", "Xavier", "Yasmin", "Zelda",
];

pub const LAST_NAMES: &[&str] = &[
    "Adams", "Barrows", "Bechtelar", "Blick", "Block", "Boehm", "Bogan", "Cartwright", "Cummerata",
    "Emard", "Emmerich", "Gibson", "Hahn", "Heller", "Hessel", "Jast", "Kiehn", "Klocko", "Kunde",
    "Leffler", "Lind", "Lynch", "Mante", "Mills", "Murphy", "Pouros", "Ratke", "Renner", "Roob",
    "Schiller", "Stoltenberg", "Thompson", "Towne", "Welch", "Zemlak",
];

pub const NAME_PREFIXES: &[&str] = &["Mr.", "Mrs.", "Ms.", "Miss", "Dr."];
pub const NAME_SUFFIXES: &[&str] =
    &["Jr.", "Sr.", "I", "II", "III", "IV", "V", "MD", "DDS", "PhD", "DVM"];

pub const JOB_DESCRIPTORS: &[&str] = &[
    "Lead", "Senior", "Direct", "Corporate", "Dynamic", "Future", "Product", "National", "Regional",
    "District", "Central", "Global", "Customer", "Investor", "Internal", "International", "Legacy",
    "Forward", "Human", "Chief", "Principal",
];
pub const JOB_AREAS: &[&str] = &[
    "Solutions", "Program", "Brand", "Security", "Research", "Marketing", "Directives",
    "Implementation", "Integration", "Functionality", "Response", "Paradigm", "Tactics", "Identity",
    "Markets", "Group", "Division", "Applications", "Optimization", "Operations", "Infrastructure",
    "Intranet", "Communications", "Web", "Branding", "Quality", "Assurance", "Mobility", "Accounts",
    "Data", "Creative", "Configuration", "Accountability", "Interactions", "Factors", "Usability",
    "Metrics",
];
pub const JOB_TYPES: &[&str] = &[
    "Supervisor", "Associate", "Executive", "Liaison", "Officer", "Manager", "Engineer", "Specialist",
    "Director", "Coordinator", "Administrator", "Architect", "Analyst", "Designer", "Planner",
    "Orchestrator", "Technician", "Developer", "Producer", "Consultant", "Assistant", "Facilitator",
    "Agent", "Representative", "Strategist",
];

pub const CITY_PREFIXES: &[&str] = &["North", "East", "West", "South", "New", "Lake", "Port"];
pub const CITY_SUFFIXES: &[&str] = &[
    "town", "ton", "land", "ville", "berg", "burgh", "borough", "bury", "view", "port", "mouth",
    "stad", "furt", "chester", "fort", "haven", "side", "shire",
];
pub const STREET_SUFFIXES: &[&str] = &[
    "Avenue", "Burg", "Course", "Courts", "Crossing", "Drive", "Forge", "Garden", "Harbor",
    "Landing", "Mall", "Park", "Pike", "Plains", "Road", "Shoal", "Squares", "Stravenue", "Street",
    "Terrace", "View", "Walks", "Way",
];
pub const COUNTRIES: &[&str] = &[
    "Albania", "Argentina", "Botswana", "Brazil", "Bulgaria", "Canada", "Chile", "Denmark", "Egypt",
    "Fiji", "Finland", "Ghana", "Iceland", "India", "Japan", "Kenya", "Kiribati", "Moldova", "Nepal",
    "Norway", "Peru", "Saint Helena", "Solomon Islands", "Tuvalu", "Uruguay", "Western Sahara",
];
pub const COUNTRY_CODES: &[&str] = &[
    "AL", "AR", "BD", "BR", "CA", "CL", "DE", "DK", "EG", "FJ", "FI", "GH", "IS", "IN", "JP", "KE",
    "KI", "MP", "NP", "NO", "PE", "SY", "TV", "US", "UY",
];
pub const LOCALES: &[&str] = &[
    "en", "de", "fr", "es", "it", "pt", "nl", "sv", "fi", "pl", "ru", "ja", "zh", "ko", "ar", "he",
    "hi", "lo", "ny", "ps", "qu", "sr", "sw", "tr",
];

pub const COLORS: &[&str] = &[
    "red", "orange", "yellow", "green", "blue", "indigo", "violet", "purple", "pink", "gold",
    "silver", "salmon", "plum", "teal", "turquoise", "lime", "olive", "maroon", "navy", "cyan",
    "magenta", "orchid", "tan", "white", "black", "grey", "azure", "fuchsia", "lavender",
    "mint green", "sky blue",
];

pub const DEPARTMENTS: &[&str] = &[
    "Books", "Movies", "Music", "Games", "Electronics", "Computers", "Home", "Garden", "Tools",
    "Grocery", "Health", "Beauty", "Toys", "Kids", "Baby", "Clothing", "Shoes", "Jewelery",
    "Sports", "Outdoors", "Automotive", "Industrial",
];
pub const PRODUCT_ADJECTIVES: &[&str] = &[
    "Small", "Ergonomic", "Rustic", "Intelligent", "Gorgeous", "Incredible", "Fantastic",
    "Practical", "Sleek", "Awesome", "Generic", "Handcrafted", "Handmade", "Licensed", "Refined",
    "Unbranded", "Tasty",
];
pub const PRODUCT_MATERIALS: &[&str] = &[
    "Steel", "Wooden", "Concrete", "Plastic", "Cotton", "Granite", "Rubber", "Metal", "Soft",
    "Fresh", "Frozen",
];
pub const PRODUCTS: &[&str] = &[
    "Chair", "Car", "Computer", "Keyboard", "Mouse", "Bike", "Ball", "Gloves", "Pants", "Shirt",
    "Table", "Shoes", "Hat", "Towels", "Soap", "Tuna", "Chicken", "Fish", "Cheese", "Bacon", "Pizza",
    "Salad", "Sausages", "Chips",
];
pub const COMPANY_SUFFIXES: &[&str] = &["Inc", "and Sons", "LLC", "Group"];

pub const CATCH_PHRASE_ADJECTIVES: &[&str] = &[
    "Adaptive", "Assimilated", "Automated", "Balanced", "Centralized", "Configurable",
    "Decentralized", "Digitized", "Expanded", "Extended", "Focused", "Integrated", "Managed",
    "Open-source", "Persevering", "Profound", "Reactive", "Robust", "Synergized", "Versatile",
];
pub const CATCH_PHRASE_DESCRIPTORS: &[&str] = &[
    "24 hour", "asymmetric", "attitude-oriented", "bifurcated", "clear-thinking", "composite",
    "dynamic", "executive", "heuristic", "holistic", "interactive", "mission-critical", "regional",
    "transitional", "upward-trending", "zero defect",
];
pub const CATCH_PHRASE_NOUNS: &[&str] = &[
    "ability", "algorithm", "array", "budgetary management", "contingency", "database",
    "focus group", "hierarchy", "interface", "internet solution", "intranet", "matrix", "moratorium",
    "paradigm", "secured line", "strategy", "success", "toolset",
];
pub const BS_ADJECTIVES: &[&str] = &[
    "bleeding-edge", "clicks-and-mortar", "cross-platform", "customized", "cutting-edge",
    "dynamic", "enterprise", "leading-edge", "next-generation", "real-time", "scalable", "seamless",
    "sexy", "transparent", "turn-key", "world-class",
];
pub const BS_BUZZ: &[&str] = &[
    "aggregate", "deploy", "e-enable", "empower", "engineer", "enhance", "generate", "harness",
    "incentivize", "innovate", "leverage", "monetize", "optimize", "reinvent", "scale", "strategize",
    "synergize", "unleash",
];
pub const BS_NOUNS: &[&str] = &[
    "action-items", "applications", "bandwidth", "communities", "convergence", "deliverables",
    "e-business", "infrastructures", "initiatives", "markets", "metrics", "models", "networks",
    "platforms", "schemas", "solutions", "synergies", "technologies", "web services",
];

pub const DB_COLUMNS: &[&str] = &[
    "id", "title", "name", "email", "phone", "token", "group", "category", "password", "comment",
    "avatar", "status", "createdAt", "updatedAt",
];
pub const DB_TYPES: &[&str] = &[
    "int", "varchar", "text", "date", "datetime", "tinyint", "time", "timestamp", "smallint",
    "mediumint", "bigint", "decimal", "float", "double", "real", "bit", "boolean", "serial", "blob",
    "binary", "enum", "set", "geometry", "point",
];
pub const DB_COLLATIONS: &[&str] = &[
    "utf8_unicode_ci", "utf8_general_ci", "utf8_bin", "ascii_bin", "ascii_general_ci",
    "cp1250_bin", "cp1250_general_ci",
];
pub const DB_ENGINES: &[&str] =
    &["InnoDB", "MyISAM", "MEMORY", "CSV", "BLACKHOLE", "ARCHIVE"];

pub const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];
pub const WEEKDAYS: &[&str] =
    &["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

pub const ACCOUNT_TYPES: &[&str] = &[
    "Checking", "Savings", "Money Market", "Investment", "Home Loan", "Credit Card", "Auto Loan",
    "Personal Loan",
];
pub const TRANSACTION_TYPES: &[&str] = &["deposit", "withdrawal", "payment", "invoice"];
pub const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "KYD", "LRD", "TMT", "XCD", "XDR", "HUF",
    "TWD", "CUP",
];
pub const CURRENCY_NAMES: &[&str] = &[
    "US Dollar", "Euro", "Pound Sterling", "Yen", "Swiss Franc", "Canadian Dollar", "Forint",
    "New Taiwan Dollar", "Cuban Peso", "Croatian Kuna", "Palladium", "Liberian Dollar",
];
pub const CURRENCY_SYMBOLS: &[&str] = &["$", "€", "£", "¥", "kr", "ƒ", "₹", "₩", "₽", "R$"];

pub const ABBREVIATIONS: &[&str] = &[
    "TCP", "HTTP", "SDD", "RAM", "GB", "CSS", "SSL", "AGP", "SQL", "FTP", "PCI", "AI", "ADP", "RSS",
    "XML", "EXE", "COM", "HDD", "THX", "SMTP", "SMS", "USB", "PNG", "SAS", "IB", "SCSI", "JSON",
    "XSS", "JBOD",
];
pub const HACKER_ADJECTIVES: &[&str] = &[
    "auxiliary", "primary", "back-end", "digital", "open-source", "virtual", "cross-platform",
    "redundant", "online", "haptic", "multi-byte", "bluetooth", "wireless", "1080p", "neural",
    "optical", "solid state", "mobile",
];
pub const HACKER_NOUNS: &[&str] = &[
    "driver", "protocol", "bandwidth", "panel", "microchip", "program", "port", "card", "array",
    "interface", "system", "sensor", "firewall", "hard drive", "pixel", "alarm", "feed", "monitor",
    "application", "transmitter", "bus", "circuit", "capacitor", "matrix",
];
pub const HACKER_VERBS: &[&str] = &[
    "back up", "bypass", "hack", "override", "compress", "copy", "navigate", "index", "connect",
    "generate", "quantify", "calculate", "synthesize", "input", "transmit", "program", "reboot",
    "parse",
];
pub const HACKER_ING_VERBS: &[&str] = &[
    "backing up", "bypassing", "hacking", "overriding", "compressing", "copying", "navigating",
    "indexing", "connecting", "generating", "quantifying", "calculating", "synthesizing",
    "transmitting", "programming", "parsing",
];

pub const LOREM: &[&str] = &[
    "alias", "consequatur", "aut", "perferendis", "sit", "voluptatem", "accusantium", "doloremque",
    "aperiam", "eaque", "ipsa", "quae", "ab", "illo", "inventore", "veritatis", "et", "quasi",
    "architecto", "beatae", "vitae", "dicta", "sunt", "explicabo", "aspernatur", "odit", "fugit",
    "sed", "quia", "consequuntur", "magni", "dolores", "eos", "qui", "ratione", "sequi", "nesciunt",
    "neque", "dolorem", "ipsum", "quisquam", "est", "dolor", "amet", "adipisci", "velit", "numquam",
    "modi", "tempora", "incidunt", "ut", "labore", "dolore", "magnam", "aliquam", "quaerat",
    "minima", "nostrum", "saepe", "fugiat", "odio",
];

pub const DOMAIN_SUFFIXES: &[&str] = &["com", "net", "org", "biz", "info", "name", "io"];
pub const FREE_EMAIL_DOMAINS: &[&str] = &["gmail.com", "yahoo.com", "hotmail.com"];
pub const EXAMPLE_EMAIL_DOMAINS: &[&str] = &["example.com", "example.net", "example.org"];
pub const AVATAR_USERS: &[&str] = &[
    "kerihenare", "envex", "thatonetommy", "leandrovaranda", "tomas_janousek", "jm_denis",
    "mizko", "nelshd", "adellecharles", "rem",
];
pub const IMAGE_CATEGORIES: &[(&str, &str)] = &[
    ("randomAbstractImage", "abstract"),
    ("randomAnimalsImage", "animals"),
    ("randomBusinessImage", "business"),
    ("randomCatsImage", "cats"),
    ("randomCityImage", "city"),
    ("randomFoodImage", "food"),
    ("randomNightlifeImage", "nightlife"),
    ("randomFashionImage", "fashion"),
    ("randomPeopleImage", "people"),
    ("randomNatureImage", "nature"),
    ("randomSportsImage", "sports"),
    ("randomTransportImage", "transport"),
];

pub const DIRECTORIES: &[&str] = &[
    "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/media", "/mnt", "/opt", "/proc", "/rescue",
    "/root", "/sbin", "/srv", "/sys", "/tmp", "/usr", "/usr/bin", "/usr/include", "/usr/lib",
    "/usr/libdata", "/usr/local/src", "/usr/share", "/var", "/var/log", "/var/yp", "/Applications",
    "/Library", "/System", "/Users",
];
pub const MIME_TYPES: &[&str] = &[
    "application/json", "application/pdf", "application/zip", "application/vnd.xfdl",
    "application/xml", "audio/mpeg", "audio/smv", "audio/t140c", "audio/vnd.dlna.adts",
    "font/woff2", "image/png", "image/jpeg", "image/gif", "image/svg+xml", "message/rfc822",
    "model/gltf+json", "text/css", "text/csv", "text/html", "text/plain", "video/mp4", "video/webm",
    "video/vnd.cctv",
];
pub const COMMON_FILE_TYPES: &[&str] = &["video", "audio", "image", "text", "application"];
pub const FILE_TYPES: &[&str] = &[
    "application", "audio", "chemical", "font", "image", "message", "model", "multipart", "text",
    "video", "x-conference", "x-shader",
];
pub const COMMON_FILE_EXTS: &[&str] = &[
    "pdf", "mpeg", "mp3", "mp4", "mpg4", "m2v", "wav", "png", "jpeg", "jpe", "gif", "htm", "html",
    "txt", "doc", "m1v",
];
pub const FILE_EXTS: &[&str] = &[
    "c4u", "cbr", "kml", "meta4", "wdp", "mdp", "distz", "icm", "jsonml", "psb", "fdf", "gmx",
    "atomsvc", "bpk", "eps", "obj", "def", "ecelp9600", "bmp", "xlsx",
];
pub const USER_AGENTS: &[&str] = &[
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.{b}.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_{m}_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{m}.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
    "Mozilla/5.0 (compatible; MSIE {m}.0; Windows NT 6.{m}; Trident/{m}.0)",
    "Opera/{m}.{v} (X11; Linux i686; U; en Presto/2.9.{b} Version/{m}.00)",
];
