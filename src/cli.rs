//! Command-line interface: `postie run` takes `newman run`'s flags as written.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

pub mod dist;

#[derive(Debug, Parser)]
#[command(
    name = "postie",
    version,
    disable_version_flag = true,
    about = "Run Postman collections headlessly: a drop-in for `newman run`"
)]
pub struct Cli {
    /// Print the version (`-v` as in Newman).
    #[arg(short = 'v', long = "version", action = clap::ArgAction::Version)]
    version: Option<bool>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a collection (accepts `newman run`'s flags).
    Run(Box<RunArgs>),
    /// Serve a collection's saved example responses on 127.0.0.1.
    Mock(MockArgs),
    /// Convert a collection between a v2.1 JSON file and a collection schema v3 (YAML) directory.
    Convert(ConvertArgs),
    /// Merge shard JSON reports (`run --shard`) into one run's reports (postie only).
    Merge(dist::MergeArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print postie's man page (roff) to standard output.
    Man,
}

/// Writes the completion script for `shell` to `out`.
pub fn write_completions(shell: clap_complete::Shell, out: &mut dyn std::io::Write) {
    let mut command = crate::cli_help::command();
    clap_complete::generate(shell, &mut command, "postie", out);
}

/// Writes the man page (postie(1), with `run` and `mock` as sections) to `out`.
pub fn write_man_page(out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let command = crate::cli_help::command();
    clap_mangen::Man::new(command.clone()).render(out)?;
    for sub in command.get_subcommands() {
        let name = match sub.get_name() {
            "run" => "postie-run",
            "mock" => "postie-mock",
            _ => continue,
        };
        clap_mangen::Man::new(sub.clone().name(name)).render(out)?;
    }
    Ok(())
}

#[derive(Debug, Args)]
pub struct MockArgs {
    /// The collection whose examples are served (a file or a collection schema v3 directory).
    pub collection: PathBuf,
    /// Port to listen on (0 picks a free one).
    #[arg(long, short = 'p', default_value_t = 0)]
    pub port: u16,
}

#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The form to write.
    #[arg(long = "to", value_enum)]
    pub to: ConvertTo,
    /// The collection: a v2.x (or v1) JSON file, or a v3 directory.
    pub input: PathBuf,
    /// Where to write: a directory (v3; must not exist or be empty) or a JSON file (v2.1).
    pub output: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ConvertTo {
    /// Collection schema v3: a directory of YAML files.
    #[value(name = "v3")]
    V3,
    /// Collection format v2.1: one JSON file.
    #[value(name = "v2.1")]
    V2_1,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OAuth2FetchArg {
    Auto,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ParallelByArg {
    Collection,
    Iteration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    On,
    Off,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The collections: files (Postman v2.0/v2.1, or v1), collection schema v3 directories, URLs
    /// or Postman API UIDs; any other directory means every `*.json` file in it, by name. Several
    /// collections run one after another (or side by side with `--parallel`), each as its own
    /// run, and are reported together.
    #[arg(required = true, num_args = 1.., value_name = "COLLECTION")]
    pub collections: Vec<PathBuf>,

    /// Environment file (JSON or YAML), URL or Postman API UID.
    #[arg(short = 'e', long = "environment", value_name = "PATH")]
    pub environment: Option<PathBuf>,
    /// Globals file (JSON or YAML) or URL.
    #[arg(short = 'g', long = "globals", value_name = "PATH")]
    pub globals: Option<PathBuf>,
    /// Iteration data: a CSV file with a header row or a JSON array of objects (a path or a URL).
    #[arg(short = 'd', long = "iteration-data", value_name = "PATH")]
    pub iteration_data: Option<PathBuf>,
    /// Number of iterations.
    #[arg(short = 'n', long = "iteration-count", value_name = "N")]
    pub iteration_count: Option<usize>,
    /// Run only this folder or request (a name, or a path "Folder -> Request"); repeatable.
    #[arg(long = "folder", value_name = "NAME")]
    pub folder: Vec<String>,
    /// Set an environment variable (k=v); repeatable.
    #[arg(long = "env-var", value_name = "KEY=VALUE")]
    pub env_var: Vec<String>,
    /// Set a global variable (k=v); repeatable.
    #[arg(long = "global-var", value_name = "KEY=VALUE")]
    pub global_var: Vec<String>,

    /// Write the final environment to this file.
    #[arg(long = "export-environment", value_name = "PATH")]
    pub export_environment: Option<PathBuf>,
    /// Write the final globals to this file.
    #[arg(long = "export-globals", value_name = "PATH")]
    pub export_globals: Option<PathBuf>,
    /// Write the collection, with its final collection variables, to this file.
    #[arg(long = "export-collection", value_name = "PATH")]
    pub export_collection: Option<PathBuf>,

    /// Reporters, comma-separated: cli, json, junit, html, htmlextra, progress, github, emojitrain.
    #[arg(
        short = 'r',
        long = "reporters",
        value_name = "LIST",
        value_delimiter = ','
    )]
    pub reporters: Vec<String>,
    /// Pause between requests, in ms.
    #[arg(long = "delay-request", value_name = "MS", num_args = 0..=1, default_missing_value = "0")]
    pub delay_request: Option<u64>,
    /// Time limit for the whole run, in ms.
    #[arg(long = "timeout", value_name = "MS", num_args = 0..=1, default_missing_value = "0")]
    pub timeout: Option<u64>,
    /// Time limit per request, in ms.
    #[arg(long = "timeout-request", value_name = "MS", num_args = 0..=1, default_missing_value = "0")]
    pub timeout_request: Option<u64>,
    /// Time limit per script, in ms.
    #[arg(long = "timeout-script", value_name = "MS", num_args = 0..=1, default_missing_value = "0")]
    pub timeout_script: Option<u64>,
    /// Stop the run on the first error or failure (`folder`, `failure` refine it).
    #[arg(long = "bail", value_name = "MODIFIERS", num_args = 0..=1, default_missing_value = "", value_delimiter = ',')]
    pub bail: Option<Vec<String>>,
    /// Exit 0 even when tests fail.
    #[arg(short = 'x', long = "suppress-exit-code")]
    pub suppress_exit_code: bool,
    /// Do not verify TLS certificates.
    #[arg(short = 'k', long = "insecure")]
    pub insecure: bool,
    /// Do not follow 3xx redirects.
    #[arg(long = "ignore-redirects")]
    pub ignore_redirects: bool,
    /// Base folder for files the collection uploads.
    #[arg(long = "working-dir", value_name = "PATH")]
    pub working_dir: Option<PathBuf>,
    /// Refuse to read files outside the working directory.
    #[arg(long = "no-insecure-file-read")]
    pub no_insecure_file_read: bool,
    /// Colour output: auto, on or off.
    #[arg(long = "color", value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// No CLI output.
    #[arg(long = "silent")]
    pub silent: bool,
    /// Show request and response details.
    #[arg(long = "verbose")]
    pub verbose: bool,
    /// Plain-text symbols instead of Unicode ones.
    #[arg(long = "disable-unicode")]
    pub disable_unicode: bool,
    /// A tough-cookie JSON cookie jar to start with.
    #[arg(long = "cookie-jar", value_name = "PATH")]
    pub cookie_jar: Option<PathBuf>,
    /// Save the cookie jar after the run.
    #[arg(long = "export-cookie-jar", value_name = "PATH")]
    pub export_cookie_jar: Option<PathBuf>,
    /// Client certificate (PEM, or PFX/P12).
    #[arg(long = "ssl-client-cert", value_name = "PATH")]
    pub ssl_client_cert: Option<PathBuf>,
    /// Client certificate key (PEM, PKCS#8 encrypted with --ssl-client-passphrase or plain).
    #[arg(long = "ssl-client-key", value_name = "PATH")]
    pub ssl_client_key: Option<PathBuf>,
    /// Passphrase of the client key or PFX.
    #[arg(long = "ssl-client-passphrase", value_name = "TEXT")]
    pub ssl_client_passphrase: Option<String>,
    /// Extra trusted CA certificates (PEM); a self-signed server certificate may be given too.
    #[arg(long = "ssl-extra-ca-certs", value_name = "PATH")]
    pub ssl_extra_ca_certs: Option<PathBuf>,
    /// A JSON list of client certificates chosen by URL pattern (Newman's format); it takes
    /// precedence over --ssl-client-cert.
    #[arg(long = "ssl-client-cert-list", value_name = "PATH")]
    pub ssl_client_cert_list: Option<PathBuf>,
    /// Postman API key: collections and environments given as UIDs are fetched from the API.
    #[arg(
        long = "postman-api-key",
        value_name = "KEY",
        env = "POSTMAN_API_KEY",
        hide_env_values = true
    )]
    pub postman_api_key: Option<String>,
    /// Write the final environment and globals back into the files given with -e and -g.
    #[arg(long = "write-back")]
    pub write_back: bool,
    /// With --write-back: replace a read-only file, and write the run's values over values that
    /// someone else changed in the file during the run.
    #[arg(long = "force")]
    pub force: bool,
    /// The largest response body read, decompressed included: a larger one fails its request and
    /// the run goes on. Bytes, or with a unit: 64KiB, 100MB, 1GiB (units are binary). Default 512MiB.
    #[arg(long = "max-response-size", value_name = "SIZE", value_parser = parse_size)]
    pub max_response_size: Option<usize>,
    /// Show secret values (secret variables, auth parameters, captured tokens) in reports
    /// instead of `********`.
    #[arg(long = "reveal-secrets")]
    pub reveal_secrets: bool,
    /// Send requests through this proxy (http, https, socks5 or socks5h URL) instead of
    /// HTTP_PROXY/HTTPS_PROXY/ALL_PROXY; NO_PROXY still applies.
    #[arg(long = "proxy", value_name = "URL")]
    pub proxy: Option<String>,
    /// Leave out this folder or request (matched as --folder matches); repeatable.
    #[arg(long = "exclude-folder", value_name = "NAME")]
    pub exclude_folder: Vec<String>,
    /// Run up to N units at once (collections, or iterations with
    /// `--parallel-by iteration`); 1 runs them one after another; at most 1024.
    #[arg(long = "parallel", value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub parallel: u16,
    /// What `--parallel` runs side by side.
    #[arg(long = "parallel-by", value_enum, default_value_t = ParallelByArg::Collection, value_name = "UNIT")]
    pub parallel_by: ParallelByArg,
    /// Serve the collection's saved examples on 127.0.0.1 and send every request there.
    #[arg(long = "mock")]
    pub mock: bool,
    /// `auto` gets an OAuth 2.0 token when an oauth2 auth's access token is empty
    /// (its grant, cached per configuration, refreshed on expiry or a 401, kept in the
    /// environment as `postie.oauth2.<name>.*`); `never` sends only a token already there (Newman).
    #[arg(long = "oauth2-fetch", value_enum, default_value_t = OAuth2FetchArg::Auto, value_name = "WHEN")]
    pub oauth2_fetch: OAuth2FetchArg,
    /// A node_modules folder that `require(name)` and `pm.require(name)` in scripts
    /// also load pure-JavaScript CommonJS packages from (built-in modules keep priority for
    /// `require`).
    #[arg(long = "script-modules", value_name = "DIR")]
    pub script_modules: Option<PathBuf>,
    #[command(flatten)]
    pub dist: dist::DistArgs,

