//! Text is checked where it leaves, not only where it enters: names planted in the store by
//! SQL (behind the tool's back) reach no terminal, CSV, JSON or mail header raw; names that
//! look like a sibling's, or like an id, are refused on the way in; a huge name makes a short
//! error.

use crate::common::invite_create;
use crate::{Env, Tree};

/// Plants `name` as customer 1's name, directly in the store.
fn plant(env: &Env, name: &str) {
    if env.is_postgres() {
        let mut c = env.pg_client();
        c.execute("UPDATE customer SET name = $1 WHERE id = 1", &[&name])
            .unwrap();
        return;
    }
    let c = rusqlite::Connection::open(&env.db).unwrap();
    c.execute("UPDATE customer SET name = ?1 WHERE id = 1", [name])
        .unwrap();
}

const RAW: [char; 5] = ['\u{1b}', '\u{202e}', '\u{200b}', '\u{85}', '\r'];

#[test]
fn planted_text_never_reaches_a_terminal_csv_json_or_mail_header_raw() {
    let env = Env::new();
    env.seed();
    Tree::new()
        .within("Acme", |c| c.contact("pat@x.example", &[]))
        .make(&env);
    plant(
        &env,
        "X\u{1b}[31m\u{202e}evil\u{200b}\u{85}\r\nBcc: evil@attacker.example",
    );
    for fmt in ["table", "csv", "json"] {
        for args in [
            vec!["customer", "list"],
            vec!["customer", "show", "1"],
            vec!["site", "list"],
            vec!["contact", "list"],
            vec!["log"],
            vec!["export"],
        ] {
            let mut all = vec!["-o", fmt];
            all.extend(args.iter().copied());
            let r = env.run(&all);
            r.code(0);
            for c in RAW {
                assert!(
                    !r.stdout.contains(c) && !r.stderr.contains(c),
                    "{fmt} {args:?} let {c:?} through:\n{}",
                    r.stdout
                );
            }
        }
    }
    // JSON escapes them (and a JSON reader gets the text back).
    let v = env.json(&["customer", "show", "1"]);
    assert!(v["name"].as_str().unwrap().contains('\u{202e}'));
    // The invitation message: the header stays one line, the body escapes.
    let r = env.run(&invite_create("1", "pat@x.example", &["--send"]));
    // pat is already a contact of customer 1: refused, naming the customer safely.
    r.code(4);
    Tree::new()
        .direct("Beta", "it@beta.example", |c| c)
        .make(&env);
    let r = env.run(&invite_create("Beta", "pat@x.example", &["--send"]));
    r.code(0);
    plant(&env, "Y\nBcc: evil@attacker.example");
    let r = env.run(&["invite", "resend", "1"]);
    r.code(0);
    let headers: Vec<&str> = r.stdout.split("\n\n").next().unwrap().lines().collect();
    assert!(
        headers
            .iter()
            .all(|h| h.starts_with("To: ") || h.starts_with("Subject: ")),
        "{headers:?}"
    );
}

