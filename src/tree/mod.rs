//! The declarative tree file of `apply` and `export`: its TOML form, and its validation into
//! clean, normalised specs. Every entry's line is kept for error messages. No I/O here.
//!
//! A field absent from the file is left as it is in the store; a field present is enforced
//! (an empty string clears an optional text). Identity is the name within the parent (for a
//! contact: the email within its customer).

mod chunks;

use foldhash::{HashSet, HashSetExt};

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::error::{Error, Result};
use crate::model::{self, ContactKind, Permission, Status, Word, email_key, quote};

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct File {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partner: Vec<PartnerEntry>,
    /// Direct customers (no partner).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub customer: Vec<CustomerEntry>,
    /// Unassigned probes (at no site).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub probe: Vec<ProbeEntry>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerEntry {
    pub name: Spanned<String>,
    pub email: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portal_url: Option<String>,
    /// The entry lists only some of the partner's customers (`export --customer` writes it):
    /// `apply --prune` then deletes none of the partner's other customers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub customer: Vec<CustomerEntry>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CustomerEntry {
    pub name: Spanned<String>,
    pub email: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workflow: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portal: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_color: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub support_email: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub site: Vec<SiteEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contact: Vec<ContactEntry>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SiteEntry {
    pub name: Spanned<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portal: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub installation_level: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub probe: Vec<ProbeEntry>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProbeEntry {
    pub name: Spanned<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub serial: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ContactEntry {
    pub email: Spanned<String>,
    /// `contact` (the default) or `guest` (a person registered elsewhere, who came in
    /// through an invitation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// A field of a spec (`model::Field`): `None` leaves the store's value, `Some(None)` clears it.
pub use crate::model::Field;

#[derive(Debug, Clone)]
pub struct PartnerSpec {
    pub name: String,
    pub email: String,
    pub portal_url: Field,
    /// Only some of its customers are listed: prune none of the others.
    pub partial: bool,
    pub customers: Vec<CustomerSpec>,
}

#[derive(Debug, Clone)]
pub struct CustomerSpec {
    pub name: String,
    pub email: String,
    pub workflow: Field,
    pub active: Option<bool>,
    pub portal: Option<bool>,
    pub display_name: Field,
    pub logo_url: Field,
    pub primary_color: Field,
    pub support_email: Field,
    pub sites: Vec<SiteSpec>,
    pub contacts: Vec<ContactSpec>,
}

#[derive(Debug, Clone)]
pub struct SiteSpec {
    pub name: String,
    pub address: Field,
    pub portal: Option<bool>,
    pub installation_level: Option<bool>,
    pub probes: Vec<ProbeSpec>,
}

#[derive(Debug, Clone)]
pub struct ProbeSpec {
    pub name: String,
    pub serial: Field,
}

#[derive(Debug, Clone)]
pub struct ContactSpec {
    pub email: String,
    /// Absent: new entries are contacts and existing ones keep their kind.
    pub kind: Option<ContactKind>,
    pub name: Field,
    pub phone: Field,
    pub contact_type: Field,
    pub permissions: Option<Vec<String>>,
    pub login: Option<bool>,
    pub status: Option<Status>,
}

/// The validated tree: partners with their customers, and direct customers.
#[derive(Debug, Clone, Default)]
pub struct Tree {
    pub partners: Vec<PartnerSpec>,
    pub direct: Vec<CustomerSpec>,
    /// Probes at no site.
    pub unassigned: Vec<ProbeSpec>,
}

impl Tree {
    /// Entities in the tree (for progress).
    #[must_use]
    pub fn len(&self) -> usize {
        let customer = |c: &CustomerSpec| {
            1 + c.contacts.len() + c.sites.iter().map(|s| 1 + s.probes.len()).sum::<usize>()
        };
        self.partners
            .iter()
            .map(|p| 1 + p.customers.iter().map(customer).sum::<usize>())
            .sum::<usize>()
            + self.direct.iter().map(customer).sum::<usize>()
            + self.unassigned.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.partners.is_empty() && self.direct.is_empty() && self.unassigned.is_empty()
    }

    /// Whether any contact in the file asks for a login (whose password an apply may have to
    /// generate and hash, which it does before taking the write lock).
    #[must_use]
    pub fn has_logins(&self) -> bool {
        let customer = |c: &CustomerSpec| c.contacts.iter().any(|k| k.login == Some(true));
        self.partners
            .iter()
            .flat_map(|p| p.customers.iter())
            .chain(self.direct.iter())
            .any(customer)
    }
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).unwrap_or(text).matches('\n').count() + 1
}

/// What comes before an entry's own name in a message: a word (`direct `, `unassigned `, or
/// nothing), or the entry it is under.
#[derive(Clone, Copy)]
enum Parent<'a> {
    Lead(&'static str),
    Entry(&'a Label<'a>),
}

/// Where an entry is, for messages (`partner "N" / customer "A" / site "HQ"`): written out only
/// when a message names it, so a valid file builds no text for it.
struct Label<'a> {
    parent: Parent<'a>,
    kind: &'static str,
    name: &'a str,
}

impl std::fmt::Display for Label<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.parent {
            Parent::Lead(lead) => f.write_str(lead)?,
            Parent::Entry(up) => write!(f, "{up} / ")?,
        }
        write!(f, "{} {}", self.kind, quote(self.name))
    }
}