    /// `--reporter-…` options, collected before parsing.
    #[arg(skip)]
    pub reporter_options: Vec<(String, String)>,
}

/// Newman's reporter options (`--reporter-json-export out.json`, `--reporter-cli-no-summary`)
/// have open-ended names, so they are taken out of the arguments before clap sees them.
/// Returns the remaining arguments and the options as ("json-export", "out.json").
pub fn split_reporter_options(args: Vec<String>) -> (Vec<String>, Vec<(String, String)>) {
    let mut rest = Vec::with_capacity(args.len());
    let mut options = Vec::new();
    let mut iter = args.into_iter().peekable();
    while let Some(arg) = iter.next() {
        let Some(name) = arg.strip_prefix("--reporter-") else {
            rest.push(arg);
            continue;
        };
        if let Some((name, value)) = name.split_once('=') {
            options.push((name.to_string(), value.to_string()));
        } else if name.ends_with("-export") && iter.peek().is_none_or(|next| next.starts_with("--"))
        {
            // `--reporter-json-export` with no path: the reporter's default path, as in Newman
            options.push((name.to_string(), String::new()));
        } else if is_flag_option(name) || iter.peek().is_none_or(|next| next.starts_with("--")) {
            options.push((name.to_string(), "true".to_string()));
        } else {
            let value = iter.next().unwrap_or_default();
            options.push((name.to_string(), value));
        }
    }
    (rest, options)
}

