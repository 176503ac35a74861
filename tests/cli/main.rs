//! End-to-end tests: the built binary, run hermetically on a temporary SQLite store. The same
//! modules run on PostgreSQL in `tests/cli_postgres`.

/// A case that only SQLite has (files, modes, WAL, its query plans): a plain test here, an
/// ignored one (with its reason) in the PostgreSQL suite.
macro_rules! sqlite_only {
    ($why:literal, #[test] fn $name:ident() $body:block) => {
        #[test]
        fn $name() $body
    };
}

mod apply;
mod bounded;
mod complete;
mod concurrency;
mod contact;
mod customer;
mod delete;
mod generated;
mod guardrails;
mod invite;
mod lists;
mod log;
mod newcomer;
mod output;
mod partner;
mod people;
mod planted;
mod portal;
mod probe;
mod prompts;
mod races;
mod site;
mod snapshots;
mod store;
mod terminal;

#[path = "../common/mod.rs"]
mod common;

pub use common::{Backend, Env, Run, file_bytes, os_user};

pub const BACKEND: Backend = Backend::Sqlite;
