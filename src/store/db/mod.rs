//! The dialect layer: one SQL text, run on `SQLite` (rusqlite) or PostgreSQL (the synchronous
//! `postgres` crate). SQL is written once, with numbered `?N` placeholders; for PostgreSQL they
//! are rewritten to `$N` here, and nowhere else. Values go in as our own `Value` and come out
//! through `Row::get`, which converts between the two backends' types (a flag is an integer
//! 0/1 on `SQLite` and may be a boolean on PostgreSQL), so the rest of the store never sees a
//! driver type.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::error::{Error, Result};

mod bulk;
mod value;

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

/// A PostgreSQL session. Nothing it does outlives a transaction, so that it works through a
/// pooler in transaction mode: a statement outside a transaction is an unnamed one (parsed,
/// bound and run in one round trip); one inside is prepared there, cached by its SQL, and
/// closed before the transaction ends; `lock_timeout` is `SET LOCAL` in each transaction.
pub struct Pg {
    pub(in crate::store) client: postgres::Client,
    statements: HashMap<String, postgres::Statement>,
    /// Whether a `BEGIN` sent through `Db::batch` is open (a cursor needs a transaction).
    in_transaction: bool,
    /// Whether the open transaction is a write (it took the writers' lock).
    writing: bool,
    /// Cursors open now: each nested `Db::stream` gets its own name.
    cursors: usize,
    /// `busy_timeout_ms`: every transaction's `lock_timeout`.
    lock_timeout_ms: u32,
    /// A bulk write's queued inserts (see `bulk`), while one is open.
    bulk: Option<bulk::Bulk>,
}

impl Pg {
    #[must_use]
    pub fn new(client: postgres::Client, lock_timeout_ms: u32) -> Pg {
        Pg {
            client,
            statements: HashMap::new(),
            in_transaction: false,
            writing: false,
            cursors: 0,
            lock_timeout_ms,
            bulk: None,
        }
    }

    /// Sends the queued inserts of a bulk write, parents first, 100 rows to a statement, and
    /// records the ids the database gave them.
    fn flush(&mut self) -> Result<()> {
        let Pg {
            client,
            statements,
            bulk,
            ..
        } = self;
        let Some(b) = bulk.as_mut() else {
            return Ok(());
        };
        if b.is_empty() {
            return Ok(());
        }
        for q in b.take_in_order() {
            let mut start = 0;
            while start < q.rows {
                let n = (q.rows - start).min(bulk::ROWS);
                let sql = q.statement(n);
                let st = if let Some(s) = statements.get(&sql) {
                    s.clone()
                } else {
                    let s = client.prepare(&sql).map_err(|e| pg_error(e, &sql, true))?;
                    statements.insert(sql.clone(), s.clone());
                    s
                };
                let args = b.resolve(&q.values[start * q.width..(start + n) * q.width]);
                if q.returns_ids() {
                    let rows = client
                        .query(&st, &pg_args(&args))
                        .map_err(|e| pg_error(e, &q.sql, true))?;
                    if rows.len() != n {
                        return Err(Error::failure(format!(
                            "the server returned {} ids for {n} rows inserted into {}; nothing was written",
                            rows.len(),
                            q.table
                        )));
                    }
                    let ids: Vec<i64> = rows.iter().map(|r| r.get(0)).collect();
                    b.given(&q.stand_ins[start..start + n], ids);
                } else {
                    client
                        .execute(&st, &pg_args(&args))
                        .map_err(|e| pg_error(e, &q.sql, true))?;
                }
                start += n;
            }
        }
        Ok(())
    }

