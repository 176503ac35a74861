//! What only a server has: the schema in `portalctl_schema`, roles and their permissions,
//! passwords from `PGPASSWORD` and the password file, locks held by other sessions.

use crate::common::{contact_create, customer_create};
use crate::{Env, Tree};

#[test]
fn the_first_write_creates_the_schema_and_a_read_before_it_is_exit_3() {
    let env = Env::new();
    let r = env.run(&["partner", "list"]);
    r.code(3);
    assert!(r.stderr.contains("no portalctl store"), "{}", r.stderr);
    assert!(env.store_missing(), "a read creates nothing");
    env.ok(&["partner", "create", "N", "--email", "a@n.example"]);
    assert_eq!(
        env.count("SELECT version FROM portalctl_schema"),
        portalctl::store::migrations::latest()
    );
    let r = env.run(&["db", "migrate"]);
    r.code(0);
    assert!(r.stderr.contains("nothing to do"), "{}", r.stderr);
}

use std::os::unix::fs::PermissionsExt;

use crate::common::pg;

/// Makes the schema as the superuser, runs `db grants` with psql, and creates login roles
/// `<db>_reader`, `_operator`, `_admin` in the three groups. Returns the role names.
pub(crate) fn with_roles(env: &Env) -> [String; 3] {
    let _one = pg::grants_lock();
    env.ok(&["db", "migrate"]);
    let db = env.pg_db.clone().unwrap();
    let grants = env.ok(&["db", "grants"]);
    // Twice: it is safe to run again.
    env.psql(&grants);
    env.psql(&grants);
    let names = ["reader", "operator", "admin"].map(|r| format!("{db}_{r}"));
    let mut client = env.pg_client();
    for (name, group) in names.iter().zip(["reader", "operator", "admin"]) {
        client
            .batch_execute(&format!(
                "CREATE ROLE {name} LOGIN; GRANT portalctl_{group} TO {name}"
            ))
            .unwrap();
    }
    names
}

fn as_role(env: &Env, role: &str, args: &[&str]) -> crate::Run {
    let db = env.pg_db.clone().unwrap();
    let url = pg::cluster().url_as(role, &db);
    env.command()
        .env("PORTALCTL_DB", &url)
        .args(args)
        .output()
        .unwrap()
        .into()
}

#[test]
fn the_databases_roles_decide_who_may_do_what() {
    let env = Env::new();
    let [reader, operator, admin] = with_roles(&env);
    env.seed();
    // A reader reads, and may not create (exit 6, nothing written).
    as_role(&env, &reader, &["customer", "list"]).code(0);
    let r = as_role(
        &env,
        &reader,
        &["partner", "create", "R", "--email", "r@r.example"],
    );
    r.code(6);
    assert!(
        r.stderr.contains("may not run this command"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("portalctl_operator"), "{}", r.stderr);
    // An operator changes things, and may not delete or prune.
    as_role(
        &env,
        &operator,
        &customer_create("B", "Northwind", "b@b.example"),
    )
    .code(0);
    let r = as_role(&env, &operator, &["customer", "delete", "B", "--yes"]);
    r.code(6);
    assert!(r.stderr.contains("DELETE privilege"), "{}", r.stderr);
    assert!(r.stderr.contains("portalctl_admin"), "{}", r.stderr);
    only_an_admin_prunes(&env, &operator, &admin);
    the_role_is_the_user_and_the_policy_still_holds(&env, &operator, &admin);
}

/// The roles test, continued: an operator's prune is refused, an admin's runs, and the log
/// records the role.
fn only_an_admin_prunes(env: &Env, operator: &str, admin: &str) {
    let tree = env.path("t.toml");
    std::fs::write(
        &tree,
        "[[partner]]\nname = \"Northwind\"\nemail = \"ops@northwind.example\"\n\n[[partner.customer]]\nname = \"Acme\"\nemail = \"it@acme.example\"\n",
    )
    .unwrap();
    let r = as_role(
        env,
        operator,
        &["apply", "-f", tree.to_str().unwrap(), "--prune", "--yes"],
    );
    r.code(6);
    assert_eq!(
        env.count("SELECT count(*) FROM customer"),
        2,
        "nothing was pruned"
    );
    // An admin may.
    as_role(
        env,
        admin,
        &["apply", "-f", tree.to_str().unwrap(), "--prune", "--yes"],
    )
    .code(0);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 1);
    // Every entry records the role as `user`, and the actor defaults to it.
    let log = env.json(&["log", "--limit", "3"]);
    assert_eq!(log[0]["user"], admin);
    assert_eq!(log[0]["actor"], admin);
    assert!(
        env.json(&["log"])
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["user"] == operator),
        "the operator's create is logged as theirs"
    );
}

