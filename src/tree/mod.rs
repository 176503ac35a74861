//! The declarative tree file of `apply` and `export`: its TOML form, and its validation into
//! clean, normalised specs. Every entry's line is kept for error messages. No I/O here.
//!
//! A field absent from the file is left as it is in the store; a field present is enforced
//! (an empty string clears an optional text). Identity is the name within the parent (for a
//! contact: the email within its customer).

mod chunks;
mod validate;

use validate::{Validator, line_of};

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::error::{Error, Result};
use crate::model::{ContactKind, Status};

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
    let mut v = Validator::new(text, source, each);
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
    Ok(v.rest())
}

#[cfg(test)]
mod tests;
