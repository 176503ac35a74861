//! Finding the entity a reference names: by id or name, in the scope the flags narrow it to
//! (`--partner`, `--direct`, `--customer`, `--site`). A name that matches several is an error
//! naming the candidates and the flag that narrows; one that matches nothing says where it
//! was looked for and, when one is near enough, which name was probably meant.

use crate::cli::{CustomerScopeArgs, PartnerScopeArgs, SiteScopeArgs};
use crate::error::{Error, Result};
use crate::model::{Customer, Entity, Partner, Probe, Site, quote};
use crate::store;
use crate::store::customer::PartnerScope;
use crate::store::names::Among;
use crate::store::probe::SiteScope;

use super::normalize_ref;

/// The id of the customer a list is narrowed to (`--customer`, with its `--partner`), if any.
pub(super) fn filter_customer(
    conn: &crate::store::Db,
    of: &crate::cli::CustomerFilter,
) -> Result<Option<i64>> {
    of.customer
        .as_deref()
        .map(|c| Ok(resolve_customer(conn, c, &PartnerScopeArgs::partner(of.partner.clone()))?.id))
        .transpose()
}

/// The customer a new entity is made for (`--customer`, narrowed by `--partner`).
pub(super) fn resolve_owner(
    conn: &crate::store::Db,
    owner: &crate::cli::CustomerArg,
) -> Result<Customer> {
    resolve_customer(
        conn,
        &owner.customer,
        &PartnerScopeArgs::partner(owner.partner.clone()),
    )
}
/// A reference that matches nothing (exit 3), with the nearest name where it was looked for
/// ("did you mean ...?") when one is near enough.
pub(super) fn not_found(
    conn: &crate::store::Db,
    among: Among,
    kind: Entity,
    reference: &str,
    scope_note: &str,
) -> Error {
    let list = format!("list them with `portalctl {kind} list`");
    // A failed read of the names only loses the suggestion, never the real error.
    let names = store::names::in_scope(conn, among).unwrap_or_default();
    let hint = match crate::model::closest(reference, &names) {
        Some(near) => format!("did you mean {}? ({list})", quote(near)),
        None => list,
    };
    Error::not_found(format!("no {kind} {}{scope_note}", quote(reference))).with_hint(hint)
}

/// Picks the single match, or explains why there is none (with the nearest name in `among`)
/// or more than one.
#[allow(clippy::too_many_arguments)]
pub(super) fn one<T>(
    conn: &crate::store::Db,
    among: Among,
    kind: Entity,
    reference: &str,
    matches: Vec<T>,
    describe: impl Fn(&T) -> String,
    narrow_hint: &str,
    scope_note: &str,
) -> Result<T> {
    let mut matches = matches;
    match matches.len() {
        0 => Err(not_found(conn, among, kind, reference, scope_note)),
        1 => Ok(matches.remove(0)),
        n => Err(Error::usage(format!(
            "{kind} name {} matches {n} {kind}s: {}",
            quote(reference),
            matches.iter().map(&describe).collect::<Vec<_>>().join("; ")
        ))
        .with_hint(format!("{narrow_hint}, or give the id"))),
    }
}

pub fn resolve_partner(conn: &crate::store::Db, reference: &str) -> Result<Partner> {
    let r = normalize_ref(reference);
    store::partner::lookup(conn, &r)?
        .ok_or_else(|| not_found(conn, Among::Partners, Entity::Partner, &r, ""))
}

/// The partner scope that `--partner` / `--direct` select.
pub(super) fn partner_scope(
    conn: &crate::store::Db,
    args: &PartnerScopeArgs,
) -> Result<PartnerScope> {
    Ok(match (&args.partner, args.direct) {
        (Some(p), _) => PartnerScope::Partner(resolve_partner(conn, p)?.id),
        (None, true) => PartnerScope::Direct,
        (None, false) => PartnerScope::Any,
    })
}

