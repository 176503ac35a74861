//! Connecting to PostgreSQL as libpq does, where the driver does not: every host of the list
//! tried in order until one has the `target_session_attrs` asked for, each within
//! `connect_timeout` for the whole of it (TCP, TLS, startup, authentication), TLS by `sslmode`
//! with the root certificate and client certificate files libpq reads, the password from the
//! password file per host, TCP keepalives on. A failure says which of these went wrong.

use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::conninfo::{self, ConnInfo, Endpoint, Host, ServerState, SslMode, TargetSessionAttrs};
use crate::error::{Error, Result};

/// A connected session and what the server is.
pub struct Connected {
    pub client: postgres::Client,
    pub state: Option<ServerState>,
}

/// Reads `raw` (with the process's environment and home) into what a connection needs.
pub fn conninfo(raw: &str) -> Result<ConnInfo> {
    let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    conninfo::resolve(
        raw,
        &|k| std::env::var(k).ok(),
        home.as_deref(),
        &super::os_user(),
    )
}

/// Connects to the first host of `info` that is what `target_session_attrs` asks for, trying
/// each within `info.connect_timeout` (shortened to `cap` when given, for completion).
pub fn connect(info: &ConnInfo, cap: Option<Duration>) -> Result<Connected> {
    let timeout = cap.map_or(info.connect_timeout, |c| c.min(info.connect_timeout));
    let passfile = info.passfile.as_deref().and_then(conninfo::passfile_text);
    let mut failures: Vec<(Endpoint, Error)> = Vec::new();
    let mut unfit: Vec<(Endpoint, ServerState)> = Vec::new();
    let passes: &[TargetSessionAttrs] = if info.target == TargetSessionAttrs::PreferStandby {
        &[TargetSessionAttrs::Standby, TargetSessionAttrs::Any]
    } else {
        &[info.target]
    };
    for want in passes {
        for endpoint in &info.endpoints {
            if failures.iter().any(|(e, _)| e == endpoint) {
                continue;
            }
            match connect_one(info, endpoint, passfile.as_deref(), timeout, *want) {
                Ok(Attempt::Fit(c)) => return Ok(*c),
                Ok(Attempt::Unfit(state)) => unfit.push((endpoint.clone(), state)),
                Err(e) => failures.push((endpoint.clone(), e)),
            }
        }
    }
    if failures.is_empty() && !unfit.is_empty() {
        let each: Vec<String> = unfit
            .iter()
            .map(|(e, s)| format!("{e} is {}", describe_state(*s)))
            .collect();
        return Err(Error::failure(format!(
            "no server of --db is {} (target_session_attrs): {}",
            info.target.name(),
            each.join(", ")
        ))
        .with_hint(
            "list the server you want among the hosts of --db, or change target_session_attrs",
        ));
    }
    // One host: its error as it is. Several: the first's, naming the others too.
    let mut failures = failures.into_iter();
    let Some((_, first)) = failures.next() else {
        return Err(Error::failure("--db names no host"));
    };
    let others: Vec<String> = failures
        .map(|(e, err)| format!("{e}: {}", err.message))
        .chain(
            unfit
                .iter()
                .map(|(e, s)| format!("{e} is {}", describe_state(*s))),
        )
        .collect();
    if others.is_empty() {
        return Err(first);
    }
    Err(Error {
        message: format!("{} (and {})", first.message, others.join("; ")),
        ..first
    })
}

fn describe_state(s: ServerState) -> &'static str {
    match (s.in_recovery, s.read_only) {
        (true, _) => "a standby",
        (false, true) => "a primary whose sessions are read-only",
        (false, false) => "a primary",
    }
}

enum Attempt {
    Fit(Box<Connected>),
    Unfit(ServerState),
}

