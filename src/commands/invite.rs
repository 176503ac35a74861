//! `portalctl invite ...`: guest invitations. The token exists in clear only when it is made,
//! so the message that carries it is composed then too (`create --send`, `resend`) and printed
//! or piped to the config's `mail_command`. The store keeps the token's SHA-256 only.

use crate::store::audit::Action;
use std::time::Duration;

use super::Context;
use crate::cli::InviteCmd;
use crate::error::{Error, Result};
use crate::model::{
    self, Contact, ContactKind, Invitation, InviteStatus, Permission, Status, quote,
};
use crate::output::Secret;
use crate::secret;
use crate::store::{self, Writer};
use crate::{clock, mail};

/// `now + secs` as a stored timestamp.
fn expiry(secs: i64) -> String {
    clock::rfc3339(clock::now() + time::Duration::seconds(secs))
}

fn load(w: &Writer, id: i64) -> Result<Invitation> {
    store::invitation::get(w, w.now(), id)?.ok_or_else(|| {
        Error::not_found(format!("no invitation {id}"))
            .with_hint("list them with `portalctl invite list`")
    })
}

/// Refuses a transition from a state that does not allow it (exit 4 naming the state).
fn refuse(inv: &Invitation, verb: &str) -> Error {
    Error::conflict(format!(
        "invitation {} for {} is {}; it cannot be {verb}",
        inv.id,
        quote(&inv.email),
        inv.status
    ))
    .with_hint(match inv.status {
        InviteStatus::Expired => "make a new token with `portalctl invite resend`",
        InviteStatus::Active => "the guest exists; manage it with `portalctl contact`",
        _ => "create a new invitation with `portalctl invite create`",
    })
}

/// The invitation message: the config's `[messages] invitation` template, or the built-in
/// wording (customer, partner, permissions, expiry, the token and where to enter it).
fn message(
    inv: &Invitation,
    token: &str,
    partner: Option<&str>,
    link: Option<&str>,
    template: Option<&str>,
) -> String {
    let perms = inv.permissions.join(", ");
    let vars = mail::Vars {
        customer: &inv.customer,
        partner: partner.unwrap_or_default(),
        permissions: &perms,
        token,
        portal_url: link.unwrap_or_default(),
        expires_at: &inv.expires_at,
    };
    let body = template.map_or_else(
        || {
            let of = if partner.is_some() {
                " (managed by {partner})"
            } else {
                ""
            };
            let with = if inv.permissions.is_empty() {
                "no permissions yet (the account's administrators will grant them)"
            } else {
                "these permissions: {permissions}"
            };
            let enter = if link.is_some() {
                "To accept, enter the token in the customer portal at {portal_url}."
            } else {
                "To accept, enter the token where your provider's customer portal asks for it."
            };
            mail::render(
                &format!(
                    "You have been invited to use the customer account {{customer}}{of} with {with}.\n\n\
                     Your invitation token: {{token}}\n\
                     It expires at {{expires_at}}.\n\n\
                     {enter} If you do not want to accept, ignore this message or tell whoever invited you.\n"
                ),
                &vars,
            )
        },
        |t| mail::render(t, &vars),
    );
    mail::compose(
        &inv.email,
        &format!("Invitation to the {} account", inv.customer),
        &body,
    )
}

/// Delivers a committed invitation's message: piped to `mail_command` (true), or left to the
/// caller to print (false). When the command fails, the invitation is revoked in a write of
/// its own, so no live token is left that nobody received.
fn deliver(ctx: &mut Context, inv: &Invitation, text: &str) -> Result<bool> {
    let Some(cmd) = ctx
        .config
        .mail_command
        .clone()
        .filter(|c| !c.trim().is_empty())
    else {
        return Ok(false);
    };
    let timeout = Duration::from_millis(u64::from(ctx.config.mail_timeout_ms()));
    let Err(why) = mail::pipe(&cmd, text, timeout) else {
        return Ok(true);
    };
    let id = inv.id;
    ctx.write(|w| {
        let now = load(w, id)?;
        if now.is_open() {
            store::invitation::transition(
                w,
                &now,
                InviteStatus::Revoked,
                None,
                None,
                Action::Revoke,
            )?;
        }
        Ok(())
    })?;
    Err(Error::failure(format!(
        "the mail command failed: {why}; invitation {id} was revoked, so its token (never delivered) does not work"
    ))
    .with_hint(format!(
        "check mail_command in the config, then make a new token with `portalctl invite create` (or `invite resend {id}` once the mail works)"
    )))
}

