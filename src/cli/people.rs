//! Who may use a customer account on the command line: contacts and guest invitations.

use clap::{Args, Subcommand};

use super::CustomerScopeArgs;
use super::{CustomerArg, CustomerFilter, Grant, Order};
use crate::model::{ContactKind, InviteStatus, Status};

// ---------------------------------------------------------------- contact

#[derive(Debug, Subcommand)]
pub enum ContactCmd {
    /// Add a contact to a customer account (with --login: the person's login opens it)
    #[command(after_help = "Examples:
  portalctl contact create --customer Acme --email bea@acme.test --name Bea \\
      --contact-type billing --permission billing --permission tickets
  portalctl contact create --customer Acme --email admin@acme.example --login \\
      --permission admin

A person is an email: one password opens every account where that email has a login. With
--login, a person without a password gets a generated one, printed once; a person who already
has one keeps it, and their login now opens this account too.")]
    Create {
        #[command(flatten)]
        owner: CustomerArg,
        /// Email; used once per customer, compared case-insensitively
        #[arg(long)]
        email: String,
        /// Full name
        #[arg(long)]
        name: Option<String>,
        /// Phone number
        #[arg(long)]
        phone: Option<String>,
        /// A free label: technical, billing, webmaster ...
        #[arg(long, value_name = "TYPE")]
        contact_type: Option<String>,
        #[command(flatten)]
        grant: Grant,
        /// Let the person's login (the email) open this account; a person without a
        /// password gets a generated one, printed once
        #[arg(long)]
        login: bool,
    },
    /// List the contacts and guests of a customer account, by customer, contacts first, then email
    #[command(
        visible_alias = "ls",
        after_help = "Examples:
  portalctl contact list --customer Acme
  portalctl contact list --customer Acme --kind guest --status active -o json
  portalctl contact list --permission billing -o csv
  portalctl contact list --name müller --sort created --desc"
    )]
    List {
        #[command(flatten)]
        of: CustomerFilter,
        /// Only active or only inactive users
        #[arg(long, value_enum)]
        status: Option<Status>,
        /// Only holders of this permission (admins hold every one)
        #[arg(long, value_enum)]
        permission: Option<crate::model::Permission>,
        /// Only contacts or only guests
        #[arg(long, value_enum)]
        kind: Option<ContactKind>,
        /// Name contains this text (case-insensitive; a user without a name never matches)
        #[arg(long, value_name = "TEXT")]
        name: Option<String>,
        #[command(flatten)]
        order: Order<crate::model::ContactSort>,
    },
    /// Show one contact or guest (never its password)
    #[command(after_help = "Examples:
  portalctl contact show billing@acme.example
  portalctl contact show billing@acme.example --customer Acme -o json")]
    Show {
        /// Id or email
        contact: String,
        #[command(flatten)]
        scope: CustomerScopeArgs,
    },
    /// Change a contact's details, permissions or login
    #[command(after_help = "Examples:
  portalctl contact edit billing@acme.example --add-permission tickets
  portalctl contact edit 12 --permission services,deployment --phone \"\"
  portalctl contact edit admin@acme.example --no-login")]
    Edit {
        /// Id or email
        contact: String,
        #[command(flatten)]
        scope: CustomerScopeArgs,
        #[command(flatten)]
        change: ContactChange,
    },
    /// Reactivate contacts or guests
    #[command(after_help = "Example:
  portalctl contact activate billing@acme.example --customer Acme")]
    Activate {
        /// Ids or emails
        #[arg(required = true)]
        contacts: Vec<String>,
        #[command(flatten)]
        scope: CustomerScopeArgs,
    },
    /// Deactivate contacts or guests: they cannot log in, their data is kept
    #[command(after_help = "Example:
  portalctl contact deactivate billing@acme.example --customer Acme")]
    Deactivate {
        /// Ids or emails
        #[arg(required = true)]
        contacts: Vec<String>,
        #[command(flatten)]
        scope: CustomerScopeArgs,
    },
    /// Delete contacts or guests (asks first)
    #[command(
        visible_alias = "rm",
        after_help = "Example:
  portalctl contact delete billing@acme.example --customer Acme --yes"
    )]
    Delete {
        /// Ids or emails; all are deleted in one transaction, or none
        #[arg(required = true)]
        contacts: Vec<String>,
        #[command(flatten)]
        scope: CustomerScopeArgs,
    },
    /// The access list: every customer account an email may use, as what, whether the
    /// login opens it, and when the person last logged in
    #[command(after_help = "Example:
  portalctl contact access billing@acme.example -o json")]
    Access {
        /// The email
        email: String,
    },
    /// Give a person a new generated password (printed once) for every account at once, or,
    /// with --reset-token -, let the person set one of their own
    #[command(after_help = "Examples:
  portalctl -q contact password admin@acme.example
  printf '%s\\n%s\\n' \"$TOKEN\" \"$NEW_PASSWORD\" | \\
      portalctl contact password admin@acme.example --reset-token -

