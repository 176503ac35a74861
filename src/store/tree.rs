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

/// The children of each parent, so that a walk over the tree never scans a whole table per
/// parent: customers by partner id (0: direct), sites by customer id, probes by site id (0:
/// unassigned), contacts by customer id. Each list is in name order (contacts: by email key),
/// the order of exports and plans. Built for an export and a prune, which need it.
#[derive(Debug, Default)]
pub struct Index {
    pub customers_of: Map<i64, Vec<usize>>,
    pub sites_of: Map<i64, Vec<usize>>,
    pub probes_of: Map<i64, Vec<usize>>,
    pub contacts_of: Map<i64, Vec<usize>>,
}

impl Index {
    /// The positions under `parent` in one of the `*_of` maps (none: empty).
    #[must_use]
    pub fn under(map: &Map<i64, Vec<usize>>, parent: i64) -> &[usize] {
        map.get(&parent).map_or(&[], Vec::as_slice)
    }
}

/// An entity's identity: its parent's id (0: none) and its name (a contact: its email key).
pub type Key<'a> = (i64, &'a str);

/// Finds the stored entities of one kind by identity. A file is mostly re-applied in the
/// order its entries were first made (the store's id order, entries added at the end), so a
/// lookup first tries the entity after the one found last; only the first lookup this guess
/// misses builds a map of the whole kind. The keys borrow the snapshot's text: neither the
/// guess nor the map copies a name.
pub struct Lookup<'a> {
    snap: &'a Snapshot,
    key_at: fn(&'a Snapshot, usize) -> Key<'a>,
    len: usize,
    /// The position after the last one found.
    next: usize,
    map: Option<Map<Key<'a>, usize>>,
}

impl<'a> Lookup<'a> {
    fn new(snap: &'a Snapshot, len: usize, key_at: fn(&'a Snapshot, usize) -> Key<'a>) -> Self {
        Lookup {
            snap,
            key_at,
            len,
            next: 0,
            map: None,
        }
    }

    /// The position of the entity with `key`, if the store has one.
    pub fn find(&mut self, key: Key<'_>) -> Option<usize> {
        let (snap, key_at, len) = (self.snap, self.key_at, self.len);
        let at = if self.next < len && key_at(snap, self.next) == key {
            Some(self.next)
        } else {
            let map: &Map<Key<'_>, usize> = self
                .map
                .get_or_insert_with(|| (0..len).map(|n| (key_at(snap, n), n)).collect());
            map.get(&key).copied()
        };
        if let Some(at) = at {
            self.next = at + 1;
        }
        at
    }
}

/// A lookup for each kind of a snapshot.
pub struct Finder<'a> {
    pub partner: Lookup<'a>,
    /// (partner id or 0, name)
    pub customer: Lookup<'a>,
    /// (customer id, name)
    pub site: Lookup<'a>,
    /// (site id or 0 for probes at no site, name)
    pub probe: Lookup<'a>,
    /// (customer id, email key)
    pub contact: Lookup<'a>,
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
    /// Lookups by identity, for a walk over a tree file.
    #[must_use]
    pub fn finder(&self) -> Finder<'_> {
        Finder {
            partner: Lookup::new(self, self.partners.len(), |s, n| {
                (0, s.partners[n].name.as_str())
            }),
            customer: Lookup::new(self, self.customers.len(), |s, n| {
                let c = &s.customers[n];
                (c.partner_id.unwrap_or(0), c.name.as_str())
            }),
            site: Lookup::new(self, self.sites.len(), |s, n| {
                (s.sites[n].customer_id, s.sites[n].name.as_str())
            }),
            probe: Lookup::new(self, self.probes.len(), |s, n| {
                (s.probes[n].site_id.unwrap_or(0), s.probes[n].name.as_str())
            }),
            contact: Lookup::new(self, self.contacts.len(), |s, n| {
                (s.contacts[n].customer_id, s.contact_keys[n].as_str())
            }),
        }
    }

    /// Each parent's children in name order.
    #[must_use]
    pub fn index(&self) -> Index {
        let mut i = Index::default();
        for (n, c) in self.customers.iter().enumerate() {
            i.customers_of
                .entry(c.partner_id.unwrap_or(0))
                .or_default()
                .push(n);
        }
        for (n, s) in self.sites.iter().enumerate() {
            i.sites_of.entry(s.customer_id).or_default().push(n);
        }
        for (n, p) in self.probes.iter().enumerate() {
            i.probes_of
                .entry(p.site_id.unwrap_or(0))
                .or_default()
                .push(n);
        }
        for (n, k) in self.contacts.iter().enumerate() {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn sites(names: &[(i64, &str)]) -> Snapshot {
        Snapshot {
            sites: names
                .iter()
                .map(|&(customer_id, name)| Site {
                    customer_id,
                    name: name.to_string(),
                    ..Site::default()
                })
                .collect(),
            ..Snapshot::default()
        }
    }

    #[test]
    fn lookups_in_store_order_guess_right_and_build_no_map() {
        let snap = sites(&[(1, "a"), (1, "b"), (2, "a"), (3, "c")]);
        let mut find = snap.finder();
        for (n, key) in [(1, "a"), (1, "b"), (2, "a"), (3, "c")]
            .into_iter()
            .enumerate()
        {
            assert_eq!(find.site.find(key), Some(n));
        }
        assert!(find.site.map.is_none(), "every lookup was the guess");
        // A name the store does not have, after the last one: the guess is past the end.
        assert_eq!(find.site.find((3, "d")), None);
        assert!(find.site.map.is_some(), "the miss built the map");
    }

    #[test]
    fn lookups_out_of_order_find_what_a_map_finds() {
        let snap = sites(&[(1, "a"), (1, "b"), (2, "a"), (3, "c")]);
        let mut find = snap.finder();
        // Backwards, a missing name in between, then the guess after a map hit.
        let asked = [
            ((3, "c"), Some(3)),
            ((2, "a"), Some(2)),
            ((2, "b"), None),
            ((1, "a"), Some(0)),
            ((1, "b"), Some(1)),
            ((1, "c"), None),
            ((0, "a"), None),
        ];
        for (key, want) in asked {
            assert_eq!(find.site.find(key), want, "{key:?}");
        }
        assert!(find.site.map.is_some());
    }
}
