//! portalctl: administer a managed-service provider's tenant tree, kept in one `SQLite` file or
//! on a `PostgreSQL` server.
//!
//! One command flows one way: `cli` parses, `commands` validates (with `model`) and asks the
//! `store` (one transaction), `confirm` asks before anything destructive, and `output` renders.
//! Every failure is one `error::Error` that knows its exit code.

pub mod cli;
pub mod clock;
pub mod commands;
pub mod complete;
pub mod config;
pub mod confirm;
pub mod error;
pub mod mail;
pub mod model;
pub mod output;
pub mod secret;
pub mod store;
pub mod tree;

use std::ffi::OsString;
use std::process::ExitCode;

use crate::output::{Format, Output};

/// Runs portalctl with `args` (the program name first) and returns its exit code. Errors are
/// reported on stderr here; nothing else in the program decides an exit code.
pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let args: Vec<OsString> = args.into_iter().collect();
    if complete::answer(&args) {
        return ExitCode::SUCCESS;
    }
    let mut command = cli::command();
    if args.iter().any(|a| a == "--no-color") {
        command = command.color(clap::ColorChoice::Never);
    }
    let parsed = command
        .try_get_matches_from(&args)
        .and_then(|m| <cli::Cli as clap::FromArgMatches>::from_arg_matches(&m));
    let mut cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return clap_error(&e, &args),
    };
    if let cli::Command::Log(log) = &mut cli.command {
        log.actor = log_actor_filter(&args);
    }
    let no_color = cli.no_color;
    let mut format = cli.output;
    let result = (|| {
        clock::check()?;
        let cli = cli.with_env()?;
        format = cli.output;
        let config = config::Config::load(cli.config.as_deref())?;
        let fmt = format.or(config.output).unwrap_or(Format::Table);
        format = Some(fmt);
        let out = Output::new(fmt, cli.quiet, no_color);
        let mut ctx = commands::Context::new(out, config, &cli)?;
        commands::dispatch(&mut ctx, cli.command)
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            let color = !no_color && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            Output::error(format.unwrap_or(Format::Table), color, &e);
            ExitCode::from(e.exit_code())
        }
    }
}

/// The `log --actor` filter: an `--actor` given after the `log` subcommand. clap merges it with
/// the global `--actor` (they share the name), so it is read from the arguments themselves:
/// the global `--actor` before `log`, and `PORTALCTL_ACTOR`, never filter the log.
fn log_actor_filter(args: &[OsString]) -> Option<String> {
    const GLOBAL_WITH_VALUE: [&str; 5] = ["--db", "--config", "--output", "-o", "--actor"];
    let args: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if a == "log" {
            break;
        }
        i += if GLOBAL_WITH_VALUE.contains(&a) { 2 } else { 1 };
    }
    let mut filter = None;
    let mut rest = args.iter().skip(i + 1);
    while let Some(a) = rest.next() {
        if a == "--" {
            break;
        }
        if a == "--actor" {
            filter = rest.next().cloned();
        } else if let Some(v) = a.strip_prefix("--actor=") {
            filter = Some(v.to_string());
        }
    }
    filter
}

/// Help and version go to stdout with exit 0; a usage error is exit 2, as a JSON envelope when
/// JSON output was asked for.
fn clap_error(e: &clap::Error, args: &[OsString]) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    if wants_json(args) {
        let message = e.render().to_string();
        let first = message
            .lines()
            .next()
            .unwrap_or("invalid usage")
            .trim_start_matches("error: ")
            .to_string();
        let err = error::Error::usage(first).with_hint("see --help");
        Output::error(Format::Json, false, &err);
    } else {
        let _ = e.print();
    }
    ExitCode::from(2)
}

/// Whether `-o json` / `--output json` / `PORTALCTL_OUTPUT=json` was asked for, read from the
/// raw arguments when clap could not parse them.
fn wants_json(args: &[OsString]) -> bool {
    let mut prev_is_flag = false;
    for a in args.iter().skip(1) {
        let a = a.to_string_lossy();
        if prev_is_flag && a == "json" {
            return true;
        }
        if a == "-ojson" || a == "--output=json" || a == "-o=json" {
            return true;
        }
        prev_is_flag = a == "-o" || a == "--output";
    }
    std::env::var("PORTALCTL_OUTPUT").is_ok_and(|v| v == "json")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(args: &[&str]) -> Option<String> {
        let args: Vec<OsString> = std::iter::once("portalctl")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect();
        log_actor_filter(&args)
    }

    #[test]
    fn only_an_actor_after_log_filters_the_log() {
        assert_eq!(filter(&["log"]), None);
        assert_eq!(filter(&["--actor", "alice", "log"]), None);
        assert_eq!(filter(&["--actor=alice", "log", "--limit", "3"]), None);
        assert_eq!(filter(&["log", "--actor", "bob"]), Some("bob".into()));
        assert_eq!(filter(&["--actor", "log", "log"]), None);
        assert_eq!(
            filter(&["--db", "log", "-o", "json", "log", "--actor=bob"]),
            Some("bob".into())
        );
        assert_eq!(filter(&["customer", "list"]), None);
    }
}
