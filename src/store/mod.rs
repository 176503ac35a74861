//! The store: one `SQLite` file behind one door. Opening sets up every connection the same way
//! (busy timeout, WAL, foreign keys, full sync), applies pending migrations, and refuses a
//! store newer than this binary. Every write runs in one `BEGIN IMMEDIATE` transaction that
//! also writes its audit rows. SQL lives in this module and its children only.

pub mod audit;
pub mod contact;
pub mod copy;
pub mod customer;
pub mod db;
pub mod invitation;
pub mod migrations;
pub mod names;
pub mod partner;
pub mod pg;
pub mod portal;
pub mod probe;
pub mod site;
pub mod tree;

use std::fmt::Write as _;
use std::fs::{DirBuilder, OpenOptions};
use std::ops::Deref;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

pub use db::Db;

use crate::error::{Error, Result};

pub struct Store {
    db: Db,
    /// The schema version the store had when it was opened (before any migration).
    opened_at: i64,
    /// The file, for hints that name it (none for an in-memory store).
    path: Option<PathBuf>,
    /// The authenticated identity: on `SQLite`, the OS user running the process.
    user: String,
}

/// A write in progress: the immediate transaction plus who acts and when, for the audit rows.
pub struct Writer<'a> {
    db: &'a Db,
    actor: &'a str,
    user: &'a str,
    now: String,
    /// Audit rows not yet inserted: written in batches (one statement for many rows) and
    /// always before the commit.
    audit: std::cell::RefCell<Vec<db::Value>>,
    /// The caller loaded the whole tree under this lock and keeps names unique itself (the
    /// bulk apply): inserts skip their one-row name lookups. The unique indexes still hold.
    names_known: std::cell::Cell<bool>,
}

/// Audit rows per insert statement.
const AUDIT_BATCH: usize = 100;

impl Deref for Writer<'_> {
    type Target = Db;
    fn deref(&self) -> &Db {
        self.db
    }
}

impl Writer<'_> {
    #[must_use]
    pub fn actor(&self) -> &str {
        self.actor
    }
    /// The authenticated user (the OS user on `SQLite`), recorded beside the actor.
    #[must_use]
    pub fn user(&self) -> &str {
        self.user
    }
    /// The timestamp of this write (every row it touches gets the same one).
    #[must_use]
    pub fn now(&self) -> &str {
        &self.now
    }

    /// Declares that the caller checks name uniqueness against a snapshot read under this
    /// lock (see `names_known`).
    pub fn names_known_from_snapshot(&self) {
        self.names_known.set(true);
    }

    /// Whether an insert must look its name up first.
    pub(crate) fn check_names(&self) -> bool {
        !self.names_known.get()
    }

    /// Queues one audit row (its eight columns); a full batch is inserted at once.
    pub(crate) fn queue_audit(&self, row: [db::Value; audit::FIELDS]) -> Result<()> {
        let full = {
            let mut pending = self.audit.borrow_mut();
            pending.extend(row);
            pending.len() >= AUDIT_BATCH * audit::FIELDS
        };
        if full { self.flush_audit() } else { Ok(()) }
    }

    /// Inserts the queued audit rows, in order, in one statement.
    pub(crate) fn flush_audit(&self) -> Result<()> {
        let values = std::mem::take(&mut *self.audit.borrow_mut());
        if values.is_empty() {
            return Ok(());
        }
        let rows = values.len() / audit::FIELDS;
        if rows == AUDIT_BATCH {
            // The full batch's statement text is made once per process.
            static FULL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
            let sql = FULL.get_or_init(|| audit::insert_sql(AUDIT_BATCH));
            self.db.execute(sql, &values)?;
        } else {
            self.db.execute(&audit::insert_sql(rows), &values)?;
        }
        Ok(())
    }
}

/// Whether a store that does not exist yet may be created by this open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Create {
    /// A write: create the file (0600) and its directory (0700) when missing.
    Yes,
    /// A read: a missing store is exit 3, and nothing is left behind.
    No,
}

