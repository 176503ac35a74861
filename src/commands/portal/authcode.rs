//! `portalctl authcode ...`: the code of a customer's or a site's portal, or a probe's
//! installation token: shown (its last four characters), made anew, or checked (`verify.rs`).

use super::{Context, Target, resolve_target, status_of};
use crate::cli::{AuthcodeCmd, CodeTarget, PortalTarget, SiteScopeArgs};
use crate::commands::resolve_probe;
use crate::error::{Error, Result};
use crate::model::{CodeStatus, Probe, quote};
use crate::output::Secret;
use crate::secret;
use crate::store::audit::Action;
use crate::store::portal as door;

pub fn run_authcode(ctx: &mut Context, cmd: AuthcodeCmd) -> Result<()> {
    match cmd {
        AuthcodeCmd::Show { target } => show(ctx, &target),
        AuthcodeCmd::Regenerate { target } => regenerate(ctx, &target),
        AuthcodeCmd::Verify {
            code,
            token,
            explain,
        } => super::verify::verify(ctx, &code, token.as_deref(), explain),
    }
}

/// What a code belongs to: a portal door, or a probe (its installation token).
enum CodeOwner {
    Door(Target),
    Probe(Probe),
}

fn resolve_code_target(conn: &crate::store::Db, t: &CodeTarget) -> Result<CodeOwner> {
    if let Some(p) = &t.probe {
        return Ok(CodeOwner::Probe(resolve_probe(
            conn,
            p,
            &SiteScopeArgs {
                site: t.site.clone(),
                customer: t.of.customer.clone(),
            },
        )?));
    }
    resolve_target(
        conn,
        &PortalTarget {
            of: t.of.clone(),
            site: t.site.clone(),
        },
    )
    .map(CodeOwner::Door)
}

/// The id a code's status is shown under: the probe's, else the site's, else the customer's.
fn status_id(status: &CodeStatus) -> i64 {
    status
        .probe_id
        .or(status.site_id)
        .or(status.customer_id)
        .unwrap_or(0)
}

/// `authcode show`: never the code itself.
fn show(ctx: &mut Context, target: &CodeTarget) -> Result<()> {
    let config_url = ctx.config.portal_url.clone();
    let (out, conn) = ctx.reader()?;
    let status = match resolve_code_target(conn, target)? {
        CodeOwner::Door(t) => status_of(conn, config_url.as_deref(), &t)?,
        CodeOwner::Probe(p) => probe_status(conn, &p)?,
    };
    out.show(&status, status_id(&status))
}

/// `authcode regenerate`: a new code (printed once); the old one dies at once.
fn regenerate(ctx: &mut Context, target: &CodeTarget) -> Result<()> {
    let config_url = ctx.config.portal_url.clone();
    let fresh = secret::new_code()?;
    let (status, field, what) = ctx.write(|w| match resolve_code_target(w.reads(), target)? {
        CodeOwner::Probe(p) => {
            door::set_probe_token(w, p.id, &p.name, &secret::Kept::of(&fresh))?;
            Ok((
                probe_status(w.reads(), &p)?,
                "installation_token",
                format!("probe {} (id {})", quote(&p.name), p.id),
            ))
        }
        CodeOwner::Door(t) => {
            let before = door::get(w.reads(), t.scope(), t.id())?;
            if !before.enabled {
                return Err(Error::conflict(format!(
                    "the portal of {} is disabled, so it has no code",
                    t.describe()
                ))
                .with_hint("turn it on with `portalctl portal enable`, which makes a code"));
            }
            t.set(
                w,
                &door::Change {
                    enabled: true,
                    installation_level: None,
                    new_code: Some(&secret::Kept::of(&fresh)),
                },
                Action::Regenerate,
            )?;
            Ok((
                status_of(w.reads(), config_url.as_deref(), &t)?,
                "authcode",
                t.describe(),
            ))
        }
    })?;
    ctx.out.note(&format!(
        "Made a new {} for {what}; the old one no longer works.",
        field.replace('_', " ")
    ));
    let printed = secret::format_code(&fresh);
    ctx.out.show_with(
        &status,
        status_id(&status),
        Some(Secret {
            field,
            value: &printed,
        }),
    )
}

fn probe_status(conn: &crate::store::Db, p: &Probe) -> Result<CodeStatus> {
    let (last4, issued) = door::probe_token(conn, p.id)?;
    Ok(CodeStatus {
        scope: "probe".into(),
        customer_id: p.customer_id,
        customer: p.customer.clone(),
        site_id: p.site_id,
        site: p.site.clone(),
        probe_id: Some(p.id),
        probe: Some(p.name.clone()),
        code_in_force: true,
        ..CodeStatus::default()
    }
    .with_code(Some(last4), Some(issued)))
}
