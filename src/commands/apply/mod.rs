//! `portalctl apply`: make the store hold what a tree file describes. One walk over the file
//! serves the plan (no writer: nothing is written; it states what a prune deletes and which
//! passwords must be made), the dry run (the whole apply in a transaction that is rolled back,
//! so it refuses what the real run refuses) and the apply (inside one immediate transaction),
//! so what is printed is exactly what is done. Every guard-rail of the verbs holds here too:
//! `[policy] delete` and self-protection for what a prune deletes or a file deactivates.
//! Passwords are generated and hashed before the write lock is taken.

use std::collections::HashMap;

mod contacts;
mod feed;
mod run;
mod tenants;

pub use run::run;

use crate::error::Result;
use crate::model::{Action, Change, Entity, FieldChange, MadeSecret, Report};
use crate::secret;
use crate::store::Writer;
use crate::store::tree::{Finder, Index, Snapshot};
use crate::tree::{Field, Part};
use feed::Parsing;

/// The value a file field asks for: absent keeps `current`, `""` clears it.
fn want(current: Option<&String>, f: &Field) -> Option<String> {
    match f {
        None => current.cloned(),
        Some(v) => v.clone(),
    }
}

/// Passwords made before the transaction, by the path of the contact that gets one.
type Passwords = HashMap<String, (String, String)>;

struct Walker<'a> {
    snap: &'a Snapshot,
    find: Finder<'a>,
    /// Each parent's children, for a prune (empty without one).
    idx: Index,
    /// The path of the entry the walk is in, ending in ` / ` (empty at the top): grown as
    /// the walk goes down and cut back as it comes up.
    at: String,
    w: Option<&'a Writer<'a>>,
    /// A dry run: written, then rolled back (no password is hashed for it).
    rehearsal: bool,
    prune: bool,
    actor: &'a str,
    passwords: &'a Passwords,
    /// Paths of contacts that get a new password (filled by the plan).
    needs_password: Vec<String>,
    report: Report,
    progress: Option<indicatif::ProgressBar>,
    /// Whether the report lists the entities left unchanged (or only counts them).
    list_unchanged: bool,
    /// The partner whose customers the walk is taking (they may come in parts).
    in_partner: Option<InPartner>,
    /// With `--prune`: the stored entities the file named, by position in the snapshot. A
    /// parent's children that the walk did not find are what a prune deletes.
    seen: Seen,
    /// The customers where the actor is a contact or guest: the walk may neither deactivate
    /// nor prune them (self-protection by cascade).
    own_customers: Vec<i64>,
}

/// The partner the walk is in: where it is in the snapshot (`None`: new), its id (`None`:
/// only planned), and the walk's path before it was entered.
struct InPartner {
    at: Option<usize>,
    id: Option<i64>,
    name: String,
    partial: bool,
    up: usize,
}

/// Positions of the snapshot the walk found in the file (sized only for a prune).
#[derive(Default)]
struct Seen {
    customers: Vec<bool>,
    sites: Vec<bool>,
    probes: Vec<bool>,
    contacts: Vec<bool>,
}

impl Seen {
    fn of(snap: &Snapshot, prune: bool) -> Seen {
        if !prune {
            return Seen::default();
        }
        Seen {
            customers: vec![false; snap.customers.len()],
            sites: vec![false; snap.sites.len()],
            probes: vec![false; snap.probes.len()],
            contacts: vec![false; snap.contacts.len()],
        }
    }

    /// The stored entity at position `at` of `table` (the walk's lookup of a file entry),
    /// marked in `list` as named by the file (nothing is marked without a prune).
    fn found<'s, T>(list: &mut [bool], at: Option<usize>, table: &'s [T]) -> Option<&'s T> {
        let at = at?;
        if let Some(seen) = list.get_mut(at) {
            *seen = true;
        }
        table.get(at)
    }
}