impl Store {
    /// Opens the store at `path`, creating it when missing only for a write.
    pub fn open(path: &Path, busy_timeout_ms: u32, create: Create) -> Result<Store> {
        if create == Create::No && !path.exists() {
            return Err(Error::not_found(format!("no store at {}", path.display()))
                .with_hint("check --db / PORTALCTL_DB; the first write (e.g. `portalctl partner create`) creates the store"));
        }
        prepare_file(path)?;
        refuse_tampered(path)?;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(|e| open_error(path, e))?;
        Self::setup(conn, busy_timeout_ms, Some(path)).map_err(|e| with_path(e, path))
    }

    /// The store that `--db` names: a `postgres://` URL or a SQLite file.
    pub fn open_named(db: &Path, busy_timeout_ms: u32, create: Create) -> Result<Store> {
        match db.to_str().filter(|p| pg::is_url(p)) {
            Some(url) => Self::open_url(url, busy_timeout_ms, create),
            None => Self::open(db, busy_timeout_ms, create),
        }
    }

    /// Opens the store on the PostgreSQL server `url`: creates (or migrates) the schema only
    /// for a write; a database without it is exit 3 for a read, another application's
    /// database or a newer schema is refused untouched.
    pub fn open_url(url: &str, busy_timeout_ms: u32, create: Create) -> Result<Store> {
        let db = pg::connect(url, busy_timeout_ms)?;
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
        let mut store = Store {
            db: Db::Sqlite(conn),
            opened_at: version,
            path: path.map(Path::to_path_buf),
            user: os_user(),
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
        db.batch("BEGIN IMMEDIATE")?;
        let result = (|| {
            let from = self.version()?;
            check_version(from)?;
            if let (0, db::Db::Sqlite(conn)) = (from, db) {
                // Checked again under the lock: nothing may have appeared since the open.
                refuse_foreign(conn)?;
            }
            let start = usize::try_from(from).unwrap_or(0);
            for step in &migrations::MIGRATIONS[start..] {
                db.batch(step.sql)?;
                if let Some(backfill) = step.backfill {
                    backfill(db)?;
                }
            }
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
            db.batch("COMMIT")?;
            Ok((from, to))
        })();
        if result.is_err() {
            let _ = db.batch("ROLLBACK");
        }
        result
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
        let result = (|| {
            db.batch(match db.dialect() {
                db::Dialect::Sqlite => "BEGIN IMMEDIATE",
                db::Dialect::Postgres => pg::BEGIN_WRITE,
            })?;
            let w = Writer {
                db,
                actor,
                user: &self.user,
                now: crate::clock::now_rfc3339(),
                audit: std::cell::RefCell::new(Vec::new()),
                names_known: std::cell::Cell::new(false),
            };
            let value = match f(&w).and_then(|v| w.flush_audit().map(|()| v)) {
                Ok(v) => v,
                Err(e) => {
                    let _ = db.batch("ROLLBACK");
                    return Err(e);
                }
            };
            let end = if commit { "COMMIT" } else { "ROLLBACK" };
            if let Err(e) = db.batch(end) {
                let _ = db.batch("ROLLBACK");
                return Err(e);
            }
            Ok(value)
        })();
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
        let result = (|| -> Result<()> {
            let tmp_text = tmp
                .to_str()
                .ok_or_else(|| Error::usage(format!("{} is not a UTF-8 path", tmp.display())))?;
            self.copy_to(tmp_text, crate::config::DEFAULT_BUSY_TIMEOUT_MS)?;
            let out = Connection::open(tmp)?;
            let _: String = out.query_row("PRAGMA journal_mode=DELETE", [], |r| r.get(0))?;
            out.close().map_err(|(_, e)| Error::from(e))?;
            std::fs::rename(tmp, dest)
                .map_err(|e| Error::failure(format!("cannot write {}: {e}", dest.display())))?;
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
        for (table, column, parent) in REFERENCES {
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

    /// Where `backup` writes its copy of `dest` before renaming it into place.
    #[must_use]
    pub fn backup_temp(dest: &Path) -> PathBuf {
        dest.with_file_name(format!("{}{}", backup_prefix(dest), std::process::id()))
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
                .open(&tmp)
                .map_err(|e| {
                    Error::failure(format!("cannot create {}: {e}", tmp.display()))
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
            std::fs::rename(&tmp, dest)
                .map_err(|e| Error::failure(format!("cannot write {}: {e}", dest.display())))?;
            Ok(())
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }
}

/// Copies every page of `source` into `out` in one step: one read transaction, so one
/// snapshot, which writers on other connections (WAL) neither wait for nor restart. Only a
/// lock held against readers (a checkpoint truncating the log) is waited for, within the
/// busy timeout.
fn copy_pages(source: &Connection, out: &mut Connection, busy_timeout_ms: u32) -> Result<()> {
    use rusqlite::backup::{Backup, StepResult};
    let backup = Backup::new(source, out)?;
    let deadline = Deadline::after(busy_timeout_ms);
    loop {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            StepResult::More => {}
            _ if deadline.wait() => {}
            _ => {
                return Err(Error::busy(
                    "the store stayed locked past the busy timeout; the backup was not written",
                ));
            }
        }
    }
}

/// Every reference of the schema: (table, column, the table it points into).
pub const REFERENCES: [(&str, &str, &str); 6] = [
    ("customer", "partner_id", "partner"),
    ("site", "customer_id", "customer"),
    ("probe", "site_id", "site"),
    ("contact", "customer_id", "customer"),
    ("invitation", "customer_id", "customer"),
    ("invitation", "guest_id", "contact"),
];

/// The name of a backup's temporary copies before the process id.
fn backup_prefix(dest: &Path) -> String {
    let base = dest
        .file_name()
        .map_or_else(|| "backup".into(), |n| n.to_string_lossy().into_owned());
    format!(".{base}.portalctl-backup-")
}

/// Removes the half-written copies that interrupted backups (killed, Ctrl-C) left beside
/// `dest`: their name ends with the id of a process that no longer runs.
fn remove_stale_backups(dest: &Path, prefix: &str) {
    let dir = match dest.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(d) => d.to_path_buf(),
        None => PathBuf::from("."),
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix(prefix) else {
            continue;
        };
        let Some(pid) = crate::model::canonical_id(pid) else {
            continue;
        };
        if !Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Refuses a store that another user could have planted or could rewrite: the file, its
/// `-wal` or its `-shm` world-writable, or owned by someone other than the user running the
/// command (root may use anyone's store).
fn refuse_tampered(path: &Path) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let me = current_uid();
    for file in [
        path.to_path_buf(),
        sidecar(path, "-wal"),
        sidecar(path, "-shm"),
    ] {
        let Ok(meta) = std::fs::symlink_metadata(&file) else {
            continue;
        };
        if meta.mode() & 0o002 != 0 {
            return Err(Error::failure(format!(
                "{} is writable by every user, so anyone could have changed the store; refusing to use it",
                file.display()
            ))
            .with_hint(format!(
                "if you trust its contents, run: chmod 600 '{}'",
                file.display()
            )));
        }
        if let Some(me) = me
            && me != 0
            && meta.uid() != me
        {
            return Err(Error::failure(format!(
                "{} belongs to another user (uid {}), who could read or forge the store; refusing to use it",
                file.display(),
                meta.uid()
            ))
            .with_hint(format!(
                "if you trust its contents, take it over: sudo chown \"$(id -un)\" '{}' (or use your own --db PATH)",
                file.display()
            )));
        }
    }
    Ok(())
}

/// Refuses a `SQLite` file at schema version 0 that already holds tables: another
/// application's database, which portalctl must leave byte-for-byte untouched.
/// Puts the store in WAL mode, once for its life (the mode is kept in the file). Changing the
/// mode needs the file to itself and SQLite does not wait for that through the busy handler,
/// so several processes creating one store at once retry here, within the busy timeout.
/// The end of a wait for another connection's lock: a retry loop sleeps 5 ms a turn until it.
struct Deadline(std::time::Instant);

impl Deadline {
    fn after(busy_timeout_ms: u32) -> Deadline {
        Deadline(
            std::time::Instant::now() + std::time::Duration::from_millis(busy_timeout_ms.into()),
        )
    }

    /// Sleeps one turn and says whether to try again (false: the time is up).
    fn wait(&self) -> bool {
        if std::time::Instant::now() >= self.0 {
            return false;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
        true
    }
}

fn switch_to_wal(conn: &Connection, busy_timeout_ms: u32) -> Result<()> {
    let deadline = Deadline::after(busy_timeout_ms);
    loop {
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if mode.eq_ignore_ascii_case("wal") {
            return Ok(());
        }
        match conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0)) {
            Ok(mode) if mode.eq_ignore_ascii_case("wal") => return Ok(()),
            Ok(mode) => {
                return Err(Error::failure(format!(
                    "the store could not be switched to WAL mode (it reports {mode})"
                )));
            }
            Err(e)
                if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
                    && deadline.wait() => {}
            Err(e) => return Err(e.into()),
        }
    }
}

fn refuse_foreign(conn: &Connection) -> Result<()> {
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
        [],
        |r| r.get(0),
    )?;
    if tables > 0 {
        return Err(Error::failure(format!(
            "this SQLite file holds {tables} tables or indexes of another application and no portalctl schema; refusing to touch it"
        ))
        .with_hint("point --db at a portalctl store, or at a new path to create one"));
    }
    Ok(())
}

/// `path` with `suffix` appended to its file name (`portal.db-wal`).
fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// A write refused as read-only: say which file is in the way. A `-shm` left at 0400 by an
/// earlier read-only open keeps every later write read-only even after the store is fixed.
fn read_only_hint(e: Error, path: &Path) -> Error {
    if !e.message.starts_with("the store is read-only") {
        return e;
    }
    // Tried, not read off the mode: root ignores modes, and `chattr +i` is not a mode.
    let not_writable = |p: &Path| p.exists() && OpenOptions::new().write(true).open(p).is_err();
    let shm = sidecar(path, "-shm");
    let wal = sidecar(path, "-wal");
    if not_writable(path) {
        e.with_hint(format!(
            "make the store writable: chmod 600 '{}'",
            path.display()
        ))
    } else if not_writable(&shm) || not_writable(&wal) {
        e.with_hint(format!(
            "remove the read-only leftovers of an earlier read-only open (no portalctl may be running): rm -f '{}' '{}'",
            shm.display(),
            wal.display()
        ))
    } else {
        e
    }
}

/// The real uid of this process (the owner of `/proc/self`).
fn current_uid() -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").ok().map(|m| m.uid())
}

/// The OS user running the process, from its uid and the password database (never from
/// `USER` or `LOGNAME`, which anyone can set); `uid:N` when the uid has no entry.
#[must_use]
pub fn os_user() -> String {
    let Some(uid) = current_uid() else {
        return "unknown".to_string();
    };
    let uid_text = uid.to_string();
    std::fs::read_to_string("/etc/passwd")
        .ok()
        .and_then(|passwd| {
            passwd.lines().find_map(|line| {
                let mut fields = line.split(':');
                let name = fields.next()?;
                (fields.nth(1)? == uid_text).then(|| name.to_string())
            })
        })
        .unwrap_or_else(|| format!("uid:{uid}"))
}

pub(crate) fn check_version(version: i64) -> Result<()> {
    let latest = migrations::latest();
    if version > latest {
        return Err(Error::failure(format!(
            "the store has schema version {version}, newer than this portalctl understands ({latest})"
        ))
        .with_hint("upgrade portalctl; the store was left untouched"));
    }
    if version < 0 {
        return Err(Error::failure(format!(
            "the store has an invalid schema version {version}"
        )));
    }
    Ok(())
}

/// Creates the parent directory (0700) and the file (0600) before `SQLite` opens it, so the
/// store is private from its first byte whatever the umask.
fn prepare_file(path: &Path) -> Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && !parent.exists()
    {
        DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(parent)
            .map_err(|e| {
                Error::failure(format!(
                    "cannot create the store's directory {}: {e}",
                    parent.display()
                ))
                .with_hint("create it yourself or pass another --db PATH")
            })?;
    }
    match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(
            Error::failure(format!("cannot create the store {}: {e}", path.display()))
                .with_hint("check the directory's permissions, or pass another --db PATH"),
        ),
    }
}

fn open_error(path: &Path, e: rusqlite::Error) -> Error {
    with_path(Error::from(e), path)
}

fn with_path(mut e: Error, path: &Path) -> Error {
    if e.kind != crate::error::Kind::Busy {
        e.message = format!("{} ({})", e.message, path.display());
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_memory_store_is_migrated_with_foreign_keys_on() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(store.version().unwrap(), migrations::latest());
        let fk: i64 = store
            .conn()
            .query_row("PRAGMA foreign_keys", [0i64; 0], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
    }

    #[test]
    fn migrating_twice_is_a_no_op() {
        let mut store = Store::open_in_memory().unwrap();
        let schema = |s: &Store| -> Vec<String> {
            s.conn()
                .rows(
                    "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name",
                    &[],
                    |r| r.get(0),
                )
                .unwrap()
        };
        let before = schema(&store);
        let (from, to) = store.migrate().unwrap();
        assert_eq!(from, to);
        assert_eq!(schema(&store), before);
    }

    #[test]
    fn every_foreign_key_column_is_indexed() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn().sqlite().unwrap();
        let tables: Vec<String> = c
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        for table in tables {
            let fks: Vec<String> = c
                .prepare(&format!(
                    "SELECT \"from\" FROM pragma_foreign_key_list('{table}')"
                ))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            for col in fks {
                let indexed: i64 = c
                    .query_row(
                        "SELECT count(*) FROM pragma_index_list(?1) AS l
                         WHERE (SELECT name FROM pragma_index_info(l.name) WHERE seqno = 0) = ?2",
                        [&table, &col],
                        |r| r.get(0),
                    )
                    .unwrap();
                assert!(indexed > 0, "{table}.{col} has no index");
            }
        }
    }

    /// A new rollback-journal file that `reader` holds a read transaction on, and a second
    /// connection to it with no busy handler: every failed attempt of it comes back at once,
    /// as in the deadlock case.
    fn a_new_file_being_read(path: &Path) -> (Connection, Connection) {
        let reader = Connection::open(path).unwrap();
        reader
            .execute_batch("CREATE TABLE t (x); BEGIN; SELECT * FROM t;")
            .unwrap();
        let switcher = Connection::open(path).unwrap();
        switcher.busy_timeout(std::time::Duration::ZERO).unwrap();
        (reader, switcher)
    }

    /// A store being created by several processes at once: while another connection reads
    /// the new file the switch to WAL cannot take it, and when two switch at once SQLite
    /// answers "busy" to one of them at once, without its busy handler (so that they do not
    /// wait for each other). The switch retries, within the busy timeout, instead of failing.
    #[test]
    fn the_switch_to_wal_waits_for_a_reader_of_the_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let (reader, switcher) = a_new_file_being_read(&dir.path().join("new.db"));
        let immediate =
            switcher.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0));
        assert_eq!(
            immediate.unwrap_err().sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseBusy),
            "the case under test: SQLite refuses the switch while the file is read"
        );
        let held = std::time::Duration::from_millis(200);
        let release = std::thread::spawn(move || {
            std::thread::sleep(held);
            reader.execute_batch("COMMIT").unwrap();
        });
        let started = std::time::Instant::now();
        switch_to_wal(&switcher, 5000).unwrap();
        assert!(
            started.elapsed() >= held,
            "switched before the reader let go"
        );
        release.join().unwrap();
        let mode: String = switcher
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    #[test]
    fn the_switch_to_wal_gives_up_at_the_busy_timeout() {
        let dir = tempfile::tempdir().unwrap();
        let (reader, switcher) = a_new_file_being_read(&dir.path().join("new.db"));
        let started = std::time::Instant::now();
        let err = switch_to_wal(&switcher, 100).unwrap_err();
        assert!(started.elapsed() >= std::time::Duration::from_millis(100));
        assert_eq!(err.exit_code(), 7);
        reader.execute_batch("COMMIT").unwrap();
    }

    #[test]
    fn newer_version_is_refused() {
        assert_eq!(
            check_version(migrations::latest() + 1)
                .unwrap_err()
                .exit_code(),
            1
        );
        assert!(check_version(migrations::latest()).is_ok());
    }
}

