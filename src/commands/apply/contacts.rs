//! The walk over a customer's contacts and guests.

use crate::store::audit::Action as Did;

use crate::error::{Error, Result};
use crate::model::{Change, Contact, Differences, Edited, Entity, Permissions, Status, email_key};
use crate::store;
use crate::tree::ContactSpec;

use super::{Seen, Walker, want};

impl Walker<'_> {
    pub(super) fn contact(
        &mut self,
        spec: &ContactSpec,
        customer_id: Option<i64>,
        customer: &str,
    ) -> Result<()> {
        let snap = self.snap;
        let path = self.path(&spec.email);
        let key = email_key(&spec.email);
        let at = customer_id.and_then(|c| self.find.contact.find((c, key.as_str())));
        let old = Seen::found(&mut self.seen.contacts, at, &snap.contacts);
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
            permissions: match &spec.permissions {
                Some(names) => Permissions::parse(names)?,
                None => base.permissions,
            },
            status: spec.status.unwrap_or(base.status),
            login: spec.login.unwrap_or(base.login),
            ..base
        };
        if let Some(old) = old
            && old.status != Status::Inactive
            && new.status == Status::Inactive
        {
            super::super::refuse_self(self.actor, old, "deactivate")?;
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
                        let k = store::contact::insert(w, &new)?;
                        let hash = made.as_ref().map(|(_, h)| h.as_str());
                        if new.login
                            && store::person::login_turned_on(w, &k.email, k.id, hash)?
                            && let Some((p, _)) = made
                        {
                            self.secret(Entity::Contact, &path, k.id, "password", p);
                        }
                        Some(k.id)
                    }
                    None => None,
                };
                self.record(Change::Create, Entity::Contact, path, id, Vec::new());
            }
            Some(old) => {
                let mut ch = Vec::new();
                Contact::compare(old, &new, &mut ch);
                ch.field("login", &old.login, &new.login);
                if !ch.is_empty() {
                    let made = if new.login && !old.login {
                        self.password(&path)?
                    } else {
                        None
                    };
                    if let Some(w) = self.w {
                        store::contact::update(w, old, &new, Did::Update)?;
                        if new.login && !old.login {
                            store::contact::set_login(w, old, true, Did::Login)?;
                            let hash = made.as_ref().map(|(_, h)| h.as_str());
                            if store::person::login_turned_on(w, &old.email, old.id, hash)?
                                && let Some((p, _)) = made
                            {
                                self.secret(Entity::Contact, &path, old.id, "password", p);
                            }
                        } else if !new.login && old.login {
                            store::contact::set_login(w, old, false, Did::Logout)?;
                            store::person::login_turned_off(w, &old.email)?;
                        }
                    }
                }
                self.settle(Entity::Contact, path, old.id, ch);
            }
        }
        Ok(())
    }
}
