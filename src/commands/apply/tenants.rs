//! The walk over partners, customers, sites and probes.

use crate::store::audit::Action as Did;

use crate::error::Result;
use crate::model::{
    Change, Contact, ContactKind, Customer, Differences, Edited, Entity, Partner, Probe, Site,
};
use crate::secret;
use crate::store::portal::{self as door, Scope};
use crate::store::{self, Writer};
use crate::tree::{CustomerSpec, PartnerSpec, ProbeSpec, SiteSpec};

use super::{InPartner, Seen, Walker, want};

impl Walker<'_> {
    pub(super) fn unassigned_probe(&mut self, spec: &ProbeSpec) -> Result<()> {
        let snap = self.snap;
        let path = self.path(&spec.name);
        match self
            .find
            .probe
            .find((0, spec.name.as_str()))
            .map(|i| &snap.probes[i])
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
                let p = store::probe::insert(w, draft, &secret::Kept::of(&token))?;
                self.secret(
                    Entity::Probe,
                    &path,
                    p.id,
                    "installation_token",
                    secret::format_code(&token),
                );
                Some(p.id)
            }
            None => None,
        };
        self.record(Change::Create, Entity::Probe, path, id, Vec::new());
        Ok(())
    }

    /// An existing probe: only its serial can differ.
    fn probe_update(&mut self, old: &Probe, spec: &ProbeSpec, path: String) -> Result<()> {
        let new = Probe {
            serial: want(old.serial.as_ref(), &spec.serial),
            ..old.clone()
        };
        let mut ch = Vec::new();
        Probe::compare(old, &new, &mut ch);
        if !ch.is_empty()
            && let Some(w) = self.w
        {
            store::probe::update(w, old, &new, Did::Update)?;
        }
        self.settle(Entity::Probe, path, old.id, ch);
        Ok(())
    }

    /// A partner of the file, with the customers read with it; more may follow
    /// (`partner_customers`) until `partner_end`, which ends the last partner.
    pub(super) fn partner(&mut self, spec: &PartnerSpec) -> Result<()> {
        self.partner_end()?;
        let snap = self.snap;
        let at = self.find.partner.find((0, spec.name.as_str()));
        let old = at.map(|i| &snap.partners[i]);
        let path = self.path(&spec.name);
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
                self.record(Change::Create, Entity::Partner, path, id, Vec::new());
                id
            }
            Some(old) => {
                let new = Partner {
                    email: spec.email.clone(),
                    portal_url: want(old.portal_url.as_ref(), &spec.portal_url),
                    ..old.clone()
                };
                let mut ch = Vec::new();
                Partner::compare(old, &new, &mut ch);
                if !ch.is_empty()
                    && let Some(w) = self.w
                {
                    store::partner::update(w, old, &new)?;
                }
                self.settle(Entity::Partner, path, old.id, ch);
                Some(old.id)
            }
        };
        let up = self.enter(&spec.name);
        self.in_partner = Some(InPartner {
            at,
            id,
            name: spec.name.clone(),
            partial: spec.partial,
            up,
        });
        self.partner_customers(&spec.customers)
    }

    /// More customers of the partner the walk is in.
    pub(super) fn partner_customers(&mut self, customers: &[CustomerSpec]) -> Result<()> {
        let Some(partner) = self.in_partner.take() else {
            return Err(crate::error::Error::failure(
                "the tree file's customers came before their partner",
            ));
        };
        let done = customers
            .iter()
            .try_for_each(|c| self.customer(c, partner.id, Some(&partner.name)));
        self.in_partner = Some(partner);
        done
    }

    /// Ends the partner the walk is in (if any): with `--prune`, deletes its stored
    /// customers the file did not name.
    pub(super) fn partner_end(&mut self) -> Result<()> {
        let Some(partner) = self.in_partner.take() else {
            return Ok(());
        };
        let snap = self.snap;
        // A partial entry (a customer's export) lists only some customers: prune none.
        if let (true, false, Some(at)) = (self.prune, partner.partial, partner.at) {
            let gone: Vec<Customer> = self
                .idx
                .customers
                .of(at)
                .iter()
                .filter(|&&i| !self.seen.customers[i])
                .map(|&i| snap.customers[i].clone())
                .collect();
            if let Some(c) = gone.iter().find(|c| self.own_customers.contains(&c.id)) {
                return Err(super::super::guard::own_account(
                    self.actor, &c.name, "prune",
                ));
            }
            for c in &gone {
                self.record(
                    Change::Delete,
                    Entity::Customer,
                    self.path(&c.name),
                    Some(c.id),
                    Vec::new(),
                );
            }
            if let Some(w) = self.w {
                store::customer::delete(w, &gone)?;
            }
        }
        self.leave(partner.up);
        Ok(())
    }

    /// `partner_key`: the partner's id (0 for direct customers), or `None` when the partner is
    /// only planned.
    pub(super) fn customer(
        &mut self,
        spec: &CustomerSpec,
        partner_key: Option<i64>,
        partner: Option<&str>,
    ) -> Result<()> {
        let snap = self.snap;
        let path = self.path(&spec.name);
        let at = partner_key.and_then(|k| self.find.customer.find((k, spec.name.as_str())));
        let old = Seen::found(&mut self.seen.customers, at, &snap.customers);
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
            None => self.create_customer(&new, path)?,
            Some(old) => Some(self.update_customer(old, &new, path, had_code)?),
        };
        let up = self.enter(&new.name);
        for s in &spec.sites {
            self.site(s, id, &new.name)?;
        }
        for k in &spec.contacts {
            self.contact(k, id, &new.name)?;
        }
        if let (true, Some(_), Some(at)) = (self.prune, old, at) {
            self.prune_customer(at)?;
        }
        self.leave(up);
        Ok(())
    }

    /// A customer the snapshot does not hold: inserted (with its portal's code) when writing.
    fn create_customer(&mut self, new: &Customer, path: String) -> Result<Option<i64>> {
        let id = match self.w {
            Some(w) => {
                let c = store::customer::insert(w, new)?;
                if new.portal {
                    self.enable(
                        w,
                        Scope::Customer,
                        c.id,
                        &c.name,
                        Entity::Customer,
                        &path,
                        None,
                    )?;
                }
                Some(c.id)
            }
            None => None,
        };
        self.record(Change::Create, Entity::Customer, path, id, Vec::new());
        Ok(id)
    }

    /// A stored customer made as the file says: what changed is recorded, and written (its
    /// portal turned on with a code, or off) when writing.
    fn update_customer(
        &mut self,
        old: &Customer,
        new: &Customer,
        path: String,
        had_code: bool,
    ) -> Result<i64> {
        if old.active && !new.active && self.own_customers.contains(&old.id) {
            return Err(super::super::guard::own_account(
                self.actor,
                &old.name,
                "deactivate",
            ));
        }
        let mut ch = Vec::new();
        Customer::compare(old, new, &mut ch);
        ch.field("portal", &old.portal, &new.portal);
        let needs_code = new.portal && !had_code;
        if needs_code && old.portal {
            ch.field("authcode", &"none", &"issued");
        }
        if !ch.is_empty()
            && let Some(w) = self.w
        {
            store::customer::update(w, old, new, Did::Update)?;
            if needs_code {
                self.enable(
                    w,
                    Scope::Customer,
                    old.id,
                    &old.name,
                    Entity::Customer,
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
        self.settle(Entity::Customer, path, old.id, ch);
        Ok(old.id)
    }

    /// A prune under a stored customer: its sites and contacts the file no longer names.
    fn prune_customer(&mut self, at: usize) -> Result<()> {
        let snap = self.snap;
        let sites: Vec<Site> = self
            .idx
            .sites
            .of(at)
            .iter()
            .filter(|&&i| !self.seen.sites[i])
            .map(|&i| snap.sites[i].clone())
            .collect();
        // Guests are never pruned: they come and go through invitations.
        let contacts: Vec<Contact> = self
            .idx
            .contacts
            .of(at)
            .iter()
            .filter(|&&i| !self.seen.contacts[i] && snap.contacts[i].kind == ContactKind::Contact)
            .map(|&i| snap.contacts[i].clone())
            .collect();
        for k in &contacts {
            super::super::refuse_self(self.actor, k, "delete")?;
        }
        for s in &sites {
            self.record(
                Change::Delete,
                Entity::Site,
                self.path(&s.name),
                Some(s.id),
                Vec::new(),
            );
        }
        for k in &contacts {
            self.record(
                Change::Delete,
                Entity::Contact,
                self.path(&k.email),
                Some(k.id),
                Vec::new(),
            );
        }
        if let Some(w) = self.w {
            store::site::delete(w, &sites)?;
            store::contact::delete(w, &contacts)?;
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
        kind: Entity,
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
                new_code: Some(&secret::Kept::of(&code)),
            },
            Did::Enable,
        )?;
        self.secret(kind, path, id, "authcode", secret::format_code(&code));
        Ok(())
    }

    fn site(&mut self, spec: &SiteSpec, customer_id: Option<i64>, customer: &str) -> Result<()> {
        let snap = self.snap;
        let path = self.path(&spec.name);
        let at = customer_id.and_then(|c| self.find.site.find((c, spec.name.as_str())));
        let old = Seen::found(&mut self.seen.sites, at, &snap.sites);
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
            None => self.create_site(&new, path)?,
            Some(old) => Some(self.update_site(old, &new, path, had_code)?),
        };
        let up = self.enter(&new.name);
        for p in &spec.probes {
            self.probe(p, id, &new.name, (new.customer_id, &new.customer))?;
        }
        if let (true, Some(_), Some(at)) = (self.prune, old, at) {
            self.prune_site(at)?;
        }
        self.leave(up);
        Ok(())
    }

    /// A site the snapshot does not hold: inserted (with its portal's code) when writing.
    fn create_site(&mut self, new: &Site, path: String) -> Result<Option<i64>> {
        let id = match self.w {
            Some(w) => {
                let s = store::site::insert(w, new)?;
                // The insert stored portal and installation level; a portal needs its code.
                if new.portal {
                    self.enable(
                        w,
                        Scope::Site,
                        s.id,
                        &s.name,
                        Entity::Site,
                        &path,
                        Some(new.installation_level),
                    )?;
                }
                Some(s.id)
            }
            None => None,
        };
        self.record(Change::Create, Entity::Site, path, id, Vec::new());
        Ok(id)
    }

    /// A stored site made as the file says: what changed is recorded, and written (its portal
    /// given a code, or its door set as the file says) when writing.
    fn update_site(&mut self, old: &Site, new: &Site, path: String, had_code: bool) -> Result<i64> {
        let mut ch = Vec::new();
        Site::compare(old, new, &mut ch);
        ch.field("portal", &old.portal, &new.portal);
        ch.field(
            "installation_level",
            &old.installation_level,
            &new.installation_level,
        );
        let needs_code = new.portal && !had_code;
        if needs_code && old.portal {
            ch.field("authcode", &"none", &"issued");
        }
        if !ch.is_empty()
            && let Some(w) = self.w
        {
            store::site::update(w, old, new)?;
            if needs_code {
                self.enable(
                    w,
                    Scope::Site,
                    old.id,
                    &old.name,
                    Entity::Site,
                    &path,
                    Some(new.installation_level),
                )?;
            } else if new.portal != old.portal || new.installation_level != old.installation_level {
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
        self.settle(Entity::Site, path, old.id, ch);
        Ok(old.id)
    }

    /// A prune under a stored site: its probes the file no longer names.
    fn prune_site(&mut self, at: usize) -> Result<()> {
        let snap = self.snap;
        let gone: Vec<Probe> = self
            .idx
            .probes
            .of(at)
            .iter()
            .filter(|&&i| !self.seen.probes[i])
            .map(|&i| snap.probes[i].clone())
            .collect();
        for p in &gone {
            self.record(
                Change::Delete,
                Entity::Probe,
                self.path(&p.name),
                Some(p.id),
                Vec::new(),
            );
        }
        if let Some(w) = self.w {
            store::probe::delete(w, &gone)?;
        }
        Ok(())
    }

    fn probe(
        &mut self,
        spec: &ProbeSpec,
        site_id: Option<i64>,
        site: &str,
        customer: (i64, &str),
    ) -> Result<()> {
        let snap = self.snap;
        let path = self.path(&spec.name);
        let at = site_id.and_then(|s| self.find.probe.find((s, spec.name.as_str())));
        let old = Seen::found(&mut self.seen.probes, at, &snap.probes);
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
}
