//! `portalctl apply`: make the store hold what a tree file describes. One walk over the file
//! serves the plan (no writer: nothing is written; it states what a prune deletes and which
//! passwords must be made), the dry run (the whole apply in a transaction that is rolled back,
//! so it refuses what the real run refuses) and the apply (inside one immediate transaction),
//! so what is printed is exactly what is done. Every guard-rail of the verbs holds here too:
//! `[policy] delete` and self-protection for what a prune deletes or a file deactivates.
//! Passwords are generated and hashed before the write lock is taken.

use crate::store::audit::Action as Did;
use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde_json::Value;

use super::Context;
use crate::error::{Error, Result};
use crate::model::{
    Action, Change, Contact, ContactKind, Customer, FieldChange, MadeSecret, Partner, Probe,
    Report, Site, Status, email_key,
};
use crate::secret;
use crate::store::portal::{self as door, Scope};
use crate::store::tree::{Index, Snapshot};
use crate::store::{self, Writer};
use crate::tree::{self, ContactSpec, CustomerSpec, Field, PartnerSpec, ProbeSpec, SiteSpec, Tree};

fn diff<T: Serialize + PartialEq>(
    out: &mut Vec<FieldChange>,
    field: &'static str,
    old: &T,
    new: &T,
) {
    if old != new {
        out.push(FieldChange {
            field,
            old: serde_json::to_value(old).unwrap_or(Value::Null),
            new: serde_json::to_value(new).unwrap_or(Value::Null),
        });
    }
}

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
    idx: Index,
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
}

