//! `portalctl contact ...`: the people who may use a customer account. Contacts belong to the
//! customer; guests (kind `guest`) come in through invitations and are managed with the same
//! verbs. A contact's `login` lets the person's one password open the account; the person's
//! verbs (password, reset, login, access) live in `person.rs`.

use super::{Context, edit_optional, normalize_ref, person, report_edit, resolve_all};
use crate::cli::{
    ContactChange, ContactCmd, CustomerArg, CustomerFilter, CustomerScopeArgs, Grant, Order,
};
use crate::error::{Error, Result};
use crate::model::{self, Contact, ContactKind, Permission, Permissions, Status, quote};
use crate::output::Secret;
use crate::store::Writer;
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
        model::Entity::Contact,
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

pub fn run(ctx: &mut Context, cmd: ContactCmd) -> Result<()> {
    match cmd {
        ContactCmd::Create {
            owner,
            email,
            name,
            phone,
            contact_type,
            grant,
            login,
        } => {
            let draft = draft(
                &email,
                name.as_deref(),
                phone.as_deref(),
                contact_type.as_deref(),
                &grant,
                login,
            )?;
            create(ctx, &owner, draft)
        }
        ContactCmd::List {
            of,
            status,
            permission,
            kind,
            name,
            order,
        } => list(ctx, &of, status, permission, kind, name.as_deref(), &order),
        ContactCmd::Show { contact, scope } => {
            let k = resolve_contact(ctx.reader()?.1, &contact, &scope)?;
            ctx.out.show(&k, k.id)
        }
        ContactCmd::Edit {
            contact,
            scope,
            change,
        } => edit(ctx, &contact, &scope, &change),
        ContactCmd::Activate { contacts, scope } => {
            set_status(ctx, &contacts, &scope, Status::Active)
        }
        ContactCmd::Deactivate { contacts, scope } => {
            set_status(ctx, &contacts, &scope, Status::Inactive)
        }
        ContactCmd::Delete { contacts, scope } => super::delete::run(ctx, |conn| {
            resolve_all(&contacts, |r| resolve_contact(conn, r, &scope), |k| k.id)
        }),
        ContactCmd::Access { email } => person::access(ctx, &email),
        ContactCmd::Password {
            contact,
            scope,
            reset_token,
        } => match reset_token {
            Some(source) => person::set_with_token(ctx, &contact, &scope, &source),
            None => person::generate(ctx, &contact, &scope),
        },
        ContactCmd::Reset {
            contact,
            scope,
            expires,
            send,
        } => person::reset(ctx, &contact, &scope, &expires, send),
        ContactCmd::Login { email, of } => {
            person::login(ctx, &email, of.customer.as_deref(), of.partner.as_deref())
        }
    }
}

/// A new contact as typed, checked.
fn draft(
    email: &str,
    name: Option<&str>,
    ph: Option<&str>,
    contact_type: Option<&str>,
    grant: &Grant,
    login: bool,
) -> Result<Contact> {
    Ok(Contact {
        kind: ContactKind::Contact,
        email: model::email("contact email", email)?,
        name: super::create_optional(name, person_name)?,
        phone: super::create_optional(ph, phone)?,
        contact_type: super::create_optional(contact_type, label)?,
        permissions: Permissions::of(&grant.permissions),
        status: Status::Active,
        login,
        ..Contact::default()
    })
}

/// `contact list`: contacts and guests, by customer, contacts first, then email.
fn list(
    ctx: &mut Context,
    of: &CustomerFilter,
    status: Option<Status>,
    permission: Option<Permission>,
    kind: Option<ContactKind>,
    name: Option<&str>,
    order: &Order<store::contact::Sort>,
) -> Result<()> {
    let (out, conn) = ctx.reader()?;
    let customer_id = super::filter_customer(conn, of)?;
    let filter = store::contact::Filter {
        customer_id,
        status,
        permission,
        kind,
        listing: super::listing(out, order, name),
    };
    let mut list = out.list(|k: &Contact| k.id);
    store::contact::for_each(conn, &filter, |k| list.row(&k))?;
    list.finish("contacts or guests")
}

