//! Names that look alike (UTS #39 skeletons, `model::name_key`) are refused among siblings:
//! two partners, two customers of one partner (or two direct customers), two sites of one
//! customer, two probes of one site (or two unassigned probes). Every write that gives a row a
//! name or a parent notes it (`Writer::touched`); before the commit one query per table looks
//! for a sibling of a noted row with the same skeleton and another name. Names that are equal
//! are the unique indexes' business.

use super::Writer;
use super::db::{Value, params};
use crate::error::{Error, Result};
use crate::model::quote;

/// A table whose names must not look alike among siblings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named {
    Partner,
    Customer,
    Site,
    Probe,
}

impl Named {
    const ALL: [Named; 4] = [Named::Partner, Named::Customer, Named::Site, Named::Probe];

    fn table(self) -> &'static str {
        match self {
            Named::Partner => "partner",
            Named::Customer => "customer",
            Named::Site => "site",
            Named::Probe => "probe",
        }
    }

    /// The condition that makes `b` a sibling of `a`.
    fn siblings(self) -> &'static str {
        match self {
            Named::Partner => "1 = 1",
            Named::Customer => "ifnull(b.partner_id, 0) = ifnull(a.partner_id, 0)",
            Named::Site => "b.customer_id = a.customer_id",
            Named::Probe => "ifnull(b.site_id, 0) = ifnull(a.site_id, 0)",
        }
    }

    fn among(self) -> &'static str {
        match self {
            Named::Partner => "among partners",
            Named::Customer => "under the same partner (or among direct customers)",
            Named::Site => "among the customer's sites",
            Named::Probe => "at the same site (or among unassigned probes)",
        }
    }
}

/// Up to this many rows are checked by their ids; more, by the range of their ids.
const BY_ID: usize = 32;

/// Refuses (exit 4) when a row `w` noted has a sibling whose name looks like its own.
pub(crate) fn check(w: &Writer, touched: &[(Named, i64)]) -> Result<()> {
    for kind in Named::ALL {
        let ids: Vec<i64> = touched
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, id)| *id)
            .collect();
        if ids.is_empty() {
            continue;
        }
        let (which, args): (String, Vec<Value>) = if ids.len() <= BY_ID {
            let marks = (1..=ids.len())
                .map(|i| format!("?{i}"))
                .collect::<Vec<_>>()
                .join(", ");
            (
                format!("a.id IN ({marks})"),
                ids.iter().map(|i| Value::Int(*i)).collect(),
            )
        } else {
            let lo = ids.iter().min().copied().unwrap_or(0);
            let hi = ids.iter().max().copied().unwrap_or(0);
            (
                "a.id BETWEEN ?1 AND ?2".to_string(),
                params![lo, hi].to_vec(),
            )
        };
        let sql = format!(
            "SELECT a.name, b.name, b.id FROM {t} a JOIN {t} b
                ON b.name_key = a.name_key AND {sib} AND b.id <> a.id AND b.name <> a.name
             WHERE {which} ORDER BY a.id LIMIT 1",
            t = kind.table(),
            sib = kind.siblings(),
        );
        let found: Option<(String, String, i64)> =
            w.db.row(&sql, &args, |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        if let Some((name, like, id)) = found {
            return Err(Error::conflict(format!(
                "{} name {} looks like {} (id {id}) {}: the two would be mistaken for each other",
                kind.table(),
                quote(&name),
                quote(&like),
                kind.among()
            ))
            .with_hint("choose a name that reads differently (look-alike letters of another alphabet, or fullwidth forms, are what this catches)"));
        }
    }
    Ok(())
}
