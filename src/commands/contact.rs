//! `portalctl contact ...`: the people who may use a customer account. Contacts belong to the
//! customer; guests (kind `guest`) come in through invitations and are managed with the same
//! verbs. Login passwords are generated, printed once and stored as Argon2id only.

use super::{Context, edit_optional, normalize_ref, report_edit, resolve_all, resolve_customer};
use crate::cli::{ContactCmd, CustomerScopeArgs, PartnerScopeArgs};
use crate::error::{Error, Kind, Result};
use crate::model::{self, Access, Contact, ContactKind, Permission, Status, quote};
use crate::output::Secret;
use crate::store::audit::Action;
use crate::{secret, store};

fn label(s: &str) -> Result<String> {
    model::clean_text("contact type", s, model::NAME_MAX)
}

fn phone(s: &str) -> Result<String> {
    model::clean_text("phone", s, 50)
}

fn person_name(s: &str) -> Result<String> {
    model::name("name", s)
}

fn names(perms: &[Permission]) -> Vec<String> {
    Permission::names(Permission::mask(perms))
}

pub fn resolve_contact(
    conn: &crate::store::Db,
    reference: &str,
    scope: &CustomerScopeArgs,
) -> Result<Contact> {
    let (customer, note) = super::scoped_customer(conn, scope)?;
    let r = normalize_ref(reference);
    let matches = store::contact::lookup(conn, &r, customer.as_ref().map(|c| c.id))?;
    super::one(
        conn,
        store::names::Among::Contacts(customer.as_ref().map(|c| c.id)),
        "contact",
        &r,
        matches,
        |k: &Contact| {
            format!(
                "id {} ({} of customer {})",
                k.id,
                k.kind,
                quote(&k.customer)
            )
        },
        "use --customer CUSTOMER to choose one",
        &note,
    )
}

fn refuse_guest_login(k: &Contact) -> Result<()> {
    if k.kind == ContactKind::Guest {
        return Err(Error::conflict(format!(
            "{} is a guest of customer {}: guests log in where they are registered, not here",
            quote(&k.email),
            quote(&k.customer)
        )));
    }
    Ok(())
}

