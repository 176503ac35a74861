//! PostgreSQL as teams run it: failover URLs and `target_session_attrs` over a primary and its
//! streaming standby, a read-only standby and a read-only role, `PgBouncer` in transaction
//! mode, client certificates, a listener that never answers, the server's own timeouts and
//! limits, slow readers, and the group roles of two stores in one cluster.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use crate::common::pg;
use crate::{Env, Run};

/// The binary with `PORTALCTL_DB` set to `url` (and `vars` set), run with `args`.
fn at(env: &Env, url: &str, vars: &[(&str, &str)], args: &[&str]) -> crate::Run {
    let mut cmd = env.command();
    cmd.env("PORTALCTL_DB", url);
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.args(args).output().unwrap();
    crate::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn db(env: &Env) -> String {
    env.pg_db.clone().unwrap()
}

/// A config file with `busy_timeout_ms`; its path.
fn busy_config(env: &Env, ms: u64) -> String {
    let cfg = env.path("busy.toml");
    std::fs::write(&cfg, format!("busy_timeout_ms = {ms}\n")).unwrap();
    cfg.to_str().unwrap().to_string()
}

#[test]
fn failover_urls_take_the_first_host_that_fits_target_session_attrs() {
    let env = Env::new();
    env.seed();
    let c = pg::cluster();
    let standby = pg::standby();
    let db = db(&env);
    standby.catch_up(&db);
    let both = |order: &str, attrs: &str| {
        let hosts = match order {
            "standby-first" => format!("127.0.0.1:{},127.0.0.1:{}", standby.port, c.port),
            _ => format!("127.0.0.1:{},127.0.0.1:{}", c.port, standby.port),
        };
        format!("postgres://postgres@{hosts}/{db}?sslmode=disable&target_session_attrs={attrs}")
    };
    // read-write and primary skip the standby listed first; the write lands on the primary.
    for attrs in ["read-write", "primary"] {
        let r = at(
            &env,
            &both("standby-first", attrs),
            &[],
            &[
                "partner",
                "create",
                &format!("P-{attrs}"),
                "--email",
                "p@p.example",
            ],
        );
        r.code(0);
    }
    assert_eq!(
        env.count("SELECT count(*) FROM partner WHERE name LIKE 'P-%'"),
        2
    );
    // standby, read-only and prefer-standby take the standby, listed second: a write there
    // is refused, saying how to reach the primary.
    for attrs in ["standby", "read-only", "prefer-standby"] {
        at(
            &env,
            &both("primary-first", attrs),
            &[],
            &["partner", "list"],
        )
        .code(0);
        let r = at(
            &env,
            &both("primary-first", attrs),
            &[],
            &["partner", "create", "Nope", "--email", "n@n.example"],
        );
        r.code(1);
        assert!(r.stderr.contains("read-only"), "{attrs}: {}", r.stderr);
        assert!(
            r.stderr.contains("target_session_attrs=read-write"),
            "{}",
            r.stderr
        );
    }
    // prefer-standby with no standby takes what there is; standby alone with none fails.
    let primary_only = format!(
        "postgres://postgres@127.0.0.1:{}/{db}?sslmode=disable&target_session_attrs=prefer-standby",
        c.port
    );
    at(
        &env,
        &primary_only,
        &[],
        &["partner", "create", "Pref", "--email", "p@p.example"],
    )
    .code(0);
    let r = at(
        &env,
        &primary_only.replace("prefer-standby", "standby"),
        &[],
        &["partner", "list"],
    );
    r.code(1);
    assert!(r.stderr.contains("is a primary"), "{}", r.stderr);
    assert!(r.stderr.contains("target_session_attrs"), "{}", r.stderr);
    // A host that is down is skipped for the next one.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!(
        "postgres://postgres@127.0.0.1:{closed},127.0.0.1:{}/{db}?sslmode=disable",
        c.port
    );
    at(&env, &url, &[], &["partner", "list"]).code(0);
    assert_eq!(
        env.count("SELECT count(*) FROM partner WHERE name = 'Nope'"),
        0
    );
}