/// The fields an edit changed, as `{"field": {"old": .., "new": ..}}` for the audit row.
#[derive(Debug, Default)]
pub struct Changes(serde_json::Map<String, serde_json::Value>);

impl Changes {
    /// Notes `field` when `old` and `new` differ.
    pub fn note<T: serde::Serialize + PartialEq>(&mut self, field: &str, old: &T, new: &T) {
        if old != new {
            self.0.insert(
                field.to_string(),
                serde_json::json!({ "old": old, "new": new }),
            );
        }
    }
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    #[must_use]
    pub fn fields(&self) -> Vec<&str> {
        self.0.keys().map(String::as_str).collect()
    }
    #[must_use]
    pub fn into_json(self) -> serde_json::Value {
        serde_json::Value::Object(self.0)
    }
}

/// What a delete takes with it, as the confirmation states it.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Cascade {
    pub customers: i64,
    pub sites: i64,
    pub probes: i64,
    pub contacts: i64,
    pub invitations: i64,
}

impl std::ops::AddAssign for Cascade {
    fn add_assign(&mut self, o: Cascade) {
        self.customers += o.customers;
        self.sites += o.sites;
        self.probes += o.probes;
        self.contacts += o.contacts;
        self.invitations += o.invitations;
    }
}

/// Counts what lies under the customers that `customer_filter` selects (an SQL condition on
/// `c`, with `?1` bound to `id`).
fn cascade_under(conn: &Db, customer_filter: &str, id: i64) -> Result<Cascade> {
    let sql = format!(
        "SELECT (SELECT count(*) FROM customer c WHERE {customer_filter}),
                (SELECT count(*) FROM site s JOIN customer c ON c.id = s.customer_id
                  WHERE {customer_filter}),
                (SELECT count(*) FROM probe p JOIN site s ON s.id = p.site_id
                  JOIN customer c ON c.id = s.customer_id WHERE {customer_filter}),
                (SELECT count(*) FROM contact k JOIN customer c ON c.id = k.customer_id
                  WHERE {customer_filter}),
                (SELECT count(*) FROM invitation i JOIN customer c ON c.id = i.customer_id
                  WHERE {customer_filter})"
    );
    conn.prepare_cached(&sql)?.query_row([id], |r| {
        Ok(Cascade {
            customers: r.get(0)?,
            sites: r.get(1)?,
            probes: r.get(2)?,
            contacts: r.get(3)?,
            invitations: r.get(4)?,
        })
    })
}

