use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use crate::common::contact_create;
use crate::{Env, Tree, file_bytes};

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn is_root() -> bool {
    std::env::var("USER").is_ok_and(|u| u == "root")
        || std::fs::read_to_string("/proc/self/status").is_ok_and(|s| {
            s.lines()
                .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
        })
}

#[test]
fn store_and_its_directory_are_private_whatever_the_umask() {
    let env = Env::new();
    // The platform default (no --db): its data directory is made too, private.
    let quiet_sh = |script: &str| {
        env.shell("sh")
            .arg("-c")
            .arg(script)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .unwrap()
    };
    let status = quiet_sh(
        "unset PORTALCTL_DB; umask 000; exec portalctl partner create N --email a@n.example",
    );
    assert!(status.success());
    let default = env.path("data").join("portalctl").join("portal.db");
    assert_eq!(mode(&default), 0o600);
    assert_eq!(mode(default.parent().unwrap()), 0o700);

    let status = quiet_sh("umask 000; exec portalctl partner create N --email a@n.example");
    assert!(status.success());
    assert_eq!(mode(&env.db), 0o600);

    // With a reader holding the store open, the -wal and -shm files exist: same mode.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let _: i64 = conn
        .query_row("SELECT count(*) FROM partner", [], |r| r.get(0))
        .unwrap();
    env.ok(&["partner", "create", "M", "--email", "a@m.example"]);
    for suffix in ["db-wal", "db-shm"] {
        let p = env.db.with_extension(suffix);
        assert!(p.exists(), "{} missing", p.display());
        assert_eq!(mode(&p), 0o600, "{suffix}");
    }
}

#[test]
fn a_newer_store_is_refused_and_left_untouched() {
    let env = Env::new();
    env.ok(&["partner", "create", "N", "--email", "a@n.example"]);
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
        let _: String = conn
            .query_row("PRAGMA journal_mode=DELETE", [], |r| r.get(0))
            .unwrap();
    }
    let before = file_bytes(&env.db);
    let r = env.run(&["partner", "list"]);
    r.code(1);
    assert!(r.stderr.contains("newer"), "{}", r.stderr);
    assert!(r.stderr.contains("upgrade"), "{}", r.stderr);
    let r = env.run(&["partner", "create", "X", "--email", "x@x.example"]);
    r.code(1);
    assert_eq!(file_bytes(&env.db), before);
    assert!(!env.db.with_extension("db-wal").exists());
}

#[test]
fn a_corrupt_file_is_a_clear_error_and_untouched() {
    let env = Env::new();
    std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    // A SQLite header, then garbage: a store file that was damaged.
    let mut junk = b"SQLite format 3\0".to_vec();
    junk.extend(
        b"this is not a database, just some text that happens to be long enough".repeat(20),
    );
    std::fs::write(&env.db, &junk).unwrap();
    let r = env.run(&["customer", "list"]);
    r.code(1);
    assert!(
        r.stderr.contains("not a valid portalctl database"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    assert_eq!(file_bytes(&env.db), junk);
}

/// Makes `path` read-only for as long as it lives: `chattr +i` as root (root ignores file
/// modes), `chmod` otherwise. `None` when this machine cannot (no chattr support).
struct ReadOnly(std::path::PathBuf, bool);

impl ReadOnly {
    fn new(path: &std::path::Path) -> Option<ReadOnly> {
        if is_root() {
            let ok = std::process::Command::new("chattr")
                .arg("+i")
                .arg(path)
                .status()
                .is_ok_and(|s| s.success());
            ok.then(|| ReadOnly(path.to_path_buf(), true))
        } else {
            let mode = if path.is_dir() { 0o500 } else { 0o400 };
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).ok()?;
            Some(ReadOnly(path.to_path_buf(), false))
        }
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        if self.1 {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(&self.0)
                .status();
        } else {
            let mode = if self.0.is_dir() { 0o700 } else { 0o600 };
            let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(mode));
        }
    }
}

