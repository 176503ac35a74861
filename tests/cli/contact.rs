use serde_json::Value;

use crate::common::contact_create;
use crate::{Env, Tree};

fn with_contact_login(env: &Env) -> String {
    env.seed();
    let k = env.json(&contact_create(
        "Acme",
        "Admin@Acme.example",
        &[
            "--name",
            "Ada Admin",
            "--contact-type",
            "technical",
            "--permission",
            "admin",
            "--login",
        ],
    ));
    k["password"].as_str().unwrap().to_string()
}

fn login(env: &Env, email: &str, password: &str) -> crate::Run {
    env.run_with(
        &["-o", "json", "contact", "login", email],
        &format!("{password}\n"),
    )
}

#[test]
fn create_with_login_prints_the_password_once_and_it_logs_in() {
    let env = Env::new();
    let password = with_contact_login(&env);
    assert_eq!(password.chars().count(), 20);
    let r = login(&env, "admin@acme.example", &password);
    r.code(0);
    let accounts = r.json();
    assert_eq!(accounts[0]["account_id"], 1);
    assert_eq!(accounts[0]["customer"], "Acme");
    assert_eq!(accounts[0]["partner"], "Northwind");
    assert_eq!(accounts[0]["permissions"], serde_json::json!(["admin"]));

    // Never shown again, anywhere; the store holds only an Argon2id hash.
    let seen = env.printed_in_every_format(&[
        vec!["contact", "list", "--customer", "Acme"],
        vec!["contact", "show", "admin@acme.example"],
        vec!["contact", "access", "admin@acme.example"],
        vec!["log"],
    ]);
    assert!(!seen.contains(&password));
    assert!(!seen.contains("argon2"));
    let raw = env.store_bytes();
    assert!(!String::from_utf8_lossy(&raw).contains(&password));
    let hash = env.text("SELECT password_hash FROM person");
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
}

#[test]
fn quiet_prints_the_id_then_the_password() {
    let env = Env::new();
    env.seed();
    let r = env.run(&[
        "-q",
        "contact",
        "create",
        "--customer",
        "Acme",
        "--email",
        "a@acme.example",
        "--login",
    ]);
    r.code(0);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0], "1");
    assert_eq!(lines[1].len(), 20);
    login(&env, "a@acme.example", lines[1]).code(0);
}

#[test]
fn every_refusal_is_exit_6_with_the_same_message() {
    let env = Env::new();
    let password = with_contact_login(&env);
    Tree::new()
        .within("Acme", |c| c.contact("nologin@acme.example", &[]))
        .make(&env);
    let refusals = [
        login(&env, "admin@acme.example", "wrong-password"),
        login(&env, "nobody@acme.example", &password),
        login(&env, "nologin@acme.example", &password),
        login(&env, "admin@acme.example", ""),
    ];
    for r in &refusals {
        r.code(6);
        assert_eq!(r.stdout, "");
        assert_eq!(r.error_json()["error"]["message"], "login refused");
    }

    // Deactivating the contact refuses; reactivating lets it in again.
    env.ok(&["contact", "deactivate", "admin@acme.example"]);
    login(&env, "admin@acme.example", &password).code(6);
    env.ok(&["contact", "activate", "admin@acme.example"]);
    login(&env, "admin@acme.example", &password).code(0);

    // So does deactivating the customer.
    env.ok(&["customer", "deactivate", "Acme"]);
    let r = login(&env, "admin@acme.example", &password);
    r.code(6);
    assert_eq!(r.error_json()["error"]["message"], "login refused");
    env.ok(&["customer", "activate", "Acme"]);
    login(&env, "admin@acme.example", &password).code(0);
}

