use serde_json::Value;

use crate::{Env, Tree};

pub const EXAMPLE: &str = r#"
[[partner]]
name = "Northwind MSP"
email = "ops@northwind.example"

[[partner.customer]]
name = "Acme"
email = "it@acme.example"
workflow = "standard"
portal = true

[[partner.customer.site]]
name = "HQ"
portal = true

[[partner.customer.site.probe]]
name = "hq-probe-1"

[[partner.customer.contact]]
email = "billing@acme.example"
contact_type = "billing"
permissions = ["billing"]

[[customer]]            # a direct customer
name = "Solo Ltd"
email = "admin@solo.example"
"#;

fn write(env: &Env, name: &str, text: &str) -> String {
    let p = env.path(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

fn counts(v: &Value) -> (u64, u64, u64, u64) {
    let c = &v["counts"];
    (
        c["create"].as_u64().unwrap(),
        c["update"].as_u64().unwrap(),
        c["unchanged"].as_u64().unwrap(),
        c["delete"].as_u64().unwrap(),
    )
}

/// The names a plan deletes, in its order.
pub fn deleted(plan: &Value) -> Vec<&str> {
    plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["action"] == "delete")
        .map(|a| a["name"].as_str().unwrap())
        .collect()
}

fn rows(env: &Env) -> Vec<i64> {
    ["partner", "customer", "site", "probe", "contact", "audit"]
        .iter()
        .map(|t| env.count(&format!("SELECT count(*) FROM {t}")))
        .collect()
}

#[test]
fn dry_run_writes_nothing_and_apply_then_reapply_is_a_no_op() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let f = write(&env, "tree.toml", EXAMPLE);
    let plan = env.json(&["apply", "-f", &f, "--dry-run"]);
    assert_eq!(plan["dry_run"], true);
    assert_eq!(counts(&plan), (6, 0, 0, 0));
    assert_eq!(plan["secrets"], serde_json::json!([]));
    assert_eq!(rows(&env), [0, 0, 0, 0, 0, 0]);

    let applied = env.json(&["apply", "-f", &f]);
    assert_eq!(counts(&applied), (6, 0, 0, 0));
    let secrets = applied["secrets"].as_array().unwrap();
    let fields: Vec<(&str, &str)> = secrets
        .iter()
        .map(|s| (s["kind"].as_str().unwrap(), s["field"].as_str().unwrap()))
        .collect();
    assert_eq!(
        fields,
        [
            ("customer", "authcode"),
            ("site", "authcode"),
            ("probe", "installation_token")
        ]
    );
    let code = secrets[0]["value"].as_str().unwrap();
    env.run(&["authcode", "verify", code]).code(0);
    let acme = env.json(&["customer", "show", "Acme"]);
    assert_eq!(acme["workflow"], "standard");
    assert_eq!(acme["portal"], true);
    assert_eq!(
        env.json(&["contact", "show", "billing@acme.example"])["permissions"],
        serde_json::json!(["billing"])
    );
    // 6 entities plus the portals they turned on, and one row for the apply itself.
    let after = rows(&env);
    assert_eq!(after[..5], [1, 2, 1, 1, 1]);
    assert_eq!(
        env.count("SELECT count(*) FROM audit WHERE action = 'apply'"),
        1
    );

    let updated_at = env.json(&["customer", "show", "Acme"])["updated_at"].clone();
    // Years later, so that any write would show in `updated_at`.
    env.set_now("2099-01-01T00:00:00Z");
    let again = env.json(&["apply", "-f", &f]);
    assert_eq!(counts(&again), (0, 0, 6, 0));
    assert_eq!(again["secrets"], serde_json::json!([]));
    assert_eq!(
        rows(&env),
        after,
        "a second apply must write nothing, audit included"
    );
    assert_eq!(
        env.json(&["customer", "show", "Acme"])["updated_at"],
        updated_at
    );
}

