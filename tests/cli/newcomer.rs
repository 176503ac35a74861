//! A newcomer's first hour: names not found that suggest the one meant, and the words a
//! first user reads.

use crate::common::invite_create;
use crate::{Env, Tree};

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
    Tree::new()
        .under("Northwind", |p| {
            p.customer("Blue Yonder", "it@by.example", |c| c)
        })
        .within("Acme", |c| c.contact("bob@acme.example", &[]))
        .make(&env);
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
    Tree::new()
        .direct("Solo", "it@solo.example", |c| c)
        .make(&env);
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

/// Runs `portalctl ARGS` in a pseudo-terminal `cols` wide; returns what it showed (stdout and
/// stderr, as the operator sees them), line by line, and its exit code.
fn at_width(env: &Env, cols: u16, args: &str) -> (Vec<String>, i32) {
    let mut cmd = env.shell("sh");
    cmd.env("TERM", "xterm").args([
        "-c",
        &format!("stty cols {cols} rows 50; portalctl {args}; echo \"exit=$?\""),
    ]);
    let mut p = rexpect::session::spawn_command(cmd, Some(30_000)).expect("spawn in a pty");
    let raw = p.exp_eof().unwrap_or_default();
    // The pty reader hands bytes over one char each: decode them as the UTF-8 they are.
    let bytes: Vec<u8> = raw
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    let screen = String::from_utf8_lossy(&bytes).into_owned();
    let mut lines: Vec<String> = screen
        .lines()
        .map(|l| l.trim_end_matches('\r').to_string())
        .collect();
    let code = lines
        .iter()
        .rev()
        .find_map(|l| l.strip_prefix("exit="))
        .and_then(|c| c.parse().ok())
        .unwrap_or(-1);
    lines.retain(|l| !l.starts_with("exit="));
    (lines, code)
}

