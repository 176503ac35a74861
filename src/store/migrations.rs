//! The schema as an append-only list of steps. Step N brings a store from `user_version` N-1 to
//! N. Never edit a step that has shipped: append a new one.

pub const MIGRATIONS: &[&str] = &[
    // 1: partners, customers, sites, probes and the audit trail.
    r"
CREATE TABLE partner (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    email       TEXT NOT NULL,
    portal_url  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE customer (
    id                  INTEGER PRIMARY KEY,
    partner_id          INTEGER REFERENCES partner(id) ON DELETE CASCADE,
    name                TEXT NOT NULL,
    email               TEXT NOT NULL,
    workflow            TEXT,
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    portal              INTEGER NOT NULL DEFAULT 0 CHECK (portal IN (0, 1)),
    display_name        TEXT,
    logo_url            TEXT,
    primary_color       TEXT,
    support_email       TEXT,
    authcode_hash       BLOB,
    authcode_last4      TEXT,
    authcode_issued_at  TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
-- Unique within its partner; direct customers (no partner) share one namespace.
CREATE UNIQUE INDEX customer_name_unique ON customer(name, ifnull(partner_id, 0));
CREATE INDEX customer_partner ON customer(partner_id, name);
CREATE UNIQUE INDEX customer_authcode ON customer(authcode_hash) WHERE authcode_hash IS NOT NULL;

CREATE TABLE site (
    id                  INTEGER PRIMARY KEY,
    customer_id         INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    name                TEXT NOT NULL,
    address             TEXT,
    portal              INTEGER NOT NULL DEFAULT 0 CHECK (portal IN (0, 1)),
    installation_level  INTEGER NOT NULL DEFAULT 0 CHECK (installation_level IN (0, 1)),
    authcode_hash       BLOB,
    authcode_last4      TEXT,
    authcode_issued_at  TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (customer_id, name)
);
CREATE INDEX site_name ON site(name);
CREATE UNIQUE INDEX site_authcode ON site(authcode_hash) WHERE authcode_hash IS NOT NULL;

CREATE TABLE probe (
    id               INTEGER PRIMARY KEY,
    site_id          INTEGER REFERENCES site(id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    serial           TEXT,
    token_hash       BLOB NOT NULL,
    token_last4      TEXT NOT NULL,
    token_issued_at  TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
-- Unique within its site; unassigned probes share one namespace.
CREATE UNIQUE INDEX probe_name_unique ON probe(name, ifnull(site_id, 0));
CREATE INDEX probe_site ON probe(site_id, name);
CREATE UNIQUE INDEX probe_serial ON probe(serial) WHERE serial IS NOT NULL;
CREATE UNIQUE INDEX probe_token ON probe(token_hash);

CREATE TABLE audit (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    INTEGER,
    entity_name  TEXT,
    changes      TEXT NOT NULL DEFAULT '{}'
);
-- `log` reads newest first by id; only the per-entity history needs an index of its own
-- (every index here is paid on every change).
CREATE INDEX audit_entity ON audit(entity, entity_id);
",
    // 2: the people who may use a customer account: contacts and guests.
    r"
CREATE TABLE contact (
    id               INTEGER PRIMARY KEY,
    customer_id      INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    kind             TEXT NOT NULL DEFAULT 'contact' CHECK (kind IN ('contact', 'guest')),
    email            TEXT NOT NULL,
    email_key        TEXT NOT NULL,
    name             TEXT,
    phone            TEXT,
    contact_type     TEXT,
    permissions      INTEGER NOT NULL DEFAULT 0,
    status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
    password_hash    TEXT,
    password_set_at  TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (customer_id, email_key)
);
CREATE INDEX contact_email ON contact(email_key);
",
    // 3: guest invitations. The token is stored as its SHA-256 only.
    r"
CREATE TABLE invitation (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    email        TEXT NOT NULL,
    email_key    TEXT NOT NULL,
    permissions  INTEGER NOT NULL DEFAULT 0,
    status       TEXT NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'sent', 'active', 'declined', 'revoked')),
    token_hash   BLOB NOT NULL,
    expires_at   TEXT NOT NULL,
    guest_id     INTEGER REFERENCES contact(id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX invitation_token ON invitation(token_hash);
CREATE INDEX invitation_customer ON invitation(customer_id, email_key);
CREATE INDEX invitation_email ON invitation(email_key);
CREATE INDEX invitation_guest ON invitation(guest_id);
",
];

/// The schema version this binary writes.
#[must_use]
pub fn latest() -> i64 {
    i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX)
}
