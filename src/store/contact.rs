//! Contact and guest queries. Whether the person's login opens an account is the contact's
//! `login` flag; the password itself is the person's (`store::person`).

use super::audit::Action;
use super::db::{Db as Connection, Row, params};

use super::{Changes, Writer, audit};
use crate::error::{Error, Result};
use crate::model::{
    Access, Contact, ContactKind, Permission, Permissions, Status, email_key, quote,
};

/// The columns `from_row` reads, in its order (a query may add its own after them).
macro_rules! columns {
    () => {
        "k.id, k.kind, k.customer_id, c.name, k.email, k.name, k.phone, k.contact_type,
        k.permissions, k.status, k.login, k.created_at, k.updated_at, p.last_login_at"
    };
}
macro_rules! from {
    () => {
        "FROM contact k JOIN customer c ON c.id = k.customer_id
        LEFT JOIN person p ON p.email_key = k.email_key"
    };
}
const SELECT: &str = concat!("SELECT ", columns!(), " ", from!());

/// `SELECT` without the joins: the customer's name and the last login left out (a snapshot
/// names the customer from its own rows, and has no use for the login time).
const BARE: &str = "SELECT k.id, k.kind, k.customer_id, '', k.email, k.name, k.phone,
    k.contact_type, k.permissions, k.status, k.login, k.created_at, k.updated_at, NULL
    FROM contact k";

/// Every contact and guest as the table lies (no order), without the customer's name: a
/// snapshot reads each table once, sorts it itself and names the parents from its own rows.
pub(super) fn scan_bare(conn: &Connection) -> Result<Vec<Contact>> {
    conn.scan(BARE, &[], from_row)
}

