//! Inserts of a bulk write on PostgreSQL, sent 100 rows to a statement instead of one round
//! trip each. Only for a writer that reads nothing back from what it inserts (the bulk
//! `apply`, which checks names against its locked snapshot).
//!
//! The database gives every id, as it does for any insert (no role may write an `id` column,
//! so that nobody can choose or revive one). A queued row gets a stand-in id at once, which
//! its children, its audit row and any later statement may carry; a multi-row
//! `INSERT ... RETURNING id` gives the rows their ids in the order of its `VALUES` (what
//! Django's `bulk_create` relies on too), and every stand-in is replaced by its row's id
//! before a statement that carries one is sent. PostgreSQL does not promise that order, so
//! each row returns its identity (its parent and name) beside its id, and a row that comes
//! back out of place fails the write before anything is kept (`Queue::misplaced`). Queues
//! are sent parents first and the audit rows last, so that every reference, and the audit
//! stamp's look-up of the partner, finds its row; anything else the write runs, and the
//! commit, first sends what is queued.

use std::fmt::Write as _;

use super::Value;

/// The tables whose inserts are queued, parents first, the audit last: the order queues are
/// sent in.
const TABLES: [&str; 6] = ["partner", "customer", "site", "probe", "contact", "audit"];

/// Each queued table's identity within one statement: its parent's column and its name's
/// (no two rows of one statement have the same pair: siblings' names are unique).
const KEYS: [(&str, &[&str]); 5] = [
    ("partner", &["name"]),
    ("customer", &["partner_id", "name"]),
    ("site", &["customer_id", "name"]),
    ("probe", &["site_id", "name"]),
    ("contact", &["customer_id", "email_key"]),
];

/// The table whose rows nobody asks the id of.
const AUDIT: &str = "audit";

/// Rows per statement.
pub const ROWS: usize = 100;

/// Audit rows queued at most before everything queued is sent (a few come with each entity;
/// the entities' own queues send at `ROWS`).
const AUDIT_ROWS: usize = 8 * ROWS;

/// The first stand-in id: far below any id the database gives (they are positive) and any
/// number a statement of the store carries.
const STAND_IN: i64 = i64::MIN / 2;

/// One queued kind of insert: `INSERT INTO table (columns) VALUES ...`.
pub struct Queue {
    pub table: &'static str,
    columns: String,
    /// The row's value list as written, `(?1, ?2, ?2)`.
    row: String,
    /// Arguments per row.
    pub width: usize,
    /// The statement's text the rows were queued for (one queue per text).
    pub sql: String,
    pub values: Vec<Value>,
    pub rows: usize,
    /// Each row's stand-in (an index into `Bulk::ids`), for a table that returns ids.
    pub stand_ins: Vec<usize>,
    /// The identity's columns (`KEYS`) as they are returned, each with the index of its
    /// argument within a row.
    key: Vec<(&'static str, usize)>,
}

impl Queue {
    /// Whether the statement returns the rows' ids.
    pub fn returns_ids(&self) -> bool {
        self.table != AUDIT
    }

    /// The statement for `rows` rows of this queue, with `$N` placeholders.
    pub fn statement(&self, rows: usize) -> String {
        let mut out = format!("INSERT INTO {} ({}) VALUES ", self.table, self.columns);
        for r in 0..rows {
            if r > 0 {
                out.push_str(", ");
            }
            out.push_str(&renumber(&self.row, r * self.width));
        }
        if self.returns_ids() {
            out.push_str(" RETURNING id");
            for (column, _) in &self.key {
                let _ = write!(out, ", {column}");
            }
        }
        out
    }

    /// The first row of a statement (of the `sent` arguments, as resolved) that came back
    /// with another row's identity (`returned`: each row's columns after the id), if any.
    pub fn misplaced(&self, sent: &[Value], returned: &[Vec<Value>]) -> Option<usize> {
        returned.iter().enumerate().position(|(n, row)| {
            self.key.len() != row.len()
                || self
                    .key
                    .iter()
                    .zip(row)
                    .any(|(&(_, arg), got)| sent.get(n * self.width + arg) != Some(got))
        })
    }
}

/// The identity columns of `table` among `columns`, each with the index of the argument the
/// row (`(?1, ?2, ...)`) gives it; `None` when one is missing or not a plain argument.
fn key_of(table: &str, columns: &str, row: &str) -> Option<Vec<(&'static str, usize)>> {
    let Some((_, key)) = KEYS.iter().find(|(t, _)| *t == table) else {
        return Some(Vec::new());
    };
    let columns: Vec<&str> = columns.split(',').map(str::trim).collect();
    let exprs: Vec<&str> = row
        .trim_start_matches('(')
        .trim_end_matches(')')
        .split(',')
        .map(str::trim)
        .collect();
    key.iter()
        .map(|&column| {
            let at = columns.iter().position(|c| *c == column)?;
            let n: usize = exprs.get(at)?.strip_prefix('?')?.parse().ok()?;
            Some((column, n.checked_sub(1)?))
        })
        .collect()
}

/// `?N` as `$(N + offset)` (the row's text has no string literals).
fn renumber(text: &str, offset: usize) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '?' {
            let mut n = String::new();
            while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                n.push(*d);
                chars.next();
            }
            let n: usize = n.parse().unwrap_or(0);
            let _ = write!(out, "${}", n + offset);
        } else {
            out.push(c);
        }
    }
    out
}

