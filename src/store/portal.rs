//! Portal state and the codes that open it: authorization codes of customers and sites and
//! installation tokens of probes, all stored as SHA-256 only (with their last four characters
//! for display).

use super::audit::Action;
use super::db::{Db as Connection, params};

use super::{Writer, audit};
use crate::error::Result;
use crate::model::Entity;
use crate::secret;

/// Which table a portal door lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Customer,
    Site,
}

impl Scope {
    fn table(self) -> &'static str {
        self.entity().as_str()
    }

    fn entity(self) -> Entity {
        match self {
            Scope::Customer => Entity::Customer,
            Scope::Site => Entity::Site,
        }
    }
}

/// The portal of a customer or a site as stored (no hash, only whether one is in force).
#[derive(Debug, Clone, Default)]
pub struct Portal {
    pub enabled: bool,
    pub installation_level: bool,
    pub code_in_force: bool,
    pub last4: Option<String>,
    pub issued_at: Option<String>,
}

pub fn get(conn: &Connection, scope: Scope, id: i64) -> Result<Portal> {
    let level = if scope == Scope::Site {
        "installation_level"
    } else {
        "0"
    };
    let sql = format!(
        "SELECT portal, {level}, authcode_hash IS NOT NULL, authcode_last4, authcode_issued_at
         FROM {} WHERE id = ?1",
        scope.table()
    );
    conn.prepare_cached(&sql)?.query_row([id], |r| {
        Ok(Portal {
            enabled: r.get(0)?,
            installation_level: r.get(1)?,
            code_in_force: r.get(2)?,
            last4: r.get(3)?,
            issued_at: r.get(4)?,
        })
    })
}

/// What `set` does to a portal.
#[derive(Debug, Clone, Copy)]
pub struct Change<'a> {
    pub enabled: bool,
    /// `None` keeps it as it is.
    pub installation_level: Option<bool>,
    /// A new code (what is kept of it) replacing any code in force.
    pub new_code: Option<&'a secret::Kept>,
}

impl Change<'_> {
    /// Off: the code stops working at once; the installation level is kept.
    pub const OFF: Change<'static> = Change {
        enabled: false,
        installation_level: None,
        new_code: None,
    };
}

/// Turns the portal on or off. Turning it off removes the code (it stops working at once);
/// `new_code` (canonical form) is stored as its hash. Writes one audit row when anything
/// changed; never the code.
pub fn set(
    w: &Writer,
    scope: Scope,
    id: i64,
    name: &str,
    change: &Change,
    action: Action,
) -> Result<bool> {
    let Change {
        enabled,
        installation_level,
        new_code,
    } = *change;
    let old = get(w.db, scope, id)?;
    let level = installation_level.unwrap_or(old.installation_level);
    let code_changes = new_code.is_some() || (!enabled && old.code_in_force);
    if old.enabled == enabled && old.installation_level == level && !code_changes {
        return Ok(false);
    }
    let table = scope.table();
    w.db.prepare_cached(&format!(
        "UPDATE {table} SET portal = ?1, updated_at = ?2 WHERE id = ?3"
    ))?
    .execute(params![enabled, w.now(), id])?;
    if scope == Scope::Site {
        w.db.prepare_cached("UPDATE site SET installation_level = ?1 WHERE id = ?2")?
            .execute(params![level, id])?;
    }
    if let Some(code) = new_code {
        w.db.prepare_cached(&format!(
            "UPDATE {table} SET authcode_hash = ?1, authcode_last4 = ?2, authcode_issued_at = ?3
             WHERE id = ?4"
        ))?
        .execute(params![code.hash, code.last4, w.now(), id])?;
    } else if !enabled {
        w.db.prepare_cached(&format!(
            "UPDATE {table} SET authcode_hash = NULL, authcode_last4 = NULL,
                authcode_issued_at = NULL WHERE id = ?1"
        ))?
        .execute([id])?;
    }
    let mut changes = serde_json::Map::new();
    if old.enabled != enabled {
        changes.insert(
            "portal".into(),
            serde_json::json!({"old": old.enabled, "new": enabled}),
        );
    }
    if old.installation_level != level {
        changes.insert(
            "installation_level".into(),
            serde_json::json!({"old": old.installation_level, "new": level}),
        );
    }
    if new_code.is_some() {
        changes.insert(
            "authcode".into(),
            serde_json::json!(if old.code_in_force {
                "replaced"
            } else {
                "issued"
            }),
        );
    } else if !enabled && old.code_in_force {
        changes.insert("authcode".into(), serde_json::json!("revoked"));
    }
    audit::record(
        w,
        action,
        scope.entity(),
        Some(id),
        Some(name),
        &serde_json::Value::Object(changes),
    )?;
    Ok(true)
}

