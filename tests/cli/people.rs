//! People: one login per email across every account it may use, guests choosing accounts,
//! reset tokens and every way one dies, chosen passwords, the reset message, `last_login_at`,
//! and the upgrade from stores where each contact row held its own password.

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;

use crate::common::{contact_create, invite_create};
use crate::{Env, Tree};

const STRONG: &str = "correct horse battery staple lamp";

/// Northwind's "Acme" (seeded), a direct customer "Beta", and pat@x.example a contact of Acme
/// with a login and a guest of Beta (invited and accepted). Returns pat's password.
fn pat_in_two_accounts(env: &Env) -> String {
    env.seed();
    Tree::new()
        .direct("Beta", "it@beta.example", |c| c)
        .make(env);
    let k = env.json(&contact_create(
        "Acme",
        "pat@x.example",
        &["--name", "Pat Smith", "--permission", "billing", "--login"],
    ));
    let password = k["password"].as_str().unwrap().to_string();
    let inv = env.json(&invite_create(
        "Beta",
        "pat@x.example",
        &["--permission", "tickets"],
    ));
    let token = inv["invitation_token"].as_str().unwrap().to_string();
    let r = env.run_with(&["invite", "accept", "-"], &format!("{token}\n"));
    r.code(0);
    assert!(
        r.stderr.contains("Their login now opens this account too."),
        "{}",
        r.stderr
    );
    password
}

/// A third account, the direct customer "Gamma".
fn gamma(env: &Env) {
    Tree::new()
        .direct("Gamma", "it@gamma.example", |c| c)
        .make(env);
}

/// Turns pat's login in `customer` on or off (`flag`: `--login`, `--no-login`).
fn pat_login(env: &Env, customer: &str, flag: &str) -> Value {
    env.json(&[
        "contact",
        "edit",
        "pat@x.example",
        "--customer",
        customer,
        flag,
    ])
}

fn login(env: &Env, email: &str, password: &str, customer: Option<&str>) -> crate::Run {
    let mut args = vec!["-o", "json", "contact", "login", email];
    if let Some(c) = customer {
        args.extend(["--customer", c]);
    }
    env.run_with(&args, &format!("{password}\n"))
}

fn customers(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|a| a["customer"].as_str().unwrap().to_string())
        .collect()
}

fn refused(r: &crate::Run) {
    r.code(6);
    assert_eq!(r.stdout, "");
    assert_eq!(r.error_json()["error"]["message"], "login refused");
}

#[test]
fn a_guest_logs_in_and_chooses_among_every_account_of_the_person() {
    let env = Env::new();
    let password = pat_in_two_accounts(&env);

    let all = login(&env, "PAT@x.example", &password, None);
    all.code(0);
    let v = all.json();
    assert_eq!(customers(&v), ["Acme", "Beta"]);
    assert_eq!(v[0]["kind"], "contact");
    assert_eq!(v[0]["partner"], "Northwind");
    assert_eq!(v[0]["permissions"], serde_json::json!(["billing"]));
    assert_eq!(v[1]["kind"], "guest");
    assert_eq!(v[1]["account_id"], 2);
    assert_eq!(v[1]["partner"], Value::Null);
    assert_eq!(v[1]["permissions"], serde_json::json!(["tickets"]));

    // Choosing one account: by name or by account id.
    for choice in ["Beta", "2"] {
        let r = login(&env, "pat@x.example", &password, Some(choice));
        r.code(0);
        assert_eq!(customers(&r.json()), ["Beta"], "{choice}");
    }
    assert_eq!(
        customers(&login(&env, "pat@x.example", &password, Some("Acme")).json()),
        ["Acme"]
    );
    // An account that is not the person's, or that does not exist, is a plain refusal.
    gamma(&env);
    refused(&login(&env, "pat@x.example", &password, Some("Gamma")));
    refused(&login(&env, "pat@x.example", &password, Some("Nowhere")));
    refused(&login(&env, "pat@x.example", "wrong", Some("Beta")));

    // Inactive memberships and inactive customers are not opened; the rest still are.
    env.ok(&[
        "contact",
        "deactivate",
        "pat@x.example",
        "--customer",
        "Beta",
    ]);
    assert_eq!(
        customers(&login(&env, "pat@x.example", &password, None).json()),
        ["Acme"]
    );
    refused(&login(&env, "pat@x.example", &password, Some("Beta")));
    env.ok(&["contact", "activate", "pat@x.example", "--customer", "Beta"]);
    env.ok(&["customer", "deactivate", "Acme"]);
    assert_eq!(
        customers(&login(&env, "pat@x.example", &password, None).json()),
        ["Beta"]
    );
    pat_login(&env, "Beta", "--no-login");
    refused(&login(&env, "pat@x.example", &password, None));
}

