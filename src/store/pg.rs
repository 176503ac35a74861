//! The PostgreSQL side of the store: connecting as libpq would (URL, `PGPASSWORD`, the password
//! file, `sslmode`), the schema's state and its migrations under an advisory lock, and the
//! write lock every write takes. The password never reaches an argument, a message or `db path`.

use std::str::FromStr;

use super::db::{Db, Pg};
use super::migrations;
use crate::error::{Error, Result};

/// The advisory lock that serialises writers and migrations of one database (any constant
/// works; this one spells "portalct").
pub const LOCK_KEY: i64 = 0x706f_7274_616c_6374;

/// Whether `--db` names a PostgreSQL server rather than a file.
#[must_use]
pub fn is_url(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// Takes the query parameter `key` out of `u`; returns its last value.
fn take_param(u: &mut url::Url, key: &str) -> Option<String> {
    let mut taken = None;
    let kept: Vec<(String, String)> = u
        .query_pairs()
        .filter_map(|(k, v)| {
            if k == key {
                taken = Some(v.into_owned());
                None
            } else {
                Some((k.into_owned(), v.into_owned()))
            }
        })
        .collect();
    if kept.is_empty() {
        u.set_query(None);
    } else {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in &kept {
            q.append_pair(k, v);
        }
        u.set_query(Some(&q.finish()));
    }
    taken
}

/// The URL without its password, for `db path` and messages.
#[must_use]
pub fn redact(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut u) => {
            if u.password().is_some() {
                let _ = u.set_password(None);
            }
            take_param(&mut u, "password");
            u.to_string()
        }
        Err(_) => "postgres://(unreadable URL)".to_string(),
    }
}

/// `sslmode` as libpq means it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

/// Reads `sslmode` out of the URL (the driver knows only three of libpq's values) and returns
/// the URL without it.
fn split_sslmode(raw: &str) -> Result<(String, SslMode)> {
    let mut u = url::Url::parse(raw).map_err(|e| {
        Error::usage("--db is not a valid PostgreSQL URL")
            .caused_by(e)
            .with_hint("use postgres://USER@HOST:PORT/DBNAME")
    })?;
    let mode = match take_param(&mut u, "sslmode").as_deref() {
        None | Some("allow" | "prefer") => SslMode::Prefer,
        Some("disable") => SslMode::Disable,
        Some("require") => SslMode::Require,
        Some("verify-ca") => SslMode::VerifyCa,
        Some("verify-full") => SslMode::VerifyFull,
        Some(other) => {
            return Err(Error::usage(format!("unknown sslmode {other:?}"))
                .with_hint("use disable, prefer, require, verify-ca or verify-full"));
        }
    };
    Ok((u.to_string(), mode))
}

/// The password for `host:port/db` as `user` from a libpq password file: the first line
/// whose fields match (`*` matches anything; `\:` and `\\` are escapes).
fn pgpass_lookup(text: &str, host: &str, port: u16, db: &str, user: &str) -> Option<String> {
    for line in text.lines() {
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
        let port = port.to_string();
        let matches = |f: &str, v: &str| f == "*" || f == v;
        if matches(&fields[0], host)
            && matches(&fields[1], &port)
            && matches(&fields[2], db)
            && matches(&fields[3], user)
        {
            return Some(fields[4].clone());
        }
    }
    None
}

/// The password file libpq would read: `PGPASSFILE`, else `~/.pgpass`. Like libpq, a file
/// that others can read is ignored.
fn pgpass_text() -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let path = match std::env::var_os("PGPASSFILE") {
        Some(p) => std::path::PathBuf::from(p),
        None => directories::BaseDirs::new()?.home_dir().join(".pgpass"),
    };
    let meta = std::fs::metadata(&path).ok()?;
    if meta.permissions().mode() & 0o077 != 0 {
        return None;
    }
    std::fs::read_to_string(path).ok()
}

/// Where a connection goes, for messages (never the password).
fn describe(config: &postgres::Config) -> String {
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(h)) => h.clone(),
        Some(postgres::config::Host::Unix(p)) => p.display().to_string(),
        None => "localhost".to_string(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    format!(
        "{host}:{port} as {}",
        config.get_user().unwrap_or("(no user)")
    )
}

