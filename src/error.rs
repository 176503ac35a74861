//! The one error type of portalctl: every failure is an `Error` that knows its exit code, a
//! machine-readable kind, a message saying what went wrong and, where there is one, a hint
//! saying what to do next.

/// What kind of failure this is; each kind maps to one exit code of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Exit 1: store unreadable, I/O, anything unexpected.
    Failure,
    /// Exit 2: usage or invalid input.
    Usage,
    /// Exit 3: a referenced entity does not exist.
    NotFound,
    /// Exit 4: already exists, or a state change that is not allowed.
    Conflict,
    /// Exit 5: a confirmation was declined or could not be asked.
    Aborted,
    /// Exit 6: verification refused, or the config's policy forbids the actor.
    Denied,
    /// Exit 7: another process held the store past the busy timeout.
    Busy,
    /// Exit 130: interrupted with Ctrl-C at a prompt; nothing was changed.
    Interrupted,
    /// Not a failure: the reader of stdout went away (`| head`). Exit 0, and nothing printed.
    BrokenPipe,
}

impl Kind {
    /// The process exit code for this kind (SPEC "Exit codes").
    #[must_use]
    pub const fn exit_code(self) -> u8 {
        match self {
            Kind::Failure => 1,
            Kind::Usage => 2,
            Kind::NotFound => 3,
            Kind::Conflict => 4,
            Kind::Aborted => 5,
            Kind::Denied => 6,
            Kind::Busy => 7,
            Kind::Interrupted => 130,
            Kind::BrokenPipe => 0,
        }
    }

    /// The `kind` field of the JSON error envelope.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Kind::Failure => "failure",
            Kind::Usage => "usage",
            Kind::NotFound => "not_found",
            Kind::Conflict => "conflict",
            Kind::Aborted => "aborted",
            Kind::Denied => "denied",
            Kind::Busy => "busy",
            Kind::Interrupted => "interrupted",
            Kind::BrokenPipe => "broken_pipe",
        }
    }
}

/// A failure with its exit code, message, optional hint and the cause it came from (an I/O,
/// driver or parser error), which `source()` gives and `detail()` appends to the message.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
    #[source]
    pub cause: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            cause: None,
        }
    }

    /// Keeps `cause` as the error this one came from.
    #[must_use]
    pub fn caused_by(mut self, cause: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.cause = Some(Box::new(cause));
        self
    }

    /// The message with its cause, as people read it: `store error: disk I/O error`.
    #[must_use]
    pub fn detail(&self) -> String {
        match &self.cause {
            Some(c) => format!("{}: {c}", self.message),
            None => self.message.clone(),
        }
    }

    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(Kind::Failure, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(Kind::NotFound, message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(Kind::Conflict, message)
    }
    pub fn aborted(message: impl Into<String>) -> Self {
        Self::new(Kind::Aborted, message)
    }
    pub fn denied(message: impl Into<String>) -> Self {
        Self::new(Kind::Denied, message)
    }
    pub fn busy(message: impl Into<String>) -> Self {
        Self::new(Kind::Busy, message)
    }

    #[must_use]
    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }

    /// Whether this error only reports that stdout was closed by its reader (`| head`).
    #[must_use]
    pub fn is_broken_pipe(&self) -> bool {
        self.kind == Kind::BrokenPipe
    }

    fn broken_pipe(cause: impl std::error::Error + Send + Sync + 'static) -> Self {
        Self::new(Kind::BrokenPipe, "output closed by its reader").caused_by(cause)
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::broken_pipe(e);
        }
        Error::failure("I/O error").caused_by(e)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::busy(
                "the store is busy: another process held it past the busy timeout; nothing was written",
            )
            .with_hint("try again, or raise busy_timeout_ms in the config"),
            Some(ErrorCode::DiskFull) => Error::failure(
                "the disk is full (or the file-size limit was reached); nothing was written",
            )
            .with_hint("free some space and run the command again"),
            Some(ErrorCode::ReadOnly) => Error::failure("the store is read-only")
                .caused_by(e)
                .with_hint("check the permissions of the store file and its directory"),
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                Error::failure("the store is not a valid portalctl database")
                    .caused_by(e)
                    .with_hint("restore it from a backup (`portalctl db backup` makes one)")
            }
            Some(ErrorCode::CannotOpen) => Error::failure("cannot open the store")
                .caused_by(e)
                .with_hint("check that the path exists and is writable, or pass --db PATH"),
            _ => Error::failure("store error").caused_by(e),
        }
    }
}

