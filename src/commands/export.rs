//! `portalctl export`: the store, or one partner's or customer's subtree, as a tree file that
//! `apply` accepts and that applies as no change. Ordered by name so diffs read well; no secret
//! and no hash is ever in it. The whole export holds every partner, customer, site, probe
//! (unassigned ones in the top-level `[[probe]]` list) and every contact and guest (`kind =
//! "guest"`); open invitations are not part of it. A customer's export marks its partner
//! `partial`, so applying it with `--prune` never touches the customer's siblings.

use toml::Spanned;

use super::{Context, resolve_customer, resolve_partner};
use crate::cli::PartnerScopeArgs;
use crate::error::{Error, Result};
use crate::model::{Customer, Partner};
use crate::store::{
    self,
    tree::{Index, Snapshot},
};
use crate::tree::{ContactEntry, CustomerEntry, File, PartnerEntry, ProbeEntry, SiteEntry};

fn spanned(s: &str) -> Spanned<String> {
    Spanned::new(0..0, s.to_string())
}

/// The entities at `positions` of `all`, sorted by `key`.
fn sorted<'a, T, K: Ord>(all: &'a [T], positions: &[usize], key: impl Fn(&T) -> K) -> Vec<&'a T> {
    let mut v: Vec<&T> = positions.iter().map(|&i| &all[i]).collect();
    v.sort_by_cached_key(|x| key(x));
    v
}

fn customer_entry(snap: &Snapshot, idx: &Index, c: &Customer) -> CustomerEntry {
    let sites = sorted(&snap.sites, Index::under(&idx.sites_of, c.id), |s| {
        s.name.clone()
    });
    let contacts = sorted(&snap.contacts, Index::under(&idx.contacts_of, c.id), |k| {
        crate::model::email_key(&k.email)
    });
    CustomerEntry {
        name: spanned(&c.name),
        email: c.email.clone(),
        workflow: c.workflow.clone(),
        active: Some(c.active),
        portal: Some(c.portal),
        display_name: c.display_name.clone(),
        logo_url: c.logo_url.clone(),
        primary_color: c.primary_color.clone(),
        support_email: c.support_email.clone(),
        site: sites
            .into_iter()
            .map(|s| {
                let probes = sorted(&snap.probes, Index::under(&idx.probes_of, s.id), |p| {
                    p.name.clone()
                });
                SiteEntry {
                    name: spanned(&s.name),
                    address: s.address.clone(),
                    portal: Some(s.portal),
                    installation_level: Some(s.installation_level),
                    probe: probes
                        .into_iter()
                        .map(|p| ProbeEntry {
                            name: spanned(&p.name),
                            serial: p.serial.clone(),
                        })
                        .collect(),
                }
            })
            .collect(),
        contact: contacts
            .into_iter()
            .map(|k| {
                let guest = k.kind == "guest";
                ContactEntry {
                    email: spanned(&k.email),
                    kind: guest.then(|| "guest".to_string()),
                    name: k.name.clone(),
                    phone: k.phone.clone(),
                    contact_type: k.contact_type.clone(),
                    permissions: Some(k.permissions.clone()),
                    // Guests never have a login here.
                    login: (!guest).then_some(k.login),
                    status: Some(k.status.clone()),
                }
            })
            .collect(),
    }
}

fn probe_entry(p: &crate::model::Probe) -> ProbeEntry {
    ProbeEntry {
        name: spanned(&p.name),
        serial: p.serial.clone(),
    }
}

/// A partner with its customers; `only` keeps one customer (and marks the entry partial).
fn partner_entry(snap: &Snapshot, idx: &Index, p: &Partner, only: Option<i64>) -> PartnerEntry {
    let mut customers = sorted(
        &snap.customers,
        Index::under(&idx.customers_of, p.id),
        |c| c.name.clone(),
    );
    customers.retain(|c| only.is_none_or(|o| o == c.id));
    PartnerEntry {
        name: spanned(&p.name),
        email: p.email.clone(),
        portal_url: p.portal_url.clone(),
        partial: only.map(|_| true),
        customer: customers
            .into_iter()
            .map(|c| customer_entry(snap, idx, c))
            .collect(),
    }
}

/// `--partner` alone exports that partner; with `--customer` it narrows the customer's name,
/// as `--direct` does.
pub fn run(
    ctx: &mut Context,
    partner: Option<String>,
    customer: Option<&str>,
    direct: bool,
) -> Result<()> {
    let (out, conn) = ctx.reader()?;
    let snap = store::tree::load(conn)?;
    let idx = snap.index();
    let mut file = File::default();
    match (partner.as_deref(), customer) {
        (Some(p), None) => {
            let p = resolve_partner(conn, p)?;
            file.partner.push(partner_entry(&snap, &idx, &p, None));
        }
        (_, Some(c)) => {
            let c = resolve_customer(conn, c, &PartnerScopeArgs { partner, direct })?;
            match c
                .partner_id
                .and_then(|id| snap.partners.iter().find(|p| p.id == id))
            {
                Some(p) => file.partner.push(partner_entry(&snap, &idx, p, Some(c.id))),
                None => file.customer.push(customer_entry(&snap, &idx, &c)),
            }
        }
        (None, None) => {
            let mut partners: Vec<_> = snap.partners.iter().collect();
            partners.sort_by(|a, b| a.name.cmp(&b.name));
            file.partner = partners
                .into_iter()
                .map(|p| partner_entry(&snap, &idx, p, None))
                .collect();
            let direct = sorted(&snap.customers, Index::under(&idx.customers_of, 0), |c| {
                c.name.clone()
            });
            file.customer = direct
                .into_iter()
                .map(|c| customer_entry(&snap, &idx, c))
                .collect();
            let unassigned = sorted(&snap.probes, Index::under(&idx.probes_of, 0), |p| {
                p.name.clone()
            });
            file.probe = unassigned.iter().map(|p| probe_entry(p)).collect();
        }
    }
    if out.format == crate::output::Format::Json {
        // The same tree as one JSON object (the tree file's own keys), for scripts.
        return out.fact(&serde_json::to_value(&file)?, None);
    }
    let text = toml::to_string(&file)
        .map_err(|e| Error::failure(format!("cannot write the tree: {e}")))?;
    out.raw(
        format!("# portalctl export: apply it with `portalctl apply -f FILE`\n\n{text}").as_bytes(),
    )
}