pub(super) fn describe_customer(c: &Customer) -> String {
    match &c.partner {
        Some(p) => format!("id {} (partner {})", c.id, quote(p)),
        None => format!("id {} (direct)", c.id),
    }
}

pub fn resolve_customer(
    conn: &crate::store::Db,
    reference: &str,
    args: &PartnerScopeArgs,
) -> Result<Customer> {
    let scope = partner_scope(conn, args)?;
    let r = normalize_ref(reference);
    let note = match (&args.partner, scope) {
        (Some(p), _) => format!(" under partner {}", quote(p)),
        (None, PartnerScope::Direct) => " among direct customers".to_string(),
        _ => String::new(),
    };
    let matches = store::customer::lookup(conn, &r, scope)?;
    one(
        conn,
        Among::Customers(scope),
        Entity::Customer,
        &r,
        matches,
        describe_customer,
        "use --partner PARTNER or --direct to choose one",
        &note,
    )
}

/// The customer that `--customer` (with `--partner`) narrows a name to, if given, and the
/// words that say so in a "not found".
pub(crate) fn scoped_customer(
    conn: &crate::store::Db,
    args: &CustomerScopeArgs,
) -> Result<(Option<Customer>, String)> {
    let Some(c) = &args.customer else {
        return Ok((None, String::new()));
    };
    let c = resolve_customer(conn, c, &PartnerScopeArgs::partner(args.partner.clone()))?;
    let note = format!(" for customer {}", quote(&c.name));
    Ok((Some(c), note))
}

pub fn resolve_site(
    conn: &crate::store::Db,
    reference: &str,
    args: &CustomerScopeArgs,
) -> Result<Site> {
    let (customer, note) = scoped_customer(conn, args)?;
    let r = normalize_ref(reference);
    let matches = store::site::lookup(conn, &r, customer.as_ref().map(|c| c.id))?;
    one(
        conn,
        Among::Sites(customer.as_ref().map(|c| c.id)),
        Entity::Site,
        &r,
        matches,
        |s: &Site| format!("id {} (customer {})", s.id, quote(&s.customer)),
        "use --customer CUSTOMER to choose one",
        &note,
    )
}

pub fn resolve_probe(
    conn: &crate::store::Db,
    reference: &str,
    args: &SiteScopeArgs,
) -> Result<Probe> {
    let site = match &args.site {
        Some(s) => Some(resolve_site(
            conn,
            s,
            &CustomerScopeArgs {
                customer: args.customer.clone(),
                partner: None,
            },
        )?),
        None => None,
    };
    let r = normalize_ref(reference);
    let scope = site
        .as_ref()
        .map_or(SiteScope::Any, |s| SiteScope::Site(s.id));
    let note = site
        .as_ref()
        .map(|s| format!(" at site {}", quote(&s.name)))
        .unwrap_or_default();
    let matches = store::probe::lookup(conn, &r, scope)?;
    one(
        conn,
        Among::Probes(scope),
        Entity::Probe,
        &r,
        matches,
        |p: &Probe| match (&p.site, &p.customer) {
            (Some(s), Some(c)) => format!("id {} (site {} of {})", p.id, quote(s), quote(c)),
            _ => format!("id {} (unassigned)", p.id),
        },
        "use --site SITE to choose one",
        &note,
    )
}

/// Resolves every reference, refusing duplicates silently (the same entity named twice is
/// deleted once) and failing on the first unknown one, before anything is written.
pub(super) fn resolve_all<T>(
    references: &[String],
    mut resolve: impl FnMut(&str) -> Result<T>,
    id_of: impl Fn(&T) -> i64,
) -> Result<Vec<T>> {
    let mut out: Vec<T> = Vec::with_capacity(references.len());
    for r in references {
        let item = resolve(r)?;
        if !out.iter().any(|o| id_of(o) == id_of(&item)) {
            out.push(item);
        }
    }
    Ok(out)
}
