//! `portalctl probe ...`. A probe's installation token is made at creation, printed once and
//! stored as its SHA-256 only.

use super::{Context, edit_optional, report_edit, resolve_all, resolve_probe, resolve_site};
use crate::cli::{CustomerScopeArgs, InstallAtArgs, Order, ProbeCmd, SiteScopeArgs};
use crate::error::{Error, Result};
use crate::model::{self, Probe, quote};
use crate::output::Secret;
use crate::store::audit::Action;
use crate::{secret, store};

fn serial(s: &str) -> Result<String> {
    model::name("serial", s)
}

/// Narrows a site name to one customer's sites.
fn in_customer(customer: Option<String>) -> CustomerScopeArgs {
    CustomerScopeArgs {
        customer,
        partner: None,
    }
}

pub fn run(ctx: &mut Context, cmd: ProbeCmd) -> Result<()> {
    match cmd {
        ProbeCmd::Create {
            name,
            scope,
            serial,
        } => create(ctx, &name, &scope, serial.as_deref()),
        ProbeCmd::List {
            site,
            customer,
            unassigned,
            name,
            order,
        } => list(
            ctx,
            site.as_deref(),
            customer,
            unassigned,
            name.as_deref(),
            &order,
        ),
        ProbeCmd::Show { probe, scope } => {
            let p = resolve_probe(ctx.reader()?.1, &probe, &scope)?;
            ctx.out.show(&p, p.id)
        }
        ProbeCmd::Edit {
            probe,
            scope,
            name,
            serial,
        } => edit(ctx, &probe, &scope, name.as_deref(), serial.as_deref()),
        ProbeCmd::Assign {
            probe,
            site,
            customer,
        } => assign(ctx, &probe, &site, customer),
        ProbeCmd::Unassign { probe, scope } => unassign(ctx, &probe, &scope),
        ProbeCmd::Delete { probes, scope } => super::delete::run(ctx, |conn| {
            resolve_all(&probes, |r| resolve_probe(conn, r, &scope), |p| p.id)
        }),
    }
}

/// `probe create`: the probe, at a site or unassigned, and its installation token (printed once).
fn create(ctx: &mut Context, name: &str, scope: &InstallAtArgs, ser: Option<&str>) -> Result<()> {
    let name = model::entity_name("probe name", name)?;
    let ser = super::create_optional(ser, serial)?;
    let token = secret::new_code()?;
    let p = ctx.write(|w| {
        let site = match &scope.site {
            Some(s) => Some(resolve_site(
                w.reads(),
                s,
                &in_customer(scope.customer.clone()),
            )?),
            None => None,
        };
        let draft = Probe {
            name,
            serial: ser,
            site_id: site.as_ref().map(|s| s.id),
            site: site.as_ref().map(|s| s.name.clone()),
            customer_id: site.as_ref().map(|s| s.customer_id),
            customer: site.as_ref().map(|s| s.customer.clone()),
            ..Probe::default()
        };
        store::probe::insert(w, &draft, &secret::Kept::of(&token))
    })?;
    ctx.out
        .note(&format!("Created probe {} (id {}).", quote(&p.name), p.id));
    let printed = secret::format_code(&token);
    ctx.out.show_with(
        &p,
        p.id,
        Some(Secret {
            field: "installation_token",
            value: &printed,
        }),
    )
}

/// `probe list`: a site's probes, a customer's, the unassigned ones, or all.
fn list(
    ctx: &mut Context,
    site: Option<&str>,
    customer: Option<String>,
    unassigned: bool,
    name: Option<&str>,
    order: &Order<store::probe::Sort>,
) -> Result<()> {
    let (out, conn) = ctx.reader()?;
    let (site_id, customer_id) = match (site, customer) {
        (Some(s), c) => (Some(resolve_site(conn, s, &in_customer(c))?.id), None),
        (None, Some(c)) => (
            None,
            Some(super::resolve_customer(conn, &c, &crate::cli::PartnerScopeArgs::default())?.id),
        ),
        (None, None) => (None, None),
    };
    let filter = store::probe::Filter {
        site_id,
        customer_id,
        unassigned,
        listing: super::listing(out, order, name),
    };
    let mut list = out.list(|p: &Probe| p.id);
    store::probe::for_each(conn, &filter, |p| list.row(&p))?;
    list.finish("probes")
}

/// `probe edit`: its name or serial.
fn edit(
    ctx: &mut Context,
    probe: &str,
    scope: &SiteScopeArgs,
    name: Option<&str>,
    ser: Option<&str>,
) -> Result<()> {
    if name.is_none() && ser.is_none() {
        return Err(
            Error::usage("nothing to change").with_hint("pass at least one of --name, --serial")
        );
    }
    let name = name
        .map(|n| model::entity_name("probe name", n))
        .transpose()?;
    let (p, changed) = ctx.write(|w| {
        let old = resolve_probe(w.reads(), probe, scope)?;
        let new = Probe {
            name: name.unwrap_or_else(|| old.name.clone()),
            serial: edit_optional(old.serial.clone(), ser, serial)?,
            ..old.clone()
        };
        let changed = store::probe::update(w, &old, &new, Action::Update)?;
        let p = store::probe::get(w.reads(), old.id)?.unwrap_or(new);
        Ok((p, changed))
    })?;
    report_edit(ctx, model::Entity::Probe, &p, p.id, &p.name, &changed)
}

/// `probe assign`: moves a probe to a site.
fn assign(ctx: &mut Context, probe: &str, site: &str, customer: Option<String>) -> Result<()> {
    let (p, changed) = ctx.write(|w| {
        let old = resolve_probe(w.reads(), probe, &SiteScopeArgs::default())?;
        let target = resolve_site(w.reads(), site, &in_customer(customer))?;
        let new = Probe {
            site_id: Some(target.id),
            site: Some(target.name.clone()),
            customer_id: Some(target.customer_id),
            customer: Some(target.customer.clone()),
            ..old.clone()
        };
        let changed = store::probe::update(w, &old, &new, Action::Assign)?;
        let p = store::probe::get(w.reads(), old.id)?.unwrap_or(new);
        Ok((p, !changed.is_empty()))
    })?;
    if changed {
        ctx.out.note(&format!(
            "Probe {} (id {}) is now at site {} of customer {}.",
            quote(&p.name),
            p.id,
            quote(p.site.as_deref().unwrap_or_default()),
            quote(p.customer.as_deref().unwrap_or_default())
        ));
    } else {
        ctx.out.note(&format!(
            "Probe {} (id {}) was already at that site; nothing changed.",
            quote(&p.name),
            p.id
        ));
    }
    ctx.out.show(&p, p.id)
}

/// `probe unassign`: takes a probe off its site.
fn unassign(ctx: &mut Context, probe: &str, scope: &SiteScopeArgs) -> Result<()> {
    let (p, changed) = ctx.write(|w| {
        let old = resolve_probe(w.reads(), probe, scope)?;
        let new = Probe {
            site_id: None,
            site: None,
            customer_id: None,
            customer: None,
            ..old.clone()
        };
        let changed = store::probe::update(w, &old, &new, Action::Unassign)?;
        let p = store::probe::get(w.reads(), old.id)?.unwrap_or(new);
        Ok((p, !changed.is_empty()))
    })?;
    ctx.out.note(&if changed {
        format!("Probe {} (id {}) is now unassigned.", quote(&p.name), p.id)
    } else {
        format!(
            "Probe {} (id {}) was already unassigned; nothing changed.",
            quote(&p.name),
            p.id
        )
    });
    ctx.out.show(&p, p.id)
}
