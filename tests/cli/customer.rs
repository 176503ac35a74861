use crate::{Env, Tree};
use serde_json::Value;

fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn create_under_partner_and_direct() {
    let env = Env::new();
    Tree::new()
        .partner("Northwind", "ops@northwind.example", |p| p)
        .make(&env);
    let c = env.json(&[
        "customer",
        "create",
        "Acme",
        "--partner",
        "Northwind",
        "--email",
        "IT@Acme.example",
        "--workflow",
        "standard",
        "--display-name",
        "Acme Corp",
        "--logo-url",
        "https://acme.example/logo.png",
        "--primary-color",
        "#1A7F37",
        "--support-email",
        "help@acme.example",
    ]);
    assert_eq!(c["partner_id"], 1);
    assert_eq!(c["partner"], "Northwind");
    assert_eq!(c["email"], "IT@Acme.example");
    assert_eq!(c["workflow"], "standard");
    assert_eq!(c["active"], true);
    assert_eq!(c["portal"], false);
    assert_eq!(c["primary_color"], "#1a7f37");
    assert_eq!(c["display_name"], "Acme Corp");

    let d = env.json(&[
        "customer",
        "create",
        "Solo",
        "--direct",
        "--email",
        "admin@solo.example",
    ]);
    assert_eq!(d["partner_id"], Value::Null);
    assert_eq!(d["partner"], Value::Null);
}

#[test]
fn partner_or_direct_is_required() {
    let env = Env::new();
    env.run(&["customer", "create", "Acme", "--email", "a@acme.example"])
        .code(2);
    env.run(&[
        "customer",
        "create",
        "Acme",
        "--email",
        "a@acme.example",
        "--direct",
        "--partner",
        "X",
    ])
    .code(2);
}

#[test]
fn unknown_partner_is_3_and_nothing_written() {
    let env = Env::new();
    let r = env.run(&[
        "customer",
        "create",
        "Acme",
        "--partner",
        "Ghost",
        "--email",
        "a@acme.example",
    ]);
    r.code(3);
    assert!(r.stderr.contains("no partner \"Ghost\""), "{}", r.stderr);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 0);
}

#[test]
fn names_are_1_to_50_characters() {
    let env = Env::new();
    let fifty = "é".repeat(50);
    env.ok(&[
        "customer",
        "create",
        &fifty,
        "--direct",
        "--email",
        "a@b.example",
    ]);
    let r = env.run(&[
        "customer",
        "create",
        &"é".repeat(51),
        "--direct",
        "--email",
        "a@b.example",
    ]);
    r.code(2);
    assert!(r.stderr.contains("at most 50 characters"), "{}", r.stderr);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 1);
}

/// Partners "A" and "B", each with a customer "Acme" (x@acme.example).
fn two_acmes() -> Tree {
    Tree::new()
        .partner("A", "a@a.example", |p| p)
        .partner("B", "b@b.example", |p| p)
        .under("A", |p| p.customer("Acme", "x@acme.example", |c| c))
        .under("B", |p| p.customer("Acme", "x@acme.example", |c| c))
}

#[test]
fn unique_within_partner_only() {
    let env = Env::new();
    two_acmes()
        .direct("Acme", "x@acme.example", |c| c)
        .make(&env);
    env.run(&[
        "customer",
        "create",
        "Acme",
        "--partner",
        "A",
        "--email",
        "y@acme.example",
    ])
    .code(4);
    env.run(&[
        "customer",
        "create",
        "Acme",
        "--direct",
        "--email",
        "y@acme.example",
    ])
    .code(4);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 3);
}

#[test]
fn ambiguous_name_lists_candidates_and_the_narrowing_flag() {
    let env = Env::new();
    two_acmes().make(&env);
    let r = env.run(&["customer", "show", "Acme"]);
    r.code(2);
    assert!(r.stderr.contains("matches 2 customers"), "{}", r.stderr);
    assert!(r.stderr.contains("id 1 (partner \"A\")"), "{}", r.stderr);
    assert!(r.stderr.contains("id 2 (partner \"B\")"), "{}", r.stderr);
    assert!(r.stderr.contains("--partner"), "{}", r.stderr);
    assert_eq!(
        env.json(&["customer", "show", "Acme", "--partner", "B"])["id"],
        2
    );
}

#[test]
fn list_filters_combine_with_and() {
    let env = Env::new();
    Tree::new()
        .partner("A", "a@a.example", |p| p)
        .partner("B", "b@b.example", |p| p)
        .under("A", |p| {
            p.customer("Acme", "it@acme.example", |c| c.workflow("gold"))
                .customer("Acme Labs", "it@labs.example", |c| c.workflow("gold"))
                .customer("Beta", "it@beta.example", |c| c.workflow("basic"))
        })
        .under("B", |p| {
            p.customer("ACME West", "it@west.example", |c| c.workflow("gold"))
        })
        .direct("Solo", "it@solo.example", |c| c)
        .make(&env);
    env.ok(&["customer", "deactivate", "Acme Labs"]);

    assert_eq!(
        names(&env.json(&["customer", "list", "--name", "acme"])),
        ["ACME West", "Acme", "Acme Labs"]
    );
    assert_eq!(
        names(&env.json(&["customer", "list", "--partner", "A", "--name", "acme"])),
        ["Acme", "Acme Labs"]
    );
    assert_eq!(
        names(&env.json(&[
            "customer",
            "list",
            "--partner",
            "A",
            "--workflow",
            "gold",
            "--status",
            "active"
        ])),
        ["Acme"]
    );
    assert_eq!(
        names(&env.json(&["customer", "list", "--status", "inactive"])),
        ["Acme Labs"]
    );
    assert_eq!(
        names(&env.json(&["customer", "list", "--direct"])),
        ["Solo"]
    );
    assert_eq!(
        names(&env.json(&["customer", "list", "--email", "IT@BETA.example"])),
        ["Beta"]
    );
    assert_eq!(
        names(&env.json(&["customer", "list", "--portal", "enabled"])),
        Vec::<String>::new()
    );
    assert_eq!(
        names(&env.json(&["customer", "list", "--portal", "disabled", "--direct"])),
        ["Solo"]
    );
    // LIKE wildcards in --name are literal.
    assert_eq!(
        names(&env.json(&["customer", "list", "--name", "%"])),
        Vec::<String>::new()
    );
}

