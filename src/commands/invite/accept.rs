//! The guest's side of an invitation: `invite accept` and `invite decline`, by token.

use super::{Context, close, refuse};
use crate::error::{Error, Result};
use crate::model::{Contact, ContactKind, Invitation, InviteStatus, Status, quote};
use crate::secret;
use crate::store::audit::Action;
use crate::store::{self, Writer};

/// `invite accept`: the email becomes an active guest of the customer.
pub(super) fn accept(ctx: &mut Context, token: &str) -> Result<()> {
    let token = read_token(token)?;
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
                permissions: inv.permissions,
                status: Status::Active,
                login: true,
                ..Contact::default()
            },
        )?;
        // The person's login, where they have one, now opens this account too.
        store::person::login_turned_on(w, &guest.email, guest.id, None)?;
        let opens = store::person::has_password(w.reads(), &guest.email, None)?;
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

/// `invite decline`.
pub(super) fn decline(ctx: &mut Context, token: &str) -> Result<()> {
    let token = read_token(token)?;
    let inv = ctx.write(|w| {
        let inv = by_token(w, &token)?;
        close(w, &inv, InviteStatus::Declined, Action::Decline, "declined")
    })?;
    ctx.out.note(&format!("Declined invitation {}.", inv.id));
    ctx.out.show(&inv, inv.id)
}

/// The token as typed, or read from standard input for `-`, in canonical form.
fn read_token(arg: &str) -> Result<String> {
    let raw = if arg == "-" {
        super::super::read_secret("invitation token")?
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
    match store::invitation::by_token(w.reads(), w.now(), &hash)? {
        Some((inv, stored)) if secret::hashes_equal(&stored, &hash) => Ok(inv),
        _ => Err(no_such_token()),
    }
}
