//! The validation of a tree file: each entry checked into a clean, normalised spec, names
//! unique where they must be (across the pieces of a large file too), and every error naming
//! the entry and its line.

use foldhash::{HashSet, HashSetExt};

use super::{
    ContactEntry, ContactSpec, CustomerEntry, CustomerSpec, Field, File, Part, PartnerSpec,
    ProbeEntry, ProbeSpec, SiteEntry, SiteSpec, Tree,
};
use crate::error::{Error, Result};
use crate::model::{self, ContactKind, Permissions, Status, Word, email_key, quote};

/// 1-based line of a byte offset.
pub(super) fn line_of(text: &str, offset: usize) -> usize {
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

/// The checks of a file read piece by piece, and what must be unique across pieces.
pub(super) struct Validator<'a, F> {
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

impl<'a, F: FnMut(Part)> Validator<'a, F> {
    pub(super) fn new(text: &'a str, source: &'a str, each: F) -> Self {
        Validator {
            ctx: Ctx { text, source },
            each,
            rest: Tree::default(),
            serials: HashSet::new(),
            partner_names: HashSet::new(),
            partner: String::new(),
            customer_names: HashSet::new(),
            direct_names: HashSet::new(),
            unassigned_names: HashSet::new(),
        }
    }

    /// What is left once every piece is checked: direct customers and unassigned probes.
    pub(super) fn rest(self) -> Tree {
        self.rest
    }

    pub(super) fn top(&mut self, file: &File) -> Result<()> {
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

    pub(super) fn partner_customers(&mut self, entries: &[CustomerEntry]) -> Result<()> {
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
                let set = ctx.check(&span, &entry, Permissions::parse(list))?;
                Some(set.names())
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
