//! The help of `postie run`: options grouped as a Newman user looks for them, postie's own extras
//! apart, and the `--reporter-*` options (parsed outside clap, see
//! [`split_reporter_options`](crate::cli::split_reporter_options)) listed after them.

use crate::cli::Cli;
use clap::CommandFactory;

/// postie's command line: the derived [`Cli`] with `run`'s help grouped. Parsing, completions and
/// the man page all start from here.
pub fn command() -> clap::Command {
    Cli::command().mut_subcommand("run", |run| {
        let mut position = 0;
        run.mut_args(|arg| {
            position += 1;
            match heading(arg.get_id().as_str()) {
                Some(name) => {
                    let group = HEADINGS.iter().position(|h| *h == name).unwrap_or(0);
                    arg.help_heading(name)
                        .display_order(group * 1000 + position)
                }
                None => arg,
            }
        })
        .after_help(REPORTER_OPTIONS)
    })
}

/// The groups, in the order the help shows them.
const HEADINGS: [&str; 5] = [
    "Inputs",
    "Output",
    "Run control",
    "SSL",
    "postie extras (not in Newman)",
];

/// The group of a `run` option, by its field name; any option Newman does not have is postie's.
fn heading(id: &str) -> Option<&'static str> {
    Some(match id {
        "help" | "collection" | "collections" => return None,
        "environment"
        | "globals"
        | "iteration_data"
        | "iteration_count"
        | "folder"
        | "env_var"
        | "global_var"
        | "postman_api_key"
        | "working_dir"
        | "no_insecure_file_read"
        | "cookie_jar" => "Inputs",
        "reporters" | "export_environment" | "export_globals" | "export_collection"
        | "export_cookie_jar" | "silent" | "verbose" | "color" | "disable_unicode" => "Output",
        "bail" | "suppress_exit_code" | "delay_request" | "timeout" | "timeout_request"
        | "timeout_script" | "ignore_redirects" => "Run control",
        "insecure"
        | "ssl_client_cert"
        | "ssl_client_key"
        | "ssl_client_passphrase"
        | "ssl_extra_ca_certs"
        | "ssl_client_cert_list" => "SSL",
        _ => HEADINGS[4],
    })
}

const REPORTER_OPTIONS: &str = "\
Reporter options (`--reporter-<reporter>-<option> [value]`; `--reporter-<option>` sets it for every reporter):
  cli        --reporter-cli-no-summary, -no-failures, -no-assertions, -no-success-assertions,
             -no-console, -no-banner, -silent, -show-timestamps
  json       --reporter-json-export [PATH] (no PATH: newman/newman-run-report-<time>-0.json),
             --reporter-json-omit-responses
  junit      --reporter-junit-export [PATH]
  html       --reporter-html-export [PATH], --reporter-html-max-body BYTES (default 65536)
  htmlextra  the html report with htmlextra's -export, -title, -browserTitle, -darkTheme,
             -showOnlyFails, -omitHeaders, -skipSensitiveData, -logs
  emojitrain --reporter-emojitrain-silent
  progress, github: no options
  all        --reporter-secret-names a,b (more variable names whose values are masked)";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_run_option_has_a_group() {
        let command = command();
        let run = command
            .find_subcommand("run")
            .expect("the run subcommand exists");
        for arg in run.get_arguments() {
            let id = arg.get_id().as_str();
            if arg.is_positional() || id == "help" {
                continue;
            }
            assert!(arg.get_help_heading().is_some(), "--{id} has no group");
        }
    }
}
