use super::*;

fn env_of(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let vars: Vec<(String, String)> = vars
        .iter()
        .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
        .collect();
    move |k| vars.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
}

fn info(raw: &str, vars: &[(&str, &str)]) -> ConnInfo {
    resolve(raw, &env_of(vars), Some(Path::new("/home/u")), "osuser").unwrap()
}

fn tcp(h: &str, port: u16) -> Endpoint {
    Endpoint {
        host: Host::Tcp(h.into()),
        port,
    }
}

#[test]
fn several_hosts_with_their_own_ports_in_order() {
    let c = info(
        "postgres://h1:5432,h2:5433/db?target_session_attrs=read-write",
        &[],
    );
    assert_eq!(c.endpoints, [tcp("h1", 5432), tcp("h2", 5433)]);
    assert_eq!(c.target, TargetSessionAttrs::ReadWrite);
    // One port for all, or the default for a host without one.
    let c = info("postgres://h1,h2:6000/db", &[]);
    assert_eq!(c.endpoints, [tcp("h1", 5432), tcp("h2", 6000)]);
    let c = info("postgres:///db?host=a,b&port=7000", &[]);
    assert_eq!(c.endpoints, [tcp("a", 7000), tcp("b", 7000)]);
    let c = info("postgres://[::1]:6543,[fe80::2]/db", &[]);
    assert_eq!(c.endpoints, [tcp("::1", 6543), tcp("fe80::2", 5432)]);
    assert_eq!(c.endpoints[0].to_string(), "[::1]:6543");
    let e = resolve(
        "postgres:///db?host=a,b,c&port=1,2",
        &env_of(&[]),
        None,
        "u",
    )
    .unwrap_err();
    assert_eq!(e.exit_code(), 2);
    assert!(e.message.contains("3 hosts"), "{}", e.message);
    assert!(resolve("postgres://h:99999/db", &env_of(&[]), None, "u").is_err());
}

#[test]
fn every_target_session_attrs_of_libpq() {
    let primary = ServerState {
        in_recovery: false,
        read_only: false,
    };
    let standby = ServerState {
        in_recovery: true,
        read_only: true,
    };
    let read_only_primary = ServerState {
        in_recovery: false,
        read_only: true,
    };
    let table = [
        ("any", [true, true, true]),
        ("read-write", [true, false, false]),
        ("read-only", [false, true, true]),
        ("primary", [true, false, true]),
        ("standby", [false, true, false]),
        ("prefer-standby", [false, true, false]),
    ];
    for (name, want) in table {
        let t = TargetSessionAttrs::parse(name).unwrap();
        assert_eq!(t.name(), name);
        let got = [primary, standby, read_only_primary].map(|s| t.accepts(s));
        assert_eq!(got, want, "{name}");
    }
    assert_eq!(
        TargetSessionAttrs::parse("master").unwrap_err().exit_code(),
        2
    );
}

#[test]
fn parameters_arrive_exactly_as_written() {
    let c = info(
        "postgres://u@h/db?application_name=nightly%20job&options=-c%20search_path%3Dmsp,public",
        &[],
    );
    assert_eq!(c.application_name, "nightly job");
    assert_eq!(c.options.as_deref(), Some("-c search_path=msp,public"));
    // A plus is a plus, as libpq reads it.
    let c = info("postgres://u@h/db?application_name=a+b", &[]);
    assert_eq!(c.application_name, "a+b");
    let c = info("postgres://al%40ce:p%3Aw@h/my%2Fdb", &[]);
    assert_eq!(c.user, "al@ce");
    assert_eq!(c.password.as_deref(), Some("p:w"));
    assert_eq!(c.dbname, "my/db");
    assert_eq!(
        resolve("postgres://h/db?bogus=1", &env_of(&[]), None, "u")
            .unwrap_err()
            .exit_code(),
        2
    );
}

#[test]
fn the_environment_fills_what_the_url_leaves_out() {
    let vars = [
        ("PGHOST", "envhost"),
        ("PGPORT", "6432"),
        ("PGUSER", "envuser"),
        ("PGDATABASE", "envdb"),
        ("PGPASSWORD", "envpw"),
        ("PGSSLMODE", "verify-full"),
        ("PGSSLROOTCERT", "/ca.crt"),
        ("PGSSLCERT", "/c.crt"),
        ("PGSSLKEY", "/c.key"),
        ("PGCONNECT_TIMEOUT", "7"),
        ("PGAPPNAME", "envapp"),
        ("PGPASSFILE", "/pass"),
    ];
    let c = info("postgres:///", &vars);
    assert_eq!(c.endpoints, [tcp("envhost", 6432)]);
    assert_eq!((c.user.as_str(), c.dbname.as_str()), ("envuser", "envdb"));
    assert_eq!(c.password.as_deref(), Some("envpw"));
    assert_eq!(c.sslmode, SslMode::VerifyFull);
    assert_eq!(c.sslrootcert.as_deref(), Some(Path::new("/ca.crt")));
    assert_eq!(c.sslcert.as_deref(), Some(Path::new("/c.crt")));
    assert_eq!(c.sslkey.as_deref(), Some(Path::new("/c.key")));
    assert_eq!(c.connect_timeout, Duration::from_secs(7));
    assert_eq!(c.application_name, "envapp");
    assert_eq!(c.passfile.as_deref(), Some(Path::new("/pass")));
    // What the URL says wins over the environment.
    let c = info(
        "postgres://u:urlpw@h:1/d?sslmode=disable&connect_timeout=1&application_name=x",
        &vars,
    );
    assert_eq!(c.endpoints, [tcp("h", 1)]);
    assert_eq!((c.user.as_str(), c.dbname.as_str()), ("u", "d"));
    assert_eq!(c.password.as_deref(), Some("urlpw"));
    assert_eq!(c.sslmode, SslMode::Disable);
    assert_eq!(c.connect_timeout, Duration::from_secs(2), "libpq's minimum");
    assert_eq!(c.application_name, "x");
    // The user given: the database defaults to it.
    let c = info("postgres://h", &[("PGUSER", "bob")]);
    assert_eq!(c.dbname, "bob");
}

