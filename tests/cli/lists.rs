//! SPEC "Commands": every list takes `--sort FIELD`, `--desc`, `--limit`, `--offset`, and
//! `--name SUBSTRING` (case-insensitive) where its entity has a name, meaning the same on
//! every noun.

use std::fmt::Write as _;

use crate::common::{contact_create, invite_create};
use crate::{Env, Tree};
use serde_json::Value;

fn field(v: &Value, key: &str) -> Vec<String> {
    v.as_array()
        .expect("a JSON array")
        .iter()
        .map(|row| match &row[key] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect()
}

fn names(v: &Value) -> Vec<String> {
    field(v, "name")
}

/// Partners, customers (one direct), sites and probes whose names differ in case and form.
fn tree(env: &Env) {
    Tree::new()
        .partner("Straße Partner", "b@straße.example", |p| p)
        .partner("Northwind", "a@northwind.example", |p| {
            p.customer("ÄCME GmbH", "it@acme.example", |c| {
                c.site("Zweigstelle Süd", |s| s).site("HQ", |s| {
                    s.probe_with("rack-b", &["--serial", "S2"])
                        .probe_with("Rack-A", &["--serial", "S1"])
                })
            })
        })
        .direct("Beta", "it@beta.example", |c| {
            c.site("ZWEIGSTELLE NORD", |s| s)
        })
        .probe("spare", &[])
        .make(env);
}

#[test]
fn every_named_list_filters_by_name_case_insensitively_in_any_script() {
    let env = Env::new();
    tree(&env);
    // Unicode case folding, as for emails: ß and SS, Ä and ä.
    assert_eq!(
        names(&env.json(&["partner", "list", "--name", "STRASSE"])),
        ["Straße Partner"]
    );
    assert_eq!(
        names(&env.json(&["customer", "list", "--name", "äcme"])),
        ["ÄCME GmbH"]
    );
    // Typed in NFD, found in NFC.
    assert_eq!(
        names(&env.json(&["customer", "list", "--name", "A\u{308}cme"])),
        ["ÄCME GmbH"]
    );
    assert_eq!(
        names(&env.json(&["site", "list", "--name", "zweigstelle"])),
        ["ZWEIGSTELLE NORD", "Zweigstelle Süd"]
    );
    assert_eq!(
        names(&env.json(&["site", "list", "--name", "SÜD"])),
        ["Zweigstelle Süd"]
    );
    assert_eq!(
        names(&env.json(&["probe", "list", "--name", "RACK"])),
        ["Rack-A", "rack-b"]
    );
    // Wildcards are text.
    for noun in ["partner", "customer", "site", "probe", "contact"] {
        assert_eq!(
            env.json(&[noun, "list", "--name", "%"]),
            Value::Array(Vec::new()),
            "{noun}"
        );
    }
    // The filter combines with the list's own filters.
    assert_eq!(
        names(&env.json(&["site", "list", "--name", "zweig", "--customer", "Beta"])),
        ["ZWEIGSTELLE NORD"]
    );
}

#[test]
fn a_name_filter_pages_over_the_matches_only() {
    let env = Env::new();
    for i in 1..=6 {
        for prefix in ["match", "other"] {
            env.ok(&[
                "customer",
                "create",
                &format!("{prefix}-{i}"),
                "--direct",
                "--email",
                "x@y.example",
            ]);
        }
    }
    let page = |limit: &str, offset: &str| {
        names(&env.json(&[
            "customer", "list", "--name", "MATCH", "--sort", "id", "--limit", limit, "--offset",
            offset,
        ]))
    };
    assert_eq!(page("2", "0"), ["match-1", "match-2"]);
    assert_eq!(page("2", "2"), ["match-3", "match-4"]);
    assert_eq!(page("10", "5"), ["match-6"]);
    assert_eq!(page("10", "6"), Vec::<String>::new());
    assert_eq!(
        names(&env.json(&[
            "customer", "list", "--name", "match", "--sort", "id", "--desc", "--limit", "2"
        ])),
        ["match-6", "match-5"]
    );
}

#[test]
fn every_list_sorts_by_its_fields_and_desc_reverses() {
    let env = Env::new();
    tree(&env);
    // Default orders.
    assert_eq!(
        names(&env.json(&["partner", "list"])),
        ["Northwind", "Straße Partner"]
    );
    assert_eq!(
        names(&env.json(&["site", "list"])),
        ["ZWEIGSTELLE NORD", "HQ", "Zweigstelle Süd"],
        "by customer (Beta, then ÄCME GmbH), then name"
    );
    assert_eq!(
        names(&env.json(&["probe", "list"])),
        ["spare", "Rack-A", "rack-b"],
        "unassigned first, then by customer, site and name"
    );
    // --sort and --desc.
    assert_eq!(
        names(&env.json(&["partner", "list", "--sort", "id"])),
        ["Straße Partner", "Northwind"]
    );
    assert_eq!(
        names(&env.json(&["partner", "list", "--sort", "email", "--desc"])),
        ["Straße Partner", "Northwind"]
    );
    assert_eq!(
        names(&env.json(&["site", "list", "--sort", "name"])),
        ["HQ", "ZWEIGSTELLE NORD", "Zweigstelle Süd"]
    );
    assert_eq!(
        names(&env.json(&["site", "list", "--sort", "id", "--desc", "--limit", "2"])),
        ["ZWEIGSTELLE NORD", "HQ"]
    );
    assert_eq!(
        names(&env.json(&["probe", "list", "--sort", "serial"])),
        ["spare", "Rack-A", "rack-b"],
        "no serial first"
    );
    assert_eq!(
        names(&env.json(&["probe", "list", "--desc"])),
        ["rack-b", "Rack-A", "spare"],
        "the default order reversed: unassigned last"
    );
    assert_eq!(
        names(&env.json(&["customer", "list", "--sort", "partner"])),
        ["Beta", "ÄCME GmbH"],
        "direct customers first"
    );
    assert_eq!(
        names(&env.json(&[
            "probe", "list", "--sort", "id", "--offset", "1", "--limit", "1"
        ])),
        ["Rack-A"]
    );
    // An unknown field is a usage error that lists the fields.
    let run = env.run(&["site", "list", "--sort", "colour"]);
    run.code(2);
    assert!(
        run.stderr
            .contains("possible values: customer, name, id, created, updated")
    );
}

#[test]
fn contacts_and_invitations_sort_and_page_too() {
    let env = Env::new();
    Tree::new()
        .direct("Acme", "owner@acme.example", |c| c)
        .direct("Beta", "owner@beta.example", |c| c)
        .make(&env);
    for (email, name) in [
        ("b@acme.example", "Jörg Müller"),
        ("a@acme.example", "Anna Schmidt"),
        ("c@acme.example", "Ola MÜLLER"),
    ] {
        env.ok(&contact_create("Acme", email, &["--name", name]));
    }
    Tree::new()
        .within("Acme", |c| c.contact("noname@acme.example", &[]))
        .make(&env);
    let emails = |args: &[&str]| field(&env.json(args), "email");
    assert_eq!(
        emails(&["contact", "list", "--customer", "Acme"]),
        [
            "a@acme.example",
            "b@acme.example",
            "c@acme.example",
            "noname@acme.example"
        ]
    );
    assert_eq!(
        emails(&["contact", "list", "--name", "müller"]),
        ["b@acme.example", "c@acme.example"]
    );
    assert_eq!(
        emails(&[
            "contact", "list", "--name", "MÜLLER", "--sort", "id", "--desc"
        ]),
        ["c@acme.example", "b@acme.example"]
    );
    assert_eq!(
        emails(&["contact", "list", "--sort", "name", "--limit", "1"]),
        ["noname@acme.example"],
        "no name sorts first"
    );

    // Invitations (Acme's contacts, invited to Beta as guests): newest first by default;
    // `--sort` is ascending; `--desc` is descending (so newest first, as without flags).
    for (email, expires) in [
        ("b@acme.example", "3d"),
        ("a@acme.example", "1d"),
        ("c@acme.example", "2d"),
    ] {
        env.ok(&invite_create("Beta", email, &["--expires", expires]));
    }
    let abc = |order: &str| -> Vec<String> {
        order.chars().map(|c| format!("{c}@acme.example")).collect()
    };
    assert_eq!(emails(&["invite", "list"]), abc("cab"));
    assert_eq!(emails(&["invite", "list", "--desc"]), abc("cab"));
    assert_eq!(emails(&["invite", "list", "--sort", "id"]), abc("bac"));
    assert_eq!(emails(&["invite", "list", "--sort", "created"]), abc("bac"));
    assert_eq!(emails(&["invite", "list", "--sort", "email"]), abc("abc"));
    assert_eq!(emails(&["invite", "list", "--sort", "expires"]), abc("acb"));
    assert_eq!(
        emails(&[
            "invite", "list", "--sort", "expires", "--desc", "--limit", "2"
        ]),
        abc("bc")
    );
    assert_eq!(
        emails(&["invite", "list", "--offset", "1", "--limit", "1"]),
        abc("a")
    );
    // Invitations have no name to filter by.
    env.run(&["invite", "list", "--name", "x"]).code(2);
}

/// Longer than one batch of the PostgreSQL cursor (1,000 rows), and a whole multiple of it:
/// every row comes, in order, and the name filter and the page hold across batches.
#[test]
fn a_list_longer_than_a_batch_comes_whole_and_in_order() {
    let env = Env::new();
    let mut file = String::from("[[customer]]\nname = \"Acme\"\nemail = \"it@acme.example\"\n");
    for i in 0..2000 {
        let _ = writeln!(file, "[[customer.site]]\nname = \"site-{i:04}\"");
    }
    let path = env.path("sites.toml");
    std::fs::write(&path, file).unwrap();
    env.ok(&["apply", "-f", path.to_str().unwrap()]);
    let all = names(&env.json(&["site", "list"]));
    let expected: Vec<String> = (0..2000).map(|i| format!("site-{i:04}")).collect();
    assert_eq!(all, expected);
    let csv = env.ok(&["-o", "csv", "site", "list", "--sort", "name", "--desc"]);
    assert_eq!(csv.lines().count(), 2001, "a header and 2,000 rows");
    assert!(csv.lines().nth(1).unwrap().contains("site-1999"));
    let page = names(&env.json(&[
        "site", "list", "--name", "SITE-1", "--offset", "990", "--limit", "20",
    ]));
    let expected: Vec<String> = (1990..2000).map(|i| format!("site-{i:04}")).collect();
    assert_eq!(page, expected, "the last ten of the 1,000 matches");
}
