//! A partner's own space: staff roles see and change only their partners and what lies under
//! them, in portalctl and in psql alike, because the database enforces it (row-level
//! security).

use serde_json::Value;

use crate::Env;
use crate::common::pg;

struct Space {
    env: Env,
    /// operator, staff of North
    north: String,
    /// admin, staff of South
    south: String,
    /// operator, staff of both
    both: String,
    /// admin, nobody's staff
    admin: String,
    /// operator, nobody's staff
    operator: String,
    /// the groups' prefix
    groups: String,
}

/// Two partners (North with customer Acme, site HQ, probe hq-1, contact pat; South with
/// customer Blue and pat as its contact too), a direct customer Solo, an unassigned probe
/// loose-1; and the roles above, in the `portalctl_*` groups.
fn space() -> Space {
    space_in(false)
}

/// The same, with `prefixed`: in the groups of `db grants --prefix`, with a prefix of this
/// store's own.
fn space_in(prefixed: bool) -> Space {
    let _one = crate::common::pg::grants_lock();
    let env = Env::new();
    let db = env.pg_db.clone().unwrap();
    crate::Tree::new()
        .partner("North", "n@north.example", |p| {
            p.customer("Acme", "it@acme.example", |c| {
                c.site("HQ", |s| s.probe("hq-1"))
                    .contact("pat@x.example", &["--login"])
            })
        })
        .partner("South", "s@south.example", |p| {
            p.customer("Blue", "it@blue.example", |c| {
                c.site("Depot", |s| s.probe("depot-1"))
                    .contact("pat@x.example", &[])
                    .contact("only-south@x.example", &[])
            })
        })
        .direct("Solo", "it@solo.example", |c| c)
        .probe("loose-1", &[])
        .make(&env);
    let groups = if prefixed {
        let p = format!("{db}g");
        env.psql(&env.ok(&["db", "grants", "--prefix", &p]));
        p
    } else {
        env.psql(&env.ok(&["db", "grants"]));
        "portalctl".to_string()
    };
    let role = |suffix: &str, group: &str| {
        let name = format!("{db}_{suffix}");
        env.pg_client()
            .batch_execute(&format!(
                "CREATE ROLE {name} LOGIN; GRANT {groups}_{group} TO {name}"
            ))
            .unwrap();
        name
    };
    let s = Space {
        north: role("north", "operator"),
        south: role("south", "admin"),
        both: role("both", "operator"),
        admin: role("admin", "admin"),
        operator: role("op", "operator"),
        groups,
        env,
    };
    for (partner, r) in [
        ("North", &s.north),
        ("South", &s.south),
        ("North", &s.both),
        ("South", &s.both),
    ] {
        s.run(&s.admin, &["partner", "grant", partner, "--role", r])
            .code(0);
    }
    s
}

impl Space {
    fn run(&self, role: &str, args: &[&str]) -> crate::Run {
        self.run_with(role, args, "")
    }

    fn run_with(&self, role: &str, args: &[&str], stdin: &str) -> crate::Run {
        let db = self.env.pg_db.clone().unwrap();
        let out = self
            .env
            .command()
            .env("PORTALCTL_DB", pg::cluster().url_as(role, &db))
            .args(args)
            .write_stdin(stdin)
            .output()
            .unwrap();
        crate::Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    fn json(&self, role: &str, args: &[&str]) -> Value {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        let r = self.run(role, &all);
        r.code(0);
        r.json()
    }

    fn names(&self, role: &str, args: &[&str], field: &str) -> Vec<String> {
        let mut v: Vec<String> = self
            .json(role, args)
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x[field].as_str().unwrap_or_default().to_string())
            .collect();
        v.sort();
        v
    }

    fn psql_count(&self, role: &str, table: &str) -> i64 {
        let db = self.env.pg_db.clone().unwrap();
        let mut c =
            postgres::Client::connect(&pg::cluster().url_as(role, &db), postgres::NoTls).unwrap();
        c.query_one(&format!("SELECT count(*) FROM {table}"), &[])
            .unwrap()
            .get(0)
    }
}

