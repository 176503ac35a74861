//! The store's tables, once: their columns, their references, how a sentence counts their rows
//! and whether rows are ever changed. `db copy` and `db backup` move these columns, `db
//! grants` grants on them, `db check` follows these references, and the tests read the same
//! list. A new table is added here (and in a migration step) and nowhere else.
//!
//! Every table has an `id` given by the store (SQLite's `AUTOINCREMENT` counter, a PostgreSQL
//! identity), which a copy carries over so that no id is ever given out twice.

/// One table of the store.
#[derive(Debug, Clone, Copy)]
pub struct Table {
    pub name: &'static str,
    /// Every column, `id` first: what a copy moves (the same on both backends).
    pub columns: &'static str,
    /// Its references: (column, the table it points into).
    pub references: &'static [(&'static str, &'static str)],
    /// What one row and several are called in a sentence ("40 audit entries").
    pub noun: (&'static str, &'static str),
    /// Rows are added, never changed or removed (the audit).
    pub append_only: bool,
}

impl Table {
    /// The columns but `id`: what a writer may name.
    pub fn named_columns(&self) -> impl Iterator<Item = &'static str> {
        self.columns
            .split(',')
            .map(str::trim)
            .filter(|c| *c != "id")
    }
}

/// Every table, parents before children (a copy inserts in this order).
pub const TABLES: [Table; 10] = [
    Table {
        name: "partner",
        columns: "id, name, name_key, email, portal_url, created_at, updated_at",
        references: &[],
        noun: ("partner", "partners"),
        append_only: false,
    },
    Table {
        name: "customer",
        columns: "id, partner_id, name, name_key, email, email_key, workflow, active, portal, \
                  display_name, logo_url, primary_color, support_email, authcode_hash, \
                  authcode_last4, authcode_issued_at, created_at, updated_at",
        references: &[("partner_id", "partner")],
        noun: ("customer", "customers"),
        append_only: false,
    },
    Table {
        name: "site",
        columns: "id, customer_id, name, name_key, address, portal, installation_level, \
                  authcode_hash, authcode_last4, authcode_issued_at, created_at, updated_at",
        references: &[("customer_id", "customer")],
        noun: ("site", "sites"),
        append_only: false,
    },
    Table {
        name: "probe",
        columns: "id, site_id, name, name_key, serial, token_hash, token_last4, \
                  token_issued_at, created_at, updated_at",
        references: &[("site_id", "site")],
        noun: ("probe", "probes"),
        append_only: false,
    },
    Table {
        name: "contact",
        columns: "id, customer_id, kind, email, email_key, name, phone, contact_type, \
                  permissions, status, login, created_at, updated_at",
        references: &[("customer_id", "customer")],
        noun: ("contact", "contacts"),
        append_only: false,
    },
    Table {
        name: "invitation",
        columns: "id, customer_id, email, email_key, permissions, status, token_hash, \
                  expires_at, guest_id, created_at, updated_at",
        references: &[("customer_id", "customer"), ("guest_id", "contact")],
        noun: ("invitation", "invitations"),
        append_only: false,
    },
    Table {
        name: "person",
        columns: "id, email_key, password_hash, password_set_at, last_login_at, created_at, \
                  updated_at",
        references: &[],
        noun: ("person", "people"),
        append_only: false,
    },
    Table {
        name: "person_legacy_password",
        columns: "id, person_id, password_hash",
        references: &[("person_id", "person")],
        noun: ("legacy password", "legacy passwords"),
        append_only: false,
    },
    Table {
        name: "reset_token",
        columns: "id, person_id, token_hash, status, expires_at, created_at, updated_at",
        references: &[("person_id", "person")],
        noun: ("reset token", "reset tokens"),
        append_only: false,
    },
    Table {
        name: "audit",
        columns: "id, at, \"user\", actor, action, entity, entity_id, entity_name, changes, \
                  partner_id",
        references: &[],
        noun: ("audit entry", "audit entries"),
        append_only: true,
    },
];

/// The table called `name`.
#[must_use]
pub fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}

/// Every reference of the schema: (table, column, the table it points into).
pub fn references() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    TABLES
        .iter()
        .flat_map(|t| t.references.iter().map(|&(c, p)| (t.name, c, p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_come_before_their_children() {
        for (i, t) in TABLES.iter().enumerate() {
            for (column, parent) in t.references {
                let at = TABLES.iter().position(|p| p.name == *parent);
                assert!(at.is_some_and(|p| p < i), "{}.{column} -> {parent}", t.name);
            }
        }
    }

    #[test]
    fn every_table_has_an_id_first_and_named_columns() {
        for t in TABLES {
            assert!(t.columns.starts_with("id, "), "{}", t.name);
            assert!(t.named_columns().all(|c| !c.is_empty() && c != "id"));
            for (column, _) in t.references {
                assert!(
                    t.named_columns().any(|c| c == *column),
                    "{}.{column}",
                    t.name
                );
            }
        }
        assert_eq!(references().count(), 8);
        assert_eq!(table("person").map(|t| t.noun.1), Some("people"));
    }
}