#[test]
fn libpqs_defaults_when_nothing_says() {
    let c = info("postgres://", &[]);
    assert_eq!(
        c.endpoints,
        [Endpoint {
            host: Host::Socket(DEFAULT_SOCKET_DIR.into()),
            port: 5432
        }]
    );
    assert_eq!((c.user.as_str(), c.dbname.as_str()), ("osuser", "osuser"));
    assert_eq!(c.sslmode, SslMode::Prefer);
    assert_eq!(c.connect_timeout, DEFAULT_CONNECT_TIMEOUT);
    assert_eq!(c.application_name, "portalctl");
    assert_eq!(c.target, TargetSessionAttrs::Any);
    assert_eq!(
        c.sslrootcert.as_deref(),
        Some(Path::new("/home/u/.postgresql/root.crt"))
    );
    assert!(!c.sslrootcert_given);
    assert_eq!(c.passfile.as_deref(), Some(Path::new("/home/u/.pgpass")));
    let c = info("postgres://h/d?connect_timeout=0", &[]);
    assert_eq!(c.connect_timeout, DEFAULT_CONNECT_TIMEOUT, "never for ever");
    // A socket directory, in the host part (encoded) or the host parameter.
    let c = info("postgres://%2Ftmp%2Fpg/db", &[]);
    assert_eq!(c.endpoints[0].host, Host::Socket("/tmp/pg".into()));
    let c = info("postgres:///db?host=/tmp/pg&port=5499", &[]);
    assert_eq!(
        c.endpoints,
        [Endpoint {
            host: Host::Socket("/tmp/pg".into()),
            port: 5499
        }]
    );
}

#[test]
fn a_socket_ignores_sslmode_and_require_with_a_root_certificate_verifies_it() {
    let dir = std::env::temp_dir().join(format!("portalctl-conninfo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let root = dir.join("root.crt");
    std::fs::write(&root, "x").unwrap();
    let raw = format!(
        "postgres://h/db?sslmode=require&sslrootcert={}",
        root.display()
    );
    let c = info(&raw, &[]);
    assert_eq!(c.effective_sslmode(&c.endpoints[0]), SslMode::VerifyCa);
    let socket = Endpoint {
        host: Host::Socket("/tmp".into()),
        port: 5432,
    };
    assert_eq!(c.effective_sslmode(&socket), SslMode::Disable);
    std::fs::remove_file(&root).unwrap();
    assert_eq!(c.effective_sslmode(&c.endpoints[0]), SslMode::Require);
    let _ = std::fs::remove_dir(&dir);
}

#[test]
fn the_password_file_is_matched_as_libpq_matches_it() {
    let text = "# comment\nother:5432:msp:alice:wrong\ndb.internal:*:msp:alice:pa\\:ss\nlocalhost:5432:msp:alice:sock\n/tmp/pg:5432:*:*:dir\n*:*:*:*:fallback\n";
    assert_eq!(
        passfile_lookup(text, &tcp("db.internal", 5433), "msp", "alice").as_deref(),
        Some("pa:ss")
    );
    let default_socket = Endpoint {
        host: Host::Socket(DEFAULT_SOCKET_DIR.into()),
        port: 5432,
    };
    assert_eq!(
        passfile_lookup(text, &default_socket, "msp", "alice").as_deref(),
        Some("sock"),
        "the default socket directory is localhost"
    );
    let other_socket = Endpoint {
        host: Host::Socket("/tmp/pg".into()),
        port: 5432,
    };
    assert_eq!(
        passfile_lookup(text, &other_socket, "msp", "alice").as_deref(),
        Some("dir"),
        "another directory is its path"
    );
    assert_eq!(
        passfile_lookup(text, &tcp("x", 1), "y", "z").as_deref(),
        Some("fallback")
    );
    assert_eq!(
        passfile_lookup("h:1:d:u:p\r\n", &tcp("h", 2), "d", "u"),
        None
    );
    assert_eq!(
        passfile_lookup("h:1:d:u:p\r\n", &tcp("h", 1), "d", "u").as_deref(),
        Some("p")
    );
}

#[test]
fn urls_lose_only_their_password_when_shown() {
    assert_eq!(
        redact("postgres://alice:s3cret@db.internal:5432/msp?sslmode=require"),
        "postgres://alice@db.internal:5432/msp?sslmode=require"
    );
    assert_eq!(
        redact("postgresql://alice@h1:1,h2:2/msp?password=s3cret&application_name=a%20b"),
        "postgresql://alice@h1:1,h2:2/msp?application_name=a%20b"
    );
}
