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
        "local all all trust\nhost all pw_alice 127.0.0.1/32 scram-sha-256\nhost all all 127.0.0.1/32 trust\n",
    )
    .expect("pg_hba.conf");
    let port = free_port();
    let opts = format!(
        "-c listen_addresses=127.0.0.1 -p {port} -k {} -c fsync=off -c max_connections=200 -c shared_buffers=64MB{}",
        root.display(),
        if ca.is_some() { " -c ssl=on" } else { "" }
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
    // The watchdog: when this test process is gone, stop the server and clean up.
    let watchdog = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 0.5; done; {stop} -D '{data}' -m immediate stop >/dev/null 2>&1; rm -rf '{root}'",
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
    let run = |args: &[&str]| {
        Command::new("openssl")
            .args(args)
            .current_dir(root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    let ok = run(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.crt",
        "-days",
        "2",
        "-subj",
        "/CN=portalctl test CA",
    ]) && run(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=localhost",
    ]) && std::fs::write(root.join("ext"), "subjectAltName=DNS:localhost\n").is_ok()
        && run(&[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.crt",
            "-days",
            "2",
            "-extfile",
            "ext",
        ]);
    if !ok {
        return None;
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
