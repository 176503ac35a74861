//! `portalctl portal ...`: customer and site portals. The authorization codes that open them
//! and the installation tokens of probes are `authcode`'s (`authcode.rs`), and whether a code
//! would let someone in is `verify.rs`. A code is printed once, when it is made; the store
//! keeps its SHA-256 and last four characters only.

mod authcode;
mod verify;

pub use authcode::run_authcode;

use super::{Context, resolve_customer, resolve_site};
use crate::cli::{CustomerScopeArgs, PartnerScopeArgs, PortalCmd, PortalTarget};
use crate::error::{Error, Result};
use crate::model::{CodeStatus, Customer, Site, quote};
use crate::output::Secret;
use crate::secret;
use crate::store::audit::Action;
use crate::store::portal::{self as door, Scope};

/// A portal door: a customer's or one site's.
enum Target {
    Customer(Customer),
    Site(Site),
}

impl Target {
    /// Sets this door as `change` says (`door::set`).
    fn set(&self, w: &crate::store::Writer, change: &door::Change, action: Action) -> Result<bool> {
        door::set(w, self.scope(), self.id(), self.name(), change, action)
    }

    fn scope(&self) -> Scope {
        match self {
            Target::Customer(_) => Scope::Customer,
            Target::Site(_) => Scope::Site,
        }
    }
    fn id(&self) -> i64 {
        match self {
            Target::Customer(c) => c.id,
            Target::Site(s) => s.id,
        }
    }
    fn name(&self) -> &str {
        match self {
            Target::Customer(c) => &c.name,
            Target::Site(s) => &s.name,
        }
    }
    fn describe(&self) -> String {
        match self {
            Target::Customer(c) => format!("customer {} (id {})", quote(&c.name), c.id),
            Target::Site(s) => format!(
                "site {} (id {}) of customer {}",
                quote(&s.name),
                s.id,
                quote(&s.customer)
            ),
        }
    }
}

fn resolve_target(conn: &crate::store::Db, t: &PortalTarget) -> Result<Target> {
    match (&t.site, &t.of.customer) {
        (Some(site), customer) => Ok(Target::Site(resolve_site(
            conn,
            site,
            &CustomerScopeArgs {
                customer: customer.clone(),
                partner: t.of.partner.clone(),
            },
        )?)),
        (None, Some(c)) => Ok(Target::Customer(resolve_customer(
            conn,
            c,
            &PartnerScopeArgs::partner(t.of.partner.clone()),
        )?)),
        (None, None) => {
            Err(Error::usage("say which portal").with_hint("pass --customer or --site"))
        }
    }
}

fn status_of(conn: &crate::store::Db, config_url: Option<&str>, t: &Target) -> Result<CodeStatus> {
    let p = door::get(conn, t.scope(), t.id())?;
    let (customer_id, customer, site_id, site) = match t {
        Target::Customer(c) => (c.id, c.name.clone(), None, None),
        Target::Site(s) => (
            s.customer_id,
            s.customer.clone(),
            Some(s.id),
            Some(s.name.clone()),
        ),
    };
    let active = crate::store::customer::get(conn, customer_id)?.is_none_or(|c| c.active);
    let (open, closed_because) = super::view::door(active, &p);
    Ok(CodeStatus {
        open: Some(open),
        closed_because,
        scope: if t.scope() == Scope::Customer {
            "customer"
        } else {
            "site"
        }
        .into(),
        customer_id: Some(customer_id),
        customer: Some(customer),
        site_id,
        site,
        probe_id: None,
        probe: None,
        portal: Some(p.enabled),
        installation_level: (t.scope() == Scope::Site).then_some(p.installation_level),
        code_in_force: p.code_in_force,
        portal_link: super::partner_and_link(conn, customer_id, config_url)?.1,
        ..CodeStatus::default()
    }
    .with_code(p.last4, p.issued_at))
}

pub fn run_portal(ctx: &mut Context, cmd: PortalCmd) -> Result<()> {
    match cmd {
        PortalCmd::Enable {
            target,
            installation_level,
            no_installation_level,
        } => enable(ctx, &target, installation_level, no_installation_level),
        PortalCmd::Disable { target } => disable(ctx, &target),
        PortalCmd::Status { target } => status(ctx, &target),
    }
}

/// `portal enable`: turns a portal on, with a code (printed once) when none is in force.
fn enable(
    ctx: &mut Context,
    target: &PortalTarget,
    installation_level: bool,
    no_installation_level: bool,
) -> Result<()> {
    let config_url = ctx.config.portal_url.clone();
    let level = match (installation_level, no_installation_level) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    };
    if level.is_some() && target.site.is_none() {
        return Err(
            Error::usage("installation level is a setting of a site portal")
                .with_hint("pass --site SITE (with --customer to narrow it)"),
        );
    }
    let fresh = secret::new_code()?;
    let (status, made, changed, what) = ctx.write(|w| {
        let t = resolve_target(w.reads(), target)?;
        let before = door::get(w.reads(), t.scope(), t.id())?;
        let kept = secret::Kept::of(&fresh);
        let code = (!before.code_in_force).then_some(&kept);
        let changed = t.set(
            w,
            &door::Change {
                enabled: true,
                installation_level: level,
                new_code: code,
            },
            Action::Enable,
        )?;
        Ok((
            status_of(w.reads(), config_url.as_deref(), &t)?,
            code.is_some(),
            changed,
            t.describe(),
        ))
    })?;
    if !made {
        ctx.out.note(&format!(
            "The portal of {what} already has a code in force{}.",
            if changed {
                "; its settings were updated"
            } else {
                "; nothing changed"
            }
        ));
        ctx.out
            .note("To hand a code out again, make a new one: `portalctl authcode regenerate`.");
        return ctx
            .out
            .show(&status, status.site_id.or(status.customer_id).unwrap_or(0));
    }
    ctx.out.note(&format!("Enabled the portal of {what}."));
    match &status.portal_link {
        Some(link) => ctx.out.note(&format!("Portal link: {link}")),
        None => ctx.out.note(
            "No portal link is configured: set the partner's --portal-url or portal_url in the config.",
        ),
    }
    let printed = secret::format_code(&fresh);
    ctx.out.show_with(
        &status,
        status.site_id.or(status.customer_id).unwrap_or(0),
        Some(Secret {
            field: "authcode",
            value: &printed,
        }),
    )
}

/// `portal disable`: its code stops working.
fn disable(ctx: &mut Context, target: &PortalTarget) -> Result<()> {
    let config_url = ctx.config.portal_url.clone();
    let (status, changed, what) = ctx.write(|w| {
        let t = resolve_target(w.reads(), target)?;
        let changed = t.set(w, &door::Change::OFF, Action::Disable)?;
        Ok((
            status_of(w.reads(), config_url.as_deref(), &t)?,
            changed,
            t.describe(),
        ))
    })?;
    ctx.out.note(&if changed {
        format!("Disabled the portal of {what}; its code no longer works.")
    } else {
        format!("The portal of {what} was already disabled; nothing changed.")
    });
    ctx.out
        .show(&status, status.site_id.or(status.customer_id).unwrap_or(0))
}

/// `portal status`: the door, and why it is closed when it is.
fn status(ctx: &mut Context, target: &PortalTarget) -> Result<()> {
    let config_url = ctx.config.portal_url.clone();
    let (out, conn) = ctx.reader()?;
    let t = resolve_target(conn, target)?;
    let status = status_of(conn, config_url.as_deref(), &t)?;
    out.show(&status, t.id())?;
    if let Some(why) = &status.closed_because {
        out.note(&format!("The portal door is closed: {why}."));
    }
    Ok(())
}
