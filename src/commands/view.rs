//! `portalctl customer view`: the partner portal's "log in as". Shows the account as its end
//! customer sees it and records who looked, and why, in the audit log.

use super::{Context, resolve_customer};
use crate::cli::PartnerScopeArgs;
use crate::error::Result;
use crate::model::{
    Branding, Contact, Customer, CustomerView, Entity, ViewDoor, ViewProbe, ViewSite,
};
use crate::store::audit::Action;
use crate::store::{self, Db, portal::Scope};

/// Whether a door lets someone in now, and if not, why.
/// Whether a portal door is open now and, if not, why: the one answer `customer view` and
/// `portal status` give.
pub(crate) fn door(active: bool, p: &store::portal::Portal) -> (bool, Option<String>) {
    let closed = if !active {
        Some("the customer is deactivated")
    } else if !p.enabled {
        Some("the portal is disabled")
    } else if !p.code_in_force {
        Some("no code is in force")
    } else {
        None
    };
    (closed.is_none(), closed.map(ToString::to_string))
}

pub fn run(
    ctx: &mut Context,
    reference: &str,
    scope: &PartnerScopeArgs,
    reason: Option<&str>,
) -> Result<()> {
    let config_url = ctx.config.portal_url.clone();
    let reason = reason
        .map(|r| crate::model::clean_text("reason", r, crate::model::TEXT_MAX))
        .transpose()?;
    let view = ctx.write(|w| {
        let c = resolve_customer(w.reads(), reference, scope)?;
        let (mut sites, mut doors) = sites_and_doors(w.reads(), &c)?;
        place_probes(w.reads(), c.id, &mut sites)?;
        close_tokenless(&mut doors, &sites);
        let users = users(w.reads(), c.id)?;
        let (_, link) = super::partner_and_link(w.reads(), c.id, config_url.as_deref())?;
        store::audit::record(
            w,
            Action::View,
            Entity::Customer,
            Some(c.id),
            Some(&c.name),
            &serde_json::json!({ "reason": reason }),
        )?;
        Ok(CustomerView {
            branding: Branding {
                display_name: c.display_name.clone().unwrap_or_else(|| c.name.clone()),
                primary_color: c.primary_color.clone(),
                logo_url: c.logo_url.clone(),
                support_email: c.support_email.clone(),
                portal_link: link,
            },
            banner: (!c.active).then(|| {
                "This account is deactivated: no portal access and no data transfers.".to_string()
            }),
            customer: c,
            sites,
            users,
            doors,
        })
    })?;
    ctx.out.view(&view)
}

/// The customer's sites (without their probes yet) and every door: the customer's, then
/// each site's.
fn sites_and_doors(conn: &Db, c: &Customer) -> Result<(Vec<ViewSite>, Vec<ViewDoor>)> {
    let mut sites = Vec::new();
    let mut doors = Vec::new();
    let cp = store::portal::get(conn, Scope::Customer, c.id)?;
    let (open, closed_because) = door(c.active, &cp);
    doors.push(ViewDoor {
        scope: "customer".into(),
        open,
        closed_because,
        code_last4: cp.last4.clone(),
        code_issued_at: cp.issued_at.clone(),
        ..ViewDoor::default()
    });
    store::site::for_each(
        conn,
        &store::site::Filter {
            customer_id: Some(c.id),
            ..Default::default()
        },
        |s| {
            let sp = store::portal::get(conn, Scope::Site, s.id)?;
            let (open, closed_because) = door(c.active, &sp);
            doors.push(ViewDoor {
                scope: "site".into(),
                site_id: Some(s.id),
                site: Some(s.name.clone()),
                open,
                needs_installation_token: sp.installation_level,
                closed_because,
                code_last4: sp.last4.clone(),
                code_issued_at: sp.issued_at.clone(),
            });
            sites.push(ViewSite {
                id: s.id,
                name: s.name,
                address: s.address,
                portal: s.portal,
                installation_level: s.installation_level,
                probes: Vec::new(),
            });
            Ok(())
        },
    )?;
    Ok((sites, doors))
}

/// Puts each of the customer's probes under its site.
fn place_probes(conn: &Db, customer_id: i64, sites: &mut [ViewSite]) -> Result<()> {
    store::probe::for_each(
        conn,
        &store::probe::Filter {
            customer_id: Some(customer_id),
            ..Default::default()
        },
        |p| {
            if let Some(site) = sites.iter_mut().find(|s| Some(s.id) == p.site_id) {
                site.probes.push(ViewProbe {
                    id: p.id,
                    name: p.name,
                    serial: p.serial,
                });
            }
            Ok(())
        },
    )
}

/// A site at installation level lets someone in only with a probe token from that site: with
/// no probe there, nobody can open it.
fn close_tokenless(doors: &mut [ViewDoor], sites: &[ViewSite]) {
    for d in doors
        .iter_mut()
        .filter(|d| d.open && d.needs_installation_token)
    {
        let probes = sites
            .iter()
            .find(|s| Some(s.id) == d.site_id)
            .map_or(0, |s| s.probes.len());
        if probes == 0 {
            d.open = false;
            d.closed_because = Some(
                "the site is at installation level and has no probe whose token could open it"
                    .to_string(),
            );
        }
    }
}

/// The customer's contacts and guests.
fn users(conn: &Db, customer_id: i64) -> Result<Vec<Contact>> {
    let mut users = Vec::new();
    store::contact::for_each(
        conn,
        &store::contact::Filter {
            customer_id: Some(customer_id),
            ..Default::default()
        },
        |k| {
            users.push(k);
            Ok(())
        },
    )?;
    Ok(users)
}
