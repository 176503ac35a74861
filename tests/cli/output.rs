use crate::{Env, Tree};

#[test]
fn json_errors_go_to_stderr_as_an_envelope_and_stdout_stays_empty() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let r = env.run(&["-o", "json", "customer", "show", "Ghost"]);
    r.code(3);
    assert_eq!(r.stdout, "");
    let e = r.error_json();
    assert_eq!(e["error"]["code"], 3);
    assert_eq!(e["error"]["kind"], "not_found");
    assert!(e["error"]["message"].as_str().unwrap().contains("Ghost"));

    // Usage errors found by the parser too.
    let r = env.run(&["-o", "json", "customer", "list", "--bogus"]);
    r.code(2);
    assert_eq!(r.stdout, "");
    assert_eq!(r.error_json()["error"]["kind"], "usage");

    // PORTALCTL_OUTPUT selects JSON as well.
    let out = env
        .command()
        .env("PORTALCTL_OUTPUT", "json")
        .args(["partner", "show", "Ghost"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let v: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(v["error"]["code"], 3);
}

#[test]
fn csv_has_a_header_row_even_when_empty() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let empty = env.ok(&["-o", "csv", "customer", "list"]);
    assert_eq!(
        empty,
        "id,partner_id,partner,name,email,workflow,active,portal,display_name,logo_url,primary_color,support_email,created_at,updated_at\n"
    );
    Tree::new()
        .direct("Acme, Inc", "a@acme.example", |c| c)
        .make(&env);
    let one = env.ok(&["-o", "csv", "customer", "list"]);
    let mut lines = one.lines();
    assert!(lines.next().unwrap().starts_with("id,partner_id,"));
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("1,,,\"Acme, Inc\",a@acme.example,,true,false,")
    );
    assert_eq!(lines.next(), None);
}

#[test]
fn json_list_is_an_array_and_show_an_object() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    assert_eq!(env.json(&["partner", "list"]), serde_json::json!([]));
    env.ok(&["partner", "create", "N", "--email", "a@n.example"]);
    env.ok(&["partner", "create", "M", "--email", "a@m.example"]);
    let list = env.json(&["partner", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert!(env.json(&["partner", "show", "N"]).is_object());
}

#[test]
fn quiet_prints_ids_only() {
    let env = Env::new();
    assert_eq!(
        env.ok(&["-q", "partner", "create", "N", "--email", "a@n.example"]),
        "1\n"
    );
    let quiet_customer = |name: &str| {
        env.ok(&[
            "-q",
            "customer",
            "create",
            name,
            "--partner",
            "N",
            "--email",
            "a@a.example",
        ])
    };
    assert_eq!(quiet_customer("A"), "1\n");
    assert_eq!(quiet_customer("B"), "2\n");
    assert_eq!(env.ok(&["-q", "customer", "list"]), "1\n2\n");
    let r = env.run(&["-q", "customer", "edit", "B", "--workflow", "w"]);
    r.code(0);
    assert_eq!(r.stdout, "2\n");
    assert_eq!(r.stderr, "");
}

#[test]
fn tables_have_no_colour_when_not_a_terminal_and_escape_user_text() {
    let env = Env::new();
    env.ok(&["partner", "create", "N", "--email", "a@n.example"]);
    let t = env.ok(&["partner", "list"]);
    assert!(!t.contains('\u{1b}'), "{t:?}");
    assert!(t.contains("| 1  | N    | a@n.example |"), "{t}");
    let r = env.run(&["partner", "show", "bad\u{1b}[31mname"]);
    r.code(3);
    assert!(!r.stderr.contains('\u{1b}'), "{:?}", r.stderr);
}

#[test]
fn help_has_examples_on_every_verb() {
    let env = Env::new();
    // The verbs of a noun that has a status: its life cycle, then its own.
    let with_status = |own: &[&'static str]| -> Vec<&'static str> {
        let mut verbs = vec![
            "create",
            "list",
            "show",
            "edit",
            "activate",
            "deactivate",
            "delete",
        ];
        verbs.extend_from_slice(own);
        verbs
    };
    let customer = with_status(&[]);
    let contact = with_status(&["access", "password", "login"]);
    let nouns: &[(&str, &[&str])] = &[
        ("partner", &["create", "list", "show", "edit", "delete"]),
        ("customer", &customer),
        ("site", &["create", "list", "show", "edit", "delete"]),
        (
            "probe",
            &[
                "create", "list", "show", "edit", "assign", "unassign", "delete",
            ],
        ),
        ("contact", &contact),
        ("db", &["path", "check", "backup", "migrate"]),
    ];
    for (noun, verbs) in nouns {
        for verb in *verbs {
            let out = env.ok(&[noun, verb, "--help"]);
            assert!(
                out.contains("Example"),
                "{noun} {verb} --help has no example"
            );
        }
    }
    for cmd in ["log", "apply", "export"] {
        assert!(env.ok(&[cmd, "--help"]).contains("Example"), "{cmd}");
    }
    assert!(env.ok(&["--help"]).contains("Exit codes"));
}

#[test]
fn non_utf8_arguments_are_usage_errors() {
    use std::os::unix::ffi::OsStrExt;
    let env = Env::new();
    let bad = std::ffi::OsStr::from_bytes(b"caf\xe9");
    let out = env
        .command()
        .args(["partner", "create"])
        .arg(bad)
        .args(["--email", "a@b.example"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn config_unknown_key_is_exit_2_naming_it() {
    let env = Env::new();
    let cfg = env.path("bad.toml");
    std::fs::write(
        &cfg,
        "portal_url = \"https://p.example\"\nbusy_timeout = 10\n",
    )
    .unwrap();
    let r = env.run(&["--config", cfg.to_str().unwrap(), "partner", "list"]);
    r.code(2);
    assert!(r.stderr.contains("busy_timeout"), "{}", r.stderr);
    let r = env.run(&[
        "--config",
        env.path("missing.toml").to_str().unwrap(),
        "partner",
        "list",
    ]);
    r.code(2);
}

#[test]
fn config_output_is_the_default_format() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let cfg = env.path("c.toml");
    std::fs::write(&cfg, "output = \"json\"\n").unwrap();
    let out = env.ok(&["--config", cfg.to_str().unwrap(), "partner", "list"]);
    assert_eq!(out, "[]\n");
    // The flag wins over the config.
    let out = env.ok(&[
        "--config",
        cfg.to_str().unwrap(),
        "-o",
        "csv",
        "partner",
        "list",
    ]);
    assert!(out.starts_with("id,name,"));
}

sqlite_only! {
    "the rows are made with SQL on the SQLite file",
    #[test]
    fn a_table_reads_no_further_than_the_rows_it_shows() {
        let env = Env::new();
        env.seed();
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10050)
             INSERT INTO customer (name, email, email_key, created_at, updated_at)
             SELECT 'bulk-' || i, 'b@b.example', 'b@b.example', '2026-01-01T00:00:00Z',
                    '2026-01-01T00:00:00Z' FROM n;",
        )
        .unwrap();
        let r = env.run(&["customer", "list", "--sort", "id"]);
        r.code(0);
        let rows = r.stdout.lines().filter(|l| l.starts_with("| ")).count();
        assert_eq!(rows, 1 + 10_000, "the header and 10,000 rows");
        assert!(r.stderr.contains("showing the first 10000 customers; there are more"), "{}", r.stderr);
        // JSON and CSV stream every row.
        let all = env.ok(&["-o", "csv", "customer", "list"]);
        assert_eq!(all.lines().count(), 1 + 10_051);
    }
}