#[test]
fn staff_see_only_their_space_in_every_list_show_export_log_and_psql() {
    let s = space();
    let n = &s.north;
    assert_eq!(s.names(n, &["partner", "list"], "name"), ["North"]);
    assert_eq!(s.names(n, &["customer", "list"], "name"), ["Acme"]);
    assert_eq!(s.names(n, &["site", "list"], "name"), ["HQ"]);
    assert_eq!(s.names(n, &["probe", "list"], "name"), ["hq-1"]);
    assert_eq!(s.names(n, &["contact", "list"], "email"), ["pat@x.example"]);
    assert_eq!(
        s.names(&s.both, &["customer", "list"], "name"),
        ["Acme", "Blue"]
    );
    assert_eq!(
        s.names(&s.admin, &["customer", "list"], "name"),
        ["Acme", "Blue", "Solo"]
    );
    // Everything else does not exist for it.
    for args in [
        vec!["partner", "show", "South"],
        vec!["customer", "show", "Blue"],
        vec!["customer", "show", "Solo"],
        vec!["probe", "show", "loose-1"],
        vec!["site", "show", "Depot"],
        vec!["contact", "access", "only-south@x.example"],
        vec!["export", "--partner", "South"],
    ] {
        s.run(n, &args).code(3);
    }
    // psql as the role sees the same rows.
    assert_eq!(s.psql_count(n, "customer"), 1);
    assert_eq!(s.psql_count(n, "partner"), 1);
    assert_eq!(s.psql_count(n, "probe"), 1);
    assert_eq!(s.psql_count(n, "contact"), 1);
    // export, log and the access list stay inside.
    let exported = s.run(n, &["export"]);
    exported.code(0);
    assert!(exported.stdout.contains("Acme") && !exported.stdout.contains("Blue"));
    assert!(!exported.stdout.contains("Solo") && !exported.stdout.contains("loose-1"));
    let log = s.json(n, &["log"]);
    let about: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["entity_name"].as_str())
        .collect();
    assert!(
        about.contains(&"Acme") && !about.contains(&"Blue") && !about.contains(&"Solo"),
        "{about:?}"
    );
    let access = s.json(n, &["contact", "access", "pat@x.example"]);
    assert_eq!(access.as_array().unwrap().len(), 1, "{access}");
}

#[test]
fn staff_create_nothing_outside_and_delete_no_partner() {
    let s = space();
    let n = &s.north;
    let before =
        s.env.count("SELECT count(*) FROM customer") + s.env.count("SELECT count(*) FROM probe");
    s.run(n, &["partner", "create", "West", "--email", "w@w.example"])
        .code(6);
    s.run(
        n,
        &[
            "customer",
            "create",
            "Loner",
            "--direct",
            "--email",
            "l@l.example",
        ],
    )
    .code(6);
    s.run(n, &["probe", "create", "stray"]).code(6);
    s.run(n, &["probe", "unassign", "hq-1"]).code(6);
    s.run(
        n,
        &[
            "customer",
            "create",
            "C2",
            "--partner",
            "South",
            "--email",
            "c@c.example",
        ],
    )
    .code(3);
    s.run(&s.south, &["partner", "delete", "South", "--yes"])
        .code(6);
    assert_eq!(
        s.env.count("SELECT count(*) FROM customer") + s.env.count("SELECT count(*) FROM probe"),
        before,
        "nothing was written"
    );
    assert_eq!(s.env.count("SELECT count(*) FROM partner"), 2);
    // Inside, the group decides: the operator creates, the admin deletes.
    s.run(
        n,
        &[
            "customer",
            "create",
            "Acme2",
            "--partner",
            "North",
            "--email",
            "a@a.example",
        ],
    )
    .code(0);
    s.run(&s.south, &["customer", "delete", "Blue", "--yes"])
        .code(0);
    // The audit about a deleted customer is still South's.
    let log = s.json(&s.south, &["log", "--entity", "customer"]);
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "delete" && e["entity_name"] == "Blue"),
        "{log}"
    );
    let north_log = s.json(n, &["log"]);
    assert!(
        !north_log
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["entity_name"] == "Blue"),
        "{north_log}"
    );
    // Whole-store operations are refused to staff.
    let f = s.env.path("b.db");
    s.run(n, &["db", "backup", f.to_str().unwrap()]).code(6);
    s.run(n, &["db", "copy", f.to_str().unwrap()]).code(6);
    assert!(!f.exists());
}

