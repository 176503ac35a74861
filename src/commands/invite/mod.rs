//! `portalctl invite ...`: guest invitations. The token exists in clear only when it is made,
//! so the message that carries it is composed then too (`create --send`, `resend`: in
//! `create.rs`) and printed or piped to the config's `mail_command`. The store keeps the
//! token's SHA-256 only; the guest's side (`accept`, `decline`) is in `accept.rs`.

mod accept;
mod create;

use super::Context;
use crate::cli::{CustomerFilter, InviteCmd, Order};
use crate::clock;
use crate::error::{Error, Result};
use crate::model::{Invitation, InviteStatus, quote};
use crate::store::audit::Action;
use crate::store::{self, Writer};

pub fn run(ctx: &mut Context, cmd: InviteCmd) -> Result<()> {
    match cmd {
        InviteCmd::Create {
            owner,
            email,
            grant,
            expires,
            send,
        } => create::create(ctx, &owner, &email, &grant, &expires, send),
        InviteCmd::List {
            of,
            status,
            email,
            order,
        } => list(ctx, &of, status, email, &order),
        InviteCmd::Show { id } => show(ctx, id),
        InviteCmd::Send { id } => send(ctx, id),
        InviteCmd::Revoke { id } => revoke(ctx, id),
        InviteCmd::Resend { id, expires } => create::resend(ctx, id, &expires),
        InviteCmd::Accept { token } => accept::accept(ctx, &token),
        InviteCmd::Decline { token } => accept::decline(ctx, &token),
    }
}

fn load(w: &Writer, id: i64) -> Result<Invitation> {
    store::invitation::get(w.reads(), w.now(), id)?.ok_or_else(|| no_such(id))
}

fn no_such(id: i64) -> Error {
    Error::not_found(format!("no invitation {id}"))
        .with_hint("list them with `portalctl invite list`")
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

/// Closes an open invitation (revoked, declined); any other state is refused, naming `verb`.
fn close(
    w: &Writer,
    inv: &Invitation,
    to: InviteStatus,
    action: Action,
    verb: &str,
) -> Result<Invitation> {
    if !inv.is_open() {
        return Err(refuse(inv, verb));
    }
    store::invitation::transition(w, inv, to, None, None, action)
}

/// `invite list`: newest first.
fn list(
    ctx: &mut Context,
    of: &CustomerFilter,
    status: Option<InviteStatus>,
    email: Option<String>,
    order: &Order<store::invitation::Sort>,
) -> Result<()> {
    let now = clock::now_rfc3339();
    let (out, conn) = ctx.reader()?;
    let customer_id = super::filter_customer(conn, of)?;
    let filter = store::invitation::Filter {
        customer_id,
        status,
        email,
        listing: super::listing(out, order, None),
    };
    let mut list = out.list(|i: &Invitation| i.id);
    store::invitation::for_each(conn, &now, &filter, |i| list.row(&i))?;
    list.finish("invitations")
}

/// `invite show`: never the token.
fn show(ctx: &mut Context, id: i64) -> Result<()> {
    let now = clock::now_rfc3339();
    let (out, conn) = ctx.reader()?;
    let inv = store::invitation::get(conn, &now, id)?.ok_or_else(|| no_such(id))?;
    out.show(&inv, inv.id)
}

/// `invite send`: records that the token was delivered (pending -> sent).
fn send(ctx: &mut Context, id: i64) -> Result<()> {
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

/// `invite revoke`: the token stops working.
fn revoke(ctx: &mut Context, id: i64) -> Result<()> {
    let inv = ctx.write(|w| {
        let inv = load(w, id)?;
        close(w, &inv, InviteStatus::Revoked, Action::Revoke, "revoked")
    })?;
    ctx.out.note(&format!(
        "Revoked invitation {}; its token no longer works.",
        inv.id
    ));
    ctx.out.show(&inv, inv.id)
}
