//! What shell completion offers: the names (and serials, emails, ids) that reference each kind
//! of entity, each with a short description. One light query per kind, read-only.

use super::db::Db;
use crate::error::Result;

/// The kinds of reference that complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Partner,
    Customer,
    Site,
    /// Probe names and serial numbers.
    Probe,
    /// Contact and guest emails.
    Contact,
    /// Invitation ids.
    Invitation,
}

impl Kind {
    /// Rows of (value, description).
    fn sql(self) -> &'static str {
        match self {
            Kind::Partner => "SELECT name, email FROM partner",
            Kind::Customer => {
                "SELECT c.name, coalesce('partner ' || p.name, 'direct customer')
                 FROM customer c LEFT JOIN partner p ON p.id = c.partner_id"
            }
            Kind::Site => {
                "SELECT s.name, 'site of ' || c.name FROM site s JOIN customer c ON c.id = s.customer_id"
            }
            Kind::Probe => {
                "SELECT name, coalesce('serial ' || serial, 'probe') FROM probe
                 UNION ALL SELECT serial, 'serial of ' || name FROM probe WHERE serial IS NOT NULL"
            }
            Kind::Contact => {
                "SELECT k.email, k.kind || ' of ' || c.name FROM contact k
                 JOIN customer c ON c.id = k.customer_id"
            }
            Kind::Invitation => {
                "SELECT CAST(i.id AS TEXT), i.email || ' to ' || c.name FROM invitation i
                 JOIN customer c ON c.id = i.customer_id ORDER BY i.id DESC"
            }
        }
    }
}

/// Every value of `kind` for which `keep` holds, with its description, in order (invitations:
/// newest first); a value that several entities share is offered once.
pub fn matching(db: &Db, kind: Kind, keep: impl Fn(&str) -> bool) -> Result<Vec<(String, String)>> {
    let mut out: Vec<(String, String)> = Vec::new();
    db.each(kind.sql(), &[], |r| {
        let value: String = r.get(0)?;
        if keep(&value) {
            out.push((value, r.get(1)?));
        }
        Ok(())
    })?;
    if kind != Kind::Invitation {
        // Sorted here, not in SQL, so that both backends give the same order.
        out.sort();
        out.dedup_by(|a, b| a.0 == b.0);
    }
    Ok(out)
}

/// Where a reference was looked for: the names there are what a name not found may have
/// meant.
#[derive(Debug, Clone, Copy)]
pub enum Among {
    Partners,
    Customers(super::customer::PartnerScope),
    /// Sites of one customer, or of all.
    Sites(Option<i64>),
    /// Probe names and serials, at one site, unassigned, or anywhere.
    Probes(super::probe::SiteScope),
    /// Contact and guest emails of one customer, or of all.
    Contacts(Option<i64>),
}

/// Every name (or serial, or email) in `among`, each once.
pub fn in_scope(db: &Db, among: Among) -> Result<Vec<String>> {
    use super::customer::PartnerScope;
    use super::db::Value;
    use super::probe::SiteScope;
    let (sql, args): (&str, Vec<Value>) = match among {
        Among::Partners => ("SELECT name FROM partner", vec![]),
        Among::Customers(PartnerScope::Any) => ("SELECT name FROM customer", vec![]),
        Among::Customers(PartnerScope::Partner(p)) => (
            "SELECT name FROM customer WHERE partner_id = ?1",
            vec![Value::Int(p)],
        ),
        Among::Customers(PartnerScope::Direct) => {
            ("SELECT name FROM customer WHERE partner_id IS NULL", vec![])
        }
        Among::Sites(None) => ("SELECT name FROM site", vec![]),
        Among::Sites(Some(c)) => (
            "SELECT name FROM site WHERE customer_id = ?1",
            vec![Value::Int(c)],
        ),
        Among::Probes(SiteScope::Any) => (
            "SELECT name FROM probe UNION ALL SELECT serial FROM probe WHERE serial IS NOT NULL",
            vec![],
        ),
        Among::Probes(SiteScope::Site(s)) => (
            "SELECT name FROM probe WHERE site_id = ?1
             UNION ALL SELECT serial FROM probe WHERE serial IS NOT NULL",
            vec![Value::Int(s)],
        ),
        Among::Probes(SiteScope::Unassigned) => (
            "SELECT name FROM probe WHERE site_id IS NULL
             UNION ALL SELECT serial FROM probe WHERE serial IS NOT NULL",
            vec![],
        ),
        Among::Contacts(None) => ("SELECT email FROM contact", vec![]),
        Among::Contacts(Some(c)) => (
            "SELECT email FROM contact WHERE customer_id = ?1",
            vec![Value::Int(c)],
        ),
    };
    let mut out: Vec<String> = Vec::new();
    db.each(sql, &args, |r| {
        out.push(r.get(0)?);
        Ok(())
    })?;
    out.sort();
    out.dedup();
    Ok(out)
}
