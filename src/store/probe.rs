//! Probe queries. A probe's installation token is stored as its SHA-256 only.

use super::audit::Action;
use super::db::{Db as Connection, Row, params};
use super::lookalike::Named;

use super::{Changes, Writer, audit};
use crate::error::{Error, Result};
use crate::model::{Entity, Probe, name_key, quote};

const SELECT: &str = "SELECT pr.id, pr.name, pr.serial, pr.site_id, s.name, s.customer_id, c.name,
    pr.token_issued_at, pr.created_at, pr.updated_at
    FROM probe pr LEFT JOIN site s ON s.id = pr.site_id LEFT JOIN customer c ON c.id = s.customer_id";

/// `SELECT` without the joins: the site's and customer's names and the customer's id left out
/// (a snapshot fills them in).
const BARE: &str = "SELECT pr.id, pr.name, pr.serial, pr.site_id, NULL, CAST(NULL AS BIGINT), NULL,
    pr.token_issued_at, pr.created_at, pr.updated_at FROM probe pr";

/// Every probe as the table lies (no order), without the parents' names: a snapshot
/// reads each table once, sorts it itself and names the parents from its own rows.
pub(super) fn scan_bare(conn: &Connection) -> Result<Vec<Probe>> {
    conn.scan(BARE, &[], from_row)
}

