//! What people read, as snapshots (`insta`): the `--help` of every command, the main tables
//! and the error messages with their hints. The same snapshots hold on both backends. A change
//! to any of them fails here until the new text is reviewed like code and accepted
//! (`cargo insta review`, or `INSTA_UPDATE=always cargo test` and a look at the diff).

use crate::common::invite_create;
use crate::{Env, Tree};

/// Snapshots live in `tests/cli/snapshots`, named by what they show, not by the suite.
fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("snapshots");
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    s
}

/// Every command path, nouns and verbs: `["partner"]`, `["partner", "create"]`, ...
fn commands(cmd: &clap::Command, path: &[String], out: &mut Vec<Vec<String>>) {
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        let mut p = path.to_vec();
        p.push(sub.get_name().to_string());
        out.push(p.clone());
        commands(sub, &p, out);
    }
}

#[test]
fn the_help_of_every_command() {
    let env = Env::new();
    let mut all = vec![Vec::new()];
    commands(&portalctl::cli::command(), &[], &mut all);
    assert!(all.len() > 60, "every verb is reached: {}", all.len());
    settings().bind(|| {
        for path in &all {
            let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
            args.push("--help");
            let help = env.ok(&args);
            let name = if path.is_empty() {
                "help".to_string()
            } else {
                format!("help-{}", path.join("-"))
            };
            insta::assert_snapshot!(name, help);
        }
    });
}

/// A small tree with a fixed clock, so every column reads the same on every run.
fn tree() -> Env {
    let env = Env::new();
    env.set_now("2026-12-01T08:00:00Z");
    env.seed();
    Tree::new()
        .direct("Contoso", "it@contoso.example", |c| c)
        .make(&env);
    env.ok(&["site", "create", "Depot", "--customer", "Contoso"]);
    Tree::new()
        .within("Acme", |c| {
            c.contact(
                "bea@acme.example",
                &["--name", "Bea", "--permission", "billing,tickets"],
            )
        })
        .make(&env);
    env.set_now("2026-12-01T09:30:00Z");
    env.ok(&invite_create(
        "Acme",
        "it@contoso.example",
        &["--permission", "tickets"],
    ));
    env
}

#[test]
fn the_main_tables() {
    let env = tree();
    let users = [env.user(), crate::os_user()];
    settings().bind(|| {
        for (name, args) in [
            ("table-partner-list", &["partner", "list"][..]),
            ("table-customer-list", &["customer", "list"]),
            ("table-customer-show", &["customer", "show", "Acme"]),
            ("table-site-list", &["site", "list"]),
            ("table-probe-list", &["probe", "list"]),
            ("table-contact-list", &["contact", "list"]),
            (
                "table-contact-access",
                &["contact", "access", "bea@acme.example"],
            ),
            ("table-invite-list", &["invite", "list"]),
            (
                "table-portal-status",
                &["portal", "status", "--customer", "Acme"],
            ),
            ("csv-log", &["-o", "csv", "log", "--limit", "4"]),
            ("table-apply-plan", &["apply", "--dry-run", "-f", "-"]),
        ] {
            let stdin = "[[partner]]\nname = \"Northwind\"\nemail = \"ops@northwind.example\"\n\
                         [[partner.customer]]\nname = \"Acme\"\nemail = \"it@acme.example\"\n\
                         workflow = \"standard\"\n";
            let r = env.run_with(args, stdin);
            r.code(0);
            // The log names who acted (the OS user) and who was authenticated: the OS user
            // on SQLite, the database role on PostgreSQL. As CSV, no column is padded to them.
            let text = users
                .iter()
                .fold(r.stdout.clone(), |t, u| t.replace(u.as_str(), "<user>"));
            insta::assert_snapshot!(name, text);
        }
    });
}

#[test]
fn the_error_messages_and_their_hints() {
    let env = tree();
    Tree::new().direct("Acme", "a@b.example", |c| c).make(&env);
    let file = env.path("bad.toml");
    std::fs::write(
        &file,
        "[[customer]]\nname = \"Solo\"\nemail = \"s@s.example\"\nprimary_color = \"red\"\n",
    )
    .unwrap();
    let file = file.to_str().unwrap().to_string();
    settings().bind(|| {
        for (name, args) in [
            ("error-not-found", &["customer", "show", "Initech"][..]),
            ("error-ambiguous-name", &["customer", "show", "Acme"]),
            (
                "error-bad-email",
                &["partner", "create", "P", "--email", "nope"],
            ),
            (
                "error-exists",
                &["partner", "create", "Northwind", "--email", "a@b.example"],
            ),
            (
                "error-delete-without-a-terminal",
                &["site", "delete", "Depot"],
            ),
            ("error-tree-file", &["apply", "-f", &file]),
            (
                "error-unknown-status",
                &["contact", "list", "--status", "gone"],
            ),
            (
                "error-missing-owner",
                &["customer", "create", "X", "--email", "x@x.example"],
            ),
            (
                "error-bad-duration",
                &[
                    "invite",
                    "create",
                    "--customer",
                    "Contoso",
                    "--email",
                    "bea@acme.example",
                    "--expires",
                    "soon",
                ],
            ),
            (
                "error-json-envelope",
                &["-o", "json", "probe", "show", "nowhere"],
            ),
        ] {
            let r = env.run(args);
            assert_ne!(r.code, 0, "{name} must fail");
            let dir = env.dir.path().to_string_lossy().into_owned();
            let stderr = r.stderr.replace(&dir, "<dir>");
            insta::assert_snapshot!(name, format!("exit {}\n{stderr}", r.code));
        }
    });
}
