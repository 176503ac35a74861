//! `db copy` and `db backup` across backends: every row of every table, ids, hashes and the
//! audit included, read from one snapshot of the source and written in one transaction into
//! an empty target, with the id counters carried over so that no id is ever given out twice.

use std::path::Path;

use super::db::{Db, Dialect, Value};
use super::tables::{TABLES, Table};
use super::{Create, Store, pg};
use crate::error::{Error, Result};

/// The highest id each table has ever given out (deleted rows included).
fn counters(db: &Db) -> Result<Vec<(String, i64)>> {
    let mut out = Vec::new();
    for Table { name: table, .. } in TABLES {
        let n: i64 = match db.dialect() {
            Dialect::Sqlite => db
                .row(
                    "SELECT seq FROM sqlite_sequence WHERE name = ?1",
                    super::db::params![table],
                    |r| r.get(0),
                )?
                .unwrap_or(0),
            Dialect::Postgres => db.one(
                &format!(
                    "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {}",
                    db.one(
                        "SELECT pg_catalog.pg_get_serial_sequence(?1, 'id')",
                        super::db::params![table],
                        |r| r.get::<String>(0)
                    )?
                ),
                &[],
                |r| r.get(0),
            )?,
        };
        let max: i64 = db.one(
            &format!("SELECT coalesce(max(id), 0) FROM {table}"),
            &[],
            |r| r.get(0),
        )?;
        out.push((table.to_string(), n.max(max)));
    }
    Ok(out)
}

fn set_counters(db: &Db, counters: &[(String, i64)]) -> Result<()> {
    for (table, n) in counters {
        if *n == 0 {
            continue;
        }
        match db.dialect() {
            Dialect::Sqlite => {
                let updated = db.execute(
                    "UPDATE sqlite_sequence SET seq = ?1 WHERE name = ?2",
                    super::db::params![n, table],
                )?;
                if updated == 0 {
                    db.execute(
                        "INSERT INTO sqlite_sequence (name, seq) VALUES (?1, ?2)",
                        super::db::params![table, n],
                    )?;
                }
            }
            Dialect::Postgres => {
                db.one(
                    // Schema-qualified, the sequence cast exactly: a role that can create
                    // functions in a schema on the path cannot put its own `setval` here.
                    "SELECT pg_catalog.setval(
                        CAST(pg_catalog.pg_get_serial_sequence(?1, 'id') AS pg_catalog.regclass),
                        CAST(?2 AS BIGINT))",
                    super::db::params![table, n],
                    |_| Ok(()),
                )?;
            }
        }
    }
    Ok(())
}

/// Opens (creating) the store at `target`; it must hold no rows.
fn open_empty(target: &str, busy_timeout_ms: u32) -> Result<Store> {
    let store = if pg::is_url(target) {
        Store::open_url(target, busy_timeout_ms, Create::Yes)?
    } else {
        Store::open(Path::new(target), busy_timeout_ms, Create::Yes)?
    };
    for Table { name: table, .. } in TABLES {
        let n: i64 = store
            .db
            .one(&format!("SELECT count(*) FROM {table}"), &[], |r| r.get(0))?;
        if n > 0 {
            let shown = if pg::is_url(target) {
                pg::redact(target)
            } else {
                target.to_string()
            };
            return Err(Error::conflict(format!(
                "{shown} already holds data ({n} rows in {table}); a copy goes only into an empty store"
            ))
            .with_hint("choose a new file, or an empty database"));
        }
    }
    Ok(store)
}

impl Store {
    /// Copies the whole store into the empty store at `target`; returns the rows per table.
    pub fn copy_to(&self, target: &str, busy_timeout_ms: u32) -> Result<Vec<(&'static str, i64)>> {
        let mut to = open_empty(target, busy_timeout_ms)?;
        let source = &self.db;
        // One snapshot of the source for the whole copy.
        source.snapshot(|| {
            let counters = counters(source)?;
            let actor = self.user.clone();
            to.write(&actor, |w| {
                let mut counts = Vec::new();
                for &Table {
                    name: table,
                    columns,
                    ..
                } in &TABLES
                {
                    let n = columns.split(',').count();
                    let placeholders = (1..=n)
                        .map(|i| format!("?{i}"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    // Ids are GENERATED ALWAYS on PostgreSQL: a copy (the owner's) moves them
                    // exactly.
                    let overriding = match w.db.dialect() {
                        Dialect::Sqlite => "",
                        Dialect::Postgres => " OVERRIDING SYSTEM VALUE",
                    };
                    let insert = format!(
                        "INSERT INTO {table} ({columns}){overriding} VALUES ({placeholders})"
                    );
                    let mut rows = 0i64;
                    source.each(
                        &format!("SELECT {columns} FROM {table} ORDER BY id"),
                        &[],
                        |r| {
                            let values: Vec<Value> =
                                (0..n).map(|i| r.value(i)).collect::<Result<_>>()?;
                            w.db.execute(&insert, &values)?;
                            rows += 1;
                            Ok(())
                        },
                    )?;
                    counts.push((table, rows));
                }
                set_counters(w.db, &counters)?;
                // Partner spaces go where the target can hold them: server to server. (A file
                // has no roles; a copy to or from one has none to keep.)
                if source.dialect() == Dialect::Postgres && w.db.dialect() == Dialect::Postgres {
                    let mut rows = 0i64;
                    source.each(
                        "SELECT role, partner_id, created_at FROM portalctl_staff ORDER BY role",
                        &[],
                        |r| {
                            let values: Vec<Value> =
                                (0..3).map(|i| r.value(i)).collect::<Result<_>>()?;
                            w.db.execute(
                                "INSERT INTO portalctl_staff (role, partner_id, created_at)
                                 VALUES (?1, ?2, ?3)",
                                &values,
                            )?;
                            rows += 1;
                            Ok(())
                        },
                    )?;
                    counts.push(("portalctl_staff", rows));
                }
                Ok(counts)
            })
        })
    }
}
