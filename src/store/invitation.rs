//! Invitation queries. The token is stored as its SHA-256 only; `status` is computed at read
//! time so an open invitation past its expiry reads as `expired`.

use super::audit::Action;
use super::db::{Db as Connection, Row, params};

use super::{Writer, audit};
use crate::error::{Error, Result};
use crate::model::{Entity, Invitation, InviteStatus, Permissions, email_key};

/// The status as read now (`?1`): open invitations past their expiry read as `expired`.
macro_rules! status_now {
    () => {
        "CASE WHEN i.status IN ('pending', 'sent') AND i.expires_at <= ?1 THEN 'expired'
            ELSE i.status END"
    };
}
const STATUS_NOW: &str = status_now!();
/// The columns of an invitation, with the status as read now.
const COLUMNS: &str = concat!(
    "i.id, i.customer_id, c.name, i.email, i.permissions, ",
    status_now!(),
    ", i.expires_at, i.guest_id, i.created_at, i.updated_at"
);
const FROM: &str = "FROM invitation i JOIN customer c ON c.id = i.customer_id";

fn from_row(r: &Row) -> Result<Invitation> {
    Ok(Invitation {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        customer: r.get(2)?,
        email: r.get(3)?,
        permissions: Permissions::from_mask(r.get(4)?),
        status: r.word(5)?,
        expires_at: r.get(6)?,
        guest_id: r.get(7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

pub fn get(conn: &Connection, now: &str, id: i64) -> Result<Option<Invitation>> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} {FROM} WHERE i.id = ?2"))?
        .query_opt(params![now, id], from_row)
}

pub fn by_token(
    conn: &Connection,
    now: &str,
    hash: &[u8],
) -> Result<Option<(Invitation, Vec<u8>)>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS}, i.token_hash {FROM} WHERE i.token_hash = ?2"
    ))?
    .query_opt(params![now, hash], |r| Ok((from_row(r)?, r.get(10)?)))
}

/// An open (pending or sent, not expired) invitation of this email to this customer.
pub fn open_for(
    conn: &Connection,
    now: &str,
    customer_id: i64,
    email: &str,
) -> Result<Option<Invitation>> {
    conn.prepare_cached(&format!(
            "SELECT {COLUMNS} {FROM} WHERE i.customer_id = ?2 AND i.email_key = ?3
               AND i.status IN ('pending', 'sent') AND i.expires_at > ?1 ORDER BY i.id DESC LIMIT 1"
        ))?
    .query_opt(params![now, customer_id, email_key(email)], from_row)
}

/// Whether the email is registered anywhere: as a customer's email or a customer's contact.
pub fn is_registered(conn: &Connection, email: &str) -> Result<bool> {
    let key = email_key(email);
    // On PostgreSQL a partner's staff sees only its own space: the database answers yes or
    // no for the whole store, revealing nothing about where the email is registered.
    if conn.dialect() == super::db::Dialect::Postgres {
        return conn
            .prepare_cached("SELECT portalctl_registered(?1)")?
            .query_row([key], |r| r.get(0));
    }
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM customer WHERE email_key = ?1)
                 OR EXISTS (SELECT 1 FROM contact WHERE email_key = ?1 AND kind = 'contact')",
    )?
    .query_row([key], |r| r.get(0))
}

pub fn insert(w: &Writer, i: &Invitation, token_hash: &[u8]) -> Result<Invitation> {
    let id = w.db.insert(
        "INSERT INTO invitation (customer_id, email, email_key, permissions, status, token_hash,
            expires_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            i.customer_id,
            i.email,
            email_key(&i.email),
            i.permissions.mask(),
            i.status,
            token_hash,
            i.expires_at,
            w.now()
        ],
    )?;
    audit::record(
        w,
        Action::Create,
        Entity::Invitation,
        Some(id),
        Some(&i.email),
        &serde_json::json!({
            "customer": i.customer, "email": i.email, "permissions": i.permissions,
            "status": i.status, "expires_at": i.expires_at,
        }),
    )?;
    get(w.db, w.now(), id)?.ok_or_else(|| Error::failure("the new invitation vanished"))
}

/// Moves the invitation to `status` (optionally with a new token and expiry, or the guest it
/// made), with an audit row naming the transition.
pub fn transition(
    w: &Writer,
    old: &Invitation,
    status: InviteStatus,
    new_token: Option<(&[u8], &str)>,
    guest_id: Option<i64>,
    action: Action,
) -> Result<Invitation> {
    w.db.prepare_cached(
        "UPDATE invitation SET status = ?1, updated_at = ?2,
            guest_id = coalesce(?3, guest_id) WHERE id = ?4",
    )?
    .execute(params![status, w.now(), guest_id, old.id])?;
    let mut changes = serde_json::json!({ "status": { "old": old.status, "new": status } });
    if let Some((hash, expires)) = new_token {
        w.db.prepare_cached(
            "UPDATE invitation SET token_hash = ?1, expires_at = ?2 WHERE id = ?3",
        )?
        .execute(params![hash, expires, old.id])?;
        changes["token"] = serde_json::json!("replaced");
        changes["expires_at"] = serde_json::json!({ "old": old.expires_at, "new": expires });
    }
    if let Some(g) = guest_id {
        changes["guest_id"] = serde_json::json!(g);
    }
    audit::record(
        w,
        action,
        Entity::Invitation,
        Some(old.id),
        Some(&old.email),
        &changes,
    )?;
    get(w.db, w.now(), old.id)?.ok_or_else(|| Error::failure("the invitation vanished"))
}

#[derive(Debug, Default)]
pub struct Filter {
    pub customer_id: Option<i64>,
    pub status: Option<InviteStatus>,
    pub email: Option<String>,
    pub listing: super::Listing<Sort>,
}

super::sort_keys! {
    InvitationSort;
    newest_first: true;
    // Ids grow with time; two invitations made in one second keep their order.
    Created => [],
    Id => [],
    Email => ["i.email_key"],
    Status => [STATUS_NOW],
    Expires => ["i.expires_at"],
    Customer => ["c.name"],
}

pub fn for_each(
    conn: &Connection,
    now: &str,
    f: &Filter,
    each: impl FnMut(Invitation) -> Result<()>,
) -> Result<()> {
    // The columns bind "now" as ?1; every bare `?` after it numbers on from there.
    let mut q = super::Query::with_first(&format!("SELECT {COLUMNS} {FROM}"), now.to_string());
    if let Some(c) = f.customer_id {
        q.and("i.customer_id = ?", c);
    }
    if let Some(e) = &f.email {
        q.and("i.email_key = ?", email_key(e));
    }
    if let Some(st) = f.status {
        q.and(&format!("{STATUS_NOW} = ?"), st);
    }
    q.list(conn, "i.id", &f.listing, from_row, |_| "", each)
}

/// Revokes the accepted invitations that made guest `guest_id`, before the guest is deleted:
/// an invitation must not read `active` for a guest who is gone.
pub fn revoke_for_guest(w: &Writer, guest_id: i64) -> Result<()> {
    let ids: Vec<i64> =
        w.db.prepare_cached("SELECT id FROM invitation WHERE guest_id = ?1 AND status = 'active'")?
            .query_map([guest_id], |r| r.get(0))?
            .collect::<Result<_>>()?;
    for id in ids {
        if let Some(old) = get(w.db, w.now(), id)? {
            transition(w, &old, InviteStatus::Revoked, None, None, Action::Revoke)?;
        }
    }
    Ok(())
}
