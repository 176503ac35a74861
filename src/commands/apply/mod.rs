//! `portalctl apply`: make the store hold what a tree file describes. One walk over the file
//! serves the plan (no writer: nothing is written; it states what a prune deletes and which
//! passwords must be made), the dry run (the whole apply in a transaction that is rolled back,
//! so it refuses what the real run refuses) and the apply (inside one immediate transaction),
//! so what is printed is exactly what is done. Every guard-rail of the verbs holds here too:
//! `[policy] delete` and self-protection for what a prune deletes or a file deactivates.
//! Passwords are generated and hashed before the write lock is taken.

use crate::store::audit::Action as Did;
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::sync::mpsc::{Receiver, SyncSender};
use std::thread::{Scope, ScopedJoinHandle};

mod contacts;
mod tenants;

use super::Context;
use crate::error::{Error, Result};
use crate::model::{Action, Change, Entity, FieldChange, MadeSecret, Report};
use crate::secret;
use crate::store::tree::{Finder, Index, Snapshot};
use crate::store::{self, Writer};
use crate::tree::{self, CustomerSpec, Field, Part, Tree};

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

/// What the operator confirmed of a prune: what it deletes, and everything that goes with it
/// (by identity), checked again once the write holds the lock.
pub(crate) struct Confirmed {
    deletes: Vec<(Entity, Option<i64>)>,
    doomed: Vec<(Entity, i64)>,
}

impl Confirmed {
    fn of(conn: &crate::store::Db, deletes: Vec<(Entity, Option<i64>)>) -> Result<Confirmed> {
        let doomed = store::doomed(conn, &top_of(&deletes))?;
        Ok(Confirmed { deletes, doomed })
    }
}

/// The stored entities a plan deletes (a delete always names a stored id).
fn top_of(deletes: &[(Entity, Option<i64>)]) -> Vec<(Entity, i64)> {
    deletes
        .iter()
        .filter_map(|(k, id)| id.map(|i| (*k, i)))
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

fn read_file(file: &str) -> Result<(String, String)> {
    if file == "-" {
        let mut buf = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut buf)
            .map_err(|e| Error::usage("cannot read the tree from standard input").caused_by(e))?;
        return Ok((buf, "<stdin>".to_string()));
    }
    let text = std::fs::read_to_string(file).map_err(|e| {
        let kind = if e.kind() == std::io::ErrorKind::NotFound {
            crate::error::Kind::NotFound
        } else {
            crate::error::Kind::Usage
        };
        Error::new(kind, format!("cannot read {file}: {e}"))
    })?;
    Ok((text, file.to_string()))
}

/// The tree file, parsed on a thread of its own while the store is opened and its snapshot
/// read (for the plan, or under the write lock): at 100,000 customers the two take about as
/// long. What needs the tree waits for it; a file that is not valid is reported before any
/// error of the store, as when it was read first.
///
/// An apply that walks the file once (no plan before the lock, no progress bar to size) takes
/// its partners as they are read (`Parsing::parts`) instead of waiting for the whole file: the
/// walk of what is read overlaps the reading of the rest, and what was walked is freed. The
/// file's error still wins: the walk's writes are rolled back and the file is reported.
struct Parsing<'s> {
    thread: RefCell<Option<ScopedJoinHandle<'s, Result<Tree>>>>,
    /// The partners as they are read, for the one walk that takes them.
    parts: RefCell<Option<Feed>>,
    /// The parsed tree; when the partners were streamed, only what comes after them.
    tree: OnceCell<Tree>,
    streamed: bool,
}

/// Where the walk takes the partners of a streamed file from: as they are read, or (when the
/// whole file had to be read first: a store that does not exist yet is created only for a
/// valid file) from what was read.
enum Feed {
    Live(Receiver<Part>),
    Read(Vec<Part>),
}

/// Customers handed to the walk this many at a time (not one message per customer).
const CUSTOMERS_AT_ONCE: usize = 256;

/// The parser's side of a streamed file.
struct Sending {
    to: SyncSender<Part>,
    customers: Vec<CustomerSpec>,
}

