//! The PostgreSQL side of the store: connecting as libpq would (URL, `PGPASSWORD`, the password
//! file, `sslmode`), the schema's state and its migrations under an advisory lock, and the
//! write lock every write takes. The password never reaches an argument, a message or `db path`.

use super::db::{Db, Pg};
use super::migrations;
use crate::error::{Error, Result};

/// The advisory lock that serialises writers and migrations of one database (any constant
/// works; this one spells "portalct").
pub const LOCK_KEY: i64 = 0x706f_7274_616c_6374;

/// Whether `--db` names a PostgreSQL server rather than a file.
#[must_use]
pub fn is_url(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// The URL without its password, for `db path` and messages.
#[must_use]
pub fn redact(raw: &str) -> String {
    super::conninfo::redact(raw)
}

/// The start of the message of a write refused by a read-only server or session.
pub const READ_ONLY: &str = "the server or session is read-only";

/// Connects to the server `raw` names as libpq would (see `conninfo` and `pgconnect`);
/// `lock_timeout` is `busy_timeout_ms` in every transaction. `cap` shortens the connection
/// timeout (completion must answer at once or not at all).
pub fn connect(raw: &str, busy_timeout_ms: u32, cap: Option<std::time::Duration>) -> Result<Db> {
    if i32::try_from(busy_timeout_ms).is_err() {
        return Err(Error::usage(format!(
            "busy_timeout_ms = {busy_timeout_ms} is more than PostgreSQL accepts as lock_timeout"
        ))
        .with_hint("set busy_timeout_ms in the config to at most 2147483647"));
    }
    let info = super::pgconnect::conninfo(raw)?;
    let connected = super::pgconnect::connect(&info, cap)?;
    Ok(Db::postgres_of(Pg::new(connected.client, busy_timeout_ms)))
}

/// The group that grants `privilege` (`SELECT`, `INSERT`, ...) under `prefix`.
#[must_use]
pub fn group_for(privilege: &str, prefix: &str) -> String {
    match privilege {
        "SELECT" => format!("{prefix}_reader"),
        "INSERT" | "UPDATE" => format!("{prefix}_operator"),
        "DELETE" => format!("{prefix}_admin"),
        _ => "the owner of the database (to create the schema)".to_string(),
    }
}

/// The groups whose rights include `privilege`'s (a group of a higher rank has them too).
fn groups_with(privilege: &str) -> &'static [&'static str] {
    match privilege {
        "SELECT" => &["reader", "operator", "admin"],
        "INSERT" | "UPDATE" => &["operator", "admin"],
        "DELETE" => &["admin"],
        _ => &[],
    }
}

/// The one text cell of a simple query (pooler-safe: nothing prepared).
fn simple_text(client: &mut postgres::Client, sql: &str) -> Option<String> {
    client
        .simple_query(sql)
        .ok()?
        .into_iter()
        .find_map(|m| match m {
            postgres::SimpleQueryMessage::Row(r) => r.get(0).map(str::to_string),
            _ => None,
        })
}

/// Where `db grants --prefix` records its prefix: the comment on `portalctl_schema`.
const PREFIX_SQL: &str =
    "SELECT pg_catalog.obj_description(pg_catalog.to_regclass('portalctl_schema'), 'pg_class')";

/// The prefix a comment on `portalctl_schema` records, else `portalctl`.
fn prefix_of(comment: Option<String>) -> String {
    comment
        .and_then(|c| c.strip_prefix(PREFIX_COMMENT).map(|p| p.trim().to_string()))
        .filter(|p| valid_prefix(p))
        .unwrap_or_else(|| "portalctl".to_string())
}

/// What `db grants --prefix` recorded on `portalctl_schema`, else `portalctl`.
fn recorded_prefix(client: &mut postgres::Client) -> String {
    prefix_of(simple_text(client, PREFIX_SQL))
}

/// The group prefix of this store (what `db grants --prefix` recorded, else `portalctl`), for
/// messages that name a group.
pub fn groups_prefix(db: &Db) -> Result<String> {
    Ok(prefix_of(db.one(PREFIX_SQL, &[], |r| r.get(0))?))
}

