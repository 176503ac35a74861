//! `sqlite_only!` for the PostgreSQL test binaries: a case that only SQLite has is ignored
//! here, with its reason, so it shows in every run (`sqlite_only.rs` runs it on SQLite).

macro_rules! sqlite_only {
    ($why:literal, #[test] fn $name:ident() $body:block) => {
        #[test]
        #[ignore = $why]
        fn $name() $body
    };
}
