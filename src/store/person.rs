//! People: one email (its key, folded as `model::email_key` folds it), one password for every
//! account where a contact or guest of that email has `login` on, and the person's one-time
//! reset tokens. A password is stored as an Argon2id PHC string only and read back by
//! `credentials` alone; a reset token as its SHA-256 only.
//!
//! A password is *live* while some contact or guest of the email has `login` on. Turning the
//! last login off removes it; a delete that takes the last login away leaves it stored but
//! dead (it opens nothing, and the next login turned on replaces or removes it), so no delete
//! path has to know about people.

use super::Writer;
use super::audit::{self, Action};
use super::db::{Db as Connection, params};
use crate::error::Result;
use crate::model::{Entity, email_key};

/// Who set a password, as the audit records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetBy {
    /// The operator (a generated password).
    Operator,
    /// The person, with a reset token.
    ResetToken,
}

impl SetBy {
    fn word(self) -> &'static str {
        match self {
            SetBy::Operator => "operator",
            SetBy::ResetToken => "reset token",
        }
    }
}

/// What `contact login` checks: the person's id, password and the passwords kept from before
/// people (see migration 6), whatever the state of the accounts.
#[derive(Debug, Default)]
pub struct Credentials {
    pub person_id: Option<i64>,
    pub password_hash: Option<String>,
    pub legacy: Vec<String>,
}

/// The person of `email`, created (without a password) when missing; returns its id.
fn ensure(w: &Writer, email: &str) -> Result<i64> {
    let key = email_key(email);
    if let Some(id) = id_of(w.db, &key)? {
        return Ok(id);
    }
    w.db.insert(
        "INSERT INTO person (email_key, created_at, updated_at) VALUES (?1, ?2, ?2)",
        params![key, w.now()],
    )
}

fn id_of(conn: &Connection, key: &str) -> Result<Option<i64>> {
    conn.prepare_cached("SELECT id FROM person WHERE email_key = ?1")?
        .query_opt([key], |r| r.get(0))
}

/// Whether some contact or guest of `email` has `login` on (other than contact `except`).
pub fn has_login(conn: &Connection, email: &str, except: Option<i64>) -> Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM contact WHERE email_key = ?1 AND login = 1
            AND id <> coalesce(CAST(?2 AS BIGINT), 0))",
    )?
    .query_row(params![email_key(email), except], |r| r.get(0))
}

/// Whether the person has a live password: one stored, and a login that it opens (other than
/// contact `except`'s).
pub fn has_password(conn: &Connection, email: &str, except: Option<i64>) -> Result<bool> {
    let stored: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM person WHERE email_key = ?1 AND password_hash IS NOT NULL)",
        )?
        .query_row([email_key(email)], |r| r.get(0))?;
    Ok(stored && has_login(conn, email, except)?)
}

/// After contact `contact_id`'s login was turned on: when the person has a live password it
/// now opens this account too (`Ok(false)`); otherwise the person's password becomes `hash`
/// (`Ok(true)`: the caller prints the password it made), or, without one (a guest accepting
/// an invitation), a stale password left by deleted accounts is removed (`Ok(false)`).
pub fn login_turned_on(
    w: &Writer,
    email: &str,
    contact_id: i64,
    hash: Option<&str>,
) -> Result<bool> {
    if has_password(w.db, email, Some(contact_id))? {
        return Ok(false);
    }
    if let Some(h) = hash {
        set_password(w, email, Some(h), SetBy::Operator)?;
        return Ok(true);
    }
    clear_stale(w, email)?;
    Ok(false)
}

/// After a login was turned off (or moved away by an email change): when no account of the
/// person keeps `login` on, the password is removed and any open reset token dies. Returns
/// whether a password was removed.
pub fn login_turned_off(w: &Writer, email: &str) -> Result<bool> {
    if has_login(w.db, email, None)? {
        return Ok(false);
    }
    clear_stale(w, email)
}