/// `INSERT INTO t (cols) VALUES (?1, ...)` of a queued table: (table, columns, row, width).
pub fn parse(sql: &str) -> Option<(&'static str, String, String, usize)> {
    let flat: String = sql.split_whitespace().collect::<Vec<_>>().join(" ");
    let rest = flat.strip_prefix("INSERT INTO ")?;
    let (table, rest) = rest.split_once(" (")?;
    let table = *TABLES.iter().find(|t| **t == table)?;
    let (columns, rest) = rest.split_once(") VALUES ")?;
    let row = rest.trim();
    if !row.starts_with('(') || !row.ends_with(')') || row.contains('\'') || row.contains(" (") {
        return None;
    }
    let width = row
        .split('?')
        .skip(1)
        .filter_map(|n| {
            n.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse::<usize>()
                .ok()
        })
        .max()?;
    Some((table, columns.to_string(), row.to_string(), width))
}

/// The queues of one write, and the ids the database gave for their stand-ins.
#[derive(Default)]
pub struct Bulk {
    queues: Vec<Queue>,
    /// Per stand-in: the id its row was given, 0 while it is queued.
    ids: Vec<i64>,
}

impl Bulk {
    /// Queues a row of `sql`: its stand-in id (0 for an audit row, whose id nobody asks),
    /// or `None` when `sql` is not an insert this queues.
    pub fn push(&mut self, sql: &str, args: &[Value]) -> Option<i64> {
        let at = if let Some(i) = self.queues.iter().position(|q| q.sql == sql) {
            i
        } else {
            let (table, columns, row, width) = parse(sql)?;
            // An insert whose identity cannot be checked is sent on its own.
            let key = key_of(table, &columns, &row)?;
            self.queues.push(Queue {
                table,
                columns,
                row,
                width,
                sql: sql.to_string(),
                values: Vec::new(),
                rows: 0,
                stand_ins: Vec::new(),
                key,
            });
            self.queues.len() - 1
        };
        let q = &mut self.queues[at];
        if args.len() != q.width {
            return None;
        }
        q.values.extend_from_slice(args);
        q.rows += 1;
        if !q.returns_ids() {
            return Some(0);
        }
        q.stand_ins.push(self.ids.len());
        let id = STAND_IN + i64::try_from(self.ids.len()).unwrap_or(i64::MAX);
        self.ids.push(0);
        Some(id)
    }

    /// Whether enough is queued to send it all: an entity's queue holds a statement's rows,
    /// or the audit's holds `AUDIT_ROWS`.
    pub fn full(&self) -> bool {
        self.queues
            .iter()
            .any(|q| q.rows >= if q.returns_ids() { ROWS } else { AUDIT_ROWS })
    }

    pub fn is_empty(&self) -> bool {
        self.queues.iter().all(|q| q.rows == 0)
    }

    /// The queues in the order they are sent: parents first, the audit last.
    pub fn take_in_order(&mut self) -> Vec<Queue> {
        let mut queues = std::mem::take(&mut self.queues);
        queues.sort_by_key(|q| TABLES.iter().position(|t| *t == q.table));
        queues
    }

    /// Records the ids the database gave the rows of `stand_ins`, in order.
    pub fn given(&mut self, stand_ins: &[usize], ids: impl IntoIterator<Item = i64>) {
        for (at, id) in stand_ins.iter().zip(ids) {
            self.ids[*at] = id;
        }
    }

    /// `id`, or the id the database gave in place of the stand-in `id` (itself while its
    /// row is queued).
    #[must_use]
    pub fn real_id(&self, id: i64) -> i64 {
        id.checked_sub(STAND_IN)
            .and_then(|at| usize::try_from(at).ok())
            .and_then(|at| self.ids.get(at))
            .copied()
            .filter(|given| *given != 0)
            .unwrap_or(id)
    }

