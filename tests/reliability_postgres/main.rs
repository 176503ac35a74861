//! The reliability suite of `tests/reliability`, the same modules, run on PostgreSQL (a
//! throwaway cluster, a fresh database per test): load, faults, hostile input and secrets. Each test tries to break
//! the tool the way operators' cron jobs, CI steps and mistakes would, and checks that nothing
//! is lost, torn or leaked. The matrix and its figures are in docs/reliability.md.

#[macro_use]
#[path = "../common/sqlite_only_ignored.rs"]
mod sqlite_only_ignored;

#[path = "../common/mod.rs"]
mod common;

#[path = "../reliability/faults.rs"]
mod faults;
#[path = "../reliability/hostile.rs"]
mod hostile;
#[path = "../reliability/load.rs"]
mod load;
#[path = "../reliability/secrets.rs"]
mod secrets;

pub use common::{Backend, Env, Run, Tree, file_bytes, os_user};

pub const BACKEND: Backend = Backend::Postgres;

#[path = "../reliability/helpers.rs"]
mod helpers;

pub use helpers::{big_tree, integrity};
