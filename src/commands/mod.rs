//! The verbs, one module per noun. A command validates its input, asks the store (one
//! transaction) and hands rows to the output; it never writes SQL or prints directly.

mod apply;
mod contact;
mod customer;
mod db;
mod delete;
mod export;
mod guard;
mod invite;
mod log;
mod partner;
mod person;
mod portal;
mod probe;
mod resolve;
mod site;
mod view;

use std::path::PathBuf;

use unicode_normalization::UnicodeNormalization;

use crate::cli::{Cli, Command};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::model::{Partner, quote};
use crate::output::Output;
use crate::store::{self, Store};

pub(crate) use resolve::scoped_customer;
use resolve::{filter_customer, one, partner_scope, resolve_all, resolve_owner};
pub use resolve::{resolve_customer, resolve_partner, resolve_probe, resolve_site};

/// What every command gets: output, config, who acts, and the store (opened on first use).
pub struct Context {
    pub out: Output,
    pub config: Config,
    /// Who acts, for the audit and the guard-rails: `--actor`, else the authenticated user.
    pub actor: String,
    /// Whether `--actor` / `PORTALCTL_ACTOR` named the actor.
    actor_given: bool,
    pub yes: bool,
    db: Option<PathBuf>,
    store: Option<Store>,
}

impl Context {
    /// The context of one command. `--actor` / `PORTALCTL_ACTOR` is validated like a name.
    pub fn new(out: Output, config: Config, cli: &Cli) -> Result<Context> {
        // Without --actor, the actor is the authenticated user, which opening the store
        // settles (the OS user, or the database role); every write opens the store first.
        let actor = match &cli.actor {
            Some(a) => crate::model::actor(a)?,
            None => String::new(),
        };
        Ok(Context {
            out,
            config,
            actor,
            actor_given: cli.actor.is_some(),
            yes: cli.yes,
            db: cli.db.clone(),
            store: None,
        })
    }

    /// The store's path: `--db`, `PORTALCTL_DB`, or the platform default.
    pub fn db_path(&self) -> Result<PathBuf> {
        match &self.db {
            Some(p) => Ok(p.clone()),
            None => crate::config::default_db_path(),
        }
    }

    /// The store, opened (and migrated) on first use; created when missing.
    pub fn store(&mut self) -> Result<&mut Store> {
        self.open(store::Create::Yes)
    }

    /// The store if it exists (a read never creates one: a missing store is exit 3).
    pub fn existing_store(&mut self) -> Result<&mut Store> {
        self.open(store::Create::No)
    }

    fn open(&mut self, create: store::Create) -> Result<&mut Store> {
        if self.store.is_none() {
            let path = self.db_path()?;
            let busy = self.config.busy_timeout_ms();
            // Only the platform default's directory is made: a directory the operator named
            // that does not exist is a typo until they say otherwise.
            let create = match (create, &self.db) {
                (store::Create::Yes, None) => store::Create::WithDirectory,
                (c, _) => c,
            };
            let store = Store::open_named(&path, busy, create)?;
            if store.created() {
                self.out.note(&format!(
                    "Created a new store at {}",
                    Store::shown_location(&path)
                ));
            }
            // Without --actor, the actor is the authenticated user (the database role on
            // PostgreSQL).
            if !self.actor_given {
                self.actor = store.user().to_string();
            }
            self.store = Some(store);
        }
        self.store
            .as_mut()
            .ok_or_else(|| Error::failure("the store could not be opened"))
    }

    /// The output and a read connection, borrowed together. A missing store is exit 3.
    pub fn reader(&mut self) -> Result<(&Output, &crate::store::Db)> {
        self.existing_store()?;
        let store = self
            .store
            .as_ref()
            .ok_or_else(|| Error::failure("the store could not be opened"))?;
        Ok((&self.out, store.conn()))
    }

    /// Runs `f` in one immediate write transaction as this context's actor.
    pub fn write<T>(&mut self, f: impl FnOnce(&store::Writer) -> Result<T>) -> Result<T> {
        // Opened first: opening settles the default actor.
        self.store()?;
        let actor = self.actor.clone();
        self.store()?.write(&actor, f)
    }

    /// Refuses (exit 6) when the config's `[policy] delete` does not name this actor. Every
    /// path that deletes calls it: the delete verbs and `apply --prune`.
    pub fn check_delete_policy(&self) -> Result<()> {
        delete_policy(&self.config.policy, &self.actor)
    }

    /// Asks before deleting; `--yes` skips the question, no terminal refuses (exit 5).
    pub fn confirm(&self, question: &str) -> Result<()> {
        crate::confirm::confirm(question, self.yes)
    }
}

