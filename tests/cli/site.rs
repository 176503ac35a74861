use crate::{Env, Tree};
use serde_json::Value;

#[test]
fn create_list_show_edit() {
    let env = Env::new();
    env.seed();
    Tree::new()
        .direct("Beta", "it@beta.example", |c| c)
        .make(&env);
    let s = env.json(&[
        "site",
        "create",
        "Branch",
        "--customer",
        "Acme",
        "--address",
        "1 Main St",
    ]);
    assert_eq!(s["customer"], "Acme");
    assert_eq!(s["customer_id"], 1);
    assert_eq!(s["address"], "1 Main St");
    assert_eq!(s["portal"], false);
    assert_eq!(s["installation_level"], false);
    env.ok(&["site", "create", "HQ", "--customer", "Beta"]);

    let all = env.json(&["site", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 3);
    let acme = env.json(&["site", "list", "--customer", "Acme"]);
    let names: Vec<&str> = acme
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Branch", "HQ"]);
    let by_partner = env.json(&["site", "list", "--partner", "Northwind"]);
    assert_eq!(by_partner.as_array().unwrap().len(), 2);

    // "HQ" exists for two customers.
    let r = env.run(&["site", "show", "HQ"]);
    r.code(2);
    assert!(r.stderr.contains("--customer"), "{}", r.stderr);
    assert_eq!(
        env.json(&["site", "show", "HQ", "--customer", "Beta"])["customer"],
        "Beta"
    );

    let e = env.json(&[
        "site",
        "edit",
        "Branch",
        "--customer",
        "Acme",
        "--name",
        "Depot",
        "--address",
        "",
    ]);
    assert_eq!(e["name"], "Depot");
    assert_eq!(e["address"], Value::Null);
    env.run(&["site", "create", "HQ", "--customer", "Acme"])
        .code(4);
    env.run(&["site", "create", "X", "--customer", "Ghost"])
        .code(3);
}

#[test]
fn delete_several_is_all_or_nothing() {
    let env = Env::new();
    env.seed();
    env.ok(&["site", "create", "Depot", "--customer", "Acme"]);
    let r = env.run(&[
        "site",
        "delete",
        "HQ",
        "Nowhere",
        "--customer",
        "Acme",
        "--yes",
    ]);
    r.code(3);
    assert_eq!(env.count("SELECT count(*) FROM site"), 2);
    let r = env.run(&[
        "site",
        "delete",
        "HQ",
        "Depot",
        "--customer",
        "Acme",
        "--yes",
    ]);
    r.code(0);
    assert!(r.stderr.contains("Deleted 2 sites"), "{}", r.stderr);
    assert!(r.stderr.contains("with 1 probe"), "{}", r.stderr);
    assert_eq!(env.count("SELECT count(*) FROM site"), 0);
    assert_eq!(env.count("SELECT count(*) FROM probe"), 0);
}
