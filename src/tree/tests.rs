//! Unit tests of the tree file's parsing and validation.

use super::*;

const EXAMPLE: &str = r#"
[[partner]]
name = "Northwind MSP"
email = "ops@northwind.example"

[[partner.customer]]
name = "Acme"
email = "it@acme.example"
workflow = "standard"
portal = true

[[partner.customer.site]]
name = "HQ"
portal = true

[[partner.customer.site.probe]]
name = "hq-probe-1"

[[partner.customer.contact]]
email = "billing@acme.example"
contact_type = "billing"
permissions = ["billing"]

[[customer]]            # a direct customer
name = "Solo Ltd"
email = "admin@solo.example"
"#;

#[test]
fn the_spec_example_parses() {
    let t = parse(EXAMPLE, "tree.toml").unwrap();
    assert_eq!(t.partners.len(), 1);
    let acme = &t.partners[0].customers[0];
    assert_eq!(acme.workflow, Some(Some("standard".into())));
    assert_eq!(acme.portal, Some(true));
    assert_eq!(acme.active, None);
    assert_eq!(acme.sites[0].probes[0].name, "hq-probe-1");
    assert_eq!(
        acme.contacts[0].permissions,
        Some(vec!["billing".to_string()])
    );
    assert_eq!(t.direct[0].name, "Solo Ltd");
    assert_eq!(t.len(), 6);
}

fn error(text: &str) -> Error {
    parse(text, "f.toml").unwrap_err()
}

#[test]
fn errors_name_the_entry_and_its_line() {
    let e = error("[[customer]]\nname = \"Solo\"\nemail = \"bad\"\n");
    assert_eq!(e.exit_code(), 2);
    assert!(
        e.message.starts_with("f.toml:2: direct customer \"Solo\""),
        "{}",
        e.message
    );
    let long = format!(
        "[[customer]]\nname = \"{}\"\nemail = \"a@b.example\"\n",
        "x".repeat(51)
    );
    assert!(error(&long).message.contains("at most 50"));
    // The check's own hint is kept.
    let e = error("[[customer]]\nname = \"A\"\nemail = \"a@b.example\"\nprimary_color = \"red\"\n");
    let hint = e.hint.unwrap_or_default();
    assert!(
        hint.contains("#1a7f37") && hint.contains("nothing was written"),
        "{hint}"
    );
    let e = error("[[customer]]\nname = \"A\"\nemail = \"a@b.example\"\ncolour = \"red\"\n");
    assert!(e.message.starts_with("f.toml:4:"), "{}", e.message);
    assert!(e.message.contains("colour"), "{}", e.message);
    let e = error(
        "[[customer]]\nname = \"A\"\nemail = \"a@b.example\"\n[[customer]]\nname = \"A\"\nemail = \"a@b.example\"\n",
    );
    assert!(
        e.message.starts_with("f.toml:5:") && e.message.contains("duplicate"),
        "{}",
        e.message
    );
    let e = error(
        "[[customer]]\nname = \"A\"\nemail = \"a@b.example\"\n[[customer.contact]]\nemail = \"x@b.example\"\npermissions = [\"root\"]\n",
    );
    assert!(e.message.contains("unknown permission"), "{}", e.message);
    assert!(error("not toml at all [").exit_code() == 2);
}

#[test]
fn empty_strings_clear_and_absent_fields_leave() {
    let t = parse(
        "[[customer]]\nname = \"A\"\nemail = \"a@b.example\"\nworkflow = \"\"\n",
        "f",
    )
    .unwrap();
    assert_eq!(t.direct[0].workflow, Some(None));
    assert_eq!(t.direct[0].display_name, None);
}

#[test]
fn duplicate_serials_anywhere_in_the_file() {
    let e = error(
        "[[customer]]\nname = \"A\"\nemail = \"a@b.example\"\n[[customer.site]]\nname = \"S\"\n\
             [[customer.site.probe]]\nname = \"p1\"\nserial = \"X\"\n[[customer.site.probe]]\nname = \"p2\"\nserial = \"X\"\n",
    );
    assert!(
        e.message.contains("serial \"X\" appears twice"),
        "{}",
        e.message
    );
}

