//! The completions and man pages under completions/ and man/ are generated from the clap
//! definitions (the completions are the shells' registration scripts, which ask portalctl
//! itself at each Tab). This test fails when they are stale; `UPDATE_GENERATED=1 cargo test` rewrites
//! them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap_complete::Shell;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn completions() -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for (shell, name) in [
        (Shell::Bash, "portalctl.bash"),
        (Shell::Zsh, "_portalctl"),
        (Shell::Fish, "portalctl.fish"),
        (Shell::PowerShell, "_portalctl.ps1"),
        (Shell::Elvish, "portalctl.elv"),
    ] {
        files.insert(name.to_string(), portalctl::complete::registration(shell));
    }
    files
}

fn man_pages() -> BTreeMap<String, Vec<u8>> {
    portalctl::cli::man::pages()
}

fn read_dir(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            files.insert(
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            );
        }
    }
    files
}

fn ensure(dir: &str, expected: &BTreeMap<String, Vec<u8>>) {
    let path = root().join(dir);
    let actual = read_dir(&path);
    if &actual == expected {
        return;
    }
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        for (name, bytes) in expected {
            std::fs::write(path.join(name), bytes).unwrap();
        }
        return;
    }
    let stale: std::collections::BTreeSet<&String> = expected
        .keys()
        .chain(actual.keys())
        .filter(|k| expected.get(*k) != actual.get(*k))
        .collect();
    panic!(
        "{dir}/ is stale ({stale:?}); run `UPDATE_GENERATED=1 cargo test --test cli generated` and commit the result"
    );
}

#[test]
fn completions_are_current() {
    ensure("completions", &completions());
}

#[test]
fn man_pages_are_current() {
    let pages = man_pages();
    assert!(pages.contains_key("portalctl.1"));
    assert!(pages.contains_key("portalctl-customer-create.1"));
    ensure("man", &pages);
}

#[test]
fn the_completions_command_prints_the_committed_script() {
    let env = crate::Env::new();
    let out = env.ok(&["completions", "bash"]);
    assert_eq!(out.as_bytes(), completions()["portalctl.bash"].as_slice());
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        assert!(!env.ok(&["completions", shell]).is_empty());
    }
    env.run(&["completions", "tcsh"]).code(2);
}