    /// `args` as the server must see them: a bulk write's stand-in ids replaced by the ids
    /// given (what is queued is sent first).
    fn resolved<'a>(&mut self, args: &'a [Value]) -> Result<std::borrow::Cow<'a, [Value]>> {
        self.flush()?;
        Ok(match &self.bulk {
            Some(b) => b.resolve(args),
            None => std::borrow::Cow::Borrowed(args),
        })
    }

    /// Queues a row of `sql` when a bulk write is open and `sql` is an insert it queues: its
    /// stand-in id (see `bulk::Bulk::push`). A full queue sends everything queued.
    fn queue(&mut self, sql: &str, args: &[Value]) -> Result<Option<i64>> {
        if !self.in_transaction {
            return Ok(None);
        }
        let Some(b) = self.bulk.as_mut() else {
            return Ok(None);
        };
        let Some(id) = b.push(sql, args) else {
            return Ok(None);
        };
        if b.full() {
            self.flush()?;
        }
        Ok(Some(id))
    }

    /// Every row of `sql`, read in full (the session is free again when this returns).
    fn query(&mut self, sql: &str, args: &[Value]) -> Result<Vec<postgres::Row>> {
        if !self.in_transaction {
            return self.on_its_own(sql, |c, q| {
                let typed = untyped(args);
                c.query_typed(q, &typed)
            });
        }
        let args = self.resolved(args)?;
        let st = self.statement(sql)?;
        self.client
            .query(&st, &pg_args(&args))
            .map_err(|e| pg_error(e, sql, self.writing))
    }

    /// Runs a statement outside a transaction: in one of its own, so that it waits for
    /// locks no longer than `lock_timeout`, as an unnamed statement.
    fn on_its_own<T>(
        &mut self,
        sql: &str,
        run: impl FnOnce(&mut postgres::Client, &str) -> std::result::Result<T, postgres::Error>,
    ) -> Result<T> {
        let begin = self.begin("BEGIN");
        self.client
            .batch_execute(&begin)
            .map_err(|e| pg_error(e, &begin, false))?;
        let done = run(&mut self.client, &to_dollar(sql)).map_err(|e| pg_error(e, sql, false));
        let end = self
            .client
            .batch_execute(if done.is_ok() { "COMMIT" } else { "ROLLBACK" });
        let value = done.map_err(|e| self.refine(e))?;
        end.map_err(|e| pg_error(e, "COMMIT", false))?;
        Ok(value)
    }

    /// A failure explained after its transaction ended (see `pg::refine`).
    fn refine(&mut self, e: Error) -> Error {
        if self.in_transaction {
            return e;
        }
        super::pg::refine(&mut self.client, e)
    }

    /// `begin` (a `BEGIN ...; more` batch) with `SET LOCAL lock_timeout` right after the
    /// `BEGIN`.
    fn begin(&self, begin: &str) -> String {
        let set = format!("SET LOCAL lock_timeout = '{}ms'", self.lock_timeout_ms);
        match begin.split_once(';') {
            Some((head, rest)) => format!("{head}; {set};{rest}"),
            None => format!("{begin}; {set}"),
        }
    }

    fn statement(&mut self, sql: &str) -> Result<postgres::Statement> {
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        let s = self
            .client
            .prepare(&to_dollar(sql))
            .map_err(|e| pg_error(e, sql, self.writing))?;
        self.statements.insert(sql.to_string(), s.clone());
        Ok(s)
    }
}

/// Arguments for an unnamed statement: their types left to the server, which infers them
/// from the statement as it does for a prepared one; the values go as text.
fn untyped(args: &[Value]) -> Vec<(&(dyn postgres::types::ToSql + Sync), postgres::types::Type)> {
    args.iter()
        .map(|a| {
            (
                a as &(dyn postgres::types::ToSql + Sync),
                postgres::types::Type::UNKNOWN,
            )
        })
        .collect()
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
                Err(match &self.0 {
                    Conn::Postgres(pg) => pg.borrow_mut().refine(e),
                    Conn::Sqlite(_) => e,
                })
            }
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

/// A PostgreSQL error of `sql` (`writing`: inside a write). A refused privilege names what
/// was refused (`Pg::refine` then names the group that grants it); a lock wait that ran out
/// in a read says so.
fn pg_error(e: postgres::Error, sql: &str, writing: bool) -> Error {
    use postgres::error::SqlState;
    let Some(code) = e.as_db_error().map(|d| d.code().clone()) else {
        return Error::from(e);
    };
    if code == SqlState::LOCK_NOT_AVAILABLE && !writing {
        let detail = e
            .as_db_error()
            .map_or_else(String::new, |d| d.message().to_string());
        return Error::busy(format!(
            "the read was held up by a lock another session holds on the store's tables, past the busy timeout ({detail})"
        ))
        .with_hint("try again when the other session is done (a migration, a LOCK TABLE, a VACUUM FULL), or raise busy_timeout_ms in the config");
    }
    if code != SqlState::INSUFFICIENT_PRIVILEGE {
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
    let mut verb = sql
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase();
    // The writers' lock (`pg::BEGIN_WRITE`) is the first thing a write asks for: it needs
    // UPDATE on `portalctl_lock`, which the operator group grants.
    if sql.contains("LOCK TABLE portalctl_lock") {
        verb = "UPDATE".to_string();
    }
    let what = match verb.as_str() {
        "DELETE" | "INSERT" | "UPDATE" | "SELECT" => verb,
        "WITH" | "DECLARE" => "SELECT".to_string(),
        _ => "CREATE".to_string(),
    };
    Error::denied(format!(
        "the database role may not run this command: {detail} (the {what} privilege is missing); nothing was written"
    ))
    .with_hint(format!(
        "ask whoever keeps the database to grant you {} (see `portalctl db grants`)",
        super::pg::group_for(&what, "portalctl")
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
        let db = Db::sqlite_of(rusqlite::Connection::open_in_memory().unwrap());
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
