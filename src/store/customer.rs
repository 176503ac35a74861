//! Customer queries.

use super::audit::Action;
use super::db::{Db as Connection, Row, params};
use super::lookalike::Named;

use super::{Cascade, Changes, Writer, audit};
use crate::error::{Error, Result};
use crate::model::{Customer, Entity, email_key, name_key, quote};

const SELECT: &str = "SELECT c.id, c.partner_id, p.name, c.name, c.email, c.workflow, c.active,
    c.portal, c.display_name, c.logo_url, c.primary_color, c.support_email, c.created_at,
    c.updated_at FROM customer c LEFT JOIN partner p ON p.id = c.partner_id";

/// `SELECT` without the join: the partner's name left out (a snapshot fills it in).
const BARE: &str = "SELECT c.id, c.partner_id, NULL, c.name, c.email, c.workflow, c.active,
    c.portal, c.display_name, c.logo_url, c.primary_color, c.support_email, c.created_at,
    c.updated_at FROM customer c";

/// Every customer as the table lies (no order), without the parents' names: a snapshot
/// reads each table once, sorts it itself and names the parents from its own rows.
pub(super) fn scan_bare(conn: &Connection) -> Result<Vec<Customer>> {
    conn.scan(BARE, &[], from_row)
}

fn from_row(r: &Row) -> Result<Customer> {
    Ok(Customer {
        id: r.get(0)?,
        partner_id: r.get(1)?,
        partner: r.get(2)?,
        name: r.get(3)?,
        email: r.get(4)?,
        workflow: r.get(5)?,
        active: r.get(6)?,
        portal: r.get(7)?,
        display_name: r.get(8)?,
        logo_url: r.get(9)?,
        primary_color: r.get(10)?,
        support_email: r.get(11)?,
        created_at: r.get(12)?,
        updated_at: r.get(13)?,
    })
}

/// Which partner a customer name is looked up under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnerScope {
    /// Any partner, and direct customers.
    Any,
    /// Customers of this partner.
    Partner(i64),
    /// Direct customers only.
    Direct,
}

impl PartnerScope {
    fn admits(self, c: &Customer) -> bool {
        match self {
            PartnerScope::Any => true,
            PartnerScope::Partner(id) => c.partner_id == Some(id),
            PartnerScope::Direct => c.partner_id.is_none(),
        }
    }
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Customer>> {
    conn.prepare_cached(&format!("{SELECT} WHERE c.id = ?1"))?
        .query_opt([id], from_row)
}

/// Every customer `reference` may mean within `scope`: the one with that id, else those with
/// that name.
pub fn lookup(conn: &Connection, reference: &str, scope: PartnerScope) -> Result<Vec<Customer>> {
    if let Some(id) = super::as_id(reference)
        && let Some(c) = get(conn, id)?.filter(|c| scope.admits(c))
    {
        return Ok(vec![c]);
    }
    // Under one partner, or among direct customers (partner 0); any partner otherwise.
    let partner = match scope {
        PartnerScope::Any => None,
        PartnerScope::Partner(id) => Some(id),
        PartnerScope::Direct => Some(0),
    };
    let rows = match partner {
        None => conn
            .prepare_cached(&format!("{SELECT} WHERE c.name = ?1 ORDER BY c.id"))?
            .query_map(params![reference], from_row)?,
        Some(p) => conn
            .prepare_cached(&format!(
                "{SELECT} WHERE c.name = ?1 AND ifnull(c.partner_id, 0) = ?2"
            ))?
            .query_map(params![reference, p], from_row)?,
    };
    rows.collect::<Result<_>>()
}

fn find_in_partner(w: &Writer, name: &str, partner_id: Option<i64>) -> Result<Option<i64>> {
    w.db.prepare_cached("SELECT id FROM customer WHERE name = ?1 AND ifnull(partner_id, 0) = ?2")?
        .query_opt(params![name, partner_id.unwrap_or(0)], |r| r.get(0))
}

fn name_conflict(c: &Customer, existing: i64) -> Error {
    let under = c.partner.as_deref().map_or_else(
        || "among direct customers".to_string(),
        |p| format!("under partner {}", quote(p)),
    );
    Error::conflict(format!(
        "customer {} already exists {under} (id {existing})",
        quote(&c.name)
    ))
    .with_hint("customer names are unique within their partner; choose another name")
}

/// Creates `c` (its id and timestamps are ignored; `partner` must name its partner) and
/// returns it as stored.
pub fn insert(w: &Writer, c: &Customer) -> Result<Customer> {
    if w.check_names()
        && let Some(existing) = find_in_partner(w, &c.name, c.partner_id)?
    {
        return Err(name_conflict(c, existing));
    }
    let id = w.db.insert(
        "INSERT INTO customer (partner_id, name, email, workflow, active, portal, display_name,
            logo_url, primary_color, support_email, created_at, updated_at, email_key, name_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?13)",
        params![
            c.partner_id,
            c.name,
            c.email,
            c.workflow,
            c.active,
            c.portal,
            c.display_name,
            c.logo_url,
            c.primary_color,
            c.support_email,
            w.now(),
            email_key(&c.email),
            name_key(&c.name)
        ],
    )?;
    w.named(Named::Customer, id);
    audit::record(
        w,
        Action::Create,
        Entity::Customer,
        Some(id),
        Some(&c.name),
        &serde_json::json!({
            "partner": c.partner, "name": c.name, "email": c.email, "workflow": c.workflow,
            "display_name": c.display_name, "logo_url": c.logo_url,
            "primary_color": c.primary_color, "support_email": c.support_email,
        }),
    )?;
    Ok(Customer {
        id,
        created_at: w.now().to_string(),
        updated_at: w.now().to_string(),
        ..c.clone()
    })
}

