//! The operator's terminal: help that puts the global options last, usage lines with only what
//! was typed, errors that name the way out, tables that fit, a question drawn once, and JSON
//! from every command.

use crate::{Env, Tree};

#[test]
fn global_options_come_after_the_commands_own_under_their_heading() {
    let env = Env::new();
    let help = env.ok(&["customer", "create", "--help"]);
    let own = help.find("--workflow").expect("own option");
    let heading = help.find("Global options:").expect("heading");
    let db = help.find("--db <PATH|URL>").expect("--db");
    assert!(own < heading && heading < db, "{help}");
    assert!(help.contains("[env: PORTALCTL_DB]"), "{help}");
    // The top-level help too.
    let top = env.ok(&["--help"]);
    assert!(
        top.find("Global options:") < top.find("--actor <NAME>"),
        "{top}"
    );
}

#[test]
fn usage_lines_show_only_what_was_typed_and_name_both_ways_to_own_a_customer() {
    let env = Env::new();
    let run = env
        .command()
        .env("PORTALCTL_ACTOR", "alice")
        .env("PORTALCTL_OUTPUT", "table")
        .args(["customer", "create", "Foo", "--email", "f@x.example"])
        .output()
        .expect("run");
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("<--partner <PARTNER>|--direct>"), "{err}");
    let usage = err
        .lines()
        .find(|l| l.starts_with("Usage:"))
        .expect("usage");
    assert_eq!(
        usage,
        "Usage: portalctl customer create --email <EMAIL> <--partner <PARTNER>|--direct> <NAME>"
    );
    // The environment still works as the flags would.
    env.seed();
    let run = env
        .command()
        .env("PORTALCTL_OUTPUT", "json")
        .args(["customer", "show", "Acme"])
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&run.stdout).expect("json");
    assert_eq!(v["name"], "Acme");
    let run = env
        .command()
        .env("PORTALCTL_OUTPUT", "xml")
        .args(["partner", "list"])
        .output()
        .expect("run");
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("PORTALCTL_OUTPUT") && err.contains("table, json or csv"),
        "{err}"
    );
}

#[test]
fn portal_and_authcode_usage_offer_only_their_targets() {
    let env = Env::new();
    for verb in [["portal", "enable"], ["authcode", "show"]] {
        let r = env.run(&verb);
        r.code(2);
        let usage = r.stderr.lines().find(|l| l.starts_with("Usage:")).unwrap();
        assert!(!usage.contains("--partner"), "{usage}");
        assert!(
            usage.contains("--customer <CUSTOMER>|--site <SITE>"),
            "{usage}"
        );
    }
    let help = env.ok(&["probe", "create", "--help"]);
    assert!(
        help.contains("The site (id or name) to install the probe at"),
        "{help}"
    );
}

