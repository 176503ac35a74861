//! Helpers of the reliability suite, shared by its SQLite and PostgreSQL test binaries.

use crate::Env;

/// A tree of `customers` customers under one partner, each with a site and a probe.
pub fn big_tree(customers: usize) -> String {
    use std::fmt::Write as _;
    let mut s = String::from("[[partner]]\nname = \"Bulk\"\nemail = \"ops@bulk.example\"\n\n");
    for c in 0..customers {
        let _ = write!(
            s,
            "[[partner.customer]]\nname = \"c-{c}\"\nemail = \"it@c{c}.example\"\n\n\
             [[partner.customer.site]]\nname = \"s\"\n\n[[partner.customer.site.probe]]\nname = \"p-{c}\"\n\n"
        );
    }
    s
}

/// `integrity_check` and `foreign_key_check` of the store, read directly (on PostgreSQL the
/// server keeps pages whole; every reference is counted instead).
pub fn integrity(env: &Env) -> (String, i64) {
    if env.is_postgres() {
        let broken: i64 = portalctl::store::tables::references()
            .map(|(t, c, p)| {
                env.count(&format!(
                    "SELECT count(*) FROM {t} x WHERE x.{c} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {p} y WHERE y.id = x.{c})"
                ))
            })
            .sum();
        return ("ok".to_string(), broken);
    }
    let conn = rusqlite::Connection::open(&env.db).expect("open store");
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity");
    let fk: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .expect("fk check");
    (ok, fk)
}
