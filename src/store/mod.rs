//! The store: one `SQLite` file behind one door. Opening sets up every connection the same way
//! (busy timeout, WAL, foreign keys, full sync), applies pending migrations, and refuses a
//! store newer than this binary. Every write runs in one `BEGIN IMMEDIATE` transaction that
//! also writes its audit rows. SQL lives in this module and its children only.

pub mod audit;
pub mod conninfo;
pub mod contact;
pub mod copy;
pub mod customer;
pub mod db;
mod file;
pub mod invitation;
pub mod lookalike;
pub mod migrations;
pub mod names;
pub mod partner;
mod path;
pub mod person;
pub mod pg;
pub mod pgconnect;
pub mod portal;
pub mod probe;
mod query;
pub mod site;
pub mod staff;
pub mod tables;
pub mod tree;
mod writer;

pub(crate) use file::check_version;
pub(crate) use file::current_uid;
pub use file::os_user;
use file::{
    backup_prefix, copy_pages, open_error, prepare_file, read_only_hint, refuse_foreign,
    refuse_tampered, remove_stale_backups, sidecar, switch_to_wal, with_path,
};
pub use query::doomed;
pub use query::{Cascade, Changes, Listing, SortKey};
pub(crate) use query::{Query, as_id, cascade_under, delete_one, sort_keys};

use std::fs::OpenOptions;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

pub use db::Db;
pub use path::Create;
pub use writer::Writer;

use crate::error::{Error, Result};

pub struct Store {
    db: Db,
    /// The schema version the store had when it was opened (before any migration).
    opened_at: i64,
    /// The file, for hints that name it (none for an in-memory store).
    path: Option<PathBuf>,
    /// The authenticated identity: on `SQLite`, the OS user running the process.
    user: String,
    /// Whether this open created the store (a new file, or the schema on a server).
    created: bool,
}

impl Store {
    /// Opens the store at `path`, creating it when missing only for a write (and its
    /// directory only for the platform default). What the path is, when it cannot be a
    /// store, is said by `path::inspect`.
    pub fn open(path: &Path, busy_timeout_ms: u32, create: Create) -> Result<Store> {
        let mut created = false;
        match path::inspect(path)? {
            path::Place::Missing { dir_missing } => match (create, dir_missing) {
                (Create::No, dir) => return Err(path::missing(path, dir.as_deref())),
                (Create::Yes, Some(dir)) => return Err(path::missing_directory(path, &dir)),
                (Create::Yes | Create::WithDirectory, _) => created = prepare_file(path)?,
            },
            path::Place::Sqlite => {}
        }
        refuse_tampered(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| open_error(path, e))?;
        let mut store =
            Self::setup(conn, busy_timeout_ms, Some(path)).map_err(|e| with_path(e, path))?;
        store.created = created;
        Ok(store)
    }

    /// Whether this open created the store file (the first write to a new path).
    #[must_use]
    pub fn created(&self) -> bool {
        self.created
    }

    /// The store `--db` names, as a message may show it: a URL without its password.
    #[must_use]
    pub fn shown_location(db: &Path) -> String {
        match db.to_str().filter(|p| pg::is_url(p)) {
            Some(url) => pg::redact(url),
            None => db.display().to_string(),
        }
    }

    /// The store that `--db` names: a `postgres://` URL or a SQLite file.
    pub fn open_named(db: &Path, busy_timeout_ms: u32, create: Create) -> Result<Store> {
        Self::open_named_within(db, busy_timeout_ms, create, None)
    }

    /// Like `open_named`, a server connection given up on after `cap` at most (completion).
    pub fn open_named_within(
        db: &Path,
        busy_timeout_ms: u32,
        create: Create,
        cap: Option<std::time::Duration>,
    ) -> Result<Store> {
        match db.to_str().filter(|p| pg::is_url(p)) {
            Some(url) => Self::connect_url(url, busy_timeout_ms, create, cap),
            None => Self::open(db, busy_timeout_ms, create),
        }
    }

    /// Opens the store on the PostgreSQL server `url`: creates (or migrates) the schema only
    /// for a write; a database without it is exit 3 for a read, another application's
    /// database or a newer schema is refused untouched.
    pub fn open_url(url: &str, busy_timeout_ms: u32, create: Create) -> Result<Store> {
        Self::connect_url(url, busy_timeout_ms, create, None)
    }

