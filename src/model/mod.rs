//! The entities as plain serialisable rows (this file), the states and kinds they take
//! (`state.rs`), the fields an edit writes (`fields.rs`), the plan of `apply` (`plan.rs`), and the validation of everything a user
//! types: names, emails, colours, URLs (`text.rs`), and the characters stored text may hold
//! (`chars.rs`). No I/O here.

use serde::Serialize;

mod chars;
mod fields;
mod plan;
mod sort;
mod state;
mod suggest;
mod text;

pub use chars::{QUOTE_MAX, is_forbidden_char, quote, terminal_safe};
pub use fields::{Differences, Edited};
pub use plan::*;
pub use sort::*;
pub use state::*;
pub use suggest::closest;
pub use text::*;

#[derive(Debug, Clone, Default, Serialize)]
pub struct Partner {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub portal_url: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A partner as `partner show` prints it: with the database roles that are its staff.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PartnerView {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub portal_url: Option<String>,
    /// The roles whose space this partner is (PostgreSQL; empty on SQLite).
    pub staff: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl PartnerView {
    #[must_use]
    pub fn of(p: Partner, staff: Vec<String>) -> PartnerView {
        PartnerView {
            id: p.id,
            name: p.name,
            email: p.email,
            portal_url: p.portal_url,
            staff,
            created_at: p.created_at,
            updated_at: p.updated_at,
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Customer {
    pub id: i64,
    pub partner_id: Option<i64>,
    pub partner: Option<String>,
    pub name: String,
    pub email: String,
    pub workflow: Option<String>,
    pub active: bool,
    pub portal: bool,
    pub display_name: Option<String>,
    pub logo_url: Option<String>,
    pub primary_color: Option<String>,
    pub support_email: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Site {
    pub id: i64,
    pub customer_id: i64,
    pub customer: String,
    /// The customer's partner (none for a direct customer's site).
    pub partner_id: Option<i64>,
    pub partner: Option<String>,
    pub name: String,
    pub address: Option<String>,
    pub portal: bool,
    pub installation_level: bool,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Probe {
    pub id: i64,
    pub name: String,
    pub serial: Option<String>,
    pub site_id: Option<i64>,
    pub site: Option<String>,
    pub customer_id: Option<i64>,
    pub customer: Option<String>,
    pub token_issued_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A person who may use a customer account: a contact of the customer, or a guest invited
/// from elsewhere. `account_id` is the customer's id and `user_id` the contact's own id, as a
/// portal's user list shows them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Contact {
    pub id: i64,
    pub kind: ContactKind,
    pub customer_id: i64,
    pub customer: String,
    pub account_id: i64,
    pub user_id: i64,
    pub email: String,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub contact_type: Option<String>,
    pub permissions: Permissions,
    pub status: Status,
    /// Whether the person's login opens this account.
    pub login: bool,
    /// When the person (this email, whichever account) last logged in.
    pub last_login_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// One customer account an email may use, as `contact access` lists it (and `contact login`
/// lists the accounts a login opens).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Access {
    pub account_id: i64,
    pub customer: String,
    pub partner: Option<String>,
    pub kind: ContactKind,
    pub user_id: i64,
    pub permissions: Permissions,
    pub status: Status,
    pub customer_active: bool,
    /// Whether the person's login opens this account (`login` on).
    pub login: bool,
    /// When the person last logged in (any account).
    pub last_login_at: Option<String>,
}

/// A password-reset token made by `contact reset` (never the token itself: the command prints
/// it once beside this row).
#[derive(Debug, Clone, Default, Serialize)]
pub struct ResetIssued {
    pub id: i64,
    pub email: String,
    pub expires_at: String,
    /// The accounts the person's login opens (by customer name), which the new password will
    /// open too.
    pub accounts: Vec<String>,
}

/// The state of a portal door or a probe token, as `portal status` and `authcode show` report
/// it: never the code, only whether one is in force, when it was issued and its last four.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CodeStatus {
    pub scope: String,
    pub customer_id: Option<i64>,
    pub customer: Option<String>,
    pub site_id: Option<i64>,
    pub site: Option<String>,
    pub probe_id: Option<i64>,
    pub probe: Option<String>,
    pub portal: Option<bool>,
    pub installation_level: Option<bool>,
    pub code_in_force: bool,
    pub code_last4: Option<String>,
    pub code_issued_at: Option<String>,
    pub portal_link: Option<String>,
    /// The names `code_last4` and `code_issued_at` had before 0.2, still written for one
    /// release so that scripts can move over (see the CHANGELOG).
    pub last4: Option<String>,
    pub issued_at: Option<String>,
    /// Whether the door lets anyone in now (a portal, not a probe's token): the customer is
    /// active, the portal enabled and a code in force; `customer view` says the same.
    pub open: Option<bool>,
    /// Why the door is closed, in `customer view`'s words.
    pub closed_because: Option<String>,
}

impl CodeStatus {
    /// Sets the code's last four characters and its issue time (under both names).
    #[must_use]
    pub fn with_code(mut self, last4: Option<String>, issued_at: Option<String>) -> Self {
        self.last4.clone_from(&last4);
        self.issued_at.clone_from(&issued_at);
        self.code_last4 = last4;
        self.code_issued_at = issued_at;
        self
    }
}

/// What a verified code opens.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Opened {
    pub scope: String,
    pub customer_id: i64,
    pub customer: String,
    pub site_id: Option<i64>,
    pub site: Option<String>,
    pub probe_id: Option<i64>,
    pub probe: Option<String>,
}

/// The account as its end customer sees it (`customer view`).
#[derive(Debug, Clone, Default, Serialize)]
pub struct CustomerView {
    pub customer: Customer,
    pub branding: Branding,
    /// Shown across the top when the account is deactivated.
    pub banner: Option<String>,
    pub sites: Vec<ViewSite>,
    pub users: Vec<Contact>,
    /// Every portal door of the account and whether it lets someone in now.
    pub doors: Vec<ViewDoor>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Branding {
    /// The display name, else the customer's name.
    pub display_name: String,
    pub primary_color: Option<String>,
    pub logo_url: Option<String>,
    pub support_email: Option<String>,
    pub portal_link: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ViewSite {
    pub id: i64,
    pub name: String,
    pub address: Option<String>,
    pub portal: bool,
    pub installation_level: bool,
    pub probes: Vec<ViewProbe>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ViewProbe {
    pub id: i64,
    pub name: String,
    pub serial: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ViewDoor {
    pub scope: String,
    pub site_id: Option<i64>,
    pub site: Option<String>,
    pub open: bool,
    /// Logins also need a probe's installation token.
    pub needs_installation_token: bool,
    /// Why the door is closed, when it is.
    pub closed_because: Option<String>,
    pub code_last4: Option<String>,
    pub code_issued_at: Option<String>,
}

/// A guest invitation. `status` is `pending`, `sent`, `active` (accepted), `declined`,
/// `revoked`, or `expired` (pending or sent past its expiry).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Invitation {
    pub id: i64,
    pub customer_id: i64,
    pub customer: String,
    pub email: String,
    pub permissions: Permissions,
    pub status: InviteStatus,
    pub expires_at: String,
    pub guest_id: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
}

impl Invitation {
    /// Whether it can still be accepted or declined.
    #[must_use]
    pub fn is_open(&self) -> bool {
        self.status.is_open()
    }
}

/// One row of the audit trail.
#[derive(Debug, Clone, Default, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    /// The authenticated identity (the OS user on `SQLite`); none on entries written before
    /// schema version 4.
    pub user: Option<String>,
    pub actor: String,
    pub action: AuditAction,
    pub entity: Entity,
    pub entity_id: Option<i64>,
    pub entity_name: Option<String>,
    pub changes: serde_json::Value,
}
