//! Making a token: `invite create` and `invite resend`, with the message that carries it
//! (composed when the token exists in clear, then printed or piped to `mail_command`).

use super::{Context, load, refuse};
use crate::cli::{CustomerArg, Grant};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::model::{self, Customer, Invitation, InviteStatus, Permissions, quote};
use crate::output::Secret;
use crate::store::audit::Action;
use crate::store::{self, Writer};
use crate::{clock, mail, secret};

/// `now + secs` as a stored timestamp.
fn expiry(secs: i64) -> String {
    clock::rfc3339(clock::now() + time::Duration::seconds(secs))
}

/// `invite create`: the invitation, its token printed once (with `--send`: the message).
pub(super) fn create(
    ctx: &mut Context,
    owner: &CustomerArg,
    email: &str,
    grant: &Grant,
    expires: &str,
    send: bool,
) -> Result<()> {
    let wording = Wording::of(&ctx.config);
    let email = model::email("email", email)?;
    let secs = clock::duration_secs(expires)?;
    let token = secret::new_code()?;
    let printed = secret::format_code(&token);
    let (inv, text) = ctx.write(|w| {
        let c = super::super::resolve_owner(w.reads(), owner)?;
        may_invite(w, &c, &email)?;
        let draft = Invitation {
            customer_id: c.id,
            customer: c.name.clone(),
            email: email.clone(),
            permissions: Permissions::of(&grant.permissions),
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
        let text = wording.compose(w, &inv, &printed)?;
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

/// Refuses an invitation for an email registered nowhere (exit 3), one already a contact or
/// guest of the customer, or one with an open invitation to it (exit 4).
fn may_invite(w: &Writer, c: &Customer, email: &str) -> Result<()> {
    if !store::invitation::is_registered(w.reads(), email)? {
        return Err(Error::not_found(format!(
            "{} is not registered as any customer's email or contact",
            quote(email)
        ))
        .with_hint(format!(
            "guests are people registered elsewhere; add a contact instead: portalctl contact create --customer {} --email {email}",
            c.id
        )));
    }
    if let Some(k) = store::contact::in_customer(w.reads(), c.id, email)? {
        return Err(Error::conflict(format!(
            "{} is already a {} of customer {} (id {})",
            quote(email),
            k.kind,
            quote(&c.name),
            k.id
        )));
    }
    if let Some(open) = store::invitation::open_for(w.reads(), w.now(), c.id, email)? {
        return Err(Error::conflict(format!(
            "{} already has an open invitation to customer {} (id {}, {})",
            quote(email),
            quote(&c.name),
            open.id,
            open.status
        ))
        .with_hint(format!(
            "make a new token with `portalctl invite resend {}`",
            open.id
        )));
    }
    Ok(())
}

/// `invite resend`: a new token (the old one dies at once), a new expiry, the message again.
pub(super) fn resend(ctx: &mut Context, id: i64, expires: &str) -> Result<()> {
    let wording = Wording::of(&ctx.config);
    let secs = clock::duration_secs(expires)?;
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
        let text = wording.compose(w, &inv, &printed)?;
        Ok((inv, text))
    })?;
    let mailed = deliver(ctx, &inv, &text)?;
    ctx.out.note(&format!(
        "Made a new token for invitation {} (the old one no longer works); it expires {}.",
        inv.id, inv.expires_at
    ));
    finish(ctx, &inv, &printed, Some(&text), mailed)
}

/// What an invitation's message takes from the config: the portal link, and the
/// `[messages] invitation` template.
struct Wording {
    portal_url: Option<String>,
    template: Option<String>,
}

impl Wording {
    fn of(config: &Config) -> Self {
        Wording {
            portal_url: config.portal_url.clone(),
            template: config.messages.invitation.clone(),
        }
    }

    /// The message of a committed invitation, naming its customer's partner and portal link.
    fn compose(&self, w: &Writer, inv: &Invitation, printed: &str) -> Result<String> {
        let (partner, link) =
            super::super::partner_and_link(w.reads(), inv.customer_id, self.portal_url.as_deref())?;
        Ok(message(
            inv,
            printed,
            partner.map(|p| p.name).as_deref(),
            link.as_deref(),
            self.template.as_deref(),
        ))
    }
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
    let perms = inv.permissions.to_string();
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
    let why = match mail::deliver(&ctx.config, text) {
        Ok(mailed) => return Ok(mailed),
        Err(why) => why,
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
