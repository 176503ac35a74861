//! One `apply` from the file to the printed plan: the store opened (or not, for a file that
//! is not valid), the plan before the lock where a prune must be confirmed or logins need
//! passwords, then the walk inside one transaction (rolled back for a dry run) and the checks
//! that hold whatever the mode.

use super::feed::{Parsing, read_file, streams};
use super::{Mode, Passwords, Show, free_aside, walk};
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::model::{Change, Entity, Report};
use crate::secret;
use crate::store::audit::Action as Did;
use crate::store::tree::Snapshot;
use crate::store::{self, Writer};

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
        let now = store::doomed(w.reads(), &top_of(&c.deletes))?;
        if now != c.doomed {
            return Err(Error::conflict(format!(
                "the store changed while you confirmed: {}; nothing was written",
                super::super::delete::describe_swap(&c.doomed, &now)
            ))
            .with_hint("run the command again to see the new plan"));
        }
    }
    let snap = store::tree::load(w.reads())?;
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

fn run_parsing(
    ctx: &mut Context,
    tree: &Parsing,
    (text, source): (&str, &str),
    dry_run: bool,
    prune: bool,
) -> Result<()> {
    open_store(ctx, tree, dry_run)?;
    // A dry run of a store that does not exist yet has no store to name the user.
    let actor = if ctx.actor.is_empty() {
        store::os_user()
    } else {
        ctx.actor.clone()
    };
    let policy_ctx = (ctx.config.policy.clone(), actor.clone());
    let policy = move || super::super::delete_policy(&policy_ctx.0, &policy_ctx.1);
    if dry_run {
        return rehearse(ctx, tree, source, &actor, prune, &policy);
    }
    let (confirmed, passwords) = plan_first(ctx, tree, (text, source), &actor, prune, &policy)?;
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
        .map(|r| named(r, source))
    })?;
    let printed = ctx.out.plan(&report);
    free_aside(report);
    printed
}

/// Opens the store first: on PostgreSQL the default actor is the database role. A dry run
/// never creates a store, nor does a file that is not valid.
fn open_store(ctx: &mut Context, tree: &Parsing, dry_run: bool) -> Result<()> {
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
    Ok(())
}

/// The report named after the file it applied.
fn named(mut r: Report, source: &str) -> Report {
    r.file = source.to_string();
    r
}

/// A dry run: the whole apply, rolled back, so it refuses what the real run would refuse. A
/// store that does not exist yet is rehearsed in memory (a read never creates a store).
fn rehearse(
    ctx: &mut Context,
    tree: &Parsing,
    source: &str,
    actor: &str,
    prune: bool,
    policy: &dyn Fn() -> Result<()>,
) -> Result<()> {
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
    let mut report = store.rehearse(actor, |w| {
        apply_in(w, tree, true, prune, &Passwords::new(), None, policy, show)
    })?;
    // Nothing was kept: no id it made and no secret it drew means anything.
    report.secrets.clear();
    for a in &mut report.actions {
        if a.action == Change::Create {
            a.id = None;
        }
    }
    ctx.out.plan(&named(report, source))
}

/// A plan outside the lock: what a prune deletes (asked first) and which new logins need a
/// password (hashed now, not while other writers wait). With --yes there is no question to
/// ask, so a prune plans only under the lock (where the policy is checked all the same).
fn plan_first(
    ctx: &mut Context,
    tree: &Parsing,
    (text, source): (&str, &str),
    actor: &str,
    prune: bool,
    policy: &dyn Fn() -> Result<()>,
) -> Result<(Option<Confirmed>, Passwords)> {
    let mut confirmed = None;
    let mut passwords = Passwords::new();
    // (A file whose text never says `login` asks for none: no need to wait for its tree.)
    if !((prune && !ctx.yes) || (text.contains("login") && tree.tree()?.has_logins())) {
        return Ok((confirmed, passwords));
    }
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
        actor,
        &passwords,
        (None, Show::NOTHING),
    )?;
    let plan = named(plan, source);
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
    Ok((confirmed, passwords))
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
        (n > 0).then(|| super::super::counted(n, kind, &format!("{kind}s")))
    })
    .collect();
    let mut question = format!(
        "Apply {source} and delete {} that are not in it, with everything under them:",
        super::super::and_list(&parts)
    );
    let deleted: Vec<&crate::model::Action> = plan
        .actions
        .iter()
        .filter(|a| a.action == Change::Delete)
        .collect();
    for a in deleted.iter().take(NAMED_IN_QUESTION) {
        let id = a.id.map(|id| format!(" (id {id})")).unwrap_or_default();
        let _ = write!(
            question,
            "\n  {} {}{id}",
            a.kind,
            crate::model::quote(&a.name)
        );
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