/// Refuses (exit 6) when `policy` has a `delete` list that does not name `actor` (compared
/// as stored names are: trimmed, NFC).
pub(crate) fn delete_policy(policy: &crate::config::Policy, actor: &str) -> Result<()> {
    match &policy.delete {
        Some(allowed) if !allowed.iter().any(|a| normalize_ref(a) == actor) => {
            // Who may delete, not how to pass for them: on SQLite --actor is only a name.
            let hint = if allowed.is_empty() {
                "the config's [policy] delete lists nobody, so nobody may delete; ask whoever keeps the config".to_string()
            } else {
                format!(
                    "only {} may delete: ask one of them, or whoever keeps the config",
                    or_list(&allowed.iter().map(|a| quote(a)).collect::<Vec<_>>())
                )
            };
            Err(Error::denied(format!(
                "actor {} may not delete: the config's [policy] delete does not list it; nothing was changed",
                quote(actor)
            ))
            .with_hint(hint))
        }
        _ => Ok(()),
    }
}

pub fn dispatch(ctx: &mut Context, command: Command) -> Result<()> {
    match command {
        Command::Partner(cmd) => partner::run(ctx, cmd),
        Command::Customer(cmd) => customer::run(ctx, cmd),
        Command::Site(cmd) => site::run(ctx, cmd),
        Command::Probe(cmd) => probe::run(ctx, cmd),
        Command::Contact(cmd) => contact::run(ctx, cmd),
        Command::Invite(cmd) => invite::run(ctx, cmd),
        Command::Portal(cmd) => portal::run_portal(ctx, cmd),
        Command::Authcode(cmd) => portal::run_authcode(ctx, cmd),
        Command::Apply {
            file,
            dry_run,
            prune,
        } => apply::run(ctx, &file, dry_run, prune),
        Command::Export {
            partner,
            customer,
            direct,
        } => export::run(ctx, partner, customer.as_deref(), direct),
        Command::Log(args) => log::run(ctx, &args),
        Command::Db(cmd) => db::run(ctx, cmd),
        Command::Completions { shell } => ctx.out.raw(&crate::complete::registration(shell)),
    }
}

/// Reads a secret from standard input: a hidden prompt on a terminal, else the first line
/// (at most 4 KiB are read). Secrets come this way so they stay out of `ps` and shell history.
pub fn read_secret(what: &str) -> Result<String> {
    let mut all = read_secrets(&[what])?;
    Ok(all.remove(0))
}

/// Reads several secrets from standard input, one a line in the order of `whats` (a hidden
/// prompt for each on a terminal). A missing line is a usage error naming what was missing.
pub fn read_secrets(whats: &[&str]) -> Result<Vec<String>> {
    use std::io::{IsTerminal, Read};
    if std::io::stdin().is_terminal() {
        return whats
            .iter()
            .map(|what| crate::confirm::password(what))
            .collect();
    }
    let mut buf = Vec::new();
    std::io::stdin()
        .take(4096 * whats.len() as u64)
        .read_to_end(&mut buf)
        .map_err(|e| {
            Error::usage(format!(
                "could not read the {} from standard input",
                whats.join(" and ")
            ))
            .caused_by(e)
        })?;
    let text = String::from_utf8(buf).map_err(|_| {
        Error::usage(format!(
            "the {} on standard input is not UTF-8",
            whats.join(" and ")
        ))
    })?;
    let mut lines = text.lines();
    whats
        .iter()
        .enumerate()
        .map(|(n, what)| match lines.next() {
            Some(line) => Ok(line.to_string()),
            None if n == 0 => Ok(String::new()),
            None => Err(Error::usage(format!(
                "standard input has no line {} for the {what}",
                n + 1
            ))
            .with_hint(format!("give them one a line: {}", whats.join(", then ")))),
        })
        .collect()
}

/// A list's `--sort`, `--desc`, page and `--name` (when it has one) as the store takes them.
/// Without `--sort` the entity's default key is used, descending also where the entity
/// lists newest first (invitations).
pub(crate) fn listing<S>(
    out: &Output,
    order: &crate::cli::Order<S>,
    name: Option<&str>,
) -> store::Listing<S>
where
    S: clap::ValueEnum + Clone + Send + Sync + store::SortKey,
{
    store::Listing {
        sort: order.sort.unwrap_or_default(),
        descending: order.desc || (order.sort.is_none() && S::NEWEST_FIRST),
        name: name.map(normalize_ref),
        limit: out.rows_to_read(order.page.limit),
        offset: order.page.offset,
    }
}

/// A reference as typed, in the form names are stored (trimmed, NFC).
pub(crate) fn normalize_ref(reference: &str) -> String {
    reference.trim().nfc().collect()
}

/// A customer's partner (none for a direct customer) and the portal link shown with its codes:
/// the partner's `portal_url`, else the config's.
pub(crate) fn partner_and_link(
    conn: &crate::store::Db,
    customer_id: i64,
    config_url: Option<&str>,
) -> Result<(Option<Partner>, Option<String>)> {
    let partner = store::customer::get(conn, customer_id)?
        .and_then(|c| c.partner_id)
        .map(|p| store::partner::get(conn, p))
        .transpose()?
        .flatten();
    let link = partner
        .as_ref()
        .and_then(|p| p.portal_url.clone())
        .or_else(|| config_url.map(ToString::to_string));
    Ok((partner, link))
}

/// "1 site", "3 sites".
#[must_use]
pub fn counted(n: i64, singular: &str, plural: &str) -> String {
    if n == 1 {
        format!("1 {singular}")
    } else {
        format!("{n} {plural}")
    }
}