impl Walker<'_> {
    fn record(
        &mut self,
        action: Change,
        kind: &'static str,
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
        self.report.actions.push(Action {
            action,
            kind,
            name,
            id,
            changes,
        });
    }

    fn secret(
        &mut self,
        kind: &'static str,
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

    fn walk(&mut self, tree: &Tree) -> Result<()> {
        for p in &tree.partners {
            self.partner(p)?;
        }
        for c in &tree.direct {
            self.customer(c, Some(0), None, "")?;
        }
        for p in &tree.unassigned {
            self.unassigned_probe(p)?;
        }
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

    fn unassigned_probe(&mut self, spec: &ProbeSpec) -> Result<()> {
        let snap = self.snap;
        let path = format!("(unassigned) / {}", spec.name);
        match self
            .idx
            .unassigned
            .get(&spec.name)
            .map(|&i| &snap.probes[i])
        {
            None => self.probe_create(
                &Probe {
                    name: spec.name.clone(),
                    serial: want(None, &spec.serial),
                    ..Probe::default()
                },
                path,
            )?,
            Some(old) => self.probe_update(old, spec, path)?,
        }
        Ok(())
    }

    /// A new probe (at a site, or unassigned) with its installation token, made once.
    fn probe_create(&mut self, draft: &Probe, path: String) -> Result<()> {
        let id = match self.w {
            Some(w) => {
                let token = secret::new_code()?;
                let p = store::probe::insert(
                    w,
                    draft,
                    &secret::hash_code(&token),
                    &secret::last_four(&token),
                )?;
                self.secret(
                    "probe",
                    &path,
                    p.id,
                    "installation_token",
                    secret::format_code(&token),
                );
                Some(p.id)
            }
            None => None,
        };
        self.record(Change::Create, "probe", path, id, Vec::new());
        Ok(())
    }

    /// An existing probe: only its serial can differ.
    fn probe_update(&mut self, old: &Probe, spec: &ProbeSpec, path: String) -> Result<()> {
        let serial = want(old.serial.as_ref(), &spec.serial);
        let mut ch = Vec::new();
        diff(&mut ch, "serial", &old.serial, &serial);
        if ch.is_empty() {
            self.record(Change::Unchanged, "probe", path, Some(old.id), ch);
        } else {
            if let Some(w) = self.w {
                let new = Probe {
                    serial,
                    ..old.clone()
                };
                store::probe::update(w, old, &new, Did::Update)?;
            }
            self.record(Change::Update, "probe", path, Some(old.id), ch);
        }
        Ok(())
    }

    fn partner(&mut self, spec: &PartnerSpec) -> Result<()> {
        let snap = self.snap;
        let old = self.idx.partner.get(&spec.name).map(|&i| &snap.partners[i]);
        let path = spec.name.clone();
        let id = match old {
            None => {
                let id = match self.w {
                    Some(w) => Some(
                        store::partner::insert(
                            w,
                            &spec.name,
                            &spec.email,
                            want(None, &spec.portal_url).as_deref(),
                        )?
                        .id,
                    ),
                    None => None,
                };
                self.record(Change::Create, "partner", path.clone(), id, Vec::new());
                id
            }
            Some(old) => {
                let new = Partner {
                    email: spec.email.clone(),
                    portal_url: want(old.portal_url.as_ref(), &spec.portal_url),
                    ..old.clone()
                };
                let mut ch = Vec::new();
                diff(&mut ch, "email", &old.email, &new.email);
                diff(&mut ch, "portal_url", &old.portal_url, &new.portal_url);
                if ch.is_empty() {
                    self.record(Change::Unchanged, "partner", path.clone(), Some(old.id), ch);
                } else {
                    if let Some(w) = self.w {
                        store::partner::update(w, old, &new)?;
                    }
                    self.record(Change::Update, "partner", path.clone(), Some(old.id), ch);
                }
                Some(old.id)
            }
        };
        for c in &spec.customers {
            self.customer(c, id, Some(&spec.name), &format!("{path} / "))?;
        }
        // A partial entry (a customer's export) lists only some customers: prune none.
        if let (true, false, Some(pid), Some(_)) = (self.prune, spec.partial, id, old) {
            let keep: HashSet<&str> = spec.customers.iter().map(|c| c.name.as_str()).collect();
            let gone: Vec<Customer> = Index::under(&self.idx.customers_of, pid)
                .iter()
                .map(|&i| &snap.customers[i])
                .filter(|c| !keep.contains(c.name.as_str()))
                .cloned()
                .collect();
            for c in &gone {
                self.record(
                    Change::Delete,
                    "customer",
                    format!("{path} / {}", c.name),
                    Some(c.id),
                    Vec::new(),
                );
            }
            if let Some(w) = self.w {
                store::customer::delete(w, &gone)?;
            }
        }
        Ok(())
    }

    /// `partner_key`: the partner's id (0 for direct customers), or `None` when the partner is
    /// only planned.
    fn customer(
        &mut self,
        spec: &CustomerSpec,
        partner_key: Option<i64>,
        partner: Option<&str>,
        parent: &str,
    ) -> Result<()> {
        let snap = self.snap;
        let path = format!("{parent}{}", spec.name);
        let old = partner_key
            .and_then(|k| self.idx.customer.get(&(k, spec.name.clone())))
            .map(|&i| &snap.customers[i]);
        let base = old.cloned().unwrap_or_else(|| Customer {
            partner_id: partner_key.filter(|k| *k != 0),
            partner: partner.map(ToString::to_string),
            name: spec.name.clone(),
            active: true,
            ..Customer::default()
        });
        let new = Customer {
            email: spec.email.clone(),
            workflow: want(base.workflow.as_ref(), &spec.workflow),
            active: spec.active.unwrap_or(base.active),
            display_name: want(base.display_name.as_ref(), &spec.display_name),
            logo_url: want(base.logo_url.as_ref(), &spec.logo_url),
            primary_color: want(base.primary_color.as_ref(), &spec.primary_color),
            support_email: want(base.support_email.as_ref(), &spec.support_email),
            portal: spec.portal.unwrap_or(base.portal),
            ..base
        };
        let had_code = old.is_some_and(|c| snap.customer_codes.contains(&c.id));
        let id = match old {
            None => {
                let id = match self.w {
                    Some(w) => {
                        let c = store::customer::insert(w, &new)?;
                        if new.portal {
                            self.enable(
                                w,
                                Scope::Customer,
                                c.id,
                                &c.name,
                                "customer",
                                &path,
                                None,
                            )?;
                        }
                        Some(c.id)
                    }
                    None => None,
                };
                self.record(Change::Create, "customer", path.clone(), id, Vec::new());
                id
            }
            Some(old) => {
                let mut ch = Vec::new();
                diff(&mut ch, "email", &old.email, &new.email);
                diff(&mut ch, "workflow", &old.workflow, &new.workflow);
                diff(&mut ch, "active", &old.active, &new.active);
                diff(&mut ch, "portal", &old.portal, &new.portal);
                diff(
                    &mut ch,
                    "display_name",
                    &old.display_name,
                    &new.display_name,
                );
                diff(&mut ch, "logo_url", &old.logo_url, &new.logo_url);
                diff(
                    &mut ch,
                    "primary_color",
                    &old.primary_color,
                    &new.primary_color,
                );
                diff(
                    &mut ch,
                    "support_email",
                    &old.support_email,
                    &new.support_email,
                );
                let needs_code = new.portal && !had_code;
                if needs_code && old.portal {
                    diff(&mut ch, "authcode", &"none", &"issued");
                }
                if ch.is_empty() {
                    self.record(
                        Change::Unchanged,
                        "customer",
                        path.clone(),
                        Some(old.id),
                        ch,
                    );
                } else {
                    if let Some(w) = self.w {
                        store::customer::update(w, old, &new, Did::Update)?;
                        if needs_code {
                            self.enable(
                                w,
                                Scope::Customer,
                                old.id,
                                &old.name,
                                "customer",
                                &path,
                                None,
                            )?;
                        } else if old.portal && !new.portal {
                            door::set(
                                w,
                                Scope::Customer,
                                old.id,
                                &old.name,
                                &door::Change::OFF,
                                Did::Disable,
                            )?;
                        }
                    }
                    self.record(Change::Update, "customer", path.clone(), Some(old.id), ch);
                }
                Some(old.id)
            }
        };
        let parent = format!("{path} / ");
        for s in &spec.sites {
            self.site(s, id, &new.name, &parent)?;
        }
        for k in &spec.contacts {
            self.contact(k, id, &new.name, &parent)?;
        }
        if let (true, Some(cid), Some(_)) = (self.prune, id, old) {
            let keep: HashSet<&str> = spec.sites.iter().map(|s| s.name.as_str()).collect();
            let sites: Vec<Site> = Index::under(&self.idx.sites_of, cid)
                .iter()
                .map(|&i| &snap.sites[i])
                .filter(|s| !keep.contains(s.name.as_str()))
                .cloned()
                .collect();
            let keep: HashSet<String> = spec.contacts.iter().map(|k| email_key(&k.email)).collect();
            // Guests are never pruned: they come and go through invitations.
            let contacts: Vec<Contact> = Index::under(&self.idx.contacts_of, cid)
                .iter()
                .map(|&i| &snap.contacts[i])
                .filter(|k| k.kind == ContactKind::Contact && !keep.contains(&email_key(&k.email)))
                .cloned()
                .collect();
            for k in &contacts {
                super::refuse_self(self.actor, k, "delete")?;
            }
            for s in &sites {
                self.record(
                    Change::Delete,
                    "site",
                    format!("{parent}{}", s.name),
                    Some(s.id),
                    Vec::new(),
                );
            }
            for k in &contacts {
                self.record(
                    Change::Delete,
                    "contact",
                    format!("{parent}{}", k.email),
                    Some(k.id),
                    Vec::new(),
                );
            }
            if let Some(w) = self.w {
                store::site::delete(w, &sites)?;
                store::contact::delete(w, &contacts)?;
            }
        }
        Ok(())
    }

    /// Turns a portal on with a fresh code and keeps the code for the report.
    #[allow(clippy::too_many_arguments)]
    fn enable(
        &mut self,
        w: &Writer,
        scope: Scope,
        id: i64,
        name: &str,
        kind: &'static str,
        path: &str,
        level: Option<bool>,
    ) -> Result<()> {
        let code = secret::new_code()?;
        door::set(
            w,
            scope,
            id,
            name,
            &door::Change {
                enabled: true,
                installation_level: level,
                new_code: Some(&code),
            },
            Did::Enable,
        )?;
        self.secret(kind, path, id, "authcode", secret::format_code(&code));
        Ok(())
    }

    fn site(
        &mut self,
        spec: &SiteSpec,
        customer_id: Option<i64>,
        customer: &str,
        parent: &str,
    ) -> Result<()> {
        let snap = self.snap;
        let path = format!("{parent}{}", spec.name);
        let old = customer_id
            .and_then(|c| self.idx.site.get(&(c, spec.name.clone())))
            .map(|&i| &snap.sites[i]);
        let base = old.cloned().unwrap_or_else(|| Site {
            customer_id: customer_id.unwrap_or(0),
            customer: customer.to_string(),
            name: spec.name.clone(),
            ..Site::default()
        });
        let new = Site {
            address: want(base.address.as_ref(), &spec.address),
            portal: spec.portal.unwrap_or(base.portal),
            installation_level: spec.installation_level.unwrap_or(base.installation_level),
            ..base
        };
        let had_code = old.is_some_and(|s| snap.site_codes.contains(&s.id));
        let id = match old {
            None => {
                let id = match self.w {
                    Some(w) => {
                        let s = store::site::insert(w, &new)?;
                        // The insert stored portal and installation level; a portal needs its code.
                        if new.portal {
                            self.enable(
                                w,
                                Scope::Site,
                                s.id,
                                &s.name,
                                "site",
                                &path,
                                Some(new.installation_level),
                            )?;
                        }
                        Some(s.id)
                    }
                    None => None,
                };
                self.record(Change::Create, "site", path.clone(), id, Vec::new());
                id
            }
            Some(old) => {
                let mut ch = Vec::new();
                diff(&mut ch, "address", &old.address, &new.address);
                diff(&mut ch, "portal", &old.portal, &new.portal);
                diff(
                    &mut ch,
                    "installation_level",
                    &old.installation_level,
                    &new.installation_level,
                );
                let needs_code = new.portal && !had_code;
                if needs_code && old.portal {
                    diff(&mut ch, "authcode", &"none", &"issued");
                }
                if ch.is_empty() {
                    self.record(Change::Unchanged, "site", path.clone(), Some(old.id), ch);
                } else {
                    if let Some(w) = self.w {
                        store::site::update(w, old, &new)?;
                        if needs_code {
                            self.enable(
                                w,
                                Scope::Site,
                                old.id,
                                &old.name,
                                "site",
                                &path,
                                Some(new.installation_level),
                            )?;
                        } else if new.portal != old.portal
                            || new.installation_level != old.installation_level
                        {
                            door::set(
                                w,
                                Scope::Site,
                                old.id,
                                &old.name,
                                &door::Change {
                                    enabled: new.portal,
                                    installation_level: Some(new.installation_level),
                                    new_code: None,
                                },
                                if new.portal {
                                    Did::Update
                                } else {
                                    Did::Disable
                                },
                            )?;
                        }
                    }
                    self.record(Change::Update, "site", path.clone(), Some(old.id), ch);
                }
                Some(old.id)
            }
        };
        let parent = format!("{path} / ");
        for p in &spec.probes {
            self.probe(p, id, &new.name, (new.customer_id, &new.customer), &parent)?;
        }
        if let (true, Some(sid), Some(_)) = (self.prune, id, old) {
            let keep: HashSet<&str> = spec.probes.iter().map(|p| p.name.as_str()).collect();
            let gone: Vec<Probe> = Index::under(&self.idx.probes_of, sid)
                .iter()
                .map(|&i| &snap.probes[i])
                .filter(|p| !keep.contains(p.name.as_str()))
                .cloned()
                .collect();
            for p in &gone {
                self.record(
                    Change::Delete,
                    "probe",
                    format!("{parent}{}", p.name),
                    Some(p.id),
                    Vec::new(),
                );
            }
            if let Some(w) = self.w {
                store::probe::delete(w, &gone)?;
            }
        }
        Ok(())
    }

    fn probe(
        &mut self,
        spec: &ProbeSpec,
        site_id: Option<i64>,
        site: &str,
        customer: (i64, &str),
        parent: &str,
    ) -> Result<()> {
        let snap = self.snap;
        let path = format!("{parent}{}", spec.name);
        let old = site_id
            .and_then(|s| self.idx.probe.get(&(s, spec.name.clone())))
            .map(|&i| &snap.probes[i]);
        match old {
            None => self.probe_create(
                &Probe {
                    name: spec.name.clone(),
                    serial: want(None, &spec.serial),
                    site_id,
                    site: Some(site.to_string()),
                    customer_id: Some(customer.0),
                    customer: Some(customer.1.to_string()),
                    ..Probe::default()
                },
                path,
            )?,
            Some(old) => self.probe_update(old, spec, path)?,
        }
        Ok(())
    }

    fn contact(
        &mut self,
        spec: &ContactSpec,
        customer_id: Option<i64>,
        customer: &str,
        parent: &str,
    ) -> Result<()> {
        let snap = self.snap;
        let path = format!("{parent}{}", spec.email);
        let old = customer_id
            .and_then(|c| self.idx.contact.get(&(c, email_key(&spec.email))))
            .map(|&i| &snap.contacts[i]);
        let kind = spec.kind.or(old.map(|k| k.kind)).unwrap_or_default();
        if let Some(old) = old
            && old.kind != kind
        {
            return Err(Error::conflict(format!(
                "{path}: is a {} in the store, but the file says {kind}; a contact and a guest cannot turn into each other",
                old.kind
            ))
            .with_hint("delete it and add it again as the other kind, or fix the file"));
        }
        let base = old.cloned().unwrap_or_else(|| Contact {
            kind,
            customer_id: customer_id.unwrap_or(0),
            customer: customer.to_string(),
            status: Status::Active,
            ..Contact::default()
        });
        let new = Contact {
            email: spec.email.clone(),
            name: want(base.name.as_ref(), &spec.name),
            phone: want(base.phone.as_ref(), &spec.phone),
            contact_type: want(base.contact_type.as_ref(), &spec.contact_type),
            permissions: spec
                .permissions
                .clone()
                .unwrap_or_else(|| base.permissions.clone()),
            status: spec.status.unwrap_or(base.status),
            login: spec.login.unwrap_or(base.login),
            ..base
        };
        if let Some(old) = old
            && old.status != Status::Inactive
            && new.status == Status::Inactive
        {
            super::refuse_self(self.actor, old, "deactivate")?;
        }
        match old {
            None => {
                let made = if new.login {
                    self.password(&path)?
                } else {
                    None
                };
                let id = match self.w {
                    Some(w) => {
                        let k = store::contact::insert(
                            w,
                            &new,
                            made.as_ref().map(|(_, h)| h.as_str()),
                        )?;
                        if let Some((p, _)) = made {
                            self.secret("contact", &path, k.id, "password", p);
                        }
                        Some(k.id)
                    }
                    None => None,
                };
                self.record(Change::Create, "contact", path, id, Vec::new());
            }
            Some(old) => {
                let mut ch = Vec::new();
                diff(&mut ch, "email", &old.email, &new.email);
                diff(&mut ch, "name", &old.name, &new.name);
                diff(&mut ch, "phone", &old.phone, &new.phone);
                diff(
                    &mut ch,
                    "contact_type",
                    &old.contact_type,
                    &new.contact_type,
                );
                diff(&mut ch, "permissions", &old.permissions, &new.permissions);
                diff(&mut ch, "status", &old.status, &new.status);
                diff(&mut ch, "login", &old.login, &new.login);
                if ch.is_empty() {
                    self.record(Change::Unchanged, "contact", path, Some(old.id), ch);
                } else {
                    if new.login && !old.login && old.kind == ContactKind::Guest {
                        return Err(Error::conflict(format!(
                            "{path}: a guest cannot be given a login; guests log in where they are registered"
                        )));
                    }
                    let made = if new.login && !old.login {
                        self.password(&path)?
                    } else {
                        None
                    };
                    if let Some(w) = self.w {
                        store::contact::update(w, old, &new, Did::Update)?;
                        if let Some((p, h)) = made {
                            store::contact::set_password(w, old, Some(&h), Did::Login)?;
                            self.secret("contact", &path, old.id, "password", p);
                        } else if !new.login && old.login {
                            store::contact::set_password(w, old, None, Did::Logout)?;
                        }
                    }
                    self.record(Change::Update, "contact", path, Some(old.id), ch);
                }
            }
        }
        Ok(())
    }
}

/// How a walk runs: planned (nothing written), rehearsed (written and rolled back) or done.
#[derive(Clone, Copy)]
enum Mode<'a> {
    Plan,
    Rehearse(&'a Writer<'a>),
    Apply(&'a Writer<'a>),
}

