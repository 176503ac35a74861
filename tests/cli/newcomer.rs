//! A newcomer's first hour: names not found that suggest the one meant, and the words a
//! first user reads.

use crate::Env;

/// The error and hint of a run that must fail with exit 3.
#[track_caller]
fn not_found(env: &Env, args: &[&str]) -> String {
    let r = env.run(args);
    r.code(3);
    r.stderr
}

#[test]
fn a_mistyped_name_suggests_the_nearest_name_in_scope() {
    let env = Env::new();
    env.seed();
    env.ok(&[
        "customer",
        "create",
        "Blue Yonder",
        "--partner",
        "Northwind",
        "--email",
        "it@by.example",
    ]);
    env.ok(&[
        "contact",
        "create",
        "--customer",
        "Acme",
        "--email",
        "bob@acme.example",
    ]);
    env.ok(&["probe", "create", "spare", "--serial", "SN-0001"]);
    for (args, expected) in [
        (
            &["customer", "show", "Blue Yonderr"][..],
            "error: no customer \"Blue Yonderr\"\n  hint: did you mean \"Blue Yonder\"? (list them with `portalctl customer list`)\n",
        ),
        (
            &["partner", "show", "Northwnd"],
            "error: no partner \"Northwnd\"\n  hint: did you mean \"Northwind\"? (list them with `portalctl partner list`)\n",
        ),
        (
            &["site", "show", "HQ1", "--customer", "Acme"],
            "error: no site \"HQ1\" for customer \"Acme\"\n  hint: did you mean \"HQ\"? (list them with `portalctl site list`)\n",
        ),
        (
            &["probe", "show", "hq-probe-2"],
            "error: no probe \"hq-probe-2\"\n  hint: did you mean \"hq-probe-1\"? (list them with `portalctl probe list`)\n",
        ),
        (
            &["probe", "show", "SN-0010"],
            "error: no probe \"SN-0010\"\n  hint: did you mean \"SN-0001\"? (list them with `portalctl probe list`)\n",
        ),
        (
            &["contact", "show", "bob@acme.exmple"],
            "error: no contact \"bob@acme.exmple\"\n  hint: did you mean \"bob@acme.example\"? (list them with `portalctl contact list`)\n",
        ),
        (
            &["site", "create", "Lab", "--customer", "acme"],
            "error: no customer \"acme\"\n  hint: did you mean \"Acme\"? (list them with `portalctl customer list`)\n",
        ),
    ] {
        assert_eq!(not_found(&env, args), expected, "{args:?}");
    }
}

#[test]
fn a_far_name_or_one_out_of_scope_suggests_nothing() {
    let env = Env::new();
    env.seed();
    env.ok(&[
        "customer",
        "create",
        "Solo",
        "--direct",
        "--email",
        "it@solo.example",
    ]);
    assert_eq!(
        not_found(&env, &["customer", "show", "Zebra Holdings"]),
        "error: no customer \"Zebra Holdings\"\n  hint: list them with `portalctl customer list`\n"
    );
    // Acme is not a direct customer: the direct ones are where the name was looked for.
    assert_eq!(
        not_found(&env, &["customer", "show", "Acm", "--direct"]),
        "error: no customer \"Acm\" among direct customers\n  hint: list them with `portalctl customer list`\n"
    );
    assert_eq!(
        not_found(&env, &["customer", "show", "Sol", "--direct"]),
        "error: no customer \"Sol\" among direct customers\n  hint: did you mean \"Solo\"? (list them with `portalctl customer list`)\n"
    );
    // JSON carries the same hint.
    let r = env.run(&["-o", "json", "partner", "show", "Northwnd"]);
    r.code(3);
    assert_eq!(
        r.error_json()["error"]["hint"],
        "did you mean \"Northwind\"? (list them with `portalctl partner list`)"
    );
}
