//! Guard-rails that hold on every path, deletes that remove exactly what was named, exports
//! that are whole, and text that cannot lie.

use crate::common::{contact_create, customer_create, invite_create};
use crate::{Env, Tree};

fn write(env: &Env, name: &str, text: &str) -> String {
    let p = env.path(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

fn config(env: &Env, text: &str) -> String {
    write(env, "config.toml", text)
}

/// A direct customer "Contoso" whose pat@contoso.example is invited to Acme (with `extra`
/// flags) and accepts: a guest of Acme.
fn contoso_guest_of_acme(env: &Env, extra: &[&str]) {
    Tree::new()
        .direct("Contoso", "pat@contoso.example", |c| c)
        .make(env);
    let inv = env.json(&invite_create("Acme", "pat@contoso.example", extra));
    env.ok(&[
        "invite",
        "accept",
        inv["invitation_token"].as_str().unwrap(),
    ]);
}

#[test]
fn a_deleted_id_is_never_given_out_again() {
    let env = Env::new();
    env.seed();
    let beta = env.json(&customer_create("Beta", "Northwind", "b@beta.example"));
    assert_eq!(beta["id"], 2);
    env.ok(&["customer", "delete", "Beta", "--yes"]);
    let gamma = env.json(&customer_create("Gamma", "Northwind", "g@gamma.example"));
    assert_eq!(gamma["id"], 3);
    // Every table: delete the newest row and make another.
    env.ok(&["probe", "delete", "hq-probe-1", "--yes"]);
    assert_eq!(
        env.json(&["probe", "create", "p2", "--site", "HQ"])["id"],
        2
    );
    env.ok(&["partner", "create", "Tmp", "--email", "t@tmp.example"]);
    env.ok(&["partner", "delete", "Tmp", "--yes"]);
    assert_eq!(
        env.json(&["partner", "create", "Tmp2", "--email", "t@tmp.example"])["id"],
        3
    );
    // The audit names Beta by its id, which now reaches nothing.
    env.run(&["customer", "show", "2"]).code(3);
}

#[test]
fn only_a_canonical_decimal_is_an_id() {
    let env = Env::new();
    env.seed();
    for n in 2..=8 {
        env.ok(&[
            "customer",
            "create",
            &format!("c{n}"),
            "--direct",
            "--email",
            "x@c.example",
        ]);
    }
    Tree::new()
        .direct("007", "bond@mi6.example", |c| c)
        .direct("+3", "p@three.example", |c| c)
        .make(&env);
    let r = env.json(&["customer", "delete", "007", "--yes"]);
    assert_eq!(r[0]["name"], "007", "the customer named 007, not id 7");
    assert_eq!(env.json(&["customer", "show", "7"])["name"], "c7");
    assert_eq!(env.json(&["customer", "show", "+3"])["name"], "+3");
    env.run(&["customer", "show", "08"]).code(3);
    env.run(&["customer", "show", "3.0"]).code(3);
    assert_eq!(env.json(&["customer", "show", "3"])["name"], "c3");
}

#[test]
fn prune_obeys_the_delete_policy() {
    let env = Env::new();
    env.seed_and_beta();
    let cfg = config(&env, "[policy]\ndelete = [\"alice\"]\n");
    let file = write(
        &env,
        "tree.toml",
        "[[partner]]\nname = \"Northwind\"\nemail = \"ops@northwind.example\"\n\n[[partner.customer]]\nname = \"Acme\"\nemail = \"it@acme.example\"\n",
    );
    for extra in [&["--dry-run"][..], &["--yes"][..]] {
        let mut args = vec![
            "--config", &cfg, "--actor", "mallory", "apply", "-f", &file, "--prune",
        ];
        args.extend_from_slice(extra);
        let r = env.run(&args);
        r.code(6);
        assert!(r.stderr.contains("may not delete"), "{}", r.stderr);
    }
    assert_eq!(
        env.count("SELECT count(*) FROM customer"),
        2,
        "nothing was deleted"
    );
    // Without anything to delete, a prune by anyone is fine; alice may delete.
    env.run(&[
        "--config", &cfg, "--actor", "alice", "apply", "-f", &file, "--prune", "--yes",
    ])
    .code(0);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 1);
}

fn with_self(env: &Env) {
    env.seed();
    Tree::new()
        .within("Acme", |c| {
            c.contact("José@acme.example", &["--permission", "admin"])
        })
        .make(env);
}

#[test]
fn a_contact_cannot_remove_itself_on_any_path() {
    let env = Env::new();
    with_self(&env);
    // NFD and upper case: still the same email.
    let me = "JOSE\u{301}@ACME.example";
    let deactivate = write(
        &env,
        "off.toml",
        "[[partner]]\nname = \"Northwind\"\nemail = \"ops@northwind.example\"\n\n[[partner.customer]]\nname = \"Acme\"\nemail = \"it@acme.example\"\n\n[[partner.customer.contact]]\nemail = \"josé@acme.example\"\nstatus = \"inactive\"\n",
    );
    let r = env.run(&["--actor", me, "apply", "-f", &deactivate]);
    r.code(4);
    assert!(
        r.stderr.contains("cannot deactivate itself"),
        "{}",
        r.stderr
    );
    env.run(&["--actor", me, "apply", "-f", &deactivate, "--dry-run"])
        .code(4);
    let leave_out = write(
        &env,
        "prune.toml",
        "[[partner]]\nname = \"Northwind\"\nemail = \"ops@northwind.example\"\n\n[[partner.customer]]\nname = \"Acme\"\nemail = \"it@acme.example\"\n\n[[partner.customer.site]]\nname = \"HQ\"\n\n[[partner.customer.site.probe]]\nname = \"hq-probe-1\"\n",
    );
    let r = env.run(&["--actor", me, "apply", "-f", &leave_out, "--prune", "--yes"]);
    r.code(4);
    assert!(r.stderr.contains("cannot delete itself"), "{}", r.stderr);
    env.run(&[
        "--actor",
        me,
        "contact",
        "delete",
        "josé@acme.example",
        "--yes",
    ])
    .code(4);
    env.run(&["--actor", me, "contact", "deactivate", "josé@acme.example"])
        .code(4);
    assert_eq!(
        env.count("SELECT count(*) FROM contact WHERE status = 'active'"),
        1,
        "still there and active"
    );
    // Someone else may.
    env.run(&[
        "--actor",
        "admin@northwind.example",
        "apply",
        "-f",
        &deactivate,
    ])
    .code(0);
    assert_eq!(
        env.count("SELECT count(*) FROM contact WHERE status = 'inactive'"),
        1
    );
}

#[test]
fn a_customer_export_applied_with_prune_stays_in_its_scope() {
    let env = Env::new();
    env.seed_and_beta();
    env.ok(&["site", "create", "Old", "--customer", "Acme"]);
    let part = env.ok(&["export", "--customer", "Acme"]);
    assert!(part.contains("partial = true"), "{part}");
    // The Acme file without its site "Old": prune removes that, and never Beta.
    let edited = part.replace(
        "[[partner.customer.site]]\nname = \"Old\"",
        "[[partner.customer.site]]\nname = \"New\"",
    );
    assert_ne!(edited, part);
    let f = write(&env, "acme.toml", &edited);
    let plan = env.json(&["apply", "-f", &f, "--prune", "--yes"]);
    let deleted = crate::apply::deleted(&plan);
    assert_eq!(deleted, ["Northwind / Acme / Old"]);
    assert_eq!(
        env.count("SELECT count(*) FROM customer WHERE name = 'Beta'"),
        1
    );
    // The README's pipeline, from stdin, is a no-op.
    let r = env
        .command()
        .args(["apply", "-f", "-", "--prune", "--yes"])
        .write_stdin(env.ok(&["export", "--customer", "Acme"]))
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(0));
    assert_eq!(env.count("SELECT count(*) FROM customer"), 2);
}