/// Walks the tree against `snap` in `mode`.
fn walk(
    tree: &Tree,
    snap: &Snapshot,
    mode: Mode,
    prune: bool,
    actor: &str,
    passwords: &Passwords,
    progress: Option<indicatif::ProgressBar>,
) -> Result<(Report, Vec<String>)> {
    let (w, rehearsal) = match mode {
        Mode::Plan => (None, false),
        Mode::Rehearse(w) => (Some(w), true),
        Mode::Apply(w) => (Some(w), false),
    };
    let mut walker = Walker {
        snap,
        idx: snap.index(),
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
    };
    walker.walk(tree)?;
    if let Some(p) = &walker.progress {
        p.finish_and_clear();
    }
    Ok((walker.report, walker.needs_password))
}

fn read_file(file: &str) -> Result<(String, String)> {
    if file == "-" {
        let mut buf = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut buf)
            .map_err(|e| Error::usage(format!("cannot read the tree from standard input: {e}")))?;
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

/// The walk inside a transaction, and the checks that hold whatever the mode: the policy for
/// anything deleted, the re-check of what the operator confirmed, and the `apply` audit row.
#[allow(clippy::too_many_arguments)]
fn apply_in(
    w: &Writer,
    tree: &Tree,
    rehearse: bool,
    prune: bool,
    passwords: &Passwords,
    confirmed: Option<&[(&'static str, Option<i64>)]>,
    policy: &dyn Fn() -> Result<()>,
    progress: Option<indicatif::ProgressBar>,
) -> Result<Report> {
    let snap = store::tree::load(w)?;
    // The snapshot is read under the lock and the file holds no duplicates, so the walk
    // knows every name is free where it creates one.
    w.names_known_from_snapshot();
    let mode = if rehearse {
        Mode::Rehearse(w)
    } else {
        Mode::Apply(w)
    };
    let (report, _) = walk(tree, &snap, mode, prune, w.actor(), passwords, progress)?;
    if !report.deletes().is_empty() {
        policy()?;
    }
    if let Some(expected) = confirmed
        && report.deletes() != expected
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
            "apply",
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
    let tree = tree::parse(&text, &source)?;
    // The store first: on PostgreSQL the default actor is the database role. A dry run
    // never creates a store.
    let opened = if dry_run {
        ctx.existing_store().map(|_| ())
    } else {
        ctx.store().map(|_| ())
    };
    match opened {
        Err(e) if !(dry_run && e.kind == crate::error::Kind::NotFound) => return Err(e),
        _ => {}
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
        r.file.clone_from(&source);
        r
    };

    if dry_run {
        // The whole apply, rolled back: it refuses what the real run would refuse. A store
        // that does not exist yet is rehearsed in memory (a read never creates a store).
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
            apply_in(
                w,
                &tree,
                true,
                prune,
                &Passwords::new(),
                None,
                &policy,
                None,
            )
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
    if (prune && !ctx.yes) || tree.has_logins() {
        let snap = match ctx.reader() {
            Ok((_, conn)) => store::tree::load(conn)?,
            Err(e) if e.kind == crate::error::Kind::NotFound => Snapshot::default(),
            Err(e) => return Err(e),
        };
        let (plan, needs_password) =
            walk(&tree, &snap, Mode::Plan, prune, &actor, &passwords, None)?;
        let plan = named(plan);
        if prune && !ctx.yes {
            let deletes = plan.deletes();
            if !deletes.is_empty() {
                policy()?;
                ctx.confirm(&prune_question(&plan, &source))?;
            }
            confirmed = Some(deletes);
        }
        for path in needs_password {
            let p = secret::new_password()?;
            let h = secret::hash_password(&p)?;
            passwords.insert(path, (p, h));
        }
    }

    let progress = ctx.out.progress(tree.len());
    let report = ctx.store()?.write(&actor, |w| {
        apply_in(
            w,
            &tree,
            false,
            prune,
            &passwords,
            confirmed.as_deref(),
            &policy,
            progress,
        )
        .map(named)
    })?;
    ctx.out.plan(&report)
}

fn prune_question(plan: &Report, source: &str) -> String {
    let parts: Vec<String> = ["customer", "site", "probe", "contact"]
        .iter()
        .filter_map(|kind| {
            let n = plan
                .actions
                .iter()
                .filter(|a| a.action == Change::Delete && a.kind == *kind)
                .count();
            let n = i64::try_from(n).unwrap_or(i64::MAX);
            (n > 0).then(|| super::counted(n, kind, &format!("{kind}s")))
        })
        .collect();
    format!(
        "Apply {source} and delete {} that are not in it (with everything under them)? This cannot be undone.",
        super::and_list(&parts)
    )
}
