//! Partner queries.

use super::audit::Action;
use super::db::{Db as Connection, Row, params};
use super::lookalike::Named;

use super::{Cascade, Changes, Writer, audit};
use crate::error::{Error, Result};
use crate::model::{Entity, Partner, name_key, quote};

const COLUMNS: &str = "id, name, email, portal_url, created_at, updated_at";

fn from_row(r: &Row) -> Result<Partner> {
    Ok(Partner {
        id: r.get(0)?,
        name: r.get(1)?,
        email: r.get(2)?,
        portal_url: r.get(3)?,
        created_at: r.get(4)?,
        updated_at: r.get(5)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Partner>> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM partner WHERE id = ?1"))?
        .query_opt([id], from_row)
}

pub fn by_name(conn: &Connection, name: &str) -> Result<Option<Partner>> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM partner WHERE name = ?1"))?
        .query_opt([name], from_row)
}

/// Partners that `reference` may mean: the one with that id, else the one with that name.
pub fn lookup(conn: &Connection, reference: &str) -> Result<Option<Partner>> {
    if let Some(id) = super::as_id(reference)
        && let Some(p) = get(conn, id)?
    {
        return Ok(Some(p));
    }
    by_name(conn, reference)
}

pub fn insert(w: &Writer, name: &str, email: &str, portal_url: Option<&str>) -> Result<Partner> {
    if w.check_names()
        && let Some(existing) = by_name(w.db, name)?
    {
        return Err(Error::conflict(format!(
            "partner {} already exists (id {})",
            quote(name),
            existing.id
        ))
        .with_hint("choose another name, or change it with `portalctl partner edit`"));
    }
    let id = w.db.insert(
        "INSERT INTO partner (name, email, portal_url, created_at, updated_at, name_key)
         VALUES (?1, ?2, ?3, ?4, ?4, ?5)",
        params![name, email, portal_url, w.now(), name_key(name)],
    )?;
    w.named(Named::Partner, id);
    audit::record(
        w,
        Action::Create,
        Entity::Partner,
        Some(id),
        Some(name),
        &serde_json::json!({ "name": name, "email": email, "portal_url": portal_url }),
    )?;
    Ok(Partner {
        id,
        name: name.to_string(),
        email: email.to_string(),
        portal_url: portal_url.map(ToString::to_string),
        created_at: w.now().to_string(),
        updated_at: w.now().to_string(),
    })
}

/// Writes `new` over the partner with the same id when anything differs; returns the fields
/// that changed (none: nothing written, no audit row).
pub fn update(w: &Writer, old: &Partner, new: &Partner) -> Result<Vec<String>> {
    let changes = Changes::of(old, new);
    if changes.is_empty() {
        return Ok(Vec::new());
    }
    if new.name != old.name
        && let Some(other) = by_name(w.db, &new.name)?
    {
        return Err(Error::conflict(format!(
            "partner {} already exists (id {})",
            quote(&new.name),
            other.id
        )));
    }
    w.db.prepare_cached(
        "UPDATE partner SET name = ?1, email = ?2, portal_url = ?3, updated_at = ?4, name_key = ?6
         WHERE id = ?5",
    )?
    .execute(params![
        new.name,
        new.email,
        new.portal_url,
        w.now(),
        old.id,
        name_key(&new.name)
    ])?;
    if new.name != old.name {
        w.named(Named::Partner, old.id);
    }
    changes.record(w, Action::Update, Entity::Partner, old.id, &new.name)
}

super::sort_keys! {
    PartnerSort;
    newest_first: false;
    Name => ["name"],
    Id => [],
    Email => ["email"],
    Created => ["created_at"],
    Updated => ["updated_at"],
}

/// Every partner as the table lies (no order), for a snapshot.
pub(super) fn scan(conn: &Connection) -> Result<Vec<Partner>> {
    conn.scan(&format!("SELECT {COLUMNS} FROM partner"), &[], from_row)
}

pub fn for_each(
    conn: &Connection,
    listing: &super::Listing<Sort>,
    each: impl FnMut(Partner) -> Result<()>,
) -> Result<()> {
    super::Query::new(&format!("SELECT {COLUMNS} FROM partner")).list(
        conn,
        "id",
        listing,
        from_row,
        |p| &p.name,
        each,
    )
}

/// What deleting these partners takes with it.
pub fn cascade_counts(conn: &Connection, ids: &[i64]) -> Result<Cascade> {
    let mut total = Cascade::default();
    for id in ids {
        total += super::cascade_under(conn, "c.partner_id = ?1", *id)?;
    }
    Ok(total)
}

/// Deletes the partners and, through the foreign keys, everything under them.
pub fn delete(w: &Writer, partners: &[Partner]) -> Result<()> {
    for p in partners {
        let gone = cascade_counts(w.db, &[p.id])?;
        super::delete_one(
            w,
            "partner",
            Entity::Partner,
            p.id,
            &p.name,
            &serde_json::to_value(gone)?,
        )?;
    }
    Ok(())
}