/// Validation context: the file's text (for lines) and the entry being checked.
struct Ctx<'a> {
    text: &'a str,
    source: &'a str,
}

impl Ctx<'_> {
    fn fail(&self, span: std::ops::Range<usize>, entry: &Label, e: &Error) -> Error {
        Error::usage(format!(
            "{}:{}: {entry}: {}",
            self.source,
            line_of(self.text, span.start),
            e.detail()
        ))
        .with_hint(match &e.hint {
            // The check's own advice (`for example '#1a7f37'`) comes first.
            Some(h) => format!("{h}; fix the file and run again, nothing was written"),
            None => "fix the file and run again; nothing was written".to_string(),
        })
    }

    fn check<T>(&self, span: &std::ops::Range<usize>, entry: &Label, r: Result<T>) -> Result<T> {
        r.map_err(|e| self.fail(span.clone(), entry, &e))
    }
}

/// A file's optional field, by the one rule (`model::optional`).
fn field(raw: Option<&String>, check: impl FnOnce(&str) -> Result<String>) -> Result<Field> {
    model::optional(raw.map(String::as_str), check)
}

/// Parses and validates a whole file before anything is written. `source` names the file in
/// messages. Each piece of a large file is checked as soon as it is parsed.
pub fn parse(text: &str, source: &str) -> Result<Tree> {
    let mut partners: Vec<PartnerSpec> = Vec::new();
    let mut tree = parse_each(text, source, |part| match part {
        Part::Partner(p) => partners.push(p),
        Part::Customers(mut more) => {
            if let Some(last) = partners.last_mut() {
                last.customers.append(&mut more);
            }
        }
    })?;
    tree.partners = partners;
    Ok(tree)
}

/// A file's partners as they are read: a partner, then any more of its customers, in the
/// file's order.
#[derive(Debug)]
pub enum Part {
    /// A partner with the customers read with it.
    Partner(PartnerSpec),
    /// More customers of the last partner.
    Customers(Vec<CustomerSpec>),
}

/// Parses and validates `text` as `parse` does, handing each partner and its customers to
/// `each` as soon as they are checked (an apply walks them while the rest is read). Returns
/// the rest: direct customers and unassigned probes (which an apply walks after every
/// partner), with no partner. An error may come after parts were handed over: whatever used
/// them must be undone.
pub fn parse_each(text: &str, source: &str, each: impl FnMut(Part)) -> Result<Tree> {
    let mut v = Validator {
        ctx: Ctx { text, source },
        each,
        rest: Tree::default(),
        serials: HashSet::new(),
        partner_names: HashSet::new(),
        partner: String::new(),
        customer_names: HashSet::new(),
        direct_names: HashSet::new(),
        unassigned_names: HashSet::new(),
    };
    chunks::read(
        text,
        |piece| match piece {
            chunks::Piece::Top(file) => v.top(&file),
            chunks::Piece::PartnerCustomers(entries) => v.partner_customers(&entries),
        },
        |e| {
            let at = e.error.span().map_or_else(
                || format!("{source}: "),
                |s| format!("{source}:{}: ", line_of(text, e.offset + s.start)),
            );
            Error::usage(format!("{at}{}", e.error.message().trim()))
                .with_hint("see `portalctl apply --help` for the file's form; nothing was written")
        },
    )?;
    Ok(v.rest)
}

/// The checks of a file read piece by piece, and what must be unique across pieces.
struct Validator<'a, F> {
    ctx: Ctx<'a>,
    /// Takes each partner and its customers once checked.
    each: F,
    /// Direct customers and unassigned probes.
    rest: Tree,
    serials: HashSet<String>,
    partner_names: HashSet<String>,
    /// The last partner's name as the file spells it (its customers' messages name it).
    partner: String,
    /// Names of the last partner's customers, of direct customers, of unassigned probes.
    customer_names: HashSet<String>,
    direct_names: HashSet<String>,
    unassigned_names: HashSet<String>,
}