impl Sending {
    fn push(&mut self, part: Part) {
        match part {
            Part::Customers(mut more) => {
                self.customers.append(&mut more);
                if self.customers.len() >= CUSTOMERS_AT_ONCE {
                    self.flush();
                }
            }
            partner @ Part::Partner(_) => {
                self.flush();
                self.send(partner);
            }
        }
    }

    fn flush(&mut self) {
        if !self.customers.is_empty() {
            let more = std::mem::take(&mut self.customers);
            self.send(Part::Customers(more));
        }
    }

    /// A walk that stopped (on its own error) takes no more; the reading goes on, for the
    /// file's error, which is reported first.
    fn send(&self, part: Part) {
        let _ = self.to.send(part);
    }
}

/// How many parts (a partner, or up to `CUSTOMERS_AT_ONCE` customers) the reading may be
/// ahead of the walk.
const PARTS_AHEAD: usize = 8;

impl<'s> Parsing<'s> {
    fn start<'e>(scope: &'s Scope<'s, 'e>, text: &'s str, source: &'s str, stream: bool) -> Self {
        if !stream {
            return Parsing {
                thread: RefCell::new(Some(scope.spawn(move || tree::parse(text, source)))),
                parts: RefCell::new(None),
                tree: OnceCell::new(),
                streamed: false,
            };
        }
        // Bounded: the reading runs at most `PARTS_AHEAD` parts ahead of the walk, so the
        // memory they hold is set by the design, not by how busy the machine is (a receiver
        // dropped on an error lets the reading run to the file's end, for its error).
        let (to, parts) = std::sync::mpsc::sync_channel(PARTS_AHEAD);
        let thread = scope.spawn(move || {
            let mut sending = Sending {
                to,
                customers: Vec::new(),
            };
            let rest = tree::parse_each(text, source, |part| sending.push(part));
            sending.flush();
            rest
        });
        Parsing {
            thread: RefCell::new(Some(thread)),
            parts: RefCell::new(Some(Feed::Live(parts))),
            tree: OnceCell::new(),
            streamed: true,
        }
    }

    /// The partners as they are read, once (`None` when the whole tree is kept instead).
    fn parts(&self) -> Result<Option<Box<dyn Iterator<Item = Part>>>> {
        if !self.streamed {
            return Ok(None);
        }
        match self.parts.borrow_mut().take() {
            Some(Feed::Live(parts)) => Ok(Some(Box::new(parts.into_iter()))),
            Some(Feed::Read(parts)) => Ok(Some(Box::new(parts.into_iter()))),
            None => Err(Error::failure("the tree file was walked already")),
        }
    }

    /// The whole file read (its error, if any), keeping what a streamed reading handed over
    /// for the walk that comes after.
    fn whole(&self) -> Result<&Tree> {
        let taken = self.parts.borrow_mut().take();
        let kept = match taken {
            Some(Feed::Live(parts)) => Some(Feed::Read(parts.into_iter().collect())),
            other => other,
        };
        *self.parts.borrow_mut() = kept;
        self.tree()
    }

    /// The number of entities in the file, for a progress bar (not known while streamed).
    fn len(&self) -> Result<Option<usize>> {
        if self.streamed {
            return Ok(None);
        }
        Ok(Some(self.tree()?.len()))
    }

    /// `done`, unless it failed before the tree was needed (the store busy, say) and the
    /// file is not valid either: then the file's error, which is what to fix first.
    fn before(&self, done: Result<()>) -> Result<()> {
        match done {
            Err(e) if self.thread.borrow().is_some() => {
                // No walk takes the parts now: with the receiver gone, the reading runs on
                // to the file's end, for its error.
                drop(self.parts.borrow_mut().take());
                self.tree().and(Err(e))
            }
            done => done,
        }
    }

    /// The parsed tree, once the thread is done (its error, the first time it is asked); when
    /// streamed, the direct customers and unassigned probes only.
    fn tree(&self) -> Result<&Tree> {
        if let Some(tree) = self.tree.get() {
            return Ok(tree);
        }
        let thread = self
            .thread
            .borrow_mut()
            .take()
            .ok_or_else(|| Error::failure("the tree file could not be read"))?;
        let tree = thread
            .join()
            .map_err(|_| Error::failure("reading the tree file stopped unexpectedly"))??;
        Ok(self.tree.get_or_init(|| tree))
    }
}

