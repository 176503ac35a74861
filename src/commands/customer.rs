//! `portalctl customer ...`

use super::{
    Context, create_optional, edit_optional, normalize_ref, report_edit, resolve_all,
    resolve_customer, resolve_partner,
};
use crate::cli::{
    BrandingArgs, CustomerCmd, CustomerCreate, CustomerEdit, PartnerScopeArgs, PortalState,
};
use crate::error::{Error, Result};
use crate::model::{self, Customer, Status, quote};
use crate::store::audit::Action;
use crate::store::{self, customer::PartnerScope};

pub fn run(ctx: &mut Context, cmd: CustomerCmd) -> Result<()> {
    match cmd {
        CustomerCmd::Create(args) => create(ctx, args),
        CustomerCmd::List(args) => list(ctx, &args),
        CustomerCmd::Show { customer, scope } => {
            let c = resolve_customer(ctx.reader()?.1, &customer, &scope)?;
            ctx.out.show(&c, c.id)
        }
        CustomerCmd::Edit(args) => edit(ctx, &args),
        CustomerCmd::Activate { customers, scope } => set_active(ctx, &customers, &scope, true),
        CustomerCmd::Deactivate { customers, scope } => set_active(ctx, &customers, &scope, false),
        CustomerCmd::Delete { customers, scope } => delete(ctx, &customers, &scope),
        CustomerCmd::View {
            customer,
            scope,
            reason,
        } => super::view::run(ctx, &customer, &scope, reason.as_deref()),
    }
}

/// The branding fields after applying `args` to `current` (every flag: "" clears).
fn branding(current: &Customer, args: &BrandingArgs) -> Result<Customer> {
    Ok(Customer {
        display_name: edit_optional(
            current.display_name.clone(),
            args.display_name.as_deref(),
            |s| model::clean_text("display name", s, model::NAME_MAX),
        )?,
        logo_url: edit_optional(current.logo_url.clone(), args.logo_url.as_deref(), |s| {
            model::http_url("logo URL", s)
        })?,
        primary_color: edit_optional(
            current.primary_color.clone(),
            args.primary_color.as_deref(),
            model::color,
        )?,
        support_email: edit_optional(
            current.support_email.clone(),
            args.support_email.as_deref(),
            |s| model::email("support email", s),
        )?,
        ..current.clone()
    })
}

fn create(ctx: &mut Context, args: CustomerCreate) -> Result<()> {
    let name = model::customer_name(&args.name)?;
    let email = model::email("customer email", &args.email)?;
    let workflow = create_optional(args.workflow.as_deref(), |s| {
        model::clean_text("workflow", s, model::NAME_MAX)
    })?;
    let draft = branding(
        &Customer {
            name,
            email,
            workflow,
            active: true,
            ..Customer::default()
        },
        &args.branding,
    )?;
    let partner = args.partner;
    let c = ctx.write(|w| {
        let mut c = draft;
        if let Some(p) = &partner {
            let p = resolve_partner(w.reads(), p)?;
            c.partner_id = Some(p.id);
            c.partner = Some(p.name);
        }
        store::customer::insert(w, &c)
    })?;
    ctx.out.note(&format!(
        "Created customer {} (id {}).",
        quote(&c.name),
        c.id
    ));
    ctx.out.show(&c, c.id)
}

fn list(ctx: &mut Context, args: &crate::cli::CustomerList) -> Result<()> {
    let (out, conn) = ctx.reader()?;
    let filter = store::customer::Filter {
        partner_id: match &args.partner {
            Some(p) => Some(resolve_partner(conn, p)?.id),
            None => None,
        },
        direct: args.direct,
        email: args.email.as_deref().map(normalize_ref),
        workflow: args.workflow.as_deref().map(normalize_ref),
        active: args.status.map(|s| s == Status::Active),
        portal: args.portal.map(|p| p == PortalState::Enabled),
        listing: super::listing(out, &args.order, args.name.as_deref()),
    };
    let mut list = out.list(|c: &Customer| c.id);
    store::customer::for_each(conn, &filter, |c| list.row(&c))?;
    list.finish("customers")
}