fn from_row(r: &Row) -> Result<Probe> {
    Ok(Probe {
        id: r.get(0)?,
        name: r.get(1)?,
        serial: r.get(2)?,
        site_id: r.get(3)?,
        site: r.get(4)?,
        customer_id: r.get(5)?,
        customer: r.get(6)?,
        token_issued_at: r.get(7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
    })
}

/// Where a probe name is looked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteScope {
    Any,
    Site(i64),
    Unassigned,
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Probe>> {
    conn.prepare_cached(&format!("{SELECT} WHERE pr.id = ?1"))?
        .query_opt([id], from_row)
}

/// Every probe `reference` may mean: its id, else its name, else its serial number.
pub fn lookup(conn: &Connection, reference: &str, scope: SiteScope) -> Result<Vec<Probe>> {
    let admits = |p: &Probe| match scope {
        SiteScope::Any => true,
        SiteScope::Site(s) => p.site_id == Some(s),
        SiteScope::Unassigned => p.site_id.is_none(),
    };
    if let Some(id) = super::as_id(reference)
        && let Some(p) = get(conn, id)?.filter(admits)
    {
        return Ok(vec![p]);
    }
    let rows = match scope {
        SiteScope::Any => conn
            .prepare_cached(&format!("{SELECT} WHERE pr.name = ?1 ORDER BY pr.id"))?
            .query_map(params![reference], from_row)?
            .collect::<Result<Vec<_>>>()?,
        SiteScope::Site(s) => conn
            .prepare_cached(&format!(
                "{SELECT} WHERE pr.name = ?1 AND ifnull(pr.site_id, 0) = ?2"
            ))?
            .query_map(params![reference, s], from_row)?
            .collect::<Result<Vec<_>>>()?,
        SiteScope::Unassigned => conn
            .prepare_cached(&format!(
                "{SELECT} WHERE pr.name = ?1 AND ifnull(pr.site_id, 0) = 0"
            ))?
            .query_map(params![reference], from_row)?
            .collect::<Result<Vec<_>>>()?,
    };
    if rows.is_empty() {
        // Not a name: a serial number (unique across all probes) names one probe too.
        return Ok(conn
            .prepare_cached(&format!("{SELECT} WHERE pr.serial = ?1"))?
            .query_map(params![reference], from_row)?
            .collect::<Result<Vec<_>>>()?
            .into_iter()
            .filter(admits)
            .collect());
    }
    Ok(rows)
}

fn check_free(w: &Writer, p: &Probe, except: Option<i64>) -> Result<()> {
    let same_name: Option<i64> = if !w.check_names() && except.is_none() {
        None
    } else {
        w.db.prepare_cached(
            "SELECT id FROM probe WHERE name = ?1 AND ifnull(site_id, 0) = ?2 AND id != ?3",
        )?
        .query_opt(
            params![p.name, p.site_id.unwrap_or(0), except.unwrap_or(0)],
            |r| r.get(0),
        )?
    };
    if let Some(existing) = same_name {
        let place = p.site.as_deref().map_or_else(
            || "among unassigned probes".to_string(),
            |s| format!("at site {}", quote(s)),
        );
        return Err(Error::conflict(format!(
            "probe {} already exists {place} (id {existing})",
            quote(&p.name)
        ))
        .with_hint("probe names are unique within their site; choose another name"));
    }
    if let Some(serial) = &p.serial {
        let same_serial: Option<(i64, String)> =
            w.db.prepare_cached("SELECT id, name FROM probe WHERE serial = ?1 AND id != ?2")?
                .query_opt(params![serial, except.unwrap_or(0)], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
        if let Some((id, name)) = same_serial {
            return Err(Error::conflict(format!(
                "serial {} already belongs to probe {} (id {id})",
                quote(serial),
                quote(&name)
            )));
        }
    }
    Ok(())
}

/// Creates the probe with the hash of its installation token (`p` names its site and
/// customer, when assigned).
pub fn insert(w: &Writer, p: &Probe, token: &crate::secret::Kept) -> Result<Probe> {
    check_free(w, p, None)?;
    let id = w.db.insert(
        "INSERT INTO probe (site_id, name, serial, token_hash, token_last4, token_issued_at,
            created_at, updated_at, name_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6, ?7)",
        params![
            p.site_id,
            p.name,
            p.serial,
            token.hash,
            token.last4,
            w.now(),
            name_key(&p.name)
        ],
    )?;
    w.named(Named::Probe, id);
    audit::record(
        w,
        Action::Create,
        Entity::Probe,
        Some(id),
        Some(&p.name),
        &serde_json::json!({ "name": p.name, "serial": p.serial, "site": p.site }),
    )?;
    Ok(Probe {
        id,
        token_issued_at: Some(w.now().to_string()),
        created_at: w.now().to_string(),
        updated_at: w.now().to_string(),
        ..p.clone()
    })
}

/// Writes name, serial and site of `new` over `old` when any differ.
pub fn update(w: &Writer, old: &Probe, new: &Probe, action: Action) -> Result<Vec<String>> {
    let ch = Changes::of(old, new);
    if ch.is_empty() {
        return Ok(Vec::new());
    }
    check_free(w, new, Some(old.id))?;
    w.db.prepare_cached(
        "UPDATE probe SET name = ?1, serial = ?2, site_id = ?3, updated_at = ?4, name_key = ?6
         WHERE id = ?5",
    )?
    .execute(params![
        new.name,
        new.serial,
        new.site_id,
        w.now(),
        old.id,
        name_key(&new.name)
    ])?;
    if new.name != old.name || new.site_id != old.site_id {
        w.named(Named::Probe, old.id);
    }
    ch.record(w, action, Entity::Probe, old.id, &new.name)
}

#[derive(Debug, Default)]
pub struct Filter {
    pub site_id: Option<i64>,
    pub customer_id: Option<i64>,
    pub unassigned: bool,
    pub listing: super::Listing<Sort>,
}

super::sort_keys! {
    ProbeSort;
    newest_first: false;
    Site => ["c.name", "s.name", "pr.name"],
    Name => ["pr.name"],
    Serial => ["pr.serial"],
    Id => [],
    Created => ["pr.created_at"],
    Updated => ["pr.updated_at"],
}

pub fn for_each(
    conn: &Connection,
    f: &Filter,
    each: impl FnMut(Probe) -> Result<()>,
) -> Result<()> {
    let mut q = super::Query::new(SELECT);
    if let Some(s) = f.site_id {
        q.and("pr.site_id = ?", s);
    }
    if let Some(c) = f.customer_id {
        q.and("s.customer_id = ?", c);
    }
    if f.unassigned {
        q.and_sql("pr.site_id IS NULL");
    }
    q.list(conn, "pr.id", &f.listing, from_row, |p| &p.name, each)
}

pub fn delete(w: &Writer, probes: &[Probe]) -> Result<()> {
    for p in probes {
        let changes = serde_json::json!({ "site": p.site });
        super::delete_one(w, "probe", Entity::Probe, p.id, &p.name, &changes)?;
    }
    Ok(())
}
