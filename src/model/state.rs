//! The states and kinds an entity takes, each a type whose names are written once: the
//! same word on the command line (`--status active`), in JSON, in the tree file and in the
//! store. The compiler finds every use; no other file spells them.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::quote;

/// A closed set of words: each variant's one spelling, and the way back from it.
pub trait Word: Copy + Sized + 'static {
    /// What the words name, for messages ("invitation status").
    const WHAT: &'static str;
    /// Every variant, in the order help and messages list them.
    const ALL: &'static [Self];
    /// Its spelling.
    fn as_str(self) -> &'static str;

    /// The variant spelled `text` exactly.
    #[must_use]
    fn parse(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|w| w.as_str() == text)
    }

    /// The variant spelled `text` as a user typed it (spaces around allowed), or a usage
    /// error that lists the words.
    fn read(text: &str) -> Result<Self> {
        Self::parse(text.trim()).ok_or_else(|| {
            Error::usage(format!("unknown {} {}", Self::WHAT, quote(text.trim()))).with_hint(
                format!(
                    "use one of: {}",
                    Self::ALL
                        .iter()
                        .map(|w| w.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })
    }
}

/// Defines a `Word` enum: its variants and their one spelling each, which serde and clap use
/// as well.
macro_rules! words {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, clap::ValueEnum)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] #[value(name = $text)] $variant,)+
        }

        impl $name {
            /// Its one spelling.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        impl Word for $name {
            const WHAT: &'static str = $what;
            const ALL: &'static [Self] = &[$($name::$variant,)+];
            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

words! {
    /// Who a customer-account user is: a contact of the customer, or a guest invited from
    /// elsewhere.
    #[derive(Default)]
    ContactKind, "kind" {
        #[default]
        Contact = "contact",
        Guest = "guest",
    }
}

words! {
    /// Whether a contact (or a customer) may be used.
    #[derive(Default)]
    Status, "status" {
        #[default]
        Active = "active",
        Inactive = "inactive",
    }
}

impl Status {
    /// The status a flag stands for.
    #[must_use]
    pub fn of(active: bool) -> Status {
        if active {
            Status::Active
        } else {
            Status::Inactive
        }
    }
}

words! {
    /// Where a guest invitation stands. `Expired` is never stored: an open invitation past its
    /// expiry reads as it.
    #[derive(Default)]
    InviteStatus, "invitation status" {
        #[default]
        Pending = "pending",
        Sent = "sent",
        /// accepted: the guest exists
        Active = "active",
        Declined = "declined",
        Revoked = "revoked",
        Expired = "expired",
    }
}

impl AuditAction {
    /// `Activate` or `Deactivate`: what turning an entity on or off records.
    #[must_use]
    pub fn switching(on: bool) -> AuditAction {
        if on {
            AuditAction::Activate
        } else {
            AuditAction::Deactivate
        }
    }
}

impl InviteStatus {
    /// Whether an invitation in this state can still be accepted or declined.
    #[must_use]
    pub fn is_open(self) -> bool {
        matches!(self, InviteStatus::Pending | InviteStatus::Sent)
    }
}

words! {
    /// What a change did, as the audit records it (and `log --action` filters it).
    #[derive(Default)]
    AuditAction, "action" {
        #[default]
        Create = "create",
        Update = "update",
        Delete = "delete",
        Activate = "activate",
        Deactivate = "deactivate",
        Assign = "assign",
        Unassign = "unassign",
        Enable = "enable",
        Disable = "disable",
        Regenerate = "regenerate",
        Password = "password",
        Login = "login",
        Logout = "logout",
        Reset = "reset",
        Send = "send",
        Resend = "resend",
        Accept = "accept",
        Decline = "decline",
        Revoke = "revoke",
        Grant = "grant",
        View = "view",
        Apply = "apply",
    }
}

words! {
    /// What an audit row, a plan line or a secret is about.
    #[derive(Default)]
    Entity, "entity kind" {
        #[default]
        Partner = "partner",
        Customer = "customer",
        Site = "site",
        Probe = "probe",
        Contact = "contact",
        Guest = "guest",
        Invitation = "invitation",
        /// a person's password and reset tokens (one email, every account)
        Person = "person",
        /// a whole `apply` run
        Apply = "apply",
    }
}

impl From<ContactKind> for Entity {
    fn from(k: ContactKind) -> Entity {
        match k {
            ContactKind::Contact => Entity::Contact,
            ContactKind::Guest => Entity::Guest,
        }
    }
}

words! {
    /// What `apply` does to one entity.
    Change, "change" {
        Create = "create",
        Update = "update",
        Unchanged = "unchanged",
        Delete = "delete",
    }
}

/// The `--output` formats (the flag, `PORTALCTL_OUTPUT` and the config's `output`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned tables for people.
    Table,
    /// JSON: an object for one entity, an array for lists.
    Json,
    /// CSV with a header row.
    Csv,
}

/// The permissions of a customer-account user. `Admin` implies every other one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Permission {
    Admin,
    Billing,
    Tickets,
    Services,
    Deployment,
    Configuration,
    Security,
}

impl Permission {
    pub const ALL: [Permission; 7] = [
        Permission::Admin,
        Permission::Billing,
        Permission::Tickets,
        Permission::Services,
        Permission::Deployment,
        Permission::Configuration,
        Permission::Security,
    ];