/// Connects to the server `raw` names, with the password from the URL, `PGPASSWORD` or the
/// password file, and `lock_timeout` set to `busy_timeout_ms`.
pub fn connect(raw: &str, busy_timeout_ms: u32) -> Result<Db> {
    let (url, ssl) = split_sslmode(raw)?;
    let mut config = postgres::Config::from_str(&url).map_err(|e| {
        Error::usage("--db is not a valid PostgreSQL URL")
            .caused_by(e)
            .with_hint("use postgres://USER@HOST:PORT/DBNAME")
    })?;
    if config.get_user().is_none() {
        let user = std::env::var("PGUSER").unwrap_or_else(|_| super::os_user());
        config.user(&user);
    }
    let user = config.get_user().unwrap_or_default().to_string();
    if config.get_dbname().is_none() {
        config.dbname(&user);
    }
    if config.get_hosts().is_empty() {
        config.host("localhost");
    }
    if config.get_password().is_none() {
        if let Some(p) = std::env::var_os("PGPASSWORD") {
            config.password(p.to_string_lossy().as_bytes());
        } else if let Some(text) = pgpass_text() {
            let host = match config.get_hosts().first() {
                Some(postgres::config::Host::Tcp(h)) => h.clone(),
                _ => "localhost".to_string(),
            };
            let port = config.get_ports().first().copied().unwrap_or(5432);
            let db = config.get_dbname().unwrap_or_default().to_string();
            if let Some(p) = pgpass_lookup(&text, &host, port, &db, &user) {
                config.password(p.as_bytes());
            }
        }
    }
    if config.get_application_name().is_none() {
        config.application_name("portalctl");
    }
    let target = describe(&config);
    let failed = |e: postgres::Error| {
        let mapped = Error::from(e);
        if mapped.kind == crate::error::Kind::Failure {
            let detail = mapped.detail();
            let hint = if detail.contains("TLS") || detail.contains("tls") {
                "check the server's certificate: verify-ca and verify-full need its CA (the system's roots, PGSSLROOTCERT or ~/.postgresql/root.crt), and verify-full the host name in it; require does not check it"
            } else {
                "check the host, port and user in --db, and the password in PGPASSWORD or the password file (PGPASSFILE, ~/.pgpass)"
            };
            let cause = mapped.cause;
            let e = Error::failure(format!(
                "cannot connect to PostgreSQL at {target}: {}",
                mapped.message
            ))
            .with_hint(hint);
            Error { cause, ..e }
        } else {
            mapped
        }
    };
    let client = if ssl == SslMode::Disable {
        config.ssl_mode(postgres::config::SslMode::Disable);
        config.connect(postgres::NoTls).map_err(failed)?
    } else {
        config.ssl_mode(if ssl == SslMode::Prefer {
            postgres::config::SslMode::Prefer
        } else {
            postgres::config::SslMode::Require
        });
        let tls = tls::config(ssl)?;
        config
            .connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls))
            .map_err(failed)?
    };
    let db = Db::Postgres(Box::new(std::cell::RefCell::new(Pg::new(client))));
    db.batch(&format!(
        "SET lock_timeout = '{busy_timeout_ms}ms'; SET client_min_messages = warning"
    ))?;
    Ok(db)
}

/// TLS as libpq's `sslmode` means it, with rustls: `prefer` and `require` encrypt without
/// checking the certificate, `verify-ca` checks it against the trusted roots (the system's,
/// plus `PGSSLROOTCERT` or `~/.postgresql/root.crt`) but not the host name, `verify-full`
/// checks both. Nothing is loaded unless a connection asks for it.
mod tls {
    use std::sync::Arc;

    use rustls::client::WebPkiServerVerifier;
    use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
    use rustls::crypto::CryptoProvider;
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
    use rustls::{
        CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
    };

    use super::SslMode;
    use crate::error::{Error, Result};

