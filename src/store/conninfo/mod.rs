//! What a PostgreSQL connection string means, as libpq defines it: the URL (several hosts with
//! their own ports, query parameters passed on exactly as written), the `PG*` environment
//! variables beneath it, libpq's defaults beneath them, and the password file matched line by
//! line. Pure: the environment and the home directory come in as arguments, so every rule is
//! unit-tested without a server (connecting is `pgconnect`'s).

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::error::{Error, Result};

/// libpq's default socket directory (Debian's build), which the password file matches as
/// `localhost`.
pub const DEFAULT_SOCKET_DIR: &str = "/var/run/postgresql";
/// libpq's default port.
pub const DEFAULT_PORT: u16 = 5432;
/// How long one host may take to connect when nothing says otherwise (libpq would wait for
/// ever; a cron job must not).
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(30);

/// `sslmode` as libpq means it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Allow,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    fn parse(s: &str) -> Result<SslMode> {
        Ok(match s {
            "disable" => SslMode::Disable,
            "allow" => SslMode::Allow,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            other => {
                return Err(Error::usage(format!("unknown sslmode {other:?}"))
                    .with_hint("use disable, allow, prefer, require, verify-ca or verify-full"));
            }
        })
    }
}

/// `target_session_attrs` as libpq means it: which of the hosts is acceptable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetSessionAttrs {
    Any,
    ReadWrite,
    ReadOnly,
    Primary,
    Standby,
    PreferStandby,
}

impl TargetSessionAttrs {
    fn parse(s: &str) -> Result<TargetSessionAttrs> {
        Ok(match s {
            "any" => Self::Any,
            "read-write" => Self::ReadWrite,
            "read-only" => Self::ReadOnly,
            "primary" => Self::Primary,
            "standby" => Self::Standby,
            "prefer-standby" => Self::PreferStandby,
            other => {
                return Err(
                    Error::usage(format!("unknown target_session_attrs {other:?}")).with_hint(
                        "use any, read-write, read-only, primary, standby or prefer-standby",
                    ),
                );
            }
        })
    }

    /// Whether a server in this state is acceptable (`prefer-standby` takes a standby on its
    /// first pass over the hosts; `accepts_anything` is its second).
    #[must_use]
    pub fn accepts(self, server: ServerState) -> bool {
        match self {
            Self::Any => true,
            Self::ReadWrite => !server.read_only,
            Self::ReadOnly => server.read_only,
            Self::Primary => !server.in_recovery,
            Self::Standby | Self::PreferStandby => server.in_recovery,
        }
    }

    /// What was asked for, in libpq's words, for messages.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Any => "any",
            Self::ReadWrite => "read-write",
            Self::ReadOnly => "read-only",
            Self::Primary => "primary",
            Self::Standby => "standby",
            Self::PreferStandby => "prefer-standby",
        }
    }
}

/// What a connected server is: in recovery (a standby), and whether its sessions are
/// read-only (a standby, or `default_transaction_read_only`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerState {
    pub in_recovery: bool,
    pub read_only: bool,
}

/// Where one host is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    Tcp(String),
    /// A directory holding the server's socket.
    Socket(PathBuf),
}

/// One host of the list, with its port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub host: Host,
    pub port: u16,
}

impl std::fmt::Display for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.host {
            Host::Tcp(h) if h.contains(':') => write!(f, "[{h}]:{}", self.port),
            Host::Tcp(h) => write!(f, "{h}:{}", self.port),
            Host::Socket(dir) => write!(f, "{}:{}", dir.display(), self.port),
        }
    }
}

impl Endpoint {
    /// The host as the password file names it: a connection through the default socket
    /// directory is `localhost`, through another directory that directory's path.
    #[must_use]
    pub fn passfile_host(&self) -> String {
        match &self.host {
            Host::Tcp(h) => h.clone(),
            Host::Socket(dir) if dir == Path::new(DEFAULT_SOCKET_DIR) => "localhost".into(),
            Host::Socket(dir) => dir.display().to_string(),
        }
    }
}

/// Everything a connection needs, resolved.
#[derive(Debug, Clone)]
pub struct ConnInfo {
    pub endpoints: Vec<Endpoint>,
    pub user: String,
    pub dbname: String,
    /// From the URL or `PGPASSWORD`; else the password file, per host.
    pub password: Option<String>,
    pub passfile: Option<PathBuf>,
    pub sslmode: SslMode,
    /// `sslrootcert`: a file, or `system` for the system's roots.
    pub sslrootcert: Option<PathBuf>,
    /// Whether `sslrootcert` was given (a default file that is missing is no error).
    pub sslrootcert_given: bool,
    pub sslcert: Option<PathBuf>,
    pub sslkey: Option<PathBuf>,
    pub connect_timeout: Duration,
    pub application_name: String,
    pub options: Option<String>,
    pub target: TargetSessionAttrs,
    /// TCP keepalives: on unless `keepalives=0`; idle, interval (seconds) and count.
    pub keepalives: bool,
    pub keepalives_idle: Duration,
    pub keepalives_interval: Duration,
    pub keepalives_count: u32,
}