#[test]
fn a_read_only_store_or_directory_is_a_clear_error_and_untouched() {
    let mut ran = Vec::new();
    for target in ["file", "directory"] {
        let env = Env::new();
        env.ok(&["partner", "create", "N", "--email", "a@n.example"]);
        let before = file_bytes(&env.db);
        let path = if target == "file" {
            env.db.clone()
        } else {
            env.db.parent().unwrap().to_path_buf()
        };
        let Some(_guard) = ReadOnly::new(&path) else {
            eprintln!(
                "SKIPPED ({target}): cannot make it read-only here (no chattr support as root)"
            );
            continue;
        };
        let r = env.run(&["partner", "create", "M", "--email", "a@m.example"]);
        assert_eq!(r.code, 1, "{target}: {}", r.stderr);
        assert!(r.stderr.contains("error:"), "{}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        assert_eq!(file_bytes(&env.db), before, "{target}");
        ran.push(target);
    }
    // A machine that can make one read-only can make both: neither case is skipped alone.
    assert!(
        ran.len() != 1,
        "only {ran:?} could be made read-only: the other case did not run"
    );
    eprintln!("read-only cases run: {ran:?}");
}

#[test]
fn an_uncreatable_directory_is_a_clear_error() {
    let env = Env::new();
    let blocker = env.path("file");
    std::fs::write(&blocker, "x").unwrap();
    let r = env
        .command()
        .env("PORTALCTL_DB", blocker.join("sub").join("portal.db"))
        .args(["partner", "create", "N", "--email", "a@n.example"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(3));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("a part of the path is a file"), "{err}");
    // The platform default's directory is created when missing, but not through a file.
    let r = env
        .command()
        .env_remove("PORTALCTL_DB")
        .env("XDG_DATA_HOME", blocker.join("data"))
        .args(["partner", "create", "N", "--email", "a@n.example"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(3));
}

fn config_with_timeout(env: &Env, ms: u32) -> String {
    let cfg = env.path("busy.toml");
    std::fs::write(&cfg, format!("busy_timeout_ms = {ms}\n")).unwrap();
    cfg.to_str().unwrap().to_string()
}

/// `partner create M` with the config `cfg` and the global flags `global`.
fn create_m_with(env: &Env, cfg: &str, global: &[&str]) -> crate::Run {
    let mut args = vec!["--config", cfg];
    args.extend_from_slice(global);
    args.extend(["partner", "create", "M", "--email", "a@m.example"]);
    env.run(&args)
}

#[test]
fn a_lock_held_past_the_timeout_is_exit_7_with_nothing_written() {
    let env = Env::new();
    env.ok(&["partner", "create", "N", "--email", "a@n.example"]);
    let cfg = config_with_timeout(&env, 200);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    let start = Instant::now();
    let r = create_m_with(&env, &cfg, &[]);
    r.code(7);
    assert!(start.elapsed() >= Duration::from_millis(200));
    assert!(r.stderr.contains("try again"), "{}", r.stderr);
    let r = create_m_with(&env, &cfg, &["-o", "json"]);
    r.code(7);
    assert_eq!(r.error_json()["error"]["kind"], "busy");
    conn.execute_batch("ROLLBACK").unwrap();
    assert_eq!(env.count("SELECT count(*) FROM partner"), 1);
}

#[test]
fn an_apply_under_a_held_lock_reports_the_file_first_when_it_is_not_valid() {
    let env = Env::new();
    env.ok(&["partner", "create", "N", "--email", "a@n.example"]);
    let cfg = config_with_timeout(&env, 200);
    let good = env.path("good.toml");
    std::fs::write(
        &good,
        "[[customer]]\nname = \"D\"\nemail = \"d@d.example\"\n",
    )
    .unwrap();
    let bad = env.path("bad.toml");
    std::fs::write(
        &bad,
        "[[customer]]\nname = \"D\"\nemail = \"not-an-email\"\n",
    )
    .unwrap();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    let apply =
        |f: &std::path::Path| env.run(&["--config", &cfg, "apply", "-f", f.to_str().unwrap()]);
    let r = apply(&good);
    r.code(7);
    let r = apply(&bad);
    r.code(2);
    assert!(
        r.stderr.contains("bad.toml:2: direct customer \"D\""),
        "{}",
        r.stderr
    );
    conn.execute_batch("ROLLBACK").unwrap();
    assert_eq!(env.count("SELECT count(*) FROM customer"), 0);
}

#[test]
fn a_lock_released_within_the_timeout_is_waited_for() {
    let env = Env::new();
    env.ok(&["partner", "create", "N", "--email", "a@n.example"]);
    let cfg = config_with_timeout(&env, 5000);
    let db = env.db.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    let holder = std::thread::spawn(move || {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        tx.send(()).unwrap();
        std::thread::sleep(Duration::from_millis(500));
        conn.execute_batch("COMMIT").unwrap();
    });
    rx.recv().unwrap();
    create_m_with(&env, &cfg, &[]).code(0);
    holder.join().unwrap();
    assert_eq!(env.count("SELECT count(*) FROM partner"), 2);
}

#[test]
fn db_path_check_backup_migrate() {
    let env = Env::new();
    env.seed();
    assert_eq!(env.ok(&["db", "path"]), format!("{}\n", env.db.display()));
    let r = env.run(&["db", "check"]);
    r.code(0);
    assert!(r.stderr.contains("clean"), "{}", r.stderr);

    let backup = env.path("backups-dir/copy.db");
    std::fs::create_dir_all(backup.parent().unwrap()).unwrap();
    env.ok(&["db", "backup", backup.to_str().unwrap()]);
    assert_eq!(mode(&backup), 0o600);
    // The backup opens with portalctl and holds the same tree.
    let out = env
        .command()
        .env("PORTALCTL_DB", &backup)
        .args(["-o", "json", "probe", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let probes: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(probes[0]["name"], "hq-probe-1");
    // Running it twice replaces the copy.
    env.ok(&["db", "backup", backup.to_str().unwrap()]);

    let r = env.run(&["db", "migrate"]);
    r.code(0);
    assert!(r.stderr.contains("nothing to do"), "{}", r.stderr);
    let v1 = env.count("PRAGMA user_version");
    env.ok(&["db", "migrate"]);
    assert_eq!(env.count("PRAGMA user_version"), v1);
}

#[test]
fn db_check_reports_broken_foreign_keys() {
    let env = Env::new();
    env.seed();
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF;
             INSERT INTO site (customer_id, name, created_at, updated_at) VALUES (999, 'orphan', 'x', 'x');",
        )
        .unwrap();
    }
    let r = env.run(&["db", "check"]);
    r.code(1);
    assert!(r.stderr.contains("foreign key: site"), "{}", r.stderr);
}

#[test]
fn every_foreign_key_cascades_or_clears() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let mut st = conn
        .prepare(
            "SELECT m.name, f.\"from\", f.on_delete FROM sqlite_master m
             JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'",
        )
        .unwrap();
    let fks: Vec<(String, String, String)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!fks.is_empty());
    for (table, col, on_delete) in fks {
        // A guest's invitation outlives the guest (its history stays); everything else goes
        // with its parent.
        let expected = if (table.as_str(), col.as_str()) == ("invitation", "guest_id") {
            "SET NULL"
        } else {
            "CASCADE"
        };
        assert_eq!(on_delete, expected, "{table}.{col}");
    }
}

