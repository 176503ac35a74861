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
