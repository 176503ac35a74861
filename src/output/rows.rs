//! The entity rows: the columns a list table shows, and which it keeps whole (every field,
//! the CSV header, is read off the type itself).

use super::Row;
use crate::model::{
    Access, AuditEntry, CodeStatus, Contact, Customer, Invitation, Opened, Partner, Probe,
    ResetIssued, Site,
};

impl Row for ResetIssued {
    const TABLE: &'static [&'static str] = &["id", "email", "expires_at", "accounts"];
    const KEEP: &'static [&'static str] = &["id", "email"];
}

impl Row for Partner {
    const TABLE: &'static [&'static str] = &["id", "name", "email", "portal_url"];
}

impl Row for crate::model::PartnerView {
    const TABLE: &'static [&'static str] = &["id", "name", "email", "portal_url", "staff"];
}

impl Row for Customer {
    const TABLE: &'static [&'static str] = &[
        "id", "partner", "name", "email", "workflow", "active", "portal",
    ];
}

impl Row for Site {
    const TABLE: &'static [&'static str] = &[
        "id",
        "partner",
        "customer",
        "name",
        "address",
        "portal",
        "installation_level",
    ];
}

impl Row for Probe {
    const TABLE: &'static [&'static str] = &["id", "name", "serial", "customer", "site"];
}

impl Row for AuditEntry {
    const TABLE: &'static [&'static str] = &[
        "at",
        "action",
        "entity",
        "entity_id",
        "entity_name",
        "actor",
        "user",
        "changes",
    ];
    /// An entry is told apart by when it happened and what it did.
    const KEEP: &'static [&'static str] = &["at", "action"];
}

impl Row for Contact {
    const TABLE: &'static [&'static str] = &[
        "id",
        "customer",
        "email",
        "kind",
        "name",
        "login",
        "status",
        "account_id",
        "user_id",
        "permissions",
        "contact_type",
        "last_login_at",
        "created_at",
    ];
    /// A contact is told apart by its email; its name is optional.
    const KEEP: &'static [&'static str] = &["id", "email"];
}

impl Row for Access {
    const TABLE: &'static [&'static str] = &[
        "account_id",
        "customer",
        "partner",
        "kind",
        "permissions",
        "status",
        "customer_active",
        "login",
        "last_login_at",
    ];
    /// An access is told apart by its account.
    const KEEP: &'static [&'static str] = &["account_id", "customer"];
}

impl Row for CodeStatus {
    const TABLE: &'static [&'static str] = &[
        "scope",
        "customer",
        "site",
        "probe",
        "portal",
        "installation_level",
        "code_in_force",
        "code_last4",
        "code_issued_at",
    ];
    /// `last4` and `issued_at`: the names of `code_last4` and `code_issued_at` before 0.2.
    const DEPRECATED: &'static [&'static str] = &["last4", "issued_at"];
    /// A code is told apart by what it opens.
    const KEEP: &'static [&'static str] = &["scope", "customer"];
}

impl Row for Opened {
    const TABLE: &'static [&'static str] = &[
        "scope",
        "customer_id",
        "customer",
        "site_id",
        "site",
        "probe_id",
        "probe",
    ];
    /// What a code opens.
    const KEEP: &'static [&'static str] = &["scope", "customer"];
}

impl Row for Invitation {
    const TABLE: &'static [&'static str] = &[
        "id",
        "customer",
        "email",
        "permissions",
        "status",
        "expires_at",
    ];
    /// An invitation is told apart by its id and email.
    const KEEP: &'static [&'static str] = &["id", "email"];
}

#[cfg(test)]
mod tests {
    use serde::Serialize;
    use serde_json::Value;

    use super::*;

    fn keys<T: Serialize>(row: &T) -> Vec<String> {
        match serde_json::to_value(row).unwrap() {
            Value::Object(m) => m.keys().cloned().collect(),
            _ => panic!("not an object"),
        }
    }

    fn check<T: Row + Default>() {
        let k = keys(&T::default());
        assert_eq!(
            k,
            T::columns(),
            "the columns are every serialised field in order"
        );
        for t in T::TABLE {
            assert!(T::columns().contains(t), "table column {t} is not a field");
        }
        for t in T::KEEP {
            assert!(T::TABLE.contains(t), "kept column {t} is not in the table");
        }
    }

    #[test]
    fn columns_match_the_serialised_fields() {
        check::<Partner>();
        check::<Customer>();
        check::<Site>();
        check::<Probe>();
        check::<AuditEntry>();
        check::<Contact>();
        check::<Access>();
        check::<CodeStatus>();
        check::<Opened>();
        check::<Invitation>();
    }
}