    /// Its bit in the stored set.
    #[must_use]
    pub fn bit(self) -> i64 {
        match self {
            Permission::Admin => 1,
            Permission::Billing => 2,
            Permission::Tickets => 4,
            Permission::Services => 8,
            Permission::Deployment => 16,
            Permission::Configuration => 32,
            Permission::Security => 64,
        }
    }

    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Permission::Admin => "admin",
            Permission::Billing => "billing",
            Permission::Tickets => "tickets",
            Permission::Services => "services",
            Permission::Deployment => "deployment",
            Permission::Configuration => "configuration",
            Permission::Security => "security",
        }
    }

    /// Reads a permission name as typed in a file (case-insensitive).
    pub fn parse(raw: &str) -> Result<Permission> {
        Self::ALL
            .iter()
            .copied()
            .find(|p| p.name().eq_ignore_ascii_case(raw.trim()))
            .ok_or_else(|| {
                Error::usage(format!("unknown permission {}", quote(raw))).with_hint(format!(
                    "valid permissions: {}",
                    Self::ALL.map(Permission::name).join(", ")
                ))
            })
    }
}

/// A set of permissions: what a contact or an invitation grants. Stored as a bit mask; shown
/// and serialised as the names in canonical order (`ALL`'s), so a set reads one way everywhere.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Permissions(i64);

impl Permissions {
    /// The set of `perms`.
    #[must_use]
    pub fn of(perms: &[Permission]) -> Permissions {
        Permissions(perms.iter().fold(0, |m, p| m | p.bit()))
    }

    /// The set a store holds (bits no permission has are dropped).
    #[must_use]
    pub fn from_mask(mask: i64) -> Permissions {
        Permissions(mask & Permission::ALL.iter().fold(0, |m, p| m | p.bit()))
    }

    /// The set of permission names as a file or a person wrote them; an unknown name is
    /// refused (exit 2), never dropped.
    pub fn parse(names: &[String]) -> Result<Permissions> {
        names.iter().try_fold(Permissions::default(), |set, n| {
            Ok(set.with(Permission::parse(n)?))
        })
    }

    /// The mask the store keeps.
    #[must_use]
    pub fn mask(self) -> i64 {
        self.0
    }

    #[must_use]
    pub fn with(self, p: Permission) -> Permissions {
        Permissions(self.0 | p.bit())
    }

    /// Every permission in `self` or `other`.
    #[must_use]
    pub fn union(self, other: Permissions) -> Permissions {
        Permissions(self.0 | other.0)
    }

    /// The permissions of `self` that are not in `other`.
    #[must_use]
    pub fn without(self, other: Permissions) -> Permissions {
        Permissions(self.0 & !other.0)
    }

    #[must_use]
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The permissions in the set, in canonical order.
    pub fn iter(self) -> impl Iterator<Item = Permission> {
        Permission::ALL
            .into_iter()
            .filter(move |p| self.0 & p.bit() != 0)
    }

    /// The names in the set, in canonical order (a tree file's list).
    #[must_use]
    pub fn names(self) -> Vec<String> {
        self.iter().map(|p| p.name().to_string()).collect()
    }
}

/// `billing, tickets`: how messages and the customer view name a set.
impl std::fmt::Display for Permissions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, p) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(p.name())?;
        }
        Ok(())
    }
}

/// An array of the names, in canonical order (JSON; CSV joins it like every list).
impl Serialize for Permissions {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_seq(self.iter().map(Permission::name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_reads_back_as_itself_and_serialises_as_spelled() {
        for k in InviteStatus::ALL {
            assert_eq!(InviteStatus::parse(k.as_str()), Some(*k));
            assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
            let v = <InviteStatus as clap::ValueEnum>::to_possible_value(k).unwrap();
            assert_eq!(v.get_name(), k.as_str());
        }
        assert_eq!(Status::read(" inactive ").unwrap(), Status::Inactive);
        assert!(Status::read("Inactive").is_err());
        let e = ContactKind::read("gust").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("unknown kind \"gust\""), "{e}");
        assert_eq!(Change::parse("Create"), None);
    }

    #[test]
    fn permission_sets() {
        let m = Permissions::of(&[Permission::Security, Permission::Billing]);
        assert_eq!(m.names(), ["billing", "security"]);
        assert_eq!(m.to_string(), "billing, security");
        assert_eq!(Permissions::from_mask(m.mask()), m);
        assert_eq!(Permissions::from_mask(0).names(), Vec::<String>::new());
        assert_eq!(Permissions::from_mask(1 << 20), Permissions::default());
        let parsed = Permissions::parse(&["Tickets".into(), " billing".into()]);
        assert_eq!(
            parsed.ok(),
            Some(Permissions::of(&[Permission::Billing, Permission::Tickets]))
        );
        let unknown = Permissions::parse(&["billing".into(), "root".into()]);
        assert_eq!(unknown.map_err(|e| e.exit_code()), Err(2));
        assert_eq!(
            m.union(Permissions::of(&[Permission::Admin]))
                .without(Permissions::of(&[Permission::Security])),
            Permissions::of(&[Permission::Admin, Permission::Billing])
        );
        assert_eq!(Permission::parse("Tickets").unwrap(), Permission::Tickets);
        let e = Permission::parse("root").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.hint.unwrap().contains("admin, billing, tickets"));
    }
}
