//! The whole tenant tree loaded in bulk (one query per kind), for `apply` to compare a file
//! against and for `export` to write out.

use std::collections::HashMap;

use super::db::Db as Connection;

use crate::error::Result;
use crate::model::{Contact, Customer, Partner, Probe, Site, email_key};

#[derive(Debug, Default)]
pub struct Snapshot {
    pub partners: Vec<Partner>,
    pub customers: Vec<Customer>,
    pub sites: Vec<Site>,
    pub probes: Vec<Probe>,
    pub contacts: Vec<Contact>,
    /// Each contact's email key, by position.
    pub contact_keys: Vec<String>,
    /// Customers and sites whose portal has a code in force.
    pub customer_codes: foldhash::HashSet<i64>,
    pub site_codes: foldhash::HashSet<i64>,
}

/// A map keyed by what the snapshot holds, hashed fast (the keys come from the store and a
/// file the operator gave: no one to defend against).
type Map<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// Indexes into a snapshot by identity (name within parent; contact: email within customer).
/// The keys borrow the snapshot's own text, so neither building the index nor a lookup
/// copies a name.
#[derive(Debug, Default)]
pub struct Index<'a> {
    pub partner: Map<&'a str, usize>,
    /// (partner id or 0, name)
    pub customer: Map<(i64, &'a str), usize>,
    /// (customer id, name)
    pub site: Map<(i64, &'a str), usize>,
    /// (site id, name)
    pub probe: Map<(i64, &'a str), usize>,
    /// name, for probes at no site
    pub unassigned: Map<&'a str, usize>,
    /// (customer id, email key)
    pub contact: Map<(i64, &'a str), usize>,
    /// The children of each parent, so that a walk over the tree never scans a whole table
    /// per parent: customers by partner id (0: direct), sites by customer id, probes by site
    /// id (0: unassigned), contacts by customer id. Each list is in name order (contacts: by
    /// email key), the order of exports and plans.
    pub customers_of: Map<i64, Vec<usize>>,
    pub sites_of: Map<i64, Vec<usize>>,
    pub probes_of: Map<i64, Vec<usize>>,
    pub contacts_of: Map<i64, Vec<usize>>,
}

impl Index<'_> {
    /// The positions under `parent` in one of the `*_of` maps (none: empty).
    #[must_use]
    pub fn under(map: &Map<i64, Vec<usize>>, parent: i64) -> &[usize] {
        map.get(&parent).map_or(&[], Vec::as_slice)
    }
}

pub fn load(conn: &Connection) -> Result<Snapshot> {
    // In id order, which reads each table as it lies: the callers index or sort themselves.
    fn by_id<S: Default>(sort: S) -> super::Listing<S> {
        super::Listing {
            sort,
            ..super::Listing::default()
        }
    }
    let mut s = Snapshot::default();
    super::partner::for_each(conn, &by_id(super::partner::Sort::Id), |p| {
        s.partners.push(p);
        Ok(())
    })?;
    let customers = super::customer::Filter {
        listing: by_id(super::customer::Sort::Id),
        ..super::customer::Filter::default()
    };
    super::customer::for_each(conn, &customers, |c| {
        s.customers.push(c);
        Ok(())
    })?;
    let sites = super::site::Filter {
        listing: by_id(super::site::Sort::Id),
        ..super::site::Filter::default()
    };
    super::site::for_each(conn, &sites, |x| {
        s.sites.push(x);
        Ok(())
    })?;
    let probes = super::probe::Filter {
        listing: by_id(super::probe::Sort::Id),
        ..super::probe::Filter::default()
    };
    super::probe::for_each(conn, &probes, |p| {
        s.probes.push(p);
        Ok(())
    })?;
    let contacts = super::contact::Filter {
        listing: by_id(super::contact::Sort::Id),
        ..super::contact::Filter::default()
    };
    super::contact::for_each(conn, &contacts, |k| {
        s.contact_keys.push(email_key(&k.email));
        s.contacts.push(k);
        Ok(())
    })?;
    for (table, set) in [
        ("customer", &mut s.customer_codes),
        ("site", &mut s.site_codes),
    ] {
        let sql = format!("SELECT id FROM {table} WHERE authcode_hash IS NOT NULL");
        let mut stmt = conn.prepare(&sql)?;
        let ids = stmt.query_map([0i64; 0], |r| r.get::<i64>(0))?;
        for id in ids {
            set.insert(id?);
        }
    }
    Ok(s)
}

impl Snapshot {
    #[must_use]
    pub fn index(&self) -> Index<'_> {
        let mut i = Index::default();
        i.partner.reserve(self.partners.len());
        i.customer.reserve(self.customers.len());
        i.site.reserve(self.sites.len());
        i.probe.reserve(self.probes.len());
        i.contact.reserve(self.contacts.len());
        for (n, p) in self.partners.iter().enumerate() {
            i.partner.insert(p.name.as_str(), n);
        }
        for (n, c) in self.customers.iter().enumerate() {
            let partner = c.partner_id.unwrap_or(0);
            i.customer.insert((partner, c.name.as_str()), n);
            i.customers_of.entry(partner).or_default().push(n);
        }
        for (n, s) in self.sites.iter().enumerate() {
            i.site.insert((s.customer_id, s.name.as_str()), n);
            i.sites_of.entry(s.customer_id).or_default().push(n);
        }
        for (n, p) in self.probes.iter().enumerate() {
            match p.site_id {
                Some(site) => i.probe.insert((site, p.name.as_str()), n),
                None => i.unassigned.insert(p.name.as_str(), n),
            };
            i.probes_of
                .entry(p.site_id.unwrap_or(0))
                .or_default()
                .push(n);
        }
        for (n, (k, key)) in self.contacts.iter().zip(&self.contact_keys).enumerate() {
            i.contact.insert((k.customer_id, key.as_str()), n);
            i.contacts_of.entry(k.customer_id).or_default().push(n);
        }
        let keys = &self.contact_keys;
        for list in i.customers_of.values_mut() {
            list.sort_by(|&a, &b| self.customers[a].name.cmp(&self.customers[b].name));
        }
        for list in i.sites_of.values_mut() {
            list.sort_by(|&a, &b| self.sites[a].name.cmp(&self.sites[b].name));
        }
        for list in i.probes_of.values_mut() {
            list.sort_by(|&a, &b| self.probes[a].name.cmp(&self.probes[b].name));
        }
        for list in i.contacts_of.values_mut() {
            list.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
        }
        i
    }
}