/// "3 sites, 12 probes, 5 contacts and 2 invitations" (with customers first for partners).
#[must_use]
pub fn describe_cascade(c: &store::Cascade, with_customers: bool) -> String {
    let mut parts = Vec::new();
    if with_customers {
        parts.push(counted(c.customers, "customer", "customers"));
    }
    parts.push(counted(c.sites, "site", "sites"));
    parts.push(counted(c.probes, "probe", "probes"));
    parts.push(counted(c.contacts, "contact", "contacts"));
    parts.push(counted(c.invitations, "invitation", "invitations"));
    and_list(&parts)
}

/// "a, b or c".
fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// "a, b and c".
#[must_use]
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A contact may not delete or deactivate itself: refused (exit 4) when `--actor` is the
/// contact's email, compared as emails are (NFC, case-folded), on every path (verbs and apply).
pub(crate) fn refuse_self(actor: &str, k: &crate::model::Contact, verb: &str) -> Result<()> {
    use crate::model::email_key;
    if email_key(actor) == email_key(&k.email) {
        return Err(Error::conflict(format!(
            "{} cannot {verb} itself: --actor is the {}'s own email",
            quote(&k.email),
            k.kind
        ))
        .with_hint("ask another administrator of the account to do it"));
    }
    Ok(())
}

/// `customer "Acme" (id 7)` or `2 customers ("Acme" (id 7), "Beta" (id 8))` from labels
/// already quoted, the one way every message quotes a name (`model::quote`).
fn naming(kind: &str, kinds: &str, items: &[(i64, String)]) -> String {
    match items {
        [(id, name)] => format!("{kind} {name} (id {id})"),
        _ => format!(
            "{} {kinds} ({})",
            items.len(),
            items
                .iter()
                .map(|(id, n)| format!("{n} (id {id})"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Gives each of `found` its new state (`with`), written by `update` (whether anything
/// changed), and returns each as now stored with that answer: the one loop of `customer` and
/// `contact` `activate|deactivate`.
fn set_each<T: Clone>(
    found: Vec<T>,
    with: impl Fn(&T) -> T,
    update: impl Fn(&T, &T) -> Result<bool>,
    stored: impl Fn(&T) -> Result<Option<T>>,
) -> Result<Vec<(T, bool)>> {
    let mut out = Vec::with_capacity(found.len());
    for old in found {
        let new = with(&old);
        let changed = update(&old, &new)?;
        out.push((stored(&old)?.unwrap_or(new), changed));
    }
    Ok(out)
}

/// An optional text flag on `current`, by the one rule (`model::optional`).
fn edit_optional(
    current: Option<String>,
    flag: Option<&str>,
    validate: impl FnOnce(&str) -> Result<String>,
) -> Result<Option<String>> {
    Ok(crate::model::optional(flag, validate)?.unwrap_or(current))
}

/// Optional text flag at creation: absent or "" is none.
fn create_optional(
    flag: Option<&str>,
    validate: impl FnOnce(&str) -> Result<String>,
) -> Result<Option<String>> {
    edit_optional(None, flag, validate)
}

/// Prints the result of an edit: the entity, and which fields changed.
fn report_edit<T: crate::output::Row>(
    ctx: &Context,
    kind: crate::model::Entity,
    row: &T,
    id: i64,
    name: &str,
    changed: &[String],
) -> Result<()> {
    if changed.is_empty() {
        ctx.out.note(&format!(
            "{kind} {} (id {id}): nothing changed",
            quote(name)
        ));
    } else {
        ctx.out.note(&format!(
            "Updated {kind} {} (id {id}): {}",
            quote(name),
            changed.join(", ")
        ));
    }
    ctx.out.show(row, id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counting_words() {
        assert_eq!(counted(1, "site", "sites"), "1 site");
        assert_eq!(counted(0, "site", "sites"), "0 sites");
        assert_eq!(counted(12, "probe", "probes"), "12 probes");
        assert_eq!(
            and_list(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
        assert_eq!(and_list(&["a".into()]), "a");
        assert_eq!(or_list(&["a".into(), "b".into()]), "a or b");
    }

    #[test]
    fn the_delete_policy_says_who_may_delete() {
        let policy = crate::config::Policy {
            delete: Some(vec!["alice".into(), "ci-provisioner".into()]),
        };
        let e = delete_policy(&policy, "bob").unwrap_err();
        assert_eq!(e.exit_code(), 6);
        assert_eq!(
            e.hint.as_deref(),
            Some(
                "only \"alice\" or \"ci-provisioner\" may delete: ask one of them, or whoever keeps the config"
            )
        );
        assert!(delete_policy(&policy, "alice").is_ok());
    }

    #[test]
    fn naming_one_and_many() {
        assert_eq!(
            naming("customer", "customers", &[(7, quote("Acme"))]),
            "customer \"Acme\" (id 7)"
        );
        assert_eq!(
            naming(
                "customer",
                "customers",
                &[(7, quote("Acme")), (8, quote("Beta"))]
            ),
            "2 customers (\"Acme\" (id 7), \"Beta\" (id 8))"
        );
    }
}
