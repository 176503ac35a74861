//! A throwaway PostgreSQL cluster for the server test binaries: `initdb` into a temporary
//! directory, the server on a free loopback port (as the `postgres` user when the tests run as
//! root, since PostgreSQL refuses root), one fresh database per test, and a watchdog that
//! stops the server and removes the directory when the test process ends.
//!
//! Without PostgreSQL on the machine the binary says how many server tests it skips and how
//! to get them, and exits 0; with `PORTALCTL_REQUIRE_POSTGRES=1` (CI) it fails instead.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct Cluster {
    pub port: u16,
    /// The CA that signed the server's certificate (for `localhost`), when `openssl` was
    /// there to make one: the server then offers TLS.
    pub ca: Option<PathBuf>,
    /// The directory of the server binaries (`psql`, `pg_ctl`).
    pub bin: PathBuf,
    pub root: PathBuf,
}

static CLUSTER: OnceLock<Option<Cluster>> = OnceLock::new();
static NEXT_DB: AtomicUsize = AtomicUsize::new(0);

fn is_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// The newest installed server's binaries: `PG_BIN`, else Debian's layout, else `PATH`.
fn find_bin() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PG_BIN") {
        let p = PathBuf::from(p);
        return (p.join("initdb").exists() && p.join("pg_ctl").exists()).then_some(p);
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path().join("bin"))
        .filter(|b| b.join("initdb").exists() && b.join("postgres").exists())
        .collect();
    versions.sort();
    versions.pop()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// Runs a server binary, as `postgres` when we are root.
fn server_cmd(bin: &Path, tool: &str) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(bin.join(tool));
        c
    } else {
        Command::new(bin.join(tool))
    }
}