/// One host, bounded by `timeout` from the first byte to the checked session. The driver
/// bounds only the TCP connect, so the whole attempt runs on a thread of its own and is
/// given up on (the thread left to end with the process) when the time is out.
fn connect_one(
    info: &ConnInfo,
    endpoint: &Endpoint,
    passfile: Option<&str>,
    timeout: Duration,
    want: TargetSessionAttrs,
) -> Result<Attempt> {
    let user = &info.user;
    let target = format!("{endpoint} as {user}");
    let config = driver_config(info, endpoint, passfile, timeout);
    let mode = info.effective_sslmode(endpoint);
    let tls = match mode {
        SslMode::Disable => None,
        _ => Some(tls::config(info, mode)?),
    };
    let (tx, rx) = mpsc::channel();
    let started = Instant::now();
    std::thread::Builder::new()
        .name("pg-connect".into())
        .spawn(move || {
            let result = match tls {
                None => config.connect(postgres::NoTls),
                Some(tls) => config.connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls)),
            }
            .and_then(|mut client| {
                let state = if want == TargetSessionAttrs::Any {
                    None
                } else {
                    Some(server_state(&mut client)?)
                };
                Ok((client, state))
            });
            let _ = tx.send(result);
        })
        .map_err(|e| Error::failure("cannot start a thread to connect").caused_by(e))?;
    let result = rx.recv_timeout(timeout).map_err(|_| {
        Error::failure(format!(
            "cannot connect to PostgreSQL at {target}: no answer within {} s (connect_timeout)",
            timeout.as_secs()
        ))
        .with_hint(
            "check that the host and port in --db are PostgreSQL's, and that it is up; raise connect_timeout if it is only slow",
        )
    })?;
    let (client, state) = result.map_err(|e| connect_error(&target, endpoint, mode, e, started))?;
    match state {
        Some(s) if !want.accepts(s) => Ok(Attempt::Unfit(s)),
        state => Ok(Attempt::Fit(Box::new(Connected { client, state }))),
    }
}

/// Whether the server is a standby and whether its sessions are read-only (one simple
/// query: nothing prepared, nothing left on a pooled connection).
fn server_state(
    client: &mut postgres::Client,
) -> std::result::Result<ServerState, postgres::Error> {
    let rows = client.simple_query(
        "SELECT pg_catalog.pg_is_in_recovery(), pg_catalog.current_setting('transaction_read_only')",
    )?;
    for m in rows {
        if let postgres::SimpleQueryMessage::Row(r) = m {
            return Ok(ServerState {
                in_recovery: r.get(0) == Some("t"),
                read_only: r.get(1) == Some("on") || r.get(0) == Some("t"),
            });
        }
    }
    Ok(ServerState {
        in_recovery: false,
        read_only: false,
    })
}

fn driver_config(
    info: &ConnInfo,
    endpoint: &Endpoint,
    passfile: Option<&str>,
    timeout: Duration,
) -> postgres::Config {
    let mut config = postgres::Config::new();
    config
        .user(&info.user)
        .dbname(&info.dbname)
        .port(endpoint.port)
        .application_name(&info.application_name)
        .connect_timeout(timeout)
        .keepalives(info.keepalives)
        .keepalives_idle(info.keepalives_idle)
        .keepalives_interval(info.keepalives_interval)
        .keepalives_retries(info.keepalives_count)
        // Data sent and never acknowledged: the server is gone.
        .tcp_user_timeout(info.keepalives_idle + info.keepalives_interval * info.keepalives_count);
    match &endpoint.host {
        Host::Tcp(h) => config.host(h),
        Host::Socket(dir) => config.host_path(dir),
    };
    if let Some(o) = &info.options {
        config.options(o);
    }
    let password = info.password.clone().or_else(|| {
        passfile
            .and_then(|text| conninfo::passfile_lookup(text, endpoint, &info.dbname, &info.user))
    });
    if let Some(p) = password {
        config.password(p.as_bytes());
    }
    config.ssl_mode(match info.effective_sslmode(endpoint) {
        SslMode::Disable => postgres::config::SslMode::Disable,
        SslMode::Allow | SslMode::Prefer => postgres::config::SslMode::Prefer,
        SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => {
            postgres::config::SslMode::Require
        }
    });
    config
}

/// The causes under `e`, outermost first.
fn causes<'a>(
    e: &'a (dyn std::error::Error + 'static),
) -> impl Iterator<Item = &'a (dyn std::error::Error + 'static)> {
    std::iter::successors(Some(e), |e| e.source())
}

/// A TLS handshake that failed, by what the certificate check found.
fn tls_refused(
    tls: &rustls::Error,
    endpoint: &Endpoint,
    fail: impl Fn(String, &str) -> Error,
) -> Error {
    use rustls::CertificateError as C;
    match tls {
        rustls::Error::InvalidCertificate(C::NotValidForName | C::NotValidForNameContext { .. }) => fail(
            format!("TLS: the server's certificate is not for the host name {:?} (verify-full checks it)", host_name(endpoint)),
            "connect by the name the certificate was made for, or use sslmode=verify-ca, which checks the CA only",
        ),
        rustls::Error::InvalidCertificate(C::UnknownIssuer | C::BadSignature) => fail(
            "TLS: the server's certificate is not signed by a CA in the root certificate file (CA mismatch)".into(),
            "point sslrootcert (or PGSSLROOTCERT, ~/.postgresql/root.crt) at the CA that signed the server's certificate",
        ),
        rustls::Error::InvalidCertificate(C::Expired | C::ExpiredContext { .. } | C::NotValidYet | C::NotValidYetContext { .. }) => fail(
            format!("TLS: the server's certificate is out of its validity period ({tls})"),
            "renew the server's certificate",
        ),
        other => fail(
            format!("TLS handshake failed: {other}"),
            "check the server's certificate and the client certificate (sslcert, sslkey) and the sslmode in --db",
        ),
    }
}

