//! Inserts of a bulk write on PostgreSQL, sent 100 rows to a statement instead of one round
//! trip each. Only for a writer that reads nothing back from what it inserts (the bulk
//! `apply`, which checks names against its locked snapshot): each row gets its id at once
//! from the table's identity sequence (taken 1,000 at a time; the ones left unused are given
//! back before the commit, under the writers' lock), and is queued; any other statement, and
//! the commit, first sends what is queued, parents before children.

use std::collections::VecDeque;
use std::fmt::Write as _;

use super::Value;

/// The tables whose inserts are queued, parents first: the order queues are sent in, so that
/// every reference points to a row already there.
const TABLES: [&str; 5] = ["partner", "customer", "site", "probe", "contact"];

/// Rows per statement.
pub const ROWS: usize = 100;
/// Ids taken from a sequence at a time.
const IDS: usize = 1000;

/// One queued kind of insert: `INSERT INTO table (id, columns) VALUES ...`.
pub struct Queue {
    pub table: &'static str,
    columns: String,
    /// The row's value list as written, `(?1, ?2, ?2)`.
    row: String,
    /// Arguments per row (without the id).
    width: usize,
    /// The statement's text the rows were queued for (one queue per text).
    pub sql: String,
    pub values: Vec<Value>,
    pub rows: usize,
}

impl Queue {
    /// The statement for `rows` rows of this queue, with `$N` placeholders.
    /// (`overriding`: the id is an identity GENERATED ALWAYS, which takes a given value only
    /// with `OVERRIDING SYSTEM VALUE`.)
    pub fn statement(&self, rows: usize, overriding: bool) -> String {
        let mut out = format!(
            "INSERT INTO {} (id, {}) {}VALUES ",
            self.table,
            self.columns,
            if overriding {
                "OVERRIDING SYSTEM VALUE "
            } else {
                ""
            }
        );
        for r in 0..rows {
            if r > 0 {
                out.push_str(", ");
            }
            let base = r * (self.width + 1);
            let _ = write!(out, "(${}, ", base + 1);
            out.push_str(&renumber(&self.row[1..], base + 1));
        }
        out
    }
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

/// The queues of one write, and the ids taken for them.
#[derive(Default)]
pub struct Bulk {
    pub queues: Vec<Queue>,
    /// Per table: ids taken from its sequence and not used yet.
    pub ids: Vec<(&'static str, VecDeque<i64>)>,
    /// The tables whose id is GENERATED ALWAYS.
    pub always: Vec<&'static str>,
}

impl Bulk {
    /// Queues a row of `sql` with `id`; false when `sql` is not one this queues.
    pub fn push(&mut self, sql: &str, id: i64, args: &[Value]) -> bool {
        let at = if let Some(i) = self.queues.iter().position(|q| q.sql == sql) {
            i
        } else {
            let Some((table, columns, row, width)) = parse(sql) else {
                return false;
            };
            if args.len() != width {
                return false;
            }
            self.queues.push(Queue {
                table,
                columns,
                row,
                width,
                sql: sql.to_string(),
                values: Vec::new(),
                rows: 0,
            });
            self.queues.len() - 1
        };
        let q = &mut self.queues[at];
        q.values.push(Value::Int(id));
        q.values.extend_from_slice(args);
        q.rows += 1;
        true
    }

    /// The next id for `table`, if one is taken.
    pub fn next_id(&mut self, table: &str) -> Option<i64> {
        self.ids
            .iter_mut()
            .find(|(t, _)| *t == table)
            .and_then(|(_, ids)| ids.pop_front())
    }

    pub fn add_ids(&mut self, table: &'static str, ids: impl IntoIterator<Item = i64>) {
        match self.ids.iter_mut().find(|(t, _)| *t == table) {
            Some((_, have)) => have.extend(ids),
            None => self.ids.push((table, ids.into_iter().collect())),
        }
    }

    /// The queues in the order they are sent: parents first.
    pub fn take_in_order(&mut self) -> Vec<Queue> {
        let mut queues = std::mem::take(&mut self.queues);
        queues.sort_by_key(|q| TABLES.iter().position(|t| *t == q.table));
        queues
    }

    pub fn is_empty(&self) -> bool {
        self.queues.iter().all(|q| q.rows == 0)
    }
}

/// How many ids to take at once.
pub const fn ids_at_once() -> usize {
    IDS
}

/// The table an insert goes into, when it is one whose rows are queued.
pub fn table_of(sql: &str) -> Option<&'static str> {
    parse(sql).map(|(t, ..)| t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_insert_becomes_a_multi_row_one_with_its_ids() {
        let sql = "INSERT INTO customer (partner_id, name, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?3)";
        let (table, columns, row, width) = parse(sql).unwrap();
        assert_eq!((table, width), ("customer", 3));
        assert_eq!(columns, "partner_id, name, created_at, updated_at");
        let mut b = Bulk::default();
        assert!(b.push(
            sql,
            7,
            &[Value::Int(1), Value::Text("a".into()), Value::Null]
        ));
        assert!(b.push(
            sql,
            8,
            &[Value::Int(1), Value::Text("b".into()), Value::Null]
        ));
        let q = &b.queues[0];
        assert_eq!(q.rows, 2);
        assert_eq!(
            q.statement(2, false),
            "INSERT INTO customer (id, partner_id, name, created_at, updated_at) VALUES ($1, $2, $3, $4, $4), ($5, $6, $7, $8, $8)"
        );
        assert_eq!(row, "(?1, ?2, ?3, ?3)");
        assert!(
            q.statement(1, true)
                .contains(") OVERRIDING SYSTEM VALUE VALUES ($1, ")
        );
        assert!(parse("INSERT INTO audit (a) VALUES (?1)").is_none());
        assert!(parse("INSERT INTO site (a) SELECT ?1").is_none());
    }
}
