//! What every query of the store shares: the audit diff of an edit, what a delete takes with
//! it, the shape of a list (filters, order, page) and the one delete of a row.

use std::fmt::Write as _;

use super::db::{self, Db};
use super::{Writer, audit};
use crate::error::{Error, Result};
use crate::model::Entity;

/// The fields an edit changed, as `{"field": {"old": .., "new": ..}}` for the audit row.
#[derive(Debug, Default)]
pub struct Changes(serde_json::Map<String, serde_json::Value>);

impl crate::model::Differences for Changes {
    fn field<T: serde::Serialize + PartialEq>(&mut self, field: &'static str, old: &T, new: &T) {
        self.note(field, old, new);
    }
}

impl Changes {
    /// The audit diff of an edit of `old` into `new`: every field `Edited` lists that differs.
    pub fn of<E: crate::model::Edited>(old: &E, new: &E) -> Changes {
        let mut ch = Changes::default();
        E::compare(old, new, &mut ch);
        ch
    }

    /// Records the edit in the audit (`entity` `id`, named `name`) and returns the fields
    /// it changed, as every `update` of the store answers.
    pub fn record(
        self,
        w: &Writer,
        action: audit::Action,
        entity: crate::model::Entity,
        id: i64,
        name: &str,
    ) -> Result<Vec<String>> {
        let fields = self.fields().iter().map(ToString::to_string).collect();
        audit::record(w, action, entity, Some(id), Some(name), &self.into_json())?;
        Ok(fields)
    }

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
pub(crate) fn cascade_under(conn: &Db, customer_filter: &str, id: i64) -> Result<Cascade> {
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

/// Everything a delete of `top` takes with it, `top` included, sorted: the identities a
/// confirmation names, compared entity by entity once the write holds the lock (so a site
/// swapped for another, or a probe added under a pruned site, is a change, not the same count).
pub fn doomed(conn: &Db, top: &[(Entity, i64)]) -> Result<Vec<(Entity, i64)>> {
    let mut out: Vec<(Entity, i64)> = top.to_vec();
    for &(kind, id) in top {
        let filter = match kind {
            Entity::Partner => "c.partner_id = ?1",
            Entity::Customer => "c.id = ?1",
            Entity::Site => {
                conn.prepare_cached("SELECT id FROM probe WHERE site_id = ?1")?
                    .query_map([id], |r| r.get(0))?
                    .try_for_each(|p| -> Result<()> {
                        out.push((Entity::Probe, p?));
                        Ok(())
                    })?;
                continue;
            }
            _ => continue,
        };
        let sql = format!(
            "SELECT 'customer', c.id FROM customer c WHERE {filter}
             UNION ALL SELECT 'site', s.id FROM site s JOIN customer c ON c.id = s.customer_id
                WHERE {filter}
             UNION ALL SELECT 'probe', p.id FROM probe p JOIN site s ON s.id = p.site_id
                JOIN customer c ON c.id = s.customer_id WHERE {filter}
             UNION ALL SELECT k.kind, k.id FROM contact k JOIN customer c ON c.id = k.customer_id
                WHERE {filter}
             UNION ALL SELECT 'invitation', i.id FROM invitation i
                JOIN customer c ON c.id = i.customer_id WHERE {filter}"
        );
        for row in conn
            .prepare_cached(&sql)?
            .query_map([id], |r| Ok((r.word::<Entity>(0)?, r.get::<i64>(1)?)))?
        {
            let (k, i) = row?;
            if (k, i) != (kind, id) {
                out.push((k, i));
            }
        }
    }
    out.sort_unstable_by_key(|(k, i)| (k.as_str(), *i));
    out.dedup();
    Ok(out)
}

/// What a list is sorted by: the `ORDER BY` columns of each key of one entity's `--sort`.
pub trait SortKey: Copy + Default {
    /// The columns, most significant first (the id follows them as the last tie-break).
    fn columns(self) -> &'static [&'static str];
    /// Whether the list runs backwards when no `--sort` is given (invitations: newest first).
    const NEWEST_FIRST: bool = false;
}

/// Gives a list's sort keys (`model::*Sort`, named `Sort` in its store module) their
/// `ORDER BY` columns, every key named (the id follows them as the last tie-break):
/// `sort_keys! { CustomerSort; newest_first: false; Name => ["c.name"], Id => [], ... }`.
macro_rules! sort_keys {
    (
        $sort:ident;
        newest_first: $newest:literal;
        $($variant:ident => [$($col:expr),*],)*
    ) => {
        pub use $crate::model::$sort as Sort;

        impl $crate::store::SortKey for Sort {
            fn columns(self) -> &'static [&'static str] {
                match self {
                    $(Sort::$variant => &[$($col),*],)*
                }
            }
            const NEWEST_FIRST: bool = $newest;
        }
    };
}
pub(crate) use sort_keys;

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
        for column in listing.sort.columns() {
            let _ = write!(order, "{column} {dir}, ");
        }
        // The id is never NULL: ordered plainly, so that PostgreSQL may read it from the
        // primary key's index (a NULLS FIRST order rules the index out).
        let _ = write!(
            order,
            "{id} {}",
            if listing.descending { "DESC" } else { "ASC" }
        );
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
    kind: crate::model::Entity,
    id: i64,
    name: &str,
    changes: &serde_json::Value,
) -> Result<()> {
    let n =
        w.db.prepare_cached(&format!("DELETE FROM {table} WHERE id = ?1"))?
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