/// Resolves the customer to edit. The partner is fixed at creation: naming another partner
/// (or `--direct` for a partner's customer) is refused with a message saying so, rather than a
/// bare "not found".
fn resolve_for_edit(
    conn: &crate::store::Db,
    reference: &str,
    scope: &PartnerScopeArgs,
) -> Result<Customer> {
    match resolve_customer(conn, reference, scope) {
        Err(e)
            if e.kind == crate::error::Kind::NotFound
                && (scope.partner.is_some() || scope.direct) =>
        {
            let wanted = super::partner_scope(conn, scope)?;
            let elsewhere =
                store::customer::lookup(conn, &normalize_ref(reference), PartnerScope::Any)?;
            match elsewhere.as_slice() {
                [c] if wanted != PartnerScope::Any => Err(Error::usage(format!(
                    "customer {} (id {}) belongs to {}; the partner of a customer is fixed at creation",
                    quote(&c.name),
                    c.id,
                    c.partner
                        .as_deref()
                        .map_or_else(|| "no partner (direct)".to_string(), |p| format!("partner {}", quote(p)))
                ))
                .with_hint("to move it, create a new customer under the other partner and delete this one")),
                _ => Err(e),
            }
        }
        other => other,
    }
}

fn edit(ctx: &mut Context, args: &CustomerEdit) -> Result<()> {
    let b = &args.branding;
    if args.name.is_none()
        && args.email.is_none()
        && args.workflow.is_none()
        && b.display_name.is_none()
        && b.logo_url.is_none()
        && b.primary_color.is_none()
        && b.support_email.is_none()
    {
        if args.scope.partner.is_some() || args.scope.direct {
            return Err(Error::usage(
                "a customer's partner is fixed once it is created; --partner and --direct only say which customer is meant",
            )
            .with_hint(
                "to move a customer, create it under the other partner (`portalctl export --customer C` gives its tree) and delete the old one",
            ));
        }
        return Err(Error::usage("nothing to change").with_hint(
            "pass at least one of --name, --email, --workflow, --display-name, --logo-url, --primary-color, --support-email",
        ));
    }
    let name = args.name.as_deref().map(model::customer_name).transpose()?;
    let email = args
        .email
        .as_deref()
        .map(|e| model::email("customer email", e))
        .transpose()?;
    let (c, changed) = ctx.write(|w| {
        let old = resolve_for_edit(w.reads(), &args.customer, &args.scope)?;
        let mut new = branding(&old, &args.branding)?;
        if let Some(n) = name {
            new.name = n;
        }
        if let Some(e) = email {
            new.email = e;
        }
        new.workflow = edit_optional(old.workflow.clone(), args.workflow.as_deref(), |s| {
            model::clean_text("workflow", s, model::NAME_MAX)
        })?;
        let changed = store::customer::update(w, &old, &new, Action::Update)?;
        let c = store::customer::get(w.reads(), old.id)?.unwrap_or(new);
        Ok((c, changed))
    })?;
    report_edit(ctx, model::Entity::Customer, &c, c.id, &c.name, &changed)
}

fn set_active(
    ctx: &mut Context,
    references: &[String],
    scope: &PartnerScopeArgs,
    active: bool,
) -> Result<()> {
    let action = Action::switching(active);
    let results = ctx.write(|w| {
        let found = resolve_all(
            references,
            |r| resolve_customer(w.reads(), r, scope),
            |c| c.id,
        )?;
        if !active {
            for c in &found {
                super::guard::refuse_own_shutout(w.reads(), w.actor(), c.id)?;
            }
        }
        super::set_each(
            found,
            |old| Customer {
                active,
                ..old.clone()
            },
            |old, new| Ok(!store::customer::update(w, old, new, action)?.is_empty()),
            |old| store::customer::get(w.reads(), old.id),
        )
    })?;
    let state = Status::of(active);
    let mut list = ctx.out.list(|c: &Customer| c.id);
    for (c, changed) in &results {
        if *changed {
            ctx.out.note(&format!(
                "Customer {} (id {}) is now {state}.",
                quote(&c.name),
                c.id
            ));
        } else {
            ctx.out.note(&format!(
                "Customer {} (id {}) was already {state}; nothing changed.",
                quote(&c.name),
                c.id
            ));
        }
        list.row(c)?;
    }
    list.finish("customers")
}

fn delete(ctx: &mut Context, references: &[String], scope: &PartnerScopeArgs) -> Result<()> {
    super::delete::run(ctx, |conn| {
        resolve_all(references, |r| resolve_customer(conn, r, scope), |c| c.id)
    })
}
