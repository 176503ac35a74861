//! `portalctl partner ...`

use super::{Context, edit_optional, report_edit, resolve_all, resolve_partner};
use crate::cli::PartnerCmd;
use crate::error::{Error, Result};
use crate::model::{self, Partner, PartnerView, quote};
use crate::store;

/// `partner grant` / `partner revoke`.
fn staff(ctx: &mut Context, partner: &str, role: &str, grant: bool) -> Result<()> {
    let role = role.trim().to_string();
    if role.is_empty() || role.chars().any(model::is_forbidden_char) {
        return Err(Error::usage("--role must name a database role"));
    }
    let (p, changed, staff) = ctx.write(|w| {
        let p = resolve_partner(w.reads(), partner)?;
        let changed = if grant {
            store::staff::grant(w, &p, &role)?
        } else {
            store::staff::revoke(w, &p, &role)?
        };
        let staff = store::staff::roles_of(w.reads(), p.id)?;
        Ok((p, changed, staff))
    })?;
    ctx.out.note(&match (grant, changed) {
        (true, true) => format!(
            "Role {} is now staff of partner {}: it sees and changes only its partners.",
            quote(&role),
            quote(&p.name)
        ),
        (true, false) => format!(
            "Role {} was already staff of partner {}; nothing changed.",
            quote(&role),
            quote(&p.name)
        ),
        (false, true) => format!(
            "Role {} is no longer staff of partner {}.",
            quote(&role),
            quote(&p.name)
        ),
        (false, false) => format!(
            "Role {} was not staff of partner {}; nothing changed.",
            quote(&role),
            quote(&p.name)
        ),
    });
    let view = PartnerView::of(p, staff);
    ctx.out.show(&view, view.id)
}

pub fn run(ctx: &mut Context, cmd: PartnerCmd) -> Result<()> {
    match cmd {
        PartnerCmd::Create {
            name,
            email,
            portal_url,
        } => {
            let name = model::entity_name("partner name", &name)?;
            let email = model::email("partner email", &email)?;
            let portal_url = portal_url
                .as_deref()
                .filter(|u| !u.trim().is_empty())
                .map(|u| model::http_url("portal URL", u))
                .transpose()?;
            let p =
                ctx.write(|w| store::partner::insert(w, &name, &email, portal_url.as_deref()))?;
            ctx.out.note(&format!(
                "Created partner {} (id {}).",
                quote(&p.name),
                p.id
            ));
            // One shape for one partner, whichever verb prints it (a new one has no staff).
            let view = PartnerView::of(p, Vec::new());
            ctx.out.show(&view, view.id)
        }
        PartnerCmd::List { name, order } => {
            let (out, conn) = ctx.reader()?;
            let mut list = out.list(|p: &Partner| p.id);
            let listing = super::listing(out, &order, name.as_deref());
            store::partner::for_each(conn, &listing, |p| list.row(&p))?;
            list.finish("partners")
        }
        PartnerCmd::Show { partner } => {
            let (_, conn) = ctx.reader()?;
            let p = resolve_partner(conn, &partner)?;
            let staff = store::staff::roles_of(conn, p.id)?;
            let view = PartnerView::of(p, staff);
            ctx.out.show(&view, view.id)
        }
        PartnerCmd::Grant { partner, role } => staff(ctx, &partner, &role, true),
        PartnerCmd::Revoke { partner, role } => staff(ctx, &partner, &role, false),
        PartnerCmd::Edit {
            partner,
            name,
            email,
            portal_url,
        } => {
            if name.is_none() && email.is_none() && portal_url.is_none() {
                return Err(Error::usage("nothing to change")
                    .with_hint("pass at least one of --name, --email, --portal-url"));
            }
            let name = name
                .map(|n| model::entity_name("partner name", &n))
                .transpose()?;
            let email = email
                .map(|e| model::email("partner email", &e))
                .transpose()?;
            let (p, changed) = ctx.write(|w| {
                let old = resolve_partner(w.reads(), &partner)?;
                let new = Partner {
                    name: name.unwrap_or_else(|| old.name.clone()),
                    email: email.unwrap_or_else(|| old.email.clone()),
                    portal_url: edit_optional(
                        old.portal_url.clone(),
                        portal_url.as_deref(),
                        |u| model::http_url("portal URL", u),
                    )?,
                    ..old.clone()
                };
                let changed = store::partner::update(w, &old, &new)?;
                let p = store::partner::get(w.reads(), old.id)?.unwrap_or(new);
                let staff = store::staff::roles_of(w.reads(), p.id)?;
                Ok((PartnerView::of(p, staff), changed))
            })?;
            report_edit(ctx, model::Entity::Partner, &p, p.id, &p.name, &changed)
        }
        PartnerCmd::Delete { partners } => super::delete::run(ctx, |conn| {
            resolve_all(&partners, |r| resolve_partner(conn, r), |p| p.id)
        }),
    }
}
