//! Self-protection, asked one way on every path: does the actor's own membership (a contact
//! or guest whose email is `--actor`) go, or get shut out? A contact cannot delete or
//! deactivate itself, and neither by a cascade: deleting, pruning or deactivating the
//! customer it belongs to (or the partner above it) is refused the same way (exit 4).

use crate::error::{Error, Result};
use crate::model::{Contact, Entity, quote};
use crate::store::{self, Db};

/// The actor's own memberships (none when the actor is not an email of the store).
fn own(conn: &Db, actor: &str) -> Result<Vec<Contact>> {
    store::contact::by_email(conn, actor)
}

fn refusal(k: &Contact, verb: &str) -> Error {
    Error::conflict(format!(
        "{} cannot {verb} its own account: --actor is a {} of customer {} (id {})",
        quote(&k.email),
        k.kind,
        quote(&k.customer),
        k.customer_id
    ))
    .with_hint("ask another administrator of the account to do it")
}

/// Refuses a delete or prune whose cascade (`doomed`, from `store::doomed`) takes one of the
/// actor's own memberships with it.
pub(crate) fn refuse_own_removal(conn: &Db, actor: &str, doomed: &[(Entity, i64)]) -> Result<()> {
    for k in own(conn, actor)? {
        if doomed.contains(&(k.kind.into(), k.id)) {
            return Err(refusal(&k, "delete"));
        }
    }
    Ok(())
}

/// Refuses deactivating customer `customer_id` when the actor is one of its people.
pub(crate) fn refuse_own_shutout(conn: &Db, actor: &str, customer_id: i64) -> Result<()> {
    match own(conn, actor)?
        .into_iter()
        .find(|k| k.customer_id == customer_id)
    {
        Some(k) => Err(refusal(&k, "deactivate")),
        None => Ok(()),
    }
}

/// The refusal of a walk (`apply`) that would prune or deactivate customer `customer`, where
/// the actor is a contact or guest.
pub(crate) fn own_account(actor: &str, customer: &str, verb: &str) -> Error {
    Error::conflict(format!(
        "{} cannot {verb} customer {}: --actor is one of its own contacts or guests",
        quote(actor),
        quote(customer)
    ))
    .with_hint("ask another administrator of the account to do it; nothing was written")
}
