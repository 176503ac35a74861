use crate::{Env, Tree};

#[test]
fn without_a_terminal_and_without_yes_nothing_is_deleted() {
    let env = Env::new();
    env.seed();
    let r = env.run(&["customer", "delete", "Acme"]);
    r.code(5);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 1);
    let r = env.run(&["-o", "json", "customer", "delete", "Acme"]);
    r.code(5);
    assert_eq!(r.error_json()["error"]["code"], 5);
    assert_eq!(r.error_json()["error"]["kind"], "aborted");
    assert_eq!(r.stdout, "");
}

#[test]
fn several_at_once_all_or_nothing() {
    let env = Env::new();
    env.seed();
    Tree::new()
        .direct("Beta", "b@beta.example", |c| c)
        .direct("Gamma", "g@gamma.example", |c| c)
        .make(&env);
    let r = env.run(&["customer", "delete", "Acme", "Beta", "Ghost", "--yes"]);
    r.code(3);
    assert!(r.stderr.contains("Ghost"), "{}", r.stderr);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 3);

    let r = env.run(&["-o", "json", "customer", "delete", "Acme", "Beta", "--yes"]);
    r.code(0);
    let deleted: Vec<i64> = r
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    assert_eq!(deleted, [1, 2]);
    assert!(
        r.stderr
            .contains("Deleted 2 customers (\"Acme\" (id 1), \"Beta\" (id 2)) with 1 site, 1 probe, 0 contacts and 0 invitations."),
        "{}",
        r.stderr
    );
    assert_eq!(env.count("SELECT count(*) FROM customer"), 1);
    assert_eq!(env.count("SELECT count(*) FROM site"), 0);
    assert_eq!(env.count("SELECT count(*) FROM probe"), 0);
    assert_eq!(
        env.count("SELECT count(*) FROM audit WHERE action = 'delete'"),
        2
    );

    let q = env.run(&["-q", "customer", "delete", "Gamma", "-y"]);
    q.code(0);
    assert_eq!(q.stdout, "3\n");
}

#[test]
fn policy_limits_who_may_delete() {
    let env = Env::new();
    env.seed();
    let cfg = env.path("config.toml");
    std::fs::write(&cfg, "[policy]\ndelete = [\"alice\"]\n").unwrap();
    let cfg = cfg.to_str().unwrap();
    let r = env.run(&[
        "--config", cfg, "--actor", "mallory", "customer", "delete", "Acme", "--yes",
    ]);
    r.code(6);
    assert!(r.stderr.contains("mallory"), "{}", r.stderr);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 1);
    env.run(&[
        "--config", cfg, "--actor", "alice", "customer", "delete", "Acme", "--yes",
    ])
    .code(0);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 0);
    assert_eq!(
        env.count("SELECT count(*) FROM audit WHERE action = 'delete' AND actor = 'alice'"),
        1
    );
}

fn pty_delete(env: &Env, answer: &str) -> (String, i32) {
    let mut p = env.pty(&["customer", "delete", "Acme"]);
    let prompt = p.expect("This cannot be undone.");
    p.send(answer);
    let (_, code) = p.finish();
    (prompt, code)
}

#[test]
fn confirmation_in_a_real_terminal() {
    let env = Env::new();
    env.seed();
    env.ok(&["site", "create", "Depot", "--customer", "Acme"]);
    Tree::new()
        .within("Acme", |c| c.contact("b@acme.example", &[]))
        .make(&env);
    let (prompt, code) = pty_delete(&env, "n\r");
    assert!(
        prompt.contains(
            "Delete customer \"Acme\" (id 1) with 2 sites, 1 probe, 1 contact and 0 invitations?"
        ),
        "{prompt}"
    );
    assert_eq!(code, 5);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 1);

    let (_, code) = pty_delete(&env, "y\r");
    assert_eq!(code, 0);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 0);
    assert_eq!(env.count("SELECT count(*) FROM site"), 0);
    assert_eq!(env.count("SELECT count(*) FROM contact"), 0);
}