/// A failed connection, in the words of what failed.
fn connect_error(
    target: &str,
    endpoint: &Endpoint,
    mode: SslMode,
    e: postgres::Error,
    started: Instant,
) -> Error {
    if let Some(code) = e.as_db_error().map(|d| d.code().clone()) {
        let mapped = Error::from(e);
        if code == postgres::error::SqlState::TOO_MANY_CONNECTIONS {
            return mapped;
        }
        return Error {
            message: format!(
                "cannot connect to PostgreSQL at {target}: {}",
                mapped.message
            ),
            ..mapped
        };
    }
    let text = e.to_string();
    let chain: Vec<String> = causes(&e).map(ToString::to_string).collect();
    let joined = chain.join(": ");
    let io_kind = causes(&e)
        .find_map(|c| c.downcast_ref::<std::io::Error>())
        .map(std::io::Error::kind);
    let tls_error = causes(&e).find_map(|c| {
        c.downcast_ref::<rustls::Error>().cloned().or_else(|| {
            c.downcast_ref::<std::io::Error>()
                .and_then(|io| io.get_ref())
                .and_then(|inner| inner.downcast_ref::<rustls::Error>())
                .cloned()
        })
    });
    let fail = |why: String, hint: &str| {
        Error::failure(format!("cannot connect to PostgreSQL at {target}: {why}")).with_hint(hint)
    };
    if let Some(tls) = tls_error {
        return tls_refused(&tls, endpoint, fail);
    }
    if joined.contains("password missing") {
        return fail(
            "the server asks for a password and none was given".into(),
            "set PGPASSWORD, or add a line for this host to the password file (PGPASSFILE, else ~/.pgpass, mode 0600)",
        );
    }
    if joined.contains("timeout waiting for server") {
        return fail(
            format!(
                "no answer within {} s (connect_timeout)",
                started.elapsed().as_secs().max(1)
            ),
            "check the host and port in --db, and that nothing drops the packets on the way",
        );
    }
    match io_kind {
        Some(std::io::ErrorKind::ConnectionRefused) => fail(
            "the connection was refused (nothing listens on that port)".into(),
            "check that PostgreSQL runs there and listens on that port (listen_addresses, port)",
        ),
        Some(std::io::ErrorKind::NotFound) if matches!(endpoint.host, Host::Socket(_)) => fail(
            "no server socket in that directory".into(),
            "check the socket directory (host) and the port in --db, and that PostgreSQL runs",
        ),
        Some(
            std::io::ErrorKind::HostUnreachable
            | std::io::ErrorKind::NetworkUnreachable
            | std::io::ErrorKind::TimedOut
            | std::io::ErrorKind::AddrNotAvailable,
        ) => fail(
            format!("the host is unreachable ({joined})"),
            "check the host name in --db and the network between here and it",
        ),
        _ if joined.contains("lookup address") || joined.contains("Name or service not known") => {
            fail(
                "the host name does not resolve".into(),
                "check the host name in --db",
            )
        }
        _ if mode != SslMode::Disable && text.contains("TLS") => fail(
            format!("TLS handshake failed ({joined})"),
            "check the sslmode in --db: require, verify-ca and verify-full need a server that offers TLS",
        ),
        _ if e.is_closed() => fail(
            format!("the server closed the connection ({joined})"),
            "check the server's log; a pooler may refuse the database or user",
        ),
        _ => fail(
            joined,
            "check the host, port and user in --db, and the password in PGPASSWORD or the password file (PGPASSFILE, ~/.pgpass)",
        ),
    }
}

fn host_name(endpoint: &Endpoint) -> String {
    match &endpoint.host {
        Host::Tcp(h) => h.clone(),
        Host::Socket(d) => d.display().to_string(),
    }
}

/// TLS as libpq's `sslmode` means it, with rustls: `prefer` and `require` encrypt without
/// checking the certificate, `verify-ca` checks it against the root certificate file
/// (`sslrootcert`, `PGSSLROOTCERT`, `~/.postgresql/root.crt`; `system` for the system's roots)
/// but not the host name, `verify-full` checks both. A client certificate (`sslcert`,
/// `sslkey`, else `~/.postgresql/postgresql.crt` and `.key`) is offered when its file exists.
mod tls {
    use std::path::Path;
    use std::sync::Arc;

    use rustls::client::WebPkiServerVerifier;
    use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
    use rustls::crypto::CryptoProvider;
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
    use rustls::{
        CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
    };