#[test]
fn migrating_an_older_store_reports_the_versions_and_keeps_the_data() {
    let env = Env::new();
    env.seed();
    {
        // Make it a version-1 store: drop what later migrations added.
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.execute_batch(
            "DROP TABLE reset_token; DROP TABLE person_legacy_password; DROP TABLE person;
             DROP TABLE invitation; DROP TABLE contact; PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let r = env.run(&["db", "migrate"]);
    r.code(0);
    assert!(
        r.stderr.contains("from schema version 1 to 7"),
        "{}",
        r.stderr
    );
    assert_eq!(env.count("PRAGMA user_version"), 7);
    assert_eq!(env.count("SELECT count(*) FROM probe"), 1);
    Tree::new()
        .within("Acme", |c| c.contact("a@acme.example", &[]))
        .make(&env);
    let r = env.run(&["db", "migrate"]);
    assert!(r.stderr.contains("nothing to do"), "{}", r.stderr);
}

fn sidecar(env: &Env, suffix: &str) -> std::path::PathBuf {
    let mut name = env.db.as_os_str().to_os_string();
    name.push(suffix);
    std::path::PathBuf::from(name)
}

#[test]
fn a_read_never_creates_a_store() {
    let env = Env::new();
    for args in [
        &["partner", "list"][..],
        &["customer", "show", "Acme"],
        &["log"],
        &["db", "check"],
        &["export"],
    ] {
        let r = env.run(args);
        assert_eq!(r.code, 3, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr
                .contains(&format!("error: no store at {}\n", env.db.display())),
            "{}",
            r.stderr
        );
    }
    assert!(!env.db.exists());
    let r = env.run(&["partner", "create", "N", "--email", "a@n.example"]);
    r.code(0);
    assert!(env.db.exists());
    assert_eq!(
        r.stderr,
        format!(
            "Created a new store at {}\nCreated partner \"N\" (id 1).\n",
            env.db.display()
        ),
        "the first write says it made the store"
    );
    let r = env.run(&["partner", "create", "M", "--email", "a@m.example"]);
    assert_eq!(
        r.stderr, "Created partner \"M\" (id 2).\n",
        "only the first write says so"
    );
}

/// Runs portalctl with `--db PATH` (the variable unset).
fn with_db(env: &Env, db: &std::path::Path, args: &[&str]) -> crate::Run {
    env.command()
        .env_remove("PORTALCTL_DB")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap()
        .into()
}

/// Every entry under `dir`, to show that nothing was made.
fn entries(dir: &std::path::Path) -> Vec<String> {
    let mut all: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    all.sort();
    all
}

#[test]
fn a_mistyped_directory_in_db_is_never_created() {
    let env = Env::new();
    let before = entries(env.dir.path());
    let typo = env.path("dya").join("portal.db");
    for args in [
        &["partner", "create", "N", "--email", "a@n.example"][..],
        &["partner", "list"],
    ] {
        let r = with_db(&env, &typo, args);
        assert_eq!(r.code, 3, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains(&env.path("dya").display().to_string()),
            "names the directory: {}",
            r.stderr
        );
        assert!(r.stderr.contains("does not exist"), "{}", r.stderr);
        assert!(!r.stderr.contains("chmod"), "{}", r.stderr);
    }
    assert_eq!(entries(env.dir.path()), before, "nothing was created");
    // The same through the variable.
    let r = env
        .command()
        .env("PORTALCTL_DB", &typo)
        .args(["partner", "create", "N", "--email", "a@n.example"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(3));
    assert_eq!(entries(env.dir.path()), before);
}

#[test]
fn a_directory_as_db_is_named_a_directory_never_given_a_chmod() {
    let env = Env::new();
    // A world-writable, sticky directory like /tmp.
    let tmp = env.path("tmp");
    std::fs::create_dir(&tmp).unwrap();
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o1777)).unwrap();
    for dir in [tmp.as_path(), env.db.parent().unwrap()] {
        for args in [
            &["customer", "list"][..],
            &["partner", "create", "N", "--email", "a@n.example"],
        ] {
            let r = with_db(&env, dir, args);
            assert_eq!(r.code, 1, "{args:?}: {}", r.stderr);
            assert!(
                r.stderr.contains(&format!(
                    "error: {} is a directory, not a store file",
                    dir.display()
                )),
                "{}",
                r.stderr
            );
            assert!(
                r.stderr
                    .contains(&format!("--db {}", dir.join("portal.db").display())),
                "{}",
                r.stderr
            );
            assert!(!r.stderr.contains("chmod"), "{}", r.stderr);
        }
        assert!(entries(dir).is_empty(), "nothing made in {}", dir.display());
    }
    assert_eq!(mode(&tmp), 0o777, "left as it was");
}

#[test]
fn a_text_file_as_db_is_not_a_sqlite_database_and_untouched() {
    let env = Env::new();
    let tree = env.path("tree.toml");
    let text = "[[partner]]\nname = \"Northwind\"\nemail = \"ops@northwind.example\"\n";
    std::fs::write(&tree, text).unwrap();
    std::fs::set_permissions(&tree, std::fs::Permissions::from_mode(0o666)).unwrap();
    for args in [
        &["customer", "list"][..],
        &["partner", "create", "N", "--email", "a@n.example"],
    ] {
        let r = with_db(&env, &tree, args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains(&format!(
                "error: {} is not a SQLite database",
                tree.display()
            )),
            "{}",
            r.stderr
        );
        for wrong in ["chmod", "backup", "writable by every user"] {
            assert!(!r.stderr.contains(wrong), "{wrong}: {}", r.stderr);
        }
        assert!(r.stderr.contains("apply -f"), "{}", r.stderr);
    }
    assert_eq!(std::fs::read_to_string(&tree).unwrap(), text);
    assert!(!env.path("tree.toml-wal").exists());
}

#[test]
fn a_link_is_followed_and_named_with_its_target() {
    let env = Env::new();
    env.ok(&["partner", "create", "N", "--email", "a@n.example"]);
    let link = env.path("link.db");
    std::os::unix::fs::symlink(&env.db, &link).unwrap();
    // The user's own link to their own 0600 store is fine (a link's own mode is 0777).
    let r = with_db(&env, &link, &["partner", "list"]);
    r.code(0);
    assert!(r.stdout.contains('N'), "{}", r.stdout);
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o666)).unwrap();
    let r = with_db(&env, &link, &["partner", "list"]);
    r.code(1);
    // Named by the file it points to: that is the file to fix.
    assert!(
        r.stderr.contains(&format!(
            "error: {} is writable by every user",
            std::fs::canonicalize(&env.db).unwrap().display()
        )),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("link.db"), "{}", r.stderr);
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o600)).unwrap();
    let dangling = env.path("dangling.db");
    std::os::unix::fs::symlink(env.path("gone.db"), &dangling).unwrap();
    let r = with_db(
        &env,
        &dangling,
        &["partner", "create", "M", "--email", "m@m.example"],
    );
    r.code(3);
    assert!(r.stderr.contains("leads nowhere"), "{}", r.stderr);
    assert!(!env.path("gone.db").exists());
}