    /// `args` with every stand-in replaced by its row's id.
    pub fn resolve<'a>(&self, args: &'a [Value]) -> std::borrow::Cow<'a, [Value]> {
        let carries = |v: &Value| matches!(v, Value::Int(n) if self.real_id(*n) != *n);
        if self.ids.is_empty() || !args.iter().any(carries) {
            return std::borrow::Cow::Borrowed(args);
        }
        std::borrow::Cow::Owned(
            args.iter()
                .map(|v| match v {
                    Value::Int(n) => Value::Int(self.real_id(*n)),
                    other => other.clone(),
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CUSTOMER: &str = "INSERT INTO customer (partner_id, name, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?3)";
    const SITE: &str = "INSERT INTO site (customer_id, name) VALUES (?1, ?2)";

    #[test]
    fn an_insert_becomes_a_multi_row_one_that_returns_its_ids() {
        let (table, columns, row, width) = parse(CUSTOMER).unwrap();
        assert_eq!((table, width), ("customer", 3));
        assert_eq!(columns, "partner_id, name, created_at, updated_at");
        assert_eq!(row, "(?1, ?2, ?3, ?3)");
        let mut b = Bulk::default();
        let a = b.push(
            CUSTOMER,
            &[Value::Int(1), Value::Text("a".into()), Value::Null],
        );
        let c = b.push(
            CUSTOMER,
            &[Value::Int(1), Value::Text("b".into()), Value::Null],
        );
        assert!(
            a.unwrap() < 0 && c.unwrap() < 0 && a != c,
            "stand-ins, never a real id"
        );
        let q = &b.queues[0];
        assert_eq!(q.rows, 2);
        assert_eq!(
            q.statement(2),
            "INSERT INTO customer (partner_id, name, created_at, updated_at) VALUES ($1, $2, $3, $3), ($4, $5, $6, $6) RETURNING id, partner_id, name"
        );
        // No id column is ever written, and the audit's rows return nothing.
        assert!(!q.statement(1).contains("(id"));
        let audit = "INSERT INTO audit (at, \"user\", entity_id) VALUES (?1, ?2, ?3)";
        assert_eq!(
            b.push(audit, &[Value::Null, Value::Null, Value::Null]),
            Some(0)
        );
        assert!(!b.take_in_order()[1].statement(1).contains("RETURNING"));
        assert!(parse("INSERT INTO site (a) SELECT ?1").is_none());
        assert!(parse("INSERT INTO person (a) VALUES (?1)").is_none());
        assert!(parse("INSERT INTO site (a) VALUES (?1) ON CONFLICT DO NOTHING").is_none());
    }

    #[test]
    fn a_row_returned_out_of_place_is_found() {
        let mut b = Bulk::default();
        let row = |p: i64, name: &str| [Value::Int(p), Value::Text(name.into()), Value::Null];
        b.push(CUSTOMER, &row(1, "a")).unwrap();
        b.push(CUSTOMER, &row(2, "a")).unwrap();
        let q = &b.queues[0];
        assert_eq!(q.key, [("partner_id", 0), ("name", 1)]);
        let back = |p: i64, name: &str| vec![Value::Int(p), Value::Text(name.into())];
        assert_eq!(q.misplaced(&q.values, &[back(1, "a"), back(2, "a")]), None);
        // The same names under swapped parents: the second row is the first's.
        assert_eq!(
            q.misplaced(&q.values, &[back(2, "a"), back(1, "a")]),
            Some(0)
        );
        assert_eq!(
            q.misplaced(&q.values, &[back(1, "a"), back(1, "a")]),
            Some(1)
        );
        assert_eq!(q.misplaced(&q.values, &[back(1, "a"), vec![]]), Some(1));
        // An insert that gives its name some other way is not queued.
        assert!(
            b.push(
                "INSERT INTO site (customer_id, name) VALUES (?1, lower(?2))",
                &[Value::Int(1), Value::Null]
            )
            .is_none()
        );
        assert_eq!(key_of("audit", "at", "(?1)"), Some(Vec::new()));
    }

    #[test]
    fn stand_ins_become_the_ids_given_parents_first() {
        let mut b = Bulk::default();
        let parent = b
            .push(
                CUSTOMER,
                &[Value::Null, Value::Text("a".into()), Value::Null],
            )
            .unwrap();
        let child = b
            .push(SITE, &[Value::Int(parent), Value::Text("hq".into())])
            .unwrap();
        // Still queued: a stand-in stays what it is.
        assert_eq!(b.real_id(parent), parent);
        let queues = b.take_in_order();
        assert_eq!(
            queues.iter().map(|q| q.table).collect::<Vec<_>>(),
            ["customer", "site"]
        );
        b.given(&queues[0].stand_ins, [41]);
        assert_eq!(b.real_id(parent), 41);
        assert_eq!(
            b.resolve(&queues[1].values).as_ref(),
            [Value::Int(41), Value::Text("hq".into())]
        );
        b.given(&queues[1].stand_ins, [7]);
        assert_eq!(b.real_id(child), 7);
        // Real ids and other numbers pass as they are.
        assert_eq!(b.real_id(41), 41);
        assert!(matches!(
            b.resolve(&[Value::Int(3)]),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn a_full_statement_of_an_entity_or_enough_audit_rows_sends_everything() {
        let mut b = Bulk::default();
        for i in 0..ROWS - 1 {
            let i = i64::try_from(i).unwrap();
            b.push(SITE, &[Value::Int(i), Value::Null]).unwrap();
        }
        assert!(!b.full());
        b.push(SITE, &[Value::Int(0), Value::Null]).unwrap();
        assert!(b.full());
        let mut b = Bulk::default();
        let audit = "INSERT INTO audit (at) VALUES (?1)";
        for _ in 0..ROWS {
            b.push(audit, &[Value::Null]).unwrap();
        }
        assert!(!b.full(), "audit rows wait for their entities");
    }
}
