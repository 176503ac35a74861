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
    let db = Db::sqlite_of(rusqlite::Connection::open_in_memory().unwrap());
    db.batch("PRAGMA foreign_keys = OFF").unwrap();
    run(&db, MIGRATIONS, 0).unwrap();
}

/// The SHA-256 of each released SQLite step's text, in order: a step, once released, is never
/// edited (stores already at its version never run it again), and a rewrite of how its text is
/// put together must leave it byte for byte the same.
#[test]
fn released_sqlite_steps_keep_their_text() {
    use sha2::{Digest, Sha256};
    let got: Vec<String> = MIGRATIONS[..5]
        .iter()
        .map(|s| {
            Sha256::digest(s.sql.as_bytes())
                .iter()
                .fold(String::new(), |mut hex, b| {
                    let _ = std::fmt::Write::write_fmt(&mut hex, format_args!("{b:02x}"));
                    hex
                })
        })
        .collect();
    assert_eq!(
        got,
        [
            "717a5448e47622cc7ac1124454833ac98180dbfef7b030e82fd12a881ab01b24",
            "6ca93dbbc0c786680d3d049d32714be954a115b090afcd0d97e7189354958dfe",
            "6b367075107d6c3f3e7afc16dbecb80e6cbafe48e7eb0cb3c49c3ba35e6296ab",
            "d5aa0022b51c85aab80f72175b03cfddf19f94099ba965cb109c59f6cf514f94",
            "f0d340aeeadaf3b4f203e471dd9a199770e4e906a69d99696b6c983b7bc0d2eb",
        ]
    );
}
