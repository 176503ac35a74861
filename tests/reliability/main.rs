//! The reliability suite: load, faults, hostile input and secrets. Each test tries to break
//! the tool the way operators' cron jobs, CI steps and mistakes would, and checks that nothing
//! is lost, torn or leaked. The matrix and its figures are in docs/reliability.md.

#[macro_use]
#[path = "../common/sqlite_only.rs"]
mod sqlite_only;

#[path = "../common/mod.rs"]
mod common;

mod faults;
mod hostile;
mod load;
mod secrets;

pub use common::{Backend, Env, Run, Tree, file_bytes, os_user};

pub const BACKEND: Backend = Backend::Sqlite;

#[path = "helpers.rs"]
mod helpers;

pub use helpers::{big_tree, integrity};
