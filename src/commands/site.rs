//! `portalctl site ...`

use super::{
    Context, create_optional, edit_optional, report_edit, resolve_all, resolve_customer,
    resolve_partner, resolve_site,
};
use crate::cli::{PartnerScopeArgs, PortalState, SiteCmd};
use crate::error::{Error, Result};
use crate::model::{self, Site, quote};
use crate::store;

fn address(s: &str) -> Result<String> {
    model::clean_text("address", s, model::TEXT_MAX)
}

pub fn run(ctx: &mut Context, cmd: SiteCmd) -> Result<()> {
    match cmd {
        SiteCmd::Create {
            name,
            owner,
            address: addr,
        } => {
            let name = model::entity_name("site name", &name)?;
            let addr = create_optional(addr.as_deref(), address)?;
            let s = ctx.write(|w| {
                let c = super::resolve_owner(w.reads(), &owner)?;
                store::site::insert(
                    w,
                    &Site {
                        customer_id: c.id,
                        customer: c.name,
                        partner_id: c.partner_id,
                        partner: c.partner,
                        name,
                        address: addr,
                        ..Site::default()
                    },
                )
            })?;
            ctx.out.note(&format!(
                "Created site {} (id {}) of customer {}.",
                quote(&s.name),
                s.id,
                quote(&s.customer)
            ));
            ctx.out.show(&s, s.id)
        }
        SiteCmd::List {
            customer,
            partner,
            portal,
            name,
            order,
        } => {
            let (out, conn) = ctx.reader()?;
            let filter = store::site::Filter {
                customer_id: match &customer {
                    Some(c) => Some(
                        resolve_customer(conn, c, &PartnerScopeArgs::partner(partner.clone()))?.id,
                    ),
                    None => None,
                },
                partner_id: match &partner {
                    Some(p) => Some(resolve_partner(conn, p)?.id),
                    None => None,
                },
                portal: portal.map(|p| p == PortalState::Enabled),
                listing: super::listing(out, &order, name.as_deref()),
            };
            let mut list = out.list(|s: &Site| s.id);
            store::site::for_each(conn, &filter, |s| list.row(&s))?;
            list.finish("sites")
        }
        SiteCmd::Show { site, scope } => {
            let s = resolve_site(ctx.reader()?.1, &site, &scope)?;
            ctx.out.show(&s, s.id)
        }
        SiteCmd::Edit {
            site,
            scope,
            name,
            address: addr,
        } => {
            if name.is_none() && addr.is_none() {
                return Err(Error::usage("nothing to change")
                    .with_hint("pass at least one of --name, --address"));
            }
            let name = name
                .map(|n| model::entity_name("site name", &n))
                .transpose()?;
            let (s, changed) = ctx.write(|w| {
                let old = resolve_site(w.reads(), &site, &scope)?;
                let new = Site {
                    name: name.unwrap_or_else(|| old.name.clone()),
                    address: edit_optional(old.address.clone(), addr.as_deref(), address)?,
                    ..old.clone()
                };
                let changed = store::site::update(w, &old, &new)?;
                let s = store::site::get(w.reads(), old.id)?.unwrap_or(new);
                Ok((s, changed))
            })?;
            report_edit(ctx, model::Entity::Site, &s, s.id, &s.name, &changed)
        }
        SiteCmd::Delete { sites, scope } => super::delete::run(ctx, |conn| {
            resolve_all(&sites, |r| resolve_site(conn, r, &scope), |s| s.id)
        }),
    }
}