#[test]
fn look_alike_siblings_and_numbers_are_refused_as_names() {
    let env = Env::new();
    env.ok(&["partner", "create", "Ace", "--email", "a@ace.example"]);
    let r = env.run(&["partner", "create", "Асе", "--email", "a@ace.example"]);
    r.code(4);
    assert!(
        r.stderr.contains("looks like \"Ace\" (id 1)"),
        "{}",
        r.stderr
    );
    Tree::new()
        .direct("ACME", "a@acme.example", |c| c)
        .make(&env);
    let r = env.run(&[
        "customer",
        "create",
        "ＡＣＭＥ",
        "--direct",
        "--email",
        "a@acme.example",
    ]);
    r.code(4);
    assert!(r.stderr.contains("looks like \"ACME\""), "{}", r.stderr);
    // Siblings only: under another partner the same look is another namespace.
    Tree::new()
        .under("Ace", |p| p.customer("ＡＣＭＥ", "a@acme.example", |c| c))
        .make(&env);
    // A rename and a file are held to the same rule; nothing is written.
    Tree::new().direct("Blue", "b@b.example", |c| c).make(&env);
    env.run(&["customer", "edit", "Blue", "--name", "АСМЕ"])
        .code(4);
    assert_eq!(
        env.count("SELECT count(*) FROM customer WHERE name = 'Blue'"),
        1
    );
    let tree = env.path("t.toml");
    std::fs::write(
        &tree,
        "[[customer]]\nname = \"Асmе\"\nemail = \"x@y.example\"\n",
    )
    .unwrap();
    // Cyrillic А and с and е in a Latin-looking word: mixed scripts are refused first (2);
    // a whole-Cyrillic look-alike is caught by the skeleton (4).
    env.run(&["apply", "-f", tree.to_str().unwrap()]).code(2);
    std::fs::write(
        &tree,
        "[[customer]]\nname = \"АСМЕ\"\nemail = \"x@y.example\"\n",
    )
    .unwrap();
    let r = env.run(&["apply", "-f", tree.to_str().unwrap()]);
    r.code(4);
    assert!(r.stderr.contains("looks like \"ACME\""), "{}", r.stderr);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 3);

    // A canonical decimal would always be read as an id: refused as a name (2).
    for (noun, extra) in [
        ("partner", vec!["--email", "a@b.example"]),
        ("customer", vec!["--direct", "--email", "a@b.example"]),
        ("site", vec!["--customer", "ACME"]),
        ("probe", vec![]),
    ] {
        let mut args = vec![noun, "create", "7"];
        args.extend(extra.iter().copied());
        let r = env.run(&args);
        r.code(2);
        assert!(
            r.stderr.contains("would always be read as an id"),
            "{}",
            r.stderr
        );
    }
    env.ok(&["site", "create", "007", "--customer", "ACME"]);
}

#[test]
fn an_error_quotes_at_most_100_characters_of_a_huge_name() {
    let env = Env::new();
    let tree = env.path("big.toml");
    let name = "A".repeat(10_000_000);
    std::fs::write(
        &tree,
        format!("[[customer]]\nname = \"{name}\"\nemail = \"x@y.example\"\n"),
    )
    .unwrap();
    let r = env.run(&["apply", "-f", tree.to_str().unwrap()]);
    r.code(2);
    assert!(r.stderr.len() < 600, "{} bytes of error", r.stderr.len());
    assert!(
        r.stderr.contains(&format!("\"{}…\"", "A".repeat(100))),
        "{}",
        r.stderr
    );
    let r = env.run(&["customer", "show", &"B".repeat(5000)]);
    r.code(3);
    assert!(r.stderr.len() < 600, "{}", r.stderr);
}

#[test]
fn a_config_file_others_could_write_is_refused_and_mail_never_sees_credentials() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.seed();
    Tree::new()
        .within("Acme", |c| c.contact("pat@x.example", &[]))
        .make(&env);
    Tree::new()
        .direct("Beta", "it@beta.example", |c| c)
        .make(&env);
    let ran = env.path("ran.txt");
    let config = env.path("config.toml");
    std::fs::write(
        &config,
        format!("mail_command = \"env > '{}'\"\n", ran.display()),
    )
    .unwrap();
    let cfg = config.to_str().unwrap();
    for mode in [0o666, 0o664, 0o646] {
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(mode)).unwrap();
        let r = env.run(&["--config", cfg, "partner", "list"]);
        r.code(1);
        assert!(
            r.stderr.contains("writable by other users"),
            "{mode:o}: {}",
            r.stderr
        );
        assert!(r.stderr.contains("chmod go-w"), "{}", r.stderr);
    }
    assert!(!ran.exists());
    // A link to a trusted file is judged by the file.
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    let link = env.path("link.toml");
    std::os::unix::fs::symlink(&config, &link).unwrap();
    // The mail command runs without the database's credentials.
    let r = env
        .command()
        .env("PGPASSWORD", "s3cret-pg")
        .env("PGPASSFILE", "/somewhere/pgpass")
        .args([
            "--config",
            link.to_str().unwrap(),
            "invite",
            "create",
            "--customer",
            "Beta",
            "--email",
            "pat@x.example",
            "--send",
        ])
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let seen = std::fs::read_to_string(&ran).unwrap();
    assert!(seen.contains("PATH="), "{seen}");
    for secret in ["s3cret-pg", "PGPASSFILE", "PORTALCTL_DB"] {
        assert!(!seen.contains(secret), "{secret} reached the mail command");
    }
    // Owned by another user (checked when the suite runs as root, which may chown).
    if portalctl::store::os_user() == "root" {
        let c = std::process::Command::new("chown")
            .args(["65534", cfg])
            .status()
            .unwrap();
        assert!(c.success());
        let r = env.run(&["--config", cfg, "partner", "list"]);
        r.code(1);
        assert!(r.stderr.contains("belongs to another user"), "{}", r.stderr);
    } else {
        eprintln!("not root: the other-owner case of the config check needs chown, not run here");
    }
}