With --reset-token -, standard input holds the reset token (from contact reset), then the
new password, one a line (on a terminal both are asked for, hidden, the password twice). A
chosen password has at least 12 characters, does not contain the person's email or name, and
must score 3 or more on the zxcvbn strength estimator; a weak one is refused (exit 2) with
advice, and the token stays usable. A token that matches nothing is exit 3; one used,
replaced, expired or cancelled is exit 4.")]
    Password {
        /// The person's email (or a contact's id)
        contact: String,
        #[command(flatten)]
        scope: CustomerScopeArgs,
        /// Set the person's own password with a reset token: - reads the token, then the
        /// new password, from standard input
        #[arg(long, value_name = "-")]
        reset_token: Option<String>,
    },
    /// Make a one-time password-reset token for a person with a login (printed once, or
    /// mailed with --send)
    #[command(after_help = "Examples:
  portalctl contact reset pat@x.example
  portalctl contact reset pat@x.example --expires 30m --send

The token is stored as its SHA-256 only; a newer reset replaces the older token, and it dies
when used, expired, when a password is set by the operator, or when the person's last login is
turned off. With --send, the reset message (the config's [messages] reset template, or the
built-in text) is printed, or piped to mail_command.")]
    Reset {
        /// The person's email (or a contact's id)
        contact: String,
        #[command(flatten)]
        scope: CustomerScopeArgs,
        /// How long the token works: 30m, 1h, 2d ...
        #[arg(long, default_value = "1h", value_name = "DURATION")]
        expires: String,
        /// Compose the reset message with the token: printed, or piped to the mail command
        #[arg(long)]
        send: bool,
    },
    /// Check a login: reads the password from standard input; exit 0 listing every account
    /// it opens (contacts and guests), or 6 when refused
    #[command(after_help = "Examples:
  printf '%s\\n' \"$PASSWORD\" | portalctl contact login pat@x.example
  portalctl contact login pat@x.example --customer Beta < password.txt

One password per person opens every account where the email is an active contact or guest
with login on, of an active customer. --customer (a name or an account id) is the person
choosing one of them. The password is read from standard input (a prompt when it is a
terminal), never from a flag, so it stays out of ps and shell history. A refusal says the
same thing, and takes about as long, whatever the reason.")]
    Login {
        /// The login email
        email: String,
        #[command(flatten)]
        of: CustomerFilter,
    },
}