/// Replaces a probe's installation token (canonical form); the old one dies in the same
/// transaction.
pub fn set_probe_token(w: &Writer, id: i64, name: &str, token: &secret::Kept) -> Result<()> {
    w.db.prepare_cached(
        "UPDATE probe SET token_hash = ?1, token_last4 = ?2, token_issued_at = ?3, updated_at = ?3
         WHERE id = ?4",
    )?
    .execute(params![token.hash, token.last4, w.now(), id])?;
    audit::record(
        w,
        Action::Regenerate,
        Entity::Probe,
        Some(id),
        Some(name),
        &serde_json::json!({ "installation_token": "replaced" }),
    )
}

/// A probe's token as stored: (last four, issued at).
pub fn probe_token(conn: &Connection, id: i64) -> Result<(String, String)> {
    conn.prepare_cached("SELECT token_last4, token_issued_at FROM probe WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
}

/// What a code opens, looked up by its hash through the unique indexes.
#[derive(Debug, Clone)]
pub struct Door {
    pub scope: Scope,
    pub customer_id: i64,
    pub customer: String,
    pub customer_active: bool,
    pub site_id: Option<i64>,
    pub site: Option<String>,
    pub portal: bool,
    pub installation_level: bool,
    pub stored_hash: Vec<u8>,
}

pub fn door_by_code(conn: &Connection, hash: &[u8]) -> Result<Option<Door>> {
    let customer = conn
        .prepare_cached(
            "SELECT id, name, active, portal, authcode_hash FROM customer WHERE authcode_hash = ?1",
        )?
        .query_opt([hash], |r| {
            Ok(Door {
                scope: Scope::Customer,
                customer_id: r.get(0)?,
                customer: r.get(1)?,
                customer_active: r.get(2)?,
                site_id: None,
                site: None,
                portal: r.get(3)?,
                installation_level: false,
                stored_hash: r.get(4)?,
            })
        })?;
    if customer.is_some() {
        return Ok(customer);
    }
    conn.prepare_cached(
        "SELECT c.id, c.name, c.active, s.id, s.name, s.portal, s.installation_level,
                s.authcode_hash
             FROM site s JOIN customer c ON c.id = s.customer_id WHERE s.authcode_hash = ?1",
    )?
    .query_opt([hash], |r| {
        Ok(Door {
            scope: Scope::Site,
            customer_id: r.get(0)?,
            customer: r.get(1)?,
            customer_active: r.get(2)?,
            site_id: Some(r.get(3)?),
            site: Some(r.get(4)?),
            portal: r.get(5)?,
            installation_level: r.get(6)?,
            stored_hash: r.get(7)?,
        })
    })
}

/// The probe an installation token belongs to: (id, name, site id, customer id, stored hash).
pub type TokenOwner = (i64, String, Option<i64>, Option<i64>, Vec<u8>);

pub fn probe_by_token(conn: &Connection, hash: &[u8]) -> Result<Option<TokenOwner>> {
    conn.prepare_cached(
        "SELECT p.id, p.name, p.site_id, s.customer_id, p.token_hash
             FROM probe p LEFT JOIN site s ON s.id = p.site_id WHERE p.token_hash = ?1",
    )?
    .query_opt([hash], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
    })
}
