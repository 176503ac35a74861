//! The schema as an append-only list of steps. Step N brings a store from `user_version` N-1 to
//! N. Never edit a step that has shipped: append a new one. A step is SQL, optionally followed
//! by a backfill computed in Rust (keys that must be folded exactly as the program folds them).
//! Steps run with foreign keys off (so a table can be rebuilt) and are checked before commit.

use super::Db;
use crate::error::Result;

pub struct Step {
    pub sql: &'static str,
    pub backfill: Option<fn(&Db) -> Result<()>>,
}

/// Runs the steps after version `from`, each with its backfill, in the caller's transaction.
pub fn run(db: &Db, steps: &[Step], from: i64) -> Result<()> {
    let start = usize::try_from(from).unwrap_or(0);
    for step in steps.get(start..).unwrap_or_default() {
        db.batch(step.sql)?;
        if let Some(backfill) = step.backfill {
            backfill(db)?;
        }
    }
    Ok(())
}

const fn sql(sql: &'static str) -> Step {
    Step {
        sql,
        backfill: None,
    }
}

/// Step 5, the same on both backends. Only where no index serves already: `--sort name` and
/// `--sort email` read `customer_name_unique` and `customer_email` in order (SQLite's indexes
/// end in the rowid, PostgreSQL sorts each run of equal names incrementally), and `log
/// --since` walks the newest entries first. Each index costs every write (measured in
/// benches/README.md).
const INDEXES_5: &str = r"
CREATE INDEX customer_created ON customer(created_at, id);
CREATE INDEX customer_updated ON customer(updated_at, id);
CREATE INDEX audit_kind ON audit(entity, id);
CREATE INDEX audit_actor ON audit(actor, id);
";

/// Step 6's move of the passwords, the same text on both backends: the newest password of
/// each email becomes the person's, every other distinct one a legacy password.
macro_rules! people_6 {
    () => {
        r"
INSERT INTO person (email_key, password_hash, password_set_at, created_at, updated_at)
    SELECT email_key, password_hash, password_set_at, set_at, set_at FROM (
        SELECT email_key, password_hash, password_set_at,
            coalesce(password_set_at, updated_at) AS set_at,
            row_number() OVER (PARTITION BY email_key
                               ORDER BY password_set_at DESC, id DESC) AS n
        FROM contact WHERE password_hash IS NOT NULL) t
    WHERE n = 1;
INSERT INTO person_legacy_password (person_id, password_hash)
    SELECT DISTINCT p.id, k.password_hash
    FROM contact k JOIN person p ON p.email_key = k.email_key
    WHERE k.password_hash IS NOT NULL AND k.password_hash <> p.password_hash;
ALTER TABLE contact DROP COLUMN password_hash;
ALTER TABLE contact DROP COLUMN password_set_at;
"
    };
}