    fn connect_url(
        url: &str,
        busy_timeout_ms: u32,
        create: Create,
        cap: Option<std::time::Duration>,
    ) -> Result<Store> {
        let db = pg::connect(url, busy_timeout_ms, cap)?;
        let user = pg::session_user(&db)?;
        let version = match pg::schema(&db)? {
            pg::Schema::Version(v) => {
                check_version(v)?;
                v
            }
            pg::Schema::Foreign(n) => return Err(pg::foreign(n)),
            pg::Schema::Empty if create == Create::No => {
                return Err(Error::not_found(format!(
                    "no portalctl store in {}",
                    pg::redact(url)
                ))
                .with_hint("the first write (or `portalctl db migrate`) creates it; check --db / PORTALCTL_DB"));
            }
            pg::Schema::Empty => 0,
        };
        let mut store = Store {
            db,
            opened_at: version,
            path: None,
            user,
            created: version == 0 && create != Create::No,
        };
        if version < migrations::latest() {
            store.migrate()?;
        }
        Ok(store)
    }

    /// A private in-memory store with the same setup, for unit tests and for planning
    /// against a store that does not exist yet.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        Self::setup(conn, crate::config::DEFAULT_BUSY_TIMEOUT_MS, None)
    }

    fn setup(conn: Connection, busy_timeout_ms: u32, path: Option<&Path>) -> Result<Store> {
        // The busy timeout comes first, so that everything after it waits for other writers
        // instead of failing with "database is locked".
        conn.busy_timeout(std::time::Duration::from_millis(u64::from(busy_timeout_ms)))?;
        // Read the version before changing anything, so a newer or foreign file is left
        // byte-for-byte untouched. A failed read is an error, never "version 0".
        let mut version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version == 0 {
            // A new file, or one another process is creating right now: the version and the
            // table count are read again in one snapshot, or the tables it has just made
            // would look like another application's.
            conn.execute_batch("BEGIN DEFERRED")?;
            let seen = (|| -> Result<i64> {
                let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
                if version == 0 {
                    refuse_foreign(&conn)?;
                }
                Ok(version)
            })();
            let ended = conn.execute_batch("COMMIT");
            version = seen?;
            ended?;
        }
        check_version(version)?;
        if path.is_some() {
            switch_to_wal(&conn, busy_timeout_ms)?;
        }
        conn.pragma_update(None, "foreign_keys", "ON")?;
        let fk: i64 = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
        if fk != 1 {
            return Err(Error::failure(
                "this SQLite build cannot enforce foreign keys; refusing to use the store",
            ));
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        // Room for every statement a bulk apply runs in its loop, so none is parsed twice.
        conn.set_prepared_statement_cache_capacity(64);
        // Plans that do not depend on the values bound: otherwise SQLite may parse a cached
        // statement again at each new value (a prune's cascade count was re-prepared for
        // every customer).
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        let mut store = Store {
            db: Db::sqlite_of(conn),
            opened_at: version,
            path: path.map(Path::to_path_buf),
            user: os_user(),
            created: false,
        };
        if version < migrations::latest() {
            store.migrate()?;
        }
        Ok(store)
    }

    /// Applies every pending migration in one immediate transaction. Safe to run from several
    /// processes at once: the version is read again under the write lock. Foreign keys are
    /// off while the steps run (a table rebuild must not cascade) and checked before commit.
    pub fn migrate(&mut self) -> Result<(i64, i64)> {
        if self.db.dialect() == db::Dialect::Postgres {
            return pg::migrate(&self.db);
        }
        self.db.batch("PRAGMA foreign_keys = OFF")?;
        let result = self.migrate_steps();
        let restored = self.db.batch("PRAGMA foreign_keys = ON");
        let done = result?;
        restored?;
        Ok(done)
    }

    fn migrate_steps(&mut self) -> Result<(i64, i64)> {
        let db = &self.db;
        db.transaction("BEGIN IMMEDIATE", "COMMIT", || {
            let from = self.version()?;
            check_version(from)?;
            if let (0, Some(conn)) = (from, db.sqlite()) {
                // Checked again under the lock: nothing may have appeared since the open.
                refuse_foreign(conn)?;
            }
            migrations::run(db, migrations::MIGRATIONS, from)?;
            let to = migrations::latest();
            if from != to {
                let broken: i64 = db.query_row(
                    "SELECT count(*) FROM pragma_foreign_key_check",
                    [0i64; 0],
                    |r| r.get(0),
                )?;
                if broken > 0 {
                    return Err(Error::failure(format!(
                        "the migration to schema version {to} found {broken} broken references; nothing was changed"
                    ))
                    .with_hint("run `portalctl db check` with the previous portalctl and repair the store first"));
                }
                db.batch(&format!("PRAGMA user_version = {to}"))?;
            }
            Ok((from, to))
        })
    }

    /// The schema version the store had before this process opened (and migrated) it.
    #[must_use]
    pub fn opened_at_version(&self) -> i64 {
        self.opened_at
    }

    /// The store's schema version.
    pub fn version(&self) -> Result<i64> {
        match self.db.dialect() {
            db::Dialect::Sqlite => self
                .db
                .query_row("PRAGMA user_version", [0i64; 0], |r| r.get(0)),
            db::Dialect::Postgres => match pg::schema(&self.db)? {
                pg::Schema::Version(v) => Ok(v),
                _ => Ok(0),
            },
        }
    }

    /// The connection, for reads (each statement sees one consistent snapshot).
    #[must_use]
    pub fn conn(&self) -> &Db {
        &self.db
    }

    /// Runs `f` in one immediate transaction: all of it is written, or none of it.
    pub fn write<T>(&mut self, actor: &str, f: impl FnOnce(&Writer) -> Result<T>) -> Result<T> {
        self.transaction(actor, true, f)
    }

    /// Runs `f` in one immediate transaction and rolls it back: everything the write would
    /// check (constraints, conflicts) is checked, and nothing is kept. For dry runs.
    pub fn rehearse<T>(&mut self, actor: &str, f: impl FnOnce(&Writer) -> Result<T>) -> Result<T> {
        self.transaction(actor, false, f)
    }

    fn transaction<T>(
        &mut self,
        actor: &str,
        commit: bool,
        f: impl FnOnce(&Writer) -> Result<T>,
    ) -> Result<T> {
        let path = self.path.clone();
        let db = &self.db;
        let begin = match db.dialect() {
            db::Dialect::Sqlite => "BEGIN IMMEDIATE",
            db::Dialect::Postgres => pg::BEGIN_WRITE,
        };
        let end = if commit { "COMMIT" } else { "ROLLBACK" };
        let result = db.transaction(begin, end, || {
            let w = Writer {
                db,
                actor,
                user: &self.user,
                now: crate::clock::now_rfc3339(),
                audit: std::cell::RefCell::new(Vec::new()),
                names_known: std::cell::Cell::new(false),
                named: std::cell::RefCell::new(Vec::new()),
            };
            let value = f(&w)?;
            w.flush_audit()?;
            // What a bulk write queued is sent; the look-alike check needs the real ids.
            db.settle()?;
            let named: Vec<_> = w
                .named
                .borrow()
                .iter()
                .map(|(kind, id)| (*kind, db.real_id(*id)))
                .collect();
            lookalike::check(&w, &named)?;
            Ok(value)
        });
        result.map_err(|e| match &path {
            Some(p) => read_only_hint(e, p),
            None => e,
        })
    }

    /// The authenticated user (the OS user of this process on `SQLite`).
    #[must_use]
    pub fn user(&self) -> &str {
        &self.user
    }

    /// `PRAGMA integrity_check` and `foreign_key_check`: an empty list means clean.
    pub fn check(&self) -> Result<Vec<String>> {
        if self.db.dialect() == db::Dialect::Postgres {
            return self.check_references();
        }
        let mut findings = Vec::new();
        self.db.each("PRAGMA integrity_check", &[], |r| {
            let line: String = r.get(0)?;
            if line != "ok" {
                findings.push(format!("integrity: {line}"));
            }
            Ok(())
        })?;
        self.db.each("PRAGMA foreign_key_check", &[], |r| {
            findings.push(format!(
                "foreign key: {} row {} references missing {}",
                r.get::<String>(0)?,
                r.get::<Option<i64>>(1)?
                    .map_or("?".into(), |v| v.to_string()),
                r.get::<String>(2)?
            ));
            Ok(())
        })?;
        Ok(findings)
    }

    /// `db backup` of a PostgreSQL store: a copy from one snapshot into a new SQLite file
    /// beside `dest`, made a single self-contained file and renamed into place.
    fn backup_from_server(&self, tmp: &Path, dest: &Path) -> Result<()> {
        // Made new (never a file someone else created), 0600, before the copy opens it.
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .custom_flags(libc_o_nofollow())
            .open(tmp)
            .map_err(|e| {
                Error::failure(format!("cannot create {}", tmp.display()))
                    .caused_by(e)
                    .with_hint("check that the backup's directory exists and is writable")
            })?;
        let result = (|| -> Result<()> {
            let tmp_text = tmp
                .to_str()
                .ok_or_else(|| Error::usage(format!("{} is not a UTF-8 path", tmp.display())))?;
            self.copy_to(tmp_text, crate::config::DEFAULT_BUSY_TIMEOUT_MS)?;
            let out = Connection::open(tmp)?;
            let _: String = out.query_row("PRAGMA journal_mode=DELETE", [], |r| r.get(0))?;
            out.close().map_err(|(_, e)| Error::from(e))?;
            std::fs::rename(tmp, dest).map_err(|e| {
                Error::failure(format!("cannot write {}", dest.display())).caused_by(e)
            })?;
            Ok(())
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(tmp);
            let _ = std::fs::remove_file(sidecar(tmp, "-wal"));
            let _ = std::fs::remove_file(sidecar(tmp, "-shm"));
        }
        result
    }

    /// On PostgreSQL: the schema version, and every reference resolving (a restore with
    /// triggers off can break one there too).
    fn check_references(&self) -> Result<Vec<String>> {
        let mut findings = Vec::new();
        let v = self.version()?;
        if v != migrations::latest() {
            findings.push(format!(
                "schema: version {v}, this portalctl writes {}",
                migrations::latest()
            ));
        }
        for (table, column, parent) in tables::references() {
            self.db.each(
                &format!(
                    "SELECT c.id, c.{column} FROM {table} c WHERE c.{column} IS NOT NULL
                     AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE p.id = c.{column}) ORDER BY c.id"
                ),
                &[],
                |r| {
                    findings.push(format!(
                        "foreign key: {table} row {} references missing {parent} {}",
                        r.get::<i64>(0)?,
                        r.get::<i64>(1)?
                    ));
                    Ok(())
                },
            )?;
        }
        Ok(findings)
    }

    /// Where `backup` writes its copy of `dest` before renaming it into place: beside it,
    /// named by this process's id and a random part drawn once per process, so no other user
    /// can create the name first (the file is created new all the same).
    #[must_use]
    pub fn backup_temp(dest: &Path) -> PathBuf {
        static NONCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let nonce = NONCE.get_or_init(|| {
            crate::secret::random_string(b"0123456789abcdefghjkmnpqrstvwxyz", 12)
                .unwrap_or_else(|_| "x".repeat(12))
        });
        dest.with_file_name(format!(
            "{}{}-{nonce}",
            backup_prefix(dest),
            std::process::id()
        ))
    }

    /// Copies the store to `dest` with `SQLite`'s online backup API, all pages in one step (one
    /// snapshot, consistent while other processes write, never restarted by them). The copy is
    /// written beside `dest` with mode 0600 and renamed over it, so `dest` is never
    /// half-written.
    pub fn backup(&self, dest: &Path, busy_timeout_ms: u32) -> Result<()> {
        remove_stale_backups(dest, &backup_prefix(dest));
        let tmp = Self::backup_temp(dest);
        if self.db.dialect() == db::Dialect::Postgres {
            return self.backup_from_server(&tmp, dest);
        }
        let result = (|| -> Result<()> {
            OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .custom_flags(libc_o_nofollow())
                .open(&tmp)
                .map_err(|e| {
                    Error::failure(format!("cannot create {}", tmp.display()))
                        .caused_by(e)
                        .with_hint("check that the backup's directory exists and is writable")
                })?;
            std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600))?;
            let mut out = Connection::open(&tmp)?;
            // A temporary copy needs no journal: if it is interrupted, it is thrown away.
            out.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")?;
            let source = self
                .db
                .sqlite()
                .ok_or_else(|| Error::failure("this store is not a SQLite file"))?;
            copy_pages(source, &mut out, busy_timeout_ms)?;
            // A backup is a single self-contained file: no WAL beside it.
            let _: String = out.query_row("PRAGMA journal_mode=DELETE", [], |r| r.get(0))?;
            out.close().map_err(|(_, e)| Error::from(e))?;
            // Written without syncs: made durable once, before it takes the backup's name.
            std::fs::File::open(&tmp)?.sync_all()?;
            std::fs::rename(&tmp, dest).map_err(|e| {
                Error::failure(format!("cannot write {}", dest.display())).caused_by(e)
            })?;
            Ok(())
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }
}

/// `O_NOFOLLOW` (Linux): a temporary file is never opened through a link someone planted.
/// (`create_new` already refuses any existing name, links included; this says so twice.)
const fn libc_o_nofollow() -> i32 {
    0o400_000
}

#[cfg(test)]
mod tests;