impl From<postgres::Error> for Error {
    /// PostgreSQL's SQLSTATEs as the contract's exit codes. The message names what went wrong
    /// and never a password (the driver's messages hold none).
    fn from(e: postgres::Error) -> Self {
        use postgres::error::SqlState;
        let Some(db) = e.as_db_error() else {
            if e.is_closed() {
                return Error::failure("the connection to the PostgreSQL server was lost")
                    .caused_by(e)
                    .with_hint(
                        "check the server, then run the command again; nothing was written",
                    );
            }
            return Error::failure("PostgreSQL error").caused_by(e);
        };
        let code = db.code();
        if *code == SqlState::QUERY_CANCELED {
            let by_timeout = db.message().contains("statement timeout");
            return Error::failure(if by_timeout {
                "the server cancelled the statement: it ran longer than the server's statement_timeout; nothing was written".to_string()
            } else {
                format!("the server cancelled the statement ({}); nothing was written", db.message())
            })
            .with_hint(if by_timeout {
                "raise statement_timeout for this role or database (ALTER ROLE ... SET statement_timeout), or ask whoever keeps the server"
            } else {
                "someone cancelled it on the server (pg_cancel_backend); run the command again"
            });
        }
        if *code == SqlState::TOO_MANY_CONNECTIONS {
            return Error::busy(format!(
                "the PostgreSQL server has no free connection slot ({}); nothing was written",
                db.message()
            ))
            .with_hint("try again when other sessions have ended, or ask whoever keeps the server to raise max_connections (or put a pooler in front)");
        }
        if *code == SqlState::READ_ONLY_SQL_TRANSACTION {
            return Error::failure(format!(
                "{}: {}; nothing was written",
                crate::store::pg::READ_ONLY,
                db.message()
            ))
            .with_hint("connect to the primary as a role that may write");
        }
        if *code == SqlState::INVALID_PARAMETER_VALUE && db.message().contains("lock_timeout") {
            return Error::usage(format!(
                "busy_timeout_ms is more than the server accepts as lock_timeout ({})",
                db.message()
            ))
            .with_hint("set busy_timeout_ms in the config to at most 2147483647");
        }
        if *code == SqlState::LOCK_NOT_AVAILABLE
            || *code == SqlState::T_R_SERIALIZATION_FAILURE
            || *code == SqlState::T_R_DEADLOCK_DETECTED
        {
            return Error::busy(
                "the store is busy: another session held it past the busy timeout; nothing was written",
            )
            .with_hint("try again, or raise busy_timeout_ms in the config");
        }
        if *code == SqlState::INSUFFICIENT_PRIVILEGE {
            return Error::denied(format!(
                "the database refused: {}; nothing was written",
                db.message()
            ))
            .with_hint(
                "ask whoever keeps the database to grant your role portalctl_reader, portalctl_operator or portalctl_admin (see `portalctl db grants`)",
            );
        }
        if *code == SqlState::UNIQUE_VIOLATION {
            return Error::conflict(format!(
                "it already exists: {}",
                db.detail().unwrap_or(db.message())
            ));
        }
        if *code == SqlState::DISK_FULL {
            return Error::failure("the database server's disk is full; nothing was written");
        }
        if *code == SqlState::INVALID_PASSWORD
            || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
        {
            return Error::failure(format!("the PostgreSQL server refused the login: {}", db.message()))
                .with_hint("check the user in --db and the password in PGPASSWORD or the password file (PGPASSFILE, ~/.pgpass)");
        }
        Error::failure(format!(
            "PostgreSQL error: {} ({})",
            db.message(),
            code.code()
        ))
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        if e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe) {
            return Error::broken_pipe(e);
        }
        Error::failure("cannot write JSON").caused_by(e)
    }
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Self {
        if let csv::ErrorKind::Io(io) = e.kind()
            && io.kind() == std::io::ErrorKind::BrokenPipe
        {
            return Error::broken_pipe(e);
        }
        Error::failure("cannot write CSV").caused_by(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_contract_exit_code() {
        let table = [
            (Kind::Failure, 1, "failure"),
            (Kind::Usage, 2, "usage"),
            (Kind::NotFound, 3, "not_found"),
            (Kind::Conflict, 4, "conflict"),
            (Kind::Aborted, 5, "aborted"),
            (Kind::Denied, 6, "denied"),
            (Kind::Busy, 7, "busy"),
        ];
        for (kind, code, name) in table {
            assert_eq!(kind.exit_code(), code, "{kind:?}");
            assert_eq!(kind.name(), name, "{kind:?}");
        }
    }

    #[test]
    fn sqlite_busy_maps_to_exit_7() {
        let e = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        );
        let err = Error::from(e);
        assert_eq!(err.exit_code(), 7);
        assert!(err.hint.as_deref().unwrap_or("").contains("try again"));
    }

    #[test]
    fn sqlite_full_maps_to_exit_1_with_hint() {
        let e = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            None,
        );
        let err = Error::from(e);
        assert_eq!(err.exit_code(), 1);
        assert!(err.message.contains("disk is full"));
    }

    #[test]
    fn broken_pipe_is_recognised() {
        let err = Error::from(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        assert!(err.is_broken_pipe());
        assert_eq!(err.exit_code(), 0);
        // By its kind, not by a message that happens to read the same.
        assert!(!Error::failure("output closed by its reader").is_broken_pipe());
        let csv = Error::from(csv::Error::from(std::io::Error::from(
            std::io::ErrorKind::BrokenPipe,
        )));
        assert!(csv.is_broken_pipe());
    }

    #[test]
    fn a_cause_is_kept_as_the_source_and_read_with_the_message() {
        use std::error::Error as _;
        let io = std::io::Error::other("disk on fire");
        let err = Error::from(io);
        assert_eq!(err.message, "I/O error");
        assert_eq!(err.detail(), "I/O error: disk on fire");
        assert_eq!(
            err.source().map(ToString::to_string).as_deref(),
            Some("disk on fire")
        );
        let plain = Error::usage("bad").with_hint("do better");
        assert!(plain.source().is_none());
        assert_eq!(plain.detail(), "bad");
    }
}