    use super::super::conninfo::{ConnInfo, SslMode};
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

    /// The roots a verifying mode trusts: the root certificate file, or the system's for
    /// `sslrootcert=system`. A verifying mode without either is refused, as libpq refuses it.
    fn roots(info: &ConnInfo) -> Result<RootCertStore> {
        let mut roots = RootCertStore::empty();
        let path = info.sslrootcert.as_deref();
        if path == Some(Path::new("system")) {
            for cert in rustls_native_certs::load_native_certs().certs {
                let _ = roots.add(cert);
            }
            return Ok(roots);
        }
        let missing = || {
            Error::failure(format!(
                "sslmode={} needs the CA's certificate, and the root certificate file {} does not exist",
                match info.sslmode {
                    SslMode::VerifyFull => "verify-full",
                    _ => "verify-ca",
                },
                path.map_or_else(|| "~/.postgresql/root.crt".into(), |p| p.display().to_string())
            ))
            .with_hint("point sslrootcert (or PGSSLROOTCERT) at the CA's certificate, or use sslrootcert=system for the system's roots")
        };
        let Some(path) = path.filter(|p| p.is_file()) else {
            return Err(missing());
        };
        let certs = CertificateDer::pem_file_iter(path).map_err(|e| {
            Error::failure(format!(
                "cannot read the root certificate file {}",
                path.display()
            ))
            .caused_by(e)
        })?;
        for cert in certs.flatten() {
            let _ = roots.add(cert);
        }
        if roots.is_empty() {
            return Err(Error::failure(format!(
                "the root certificate file {} holds no certificate",
                path.display()
            ))
            .with_hint("it must hold the CA's certificate in PEM"));
        }
        Ok(roots)
    }

    /// The client certificate and key, when the certificate file exists.
    fn client_identity(
        info: &ConnInfo,
    ) -> Result<Option<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>)>> {
        let Some(cert) = info.sslcert.as_deref().filter(|p| p.is_file()) else {
            return Ok(None);
        };
        let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
            .map_err(|e| {
                Error::failure(format!(
                    "cannot read the client certificate {}",
                    cert.display()
                ))
                .caused_by(e)
            })?
            .flatten()
            .collect();
        let Some(key_path) = info.sslkey.as_deref() else {
            return Ok(None);
        };
        {
            use std::os::unix::fs::{MetadataExt, PermissionsExt};
            let meta = std::fs::metadata(key_path).map_err(|e| {
                Error::failure(format!(
                    "the client certificate {} has no private key at {}",
                    cert.display(),
                    key_path.display()
                ))
                .caused_by(e)
                .with_hint("set sslkey (or PGSSLKEY) to the certificate's key file")
            })?;
            // libpq's rule: the key may be read by its owner only (root's may be 0640).
            let mode = meta.permissions().mode();
            let allowed = if meta.uid() == 0 { 0o037 } else { 0o077 };
            if mode & allowed != 0 {
                return Err(Error::failure(format!(
                    "the private key file {} has group or world access",
                    key_path.display()
                ))
                .with_hint(format!("chmod 600 {}", key_path.display())));
            }
        }
        let key = PrivateKeyDer::from_pem_file(key_path).map_err(|e| {
            Error::failure(format!(
                "cannot read the private key {}",
                key_path.display()
            ))
            .caused_by(e)
            .with_hint("it must be a PEM key (PKCS#8, PKCS#1 or SEC1) without a passphrase")
        })?;
        Ok(Some((chain, key)))
    }

    pub(super) fn config(info: &ConnInfo, mode: SslMode) -> Result<ClientConfig> {
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
        let builder = match mode {
            SslMode::VerifyFull => builder.with_root_certificates(roots(info)?),
            SslMode::VerifyCa => {
                let chain = WebPkiServerVerifier::builder_with_provider(
                    Arc::new(roots(info)?),
                    provider.clone(),
                )
                .build()
                .map_err(|e| Error::failure("cannot check server certificates").caused_by(e))?;
                builder
                    .dangerous()
                    .with_custom_certificate_verifier(lenient(Some(chain)))
            }
            SslMode::Disable | SslMode::Allow | SslMode::Prefer | SslMode::Require => builder
                .dangerous()
                .with_custom_certificate_verifier(lenient(None)),
        };
        match client_identity(info)? {
            Some((chain, key)) => builder.with_client_auth_cert(chain, key).map_err(|e| {
                Error::failure("the client certificate and its key do not go together")
                    .caused_by(e)
                    .with_hint("check sslcert and sslkey (PGSSLCERT, PGSSLKEY)")
            }),
            None => Ok(builder.with_no_client_auth()),
        }
    }
}
