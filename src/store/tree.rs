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

/// The row of `rows` (in id order) with this id.
fn by_position<T>(rows: &[T], id: i64, id_of: impl Fn(&T) -> i64) -> Option<&T> {
    rows.binary_search_by_key(&id, id_of).ok().map(|i| &rows[i])
}

/// A map keyed by what the snapshot holds, hashed fast (the keys come from the store and a
/// file the operator gave: no one to defend against).
type Map<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// The children of each parent, so that a walk over the tree never scans a whole table per
/// parent: customers by partner, sites by customer, probes by site, contacts by customer, each
/// group in name order (contacts: by email key), the order of exports and plans. A group is
/// found by its parent's position in the snapshot; direct customers are the group after the
/// last partner's, unassigned probes the one after the last site's. Built for an export and a
/// prune, which need it.
#[derive(Debug, Default)]
pub struct Index {
    pub customers: Groups,
    pub sites: Groups,
    pub probes: Groups,
    pub contacts: Groups,
}

/// Positions grouped by their parent's position: one list and one offset per parent, so that
/// a group is a slice and no parent has a list of its own.
#[derive(Debug, Default)]
pub struct Groups {
    order: Vec<usize>,
    /// Where each group starts in `order` (and, last, where the last one ends).
    starts: Vec<usize>,
}

impl Groups {
    /// `groups` groups of the `parents.len()` children, child `n` in group `parents[n]` (none:
    /// in no group), each group sorted by `cmp`.
    fn build(
        groups: usize,
        parents: &[Option<usize>],
        cmp: impl Fn(usize, usize) -> std::cmp::Ordering,
    ) -> Groups {
        let mut starts = vec![0; groups + 1];
        for &g in parents.iter().flatten() {
            starts[g + 1] += 1;
        }
        for g in 0..groups {
            starts[g + 1] += starts[g];
        }
        let mut next = starts.clone();
        let mut order = vec![0; starts[groups]];
        for (n, g) in parents.iter().enumerate() {
            if let Some(g) = *g {
                order[next[g]] = n;
                next[g] += 1;
            }
        }
        for g in 0..groups {
            let group = &mut order[starts[g]..starts[g + 1]];
            if group.len() > 1 {
                group.sort_by(|&a, &b| cmp(a, b));
            }
        }
        Groups { order, starts }
    }

    /// The positions in group `group` (none: empty).
    #[must_use]
    pub fn of(&self, group: usize) -> &[usize] {
        match self.starts.get(group..=group + 1) {
            Some(&[start, end]) => &self.order[start..end],
            _ => &[],
        }
    }
}