/// The walk inside a transaction, and the checks that hold whatever the mode: the policy for
/// anything deleted, the re-check of what the operator confirmed, and the `apply` audit row.
#[allow(clippy::too_many_arguments)]
fn apply_in(
    w: &Writer,
    tree: &Parsing,
    rehearse: bool,
    prune: bool,
    passwords: &Passwords,
    confirmed: Option<&Confirmed>,
    policy: &dyn Fn() -> Result<()>,
    show: Show,
) -> Result<Report> {
    // What goes with each confirmed delete is compared entity by entity before anything is
    // written: a site and probe added under a pruned customer while the question waited are
    // not deleted unseen.
    if let Some(c) = confirmed {
        let now = store::doomed(w, &top_of(&c.deletes))?;
        if now != c.doomed {
            return Err(Error::conflict(format!(
                "the store changed while you confirmed: {}; nothing was written",
                super::delete::describe_swap(&c.doomed, &now)
            ))
            .with_hint("run the command again to see the new plan"));
        }
    }
    let snap = store::tree::load(w)?;
    let progress = if show.progress {
        tree.len()?.and_then(crate::output::Output::progress_bar)
    } else {
        None
    };
    // The snapshot is read under the lock and the file holds no duplicates, so the walk
    // knows every name is free where it creates one.
    w.names_known_from_snapshot();
    let mode = if rehearse {
        Mode::Rehearse(w)
    } else {
        Mode::Apply(w)
    };
    let (mut report, _) = walk(
        tree,
        &snap,
        mode,
        prune,
        w.actor(),
        passwords,
        (progress, show),
    )?;
    // The report names every entity by the id the database gave it (a bulk write's inserts
    // answer with stand-ins until they are sent).
    let mut ids: Vec<&mut i64> = report
        .actions
        .iter_mut()
        .filter_map(|a| a.id.as_mut())
        .chain(report.secrets.iter_mut().map(|s| &mut s.id))
        .collect();
    w.real_ids(&mut ids)?;
    free_aside(snap);
    if !report.deletes().is_empty() {
        policy()?;
    }
    if let Some(expected) = confirmed
        && report.deletes() != expected.deletes
    {
        return Err(Error::conflict(
            "the store changed while you confirmed: what the prune would delete is no longer what you confirmed; nothing was written",
        )
        .with_hint("run the command again to see the new plan"));
    }
    let c = report.counts;
    if c.create + c.update + c.delete > 0 {
        store::audit::record(
            w,
            Did::Apply,
            Entity::Apply,
            None,
            Some(&report.file),
            &serde_json::json!({
                "create": c.create, "update": c.update, "delete": c.delete,
                "unchanged": c.unchanged, "prune": prune,
            }),
        )?;
    }
    Ok(report)
}

pub fn run(ctx: &mut Context, file: &str, dry_run: bool, prune: bool) -> Result<()> {
    let (text, source) = read_file(file)?;
    let stream = streams(&text, dry_run, prune, ctx.yes, ctx.out.shows_progress());
    std::thread::scope(|scope| {
        let tree = Parsing::start(scope, &text, &source, stream);
        let done = run_parsing(ctx, &tree, (&text, &source), dry_run, prune);
        let done = tree.before(done);
        if let Some(tree) = tree.tree.into_inner() {
            free_aside(tree);
        }
        done
    })
}

/// Whether the file is walked once, as it is read: always in a dry run (one rehearsal, no
/// progress bar); otherwise not when a plan walks it before the lock (a prune to confirm;
/// logins, which may need a password made first: the test of `run_parsing`), nor when a
/// progress bar needs its size first.
fn streams(text: &str, dry_run: bool, prune: bool, yes: bool, progress: bool) -> bool {
    let plans = (prune && !yes) || text.contains("login");
    dry_run || !(plans || progress)
}