impl<F: FnMut(Part)> Validator<'_, F> {
    fn top(&mut self, file: &File) -> Result<()> {
        let ctx = &self.ctx;
        for p in &file.partner {
            let span = p.name.span();
            let entry = Label {
                parent: Parent::Lead(""),
                kind: "partner",
                name: p.name.get_ref(),
            };
            let name = ctx.check(
                &span,
                &entry,
                model::entity_name("partner name", p.name.get_ref()),
            )?;
            if !self.partner_names.insert(name.clone()) {
                return Err(ctx.fail(
                    span,
                    &entry,
                    &Error::usage("duplicate partner name in the file"),
                ));
            }
            let email = ctx.check(&span, &entry, model::email("email", &p.email))?;
            let portal_url = ctx.check(
                &span,
                &entry,
                field(p.portal_url.as_ref(), |u| model::http_url("portal_url", u)),
            )?;
            self.customer_names.clear();
            let customers = customers(
                ctx,
                &p.customer,
                Parent::Entry(&entry),
                &mut self.customer_names,
                &mut self.serials,
            )?;
            self.partner.clone_from(p.name.get_ref());
            (self.each)(Part::Partner(PartnerSpec {
                name,
                email,
                portal_url,
                partial: p.partial.unwrap_or(false),
                customers,
            }));
        }
        let mut direct = customers(
            ctx,
            &file.customer,
            Parent::Lead("direct "),
            &mut self.direct_names,
            &mut self.serials,
        )?;
        self.rest.direct.append(&mut direct);
        let mut unassigned = probes(
            ctx,
            &file.probe,
            Parent::Lead("unassigned "),
            Some(&mut self.unassigned_names),
            &mut self.serials,
        )?;
        self.rest.unassigned.append(&mut unassigned);
        Ok(())
    }

    fn partner_customers(&mut self, entries: &[CustomerEntry]) -> Result<()> {
        let partner = Label {
            parent: Parent::Lead(""),
            kind: "partner",
            name: &self.partner,
        };
        let more = customers(
            &self.ctx,
            entries,
            Parent::Entry(&partner),
            &mut self.customer_names,
            &mut self.serials,
        )?;
        (self.each)(Part::Customers(more));
        Ok(())
    }
}

/// Customers under one parent: `names` holds the names of its customers checked before
/// (a large file's parent comes in pieces).
fn customers(
    ctx: &Ctx,
    entries: &[CustomerEntry],
    parent: Parent<'_>,
    names: &mut HashSet<String>,
    serials: &mut HashSet<String>,
) -> Result<Vec<CustomerSpec>> {
    let mut out = Vec::with_capacity(entries.len());
    for c in entries {
        let span = c.name.span();
        let entry = Label {
            parent,
            kind: "customer",
            name: c.name.get_ref(),
        };
        let check = |r| ctx.check(&span, &entry, r);
        let name = check(model::customer_name(c.name.get_ref()))?;
        if !names.insert(name.clone()) {
            return Err(ctx.fail(
                span,
                &entry,
                &Error::usage("duplicate customer name under one parent"),
            ));
        }
        let email = check(model::email("email", &c.email))?;
        let text = |what: &'static str, v: &Option<String>| {
            ctx.check(
                &span,
                &entry,
                field(v.as_ref(), |s| model::clean_text(what, s, model::NAME_MAX)),
            )
        };
        let workflow = text("workflow", &c.workflow)?;
        let display_name = text("display_name", &c.display_name)?;
        let logo_url = ctx.check(
            &span,
            &entry,
            field(c.logo_url.as_ref(), |u| model::http_url("logo_url", u)),
        )?;
        let primary_color =
            ctx.check(&span, &entry, field(c.primary_color.as_ref(), model::color))?;
        let support_email = ctx.check(
            &span,
            &entry,
            field(c.support_email.as_ref(), |e| {
                model::email("support_email", e)
            }),
        )?;
        let sites = sites(ctx, &c.site, Parent::Entry(&entry), serials)?;
        let contacts = contacts(ctx, &c.contact, Parent::Entry(&entry))?;
        out.push(CustomerSpec {
            name,
            email,
            workflow,
            active: c.active,
            portal: c.portal,
            display_name,
            logo_url,
            primary_color,
            support_email,
            sites,
            contacts,
        });
    }
    Ok(out)
}