/// Removes a password that no login uses (and what hangs on it); whether there was one.
fn clear_stale(w: &Writer, email: &str) -> Result<bool> {
    let key = email_key(email);
    let Some(id) = id_of(w.db, &key)? else {
        return Ok(false);
    };
    let had: bool =
        w.db.prepare_cached("SELECT password_hash IS NOT NULL FROM person WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?;
    if had {
        set_password(w, email, None, SetBy::Operator)?;
    } else {
        kill_tokens(w, id)?;
    }
    Ok(had)
}

/// Sets (a PHC string) or removes the person's password, for every account at once. The
/// passwords kept from before people stop working and any open reset token dies. The audit
/// says who set it, never the password or its hash.
pub fn set_password(w: &Writer, email: &str, hash: Option<&str>, by: SetBy) -> Result<()> {
    let id = ensure(w, email)?;
    w.db.prepare_cached(
        "UPDATE person SET password_hash = ?1,
            password_set_at = CASE WHEN CAST(?1 AS TEXT) IS NULL THEN NULL ELSE ?2 END,
            updated_at = ?2
         WHERE id = ?3",
    )?
    .execute(params![hash, w.now(), id])?;
    w.db.prepare_cached("DELETE FROM person_legacy_password WHERE person_id = ?1")?
        .execute([id])?;
    kill_tokens(w, id)?;
    let changes = match hash {
        Some(_) => serde_json::json!({ "password": "set", "by": by.word() }),
        None => serde_json::json!({ "password": "removed" }),
    };
    audit::record(
        w,
        Action::Password,
        Entity::Person,
        Some(id),
        Some(email),
        &changes,
    )
}

/// Every reset token of the person still open is revoked.
fn kill_tokens(w: &Writer, person_id: i64) -> Result<()> {
    w.db.prepare_cached(
        "UPDATE reset_token SET status = 'revoked', updated_at = ?1
         WHERE person_id = ?2 AND status = 'open'",
    )?
    .execute(params![w.now(), person_id])?;
    Ok(())
}

/// The person's password and the legacy ones, for one login check.
pub fn credentials(conn: &Connection, email: &str) -> Result<Credentials> {
    let key = email_key(email);
    let found: Option<(i64, Option<String>)> = conn
        .prepare_cached("SELECT id, password_hash FROM person WHERE email_key = ?1")?
        .query_opt([key], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let Some((id, hash)) = found else {
        return Ok(Credentials::default());
    };
    let legacy = conn
        .prepare_cached(
            "SELECT password_hash FROM person_legacy_password WHERE person_id = ?1 ORDER BY id",
        )?
        .query_map([id], |r| r.get(0))?
        .collect::<Result<Vec<String>>>()?;
    Ok(Credentials {
        person_id: Some(id),
        password_hash: hash,
        legacy,
    })
}

/// Records a successful login.
pub fn record_login(w: &Writer, person_id: i64) -> Result<()> {
    w.db.prepare_cached("UPDATE person SET last_login_at = ?1 WHERE id = ?2")?
        .execute(params![w.now(), person_id])?;
    Ok(())
}

/// Issues a reset token (its SHA-256) for the person of `email`, replacing any open one;
/// returns the token's id.
pub fn issue_reset(w: &Writer, email: &str, token_hash: &[u8], expires_at: &str) -> Result<i64> {
    let id = ensure(w, email)?;
    w.db.prepare_cached(
        "UPDATE reset_token SET status = 'replaced', updated_at = ?1
         WHERE person_id = ?2 AND status = 'open'",
    )?
    .execute(params![w.now(), id])?;
    let token = w.db.insert(
        "INSERT INTO reset_token (person_id, token_hash, status, expires_at, created_at, updated_at)
         VALUES (?1, ?2, 'open', ?3, ?4, ?4)",
        params![id, token_hash, expires_at, w.now()],
    )?;
    audit::record(
        w,
        Action::Reset,
        Entity::Person,
        Some(id),
        Some(email),
        &serde_json::json!({ "reset": "issued", "expires_at": expires_at }),
    )?;
    Ok(token)
}

/// Why a reset token no longer works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dead {
    Used,
    Replaced,
    Revoked,
    Expired,
}

impl Dead {
    #[must_use]
    pub fn describe(self) -> &'static str {
        match self {
            Dead::Used => "has already been used",
            Dead::Replaced => "was replaced by a newer reset",
            Dead::Revoked => "was cancelled (a password was set, or the login was turned off)",
            Dead::Expired => "has expired",
        }
    }
}

/// A reset token as found by its hash, for the person of `email` only.
#[derive(Debug)]
pub struct Reset {
    pub id: i64,
    pub person_id: i64,
    /// `None` while it may still be used.
    pub dead: Option<Dead>,
}

/// The reset token with this hash, when it belongs to the person of `email` (a token of
/// someone else is no token of this person's). Judged at `now`.
pub fn reset_by_hash(
    conn: &Connection,
    email: &str,
    token_hash: &[u8],
    now: &str,
) -> Result<Option<Reset>> {
    let row: Option<(i64, i64, String, String)> = conn
        .prepare_cached(
            "SELECT t.id, t.person_id, t.status, t.expires_at
             FROM reset_token t JOIN person p ON p.id = t.person_id
             WHERE t.token_hash = ?1 AND p.email_key = ?2",
        )?
        .query_opt(params![token_hash, email_key(email)], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
    let Some((id, person_id, status, expires_at)) = row else {
        return Ok(None);
    };
    let dead = match status.as_str() {
        "used" => Some(Dead::Used),
        "replaced" => Some(Dead::Replaced),
        "revoked" => Some(Dead::Revoked),
        _ if expires_at.as_str() <= now => Some(Dead::Expired),
        // The login it would set a password for is gone (every account deleted).
        _ if !has_login(conn, email, None)? => Some(Dead::Revoked),
        _ => None,
    };
    Ok(Some(Reset {
        id,
        person_id,
        dead,
    }))
}

/// Uses reset token `token_id` up: the person's password becomes `hash`.
pub fn use_reset(w: &Writer, email: &str, token_id: i64, hash: &str) -> Result<()> {
    w.db.prepare_cached("UPDATE reset_token SET status = 'used', updated_at = ?1 WHERE id = ?2")?
        .execute(params![w.now(), token_id])?;
    set_password(w, email, Some(hash), SetBy::ResetToken)
}

/// Revokes the open reset token with this hash (its message could not be delivered).
pub fn revoke_reset(w: &Writer, token_hash: &[u8]) -> Result<()> {
    w.db.prepare_cached(
        "UPDATE reset_token SET status = 'revoked', updated_at = ?1
         WHERE token_hash = ?2 AND status = 'open'",
    )?
    .execute(params![w.now(), token_hash])?;
    Ok(())
}
