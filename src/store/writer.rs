//! A write in progress (`Writer`): who acts and when, the audit rows it queues, and the rows
//! it names, checked for look-alikes before the commit.

use super::{Db, audit, db, lookalike};
use crate::error::Result;

/// A write in progress: the immediate transaction plus who acts and when, for the audit rows.
pub struct Writer<'a> {
    pub(super) db: &'a Db,
    pub(super) actor: &'a str,
    pub(super) user: &'a str,
    pub(super) now: String,
    /// Audit rows not yet inserted: written in batches (one statement for many rows) and
    /// always before the commit.
    pub(super) audit: std::cell::RefCell<Vec<db::Value>>,
    /// The caller loaded the whole tree under this lock and keeps names unique itself (the
    /// bulk apply): inserts skip their one-row name lookups. The unique indexes still hold.
    pub(super) names_known: std::cell::Cell<bool>,
    /// The rows given a name or a parent by this write: checked for look-alike siblings
    /// before the commit.
    pub(super) named: std::cell::RefCell<Vec<(lookalike::Named, i64)>>,
}

/// Audit rows per insert statement.
const AUDIT_BATCH: usize = 100;

impl Writer<'_> {
    /// The store as this write sees it, for the store's reads (`store::customer::get`, ...):
    /// what it has written so far included. Only the store runs SQL on it.
    #[must_use]
    pub fn reads(&self) -> &Db {
        self.db
    }

    #[must_use]
    pub fn actor(&self) -> &str {
        self.actor
    }
    /// The authenticated user (the OS user on `SQLite`), recorded beside the actor.
    #[must_use]
    pub fn user(&self) -> &str {
        self.user
    }
    /// The timestamp of this write (every row it touches gets the same one).
    #[must_use]
    pub fn now(&self) -> &str {
        &self.now
    }

    /// Declares that the caller checks name uniqueness against a snapshot read under this
    /// lock (see `names_known`), and reads back nothing it inserts. On PostgreSQL the inserts
    /// and audit rows are then queued and sent 100 rows to a statement (`db::bulk`): an
    /// insert answers with a stand-in id until it is sent, and `real_id` tells the id given.
    pub fn names_known_from_snapshot(&self) {
        self.names_known.set(true);
        self.db.queue_inserts();
    }

    /// Sends what the write queued and tells the ids given in place of `ids`' stand-ins.
    pub fn real_ids(&self, ids: &mut [&mut i64]) -> Result<()> {
        self.db.settle()?;
        for id in ids {
            **id = self.db.real_id(**id);
        }
        Ok(())
    }

    /// Notes a row given a name or a parent, for the look-alike check before the commit.
    pub(crate) fn named(&self, kind: lookalike::Named, id: i64) {
        self.named.borrow_mut().push((kind, id));
    }

    /// Whether an insert must look its name up first.
    pub(crate) fn check_names(&self) -> bool {
        !self.names_known.get()
    }

    /// Queues one audit row (its eight columns); a full batch is inserted at once. In a
    /// bulk write the rows join its queues, sent after the entities they are about.
    pub(crate) fn queue_audit(&self, row: [db::Value; audit::FIELDS]) -> Result<()> {
        static ONE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        if self
            .db
            .queue(ONE.get_or_init(|| audit::insert_sql(1)), &row)?
        {
            return Ok(());
        }
        let full = {
            let mut pending = self.audit.borrow_mut();
            pending.extend(row);
            pending.len() >= AUDIT_BATCH * audit::FIELDS
        };
        if full { self.flush_audit() } else { Ok(()) }
    }

    /// Inserts the queued audit rows, in order, in one statement.
    pub(crate) fn flush_audit(&self) -> Result<()> {
        let values = std::mem::take(&mut *self.audit.borrow_mut());
        if values.is_empty() {
            return Ok(());
        }
        let rows = values.len() / audit::FIELDS;
        if rows == AUDIT_BATCH {
            // The full batch's statement text is made once per process.
            static FULL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
            let sql = FULL.get_or_init(|| audit::insert_sql(AUDIT_BATCH));
            self.db.execute(sql, &values)?;
        } else {
            self.db.execute(&audit::insert_sql(rows), &values)?;
        }
        Ok(())
    }
}