impl ConnInfo {
    /// The TLS mode a connection to `endpoint` uses: a socket ignores `sslmode`, as libpq
    /// does; `require` with a root certificate file present verifies as `verify-ca`.
    #[must_use]
    pub fn effective_sslmode(&self, endpoint: &Endpoint) -> SslMode {
        if matches!(endpoint.host, Host::Socket(_)) {
            return SslMode::Disable;
        }
        if self.sslmode == SslMode::Require
            && self
                .sslrootcert
                .as_deref()
                .is_some_and(|p| p != Path::new("system") && p.is_file())
        {
            return SslMode::VerifyCa;
        }
        self.sslmode
    }
}

/// The URL's parts as written (percent-decoded), before the environment fills the gaps.
#[derive(Debug, Default)]
struct Written {
    params: Vec<(String, String)>,
}

impl Written {
    fn get(&self, key: &str) -> Option<&str> {
        // A later value wins, as in libpq (a query parameter overrides the URL's part).
        self.params
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

fn bad_url(why: impl Into<String>) -> Error {
    Error::usage(format!(
        "--db is not a valid PostgreSQL URL: {}",
        why.into()
    ))
    .with_hint("use postgres://USER@HOST:PORT/DBNAME (several hosts as HOST1:PORT1,HOST2:PORT2)")
}

/// `%XX` decoded, and nothing else (a `+` stays a `+`, as libpq reads it).
fn decode(s: &str) -> Result<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| bad_url(format!("invalid percent-encoding in {s:?}")))?;
            out.push(hex);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| bad_url(format!("{s:?} is not UTF-8 once decoded")))
}

/// The parameters libpq knows that a connection here uses; others are refused, as libpq
/// refuses them.
const KNOWN: [&str; 22] = [
    "host",
    "port",
    "user",
    "password",
    "dbname",
    "passfile",
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "connect_timeout",
    "application_name",
    "fallback_application_name",
    "options",
    "target_session_attrs",
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_count",
    "client_encoding",
    "gssencmode",
    "sslsni",
];

/// What follows a URL's `scheme://`: the authority, the path after its `/` and the query
/// after its `?` (each as written).
fn url_parts(rest: &str) -> (&str, Option<&str>, Option<&str>) {
    let (before_query, query) = match rest.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (rest, None),
    };
    let (authority, path) = match before_query.split_once('/') {
        Some((a, p)) => (a, Some(p)),
        None => (before_query, None),
    };
    (authority, path, query)
}

/// Splits `postgres://user:pw@h1:1,h2:2/db?k=v` into libpq's keywords, as written.
fn split_url(raw: &str) -> Result<Written> {
    let rest = raw
        .strip_prefix("postgresql://")
        .or_else(|| raw.strip_prefix("postgres://"))
        .ok_or_else(|| bad_url("it must start with postgres:// or postgresql://"))?;
    let (authority, path, query) = url_parts(rest);
    let mut w = Written::default();
    let hostspec = match authority.split_once('@') {
        Some((userspec, hosts)) => {
            let (user, password) = match userspec.split_once(':') {
                Some((u, p)) => (u, Some(p)),
                None => (userspec, None),
            };
            if !user.is_empty() {
                w.params.push(("user".into(), decode(user)?));
            }
            if let Some(p) = password {
                w.params.push(("password".into(), decode(p)?));
            }
            hosts
        }
        None => authority,
    };
    if !hostspec.is_empty() {
        let mut hosts = Vec::new();
        let mut ports = Vec::new();
        for item in hostspec.split(',') {
            let (host, port) = if let Some(v6) = item.strip_prefix('[') {
                let (h, after) = v6
                    .split_once(']')
                    .ok_or_else(|| bad_url(format!("unmatched '[' in host {item:?}")))?;
                let port = match after {
                    "" => "",
                    p => p
                        .strip_prefix(':')
                        .ok_or_else(|| bad_url(format!("unexpected {p:?} after host [{h}]")))?,
                };
                (h.to_string(), port)
            } else {
                match item.split_once(':') {
                    Some((h, p)) => (decode(h)?, p),
                    None => (decode(item)?, ""),
                }
            };
            hosts.push(host);
            ports.push(decode(port)?);
        }
        w.params.push(("host".into(), hosts.join(",")));
        if ports.iter().any(|p| !p.is_empty()) {
            w.params.push(("port".into(), ports.join(",")));
        }
    }
    if let Some(db) = path.filter(|p| !p.is_empty()) {
        w.params.push(("dbname".into(), decode(db)?));
    }
    for pair in query.unwrap_or_default().split('&') {
        if pair.is_empty() {
            continue;
        }
        let (k, v) = pair
            .split_once('=')
            .ok_or_else(|| bad_url(format!("missing '=' in query parameter {pair:?}")))?;
        let k = decode(k)?;
        if !KNOWN.contains(&k.as_str()) {
            return Err(bad_url(format!("unknown query parameter {k:?}")));
        }
        w.params.push((k, decode(v)?));
    }
    Ok(w)
}

