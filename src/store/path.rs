//! What a `--db` path is, said once: missing (and whether its directory is), a directory, a
//! file that is not SQLite, a link (followed, and named with its target), or a store file.
//! Every refusal of a path is made here, with the hint that fits what the path is; the checks
//! that need the file open (another application's tables, a file others could write) name
//! the path the same way.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The first bytes of every `SQLite` database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Whether a missing store may be created, and its directory with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Create {
    /// A read: a missing store is exit 3, and nothing is left behind.
    No,
    /// A write to a path the operator gave (`--db`, `PORTALCTL_DB`): the file is created, but
    /// a missing directory is a typo until shown otherwise (exit 3, nothing created).
    Yes,
    /// A write to the platform's default store: its data directory is created too (0700).
    WithDirectory,
}

/// What is at a store path, once links are followed.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Place {
    /// Nothing yet; `dir_missing` names the directory when it does not exist either.
    Missing { dir_missing: Option<PathBuf> },
    /// A file that is (or is about to become) a `SQLite` database: an empty file counts, as
    /// another process may be creating the store right now.
    Sqlite,
}

/// `path` as people should read it in a message: the path, and where a link leads.
#[must_use]
pub(super) fn shown(path: &Path) -> String {
    match std::fs::read_link(path) {
        Ok(target) => format!("{} (a link to {})", path.display(), target.display()),
        Err(_) => path.display().to_string(),
    }
}

/// Refuses what cannot be a store path before anything is opened or created: a `file:` URI
/// (the path is a path, never a `SQLite` URI), a directory, a dangling link, something that
/// is not a regular file, and a file that is not a `SQLite` database.
pub(super) fn inspect(path: &Path) -> Result<Place> {
    if path.to_str().is_some_and(|p| p.starts_with("file:")) {
        return Err(Error::usage(format!(
            "--db {} looks like a SQLite URI; portalctl takes a path (or a postgres:// URL)",
            path.display()
        ))
        .with_hint("give the file's path without the file: prefix and without ?options"));
    }
    let link = std::fs::symlink_metadata(path).ok();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(_) if link.as_ref().is_some_and(|l| l.file_type().is_symlink()) => {
            return Err(Error::not_found(format!(
                "{} leads nowhere: the file it points to does not exist",
                shown(path)
            ))
            .with_hint("point --db at the store file itself, or fix or remove the link"));
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Place::Missing {
                dir_missing: missing_dir(path),
            });
        }
        Err(e) if e.raw_os_error() == Some(20) => {
            // ENOTDIR: a part of the path is a file, not a directory.
            return Err(Error::not_found(format!(
                "no store at {}: a part of the path is a file, not a directory",
                path.display()
            ))
            .with_hint("check --db / PORTALCTL_DB for a typo"));
        }
        Err(e) => {
            return Err(
                Error::failure(format!("cannot read the store path {}", shown(path)))
                    .caused_by(e)
                    .with_hint("check the permissions of its directories"),
            );
        }
    };
    if meta.is_dir() {
        return Err(
            Error::failure(format!("{} is a directory, not a store file", shown(path))).with_hint(
                format!(
                    "name a file in it: --db {}",
                    path.join("portal.db").display()
                ),
            ),
        );
    }
    if !meta.is_file() {
        return Err(Error::failure(format!(
            "{} is not a regular file, so it cannot be a store",
            shown(path)
        ))
        .with_hint("point --db at a portalctl store file, or at a new path to create one"));
    }
    let mut head = [0u8; 16];
    let read = read_head(path, &mut head).map_err(|e| {
        Error::failure(format!("cannot read {}", shown(path)))
            .caused_by(e)
            .with_hint("check that you may read the file, or pass another --db PATH")
    })?;
    if read == 0 || (read == head.len() && &head == SQLITE_MAGIC) {
        return Ok(Place::Sqlite);
    }
    Err(Error::failure(format!(
        "{} is not a SQLite database, so it is not a portalctl store",
        shown(path)
    ))
    .with_hint(
        "point --db at a portalctl store file (a tree file goes to `portalctl apply -f FILE`)",
    ))
}

/// The nearest directory of `path` that does not exist, when its parent is missing.
fn missing_dir(path: &Path) -> Option<PathBuf> {
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty())?;
    if parent.exists() {
        return None;
    }
    Some(parent.to_path_buf())
}

fn read_head(path: &Path, head: &mut [u8; 16]) -> std::io::Result<usize> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut read = 0;
    while read < head.len() {
        match file.read(&mut head[read..])? {
            0 => break,
            n => read += n,
        }
    }
    Ok(read)
}

/// A missing store, refused for a read (exit 3, naming the path, and its directory when that
/// is missing too).
pub(super) fn missing(path: &Path, dir_missing: Option<&Path>) -> Error {
    let message = match dir_missing {
        Some(dir) => format!(
            "no store at {}: its directory {} does not exist either",
            path.display(),
            dir.display()
        ),
        None => format!("no store at {}", path.display()),
    };
    Error::not_found(message).with_hint(
        "check --db / PORTALCTL_DB for a typo; the first write (e.g. `portalctl partner create`) creates the store",
    )
}

/// A write to a store whose given directory does not exist: a typo until shown otherwise.
pub(super) fn missing_directory(path: &Path, dir: &Path) -> Error {
    Error::not_found(format!(
        "the directory {} of the store {} does not exist; nothing was created",
        dir.display(),
        path.display()
    ))
    .with_hint(format!(
        "check --db / PORTALCTL_DB for a typo, or create the directory first: mkdir -p '{}'",
        dir.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_path_is_named_for_what_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let e = inspect(d).unwrap_err();
        assert!(e.message.contains("is a directory"), "{}", e.message);
        assert!(!e.hint.as_deref().unwrap_or("").contains("chmod"));

        let toml = d.join("tree.toml");
        std::fs::write(&toml, "[[partner]]\nname = \"N\"\n").unwrap();
        let e = inspect(&toml).unwrap_err();
        assert!(e.message.contains("not a SQLite database"), "{}", e.message);
        assert!(!e.hint.as_deref().unwrap_or("").contains("backup"));

        let empty = d.join("empty.db");
        std::fs::write(&empty, "").unwrap();
        assert_eq!(inspect(&empty).unwrap(), Place::Sqlite);

        let sqlite = d.join("s.db");
        std::fs::write(&sqlite, b"SQLite format 3\0 and the rest").unwrap();
        assert_eq!(inspect(&sqlite).unwrap(), Place::Sqlite);

        assert_eq!(
            inspect(&d.join("new.db")).unwrap(),
            Place::Missing { dir_missing: None }
        );
        assert_eq!(
            inspect(&d.join("dya/portal.db")).unwrap(),
            Place::Missing {
                dir_missing: Some(d.join("dya"))
            }
        );

        let link = d.join("link.db");
        std::os::unix::fs::symlink(d.join("gone.db"), &link).unwrap();
        let e = inspect(&link).unwrap_err();
        assert_eq!(e.exit_code(), 3);
        assert!(e.message.contains("a link to"), "{}", e.message);

        let e = inspect(Path::new("file:x.db?mode=ro")).unwrap_err();
        assert_eq!(e.exit_code(), 2);

        let e = inspect(&toml.join("portal.db")).unwrap_err();
        assert_eq!(e.exit_code(), 3, "{}", e.message);
    }
}
