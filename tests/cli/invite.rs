use serde_json::Value;

use crate::common::invite_create;
use crate::{Env, Run, Tree};

/// Acme (under Northwind) and Contoso (direct) whose contact pat@contoso.example is registered.
fn setup() -> Env {
    let env = Env::new();
    env.seed();
    Tree::contoso().make(&env);
    env
}

fn create(env: &Env, extra: &[&str]) -> Value {
    env.json(&invite_create("Acme", "pat@contoso.example", extra))
}

fn token(v: &Value) -> String {
    v["invitation_token"].as_str().expect("a token").to_string()
}

fn accept(env: &Env, t: &str) -> Run {
    env.run_with(&["-o", "json", "invite", "accept", "-"], &format!("{t}\n"))
}

/// A refusal (exit 4) whose message names the invitation's `state`.
#[track_caller]
fn refused_as(r: &Run, state: &str) {
    r.code(4);
    assert!(r.error_message().contains(state), "{}", r.stderr);
}

#[test]
fn the_whole_lifecycle_to_an_active_guest() {
    let env = setup();
    let inv = create(&env, &["--permission", "tickets,billing"]);
    assert_eq!(inv["status"], "pending");
    assert_eq!(inv["customer"], "Acme");
    assert_eq!(
        inv["permissions"],
        serde_json::json!(["billing", "tickets"])
    );
    let t = token(&inv);
    assert_eq!(t.len(), 29);

    let sent = env.json(&["invite", "send", "1"]);
    assert_eq!(sent["status"], "sent");

    let r = accept(&env, &t.to_lowercase().replace('-', " "));
    r.code(0);
    let guest = r.json();
    assert_eq!(guest["kind"], "guest");
    assert_eq!(guest["status"], "active");
    // The person's login (where they have one) opens the account they were invited to.
    assert_eq!(guest["login"], true);
    assert_eq!(
        guest["permissions"],
        serde_json::json!(["billing", "tickets"])
    );

    let list = env.json(&["contact", "list", "--customer", "Acme", "--kind", "guest"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["email"], "pat@contoso.example");
    assert_eq!(list[0]["status"], "active");
    let access = env.json(&["contact", "access", "pat@contoso.example"]);
    let kinds: Vec<(&str, &str)> = access
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["customer"].as_str().unwrap(), a["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds, [("Acme", "guest"), ("Contoso", "contact")]);
    assert_eq!(env.json(&["invite", "show", "1"])["status"], "active");

    // The guest is managed with the contact verbs, and never gets a password this way.
    let guest = |verb: &str, flags: &[&str]| {
        let mut args = vec!["contact", verb, "pat@contoso.example", "--customer", "Acme"];
        args.extend_from_slice(flags);
        env.run(&args)
    };
    guest("deactivate", &[]).code(0);
    guest("activate", &[]).code(0);
    // The guest's login is the person's: a password for it opens the guest account.
    let r = guest("password", &["-q"]);
    r.code(0);
    let password = r.stdout.lines().nth(1).unwrap().to_string();
    let opened = env.run_with(
        &["-o", "json", "contact", "login", "pat@contoso.example"],
        &format!("{password}\n"),
    );
    opened.code(0);
    assert_eq!(opened.json()[0]["customer"], "Acme");
    guest("delete", &["--yes"]).code(0);
    assert_eq!(
        env.count("SELECT count(*) FROM contact WHERE kind = 'guest'"),
        0
    );
}

#[test]
fn refusals_and_their_exit_codes() {
    let env = setup();
    // Registered nowhere: 3, with a hint to create a contact.
    let r = env.run(&invite_create("Acme", "stranger@example.com", &[]));
    r.code(3);
    assert!(r.stderr.contains("contact create"), "{}", r.stderr);
    // Already a contact of the customer: 4.
    Tree::new()
        .within("Acme", |c| c.contact("local@acme.example", &[]))
        .make(&env);
    env.run(&invite_create("Acme", "local@acme.example", &[]))
        .code(4);
    // An open invitation exists: 4 with a hint to resend.
    let t = token(&create(&env, &[]));
    let r = env.run(&invite_create("Acme", "PAT@contoso.example", &[]));
    r.code(4);
    assert!(r.stderr.contains("invite resend 1"), "{}", r.stderr);
    // Accepting a declined invitation: 4 naming the state.
    env.run_with(&["invite", "decline", "-"], &t).code(0);
    refused_as(&accept(&env, &t), "declined");
    env.run_with(&["invite", "decline", "-"], &t).code(4);
    env.run(&["invite", "revoke", "1"]).code(4);
    env.run(&["invite", "send", "1"]).code(4);
    env.run(&["invite", "resend", "1"]).code(4);
    // A mistyped token: 3.
    accept(&env, "0000-0000-0000-0000-0000-0000").code(3);
    accept(&env, "garbage").code(3);
    env.run(&["invite", "show", "99"]).code(3);

    // Revoked: accept refused with 4, decline too.
    let t2 = token(&create(&env, &[]));
    env.ok(&["invite", "revoke", "2"]);
    refused_as(&accept(&env, &t2), "revoked");

    // Accepted: accepting or declining again is 4.
    let t3 = token(&create(&env, &[]));
    accept(&env, &t3).code(0);
    accept(&env, &t3).code(4);
    env.run_with(&["invite", "decline", "-"], &t3).code(4);
    // ...and the guest now blocks a new invitation.
    env.run(&invite_create("Acme", "pat@contoso.example", &[]))
        .code(4);
    env.run(&invite_create(
        "Acme",
        "x@contoso.example",
        &["--expires", "soon"],
    ))
    .code(2);
}

#[test]
fn resend_kills_the_old_token() {
    let env = setup();
    let old = token(&create(&env, &[]));
    let r = env.run(&["-o", "json", "invite", "resend", "1", "--expires", "14d"]);
    r.code(0);
    let v = r.json();
    let new = token(&v);
    assert_ne!(old, new);
    assert_eq!(v["status"], "sent");
    assert!(v["message"].as_str().unwrap().contains(&new));
    accept(&env, &old).code(3);
    accept(&env, &new).code(0);
}

#[test]
fn a_test_clock_that_is_not_a_time_is_refused() {
    let env = setup();
    env.set_now("tomorrow");
    let r = env.run(&["invite", "list"]);
    r.code(2);
    assert!(
        r.stderr
            .contains("PORTALCTL_TEST_NOW \"tomorrow\" is not a time"),
        "{}",
        r.stderr
    );
}

#[test]
fn expiry_is_shown_and_refused() {
    let env = setup();
    env.set_now("2026-12-01T08:00:00Z");
    let t = token(&create(&env, &["--expires", "1h"]));
    assert_eq!(
        env.json(&["invite", "show", "1"])["expires_at"],
        "2026-12-01T09:00:00Z"
    );
    env.set_now("2026-12-01T08:59:59Z");
    assert_eq!(env.json(&["invite", "show", "1"])["status"], "pending");
    env.set_now("2026-12-01T09:00:01Z");
    assert_eq!(env.json(&["invite", "show", "1"])["status"], "expired");
    assert_eq!(env.rows(&["invite", "list", "--status", "expired"]), 1);
    refused_as(&accept(&env, &t), "expired");
    // An expired invitation no longer blocks a new one, and can be renewed by resend.
    let renewed = env.json(&["invite", "resend", "1"]);
    assert_eq!(renewed["status"], "sent");
    accept(&env, &token(&renewed)).code(0);
}

/// `invite create ... --send` of pat to Acme, after the global flags `global`.
fn send_with(env: &Env, global: &[&str]) -> Run {
    let mut args = global.to_vec();
    args.extend(invite_create("Acme", "pat@contoso.example", &["--send"]));
    env.run(&args)
}

#[test]
fn send_composes_the_message_or_pipes_it_to_the_mail_command() {
    let env = setup();
    let r = env.run(&invite_create(
        "Acme",
        "pat@contoso.example",
        &["--permission", "tickets", "--send"],
    ));
    r.code(0);
    assert!(
        r.stdout
            .starts_with("To: pat@contoso.example\nSubject: Invitation to the Acme account\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("with these permissions: tickets."),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains(
            "To accept, enter the token where your provider's customer portal asks for it."
        ),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("portalctl"), "{}", r.stdout);
    assert_eq!(env.json(&["invite", "show", "1"])["status"], "sent");
    env.ok(&["invite", "revoke", "1"]);

    let outbox = env.path("outbox.txt");
    let cfg = env.path("mail.toml");
    std::fs::write(
        &cfg,
        format!("mail_command = \"cat > '{}'\"\n", outbox.display()),
    )
    .unwrap();
    let cfg = cfg.to_str().unwrap();
    let r = send_with(&env, &["--config", cfg, "-o", "json"]);
    r.code(0);
    let mailed = std::fs::read_to_string(&outbox).unwrap();
    assert!(mailed.contains("Your invitation token: "), "{mailed}");
    // The token went to the mail command, not to stdout.
    assert_eq!(r.json().get("invitation_token"), None);
    assert_eq!(r.json()["status"], "sent");
    env.ok(&["invite", "revoke", "2"]);

    // A failing mail command runs after the commit: its invitation is revoked, so no live
    // token is left that nobody received.
    let bad = env.path("bad.toml");
    std::fs::write(&bad, "mail_command = \"exit 3\"\n").unwrap();
    let r = send_with(&env, &["--config", bad.to_str().unwrap()]);
    r.code(1);
    assert!(r.stderr.contains("mail command failed"), "{}", r.stderr);
    assert!(
        r.stderr.contains("invitation 3 was revoked"),
        "{}",
        r.stderr
    );
    assert!(!r.stdout.contains("token"), "{}", r.stdout);
    assert_eq!(env.json(&["invite", "show", "3"])["status"], "revoked");
    assert_eq!(
        env.count("SELECT count(*) FROM audit WHERE entity = 'invitation' AND entity_id = 3 AND action = 'revoke'"),
        1
    );
}

#[test]
fn a_slow_mail_command_is_stopped_and_holds_no_lock_while_it_runs() {
    let env = setup();
    let slow = env.path("slow.toml");
    let started = env.path("started");
    std::fs::write(
        &slow,
        format!(
            "mail_command = \"touch '{}'; sleep 30\"\nmail_timeout_ms = 1500\nbusy_timeout_ms = 200\n",
            started.display()
        ),
    )
    .unwrap();
    let child = env
        .std_command()
        .args([
            "--config",
            slow.to_str().unwrap(),
            "invite",
            "create",
            "--customer",
            "Acme",
            "--email",
            "pat@contoso.example",
            "--send",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let t0 = std::time::Instant::now();
    while !started.exists() {
        assert!(
            t0.elapsed().as_secs() < 10,
            "the mail command never started"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // While the mail command runs, other writers are not kept waiting (busy_timeout 200 ms).
    env.run(&[
        "--config",
        slow.to_str().unwrap(),
        "partner",
        "create",
        "Other",
        "--email",
        "o@o.example",
    ])
    .code(0);
    let out = child.wait_with_output().unwrap();
    let elapsed = t0.elapsed();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("did not finish within 1500 ms"), "{err}");
    assert!(
        elapsed.as_secs() < 10,
        "stopped at its timeout, not after 30 s: {elapsed:?}"
    );
    assert_eq!(env.json(&["invite", "show", "1"])["status"], "revoked");
}

#[test]
fn tokens_never_appear_in_list_show_log_or_the_store() {
    let env = setup();
    let t = token(&create(&env, &[]));
    let bare = t.replace('-', "");
    let seen = env.printed_in_every_format(&[
        vec!["invite", "list"],
        vec!["invite", "show", "1"],
        vec!["log"],
    ]);
    assert!(!seen.contains(&t) && !seen.contains(&bare));
    let raw = env.store_bytes();
    let raw = String::from_utf8_lossy(&raw);
    assert!(!raw.contains(&t) && !raw.contains(&bare));
}

#[test]
fn list_filters_and_customer_delete_counts() {
    let env = setup();
    create(&env, &[]);
    env.ok(&invite_create("Acme", "it@contoso.example", &[]));
    env.ok(&["invite", "revoke", "2"]);
    assert_eq!(env.rows(&["invite", "list", "--customer", "Acme"]), 2);
    assert_eq!(
        env.json(&["invite", "list", "--status", "revoked"])[0]["id"],
        2
    );
    assert_eq!(
        env.json(&["invite", "list", "--email", "PAT@contoso.example"])[0]["id"],
        1
    );
    let r = env.run(&["customer", "delete", "Acme", "--yes"]);
    r.code(0);
    assert!(r.stderr.contains("2 invitations"), "{}", r.stderr);
    assert_eq!(env.count("SELECT count(*) FROM invitation"), 0);
}