impl Walker<'_> {
    /// The path of the entry `name` where the walk is.
    fn path(&self, name: &str) -> String {
        let mut path = String::with_capacity(self.at.len() + name.len());
        path.push_str(&self.at);
        path.push_str(name);
        path
    }

    /// Goes down into the entry `name`; `leave` with what it returns comes back up.
    fn enter(&mut self, name: &str) -> usize {
        let up = self.at.len();
        self.at.push_str(name);
        self.at.push_str(" / ");
        up
    }

    fn leave(&mut self, up: usize) {
        self.at.truncate(up);
    }

    fn record(
        &mut self,
        action: Change,
        kind: Entity,
        name: String,
        id: Option<i64>,
        changes: Vec<FieldChange>,
    ) {
        match action {
            Change::Create => self.report.counts.create += 1,
            Change::Update => self.report.counts.update += 1,
            Change::Delete => self.report.counts.delete += 1,
            Change::Unchanged => self.report.counts.unchanged += 1,
        }
        if let Some(p) = &self.progress {
            p.inc(1);
        }
        if action == Change::Unchanged && !self.list_unchanged {
            return;
        }
        self.report.actions.push(Action {
            action,
            kind,
            name,
            id,
            changes,
        });
    }

    /// Records an entity of the store as updated when `changes` holds anything, unchanged
    /// otherwise.
    fn settle(&mut self, kind: Entity, path: String, id: i64, changes: Vec<FieldChange>) {
        let action = if changes.is_empty() {
            Change::Unchanged
        } else {
            Change::Update
        };
        self.record(action, kind, path, Some(id), changes);
    }

    fn secret(
        &mut self,
        kind: Entity,
        name: &str,
        id: i64,
        field: &'static str,
        canonical_or_plain: String,
    ) {
        self.report.secrets.push(MadeSecret {
            kind,
            name: name.to_string(),
            id,
            field,
            value: canonical_or_plain,
        });
    }

    fn walk(&mut self, feed: &Parsing) -> Result<()> {
        if let Some(parts) = feed.parts()? {
            // Kept, not dropped one by one: freeing what the reading thread made, while
            // it still allocates, made the walk twice as slow.
            let mut walked = Vec::new();
            for part in parts {
                match &part {
                    Part::Partner(p) => self.partner(p)?,
                    Part::Customers(more) => self.partner_customers(more)?,
                }
                walked.push(part);
            }
            free_aside(walked);
        }
        let tree = feed.tree()?;
        for p in &tree.partners {
            self.partner(p)?;
        }
        self.partner_end()?;
        for c in &tree.direct {
            self.customer(c, Some(0), None)?;
        }
        let up = self.enter("(unassigned)");
        for p in &tree.unassigned {
            self.unassigned_probe(p)?;
        }
        self.leave(up);
        Ok(())
    }

    /// A new login's password and its hash: made before the transaction (`passwords`), a
    /// placeholder in a dry run, or (the store changed since the plan) made now.
    fn password(&mut self, path: &str) -> Result<Option<(String, String)>> {
        if self.w.is_none() {
            self.needs_password.push(path.to_string());
            return Ok(None);
        }
        if self.rehearsal {
            return Ok(Some((String::new(), "$dry-run".to_string())));
        }
        if let Some(made) = self.passwords.get(path) {
            return Ok(Some(made.clone()));
        }
        let p = secret::new_password()?;
        let h = secret::hash_password(&p)?;
        Ok(Some((p, h)))
    }
}

/// The customers of the snapshot where `actor` is a contact or guest.
fn own_customers(snap: &Snapshot, actor: &str) -> Vec<i64> {
    let key = crate::model::email_key(actor);
    if !key.contains('@') {
        return Vec::new();
    }
    snap.contact_keys
        .iter()
        .zip(&snap.contacts)
        .filter(|(k, _)| **k == key)
        .map(|(_, c)| c.customer_id)
        .collect()
}

/// How a walk runs: planned (nothing written), rehearsed (written and rolled back) or done.
#[derive(Clone, Copy)]
enum Mode<'a> {
    Plan,
    Rehearse(&'a Writer<'a>),
    Apply(&'a Writer<'a>),
}

/// What an apply prints of its walk: a progress bar on a terminal, and each entity left
/// unchanged (`-o json` and `-o csv` list them; a table and `--quiet` only count them, and at
/// 100,000 customers their 400,000 entries were a fifth of the peak memory).
#[derive(Clone, Copy)]
struct Show {
    progress: bool,
    unchanged: bool,
}

impl Show {
    /// What the plan before the lock needs: what it deletes, which logins need a password.
    const NOTHING: Show = Show {
        progress: false,
        unchanged: false,
    };
}

/// Walks the tree against `snap` in `mode`.
fn walk(
    feed: &Parsing,
    snap: &Snapshot,
    mode: Mode,
    prune: bool,
    actor: &str,
    passwords: &Passwords,
    (progress, show): (Option<indicatif::ProgressBar>, Show),
) -> Result<(Report, Vec<String>)> {
    let (w, rehearsal) = match mode {
        Mode::Plan => (None, false),
        Mode::Rehearse(w) => (Some(w), true),
        Mode::Apply(w) => (Some(w), false),
    };
    let mut walker = Walker {
        snap,
        find: snap.finder(),
        idx: if prune {
            snap.index()
        } else {
            Index::default()
        },
        at: String::new(),
        w,
        rehearsal,
        prune,
        actor,
        passwords,
        needs_password: Vec::new(),
        report: Report {
            prune,
            dry_run: w.is_none() || rehearsal,
            ..Report::default()
        },
        progress,
        list_unchanged: show.unchanged,
        in_partner: None,
        seen: Seen::of(snap, prune),
        own_customers: own_customers(snap, actor),
    };
    walker.walk(feed)?;
    if let Some(p) = &walker.progress {
        p.finish_and_clear();
    }
    Ok((walker.report, walker.needs_password))
}

/// Frees `value` on a thread of its own: dropping the hundreds of thousands of entries of a
/// large tree takes tens of milliseconds that the commit and the output need not wait for.
/// (The process may end first: its memory goes back with it.)
fn free_aside<T: Send + 'static>(value: T) {
    // Without a thread, it is freed here.
    let _ = std::thread::Builder::new().spawn(move || drop(value));
}