/// The group of each child: the position of its parent's id among `parents` (ids in
/// ascending order, as the snapshot is loaded), or `orphans` for a child with no parent id
/// (a direct customer, an unassigned probe). A child mostly has the previous child's parent
/// or the next one: looked for there first, then by binary search.
fn positions(
    parents: &[i64],
    ids: impl Iterator<Item = Option<i64>>,
    orphans: Option<usize>,
) -> Vec<Option<usize>> {
    let mut hint = 0;
    ids.map(|id| {
        let Some(id) = id else {
            return orphans;
        };
        let at = [hint, hint + 1]
            .into_iter()
            .find(|&h| parents.get(h) == Some(&id))
            .or_else(|| parents.binary_search(&id).ok())?;
        hint = at;
        Some(at)
    })
    .collect()
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

/// The whole tree, read on one snapshot of the store: a writer committing meanwhile (a
/// customer deleted between the read of the customers and of their sites) is either wholly
/// in it or not at all.
pub fn load(conn: &Connection) -> Result<Snapshot> {
    conn.snapshot(|| load_each(conn))
        .map_err(|e| conn.explain(e))
}

fn load_each(conn: &Connection) -> Result<Snapshot> {
    // Each table is read once, as it lies (no join, no sort on the server), and put in id
    // order here: a table mostly lies in id order already, which the sort merely checks.
    // The parents' names then come from the rows read before (a binary search by id).
    fn by_id<T>(mut rows: Vec<T>, id: impl Fn(&T) -> i64) -> Vec<T> {
        rows.sort_by_key(id);
        rows
    }
    let partners = by_id(super::partner::scan(conn)?, |p| p.id);
    let mut customers = by_id(super::customer::scan_bare(conn)?, |c| c.id);
    for c in &mut customers {
        c.partner = c
            .partner_id
            .and_then(|id| by_position(&partners, id, |p| p.id))
            .map(|p| p.name.clone());
    }
    let mut sites = by_id(super::site::scan_bare(conn)?, |x| x.id);
    for x in &mut sites {
        let c = parent(&customers, x.customer_id, "site", x.id)?;
        x.customer.clone_from(&c.name);
        x.partner_id = c.partner_id;
        x.partner.clone_from(&c.partner);
    }
    let mut probes = by_id(super::probe::scan_bare(conn)?, |p| p.id);
    for p in &mut probes {
        if let Some(site) = p.site_id.and_then(|id| by_position(&sites, id, |x| x.id)) {
            p.site = Some(site.name.clone());
            p.customer_id = Some(site.customer_id);
            p.customer = Some(site.customer.clone());
        }
    }
    let mut contacts = by_id(super::contact::scan_bare(conn)?, |k| k.id);
    for k in &mut contacts {
        k.customer
            .clone_from(&parent(&customers, k.customer_id, "contact", k.id)?.name);
    }
    let mut s = Snapshot {
        contact_keys: contacts.iter().map(|k| email_key(&k.email)).collect(),
        partners,
        customers,
        sites,
        probes,
        contacts,
        ..Snapshot::default()
    };
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

/// The customer with this id, which a site or contact read on the same snapshot has (the
/// foreign key says so; its absence is a broken store, not a race).
fn parent<'a>(
    customers: &'a [Customer],
    id: i64,
    child: &str,
    child_id: i64,
) -> Result<&'a Customer> {
    by_position(customers, id, |c| c.id).ok_or_else(|| {
        crate::error::Error::failure(format!("{child} {child_id} has no customer {id}"))
    })
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
        let partner_ids: Vec<i64> = self.partners.iter().map(|p| p.id).collect();
        let customer_ids: Vec<i64> = self.customers.iter().map(|c| c.id).collect();
        let site_ids: Vec<i64> = self.sites.iter().map(|s| s.id).collect();
        let (direct, unassigned) = (partner_ids.len(), site_ids.len());
        let customers_in = positions(
            &partner_ids,
            self.customers.iter().map(|c| c.partner_id),
            Some(direct),
        );
        let probes_in = positions(
            &site_ids,
            self.probes.iter().map(|p| p.site_id),
            Some(unassigned),
        );
        let sites_in = positions(
            &customer_ids,
            self.sites.iter().map(|s| Some(s.customer_id)),
            None,
        );
        let contacts_in = positions(
            &customer_ids,
            self.contacts.iter().map(|k| Some(k.customer_id)),
            None,
        );
        let keys = &self.contact_keys;
        Index {
            customers: Groups::build(direct + 1, &customers_in, |a, b| {
                self.customers[a].name.cmp(&self.customers[b].name)
            }),
            sites: Groups::build(customer_ids.len(), &sites_in, |a, b| {
                self.sites[a].name.cmp(&self.sites[b].name)
            }),
            probes: Groups::build(unassigned + 1, &probes_in, |a, b| {
                self.probes[a].name.cmp(&self.probes[b].name)
            }),
            contacts: Groups::build(customer_ids.len(), &contacts_in, |a, b| {
                keys[a].cmp(&keys[b])
            }),
        }
    }

    /// The group of direct customers in `Index::customers`.
    #[must_use]
    pub fn direct(&self) -> usize {
        self.partners.len()
    }

    /// The group of unassigned probes in `Index::probes`.
    #[must_use]
    pub fn unassigned(&self) -> usize {
        self.sites.len()
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

    #[test]
    fn positions_use_the_hint_and_fall_back_to_a_search_and_put_orphans_in_their_group() {
        let parents = [2, 5, 9, 12];
        let ids = [
            Some(2),
            Some(2),
            Some(5),
            Some(12),
            Some(5),
            None,
            Some(7),
            Some(9),
        ];
        assert_eq!(
            positions(&parents, ids.into_iter(), Some(9)),
            [
                Some(0),
                Some(0),
                Some(1),
                Some(3),
                Some(1),
                Some(9),
                None,
                Some(2)
            ]
        );
    }

    #[test]
    fn groups_hold_each_parents_children_in_order_and_nothing_else() {
        // Children 0..6 of 3 parents; child 4 has none.
        let names = ["b", "a", "z", "c", "x", "a"];
        let parents = [Some(0), Some(0), Some(2), Some(0), None, Some(2)];
        let g = Groups::build(3, &parents, |a, b| names[a].cmp(names[b]));
        assert_eq!(g.of(0), [1, 0, 3]);
        assert_eq!(g.of(1), [] as [usize; 0]);
        assert_eq!(g.of(2), [5, 2]);
        assert_eq!(g.of(3), [] as [usize; 0], "past the last group: empty");
    }

    #[test]
    fn the_index_groups_direct_customers_and_unassigned_probes_after_the_rest() {
        let snap = Snapshot {
            partners: vec![Partner {
                id: 4,
                ..Partner::default()
            }],
            customers: [(1, Some(4), "b"), (2, None, "d"), (3, Some(4), "a")]
                .into_iter()
                .map(|(id, partner_id, name)| Customer {
                    id,
                    partner_id,
                    name: name.to_string(),
                    ..Customer::default()
                })
                .collect(),
            sites: vec![Site {
                id: 7,
                customer_id: 3,
                ..Site::default()
            }],
            probes: [(Some(7), "p"), (None, "u")]
                .into_iter()
                .map(|(site_id, name)| Probe {
                    site_id,
                    name: name.to_string(),
                    ..Probe::default()
                })
                .collect(),
            ..Snapshot::default()
        };
        let idx = snap.index();
        assert_eq!(idx.customers.of(0), [2, 0], "the partner's, by name");
        assert_eq!(idx.customers.of(snap.direct()), [1]);
        assert_eq!(idx.sites.of(2), [0]);
        assert_eq!(idx.probes.of(0), [0]);
        assert_eq!(idx.probes.of(snap.unassigned()), [1]);
    }
}
