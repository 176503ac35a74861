//! The `SQLite` file itself: made private from its first byte, refused when tampered with or
//! foreign, switched to WAL once, backed up in one snapshot, and the errors that name it.

use std::fs::{DirBuilder, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::migrations;
use crate::error::{Error, Result};

/// Copies every page of `source` into `out` in one step: one read transaction, so one
/// snapshot, which writers on other connections (WAL) neither wait for nor restart. Only a
/// lock held against readers (a checkpoint truncating the log) is waited for, within the
/// busy timeout.
pub(super) fn copy_pages(
    source: &Connection,
    out: &mut Connection,
    busy_timeout_ms: u32,
) -> Result<()> {
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

/// The name of a backup's temporary copies before the process id.
pub(super) fn backup_prefix(dest: &Path) -> String {
    let base = dest
        .file_name()
        .map_or_else(|| "backup".into(), |n| n.to_string_lossy().into_owned());
    format!(".{base}.portalctl-backup-")
}

/// Removes the half-written copies that interrupted backups (killed, Ctrl-C) left beside
/// `dest`: their name holds the id of a process that no longer runs, and they are regular
/// files of the running user's own (root included: another user's file that merely looks
/// like a leftover is never touched).
pub(super) fn remove_stale_backups(dest: &Path, prefix: &str) {
    use std::os::unix::fs::MetadataExt;
    let me = current_uid();
    let dir = match dest.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(d) => d.to_path_buf(),
        None => PathBuf::from("."),
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(prefix) else {
            continue;
        };
        let pid = rest.split_once('-').map_or(rest, |(pid, _)| pid);
        let Some(pid) = crate::model::canonical_id(pid) else {
            continue;
        };
        let Ok(meta) = std::fs::symlink_metadata(entry.path()) else {
            continue;
        };
        if !meta.file_type().is_file() || Some(meta.uid()) != me {
            continue;
        }
        if !Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Refuses a store that another user could have planted or could rewrite: the file, its
/// `-wal` or its `-shm` world-writable, or owned by someone other than the user running the
/// command (root may use anyone's store).
pub(super) fn refuse_tampered(path: &Path) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let me = current_uid();
    // A link is judged by the file it points to (whose `-wal` and `-shm` lie beside it).
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let path = real.as_path();
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
pub(super) struct Deadline(std::time::Instant);

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

pub(super) fn switch_to_wal(conn: &Connection, busy_timeout_ms: u32) -> Result<()> {
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

pub(super) fn refuse_foreign(conn: &Connection) -> Result<()> {
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
pub(super) fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// A write refused as read-only: say which file is in the way. A `-shm` left at 0400 by an
/// earlier read-only open keeps every later write read-only even after the store is fixed.
pub(super) fn read_only_hint(e: Error, path: &Path) -> Error {
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
pub(crate) fn current_uid() -> Option<u32> {
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
/// store is private from its first byte whatever the umask. True when this call made the file.
pub(super) fn prepare_file(path: &Path) -> Result<bool> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && !parent.exists()
    {
        DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(parent)
            .map_err(|e| {
                Error::failure(format!(
                    "cannot create the store's directory {}",
                    parent.display()
                ))
                .caused_by(e)
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
            Ok(true)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(
            Error::failure(format!("cannot create the store {}", path.display()))
                .caused_by(e)
                .with_hint("check the directory's permissions, or pass another --db PATH"),
        ),
    }
}

pub(super) fn open_error(path: &Path, e: rusqlite::Error) -> Error {
    with_path(Error::from(e), path)
}

pub(super) fn with_path(mut e: Error, path: &Path) -> Error {
    if e.kind != crate::error::Kind::Busy {
        e.message = format!("{} ({})", e.message, path.display());
    }
    e
}
