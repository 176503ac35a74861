//! The schema of a SQLite store, step by step (see `super`).

use super::{INDEXES_5, Step, email_keys, name_keys, sql};

/// The columns of the first tables (after the `id` line, to the closing parenthesis) and the
/// indexes of two, as steps 1 to 3 made them: step 4 rebuilds every table with
/// `AUTOINCREMENT` and restates them word for word. The texts of released steps never change
/// (`tests::released_sqlite_steps_keep_their_text`).
macro_rules! partner_columns {
    () => {
        r"    name        TEXT NOT NULL UNIQUE,
    email       TEXT NOT NULL,
    portal_url  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
"
    };
}
macro_rules! site_columns {
    () => {
        r"    customer_id         INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
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
"
    };
}
macro_rules! probe_columns {
    () => {
        r"    site_id          INTEGER REFERENCES site(id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    serial           TEXT,
    token_hash       BLOB NOT NULL,
    token_last4      TEXT NOT NULL,
    token_issued_at  TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
"
    };
}
macro_rules! contact_columns {
    () => {
        r"    customer_id      INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
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
"
    };
}
macro_rules! invitation_columns {
    () => {
        r"    customer_id  INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
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
"
    };
}
macro_rules! probe_indexes {
    () => {
        r"CREATE UNIQUE INDEX probe_name_unique ON probe(name, ifnull(site_id, 0));
CREATE INDEX probe_site ON probe(site_id, name);
CREATE UNIQUE INDEX probe_serial ON probe(serial) WHERE serial IS NOT NULL;
CREATE UNIQUE INDEX probe_token ON probe(token_hash);
"
    };
}
macro_rules! invitation_indexes {
    () => {
        r"CREATE UNIQUE INDEX invitation_token ON invitation(token_hash);
CREATE INDEX invitation_customer ON invitation(customer_id, email_key);
CREATE INDEX invitation_email ON invitation(email_key);
CREATE INDEX invitation_guest ON invitation(guest_id);
"
    };
}

/// Customer columns from `workflow` on (step 4 adds `email_key` before them).
macro_rules! customer_columns_after_email {
    () => {
        r"    workflow            TEXT,
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
"
    };
}
/// Audit columns from `actor` on (step 4 adds `user` before them).
macro_rules! audit_columns_after_user {
    () => {
        r"    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    INTEGER,
    entity_name  TEXT,
    changes      TEXT NOT NULL DEFAULT '{}'
"
    };
}