#[test]
fn apply_and_prune_stay_inside_the_space() {
    let s = space();
    let tree = s.env.path("t.toml");
    std::fs::write(
        &tree,
        "[[partner]]\nname = \"South\"\nemail = \"s@south.example\"\n",
    )
    .unwrap();
    // South's admin prunes South: Blue goes, nothing else.
    s.run(
        &s.south,
        &["apply", "-f", tree.to_str().unwrap(), "--prune", "--yes"],
    )
    .code(0);
    assert_eq!(
        s.env
            .count("SELECT count(*) FROM customer WHERE name = 'Blue'"),
        0
    );
    assert_eq!(s.env.count("SELECT count(*) FROM customer"), 2);
    // A file naming another partner is a partner to create: refused, nothing written.
    std::fs::write(
        &tree,
        "[[partner]]\nname = \"North\"\nemail = \"n@north.example\"\n\n[[customer]]\nname = \"Solo2\"\nemail = \"x@y.example\"\n",
    )
    .unwrap();
    s.run(&s.south, &["apply", "-f", tree.to_str().unwrap()])
        .code(6);
    assert_eq!(s.env.count("SELECT count(*) FROM partner"), 2);
}

#[test]
fn only_a_non_staff_admin_grants_and_a_role_losing_its_last_partner_sees_nothing() {
    let s = space();
    // A staff admin may not grant, even inside its own space; outside it, North does not exist.
    s.run(
        &s.south,
        &["partner", "grant", "South", "--role", &s.operator],
    )
    .code(6);
    s.run(
        &s.south,
        &["partner", "grant", "North", "--role", &s.operator],
    )
    .code(3);
    s.run(
        &s.operator,
        &["partner", "grant", "North", "--role", &s.operator],
    )
    .code(6);
    s.run(
        &s.admin,
        &["partner", "grant", "North", "--role", "no_such_role"],
    )
    .code(3);
    let shown = s.json(&s.admin, &["partner", "show", "North"]);
    let mut staff: Vec<String> = shown["staff"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap().to_string())
        .collect();
    staff.sort();
    let mut expected = vec![s.both.clone(), s.north.clone()];
    expected.sort();
    assert_eq!(staff, expected);
    s.run(
        &s.admin,
        &["partner", "revoke", "North", "--role", &s.north],
    )
    .code(0);
    // Fail closed: no partner left, nothing seen (never the whole store).
    assert_eq!(
        s.json(&s.north, &["customer", "list"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(s.psql_count(&s.north, "customer"), 0);
    assert_eq!(s.psql_count(&s.north, "audit"), 0);
}

#[test]
fn invitations_and_people_across_spaces() {
    let s = space();
    // An email registered only in South: North's staff may invite it, learning nothing.
    let r = s.run(
        &s.north,
        &[
            "-o",
            "json",
            "invite",
            "create",
            "--customer",
            "Acme",
            "--email",
            "only-south@x.example",
        ],
    );
    r.code(0);
    assert!(!r.stderr.contains("Blue") && !r.stdout.contains("Blue"));
    // An email registered nowhere is refused the same way for staff as for anyone.
    s.run(
        &s.north,
        &[
            "invite",
            "create",
            "--customer",
            "Acme",
            "--email",
            "nobody@x.example",
        ],
    )
    .code(3);
    // pat uses an account of South too: North's staff may not change pat's password.
    s.run(&s.north, &["contact", "password", "pat@x.example"])
        .code(6);
    s.run(&s.north, &["contact", "reset", "pat@x.example"])
        .code(6);
    // Someone whose accounts are all inside may be changed.
    s.run(
        &s.north,
        &[
            "contact",
            "create",
            "--customer",
            "Acme",
            "--email",
            "kim@x.example",
            "--login",
        ],
    )
    .code(0);
    s.run(&s.north, &["contact", "password", "kim@x.example"])
        .code(0);
    // Staff see only the accounts inside their space at login.
    let pw = s.env.json(&["contact", "password", "pat@x.example"])["password"]
        .as_str()
        .unwrap()
        .to_string();
    s.env.ok(&[
        "contact",
        "edit",
        "pat@x.example",
        "--customer",
        "Blue",
        "--login",
    ]);
    let r = s.run_with(
        &s.north,
        &["-o", "json", "contact", "login", "pat@x.example"],
        &format!("{pw}\n"),
    );
    r.code(0);
    let opened: Vec<String> = r
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["customer"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(opened, ["Acme"]);
}

#[test]
fn a_copy_between_servers_keeps_the_spaces_and_one_to_a_file_has_none_to_keep() {
    let s = space();
    let target = pg::cluster().create_db();
    let url = pg::cluster().url(&target);
    let r = s.env.run(&["-o", "json", "db", "copy", &url]);
    r.code(0);
    // Three roles marked as staff, four (role, partner) pairs.
    assert_eq!(r.json()["copied"]["portalctl_staff"], 7, "{}", r.stdout);
    let mut c = pg::cluster().client(&target);
    let n: i64 = c
        .query_one(
            "SELECT count(*) FROM portalctl_staff WHERE partner_id IS NOT NULL",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(n, 4);
    let file = s.env.path("copy.db");
    let r = s
        .env
        .run(&["-o", "json", "db", "copy", file.to_str().unwrap()]);
    r.code(0);
    assert!(r.json()["copied"].get("portalctl_staff").is_none());
}

#[test]
fn a_store_with_prefixed_groups_keeps_the_same_spaces() {
    // The groups of this store only (`db grants --prefix`), none of `portalctl_*`.
    let s = space_in(true);
    let prefix = s.groups.clone();
    let n = &s.north;
    assert_eq!(s.names(n, &["customer", "list"], "name"), ["Acme"]);
    assert_eq!(
        s.names(&s.both, &["customer", "list"], "name"),
        ["Acme", "Blue"]
    );
    assert_eq!(
        s.names(&s.operator, &["customer", "list"], "name"),
        ["Acme", "Blue", "Solo"]
    );
    assert_eq!(s.psql_count(n, "customer"), 1);
    s.run(n, &["customer", "show", "Blue"]).code(3);
    // Staff of the prefixed operator group write inside their space, the audit stamped.
    s.run(
        n,
        &[
            "customer",
            "create",
            "Acme2",
            "--partner",
            "North",
            "--email",
            "a2@acme.example",
        ],
    )
    .code(0);
    assert_eq!(
        s.env
            .text("SELECT \"user\" FROM audit WHERE entity = 'customer' AND entity_name = 'Acme2'"),
        *n
    );
    s.run(n, &["partner", "create", "West", "--email", "w@w.example"])
        .code(6);
    let tree = s.env.path("north.toml");
    std::fs::write(
        &tree,
        "[[partner]]\nname = \"North\"\nemail = \"n@north.example\"\n\n[[partner.customer]]\nname = \"Acme3\"\nemail = \"a3@acme.example\"\n",
    )
    .unwrap();
    let r = s.run(n, &["apply", "-f", tree.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        s.env
            .count("SELECT count(*) FROM customer WHERE name = 'Acme3'"),
        1
    );
    // Only the prefixed admin group grants spaces, and the refusal names it.
    let r = s.run(
        &s.operator,
        &["partner", "grant", "North", "--role", &s.operator],
    );
    r.code(6);
    assert!(
        r.stderr.contains(&format!("{prefix}_admin")),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("portalctl_admin"), "{}", r.stderr);
    s.run(&s.admin, &["partner", "revoke", "North", "--role", n])
        .code(0);
    assert_eq!(s.psql_count(n, "customer"), 0);
}
