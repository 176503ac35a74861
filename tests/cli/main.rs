//! End-to-end tests: the built binary, run hermetically on a temporary SQLite store. The same
//! modules run on PostgreSQL in `tests/cli_postgres`.

#[macro_use]
#[path = "../common/sqlite_only.rs"]
mod sqlite_only;

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

pub use common::{Backend, Env, Run, Tree, file_bytes, os_user};

pub const BACKEND: Backend = Backend::Sqlite;