pub const MIGRATIONS: &[Step] = &[
    // 1: partners, customers, sites, probes and the audit trail.
    sql(concat!(
        r"
CREATE TABLE partner (
    id          INTEGER PRIMARY KEY,
",
        partner_columns!(),
        r");

CREATE TABLE customer (
    id                  INTEGER PRIMARY KEY,
    partner_id          INTEGER REFERENCES partner(id) ON DELETE CASCADE,
    name                TEXT NOT NULL,
    email               TEXT NOT NULL,
",
        customer_columns_after_email!(),
        r");
-- Unique within its partner; direct customers (no partner) share one namespace.
CREATE UNIQUE INDEX customer_name_unique ON customer(name, ifnull(partner_id, 0));
CREATE INDEX customer_partner ON customer(partner_id, name);
CREATE UNIQUE INDEX customer_authcode ON customer(authcode_hash) WHERE authcode_hash IS NOT NULL;

CREATE TABLE site (
    id                  INTEGER PRIMARY KEY,
",
        site_columns!(),
        r");
CREATE INDEX site_name ON site(name);
CREATE UNIQUE INDEX site_authcode ON site(authcode_hash) WHERE authcode_hash IS NOT NULL;

CREATE TABLE probe (
    id               INTEGER PRIMARY KEY,
",
        probe_columns!(),
        r");
-- Unique within its site; unassigned probes share one namespace.
",
        probe_indexes!(),
        r"
CREATE TABLE audit (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
",
        audit_columns_after_user!(),
        r");
-- `log` reads newest first by id; only the per-entity history needs an index of its own
-- (every index here is paid on every change).
CREATE INDEX audit_entity ON audit(entity, entity_id);
"
    )),
    // 2: the people who may use a customer account: contacts and guests.
    sql(concat!(
        r"
CREATE TABLE contact (
    id               INTEGER PRIMARY KEY,
",
        contact_columns!(),
        r");
CREATE INDEX contact_email ON contact(email_key);
"
    )),
    // 3: guest invitations. The token is stored as its SHA-256 only.
    sql(concat!(
        r"
CREATE TABLE invitation (
    id           INTEGER PRIMARY KEY,
",
        invitation_columns!(),
        r");
",
        invitation_indexes!()
    )),
    // 4: ids are never given out twice (AUTOINCREMENT: a deleted id stays dead, so a script
    // or an audit row that names it can never reach another entity; existing ids are kept),
    // customers get an email key folded in Rust, and every audit row records the
    // authenticated user beside the actor. SQLite cannot add AUTOINCREMENT to a table, so
    // each table is rebuilt (foreign keys are off during steps and checked before commit).
    Step {
        sql: concat!(
            r"
CREATE TABLE partner_v4 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
",
            partner_columns!(),
            r");
INSERT INTO partner_v4 (id, name, email, portal_url, created_at, updated_at)
    SELECT id, name, email, portal_url, created_at, updated_at FROM partner;
DROP TABLE partner;
ALTER TABLE partner_v4 RENAME TO partner;

CREATE TABLE customer_v4 (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    partner_id          INTEGER REFERENCES partner(id) ON DELETE CASCADE,
    name                TEXT NOT NULL,
    email               TEXT NOT NULL,
    email_key           TEXT NOT NULL DEFAULT '',
",
            customer_columns_after_email!(),
            r");
INSERT INTO customer_v4 (id, partner_id, name, email, workflow, active, portal, display_name,
        logo_url, primary_color, support_email, authcode_hash, authcode_last4,
        authcode_issued_at, created_at, updated_at)
    SELECT id, partner_id, name, email, workflow, active, portal, display_name, logo_url,
        primary_color, support_email, authcode_hash, authcode_last4, authcode_issued_at,
        created_at, updated_at FROM customer;
DROP TABLE customer;
ALTER TABLE customer_v4 RENAME TO customer;
CREATE UNIQUE INDEX customer_name_unique ON customer(name, ifnull(partner_id, 0));
CREATE INDEX customer_partner ON customer(partner_id, name);
CREATE UNIQUE INDEX customer_authcode ON customer(authcode_hash) WHERE authcode_hash IS NOT NULL;
CREATE INDEX customer_email ON customer(email_key);

CREATE TABLE site_v4 (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
",
            site_columns!(),
            r");
INSERT INTO site_v4 (id, customer_id, name, address, portal, installation_level,
        authcode_hash, authcode_last4, authcode_issued_at, created_at, updated_at)
    SELECT id, customer_id, name, address, portal, installation_level, authcode_hash,
        authcode_last4, authcode_issued_at, created_at, updated_at FROM site;
DROP TABLE site;
ALTER TABLE site_v4 RENAME TO site;
CREATE INDEX site_name ON site(name);
CREATE UNIQUE INDEX site_authcode ON site(authcode_hash) WHERE authcode_hash IS NOT NULL;

CREATE TABLE probe_v4 (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
",
            probe_columns!(),
            r");
INSERT INTO probe_v4 (id, site_id, name, serial, token_hash, token_last4, token_issued_at,
        created_at, updated_at)
    SELECT id, site_id, name, serial, token_hash, token_last4, token_issued_at, created_at,
        updated_at FROM probe;
DROP TABLE probe;
ALTER TABLE probe_v4 RENAME TO probe;
",
            probe_indexes!(),
            r"
CREATE TABLE contact_v4 (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
",
            contact_columns!(),
            r");
INSERT INTO contact_v4 (id, customer_id, kind, email, email_key, name, phone, contact_type,
        permissions, status, password_hash, password_set_at, created_at, updated_at)
    SELECT id, customer_id, kind, email, email_key, name, phone, contact_type, permissions,
        status, password_hash, password_set_at, created_at, updated_at FROM contact;
DROP TABLE contact;
ALTER TABLE contact_v4 RENAME TO contact;
CREATE INDEX contact_email ON contact(email_key);

CREATE TABLE invitation_v4 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
",
            invitation_columns!(),
            r");
INSERT INTO invitation_v4 (id, customer_id, email, email_key, permissions, status, token_hash,
        expires_at, guest_id, created_at, updated_at)
    SELECT id, customer_id, email, email_key, permissions, status, token_hash, expires_at,
        guest_id, created_at, updated_at FROM invitation;
DROP TABLE invitation;
ALTER TABLE invitation_v4 RENAME TO invitation;
",
            invitation_indexes!(),
            r"
CREATE TABLE audit_v4 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    user         TEXT,
",
            audit_columns_after_user!(),
            r");
INSERT INTO audit_v4 (id, at, actor, action, entity, entity_id, entity_name, changes)
    SELECT id, at, actor, action, entity, entity_id, entity_name, changes FROM audit;
DROP TABLE audit;
ALTER TABLE audit_v4 RENAME TO audit;
CREATE INDEX audit_entity ON audit(entity, entity_id);

-- Each table's id counter starts above every id it ever gave out: the highest id still
-- there, or the highest the audit names (every create was audited), for ids that were
-- deleted (and so reusable) before this version.
DELETE FROM sqlite_sequence WHERE name IN
    ('partner', 'customer', 'site', 'probe', 'contact', 'invitation');
INSERT INTO sqlite_sequence (name, seq)
    SELECT t.name, max(
        coalesce(CASE t.name
            WHEN 'partner' THEN (SELECT max(id) FROM partner)
            WHEN 'customer' THEN (SELECT max(id) FROM customer)
            WHEN 'site' THEN (SELECT max(id) FROM site)
            WHEN 'probe' THEN (SELECT max(id) FROM probe)
            WHEN 'contact' THEN (SELECT max(id) FROM contact)
            WHEN 'invitation' THEN (SELECT max(id) FROM invitation)
        END, 0),
        coalesce((SELECT max(a.entity_id) FROM audit a WHERE a.entity IN (t.name, t.alias)), 0))
    FROM (SELECT 'partner' AS name, 'partner' AS alias UNION ALL SELECT 'customer', 'customer'
          UNION ALL SELECT 'site', 'site' UNION ALL SELECT 'probe', 'probe'
          UNION ALL SELECT 'contact', 'guest' UNION ALL SELECT 'invitation', 'invitation') t;
"
        ),
        backfill: Some(email_keys),
    },
    // 5: indexes for the sorts and filters an operator uses on large stores: a customer list
    // by creation or change (`--limit` reads only the first rows), the log by entity kind or
    // actor. Each ends in `id`, the order's tiebreak.
    sql(INDEXES_5),
    // 6: people. A person (an email key) has one password for every account where a contact
    // or guest of that email has `login` on; reset tokens are the person's. Contacts that had
    // a password keep their login; accepted guests get theirs (the person's login now opens
    // the account they were invited to). Where one email had several passwords, the newest
    // becomes the person's and the others stay valid (`person_legacy_password`) until the
    // person's password is next set, so nobody is locked out by the upgrade.
    Step {
        sql: concat!(
            r"
CREATE TABLE person (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    email_key        TEXT NOT NULL UNIQUE,
    password_hash    TEXT,
    password_set_at  TEXT,
    last_login_at    TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE TABLE person_legacy_password (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id      INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    password_hash  TEXT NOT NULL,
    UNIQUE (person_id, password_hash)
);
CREATE TABLE reset_token (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    token_hash  BLOB NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'used', 'replaced', 'revoked')),
    expires_at  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX reset_token_hash ON reset_token(token_hash);
CREATE INDEX reset_token_person ON reset_token(person_id, status);
ALTER TABLE contact ADD COLUMN login INTEGER NOT NULL DEFAULT 0 CHECK (login IN (0, 1));
UPDATE contact SET login = 1 WHERE password_hash IS NOT NULL OR kind = 'guest';
",
            people_6!()
        ),
        backfill: None,
    },
    // 7: every name gets its UTS #39 skeleton (`model::name_key`), so that a name that looks
    // like a sibling's (Cyrillic `Асе` beside Latin `Ace`) is found by an index and refused.
    Step {
        sql: r"
ALTER TABLE partner ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE customer ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE site ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE probe ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX partner_skeleton ON partner(name_key);
CREATE INDEX customer_skeleton ON customer(ifnull(partner_id, 0), name_key);
CREATE INDEX site_skeleton ON site(customer_id, name_key);
CREATE INDEX probe_skeleton ON probe(ifnull(site_id, 0), name_key);
-- The partner an audit entry is about (PostgreSQL scopes partner staff by it; a file has no
-- staff, so SQLite leaves it empty).
ALTER TABLE audit ADD COLUMN partner_id INTEGER;
",
        backfill: Some(name_keys),
    },
];