#[test]
fn a_sqlite_uri_is_refused_creating_nothing() {
    let env = Env::new();
    let before = entries(env.dir.path());
    let r = with_db(
        &env,
        std::path::Path::new("file:portal.db?mode=rwc"),
        &["partner", "create", "N", "--email", "a@n.example"],
    );
    r.code(2);
    assert!(r.stderr.contains("SQLite URI"), "{}", r.stderr);
    assert_eq!(entries(env.dir.path()), before);
}

#[test]
fn a_store_that_others_could_write_is_refused_with_the_fix() {
    for suffix in ["", "-wal", "-shm"] {
        let env = Env::new();
        env.ok(&["partner", "create", "N", "--email", "a@n.example"]);
        let file = sidecar(&env, suffix);
        if !file.exists() {
            std::fs::write(&file, b"").unwrap();
        }
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(mode | 0o002)).unwrap();
        let before = file_bytes(&env.db);
        for args in [
            &["partner", "list"][..],
            &["partner", "create", "M", "--email", "m@m.example"],
        ] {
            let r = env.run(args);
            assert_eq!(r.code, 1, "{suffix}: {}", r.stderr);
            assert!(r.stderr.contains("writable by every user"), "{}", r.stderr);
            assert!(
                r.stderr
                    .contains(&format!("chmod 600 '{}'", file.display())),
                "{}",
                r.stderr
            );
        }
        assert_eq!(file_bytes(&env.db), before, "{suffix}: untouched");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        env.ok(&["partner", "list"]);
    }
}