/// Writes the editable fields of `new` over `old` when any differ; returns the changed fields.
/// The partner is fixed at creation and never written here.
pub fn update(w: &Writer, old: &Customer, new: &Customer, action: Action) -> Result<Vec<String>> {
    let ch = Changes::of(old, new);
    if ch.is_empty() {
        return Ok(Vec::new());
    }
    if new.name != old.name
        && let Some(existing) = find_in_partner(w, &new.name, old.partner_id)?
    {
        return Err(name_conflict(new, existing));
    }
    w.db.prepare_cached(
        "UPDATE customer SET name = ?1, email = ?2, workflow = ?3, active = ?4, display_name = ?5,
            logo_url = ?6, primary_color = ?7, support_email = ?8, updated_at = ?9,
            email_key = ?11, name_key = ?12
         WHERE id = ?10",
    )?
    .execute(params![
        new.name,
        new.email,
        new.workflow,
        new.active,
        new.display_name,
        new.logo_url,
        new.primary_color,
        new.support_email,
        w.now(),
        old.id,
        email_key(&new.email),
        name_key(&new.name)
    ])?;
    if new.name != old.name {
        w.named(Named::Customer, old.id);
    }
    ch.record(w, action, Entity::Customer, old.id, &new.name)
}

/// The filters of `customer list`, combined with AND.
#[derive(Debug, Default)]
pub struct Filter {
    pub partner_id: Option<i64>,
    pub direct: bool,
    pub email: Option<String>,
    pub workflow: Option<String>,
    pub active: Option<bool>,
    pub portal: Option<bool>,
    pub listing: super::Listing<Sort>,
}

super::sort_keys! {
    CustomerSort;
    newest_first: false;
    Name => ["c.name"],
    Id => [],
    Email => ["c.email_key"],
    Created => ["c.created_at"],
    Updated => ["c.updated_at"],
    Partner => ["p.name", "c.name"],
}

/// Calls `each` for every matching customer in order, without collecting them.
pub fn for_each(
    conn: &Connection,
    f: &Filter,
    each: impl FnMut(Customer) -> Result<()>,
) -> Result<()> {
    let mut q = super::Query::new(SELECT);
    if let Some(p) = f.partner_id {
        q.and("c.partner_id = ?", p);
    }
    if f.direct {
        q.and_sql("c.partner_id IS NULL");
    }
    if let Some(e) = &f.email {
        q.and("c.email_key = ?", email_key(e));
    }
    if let Some(wf) = &f.workflow {
        q.and("c.workflow = ?", wf.clone());
    }
    if let Some(a) = f.active {
        q.and("c.active = ?", i64::from(a));
    }
    if let Some(p) = f.portal {
        q.and("c.portal = ?", i64::from(p));
    }
    q.list(conn, "c.id", &f.listing, from_row, |c| &c.name, each)
}

/// What deleting these customers takes with it (`customers` counts them themselves).
pub fn cascade_counts(conn: &Connection, ids: &[i64]) -> Result<Cascade> {
    let mut total = Cascade::default();
    for id in ids {
        total += super::cascade_under(conn, "c.id = ?1", *id)?;
    }
    Ok(total)
}

/// Deletes the customers and, through the foreign keys, everything under them.
pub fn delete(w: &Writer, customers: &[Customer]) -> Result<()> {
    for c in customers {
        let gone = cascade_counts(w.db, &[c.id])?;
        let changes = serde_json::json!({
            "partner": c.partner, "sites": gone.sites, "probes": gone.probes,
            "contacts": gone.contacts, "invitations": gone.invitations,
        });
        super::delete_one(w, "customer", Entity::Customer, c.id, &c.name, &changes)?;
    }
    Ok(())
}