/// A failure explained once its transaction has ended: a refused privilege's hint names the
/// group of this store (its recorded prefix) that grants it, and never one the role already
/// holds; a write refused by a read-only server says whether the server is a standby and how
/// to reach the primary.
pub(crate) fn refine(client: &mut postgres::Client, e: Error) -> Error {
    if e.message.starts_with(READ_ONLY) {
        let standby =
            simple_text(client, "SELECT pg_catalog.pg_is_in_recovery()").as_deref() == Some("t");
        return if standby {
            Error::failure(format!(
                "{READ_ONLY}: the server is a hot standby (in recovery), which takes no writes; nothing was written"
            ))
            .with_hint("connect to the primary: list it in --db (several hosts are tried in order) with target_session_attrs=read-write, e.g. postgres://db1:5432,db2:5432/msp?target_session_attrs=read-write")
        } else {
            Error::failure(format!(
                "{READ_ONLY}: this role's or database's transactions are read-only (default_transaction_read_only); nothing was written"
            ))
            .with_hint("use a role that may write, or ask whoever keeps the database to turn default_transaction_read_only off for it")
        };
    }
    if e.kind != crate::error::Kind::Denied {
        return e;
    }
    let Some(privilege) = e
        .message
        .split("(the ")
        .nth(1)
        .and_then(|r| r.split(" privilege is missing").next())
        .map(str::to_string)
    else {
        return e;
    };
    let prefix = recorded_prefix(client);
    let wanted = groups_with(&privilege);
    let held: Vec<String> = ["reader", "operator", "admin"]
        .iter()
        .filter(|g| wanted.contains(g))
        .map(|g| format!("{prefix}_{g}"))
        .filter(|g| {
            simple_text(
                client,
                &format!(
                    "SELECT pg_catalog.pg_has_role(session_user, r.oid, 'USAGE') FROM pg_catalog.pg_roles r WHERE r.rolname = {}",
                    quote_literal(g)
                ),
            )
            .as_deref()
                == Some("t")
        })
        .collect();
    let hint = if let Some(g) = held.first() {
        format!(
            "your role is in {g}, which should allow this: the grants of this store are out of date; ask its owner to run the SQL of `portalctl db grants{}` again",
            if prefix == "portalctl" {
                String::new()
            } else {
                format!(" --prefix {prefix}")
            }
        )
    } else {
        format!(
            "ask whoever keeps the database to grant you {} (see `portalctl db grants`)",
            group_for(&privilege, &prefix)
        )
    };
    e.with_hint(hint)
}

fn quote_literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// How `db grants` records its prefix: the comment on `portalctl_schema` (no schema change).
pub const PREFIX_COMMENT: &str = "portalctl groups:";

/// A prefix makes role names: lower-case letters, digits and `_`, starting with a letter.
#[must_use]
pub fn valid_prefix(p: &str) -> bool {
    p.len() <= 48
        && p.starts_with(|c: char| c.is_ascii_lowercase())
        && p.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// What the database holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schema {
    /// No tables at all: a new store.
    Empty,
    /// Tables, but no portalctl schema: another application's database.
    Foreign(i64),
    /// The portalctl schema at this version.
    Version(i64),
}

pub fn schema(db: &Db) -> Result<Schema> {
    // One statement, so a concurrent first run's commit cannot fall between the two reads.
    let (has_schema, tables): (bool, i64) = db.one(
        "SELECT to_regclass('portalctl_schema') IS NOT NULL,
                (SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema())",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if has_schema {
        let v: i64 = db.one("SELECT max(version) FROM portalctl_schema", &[], |r| {
            r.get(0)
        })?;
        return Ok(Schema::Version(v));
    }
    Ok(if tables == 0 {
        Schema::Empty
    } else {
        Schema::Foreign(tables)
    })
}

/// The statements that start a write: a transaction, then the store's write lock (waited for
/// up to `lock_timeout`). After the lock each statement sees what the writer before committed.
/// The lock is a table lock that needs a write privilege (UPDATE on `portalctl_lock`), so a
/// reader, or any other role of the cluster, cannot hold writers up with it.
pub const BEGIN_WRITE: &str =
    "BEGIN ISOLATION LEVEL READ COMMITTED; LOCK TABLE portalctl_lock IN EXCLUSIVE MODE";

