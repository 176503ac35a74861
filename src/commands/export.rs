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
use crate::model::{ContactKind, Partner, quote};
use crate::store::{
    self,
    tree::{Index, Snapshot},
};
use crate::tree::{ContactEntry, CustomerEntry, File, PartnerEntry, ProbeEntry, SiteEntry};

fn spanned(s: &str) -> Spanned<String> {
    Spanned::new(0..0, s.to_string())
}

/// The entities at `positions` of `all` (an index list, already in order).
fn at<'a, T>(all: &'a [T], positions: &[usize]) -> Vec<&'a T> {
    positions.iter().map(|&i| &all[i]).collect()
}

/// The customer at position `n` of the snapshot, with everything under it.
fn customer_entry(snap: &Snapshot, idx: &Index, n: usize) -> CustomerEntry {
    let c = &snap.customers[n];
    let sites = idx.sites.of(n);
    let contacts = at(&snap.contacts, idx.contacts.of(n));
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
            .iter()
            .map(|&n| {
                let s = &snap.sites[n];
                let probes = at(&snap.probes, idx.probes.of(n));
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
                let guest = k.kind == ContactKind::Guest;
                ContactEntry {
                    email: spanned(&k.email),
                    kind: guest.then(|| k.kind.to_string()),
                    name: k.name.clone(),
                    phone: k.phone.clone(),
                    contact_type: k.contact_type.clone(),
                    permissions: Some(k.permissions.names()),
                    login: Some(k.login),
                    status: Some(k.status.to_string()),
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

/// The positions of the partner at position `n`'s customers in order; `only` keeps one
/// customer.
fn customers_of(snap: &Snapshot, idx: &Index, n: usize, only: Option<i64>) -> Vec<usize> {
    let mut customers = idx.customers.of(n).to_vec();
    customers.retain(|&c| only.is_none_or(|o| o == snap.customers[c].id));
    customers
}

/// A partner without its customers; `only` (one customer) marks the entry partial.
fn partner_head(p: &Partner, only: Option<i64>) -> PartnerEntry {
    PartnerEntry {
        name: spanned(&p.name),
        email: p.email.clone(),
        portal_url: p.portal_url.clone(),
        partial: only.map(|_| true),
        customer: Vec::new(),
    }
}

/// What an export holds at its top level, in order.
/// (Entities by their position in the snapshot.)
enum Item {
    /// A partner, with all its customers or only one.
    Partner(usize, Option<i64>),
    Direct(usize),
    Unassigned,
}

/// One customer of the partner just written, as TOML writes `[[partner.customer]]`.
#[derive(serde::Serialize)]
struct NextCustomer<'a> {
    partner: CustomerList<'a>,
}

#[derive(serde::Serialize)]
struct CustomerList<'a> {
    customer: &'a [CustomerEntry],
}

/// One entry of the file, in the order the file holds them (entities by their position in
/// the snapshot): what a `Piece` is built from, when its turn comes.
#[derive(Clone, Copy)]
enum Job {
    /// A partner, without its customers (`Some`: one customer only, so the entry is partial).
    Partner(usize, Option<i64>),
    /// A customer of the partner just given.
    PartnerCustomer(usize),
    Direct(usize),
    Unassigned,
}

/// One entry of the file, built.
enum Piece {
    Partner(PartnerEntry),
    PartnerCustomer(CustomerEntry),
    Direct(CustomerEntry),
    Unassigned(Vec<ProbeEntry>),
}

/// The items' entries in file order, as jobs: nothing is built yet.
fn jobs(snap: &Snapshot, idx: &Index, items: &[Item]) -> Vec<Job> {
    let mut jobs = Vec::new();
    for item in items {
        match *item {
            Item::Partner(p, only) => {
                jobs.push(Job::Partner(p, only));
                jobs.extend(
                    customers_of(snap, idx, p, only)
                        .into_iter()
                        .map(Job::PartnerCustomer),
                );
            }
            Item::Direct(c) => jobs.push(Job::Direct(c)),
            Item::Unassigned => {
                if !idx.probes.of(snap.unassigned()).is_empty() {
                    jobs.push(Job::Unassigned);
                }
            }
        }
    }
    jobs
}

/// The entry of `job`.
fn piece(snap: &Snapshot, idx: &Index, job: Job) -> Piece {
    match job {
        Job::Partner(p, only) => Piece::Partner(partner_head(&snap.partners[p], only)),
        Job::PartnerCustomer(c) => Piece::PartnerCustomer(customer_entry(snap, idx, c)),
        Job::Direct(c) => Piece::Direct(customer_entry(snap, idx, c)),
        Job::Unassigned => Piece::Unassigned(
            at(&snap.probes, idx.probes.of(snap.unassigned()))
                .into_iter()
                .map(probe_entry)
                .collect(),
        ),
    }
}

/// The TOML of `jobs`, each entry after a blank line.
fn render(snap: &Snapshot, idx: &Index, jobs: &[Job]) -> Result<String> {
    let mut text = String::new();
    for &job in jobs {
        let toml = match piece(snap, idx, job) {
            Piece::Partner(p) => toml(&File {
                partner: vec![p],
                ..File::default()
            })?,
            Piece::PartnerCustomer(c) => toml(&NextCustomer {
                partner: CustomerList { customer: &[c] },
            })?,
            Piece::Direct(c) => toml(&File {
                customer: vec![c],
                ..File::default()
            })?,
            Piece::Unassigned(probe) => toml(&File {
                probe,
                ..File::default()
            })?,
        };
        text.push('\n');
        text.push_str(&toml);
    }
    Ok(text)
}

/// Entries rendered to TOML at a time by one thread.
const CHUNK: usize = 256;

/// Threads rendering TOML beside the one writing it.
const RENDERERS: usize = 2;

/// Writes the chunks one after the other, rendered here.
fn write_each(
    w: &mut impl std::io::Write,
    snap: &Snapshot,
    idx: &Index,
    chunks: &[&[Job]],
) -> Result<()> {
    for chunk in chunks {
        w.write_all(render(snap, idx, chunk)?.as_bytes())?;
    }
    Ok(())
}

/// Writes the items as one tree file. The entries are rendered `CHUNK` at a time, by
/// `RENDERERS` threads taking turns (where the machine has the cores and gives the threads),
/// and written in order; each thread is a few chunks ahead at most (two waiting, one in
/// hand), so memory holds the store's snapshot and a few chunks of text, never a document of
/// the whole file.
fn write_toml(
    out: &crate::output::Output,
    snap: &Snapshot,
    idx: &Index,
    items: &[Item],
) -> Result<()> {
    use std::io::Write;
    let mut w = out.stream();
    w.write_all(b"# portalctl export: apply it with `portalctl apply -f FILE`\n")?;
    let jobs = jobs(snap, idx, items);
    let chunks: Vec<&[Job]> = jobs.chunks(CHUNK).collect();
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if cores < 2 || chunks.len() < 2 {
        write_each(&mut w, snap, idx, &chunks)?;
        w.flush()?;
        return Ok(());
    }
    std::thread::scope(|scope| {
        let mut turns = Vec::with_capacity(RENDERERS);
        for first in 0..RENDERERS {
            let (tx, rx) = std::sync::mpsc::sync_channel(2);
            let mine: Vec<&[Job]> = chunks
                .iter()
                .skip(first)
                .step_by(RENDERERS)
                .copied()
                .collect();
            let spawned = std::thread::Builder::new().spawn_scoped(scope, move || {
                for chunk in mine {
                    // The writer has stopped (a failed write): so does this thread.
                    if tx.send(render(snap, idx, chunk)).is_err() {
                        break;
                    }
                }
            });
            if spawned.is_err() {
                break;
            }
            turns.push(rx);
        }
        if turns.len() < RENDERERS {
            // No thread to be had: the renderers started stop at their first chunk.
            drop(turns);
            write_each(&mut w, snap, idx, &chunks)?;
        } else {
            for n in 0..chunks.len() {
                let text = turns[n % RENDERERS]
                    .recv()
                    .map_err(|_| Error::failure("the export stopped before its end"))??;
                w.write_all(text.as_bytes())?;
            }
        }
        w.flush()?;
        Ok(())
    })
}

/// The items as one `File` (for `-o json`).
fn whole(snap: &Snapshot, idx: &Index, items: &[Item]) -> File {
    let mut file = File::default();
    for job in jobs(snap, idx, items) {
        match piece(snap, idx, job) {
            Piece::Partner(p) => file.partner.push(p),
            Piece::PartnerCustomer(c) => {
                if let Some(p) = file.partner.last_mut() {
                    p.customer.push(c);
                }
            }
            Piece::Direct(c) => file.customer.push(c),
            Piece::Unassigned(probes) => file.probe = probes,
        }
    }
    file
}

/// One piece of the file as TOML. TOML escapes C0 controls itself; a bidirectional,
/// invisible or C1 character (planted in the store behind the tool's back: input refuses
/// them) is written as a `\uXXXX` escape too, so the file shows it as text on a terminal.
fn toml<T: serde::Serialize>(piece: &T) -> Result<String> {
    let text =
        toml::to_string(piece).map_err(|e| Error::failure("cannot write the tree").caused_by(e))?;
    if text.is_ascii() {
        return Ok(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if crate::model::is_forbidden_char(c) && c != '\n' {
            use std::fmt::Write as _;
            let _ = if u32::from(c) > 0xFFFF {
                write!(out, "\\U{:08X}", u32::from(c))
            } else {
                write!(out, "\\u{:04X}", u32::from(c))
            };
        } else {
            out.push(c);
        }
    }
    Ok(out)
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
    let mut items = Vec::new();
    // The name is looked up after the snapshot was read: what it names may have come or gone
    // in between, and the file would be empty or partial without saying so.
    let changed = |what: String| {
        Error::conflict(format!("{what} changed while the export read the store"))
            .with_hint("run the export again")
    };
    match (partner.as_deref(), customer) {
        (Some(p), None) => {
            let p = resolve_partner(conn, p)?;
            let at = snap
                .partners
                .iter()
                .position(|x| x.id == p.id)
                .ok_or_else(|| changed(format!("partner {}", quote(&p.name))))?;
            items.push(Item::Partner(at, None));
        }
        (_, Some(c)) => {
            let c = resolve_customer(conn, c, &PartnerScopeArgs { partner, direct })?;
            let gone = || changed(format!("customer {}", quote(&c.name)));
            let at = snap
                .customers
                .iter()
                .position(|x| x.id == c.id)
                .ok_or_else(gone)?;
            // The snapshot's partner: one read with the customer.
            match snap.customers[at].partner_id {
                Some(id) => {
                    let p = snap
                        .partners
                        .iter()
                        .position(|p| p.id == id)
                        .ok_or_else(gone)?;
                    items.push(Item::Partner(p, Some(c.id)));
                }
                None => items.push(Item::Direct(at)),
            }
        }
        (None, None) => {
            let mut partners: Vec<usize> = (0..snap.partners.len()).collect();
            partners.sort_by(|&a, &b| snap.partners[a].name.cmp(&snap.partners[b].name));
            items.extend(partners.into_iter().map(|p| Item::Partner(p, None)));
            let direct = idx.customers.of(snap.direct());
            items.extend(direct.iter().map(|&c| Item::Direct(c)));
            items.push(Item::Unassigned);
        }
    }
    if out.format == crate::output::Format::Json {
        // The same tree as one JSON object (the tree file's own keys), for scripts.
        return out.fact(&serde_json::to_value(whole(&snap, &idx, &items))?, None);
    }
    write_toml(out, &snap, &idx, &items)
}
