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
            let findings = ctx.existing_store()?.check()?;
            ctx.out.fact(
                &json!({ "clean": findings.is_empty(), "findings": findings }),
                None,
            )?;
            if findings.is_empty() {
                ctx.out
                    .note("The store is clean: integrity_check ok, no foreign-key violations.");
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

/// `db copy TARGET`: the whole store into an empty one, from one snapshot.
fn copy(ctx: &mut Context, target: &str) -> Result<()> {
    let busy = ctx.config.busy_timeout_ms();
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
            .map(|(t, n)| super::counted(*n, t, &format!("{t}s")))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    Ok(())
}
