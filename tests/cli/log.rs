use crate::Env;

/// The seed, then alice (`--actor`) sets Acme's workflow.
fn seed_and_an_edit_by_alice(env: &Env) {
    env.seed();
    env.ok(&[
        "--actor",
        "alice",
        "customer",
        "edit",
        "Acme",
        "--workflow",
        "gold",
    ]);
}

#[test]
fn every_change_is_logged_newest_first_with_filters() {
    let env = Env::new();
    seed_and_an_edit_by_alice(&env);
    let log = env.json(&["log"]);
    let entries = log.as_array().unwrap();
    assert_eq!(entries.len(), 5);
    assert_eq!(entries[0]["action"], "update");
    assert_eq!(entries[0]["actor"], "alice");
    assert_eq!(entries[0]["entity"], "customer");
    assert_eq!(entries[0]["entity_name"], "Acme");
    assert_eq!(
        entries[0]["changes"]["workflow"]["old"],
        serde_json::Value::Null
    );
    assert_eq!(entries[0]["changes"]["workflow"]["new"], "gold");
    assert_eq!(entries[4]["entity"], "partner");
    assert_eq!(
        entries[4]["actor"],
        env.user().as_str(),
        "the actor defaults to the user"
    );
    assert_eq!(entries[4]["user"], env.user().as_str());
    assert_eq!(
        entries[0]["user"],
        env.user().as_str(),
        "--actor never changes the user"
    );

    assert_eq!(env.rows(&["log", "--entity", "customer"]), 2);
    assert_eq!(env.rows(&["log", "--entity", "customer:1"]), 2);
    assert_eq!(env.rows(&["log", "--actor", "alice"]), 1);
    assert_eq!(env.rows(&["log", "--limit", "2"]), 2);
    assert_eq!(env.rows(&["log", "--since", "1h"]), 5);
    assert_eq!(env.rows(&["log", "--since", "2999-01-01"]), 0);
    env.run(&["log", "--since", "yesterday"]).code(2);
    env.run(&["log", "--entity", "spaceship"]).code(2);
    let csv = env.ok(&["-o", "csv", "log", "--limit", "1"]);
    assert!(
        csv.starts_with("id,at,user,actor,action,entity,entity_id,entity_name,changes\n"),
        "{csv}"
    );
}

#[test]
fn actor_comes_from_flag_then_env_then_the_user() {
    let env = Env::new();
    env.command()
        .env("PORTALCTL_ACTOR", "ci-provisioner")
        .args(["partner", "create", "N", "--email", "a@n.example"])
        .assert()
        .success();
    env.ok(&[
        "--actor",
        "bob",
        "partner",
        "create",
        "M",
        "--email",
        "a@m.example",
    ]);
    env.ok(&["partner", "create", "O", "--email", "a@o.example"]);
    let actors: Vec<String> = env
        .json(&["log"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["actor"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(actors, [env.user().as_str(), "bob", "ci-provisioner"]);
}

#[test]
fn the_global_actor_never_filters_the_log() {
    let env = Env::new();
    seed_and_an_edit_by_alice(&env);
    // An operator with PORTALCTL_ACTOR in their profile still sees everyone's changes.
    let out = env
        .command()
        .env("PORTALCTL_ACTOR", "alice")
        .args(["-o", "json", "log"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let all: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(all.as_array().unwrap().len(), 5);
    // Neither does the global flag before the subcommand.
    assert_eq!(env.rows(&["--actor", "alice", "log"]), 5);
    // The log's own flag does, whatever the environment says.
    let out = env
        .command()
        .env("PORTALCTL_ACTOR", "bob")
        .args(["-o", "json", "log", "--actor", "alice"])
        .output()
        .unwrap();
    let mine: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["actor"], "alice");
}

#[test]
fn log_filters_by_user_until_and_offset() {
    let env = Env::new();
    env.seed();
    let all = env.json(&["log"]);
    assert_eq!(all.as_array().unwrap().len(), 4);
    assert_eq!(env.rows(&["log", "--user", &env.user()]), 4);
    assert_eq!(env.rows(&["log", "--user", "somebody-else"]), 0);
    let page = env.json(&["log", "--offset", "1", "--limit", "2"]);
    assert_eq!(page[0]["id"], all[1]["id"]);
    assert_eq!(page.as_array().unwrap().len(), 2);
    assert_eq!(env.rows(&["log", "--until", "2000-01-01"]), 0);
    assert_eq!(env.rows(&["log", "--until", "9999-12-31"]), 4);
}

#[test]
fn extreme_times_are_answered_not_panicked_on() {
    let env = Env::new();
    env.seed();
    for when in [
        "9999-12-31T23:00:00-02:00",
        "9999-12-31T23:59:59-23:59",
        "0000-01-01T00:00:00+23:59",
        "0000-01-01",
        "9999-12-31",
        "5200w",
    ] {
        for flag in ["--since", "--until"] {
            let r = env.run(&["-o", "json", "log", flag, when]);
            assert_eq!(r.code, 0, "log {flag} {when}: {}", r.stderr);
        }
    }
    assert_eq!(
        env.rows(&["log", "--since", "9999-12-31T23:00:00-02:00"]),
        0
    );
    for bad in ["99999999999999999999d", "10000-01-01", "2026-13-01", "-1d"] {
        env.run(&["log", "--since", bad]).code(2);
    }
}

#[test]
fn the_actor_is_validated_like_a_name() {
    let env = Env::new();
    for bad in [
        "",
        "   ",
        "evil\u{1b}[31m",
        "bell\u{7}",
        "zero\u{200b}width",
        "A\u{441}me",
    ] {
        let r = env.run(&[
            "--actor",
            bad,
            "partner",
            "create",
            "N",
            "--email",
            "a@n.example",
        ]);
        assert_eq!(r.code, 2, "--actor {bad:?}: {}", r.stderr);
        assert!(r.stderr.contains("actor"), "{}", r.stderr);
    }
    let r = env
        .command()
        .env("PORTALCTL_ACTOR", "ci\u{1b}]0;pwned\u{7}")
        .args(["partner", "create", "N", "--email", "a@n.example"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert!(env.store_missing(), "nothing was written");
    // An email in NFD is stored as NFC.
    env.ok(&[
        "--actor",
        "Jo\u{301}se@example.com",
        "partner",
        "create",
        "N",
        "--email",
        "a@n.example",
    ]);
    assert_eq!(env.json(&["log"])[0]["actor"], "J\u{f3}se@example.com");
}

#[test]
fn without_user_or_logname_the_actor_is_the_authenticated_user() {
    let env = Env::new();
    let expected = env.user();
    env.command()
        .env_remove("USER")
        .env_remove("LOGNAME")
        .args(["partner", "create", "N", "--email", "a@n.example"])
        .assert()
        .success();
    assert_eq!(env.json(&["log"])[0]["actor"], expected.as_str());
}