#[test]
fn updates_show_old_and_new_and_absent_fields_are_kept() {
    let env = Env::new();
    let f = write(&env, "tree.toml", EXAMPLE);
    env.ok(&["apply", "-f", &f]);
    env.ok(&["customer", "edit", "Acme", "--primary-color", "#112233"]);
    let changed = EXAMPLE.replace(
        "workflow = \"standard\"",
        "workflow = \"gold\"\nactive = false",
    );
    let f2 = write(&env, "tree2.toml", &changed);
    let plan = env.json(&["apply", "-f", &f2]);
    assert_eq!(counts(&plan), (0, 1, 5, 0));
    let update = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["action"] == "update")
        .unwrap();
    assert_eq!(update["name"], "Northwind MSP / Acme");
    assert_eq!(
        update["changes"],
        serde_json::json!([
            {"field": "workflow", "old": "standard", "new": "gold"},
            {"field": "active", "old": true, "new": false}
        ])
    );
    let acme = env.json(&["customer", "show", "Acme"]);
    assert_eq!(acme["active"], false);
    assert_eq!(
        acme["primary_color"], "#112233",
        "a field the file leaves out is kept"
    );
}

#[test]
fn an_invalid_file_writes_nothing_and_names_the_line() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let bad = EXAMPLE.replace("email = \"admin@solo.example\"", "email = \"not-an-email\"");
    let f = write(&env, "bad.toml", &bad);
    let r = env.run(&["apply", "-f", &f]);
    r.code(2);
    assert!(
        r.stderr
            .contains("bad.toml:25: direct customer \"Solo Ltd\""),
        "{}",
        r.stderr
    );
    assert_eq!(rows(&env), [0, 0, 0, 0, 0, 0]);

    let long = EXAMPLE.replace("name = \"Acme\"", &format!("name = \"{}\"", "a".repeat(51)));
    let r = env.run(&["apply", "-f", &write(&env, "long.toml", &long)]);
    r.code(2);
    assert!(
        r.stderr.contains(":7:") && r.stderr.contains("at most 50"),
        "{}",
        r.stderr
    );

    let unknown = EXAMPLE.replace(
        "portal = true\n\n[[partner.customer.site]]",
        "portal = true\ncolour = \"red\"\n\n[[partner.customer.site]]",
    );
    let r = env.run(&["apply", "-f", &write(&env, "unknown.toml", &unknown)]);
    r.code(2);
    assert!(r.stderr.contains("colour"), "{}", r.stderr);

    let dup = format!("{EXAMPLE}\n[[customer]]\nname = \"Solo Ltd\"\nemail = \"x@solo.example\"\n");
    let r = env.run(&["apply", "-f", &write(&env, "dup.toml", &dup)]);
    r.code(2);
    assert!(r.stderr.contains("duplicate"), "{}", r.stderr);
    env.run(&["apply", "-f", &env.path("missing.toml").to_string_lossy()])
        .code(3);
    assert_eq!(rows(&env), [0, 0, 0, 0, 0, 0]);
}

