//! `portalctl portal ...` and `portalctl authcode ...`: customer and site portals, the
//! authorization codes that open them and the installation tokens of probes. A code is printed
//! once, when it is made; the store keeps its SHA-256 and last four characters only.

use super::{Context, resolve_customer, resolve_probe, resolve_site};
use crate::cli::{
    AuthcodeCmd, CodeTarget, CustomerScopeArgs, PartnerScopeArgs, PortalCmd, PortalTarget,
    SiteScopeArgs,
};
use crate::error::{Error, Result};
use crate::model::{CodeStatus, Customer, Opened, Probe, Site, quote};
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
    match (&t.site, &t.customer) {
        (Some(site), customer) => Ok(Target::Site(resolve_site(
            conn,
            site,
            &CustomerScopeArgs {
                customer: customer.clone(),
                partner: t.partner.clone(),
            },
        )?)),
        (None, Some(c)) => Ok(Target::Customer(resolve_customer(
            conn,
            c,
            &PartnerScopeArgs::partner(t.partner.clone()),
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

pub fn run_portal(ctx: &mut Context, cmd: PortalCmd) -> Result<()> {
    let config_url = ctx.config.portal_url.clone();
    match cmd {
        PortalCmd::Enable {
            target,
            installation_level,
            no_installation_level,
        } => {
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
                let t = resolve_target(w, &target)?;
                let before = door::get(w, t.scope(), t.id())?;
                let code = (!before.code_in_force).then_some(fresh.as_str());
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
                    status_of(w, config_url.as_deref(), &t)?,
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
                ctx.out.note(
                    "To hand a code out again, make a new one: `portalctl authcode regenerate`.",
                );
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
        PortalCmd::Disable { target } => {
            let (status, changed, what) = ctx.write(|w| {
                let t = resolve_target(w, &target)?;
                let changed = t.set(w, &door::Change::OFF, Action::Disable)?;
                Ok((
                    status_of(w, config_url.as_deref(), &t)?,
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
        PortalCmd::Status { target } => {
            let (out, conn) = ctx.reader()?;
            let t = resolve_target(conn, &target)?;
            let status = status_of(conn, config_url.as_deref(), &t)?;
            out.show(&status, t.id())?;
            if let Some(why) = &status.closed_because {
                out.note(&format!("The portal door is closed: {why}."));
            }
            Ok(())
        }
    }
}

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
                customer: t.customer.clone(),
            },
        )?));
    }
    resolve_target(
        conn,
        &PortalTarget {
            customer: t.customer.clone(),
            partner: t.partner.clone(),
            site: t.site.clone(),
        },
    )
    .map(CodeOwner::Door)
}

pub fn run_authcode(ctx: &mut Context, cmd: AuthcodeCmd) -> Result<()> {
    let config_url = ctx.config.portal_url.clone();
    match cmd {
        AuthcodeCmd::Show { target } => {
            let (out, conn) = ctx.reader()?;
            let status = match resolve_code_target(conn, &target)? {
                CodeOwner::Door(t) => status_of(conn, config_url.as_deref(), &t)?,
                CodeOwner::Probe(p) => probe_status(conn, &p)?,
            };
            let id = status
                .probe_id
                .or(status.site_id)
                .or(status.customer_id)
                .unwrap_or(0);
            out.show(&status, id)
        }
        AuthcodeCmd::Regenerate { target } => {
            let fresh = secret::new_code()?;
            let (status, field, what) = ctx.write(|w| match resolve_code_target(w, &target)? {
                CodeOwner::Probe(p) => {
                    door::set_probe_token(w, p.id, &p.name, &fresh)?;
                    Ok((
                        probe_status(w, &p)?,
                        "installation_token",
                        format!("probe {} (id {})", quote(&p.name), p.id),
                    ))
                }
                CodeOwner::Door(t) => {
                    let before = door::get(w, t.scope(), t.id())?;
                    if !before.enabled {
                        return Err(Error::conflict(format!(
                            "the portal of {} is disabled, so it has no code",
                            t.describe()
                        ))
                        .with_hint(
                            "turn it on with `portalctl portal enable`, which makes a code",
                        ));
                    }
                    t.set(
                        w,
                        &door::Change {
                            enabled: true,
                            installation_level: None,
                            new_code: Some(&fresh),
                        },
                        Action::Regenerate,
                    )?;
                    Ok((
                        status_of(w, config_url.as_deref(), &t)?,
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
            let id = status
                .probe_id
                .or(status.site_id)
                .or(status.customer_id)
                .unwrap_or(0);
            ctx.out.show_with(
                &status,
                id,
                Some(Secret {
                    field,
                    value: &printed,
                }),
            )
        }
        AuthcodeCmd::Verify {
            code,
            token,
            explain,
        } => verify(ctx, &code, token.as_deref(), explain),
    }
}

fn verify(ctx: &mut Context, code: &str, token: Option<&str>, explain: bool) -> Result<()> {
    // Both may come from standard input: the code on the first line, the token on the next.
    let (code, token) = match (code, token) {
        ("-", Some("-")) => {
            let mut both = super::read_secrets(&["authorization code", "installation token"])?;
            let token = both.pop();
            (both.pop().unwrap_or_default(), token)
        }
        ("-", t) => (
            super::read_secret("authorization code")?,
            t.map(ToString::to_string),
        ),
        (c, Some("-")) => (
            c.to_string(),
            Some(super::read_secret("installation token")?),
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