/// Reporter options that never take a value.
fn is_flag_option(name: &str) -> bool {
    let option = name.rsplit_once('-').map_or(name, |(_, o)| o);
    name.contains("-no-")
        || name.starts_with("no-")
        || matches!(
            option,
            "silent"
                | "timestamps"
                | "summary"
                | "failures"
                | "assertions"
                | "console"
                | "banner"
                | "responses"
                | "darkTheme"
                | "showOnlyFails"
                | "omitHeaders"
                | "skipSensitiveData"
                | "logs"
                | "theme"
                | "fails"
                | "headers"
        ) && !name.ends_with("export")
}

/// A size in bytes: `1048576`, `512KiB`, `100MB`, `1G` (every unit is binary: K = 1024).
pub fn parse_size(text: &str) -> Result<usize, String> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits);
    let number: usize = number
        .parse()
        .map_err(|_| format!("`{text}` is not a size (examples: 1048576, 512KiB, 100MB)"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        other => return Err(format!("unknown size unit `{other}` (use KiB, MiB or GiB)")),
    };
    number
        .checked_mul(1usize << shift)
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("`{text}` is not a usable size"))
}

/// Parses `KEY=VALUE` (`--env-var`, `--global-var`); the value may contain `=`.
pub fn parse_key_value(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(format!("expected KEY=VALUE, got {text:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn reporter_options_are_split_out() {
        let (rest, opts) = split_reporter_options(strings(&[
            "postie",
            "run",
            "c.json",
            "--reporter-json-export",
            "out.json",
            "--reporter-cli-no-summary",
            "-e",
            "env.json",
            "--reporter-junit-export=j.xml",
        ]));
        assert_eq!(
            rest,
            strings(&["postie", "run", "c.json", "-e", "env.json"])
        );
        assert_eq!(
            opts,
            vec![
                ("json-export".into(), "out.json".into()),
                ("cli-no-summary".into(), "true".into()),
                ("junit-export".into(), "j.xml".into()),
            ]
        );
    }

    #[test]
    fn key_value_pairs() {
        assert_eq!(parse_key_value("a=b=c"), Ok(("a".into(), "b=c".into())));
        assert!(parse_key_value("novalue").is_err());
        assert!(parse_key_value("=x").is_err());
    }

    #[test]
    fn sizes_with_and_without_units() {
        assert_eq!(parse_size("1048576"), Ok(1 << 20));
        assert_eq!(parse_size("512KiB"), Ok(512 << 10));
        assert_eq!(parse_size("100MB"), Ok(100 << 20));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12 parsecs").is_err());
        assert!(parse_size("MiB").is_err());
        assert!(parse_size("99999999999999999999GiB").is_err());
    }
}
