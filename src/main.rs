use clap::FromArgMatches;
use postie::app;
use postie::cli::{split_reporter_options, Cli, Command};
use std::process::ExitCode;

fn main() -> ExitCode {
    let (args, reporter_options) = split_reporter_options(std::env::args().collect());
    let parsed = postie::cli_help::command()
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 1 } else { 0 });
        }
    };
    let result = match cli.command {
        Command::Run(mut run) => {
            run.reporter_options = reporter_options;
            app::run(&run)
        }
        Command::Mock(mock) => app::mock(&mock),
        Command::Convert(convert) => app::convert(&convert),
        Command::Merge(mut merge) => {
            merge.reporter_options = reporter_options;
            app::merge(&merge)
        }
        Command::Completions { shell } => {
            postie::cli::write_completions(shell, &mut std::io::stdout());
            Ok(0)
        }
        Command::Man => postie::cli::write_man_page(&mut std::io::stdout())
            .map(|()| 0)
            .map_err(|e| app::AppError(format!("cannot write the man page: {e}"))),
    };
    match result {
        Ok(code) => ExitCode::from(code as u8),
        Err(e) => {
            eprintln!("error: {}", e.0);
            ExitCode::from(1)
        }
    }
}
