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
    /// Rows of (value, description, then the parents it lies under as text: partner name and
    /// id, customer name and id, site name and id), for narrowing by `--partner`,
    /// `--customer` and `--site`.
    fn sql(self) -> &'static str {
        match self {
            Kind::Partner => "SELECT name, email, NULL, NULL, NULL, NULL, NULL, NULL FROM partner",
            Kind::Customer => {
                "SELECT c.name, coalesce('partner ' || p.name, 'direct customer'),
                        p.name, CAST(p.id AS TEXT), NULL, NULL, NULL, NULL
                 FROM customer c LEFT JOIN partner p ON p.id = c.partner_id"
            }
            Kind::Site => {
                "SELECT s.name, 'site of ' || c.name, p.name, CAST(p.id AS TEXT),
                        c.name, CAST(c.id AS TEXT), NULL, NULL
                 FROM site s JOIN customer c ON c.id = s.customer_id
                 LEFT JOIN partner p ON p.id = c.partner_id"
            }
            Kind::Probe => {
                "SELECT pr.name, coalesce('serial ' || pr.serial, 'probe'), p.name,
                        CAST(p.id AS TEXT), c.name, CAST(c.id AS TEXT), s.name, CAST(s.id AS TEXT)
                 FROM probe pr LEFT JOIN site s ON s.id = pr.site_id
                 LEFT JOIN customer c ON c.id = s.customer_id
                 LEFT JOIN partner p ON p.id = c.partner_id
                 UNION ALL
                 SELECT pr.serial, 'serial of ' || pr.name, p.name, CAST(p.id AS TEXT),
                        c.name, CAST(c.id AS TEXT), s.name, CAST(s.id AS TEXT)
                 FROM probe pr LEFT JOIN site s ON s.id = pr.site_id
                 LEFT JOIN customer c ON c.id = s.customer_id
                 LEFT JOIN partner p ON p.id = c.partner_id
                 WHERE pr.serial IS NOT NULL"
            }
            Kind::Contact => {
                "SELECT k.email, k.kind || ' of ' || c.name, p.name, CAST(p.id AS TEXT),
                        c.name, CAST(c.id AS TEXT), NULL, NULL
                 FROM contact k JOIN customer c ON c.id = k.customer_id
                 LEFT JOIN partner p ON p.id = c.partner_id"
            }
            Kind::Invitation => {
                "SELECT CAST(i.id AS TEXT), i.email || ' to ' || c.name, p.name,
                        CAST(p.id AS TEXT), c.name, CAST(c.id AS TEXT), NULL, NULL
                 FROM invitation i JOIN customer c ON c.id = i.customer_id
                 LEFT JOIN partner p ON p.id = c.partner_id ORDER BY i.id DESC"
            }
        }
    }
}

/// The parents that other flags on the command line name (`--partner`, `--direct`,
/// `--customer`, `--site`, each by name or id): a value is offered only when it lies under
/// every one given.
#[derive(Debug, Clone, Default)]
pub struct Under {
    pub partner: Option<String>,
    pub direct: bool,
    pub customer: Option<String>,
    pub site: Option<String>,
}

/// Whether a parent (its name and id, both absent when there is none) is the one `wanted`
/// names; no `wanted` admits any.
fn admits(wanted: Option<&str>, name: Option<&str>, id: Option<&str>) -> bool {
    let Some(wanted) = wanted.map(str::trim) else {
        return true;
    };
    name.is_some_and(|n| n == wanted) || id.is_some_and(|i| i == wanted)
}

/// Every value of `kind` under `under` for which `keep` holds, with its description, in
/// order (invitations: newest first); a value that several entities share is offered once.
pub fn matching(
    db: &Db,
    kind: Kind,
    under: &Under,
    keep: impl Fn(&str) -> bool,
) -> Result<Vec<(String, String)>> {
    let mut out: Vec<(String, String)> = Vec::new();
    db.each(kind.sql(), &[], |r| {
        let value: String = r.get(0)?;
        if !keep(&value) {
            return Ok(());
        }
        let text = |i: usize| r.get::<Option<String>>(i);
        let (partner, partner_id) = (text(2)?, text(3)?);
        let (customer, customer_id) = (text(4)?, text(5)?);
        let (site, site_id) = (text(6)?, text(7)?);
        // A direct customer is one with no partner; `--direct` narrows customers and what
        // lies under them.
        let direct = partner_id.is_none() && (kind == Kind::Customer || customer_id.is_some());
        let inside = admits(
            under.partner.as_deref(),
            partner.as_deref(),
            partner_id.as_deref(),
        ) && (!under.direct || direct)
            && admits(
                under.customer.as_deref(),
                customer.as_deref(),
                customer_id.as_deref(),
            )
            && admits(under.site.as_deref(), site.as_deref(), site_id.as_deref());
        if inside {
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
