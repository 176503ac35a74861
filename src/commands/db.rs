//! `portalctl db ...`: housekeeping of the store file.

use super::Context;
use crate::cli::DbCmd;
use crate::error::{Error, Result};
use serde_json::json;

pub fn run(ctx: &mut Context, cmd: DbCmd) -> Result<()> {
    match cmd {
        DbCmd::Path => {
            let path = ctx.db_path()?;
            let shown = path.display().to_string();
            let postgres = crate::store::pg::is_url(&shown);
            // Never the password, even when the URL carries one.
            let shown = if postgres {
                crate::store::pg::redact(&shown)
            } else {
                shown
            };
            let backend = if postgres { "postgresql" } else { "sqlite" };
            ctx.out
                .fact(&json!({ "path": shown, "backend": backend }), Some(&shown))
        }
        DbCmd::Check => {
            let store = ctx.existing_store()?;
            let findings = store.check()?;
            // Each backend's own words: SQLite runs its integrity check, a server does not.
            let clean = match store.conn().dialect() {
                crate::store::db::Dialect::Sqlite => {
                    "The store is clean: SQLite's integrity check passed and every reference resolves."
                }
                crate::store::db::Dialect::Postgres => {
                    "The store is clean: the schema is current and every reference resolves."
                }
            };
            ctx.out.fact(
                &json!({ "clean": findings.is_empty(), "findings": findings }),
                None,
            )?;
            if findings.is_empty() {
                ctx.out.note(clean);
                Ok(())
            } else {
                Err(Error::failure(format!(
                    "the store is not clean ({} finding{}):\n  {}",
                    findings.len(),
                    if findings.len() == 1 { "" } else { "s" },
                    findings.join("\n  ")
                ))
                .with_hint("restore a backup (`portalctl db backup` makes them) or repair with the sqlite3 shell"))
            }
        }
        DbCmd::Backup { file } => {
            let busy = ctx.config.busy_timeout_ms();
            crate::store::staff::refuse_staff(ctx.reader()?.1, "db backup")?;
            let _cleanup =
                crate::confirm::remove_on_interrupt(crate::store::Store::backup_temp(&file));
            ctx.existing_store()?.backup(&file, busy)?;
            let shown = file.display().to_string();
            ctx.out.fact(&json!({ "backup": shown }), None)?;
            ctx.out.note(&format!("Backed up the store to {shown}."));
            Ok(())
        }
        DbCmd::Grants { prefix } => {
            if !crate::store::pg::valid_prefix(&prefix) {
                return Err(
                    Error::usage(format!("--prefix {prefix:?} cannot name roles")).with_hint(
                        "use lower-case letters, digits and _, starting with a letter (at most 48)",
                    ),
                );
            }
            ctx.out.note(&format!(
                "Run this SQL as the owner of the portalctl tables. Creating the roles {prefix}_reader, {prefix}_operator and {prefix}_admin needs CREATEROLE (or a DBA who creates them first); psql stops at the first error."
            ));
            let sql = crate::store::pg::grants_sql(&prefix);
            if ctx.out.format == crate::output::Format::Table {
                ctx.out.raw(sql.as_bytes())
            } else {
                ctx.out.fact(&json!({ "sql": sql }), None)
            }
        }
        DbCmd::Copy { target } => copy(ctx, &target),
        DbCmd::Migrate => {
            // Opening the store already applies pending migrations; report from the version it
            // had before that.
            let store = ctx.store()?;
            let (_, to) = store.migrate()?;
            let from = store.opened_at_version();
            ctx.out
                .fact(&json!({ "from_version": from, "to_version": to }), None)?;
            if from == to {
                ctx.out.note(&format!(
                    "The store is at schema version {to}; nothing to do."
                ));
            } else {
                ctx.out.note(&format!(
                    "Migrated the store from schema version {from} to {to}."
                ));
            }
            Ok(())
        }
    }
}

/// What a table's rows are called in a sentence: "1 audit entry", "40 audit entries",
/// "2 people", "3 reset tokens" (a table's name in words, never `reset_tokens`).
fn rows_of(table: &str) -> (String, String) {
    crate::store::tables::table(table).map_or_else(
        || {
            (
                table.replace('_', " "),
                format!("{}s", table.replace('_', " ")),
            )
        },
        |t| (t.noun.0.to_string(), t.noun.1.to_string()),
    )
}

/// `db copy TARGET`: the whole store into an empty one, from one snapshot.
fn copy(ctx: &mut Context, target: &str) -> Result<()> {
    let busy = ctx.config.busy_timeout_ms();
    crate::store::staff::refuse_staff(ctx.reader()?.1, "db copy")?;
    let source = ctx.existing_store()?;
    let counts = source.copy_to(target, busy)?;
    let shown = if crate::store::pg::is_url(target) {
        crate::store::pg::redact(target)
    } else {
        target.to_string()
    };
    let copied: serde_json::Map<String, serde_json::Value> = counts
        .iter()
        .map(|(t, n)| ((*t).to_string(), json!(n)))
        .collect();
    ctx.out
        .fact(&json!({ "target": shown, "copied": copied }), None)?;
    ctx.out.note(&format!(
        "Copied the store to {shown}: {}.",
        counts
            .iter()
            .map(|(t, n)| {
                let (one, many) = rows_of(t);
                super::counted(*n, &one, &many)
            })
            .collect::<Vec<_>>()
            .join(", ")
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn rows_are_counted_in_words() {
        let say = |t: &str, n: i64| {
            let (one, many) = super::rows_of(t);
            super::super::counted(n, &one, &many)
        };
        assert_eq!(say("audit", 40), "40 audit entries");
        assert_eq!(say("audit", 1), "1 audit entry");
        assert_eq!(say("invitation", 2), "2 invitations");
        assert_eq!(say("partner", 1), "1 partner");
        assert_eq!(say("person", 2), "2 people");
        assert_eq!(say("reset_token", 3), "3 reset tokens");
    }
}