#[test]
fn a_new_password_kills_the_old_one_at_once() {
    let env = Env::new();
    let old = with_contact_login(&env);
    let r = env.run(&["-q", "contact", "password", "admin@acme.example"]);
    r.code(0);
    let new = r.stdout.lines().nth(1).unwrap().to_string();
    assert_ne!(old, new);
    login(&env, "admin@acme.example", &old).code(6);
    login(&env, "admin@acme.example", &new).code(0);
    // --no-login removes it.
    env.ok(&["contact", "edit", "admin@acme.example", "--no-login"]);
    login(&env, "admin@acme.example", &new).code(6);
    assert_eq!(
        env.count("SELECT count(*) FROM person WHERE password_hash IS NOT NULL"),
        0
    );
    // --login gives a fresh one.
    let v = env.json(&["contact", "edit", "admin@acme.example", "--login"]);
    let again = v["password"].as_str().unwrap();
    login(&env, "admin@acme.example", again).code(0);
    assert_eq!(v["login"], true);
}

#[test]
fn duplicates_and_bad_permissions() {
    let env = Env::new();
    Tree::seed()
        .within("Acme", |c| c.contact("bill@acme.example", &[]))
        .make(&env);
    let create = |customer: &str, email: &str, extra: &[&str]| {
        env.run(&contact_create(customer, email, extra))
    };
    create("Acme", "BILL@acme.example", &[]).code(4);
    assert_eq!(env.count("SELECT count(*) FROM contact"), 1);
    let r = create("Acme", "x@acme.example", &["--permission", "root"]);
    r.code(2);
    assert!(
        r.stderr.contains("admin") && r.stderr.contains("security"),
        "{}",
        r.stderr
    );
    create("Acme", "not-an-email", &[]).code(2);
    create("Ghost", "x@acme.example", &[]).code(3);
    assert_eq!(env.count("SELECT count(*) FROM contact"), 1);
}

#[test]
fn edit_permissions_replace_add_remove() {
    let env = Env::new();
    Tree::seed()
        .within("Acme", |c| {
            c.contact("b@acme.example", &["--permission", "billing,tickets"])
        })
        .make(&env);
    let v = env.json(&[
        "contact",
        "edit",
        "b@acme.example",
        "--add-permission",
        "security",
        "--remove-permission",
        "billing",
    ]);
    assert_eq!(v["permissions"], serde_json::json!(["tickets", "security"]));
    let v = env.json(&[
        "contact",
        "edit",
        "b@acme.example",
        "--permission",
        "services",
        "--phone",
        "+1 555 0100",
        "--contact-type",
        "webmaster",
    ]);
    assert_eq!(v["permissions"], serde_json::json!(["services"]));
    assert_eq!(v["phone"], "+1 555 0100");
    assert_eq!(v["contact_type"], "webmaster");
    let v = env.json(&["contact", "edit", "b@acme.example", "--phone", ""]);
    assert_eq!(v["phone"], Value::Null);
    env.run(&["contact", "edit", "b@acme.example"]).code(2);
}

#[test]
fn a_contact_cannot_delete_or_deactivate_itself() {
    let env = Env::new();
    with_contact_login(&env);
    let r = env.run(&[
        "--actor",
        "ADMIN@acme.example",
        "contact",
        "delete",
        "admin@acme.example",
        "--yes",
    ]);
    r.code(4);
    assert!(r.stderr.contains("itself"), "{}", r.stderr);
    env.run(&[
        "--actor",
        "admin@acme.example",
        "contact",
        "deactivate",
        "admin@acme.example",
    ])
    .code(4);
    assert_eq!(
        env.count("SELECT count(*) FROM contact WHERE status = 'active'"),
        1
    );
    env.run(&[
        "--actor",
        "boss@acme.example",
        "contact",
        "delete",
        "admin@acme.example",
        "--yes",
    ])
    .code(0);
    assert_eq!(env.count("SELECT count(*) FROM contact"), 0);
}