    /// `prefer`/`require` (no check) and `verify-ca` (the chain, not the name).
    #[derive(Debug)]
    struct Lenient {
        chain: Option<Arc<WebPkiServerVerifier>>,
        provider: Arc<CryptoProvider>,
    }

    impl ServerCertVerifier for Lenient {
        fn verify_server_cert(
            &self,
            end_entity: &CertificateDer<'_>,
            intermediates: &[CertificateDer<'_>],
            server_name: &ServerName<'_>,
            ocsp: &[u8],
            now: UnixTime,
        ) -> std::result::Result<ServerCertVerified, rustls::Error> {
            let Some(chain) = &self.chain else {
                return Ok(ServerCertVerified::assertion());
            };
            match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
                Err(rustls::Error::InvalidCertificate(
                    CertificateError::NotValidForName
                    | CertificateError::NotValidForNameContext { .. },
                )) => Ok(ServerCertVerified::assertion()),
                other => other,
            }
        }

        fn verify_tls12_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
            rustls::crypto::verify_tls12_signature(
                message,
                cert,
                dss,
                &self.provider.signature_verification_algorithms,
            )
        }

        fn verify_tls13_signature(
            &self,
            message: &[u8],
            cert: &CertificateDer<'_>,
            dss: &DigitallySignedStruct,
        ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
            rustls::crypto::verify_tls13_signature(
                message,
                cert,
                dss,
                &self.provider.signature_verification_algorithms,
            )
        }

        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            self.provider
                .signature_verification_algorithms
                .supported_schemes()
        }
    }

    fn roots() -> RootCertStore {
        let mut roots = RootCertStore::empty();
        for cert in rustls_native_certs::load_native_certs().certs {
            let _ = roots.add(cert);
        }
        let own = std::env::var_os("PGSSLROOTCERT")
            .map(std::path::PathBuf::from)
            .or_else(|| {
                directories::BaseDirs::new()
                    .map(|d| d.home_dir().join(".postgresql").join("root.crt"))
            });
        if let Some(path) = own.filter(|p| p.exists())
            && let Ok(certs) = CertificateDer::pem_file_iter(&path)
        {
            for cert in certs.flatten() {
                let _ = roots.add(cert);
            }
        }
        roots
    }

    pub(super) fn config(mode: SslMode) -> Result<ClientConfig> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = ClientConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| Error::failure("cannot set up TLS").caused_by(e))?;
        let lenient = |chain| {
            Arc::new(Lenient {
                chain,
                provider: provider.clone(),
            })
        };
        Ok(match mode {
            SslMode::VerifyFull => builder
                .with_root_certificates(roots())
                .with_no_client_auth(),
            SslMode::VerifyCa => {
                let chain = WebPkiServerVerifier::builder_with_provider(
                    Arc::new(roots()),
                    provider.clone(),
                )
                .build()
                .map_err(|e| {
                    Error::failure("cannot check server certificates").caused_by(e).with_hint(
                        "install the CA's certificate (PGSSLROOTCERT or ~/.postgresql/root.crt)",
                    )
                })?;
                builder
                    .dangerous()
                    .with_custom_certificate_verifier(lenient(Some(chain)))
                    .with_no_client_auth()
            }
            SslMode::Disable | SslMode::Prefer | SslMode::Require => builder
                .dangerous()
                .with_custom_certificate_verifier(lenient(None))
                .with_no_client_auth(),
        })
    }
}

/// What the database holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schema {
    /// No tables at all: a new store.
    Empty,
    /// Tables, but no portalctl schema: another application's database.
    Foreign(i64),
    /// The portalctl schema at this version.
    Version(i64),
}

pub fn schema(db: &Db) -> Result<Schema> {
    // One statement, so a concurrent first run's commit cannot fall between the two reads.
    let (has_schema, tables): (bool, i64) = db.one(
        "SELECT to_regclass('portalctl_schema') IS NOT NULL,
                (SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema())",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if has_schema {
        let v: i64 = db.one("SELECT max(version) FROM portalctl_schema", &[], |r| {
            r.get(0)
        })?;
        return Ok(Schema::Version(v));
    }
    Ok(if tables == 0 {
        Schema::Empty
    } else {
        Schema::Foreign(tables)
    })
}

