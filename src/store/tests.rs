//! Unit tests of the store's life cycle: migration, the WAL switch, versions.

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
    let stable = store.conn().sqlite().map(|c| {
        c.db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG)
            .unwrap()
    });
    assert_eq!(stable, Some(true), "plans do not depend on bound values");
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
    let immediate = switcher.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0));
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