pub fn run(ctx: &mut Context, cmd: InviteCmd) -> Result<()> {
    let config_url = ctx.config.portal_url.clone();
    let template = ctx.config.messages.invitation.clone();
    match cmd {
        InviteCmd::Create {
            owner,
            email,
            grant,
            expires,
            send,
        } => {
            let email = model::email("email", &email)?;
            let secs = clock::duration_secs(&expires)?;
            let token = secret::new_code()?;
            let printed = secret::format_code(&token);
            let (inv, text) = ctx.write(|w| {
                let c = super::resolve_owner(w, &owner)?;
                if !store::invitation::is_registered(w, &email)? {
                    return Err(Error::not_found(format!(
                        "{} is not registered as any customer's email or contact",
                        quote(&email)
                    ))
                    .with_hint(format!(
                        "guests are people registered elsewhere; add a contact instead: portalctl contact create --customer {} --email {email}",
                        c.id
                    )));
                }
                if let Some(k) = store::contact::in_customer(w, c.id, &email)? {
                    return Err(Error::conflict(format!(
                        "{} is already a {} of customer {} (id {})",
                        quote(&email),
                        k.kind,
                        quote(&c.name),
                        k.id
                    )));
                }
                if let Some(open) = store::invitation::open_for(w, w.now(), c.id, &email)? {
                    return Err(Error::conflict(format!(
                        "{} already has an open invitation to customer {} (id {}, {})",
                        quote(&email),
                        quote(&c.name),
                        open.id,
                        open.status
                    ))
                    .with_hint(format!("make a new token with `portalctl invite resend {}`", open.id)));
                }
                let draft = Invitation {
                    customer_id: c.id,
                    customer: c.name.clone(),
                    email: email.clone(),
                    permissions: Permission::names(Permission::mask(&grant.permissions)),
                    status: if send {
                        InviteStatus::Sent
                    } else {
                        InviteStatus::Pending
                    },
                    expires_at: expiry(secs),
                    ..Invitation::default()
                };
                let inv = store::invitation::insert(w, &draft, &secret::hash_code(&token))?;
                if !send {
                    return Ok((inv, None));
                }
                let (partner, link) = super::partner_and_link(w, c.id, config_url.as_deref())?;
                let text = message(
                    &inv,
                    &printed,
                    partner.map(|p| p.name).as_deref(),
                    link.as_deref(),
                    template.as_deref(),
                );
                Ok((inv, Some(text)))
            })?;
            let mailed = match &text {
                Some(t) => deliver(ctx, &inv, t)?,
                None => false,
            };
            ctx.out.note(&format!(
                "Invited {} to customer {} (invitation {}, {}, expires {}).",
                quote(&inv.email),
                quote(&inv.customer),
                inv.id,
                inv.status,
                inv.expires_at
            ));
            finish(ctx, &inv, &printed, text.as_deref(), mailed)
        }
        InviteCmd::List {
            of,
            status,
            email,
            order,
        } => {
            let now = clock::now_rfc3339();
            let (out, conn) = ctx.reader()?;
            let customer_id = super::filter_customer(conn, &of)?;
            let filter = store::invitation::Filter {
                customer_id,
                status,
                email,
                listing: super::listing(out, &order, None),
            };
            let mut list = out.list(|i: &Invitation| i.id);
            store::invitation::for_each(conn, &now, &filter, |i| list.row(&i))?;
            list.finish("invitations")
        }
        InviteCmd::Show { id } => {
            let now = clock::now_rfc3339();
            let (out, conn) = ctx.reader()?;
            let inv = store::invitation::get(conn, &now, id)?.ok_or_else(|| {
                Error::not_found(format!("no invitation {id}"))
                    .with_hint("list them with `portalctl invite list`")
            })?;
            out.show(&inv, inv.id)
        }
        InviteCmd::Send { id } => {
            let (inv, changed) = ctx.write(|w| {
                let inv = load(w, id)?;
                match inv.status {
                    InviteStatus::Pending => Ok((
                        store::invitation::transition(
                            w,
                            &inv,
                            InviteStatus::Sent,
                            None,
                            None,
                            Action::Send,
                        )?,
                        true,
                    )),
                    InviteStatus::Sent => Ok((inv, false)),
                    _ => Err(refuse(&inv, "sent")),
                }
            })?;
            ctx.out.note(&if changed {
                format!("Recorded invitation {} as sent.", inv.id)
            } else {
                format!("Invitation {} was already sent; nothing changed.", inv.id)
            });
            ctx.out.show(&inv, inv.id)
        }
        InviteCmd::Revoke { id } => {
            let inv = ctx.write(|w| {
                let inv = load(w, id)?;
                if !inv.is_open() {
                    return Err(refuse(&inv, "revoked"));
                }
                store::invitation::transition(
                    w,
                    &inv,
                    InviteStatus::Revoked,
                    None,
                    None,
                    Action::Revoke,
                )
            })?;
            ctx.out.note(&format!(
                "Revoked invitation {}; its token no longer works.",
                inv.id
            ));
            ctx.out.show(&inv, inv.id)
        }
        InviteCmd::Resend { id, expires } => {
            let secs = clock::duration_secs(&expires)?;
            let token = secret::new_code()?;
            let printed = secret::format_code(&token);
            let (inv, text) = ctx.write(|w| {
                let inv = load(w, id)?;
                if !(inv.is_open() || inv.status == InviteStatus::Expired) {
                    return Err(refuse(&inv, "resent"));
                }
                let inv = store::invitation::transition(
                    w,
                    &inv,
                    InviteStatus::Sent,
                    Some((&secret::hash_code(&token), &expiry(secs))),
                    None,
                    Action::Resend,
                )?;
                let (partner, link) =
                    super::partner_and_link(w, inv.customer_id, config_url.as_deref())?;
                let text = message(
                    &inv,
                    &printed,
                    partner.map(|p| p.name).as_deref(),
                    link.as_deref(),
                    template.as_deref(),
                );
                Ok((inv, text))
            })?;
            let mailed = deliver(ctx, &inv, &text)?;
            let text = Some(text);
            ctx.out.note(&format!(
                "Made a new token for invitation {} (the old one no longer works); it expires {}.",
                inv.id, inv.expires_at
            ));
            finish(ctx, &inv, &printed, text.as_deref(), mailed)
        }
        InviteCmd::Accept { token } => {
            let token = read_token(&token)?;
            let (inv, guest, opens) = ctx.write(|w| {
                let inv = by_token(w, &token)?;
                if !inv.is_open() {
                    return Err(refuse(&inv, "accepted"));
                }
                let guest = store::contact::insert(
                    w,
                    &Contact {
                        kind: ContactKind::Guest,
                        customer_id: inv.customer_id,
                        customer: inv.customer.clone(),
                        email: inv.email.clone(),
                        permissions: inv.permissions.clone(),
                        status: Status::Active,
                        login: true,
                        ..Contact::default()
                    },
                )?;
                // The person's login, where they have one, now opens this account too.
                store::person::login_turned_on(w, &guest.email, guest.id, None)?;
                let opens = store::person::has_password(w, &guest.email, None)?;
                let inv = store::invitation::transition(
                    w,
                    &inv,
                    InviteStatus::Active,
                    None,
                    Some(guest.id),
                    Action::Accept,
                )?;
                Ok((inv, guest, opens))
            })?;
            ctx.out.note(&format!(
                "Accepted invitation {}: {} is now an active guest of customer {} (id {}).{}",
                inv.id,
                quote(&guest.email),
                quote(&guest.customer),
                guest.id,
                if opens {
                    " Their login now opens this account too."
                } else {
                    " They have no password yet: `portalctl contact reset` lets them set one."
                }
            ));
            ctx.out.show(&guest, guest.id)
        }
        InviteCmd::Decline { token } => {
            let token = read_token(&token)?;
            let inv = ctx.write(|w| {
                let inv = by_token(w, &token)?;
                if !inv.is_open() {
                    return Err(refuse(&inv, "declined"));
                }
                store::invitation::transition(
                    w,
                    &inv,
                    InviteStatus::Declined,
                    None,
                    None,
                    Action::Decline,
                )
            })?;
            ctx.out.note(&format!("Declined invitation {}.", inv.id));
            ctx.out.show(&inv, inv.id)
        }
    }
}

