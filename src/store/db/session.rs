//! A PostgreSQL session (`Pg`): its statements, its transactions and what its errors mean.

use std::collections::HashMap;

use super::{Value, bulk, pg_args, to_dollar};
use crate::error::{Error, Result};

/// A PostgreSQL session. Nothing it does outlives a transaction, so that it works through a
/// pooler in transaction mode: a statement outside a transaction is an unnamed one (parsed,
/// bound and run in one round trip); one inside is prepared there, cached by its SQL, and
/// closed before the transaction ends; `lock_timeout` is `SET LOCAL` in each transaction.
pub struct Pg {
    pub(in crate::store) client: postgres::Client,
    pub(super) statements: HashMap<String, postgres::Statement>,
    /// Whether a `BEGIN` sent through `Db::batch` is open (a cursor needs a transaction).
    pub(super) in_transaction: bool,
    /// Whether the open transaction is a write (it took the writers' lock).
    pub(super) writing: bool,
    /// Cursors open now: each nested `Db::stream` gets its own name.
    pub(super) cursors: usize,
    /// `busy_timeout_ms`: every transaction's `lock_timeout`.
    pub(super) lock_timeout_ms: u32,
    /// A bulk write's queued inserts (see `bulk`), while one is open.
    pub(super) bulk: Option<bulk::Bulk>,
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
    pub(super) fn flush(&mut self) -> Result<()> {
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
                    let mut ids = Vec::with_capacity(n);
                    let mut keys = Vec::with_capacity(n);
                    for r in &rows {
                        let r = super::Row::Pg(r);
                        ids.push(r.get::<i64>(0)?);
                        keys.push(
                            (1..r.columns())
                                .map(|i| r.value(i))
                                .collect::<Result<Vec<_>>>()?,
                        );
                    }
                    if let Some(at) = q.misplaced(&args, &keys) {
                        return Err(Error::failure(format!(
                            "the server returned the new rows of {} in another order than they were sent (row {} of {n}); nothing was written",
                            q.table,
                            at + 1
                        )));
                    }
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
    pub(super) fn resolved<'a>(
        &mut self,
        args: &'a [Value],
    ) -> Result<std::borrow::Cow<'a, [Value]>> {
        self.flush()?;
        Ok(match &self.bulk {
            Some(b) => b.resolve(args),
            None => std::borrow::Cow::Borrowed(args),
        })
    }

    /// Queues a row of `sql` when a bulk write is open and `sql` is an insert it queues: its
    /// stand-in id (see `bulk::Bulk::push`). A full queue sends everything queued.
    pub(super) fn queue(&mut self, sql: &str, args: &[Value]) -> Result<Option<i64>> {
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
    pub(super) fn query(&mut self, sql: &str, args: &[Value]) -> Result<Vec<postgres::Row>> {
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
    pub(super) fn on_its_own<T>(
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
    pub(super) fn refine(&mut self, e: Error) -> Error {
        if self.in_transaction {
            return e;
        }
        crate::store::pg::refine(&mut self.client, e)
    }

    /// `begin` (a `BEGIN ...; more` batch) with `SET LOCAL lock_timeout` right after the
    /// `BEGIN`.
    pub(super) fn begin(&self, begin: &str) -> String {
        let set = format!("SET LOCAL lock_timeout = '{}ms'", self.lock_timeout_ms);
        match begin.split_once(';') {
            Some((head, rest)) => format!("{head}; {set};{rest}"),
            None => format!("{begin}; {set}"),
        }
    }

    pub(super) fn statement(&mut self, sql: &str) -> Result<postgres::Statement> {
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
pub(super) fn untyped(
    args: &[Value],
) -> Vec<(&(dyn postgres::types::ToSql + Sync), postgres::types::Type)> {
    args.iter()
        .map(|a| {
            (
                a as &(dyn postgres::types::ToSql + Sync),
                postgres::types::Type::UNKNOWN,
            )
        })
        .collect()
}

/// A PostgreSQL error of `sql` (`writing`: inside a write). A refused privilege names what
/// was refused (`Pg::refine` then names the group that grants it); a lock wait that ran out
/// in a read says so.
pub(super) fn pg_error(e: postgres::Error, sql: &str, writing: bool) -> Error {
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
        crate::store::pg::group_for(&what, "portalctl")
    ))
}