fn run_parsing(
    ctx: &mut Context,
    tree: &Parsing,
    (text, source): (&str, &str),
    dry_run: bool,
    prune: bool,
) -> Result<()> {
    // The store first: on PostgreSQL the default actor is the database role. A dry run
    // never creates a store, nor does a file that is not valid.
    match ctx.existing_store() {
        Ok(_) => {}
        Err(e) if e.kind == crate::error::Kind::NotFound => {
            tree.whole()?;
            if !dry_run {
                ctx.store()?;
            }
        }
        Err(e) => {
            drop(tree.parts.borrow_mut().take());
            tree.tree()?;
            return Err(e);
        }
    }
    // A dry run of a store that does not exist yet has no store to name the user.
    let actor = if ctx.actor.is_empty() {
        store::os_user()
    } else {
        ctx.actor.clone()
    };
    let policy_ctx = (ctx.config.policy.clone(), actor.clone());
    let policy = move || super::delete_policy(&policy_ctx.0, &policy_ctx.1);
    let named = |mut r: Report| {
        r.file = source.to_string();
        r
    };

    if dry_run {
        // The whole apply, rolled back: it refuses what the real run would refuse. A store
        // that does not exist yet is rehearsed in memory (a read never creates a store).
        let show = Show {
            progress: false,
            unchanged: ctx.out.lists_unchanged(),
        };
        let mut memory;
        let store = match ctx.existing_store() {
            Ok(s) => s,
            Err(e) if e.kind == crate::error::Kind::NotFound => {
                memory = store::Store::open_in_memory()?;
                &mut memory
            }
            Err(e) => return Err(e),
        };
        let mut report = store.rehearse(&actor, |w| {
            apply_in(w, tree, true, prune, &Passwords::new(), None, &policy, show)
        })?;
        // Nothing was kept: no id it made and no secret it drew means anything.
        report.secrets.clear();
        for a in &mut report.actions {
            if a.action == Change::Create {
                a.id = None;
            }
        }
        return ctx.out.plan(&named(report));
    }

    // A plan outside the lock: what a prune deletes (asked first) and which new logins need
    // a password (hashed now, not while other writers wait). With --yes there is no question
    // to ask, so a prune plans only under the lock (where the policy is checked all the same).
    let mut confirmed = None;
    let mut passwords = Passwords::new();
    // (A file whose text never says `login` asks for none: no need to wait for its tree.)
    if (prune && !ctx.yes) || (text.contains("login") && tree.tree()?.has_logins()) {
        let snap = match ctx.reader() {
            Ok((_, conn)) => store::tree::load(conn)?,
            Err(e) if e.kind == crate::error::Kind::NotFound => Snapshot::default(),
            Err(e) => return Err(e),
        };
        let (plan, needs_password) = walk(
            tree,
            &snap,
            Mode::Plan,
            prune,
            &actor,
            &passwords,
            (None, Show::NOTHING),
        )?;
        let plan = named(plan);
        if prune && !ctx.yes {
            let deletes = plan.deletes();
            // What goes is read before the question, so that what changes while it waits
            // is found under the lock.
            let (_, conn) = ctx.reader()?;
            let what = Confirmed::of(conn, deletes)?;
            if !what.deletes.is_empty() {
                policy()?;
                ctx.confirm(&prune_question(&plan, source))?;
            }
            confirmed = Some(what);
        }
        for path in needs_password {
            let p = secret::new_password()?;
            let h = secret::hash_password(&p)?;
            passwords.insert(path, (p, h));
        }
    }

    let show = Show {
        progress: ctx.out.shows_progress(),
        unchanged: ctx.out.lists_unchanged(),
    };
    let report = ctx.store()?.write(&actor, |w| {
        apply_in(
            w,
            tree,
            false,
            prune,
            &passwords,
            confirmed.as_ref(),
            &policy,
            show,
        )
        .map(named)
    })?;
    let printed = ctx.out.plan(&report);
    free_aside(report);
    printed
}