pub fn run(ctx: &mut Context, cmd: ContactCmd) -> Result<()> {
    match cmd {
        ContactCmd::Create {
            owner,
            email,
            name,
            phone: ph,
            contact_type,
            grant,
            login,
        } => {
            let draft = Contact {
                kind: ContactKind::Contact,
                email: model::email("contact email", &email)?,
                name: super::create_optional(name.as_deref(), person_name)?,
                phone: super::create_optional(ph.as_deref(), phone)?,
                contact_type: super::create_optional(contact_type.as_deref(), label)?,
                permissions: names(&grant.permissions),
                status: Status::Active,
                ..Contact::default()
            };
            let (password, hash) = secret::new_login(login)?;
            let k = ctx.write(|w| {
                let c = super::resolve_owner(w, &owner)?;
                let k = Contact {
                    customer_id: c.id,
                    customer: c.name,
                    ..draft
                };
                store::contact::insert(w, &k, hash.as_deref())
            })?;
            ctx.out.note(&format!(
                "Added contact {} (id {}) to customer {}.",
                quote(&k.email),
                k.id,
                quote(&k.customer)
            ));
            match &password {
                Some(p) => ctx.out.show_with(
                    &k,
                    k.id,
                    Some(Secret {
                        field: "password",
                        value: p,
                    }),
                ),
                None => ctx.out.show(&k, k.id),
            }
        }
        ContactCmd::List {
            of,
            status,
            permission,
            kind,
            name,
            order,
        } => {
            let (out, conn) = ctx.reader()?;
            let customer_id = super::filter_customer(conn, &of)?;
            let filter = store::contact::Filter {
                customer_id,
                status,
                permission,
                kind,
                listing: super::listing(out, &order, name.as_deref()),
            };
            let mut list = out.list(|k: &Contact| k.id);
            store::contact::for_each(conn, &filter, |k| list.row(&k))?;
            list.finish("contacts or guests")
        }
        ContactCmd::Show { contact, scope } => {
            let k = resolve_contact(ctx.reader()?.1, &contact, &scope)?;
            ctx.out.show(&k, k.id)
        }
        ContactCmd::Edit {
            contact,
            scope,
            email,
            name,
            phone: ph,
            contact_type,
            permissions,
            add_permissions,
            remove_permissions,
            login,
            no_login,
        } => {
            if email.is_none()
                && name.is_none()
                && ph.is_none()
                && contact_type.is_none()
                && permissions.is_none()
                && add_permissions.is_empty()
                && remove_permissions.is_empty()
                && !login
                && !no_login
            {
                return Err(Error::usage("nothing to change").with_hint(
                    "pass at least one of --email, --name, --phone, --contact-type, --permission, --add-permission, --remove-permission, --login, --no-login",
                ));
            }
            let email = email
                .map(|e| model::email("contact email", &e))
                .transpose()?;
            let (password, hash) = secret::new_login(login)?;
            let (k, changed, issued) = ctx.write(|w| {
                let old = resolve_contact(w, &contact, &scope)?;
                let mut mask = Permission::mask_of_names(&old.permissions);
                if let Some(set) = &permissions {
                    mask = Permission::mask(set);
                }
                mask |= Permission::mask(&add_permissions);
                mask &= !Permission::mask(&remove_permissions);
                let new = Contact {
                    email: email.clone().unwrap_or_else(|| old.email.clone()),
                    name: edit_optional(old.name.clone(), name.as_deref(), person_name)?,
                    phone: edit_optional(old.phone.clone(), ph.as_deref(), phone)?,
                    contact_type: edit_optional(
                        old.contact_type.clone(),
                        contact_type.as_deref(),
                        label,
                    )?,
                    permissions: Permission::names(mask),
                    ..old.clone()
                };
                let mut changed = store::contact::update(w, &old, &new, Action::Update)?;
                let mut issued = false;
                if login && !old.login {
                    refuse_guest_login(&old)?;
                    store::contact::set_password(w, &old, hash.as_deref(), Action::Login)?;
                    changed.push("login".into());
                    issued = true;
                } else if no_login && old.login {
                    store::contact::set_password(w, &old, None, Action::Logout)?;
                    changed.push("login".into());
                }
                let k = store::contact::get(w, old.id)?.unwrap_or(new);
                Ok((k, changed, issued))
            })?;
            if login && !issued {
                ctx.out.note(&format!(
                    "{} already has a login; use `portalctl contact password` for a new password.",
                    quote(&k.email)
                ));
            }
            if issued {
                ctx.out.note(&format!(
                    "Updated contact {} (id {}): {}",
                    quote(&k.email),
                    k.id,
                    changed.join(", ")
                ));
                let p = password.unwrap_or_default();
                return ctx.out.show_with(
                    &k,
                    k.id,
                    Some(Secret {
                        field: "password",
                        value: &p,
                    }),
                );
            }
            report_edit(ctx, k.kind.as_str(), &k, k.id, &k.email, &changed)
        }
        ContactCmd::Activate { contacts, scope } => {
            set_status(ctx, &contacts, &scope, Status::Active)
        }
        ContactCmd::Deactivate { contacts, scope } => {
            set_status(ctx, &contacts, &scope, Status::Inactive)
        }
        ContactCmd::Delete { contacts, scope } => super::delete::run(ctx, |conn| {
            resolve_all(&contacts, |r| resolve_contact(conn, r, &scope), |k| k.id)
        }),
        ContactCmd::Access { email } => {
            let email = model::email("email", &email)?;
            let (out, conn) = ctx.reader()?;
            let rows = store::contact::access(conn, &email)?;
            if rows.is_empty() {
                return Err(Error::not_found(format!(
                    "{} is not a contact or guest of any customer",
                    quote(&email)
                ))
                .with_hint("add it with `portalctl contact create` or invite it with `portalctl invite create`"));
            }
            let mut list = out.list(|a: &Access| a.account_id);
            for a in &rows {
                list.row(a)?;
            }
            list.finish("accounts")
        }
        ContactCmd::Password { contact, scope } => {
            let password = secret::new_password()?;
            let hash = secret::hash_password(&password)?;
            let k = ctx.write(|w| {
                let k = resolve_contact(w, &contact, &scope)?;
                refuse_guest_login(&k)?;
                store::contact::set_password(w, &k, Some(&hash), Action::Password)?;
                store::contact::get(w, k.id)?.ok_or_else(|| Error::failure("the contact vanished"))
            })?;
            ctx.out.note(&format!(
                "Issued a new password for {} (id {}); the old one no longer works.",
                quote(&k.email),
                k.id
            ));
            ctx.out.show_with(
                &k,
                k.id,
                Some(Secret {
                    field: "password",
                    value: &password,
                }),
            )
        }
        ContactCmd::Login { email, of } => login(ctx, &email, of.customer.as_deref(), of.partner),
    }
}

