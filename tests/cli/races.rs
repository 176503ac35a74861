//! One confirmation path for deletes and prunes: what the question named is compared again,
//! entity by entity, once the write holds the lock; and a contact cannot remove or shut out
//! its own account by a cascade.

use crate::{Env, Tree};

#[test]
fn a_delete_refuses_a_swap_that_keeps_the_counts() {
    let env = Env::new();
    env.seed();
    let mut p = env.pty(&["customer", "delete", "Acme"]);
    let prompt = p.expect("This cannot be undone.");
    assert!(prompt.contains("with 1 site, 1 probe"), "{prompt}");
    // Meanwhile: site HQ (and its probe) goes, site C (with a probe) comes: the same counts.
    env.ok(&["site", "delete", "HQ", "--customer", "Acme", "--yes"]);
    env.ok(&["site", "create", "C", "--customer", "Acme"]);
    env.ok(&["probe", "create", "c-probe", "--site", "C"]);
    p.send("y\r");
    let (rest, code) = p.finish();
    assert_eq!(code, 4, "{rest}");
    assert!(rest.contains("no longer what you confirmed"), "{rest}");
    assert!(rest.contains("nothing was deleted"), "{rest}");
    assert_eq!(env.count("SELECT count(*) FROM site WHERE name = 'C'"), 1);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 1);
}

#[test]
fn a_prune_refuses_what_was_added_under_a_pruned_customer_meanwhile() {
    let env = Env::new();
    env.seed_and_beta();
    let tree = env.path("t.toml");
    std::fs::write(
        &tree,
        "[[partner]]\nname = \"Northwind\"\nemail = \"ops@northwind.example\"\n\n\
         [[partner.customer]]\nname = \"Acme\"\nemail = \"it@acme.example\"\n\n\
         [[partner.customer.site]]\nname = \"HQ\"\n\n\
         [[partner.customer.site.probe]]\nname = \"hq-probe-1\"\n",
    )
    .unwrap();
    let mut p = env.pty(&["apply", "-f", tree.to_str().unwrap(), "--prune"]);
    p.expect("This cannot be undone.");
    // While the question waits, another operator adds a site and a probe under Beta.
    env.ok(&["site", "create", "Depot", "--customer", "Beta"]);
    env.ok(&["probe", "create", "depot-1", "--site", "Depot"]);
    p.send("y\r");
    let (rest, code) = p.finish();
    assert_eq!(code, 4, "{rest}");
    assert!(rest.contains("no longer what you confirmed"), "{rest}");
    assert!(rest.contains("nothing was written"), "{rest}");
    assert_eq!(
        env.count("SELECT count(*) FROM customer WHERE name = 'Beta'"),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM probe WHERE name = 'depot-1'"),
        1
    );
}

#[test]
fn a_contact_cannot_remove_or_shut_out_its_own_account_by_a_cascade() {
    let env = Env::new();
    env.seed();
    Tree::new()
        .within("Acme", |c| c.contact("pat@x.example", &[]))
        .make(&env);
    let me = ["--actor", "PAT@x.example", "--yes"];
    let refused = |args: &[&str]| {
        let mut all = me.to_vec();
        all.extend_from_slice(args);
        let r = env.run(&all);
        r.code(4);
        assert!(r.stderr.contains("own"), "{args:?}: {}", r.stderr);
    };
    refused(&["customer", "delete", "Acme"]);
    refused(&["partner", "delete", "Northwind"]);
    refused(&["customer", "deactivate", "Acme"]);
    refused(&["contact", "delete", "pat@x.example"]);
    let tree = env.path("t.toml");
    std::fs::write(
        &tree,
        "[[partner]]\nname = \"Northwind\"\nemail = \"ops@northwind.example\"\n",
    )
    .unwrap();
    refused(&["apply", "-f", tree.to_str().unwrap(), "--prune"]);
    std::fs::write(
        &tree,
        "[[partner]]\nname = \"Northwind\"\nemail = \"ops@northwind.example\"\n\n\
         [[partner.customer]]\nname = \"Acme\"\nemail = \"it@acme.example\"\nactive = false\n",
    )
    .unwrap();
    refused(&["apply", "-f", tree.to_str().unwrap()]);
    assert_eq!(
        env.count("SELECT count(*) FROM customer WHERE active = 1"),
        1
    );
    assert_eq!(env.count("SELECT count(*) FROM contact"), 1);
    // Another actor may.
    env.ok(&[
        "--actor",
        "kim@x.example",
        "--yes",
        "customer",
        "deactivate",
        "Acme",
    ]);
}