/// The statements that start a write: a transaction, then the store's write lock (waited for
/// up to `lock_timeout`). After the lock each statement sees what the writer before committed.
/// The lock is a table lock that needs a write privilege (UPDATE on `portalctl_lock`), so a
/// reader, or any other role of the cluster, cannot hold writers up with it.
pub const BEGIN_WRITE: &str =
    "BEGIN ISOLATION LEVEL READ COMMITTED; LOCK TABLE portalctl_lock IN EXCLUSIVE MODE";

/// The lock of migrations: the schema table's, in EXCLUSIVE mode (the owner's); a database
/// without the schema yet (a first run) is serialised by a transaction-level advisory lock,
/// the only lock there is before the tables.
const MIGRATION_LOCK: &str = "DO $lock$ BEGIN
    IF pg_catalog.to_regclass('portalctl_schema') IS NOT NULL THEN
        LOCK TABLE portalctl_schema IN EXCLUSIVE MODE;
    ELSE
        PERFORM pg_catalog.pg_advisory_xact_lock(8101820098839077748);
    END IF;
END $lock$";

/// Applies pending migrations under the migration lock; returns (from, to).
pub fn migrate(db: &Db) -> Result<(i64, i64)> {
    let begin = format!("BEGIN ISOLATION LEVEL READ COMMITTED; {MIGRATION_LOCK}");
    db.transaction(&begin, "COMMIT", || {
        let from = match schema(db)? {
            Schema::Empty => 0,
            Schema::Version(v) => v,
            Schema::Foreign(n) => return Err(foreign(n)),
        };
        super::check_version(from)?;
        migrations::run(db, migrations::PG_MIGRATIONS, from)?;
        let to = migrations::latest();
        db.execute(
            "UPDATE portalctl_schema SET version = ?1",
            super::db::params![to],
        )?;
        Ok((from, to))
    })
}

pub fn foreign(tables: i64) -> Error {
    Error::failure(format!(
        "this database holds {tables} tables of another application and no portalctl schema; refusing to touch it"
    ))
    .with_hint("point --db at a portalctl database, or at a new, empty one")
}

/// `session_user`: the role that authenticated.
pub fn session_user(db: &Db) -> Result<String> {
    db.one("SELECT session_user::text", &[], |r| r.get(0))
}

/// The SQL of `db grants`: three group roles and what each may do, safe to run twice. The
/// audit is append-only for all three (rows are added, never changed or removed); deletes
/// (and so `--prune`) are the admin's. No group may name an id (the database gives them), nor
/// create anything in the store's schema; the writers' lock is the writers'.
#[must_use]
pub fn grants_sql() -> String {
    use std::fmt::Write as _;
    let data = "partner, customer, site, probe, contact, invitation, person, \
                person_legacy_password, reset_token";
    let all = "portalctl_reader, portalctl_operator, portalctl_admin";
    let writers = "portalctl_operator, portalctl_admin";
    // Column privileges: every column but `id`, from the one list of columns a copy moves.
    let mut columns = String::new();
    for (table, cols) in super::copy::COLUMNS {
        let named: Vec<&str> = cols
            .split(',')
            .map(str::trim)
            .filter(|c| *c != "id")
            .collect();
        let named = named.join(", ");
        let privileges = if table == "audit" {
            format!("INSERT ({named})")
        } else {
            format!("INSERT ({named}), UPDATE ({named})")
        };
        let _ = writeln!(columns, "GRANT {privileges} ON {table} TO {writers};");
    }
    format!(
        "-- portalctl: the group roles of a team. Run this as the owner of the portalctl tables
-- (after `portalctl db migrate`); running it again changes nothing. Then grant each login
-- role one group, e.g.  GRANT portalctl_operator TO alice;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'portalctl_reader') THEN
        CREATE ROLE portalctl_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'portalctl_operator') THEN
        CREATE ROLE portalctl_operator NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'portalctl_admin') THEN
        CREATE ROLE portalctl_admin NOLOGIN;
    END IF;
    EXECUTE pg_catalog.format('GRANT USAGE ON SCHEMA %I TO {all}', pg_catalog.current_schema());
    -- Nobody but the owner creates objects here (a function or table planted in the store's
    -- schema could be resolved in place of the store's own).
    EXECUTE pg_catalog.format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC, {all}',
        pg_catalog.current_schema());