fn sites(
    ctx: &Ctx,
    entries: &[SiteEntry],
    parent: Parent<'_>,
    serials: &mut HashSet<String>,
) -> Result<Vec<SiteSpec>> {
    // Names unique among the entries (a single entry has none to clash with).
    let mut names = HashSet::new();
    let mut out = Vec::with_capacity(entries.len());
    for s in entries {
        let span = s.name.span();
        let entry = Label {
            parent,
            kind: "site",
            name: s.name.get_ref(),
        };
        let name = ctx.check(
            &span,
            &entry,
            model::entity_name("site name", s.name.get_ref()),
        )?;
        if entries.len() > 1 && !names.insert(name.clone()) {
            return Err(ctx.fail(
                span,
                &entry,
                &Error::usage("duplicate site name in one customer"),
            ));
        }
        let address = ctx.check(
            &span,
            &entry,
            field(s.address.as_ref(), |a| {
                model::clean_text("address", a, model::TEXT_MAX)
            }),
        )?;
        let probes = probes(ctx, &s.probe, Parent::Entry(&entry), None, serials)?;
        out.push(SiteSpec {
            name,
            address,
            portal: s.portal,
            installation_level: s.installation_level,
            probes,
        });
    }
    Ok(out)
}

/// The probes of one site (or the unassigned ones): names unique among them (`before` holds
/// the names checked in earlier pieces, for the unassigned ones), serials unique in the whole
/// file.
fn probes(
    ctx: &Ctx,
    entries: &[ProbeEntry],
    parent: Parent<'_>,
    before: Option<&mut HashSet<String>>,
    serials: &mut HashSet<String>,
) -> Result<Vec<ProbeSpec>> {
    // A site's only probe has none to clash with.
    let alone = before.is_none() && entries.len() == 1;
    let mut here = HashSet::new();
    let probe_names = before.unwrap_or(&mut here);
    let mut probes = Vec::with_capacity(entries.len());
    for p in entries {
        let pspan = p.name.span();
        let pentry = Label {
            parent,
            kind: "probe",
            name: p.name.get_ref(),
        };
        let pname = ctx.check(
            &pspan,
            &pentry,
            model::entity_name("probe name", p.name.get_ref()),
        )?;
        if !alone && !probe_names.insert(pname.clone()) {
            return Err(ctx.fail(
                pspan,
                &pentry,
                &Error::usage("duplicate probe name in one site (or among unassigned probes)"),
            ));
        }
        let serial = ctx.check(
            &pspan,
            &pentry,
            field(p.serial.as_ref(), |v| model::name("serial", v)),
        )?;
        if let Some(Some(v)) = &serial
            && !serials.insert(v.clone())
        {
            return Err(ctx.fail(
                pspan,
                &pentry,
                &Error::usage(format!("serial {} appears twice in the file", quote(v))),
            ));
        }
        probes.push(ProbeSpec {
            name: pname,
            serial,
        });
    }
    Ok(probes)
}

fn contacts(ctx: &Ctx, entries: &[ContactEntry], parent: Parent<'_>) -> Result<Vec<ContactSpec>> {
    let mut emails = HashSet::new();
    let mut out = Vec::with_capacity(entries.len());
    for k in entries {
        let span = k.email.span();
        let entry = Label {
            parent,
            kind: "contact",
            name: k.email.get_ref(),
        };
        let check_text = |what: &'static str, v: &Option<String>, max: usize| {
            ctx.check(
                &span,
                &entry,
                field(v.as_ref(), |s| model::clean_text(what, s, max)),
            )
        };
        let email = ctx.check(&span, &entry, model::email("email", k.email.get_ref()))?;
        if entries.len() > 1 && !emails.insert(email_key(&email)) {
            return Err(ctx.fail(
                span,
                &entry,
                &Error::usage("duplicate contact email in one customer"),
            ));
        }
        let permissions = match &k.permissions {
            None => None,
            Some(list) => {
                let mut mask = 0;
                for p in list {
                    mask |= ctx.check(&span, &entry, Permission::parse(p))?.bit();
                }
                Some(Permission::names(mask))
            }
        };
        let status = k
            .status
            .as_deref()
            .map(|s| ctx.check(&span, &entry, Status::read(s)))
            .transpose()?;
        let kind = k
            .kind
            .as_deref()
            .map(|s| ctx.check(&span, &entry, ContactKind::read(s)))
            .transpose()?;
        out.push(ContactSpec {
            email,
            kind,
            name: check_text("name", &k.name, model::NAME_MAX)?,
            phone: check_text("phone", &k.phone, 50)?,
            contact_type: check_text("contact_type", &k.contact_type, model::NAME_MAX)?,
            permissions,
            login: k.login,
            status,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