#[test]
fn a_standby_serves_every_read_and_refuses_writes_with_nothing_written() {
    let env = Env::new();
    env.seed();
    let standby = pg::standby();
    let db = db(&env);
    standby.catch_up(&db);
    let url = standby.url(&db);
    let backup = env.path("standby-backup.db");
    let copy = env.path("standby-copy.db");
    for args in [
        vec!["partner", "list"],
        vec!["customer", "list"],
        vec!["-o", "json", "customer", "show", "Acme"],
        vec!["log"],
        vec!["export"],
        vec!["db", "check"],
        vec!["db", "migrate"],
        vec!["db", "backup", backup.to_str().unwrap()],
        vec!["db", "copy", copy.to_str().unwrap()],
    ] {
        let r = at(&env, &url, &[], &args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    }
    let before = env.count("SELECT count(*) FROM audit");
    let r = at(
        &env,
        &url,
        &[],
        &[
            "customer",
            "create",
            "Z",
            "--direct",
            "--email",
            "z@z.example",
        ],
    );
    r.code(1);
    assert!(r.stderr.contains("read-only"), "{}", r.stderr);
    assert!(r.stderr.contains("standby"), "{}", r.stderr);
    assert!(
        r.stderr.contains("target_session_attrs=read-write"),
        "{}",
        r.stderr
    );
    assert_eq!(
        env.count("SELECT count(*) FROM audit"),
        before,
        "nothing written"
    );
}

#[test]
fn a_read_only_role_reads_and_is_told_its_session_is_read_only() {
    let env = Env::new();
    env.seed();
    let db = db(&env);
    let role = format!("{db}_ro");
    let mut c = env.pg_client();
    c.batch_execute(&format!(
        "CREATE ROLE {role} LOGIN SUPERUSER; ALTER ROLE {role} SET default_transaction_read_only = on"
    ))
    .unwrap();
    let url = pg::cluster().url_as(&role, &db);
    at(&env, &url, &[], &["customer", "list"]).code(0);
    at(&env, &url, &[], &["db", "migrate"]).code(0);
    let r = at(
        &env,
        &url,
        &[],
        &["partner", "create", "RO", "--email", "r@r.example"],
    );
    r.code(1);
    assert!(r.stderr.contains("read-only"), "{}", r.stderr);
    assert!(!r.stderr.contains("standby"), "{}", r.stderr);
    assert_eq!(
        env.count("SELECT count(*) FROM partner WHERE name = 'RO'"),
        0
    );
    c.batch_execute(&format!("DROP ROLE {role}")).unwrap();
}

/// `procs` processes each creating `per` customers at `url`; their exit codes and the time.
fn writers(env: &Env, url: &str, procs: usize, per: usize) -> (Vec<i32>, Duration) {
    let script = format!(
        "for i in $(seq 1 {per}); do portalctl -q customer create \"c-$P-$i\" --direct --email ops@example.com >/dev/null || exit $?; done"
    );
    let start = Instant::now();
    let children: Vec<_> = (0..procs)
        .map(|p| {
            env.shell("sh")
                .arg("-c")
                .arg(&script)
                .env("P", p.to_string())
                .env("PORTALCTL_DB", url)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let codes = children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().unwrap();
            if !out.status.success() {
                eprintln!("{}", String::from_utf8_lossy(&out.stderr));
            }
            out.status.code().unwrap_or(-1)
        })
        .collect();
    (codes, start.elapsed())
}

#[test]
fn through_pgbouncer_in_transaction_mode_writers_lose_nothing_and_leave_nothing_behind() {
    let Some(pooler) = pg::pooler() else { return };
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let db = db(&env);
    let url = pooler.url(&db);
    let (codes, _) = writers(&env, &url, 16, 5);
    assert!(codes.iter().all(|c| *c == 0), "{codes:?}");
    assert_eq!(
        env.count("SELECT count(*) FROM customer"),
        80,
        "nothing lost"
    );
    // Reads, lists, export, completion-style lookups and a failed write, all pooled.
    for args in [
        vec!["customer", "list"],
        vec!["-o", "json", "customer", "list"],
        vec!["export"],
        vec!["log"],
        vec!["db", "check"],
        vec!["db", "migrate"],
    ] {
        let r = at(&env, &url, &[], &args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    }
    at(
        &env,
        &url,
        &[],
        &[
            "customer",
            "create",
            "c-0-1",
            "--direct",
            "--email",
            "x@x.example",
        ],
    )
    .code(4);
    // The pooled server connections: no prepared statement, no setting changed.
    let mut through = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    for _ in 0..5 {
        let rows = through
            .simple_query(
                "SELECT (SELECT count(*) FROM pg_prepared_statements)::text, current_setting('lock_timeout'), current_setting('client_min_messages')",
            )
            .unwrap();
        let row = rows
            .iter()
            .find_map(|m| match m {
                postgres::SimpleQueryMessage::Row(r) => Some(r),
                _ => None,
            })
            .unwrap();
        assert_eq!(row.get(0), Some("0"), "no prepared statement left");
        assert_eq!(
            row.get(1),
            Some("0"),
            "lock_timeout at the server's default"
        );
        assert_eq!(row.get(2), Some("notice"));
    }
}

#[test]
fn client_certificates_log_in_through_tls() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let c = pg::cluster();
    let ca = c.ca.clone().expect("the test cluster offers TLS");
    let dir = ca.parent().unwrap();
    let db = db(&env);
    let mut client = env.pg_client();
    let _ = client.batch_execute("CREATE ROLE certuser LOGIN SUPERUSER");
    let url = format!(
        "postgres://certuser@localhost:{}/{db}?sslmode=verify-full&sslrootcert={}&sslcert={}&sslkey={}",
        c.port,
        ca.display(),
        dir.join("client.crt").display(),
        dir.join("client.key").display()
    );
    at(
        &env,
        &url,
        &[],
        &["partner", "create", "Cert", "--email", "c@c.example"],
    )
    .code(0);
    assert_eq!(
        env.text("SELECT \"user\" FROM audit ORDER BY id DESC LIMIT 1"),
        "certuser"
    );
    // The same from the environment.
    let bare = format!("postgres://certuser@localhost:{}/{db}", c.port);
    let (crt, key) = (dir.join("client.crt"), dir.join("client.key"));
    let vars = [
        ("PGSSLMODE", "verify-full"),
        ("PGSSLROOTCERT", ca.to_str().unwrap()),
        ("PGSSLCERT", crt.to_str().unwrap()),
        ("PGSSLKEY", key.to_str().unwrap()),
    ];
    at(&env, &bare, &vars, &["partner", "list"]).code(0);
    // Without the certificate the server refuses the login.
    let r = at(&env, &bare, &vars[..2], &["partner", "list"]);
    r.code(1);
    // A CA that did not sign the server's certificate: the mismatch is named.
    let r = at(
        &env,
        &format!(
            "postgres://postgres@localhost:{}/{db}?sslmode=verify-ca&sslrootcert={}",
            c.port,
            dir.join("other-ca.crt").display()
        ),
        &[],
        &["partner", "list"],
    );
    r.code(1);
    assert!(r.stderr.contains("CA mismatch"), "{}", r.stderr);
    // The host name mismatch is named too.
    let r = at(
        &env,
        &format!(
            "postgres://postgres@127.0.0.1:{}/{db}?sslmode=verify-full&sslrootcert={}",
            c.port,
            ca.display()
        ),
        &[],
        &["partner", "list"],
    );
    r.code(1);
    assert!(r.stderr.contains("host name"), "{}", r.stderr);
    // require with the root certificate present verifies it, as verify-ca does.
    let r = at(
        &env,
        &format!(
            "postgres://postgres@127.0.0.1:{}/{db}?sslmode=require&sslrootcert={}",
            c.port,
            dir.join("other-ca.crt").display()
        ),
        &[],
        &["partner", "list"],
    );
    r.code(1);
    // A socket ignores sslmode.
    let r = at(
        &env,
        &format!(
            "postgres://postgres@{}/{db}?sslmode=require&port={}",
            c.root.display().to_string().replace('/', "%2F"),
            c.port
        ),
        &[],
        &["partner", "list"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn a_server_that_never_answers_is_given_up_on_within_connect_timeout() {
    let env = Env::new();
    // Accepts (the kernel does) and never says a word.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port();
    let url = format!("postgres://bob@127.0.0.1:{port}/msp?sslmode=disable&connect_timeout=2");
    let t0 = Instant::now();
    let r = at(&env, &url, &[], &["partner", "list"]);
    r.code(1);
    assert!(t0.elapsed() < Duration::from_secs(10), "{:?}", t0.elapsed());
    assert!(r.stderr.contains("connect_timeout"), "{}", r.stderr);
    // The same with TLS (the handshake is bounded too), and from PGCONNECT_TIMEOUT.
    let t0 = Instant::now();
    at(
        &env,
        &url.replace("sslmode=disable&connect_timeout=2", "sslmode=require"),
        &[("PGCONNECT_TIMEOUT", "2")],
        &["partner", "list"],
    )
    .code(1);
    assert!(t0.elapsed() < Duration::from_secs(10), "{:?}", t0.elapsed());
    // Completion answers nothing, at once.
    let t0 = Instant::now();
    let out = env
        .shell("portalctl")
        .env("PORTALCTL_DB", url.replace("&connect_timeout=2", ""))
        .env("PORTALCTL_COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "3")
        .env("_CLAP_IFS", "\n")
        .args(["--", "portalctl", "customer", "delete", "B"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(t0.elapsed() < Duration::from_secs(10), "{:?}", t0.elapsed());
    drop(silent);
}

#[test]
fn errors_say_what_the_server_said() {
    let env = Env::new();
    env.seed();
    let c = pg::cluster();
    let db = db(&env);
    // Refused: nothing listens.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let r = at(
        &env,
        &format!("postgres://postgres@127.0.0.1:{closed}/{db}?sslmode=disable"),
        &[],
        &["partner", "list"],
    );
    r.code(1);
    assert!(r.stderr.contains("refused"), "{}", r.stderr);
    // A host name that does not resolve.
    let r = at(
        &env,
        &format!(
            "postgres://postgres@no-such-host.invalid:{}/{db}?sslmode=disable",
            c.port
        ),
        &[],
        &["partner", "list"],
    );
    r.code(1);
    assert!(r.stderr.contains("does not resolve"), "{}", r.stderr);
    // A password the server asks for and nobody gave.
    let mut client = env.pg_client();
    let _ = client.batch_execute("CREATE ROLE pw_bob LOGIN PASSWORD 'secret-pw'");
    let r = at(
        &env,
        &pg::cluster().url_as("pw_bob", &db),
        &[],
        &["partner", "list"],
    );
    r.code(1);
    assert!(r.stderr.contains("asks for a password"), "{}", r.stderr);
    // No free connection slot: exit 7, saying so.
    let _ = client.batch_execute("CREATE ROLE no_slot LOGIN CONNECTION LIMIT 0");
    let r = at(
        &env,
        &pg::cluster().url_as("no_slot", &db),
        &[],
        &["partner", "list"],
    );
    r.code(7);
    assert!(r.stderr.contains("no free connection slot"), "{}", r.stderr);
    // busy_timeout_ms beyond what the server takes: a config error.
    let cfg = busy_config(&env, 3_000_000_000);
    env.run(&["--config", &cfg, "partner", "list"]).code(2);
    // A reader held up by another session's lock is told so (exit 7, no "nothing written").
    let cfg = busy_config(&env, 600);
    let mut other = env.pg_client();
    other
        .batch_execute("BEGIN; LOCK TABLE customer IN ACCESS EXCLUSIVE MODE")
        .unwrap();
    let t0 = Instant::now();
    let r = env.run(&["--config", &cfg, "customer", "list"]);
    r.code(7);
    assert!(t0.elapsed() < Duration::from_secs(5));
    assert!(r.stderr.contains("held up by a lock"), "{}", r.stderr);
    assert!(!r.stderr.contains("nothing was written"), "{}", r.stderr);
    // The server's statement_timeout (set by `options`, passed on as written) is named, exit 1;
    // application_name arrives decoded.
    let cfg = busy_config(&env, 20_000);
    let url = format!(
        "postgres://postgres@127.0.0.1:{}/{db}?sslmode=disable&options=-c%20statement_timeout%3D700&application_name=nightly%20job",
        c.port
    );
    let child = env
        .std_command()
        .env("PORTALCTL_DB", &url)
        .args(["--config", &cfg, "customer", "list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut seen = false;
    for _ in 0..40 {
        let n: i64 = other_client(&env)
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'nightly job'",
                &[],
            )
            .unwrap()
            .get(0);
        if n > 0 {
            seen = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let out = child.wait_with_output().unwrap();
    other.batch_execute("ROLLBACK").unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("statement_timeout"), "{err}");
    assert!(seen, "application_name arrived as `nightly job`");
    let _ = client.batch_execute("DROP ROLE pw_bob; DROP ROLE no_slot");
}

fn other_client(env: &Env) -> postgres::Client {
    env.pg_client()
}

#[test]
fn the_environment_fills_in_the_url_as_for_psql() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let c = pg::cluster();
    let port = c.port.to_string();
    let db = db(&env);
    let vars = [
        ("PGHOST", "127.0.0.1"),
        ("PGPORT", port.as_str()),
        ("PGUSER", "postgres"),
        ("PGDATABASE", db.as_str()),
        ("PGSSLMODE", "disable"),
        ("PGAPPNAME", "from-env"),
    ];
    at(
        &env,
        "postgres://",
        &vars,
        &["partner", "create", "Env", "--email", "e@e.example"],
    )
    .code(0);
    at(
        &env,
        &format!("postgres:///{db}"),
        &vars[..3],
        &["partner", "show", "Env"],
    )
    .code(0);
    // verify-full from PGSSLMODE is not ignored: there is no root certificate here.
    let r = at(
        &env,
        &format!("postgres://postgres@localhost:{port}/{db}"),
        &[("PGSSLMODE", "verify-full")],
        &["partner", "list"],
    );
    r.code(1);
    assert!(r.stderr.contains("root certificate"), "{}", r.stderr);
}

#[test]
fn a_slow_reader_gets_every_row_whatever_the_idle_in_transaction_timeout() {
    use std::io::Read;
    let env = Env::new();
    let db = db(&env);
    let mut tree = String::from("[[customer]]\nname = \"C0\"\nemail = \"c@c.example\"\n");
    for i in 1..2500 {
        let _ = write!(
            tree,
            "\n[[customer]]\nname = \"C{i}\"\nemail = \"c{i}@c.example\"\n"
        );
    }
    let file = env.path("many.toml");
    std::fs::write(&file, tree).unwrap();
    env.ok(&["apply", "-f", file.to_str().unwrap()]);
    env.pg_client()
        .batch_execute(&format!(
            "ALTER DATABASE {db} SET idle_in_transaction_session_timeout = '300ms'"
        ))
        .unwrap();
    for args in [vec!["-o", "json", "customer", "list"], vec!["export"]] {
        let mut child = env
            .std_command()
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 1024];
        let _ = stdout.read(&mut first).unwrap();
        std::thread::sleep(Duration::from_millis(1200));
        let mut rest = Vec::new();
        stdout.read_to_end(&mut rest).unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = [first.as_slice(), rest.as_slice()].concat();
        let text = String::from_utf8_lossy(&text);
        assert!(text.contains("C2499"), "{args:?}: every row arrived");
    }
}

#[test]
fn prefixed_groups_keep_two_stores_apart_and_every_group_backs_up() {
    let a = Env::new();
    let b = Env::new();
    let c = pg::cluster();
    let mut roles = Vec::new();
    for env in [&a, &b] {
        env.seed();
        let db = db(env);
        let r = env.run(&["db", "grants", "--prefix", &db]);
        r.code(0);
        assert!(r.stderr.contains("CREATEROLE"), "{}", r.stderr);
        env.psql(&r.stdout);
        let mut client = env.pg_client();
        for g in ["reader", "operator", "admin"] {
            client
                .batch_execute(&format!(
                    "CREATE ROLE {db}_l{g} LOGIN; GRANT {db}_{g} TO {db}_l{g}"
                ))
                .unwrap();
        }
        roles.push(db);
    }
    let (da, dbb) = (&roles[0], &roles[1]);
    // Every group reads the whole store: export, backup, copy to a file.
    for g in ["reader", "operator", "admin"] {
        let url = c.url_as(&format!("{da}_l{g}"), da);
        at(&a, &url, &[], &["export"]).code(0);
        let file = a.path(&format!("{g}.db"));
        let r = at(&a, &url, &[], &["db", "backup", file.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{g}: {}", r.stderr);
        let copy = a.path(&format!("{g}-copy.db"));
        let r = at(&a, &url, &[], &["db", "copy", copy.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{g}: {}", r.stderr);
        at(&a, &url, &[], &["db", "migrate"]).code(0);
    }
    // An operator of store A has no rights on store B.
    let r = at(
        &b,
        &c.url_as(&format!("{da}_loperator"), dbb),
        &[],
        &["partner", "create", "X", "--email", "x@x.example"],
    );
    r.code(6);
    assert!(r.stderr.contains(&format!("{dbb}_")), "{}", r.stderr);
    assert!(!r.stderr.contains(&format!("{da}_")), "{}", r.stderr);
    // The hint names the group that grants what is missing, never one the role holds.
    let r = at(
        &a,
        &c.url_as(&format!("{da}_loperator"), da),
        &[],
        &["customer", "delete", "Acme", "--yes"],
    );
    r.code(6);
    assert!(r.stderr.contains(&format!("{da}_admin")), "{}", r.stderr);
    assert!(
        !r.stderr.contains(&format!("{da}_operator")),
        "{}",
        r.stderr
    );
    // An owner without CREATEROLE: psql stops at the first error.
    let mut client = a.pg_client();
    let owner = format!("{da}_owner");
    client
        .batch_execute(&format!(
            "CREATE ROLE {owner} LOGIN; ALTER DATABASE {da} OWNER TO {owner}"
        ))
        .unwrap();
    let sql = a.ok(&["db", "grants", "--prefix", &format!("{da}x")]);
    // Plain psql, without the -v ON_ERROR_STOP=1 of the test helper: the SQL sets it itself.
    let out = pg::psql_stdin(
        std::process::Command::new(c.bin.join("psql"))
            .args(["-X", "-q", "-h", "127.0.0.1", "-p", &c.port.to_string()])
            .args(["-U", &owner, "-d", da]),
        &sql,
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.matches("ERROR").count(), 1, "{err}");
    assert_eq!(
        a.count(&format!(
            "SELECT count(*) FROM pg_roles WHERE rolname LIKE '{da}x_%'"
        )),
        0
    );
}

/// A tree of two partners with `customers` customers each (a site, a probe and a contact
/// each), the store's groups, an operator role, and a trigger that counts the insert
/// statements per table (in `tally.statements`).
fn bulk_fixture(env: &Env, db: &str, customers: i64) -> (std::path::PathBuf, String) {
    let mut tree = String::new();
    for p in 0..2 {
        let _ = write!(
            tree,
            "[[partner]]\nname = \"P{p}\"\nemail = \"p{p}@p.example\"\n\n"
        );
        for c in 0..customers {
            let _ = write!(
                tree,
                "[[partner.customer]]\nname = \"C{p}-{c}\"\nemail = \"c@c.example\"\n\n[[partner.customer.site]]\nname = \"S{p}-{c}\"\n\n[[partner.customer.site.probe]]\nname = \"probe-{p}-{c}\"\n\n[[partner.customer.contact]]\nemail = \"k{p}-{c}@c.example\"\n\n"
            );
        }
    }
    let file = env.path("bulk.toml");
    std::fs::write(&file, tree).unwrap();
    // An operator of the store's groups, as a team runs it (not the owner).
    env.ok(&["db", "migrate"]);
    {
        let _one = pg::grants_lock();
        env.psql(&env.ok(&["db", "grants"]));
    }
    let role = format!("{db}_bulk");
    let mut owner = env.pg_client();
    owner
        .batch_execute(&format!(
            "CREATE ROLE {role} LOGIN; GRANT portalctl_operator TO {role};
             CREATE SCHEMA tally;
             CREATE TABLE tally.statements (tbl text NOT NULL);
             CREATE FUNCTION tally.count() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
                 SET search_path = pg_catalog AS $$
             BEGIN INSERT INTO tally.statements VALUES (TG_TABLE_NAME); RETURN NULL; END $$;"
        ))
        .unwrap();
    for table in ["partner", "customer", "site", "probe", "contact", "audit"] {
        owner
            .batch_execute(&format!(
                "CREATE TRIGGER tally AFTER INSERT ON {table} FOR EACH STATEMENT EXECUTE FUNCTION tally.count()"
            ))
            .unwrap();
    }
    (file, role)
}

/// Every action and (a sample of) the secrets of an apply's JSON report name the row the
/// database gave that id.
fn report_names_the_ids_given(env: &Env, r: &Run, n: i64) {
    let report = r.json();
    for a in report["actions"].as_array().unwrap() {
        let id = a["id"].as_i64().unwrap();
        let path = a["name"].as_str().unwrap();
        let last = path.rsplit(" / ").next().unwrap();
        let kind = a["kind"].as_str().unwrap();
        let name = if kind == "contact" { "email" } else { "name" };
        assert_eq!(
            env.text(&format!("SELECT {name} FROM {kind} WHERE id = {id}")),
            last,
            "{a}"
        );
    }
    let secrets = report["secrets"].as_array().unwrap();
    assert_eq!(secrets.len(), usize::try_from(n).unwrap());
    for s in secrets.iter().step_by(37) {
        let id = s["id"].as_i64().unwrap();
        let path = s["name"].as_str().unwrap();
        assert_eq!(
            env.text(&format!("SELECT name FROM probe WHERE id = {id}")),
            path.rsplit(" / ").next().unwrap()
        );
    }
}

/// Every table holds the rows of the tree (`n` customers), inserted by statements of many
/// rows each, each row with exactly one audit row about it.
fn rows_in_bulk_with_their_audit(env: &Env, n: i64) {
    for (table, rows) in [
        ("partner", 2),
        ("customer", n),
        ("site", n),
        ("probe", n),
        ("contact", n),
    ] {
        assert_eq!(
            env.count(&format!("SELECT count(*) FROM {table}")),
            rows,
            "{table}"
        );
        // The bulk path was taken: a statement for many rows, not one per row.
        let statements = env.count(&format!(
            "SELECT count(*) FROM tally.statements WHERE tbl = '{table}'"
        ));
        assert!(
            statements <= (rows + 99) / 100 + 2,
            "{table}: {statements} insert statements for {rows} rows"
        );
        // Every row has exactly one audit row about it, with its id and name.
        let name = if table == "contact" { "email" } else { "name" };
        assert_eq!(
            env.count(&format!(
                "SELECT count(*) FROM {table} t JOIN audit a ON a.entity = '{table}'
                 AND a.entity_id = t.id AND a.entity_name = t.{name} AND a.action = 'create'"
            )),
            rows,
            "{table}: audit rows"
        );
    }
}

#[test]
fn a_bulk_apply_sends_100_rows_to_a_statement_for_any_writer_and_the_database_gives_every_id() {
    let env = Env::new();
    let db = db(&env);
    let customers = 150;
    let (file, role) = bulk_fixture(&env, &db, customers);
    let url = pg::cluster().url_as(&role, &db);
    // A dry run checks everything and writes nothing.
    at(
        &env,
        &url,
        &[],
        &["apply", "-f", file.to_str().unwrap(), "--dry-run"],
    )
    .code(0);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 0);
    let r = at(
        &env,
        &url,
        &[],
        &["-o", "json", "apply", "-f", file.to_str().unwrap()],
    );
    r.code(0);
    let n = 2 * customers;
    rows_in_bulk_with_their_audit(&env, n);
    let audit_rows = env.count("SELECT count(*) FROM audit");
    assert_eq!(audit_rows, 2 + 4 * n + 1, "one per entity, and the apply's");
    assert!(
        env.count("SELECT count(*) FROM tally.statements WHERE tbl = 'audit'")
            <= (audit_rows + 99) / 100 + 12,
        "audit rows in batches"
    );
    // The database stamped them, with the partner each is about.
    assert_eq!(
        env.count(&format!(
            "SELECT count(*) FROM audit WHERE \"user\" IS DISTINCT FROM '{role}'"
        )),
        0
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM audit a JOIN probe p ON a.entity = 'probe' AND a.entity_id = p.id
             JOIN site s ON s.id = p.site_id JOIN customer c ON c.id = s.customer_id
             WHERE a.partner_id IS DISTINCT FROM c.partner_id"
        ),
        0
    );
    // Children under their own parents, all four levels.
    assert_eq!(
        env.count(
            "SELECT count(*) FROM probe p JOIN site s ON s.id = p.site_id
             JOIN customer c ON c.id = s.customer_id JOIN partner t ON t.id = c.partner_id
             JOIN contact k ON k.customer_id = c.id
             WHERE p.name = 'probe-' || substr(c.name, 2) AND s.name = 'S' || substr(c.name, 2)
               AND k.email = 'k' || substr(c.name, 2) || '@c.example'
               AND c.name LIKE 'C' || substr(t.name, 2) || '-%'"
        ),
        n
    );
    // Ids dense and in the file's order (the dry run's went with its rollback, as a
    // sequence's do); the report names the ids the database gave.
    let first = env.count("SELECT min(id) FROM customer");
    assert_eq!(env.count("SELECT max(id) FROM customer"), first + n - 1);
    assert_eq!(
        env.text(&format!("SELECT name FROM customer WHERE id = {first}")),
        "C0-0"
    );
    assert_eq!(
        env.text(&format!(
            "SELECT name FROM customer WHERE id = {}",
            first + n - 1
        )),
        format!("C1-{}", customers - 1)
    );
    report_names_the_ids_given(&env, &r, n);
    // The next create takes the next id.
    at(
        &env,
        &url,
        &[],
        &[
            "customer",
            "create",
            "Next",
            "--direct",
            "--email",
            "n@n.example",
        ],
    )
    .code(0);
    assert_eq!(
        env.count("SELECT id FROM customer WHERE name = 'Next'"),
        first + n
    );
}
