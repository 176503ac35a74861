//! A partner's own space (PostgreSQL): the roles that are a partner's staff, and the session
//! role's own space. The database enforces it (row-level security, see migration 7); these
//! are the questions the commands ask before they act, so that a refusal says why.

use super::Writer;
use super::db::{Db, Dialect, params};
use crate::error::{Error, Result};
use crate::model::{Partner, quote};

/// The session role's space: `None` for a role that is nobody's staff (and on SQLite, which
/// has no roles), else the ids of its partners (empty: it sees nothing).
pub fn space(conn: &Db) -> Result<Option<Vec<i64>>> {
    if conn.dialect() != Dialect::Postgres {
        return Ok(None);
    }
    let ids: Option<String> =
        conn.one("SELECT CAST(portalctl_space() AS TEXT)", &[], |r| r.get(0))?;
    Ok(ids.map(|text| {
        text.trim_matches(|c| c == '{' || c == '}')
            .split(',')
            .filter_map(|n| n.trim().parse().ok())
            .collect()
    }))
}

/// Refuses (exit 6) a whole-store operation (`db backup`, `db copy`) to partner staff.
pub fn refuse_staff(conn: &Db, what: &str) -> Result<()> {
    if space(conn)?.is_some() {
        return Err(Error::denied(format!(
            "{what} copies the whole store, and this role is a partner's staff; nothing was written"
        ))
        .with_hint("export your partner's part with `portalctl export --partner PARTNER`"));
    }
    Ok(())
}

/// The roles that are `partner_id`'s staff, by name.
pub fn roles_of(conn: &Db, partner_id: i64) -> Result<Vec<String>> {
    if conn.dialect() != Dialect::Postgres {
        return Ok(Vec::new());
    }
    conn.prepare_cached("SELECT role FROM portalctl_staff WHERE partner_id = ?1 ORDER BY role")?
        .query_map([partner_id], |r| r.get(0))?
        .collect()
}

/// Refuses (exit 2) on SQLite, (exit 6) a role that is staff or may not delete, and (exit 3)
/// a role that does not exist.
fn may_grant(w: &Writer, role: &str) -> Result<()> {
    if w.db.dialect() != Dialect::Postgres {
        return Err(Error::usage(
            "partner staff is a PostgreSQL store's: a SQLite file has no users, its permissions are its only boundary",
        )
        .with_hint("move the store to a server with `portalctl db copy postgres://...` first"));
    }
    if space(w.db)?.is_some() {
        return Err(Error::denied(
            "a partner's staff may not give or take partner spaces; nothing was changed",
        )
        .with_hint("ask an administrator who is nobody's staff"));
    }
    let may_delete: bool = w.db.one(
        "SELECT has_table_privilege(CAST('partner' AS TEXT), 'DELETE')",
        &[],
        |r| r.get(0),
    )?;
    if !may_delete {
        let admin = super::pg::group_for("DELETE", &super::pg::groups_prefix(w.db)?);
        return Err(Error::denied(format!(
            "only a role that may delete ({admin}, or the store's owner) gives or takes partner spaces; nothing was changed"
        ))
        .with_hint(format!("ask whoever keeps the database to grant you {admin}")));
    }
    let exists: bool = w.db.one(
        "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?1)",
        params![role],
        |r| r.get(0),
    )?;
    if !exists {
        return Err(Error::not_found(format!("no database role {}", quote(role)))
            .with_hint("create the login role first (CREATE ROLE ... LOGIN) and grant it a portalctl group"));
    }
    Ok(())
}

/// Makes `role` staff of `partner` (a role may be staff of several); whether it changed.
pub fn grant(w: &Writer, partner: &Partner, role: &str) -> Result<bool> {
    may_grant(w, role)?;
    // The mark without a partner keeps the role staff for good (fail closed).
    w.db.execute(
        "INSERT INTO portalctl_staff (role, partner_id, created_at) VALUES (?1, NULL, ?2)
         ON CONFLICT DO NOTHING",
        params![role, w.now()],
    )?;
    let added = w.db.execute(
        "INSERT INTO portalctl_staff (role, partner_id, created_at) VALUES (?1, ?2, ?3)
         ON CONFLICT DO NOTHING",
        params![role, partner.id, w.now()],
    )?;
    if added > 0 {
        super::audit::record(
            w,
            super::audit::Action::Grant,
            crate::model::Entity::Partner,
            Some(partner.id),
            Some(&partner.name),
            &serde_json::json!({ "staff": { "added": role } }),
        )?;
    }
    Ok(added > 0)
}

/// Takes `partner` from `role`'s space; whether it changed. A role that loses its last
/// partner stays staff and sees nothing.
pub fn revoke(w: &Writer, partner: &Partner, role: &str) -> Result<bool> {
    may_grant(w, role)?;
    let removed = w.db.execute(
        "DELETE FROM portalctl_staff WHERE role = ?1 AND partner_id = ?2",
        params![role, partner.id],
    )?;
    if removed > 0 {
        super::audit::record(
            w,
            super::audit::Action::Revoke,
            crate::model::Entity::Partner,
            Some(partner.id),
            Some(&partner.name),
            &serde_json::json!({ "staff": { "removed": role } }),
        )?;
    }
    Ok(removed > 0)
}

/// Refuses (exit 6) a change to a person by staff when the person also uses an account
/// outside the staff's space: one partner's staff must not lock a person out of another
/// partner's customer.
pub fn refuse_person_outside(conn: &Db, email_key: &str) -> Result<()> {
    if conn.dialect() != Dialect::Postgres {
        return Ok(());
    }
    let outside: bool = conn.one(
        "SELECT portalctl_person_outside(?1)",
        params![email_key],
        |r| r.get(0),
    )?;
    if outside {
        return Err(Error::denied(
            "this person also uses an account outside your partner space; their password is not yours to change (nothing was changed)",
        )
        .with_hint("ask an administrator who is nobody's staff"));
    }
    Ok(())
}