// What `contact edit` changes.
#[derive(Debug, Args)]
#[group(skip)]
pub struct ContactChange {
    /// New email
    #[arg(long)]
    pub email: Option<String>,
    /// New name ("" removes it)
    #[arg(long)]
    pub name: Option<String>,
    /// New phone ("" removes it)
    #[arg(long)]
    pub phone: Option<String>,
    /// New type label ("" removes it)
    #[arg(long, value_name = "TYPE")]
    pub contact_type: Option<String>,
    /// Replace the permissions with these (repeat, or separate with commas)
    #[arg(long = "permission", value_name = "PERMISSION", value_enum, value_delimiter = ',',
          conflicts_with_all = ["add_permissions", "remove_permissions"])]
    pub permissions: Option<Vec<crate::model::Permission>>,
    /// Add permissions
    #[arg(
        long = "add-permission",
        value_name = "PERMISSION",
        value_enum,
        value_delimiter = ','
    )]
    pub add_permissions: Vec<crate::model::Permission>,
    /// Remove permissions
    #[arg(
        long = "remove-permission",
        value_name = "PERMISSION",
        value_enum,
        value_delimiter = ','
    )]
    pub remove_permissions: Vec<crate::model::Permission>,
    /// Let the person's login open this account (a person without a password gets a
    /// generated one, printed once)
    #[arg(long, conflicts_with = "no_login")]
    pub login: bool,
    /// Stop the person's login opening this account (with no account left, the
    /// person's password is removed)
    #[arg(long)]
    pub no_login: bool,
}

// ---------------------------------------------------------------- invite

#[derive(Debug, Subcommand)]
pub enum InviteCmd {
    /// Invite an email registered elsewhere into a customer account; prints the invitation
    /// token once (with --send: the message that carries it)
    #[command(after_help = "Examples:
  portalctl invite create --customer Acme --email pat@x.test --permission admin
  portalctl invite create --customer Acme --email pat@x.test --expires 3d --send

The email must already be registered (a customer's email or some customer's contact);
otherwise create a contact instead. Durations: 30s, 90m, 12h, 7d, 2w.")]
    Create {
        #[command(flatten)]
        owner: CustomerArg,
        /// The guest's email
        #[arg(long)]
        email: String,
        #[command(flatten)]
        grant: Grant,
        /// How long the invitation stays open
        #[arg(long, value_name = "DURATION", default_value = "7d")]
        expires: String,
        /// Compose the invitation message now: print it, or pipe it to the config's
        /// mail_command; marks the invitation sent
        #[arg(long)]
        send: bool,
    },
    /// List invitations, newest first
    #[command(
        visible_alias = "ls",
        after_help = "Examples:
  portalctl invite list --customer Acme
  portalctl invite list --status expired -o json
  portalctl invite list --sort expires"
    )]
    List {
        #[command(flatten)]
        of: CustomerFilter,
        /// Only invitations in this state
        #[arg(long, value_enum)]
        status: Option<InviteStatus>,
        /// Only invitations of this email
        #[arg(long)]
        email: Option<String>,
        #[command(flatten)]
        order: Order<crate::model::InvitationSort>,
    },
    /// Show one invitation (never its token)
    #[command(after_help = "Example:
  portalctl invite show 4")]
    Show {
        /// The invitation's id
        id: i64,
    },
    /// Record that you delivered the token that create printed (pending -> sent)
    #[command(after_help = "Example:
  portalctl invite send 4")]
    Send {
        /// The invitation's id
        id: i64,
    },
    /// Accept an invitation: its email becomes an active guest of the customer
    #[command(after_help = "Examples:
  portalctl invite accept - < token.txt
  portalctl invite accept 7K3M-Q9ZD-4W1X-8B2C-T6RN-H5PV

TOKEN is read from standard input when given as -, which keeps it out of ps. Case, spaces
and hyphens are ignored; O reads as 0, I and L as 1.")]
    Accept {
        /// The invitation token, or - to read it from standard input
        token: String,
    },
    /// Decline an invitation
    #[command(after_help = "Example:
  portalctl invite decline - < token.txt

TOKEN is read from standard input when given as -.")]
    Decline {
        /// The invitation token, or - to read it from standard input
        token: String,
    },
    /// Revoke an open invitation; its token stops working
    #[command(after_help = "Example:
  portalctl invite revoke 4")]
    Revoke {
        /// The invitation's id
        id: i64,
    },
    /// Make a new token (the old one dies at once), renew the expiry and compose the message
    /// again (printed, or piped to mail_command)
    #[command(after_help = "Example:
  portalctl invite resend 4 --expires 14d")]
    Resend {
        /// The invitation's id
        id: i64,
        /// How long the renewed invitation stays open
        #[arg(long, value_name = "DURATION", default_value = "7d")]
        expires: String,
    },
}