/// Where libpq looks for a file by default: `~/.postgresql/NAME`.
fn home_file(home: Option<&Path>, name: &str) -> Option<PathBuf> {
    home.map(|h| h.join(".postgresql").join(name))
}

/// The hosts and ports of a connection, paired as libpq pairs them: one port for every host,
/// or one each; an empty host is the default socket directory, one starting with `/` a socket.
fn endpoints(hosts: Option<String>, ports: Option<String>) -> Result<Vec<Endpoint>> {
    let hosts: Vec<String> = match hosts {
        Some(h) => h.split(',').map(str::to_string).collect(),
        None => vec![String::new()],
    };
    let ports: Vec<String> = match ports {
        Some(p) => p.split(',').map(str::to_string).collect(),
        None => vec![String::new()],
    };
    if ports.len() != 1 && ports.len() != hosts.len() {
        return Err(bad_url(format!(
            "could not match {} port numbers to {} hosts",
            ports.len(),
            hosts.len()
        )));
    }
    let mut endpoints = Vec::new();
    for (i, host) in hosts.iter().enumerate() {
        let port = &ports[if ports.len() == 1 { 0 } else { i }];
        let port = if port.is_empty() {
            DEFAULT_PORT
        } else {
            port.parse::<u16>()
                .ok()
                .filter(|p| *p > 0)
                .ok_or_else(|| bad_url(format!("invalid port number {port:?}")))?
        };
        let host = if host.is_empty() {
            Host::Socket(PathBuf::from(DEFAULT_SOCKET_DIR))
        } else if host.starts_with('/') {
            Host::Socket(PathBuf::from(host))
        } else {
            Host::Tcp(host.clone())
        };
        endpoints.push(Endpoint { host, port });
    }
    Ok(endpoints)
}

/// `connect_timeout` as libpq reads it: whole seconds, at least 2; none (0 or less) is the
/// default here, never a wait for ever.
fn connect_timeout(given: Option<String>) -> Result<Duration> {
    Ok(match given {
        None => DEFAULT_CONNECT_TIMEOUT,
        Some(t) => match t.trim().parse::<i64>() {
            // libpq's minimum is 2 seconds; none (0 or less) is our default, never for ever.
            Ok(n) if n <= 0 => DEFAULT_CONNECT_TIMEOUT,
            Ok(n) => Duration::from_secs(u64::try_from(n.max(2)).unwrap_or(2)),
            Err(_) => {
                return Err(bad_url(format!(
                    "invalid connect_timeout {t:?} (a number of seconds)"
                )));
            }
        },
    })
}

