//! `portalctl db ...`: housekeeping of the store file.

use super::Context;
use crate::cli::DbCmd;
use crate::error::{Error, Result};

pub fn run(ctx: &mut Context, cmd: DbCmd) -> Result<()> {
    match cmd {
        DbCmd::Path => {
            let path = ctx.db_path()?;
            let shown = path.display().to_string();
            if crate::store::pg::is_url(&shown) {
                // Never the password, even when the URL carries one.
                ctx.out.line(&crate::store::pg::redact(&shown))
            } else {
                ctx.out.line(&shown)
            }
        }
        DbCmd::Check => {
            let findings = ctx.existing_store()?.check()?;
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
            ctx.existing_store()?.backup(&file)?;
            ctx.out
                .note(&format!("Backed up the store to {}.", file.display()));
            Ok(())
        }
        DbCmd::Grants => ctx.out.raw(crate::store::pg::grants_sql().as_bytes()),
        DbCmd::Copy { target } => copy(ctx, &target),
        DbCmd::Migrate => {
            // Opening the store already applies pending migrations; report from the version it
            // had before that.
            let store = ctx.store()?;
            let (_, to) = store.migrate()?;
            let from = store.opened_at_version();
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