#[test]
fn export_is_whole_and_applies_into_a_fresh_store_as_the_same_tree() {
    let env = Env::new();
    env.seed();
    env.ok(&["probe", "create", "spare", "--serial", "SN-9"]);
    contoso_guest_of_acme(&env, &["--permission", "tickets"]);
    let export = env.ok(&["export"]);
    assert!(
        export.contains("[[probe]]\nname = \"spare\"\nserial = \"SN-9\""),
        "{export}"
    );
    assert!(export.contains("kind = \"guest\""), "{export}");
    assert!(
        !export.contains("invitation"),
        "open invitations are not part of it"
    );

    let fresh = Env::new();
    let f = write(&fresh, "tree.toml", &export);
    fresh.ok(&["apply", "-f", &f]);
    assert_eq!(fresh.ok(&["export"]), export);
    let guest = fresh.json(&["contact", "list", "--customer", "Acme"]);
    let kinds: Vec<&str> = guest
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["guest"]);
    assert_eq!(
        fresh.json(&["probe", "list", "--unassigned"])[0]["serial"],
        "SN-9"
    );
    // And it applies as no change, there and here.
    let again = fresh.json(&["apply", "-f", &f]);
    assert_eq!(again["counts"]["create"], 0);
    assert_eq!(again["counts"]["update"], 0);
}

