//! The dialect layer: one SQL text, run on `SQLite` (rusqlite) or PostgreSQL (the synchronous
//! `postgres` crate). SQL is written once, with numbered `?N` placeholders; for PostgreSQL they
//! are rewritten to `$N` here, and nowhere else. Values go in as our own `Value` and come out
//! through `Row::get`, which converts between the two backends' types (a flag is an integer
//! 0/1 on `SQLite` and may be a boolean on PostgreSQL), so the rest of the store never sees a
//! driver type.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::error::{Error, Result};

mod value;

pub use value::*;

/// A statement about to run (the SQL is prepared, and cached, by the backend when it runs).
pub struct Stmt<'a> {
    db: &'a Db,
    sql: &'a str,
}

impl Stmt<'_> {
    pub fn execute(&mut self, p: impl Params) -> Result<usize> {
        self.db.execute(self.sql, &p.values())
    }

    /// The first row, if there is one.
    pub fn query_opt<T>(
        &mut self,
        p: impl Params,
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<Option<T>> {
        self.db.row(self.sql, &p.values(), f)
    }

    /// Exactly one row (a query that always returns one).
    pub fn query_row<T>(&mut self, p: impl Params, f: impl FnOnce(&Row) -> Result<T>) -> Result<T> {
        self.db.one(self.sql, &p.values(), f)
    }

    /// Every row, mapped by `f`.
    pub fn query_map<T>(
        &mut self,
        p: impl Params,
        f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<std::vec::IntoIter<Result<T>>> {
        let rows = self.db.rows(self.sql, &p.values(), f)?;
        Ok(rows.into_iter().map(Ok).collect::<Vec<_>>().into_iter())
    }
}

/// Which backend a store is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// A PostgreSQL session with its prepared statements, keyed by their SQL.
pub struct Pg {
    pub client: postgres::Client,
    statements: HashMap<String, postgres::Statement>,
    /// Whether a `BEGIN` sent through `Db::batch` is open (a cursor needs a transaction).
    in_transaction: bool,
    /// Cursors open now: each nested `Db::stream` gets its own name.
    cursors: usize,
}

impl Pg {
    #[must_use]
    pub fn new(client: postgres::Client) -> Pg {
        Pg {
            client,
            statements: HashMap::new(),
            in_transaction: false,
            cursors: 0,
        }
    }

    /// Every row of `sql`, read in full (the session is free again when this returns).
    fn query(&mut self, sql: &str, args: &[Value]) -> Result<Vec<postgres::Row>> {
        let st = self.statement(sql)?;
        self.client
            .query(&st, &pg_args(args))
            .map_err(|e| pg_error(e, sql))
    }

    fn statement(&mut self, sql: &str) -> Result<postgres::Statement> {
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        let s = self.client.prepare(&to_dollar(sql))?;
        self.statements.insert(sql.to_string(), s.clone());
        Ok(s)
    }
}

/// Rows fetched from a PostgreSQL cursor at a time by `Db::stream`.
const STREAM_BATCH: usize = 1000;

/// A connection to the store, on either backend. Reads and writes go through the same calls;
/// a PostgreSQL session is used by one statement at a time, so a caller may query again while
/// handling a row: `each` reads the rows in full first, `stream` (for lists) a cursor's batch.
pub enum Db {
    Sqlite(rusqlite::Connection),
    Postgres(Box<RefCell<Pg>>),
}

impl Db {
    #[must_use]
    pub fn dialect(&self) -> Dialect {
        match self {
            Db::Sqlite(_) => Dialect::Sqlite,
            Db::Postgres(_) => Dialect::Postgres,
        }
    }

    /// The `SQLite` connection, for what only `SQLite` has (pragmas, the backup API).
    #[must_use]
    pub fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match self {
            Db::Sqlite(c) => Some(c),
            Db::Postgres(_) => None,
        }
    }

    /// Runs `f` in the transaction that `begin` opens, and ends it with `end` (`COMMIT`, or
    /// `ROLLBACK` for a rehearsal) when `f` succeeds; when `f` or the end fails, nothing of it
    /// is kept.
    pub fn transaction<T>(
        &self,
        begin: &str,
        end: &str,
        f: impl FnOnce() -> Result<T>,
    ) -> Result<T> {
        self.batch(begin)?;
        match f().and_then(|v| self.batch(end).map(|()| v)) {
            Ok(v) => Ok(v),
            Err(e) => {
                let _ = self.batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Runs statements without arguments (DDL, `BEGIN`, `COMMIT`).
    pub fn batch(&self, sql: &str) -> Result<()> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Db::Postgres(pg) => {
                let mut pg = pg.borrow_mut();
                let done = pg.client.batch_execute(sql);
                // Transaction control goes through here; a failed COMMIT ends the transaction too.
                let head = sql.split_whitespace().next().unwrap_or_default();
                if head.eq_ignore_ascii_case("BEGIN") {
                    pg.in_transaction = done.is_ok();
                } else if ["COMMIT", "ROLLBACK"]
                    .iter()
                    .any(|w| head.eq_ignore_ascii_case(w))
                {
                    pg.in_transaction = false;
                }
                Ok(done.map_err(|e| pg_error(e, sql))?)
            }
        }
    }

    /// Like `each`, for lists of any length: on PostgreSQL the rows come through a cursor,
    /// `STREAM_BATCH` at a time, so memory stays flat and `each` may query meanwhile. Outside
    /// a transaction the cursor gets a read-only one of its own.
    pub fn stream(
        &self,
        sql: &str,
        args: &[Value],
        mut each: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        let Db::Postgres(pg) = self else {
            return self.each(sql, args, each);
        };
        let (own, cursor) = {
            let mut pg = pg.borrow_mut();
            pg.cursors += 1;
            (!pg.in_transaction, format!("portalctl_rows_{}", pg.cursors))
        };
        let result = (|| {
            if own {
                self.batch("BEGIN READ ONLY")?;
            }
            self.execute(
                &format!("DECLARE {cursor} NO SCROLL CURSOR FOR {sql}"),
                args,
            )?;
            let fetch = format!("FETCH {STREAM_BATCH} FROM {cursor}");
            loop {
                // Prepared afresh each time: its columns are those of whichever query the
                // cursor of this name holds now.
                let rows = pg
                    .borrow_mut()
                    .client
                    .query(fetch.as_str(), &[])
                    .map_err(|e| pg_error(e, &fetch))?;
                for r in &rows {
                    each(&Row::Pg(r))?;
                }
                if rows.len() < STREAM_BATCH {
                    break;
                }
            }
            self.batch(&format!("CLOSE {cursor}"))
        })();
        pg.borrow_mut().cursors -= 1;
        match (own, &result) {
            (true, Ok(())) => self.batch("COMMIT")?,
            (true, Err(_)) => {
                let _ = self.batch("ROLLBACK");
            }
            // Inside the caller's transaction: a failure there rolls the cursor back with it.
            (false, _) => {}
        }
        result
    }

    /// Runs one statement; returns the rows it changed.
    pub fn execute(&self, sql: &str, args: &[Value]) -> Result<usize> {
        match self {
            Db::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                Ok(st.execute(rusqlite::params_from_iter(args.iter()))?)
            }
            Db::Postgres(pg) => {
                let mut pg = pg.borrow_mut();
                let st = pg.statement(sql)?;
                let n = pg
                    .client
                    .execute(&st, &pg_args(args))
                    .map_err(|e| pg_error(e, sql))?;
                Ok(usize::try_from(n).unwrap_or(usize::MAX))
            }
        }
    }

    /// Runs an `INSERT` and returns the id it gave the new row.
    pub fn insert(&self, sql: &str, args: &[Value]) -> Result<i64> {
        match self {
            // No result set to build: SQLite knows the row it just inserted.
            Db::Sqlite(c) => {
                self.execute(sql, args)?;
                Ok(c.last_insert_rowid())
            }
            Db::Postgres(_) => self.one(&format!("{sql} RETURNING id"), args, |r| r.get(0)),
        }
    }

    /// Calls `each` for every row, in order.
    pub fn each(
        &self,
        sql: &str,
        args: &[Value],
        mut each: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        match self {
            Db::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                let mut rows = st.query(rusqlite::params_from_iter(args.iter()))?;
                while let Some(r) = rows.next()? {
                    each(&Row::Sqlite(r))?;
                }
                Ok(())
            }
            Db::Postgres(pg) => {
                let rows = pg.borrow_mut().query(sql, args)?;
                for r in &rows {
                    each(&Row::Pg(r))?;
                }
                Ok(())
            }
        }
    }

    /// Every row, mapped by `f`.
    pub fn rows<T>(
        &self,
        sql: &str,
        args: &[Value],
        mut f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut out = Vec::new();
        self.each(sql, args, |r| {
            out.push(f(r)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// The first row, if there is one.
    pub fn row<T>(
        &self,
        sql: &str,
        args: &[Value],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<Option<T>> {
        match self {
            // Stops at the first row instead of stepping through the rest.
            Db::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                let mut rows = st.query(rusqlite::params_from_iter(args.iter()))?;
                match rows.next()? {
                    Some(r) => f(&Row::Sqlite(r)).map(Some),
                    None => Ok(None),
                }
            }
            Db::Postgres(pg) => {
                let rows = pg.borrow_mut().query(sql, args)?;
                rows.first().map(|r| f(&Row::Pg(r))).transpose()
            }
        }
    }

    /// Exactly one row (a query that always returns one, such as `count(*)`).
    pub fn one<T>(
        &self,
        sql: &str,
        args: &[Value],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        self.row(sql, args, f)?
            .ok_or_else(|| Error::failure("the store returned no row where one was expected"))
    }

    /// A statement to run, in the shape rusqlite gives them.
    pub fn prepare_cached<'a>(&'a self, sql: &'a str) -> Result<Stmt<'a>> {
        Ok(Stmt { db: self, sql })
    }

    /// Like `prepare_cached` (both backends cache every statement they prepare).
    pub fn prepare<'a>(&'a self, sql: &'a str) -> Result<Stmt<'a>> {
        self.prepare_cached(sql)
    }

    /// Runs `sql` and maps its one row.
    pub fn query_row<T>(
        &self,
        sql: &str,
        p: impl Params,
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        self.one(sql, &p.values(), f)
    }
}

/// A PostgreSQL error of `sql`. A refused privilege names what was refused, and the group
/// role that grants it (`db grants`).
fn pg_error(e: postgres::Error, sql: &str) -> Error {
    let denied = e
        .as_db_error()
        .is_some_and(|d| *d.code() == postgres::error::SqlState::INSUFFICIENT_PRIVILEGE);
    if !denied {
        return Error::from(e);
    }
    let detail = e
        .as_db_error()
        .map_or_else(String::new, |d| d.message().to_string());
    if detail.contains("row-level security") {
        // A partner's staff writing outside its space (a partner, a direct customer, an
        // unassigned probe, a row under another partner).
        return Error::denied(
            "this role is a partner's staff, and the change would fall outside its partner space; nothing was written",
        )
        .with_hint("only a role that is nobody's staff can create partners, direct customers and unassigned probes, or delete a partner");
    }
    let words: Vec<&str> = sql.split_whitespace().take(4).collect();
    let mut verb = words.first().map_or("", |w| *w).to_ascii_uppercase();
    // The writers' lock (`pg::BEGIN_WRITE`) is the first thing a write asks for.
    if sql.contains("LOCK TABLE portalctl_lock") {
        verb = "WRITE".to_string();
    }
    let (what, role) = match verb.as_str() {
        "WRITE" => ("write (UPDATE on portalctl_lock)", "portalctl_operator"),
        "DELETE" => ("DELETE", "portalctl_admin"),
        "INSERT" | "UPDATE" => (verb.as_str(), "portalctl_operator"),
        "SELECT" => ("SELECT", "portalctl_reader"),
        _ => ("CREATE", "the owner of the database (to create the schema)"),
    };
    Error::denied(format!(
        "the database role may not run this command: {detail} (the {what} privilege is missing); nothing was written"
    ))
    .with_hint(format!(
        "ask whoever keeps the database to grant you {role} (see `portalctl db grants`)"
    ))
}

/// One SQL text as PostgreSQL reads it: `?N` placeholders as `$N` and `ifnull(` as
/// `coalesce(`, outside string literals and quoted names. (The `SQLite` text keeps `ifnull`,
/// which its expression indexes are written with.)
#[must_use]
pub fn to_dollar(sql: &str) -> String {
    let sql = sql.replace("ifnull(", "coalesce(");
    let mut out = String::with_capacity(sql.len());
    let mut quote: Option<char> = None;
    for c in sql.chars() {
        match quote {
            Some(q) => {
                if c == q {
                    quote = None;
                }
                out.push(c);
            }
            None => match c {
                '\'' | '"' => {
                    quote = Some(c);
                    out.push(c);
                }
                '?' => out.push('$'),
                _ => out.push(c),
            },
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_dollars_outside_literals() {
        assert_eq!(
            to_dollar("SELECT a FROM t WHERE b = ?1 AND c = '?2' AND \"?x\" = ?12"),
            "SELECT a FROM t WHERE b = $1 AND c = '?2' AND \"?x\" = $12"
        );
        assert_eq!(to_dollar("it''s ?1"), "it''s $1");
    }

    #[test]
    fn values_bind_on_sqlite_and_read_back() {
        let db = Db::Sqlite(rusqlite::Connection::open_in_memory().unwrap());
        db.batch("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER, c BLOB)")
            .unwrap();
        let id = db
            .insert(
                "INSERT INTO t (a, b, c) VALUES (?1, ?2, ?3)",
                params!["x", true, vec![1u8, 2]],
            )
            .unwrap();
        assert_eq!(id, 1);
        let none: Option<String> = None;
        db.execute("INSERT INTO t (a, b) VALUES (?1, ?2)", params![none, 7i64])
            .unwrap();
        let rows: Vec<(Option<String>, bool, Option<Vec<u8>>)> = db
            .rows("SELECT a, b, c FROM t ORDER BY id", &[], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap();
        assert_eq!(
            rows,
            [
                (Some("x".to_string()), true, Some(vec![1, 2])),
                (None, true, None)
            ]
        );
        assert_eq!(
            db.row("SELECT a FROM t WHERE id = ?1", params![99i64], |r| r
                .get::<Option<String>>(0))
                .unwrap(),
            None
        );
    }
}
