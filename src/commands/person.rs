//! The person behind contacts and guests: one email, one password for every account where a
//! contact or guest of that email has `login` on. `contact password`, `contact reset`,
//! `contact login` and `contact access` take the person; the password is Argon2id only, a
//! reset token SHA-256 only, and neither is ever printed again after the command that made it.

use super::Context;
use super::contact::resolve_contact;
use crate::cli::CustomerScopeArgs;
use crate::error::{Error, Kind, Result};
use crate::model::{self, Access, Contact, ResetIssued, quote};
use crate::output::Secret;
use crate::store::person::{self, SetBy};
use crate::store::{self, Db};
use crate::{clock, mail, secret};

/// The person a reference names: a contact's id (or its email within `--customer`) gives that
/// contact's email; an email names the person whichever accounts it belongs to (exit 3 when
/// it is no contact's or guest's).
fn person_of(conn: &Db, reference: &str, scope: &CustomerScopeArgs) -> Result<Contact> {
    let r = super::normalize_ref(reference);
    if scope.customer.is_some() || store::as_id(&r).is_some() {
        return resolve_contact(conn, &r, scope);
    }
    store::contact::lookup(conn, &r, None)?
        .into_iter()
        .next()
        .ok_or_else(|| {
            Error::not_found(format!(
                "{} is not a contact or guest of any customer",
                quote(&r)
            ))
            .with_hint("list a customer's people with `portalctl contact list --customer CUSTOMER`")
        })
}

/// Refuses (exit 4) a person none of whose accounts has `login` on.
fn require_login(conn: &Db, k: &Contact, verb: &str) -> Result<()> {
    if person::has_login(conn, &k.email, None)? {
        return Ok(());
    }
    Err(Error::conflict(format!(
        "{} has no login: no account of theirs lets it in, so there is no password to {verb}",
        quote(&k.email)
    ))
    .with_hint(format!(
        "turn a login on first: portalctl contact edit {} --login",
        k.id
    )))
}

/// The accounts the person's login opens, by customer name.
fn login_accounts(conn: &Db, email: &str) -> Result<Vec<Access>> {
    Ok(store::contact::access(conn, email, false)?
        .into_iter()
        .filter(|a| a.login)
        .collect())
}

