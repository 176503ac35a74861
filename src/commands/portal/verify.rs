//! `authcode verify`: would this code (and installation token) let someone in now?

use super::Context;
use crate::error::{Error, Result};
use crate::model::Opened;
use crate::secret;
use crate::store::portal::{self as door, Scope};

/// `authcode verify`: the door it opens, or a refusal (exit 6; `--explain` says why).
pub(super) fn verify(
    ctx: &mut Context,
    code: &str,
    token: Option<&str>,
    explain: bool,
) -> Result<()> {
    // Both may come from standard input: the code on the first line, the token on the next.
    let (code, token) = match (code, token) {
        ("-", Some("-")) => {
            let mut both =
                super::super::read_secrets(&["authorization code", "installation token"])?;
            let token = both.pop();
            (both.pop().unwrap_or_default(), token)
        }
        ("-", t) => (
            super::super::read_secret("authorization code")?,
            t.map(ToString::to_string),
        ),
        (c, Some("-")) => (
            c.to_string(),
            Some(super::super::read_secret("installation token")?),
        ),
        (c, t) => (c.to_string(), t.map(ToString::to_string)),
    };
    let (out, conn) = ctx.reader()?;
    // A busy or broken store is its own failure (exit 7 or 1), never a refusal.
    match check(conn, &code, token.as_deref())? {
        Ok(opened) => out.show(&opened, opened.site_id.unwrap_or(opened.customer_id)),
        Err(reason) => {
            let message = if explain {
                format!("access refused: {reason}")
            } else {
                "access refused".to_string()
            };
            Err(Error::denied(message).with_hint(if explain {
                "the code and token were checked against the store"
            } else {
                "check the code (and the installation token); --explain says why"
            }))
        }
    }
}

/// Decides whether `code` (and `token`) would let someone in now: `Ok(Err(reason))` is a
/// refusal (the reason is for `--explain` only); `Err` is a store that could not answer.
fn check(
    conn: &crate::store::Db,
    code: &str,
    token: Option<&str>,
) -> Result<Result<Opened, String>> {
    let refuse = |why: &str| Ok(Err(why.to_string()));
    let Some(canonical) = secret::normalize_code(code) else {
        return refuse("the code is not 24 base32 characters");
    };
    let hash = secret::hash_code(&canonical);
    let Some(d) =
        door::door_by_code(conn, &hash)?.filter(|d| secret::hashes_equal(&d.stored_hash, &hash))
    else {
        return refuse("no portal has this code");
    };
    if !d.customer_active {
        return refuse("the customer is deactivated");
    }
    if !d.portal {
        return refuse("the portal is disabled");
    }
    let probe = match token {
        None => None,
        Some(t) => {
            let Some(canonical) = secret::normalize_code(t) else {
                return refuse("the token is not 24 base32 characters");
            };
            let th = secret::hash_code(&canonical);
            let Some((id, name, site_id, customer_id, _)) =
                door::probe_by_token(conn, &th)?.filter(|p| secret::hashes_equal(&p.4, &th))
            else {
                return refuse("no probe has this installation token");
            };
            let belongs = match d.scope {
                Scope::Site => site_id == d.site_id,
                Scope::Customer => customer_id == Some(d.customer_id),
            };
            if !belongs {
                return refuse("the installation token belongs to a probe elsewhere");
            }
            Some((id, name))
        }
    };
    if d.installation_level && probe.is_none() {
        return refuse("the site is at installation level and no installation token was given");
    }
    Ok(Ok(Opened {
        scope: if d.scope == Scope::Customer {
            "customer"
        } else {
            "site"
        }
        .into(),
        customer_id: d.customer_id,
        customer: d.customer,
        site_id: d.site_id,
        site: d.site,
        probe_id: probe.as_ref().map(|p| p.0),
        probe: probe.map(|p| p.1),
    }))
}
