use crate::Env;

#[test]
fn hostile_names_are_refused_or_stored_verbatim() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let verbatim = [
        "'; DROP TABLE customer; --",
        "Robert\"); DELETE FROM partner WHERE (\"1\"=\"1",
        "% _ \\ LIKE wildcards",
        "名前 with ünïcödé",
        "emoji 🚀",
    ];
    let create = |name: &str| {
        env.run(&[
            "customer",
            "create",
            name,
            "--direct",
            "--email",
            "a@b.example",
        ])
    };
    for (i, name) in verbatim.iter().enumerate() {
        create(name).code(0);
        assert_eq!(env.json(&["customer", "show", name])["name"], *name, "{i}");
    }
    let refused = [
        "x".repeat(100_000),
        "line\nbreak".into(),
        "tab\tbed".into(),
        "bell\u{7}".into(),
        "esc \u{1b}[2J".into(),
        "bidi \u{202e}gnp.exe".into(),
        "isolate \u{2067}x".into(),
        String::new(),
    ];
    for name in &refused {
        create(name).code(2);
        env.run(&["partner", "create", name, "--email", "a@b.example"])
            .code(2);
    }
    assert_eq!(
        env.count("SELECT count(*) FROM customer"),
        i64::try_from(verbatim.len()).unwrap()
    );
    assert_eq!(env.count("SELECT count(*) FROM partner"), 0);
    // NFC and NFD spellings are one name.
    create("Caf\u{e9}").code(0);
    create("Cafe\u{301}").code(4);
}

#[test]
fn non_utf8_and_absurd_numbers_are_usage_errors() {
    use std::os::unix::ffi::OsStrExt;
    let env = Env::new();
    let bad = std::ffi::OsStr::from_bytes(b"\xff\xfe");
    for args in [
        vec![
            std::ffi::OsStr::new("customer"),
            std::ffi::OsStr::new("show"),
            bad,
        ],
        vec![
            std::ffi::OsStr::new("--actor"),
            bad,
            std::ffi::OsStr::new("partner"),
            std::ffi::OsStr::new("list"),
        ],
    ] {
        let out = env.command().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
    }
    for (flag, value) in [
        ("--limit", "-1"),
        ("--limit", "0"),
        ("--limit", "1e9"),
        ("--limit", "18446744073709551616"),
        ("--offset", "-1"),
        ("--offset", "99999999999999999999"),
    ] {
        env.run(&["customer", "list", flag, value]).code(2);
    }
}

#[test]
fn hostile_tree_files_are_refused_whole() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    let cases = [
        "[[partner]]\nname = \"x\"\nemail = \"a@b.example\"\n[[partner]]\nname = \"x\"\nemail = \"a@b.example\"\n",
        "[[customer]]\nname = \"a\\nb\"\nemail = \"a@b.example\"\n",
        "[[customer]]\nname = \"a\"\nemail = \"a@b.example\"\nactive = \"yes\"\n",
        "[[customer]]\nname = \"a\"\n",
        "[partner]\nname = 1\n",
        "\u{0}\u{1}\u{2}",
        "[[customer]]\nname = \"ok\"\nemail = \"a@b.example\"\n[[customer]]\nname = \"bad\"\nemail = \"nope\"\n",
    ];
    for (i, text) in cases.iter().enumerate() {
        let f = env.path(&format!("h{i}.toml"));
        std::fs::write(&f, text).unwrap();
        let r = env.run(&["apply", "-f", f.to_str().unwrap()]);
        assert_eq!(r.code, 2, "case {i}: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "case {i}");
    }
    assert_eq!(env.count("SELECT count(*) FROM customer"), 0);
}