/// `contact password EMAIL`: a new generated password for every account at once.
pub fn generate(ctx: &mut Context, reference: &str, scope: &CustomerScopeArgs) -> Result<()> {
    let password = secret::new_password()?;
    let hash = secret::hash_password(&password)?;
    let (k, opens) = ctx.write(|w| {
        let k = person_of(w.reads(), reference, scope)?;
        store::staff::refuse_person_outside(w.reads(), &model::email_key(&k.email))?;
        require_login(w.reads(), &k, "change")?;
        person::set_password(w, &k.email, Some(&hash), SetBy::Operator)?;
        let opens = login_accounts(w.reads(), &k.email)?.len();
        let k = store::contact::get(w.reads(), k.id)?.unwrap_or(k);
        Ok((k, opens))
    })?;
    ctx.out.note(&format!(
        "Issued a new password for {}; it opens {} and the old one no longer works.",
        quote(&k.email),
        super::counted(
            i64::try_from(opens).unwrap_or(i64::MAX),
            "account",
            "accounts"
        ),
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

/// `contact password EMAIL --reset-token -`: the person sets a password of their own.
pub fn set_with_token(
    ctx: &mut Context,
    reference: &str,
    scope: &CustomerScopeArgs,
    source: &str,
) -> Result<()> {
    if source != "-" {
        return Err(
            Error::usage("a reset token is never taken on the command line").with_hint(
                "pass --reset-token - and give the token, then the new password, on standard input",
            ),
        );
    }
    let (raw_token, password) = read_token_and_password()?;
    let unknown = || {
        Error::not_found("no reset token of this person matches (mistyped, or never issued)")
            .with_hint("ask for a new one: portalctl contact reset EMAIL")
    };
    let canonical = secret::normalize_code(&raw_token).ok_or_else(unknown)?;
    let token_hash = secret::hash_code(&canonical);
    let now = clock::now_rfc3339();
    let (k, names) = {
        let (_, conn) = ctx.reader()?;
        let k = person_of(conn, reference, scope)?;
        let found = person::reset_by_hash(conn, &k.email, &token_hash, &now)?;
        usable(found.as_ref(), unknown)?;
        let names: Vec<String> = store::contact::lookup(conn, &k.email, None)?
            .into_iter()
            .filter_map(|c| c.name)
            .collect();
        (k, names)
    };
    let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
    secret::check_chosen_password(&password, &k.email, &name_refs)?;
    // Hashed before the write lock is taken: Argon2 is the slow part.
    let phc = secret::hash_password(&password)?;
    let opens = ctx.write(|w| {
        // What was checked before the lock is checked again under it.
        store::staff::refuse_person_outside(w.reads(), &model::email_key(&k.email))?;
        let found = person::reset_by_hash(w.reads(), &k.email, &token_hash, w.now())?;
        let id = usable(found.as_ref(), unknown)?;
        person::use_reset(w, &k.email, id, &phc)?;
        login_accounts(w.reads(), &k.email)
    })?;
    ctx.out.note(&format!(
        "Password set for {}; it opens {}. The reset token is used up.",
        quote(&k.email),
        super::counted(
            i64::try_from(opens.len()).unwrap_or(i64::MAX),
            "account",
            "accounts"
        ),
    ));
    let mut list = ctx.out.list(|a: &Access| a.account_id);
    for a in &opens {
        list.row(a)?;
    }
    list.finish("accounts")
}

/// The id of a token that may still be used: exit 3 for none, 4 for a dead one.
fn usable(found: Option<&person::Reset>, unknown: impl Fn() -> Error) -> Result<i64> {
    let r = found.ok_or_else(&unknown)?;
    match r.dead {
        None => Ok(r.id),
        Some(why) => Err(Error::conflict(format!(
            "this reset token {}; it cannot set a password",
            why.describe()
        ))
        .with_hint("ask for a new one: portalctl contact reset EMAIL")),
    }
}

/// The reset token and the new password: asked for on a terminal (hidden, the password
/// twice), else one a line on standard input.
fn read_token_and_password() -> Result<(String, String)> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        let token = crate::confirm::password("Reset token")?;
        let password = crate::confirm::new_password("New password")?;
        return Ok((token, password));
    }
    let mut lines = super::read_secrets(&["reset token", "new password"])?;
    let password = lines.pop().unwrap_or_default();
    let token = lines.pop().unwrap_or_default();
    Ok((token, password))
}

/// `contact reset EMAIL`: a one-time token, printed once or carried by the reset message.
pub fn reset(
    ctx: &mut Context,
    reference: &str,
    scope: &CustomerScopeArgs,
    expires: &str,
    send: bool,
) -> Result<()> {
    let secs = clock::duration_secs(expires)?;
    let token = secret::new_code()?;
    let printed = secret::format_code(&token);
    let token_hash = secret::hash_code(&token);
    let config_url = ctx.config.portal_url.clone();
    let template = ctx.config.messages.reset.clone();
    let (issued, text) = ctx.write(|w| {
        let k = person_of(w.reads(), reference, scope)?;
        store::staff::refuse_person_outside(w.reads(), &model::email_key(&k.email))?;
        require_login(w.reads(), &k, "reset")?;
        let expires_at = clock::rfc3339(clock::now() + time::Duration::seconds(secs));
        let id = person::issue_reset(w, &k.email, &token_hash, &expires_at)?;
        let accounts = login_accounts(w.reads(), &k.email)?;
        let text = if send {
            let link = match accounts.first() {
                Some(a) => {
                    super::partner_and_link(w.reads(), a.account_id, config_url.as_deref())?.1
                }
                None => config_url.clone(),
            };
            Some(reset_message(
                &k.email,
                &accounts,
                &printed,
                &expires_at,
                link.as_deref(),
                template.as_deref(),
            ))
        } else {
            None
        };
        let issued = ResetIssued {
            id,
            email: k.email,
            expires_at,
            accounts: accounts.into_iter().map(|a| a.customer).collect(),
        };
        Ok((issued, text))
    })?;
    let mailed = match &text {
        Some(t) => deliver(ctx, &token_hash, t)?,
        None => false,
    };
    ctx.out.note(&format!(
        "Made a reset token for {} (it works once, until {}; any older one no longer works).",
        quote(&issued.email),
        issued.expires_at
    ));
    let secret = Secret {
        field: "reset_token",
        value: &printed,
    };
    match (text, mailed) {
        (Some(_), true) => {
            ctx.out
                .note("The reset message was piped to the mail command.");
            ctx.out.show(&issued, issued.id)
        }
        (Some(t), false) => ctx.out.show_with_message(&issued, issued.id, secret, &t),
        (None, _) => ctx.out.show_with(&issued, issued.id, Some(secret)),
    }
}

/// The reset message: the config's `[messages] reset` template, or the built-in wording.
/// `{customer}` and `{partner}` name every account the login opens, `{permissions}` the
/// permissions they hold together.
fn reset_message(
    email: &str,
    accounts: &[Access],
    token: &str,
    expires_at: &str,
    link: Option<&str>,
    template: Option<&str>,
) -> String {
    let customers = accounts
        .iter()
        .map(|a| a.customer.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let mut partners: Vec<&str> = accounts
        .iter()
        .filter_map(|a| a.partner.as_deref())
        .collect();
    partners.dedup();
    let permissions = accounts
        .iter()
        .fold(model::Permissions::default(), |set, a| {
            set.union(a.permissions)
        })
        .to_string();
    let vars = mail::Vars {
        customer: &customers,
        partner: &partners.join(", "),
        permissions: &permissions,
        token,
        portal_url: link.unwrap_or_default(),
        expires_at,
    };
    let enter = if link.is_some() {
        "To choose a new password, enter the code in the customer portal at {portal_url}."
    } else {
        "To choose a new password, enter the code where your customer portal asks for it."
    };
    let body = template.map_or_else(
        || {
            mail::render(
                &format!(
                    "A password reset was requested for your login to {{customer}}.\n\n\
                     Your reset code: {{token}}\n\
                     It works once and expires at {{expires_at}}.\n\n\
                     {enter} If you did not ask for this, ignore this message: your password stays as it is.\n"
                ),
                &vars,
            )
        },
        |t| mail::render(t, &vars),
    );
    mail::compose(email, "Reset your password", &body)
}

/// Pipes a committed reset message to `mail_command` (true), or leaves it to be printed
/// (false). When the command fails, the token is revoked, so no live token is left that
/// nobody received.
fn deliver(ctx: &mut Context, token_hash: &[u8], text: &str) -> Result<bool> {
    let why = match mail::deliver(&ctx.config, text) {
        Ok(mailed) => return Ok(mailed),
        Err(why) => why,
    };
    ctx.write(|w| person::revoke_reset(w, token_hash))?;
    Err(Error::failure(format!(
        "the mail command failed: {why}; the reset token was revoked, so the token (never delivered) does not work"
    ))
    .with_hint("check mail_command in the config, then run `portalctl contact reset` again"))
}

/// `contact access EMAIL`: every account the email may use, and as what.
pub fn access(ctx: &mut Context, email: &str) -> Result<()> {
    let email = model::email("email", email)?;
    let (out, conn) = ctx.reader()?;
    let rows = store::contact::access(conn, &email, false)?;
    if rows.is_empty() {
        return Err(Error::not_found(format!(
            "{} is not a contact or guest of any customer",
            quote(&email)
        ))
        .with_hint(
            "add it with `portalctl contact create` or invite it with `portalctl invite create`",
        ));
    }
    let mut list = out.list(|a: &Access| a.account_id);
    for a in &rows {
        list.row(a)?;
    }
    list.finish("accounts")
}

/// `contact login EMAIL [--customer C]`. Every refusal is the same message and costs one
/// Argon2 verification (an email without a password is checked against a dummy hash), and the
/// accounts are read whatever the outcome, so the answer reveals nothing about which emails
/// exist, why a login failed, or how many accounts an email has.
pub fn login(
    ctx: &mut Context,
    email: &str,
    customer: Option<&str>,
    partner: Option<&str>,
) -> Result<()> {
    let password = super::read_secret("password")?;
    let email = email.trim();
    let (creds, accounts) = {
        let (_, conn) = ctx.reader()?;
        (
            person::credentials(conn, email)?,
            store::contact::access(conn, email, true)?,
        )
    };
    let mut ok = secret::verify_password(&password, creds.password_hash.as_deref());
    // Passwords kept from before people (see migration 6) until the next one is set.
    if !ok {
        ok = creds
            .legacy
            .iter()
            .any(|h| secret::verify_password(&password, Some(h)));
    }
    let refused = || {
        Error::denied("login refused").with_hint("check the email, the password and the account")
    };
    if !ok || accounts.is_empty() {
        return Err(refused());
    }
    let opened = match customer {
        None => accounts,
        Some(c) => vec![choose(accounts, c, partner)?.ok_or_else(refused)?],
    };
    if let Some(id) = creds.person_id {
        record_login(ctx, id);
    }
    ctx.out.note(&format!(
        "Login accepted: {}.",
        super::counted(
            i64::try_from(opened.len()).unwrap_or(i64::MAX),
            "account",
            "accounts"
        )
    ));
    let mut list = ctx.out.list(|a: &Access| a.account_id);
    for a in &opened {
        list.row(a)?;
    }
    list.finish("accounts")
}

/// The account the person chose among those the login opens: by account id, else by customer
/// name (narrowed by the partner's name when two partners' customers share it).
fn choose(accounts: Vec<Access>, reference: &str, partner: Option<&str>) -> Result<Option<Access>> {
    let r = super::normalize_ref(reference);
    if let Some(id) = store::as_id(&r)
        && let Some(a) = accounts.iter().find(|a| a.account_id == id)
    {
        return Ok(Some(a.clone()));
    }
    let p = partner.map(super::normalize_ref);
    let mut named: Vec<Access> = accounts
        .into_iter()
        .filter(|a| a.customer == r)
        .filter(|a| p.is_none() || a.partner == p)
        .collect();
    if named.len() > 1 {
        let listed = named
            .iter()
            .map(|a| {
                format!(
                    "account {} (partner {})",
                    a.account_id,
                    a.partner
                        .as_deref()
                        .map_or_else(|| "none".to_string(), quote)
                )
            })
            .collect::<Vec<_>>();
        return Err(Error::usage(format!(
            "customer {} is ambiguous among this login's accounts: {}",
            quote(&r),
            listed.join(", ")
        ))
        .with_hint("choose by account id, or add --partner PARTNER"));
    }
    Ok(named.pop())
}

/// Records the login's time where the session may write. A reader, a read-only standby or a
/// busy store still logs in, unrecorded (said on stderr unless the role simply may not write).
fn record_login(ctx: &mut Context, person_id: i64) {
    if let Err(e) = ctx.write(|w| person::record_login(w, person_id))
        && e.kind != Kind::Denied
    {
        ctx.out
            .note(&format!("The login's time was not recorded: {}", e.message));
    }
}
