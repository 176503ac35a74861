//! The dialect layer: one SQL text, run on `SQLite` (rusqlite) or PostgreSQL (the synchronous
//! `postgres` crate). SQL is written once, with numbered `?N` placeholders; for PostgreSQL they
//! are rewritten to `$N` here, and nowhere else. Values go in as our own `Value` and come out
//! through `Row::get`, which converts between the two backends' types (a flag is an integer
//! 0/1 on `SQLite` and may be a boolean on PostgreSQL), so the rest of the store never sees a
//! driver type.

use std::cell::RefCell;

use crate::error::{Error, Result};

mod bulk;
mod session;
mod value;

pub use session::Pg;
use session::{pg_error, untyped};
pub use value::*;

/// A statement about to run (the SQL is prepared, and cached, by the backend when it runs).
pub struct Stmt<'a> {
    db: &'a Db,
    sql: &'a str,
}

impl Stmt<'_> {
    pub(in crate::store) fn execute(&mut self, p: impl Params) -> Result<usize> {
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
    pub(in crate::store) fn query_row<T>(
        &mut self,
        p: impl Params,
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
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

/// Rows fetched from a PostgreSQL cursor at a time by `Db::stream`.
const STREAM_BATCH: usize = 1000;

/// A connection to the store, on either backend. Reads and writes go through the same calls;
/// a PostgreSQL session is used by one statement at a time, so a caller may query again while
/// handling a row: `each` reads the rows in full first, `stream` (for lists) a cursor's batch.
pub struct Db(Conn);

/// The connection itself, seen by the store only: nothing outside `store` runs SQL.
pub(in crate::store) enum Conn {
    Sqlite(rusqlite::Connection),
    Postgres(Box<RefCell<Pg>>),
}

impl Db {
    /// A store on this `SQLite` connection.
    pub(in crate::store) fn sqlite_of(c: rusqlite::Connection) -> Db {
        Db(Conn::Sqlite(c))
    }

    /// A store on this PostgreSQL session.
    pub(in crate::store) fn postgres_of(pg: Pg) -> Db {
        Db(Conn::Postgres(Box::new(RefCell::new(pg))))
    }
}

impl Db {
    #[must_use]
    pub fn dialect(&self) -> Dialect {
        match &self.0 {
            Conn::Sqlite(_) => Dialect::Sqlite,
            Conn::Postgres(_) => Dialect::Postgres,
        }
    }

    /// The `SQLite` connection, for what only `SQLite` has (pragmas, the backup API).
    #[must_use]
    pub(in crate::store) fn sqlite(&self) -> Option<&rusqlite::Connection> {
        match &self.0 {
            Conn::Sqlite(c) => Some(c),
            Conn::Postgres(_) => None,
        }
    }

    /// Runs `f` in the transaction that `begin` opens, and ends it with `end` (`COMMIT`, or
    /// `ROLLBACK` for a rehearsal) when `f` succeeds; when `f` or the end fails, nothing of it
    /// is kept.
    pub(in crate::store) fn transaction<T>(
        &self,
        begin: &str,
        end: &str,
        f: impl FnOnce() -> Result<T>,
    ) -> Result<T> {
        // A failed `BEGIN ...; LOCK ...` batch leaves its transaction open and aborted (on a
        // standby the writers' lock is what fails): ended, then explained, like any failure.
        match self
            .batch(begin)
            .and_then(|()| f())
            .and_then(|v| self.batch(end).map(|()| v))
        {
            Ok(v) => Ok(v),
            Err(e) => {
                let _ = self.batch("ROLLBACK");
                Err(self.explain(e))
            }
        }
    }

    /// Whether a transaction is open on this connection (a write's, or a snapshot's).
    fn in_transaction(&self) -> bool {
        match &self.0 {
            Conn::Sqlite(c) => !c.is_autocommit(),
            Conn::Postgres(pg) => pg.borrow().in_transaction,
        }
    }

    /// Runs `f`'s reads on one snapshot of the store, so that what it reads table by table
    /// fits together although writers commit meanwhile: a read-only repeatable-read
    /// transaction on PostgreSQL, a deferred one on `SQLite` (WAL keeps its snapshot). Inside
    /// a transaction already (a write's), `f` runs in that one. `f`'s errors come back as they
    /// are (`explain` says more of a read's own; a copy's target has explained its own).
    pub(in crate::store) fn snapshot<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        if self.in_transaction() {
            return f();
        }
        let begin = match self.dialect() {
            Dialect::Sqlite => "BEGIN",
            Dialect::Postgres => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
        };
        if let Err(e) = self.batch(begin) {
            let _ = self.batch("ROLLBACK");
            return Err(e);
        }
        let result = f();
        // Nothing was written here: whether the end is heard changes nothing (a copy's
        // target is committed by then).
        let _ = self.batch("ROLLBACK");
        result
    }

    /// `e`, explained with what the server can tell outside a transaction (a standby, a
    /// group the role lacks; see `pg::refine`).
    pub(in crate::store) fn explain(&self, e: Error) -> Error {
        match &self.0 {
            Conn::Postgres(pg) => pg.borrow_mut().refine(e),
            Conn::Sqlite(_) => e,
        }
    }

    /// Runs statements without arguments (DDL, `BEGIN`, `COMMIT`).
    pub(in crate::store) fn batch(&self, sql: &str) -> Result<()> {
        match &self.0 {
            Conn::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Conn::Postgres(pg) => {
                let mut pg = pg.borrow_mut();
                // Transaction control goes through here; a failed COMMIT ends the transaction too.
                let head = sql.split_whitespace().next().unwrap_or_default();
                let begins = head.eq_ignore_ascii_case("BEGIN");
                let ends = ["COMMIT", "ROLLBACK"]
                    .iter()
                    .any(|w| head.eq_ignore_ascii_case(w));
                if head.eq_ignore_ascii_case("COMMIT") {
                    // The queued inserts go first; a failure there fails the commit.
                    if let Err(e) = pg.flush() {
                        pg.bulk = None;
                        return Err(e);
                    }
                } else if !ends && pg.in_transaction {
                    pg.flush()?;
                }
                if ends {
                    pg.bulk = None;
                    // Closed now, inside the transaction: nothing is left on the session.
                    pg.statements.clear();
                }
                let sent = if begins {
                    pg.begin(sql)
                } else {
                    sql.to_string()
                };
                // The writers' lock (`pg::BEGIN_WRITE`), or the first run's advisory lock.
                let writing = begins
                    && (sql.contains("LOCK TABLE portalctl_lock")
                        || sql.contains("pg_advisory_xact_lock"));
                let done = pg.client.batch_execute(&sent);
                if begins {
                    pg.in_transaction = done.is_ok();
                    pg.writing = done.is_ok() && writing;
                } else if ends {
                    pg.in_transaction = false;
                    pg.writing = false;
                }
                let in_write = pg.writing || writing;
                Ok(done.map_err(|e| pg_error(e, sql, in_write))?)
            }
        }
    }

    /// Like `each`, for lists of any length. On PostgreSQL, inside a transaction the rows
    /// come through a cursor, `STREAM_BATCH` at a time, so memory stays flat and `each` may
    /// query meanwhile; outside one they are read in full first, so that a slow reader of
    /// the output never holds a transaction open (the server's
    /// `idle_in_transaction_session_timeout` would cut it off).
    pub(in crate::store) fn stream(
        &self,
        sql: &str,
        args: &[Value],
        mut each: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        let Conn::Postgres(pg) = &self.0 else {
            return self.each(sql, args, each);
        };
        let cursor = {
            let mut pg = pg.borrow_mut();
            if !pg.in_transaction {
                drop(pg);
                return self.each(sql, args, each);
            }
            pg.cursors += 1;
            format!("portalctl_rows_{}", pg.cursors)
        };
        let result = (|| {
            self.execute(
                &format!("DECLARE {cursor} NO SCROLL CURSOR FOR {sql}"),
                args,
            )?;
            let fetch = format!("FETCH {STREAM_BATCH} FROM {cursor}");
            loop {
                // Unnamed: its columns are those of whichever query the cursor of this name
                // holds now.
                let rows = pg
                    .borrow_mut()
                    .client
                    .query_typed(fetch.as_str(), &[])
                    .map_err(|e| pg_error(e, &fetch, false))?;
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
        // Inside the caller's transaction: a failure there rolls the cursor back with it.
        result
    }

    /// Runs one statement; returns the rows it changed.
    pub(in crate::store) fn execute(&self, sql: &str, args: &[Value]) -> Result<usize> {
        match &self.0 {
            Conn::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                Ok(st.execute(rusqlite::params_from_iter(args.iter()))?)
            }
            Conn::Postgres(pg) => {
                let mut pg = pg.borrow_mut();
                let n = if pg.in_transaction {
                    let args = pg.resolved(args)?;
                    let st = pg.statement(sql)?;
                    let writing = pg.writing;
                    pg.client
                        .execute(&st, &pg_args(&args))
                        .map_err(|e| pg_error(e, sql, writing))?
                } else {
                    pg.on_its_own(sql, |c, q| c.execute_typed(q, &untyped(args)))?
                };
                Ok(usize::try_from(n).unwrap_or(usize::MAX))
            }
        }
    }

    /// Runs an `INSERT` and returns the id it gave the new row.
    pub(in crate::store) fn insert(&self, sql: &str, args: &[Value]) -> Result<i64> {
        match &self.0 {
            // No result set to build: SQLite knows the row it just inserted.
            Conn::Sqlite(c) => {
                self.execute(sql, args)?;
                Ok(c.last_insert_rowid())
            }
            Conn::Postgres(pg) => {
                if let Some(id) = pg.borrow_mut().queue(sql, args)? {
                    return Ok(id);
                }
                self.one(&format!("{sql} RETURNING id"), args, |r| r.get(0))
            }
        }
    }

    /// Starts queueing the inserts of this write (PostgreSQL; see `bulk`), for a writer that
    /// reads back nothing it inserts: `insert` then answers with a stand-in id, which any
    /// statement of the write may carry (`real_id` tells the id it stands for once sent).
    pub(in crate::store) fn queue_inserts(&self) {
        if let Conn::Postgres(pg) = &self.0 {
            let mut pg = pg.borrow_mut();
            if pg.writing && pg.bulk.is_none() {
                pg.bulk = Some(bulk::Bulk::default());
            }
        }
    }

    /// Queues a row of `sql` (an insert whose id nobody asks, the audit's) in a bulk write;
    /// false when this write queues nothing, and the caller inserts it.
    pub(in crate::store) fn queue(&self, sql: &str, args: &[Value]) -> Result<bool> {
        match &self.0 {
            Conn::Postgres(pg) => Ok(pg.borrow_mut().queue(sql, args)?.is_some()),
            Conn::Sqlite(_) => Ok(false),
        }
    }

    /// Sends what a bulk write queued, so that every stand-in id has its row's id.
    pub(in crate::store) fn settle(&self) -> Result<()> {
        match &self.0 {
            Conn::Postgres(pg) => pg.borrow_mut().flush(),
            Conn::Sqlite(_) => Ok(()),
        }
    }

    /// The id the database gave in place of a bulk write's stand-in `id` (see `settle`), or
    /// `id` itself.
    #[must_use]
    pub(in crate::store) fn real_id(&self, id: i64) -> i64 {
        match &self.0 {
            Conn::Postgres(pg) => pg.borrow().bulk.as_ref().map_or(id, |b| b.real_id(id)),
            Conn::Sqlite(_) => id,
        }
    }

    /// Calls `each` for every row, in order.
    pub(in crate::store) fn each(
        &self,
        sql: &str,
        args: &[Value],
        mut each: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        match &self.0 {
            Conn::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                let mut rows = st.query(rusqlite::params_from_iter(args.iter()))?;
                while let Some(r) = rows.next()? {
                    each(&Row::Sqlite(r))?;
                }
                Ok(())
            }
            Conn::Postgres(pg) => {
                let rows = pg.borrow_mut().query(sql, args)?;
                for r in &rows {
                    each(&Row::Pg(r))?;
                }
                Ok(())
            }
        }
    }

    /// Every row of a whole-table read, mapped by `f` as it arrives, in the order the server
    /// sends them: no raw rows held and no round trip per batch (no cursor). The session
    /// stays borrowed until the last row, so `f` must not use the connection (a second
    /// borrow panics): it maps a row, nothing more. Outside a transaction, like `rows`.
    pub(in crate::store) fn scan<T>(
        &self,
        sql: &str,
        args: &[Value],
        mut f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        use postgres::fallible_iterator::FallibleIterator as _;
        let Conn::Postgres(pg) = &self.0 else {
            return self.rows(sql, args, f);
        };
        let mut pg = pg.borrow_mut();
        if !pg.in_transaction {
            drop(pg);
            return self.rows(sql, args, f);
        }
        let args = pg.resolved(args)?.into_owned();
        let st = pg.statement(sql)?;
        let writing = pg.writing;
        let mut rows = pg
            .client
            .query_raw(&st, pg_args(&args))
            .map_err(|e| pg_error(e, sql, writing))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().map_err(|e| pg_error(e, sql, writing))? {
            out.push(f(&Row::Pg(&r))?);
        }
        Ok(out)
    }

    /// Every row, mapped by `f`.
    pub(in crate::store) fn rows<T>(
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
    pub(in crate::store) fn row<T>(
        &self,
        sql: &str,
        args: &[Value],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<Option<T>> {
        match &self.0 {
            // Stops at the first row instead of stepping through the rest.
            Conn::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                let mut rows = st.query(rusqlite::params_from_iter(args.iter()))?;
                match rows.next()? {
                    Some(r) => f(&Row::Sqlite(r)).map(Some),
                    None => Ok(None),
                }
            }
            Conn::Postgres(pg) => {
                let rows = pg.borrow_mut().query(sql, args)?;
                rows.first().map(|r| f(&Row::Pg(r))).transpose()
            }
        }
    }

    /// Exactly one row (a query that always returns one, such as `count(*)`).
    pub(in crate::store) fn one<T>(
        &self,
        sql: &str,
        args: &[Value],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        self.row(sql, args, f)?
            .ok_or_else(|| Error::failure("the store returned no row where one was expected"))
    }

    /// A statement to run, in the shape rusqlite gives them (a `Result`, as rusqlite's, so
    /// the store's code reads the same on both backends).
    #[allow(clippy::unnecessary_wraps)]
    pub(in crate::store) fn prepare_cached<'a>(&'a self, sql: &'a str) -> Result<Stmt<'a>> {
        Ok(Stmt { db: self, sql })
    }

    /// Like `prepare_cached` (both backends cache every statement they prepare).
    pub(in crate::store) fn prepare<'a>(&'a self, sql: &'a str) -> Result<Stmt<'a>> {
        self.prepare_cached(sql)
    }

    /// Runs `sql` and maps its one row.
    pub(in crate::store) fn query_row<T>(
        &self,
        sql: &str,
        p: impl Params,
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<T> {
        self.one(sql, &p.values(), f)
    }
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
mod tests;