#[test]
fn a_backup_never_writes_through_nor_removes_a_file_someone_else_made() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let env = Env::new();
    env.seed();
    let shared = env.path("shared");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o1777)).unwrap();
    let dest = shared.join("b.db");
    // Leftovers of killed backups (a process id that no longer runs): one of ours, and one
    // that merely looks like one.
    let ours = shared.join(".b.db.portalctl-backup-999999999-aaaaaaaaaaaa");
    let theirs = shared.join(".b.db.portalctl-backup-999999998-bbbbbbbbbbbb");
    std::fs::write(&ours, "half a copy").unwrap();
    std::fs::write(&theirs, "someone else's file").unwrap();
    let root = portalctl::store::os_user() == "root";
    if root {
        assert!(
            std::process::Command::new("chown")
                .args(["65534", theirs.to_str().unwrap()])
                .status()
                .unwrap()
                .success()
        );
    } else {
        eprintln!("not root: the other user's leftover is the suite's own file here");
    }
    env.ok(&["db", "backup", dest.to_str().unwrap()]);
    let meta = std::fs::metadata(&dest).unwrap();
    assert_eq!(meta.mode() & 0o777, 0o600);
    assert!(!ours.exists(), "our own leftover is cleaned up");
    if root {
        assert!(theirs.exists(), "another user's file is never removed");
        assert_eq!(
            std::fs::read_to_string(&theirs).unwrap(),
            "someone else's file"
        );
    }
    // Nothing else is left beside the copy.
    let left: Vec<String> = std::fs::read_dir(&shared)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("portalctl-backup") && !n.contains("999999998"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

sqlite_only! {
    "a PostgreSQL store is a URL: no file, no link, no SQLite URI",
    #[test]
    fn a_sqlite_uri_is_refused_and_a_link_is_judged_by_its_target() {
        use std::os::unix::fs::PermissionsExt;
        let env = Env::new();
        env.seed();
        let uri = format!("file:{}?mode=rwc", env.path("uri.db").display());
        let r = env.command().env("PORTALCTL_DB", &uri).args(["partner", "list"]).output().unwrap();
        assert_eq!(r.status.code(), Some(2), "{}", String::from_utf8_lossy(&r.stderr));
        let r = env
            .command()
            .args(["--db", &uri, "partner", "create", "X", "--email", "x@x.example"])
            .output()
            .unwrap();
        assert_eq!(r.status.code(), Some(2));
        let decoys: Vec<_> = std::fs::read_dir(env.dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().contains("file:") || e.file_name().to_string_lossy().contains("uri.db"))
            .collect();
        assert!(decoys.is_empty(), "{decoys:?}");
        let cwd_decoys = std::fs::read_dir(".")
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with("file:"))
            .count();
        assert_eq!(cwd_decoys, 0);

        // The user's own link to their own 0600 store is fine.
        let link = env.path("link.db");
        std::os::unix::fs::symlink(&env.db, &link).unwrap();
        let r = env.command().env("PORTALCTL_DB", &link).args(["customer", "list"]).output().unwrap();
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
        // A link to a store every user may write is refused, naming the file it points to.
        std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o666)).unwrap();
        let r = env.command().env("PORTALCTL_DB", &link).args(["customer", "list"]).output().unwrap();
        assert_eq!(r.status.code(), Some(1));
        let err = String::from_utf8_lossy(&r.stderr);
        assert!(err.contains("portal.db"), "{err}");
        assert!(!err.contains("link.db"), "{err}");
    }
}
