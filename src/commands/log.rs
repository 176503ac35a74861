//! `portalctl log`: the audit trail, newest first.

use super::Context;
use crate::cli::LogArgs;
use crate::clock;
use crate::error::{Error, Result};
use crate::model::{AuditEntry, Entity, Word, quote};
use crate::store::audit;

pub fn run(ctx: &mut Context, args: &LogArgs) -> Result<()> {
    let (entity, entity_id) = match args.entity.as_deref().map(str::trim) {
        None => (None, None),
        Some(e) => {
            let (kind, id) = match e.split_once(':') {
                Some((k, id)) => {
                    let id = id.trim().parse::<i64>().map_err(|_| {
                        Error::usage(format!("{} is not KIND:ID", quote(e)))
                            .with_hint("for example --entity customer:7")
                    })?;
                    (k.trim(), Some(id))
                }
                None => (e, None),
            };
            (Some(Entity::read(&kind.to_ascii_lowercase())?), id)
        }
    };
    let since = args
        .since
        .as_deref()
        .map(|s| clock::since(s, clock::now()))
        .transpose()?;
    let until = args
        .until
        .as_deref()
        .map(|s| clock::until(s, clock::now()))
        .transpose()?;
    let filter = audit::Filter {
        entity,
        entity_id,
        actor: args.actor.as_deref().map(crate::commands::normalize_ref),
        user: args.user.as_deref().map(crate::commands::normalize_ref),
        action: args.action,
        since,
        until,
        limit: ctx.out.rows_to_read(args.limit),
        offset: args.offset,
    };
    let (out, conn) = ctx.reader()?;
    let mut list = out.list(|e: &AuditEntry| e.id);
    audit::for_each(conn, &filter, |e| list.row(&e))?;
    list.finish("audit entries")
}
