//! The one path every delete verb takes: the `[policy] delete` check, self-protection, the
//! question that states exactly what goes, and the same statement made again once the write
//! holds the lock. If what would go is no longer exactly what the operator confirmed (another
//! operator added a site, renamed the customer, or deleted it and made another), nothing is
//! deleted and the command exits 4. Ids are never reused, so an id names one entity forever.

use crate::store::Db as Connection;

use super::{Context, counted, describe_cascade, naming};
use crate::error::{Error, Result};
use crate::model::{Contact, Customer, Entity, Partner, Probe, Site};
use crate::output::Row;
use crate::store::{self, Writer};

/// An entity that a delete verb removes.
pub(crate) trait Deletable: Named + Row + Clone {
    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>>;
    /// What goes with them, as the question says it: " with 3 sites, ..." (or nothing).
    fn under(conn: &Connection, items: &[Self]) -> Result<String>;
    fn delete(w: &Writer, items: &[Self]) -> Result<()>;
    /// Refuses what the actor may not delete (a contact deleting itself).
    fn refuse(_actor: &str, _items: &[Self]) -> Result<()> {
        Ok(())
    }
    /// Refuses what the session's role may not delete (a partner, for a partner's staff).
    fn refuse_role(_conn: &Connection) -> Result<()> {
        Ok(())
    }
}

/// What a delete calls each kind of entity, and each one.
pub(crate) trait Named {
    const ENTITY: Entity;
    const KIND: &'static str;
    const KINDS: &'static str;
    fn id(&self) -> i64;
    /// Its kind as the audit and `store::doomed` name it.
    fn entity(&self) -> Entity {
        Self::ENTITY
    }
    /// How the question names it, quoted as every message quotes a name.
    fn label(&self) -> String;
}

/// An entity named by its `name`.
macro_rules! named {
    ($($t:ty: $kind:expr, $kinds:literal;)+) => {
        $(impl Named for $t {
            const ENTITY: Entity = $kind;
            const KIND: &'static str = $kind.as_str();
            const KINDS: &'static str = $kinds;
            fn id(&self) -> i64 {
                self.id
            }
            fn label(&self) -> String {
                crate::model::quote(&self.name)
            }
        })+
    };
}
named! {
    Partner: Entity::Partner, "partners";
    Customer: Entity::Customer, "customers";
    Site: Entity::Site, "sites";
    Probe: Entity::Probe, "probes";
}

impl Named for Contact {
    const ENTITY: Entity = Entity::Contact;
    const KIND: &'static str = Entity::Contact.as_str();
    const KINDS: &'static str = "contacts";
    fn id(&self) -> i64 {
        self.id
    }
    fn entity(&self) -> Entity {
        self.kind.into()
    }
    fn label(&self) -> String {
        use crate::model::quote;
        format!(
            "{} of customer {}",
            quote(&self.email),
            quote(&self.customer)
        )
    }
}

/// `customer "Acme" (id 7) with 3 sites, ...` for `items` as they are in the store now.
fn describe<T: Deletable>(conn: &Connection, items: &[T]) -> Result<String> {
    let named: Vec<(i64, String)> = items.iter().map(|t| (t.id(), t.label())).collect();
    Ok(format!(
        "{}{}",
        naming(T::KIND, T::KINDS, &named),
        T::under(conn, items)?
    ))
}

/// Everything deleting `items` takes with it, the items included, by identity.
fn identities<T: Named>(conn: &Connection, items: &[T]) -> Result<Vec<(Entity, i64)>> {
    let top: Vec<(Entity, i64)> = items.iter().map(|t| (t.entity(), t.id())).collect();
    store::doomed(conn, &top)
}

/// Deletes what `resolve` finds, after the policy check and the confirmation, re-checking
/// under the write lock that it is still exactly what the question named; then prints it.
pub(crate) fn run<T: Deletable>(
    ctx: &mut Context,
    resolve: impl Fn(&Connection) -> Result<Vec<T>>,
) -> Result<()> {
    // The store first: on PostgreSQL the default actor is the database role.
    ctx.existing_store()?;
    ctx.check_delete_policy()?;
    let (found, what, doomed) = {
        let (_, conn) = ctx.reader()?;
        let found = resolve(conn)?;
        let what = describe(conn, &found)?;
        let doomed = identities(conn, &found)?;
        (found, what, doomed)
    };
    T::refuse(&ctx.actor, &found)?;
    T::refuse_role(ctx.reader()?.1)?;
    let actor = ctx.actor.clone();
    super::guard::refuse_own_removal(ctx.reader()?.1, &actor, &doomed)?;
    ctx.confirm(&format!("Delete {what}? This cannot be undone."))?;
    ctx.write(|w| {
        let mut current = Vec::with_capacity(found.len());
        for t in &found {
            match T::fetch(w.reads(), t.id())? {
                Some(now) if now.label() == t.label() => current.push(now),
                _ => {
                    return Err(changed_meanwhile(&format!(
                        "{} {} (id {}) was deleted or renamed by someone else",
                        T::KIND,
                        crate::model::quote(&t.label()),
                        t.id()
                    )));
                }
            }
        }
        let again = describe(w.reads(), &current)?;
        if again != what {
            return Err(changed_meanwhile(&format!(
                "you confirmed deleting {what}, but it is now {again}"
            )));
        }
        // The same counts can hide a swap (site B deleted, site C added): what goes is
        // compared entity by entity.
        let now = identities(w.reads(), &current)?;
        if now != doomed {
            return Err(changed_meanwhile(&describe_swap(&doomed, &now)));
        }
        T::refuse(&actor, &current)?;
        super::guard::refuse_own_removal(w.reads(), &actor, &now)?;
        T::delete(w, &current)
    })?;
    ctx.out.note(&format!("Deleted {what}."));
    let mut list = ctx.out.list(|t: &T| t.id());
    for t in &found {
        list.row(t)?;
    }
    list.finish(T::KINDS)
}