#[test]
fn one_person_has_one_password_whatever_the_accounts() {
    let env = Env::new();
    let password = pat_in_two_accounts(&env);
    gamma(&env);
    // A second contact with a login makes no new password and says so.
    let r = env.run(&[
        "-o",
        "json",
        "contact",
        "create",
        "--customer",
        "Gamma",
        "--email",
        "Pat@X.example",
        "--login",
    ]);
    r.code(0);
    let k = r.json();
    assert_eq!(k["login"], true);
    assert!(k.get("password").is_none(), "{k}");
    assert!(
        r.stderr
            .contains("The person already has a password: their login now opens this account too."),
        "{}",
        r.stderr
    );
    assert_eq!(
        customers(&login(&env, "pat@x.example", &password, None).json()),
        ["Acme", "Beta", "Gamma"]
    );
    assert_eq!(env.count("SELECT count(*) FROM person"), 1);

    // `contact password` changes it for every account at once, whichever account is named.
    let r = env.run(&["-q", "contact", "password", "pat@x.example"]);
    r.code(0);
    let new = r.stdout.lines().nth(1).unwrap().to_string();
    refused(&login(&env, "pat@x.example", &password, None));
    assert_eq!(
        customers(&login(&env, "pat@x.example", &new, None).json()),
        ["Acme", "Beta", "Gamma"]
    );

    // Turning logins off one by one: the password lives until the last one goes.
    pat_login(&env, "Acme", "--no-login");
    pat_login(&env, "Beta", "--no-login");
    assert_eq!(
        customers(&login(&env, "pat@x.example", &new, None).json()),
        ["Gamma"]
    );
    assert_eq!(
        env.count("SELECT count(*) FROM person WHERE password_hash IS NOT NULL"),
        1
    );
    pat_login(&env, "Gamma", "--no-login");
    assert_eq!(
        env.count("SELECT count(*) FROM person WHERE password_hash IS NOT NULL"),
        0
    );
    refused(&login(&env, "pat@x.example", &new, None));
    let r = env.run(&["contact", "password", "pat@x.example"]);
    r.code(4);
    assert!(r.stderr.contains("has no login"), "{}", r.stderr);

    // The next login turned on makes a fresh password; a password left by deleted accounts
    // never comes back to life.
    let v = pat_login(&env, "Beta", "--login");
    let fresh = v["password"].as_str().unwrap().to_string();
    env.ok(&["customer", "delete", "Beta", "--yes"]);
    pat_login(&env, "Gamma", "--login");
    refused(&login(&env, "pat@x.example", &fresh, None));
}

/// A reset token for pat, from `contact reset`.
fn reset(env: &Env, extra: &[&str]) -> String {
    reset_json(env, extra)["reset_token"]
        .as_str()
        .unwrap()
        .to_string()
}

fn reset_json(env: &Env, extra: &[&str]) -> Value {
    let mut args = vec!["-o", "json", "contact", "reset", "pat@x.example"];
    args.extend_from_slice(extra);
    let r = env.run(&args);
    r.code(0);
    let v = r.json();
    assert_eq!(v["email"], "pat@x.example");
    assert_eq!(v["reset_token"].as_str().map(str::len), Some(29), "{v}");
    v
}