/// What a list is sorted by: the `ORDER BY` columns of each key of one entity's `--sort`.
pub trait SortKey: Copy + Default {
    /// The columns, most significant first (the id follows them as the last tie-break).
    fn columns(self) -> &'static [&'static str];
    /// Whether the list runs backwards when no `--sort` is given (invitations: newest first).
    const NEWEST_FIRST: bool = false;
}

/// The order, name filter and page that every list takes besides its own filters.
#[derive(Debug, Default, Clone)]
pub struct Listing<S> {
    pub sort: S,
    pub descending: bool,
    /// `--name`: the name contains this text, compared NFC and Unicode case-folded.
    pub name: Option<String>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// A `SELECT` with optional `AND` conditions, each with its bound value, then an order and a
/// page. Keeps the dynamic filters of every list in one shape.
pub(crate) struct Query {
    sql: String,
    args: Vec<db::Value>,
}

impl Query {
    /// `select` ends with its FROM/JOIN clauses; conditions follow `WHERE 1=1`.
    pub(crate) fn new(select: &str) -> Query {
        Query {
            sql: format!("{select} WHERE 1=1"),
            args: Vec::new(),
        }
    }

    /// Like `new`, for a `select` that itself uses `?1`, bound to `first`.
    pub(crate) fn with_first(select: &str, first: impl db::ToValue) -> Query {
        let mut q = Query::new(select);
        q.args.push(first.to_value());
        q
    }