/// Prints what create/resend made: the message (when composed and not mailed) or the token.
fn finish(
    ctx: &Context,
    inv: &Invitation,
    printed: &str,
    text: Option<&str>,
    mailed: bool,
) -> Result<()> {
    let secret = Secret {
        field: "invitation_token",
        value: printed,
    };
    match (text, mailed) {
        (Some(_), true) => {
            ctx.out
                .note("The invitation message was piped to the mail command.");
            ctx.out.show(inv, inv.id)
        }
        (Some(t), false) => ctx.out.show_with_message(inv, inv.id, secret, t),
        (None, _) => ctx.out.show_with(inv, inv.id, Some(secret)),
    }
}

/// The token as typed, or read from standard input for `-`, in canonical form.
fn read_token(arg: &str) -> Result<String> {
    let raw = if arg == "-" {
        super::read_secret("invitation token")?
    } else {
        arg.to_string()
    };
    secret::normalize_code(&raw).ok_or_else(no_such_token)
}

fn no_such_token() -> Error {
    Error::not_found("no invitation has this token (mistyped, or replaced by `invite resend`)")
        .with_hint("ask for the latest invitation message")
}

fn by_token(w: &Writer, canonical: &str) -> Result<Invitation> {
    let hash = secret::hash_code(canonical);
    match store::invitation::by_token(w, w.now(), &hash)? {
        Some((inv, stored)) if secret::hashes_equal(&stored, &hash) => Ok(inv),
        _ => Err(no_such_token()),
    }
}