/// Resolves `raw` as libpq would: the URL first, then the environment (`env("PGHOST")`),
/// then libpq's defaults. `os_user` is the fallback user name.
pub fn resolve(
    raw: &str,
    env: &dyn Fn(&str) -> Option<String>,
    home: Option<&Path>,
    os_user: &str,
) -> Result<ConnInfo> {
    let w = split_url(raw)?;
    // The URL's value, else the environment variable's (an empty one counts as unset).
    let pick = |key: &str, var: &str| -> Option<String> {
        w.get(key)
            .map(str::to_string)
            .or_else(|| env(var).filter(|v| !v.is_empty()))
    };
    let endpoints = endpoints(pick("host", "PGHOST"), pick("port", "PGPORT"))?;
    let user = pick("user", "PGUSER").unwrap_or_else(|| os_user.to_string());
    let dbname = pick("dbname", "PGDATABASE").unwrap_or_else(|| user.clone());
    let password = pick("password", "PGPASSWORD");
    let passfile = pick("passfile", "PGPASSFILE")
        .map(PathBuf::from)
        .or_else(|| home.map(|h| h.join(".pgpass")));
    let sslmode = SslMode::parse(&pick("sslmode", "PGSSLMODE").unwrap_or_else(|| "prefer".into()))?;
    let given_root = pick("sslrootcert", "PGSSLROOTCERT");
    let sslrootcert_given = given_root.is_some();
    let sslrootcert = given_root
        .map(PathBuf::from)
        .or_else(|| home_file(home, "root.crt"));
    let sslcert = pick("sslcert", "PGSSLCERT")
        .map(PathBuf::from)
        .or_else(|| home_file(home, "postgresql.crt"));
    let sslkey = pick("sslkey", "PGSSLKEY")
        .map(PathBuf::from)
        .or_else(|| home_file(home, "postgresql.key"));
    let connect_timeout = connect_timeout(pick("connect_timeout", "PGCONNECT_TIMEOUT"))?;
    let application_name = pick("application_name", "PGAPPNAME")
        .or_else(|| w.get("fallback_application_name").map(str::to_string))
        .unwrap_or_else(|| "portalctl".into());
    let options = pick("options", "PGOPTIONS");
    let target = TargetSessionAttrs::parse(
        &pick("target_session_attrs", "PGTARGETSESSIONATTRS").unwrap_or_else(|| "any".into()),
    )?;
    let seconds = |key: &str, default: u64| -> Result<u64> {
        match w.get(key) {
            None => Ok(default),
            Some(v) => v
                .trim()
                .parse::<u64>()
                .map_err(|_| bad_url(format!("invalid {key} {v:?} (a number)"))),
        }
    };
    if let Some(enc) = w.get("client_encoding")
        && !enc.eq_ignore_ascii_case("utf8")
        && !enc.eq_ignore_ascii_case("utf-8")
    {
        return Err(bad_url(format!(
            "client_encoding {enc:?}: portalctl speaks UTF8 only"
        )));
    }
    Ok(ConnInfo {
        endpoints,
        user,
        dbname,
        password,
        passfile,
        sslmode,
        sslrootcert,
        sslrootcert_given,
        sslcert,
        sslkey,
        connect_timeout,
        application_name,
        options,
        target,
        keepalives: seconds("keepalives", 1)? != 0,
        keepalives_idle: Duration::from_secs(seconds("keepalives_idle", 30)?.max(1)),
        keepalives_interval: Duration::from_secs(seconds("keepalives_interval", 10)?.max(1)),
        keepalives_count: u32::try_from(seconds("keepalives_count", 3)?.max(1)).unwrap_or(3),
    })
}

/// The password for `endpoint`/`db` as `user` from a libpq password file: the first line
/// whose fields match (`*` matches anything; `\:` and `\\` are escapes).
#[must_use]
pub fn passfile_lookup(text: &str, endpoint: &Endpoint, db: &str, user: &str) -> Option<String> {
    let host = endpoint.passfile_host();
    let port = endpoint.port.to_string();
    for line in text.lines() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::new();
        let mut cur = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(n) = chars.next() {
                        cur.push(n);
                    }
                }
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut cur)),
                _ => cur.push(c),
            }
        }
        fields.push(cur);
        if fields.len() != 5 {
            continue;
        }
        let matches = |f: &str, v: &str| f == "*" || f == v;
        if matches(&fields[0], &host)
            && matches(&fields[1], &port)
            && matches(&fields[2], db)
            && matches(&fields[3], user)
        {
            return Some(fields[4].clone());
        }
    }
    None
}

/// The password file's text, when libpq would read it: a regular file nobody else can read.
#[must_use]
pub fn passfile_text(path: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.permissions().mode() & 0o077 != 0 {
        return None;
    }
    std::fs::read_to_string(path).ok()
}

/// The URL with its password taken out, every other byte as written (for `db path` and
/// messages).
#[must_use]
pub fn redact(raw: &str) -> String {
    let Some((scheme, rest)) = raw.split_once("://") else {
        return "postgres://(unreadable URL)".to_string();
    };
    let (authority, path, query) = url_parts(rest);
    let authority = match authority.split_once('@') {
        Some((userspec, hosts)) => {
            let user = userspec.split_once(':').map_or(userspec, |(u, _)| u);
            format!("{user}@{hosts}")
        }
        None => authority.to_string(),
    };
    let mut out = format!("{scheme}://{authority}");
    if let Some(p) = path {
        out.push('/');
        out.push_str(p);
    }
    if let Some(q) = query {
        let kept: Vec<&str> = q
            .split('&')
            .filter(|pair| pair.split('=').next() != Some("password"))
            .collect();
        if !kept.is_empty() {
            out.push('?');
            out.push_str(&kept.join("&"));
        }
    }
    out
}

#[cfg(test)]
mod tests;