#[test]
fn prune_asks_and_deletes_only_what_is_absent_under_the_file_parents() {
    let env = Env::new();
    let f = write(&env, "tree.toml", EXAMPLE);
    env.ok(&["apply", "-f", &f]);
    // Extra entities: under the file's partner and customer, and elsewhere.
    Tree::new()
        .under("Northwind MSP", |p| {
            p.customer("Stray", "s@stray.example", |c| c)
        })
        .make(&env);
    env.ok(&["site", "create", "Annex", "--customer", "Acme"]);
    env.ok(&["probe", "create", "extra-probe", "--site", "HQ"]);
    Tree::new()
        .within("Acme", |c| c.contact("old@acme.example", &[]))
        .make(&env);
    env.ok(&["partner", "create", "Other", "--email", "o@other.example"]);
    Tree::new()
        .under("Other", |p| {
            p.customer("Elsewhere", "e@else.example", |c| c)
        })
        .direct("Direct Stray", "d@stray.example", |c| c)
        .make(&env);
    let before = rows(&env);

    // Without a terminal and without --yes: 5, and nothing at all is written.
    let r = env.run(&["apply", "-f", &f, "--prune"]);
    r.code(5);
    assert!(
        r.stderr
            .contains("delete 1 customer, 1 site, 1 probe and 1 contact"),
        "{}",
        r.stderr
    );
    assert_eq!(rows(&env), before);

    let plan = env.json(&["apply", "-f", &f, "--prune", "--dry-run"]);
    assert_eq!(counts(&plan).3, 4);
    assert_eq!(rows(&env), before);

    let done = env.json(&["apply", "-f", &f, "--prune", "--yes"]);
    let deleted = deleted(&done);
    assert_eq!(
        deleted,
        [
            "Northwind MSP / Acme / HQ / extra-probe",
            "Northwind MSP / Acme / Annex",
            "Northwind MSP / Acme / old@acme.example",
            "Northwind MSP / Stray",
        ]
    );
    let names: Vec<String> = env
        .json(&["customer", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["Acme", "Direct Stray", "Elsewhere", "Solo Ltd"]);
}

#[test]
fn export_applies_as_no_change_and_holds_no_secret() {
    let env = Env::new();
    let f = write(&env, "tree.toml", EXAMPLE);
    let applied = env.json(&["apply", "-f", &f]);
    Tree::new()
        .within("Acme", |c| {
            c.contact(
                "admin@acme.example",
                &["--login", "--permission", "admin", "--name", "Ada"],
            )
        })
        .make(&env);
    env.ok(&["site", "edit", "HQ", "--address", "1 Main St"]);
    env.ok(&["probe", "edit", "hq-probe-1", "--serial", "SN-1"]);
    let exported = env.ok(&["export"]);
    assert!(
        exported.contains("[[partner.customer.site.probe]]"),
        "{exported}"
    );
    for s in applied["secrets"].as_array().unwrap() {
        let v = s["value"].as_str().unwrap();
        assert!(!exported.contains(v) && !exported.contains(&v.replace('-', "")));
    }
    assert!(!exported.contains("argon2") && !exported.contains("hash"));

    let e = write(&env, "export.toml", &exported);
    let before = rows(&env);
    let plan = env.json(&["apply", "-f", &e]);
    assert_eq!(counts(&plan), (0, 0, 7, 0));
    assert_eq!(rows(&env), before);

    // Stable: exporting twice gives the same text; a subtree exports on its own.
    assert_eq!(env.ok(&["export"]), exported);
    let sub = env.ok(&["export", "--customer", "Acme"]);
    assert!(
        sub.contains("name = \"Acme\"") && !sub.contains("Solo Ltd"),
        "{sub}"
    );
    let solo = env.ok(&["export", "--customer", "Solo Ltd"]);
    assert!(
        solo.contains("[[customer]]") && !solo.contains("[[partner]]"),
        "{solo}"
    );
    assert!(
        env.ok(&["export", "--partner", "Northwind MSP"])
            .contains("Northwind MSP")
    );

    // Into a fresh store, the export recreates the tree (with new secrets).
    let other = Env::new();
    let copied = other.json(&["apply", "-f", &e]);
    assert_eq!(counts(&copied), (7, 0, 0, 0));
    assert_eq!(
        other.json(&["contact", "show", "admin@acme.example"])["login"],
        true
    );
}

#[test]
fn apply_reads_standard_input_and_quiet_prints_ids_then_secrets() {
    let env = Env::new();
    let r = env.run_with(&["-q", "apply", "-f", "-"], EXAMPLE);
    r.code(0);
    let lines: Vec<&str> = r.stdout.lines().collect();
    // partner 1, customer 1 + code, site 1 + code, probe 1 + token, contact 1, customer 2.
    assert_eq!(lines.len(), 9, "{}", r.stdout);
    assert_eq!(lines[0], "1");
    assert_eq!(lines[2].len(), 29);
}

#[test]
fn contacts_with_logins_get_a_password_once() {
    let env = Env::new();
    let text = EXAMPLE.replace(
        "permissions = [\"billing\"]",
        "permissions = [\"billing\"]\nlogin = true",
    );
    let f = write(&env, "tree.toml", &text);
    let v = env.json(&["apply", "-f", &f]);
    let secret = v["secrets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["field"] == "password")
        .unwrap();
    let password = secret["value"].as_str().unwrap();
    env.run_with(&["contact", "login", "billing@acme.example"], password)
        .code(0);
    assert_eq!(counts(&env.json(&["apply", "-f", &f])), (0, 0, 6, 0));
}

#[test]
fn a_large_apply_shows_progress_on_a_terminal_only() {
    use std::fmt::Write as _;
    let env = Env::new();
    let mut text = String::from("[[partner]]\nname = \"Bulk\"\nemail = \"ops@bulk.example\"\n");
    for c in 0..700 {
        let _ = writeln!(
            text,
            "[[partner.customer]]\nname = \"c-{c}\"\nemail = \"it@c{c}.example\""
        );
    }
    let f = write(&env, "big.toml", &text);
    // Not a terminal: nothing but the summary on stderr.
    let r = env.run(&["-q", "apply", "-f", &f]);
    r.code(0);
    assert!(!r.stderr.contains("entities"), "{}", r.stderr);
    // In a pseudo-terminal: a progress bar counting the 701 entities.
    env.ok(&["partner", "delete", "Bulk", "--yes"]);
    let mut cmd = env.std_command();
    cmd.env("TERM", "xterm").args(["apply", "-f", &f]);
    let mut p = rexpect::session::spawn_command(cmd, Some(30_000)).expect("spawn in a pty");
    p.exp_string("/701 entities").expect("a progress bar");
    let _ = p.exp_eof();
    assert_eq!(env.count("SELECT count(*) FROM customer"), 700);
}

/// A file large enough to be read in pieces: partner A with `a` customers (each with a site
/// and a probe), partner B with `b`, and one direct customer. `change(c)` is the email of A's
/// customer `c`; `skip` lists A's customers left out; `serial` gives A's customer 1 a serial.
fn pieces_file(a: usize, b: usize, skip: &[usize], change: &[usize], serial: bool) -> String {
    use std::fmt::Write as _;
    let mut text = String::from("[[partner]]\nname = \"A\"\nemail = \"ops@a.example\"\n\n");
    for c in (0..a).filter(|c| !skip.contains(c)) {
        let mark = if change.contains(&c) { "new" } else { "" };
        let _ = write!(
            text,
            "[[partner.customer]]\nname = \"a-{c}\"\nemail = \"it{mark}@a{c}.example\"\n\n\
             [[partner.customer.site]]\nname = \"s\"\n\n\
             [[partner.customer.site.probe]]\nname = \"pa-{c}\"\n{}\n",
            if serial && c == 1 {
                "serial = \"S-1\"\n"
            } else {
                ""
            }
        );
    }
    text.push_str("[[partner]]\nname = \"B\"\nemail = \"ops@b.example\"\n\n");
    for c in 0..b {
        let _ = write!(
            text,
            "[[partner.customer]]\nname = \"b-{c}\"\nemail = \"it@b{c}.example\"\n\n"
        );
    }
    text.push_str("[[customer]]\nname = \"D\"\nemail = \"it@d.example\"\n");
    text
}

#[test]
fn a_large_file_walked_as_it_is_read_does_what_a_whole_walk_does() {
    // Two stores made alike; a file that says `login` is read whole before its walk (a
    // plan may need a password), the other is walked as it is read.
    let (streamed, whole) = (Env::new(), Env::new());
    for env in [&streamed, &whole] {
        let first = write(env, "t.toml", &pieces_file(600, 3, &[], &[], false));
        env.ok(&["-q", "apply", "-f", &first]);
        assert_eq!(env.count("SELECT count(*) FROM customer"), 604);
    }
    // Changed in the first, a middle and the last part of A's 600 customers; one gone
    // from A's middle and B's last (A's prune is decided where B begins).
    let changed = pieces_file(600, 2, &[300], &[0, 299, 599], false);
    let apply = |env: &Env, text: &str| {
        let f = write(env, "changed.toml", text);
        let dry = env.json(&["apply", "-f", &f, "--prune", "--dry-run"]);
        let mut done = env.json(&["apply", "-f", &f, "--prune", "--yes"]);
        assert_eq!(done["actions"], dry["actions"]);
        done.as_object_mut().unwrap().remove("file");
        done
    };
    let a = apply(&streamed, &changed);
    let b = apply(&whole, &format!("# no login here\n{changed}"));
    // Unchanged: A's 599 customers with their sites and probes (but the 3 updated), both
    // partners, B's 2 customers and D.
    assert_eq!(counts(&a), (0, 3, 599 * 3 - 3 + 2 + 2 + 1, 2));
    assert_eq!(a, b);
    let deleted = deleted(&a);
    assert_eq!(deleted, ["A / a-300", "B / b-2"]);
    for env in [&streamed, &whole] {
        assert_eq!(env.count("SELECT count(*) FROM customer"), 602);
        assert_eq!(
            env.count("SELECT count(*) FROM customer WHERE email LIKE 'itnew@%'"),
            3
        );
    }
}

#[test]
fn a_large_file_walked_as_it_is_read_still_reports_its_own_error_first() {
    let env = Env::new();
    env.ok(&["-q", "probe", "create", "stray", "--serial", "S-1"]);
    let before = rows(&env);
    // The walk fails at A's second customer (its serial is taken), early in the file...
    let taken = pieces_file(600, 3, &[], &[], true);
    let r = env.run(&["apply", "-f", &write(&env, "taken.toml", &taken)]);
    r.code(4);
    assert!(
        r.stderr.contains("serial \"S-1\" already belongs"),
        "{}",
        r.stderr
    );
    assert_eq!(rows(&env), before);
    // ...but an error of the file, even at its end, is what is reported.
    let bad = taken.replace("email = \"it@d.example\"", "email = \"bad\"");
    let line = bad.lines().count() - 1; // D's name, the line before the last
    let r = env.run(&["apply", "-f", &write(&env, "bad.toml", &bad)]);
    r.code(2);
    assert!(
        r.stderr
            .contains(&format!("bad.toml:{line}: direct customer \"D\"")),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("S-1"), "{}", r.stderr);
    assert_eq!(rows(&env), before);
    // With no error of the walk: what was walked before the file's error is not kept.
    let late =
        pieces_file(600, 3, &[], &[], false).replace("email = \"it@d.example\"", "email = \"bad\"");
    env.run(&["apply", "-f", &write(&env, "late.toml", &late)])
        .code(2);
    assert_eq!(rows(&env), before);
}

#[test]
fn every_output_of_a_re_run_counts_the_unchanged_and_json_and_csv_list_them() {
    let env = Env::new();
    let f = write(&env, "tree.toml", EXAMPLE);
    env.ok(&["-q", "apply", "-f", &f]);
    // Partner, two customers, site, probe, contact: 6 entities.
    let table = env.ok(&["-o", "table", "apply", "-f", &f]);
    assert!(
        table.contains(
            "Nothing to change: the store already holds what the file describes (6 unchanged)."
        ),
        "{table}"
    );
    assert_eq!(env.ok(&["-q", "apply", "-f", &f]), "");
    let json = env.json(&["apply", "-f", &f]);
    assert_eq!(counts(&json), (0, 0, 6, 0));
    assert_eq!(json["actions"].as_array().unwrap().len(), 6);
    let csv = env.ok(&["-o", "csv", "apply", "-f", &f]);
    let unchanged = csv.lines().filter(|l| l.starts_with("unchanged,")).count();
    assert_eq!((csv.lines().count(), unchanged), (7, 6), "{csv}");
}