/// The roles test, continued: `--actor` names who a change is for while `user` stays the
/// role, and `[policy] delete` applies on top of the database's permissions.
fn the_role_is_the_user_and_the_policy_still_holds(env: &Env, operator: &str, admin: &str) {
    // --actor names who the change is for; `user` stays the role.
    as_role(
        env,
        operator,
        &[
            "--actor",
            "ci-job-7",
            "site",
            "create",
            "S",
            "--customer",
            "Acme",
        ],
    )
    .code(0);
    let last = &env.json(&["log", "--limit", "1"])[0];
    assert_eq!(last["actor"], "ci-job-7");
    assert_eq!(last["user"], operator);
    // [policy] delete still applies on top of the database's permissions.
    let cfg = env.path("policy.toml");
    std::fs::write(&cfg, "[policy]\ndelete = [\"someone-else\"]\n").unwrap();
    as_role(
        env,
        admin,
        &[
            "--config",
            cfg.to_str().unwrap(),
            "site",
            "delete",
            "S",
            "--yes",
        ],
    )
    .code(6);
}

#[test]
fn the_audit_is_append_only_for_every_role() {
    let env = Env::new();
    let roles = with_roles(&env);
    env.seed();
    let db = env.pg_db.clone().unwrap();
    for role in &roles {
        for sql in [
            "UPDATE audit SET actor = 'forged'",
            "DELETE FROM audit",
            "TRUNCATE audit",
        ] {
            let out = pg::cluster()
                .psql()
                .args(["-U", role, "-d", &db, "-c", sql])
                .output()
                .unwrap();
            assert!(!out.status.success(), "{role} could run {sql}");
            assert!(
                String::from_utf8_lossy(&out.stderr).contains("permission denied"),
                "{role}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    assert_eq!(
        env.count("SELECT count(*) FROM audit WHERE actor = 'forged'"),
        0
    );
    assert_eq!(env.count("SELECT count(*) FROM audit"), 4);
}

#[test]
fn passwords_come_from_pgpassword_or_the_password_file_and_are_never_printed() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let db = env.pg_db.clone().unwrap();
    let secret = "Tr0ub4dor-and-3";
    let mut c = env.pg_client();
    // The cluster checks passwords (scram) for pw_alice only.
    let _ = c.batch_execute("DROP ROLE IF EXISTS pw_alice");
    c.batch_execute(&format!(
        "CREATE ROLE pw_alice LOGIN SUPERUSER PASSWORD '{secret}'"
    ))
    .unwrap();
    let url = pg::cluster().url_as("pw_alice", &db);
    let run = |envs: &[(&str, &str)], args: &[&str]| {
        let mut cmd = env.command();
        cmd.env("PORTALCTL_DB", &url);
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let out = cmd.args(args).output().unwrap();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.code().unwrap_or(-1), all)
    };
    let (code, out) = run(&[], &["partner", "list"]);
    assert_eq!(code, 1, "no password: {out}");
    assert!(out.contains("as pw_alice"), "names the user: {out}");
    let (code, out) = run(&[("PGPASSWORD", "wrong")], &["partner", "list"]);
    assert_eq!(code, 1, "{out}");
    assert!(!out.contains("wrong"), "never the password: {out}");
    let (code, out) = run(&[("PGPASSWORD", secret)], &["partner", "list"]);
    assert_eq!(code, 0, "{out}");
    // The password file, as libpq reads it (and ignores when others can read it).
    let pass = env.path("pgpass");
    std::fs::write(
        &pass,
        format!("127.0.0.1:{}:{db}:pw_alice:{secret}\n", pg::cluster().port),
    )
    .unwrap();
    std::fs::set_permissions(&pass, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (code, _) = run(
        &[("PGPASSFILE", pass.to_str().unwrap())],
        &["partner", "list"],
    );
    assert_eq!(code, 1, "a password file others can read is ignored");
    std::fs::set_permissions(&pass, std::fs::Permissions::from_mode(0o600)).unwrap();
    let (code, out) = run(
        &[("PGPASSFILE", pass.to_str().unwrap())],
        &["partner", "create", "N", "--email", "a@n.example"],
    );
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains(secret));
    // ~/.pgpass is the default.
    std::fs::copy(&pass, env.dir.path().join(".pgpass")).unwrap();
    std::fs::set_permissions(
        env.dir.path().join(".pgpass"),
        std::fs::Permissions::from_mode(0o600),
    )
    .unwrap();
    assert_eq!(run(&[], &["partner", "list"]).0, 0);
    // A URL may carry one; `db path` and messages never show it.
    let with = format!(
        "postgres://pw_alice:{secret}@127.0.0.1:{}/{db}?sslmode=disable",
        pg::cluster().port
    );
    let out = env
        .command()
        .env("PORTALCTL_DB", &with)
        .args(["db", "path"])
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert_eq!(shown.trim(), url);
    let out = env
        .command()
        .env("PORTALCTL_DB", &with)
        .args(["partner", "show", "nobody"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(!String::from_utf8_lossy(&out.stderr).contains(secret));
    let _ = c.batch_execute("DROP OWNED BY pw_alice; DROP ROLE pw_alice");
}

#[test]
fn an_unreachable_server_is_exit_1_naming_host_and_user() {
    let env = Env::new();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let r = env
        .command()
        .env(
            "PORTALCTL_DB",
            format!(
                "postgres://bob:hunter2@127.0.0.1:{port}/msp?sslmode=disable&connect_timeout=2"
            ),
        )
        .args(["partner", "list"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(1), "{err}");
    assert!(err.contains(&format!("127.0.0.1:{port} as bob")), "{err}");
    assert!(!err.contains("hunter2"), "{err}");
    // prefer takes TLS when the server offers it, and plain when it does not, as libpq does.
    let prefer = pg::cluster()
        .url(env.pg_db.as_deref().unwrap())
        .replace("sslmode=disable", "sslmode=prefer");
    on_store(
        &env,
        &prefer,
        &["partner", "create", "N", "--email", "a@n.example"],
    )
    .code(0);
}

/// Runs portalctl in `env`'s environment on the store `db` instead of its own.
fn on_store(env: &Env, db: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> crate::Run {
    env.command()
        .env("PORTALCTL_DB", db)
        .args(args)
        .output()
        .unwrap()
        .into()
}

#[test]
fn a_lock_held_by_another_session_is_exit_7_in_about_the_busy_timeout() {
    let env = Env::new();
    env.seed();
    let cfg = env.path("c.toml");
    std::fs::write(&cfg, "busy_timeout_ms = 700\n").unwrap();
    let cfg = cfg.to_str().unwrap().to_string();
    // Another portalctl writer: the writers' lock.
    let mut other = env.pg_client();
    other
        .batch_execute("BEGIN; LOCK TABLE portalctl_lock IN EXCLUSIVE MODE")
        .unwrap();
    let t0 = std::time::Instant::now();
    let r = env.run(&[
        "--config",
        &cfg,
        "partner",
        "create",
        "X",
        "--email",
        "x@x.example",
    ]);
    let waited = t0.elapsed();
    r.code(7);
    // A writer held up by the writers' lock is busy, with nothing written (not a read's wait).
    assert!(r.stderr.contains("nothing was written"), "{}", r.stderr);
    assert!(!r.stderr.contains("the read was held up"), "{}", r.stderr);
    assert!(
        waited.as_millis() >= 600,
        "it waited for the lock: {waited:?}"
    );
    assert!(
        waited.as_secs() < 5,
        "and gave up after about the timeout: {waited:?}"
    );
    // Readers never wait for a writer.
    env.run(&["--config", &cfg, "customer", "list"]).code(0);
    other.batch_execute("ROLLBACK").unwrap();
    // Any lock another session holds on these tables.
    other
        .batch_execute("BEGIN; LOCK TABLE customer IN EXCLUSIVE MODE")
        .unwrap();
    let r = env.run(&[
        "--config",
        &cfg,
        "customer",
        "create",
        "Y",
        "--partner",
        "Northwind",
        "--email",
        "y@y.example",
    ]);
    r.code(7);
    other.batch_execute("ROLLBACK").unwrap();
    assert_eq!(
        env.count("SELECT count(*) FROM partner WHERE name = 'X'"),
        0,
        "nothing written"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM customer WHERE name = 'Y'"),
        0
    );
    env.run(&[
        "--config",
        &cfg,
        "partner",
        "create",
        "X",
        "--email",
        "x@x.example",
    ])
    .code(0);
}

#[test]
fn a_newer_schema_or_another_applications_database_is_refused_untouched() {
    let env = Env::new();
    env.seed();
    let mut c = env.pg_client();
    c.batch_execute("UPDATE portalctl_schema SET version = 99")
        .unwrap();
    for args in [
        &["partner", "list"][..],
        &["partner", "create", "M", "--email", "m@m.example"],
    ] {
        let r = env.run(args);
        r.code(1);
        assert!(
            r.stderr.contains("newer than this portalctl"),
            "{}",
            r.stderr
        );
    }
    assert_eq!(env.count("SELECT count(*) FROM partner"), 1);
    // Someone else's database.
    let other = Env::new();
    let mut c = other.pg_client();
    c.batch_execute(
        "CREATE TABLE notes (id int primary key, body text); INSERT INTO notes VALUES (1, 'mine')",
    )
    .unwrap();
    for args in [
        &["partner", "list"][..],
        &["partner", "create", "M", "--email", "m@m.example"],
        &["db", "migrate"],
    ] {
        let r = other.run(args);
        r.code(1);
        assert!(r.stderr.contains("another application"), "{}", r.stderr);
    }
    let tables: i64 = c
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(tables, 1, "nothing was added");
}

#[test]
fn eight_first_runs_at_once_make_one_schema() {
    let env = Env::new();
    let children: Vec<_> = (0..8)
        .map(|i| {
            env.std_command()
                .args([
                    "partner",
                    "create",
                    &format!("P{i}"),
                    "--email",
                    "p@p.example",
                ])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for ch in children {
        let out = ch.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(env.count("SELECT count(*) FROM portalctl_schema"), 1);
    assert_eq!(env.count("SELECT count(*) FROM partner"), 8);
}

#[test]
fn db_copy_there_and_back_keeps_codes_passwords_ids_and_the_audit() {
    let env = Env::new();
    env.seed();
    Tree::new()
        .under("Northwind", |p| p.customer("Gone", "g@g.example", |c| c))
        .make(&env);
    env.ok(&["customer", "delete", "Gone", "--yes"]);
    let code = env.json(&["portal", "enable", "--customer", "Acme"])["authcode"]
        .as_str()
        .unwrap()
        .to_string();
    let pw = env.json(&contact_create("Acme", "a@acme.example", &["--login"]))["password"]
        .as_str()
        .unwrap()
        .to_string();
    let log_before = env.json(&["log"]);
    // To a file, and from it into a second, empty database.
    let file = env.path("snapshot.db");
    env.ok(&["db", "copy", file.to_str().unwrap()]);
    let back = Env::new();
    on_store(&back, &file, &["db", "copy", back.db.to_str().unwrap()]).code(0);
    let store = &back;
    store.run(&["authcode", "verify", &code]).code(0);
    store
        .run_with(&["contact", "login", "a@acme.example"], &format!("{pw}\n"))
        .code(0);
    let log = store.json(&["log"]);
    assert_eq!(log, log_before, "the audit, ids and users included");
    // The dead id stays dead.
    let next = store.json(&customer_create("Next", "Northwind", "n@n.example"));
    assert_eq!(next["id"], 3);

    let r = env
        .command()
        .env("PORTALCTL_DB", &file)
        .args(["authcode", "verify", &code])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(0), "the file copy works too");
    // A target that holds data is refused.
    let r = env.run(&["db", "copy", back.db.to_str().unwrap()]);
    r.code(4);
    // A backup of a server store is a SQLite file.
    let backup = env.path("backup.db");
    env.ok(&["db", "backup", backup.to_str().unwrap()]);
    assert_eq!(
        crate::common::sqlite_count(&backup, "SELECT count(*) FROM customer"),
        1
    );
}

#[test]
fn db_check_finds_a_broken_reference() {
    let env = Env::new();
    env.seed();
    env.ok(&["db", "check"]);
    let mut c = env.pg_client();
    c.batch_execute(
        "SET session_replication_role = replica; INSERT INTO site (customer_id, name, created_at, updated_at) VALUES (999, 'orphan', 'x', 'x')",
    )
    .unwrap();
    let r = env.run(&["db", "check"]);
    r.code(1);
    assert!(r.stderr.contains("site row"), "{}", r.stderr);
    assert!(r.stderr.contains("missing customer 999"), "{}", r.stderr);
}

#[test]
fn the_two_schemas_match_column_by_column() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let mut c = env.pg_client();
    let mut pg_cols: Vec<(String, String, String)> = c
        .query(
            "SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns
             WHERE table_schema = 'public' AND table_name NOT IN ('portalctl_schema', 'portalctl_lock', 'portalctl_staff')",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| {
            let kind = match r.get::<_, String>(2).as_str() {
                "bigint" => "integer",
                "text" => "text",
                "bytea" => "blob",
                other => panic!("unexpected type {other}"),
            }
            .to_string();
            (r.get(0), r.get(1), kind)
        })
        .collect();
    let lite = rusqlite::Connection::open_in_memory().unwrap();
    for step in portalctl::store::migrations::MIGRATIONS {
        lite.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
        lite.execute_batch(step.sql).unwrap();
    }
    let mut st = lite
        .prepare(
            "SELECT m.name, c.name, c.type FROM sqlite_master m JOIN pragma_table_info(m.name) c
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
        )
        .unwrap();
    let mut sqlite_cols: Vec<(String, String, String)> = st
        .query_map([], |r| {
            let ty: String = r.get(2)?;
            Ok((r.get(0)?, r.get(1)?, ty.to_lowercase()))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    pg_cols.sort();
    sqlite_cols.sort();
    assert_eq!(pg_cols, sqlite_cols);
    assert_eq!(
        portalctl::store::migrations::PG_MIGRATIONS.len(),
        portalctl::store::migrations::MIGRATIONS.len(),
        "the same version numbers"
    );
}

#[test]
fn sslmode_is_what_libpq_means_by_it() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let c = pg::cluster();
    let ca = c.ca.clone().expect(
        "the test cluster offers TLS (it needs the openssl command to make its certificate)",
    );
    let db = env.pg_db.clone().unwrap();
    let at = |host: &str, mode: &str, root: Option<&std::path::Path>| {
        let mut cmd = env.command();
        cmd.env(
            "PORTALCTL_DB",
            format!("postgres://postgres@{host}:{}/{db}?sslmode={mode}", c.port),
        );
        if let Some(r) = root {
            cmd.env("PGSSLROOTCERT", r);
        }
        let out = cmd.args(["partner", "list"]).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    // require encrypts without checking; verify-ca checks the chain; verify-full the name too.
    assert_eq!(at("127.0.0.1", "require", None).0, Some(0));
    assert_eq!(at("127.0.0.1", "verify-ca", Some(&ca)).0, Some(0));
    assert_eq!(at("localhost", "verify-full", Some(&ca)).0, Some(0));
    let (code, err) = at("127.0.0.1", "verify-full", Some(&ca));
    assert_eq!(
        code,
        Some(1),
        "the certificate is for localhost, not 127.0.0.1: {err}"
    );
    assert!(err.contains("certificate"), "{err}");
    let (code, _) = at("localhost", "verify-ca", None);
    assert_eq!(code, Some(1), "an unknown CA is refused");
    assert_eq!(at("localhost", "prefer", None).0, Some(0));
    // The session really is encrypted.
    let r = env
        .command()
        .env(
            "PORTALCTL_DB",
            format!(
                "postgres://postgres@127.0.0.1:{}/{db}?sslmode=require",
                c.port
            ),
        )
        .args(["partner", "create", "TLS", "--email", "t@t.example"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(0));
}

#[test]
fn a_reader_logs_in_unrecorded_and_an_operator_records_the_login() {
    let env = Env::new();
    let [reader, operator, _] = with_roles(&env);
    env.seed();
    let k = env.json(&contact_create("Acme", "pat@x.example", &["--login"]));
    let password = k["password"].as_str().unwrap().to_string();
    let db = env.pg_db.clone().unwrap();
    let login = |role: &str| {
        env.command()
            .env("PORTALCTL_DB", pg::cluster().url_as(role, &db))
            .args(["-o", "json", "contact", "login", "pat@x.example"])
            .write_stdin(format!("{password}\n"))
            .output()
            .unwrap()
    };
    let last = || {
        env.json(&["contact", "show", "pat@x.example"])["last_login_at"]
            .as_str()
            .map(str::to_string)
    };
    let out = login(&reader);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("not recorded"), "{stderr}");
    assert_eq!(last(), None, "a reader's login is not recorded");
    let out = login(&operator);
    assert_eq!(out.status.code(), Some(0));
    assert!(last().is_some(), "an operator's login is recorded");
}

/// A command started with `args` and held at the `site` table, which it has begun to read
/// after the customers: another session locks the table, and the command is seen waiting
/// for it (`pg_locks`). The session is returned inside its transaction, to commit later.
fn held_at_the_sites(env: &Env, args: &[&str]) -> (postgres::Client, std::process::Child) {
    let mut writer = env.pg_client();
    writer
        .batch_execute("BEGIN; LOCK TABLE site IN ACCESS EXCLUSIVE MODE")
        .unwrap();
    let child = env
        .std_command()
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut watcher = env.pg_client();
    let mut waiting = false;
    for _ in 0..200 {
        let n: i64 = watcher
            .query_one(
                "SELECT count(*) FROM pg_catalog.pg_locks l
                 JOIN pg_catalog.pg_class c ON c.oid = l.relation
                 WHERE c.relname = 'site' AND NOT l.granted",
                &[],
            )
            .unwrap()
            .get(0);
        if n > 0 {
            waiting = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    assert!(waiting, "{args:?} waited for the site table");
    (writer, child)
}

/// An export reads every table on one snapshot. Shown on PostgreSQL only, where another
/// session can hold the export between two tables (a lock on `site`); `SQLite` has no table
/// lock to pause a reader with, and takes the same path (`Db::snapshot`).
#[test]
fn an_export_reads_one_snapshot_while_a_writer_commits_between_its_tables() {
    let env = Env::new();
    Tree::new()
        .partner("Northwind", "ops@northwind.example", |p| {
            p.customer("Acme", "it@acme.example", |c| c.site("HQ", |s| s))
        })
        .make(&env);
    let (mut writer, export) = held_at_the_sites(&env, &["export"]);
    // Meanwhile the customer goes, with its site, and the writer commits.
    writer
        .batch_execute("DELETE FROM customer WHERE name = 'Acme'; COMMIT")
        .unwrap();
    let out = export.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The store as it was when the export began: the customer with its site.
    assert!(
        stdout.contains("name = \"Acme\"") && stdout.contains("name = \"HQ\""),
        "{stdout}"
    );
    let after = env.ok(&["export"]);
    assert!(!after.contains("Acme") && !after.contains("HQ"), "{after}");
}

/// The name of a customer export is looked up after the snapshot: a customer made in
/// between is not in it, and the export says so (exit 4) instead of writing an empty file.
#[test]
fn a_customer_made_while_its_export_read_the_store_is_exit_4_not_an_empty_file() {
    let env = Env::new();
    Tree::new()
        .partner("Northwind", "ops@northwind.example", |p| {
            p.customer("Acme", "it@acme.example", |c| c.site("HQ", |s| s))
        })
        .make(&env);
    let (mut writer, export) = held_at_the_sites(
        &env,
        &["export", "--customer", "Late", "--partner", "Northwind"],
    );
    // Another operator adds the customer (it takes no lock on the sites), and the holding
    // session lets go.
    env.ok(&[
        "customer",
        "create",
        "Late",
        "--partner",
        "Northwind",
        "--email",
        "late@late.example",
    ]);
    writer.batch_execute("ROLLBACK").unwrap();
    let out = export.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(
        stderr.contains("customer \"Late\" changed while the export read the store"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty(), "nothing written");
    // Run again, it is there.
    let again = env.ok(&["export", "--customer", "Late", "--partner", "Northwind"]);
    assert!(again.contains("name = \"Late\""), "{again}");
}
