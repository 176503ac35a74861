//! Site queries.

use super::audit::Action;
use super::db::{Db as Connection, Row, params};
use super::lookalike::Named;

use super::{Changes, Writer, audit};
use crate::error::{Error, Result};
use crate::model::{Entity, Site, name_key, quote};

const SELECT: &str = "SELECT s.id, s.customer_id, c.name, s.name, s.address, s.portal,
    s.installation_level, s.created_at, s.updated_at, c.partner_id, p.name
    FROM site s JOIN customer c ON c.id = s.customer_id
    LEFT JOIN partner p ON p.id = c.partner_id";

/// `SELECT` without the joins: the customer's and partner's names left out (a snapshot fills
/// them in).
const BARE: &str = "SELECT s.id, s.customer_id, '', s.name, s.address, s.portal,
    s.installation_level, s.created_at, s.updated_at, CAST(NULL AS BIGINT), NULL FROM site s";

/// Every site as the table lies (no order), without the parents' names: a snapshot
/// reads each table once, sorts it itself and names the parents from its own rows.
pub(super) fn scan_bare(conn: &Connection) -> Result<Vec<Site>> {
    conn.scan(BARE, &[], from_row)
}

fn from_row(r: &Row) -> Result<Site> {
    Ok(Site {
        id: r.get(0)?,
        customer_id: r.get(1)?,
        customer: r.get(2)?,
        name: r.get(3)?,
        address: r.get(4)?,
        portal: r.get(5)?,
        installation_level: r.get(6)?,
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
        partner_id: r.get(9)?,
        partner: r.get(10)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Site>> {
    conn.prepare_cached(&format!("{SELECT} WHERE s.id = ?1"))?
        .query_opt([id], from_row)
}

/// Every site `reference` may mean, optionally within one customer.
pub fn lookup(conn: &Connection, reference: &str, customer_id: Option<i64>) -> Result<Vec<Site>> {
    if let Some(id) = super::as_id(reference)
        && let Some(s) = get(conn, id)?.filter(|s| customer_id.is_none_or(|c| c == s.customer_id))
    {
        return Ok(vec![s]);
    }
    let rows = if let Some(c) = customer_id {
        conn.prepare_cached(&format!(
            "{SELECT} WHERE s.customer_id = ?1 AND s.name = ?2"
        ))?
        .query_map(params![c, reference], from_row)?
        .collect::<Result<Vec<_>>>()?
    } else {
        conn.prepare_cached(&format!("{SELECT} WHERE s.name = ?1 ORDER BY s.id"))?
            .query_map(params![reference], from_row)?
            .collect::<Result<Vec<_>>>()?
    };
    Ok(rows)
}

fn find_in_customer(w: &Writer, customer_id: i64, name: &str) -> Result<Option<i64>> {
    w.db.prepare_cached("SELECT id FROM site WHERE customer_id = ?1 AND name = ?2")?
        .query_opt(params![customer_id, name], |r| r.get(0))
}

fn name_conflict(s: &Site, existing: i64) -> Error {
    Error::conflict(format!(
        "site {} already exists for customer {} (id {existing})",
        quote(&s.name),
        quote(&s.customer)
    ))
    .with_hint("site names are unique within their customer; choose another name")
}

pub fn insert(w: &Writer, s: &Site) -> Result<Site> {
    if w.check_names()
        && let Some(existing) = find_in_customer(w, s.customer_id, &s.name)?
    {
        return Err(name_conflict(s, existing));
    }
    let id = w.db.insert(
        "INSERT INTO site (customer_id, name, address, portal, installation_level, created_at,
            updated_at, name_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)",
        params![
            s.customer_id,
            s.name,
            s.address,
            s.portal,
            s.installation_level,
            w.now(),
            name_key(&s.name)
        ],
    )?;
    w.named(Named::Site, id);
    audit::record(
        w,
        Action::Create,
        Entity::Site,
        Some(id),
        Some(&s.name),
        &serde_json::json!({ "customer": s.customer, "name": s.name, "address": s.address }),
    )?;
    Ok(Site {
        id,
        created_at: w.now().to_string(),
        updated_at: w.now().to_string(),
        ..s.clone()
    })
}

pub fn update(w: &Writer, old: &Site, new: &Site) -> Result<Vec<String>> {
    let ch = Changes::of(old, new);
    if ch.is_empty() {
        return Ok(Vec::new());
    }
    if new.name != old.name
        && let Some(existing) = find_in_customer(w, old.customer_id, &new.name)?
    {
        return Err(name_conflict(new, existing));
    }
    w.db.prepare_cached(
        "UPDATE site SET name = ?1, address = ?2, updated_at = ?3, name_key = ?5 WHERE id = ?4",
    )?
    .execute(params![
        new.name,
        new.address,
        w.now(),
        old.id,
        name_key(&new.name)
    ])?;
    if new.name != old.name {
        w.named(Named::Site, old.id);
    }
    ch.record(w, Action::Update, Entity::Site, old.id, &new.name)
}

#[derive(Debug, Default)]
pub struct Filter {
    pub customer_id: Option<i64>,
    pub partner_id: Option<i64>,
    pub portal: Option<bool>,
    pub listing: super::Listing<Sort>,
}

super::sort_keys! {
    SiteSort;
    newest_first: false;
    Customer => ["c.name", "s.name"],
    Name => ["s.name", "c.name"],
    Id => [],
    Created => ["s.created_at"],
    Updated => ["s.updated_at"],
}

pub fn for_each(conn: &Connection, f: &Filter, each: impl FnMut(Site) -> Result<()>) -> Result<()> {
    let mut q = super::Query::new(SELECT);
    if let Some(c) = f.customer_id {
        q.and("s.customer_id = ?", c);
    }
    if let Some(p) = f.partner_id {
        q.and("c.partner_id = ?", p);
    }
    if let Some(p) = f.portal {
        q.and("s.portal = ?", i64::from(p));
    }
    q.list(conn, "s.id", &f.listing, from_row, |s| &s.name, each)
}

/// Probes that deleting these sites takes with them.
pub fn cascade_counts(conn: &Connection, ids: &[i64]) -> Result<i64> {
    let mut stmt = conn.prepare_cached("SELECT count(*) FROM probe WHERE site_id = ?1")?;
    let mut total = 0;
    for id in ids {
        total += stmt.query_row([id], |r| r.get::<i64>(0))?;
    }
    Ok(total)
}

pub fn delete(w: &Writer, sites: &[Site]) -> Result<()> {
    for s in sites {
        let probes = cascade_counts(w.db, &[s.id])?;
        let changes = serde_json::json!({ "customer": s.customer, "probes": probes });
        super::delete_one(w, "site", Entity::Site, s.id, &s.name, &changes)?;
    }
    Ok(())
}