/// Runs portalctl as the unprivileged user `nobody` (only possible as root).
fn as_nobody(env: &Env, args: &[&str]) -> std::process::Output {
    env.shell("runuser")
        .args(["-u", "nobody", "--", "portalctl"])
        .args(args)
        .output()
        .expect("runuser")
}

#[test]
fn a_store_owned_by_another_user_is_refused_root_aside() {
    if !is_root() {
        // Making a file that another user owns needs root.
        eprintln!(
            "SKIPPED a_store_owned_by_another_user_is_refused_root_aside: needs root (to run as another user)"
        );
        return;
    }
    let env = Env::new();
    env.ok(&["partner", "create", "N", "--email", "a@n.example"]);
    // Let nobody reach the directory; the store stays root's.
    for dir in [env.dir.path(), env.db.parent().unwrap()] {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = as_nobody(&env, &["partner", "list"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("belongs to another user"), "{err}");
    assert!(err.contains("chown"), "{err}");
    // Root may use anyone's store: hand it to nobody and read it as root.
    let nobody = std::process::Command::new("id")
        .args(["-u", "nobody"])
        .output()
        .unwrap();
    let uid = String::from_utf8_lossy(&nobody.stdout).trim().to_string();
    std::process::Command::new("chown")
        .arg(&uid)
        .arg(&env.db)
        .status()
        .unwrap();
    env.ok(&["partner", "list"]);
}

#[test]
fn another_applications_sqlite_file_is_refused_and_left_untouched() {
    let env = Env::new();
    std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    {
        let c = rusqlite::Connection::open(&env.db).unwrap();
        c.execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine');")
            .unwrap();
    }
    let before = file_bytes(&env.db);
    for args in [
        &["partner", "list"][..],
        &["partner", "create", "N", "--email", "a@n.example"],
        &["db", "migrate"],
    ] {
        let r = env.run(args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("another application"), "{}", r.stderr);
    }
    assert_eq!(file_bytes(&env.db), before, "byte for byte");
    assert!(!sidecar(&env, "-wal").exists(), "not switched to WAL");
}

#[test]
fn a_read_only_shm_left_behind_gets_a_hint_that_names_it() {
    let env = Env::new();
    env.ok(&["partner", "create", "N", "--email", "a@n.example"]);
    let shm = sidecar(&env, "-shm");
    if !shm.exists() {
        // The last connection closed and removed it: leave one behind as a read-only open would.
        std::fs::write(&shm, vec![0u8; 32 * 1024]).unwrap();
    }
    let Some(_guard) = ReadOnly::new(&shm) else {
        eprintln!(
            "SKIPPED a_read_only_shm_left_behind_gets_a_hint_that_names_it: cannot make a file read-only here (no chattr)"
        );
        return;
    };
    let r = env.run(&["partner", "create", "M", "--email", "m@m.example"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("rm -f"), "{}", r.stderr);
    assert!(
        r.stderr.contains(&shm.display().to_string()),
        "{}",
        r.stderr
    );
}

#[test]
fn an_interrupted_backup_leaves_nothing_behind_after_the_next_one() {
    let env = Env::new();
    env.seed();
    let dest = env.path("backup.db");
    // What a killed backup leaves: a hidden copy named after a process that is gone.
    let stale = env.path(".backup.db.portalctl-backup-999999999");
    std::fs::write(&stale, b"half a copy").unwrap();
    // A copy of a process that still runs is not touched.
    let live = env.path(&format!(
        ".backup.db.portalctl-backup-{}",
        std::process::id()
    ));
    std::fs::write(&live, b"in progress").unwrap();
    env.ok(&["db", "backup", dest.to_str().unwrap()]);
    assert!(!stale.exists(), "the stale copy was removed");
    assert!(live.exists(), "a running backup's copy stays");
    let hidden: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("portalctl-backup"))
        .collect();
    assert_eq!(hidden.len(), 1, "{hidden:?}");
    assert_eq!(
        crate::common::sqlite_count(&dest, "SELECT count(*) FROM customer"),
        1
    );
}

#[test]
fn a_version_3_store_keeps_its_ids_and_gets_folded_email_keys() {
    let env = Env::new();
    std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    {
        // A store as portalctl 0.1 left it: schema 3, ids reusable, keys lower-cased.
        let c = rusqlite::Connection::open(&env.db).unwrap();
        for step in &portalctl::store::migrations::MIGRATIONS[..3] {
            c.execute_batch(step.sql).unwrap();
        }
        c.execute_batch(
            "PRAGMA user_version = 3;
             INSERT INTO partner (id, name, email, created_at, updated_at)
                 VALUES (1, 'N', 'ops@n.example', 't', 't');
             INSERT INTO customer (id, partner_id, name, email, created_at, updated_at)
                 VALUES (4, 1, 'Acme', 'STRASSE@Example.com', 't', 't'),
                        (9, 1, 'Beta', 'b@beta.example', 't', 't');
             INSERT INTO site (id, customer_id, name, created_at, updated_at)
                 VALUES (5, 9, 'HQ', 't', 't');
             INSERT INTO contact (id, customer_id, email, email_key, created_at, updated_at)
                 VALUES (3, 4, 'JÖHN@example.com', 'jÖhn@example.com', 't', 't');
             INSERT INTO audit (id, at, actor, action, entity, entity_id, changes)
                 VALUES (1, 't', 'old', 'create', 'customer', NULL, '{}'),
                        (2, 't', 'old', 'create', 'site', 12, '{}'),
                        (3, 't', 'old', 'delete', 'site', 12, '{}'),
                        (4, 't', 'old', 'create', 'guest', 8, '{}'),
                        (5, 't', 'old', 'delete', 'guest', 8, '{}');",
        )
        .unwrap();
    }
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o600)).unwrap();
    let r = env.run(&["db", "migrate"]);
    r.code(0);
    assert!(
        r.stderr.contains("from schema version 3 to 7"),
        "{}",
        r.stderr
    );
    assert_eq!(env.json(&["customer", "show", "9"])["name"], "Beta");
    assert_eq!(env.json(&["site", "show", "5"])["customer"], "Beta");
    assert_eq!(
        env.count("SELECT count(*) FROM contact WHERE email_key = 'jöhn@example.com'"),
        1
    );
    let found = env.json(&["customer", "list", "--email", "straße@example.com"]);
    assert_eq!(
        found[0]["name"], "Acme",
        "keys backfilled with case folding"
    );
    // The newest customer goes; its id is never given out again.
    env.ok(&["customer", "delete", "Beta", "--yes"]);
    let next = env.json(&[
        "customer",
        "create",
        "Gamma",
        "--partner",
        "N",
        "--email",
        "g@g.example",
    ]);
    assert_eq!(next["id"], 10);
    // Ids deleted before the upgrade stay dead too: the audit names them.
    let site = env.json(&["site", "create", "Branch", "--customer", "Acme"]);
    assert_eq!(site["id"], 13, "site 12 was deleted under schema 3");
    let contact = env.json(&contact_create("Acme", "new@acme.example", &[]));
    assert_eq!(contact["id"], 9, "guest 8 was deleted under schema 3");
    env.ok(&["db", "check"]);
    assert_eq!(
        env.json(&["log", "--limit", "1", "--offset", "7"])[0]["user"],
        serde_json::Value::Null
    );
}

