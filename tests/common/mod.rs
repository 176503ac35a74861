//! The hermetic test environment shared by the test binaries: a private home, config
//! directory and store per test, and helpers to run the built binary on it.
#![allow(dead_code)]

use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub mod pg;
pub mod tree;

pub use tree::Tree;

/// Which backend a test binary runs its cases on (each crate root sets `BACKEND`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A private home, config directory and store for one test. On PostgreSQL `db` holds the
/// store's URL (a fresh database of the test cluster).
pub struct Env {
    pub dir: TempDir,
    pub db: PathBuf,
    /// The test's database, on PostgreSQL.
    pub pg_db: Option<String>,
    /// The clock every run sees, when a test fixed it (`set_now`).
    now: std::sync::Mutex<Option<String>>,
}

/// What one run printed and how it ended.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    #[track_caller]
    pub fn code(&self, expected: i32) -> &Self {
        assert_eq!(
            self.code, expected,
            "exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// The message of the JSON error envelope on stderr.
    pub fn error_message(&self) -> String {
        let v = self.error_json();
        v["error"]["message"]
            .as_str()
            .unwrap_or_else(|| panic!("no error message in {v}"))
            .to_string()
    }

    /// The JSON error envelope on stderr.
    pub fn error_json(&self) -> Value {
        serde_json::from_str(self.stderr.trim())
            .unwrap_or_else(|e| panic!("stderr is not a JSON envelope ({e}):\n{}", self.stderr))
    }
}

impl Default for Env {
    fn default() -> Self {
        Self::new()
    }
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        if crate::BACKEND == Backend::Postgres {
            let cluster = pg::cluster();
            let name = cluster.create_db();
            return Env {
                dir,
                db: PathBuf::from(cluster.url(&name)),
                pg_db: Some(name),
                now: std::sync::Mutex::new(None),
            };
        }
        // The store's directory exists, as an operator's would: portalctl creates the file
        // on the first write, never a directory named with --db.
        let store_dir = dir.path().join("store");
        std::fs::DirBuilder::new()
            .mode(0o700)
            .create(&store_dir)
            .expect("store dir");
        let db = store_dir.join("portal.db");
        Env {
            dir,
            db,
            pg_db: None,
            now: std::sync::Mutex::new(None),
        }
    }

    /// The identity the audit records as `user`: the OS user on SQLite, the database role
    /// (the test cluster's superuser) on PostgreSQL.
    pub fn user(&self) -> String {
        if self.is_postgres() {
            "postgres".to_string()
        } else {
            os_user()
        }
    }

    #[must_use]
    pub fn is_postgres(&self) -> bool {
        self.pg_db.is_some()
    }

    /// A client of the test's database (PostgreSQL only).
    pub fn pg_client(&self) -> postgres::Client {
        pg::cluster().client(self.pg_db.as_deref().expect("a PostgreSQL test"))
    }

    /// Runs `sql` in the test's database as the superuser through psql, as the store's owner
    /// pipes `db grants` into it (psql's meta-commands, such as its `\\set`, work; it stops at
    /// the first error); panics with what psql said when it fails.
    #[track_caller]
    pub fn psql(&self, sql: &str) {
        let db = self.pg_db.as_deref().expect("a PostgreSQL test");
        let out = pg::psql_stdin(pg::cluster().psql().args(["-U", "postgres", "-d", db]), sql);
        assert!(
            out.status.success(),
            "psql failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Whether no store exists yet (no file, or no portalctl schema in the database).
    pub fn store_missing(&self) -> bool {
        if !self.is_postgres() {
            return !self.db.exists();
        }
        let mut c = self.pg_client();
        let row = c
            .query_one("SELECT to_regclass('portalctl_schema') IS NULL", &[])
            .expect("query");
        row.get(0)
    }

    /// Everything the store holds, as bytes to search for a leaked secret: the file and its
    /// WAL on SQLite, every row of every table as text on PostgreSQL.
    pub fn store_bytes(&self) -> Vec<u8> {
        if !self.is_postgres() {
            let mut raw = file_bytes(&self.db);
            raw.extend(file_bytes(&self.db.with_extension("db-wal")));
            return raw;
        }
        let mut c = self.pg_client();
        let mut out = String::new();
        for t in portalctl::store::tables::TABLES.map(|t| t.name) {
            for row in c
                .query(&format!("SELECT t::text FROM {t} t"), &[])
                .unwrap_or_default()
            {
                out.push_str(&row.get::<_, String>(0));
                out.push('\n');
            }
        }
        out.into_bytes()
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Fixes the clock of every later run at `rfc3339` (`PORTALCTL_TEST_NOW`), so a test lets
    /// time pass by setting it instead of sleeping.
    pub fn set_now(&self, rfc3339: &str) {
        *self.now.lock().unwrap() = Some(rfc3339.to_string());
    }

    /// The binary with a cleared environment: no `PORTALCTL_*`, a private `HOME`, `NO_COLOR`.
    pub fn command(&self) -> Command {
        Command::from_std(self.std_command())
    }

    /// The same environment as `command`, as a `std::process::Command` that can be spawned
    /// without waiting (for concurrency and kill tests).
    pub fn std_command(&self) -> std::process::Command {
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("portalctl"));
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("USER", "tester")
            .env("NO_COLOR", "1")
            .env("PORTALCTL_DB", &self.db);
        if let Some(now) = self.now.lock().unwrap().as_deref() {
            c.env("PORTALCTL_TEST_NOW", now);
        }
        c
    }

    /// `program` (a shell) in the same environment, with the built portalctl first on `PATH`
    /// (scripts, like the committed completion files, call `portalctl` by name).
    pub fn shell(&self, program: &str) -> std::process::Command {
        let portalctl = self.std_command();
        let bin = Path::new(portalctl.get_program());
        let path = format!(
            "{}:{}",
            bin.parent().unwrap_or(Path::new("")).display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let mut c = std::process::Command::new(program);
        c.env_clear()
            .envs(portalctl.get_envs().filter_map(|(k, v)| Some((k, v?))))
            .env("PATH", path);
        c
    }

    /// Makes `std_command`s from another thread (which cannot borrow the `Env`).
    pub fn spawner(&self) -> impl Fn() -> std::process::Command + Send + 'static {
        let template = self.std_command();
        let program = template.get_program().to_owned();
        let envs: Vec<_> = template
            .get_envs()
            .filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned())))
            .collect();
        move || {
            let mut c = std::process::Command::new(&program);
            c.env_clear().envs(envs.iter().map(|(k, v)| (k, v)));
            c
        }
    }

    /// `procs` shell loops, each creating `per` customers (`c-<proc>-<n>`) at once on this
    /// store; their exit codes, and how long they all took.
    pub fn parallel_creates(&self, procs: usize, per: usize) -> (Vec<i32>, std::time::Duration) {
        let script = format!(
            "for i in $(seq 1 {per}); do portalctl -q customer create \"c-$P-$i\" --direct --email ops@example.com >/dev/null || exit $?; done"
        );
        let start = std::time::Instant::now();
        let children: Vec<_> = (0..procs)
            .map(|p| {
                self.shell("sh")
                    .arg("-c")
                    .arg(&script)
                    .env("P", p.to_string())
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("spawn sh")
            })
            .collect();
        let codes = children
            .into_iter()
            .map(|c| {
                let out = c.wait_with_output().expect("wait for sh");
                if !out.status.success() {
                    eprintln!("{}", String::from_utf8_lossy(&out.stderr));
                }
                out.status.code().unwrap_or(-1)
            })
            .collect();
        (codes, start.elapsed())
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, "")
    }

    pub fn run_with(&self, args: &[&str], stdin: &str) -> Run {
        self.command()
            .args(args)
            .write_stdin(stdin)
            .output()
            .expect("run portalctl")
            .into()
    }

    /// Runs and asserts exit 0; returns stdout.
    #[track_caller]
    pub fn ok(&self, args: &[&str]) -> String {
        let r = self.run(args);
        r.code(0);
        r.stdout
    }

    /// Runs with `-o json`, asserts exit 0, returns the parsed stdout.
    #[track_caller]
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        let r = self.run(&all);
        r.code(0);
        r.json()
    }

    /// Everything `reads` print, stdout and stderr, each run in every output format (table,
    /// JSON, CSV) and asserted to exit 0: where a test looks for a secret that must not show.
    #[track_caller]
    pub fn printed_in_every_format(&self, reads: &[Vec<&str>]) -> String {
        let mut seen = String::new();
        for fmt in ["table", "json", "csv"] {
            for args in reads {
                let mut all = vec!["-o", fmt];
                all.extend(args.iter().copied());
                let r = self.run(&all);
                r.code(0);
                seen.push_str(&r.stdout);
                seen.push_str(&r.stderr);
            }
        }
        seen
    }

    /// How many rows a list prints under `-o json` (asserting exit 0).
    #[track_caller]
    pub fn rows(&self, args: &[&str]) -> usize {
        let v = self.json(args);
        v.as_array()
            .unwrap_or_else(|| panic!("not a JSON array: {v}"))
            .len()
    }

    /// One text from the store, read directly.
    pub fn text(&self, sql: &str) -> String {
        if self.is_postgres() {
            let mut c = self.pg_client();
            let row = c.query_one(sql, &[]).expect("query");
            return row.get::<_, String>(0);
        }
        let conn = rusqlite::Connection::open(&self.db).expect("open store");
        conn.query_row(sql, [], |r| r.get(0)).expect("query")
    }

    /// One number from the store, read directly.
    pub fn count(&self, sql: &str) -> i64 {
        if self.is_postgres() {
            let mut c = self.pg_client();
            let row = c.query_one(sql, &[]).expect("query");
            return row.get::<_, i64>(0);
        }
        sqlite_count(&self.db, sql)
    }

    /// The seed's customer, site and probe again, under the existing partner.
    pub fn seed_again(&self) {
        Tree::new()
            .under("Northwind", |p| {
                p.customer("Acme", "it@acme.example", tree::acme)
            })
            .make(self);
    }

    /// The seed, and Northwind's second customer "Beta" (b@beta.example).
    pub fn seed_and_beta(&self) {
        self.seed();
        Tree::new()
            .under("Northwind", |p| p.customer("Beta", "b@beta.example", |c| c))
            .make(self);
    }

    /// A partner "Northwind", its customer "Acme" with site "HQ" and probe "hq-probe-1"
    /// (`Tree::seed`).
    pub fn seed(&self) {
        Tree::seed().make(self);
    }
}

