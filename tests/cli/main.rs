//! End-to-end tests: the built binary, run hermetically on a temporary store.

mod apply;
mod concurrency;
mod contact;
mod customer;
mod delete;
mod generated;
mod guardrails;
mod invite;
mod log;
mod output;
mod partner;
mod portal;
mod probe;
mod prompts;
mod site;
mod store;

#[path = "../common/mod.rs"]
mod common;

pub use common::{Env, Run, file_bytes, os_user};