fn prune_question(plan: &Report, source: &str) -> String {
    use std::fmt::Write as _;
    let parts: Vec<String> = [
        Entity::Customer,
        Entity::Site,
        Entity::Probe,
        Entity::Contact,
    ]
    .iter()
    .filter_map(|&kind| {
        let n = plan
            .actions
            .iter()
            .filter(|a| a.action == Change::Delete && a.kind == kind)
            .count();
        let n = i64::try_from(n).unwrap_or(i64::MAX);
        let kind = kind.as_str();
        (n > 0).then(|| super::counted(n, kind, &format!("{kind}s")))
    })
    .collect();
    let mut question = format!(
        "Apply {source} and delete {} that are not in it, with everything under them:",
        super::and_list(&parts)
    );
    let deleted: Vec<&crate::model::Action> = plan
        .actions
        .iter()
        .filter(|a| a.action == Change::Delete)
        .collect();
    for a in deleted.iter().take(NAMED_IN_QUESTION) {
        let id = a.id.map(|id| format!(" (id {id})")).unwrap_or_default();
        let _ = write!(question, "\n  {} {}{id}", a.kind, super::quote(&a.name));
    }
    if deleted.len() > NAMED_IN_QUESTION {
        let _ = write!(
            question,
            "\n  and {} more",
            deleted.len() - NAMED_IN_QUESTION
        );
    }
    question.push_str("\nThis cannot be undone.");
    question
}

/// How many of the entities a prune deletes its question names one by one.
const NAMED_IN_QUESTION: usize = 10;

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;

    #[test]
    fn only_an_apply_that_walks_the_file_once_streams_it() {
        let text = "[[customer]]\nname = \"D\"\nemail = \"d@d.example\"\n";
        assert!(streams(text, false, false, false, false));
        assert!(
            streams(text, false, true, true, false),
            "a prune with --yes plans under the lock"
        );
        assert!(
            streams(text, true, true, false, true),
            "a dry run plans nothing before and shows no progress"
        );
        assert!(
            !streams(text, false, true, false, false),
            "a prune to confirm"
        );
        assert!(
            !streams(text, false, false, false, true),
            "a progress bar to size"
        );
        let login = format!("{text}# login\n");
        assert!(
            !streams(&login, false, false, false, false),
            "logins to plan"
        );
        assert!(streams(&login, true, false, false, false));
    }

    #[test]
    fn a_streamed_file_comes_in_parts_in_its_order_and_the_rest_after() {
        let mut text = String::new();
        for (p, n) in [("A", 600), ("B", 3)] {
            let _ = write!(
                text,
                "[[partner]]\nname = \"{p}\"\nemail = \"o@{p}.example\"\n"
            );
            for c in 0..n {
                let _ = write!(
                    text,
                    "[[partner.customer]]\nname = \"{p}{c}\"\nemail = \"i@c.example\"\n"
                );
            }
        }
        text.push_str("[[customer]]\nname = \"D\"\nemail = \"d@d.example\"\n");
        std::thread::scope(|scope| {
            let parsing = Parsing::start(scope, &text, "t.toml", true);
            let mut seen = Vec::new();
            let mut parts = 0;
            for part in parsing.parts().unwrap().unwrap() {
                parts += 1;
                match part {
                    Part::Partner(p) => {
                        seen.push(p.name.clone());
                        seen.extend(p.customers.into_iter().map(|c| c.name));
                    }
                    Part::Customers(more) => seen.extend(more.into_iter().map(|c| c.name)),
                }
            }
            // A's 600 customers in more than one part.
            assert!(parts >= 4, "{parts} parts");
            let mut want = vec!["A".to_string()];
            want.extend((0..600).map(|c| format!("A{c}")));
            want.push("B".to_string());
            want.extend((0..3).map(|c| format!("B{c}")));
            assert_eq!(seen, want);
            let rest = parsing.tree().unwrap();
            assert!(rest.partners.is_empty());
            assert_eq!(rest.direct.len(), 1);
            assert!(parsing.parts().is_err(), "the parts are walked once");
            assert_eq!(parsing.len().unwrap(), None);
        });
    }
}
