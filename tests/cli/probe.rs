use crate::Env;
use serde_json::Value;

/// 24 Crockford characters in six hyphenated groups of four.
fn is_code(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 6
        && groups.iter().all(|g| {
            g.len() == 4
                && g.bytes()
                    .all(|b| b"0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(&b))
        })
}

#[test]
fn create_prints_the_token_once_in_every_format() {
    let env = Env::new();
    env.seed();
    let p = env.json(&["probe", "create", "p2", "--site", "HQ", "--serial", "SN-1"]);
    let token = p["installation_token"].as_str().unwrap().to_string();
    assert!(is_code(&token), "{token}");
    assert_eq!(p["site"], "HQ");
    assert_eq!(p["customer"], "Acme");
    assert_eq!(p["serial"], "SN-1");

    let q = env.run(&["-q", "probe", "create", "p3"]);
    q.code(0);
    let lines: Vec<&str> = q.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", q.stdout);
    assert_eq!(lines[0], "3");
    assert!(is_code(lines[1]), "{}", lines[1]);

    let t = env.run(&["probe", "create", "p4"]);
    t.code(0);
    assert!(t.stdout.contains("installation_token"), "{}", t.stdout);
    assert!(t.stderr.contains("shown only this once"), "{}", t.stderr);
}

#[test]
fn the_token_never_appears_in_list_show_log_or_the_store() {
    let env = Env::new();
    env.seed();
    let p = env.json(&["probe", "create", "secret-probe", "--site", "HQ"]);
    let token = p["installation_token"].as_str().unwrap().to_string();
    let bare = token.replace('-', "");
    let seen = env.printed_in_every_format(&[
        vec!["probe", "list"],
        vec!["probe", "show", "secret-probe"],
        vec!["log"],
        vec!["probe", "show", "secret-probe", "-q"],
    ]);
    assert!(!seen.contains(&token) && !seen.contains(&bare));
    let bytes = env.store_bytes();
    let raw = String::from_utf8_lossy(&bytes);
    assert!(
        !raw.contains(&token) && !raw.contains(&bare),
        "token found in the store file"
    );
    // The probe's JSON has no token field.
    assert_eq!(
        env.json(&["probe", "show", "secret-probe"])["installation_token"],
        Value::Null
    );
}

#[test]
fn assign_unassign_and_list_filters() {
    let env = Env::new();
    env.seed();
    env.ok(&["probe", "create", "spare"]);
    let unassigned = env.json(&["probe", "list", "--unassigned"]);
    assert_eq!(unassigned.as_array().unwrap().len(), 1);
    let a = env.json(&[
        "probe",
        "assign",
        "spare",
        "--site",
        "HQ",
        "--customer",
        "Acme",
    ]);
    assert_eq!(a["site"], "HQ");
    assert_eq!(env.rows(&["probe", "list", "--customer", "Acme"]), 2);
    assert_eq!(env.rows(&["probe", "list", "--site", "HQ"]), 2);
    let u = env.json(&["probe", "unassign", "spare"]);
    assert_eq!(u["site"], Value::Null);
    assert_eq!(
        env.count("SELECT count(*) FROM audit WHERE action IN ('assign', 'unassign')"),
        2
    );
    env.run(&["probe", "assign", "spare", "--site", "Nowhere"])
        .code(3);
}

#[test]
fn names_and_serials_are_unique() {
    let env = Env::new();
    env.seed();
    env.run(&["probe", "create", "hq-probe-1", "--site", "HQ"])
        .code(4);
    env.ok(&["probe", "create", "hq-probe-1"]); // unassigned namespace
    env.run(&["probe", "create", "hq-probe-1"]).code(4);
    env.ok(&["probe", "create", "a", "--serial", "SN-9"]);
    let r = env.run(&["probe", "create", "b", "--serial", "SN-9"]);
    r.code(4);
    assert!(r.stderr.contains("SN-9"), "{}", r.stderr);
    // Two probes named hq-probe-1: ambiguous without --site.
    env.run(&["probe", "show", "hq-probe-1"]).code(2);
    assert_eq!(
        env.json(&["probe", "show", "hq-probe-1", "--site", "HQ"])["id"],
        1
    );
}

#[test]
fn edit_and_delete() {
    let env = Env::new();
    env.seed();
    let e = env.json(&[
        "probe",
        "edit",
        "hq-probe-1",
        "--name",
        "hq-1",
        "--serial",
        "SN-1",
    ]);
    assert_eq!(e["name"], "hq-1");
    assert_eq!(e["serial"], "SN-1");
    env.run(&["probe", "delete", "hq-1"]).code(5);
    env.ok(&["probe", "delete", "hq-1", "--yes"]);
    assert_eq!(env.count("SELECT count(*) FROM probe"), 0);
}