fn start() -> Option<Cluster> {
    let bin = find_bin()?;
    let root = std::env::temp_dir().join(format!("portalctl-pg-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).expect("cluster dir");
    if is_root() {
        let ok = Command::new("chown")
            .args(["postgres:postgres"])
            .arg(&root)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "chown the cluster directory to postgres");
    }
    let data = root.join("data");
    let init = server_cmd(&bin, "initdb")
        .arg("-D")
        .arg(&data)
        .args([
            "-A",
            "trust",
            "-U",
            "postgres",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("run initdb");
    assert!(
        init.status.success(),
        "initdb failed: {}",
        String::from_utf8_lossy(&init.stderr)
    );
    let ca = make_certificates(&root, &data);
    // Passwords are checked for the roles the password tests make; everyone else is trusted.
    std::fs::write(
        data.join("pg_hba.conf"),
        "local all all trust\nhost all pw_alice 127.0.0.1/32 scram-sha-256\nhost all pw_bob 127.0.0.1/32 scram-sha-256\nhostssl all certuser 127.0.0.1/32 cert\nhost all certuser 127.0.0.1/32 reject\nhost all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n",
    )
    .expect("pg_hba.conf");
    let port = free_port();
    let opts = format!(
        "-c listen_addresses=127.0.0.1 -p {port} -k {} -c fsync=off -c max_connections=200 -c shared_buffers=64MB{}",
        root.display(),
        if ca.is_some() {
            " -c ssl=on -c ssl_ca_file=ca.crt"
        } else {
            ""
        }
    );
    let started = server_cmd(&bin, "pg_ctl")
        .arg("-D")
        .arg(&data)
        .args(["-o", &opts, "-l"])
        .arg(root.join("log"))
        .args(["-w", "start"])
        .stdout(Stdio::null())
        .status()
        .expect("run pg_ctl");
    assert!(
        started.success(),
        "pg_ctl start failed; see {}",
        root.join("log").display()
    );
    // The watchdog: when this test process is gone, stop the servers (the standby's and the
    // pooler's too, when a test started them) and clean up.
    let watchdog = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 0.5; done; [ -f '{root}/pgbouncer.pid' ] && kill $(cat '{root}/pgbouncer.pid'); {stop} -D '{root}/standby' -m immediate stop >/dev/null 2>&1; {stop} -D '{data}' -m immediate stop >/dev/null 2>&1; rm -rf '{root}'",
        pid = std::process::id(),
        stop = if is_root() {
            format!("runuser -u postgres -- '{}'", bin.join("pg_ctl").display())
        } else {
            format!("'{}'", bin.join("pg_ctl").display())
        },
        data = data.display(),
        root = root.display(),
    );
    // It outlives this process on purpose (that is its job), so it is never waited for.
    #[allow(clippy::zombie_processes)]
    let _watchdog = Command::new("setsid")
        .args(["sh", "-c", &watchdog])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the watchdog");
    Some(Cluster {
        port,
        ca,
        bin,
        root,
    })
}

/// A throwaway CA and a server certificate for `localhost`, in the data directory; `None`
/// without the `openssl` command.
fn make_certificates(root: &Path, data: &Path) -> Option<PathBuf> {
    // One openssl command: its words, then a last argument that may hold spaces.
    let run = |words: &str, last: &[&str]| {
        Command::new("openssl")
            .args(words.split_whitespace())
            .args(last)
            .current_dir(root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    let new_key = "req -newkey rsa:2048 -nodes";
    let sign = "x509 -req -CA ca.crt -CAkey ca.key -CAcreateserial -days 2";
    let ok = run(
        &format!("{new_key} -x509 -keyout ca.key -out ca.crt -days 2 -subj"),
        &["/CN=portalctl test CA"],
    ) && run(
        &format!("{new_key} -keyout server.key -out server.csr -subj"),
        &["/CN=localhost"],
    ) && std::fs::write(root.join("ext"), "subjectAltName=DNS:localhost\n").is_ok()
        && run(
            &format!("{sign} -in server.csr -out server.crt -extfile ext"),
            &[],
        );
    if !ok {
        return None;
    }
    // A client certificate for the role `certuser`, signed by the same CA (an X.509 v3 one,
    // as TLS libraries expect), and a second CA that signed nothing of this server's (for the
    // CA-mismatch case).
    let client = std::fs::write(
        root.join("client-ext"),
        "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n",
    )
    .is_ok()
        && run(
            &format!("{new_key} -keyout client.key -out client.csr -subj"),
            &["/CN=certuser"],
        )
        && run(
            &format!("{sign} -in client.csr -out client.crt -extfile client-ext"),
            &[],
        )
        && run(
            &format!("{new_key} -x509 -keyout other-ca.key -out other-ca.crt -days 2 -subj"),
            &["/CN=another CA"],
        );
    if !client {
        return None;
    }
    std::fs::set_permissions(
        root.join("client.key"),
        std::fs::Permissions::from_mode(0o600),
    )
    .ok()?;
    std::fs::copy(root.join("ca.crt"), data.join("ca.crt")).ok()?;
    if is_root() {
        Command::new("chown")
            .arg("postgres")
            .arg(data.join("ca.crt"))
            .status()
            .ok()?;
    }
    for f in ["server.crt", "server.key"] {
        std::fs::copy(root.join(f), data.join(f)).ok()?;
        if is_root() {
            Command::new("chown")
                .arg("postgres")
                .arg(data.join(f))
                .status()
                .ok()?;
        }
    }
    std::fs::set_permissions(
        data.join("server.key"),
        std::fs::Permissions::from_mode(0o600),
    )
    .ok()?;
    Some(root.join("ca.crt"))
}

/// How many tests this binary holds (`--list`), for the message when they cannot run.
fn test_count() -> usize {
    std::env::current_exe()
        .ok()
        .and_then(|exe| {
            Command::new(exe)
                .args(["--list", "--format", "terse"])
                .output()
                .ok()
        })
        .map_or(0, |o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .filter(|l| l.ends_with(": test"))
                .count()
        })
}

/// The cluster, started on first use. Without PostgreSQL: the message, and the process ends
/// (exit 0, or 1 when `PORTALCTL_REQUIRE_POSTGRES=1`).
/// Group roles belong to the whole cluster: a test that runs `db grants` (which creates the
/// groups and grants to them) holds this lock while it does, so that no two do at once.
pub fn grants_lock() -> std::sync::MutexGuard<'static, ()> {
    static GRANTS: std::sync::Mutex<()> = std::sync::Mutex::new(());
    GRANTS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

pub fn cluster() -> &'static Cluster {
    let c = CLUSTER.get_or_init(start);
    if let Some(c) = c {
        return c;
    }
    let n = test_count();
    let required = std::env::var_os("PORTALCTL_REQUIRE_POSTGRES").is_some_and(|v| v == "1");
    // Straight to the process's stderr: the test harness would swallow `eprintln!`.
    let _ = std::io::Write::write_all(
        &mut std::io::stderr(),
        format!(
            "\n{} {n} PostgreSQL server tests: no PostgreSQL server binaries were found (initdb, pg_ctl under /usr/lib/postgresql/*/bin or PG_BIN).\n\
             To run them, install the server (Debian: apt-get install postgresql) and run the tests again.\n",
            if required { "CANNOT RUN" } else { "SKIPPED" }
        )
        .as_bytes(),
    );
    std::process::exit(i32::from(required));
}

impl Cluster {
    /// A URL as the superuser, for `db`.
    pub fn url(&self, db: &str) -> String {
        format!(
            "postgres://postgres@127.0.0.1:{}/{db}?sslmode=disable",
            self.port
        )
    }

    /// A URL as `user` (no password in it).
    pub fn url_as(&self, user: &str, db: &str) -> String {
        format!(
            "postgres://{user}@127.0.0.1:{}/{db}?sslmode=disable",
            self.port
        )
    }

    pub fn client(&self, db: &str) -> postgres::Client {
        postgres::Client::connect(&self.url(db), postgres::NoTls)
            .expect("connect to the test cluster")
    }

    /// A new, empty database for one test.
    pub fn create_db(&self) -> String {
        let name = format!(
            "t{}_{}",
            std::process::id(),
            NEXT_DB.fetch_add(1, Ordering::SeqCst)
        );
        let mut c = self.client("postgres");
        c.batch_execute(&format!("CREATE DATABASE {name} TEMPLATE template0"))
            .expect("create a test database");
        name
    }

    /// `psql` with `args`, as the superuser unless the args say otherwise.
    pub fn psql(&self) -> Command {
        let mut c = Command::new(self.bin.join("psql"));
        c.args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p"])
            .arg(self.port.to_string());
        c
    }
}

/// Runs `cmd` (psql) with `sql` on its standard input, as `db grants | psql` does.
pub fn psql_stdin(cmd: &mut Command, sql: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run psql");
    child
        .stdin
        .take()
        .expect("psql's stdin")
        .write_all(sql.as_bytes())
        .expect("write to psql");
    child.wait_with_output().expect("wait for psql")
}

/// A streaming standby of the cluster (`pg_basebackup -R`), started on first use and shared.
pub struct Standby {
    pub port: u16,
}

static STANDBY: OnceLock<Standby> = OnceLock::new();

/// The standby, started on first use.
pub fn standby() -> &'static Standby {
    STANDBY.get_or_init(|| {
        let c = cluster();
        let dir = c.root.join("standby");
        let copied = server_cmd(&c.bin, "pg_basebackup")
            .args(["-h", "127.0.0.1", "-p", &c.port.to_string(), "-U", "postgres"])
            .arg("-D")
            .arg(&dir)
            // A fast checkpoint: the default waits for the next spread one (minutes).
            .args(["-R", "-X", "stream", "--no-sync", "-c", "fast"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .expect("run pg_basebackup");
        assert!(
            copied.status.success(),
            "pg_basebackup failed: {}",
            String::from_utf8_lossy(&copied.stderr)
        );
        let port = free_port();
        let opts = format!(
            "-c listen_addresses=127.0.0.1 -p {port} -k {} -c fsync=off -c max_connections=200 -c shared_buffers=32MB -c hot_standby=on",
            c.root.display()
        );
        let started = server_cmd(&c.bin, "pg_ctl")
            .arg("-D")
            .arg(&dir)
            .args(["-o", &opts, "-l"])
            .arg(c.root.join("standby.log"))
            .args(["-w", "start"])
            .stdout(Stdio::null())
            .status()
            .expect("run pg_ctl");
        assert!(started.success(), "the standby did not start");
        Standby { port }
    })
}

impl Standby {
    pub fn url(&self, db: &str) -> String {
        format!(
            "postgres://postgres@127.0.0.1:{}/{db}?sslmode=disable",
            self.port
        )
    }

    /// Waits until the standby has replayed everything the primary has written so far.
    pub fn catch_up(&self, db: &str) {
        let mut primary = cluster().client("postgres");
        let lsn: String = primary
            .query_one("SELECT pg_current_wal_lsn()::text", &[])
            .unwrap()
            .get(0);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            if let Ok(mut s) = postgres::Client::connect(&self.url(db), postgres::NoTls) {
                let done: bool = s
                    .query_one(
                        "SELECT pg_last_wal_replay_lsn() >= $1::text::pg_lsn",
                        &[&lsn],
                    )
                    .is_ok_and(|r| r.get(0));
                if done {
                    return;
                }
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the standby did not catch up"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}

/// `PgBouncer` in transaction pooling mode in front of the cluster, started on first use and
/// shared; `None` (the tests say they skip) without the `pgbouncer` command, unless
/// `PORTALCTL_REQUIRE_POSTGRES=1`.
pub struct Pooler {
    pub port: u16,
}

static POOLER: OnceLock<Option<Pooler>> = OnceLock::new();

fn find_pgbouncer() -> Option<PathBuf> {
    let candidates = [
        PathBuf::from("/usr/sbin/pgbouncer"),
        PathBuf::from("/usr/bin/pgbouncer"),
    ];
    candidates.into_iter().find(|p| p.exists()).or_else(|| {
        std::env::var_os("PATH").and_then(|path| {
            std::env::split_paths(&path)
                .map(|d| d.join("pgbouncer"))
                .find(|p| p.exists())
        })
    })
}

pub fn pooler() -> Option<&'static Pooler> {
    POOLER
        .get_or_init(|| {
            let c = cluster();
            let Some(bin) = find_pgbouncer() else {
                assert!(
                    std::env::var_os("PORTALCTL_REQUIRE_POSTGRES").is_none_or(|v| v != "1"),
                    "CI needs PgBouncer (Debian package pgbouncer)"
                );
                let _ = std::io::Write::write_all(
                    &mut std::io::stderr(),
                    b"\nSKIPPED the PgBouncer cases: no pgbouncer command (Debian: apt-get install pgbouncer)\n",
                );
                return None;
            };
            let port = free_port();
            let dir = c.root.join("pgbouncer");
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("users.txt"), "\"postgres\" \"\"\n").unwrap();
            std::fs::write(
                dir.join("pgbouncer.ini"),
                format!(
                    "[databases]\n* = host=127.0.0.1 port={primary}\n\n[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\nauth_type = trust\nauth_file = {dir}/users.txt\npool_mode = transaction\nmax_client_conn = 400\ndefault_pool_size = 20\nlogfile = {dir}/pgbouncer.log\npidfile = {root}/pgbouncer.pid\n",
                    primary = c.port,
                    dir = dir.display(),
                    root = c.root.display(),
                ),
            )
            .unwrap();
            if is_root() {
                Command::new("chown")
                    .args(["-R", "postgres"])
                    .arg(&dir)
                    .status()
                    .unwrap();
            }
            let mut cmd = if is_root() {
                let mut c = Command::new("runuser");
                c.args(["-u", "postgres", "--"]).arg(&bin);
                c
            } else {
                Command::new(&bin)
            };
            let started = cmd
                .arg("-d")
                .arg(dir.join("pgbouncer.ini"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("run pgbouncer");
            assert!(started.success(), "pgbouncer did not start");
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
            while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
                assert!(std::time::Instant::now() < deadline, "pgbouncer did not listen");
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Some(Pooler { port })
        })
        .as_ref()
}

impl Pooler {
    pub fn url(&self, db: &str) -> String {
        format!(
            "postgres://postgres@127.0.0.1:{}/{db}?sslmode=disable",
            self.port
        )
    }
}