/// The lock of migrations: the schema table's, in EXCLUSIVE mode (the owner's); a database
/// without the schema yet (a first run) is serialised by a transaction-level advisory lock,
/// the only lock there is before the tables.
const MIGRATION_LOCK: &str = "DO $lock$ BEGIN
    IF pg_catalog.to_regclass('portalctl_schema') IS NOT NULL THEN
        LOCK TABLE portalctl_schema IN EXCLUSIVE MODE;
    ELSE
        PERFORM pg_catalog.pg_advisory_xact_lock(8101820098839077748);
    END IF;
END $lock$";

/// Applies pending migrations under the migration lock; returns (from, to). A store that is
/// current is only read (a standby, or a reader, may run `db migrate`).
pub fn migrate(db: &Db) -> Result<(i64, i64)> {
    if let Schema::Version(v) = schema(db)?
        && v == migrations::latest()
    {
        return Ok((v, v));
    }
    let begin = format!("BEGIN ISOLATION LEVEL READ COMMITTED; {MIGRATION_LOCK}");
    db.transaction(&begin, "COMMIT", || {
        let from = match schema(db)? {
            Schema::Empty => 0,
            Schema::Version(v) => v,
            Schema::Foreign(n) => return Err(foreign(n)),
        };
        super::check_version(from)?;
        if from == migrations::latest() {
            return Ok((from, from));
        }
        migrations::run(db, migrations::PG_MIGRATIONS, from)?;
        let to = migrations::latest();
        db.execute(
            "UPDATE portalctl_schema SET version = ?1",
            super::db::params![to],
        )?;
        Ok((from, to))
    })
}

pub fn foreign(tables: i64) -> Error {
    Error::failure(format!(
        "this database holds {tables} tables of another application and no portalctl schema; refusing to touch it"
    ))
    .with_hint("point --db at a portalctl database, or at a new, empty one")
}

/// `session_user`: the role that authenticated.
pub fn session_user(db: &Db) -> Result<String> {
    db.one("SELECT session_user::text", &[], |r| r.get(0))
}

/// The SQL of `db grants`: three group roles (`PREFIX_reader`, `_operator`, `_admin`) and
/// what each may do, safe to run twice. Every group reads the whole store (the tables, and
/// the id counters a backup carries over); the audit is append-only for all three (rows are
/// added, never changed or removed); deletes (and so `--prune`) are the admin's. No group may
/// name an id (the database gives them), nor create anything in the store's schema; the
/// writers' lock is the writers'. It sets psql's `ON_ERROR_STOP` itself, so that piped into
/// psql it stops at its first error, and it records the prefix on `portalctl_schema`, where
/// the hints of denied commands read it.
#[must_use]
pub fn grants_sql(prefix: &str) -> String {
    use std::fmt::Write as _;
    let data: Vec<&str> = super::tables::TABLES
        .iter()
        .filter(|t| !t.append_only)
        .map(|t| t.name)
        .collect();
    let data = data.join(", ");
    let [reader, operator, admin] =
        ["reader", "operator", "admin"].map(|g| format!("{prefix}_{g}"));
    let all = format!("{reader}, {operator}, {admin}");
    let writers = format!("{operator}, {admin}");
    let tables: Vec<String> = super::tables::TABLES
        .iter()
        .map(|t| format!("'{}'", t.name))
        .collect();
    let tables = tables.join(", ");
    // Column privileges: every column but `id`, from the one list of tables.
    let mut columns = String::new();
    for t in super::tables::TABLES {
        let table = t.name;
        let named = t.named_columns().collect::<Vec<_>>().join(", ");
        let privileges = if t.append_only {
            format!("INSERT ({named})")
        } else {
            format!("INSERT ({named}), UPDATE ({named})")
        };
        let _ = writeln!(columns, "GRANT {privileges} ON {table} TO {writers};");
    }
    format!(
        "-- portalctl: the group roles of a team. Run this as the owner of the portalctl tables
-- (after `portalctl db migrate`); creating the roles needs CREATEROLE (or a DBA who creates
-- {reader}, {operator} and {admin} first). Running it again changes nothing. Then grant
-- each login role one group, e.g.  GRANT {operator} TO alice;
\\set ON_ERROR_STOP on
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '{reader}') THEN
        CREATE ROLE {reader} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '{operator}') THEN
        CREATE ROLE {operator} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '{admin}') THEN
        CREATE ROLE {admin} NOLOGIN;
    END IF;
    EXECUTE pg_catalog.format('GRANT USAGE ON SCHEMA %I TO {all}', pg_catalog.current_schema());
    -- Nobody but the owner creates objects here (a function or table planted in the store's
    -- schema could be resolved in place of the store's own).
    EXECUTE pg_catalog.format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC, {all}',
        pg_catalog.current_schema());