fn set_with(env: &Env, token: &str, password: &str) -> crate::Run {
    env.run_with(
        &["contact", "password", "pat@x.example", "--reset-token", "-"],
        &format!("{token}\n{password}\n"),
    )
}

#[test]
fn the_reset_life_cycle_and_every_way_a_token_dies() {
    let env = Env::new();
    env.set_now("2030-01-01T00:00:00Z");
    let old = pat_in_two_accounts(&env);
    a_reset_sets_a_strong_password_once(&env, &old);
    every_way_a_token_dies(&env);
    let t = a_token_is_its_persons_and_read_from_stdin(&env);
    the_audit_records_resets_never_secrets(&env, &t);
}

/// The first part of the life cycle: a reset, weak passwords refused, a strong one set.
fn a_reset_sets_a_strong_password_once(env: &Env, old: &str) {
    // Unknown token: 3. A weak password: 2 with advice, and the token still works.
    let v = reset_json(env, &[]);
    assert_eq!(v["accounts"], serde_json::json!(["Acme", "Beta"]));
    assert_eq!(v["expires_at"], "2030-01-01T01:00:00Z");
    let t = v["reset_token"].as_str().unwrap().to_string();
    set_with(env, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", STRONG).code(3);
    for weak in [
        "short",
        "password12345",
        "Pat Smith rocks!",
        "pat@x.example1",
    ] {
        let r = set_with(env, &t, weak);
        r.code(2);
        assert!(r.stderr.contains("too weak"), "{}", r.stderr);
        assert!(
            r.stderr.contains("the reset token still works"),
            "{}",
            r.stderr
        );
        assert!(
            !r.stderr.contains(weak),
            "a refusal never repeats the password"
        );
    }
    refused(&login(env, "pat@x.example", STRONG, None));
    // Typed loosely (lower case, spaces), the token works; the password opens both accounts.
    let r = set_with(env, &t.to_lowercase().replace('-', " "), STRONG);
    r.code(0);
    assert!(r.stderr.contains("it opens 2 accounts"), "{}", r.stderr);
    assert_eq!(
        customers(&login(env, "pat@x.example", STRONG, None).json()),
        ["Acme", "Beta"]
    );
    refused(&login(env, "pat@x.example", old, None));
    // Used: 4.
    set_with(env, &t, "another fine horse battery").code(4);
}

/// A token dies when replaced, expired, overtaken by the operator, or its login goes.
fn every_way_a_token_dies(env: &Env) {
    // Replaced by a newer reset: 4; the newer one works.
    let first = reset(env, &[]);
    let second = reset(env, &[]);
    set_with(env, &first, "quiet violet harbour engine").code(4);
    set_with(env, &second, "quiet violet harbour engine").code(0);

    // Expired: 4.
    let t = reset(env, &["--expires", "30m"]);
    env.set_now("2030-01-01T00:31:00Z");
    set_with(env, &t, "silent orange mountain bicycle").code(4);

    // The operator set a password: 4.
    let t = reset(env, &[]);
    env.ok(&["contact", "password", "pat@x.example"]);
    set_with(env, &t, "silent orange mountain bicycle").code(4);

    // The login was turned off: 4 (and a reset needs a login: 4).
    let t = reset(env, &[]);
    pat_login(env, "Acme", "--no-login");
    pat_login(env, "Beta", "--no-login");
    set_with(env, &t, "silent orange mountain bicycle").code(4);
    let r = env.run(&["contact", "reset", "pat@x.example"]);
    r.code(4);
    assert!(r.stderr.contains("has no login"), "{}", r.stderr);
    env.run(&["contact", "reset", "nobody@x.example"]).code(3);
}

/// Pat's token sets no one else's password, and is read from stdin only; returns it.
fn a_token_is_its_persons_and_read_from_stdin(env: &Env) -> String {
    // A token is another person's to use: pat's token is no token of someone else.
    pat_login(env, "Acme", "--login");
    Tree::new()
        .within("Acme", |c| c.contact("kim@x.example", &["--login"]))
        .make(env);
    let t = reset(env, &["--expires", "1d"]);
    env.run_with(
        &["contact", "password", "kim@x.example", "--reset-token", "-"],
        &format!("{t}\n{STRONG}\n"),
    )
    .code(3);
    // A token on the command line is refused.
    env.run(&["contact", "password", "pat@x.example", "--reset-token", &t])
        .code(2);
    t
}

fn the_audit_records_resets_never_secrets(env: &Env, t: &str) {
    // The audit records each reset and who set each password, never a token or a password.
    let log = env.json(&["log", "--entity", "person"]);
    let entries = log.as_array().unwrap();
    assert!(
        entries
            .iter()
            .any(|e| e["action"] == "password" && e["changes"]["by"] == "reset token"),
        "{log}"
    );
    assert!(
        entries
            .iter()
            .any(|e| e["action"] == "password" && e["changes"]["by"] == "operator"),
        "{log}"
    );
    assert_eq!(
        entries.iter().filter(|e| e["action"] == "reset").count(),
        7,
        "{log}"
    );
    let logins = env.json(&["log", "--action", "logout"]);
    assert_eq!(logins.as_array().unwrap().len(), 2, "{logins}");
    let raw = serde_json::to_string(&log).unwrap();
    assert!(!raw.contains(t) && !raw.contains(STRONG) && !raw.contains("argon2"));
}

#[test]
fn secrets_never_leave_and_last_login_is_shown() {
    let env = Env::new();
    let password = pat_in_two_accounts(&env);
    let before = env.json(&["contact", "show", "pat@x.example", "--customer", "Acme"]);
    assert_eq!(before["last_login_at"], Value::Null);
    env.set_now("2031-05-06T07:08:09Z");
    login(&env, "pat@x.example", &password, Some("Beta")).code(0);
    let token = reset(&env, &[]);

    let shown = env.json(&["contact", "show", "pat@x.example", "--customer", "Acme"]);
    assert_eq!(shown["last_login_at"], "2031-05-06T07:08:09Z");
    let listed = env.json(&["contact", "list", "--customer", "Beta"]);
    assert_eq!(listed[0]["last_login_at"], "2031-05-06T07:08:09Z");
    let access = env.json(&["contact", "access", "pat@x.example"]);
    assert_eq!(access[0]["last_login_at"], "2031-05-06T07:08:09Z");
    assert_eq!(access[1]["login"], true);

    let seen = env.printed_in_every_format(&[
        vec!["contact", "list"],
        vec!["contact", "show", "pat@x.example", "--customer", "Beta"],
        vec!["contact", "access", "pat@x.example"],
        vec!["log"],
        vec!["export"],
    ]);
    for secret in [password.as_str(), token.as_str(), "argon2"] {
        assert!(!seen.contains(secret), "{secret} leaked");
    }
    let raw = String::from_utf8_lossy(&env.store_bytes()).into_owned();
    assert!(!raw.contains(&password) && !raw.contains(&token));
}

#[test]
fn the_reset_message_comes_from_the_template_and_goes_to_the_mail_command() {
    let env = Env::new();
    pat_in_two_accounts(&env);
    let mailbox = env.path("mailbox.txt");
    let config = env.path("config.toml");
    std::fs::write(
        &config,
        format!(
            "portal_url = \"https://portal.example.com\"\n\
             mail_command = \"cat > '{}'\"\n\
             [messages]\n\
             reset = \"\"\"Hello from {{partner}}: {{customer}}.\nCode {{token}} until {{expires_at}} at {{portal_url}} {{{{literal}}}}\n\"\"\"\n",
            mailbox.display()
        ),
    )
    .unwrap();
    let cfg = config.to_str().unwrap();
    let r = env.run(&[
        "--config",
        cfg,
        "-o",
        "json",
        "contact",
        "reset",
        "pat@x.example",
        "--send",
    ]);
    r.code(0);
    let v = r.json();
    assert!(v.get("reset_token").is_none(), "mailed, not printed: {v}");
    let mail = std::fs::read_to_string(&mailbox).unwrap();
    assert!(
        mail.starts_with("To: pat@x.example\nSubject: Reset your password\n\n"),
        "{mail}"
    );
    assert!(
        mail.contains("Hello from Northwind: Acme, Beta.\nCode "),
        "{mail}"
    );
    assert!(
        mail.contains("at https://portal.example.com {literal}"),
        "{mail}"
    );
    let token = mail
        .split("Code ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .to_string();
    set_with(&env, &token, STRONG).code(0);

    // Without a mail command, the message is printed; a failing one revokes the token.
    let plain = env.run(&["contact", "reset", "pat@x.example", "--send"]);
    plain.code(0);
    assert!(
        plain.stdout.contains("Your reset code: "),
        "{}",
        plain.stdout
    );
    std::fs::write(&config, "mail_command = \"exit 3\"\n").unwrap();
    let r = env.run(&[
        "--config",
        cfg,
        "contact",
        "reset",
        "pat@x.example",
        "--send",
    ]);
    r.code(1);
    assert!(r.stderr.contains("revoked"), "{}", r.stderr);
    assert_eq!(
        env.count("SELECT count(*) FROM reset_token WHERE status = 'open'"),
        0
    );

    // An unknown placeholder is a config error naming it.
    std::fs::write(&config, "[messages]\nreset = \"Hi {name}\"\n").unwrap();
    let r = env.run(&["--config", cfg, "contact", "reset", "pat@x.example"]);
    r.code(2);
    assert!(r.stderr.contains("{name}"), "{}", r.stderr);
    std::fs::write(&config, "[messages]\ninvitation = \"{token} {who}\"\n").unwrap();
    let r = env.run(&["--config", cfg, "partner", "list"]);
    r.code(2);
    assert!(r.stderr.contains("{who}"), "{}", r.stderr);
}

#[test]
fn the_invitation_message_comes_from_the_template() {
    let env = Env::new();
    pat_in_two_accounts(&env);
    let config = env.path("config.toml");
    std::fs::write(
        &config,
        "[messages]\ninvitation = \"Join {customer} ({permissions}) with {token}, by {expires_at}.\"\n",
    )
    .unwrap();
    let r = env.run(&[
        "--config",
        config.to_str().unwrap(),
        "invite",
        "create",
        "--customer",
        "Acme",
        "--email",
        "it@beta.example",
        "--permission",
        "tickets",
        "--send",
    ]);
    r.code(0);
    assert!(
        r.stdout
            .starts_with("To: it@beta.example\nSubject: Invitation to the Acme account\n\nJoin Acme (tickets) with "),
        "{}",
        r.stdout
    );
}

#[test]
fn a_guest_login_round_trips_through_export_and_apply() {
    let env = Env::new();
    pat_in_two_accounts(&env);
    let exported = env.ok(&["export"]);
    assert!(exported.contains("kind = \"guest\""), "{exported}");
    let file = env.path("tree.toml");
    std::fs::write(&file, &exported).unwrap();
    let plan = env.json(&["apply", "-f", file.to_str().unwrap()]);
    assert_eq!(plan["counts"]["create"], 0, "{plan}");
    assert_eq!(plan["counts"]["update"], 0, "{plan}");
    assert!(plan["counts"]["unchanged"].as_i64().unwrap() > 0, "{plan}");
    // Turning the guest's login off in the file turns it off in the store.
    let (head, guest) = exported.split_once("kind = \"guest\"").unwrap();
    assert!(guest.contains("login = true"), "{exported}");
    let off = format!(
        "{head}kind = \"guest\"{}",
        guest.replacen("login = true", "login = false", 1)
    );
    std::fs::write(&file, &off).unwrap();
    let r = env.run(&["apply", "-f", file.to_str().unwrap()]);
    r.code(0);
    let beta = env.json(&["contact", "show", "pat@x.example", "--customer", "Beta"]);
    assert_eq!(beta["login"], false, "{off}");
}

/// Builds a store as the previous release left it (schema 5, each contact row with its own
/// password): pat with two different passwords in two accounts, kim with one.
fn previous_release_store(env: &Env, pat_acme: &str, pat_beta: &str, kim: &str) {
    let hash = |p: &str| portalctl::secret::hash_password(p).unwrap();
    let (h1, h2, h3) = (hash(pat_acme), hash(pat_beta), hash(kim));
    let rows = format!(
        "INSERT INTO partner (id, name, email, created_at, updated_at)
             VALUES (1, 'Northwind', 'ops@n.example', 't', 't');
         INSERT INTO customer (id, partner_id, name, email, email_key, created_at, updated_at)
             VALUES (1, 1, 'Acme', 'it@acme.example', 'it@acme.example', 't', 't'),
                    (2, NULL, 'Beta', 'it@beta.example', 'it@beta.example', 't', 't');
         INSERT INTO contact (id, customer_id, kind, email, email_key, status, password_hash,
                 password_set_at, created_at, updated_at)
             VALUES (1, 1, 'contact', 'Pat@x.example', 'pat@x.example', 'active', '{h1}',
                     '2024-01-01T00:00:00Z', 't', 't'),
                    (2, 2, 'contact', 'pat@x.example', 'pat@x.example', 'active', '{h2}',
                     '2025-01-01T00:00:00Z', 't', 't'),
                    (3, 2, 'contact', 'kim@x.example', 'kim@x.example', 'active', '{h3}',
                     '2025-01-01T00:00:00Z', 't', 't'),
                    (4, 1, 'contact', 'lee@x.example', 'lee@x.example', 'active', NULL,
                     NULL, 't', 't');"
    );
    if env.is_postgres() {
        let mut c = env.pg_client();
        for step in &portalctl::store::migrations::PG_MIGRATIONS[..5] {
            c.batch_execute(step.sql).unwrap();
        }
        c.batch_execute(&format!("UPDATE portalctl_schema SET version = 5; {rows}"))
            .unwrap();
        return;
    }
    std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    let c = rusqlite::Connection::open(&env.db).unwrap();
    for step in &portalctl::store::migrations::MIGRATIONS[..5] {
        c.execute_batch(step.sql).unwrap();
    }
    c.execute_batch(&format!("PRAGMA user_version = 5; {rows}"))
        .unwrap();
    drop(c);
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o600)).unwrap();
}