#[test]
fn a_dry_run_refuses_what_the_real_run_refuses() {
    let env = Env::new();
    env.seed();
    env.ok(&["probe", "create", "spare", "--serial", "SN-1"]);
    let f = write(
        &env,
        "tree.toml",
        "[[partner]]\nname = \"Northwind\"\nemail = \"ops@northwind.example\"\n\n[[partner.customer]]\nname = \"Acme\"\nemail = \"it@acme.example\"\n\n[[partner.customer.site]]\nname = \"HQ\"\n\n[[partner.customer.site.probe]]\nname = \"new\"\nserial = \"SN-1\"\n",
    );
    let before = env.count("SELECT count(*) FROM audit");
    let dry = env.run(&["apply", "-f", &f, "--dry-run"]);
    dry.code(4);
    let real = env.run(&["apply", "-f", &f]);
    real.code(4);
    assert_eq!(env.count("SELECT count(*) FROM probe"), 2);
    assert_eq!(env.count("SELECT count(*) FROM audit"), before);
    // A dry run prints no secret (nothing it drew was kept) and no id for what it would make.
    let ok = write(
        &env,
        "ok.toml",
        "[[partner]]\nname = \"Northwind\"\nemail = \"ops@northwind.example\"\n\n[[partner.customer]]\nname = \"Acme\"\nemail = \"it@acme.example\"\nportal = true\n\n[[partner.customer.contact]]\nemail = \"new@acme.example\"\nlogin = true\n",
    );
    let plan = env.json(&["apply", "-f", &ok, "--dry-run"]);
    assert_eq!(plan["dry_run"], true);
    assert_eq!(plan["secrets"], serde_json::json!([]));
    assert_eq!(plan["counts"]["create"], 1);
    assert_eq!(env.count("SELECT count(*) FROM contact"), 0);
    assert_eq!(env.count("SELECT count(*) FROM audit"), before);
    // On a store that does not exist yet, a dry run plans and creates nothing.
    let fresh = Env::new();
    let plan = fresh.json(&["apply", "-f", &ok, "--dry-run"]);
    assert_eq!(plan["counts"]["create"], 3);
    assert!(fresh.store_missing());
}

