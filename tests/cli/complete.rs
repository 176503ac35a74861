//! Shell completion from the committed files, in real bash and fish: verbs and flags, and the
//! names in the store that `--db` / `PORTALCTL_DB` names. Completion never creates a store and
//! never prints an error.

use std::path::PathBuf;
use std::process::Command;

use crate::common::invite_create;
use crate::{Env, Tree};

fn completions(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("completions")
        .join(file)
}

/// What bash's completion function offers for `words` (the last one is being completed), and
/// what it printed on stderr.
fn bash(env: &Env, words: &[&str]) -> (Vec<String>, String) {
    let quoted: Vec<String> = words
        .iter()
        .map(|w| format!("'{}'", w.replace('\'', r"'\''")))
        .collect();
    let script = format!(
        r#"source '{}'
COMP_WORDS=({}); COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 )); COMP_TYPE=9
COMP_LINE="${{COMP_WORDS[*]}}"; COMP_POINT=${{#COMP_LINE}}
_clap_complete_portalctl portalctl "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        completions("portalctl.bash").display(),
        quoted.join(" ")
    );
    let out = env
        .shell("bash")
        .args(["--norc", "-c", &script])
        .output()
        .expect("bash");
    assert!(out.status.success(), "{out:?}");
    let offered = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(ToString::to_string)
        .collect();
    (offered, String::from_utf8_lossy(&out.stderr).into_owned())
}

fn seed(env: &Env) {
    env.seed();
    Tree::new()
        .direct("Acorn Ltd", "it@acorn.example", |c| c)
        .direct("Bolt", "it@bolt.example", |c| c)
        .make(env);
    env.ok(&["probe", "create", "spare", "--serial", "SN-0042"]);
    Tree::new()
        .within("Acme", |c| c.contact("bea@acme.example", &[]))
        .make(env);
    env.ok(&invite_create("Bolt", "bea@acme.example", &[]));
}

#[test]
fn bash_completes_verbs_and_the_stores_names() {
    let env = Env::new();
    seed(&env);
    let (offered, err) = bash(&env, &["portalctl", "customer", "show", "Ac"]);
    assert_eq!(
        offered,
        ["Acme", r"Acorn\ Ltd"],
        "a name with a space stays one word"
    );
    assert_eq!(err, "");
    // Case-insensitive, and what bash passes for an escaped space.
    let (offered, _) = bash(&env, &["portalctl", "customer", "show", r"acorn\ "]);
    assert_eq!(offered, [r"Acorn\ Ltd"]);
    let (offered, _) = bash(&env, &["portalctl", "customer", "sh"]);
    assert_eq!(offered, ["show"]);
    let (offered, _) = bash(&env, &["portalctl", "site", "list", "--partner", "N"]);
    assert_eq!(offered, ["Northwind"]);
    let (offered, _) = bash(&env, &["portalctl", "probe", "show", "s"]);
    assert_eq!(offered, ["SN-0042", "spare"], "serials complete too");
    let (offered, _) = bash(&env, &["portalctl", "probe", "assign", "sp", "--site", "H"]);
    assert_eq!(offered, ["HQ"]);
    let (offered, _) = bash(&env, &["portalctl", "contact", "show", "b"]);
    assert_eq!(offered, ["bea@acme.example"]);
    let (offered, _) = bash(&env, &["portalctl", "invite", "revoke", "1"]);
    assert_eq!(offered, ["1"]);
    let (offered, _) = bash(&env, &["portalctl", "portal", "enable", "--customer", "B"]);
    assert_eq!(offered, ["Bolt"]);
}

#[test]
fn the_db_flag_on_the_line_chooses_the_store_and_a_missing_one_offers_nothing() {
    let env = Env::new();
    seed(&env);
    let other = Env::new();
    other.ok(&[
        "customer",
        "create",
        "Zeta",
        "--direct",
        "--email",
        "z@zeta.example",
    ]);
    let db = other.db.to_str().unwrap();
    let (offered, _) = bash(&env, &["portalctl", "--db", db, "customer", "show", ""]);
    assert!(offered.contains(&"Zeta".to_string()), "{offered:?}");
    assert!(!offered.contains(&"Acme".to_string()), "{offered:?}");

    if env.is_postgres() {
        return; // a missing file is the SQLite case; the rest holds on both
    }
    let missing = env.path("typo/portal.db");
    let (offered, err) = bash(
        &env,
        &[
            "portalctl",
            "--db",
            missing.to_str().unwrap(),
            "customer",
            "show",
            "A",
        ],
    );
    assert!(offered.is_empty(), "{offered:?}");
    assert_eq!(err, "", "completion never prints an error");
    assert!(
        !env.path("typo").exists(),
        "completion never creates a store"
    );
}

