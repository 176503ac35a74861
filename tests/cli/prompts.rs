//! Prompts in a real terminal: a question is answered with Enter, Ctrl-C gives the terminal
//! back and exits 130, and what a delete confirmed is checked again under the lock.

use std::time::Duration;

use crate::Env;
use crate::common::customer_create;

#[test]
fn a_question_is_answered_with_enter_and_a_stray_key_answers_nothing() {
    let env = Env::new();
    env.seed();
    let mut p = env.pty(&["customer", "delete", "Acme"]);
    p.expect("This cannot be undone.");
    p.send("y");
    std::thread::sleep(Duration::from_millis(700));
    assert!(
        p.session.process.status() == Some(rexpect::process::wait::WaitStatus::StillAlive),
        "a keypress without Enter must not answer"
    );
    assert_eq!(env.count("SELECT count(*) FROM customer"), 1);
    p.send("\r");
    let (_, code) = p.finish();
    assert_eq!(code, 0);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 0);

    // Enter alone is the default: no.
    env.seed_again();
    let mut p = env.pty(&["customer", "delete", "Acme"]);
    p.expect("[y/N]");
    p.send("\r");
    assert_eq!(p.finish().1, 5);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 1);
}

#[test]
fn ctrl_c_at_a_question_shows_the_cursor_and_exits_130() {
    let env = Env::new();
    env.seed();
    let mut p = env.pty(&["customer", "delete", "Acme"]);
    p.expect("This cannot be undone.");
    p.send("\u{3}");
    let (rest, code) = p.finish();
    assert_eq!(code, 130, "{rest:?}");
    assert!(
        rest.contains("\u{1b}[?25h"),
        "the cursor is shown again: {rest:?}"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM customer"),
        1,
        "nothing changed"
    );
}

#[test]
fn ctrl_c_at_the_hidden_password_prompt_turns_echo_back_on() {
    let env = Env::new();
    env.seed();
    let bin = assert_cmd::cargo::cargo_bin("portalctl");
    // The shell survives the Ctrl-C (its trap) and reports the terminal's echo afterwards.
    let script = format!(
        "trap true INT; '{}' contact login pat@acme.example; echo \"exit=$?\"; stty -a | tr ' ' '\\n' | grep -x -- '-\\?echo'",
        bin.display()
    );
    let mut cmd = env.shell("sh");
    cmd.env("TERM", "xterm").args(["-c", &script]);
    let mut p = rexpect::session::spawn_command(cmd, Some(15_000)).expect("spawn in a pty");
    p.exp_string("password").expect("the hidden prompt");
    std::thread::sleep(Duration::from_millis(200));
    p.send("\u{3}").unwrap();
    p.flush().unwrap();
    let (_, after) = p.exp_regex("exit=\\d+").expect("the exit code");
    assert_eq!(after, "exit=130");
    let rest = p.exp_eof().unwrap_or_default();
    let echo = rest.lines().map(str::trim).find(|l| l.ends_with("echo"));
    assert_eq!(echo, Some("echo"), "echo is on again: {rest:?}");
}

#[test]
fn a_delete_refuses_when_its_target_was_replaced_while_the_question_was_up() {
    let env = Env::new();
    env.seed_and_beta();
    let mut p = env.pty(&["customer", "delete", "Beta"]);
    let prompt = p.expect("This cannot be undone.");
    assert!(prompt.contains("customer \"Beta\" (id 2)"), "{prompt}");
    // Meanwhile another operator deletes Beta and makes Gamma.
    env.ok(&["customer", "delete", "Beta", "--yes"]);
    let gamma = env.json(&customer_create("Gamma", "Northwind", "g@gamma.example"));
    assert_ne!(gamma["id"], 2, "a deleted id is never given out again");
    env.ok(&["site", "create", "G1", "--customer", "Gamma"]);
    p.send("y\r");
    let (rest, code) = p.finish();
    assert_eq!(code, 4, "{rest}");
    assert!(
        rest.contains("the store changed while you confirmed"),
        "{rest}"
    );
    assert!(rest.contains("nothing was deleted"), "{rest}");
    assert_eq!(
        env.count("SELECT count(*) FROM customer WHERE name = 'Gamma'"),
        1
    );
    assert_eq!(env.count("SELECT count(*) FROM site WHERE name = 'G1'"), 1);
}

#[test]
fn a_delete_refuses_when_more_would_go_than_the_question_counted() {
    let env = Env::new();
    env.seed();
    let mut p = env.pty(&["customer", "delete", "Acme"]);
    let prompt = p.expect("This cannot be undone.");
    assert!(prompt.contains("with 1 site, 1 probe"), "{prompt}");
    env.ok(&["site", "create", "Depot", "--customer", "Acme"]);
    p.send("y\r");
    let (rest, code) = p.finish();
    assert_eq!(code, 4, "{rest}");
    assert!(
        rest.contains("with 2 sites"),
        "the message says what changed: {rest}"
    );
    assert_eq!(env.count("SELECT count(*) FROM customer"), 1);
    assert_eq!(env.count("SELECT count(*) FROM site"), 2);
}

/// Runs `portalctl partner list` in a pseudo-terminal of `cols` columns (0: one that reports
/// no width) and returns the table's lines.
fn table_at(env: &Env, cols: u16) -> Vec<String> {
    let bin = assert_cmd::cargo::cargo_bin("portalctl");
    let mut cmd = env.shell("sh");
    cmd.env("TERM", "xterm").args([
        "-c",
        &format!("stty cols {cols}; '{}' partner list", bin.display()),
    ]);
    let mut p = rexpect::session::spawn_command(cmd, Some(15_000)).expect("spawn in a pty");
    let raw = p.exp_eof().unwrap_or_default();
    // The pty reader hands bytes over one char each: decode them as the UTF-8 they are.
    let bytes: Vec<u8> = raw
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    let out = String::from_utf8_lossy(&bytes).into_owned();
    out.lines()
        .map(|l| l.trim_end_matches('\r').to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn a_table_fits_the_terminal_one_line_a_row() {
    let env = Env::new();
    env.ok(&[
        "partner",
        "create",
        "Northwind Managed Services International",
        "--email",
        "operations-team@northwind-managed.example",
        "--portal-url",
        "https://portal.northwind-managed.example/very/long/path",
    ]);
    env.ok(&["partner", "create", "B", "--email", "b@b.example"]);
    for (cols, expect_width, left_out) in [
        (60, 60, Some("portal_url")),
        (100, 100, None),
        (0, 80, None),
    ] {
        let mut lines = table_at(&env, cols);
        // A column left out is named on stderr, after the table.
        let note = left_out.map(|c| {
            format!(
                "Left out for the terminal's width: {c}. See every column with -o json (or -o csv), or on a wider terminal."
            )
        });
        if let Some(note) = &note {
            assert_eq!(lines.pop().as_ref(), Some(note), "{cols}: {lines:#?}");
        }
        assert_eq!(
            lines.len(),
            6,
            "header, two rows and borders only: {lines:#?}"
        );
        for l in &lines {
            assert!(l.chars().count() <= expect_width, "{cols}: {l}");
        }
        assert!(
            lines
                .iter()
                .any(|l| l.contains("Northwind Managed Services International")),
            "the name stays whole at {cols}: {lines:#?}"
        );
    }
    let narrow = table_at(&env, 60);
    assert!(narrow.iter().any(|l| l.contains('…')), "{narrow:#?}");
}