/// `contact create`: the checked draft added to its customer; with `--login`, a person
/// without a password gets a generated one (printed once).
fn create(ctx: &mut Context, owner: &CustomerArg, draft: Contact) -> Result<()> {
    let login = draft.login;
    let (password, hash) = secret::new_login(login)?;
    let (k, issued) = ctx.write(|w| {
        let c = super::resolve_owner(w.reads(), owner)?;
        let k = Contact {
            customer_id: c.id,
            customer: c.name,
            ..draft
        };
        let k = store::contact::insert(w, &k)?;
        let issued = login && store::person::login_turned_on(w, &k.email, k.id, hash.as_deref())?;
        Ok((k, issued))
    })?;
    ctx.out.note(&format!(
        "Added contact {} (id {}) to customer {}.{}",
        quote(&k.email),
        k.id,
        quote(&k.customer),
        if login && !issued {
            " The person already has a password: their login now opens this account too."
        } else {
            ""
        }
    ));
    match password.as_ref().filter(|_| issued) {
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

/// `contact edit`: details, permissions and the login flag, in one write.
fn edit(
    ctx: &mut Context,
    contact: &str,
    scope: &CustomerScopeArgs,
    change: &ContactChange,
) -> Result<()> {
    let ContactChange {
        email,
        name,
        phone: ph,
        contact_type,
        permissions,
        add_permissions,
        remove_permissions,
        login,
        no_login,
    } = change;
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
        .as_deref()
        .map(|e| model::email("contact email", e))
        .transpose()?;
    // A login turned on, or moved to another email, may need the person's first
    // password: made (and hashed) before the lock, used only when needed.
    let (password, hash) = secret::new_login(*login || email.is_some())?;
    let (k, changed, issued) = ctx.write(|w| {
        let old = resolve_contact(w.reads(), contact, scope)?;
        let permissions = permissions
            .as_deref()
            .map_or(old.permissions, Permissions::of)
            .union(Permissions::of(add_permissions))
            .without(Permissions::of(remove_permissions));
        let new = Contact {
            email: email.clone().unwrap_or_else(|| old.email.clone()),
            name: edit_optional(old.name.clone(), name.as_deref(), person_name)?,
            phone: edit_optional(old.phone.clone(), ph.as_deref(), phone)?,
            contact_type: edit_optional(old.contact_type.clone(), contact_type.as_deref(), label)?,
            permissions,
            ..old.clone()
        };
        let mut changed = store::contact::update(w, &old, &new, Action::Update)?;
        let issued = edit_login(w, &old, &new, change, hash.as_deref(), &mut changed)?;
        let k = store::contact::get(w.reads(), old.id)?.unwrap_or(new);
        Ok((k, changed, issued))
    })?;
    if *login && !issued && changed.iter().any(|c| c == "login") {
        ctx.out.note(&format!(
            "{} already has a password: their login now opens customer {} too.",
            quote(&k.email),
            quote(&k.customer)
        ));
    } else if *login && !issued {
        ctx.out.note(&format!(
            "{}'s login already opens this account; use `portalctl contact password` for a new password.",
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
    report_edit(ctx, k.kind.into(), &k, k.id, &k.email, &changed)
}

/// The login side of an edit: turned on, turned off, or moved with the email. True when the
/// person was given a first password (`hash`).
fn edit_login(
    w: &Writer,
    old: &Contact,
    new: &Contact,
    change: &ContactChange,
    hash: Option<&str>,
    changed: &mut Vec<String>,
) -> Result<bool> {
    let mut issued = false;
    let moved = model::email_key(&new.email) != model::email_key(&old.email);
    if change.login && !old.login {
        store::contact::set_login(w, new, true, Action::Login)?;
        issued = store::person::login_turned_on(w, &new.email, old.id, hash)?;
        changed.push("login".into());
    } else if change.no_login && old.login {
        store::contact::set_login(w, new, false, Action::Logout)?;
        store::person::login_turned_off(w, &old.email)?;
        changed.push("login".into());
    } else if moved && old.login {
        // The login moves with the email: the old person may have none left, the
        // new one may need a first password.
        store::person::login_turned_off(w, &old.email)?;
        issued = store::person::login_turned_on(w, &new.email, old.id, hash)?;
    }
    Ok(issued)
}

fn set_status(
    ctx: &mut Context,
    references: &[String],
    scope: &CustomerScopeArgs,
    status: Status,
) -> Result<()> {
    let action = Action::switching(status == Status::Active);
    let results = ctx.write(|w| {
        let found = resolve_all(
            references,
            |r| resolve_contact(w.reads(), r, scope),
            |k| k.id,
        )?;
        if status == Status::Inactive {
            for k in &found {
                super::refuse_self(w.actor(), k, "deactivate")?;
            }
        }
        super::set_each(
            found,
            |old| Contact {
                status,
                ..old.clone()
            },
            |old, new| Ok(!store::contact::update(w, old, new, action)?.is_empty()),
            |old| store::contact::get(w.reads(), old.id),
        )
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