#[test]
fn completion_answers_without_a_terminal_and_changes_nothing() {
    let env = Env::new();
    seed(&env);
    // No terminal, no stdin: the answer comes anyway, from the committed script's own call.
    let out = env
        .shell("portalctl")
        .env("PORTALCTL_COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "3")
        .env("_CLAP_IFS", "\n")
        .args(["--", "portalctl", "customer", "delete", "B"])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Bolt");
    assert_eq!(
        env.count("SELECT count(*) FROM customer"),
        3,
        "nothing deleted"
    );
    // An unknown shell name offers nothing and says nothing.
    let out = env
        .shell("portalctl")
        .env("PORTALCTL_COMPLETE", "tcsh")
        .args(["--", "portalctl", "customer", "show", "A"])
        .output()
        .expect("run");
    assert!(out.status.success() && out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn fish_completes_the_stores_names_with_their_descriptions() {
    let env = Env::new();
    let has_fish = Command::new("fish").arg("--version").output().is_ok();
    if !has_fish {
        let required = std::env::var_os("PORTALCTL_REQUIRE_SHELLS").is_some_and(|v| v == "1");
        assert!(
            !required,
            "fish is not installed (Debian: apt-get install fish)"
        );
        // Straight to the process's stderr: the test harness would swallow `eprintln!`.
        let _ = std::io::Write::write_all(
            &mut std::io::stderr(),
            b"\nSKIPPED the fish completion test: fish is not installed (Debian: apt-get install fish).\n",
        );
        return;
    }
    seed(&env);
    let script = format!(
        "source '{}'; complete -C 'portalctl customer show Ac'; echo ---; complete -C 'portalctl probe show SN'",
        completions("portalctl.fish").display()
    );
    let out = env
        .shell("fish")
        .args(["--no-config", "-c", &script])
        .output()
        .expect("fish");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    let (names, serials) = text.split_once("---\n").expect("two answers");
    assert_eq!(
        names.lines().collect::<Vec<_>>(),
        ["Acme\tpartner Northwind", "Acorn Ltd\tdirect customer"]
    );
    assert_eq!(serials.trim(), "SN-0042\tserial of spare");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn other_flags_on_the_line_narrow_the_names_offered() {
    let env = Env::new();
    seed(&env);
    Tree::new()
        .direct("Tailspin Toys", "it@tailspin.example", |c| c)
        .make(&env);
    for site in ["HQ", "Hangar"] {
        env.ok(&["site", "create", site, "--customer", "Tailspin Toys"]);
    }
    env.ok(&["site", "create", "Lab", "--customer", "Acme"]);
    Tree::new()
        .within("Tailspin Toys", |c| c.contact("tom@tailspin.example", &[]))
        .make(&env);
    // As bash passes the words: the quotes typed are part of the word.
    for customer in ["'Tailspin Toys'", r"Tailspin\ Toys", "\"Tailspin Toys\""] {
        let (offered, err) = names(bash(
            &env,
            &["portalctl", "site", "show", "--customer", customer, ""],
        ));
        assert_eq!(offered, ["HQ", "Hangar"], "{customer}");
        assert_eq!(err, "");
    }
    let (offered, _) = names(bash(&env, &["portalctl", "site", "show", ""]));
    assert_eq!(
        offered,
        ["HQ", "Hangar", "Lab"],
        "without --customer: every site"
    );
    let (offered, _) = names(bash(
        &env,
        &["portalctl", "site", "show", "--customer", "Acme", ""],
    ));
    assert_eq!(offered, ["HQ", "Lab"]);
    // By id, too, as the command takes it.
    let (offered, _) = names(bash(
        &env,
        &["portalctl", "site", "delete", "--customer", "1", "L"],
    ));
    assert_eq!(offered, ["Lab"]);
    let (offered, _) = names(bash(
        &env,
        &[
            "portalctl",
            "contact",
            "show",
            "--customer",
            "'Tailspin Toys'",
            "",
        ],
    ));
    assert_eq!(offered, ["tom@tailspin.example"]);
    let (offered, _) = names(bash(
        &env,
        &["portalctl", "customer", "show", "--direct", ""],
    ));
    assert_eq!(offered, [r"Acorn\ Ltd", "Bolt", r"Tailspin\ Toys"]);
    let (offered, _) = names(bash(
        &env,
        &[
            "portalctl",
            "customer",
            "show",
            "--partner",
            "Northwind",
            "",
        ],
    ));
    assert_eq!(offered, ["Acme"]);
    let (offered, _) = names(bash(
        &env,
        &[
            "portalctl",
            "probe",
            "show",
            "--site",
            "HQ",
            "--customer",
            "Acme",
            "",
        ],
    ));
    assert_eq!(offered, ["hq-probe-1"]);
}

/// The names among what was offered (an empty word is offered the flags too).
fn names((offered, err): (Vec<String>, String)) -> (Vec<String>, String) {
    (
        offered
            .into_iter()
            .filter(|o| !o.starts_with('-'))
            .collect(),
        err,
    )
}