#[test]
fn sort_limit_offset() {
    let env = Env::new();
    for n in ["Delta", "alpha", "Charlie", "bravo"] {
        env.ok(&[
            "customer",
            "create",
            n,
            "--direct",
            "--email",
            "x@y.example",
        ]);
    }
    assert_eq!(
        names(&env.json(&["customer", "list", "--sort", "id"])),
        ["Delta", "alpha", "Charlie", "bravo"]
    );
    assert_eq!(
        names(&env.json(&["customer", "list", "--sort", "id", "--desc", "--limit", "2"])),
        ["bravo", "Charlie"]
    );
    assert_eq!(
        names(&env.json(&[
            "customer", "list", "--sort", "id", "--limit", "2", "--offset", "1"
        ])),
        ["alpha", "Charlie"]
    );
    for bad in [
        ["--limit", "-1"],
        ["--limit", "0"],
        ["--offset", "-5"],
        ["--limit", "99999999999999999999"],
    ] {
        env.run(&["customer", "list", bad[0], bad[1]]).code(2);
    }
}

#[test]
fn edit_fields_and_partner_is_fixed() {
    let env = Env::new();
    Tree::new()
        .partner("A", "a@a.example", |p| {
            p.customer("Acme", "it@acme.example", |c| c.workflow("gold"))
        })
        .partner("B", "b@b.example", |p| p)
        .make(&env);
    let c = env.json(&[
        "customer",
        "edit",
        "Acme",
        "--name",
        "Acme Inc",
        "--workflow",
        "",
        "--primary-color",
        "#00ff00",
    ]);
    assert_eq!(c["name"], "Acme Inc");
    assert_eq!(c["workflow"], Value::Null);
    assert_eq!(c["primary_color"], "#00ff00");
    assert_eq!(c["partner"], "A");

    let r = env.run(&[
        "customer",
        "edit",
        "Acme Inc",
        "--partner",
        "B",
        "--email",
        "new@acme.example",
    ]);
    r.code(2);
    assert!(r.stderr.contains("fixed at creation"), "{}", r.stderr);
    let r = env.run(&[
        "customer",
        "edit",
        "1",
        "--direct",
        "--email",
        "new@acme.example",
    ]);
    r.code(2);
    assert!(r.stderr.contains("fixed at creation"), "{}", r.stderr);
    assert_eq!(
        env.json(&["customer", "show", "1"])["email"],
        "it@acme.example"
    );
    // Naming the right partner merely narrows.
    env.ok(&[
        "customer",
        "edit",
        "Acme Inc",
        "--partner",
        "A",
        "--email",
        "new@acme.example",
    ]);

    env.run(&["customer", "edit", "1", "--primary-color", "green"])
        .code(2);
    env.run(&["customer", "edit", "1", "--logo-url", "not a url"])
        .code(2);
    env.run(&["customer", "edit", "1"]).code(2);
}

#[test]
fn activate_and_deactivate_are_idempotent() {
    let env = Env::new();
    Tree::new()
        .direct("Acme", "a@acme.example", |c| c)
        .make(&env);
    let v = env.json(&["customer", "deactivate", "Acme"]);
    assert_eq!(v[0]["active"], false);
    let audits = env.count("SELECT count(*) FROM audit WHERE action = 'deactivate'");
    assert_eq!(audits, 1);
    let r = env.run(&["customer", "deactivate", "Acme"]);
    r.code(0);
    assert!(r.stderr.contains("already inactive"), "{}", r.stderr);
    assert_eq!(
        env.count("SELECT count(*) FROM audit WHERE action = 'deactivate'"),
        1
    );
    let v = env.json(&["customer", "activate", "Acme"]);
    assert_eq!(v[0]["active"], true);
    env.run(&["customer", "activate", "Nope"]).code(3);
}

sqlite_only! { "SQLite's query plan",
#[test]
fn show_by_name_with_partner_uses_the_index() {
    let env = Env::new();
    Tree::new()
        .partner("A", "a@a.example", |p| p.customer("Acme", "a@acme.example", |c| c))
        .make(&env);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let plan: String = conn
        .query_row(
            "EXPLAIN QUERY PLAN SELECT id FROM customer c WHERE c.name = 'Acme' AND ifnull(c.partner_id, 0) = 1",
            [],
            |r| r.get(3),
        )
        .unwrap();
    assert!(plan.contains("USING INDEX customer_name_unique"), "{plan}");
}
}