pub const MIGRATIONS: &[Step] = &[
    // 1: partners, customers, sites, probes and the audit trail.
    sql(r"
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
"),
    // 2: the people who may use a customer account: contacts and guests.
    sql(r"
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
"),
    // 3: guest invitations. The token is stored as its SHA-256 only.
    sql(r"
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
"),
    // 4: ids are never given out twice (AUTOINCREMENT: a deleted id stays dead, so a script
    // or an audit row that names it can never reach another entity; existing ids are kept),
    // customers get an email key folded in Rust, and every audit row records the
    // authenticated user beside the actor. SQLite cannot add AUTOINCREMENT to a table, so
    // each table is rebuilt (foreign keys are off during steps and checked before commit).
    Step {
        sql: r"
CREATE TABLE partner_v4 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE,
    email       TEXT NOT NULL,
    portal_url  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
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
    site_id          INTEGER REFERENCES site(id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    serial           TEXT,
    token_hash       BLOB NOT NULL,
    token_last4      TEXT NOT NULL,
    token_issued_at  TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
INSERT INTO probe_v4 (id, site_id, name, serial, token_hash, token_last4, token_issued_at,
        created_at, updated_at)
    SELECT id, site_id, name, serial, token_hash, token_last4, token_issued_at, created_at,
        updated_at FROM probe;
DROP TABLE probe;
ALTER TABLE probe_v4 RENAME TO probe;
CREATE UNIQUE INDEX probe_name_unique ON probe(name, ifnull(site_id, 0));
CREATE INDEX probe_site ON probe(site_id, name);
CREATE UNIQUE INDEX probe_serial ON probe(serial) WHERE serial IS NOT NULL;
CREATE UNIQUE INDEX probe_token ON probe(token_hash);

CREATE TABLE contact_v4 (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
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
INSERT INTO contact_v4 (id, customer_id, kind, email, email_key, name, phone, contact_type,
        permissions, status, password_hash, password_set_at, created_at, updated_at)
    SELECT id, customer_id, kind, email, email_key, name, phone, contact_type, permissions,
        status, password_hash, password_set_at, created_at, updated_at FROM contact;
DROP TABLE contact;
ALTER TABLE contact_v4 RENAME TO contact;
CREATE INDEX contact_email ON contact(email_key);

CREATE TABLE invitation_v4 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
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
INSERT INTO invitation_v4 (id, customer_id, email, email_key, permissions, status, token_hash,
        expires_at, guest_id, created_at, updated_at)
    SELECT id, customer_id, email, email_key, permissions, status, token_hash, expires_at,
        guest_id, created_at, updated_at FROM invitation;
DROP TABLE invitation;
ALTER TABLE invitation_v4 RENAME TO invitation;
CREATE UNIQUE INDEX invitation_token ON invitation(token_hash);
CREATE INDEX invitation_customer ON invitation(customer_id, email_key);
CREATE INDEX invitation_email ON invitation(email_key);
CREATE INDEX invitation_guest ON invitation(guest_id);

CREATE TABLE audit_v4 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    user         TEXT,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    INTEGER,
    entity_name  TEXT,
    changes      TEXT NOT NULL DEFAULT '{}'
);
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
",
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

/// Recomputes every stored email key with `model::email_key`, the one folding used
/// everywhere (earlier versions lower-cased in two different ways).
pub(crate) fn email_keys(db: &Db) -> Result<()> {
    for table in ["customer", "contact", "invitation"] {
        let rows: Vec<(i64, String)> =
            db.rows(&format!("SELECT id, email FROM {table}"), &[], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        let update = format!("UPDATE {table} SET email_key = ?1 WHERE id = ?2");
        for (id, email) in rows {
            db.execute(
                &update,
                super::db::params![crate::model::email_key(&email), id],
            )
            .map_err(|e| {
                e.with_hint(format!(
                    "two emails of one customer now fold to the same key ({table} id {id}); \
                         fix them with an older portalctl first"
                ))
            })?;
        }
    }
    Ok(())
}

// Both dialects have every step, with the same version numbers.
const _: () = assert!(MIGRATIONS.len() == PG_MIGRATIONS.len());

/// Computes every stored name's skeleton with `model::name_key` (step 7).
pub(crate) fn name_keys(db: &Db) -> Result<()> {
    for table in ["partner", "customer", "site", "probe"] {
        let rows: Vec<(i64, String)> =
            db.rows(&format!("SELECT id, name FROM {table}"), &[], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        let update = format!("UPDATE {table} SET name_key = ?1 WHERE id = ?2");
        for (id, name) in rows {
            db.execute(
                &update,
                super::db::params![crate::model::name_key(&name), id],
            )?;
        }
    }
    Ok(())
}

/// The schema version this binary writes.
#[must_use]
pub fn latest() -> i64 {
    i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX)
}

/// The same schema for PostgreSQL, step for step with the same version numbers (the version
/// is kept in `portalctl_schema`). Ids are identity columns, which never give an id out
/// twice; text compares and sorts byte-wise (`COLLATE "C"`) as on `SQLite`; hashes are
/// `BYTEA`; flags are `BIGINT` 0/1 as on `SQLite`; timestamps and JSON stay `TEXT`, so output
/// is byte-identical on both backends.
pub const PG_MIGRATIONS: &[Step] = &[
    sql(r#"
CREATE TABLE portalctl_schema (version BIGINT NOT NULL);
INSERT INTO portalctl_schema (version) VALUES (0);

CREATE TABLE partner (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    name        TEXT COLLATE "C" NOT NULL UNIQUE,
    email       TEXT COLLATE "C" NOT NULL,
    portal_url  TEXT COLLATE "C",
    created_at  TEXT COLLATE "C" NOT NULL,
    updated_at  TEXT COLLATE "C" NOT NULL
);

CREATE TABLE customer (
    id                  BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    partner_id          BIGINT REFERENCES partner(id) ON DELETE CASCADE,
    name                TEXT COLLATE "C" NOT NULL,
    email               TEXT COLLATE "C" NOT NULL,
    workflow            TEXT COLLATE "C",
    active              BIGINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    portal              BIGINT NOT NULL DEFAULT 0 CHECK (portal IN (0, 1)),
    display_name        TEXT COLLATE "C",
    logo_url            TEXT COLLATE "C",
    primary_color       TEXT COLLATE "C",
    support_email       TEXT COLLATE "C",
    authcode_hash       BYTEA,
    authcode_last4      TEXT COLLATE "C",
    authcode_issued_at  TEXT COLLATE "C",
    created_at          TEXT COLLATE "C" NOT NULL,
    updated_at          TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX customer_name_unique ON customer(name, coalesce(partner_id, 0));
CREATE INDEX customer_partner ON customer(partner_id, name);
CREATE UNIQUE INDEX customer_authcode ON customer(authcode_hash) WHERE authcode_hash IS NOT NULL;

CREATE TABLE site (
    id                  BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    customer_id         BIGINT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    name                TEXT COLLATE "C" NOT NULL,
    address             TEXT COLLATE "C",
    portal              BIGINT NOT NULL DEFAULT 0 CHECK (portal IN (0, 1)),
    installation_level  BIGINT NOT NULL DEFAULT 0 CHECK (installation_level IN (0, 1)),
    authcode_hash       BYTEA,
    authcode_last4      TEXT COLLATE "C",
    authcode_issued_at  TEXT COLLATE "C",
    created_at          TEXT COLLATE "C" NOT NULL,
    updated_at          TEXT COLLATE "C" NOT NULL,
    UNIQUE (customer_id, name)
);
CREATE INDEX site_name ON site(name);
CREATE UNIQUE INDEX site_authcode ON site(authcode_hash) WHERE authcode_hash IS NOT NULL;

CREATE TABLE probe (
    id               BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    site_id          BIGINT REFERENCES site(id) ON DELETE CASCADE,
    name             TEXT COLLATE "C" NOT NULL,
    serial           TEXT COLLATE "C",
    token_hash       BYTEA NOT NULL,
    token_last4      TEXT COLLATE "C" NOT NULL,
    token_issued_at  TEXT COLLATE "C" NOT NULL,
    created_at       TEXT COLLATE "C" NOT NULL,
    updated_at       TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX probe_name_unique ON probe(name, coalesce(site_id, 0));
CREATE INDEX probe_site ON probe(site_id, name);
CREATE UNIQUE INDEX probe_serial ON probe(serial) WHERE serial IS NOT NULL;
CREATE UNIQUE INDEX probe_token ON probe(token_hash);

CREATE TABLE audit (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at           TEXT COLLATE "C" NOT NULL,
    actor        TEXT COLLATE "C" NOT NULL,
    action       TEXT COLLATE "C" NOT NULL,
    entity       TEXT COLLATE "C" NOT NULL,
    entity_id    BIGINT,
    entity_name  TEXT COLLATE "C",
    changes      TEXT COLLATE "C" NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_entity ON audit(entity, entity_id);
"#),
    sql(r#"
CREATE TABLE contact (
    id               BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    customer_id      BIGINT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    kind             TEXT COLLATE "C" NOT NULL DEFAULT 'contact' CHECK (kind IN ('contact', 'guest')),
    email            TEXT COLLATE "C" NOT NULL,
    email_key        TEXT COLLATE "C" NOT NULL,
    name             TEXT COLLATE "C",
    phone            TEXT COLLATE "C",
    contact_type     TEXT COLLATE "C",
    permissions      BIGINT NOT NULL DEFAULT 0,
    status           TEXT COLLATE "C" NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
    password_hash    TEXT COLLATE "C",
    password_set_at  TEXT COLLATE "C",
    created_at       TEXT COLLATE "C" NOT NULL,
    updated_at       TEXT COLLATE "C" NOT NULL,
    UNIQUE (customer_id, email_key)
);
CREATE INDEX contact_email ON contact(email_key);
"#),
    sql(r#"
CREATE TABLE invitation (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    email        TEXT COLLATE "C" NOT NULL,
    email_key    TEXT COLLATE "C" NOT NULL,
    permissions  BIGINT NOT NULL DEFAULT 0,
    status       TEXT COLLATE "C" NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'sent', 'active', 'declined', 'revoked')),
    token_hash   BYTEA NOT NULL,
    expires_at   TEXT COLLATE "C" NOT NULL,
    guest_id     BIGINT REFERENCES contact(id) ON DELETE SET NULL,
    created_at   TEXT COLLATE "C" NOT NULL,
    updated_at   TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX invitation_token ON invitation(token_hash);
CREATE INDEX invitation_customer ON invitation(customer_id, email_key);
CREATE INDEX invitation_email ON invitation(email_key);
CREATE INDEX invitation_guest ON invitation(guest_id);
"#),
    // 4: as on SQLite, the customer's email key and the audit's user (ids were never reused
    // here: identity columns).
    Step {
        sql: r#"
ALTER TABLE customer ADD COLUMN email_key TEXT COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX customer_email ON customer(email_key);
ALTER TABLE audit ADD COLUMN "user" TEXT COLLATE "C";
"#,
        backfill: Some(email_keys),
    },
    // 5: as on SQLite.
    sql(INDEXES_5),
    // 6: as on SQLite.
    Step {
        sql: concat!(
            r#"
CREATE TABLE person (
    id               BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    email_key        TEXT COLLATE "C" NOT NULL UNIQUE,
    password_hash    TEXT COLLATE "C",
    password_set_at  TEXT COLLATE "C",
    last_login_at    TEXT COLLATE "C",
    created_at       TEXT COLLATE "C" NOT NULL,
    updated_at       TEXT COLLATE "C" NOT NULL
);
CREATE TABLE person_legacy_password (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    person_id      BIGINT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    password_hash  TEXT COLLATE "C" NOT NULL,
    UNIQUE (person_id, password_hash)
);
CREATE TABLE reset_token (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    person_id   BIGINT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    token_hash  BYTEA NOT NULL,
    status      TEXT COLLATE "C" NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'used', 'replaced', 'revoked')),
    expires_at  TEXT COLLATE "C" NOT NULL,
    created_at  TEXT COLLATE "C" NOT NULL,
    updated_at  TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX reset_token_hash ON reset_token(token_hash);
CREATE INDEX reset_token_person ON reset_token(person_id, status);
ALTER TABLE contact ADD COLUMN login BIGINT NOT NULL DEFAULT 0 CHECK (login IN (0, 1));
UPDATE contact SET login = 1 WHERE password_hash IS NOT NULL OR kind = 'guest';
"#,
            people_6!()
        ),
        backfill: None,
    },
    // 7: as on SQLite.
    Step {
        sql: r#"
ALTER TABLE partner ADD COLUMN name_key TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE customer ADD COLUMN name_key TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE site ADD COLUMN name_key TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE probe ADD COLUMN name_key TEXT COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX partner_skeleton ON partner(name_key);
CREATE INDEX customer_skeleton ON customer(coalesce(partner_id, 0), name_key);
CREATE INDEX site_skeleton ON site(customer_id, name_key);
CREATE INDEX probe_skeleton ON probe(coalesce(site_id, 0), name_key);

-- Nothing inside the database can be forged (SQLite: the file's permissions are the only
-- boundary). Ids are the database's: GENERATED ALWAYS, and `db grants` gives no role a
-- column privilege on `id` (a copy or a migration, as the owner, still moves ids exactly).
ALTER TABLE partner ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE customer ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE site ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE probe ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE contact ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE invitation ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE person ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE person_legacy_password ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE reset_token ALTER COLUMN id SET GENERATED ALWAYS;
ALTER TABLE audit ALTER COLUMN id SET GENERATED ALWAYS;

-- A partner's own space. `portalctl_staff` lists each staff role's partners; a row without a
-- partner marks the role as staff for good, so a role that loses its last partner sees
-- nothing (it never becomes provider-wide). `portalctl_space()` is the session role's space:
-- NULL for a role that is nobody's staff (it sees everything its group grants), else the
-- ids of its partners. The functions are SECURITY DEFINER with a fixed search path, name the
-- store's schema, and answer only what they say.
ALTER TABLE audit ADD COLUMN partner_id BIGINT;
CREATE INDEX audit_partner ON audit(partner_id, id);
UPDATE audit a SET partner_id = p.id FROM partner p
    WHERE a.entity = 'partner' AND a.entity_id = p.id;
UPDATE audit a SET partner_id = c.partner_id FROM customer c
    WHERE a.entity = 'customer' AND a.entity_id = c.id;
UPDATE audit a SET partner_id = c.partner_id FROM site s JOIN customer c ON c.id = s.customer_id
    WHERE a.entity = 'site' AND a.entity_id = s.id;
UPDATE audit a SET partner_id = c.partner_id
    FROM probe p JOIN site s ON s.id = p.site_id JOIN customer c ON c.id = s.customer_id
    WHERE a.entity = 'probe' AND a.entity_id = p.id;
UPDATE audit a SET partner_id = c.partner_id FROM contact k JOIN customer c ON c.id = k.customer_id
    WHERE a.entity IN ('contact', 'guest') AND a.entity_id = k.id;
UPDATE audit a SET partner_id = c.partner_id
    FROM invitation i JOIN customer c ON c.id = i.customer_id
    WHERE a.entity = 'invitation' AND a.entity_id = i.id;

CREATE TABLE portalctl_staff (
    role        TEXT COLLATE "C" NOT NULL,
    partner_id  BIGINT REFERENCES partner(id) ON DELETE CASCADE,
    created_at  TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX portalctl_staff_unique ON portalctl_staff(role, coalesce(partner_id, 0));

DO $do$
DECLARE
    s text := pg_catalog.current_schema();
BEGIN
    EXECUTE pg_catalog.format($f$
CREATE FUNCTION %1$I.portalctl_space() RETURNS bigint[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $b$
    SELECT CASE WHEN EXISTS (SELECT 1 FROM %1$I.portalctl_staff t WHERE t.role = session_user)
        THEN ARRAY(SELECT t.partner_id FROM %1$I.portalctl_staff t
                   WHERE t.role = session_user AND t.partner_id IS NOT NULL)
    END
$b$$f$, s);
    EXECUTE pg_catalog.format($f$
CREATE FUNCTION %1$I.portalctl_registered(email_key text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $b$
    SELECT EXISTS (SELECT 1 FROM %1$I.customer c WHERE c.email_key = $1)
        OR EXISTS (SELECT 1 FROM %1$I.contact k WHERE k.email_key = $1 AND k.kind = 'contact')
$b$$f$, s);
    EXECUTE pg_catalog.format($f$
CREATE FUNCTION %1$I.portalctl_person_outside(email_key text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $b$
    SELECT %1$I.portalctl_space() IS NOT NULL AND EXISTS (
        SELECT 1 FROM %1$I.contact k JOIN %1$I.customer c ON c.id = k.customer_id
        WHERE k.email_key = $1
          AND (c.partner_id IS NULL OR NOT c.partner_id = ANY (%1$I.portalctl_space())))
$b$$f$, s);
    -- An audit row says who wrote it and when as the database saw it (for every role but
    -- the owner, whose copies and migrations move rows exactly), and which partner it is
    -- about, found while the entity exists or from its earlier entries once it is gone.
    EXECUTE pg_catalog.format($f$
CREATE FUNCTION %1$I.portalctl_audit_stamp() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $b$
BEGIN
    IF NOT pg_catalog.pg_has_role(session_user,
            (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = TG_RELID), 'MEMBER') THEN
        NEW."user" := session_user;
        NEW.at := pg_catalog.to_char(pg_catalog.now() AT TIME ZONE 'UTC',
                                     'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    END IF;
    IF NEW.partner_id IS NULL AND NEW.entity_id IS NOT NULL THEN
        NEW.partner_id := CASE NEW.entity
            WHEN 'partner' THEN (SELECT p.id FROM %1$I.partner p WHERE p.id = NEW.entity_id)
            WHEN 'customer' THEN
                (SELECT c.partner_id FROM %1$I.customer c WHERE c.id = NEW.entity_id)
            WHEN 'site' THEN (SELECT c.partner_id FROM %1$I.site s
                JOIN %1$I.customer c ON c.id = s.customer_id WHERE s.id = NEW.entity_id)
            WHEN 'probe' THEN (SELECT c.partner_id FROM %1$I.probe p
                JOIN %1$I.site s ON s.id = p.site_id
                JOIN %1$I.customer c ON c.id = s.customer_id WHERE p.id = NEW.entity_id)
            WHEN 'contact' THEN (SELECT c.partner_id FROM %1$I.contact k
                JOIN %1$I.customer c ON c.id = k.customer_id WHERE k.id = NEW.entity_id)
            WHEN 'guest' THEN (SELECT c.partner_id FROM %1$I.contact k
                JOIN %1$I.customer c ON c.id = k.customer_id WHERE k.id = NEW.entity_id)
            WHEN 'invitation' THEN (SELECT c.partner_id FROM %1$I.invitation i
                JOIN %1$I.customer c ON c.id = i.customer_id WHERE i.id = NEW.entity_id)
        END;
        IF NEW.partner_id IS NULL THEN
            NEW.partner_id := (SELECT a.partner_id FROM %1$I.audit a
                WHERE a.entity = NEW.entity AND a.entity_id = NEW.entity_id
                  AND a.partner_id IS NOT NULL
                ORDER BY a.id DESC LIMIT 1);
        END IF;
    END IF;
    RETURN NEW;
END
$b$$f$, s);
END
$do$;
CREATE TRIGGER audit_stamp BEFORE INSERT ON audit
    FOR EACH ROW EXECUTE FUNCTION portalctl_audit_stamp();

-- The policies: a staff role sees (and may change) its partners and what lies under them,
-- and the audit entries about them; it may create no partner and delete none.
ALTER TABLE partner ENABLE ROW LEVEL SECURITY;
CREATE POLICY space_select ON partner FOR SELECT
    USING ((SELECT portalctl_space()) IS NULL OR id = ANY (CAST((SELECT portalctl_space()) AS BIGINT[])));
CREATE POLICY space_update ON partner FOR UPDATE
    USING ((SELECT portalctl_space()) IS NULL OR id = ANY (CAST((SELECT portalctl_space()) AS BIGINT[])))
    WITH CHECK ((SELECT portalctl_space()) IS NULL OR id = ANY (CAST((SELECT portalctl_space()) AS BIGINT[])));
CREATE POLICY space_insert ON partner FOR INSERT WITH CHECK ((SELECT portalctl_space()) IS NULL);
CREATE POLICY space_delete ON partner FOR DELETE USING ((SELECT portalctl_space()) IS NULL);

ALTER TABLE customer ENABLE ROW LEVEL SECURITY;
CREATE POLICY space ON customer
    USING ((SELECT portalctl_space()) IS NULL OR partner_id = ANY (CAST((SELECT portalctl_space()) AS BIGINT[])))
    WITH CHECK ((SELECT portalctl_space()) IS NULL
                OR partner_id = ANY (CAST((SELECT portalctl_space()) AS BIGINT[])));

ALTER TABLE site ENABLE ROW LEVEL SECURITY;
CREATE POLICY space ON site
    USING ((SELECT portalctl_space()) IS NULL OR customer_id IN (SELECT c.id FROM customer c))
    WITH CHECK ((SELECT portalctl_space()) IS NULL
                OR customer_id IN (SELECT c.id FROM customer c));

ALTER TABLE probe ENABLE ROW LEVEL SECURITY;
CREATE POLICY space ON probe
    USING ((SELECT portalctl_space()) IS NULL OR site_id IN (SELECT s.id FROM site s))
    WITH CHECK ((SELECT portalctl_space()) IS NULL OR site_id IN (SELECT s.id FROM site s));

ALTER TABLE contact ENABLE ROW LEVEL SECURITY;
CREATE POLICY space ON contact
    USING ((SELECT portalctl_space()) IS NULL OR customer_id IN (SELECT c.id FROM customer c))
    WITH CHECK ((SELECT portalctl_space()) IS NULL
                OR customer_id IN (SELECT c.id FROM customer c));

ALTER TABLE invitation ENABLE ROW LEVEL SECURITY;
CREATE POLICY space ON invitation
    USING ((SELECT portalctl_space()) IS NULL OR customer_id IN (SELECT c.id FROM customer c))
    WITH CHECK ((SELECT portalctl_space()) IS NULL
                OR customer_id IN (SELECT c.id FROM customer c));

ALTER TABLE person ENABLE ROW LEVEL SECURITY;
CREATE POLICY space ON person
    USING ((SELECT portalctl_space()) IS NULL
           OR EXISTS (SELECT 1 FROM contact k WHERE k.email_key = person.email_key))
    WITH CHECK ((SELECT portalctl_space()) IS NULL
                OR EXISTS (SELECT 1 FROM contact k WHERE k.email_key = person.email_key));

ALTER TABLE person_legacy_password ENABLE ROW LEVEL SECURITY;
CREATE POLICY space ON person_legacy_password
    USING ((SELECT portalctl_space()) IS NULL OR person_id IN (SELECT p.id FROM person p))
    WITH CHECK ((SELECT portalctl_space()) IS NULL OR person_id IN (SELECT p.id FROM person p));

ALTER TABLE reset_token ENABLE ROW LEVEL SECURITY;
CREATE POLICY space ON reset_token
    USING ((SELECT portalctl_space()) IS NULL OR person_id IN (SELECT p.id FROM person p))
    WITH CHECK ((SELECT portalctl_space()) IS NULL OR person_id IN (SELECT p.id FROM person p));

ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY space_select ON audit FOR SELECT
    USING ((SELECT portalctl_space()) IS NULL OR partner_id = ANY (CAST((SELECT portalctl_space()) AS BIGINT[])));
CREATE POLICY space_insert ON audit FOR INSERT
    WITH CHECK ((SELECT portalctl_space()) IS NULL OR partner_id IS NULL
                OR partner_id = ANY (CAST((SELECT portalctl_space()) AS BIGINT[])));

-- Who is staff of what: readable by the role itself, written only by roles that are nobody's
-- staff (and may, by their grants).
ALTER TABLE portalctl_staff ENABLE ROW LEVEL SECURITY;
CREATE POLICY space_select ON portalctl_staff FOR SELECT
    USING ((SELECT portalctl_space()) IS NULL OR role = session_user);
CREATE POLICY space_write ON portalctl_staff FOR ALL
    USING ((SELECT portalctl_space()) IS NULL) WITH CHECK ((SELECT portalctl_space()) IS NULL);

-- The writers' lock: LOCK TABLE in EXCLUSIVE mode needs UPDATE here, which `db grants` gives
-- the operator and admin groups only; a reader (or any other role) can take no lock on it
-- that a writer waits for.
CREATE TABLE portalctl_lock (id BIGINT);
"#,
        backfill: Some(name_keys),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Applies one step's text to a picture of the schema: `table.column` for every column of
    /// every table (tables created, rebuilt, renamed or dropped; columns added or dropped).
    fn apply(schema: &mut std::collections::BTreeSet<String>, sql: &str) {
        for statement in sql.split(';') {
            let words: Vec<String> = statement
                .split_whitespace()
                .map(|w| w.trim_matches('"').to_ascii_lowercase())
                .collect();
            let word = |k: usize| words.get(k).map_or("", String::as_str);
            match (word(0), word(1)) {
                ("create", "table") => {
                    let table = word(2).trim_end_matches('(').to_string();
                    let body = statement.split_once('(').map_or("", |(_, b)| b);
                    for item in body.lines().map(str::trim) {
                        let first = item
                            .split(|c: char| c.is_whitespace() || c == ',')
                            .next()
                            .unwrap_or_default()
                            .trim_matches('"')
                            .to_ascii_lowercase();
                        let constraint = [
                            "unique",
                            "primary",
                            "check",
                            "foreign",
                            "constraint",
                            ")",
                            "",
                        ]
                        .contains(&first.as_str())
                            || first.starts_with(')')
                            || first.starts_with("--");
                        if !constraint {
                            schema.insert(format!("{table}.{first}"));
                        }
                    }
                }
                ("drop", "table") => {
                    let prefix = format!("{}.", word(2));
                    schema.retain(|c| !c.starts_with(&prefix));
                }
                ("alter", "table") => match (word(3), word(4), word(5)) {
                    ("add", "column", column) => {
                        schema.insert(format!("{}.{column}", word(2)));
                    }
                    ("drop", "column", column) => {
                        schema.remove(&format!("{}.{column}", word(2)));
                    }
                    ("rename", "to", to) => {
                        let prefix = format!("{}.", word(2));
                        let moved: Vec<String> = schema
                            .iter()
                            .filter(|c| c.starts_with(&prefix))
                            .cloned()
                            .collect();
                        for c in moved {
                            schema.remove(&c);
                            schema.insert(format!("{to}.{}", &c[prefix.len()..]));
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        // PostgreSQL alone keeps the schema version, the writers' lock and partner staff.
        schema.retain(|c| {
            !["portalctl_schema.", "portalctl_lock.", "portalctl_staff."]
                .iter()
                .any(|t| c.starts_with(t))
        });
    }

    #[test]
    fn both_dialects_have_every_step_in_order_with_the_same_tables_and_columns() {
        assert_eq!(MIGRATIONS.len(), PG_MIGRATIONS.len());
        assert_eq!(latest(), i64::try_from(PG_MIGRATIONS.len()).unwrap());
        let mut on_lite = std::collections::BTreeSet::new();
        let mut on_pg = std::collections::BTreeSet::new();
        for (n, (lite, pg)) in MIGRATIONS.iter().zip(PG_MIGRATIONS).enumerate() {
            apply(&mut on_lite, lite.sql);
            apply(&mut on_pg, pg.sql);
            assert_eq!(
                on_lite,
                on_pg,
                "after step {} the two backends have other tables or columns",
                n + 1
            );
            assert!(!on_lite.is_empty());
            assert_eq!(
                lite.backfill.is_some(),
                pg.backfill.is_some(),
                "step {}: a backfill on one backend only",
                n + 1
            );
        }
    }

    #[test]
    fn the_picture_follows_rebuilds_renames_and_drops() {
        let mut schema = std::collections::BTreeSet::new();
        for step in MIGRATIONS {
            apply(&mut schema, step.sql);
        }
        for present in [
            "contact.login",
            "customer.name_key",
            "customer.email_key",
            "audit.user",
        ] {
            assert!(schema.contains(present), "{present}: {schema:?}");
        }
        for gone in ["contact.password_hash", "partner_v4.id"] {
            assert!(!schema.contains(gone), "{gone}");
        }
    }

    #[test]
    fn every_step_runs_on_sqlite_in_order() {
        let db = Db::Sqlite(rusqlite::Connection::open_in_memory().unwrap());
        db.batch("PRAGMA foreign_keys = OFF").unwrap();
        run(&db, MIGRATIONS, 0).unwrap();
    }
}