#[test]
fn ctrl_c_during_a_backup_leaves_no_half_written_copy() {
    let env = Env::new();
    env.seed();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)
         INSERT INTO customer (name, email, email_key, created_at, updated_at)
         SELECT 'bulk-' || i, 'b@b.example', 'b@b.example', '2026-01-01T00:00:00Z',
                '2026-01-01T00:00:00Z' FROM n;",
    )
    .unwrap();
    drop(conn);
    let dest = env.path("backup.db");
    let mut interrupted = 0;
    for delay_ms in [5, 10, 20, 40, 80, 5, 10, 20, 40, 80] {
        let mut child = env
            .std_command()
            .args(["db", "backup", dest.to_str().unwrap()])
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = std::process::Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status();
        let code = child.wait().unwrap().code();
        let left: Vec<String> = std::fs::read_dir(env.dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("portalctl-backup"))
            .collect();
        assert!(left.is_empty(), "after exit {code:?}: {left:?}");
        if code == Some(130) {
            interrupted += 1;
            // Interrupted before the rename: no backup; after it: a whole one.
            if dest.exists() {
                let c = rusqlite::Connection::open(&dest).unwrap();
                let ok: String = c
                    .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                    .unwrap();
                assert_eq!(ok, "ok");
            }
        }
        let _ = std::fs::remove_file(&dest);
    }
    assert!(interrupted > 0, "no run was interrupted mid-backup");
}