/// Inputs that once looked likely to break a parser: kept as a seed corpus.
const SEEDS: &[&str] = &[
    "",
    "[",
    "[[",
    "[[partner]]",
    "[[partner]]\nname = \"\"",
    "[[partner.customer]]\nname = \"x\"\nemail = \"a@b.example\"",
    "[[customer]]\nname = \"\u{0}\"\nemail = \"a@b.example\"",
    "[[customer]]\nname = \"x\"\nemail = \"a@b.example\"\n[[customer.site]]\nname = \"s\"\n[[customer.site.probe]]\nname = 5",
    "customer = 5",
    "partner = [1, 2]",
    "[[customer]]\nname = \"x\"\nemail = \"a@b.example\"\n[[customer.contact]]\nemail = \"k@b.example\"\npermissions = \"admin\"",
    "\u{feff}[[customer]]",
    "a = \"\\u{d800}\"",
];

#[test]
fn seed_corpus_never_panics() {
    for s in SEEDS {
        let _ = parse(s, "seed.toml");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let _ = parse(&text, "fuzz.toml");
    }

    #[test]
    fn tree_shaped_text_never_panics(
        text in "((\\[\\[(partner|customer)(\\.(customer|site|probe|contact)){0,3}\\]\\]|(name|email|portal|active|serial|permissions|login|status|workflow) = (\"[^\"\n]{0,60}\"|true|-1|\\[\"admin\", \"x\"\\]))\n){0,24}"
    ) {
        let _ = parse(&text, "fuzz.toml");
    }
}

/// A file large enough to be read in pieces: `n` customers of one partner, each with a site
/// and a probe, then `tail` (top-level entries).
fn large(n: usize, tail: &str) -> String {
    use std::fmt::Write;
    let mut t = String::from("[[partner]]\nname = \"P\"\nemail = \"p@x.example\"\n\n");
    for c in 0..n {
        let _ = write!(
            t,
            "[[partner.customer]]\nname = \"c{c}\"\nemail = \"c@x.example\"\n\
             [[partner.customer.site]]\nname = \"s\"\n[[partner.customer.site.probe]]\nname = \"p\"\nserial = \"S{c}\"\n\n"
        );
    }
    t.push_str(tail);
    assert!(
        t.len() > chunks::WHOLE_BELOW,
        "large enough to be read in pieces"
    );
    t
}

#[test]
fn a_large_file_finds_duplicates_across_its_pieces() {
    let n = 12_000;
    let ok = large(
        n,
        "[[customer]]\nname = \"d\"\nemail = \"d@x.example\"\n[[probe]]\nname = \"u\"\n",
    );
    let t = parse(&ok, "f.toml").unwrap();
    assert_eq!(t.partners[0].customers.len(), n);
    assert_eq!((t.direct.len(), t.unassigned.len()), (1, 1));
    // (tail, the line of the second entry, the message)
    let cases = [
        // A customer of the partner named again, far from the first.
        (
            "[[partner.customer]]\nname = \"c7\"\nemail = \"c@x.example\"\n".to_string(),
            "name = \"c7\"",
            "partner \"P\" / customer \"c7\": duplicate customer name under one parent",
        ),
        (
            "[[customer]]\nname = \"d\"\nemail = \"d@x.example\"\n".repeat(2),
            "name = \"d\"",
            "direct customer \"d\": duplicate customer name under one parent",
        ),
        (
            "[[probe]]\nname = \"u\"\n".repeat(2),
            "name = \"u\"",
            "unassigned probe \"u\": duplicate probe name",
        ),
        (
            "[[probe]]\nname = \"v\"\nserial = \"S3\"\n".to_string(),
            "name = \"v\"",
            "unassigned probe \"v\": serial \"S3\" appears twice in the file",
        ),
    ];
    for (tail, second, message) in cases {
        let text = large(n, &tail);
        let e = parse(&text, "f.toml").unwrap_err();
        let line = text[..text.rfind(second).unwrap()].lines().count() + 1;
        assert!(
            e.message.starts_with(&format!("f.toml:{line}: {message}")),
            "line {line}, {message}: {}",
            e.message
        );
    }
}

#[test]
fn parts_are_handed_over_before_an_error_later_in_the_file() {
    // Whoever takes the parts (an apply's walk) must undo what it did with them.
    let text = large(
        200,
        "[[customer]]\nname = \"d\"\nemail = \"not-an-email\"\n",
    );
    let mut customers = 0;
    let e = parse_each(&text, "f.toml", |part| {
        customers += match part {
            Part::Partner(p) => p.customers.len(),
            Part::Customers(more) => more.len(),
        }
    })
    .unwrap_err();
    assert_eq!(customers, 200);
    assert!(
        e.detail().contains("direct customer \"d\""),
        "{}",
        e.detail()
    );
}