#[test]
fn log_actions_are_checked_and_listed() {
    let env = Env::new();
    env.seed();
    let r = env.run(&["log", "--action", "frobnicate"]);
    r.code(2);
    for action in ["create", "revoke", "regenerate", "view", "apply", "logout"] {
        assert!(r.stderr.contains(action), "{action} in {}", r.stderr);
    }
    let r = env.run(&["log", "--entity", "widget"]);
    r.code(2);
    let created = env.json(&["log", "--action", "create"]);
    assert_eq!(created.as_array().map(Vec::len), Some(4), "{created}");
    assert!(
        env.json(&["log", "--action", "delete"])
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn export_of_an_ambiguous_customer_takes_the_flags_its_hint_names() {
    let env = Env::new();
    env.seed();
    Tree::new()
        .partner("Contoso", "ops@contoso.example", |p| p)
        .under("Contoso", |p| p.customer("Acme", "a@c.example", |c| c))
        .make(&env);
    Tree::new().direct("Acme", "a@d.example", |c| c).make(&env);
    let r = env.run(&["export", "--customer", "Acme"]);
    r.code(2);
    assert!(
        r.stderr.contains("--partner") && r.stderr.contains("--direct"),
        "{}",
        r.stderr
    );
    let contoso = env.ok(&["export", "--customer", "Acme", "--partner", "Contoso"]);
    assert!(contoso.contains("name = \"Contoso\"") && contoso.contains("a@c.example"));
    assert!(!contoso.contains("it@acme.example"), "{contoso}");
    let direct = env.ok(&["export", "--customer", "Acme", "--direct"]);
    assert!(
        direct.contains("[[customer]]") && direct.contains("a@d.example"),
        "{direct}"
    );
    assert!(!direct.contains("[[partner]]"), "{direct}");
    // --partner alone is still the partner's export.
    let whole = env.ok(&["export", "--partner", "Contoso"]);
    assert!(
        whole.contains("a@c.example") && !whole.contains("partial"),
        "{whole}"
    );
}

#[test]
fn a_partner_flag_alone_on_customer_edit_says_the_partner_is_fixed() {
    let env = Env::new();
    env.seed();
    Tree::new()
        .partner("Contoso", "ops@contoso.example", |p| p)
        .make(&env);
    let r = env.run(&["customer", "edit", "1", "--partner", "Contoso"]);
    r.code(2);
    assert!(r.stderr.contains("partner is fixed"), "{}", r.stderr);
    let r = env.run(&["customer", "edit", "1"]);
    r.code(2);
    assert!(r.stderr.contains("nothing to change"), "{}", r.stderr);
}

#[test]
fn every_db_verb_prints_an_object_under_json() {
    let env = Env::new();
    env.seed();
    let path = env.json(&["db", "path"]);
    let want = if env.is_postgres() {
        "postgresql"
    } else {
        "sqlite"
    };
    assert_eq!(path["backend"], want, "{path}");
    assert!(path["path"].is_string());
    let check = env.json(&["db", "check"]);
    assert_eq!(check, serde_json::json!({"clean": true, "findings": []}));
    let migrate = env.json(&["db", "migrate"]);
    assert_eq!(migrate["from_version"], migrate["to_version"], "{migrate}");
    let backup = env.path("b.db");
    let b = env.json(&["db", "backup", backup.to_str().unwrap()]);
    assert_eq!(b["backup"], backup.to_str().unwrap());
    let copy = env.path("c.db");
    let c = env.json(&["db", "copy", copy.to_str().unwrap()]);
    assert_eq!(c["copied"]["customer"], 1, "{c}");
    let grants = env.json(&["db", "grants"]);
    assert!(grants["sql"].as_str().unwrap().contains("portalctl_reader"));
    let export = env.json(&["export"]);
    assert_eq!(
        export["partner"][0]["customer"][0]["name"], "Acme",
        "{export}"
    );
    // Plain `db path` is still the path alone.
    assert_eq!(env.ok(&["db", "path"]).lines().count(), 1);
}

#[test]
fn json_is_one_compact_document_per_show_and_one_object_a_line_per_list() {
    let env = Env::new();
    env.seed();
    let show = env.ok(&["-o", "json", "customer", "show", "Acme"]);
    assert_eq!(show.lines().count(), 1, "{show}");
    Tree::new()
        .under("Northwind", |p| p.customer("Bolt", "b@b.example", |c| c))
        .make(&env);
    let list = env.ok(&["-o", "json", "customer", "list"]);
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 4, "{list}");
    assert_eq!((lines[0], lines[3]), ("[", "]"));
    let view = env.ok(&["-o", "json", "customer", "view", "Acme"]);
    assert_eq!(view.lines().count(), 1, "{view}");
}

#[test]
fn authcode_show_names_the_code_as_customer_view_does() {
    let env = Env::new();
    env.seed();
    let enabled = env.json(&["portal", "enable", "--customer", "Acme"]);
    let code = enabled["authcode"].as_str().unwrap().replace('-', "");
    let shown = env.json(&["authcode", "show", "--customer", "Acme"]);
    assert_eq!(shown["code_last4"], code[code.len() - 4..], "{shown}");
    assert_eq!(shown["code_issued_at"], shown["issued_at"]);
    assert_eq!(
        shown["last4"], shown["code_last4"],
        "the old name stays readable"
    );
    let view = env.json(&["customer", "view", "Acme"]);
    assert_eq!(view["doors"][0]["code_last4"], shown["code_last4"]);
    let table = env.ok(&["authcode", "show", "--customer", "Acme"]);
    assert!(
        table.contains("| code_last4 ") && !table.contains("| last4 "),
        "{table}"
    );
    let csv = env.ok(&["-o", "csv", "authcode", "show", "--customer", "Acme"]);
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .contains("code_last4,code_issued_at"),
        "{csv}"
    );
}

#[test]
fn an_apply_that_changes_nothing_says_so_on_stdout() {
    let env = Env::new();
    env.seed();
    let file = env.path("tree.toml");
    std::fs::write(&file, env.ok(&["export"])).unwrap();
    let f = file.to_str().unwrap();
    let out = env.ok(&["apply", "-f", f]);
    assert!(out.starts_with("Nothing to change"), "{out}");
    let plan = env.json(&["apply", "-f", f]);
    let actions = plan["actions"].as_array().unwrap();
    assert_eq!(actions.len(), 4, "{plan}");
    assert!(actions.iter().all(|a| a["action"] == "unchanged"), "{plan}");
}

