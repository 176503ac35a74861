//! `sqlite_only!` for the SQLite test binaries: a case that only SQLite has (files, modes,
//! WAL, its query plans) is a plain test here, and an ignored one, with its reason, in the
//! PostgreSQL binaries (`sqlite_only_ignored.rs`).

macro_rules! sqlite_only {
    ($why:literal, #[test] fn $name:ident() $body:block) => {
        #[test]
        fn $name() $body
    };
}