#[test]
fn the_upgrade_keeps_every_password_that_worked_until_the_next_is_set() {
    let env = Env::new();
    previous_release_store(&env, "acme-pass-1", "beta-pass-2", "kim-pass-3");
    let r = env.run(&["db", "migrate"]);
    r.code(0);
    assert!(
        r.stderr.contains("from schema version 5 to 7"),
        "{}",
        r.stderr
    );
    assert_eq!(env.count("SELECT count(*) FROM person"), 2);
    // Both of pat's old passwords log in, each opening at least what it opened before.
    for old in ["acme-pass-1", "beta-pass-2"] {
        let r = login(&env, "pat@x.example", old, None);
        r.code(0);
        assert_eq!(customers(&r.json()), ["Acme", "Beta"], "{old}");
    }
    assert_eq!(
        customers(&login(&env, "kim@x.example", "kim-pass-3", None).json()),
        ["Beta"]
    );
    refused(&login(&env, "lee@x.example", "", None));
    // Logins carried over; a contact without a password has none.
    let lee = env.json(&["contact", "show", "lee@x.example"]);
    assert_eq!(lee["login"], false);
    assert_eq!(env.json(&["contact", "show", "1"])["login"], true);
    // The next password set retires both old ones.
    let r = env.run(&["-q", "contact", "password", "pat@x.example"]);
    r.code(0);
    let new = r.stdout.lines().nth(1).unwrap().to_string();
    refused(&login(&env, "pat@x.example", "acme-pass-1", None));
    refused(&login(&env, "pat@x.example", "beta-pass-2", None));
    assert_eq!(
        customers(&login(&env, "pat@x.example", &new, None).json()),
        ["Acme", "Beta"]
    );
    assert_eq!(env.count("SELECT count(*) FROM person_legacy_password"), 0);
    // No contact row holds a password any more.
    let r = env.run(&["db", "check"]);
    r.code(0);
}