/// The arguments of `customer create NAME --partner PARTNER --email EMAIL`.
pub fn customer_create<'a>(name: &'a str, partner: &'a str, email: &'a str) -> Vec<&'a str> {
    vec![
        "customer",
        "create",
        name,
        "--partner",
        partner,
        "--email",
        email,
    ]
}

/// The arguments of `contact create --customer CUSTOMER --email EMAIL` and `extra` flags.
pub fn contact_create<'a>(customer: &'a str, email: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "contact",
        "create",
        "--customer",
        customer,
        "--email",
        email,
    ];
    args.extend_from_slice(extra);
    args
}

/// The arguments of `invite create --customer CUSTOMER --email EMAIL` and `extra` flags.
pub fn invite_create<'a>(customer: &'a str, email: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["invite", "create", "--customer", customer, "--email", email];
    args.extend_from_slice(extra);
    args
}

impl From<std::process::Output> for Run {
    fn from(out: std::process::Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// A portalctl run in a pseudo-terminal, for prompts.
pub struct Pty {
    pub session: rexpect::session::PtySession,
}

impl Env {
    /// Runs portalctl with `args` in a pseudo-terminal, in this test's environment.
    pub fn pty(&self, args: &[&str]) -> Pty {
        let mut cmd = self.std_command();
        cmd.env("TERM", "xterm").args(args);
        let session = rexpect::session::spawn_command(cmd, Some(15_000)).expect("spawn in a pty");
        Pty { session }
    }
}

impl Pty {
    /// Waits for `text` and returns everything printed up to it.
    #[track_caller]
    pub fn expect(&mut self, text: &str) -> String {
        self.session
            .exp_string(text)
            .unwrap_or_else(|e| panic!("waiting for {text:?}: {e}"))
    }

    pub fn send(&mut self, keys: &str) {
        self.session.send(keys).expect("send keys");
        self.session.flush().expect("flush");
    }

    /// Reads what is left, waits for the exit and returns (output, exit code); a process that
    /// does not end in 15 s is killed and fails the test.
    #[track_caller]
    pub fn finish(mut self) -> (String, i32) {
        let rest = self.session.exp_eof().unwrap_or_default();
        for _ in 0..300 {
            match self.session.process.status() {
                Some(rexpect::process::wait::WaitStatus::Exited(_, code)) => return (rest, code),
                Some(rexpect::process::wait::WaitStatus::Signaled(_, sig, _)) => {
                    panic!("killed by {sig:?}; output: {rest}")
                }
                _ => std::thread::sleep(std::time::Duration::from_millis(50)),
            }
        }
        let _ = self.session.process.exit();
        panic!("portalctl did not exit; output: {rest}");
    }
}

/// The OS user running the tests (what the audit records as `user`, and the default actor).
pub fn os_user() -> String {
    let out = std::process::Command::new("id")
        .arg("-un")
        .output()
        .expect("id -un");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// One number from the SQLite file at `db` (a store or a backup), read directly.
pub fn sqlite_count(db: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).expect("open the SQLite file");
    conn.query_row(sql, [], |r| r.get(0)).expect("query")
}

pub fn file_bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}
