use crate::{Env, Tree};

#[test]
fn create_show_list_edit() {
    let env = Env::new();
    let p = env.json(&[
        "partner",
        "create",
        "Northwind MSP",
        "--email",
        "ops@northwind.example",
        "--portal-url",
        "https://portal.northwind.example",
    ]);
    assert_eq!(p["id"], 1);
    assert_eq!(p["name"], "Northwind MSP");
    assert_eq!(p["email"], "ops@northwind.example");
    assert_eq!(p["portal_url"], "https://portal.northwind.example");
    assert!(p["created_at"].as_str().unwrap().ends_with('Z'));

    let shown = env.json(&["partner", "show", "Northwind MSP"]);
    assert_eq!(shown, p);
    assert_eq!(env.json(&["partner", "show", "1"]), p);

    Tree::new()
        .partner("Contoso", "a@contoso.example", |p| p)
        .make(&env);
    let list = env.json(&["partner", "list"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Contoso", "Northwind MSP"]);

    let edited = env.json(&[
        "partner",
        "edit",
        "Northwind MSP",
        "--email",
        "noc@northwind.example",
        "--portal-url",
        "",
    ]);
    assert_eq!(edited["email"], "noc@northwind.example");
    assert_eq!(edited["portal_url"], serde_json::Value::Null);
    assert_eq!(
        env.count("SELECT count(*) FROM audit WHERE action = 'update' AND entity = 'partner'"),
        1
    );
}

#[test]
fn duplicate_name_is_a_conflict_and_nothing_is_written() {
    let env = Env::new();
    Tree::new()
        .partner("Northwind", "ops@northwind.example", |p| p)
        .make(&env);
    let r = env.run(&["partner", "create", "Northwind", "--email", "x@y.example"]);
    r.code(4);
    assert!(r.stderr.contains("already exists"), "{}", r.stderr);
    assert_eq!(env.count("SELECT count(*) FROM partner"), 1);
}

#[test]
fn nfc_and_nfd_spellings_are_one_name() {
    let env = Env::new();
    Tree::new()
        .partner("Caf\u{e9}", "a@cafe.example", |p| p)
        .make(&env);
    env.run(&[
        "partner",
        "create",
        "Cafe\u{301}",
        "--email",
        "b@cafe.example",
    ])
    .code(4);
    // And the NFD spelling finds the NFC partner.
    assert_eq!(env.json(&["partner", "show", "Cafe\u{301}"])["id"], 1);
}

#[test]
fn invalid_input_is_exit_2_with_nothing_written() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    for args in [
        vec!["partner", "create", "P", "--email", "not-an-email"],
        vec!["partner", "create", "P", "--email", "a@"],
        vec!["partner", "create", "line\nbreak", "--email", "a@b.example"],
        vec!["partner", "create", "tab\there", "--email", "a@b.example"],
        vec![
            "partner",
            "create",
            "evil\u{202e}txt",
            "--email",
            "a@b.example",
        ],
        vec!["partner", "create", "", "--email", "a@b.example"],
        vec![
            "partner",
            "create",
            "P",
            "--email",
            "a@b.example",
            "--portal-url",
            "ftp://x.example",
        ],
    ] {
        env.run(&args).code(2);
    }
    let long = "x".repeat(101);
    env.run(&["partner", "create", &long, "--email", "a@b.example"])
        .code(2);
    let huge = "x".repeat(100_000);
    env.run(&["partner", "create", &huge, "--email", "a@b.example"])
        .code(2);
    assert_eq!(env.count("SELECT count(*) FROM partner"), 0);
    assert_eq!(env.count("SELECT count(*) FROM audit"), 0);
}

#[test]
fn sql_fragments_are_stored_verbatim() {
    let env = Env::new();
    let name = "Robert'); DROP TABLE partner;--";
    env.ok(&["partner", "create", name, "--email", "bobby@tables.example"]);
    assert_eq!(env.json(&["partner", "show", name])["name"], name);
    assert_eq!(env.count("SELECT count(*) FROM partner"), 1);
}

#[test]
fn unknown_partner_is_exit_3() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let r = env.run(&["partner", "show", "Nobody"]);
    r.code(3);
    assert!(r.stderr.contains("no partner \"Nobody\""), "{}", r.stderr);
    env.run(&["partner", "edit", "Nobody", "--email", "a@b.example"])
        .code(3);
}

#[test]
fn edit_without_changes_is_usage_and_same_values_write_nothing() {
    let env = Env::new();
    env.ok(&["partner", "create", "N", "--email", "a@n.example"]);
    env.run(&["partner", "edit", "N"]).code(2);
    let before = env.count("SELECT count(*) FROM audit");
    let r = env.run(&["partner", "edit", "N", "--email", "a@n.example"]);
    r.code(0);
    assert!(r.stderr.contains("nothing changed"), "{}", r.stderr);
    assert_eq!(env.count("SELECT count(*) FROM audit"), before);
}

#[test]
fn delete_cascades_to_customers_sites_and_probes() {
    let env = Env::new();
    env.seed();
    let r = env.run(&["partner", "delete", "Northwind", "--yes"]);
    r.code(0);
    assert!(
        r.stderr
            .contains("Deleted partner \"Northwind\" (id 1) with 1 customer, 1 site, 1 probe, 0 contacts and 0 invitations."),
        "{}",
        r.stderr
    );
    for table in ["partner", "customer", "site", "probe"] {
        assert_eq!(
            env.count(&format!("SELECT count(*) FROM {table}")),
            0,
            "{table}"
        );
    }
}

sqlite_only! {
    "PostgreSQL has roles: tests/cli_postgres/space.rs",
    #[test]
    fn a_partner_space_is_a_servers_a_file_has_no_users() {
        let env = crate::Env::new();
        env.seed();
        let r = env.run(&["partner", "grant", "Northwind", "--role", "alice"]);
        r.code(2);
        assert!(r.stderr.contains("a SQLite file has no users"), "{}", r.stderr);
        env.run(&["partner", "revoke", "Northwind", "--role", "alice"]).code(2);
        assert_eq!(env.json(&["partner", "show", "Northwind"])["staff"], serde_json::json!([]));
    }
}