#[test]
fn every_output_format_carries_the_secrets_an_apply_made() {
    let env = Env::new();
    let f = write(
        &env,
        "tree.toml",
        "[[partner]]\nname = \"N\"\nemail = \"ops@n.example\"\n\n[[partner.customer]]\nname = \"Acme\"\nemail = \"it@acme.example\"\nportal = true\n\n[[partner.customer.site]]\nname = \"HQ\"\n\n[[partner.customer.site.probe]]\nname = \"p1\"\n\n[[partner.customer.contact]]\nemail = \"a@acme.example\"\nlogin = true\n",
    );
    let csv = env.ok(&["-o", "csv", "apply", "-f", &f]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("action,kind,name,id,changes,secret_field,secret")
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let secret_of = |kind: &str| {
        rows.iter()
            .find(|r| r[1] == kind)
            .map(|r| (r[5], r[6].len()))
            .unwrap()
    };
    assert_eq!(secret_of("customer"), ("authcode", 29));
    assert_eq!(secret_of("probe"), ("installation_token", 29));
    assert_eq!(secret_of("contact"), ("password", 20));
    assert_eq!(secret_of("partner"), ("", 0));
    // The password printed works.
    let pw = rows.iter().find(|r| r[1] == "contact").unwrap()[6];
    env.run_with(&["contact", "login", "a@acme.example"], pw)
        .code(0);
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_are_neutralised() {
    let env = Env::new();
    Tree::new()
        .partner("=HYPERLINK(1)", "a@n.example", |p| p)
        .make(&env);
    env.ok(&["partner", "create", "@SUM", "--email", "b@n.example"]);
    let csv = env.ok(&["-o", "csv", "partner", "list"]);
    assert!(csv.contains(",'=HYPERLINK(1),"), "{csv}");
    assert!(csv.contains(",'@SUM,"), "{csv}");
    // The store and JSON keep the name as typed.
    assert_eq!(env.json(&["partner", "show", "1"])["name"], "=HYPERLINK(1)");
}

#[test]
fn invisible_characters_and_mixed_scripts_are_refused_with_the_character_named() {
    let env = Env::new();
    env.ok(&["partner", "create", "N", "--email", "ops@n.example"]);
    for (bad, named) in [
        ("Ac\u{200B}me", "U+200B"),
        ("\u{FEFF}Acme", "U+FEFF"),
        ("Ac\u{AD}me", "U+00AD"),
        ("Ac\u{2060}me", "U+2060"),
        ("Acme\u{3164}", "U+3164"),
        ("Ac\u{34F}me", "U+034F"),
        ("\u{410}cme", "U+0410"),
        ("Acm\u{435}", "U+0435"),
    ] {
        let r = env.run(&[
            "customer",
            "create",
            bad,
            "--partner",
            "N",
            "--email",
            "x@acme.example",
        ]);
        assert_eq!(r.code, 2, "{bad:?}: {}", r.stderr);
        assert!(r.stderr.contains(named), "{bad:?}: {}", r.stderr);
    }
    let r = env.run(&[
        "customer",
        "create",
        "Acme",
        "--partner",
        "N",
        "--email",
        "x@\u{430}cme.example",
    ]);
    assert_eq!(r.code, 2, "a mixed-script email: {}", r.stderr);
    r.code(2);
    for good in [
        "Café Müller",
        "東京 Tech",
        "Москва Ltd",
        "東京Tech",
        "Ελλάδα SA",
        "O'Brien & Sons",
    ] {
        env.run(&[
            "customer",
            "create",
            good,
            "--partner",
            "N",
            "--email",
            "x@acme.example",
        ])
        .code(0);
    }
    assert_eq!(env.count("SELECT count(*) FROM customer"), 6);
}

#[test]
fn emails_fold_one_way_everywhere() {
    let env = Env::new();
    Tree::new()
        .direct("J", "JÖHN@example.com", |c| c)
        .direct("Acme", "it@acme.example", |c| c)
        .make(&env);
    let found = env.json(&["customer", "list", "--email", "jöhn@example.com"]);
    assert_eq!(found.as_array().unwrap().len(), 1);
    // NFD typing finds it too.
    let found = env.json(&["customer", "list", "--email", "jo\u{308}hn@EXAMPLE.com"]);
    assert_eq!(found.as_array().unwrap().len(), 1);
    // A registered email in another case can be invited.
    env.ok(&invite_create("Acme", "jöhn@example.com", &[]));
    // Case folding, not just lower case: ß and SS are one email.
    Tree::new()
        .within("J", |c| c.contact("straße@example.com", &[]))
        .make(&env);
    env.run(&contact_create("J", "STRASSE@example.com", &[]))
        .code(4);
}

#[test]
fn view_closes_an_installation_level_door_with_no_probe() {
    let env = Env::new();
    env.seed();
    env.ok(&["site", "create", "Empty", "--customer", "Acme"]);
    env.ok(&[
        "portal",
        "enable",
        "--site",
        "Empty",
        "--installation-level",
    ]);
    env.ok(&["portal", "enable", "--site", "HQ", "--installation-level"]);
    let view = env.json(&["customer", "view", "Acme"]);
    let door = |site: &str| {
        view["doors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["site"] == site)
            .cloned()
            .unwrap()
    };
    assert_eq!(door("Empty")["open"], false);
    assert!(
        door("Empty")["closed_because"]
            .as_str()
            .unwrap()
            .contains("no probe")
    );
    assert_eq!(
        door("HQ")["open"],
        true,
        "HQ has a probe whose token opens it"
    );
}

#[test]
fn assigning_a_probe_to_a_same_named_site_of_another_customer_is_a_change() {
    let env = Env::new();
    env.seed();
    Tree::new()
        .under("Northwind", |p| {
            p.customer("B", "b@b.example", |c| c.site("HQ", |s| s))
        })
        .make(&env);
    let r = env.run(&[
        "probe",
        "assign",
        "hq-probe-1",
        "--site",
        "HQ",
        "--customer",
        "B",
    ]);
    r.code(0);
    assert!(r.stderr.contains("is now at site"), "{}", r.stderr);
    let p = env.json(&["probe", "show", "hq-probe-1"]);
    assert_eq!(p["customer"], "B");
    let log = env.json(&["log", "--action", "assign"]);
    assert_eq!(log[0]["changes"]["customer"]["old"], "Acme");
    assert_eq!(log[0]["changes"]["customer"]["new"], "B");
}

#[test]
fn deleting_a_guest_revokes_its_invitation() {
    let env = Env::new();
    env.seed();
    contoso_guest_of_acme(&env, &[]);
    assert_eq!(env.json(&["invite", "show", "1"])["status"], "active");
    env.ok(&[
        "contact",
        "delete",
        "pat@contoso.example",
        "--customer",
        "Acme",
        "--yes",
    ]);
    assert_eq!(env.json(&["invite", "show", "1"])["status"], "revoked");
}

#[test]
fn authcode_verify_reads_code_and_token_from_two_lines() {
    let env = Env::new();
    Tree::new()
        .partner("N", "ops@n.example", |p| {
            p.customer("Acme", "it@acme.example", |c| c.site("HQ", |s| s))
        })
        .make(&env);
    let probe = env.json(&["probe", "create", "p1", "--site", "HQ"]);
    let token = probe["installation_token"].as_str().unwrap().to_string();
    let door = env.json(&["portal", "enable", "--site", "HQ", "--installation-level"]);
    let code = door["authcode"].as_str().unwrap().to_string();
    let r = env.run_with(
        &["-o", "json", "authcode", "verify", "-", "--token", "-"],
        &format!("{code}\n{token}\n"),
    );
    r.code(0);
    assert_eq!(r.json()["probe"], "p1");
    // Without the second line: a usage error naming it, not a refusal.
    let r = env.run_with(
        &["authcode", "verify", "-", "--token", "-"],
        &format!("{code}\n"),
    );
    r.code(2);
    assert!(r.stderr.contains("installation token"), "{}", r.stderr);
    // A wrong token is refused.
    env.run_with(
        &["authcode", "verify", "-", "--token", "-"],
        &format!("{code}\n{code}\n"),
    )
    .code(6);
}

sqlite_only! { "SQLite's file locks and a corrupt file; the server suite holds a lock with psql",
#[test]
fn a_busy_store_is_busy_for_login_and_verify_not_a_refusal() {
    let env = Env::new();
    env.seed();
    let cfg = config(&env, "busy_timeout_ms = 200\n");
    let hold = rusqlite::Connection::open(&env.db).unwrap();
    hold.execute_batch(
        "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE partner SET email = email;",
    )
    .unwrap();
    let r = env.run_with(
        &[
            "--config",
            &cfg,
            "contact",
            "login",
            "a@acme.example",
            "--customer",
            "Acme",
        ],
        "pw\n",
    );
    assert_eq!(r.code, 7, "{}", r.stderr);
    let r = env.run(&[
        "--config",
        &cfg,
        "authcode",
        "verify",
        "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA",
    ]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    hold.execute_batch("ROLLBACK").unwrap();
    drop(hold);
    // A broken store is a failure.
    std::fs::write(&env.db, b"this is not a database, it is a file of text").unwrap();
    let _ = std::fs::remove_file(env.db.with_extension("db-wal"));
    let _ = std::fs::remove_file(env.db.with_extension("db-shm"));
    let r = env.run_with(&["contact", "login", "a@acme.example"], "pw\n");
    assert_eq!(r.code, 1, "{}", r.stderr);
    let r = env.run(&["authcode", "verify", "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
}
}

#[test]
fn new_logins_are_hashed_before_the_write_lock_is_taken() {
    use std::fmt::Write as _;
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let mut tree = String::from(
        "[[partner]]\nname = \"N\"\nemail = \"ops@n.example\"\n\n[[partner.customer]]\nname = \"Acme\"\nemail = \"it@acme.example\"\n\n",
    );
    for i in 0..60 {
        let _ = write!(
            tree,
            "[[partner.customer.contact]]\nemail = \"u{i}@acme.example\"\nlogin = true\n\n"
        );
    }
    let f = write(&env, "logins.toml", &tree);
    let cfg = config(&env, "busy_timeout_ms = 300\n");
    let mut apply = env
        .std_command()
        .args(["-o", "json", "apply", "-f", &f])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Writers keep working while the apply hashes 60 passwords (seconds of work).
    let mut during = 0;
    for n in 0..8 {
        std::thread::sleep(std::time::Duration::from_millis(100));
        let r = env.run(&[
            "--config",
            &cfg,
            "partner",
            "create",
            &format!("P{n}"),
            "--email",
            "p@p.example",
        ]);
        assert_eq!(r.code, 0, "a writer waited on the apply: {}", r.stderr);
        if apply.try_wait().unwrap().is_none() {
            during += 1;
        }
    }
    let out = apply.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        during >= 3,
        "the writers ran while the apply was hashing ({during} of 8)"
    );
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(plan["secrets"].as_array().unwrap().len(), 60);
    let pw = plan["secrets"][59]["value"].as_str().unwrap();
    env.run_with(&["contact", "login", "u59@acme.example"], pw)
        .code(0);
}