#[test]
fn list_with_kinds_ids_and_filters() {
    let env = Env::new();
    Tree::seed()
        .within("Acme", |c| {
            c.contact("a@acme.example", &["--permission", "admin"])
                .contact("b@acme.example", &["--permission", "billing"])
                .contact("c@acme.example", &["--permission", "tickets"])
        })
        .make(&env);
    env.ok(&["contact", "deactivate", "c@acme.example"]);
    let all = env.json(&["contact", "list", "--customer", "Acme"]);
    let rows = all.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["kind"], "contact");
    assert_eq!(rows[0]["account_id"], 1);
    assert_eq!(rows[0]["user_id"], rows[0]["id"]);
    assert!(rows[0]["created_at"].is_string());
    let billing = env.json(&[
        "contact",
        "list",
        "--customer",
        "Acme",
        "--permission",
        "billing",
    ]);
    let emails: Vec<&str> = billing
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["email"].as_str().unwrap())
        .collect();
    assert_eq!(emails, ["a@acme.example", "b@acme.example"]); // admin implies billing
    assert_eq!(
        env.rows(&[
            "contact",
            "list",
            "--customer",
            "Acme",
            "--status",
            "inactive"
        ]),
        1
    );
    assert_eq!(
        env.rows(&["contact", "list", "--customer", "Acme", "--kind", "guest"]),
        0
    );
    let csv = env.ok(&["-o", "csv", "contact", "list", "--customer", "Acme"]);
    assert!(
        csv.starts_with("id,kind,customer_id,customer,account_id,user_id,email,"),
        "{csv}"
    );
}

#[test]
fn access_list_across_two_customers() {
    let env = Env::new();
    env.seed();
    Tree::new()
        .direct("Beta", "it@beta.example", |c| c)
        .within("Acme", |c| {
            c.contact("pat@example.com", &["--permission", "billing"])
        })
        .within("Beta", |c| {
            c.contact("Pat@Example.com", &["--permission", "admin"])
        })
        .make(&env);
    let access = env.json(&["contact", "access", "PAT@example.com"]);
    let rows = access.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["customer"], "Acme");
    assert_eq!(rows[0]["partner"], "Northwind");
    assert_eq!(rows[0]["permissions"], serde_json::json!(["billing"]));
    assert_eq!(rows[1]["customer"], "Beta");
    assert_eq!(rows[1]["partner"], Value::Null);
    assert_eq!(rows[1]["kind"], "contact");
    env.run(&["contact", "access", "nobody@example.com"])
        .code(3);
    // The same email in two accounts is ambiguous without --customer.
    let r = env.run(&["contact", "show", "pat@example.com"]);
    r.code(2);
    assert!(r.stderr.contains("--customer"), "{}", r.stderr);
    assert_eq!(
        env.json(&["contact", "show", "pat@example.com", "--customer", "Beta"])["customer"],
        "Beta"
    );
}

#[test]
fn deleting_the_customer_removes_its_contacts() {
    let env = Env::new();
    Tree::seed()
        .within("Acme", |c| c.contact("a@acme.example", &[]))
        .make(&env);
    let r = env.run(&["customer", "delete", "Acme", "--yes"]);
    r.code(0);
    assert!(r.stderr.contains("1 contact"), "{}", r.stderr);
    assert_eq!(env.count("SELECT count(*) FROM contact"), 0);
}

#[test]
fn login_checks_only_the_accounts_with_a_password() {
    let env = Env::new();
    env.seed();
    // The same email in 30 accounts, with a login in one of them only.
    for i in 0..30 {
        Tree::new()
            .direct(&format!("Tenant {i}"), "t@t.example", |c| {
                c.contact("pat@x.example", &[])
            })
            .make(&env);
    }
    let made = env.json(&contact_create("Acme", "pat@x.example", &["--login"]));
    let password = made["password"].as_str().unwrap();
    let opened = login(&env, "pat@x.example", password);
    opened.code(0);
    let accounts = opened.json();
    assert_eq!(accounts.as_array().map(Vec::len), Some(1), "{accounts}");
    assert_eq!(accounts[0]["customer"], "Acme");
    login(&env, "pat@x.example", "wrong").code(6);
    assert_eq!(
        env.count("SELECT count(*) FROM person WHERE password_hash IS NOT NULL"),
        1,
        "one person, one password, whatever the accounts"
    );
}