    /// Adds `AND condition` whose single `?` is bound to `value` (numbered here, so the same
    /// SQL text runs on both backends).
    pub(crate) fn and(&mut self, condition: &str, value: impl db::ToValue) {
        self.args.push(value.to_value());
        self.sql.push_str(" AND ");
        // The bare `?` (a numbered `?1` in the condition is left as it is).
        let bytes = condition.as_bytes();
        let at = (0..bytes.len())
            .find(|&i| bytes[i] == b'?' && !bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
        match at {
            Some(i) => {
                self.sql.push_str(&condition[..i]);
                let _ = write!(self.sql, "?{}", self.args.len());
                self.sql.push_str(&condition[i + 1..]);
            }
            None => self.sql.push_str(condition),
        }
    }

    /// Adds `AND condition` with no bound value.
    pub(crate) fn and_sql(&mut self, condition: &str) {
        self.sql.push_str(" AND ");
        self.sql.push_str(condition);
    }

    /// Orders by `listing`'s key (then by `id`, the same way), keeps the rows whose name
    /// (`name_of`) contains `listing.name`, pages, and hands each row to `each` as it is read.
    /// Names are compared as emails are (NFC, Unicode case-folded), in Rust, so both backends
    /// agree; with a name filter the page is counted here too.
    pub(crate) fn list<T, S: SortKey>(
        self,
        conn: &Db,
        id: &str,
        listing: &Listing<S>,
        from_row: fn(&db::Row) -> Result<T>,
        name_of: fn(&T) -> &str,
        mut each: impl FnMut(T) -> Result<()>,
    ) -> Result<()> {
        // NULL (an unassigned probe's site) sorts first, as SQLite does, on both backends.
        let dir = match (listing.descending, conn.dialect()) {
            (false, db::Dialect::Sqlite) => "ASC",
            (true, db::Dialect::Sqlite) => "DESC",
            (false, db::Dialect::Postgres) => "ASC NULLS FIRST",
            (true, db::Dialect::Postgres) => "DESC NULLS LAST",
        };
        let mut order = String::new();
        for column in listing.sort.columns().iter().chain([&id]) {
            let _ = write!(
                order,
                "{}{column} {dir}",
                if order.is_empty() { "" } else { ", " }
            );
        }
        let Some(needle) = listing.name.as_deref().map(crate::model::fold) else {
            return self.stream(conn, &order, listing.limit, listing.offset, from_row, each);
        };
        let mut skip = listing.offset.unwrap_or(0);
        let mut room = listing.limit.unwrap_or(i64::MAX);
        self.stream(conn, &order, None, None, from_row, |row| {
            if room == 0 || !crate::model::fold(name_of(&row)).contains(&needle) {
                return Ok(());
            }
            if skip > 0 {
                skip -= 1;
                return Ok(());
            }
            room -= 1;
            each(row)
        })
    }

    /// Orders, pages and runs the query, handing each row to `each` as it is read.
    pub(crate) fn stream<T>(
        mut self,
        conn: &Db,
        order_by: &str,
        limit: Option<i64>,
        offset: Option<i64>,
        from_row: fn(&db::Row) -> Result<T>,
        mut each: impl FnMut(T) -> Result<()>,
    ) -> Result<()> {
        let n = self.args.len();
        let _ = write!(
            self.sql,
            " ORDER BY {order_by} LIMIT ?{} OFFSET ?{}",
            n + 1,
            n + 2
        );
        // No limit is the largest one: `LIMIT -1` has no PostgreSQL spelling.
        self.args.push(db::Value::Int(limit.unwrap_or(i64::MAX)));
        self.args.push(db::Value::Int(offset.unwrap_or(0)));
        conn.stream(&self.sql, &self.args, |r| each(from_row(r)?))
    }
}

/// Deletes one row of `table` (what lies under it goes through the foreign keys) and records
/// it as `kind` with `changes`. A row that vanished meanwhile fails the whole transaction.
pub(crate) fn delete_one(
    w: &Writer,
    table: &str,
    kind: &str,
    id: i64,
    name: &str,
    changes: &serde_json::Value,
) -> Result<()> {
    let n = w
        .prepare_cached(&format!("DELETE FROM {table} WHERE id = ?1"))?
        .execute([id])?;
    if n != 1 {
        return Err(Error::not_found(format!(
            "{kind} {} (id {id}) no longer exists; nothing was deleted",
            crate::model::quote(name)
        )));
    }
    audit::record(
        w,
        audit::Action::Delete,
        kind,
        Some(id),
        Some(name),
        changes,
    )
}

/// Whether `reference` should first be tried as an id: only a canonical decimal is one.
pub(crate) fn as_id(reference: &str) -> Option<i64> {
    crate::model::canonical_id(reference.trim())
}
