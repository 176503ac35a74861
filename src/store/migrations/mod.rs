//! The schema as an append-only list of steps. Step N brings a store from `user_version` N-1 to
//! N. Never edit a step that has shipped: append a new one. A step is SQL, optionally followed
//! by a backfill computed in Rust (keys that must be folded exactly as the program folds them).
//! Steps run with foreign keys off (so a table can be rebuilt) and are checked before commit.

use super::Db;
use crate::error::{Error, Result};

pub struct Step {
    pub sql: &'static str,
    pub backfill: Option<fn(&Db) -> Result<()>>,
}

/// Runs the steps after version `from`, each with its backfill, in the caller's transaction.
pub fn run(db: &Db, steps: &[Step], from: i64) -> Result<()> {
    let start = usize::try_from(from).unwrap_or(0);
    for step in steps.get(start..).unwrap_or_default() {
        db.batch(step.sql)?;
        if let Some(backfill) = step.backfill {
            backfill(db)?;
        }
    }
    Ok(())
}

const fn sql(sql: &'static str) -> Step {
    Step {
        sql,
        backfill: None,
    }
}

/// Step 5, the same on both backends. Only where no index serves already: `--sort name` and
/// `--sort email` read `customer_name_unique` and `customer_email` in order (SQLite's indexes
/// end in the rowid, PostgreSQL sorts each run of equal names incrementally), and `log
/// --since` walks the newest entries first. Each index costs every write (measured in
/// benches/README.md).
const INDEXES_5: &str = r"
CREATE INDEX customer_created ON customer(created_at, id);
CREATE INDEX customer_updated ON customer(updated_at, id);
CREATE INDEX audit_kind ON audit(entity, id);
CREATE INDEX audit_actor ON audit(actor, id);
";

/// Step 6's move of the passwords, the same text on both backends: the newest password of
/// each email becomes the person's, every other distinct one a legacy password.
macro_rules! people_6 {
    () => {
        r"
INSERT INTO person (email_key, password_hash, password_set_at, created_at, updated_at)
    SELECT email_key, password_hash, password_set_at, set_at, set_at FROM (
        SELECT email_key, password_hash, password_set_at,
            coalesce(password_set_at, updated_at) AS set_at,
            row_number() OVER (PARTITION BY email_key
                               ORDER BY password_set_at DESC, id DESC) AS n
        FROM contact WHERE password_hash IS NOT NULL) t
    WHERE n = 1;
INSERT INTO person_legacy_password (person_id, password_hash)
    SELECT DISTINCT p.id, k.password_hash
    FROM contact k JOIN person p ON p.email_key = k.email_key
    WHERE k.password_hash IS NOT NULL AND k.password_hash <> p.password_hash;
ALTER TABLE contact DROP COLUMN password_hash;
ALTER TABLE contact DROP COLUMN password_set_at;
"
    };
}

mod postgres;
mod sqlite;

pub use postgres::PG_MIGRATIONS;
pub use sqlite::MIGRATIONS;

/// Recomputes every stored email key with `model::email_key`, the one folding used
/// everywhere (earlier versions lower-cased in two different ways).
pub(crate) fn email_keys(db: &Db) -> Result<()> {
    for table in ["customer", "contact", "invitation"] {
        rekey(db, table, "email", crate::model::email_key, |e, id| {
            e.with_hint(format!(
                "two emails of one customer now fold to the same key ({table} id {id}); \
                 fix them with an older portalctl first"
            ))
        })?;
    }
    Ok(())
}

// Both dialects have every step, with the same version numbers.
const _: () = assert!(MIGRATIONS.len() == PG_MIGRATIONS.len());

/// Computes every stored name's skeleton with `model::name_key` (step 7).
pub(crate) fn name_keys(db: &Db) -> Result<()> {
    for table in ["partner", "customer", "site", "probe"] {
        rekey(db, table, "name", crate::model::name_key, |e, _| e)?;
    }
    Ok(())
}

/// Sets `{source}_key` of every row of `table` to `fold(source)`; `failed` explains a refused
/// update (it is given the row's id).
fn rekey(
    db: &Db,
    table: &str,
    source: &str,
    fold: fn(&str) -> String,
    failed: impl Fn(Error, i64) -> Error,
) -> Result<()> {
    let rows: Vec<(i64, String)> =
        db.rows(&format!("SELECT id, {source} FROM {table}"), &[], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    let update = format!("UPDATE {table} SET {source}_key = ?1 WHERE id = ?2");
    for (id, value) in rows {
        db.execute(&update, super::db::params![fold(&value), id])
            .map_err(|e| failed(e, id))?;
    }
    Ok(())
}

/// The schema version this binary writes.
#[must_use]
pub fn latest() -> i64 {
    i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests;