/// Whether `line` is one whole code or token: six groups of four, nothing else.
fn is_whole_code(line: &str) -> bool {
    let groups: Vec<&str> = line.split('-').collect();
    groups.len() == 6
        && groups
            .iter()
            .all(|g| g.len() == 4 && g.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[test]
fn secrets_stay_whole_at_60_columns_each_on_a_line_of_its_own() {
    let env = Env::new();
    let tree = env.path("tree.toml");
    std::fs::write(
        &tree,
        "[[partner]]\nname = \"Northwind Managed Services\"\nemail = \"ops@northwind.example\"\n\n\
         [[partner.customer]]\nname = \"Tailspin Toys\"\nemail = \"it@tailspin.example\"\nportal = true\n\n\
         [[partner.customer.site]]\nname = \"Headquarters\"\n\n\
         [[partner.customer.site.probe]]\nname = \"headquarters-probe-1\"\n",
    )
    .unwrap();
    let (lines, code) = at_width(&env, 60, &format!("apply -f '{}'", tree.display()));
    assert_eq!(code, 0, "{lines:#?}");
    assert!(
        table_lines(&lines).all(|l| l.chars().count() <= 60),
        "{lines:#?}"
    );
    let whole: Vec<&String> = lines.iter().filter(|l| is_whole_code(l)).collect();
    assert_eq!(whole.len(), 2, "the code and the token, whole: {lines:#?}");
    assert!(
        lines.iter().any(|l| l.starts_with("probe ")
            && l.ends_with("/ headquarters-probe-1 installation_token (shown once):")),
        "{lines:#?}"
    );
    // The same secrets are in the store's hash list: nothing but these two was made.
    assert_eq!(env.count("SELECT count(*) FROM probe"), 1);

    // A show table too narrow for its secret shows it below, whole.
    let (lines, code) = at_width(&env, 40, "probe create spare-probe-with-a-long-name");
    assert_eq!(code, 0, "{lines:#?}");
    let at = lines
        .iter()
        .position(|l| l == "installation_token:")
        .unwrap_or_else(|| panic!("{lines:#?}"));
    assert!(is_whole_code(&lines[at + 1]), "{lines:#?}");
    assert!(
        lines.iter().any(|l| l.contains("(below: too wide")),
        "{lines:#?}"
    );
    // Wide enough, it stays in its row.
    let (lines, code) = at_width(&env, 120, "probe create spare-2");
    assert_eq!(code, 0, "{lines:#?}");
    assert!(
        lines.iter().any(|l| l.contains("│ installation_token ┆")
            && l.split(['│', '┆']).any(|c| is_whole_code(c.trim()))),
        "{lines:#?}"
    );
}

#[test]
fn a_narrow_table_names_the_columns_it_left_out() {
    let env = Env::new();
    env.seed();
    Tree::new()
        .within("Acme", |c| {
            c.contact(
                "somebody.with.a.long.address@acme.example",
                &["--name", "Somebody With A Long Name", "--login"],
            )
        })
        .make(&env);
    let (lines, code) = at_width(&env, 60, "log");
    assert_eq!(code, 0, "{lines:#?}");
    let note = lines
        .iter()
        .find(|l| l.starts_with("Left out for the terminal's width: "))
        .unwrap_or_else(|| panic!("{lines:#?}"));
    for column in ["actor", "user", "changes"] {
        assert!(note.contains(column), "{note}");
    }
    assert!(note.ends_with("See every column with -o json (or -o csv), or on a wider terminal."));
    let (lines, code) = at_width(&env, 60, "contact list");
    assert_eq!(code, 0, "{lines:#?}");
    let header = lines.iter().find(|l| l.contains(" id ")).unwrap();
    let note = lines
        .iter()
        .find(|l| l.starts_with("Left out for the terminal's width: "))
        .unwrap_or_else(|| panic!("{lines:#?}"));
    assert!(
        header.contains(" login ") || note.contains("login"),
        "login is shown or named: {lines:#?}"
    );
    // Wide enough, nothing is left out and nothing is said.
    let (lines, _) = at_width(&env, 250, "log");
    assert!(
        !lines.iter().any(|l| l.starts_with("Left out")),
        "{lines:#?}"
    );
    // Width 0 counts as 80: the log is fitted to 80 and says what it left out.
    let (lines, _) = at_width(&env, 0, "log");
    assert!(
        table_lines(&lines).all(|l| l.chars().count() <= 80),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Left out for the terminal's width: ")),
        "{lines:#?}"
    );
}

/// The lines of the tables on screen (messages are left to the terminal to wrap).
fn table_lines(lines: &[String]) -> impl Iterator<Item = &String> {
    lines
        .iter()
        .filter(|l| l.starts_with(['┌', '│', '╞', '├', '└']))
}

#[test]
fn an_apply_that_changes_nothing_prints_one_summary_line() {
    let env = Env::new();
    env.seed();
    let file = env.path("tree.toml");
    std::fs::write(&file, env.ok(&["export"])).unwrap();
    let f = file.to_str().unwrap();
    for args in [&["apply", "-f", f][..], &["apply", "-f", f, "--dry-run"]] {
        let r = env.run(args);
        r.code(0);
        assert_eq!(
            r.stdout,
            "Nothing to change: the store already holds what the file describes (4 unchanged).\n",
            "{args:?}"
        );
        assert_eq!(r.stderr, "", "{args:?}: one summary line only");
    }
}

#[test]
fn a_prune_question_names_what_goes_up_to_ten_then_how_many_more() {
    let env = Env::new();
    Tree::new()
        .partner("Northwind", "ops@northwind.example", |p| p)
        .make(&env);
    for i in 1..=11 {
        env.ok(&[
            "customer",
            "create",
            &format!("C{i:02}"),
            "--partner",
            "Northwind",
            "--email",
            "it@c.example",
        ]);
    }
    Tree::new()
        .under("Northwind", |p| {
            p.customer("Acme", "it@acme.example", |c| c)
        })
        .within("Acme", |c| c.contact("pat@acme.example", &[]))
        .make(&env);
    let file = env.path("tree.toml");
    std::fs::write(
        &file,
        "[[partner]]\nname = \"Northwind\"\nemail = \"ops@northwind.example\"\n\n\
         [[partner.customer]]\nname = \"Acme\"\nemail = \"it@acme.example\"\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    // Without a terminal the question is refused, and the refusal says what it would have asked.
    let r = env.run(&["apply", "-f", f, "--prune"]);
    r.code(5);
    let named: Vec<String> = (1..=9)
        .map(|i| format!("customer \"Northwind / C{i:02}\" (id {i})"))
        .collect();
    assert_eq!(
        r.stderr,
        format!(
            "error: Apply {f} and delete 11 customers and 1 contact that are not in it, with everything under them: contact \"Northwind / Acme / pat@acme.example\" (id 1), {}, and 2 more. This cannot be undone. Refusing to go on without a confirmation: standard input is not a terminal; nothing was changed\n  hint: pass --yes (-y) to confirm in scripts\n",
            named.join(", ")
        )
    );
    // On a terminal: one entity a line.
    let mut p = env.pty(&["apply", "-f", f, "--prune"]);
    let question = p.expect("Continue?");
    let lines: Vec<&str> = question.lines().map(|l| l.trim_end_matches('\r')).collect();
    assert!(
        lines.contains(&"  contact \"Northwind / Acme / pat@acme.example\" (id 1)"),
        "{lines:#?}"
    );
    assert!(
        lines.contains(&"  customer \"Northwind / C09\" (id 9)"),
        "{lines:#?}"
    );
    assert!(!question.contains("C10"), "ten named, no more: {question}");
    assert!(lines.contains(&"  and 2 more"), "{lines:#?}");
    assert!(lines.contains(&"This cannot be undone."), "{lines:#?}");
    p.send("\r");
    let (_, code) = p.finish();
    assert_eq!(code, 5, "Enter alone is no");
    assert_eq!(env.count("SELECT count(*) FROM customer"), 12);
}

#[test]
fn portal_status_of_a_deactivated_customer_says_the_door_is_closed() {
    let env = Env::new();
    env.seed();
    env.ok(&["portal", "enable", "--customer", "Acme"]);
    let s = env.json(&["portal", "status", "--customer", "Acme"]);
    assert_eq!(s["open"], true);
    assert_eq!(s["closed_because"], serde_json::Value::Null);
    env.ok(&["customer", "deactivate", "Acme"]);
    let s = env.json(&["portal", "status", "--customer", "Acme"]);
    assert_eq!(s["code_in_force"], true);
    assert_eq!(s["open"], false);
    assert_eq!(s["closed_because"], "the customer is deactivated");
    let r = env.run(&["portal", "status", "--customer", "Acme"]);
    r.code(0);
    assert_eq!(
        r.stderr,
        "The portal door is closed: the customer is deactivated.\n"
    );
    // customer view says the same words.
    let v = env.json(&["customer", "view", "Acme"]);
    assert_eq!(
        v["doors"][0]["closed_because"],
        "the customer is deactivated"
    );
    // A site's door of a deactivated customer is closed too.
    env.ok(&["portal", "enable", "--site", "HQ"]);
    let s = env.json(&["portal", "status", "--site", "HQ"]);
    assert_eq!(s["open"], false);
    assert_eq!(s["closed_because"], "the customer is deactivated");
}

#[test]
fn a_permission_set_is_spelled_one_way_in_every_table() {
    let env = Env::new();
    env.seed();
    Tree::new()
        .within("Acme", |c| {
            c.contact("bea@acme.example", &["--permission", "billing,tickets"])
        })
        .make(&env);
    Tree::new()
        .direct("Contoso", "it@contoso.example", |c| c)
        .make(&env);
    env.ok(&invite_create(
        "Contoso",
        "bea@acme.example",
        &["--permission", "tickets,billing"],
    ));
    for args in [
        &["contact", "list"][..],
        &["contact", "show", "bea@acme.example"],
        &["contact", "access", "bea@acme.example"],
        &["customer", "view", "Acme"],
        &["invite", "list"],
    ] {
        let out = env.ok(args);
        assert!(out.contains("billing, tickets"), "{args:?}:\n{out}");
        assert!(!out.contains("billing;tickets"), "{args:?}:\n{out}");
    }
    // CSV keeps its own list separator, as every CSV list cell does.
    let csv = env.ok(&["-o", "csv", "contact", "list"]);
    assert!(csv.contains(",billing;tickets,"), "{csv}");
}

#[test]
fn db_copy_counts_in_words() {
    let env = Env::new();
    env.seed();
    let target = env.path("copy.db");
    let r = env.run(&["db", "copy", target.to_str().unwrap()]);
    r.code(0);
    assert!(
        r.stderr
            .contains(": 1 partner, 1 customer, 1 site, 1 probe, 0 contacts, 0 invitations, "),
        "{}",
        r.stderr
    );
    assert!(r.stderr.ends_with(", 4 audit entries.\n"), "{}", r.stderr);
    assert!(!r.stderr.contains("audits"), "{}", r.stderr);
    assert!(
        !r.stderr.contains('_'),
        "table names in words: {}",
        r.stderr
    );
}

#[test]
fn an_email_nobody_can_reach_is_refused() {
    let env = Env::new();
    let r = env.run(&["customer", "create", "Acme", "--direct", "--email", "a@b"]);
    r.code(2);
    assert_eq!(
        r.stderr,
        "error: customer email \"a@b\" cannot receive mail: its domain \"b\" is not a full domain name\n  hint: give the whole domain, as in name@example.com\n"
    );
    assert!(env.store_missing(), "nothing was written");
}

#[test]
fn the_delete_policy_says_who_may_delete() {
    let env = Env::new();
    env.seed();
    let config = env.path("config.toml");
    std::fs::write(
        &config,
        "[policy]\ndelete = [\"alice\", \"ci-provisioner\"]\n",
    )
    .unwrap();
    let r = env.run(&[
        "--config",
        config.to_str().unwrap(),
        "--actor",
        "bob",
        "site",
        "delete",
        "HQ",
        "--yes",
    ]);
    r.code(6);
    assert!(
        r.stderr.ends_with(
            "  hint: only \"alice\" or \"ci-provisioner\" may delete: ask one of them, or whoever keeps the config\n"
        ),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("--actor"), "{}", r.stderr);
}

/// The `sh` block under a README heading.
fn readme_block(heading: &str) -> String {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let section = readme
        .split_once(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("no {heading} in the README"))
        .1;
    let block = section
        .split_once("```sh\n")
        .expect("a sh block")
        .1
        .split_once("\n```")
        .expect("the block's end")
        .0;
    block.to_string()
}

sqlite_only!(
    "the Quick start makes its own SQLite store",
    #[test]
    fn the_readme_quick_start_runs_as_written() {
        let env = Env::new();
        let script = readme_block("## Quick start");
        assert!(
            script
                .lines()
                .filter(|l| l.starts_with("portalctl "))
                .count()
                >= 20,
            "{script}"
        );
        let tmp = env.path("tmp");
        std::fs::create_dir(&tmp).unwrap();
        let out = env
            .shell("bash")
            .env_remove("PORTALCTL_DB")
            .env("TMPDIR", &tmp)
            .args(["--norc", "-e", "-o", "pipefail", "-c", &script])
            .current_dir(env.dir.path())
            .output()
            .expect("bash");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "{stderr}\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(!stderr.contains("error:"), "{stderr}");
        assert!(stderr.starts_with("Created a new store at "), "{stderr}");
        // It ran on the store it made, and the last line listed what it left.
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            stdout.trim_end().ends_with('┘') || stdout.contains("Contoso"),
            "{stdout}"
        );
        assert!(
            stdout.contains("Nothing to change"),
            "the dry run of an export: {stdout}"
        );
    }
);

#[test]
fn the_readme_installs_what_was_tested() {
    let install = readme_block("## Install");
    assert_eq!(install, "cargo install --locked --path .");
}

#[test]
fn the_first_write_announces_the_new_store_and_db_check_speaks_its_backend() {
    let env = Env::new();
    let r = env.run(&["partner", "list"]);
    r.code(3);
    assert!(env.store_missing(), "a read creates nothing");
    let r = env.run(&["partner", "create", "N", "--email", "a@n.example"]);
    r.code(0);
    let location = env.db.display().to_string();
    assert_eq!(
        r.stderr,
        format!("Created a new store at {location}\nCreated partner \"N\" (id 1).\n")
    );
    let r = env.run(&["partner", "create", "M", "--email", "a@m.example"]);
    assert_eq!(r.stderr, "Created partner \"M\" (id 2).\n");
    let r = env.run(&["db", "check"]);
    r.code(0);
    let expected = if env.is_postgres() {
        "The store is clean: the schema is current and every reference resolves.\n"
    } else {
        "The store is clean: SQLite's integrity check passed and every reference resolves.\n"
    };
    assert_eq!(r.stderr, expected);
}
