//! The store itself on the command line: the audit `log` and `db`.

use clap::{Args, Subcommand};

use std::path::PathBuf;

// ---------------------------------------------------------------- log and db

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Only this kind of entity (partner, customer, site, probe, contact, guest, invitation,
    /// apply), or one entity as KIND:ID
    #[arg(long, value_name = "KIND[:ID]")]
    pub entity: Option<String>,
    /// Only changes made in the name of this actor (only when given here: the global --actor
    /// and PORTALCTL_ACTOR never filter the log)
    #[arg(long, value_name = "NAME")]
    pub actor: Option<String>,
    /// Only changes by this authenticated user (the OS user, or the database role)
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// Only this action
    #[arg(long, value_enum, value_name = "ACTION")]
    pub action: Option<crate::store::audit::Action>,
    /// Only changes since a time: RFC 3339, a date (2026-01-31), or an age (90m, 12h, 7d)
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// Only changes until a time (inclusive): RFC 3339, a date, or an age
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,
    /// Show at most N entries
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..=1_000_000_000))]
    pub limit: Option<i64>,
    /// Skip the first N entries (newest first)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(0..=1_000_000_000_000))]
    pub offset: Option<i64>,
}

#[derive(Debug, Subcommand)]
pub enum DbCmd {
    /// Print where the store is: the SQLite file's path, or the server's URL (no password)
    #[command(after_help = "Example:
  portalctl db path")]
    Path,
    /// Check the store: its schema and that every reference resolves (exit 1 with the
    /// findings when not clean)
    #[command(after_help = "Example:
  portalctl db check")]
    Check,
    /// Copy the store to FILE (a SQLite file, whichever backend), consistently, even while
    /// others write (the copy is 0600)
    #[command(after_help = "Example:
  portalctl db backup /var/backups/portal-$(date +%F).db")]
    Backup {
        /// Where to write the copy (replaced atomically if it exists)
        file: PathBuf,
    },
    /// Apply pending schema migrations (opening the store does this too)
    #[command(after_help = "Example:
  portalctl db migrate")]
    Migrate,
    /// Copy the whole store (hashes, audit and ids included) into an empty store at TARGET
    #[command(after_help = "Examples:
  portalctl db copy postgres://alice@db.internal/msp   # to a server
  portalctl --db postgres://alice@db.internal/msp db copy team.db   # and back

TARGET is a SQLite path or a postgres:// URL. It must be empty (a new file, or a database without
tables); one that already holds data is refused (exit 4). Codes, tokens and passwords keep
working in the copy, and it is read from one consistent snapshot.")]
    Copy {
        /// The new store: a path, or a postgres:// URL
        target: String,
    },
    /// Print the SQL that sets up the PostgreSQL group roles (safe to run twice)
    #[command(after_help = "Example:
  portalctl db grants | psql -d msp          # as the owner of the tables
  portalctl db grants --prefix msp2 | psql -d msp2

It creates portalctl_reader (reads), portalctl_operator (reads, and every change but deletes) and
portalctl_admin (everything, deletes and --prune included). For all three the audit is
append-only. Grant one to each login role: GRANT portalctl_operator TO alice; Creating the roles
needs CREATEROLE; the SQL stops at its first error in psql.")]
    Grants {
        #[arg(
            long,
            value_name = "PREFIX",
            default_value = "portalctl",
            help = "Name the groups PREFIX_reader, PREFIX_operator and PREFIX_admin, so that two stores in one cluster have separate roles (lower-case letters, digits, _)"
        )]
        prefix: String,
    },
}