#[test]
fn probes_are_found_by_serial_and_verbs_have_short_aliases() {
    let env = Env::new();
    env.seed();
    env.ok(&["probe", "create", "spare", "--serial", "SN-0001"]);
    let p = env.json(&["probe", "show", "SN-0001"]);
    assert_eq!(p["name"], "spare");
    env.run(&["probe", "show", "SN-9999"]).code(3);
    let ls = env.json(&["customer", "ls"]);
    assert_eq!(ls[0]["name"], "Acme");
    env.ok(&["probe", "rm", "SN-0001", "--yes"]);
    assert_eq!(env.count("SELECT count(*) FROM probe"), 1);
}

#[test]
fn every_table_shows_what_tells_its_rows_apart() {
    let env = Env::new();
    env.seed();
    Tree::new()
        .within("Acme", |c| c.contact("bob@acme.example", &["--login"]))
        .make(&env);
    let contacts = env.ok(&["contact", "list"]);
    let header = contacts.lines().nth(1).unwrap();
    for column in [
        "id",
        "customer",
        "email",
        "kind",
        "login",
        "account_id",
        "user_id",
        "status",
    ] {
        assert!(
            header.contains(&format!(" {column} ")),
            "{column}: {header}"
        );
    }
    let sites = env.ok(&["site", "list"]);
    assert!(
        sites.lines().nth(1).unwrap().contains(" partner "),
        "{sites}"
    );
    assert!(sites.contains("Northwind"), "{sites}");
    assert_eq!(env.json(&["site", "show", "HQ"])["partner"], "Northwind");
}

/// The pty reader hands bytes over one char each: decode them as the UTF-8 they are.
fn utf8(raw: &str) -> String {
    let bytes: Vec<u8> = raw
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn a_question_wider_than_the_terminal_is_drawn_once_and_typing_yes_leaks_nothing() {
    let env = Env::new();
    env.seed();
    // A 40-column terminal; after portalctl exits, the shell reads what is left of the input.
    let mut cmd = env.shell("bash");
    cmd.env("TERM", "xterm").arg("-c").arg(
        "stty cols 40 rows 24; portalctl customer delete Acme; echo \"exit=$?\"; \
         read -r -t 1 left; echo \"left=[$left]\"",
    );
    let mut p = rexpect::session::spawn_command(cmd, Some(15_000)).expect("spawn in a pty");
    let before = p.exp_string("Continue?").expect("the prompt");
    p.send("y").unwrap();
    p.flush().unwrap();
    let (_, again) = p
        .exp_regex("Continue\\? \\[Y/n\\]")
        .expect("the redrawn prompt");
    p.send("es\r").unwrap();
    p.flush().unwrap();
    let (after, code) = p.exp_regex("exit=\\d+").expect("the exit code");
    assert_eq!(code, "exit=0", "{after:?}");
    let (_, left) = p.exp_regex("left=\\[.*\\]").expect("what is left");
    assert_eq!(left, "left=[]", "nothing typed leaks past the answer");
    assert_eq!(env.count("SELECT count(*) FROM customer"), 0);
    // The whole stream, every redraw included, holds the question once.
    let all = utf8(&format!("{before}{again}{after}"));
    assert_eq!(all.matches("This cannot be undone.").count(), 1, "{all:?}");
    assert!(all.contains("Delete customer \"Acme\" (id 1)"), "{all:?}");
}

#[test]
fn a_show_table_on_a_terminal_that_reports_no_width_is_80_columns_wide() {
    let env = Env::new();
    env.seed();
    let mut cmd = env.shell("sh");
    cmd.env("TERM", "xterm")
        .args(["-c", "stty cols 0 rows 0; portalctl customer show Acme"]);
    let mut p = rexpect::session::spawn_command(cmd, Some(15_000)).expect("spawn in a pty");
    let screen = utf8(&p.exp_eof().unwrap_or_default());
    let name = screen
        .lines()
        .find(|l| l.contains(" name "))
        .unwrap_or_else(|| panic!("no name row:\n{screen}"));
    assert!(
        name.contains("Acme"),
        "one row holds the field and its value:\n{screen}"
    );
    assert!(
        screen.lines().all(|l| l.trim_end().chars().count() <= 80),
        "{screen}"
    );
}