END
$$;

-- {reader}: reads.
GRANT SELECT ON {data}, audit, portalctl_schema TO {all};
-- Every group reads the id counters too, so that any of them can back up or copy the store.
DO $$
DECLARE
    t text;
    seq text;
BEGIN
    FOREACH t IN ARRAY ARRAY[{tables}] LOOP
        seq := pg_catalog.pg_get_serial_sequence(t, 'id');
        IF seq IS NOT NULL THEN
            EXECUTE pg_catalog.format('GRANT SELECT ON SEQUENCE %s TO {all}', seq);
        END IF;
    END LOOP;
END
$$;
-- {operator}: every change but deletes, on every column but the id.
REVOKE INSERT, UPDATE ON {data}, audit FROM {all};
{columns}-- {admin}: deletes too (and so `apply --prune`).
GRANT DELETE ON {data} TO {admin};
REVOKE DELETE ON {data} FROM {reader}, {operator};
-- A new password retires the ones kept from before people, whoever sets it.
GRANT DELETE ON person_legacy_password TO {writers};
-- The audit is append-only for everyone: rows are added, never changed or removed; the
-- database sets each row's user and time.
REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM {all};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON portalctl_schema FROM {all};
-- The writers' lock: only a role that may write can take it.
REVOKE ALL ON portalctl_lock FROM {all};
GRANT UPDATE ON portalctl_lock TO {writers};
-- A partner's own space (`portalctl partner grant PARTNER --role ROLE`). The schema's
-- row-level security policies (made by the migration, one per table, named space*) let a
-- staff role see and change only its partners and what lies under them, and the audit
-- about them; they need nothing granted here but these. Who is staff: readable by every
-- group, written by admins that are nobody's staff (the policies check that too).
REVOKE ALL ON portalctl_staff FROM {all};
GRANT SELECT ON portalctl_staff TO {all};
GRANT INSERT, DELETE ON portalctl_staff TO {admin};
GRANT EXECUTE ON FUNCTION portalctl_space(), portalctl_registered(text),
    portalctl_person_outside(text) TO {all};
-- Which groups this store's hints name.
COMMENT ON TABLE portalctl_schema IS '{PREFIX_COMMENT} {prefix}';
"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_write_lock_needs_a_write_privilege_and_first_runs_share_the_store_key() {
        assert!(BEGIN_WRITE.ends_with("LOCK TABLE portalctl_lock IN EXCLUSIVE MODE"));
        assert!(MIGRATION_LOCK.contains(&format!("pg_advisory_xact_lock({LOCK_KEY})")));
    }

    #[test]
    fn the_grants_use_the_prefix_and_stop_at_the_first_error() {
        let sql = grants_sql("msp2");
        assert!(sql.contains("\\set ON_ERROR_STOP on"), "{sql}");
        assert!(sql.contains("CREATE ROLE msp2_operator NOLOGIN"));
        assert!(sql.contains("COMMENT ON TABLE portalctl_schema IS 'portalctl groups: msp2'"));
        assert!(!sql.contains("portalctl_reader"));
        assert!(valid_prefix("msp2") && valid_prefix("team_a"));
        assert!(
            !valid_prefix("Bad")
                && !valid_prefix("a;drop")
                && !valid_prefix("")
                && !valid_prefix("1a")
        );
        assert_eq!(group_for("DELETE", "msp2"), "msp2_admin");
    }
}