/// What differs between what the question named and what would go now.
pub(crate) fn describe_swap(confirmed: &[(Entity, i64)], now: &[(Entity, i64)]) -> String {
    let added: Vec<String> = now
        .iter()
        .filter(|x| !confirmed.contains(x))
        .map(|(k, i)| format!("{k} {i}"))
        .collect();
    let gone: Vec<String> = confirmed
        .iter()
        .filter(|x| !now.contains(x))
        .map(|(k, i)| format!("{k} {i}"))
        .collect();
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(format!("{} would go too", added.join(", ")));
    }
    if !gone.is_empty() {
        parts.push(format!("{} no longer there", gone.join(", ")));
    }
    format!(
        "what would be deleted is no longer what you confirmed ({})",
        parts.join("; ")
    )
}

/// The conflict of a delete whose targets changed between the question and the lock.
pub(crate) fn changed_meanwhile(what_changed: &str) -> Error {
    Error::conflict(format!(
        "the store changed while you confirmed: {what_changed}; nothing was deleted"
    ))
    .with_hint("run the command again to see what it would delete now")
}

impl Deletable for Partner {
    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        store::partner::get(conn, id)
    }
    fn refuse_role(conn: &Connection) -> Result<()> {
        if store::staff::space(conn)?.is_some() {
            return Err(Error::denied(
                "a partner's staff may not delete a partner, its own included; nothing was deleted",
            )
            .with_hint("ask an administrator who is nobody's staff"));
        }
        Ok(())
    }
    fn under(conn: &Connection, items: &[Self]) -> Result<String> {
        let ids: Vec<i64> = items.iter().map(|p| p.id).collect();
        let gone = store::partner::cascade_counts(conn, &ids)?;
        Ok(format!(" with {}", describe_cascade(&gone, true)))
    }
    fn delete(w: &Writer, items: &[Self]) -> Result<()> {
        store::partner::delete(w, items)
    }
}

impl Deletable for Customer {
    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        store::customer::get(conn, id)
    }
    fn under(conn: &Connection, items: &[Self]) -> Result<String> {
        let ids: Vec<i64> = items.iter().map(|c| c.id).collect();
        let gone = store::customer::cascade_counts(conn, &ids)?;
        Ok(format!(" with {}", describe_cascade(&gone, false)))
    }
    fn delete(w: &Writer, items: &[Self]) -> Result<()> {
        store::customer::delete(w, items)
    }
}

impl Deletable for Site {
    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        store::site::get(conn, id)
    }
    fn under(conn: &Connection, items: &[Self]) -> Result<String> {
        let ids: Vec<i64> = items.iter().map(|s| s.id).collect();
        let probes = store::site::cascade_counts(conn, &ids)?;
        Ok(format!(" with {}", counted(probes, "probe", "probes")))
    }
    fn delete(w: &Writer, items: &[Self]) -> Result<()> {
        store::site::delete(w, items)
    }
}

impl Deletable for Probe {
    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        store::probe::get(conn, id)
    }
    fn under(_conn: &Connection, _items: &[Self]) -> Result<String> {
        Ok(String::new())
    }
    fn delete(w: &Writer, items: &[Self]) -> Result<()> {
        store::probe::delete(w, items)
    }
}

impl Deletable for Contact {
    fn fetch(conn: &Connection, id: i64) -> Result<Option<Self>> {
        store::contact::get(conn, id)
    }
    fn under(_conn: &Connection, _items: &[Self]) -> Result<String> {
        Ok(String::new())
    }
    fn delete(w: &Writer, items: &[Self]) -> Result<()> {
        store::contact::delete(w, items)
    }
    fn refuse(actor: &str, items: &[Self]) -> Result<()> {
        items
            .iter()
            .try_for_each(|k| super::refuse_self(actor, k, "delete"))
    }
}
