//! The end-to-end suite of `tests/cli`, the same modules, run on PostgreSQL: each test gets a
//! fresh database of a throwaway cluster (see `tests/common/pg.rs`). Cases that only SQLite
//! has are ignored here with their reason; `server` holds the cases only a server has (roles,
//! passwords, locks held by other sessions).

#[macro_use]
#[path = "../common/sqlite_only_ignored.rs"]
mod sqlite_only_ignored;

#[path = "../cli/apply.rs"]
mod apply;
#[path = "../cli/complete.rs"]
mod complete;
#[path = "../cli/concurrency.rs"]
mod concurrency;
#[path = "../cli/contact.rs"]
mod contact;
#[path = "../cli/customer.rs"]
mod customer;
#[path = "../cli/delete.rs"]
mod delete;
#[path = "../cli/guardrails.rs"]
mod guardrails;
#[path = "../cli/invite.rs"]
mod invite;
#[path = "../cli/lists.rs"]
mod lists;
#[path = "../cli/log.rs"]
mod log;
#[path = "../cli/newcomer.rs"]
mod newcomer;
#[path = "../cli/output.rs"]
mod output;
#[path = "../cli/partner.rs"]
mod partner;
#[path = "../cli/people.rs"]
mod people;
#[path = "../cli/planted.rs"]
mod planted;
#[path = "../cli/portal.rs"]
mod portal;
#[path = "../cli/probe.rs"]
mod probe;
#[path = "../cli/prompts.rs"]
mod prompts;
#[path = "../cli/races.rs"]
mod races;
#[path = "../cli/site.rs"]
mod site;
#[path = "../cli/snapshots.rs"]
mod snapshots;

#[path = "../cli/terminal.rs"]
mod terminal;

mod inside;
mod ops;
mod server;
mod space;

#[path = "../common/mod.rs"]
mod common;

pub use common::{Backend, Env, Run, Tree, file_bytes, os_user};

pub const BACKEND: Backend = Backend::Postgres;

/// `tests/cli/store.rs` is about the SQLite file (modes, owners, WAL, the backup API, foreign
/// files, migrations by `user_version`); the server's own cases are in `server`.
#[test]
#[ignore = "SQLite-only: tests/cli/store.rs (file modes and owners, WAL, the backup API, user_version)"]
fn sqlite_file_cases_run_in_the_sqlite_suite() {}

/// The generated completions and man pages do not depend on the backend.
#[test]
#[ignore = "backend-independent: tests/cli/generated.rs runs in the SQLite suite"]
fn generated_files_are_checked_in_the_sqlite_suite() {}
