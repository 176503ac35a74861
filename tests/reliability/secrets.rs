use std::os::unix::fs::PermissionsExt;

use crate::common::{contact_create, invite_create};
use crate::{Env, Tree};

fn field(v: &serde_json::Value, f: &str) -> String {
    v[f].as_str()
        .unwrap_or_else(|| panic!("no {f} in {v}"))
        .to_string()
}

/// Every secret a full scenario prints, then every other output searched for them.
#[test]
fn no_secret_appears_anywhere_but_where_it_was_made() {
    let env = Env::new();
    let secrets = every_secret(&env);
    let seen = everything_else_printed(&env, &secrets);
    let raw = env.store_bytes();
    let raw = String::from_utf8_lossy(&raw).to_string();
    let seen_upper = seen.to_uppercase();
    for s in &secrets {
        let bare = s.replace('-', "");
        for spelling in [
            s.clone(),
            bare.clone(),
            s.to_lowercase(),
            bare.to_lowercase(),
        ] {
            assert!(
                !seen.contains(&spelling),
                "{spelling} leaked into an output"
            );
            assert!(!raw.contains(&spelling), "{spelling} is in the store file");
        }
        assert!(!seen_upper.contains(&bare.to_uppercase()));
    }
}

/// A full scenario: the seed, Contoso's pat, and each of the 12 secrets it prints.
fn every_secret(env: &Env) -> Vec<String> {
    let mut secrets = Vec::new();
    env.seed();
    Tree::contoso().make(env);
    secrets.push(field(
        &env.json(&["probe", "create", "p2", "--site", "HQ"]),
        "installation_token",
    ));
    secrets.push(field(
        &env.json(&["portal", "enable", "--customer", "Acme"]),
        "authcode",
    ));
    secrets.push(field(
        &env.json(&["portal", "enable", "--site", "HQ", "--installation-level"]),
        "authcode",
    ));
    secrets.push(field(
        &env.json(&["authcode", "regenerate", "--customer", "Acme"]),
        "authcode",
    ));
    secrets.push(field(
        &env.json(&["authcode", "regenerate", "--probe", "hq-probe-1"]),
        "installation_token",
    ));
    secrets.push(field(
        &env.json(&contact_create("Acme", "admin@acme.example", &["--login"])),
        "password",
    ));
    secrets.push(field(
        &env.json(&["contact", "password", "admin@acme.example"]),
        "password",
    ));
    secrets.push(field(
        &env.json(&invite_create("Acme", "pat@contoso.example", &[])),
        "invitation_token",
    ));
    let resent = env.json(&["invite", "resend", "1"]);
    secrets.push(field(&resent, "invitation_token"));
    let tree = "[[customer]]\nname = \"Fresh\"\nemail = \"f@fresh.example\"\nportal = true\n\
                [[customer.site]]\nname = \"S\"\n[[customer.site.probe]]\nname = \"fp\"\n\
                [[customer.contact]]\nemail = \"l@fresh.example\"\nlogin = true\n";
    let f = env.path("t.toml");
    std::fs::write(&f, tree).unwrap();
    let applied = env.json(&["apply", "-f", f.to_str().unwrap()]);
    for s in applied["secrets"].as_array().unwrap() {
        secrets.push(field(s, "value"));
    }
    assert_eq!(secrets.len(), 12);
    secrets
}

/// What every read prints in every format, and what refusals and mistakes print.
fn everything_else_printed(env: &Env, secrets: &[String]) -> String {
    let reads: Vec<Vec<&str>> = vec![
        vec!["partner", "list"],
        vec!["customer", "list"],
        vec!["customer", "show", "Acme"],
        vec!["customer", "view", "Acme"],
        vec!["customer", "view", "Fresh"],
        vec!["site", "list"],
        vec!["probe", "list"],
        vec!["probe", "show", "hq-probe-1"],
        vec!["contact", "list"],
        vec!["contact", "show", "admin@acme.example"],
        vec!["contact", "access", "pat@contoso.example"],
        vec!["invite", "list"],
        vec!["invite", "show", "1"],
        vec!["portal", "status", "--customer", "Acme"],
        vec!["authcode", "show", "--site", "HQ"],
        vec!["authcode", "show", "--probe", "p2"],
        vec!["log"],
        vec!["export"],
    ];
    let mut seen = env.printed_in_every_format(&reads);
    // Error paths: refusals and mistakes, with and without --explain.
    for args in [
        vec!["authcode", "verify", &secrets[1], "--explain"],
        vec!["authcode", "verify", &secrets[2]],
        vec!["invite", "accept", &secrets[7]],
    ] {
        let r = env.run(&args);
        assert_ne!(r.code, 0);
        seen.push_str(&r.stdout);
        seen.push_str(&r.stderr);
    }
    let r = env.run_with(
        &["contact", "login", "admin@acme.example"],
        &format!("{}\n", secrets[5]),
    );
    r.code(6);
    seen.push_str(&r.stderr);
    seen
}

sqlite_only! { "file modes of the store file",
#[test]
fn every_file_is_private_whatever_the_umask() {
    let env = Env::new();
    let backup = env.path("b.db");
    let sh = |cmd: &str| {
        let status = env
            .shell("sh")
            .arg("-c")
            .arg(format!("umask 000; exec portalctl {cmd}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "{cmd}");
    };
    sh("partner create N --email a@n.example");
    // A reader keeps the store open so the -wal and -shm files stay.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let _: i64 = conn
        .query_row("SELECT count(*) FROM partner", [], |r| r.get(0))
        .unwrap();
    sh("partner create M --email a@m.example");
    sh(&format!("db backup '{}'", backup.display()));
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&env.db), 0o600);
    assert_eq!(mode(&env.db.with_extension("db-wal")), 0o600);
    assert_eq!(mode(&env.db.with_extension("db-shm")), 0o600);
    assert_eq!(mode(&backup), 0o600);
    assert_eq!(mode(env.db.parent().unwrap()), 0o700);
}
}

#[test]
fn verbs_that_take_a_secret_read_it_from_standard_input_and_say_so() {
    let env = Env::new();
    for verb in [
        vec!["authcode", "verify"],
        vec!["invite", "accept"],
        vec!["invite", "decline"],
        vec!["contact", "login"],
    ] {
        let mut args = verb.clone();
        args.push("--help");
        let help = env.ok(&args);
        assert!(
            help.contains("standard input"),
            "{verb:?} --help does not say so"
        );
    }
}

/// Secrets come from the OS generator only: nothing seeded or thread-local near them. Unit
/// tests (a file's `#[cfg(test)]` module, at its end) may seed one to test the sampler.
#[test]
fn no_seeded_or_thread_local_generator_in_the_source() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![src];
    let mut checked = 0;
    while let Some(p) = files.pop() {
        if p.is_dir() {
            files.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        } else if p.extension().is_some_and(|e| e == "rs") {
            let whole = std::fs::read_to_string(&p).unwrap();
            let text = whole.split("#[cfg(test)]").next().unwrap_or_default();
            if p.ends_with("secret.rs") {
                assert!(text.contains("fn random_string"), "the sampler is checked");
            }
            for banned in [
                "thread_rng",
                "rand::rng(",
                "StdRng",
                "SmallRng",
                "SeedableRng",
                "from_seed",
                "seed_from_u64",
            ] {
                assert!(!text.contains(banned), "{} uses {banned}", p.display());
            }
            checked += 1;
        }
    }
    assert!(checked > 10);
}
