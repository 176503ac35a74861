//! The reliability suite of `tests/reliability`, the same modules, run on PostgreSQL (a
//! throwaway cluster, a fresh database per test): load, faults, hostile input and secrets. Each test tries to break
//! the tool the way operators' cron jobs, CI steps and mistakes would, and checks that nothing
//! is lost, torn or leaked. The matrix and its figures are in docs/reliability.md.

/// A case that only SQLite has: ignored here, with its reason.
macro_rules! sqlite_only {
    ($why:literal, #[test] fn $name:ident() $body:block) => {
        #[test]
        #[ignore = $why]
        fn $name() $body
    };
}

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

pub use common::{Backend, Env, Run, file_bytes, os_user};

pub const BACKEND: Backend = Backend::Postgres;

#[path = "../reliability/helpers.rs"]
mod helpers;

pub use helpers::{big_tree, integrity};