fn from_row(r: &Row) -> Result<Contact> {
    let id: i64 = r.get(0)?;
    let customer_id: i64 = r.get(2)?;
    Ok(Contact {
        id,
        kind: r.word(1)?,
        customer_id,
        customer: r.get(3)?,
        account_id: customer_id,
        user_id: id,
        email: r.get(4)?,
        name: r.get(5)?,
        phone: r.get(6)?,
        contact_type: r.get(7)?,
        permissions: Permissions::from_mask(r.get(8)?),
        status: r.word(9)?,
        login: r.get(10)?,
        created_at: r.get(11)?,
        updated_at: r.get(12)?,
        last_login_at: r.get(13)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Contact>> {
    conn.prepare_cached(&format!("{SELECT} WHERE k.id = ?1"))?
        .query_opt([id], from_row)
}

/// Every contact or guest `reference` (an id or an email) may mean, optionally within one
/// customer.
pub fn lookup(
    conn: &Connection,
    reference: &str,
    customer_id: Option<i64>,
) -> Result<Vec<Contact>> {
    if let Some(id) = super::as_id(reference)
        && let Some(k) = get(conn, id)?.filter(|k| customer_id.is_none_or(|c| c == k.customer_id))
    {
        return Ok(vec![k]);
    }
    let key = email_key(reference);
    let rows = if let Some(c) = customer_id {
        conn.prepare_cached(&format!(
            "{SELECT} WHERE k.email_key = ?1 AND k.customer_id = ?2"
        ))?
        .query_map(params![key, c], from_row)?
        .collect::<Result<Vec<_>>>()?
    } else {
        by_email(conn, reference)?
    };
    Ok(rows)
}

/// Every contact or guest with this email (compared as emails are), by id.
pub fn by_email(conn: &Connection, email: &str) -> Result<Vec<Contact>> {
    conn.prepare_cached(&format!("{SELECT} WHERE k.email_key = ?1 ORDER BY k.id"))?
        .query_map(params![email_key(email)], from_row)?
        .collect()
}

/// The contact or guest with this email in this customer, if any.
pub fn in_customer(conn: &Connection, customer_id: i64, email: &str) -> Result<Option<Contact>> {
    conn.prepare_cached(&format!(
        "{SELECT} WHERE k.customer_id = ?1 AND k.email_key = ?2"
    ))?
    .query_opt(params![customer_id, email_key(email)], from_row)
}

/// Creates the contact (or guest, by `k.kind`), its login on when `k.login` (the caller
/// settles the person's password: `person::login_turned_on`).
pub fn insert(w: &Writer, k: &Contact) -> Result<Contact> {
    if w.check_names()
        && let Some(existing) = in_customer(w.db, k.customer_id, &k.email)?
    {
        return Err(Error::conflict(format!(
            "{} is already a {} of customer {} (id {})",
            quote(&k.email),
            existing.kind,
            quote(&k.customer),
            existing.id
        ))
        .with_hint("an email may be used once per customer; change the existing one with `portalctl contact edit`"));
    }
    let id = w.db.insert(
        "INSERT INTO contact (customer_id, kind, email, email_key, name, phone, contact_type,
            permissions, status, login, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
        params![
            k.customer_id,
            k.kind,
            k.email,
            email_key(&k.email),
            k.name,
            k.phone,
            k.contact_type,
            k.permissions.mask(),
            k.status,
            k.login,
            w.now()
        ],
    )?;
    audit::record(
        w,
        Action::Create,
        k.kind.into(),
        Some(id),
        Some(&k.email),
        &serde_json::json!({
            "customer": k.customer, "email": k.email, "name": k.name, "phone": k.phone,
            "contact_type": k.contact_type, "permissions": k.permissions,
            "status": k.status, "login": k.login,
        }),
    )?;
    Ok(Contact {
        id,
        user_id: id,
        account_id: k.customer_id,
        created_at: w.now().to_string(),
        updated_at: w.now().to_string(),
        ..k.clone()
    })
}

/// Writes the editable fields of `new` over `old` when any differ; returns the changed fields.
pub fn update(w: &Writer, old: &Contact, new: &Contact, action: Action) -> Result<Vec<String>> {
    let ch = Changes::of(old, new);
    if ch.is_empty() {
        return Ok(Vec::new());
    }
    if email_key(&new.email) != email_key(&old.email)
        && let Some(other) = in_customer(w.db, old.customer_id, &new.email)?
    {
        return Err(Error::conflict(format!(
            "{} is already a {} of customer {} (id {})",
            quote(&new.email),
            other.kind,
            quote(&old.customer),
            other.id
        )));
    }
    w.db.prepare_cached(
        "UPDATE contact SET email = ?1, email_key = ?2, name = ?3, phone = ?4, contact_type = ?5,
            permissions = ?6, status = ?7, updated_at = ?8 WHERE id = ?9",
    )?
    .execute(params![
        new.email,
        email_key(&new.email),
        new.name,
        new.phone,
        new.contact_type,
        new.permissions.mask(),
        new.status,
        w.now(),
        old.id
    ])?;
    ch.record(w, action, old.kind.into(), old.id, &new.email)
}

/// Turns this account's login on or off (`action`: `Login` or `Logout`). The person's
/// password is settled by the caller (`person::login_turned_on` / `login_turned_off`).
pub fn set_login(w: &Writer, k: &Contact, on: bool, action: Action) -> Result<()> {
    w.db.prepare_cached("UPDATE contact SET login = ?1, updated_at = ?2 WHERE id = ?3")?
        .execute(params![on, w.now(), k.id])?;
    audit::record(
        w,
        action,
        k.kind.into(),
        Some(k.id),
        Some(&k.email),
        &serde_json::json!({ "login": { "old": k.login, "new": on } }),
    )
}

#[derive(Debug, Default)]
pub struct Filter {
    pub customer_id: Option<i64>,
    pub status: Option<Status>,
    /// Holders of this permission (admins hold every one).
    pub permission: Option<Permission>,
    pub kind: Option<ContactKind>,
    pub listing: super::Listing<Sort>,
}

super::sort_keys! {
    ContactSort;
    newest_first: false;
    Customer => ["c.name", "k.kind", "k.email_key"],
    Email => ["k.email_key"],
    Name => ["k.name"],
    Kind => ["k.kind", "k.email_key"],
    Status => ["k.status", "k.email_key"],
    Id => [],
    Created => ["k.created_at"],
    Updated => ["k.updated_at"],
}

pub fn for_each(
    conn: &Connection,
    f: &Filter,
    each: impl FnMut(Contact) -> Result<()>,
) -> Result<()> {
    let mut q = super::Query::new(SELECT);
    if let Some(c) = f.customer_id {
        q.and("k.customer_id = ?", c);
    }
    if let Some(s) = f.status {
        q.and("k.status = ?", s);
    }
    if let Some(p) = f.permission {
        q.and(
            "(k.permissions & ?) != 0",
            p.bit() | Permission::Admin.bit(),
        );
    }
    if let Some(k) = f.kind {
        q.and("k.kind = ?", k);
    }
    // A contact's name is optional: one without a name matches no `--name`.
    q.list(
        conn,
        "k.id",
        &f.listing,
        from_row,
        |k| k.name.as_deref().unwrap_or_default(),
        each,
    )
}

/// Every account the email may use (as contact or guest), by customer name; with `opened`,
/// only those its login opens now (login on, the contact or guest and the customer active).
pub fn access(conn: &Connection, email: &str, opened: bool) -> Result<Vec<Access>> {
    let mut stmt = conn.prepare_cached(
        "SELECT k.customer_id, c.name, pa.name, k.kind, k.id, k.permissions, k.status, c.active,
            k.login, p.last_login_at
         FROM contact k JOIN customer c ON c.id = k.customer_id
         LEFT JOIN partner pa ON pa.id = c.partner_id
         LEFT JOIN person p ON p.email_key = k.email_key
         WHERE k.email_key = ?1
            AND (CAST(?2 AS BIGINT) = 0 OR (k.login = 1 AND k.status = 'active' AND c.active = 1))
         ORDER BY c.name, c.id",
    )?;
    let rows = stmt.query_map(params![email_key(email), opened], |r| {
        Ok(Access {
            account_id: r.get(0)?,
            customer: r.get(1)?,
            partner: r.get(2)?,
            kind: r.word(3)?,
            user_id: r.get(4)?,
            permissions: Permissions::from_mask(r.get(5)?),
            status: r.word(6)?,
            customer_active: r.get(7)?,
            login: r.get(8)?,
            last_login_at: r.get(9)?,
        })
    })?;
    rows.collect::<Result<_>>()
}

pub fn delete(w: &Writer, contacts: &[Contact]) -> Result<()> {
    for k in contacts {
        if k.kind == ContactKind::Guest {
            super::invitation::revoke_for_guest(w, k.id)?;
        }
        let changes = serde_json::json!({ "customer": k.customer });
        super::delete_one(w, "contact", k.kind.into(), k.id, &k.email, &changes)?;
    }
    Ok(())
}