END
$$;

-- portalctl_reader: reads.
GRANT SELECT ON {data}, audit, portalctl_schema TO {all};
-- portalctl_operator: every change but deletes, on every column but the id.
REVOKE INSERT, UPDATE ON {data}, audit FROM {all};
{columns}-- portalctl_admin: deletes too (and so `apply --prune`).
GRANT DELETE ON {data} TO portalctl_admin;
REVOKE DELETE ON {data} FROM portalctl_reader, portalctl_operator;
-- A new password retires the ones kept from before people, whoever sets it.
GRANT DELETE ON person_legacy_password TO {writers};
-- The audit is append-only for everyone: rows are added, never changed or removed; the
-- database sets each row's user and time.
REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM {all};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON portalctl_schema FROM {all};
-- The writers' lock: only a role that may write can take it.
REVOKE ALL ON portalctl_lock FROM {all};
GRANT UPDATE ON portalctl_lock TO {writers};
-- A partner's own space (`portalctl partner grant PARTNER --role ROLE`). The schema's
-- row-level security policies (made by the migration, one per table, named space*) let a
-- staff role see and change only its partners and what lies under them, and the audit
-- about them; they need nothing granted here but these. Who is staff: readable by every
-- group, written by admins that are nobody's staff (the policies check that too).
REVOKE ALL ON portalctl_staff FROM {all};
GRANT SELECT ON portalctl_staff TO {all};
GRANT INSERT, DELETE ON portalctl_staff TO portalctl_admin;
GRANT EXECUTE ON FUNCTION portalctl_space(), portalctl_registered(text),
    portalctl_person_outside(text) TO {all};
"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_write_lock_needs_a_write_privilege_and_first_runs_share_the_store_key() {
        assert!(BEGIN_WRITE.ends_with("LOCK TABLE portalctl_lock IN EXCLUSIVE MODE"));
        assert!(MIGRATION_LOCK.contains(&format!("pg_advisory_xact_lock({LOCK_KEY})")));
    }

    #[test]
    fn urls_lose_their_password_when_shown() {
        assert_eq!(
            redact("postgres://alice:s3cret@db.internal:5432/msp?sslmode=require"),
            "postgres://alice@db.internal:5432/msp?sslmode=require"
        );
        assert_eq!(
            redact("postgresql://alice@db/msp?password=s3cret&application_name=x"),
            "postgresql://alice@db/msp?application_name=x"
        );
        assert!(is_url("postgresql://x/y") && is_url("postgres://x") && !is_url("portal.db"));
    }

    #[test]
    fn sslmode_is_read_as_libpq_means_it() {
        let (u, m) =
            split_sslmode("postgres://a@h/d?sslmode=verify-full&connect_timeout=3").unwrap();
        assert_eq!(m, SslMode::VerifyFull);
        assert_eq!(u, "postgres://a@h/d?connect_timeout=3");
        assert_eq!(
            split_sslmode("postgres://a@h/d").unwrap().1,
            SslMode::Prefer
        );
        assert_eq!(
            split_sslmode("postgres://a@h/d?sslmode=bogus")
                .unwrap_err()
                .exit_code(),
            2
        );
    }

    #[test]
    fn the_password_file_is_matched_field_by_field() {
        let text = "# comment\nother:5432:msp:alice:wrong\ndb.internal:*:msp:alice:pa\\:ss\n*:*:*:*:fallback\n";
        assert_eq!(
            pgpass_lookup(text, "db.internal", 5433, "msp", "alice").as_deref(),
            Some("pa:ss")
        );
        assert_eq!(
            pgpass_lookup(text, "x", 1, "y", "z").as_deref(),
            Some("fallback")
        );
        assert_eq!(pgpass_lookup("h:1:d:u:p\n", "h", 2, "d", "u"), None);
    }
}