fn set_status(
    ctx: &mut Context,
    references: &[String],
    scope: &CustomerScopeArgs,
    status: Status,
) -> Result<()> {
    let action = if status == Status::Active {
        Action::Activate
    } else {
        Action::Deactivate
    };
    let results = ctx.write(|w| {
        let found = resolve_all(references, |r| resolve_contact(w, r, scope), |k| k.id)?;
        if status == Status::Inactive {
            for k in &found {
                super::refuse_self(w.actor(), k, "deactivate")?;
            }
        }
        let mut out = Vec::with_capacity(found.len());
        for old in found {
            let new = Contact {
                status,
                ..old.clone()
            };
            let changed = !store::contact::update(w, &old, &new, action)?.is_empty();
            let k = store::contact::get(w, old.id)?.unwrap_or(new);
            out.push((k, changed));
        }
        Ok(out)
    })?;
    let mut list = ctx.out.list(|k: &Contact| k.id);
    for (k, changed) in &results {
        ctx.out.note(&if *changed {
            format!(
                "{} {} (id {}) is now {status}.",
                k.kind,
                quote(&k.email),
                k.id
            )
        } else {
            format!(
                "{} {} (id {}) was already {status}; nothing changed.",
                k.kind,
                quote(&k.email),
                k.id
            )
        });
        list.row(k)?;
    }
    list.finish("contacts")
}

/// Checks a login. Every refusal is the same message, and every candidate costs one Argon2
/// verification whatever its state (an unknown email costs one against a dummy hash), so the
/// answer reveals nothing about which emails exist or why a login failed.
fn login(
    ctx: &mut Context,
    email: &str,
    customer: Option<&str>,
    partner: Option<String>,
) -> Result<()> {
    let password = super::read_secret("password")?;
    let (out, conn) = ctx.reader()?;
    let customer_id = match customer {
        // An unknown or ambiguous customer is refused like everything else; a busy or broken
        // store is its own failure (exit 7 or 1).
        Some(c) => match resolve_customer(conn, c, &PartnerScopeArgs::partner(partner)) {
            Ok(c) => Some(c.id),
            Err(e) if matches!(e.kind, Kind::NotFound | Kind::Usage) => Some(-1),
            Err(e) => return Err(e),
        },
        None => None,
    };
    let candidates = store::contact::login_candidates(conn, email.trim(), customer_id)?;
    let mut opened: Vec<Access> = Vec::new();
    if candidates.is_empty() {
        let _ = secret::verify_password(&password, None);
    }
    for (k, hash, customer_active) in candidates {
        let matches = secret::verify_password(&password, hash.as_deref());
        if matches
            && k.status == Status::Active
            && customer_active
            && k.kind == ContactKind::Contact
        {
            opened.push(Access {
                account_id: k.customer_id,
                customer: k.customer,
                partner: None,
                kind: k.kind,
                user_id: k.id,
                permissions: k.permissions,
                status: k.status,
                customer_active,
            });
        }
    }
    if opened.is_empty() {
        return Err(Error::denied("login refused").with_hint("check the email and password"));
    }
    // Fill in partners from the access list (already known to be allowed).
    let partners = store::contact::access(conn, email.trim())?;
    for a in &mut opened {
        a.partner = partners
            .iter()
            .find(|p| p.account_id == a.account_id)
            .and_then(|p| p.partner.clone());
    }
    out.note(&format!("Login accepted: {} account(s).", opened.len()));
    let mut list = out.list(|a: &Access| a.account_id);
    for a in &opened {
        list.row(a)?;
    }
    list.finish("accounts")
}
