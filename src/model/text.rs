//! The validation of everything a user types: names, emails, colours, URLs; and the folding
//! that makes two spellings of one name or email the same key. Which characters may be stored,
//! and how stored text is printed, is `chars.rs`.

use unicode_normalization::UnicodeNormalization;

use super::chars::{is_forbidden_char, mixed_script_char, quote, script_name};
use crate::error::{Error, Result};

/// Longest customer name, in characters (SPEC: 1-50).
pub const CUSTOMER_NAME_MAX: usize = 50;
/// Longest name of any other entity, in characters.
pub const NAME_MAX: usize = 100;
/// Longest free-text label (workflow, address, display name ...).
pub const TEXT_MAX: usize = 200;
/// Longest email address (RFC 5321 path limit).
pub const EMAIL_MAX: usize = 254;
/// Longest URL we accept.
pub const URL_MAX: usize = 2000;

/// Normalises user text to NFC, trims surrounding spaces and refuses what must never be stored.
/// `what` names the field in error messages ("customer name").
pub fn clean_text(what: &str, raw: &str, max_chars: usize) -> Result<String> {
    // Check the length on the raw input first, so a 100,000-character argument is refused
    // without normalising it.
    if raw.chars().count() > max_chars.saturating_mul(4) {
        return Err(too_long(what, max_chars));
    }
    // Printable ASCII (most names) holds no invisible character and no second script: only
    // the control characters need looking for.
    let ascii = raw.is_ascii();
    let forbidden = if ascii {
        raw.chars().find(char::is_ascii_control)
    } else {
        raw.chars().find(|c| is_forbidden_char(*c))
    };
    if let Some(c) = forbidden {
        return Err(Error::usage(format!(
            "{what} contains an invisible, control or bidirectional-formatting character ({})",
            describe_char(c)
        ))
        .with_hint("remove line breaks, tabs and invisible characters (zero-width spaces, soft hyphens, fillers, byte-order marks)"));
    }
    let text: String = if ascii {
        raw.trim().to_string()
    } else {
        raw.trim().nfc().collect()
    };
    if text.is_empty() {
        return Err(Error::usage(format!("{what} must not be empty")));
    }
    if text.chars().count() > max_chars {
        return Err(too_long(what, max_chars));
    }
    if let Some((bad, first)) = (!ascii).then(|| mixed_script_char(&text)).flatten() {
        return Err(Error::usage(format!(
            "{what} {} mixes scripts in one word: {} ({}, {}) among {} letters",
            quote(&text),
            quote(&bad.to_string()),
            describe_char(bad),
            script_name(bad),
            script_name(first)
        ))
        .with_hint(
            "type the word in one script (a look-alike letter from another alphabet makes a spoof)",
        ));
    }
    Ok(text)
}

fn too_long(what: &str, max_chars: usize) -> Error {
    Error::usage(format!(
        "{what} is too long: at most {max_chars} characters"
    ))
}

fn describe_char(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// What a typed optional field asks for: `None` keeps what is there, `Some(None)` clears it,
/// `Some(Some(v))` sets it.
pub type Field = Option<Option<String>>;

/// The one rule of every optional text field, on the command line and in a tree file alike:
/// absent keeps what is there, empty (or only spaces) clears it, anything else must pass
/// `check`.
pub fn optional(raw: Option<&str>, check: impl FnOnce(&str) -> Result<String>) -> Result<Field> {
    match raw {
        None => Ok(None),
        Some(s) if s.trim().is_empty() => Ok(Some(None)),
        Some(s) => check(s).map(|v| Some(Some(v))),
    }
}

pub fn customer_name(raw: &str) -> Result<String> {
    not_an_id(
        "customer name",
        clean_text("customer name", raw, CUSTOMER_NAME_MAX)?,
    )
}

/// A person's or a label's name.
pub fn name(what: &str, raw: &str) -> Result<String> {
    clean_text(what, raw, NAME_MAX)
}

/// The name of an entity a command can reference by name or id (a partner, site or probe):
/// never a canonical decimal, which would always be read as an id.
pub fn entity_name(what: &str, raw: &str) -> Result<String> {
    not_an_id(what, clean_text(what, raw, NAME_MAX)?)
}

fn not_an_id(what: &str, name: String) -> Result<String> {
    if canonical_id(&name).is_some() {
        return Err(Error::usage(format!(
            "{what} {} is a number, which would always be read as an id",
            quote(&name)
        ))
        .with_hint("add a word to it (\"Site 7\", \"probe-7\") or a leading zero (\"007\")"));
    }
    Ok(name)
}

/// A valid email address, NFC-normalised and trimmed; its case is kept as typed, comparisons
/// are case-insensitive (see `email_key`).
pub fn email(what: &str, raw: &str) -> Result<String> {
    let text = clean_text(what, raw, EMAIL_MAX)?;
    let valid = text.parse::<email_address::EmailAddress>().is_ok()
        && !text.contains(char::is_whitespace)
        && text
            .rsplit_once('@')
            .is_some_and(|(local, domain)| !local.is_empty() && !domain.is_empty());
    if !valid {
        return Err(Error::usage(format!(
            "{what} {} is not a valid email address",
            quote(&text)
        ))
        .with_hint("use the form name@example.com"));
    }
    // `a@b` parses, but no mail reaches a domain without a dot (nor one with an empty label).
    let domain = text.rsplit_once('@').map_or("", |(_, d)| d);
    let reachable = domain.starts_with('[')
        || (domain.contains('.') && domain.split('.').all(|label| !label.is_empty()));
    if !reachable {
        return Err(Error::usage(format!(
            "{what} {} cannot receive mail: its domain {} is not a full domain name",
            quote(&text),
            quote(domain)
        ))
        .with_hint("give the whole domain, as in name@example.com"));
    }
    Ok(text)
}

/// The form of an email used for every comparison, in every command and on every backend:
/// trimmed, NFC, Unicode default case folding, NFC again. Stored beside the email as its key.
#[must_use]
pub fn email_key(email: &str) -> String {
    fold(email.trim())
}

/// Text as it is compared case-insensitively everywhere (emails, `--name`): NFC, Unicode
/// default case folding, NFC again. `Straße`, `STRASSE` and `strasse` fold alike.
#[must_use]
pub fn fold(text: &str) -> String {
    // ASCII is its own NFC, and folds as it lower-cases.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let nfc: String = text.nfc().collect();
    caseless::default_case_fold_str(&nfc).nfc().collect()
}

/// A name's UTS #39 skeleton: two names with the same skeleton read alike (Cyrillic `Асе` and
/// Latin `Ace`, fullwidth `ＡＣＭＥ` and `ACME`). Stored beside each name as its key, so that
/// siblings that look alike are found by an index.
#[must_use]
pub fn name_key(name: &str) -> String {
    unicode_security::confusable_detection::skeleton(name).collect()
}

/// `--actor` / `PORTALCTL_ACTOR`: validated like a name (no control, invisible or mixed-script
/// text, not empty), so what the audit stores can be shown on any terminal.
pub fn actor(raw: &str) -> Result<String> {
    clean_text("actor", raw, NAME_MAX)
        .map_err(|e| e.with_hint("give --actor (or PORTALCTL_ACTOR) a plain name or an email"))
}

/// A reference read as an id: only a canonical decimal (`7`; never `007`, `+7`, `7.0` or
/// ` 7`) is an id; everything else is a name.
#[must_use]
pub fn canonical_id(reference: &str) -> Option<i64> {
    let digits = reference.as_bytes();
    let canonical =
        !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) && digits[0] != b'0';
    if canonical {
        reference.parse::<i64>().ok()
    } else {
        None
    }
}

/// `#rrggbb`, stored in lower case.
pub fn color(raw: &str) -> Result<String> {
    let t = raw.trim();
    let ok = t.len() == 7 && t.starts_with('#') && t[1..].chars().all(|c| c.is_ascii_hexdigit());
    if ok {
        Ok(t.to_ascii_lowercase())
    } else {
        Err(Error::usage(format!(
            "primary colour {} is not of the form #rrggbb",
            quote(t)
        ))
        .with_hint("for example --primary-color '#1a7f37'"))
    }
}

/// An absolute http(s) URL with a host.
pub fn http_url(what: &str, raw: &str) -> Result<String> {
    let text = clean_text(what, raw, URL_MAX)?;
    match url::Url::parse(&text) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Ok(text),
        _ => Err(
            Error::usage(format!("{what} {} is not an http(s) URL", quote(&text)))
                .with_hint("use the form https://portal.example.com"),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::terminal_safe;

    #[test]
    fn an_email_must_be_reachable() {
        assert!(email("email", "it@acme.example").is_ok());
        assert!(email("email", "it@[192.0.2.1]").is_ok());
        for unreachable in ["a@b", "a@localhost", "a@b.", "a@.b", "a@b..example"] {
            let e = email("email", unreachable).unwrap_err();
            assert_eq!(e.exit_code(), 2, "{unreachable}");
        }
        let e = email("email", "a@b").unwrap_err();
        assert_eq!(
            e.message,
            "email \"a@b\" cannot receive mail: its domain \"b\" is not a full domain name"
        );
    }

    #[test]
    fn the_ascii_shortcuts_agree_with_the_unicode_path() {
        let all: String = (0u8..0x80).map(char::from).collect();
        let nfc: String = all.nfc().collect();
        let slow: String = caseless::default_case_fold_str(&nfc).nfc().collect();
        assert_eq!(fold(&all), slow);
        for c in (0x20u8..0x7f).map(char::from) {
            assert!(!is_forbidden_char(c), "{c:?}");
            let one = c.to_string();
            assert!(matches!(terminal_safe(&one), std::borrow::Cow::Borrowed(_)));
        }
        assert_eq!(name("n", " Acme Ltd ").unwrap(), "Acme Ltd");
    }

    #[test]
    fn names_are_nfc_and_trimmed() {
        let nfd = "Cafe\u{301}";
        assert_eq!(customer_name(nfd).unwrap(), "Caf\u{e9}");
        assert_eq!(customer_name("  Acme  ").unwrap(), "Acme");
    }

    #[test]
    fn customer_names_count_characters_not_bytes() {
        assert!(customer_name(&"é".repeat(50)).is_ok());
        let err = customer_name(&"é".repeat(51)).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.message.contains("at most 50"));
        assert!(customer_name(&"x".repeat(100_000)).is_err());
    }

    #[test]
    fn control_and_bidi_characters_are_refused() {
        for bad in [
            "a\nb",
            "a\tb",
            "a\u{1b}[31mb",
            "a\u{202E}b",
            "a\u{2066}b",
            "a\u{0}b",
            "a\u{85}b",
        ] {
            let err = name("partner name", bad).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad:?}");
        }
    }

    #[test]
    fn invisible_characters_are_refused_and_named() {
        for c in [
            '\u{200B}',
            '\u{200C}',
            '\u{200D}',
            '\u{FEFF}',
            '\u{AD}',
            '\u{2060}',
            '\u{3164}',
            '\u{115F}',
            '\u{FFA0}',
            '\u{34F}',
            '\u{180E}',
            '\u{FE0F}',
            '\u{E0041}',
            '\u{200E}',
        ] {
            let err = name("partner name", &format!("Ac{c}me")).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{c:?}");
            assert!(
                err.message.contains(&format!("U+{:04X}", u32::from(c))),
                "{}",
                err.message
            );
            assert!(
                terminal_safe(&format!("a{c}b")).contains("\\u{"),
                "{c:?} is escaped on output"
            );
        }
    }

    #[test]
    fn words_in_one_script_pass_and_spoofs_do_not() {
        for good in [
            "Café Müller",
            "東京 Tech",
            "東京Tech",
            "Москва Ltd",
            "Ελλάδα",
            "Acme-Россия",
            "ivan@пример.рф",
            "O'Brien & Sons (UK)",
            "株式会社テスト",
            "서울 Co",
        ] {
            assert!(name("name", good).is_ok(), "{good}");
        }
        for (bad, odd) in [
            ("\u{410}cme", 'А'),
            ("Acm\u{435}", 'е'),
            ("p\u{430}ypal", 'а'),
            ("Αcme", 'Α'),
        ] {
            let e = name("name", bad).unwrap_err();
            assert!(
                e.message.contains(&format!("\"{odd}\"")),
                "{bad}: {}",
                e.message
            );
        }
    }

    #[test]
    fn email_keys_fold_case_and_normalisation() {
        assert_eq!(email_key("JÖHN@Example.COM"), "jöhn@example.com");
        assert_eq!(email_key("Jo\u{308}hn@example.com"), "jöhn@example.com");
        assert_eq!(
            email_key("STRASSE@x.example"),
            email_key("straße@x.example")
        );
        assert_eq!(email_key(" a@b.example "), "a@b.example");
    }

    #[test]
    fn only_canonical_decimals_are_ids() {
        assert_eq!(canonical_id("7"), Some(7));
        assert_eq!(canonical_id("1234567"), Some(1_234_567));
        for not in [
            "007",
            "0",
            "+7",
            "-7",
            "7.0",
            " 7",
            "7 ",
            "",
            "٧",
            "99999999999999999999",
        ] {
            assert_eq!(canonical_id(not), None, "{not:?}");
        }
    }

    #[test]
    fn empty_names_are_refused() {
        assert_eq!(name("site name", "   ").unwrap_err().exit_code(), 2);
    }

    #[test]
    fn emails() {
        for good in ["ops@northwind.example", "a.b+tag@sub.example.com"] {
            assert!(email("email", good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "plain",
            "@example.com",
            "a@",
            "a b@example.com",
            "a@@b.example",
            "x@localhost",
        ] {
            assert_eq!(email("email", bad).unwrap_err().exit_code(), 2, "{bad}");
        }
        assert!(email("email", &format!("{}@example.com", "a".repeat(250))).is_err());
    }

    /// Addresses and the verdict portalctl gives them. Whitespace is refused anywhere (even
    /// in a quoted local part) because these addresses end up in scripts and mail headers.
    #[test]
    fn email_corpus() {
        let corpus: &[(&str, bool)] = &[
            ("ops@northwind.example", true),
            ("first.last+tag@sub.example.co.uk", true),
            ("\"john..doe\"@example.com", true),
            ("\"john doe\"@example.com", false),
            ("user@b\u{fc}cher.example", true),
            ("user@xn--bcher-kva.example", true),
            ("j\u{f6}hn@example.com", true),
            ("a@[127.0.0.1]", true),
            // No mail from outside reaches a domain without a dot.
            ("x@localhost", false),
            ("a@b", false),
            ("", false),
            ("plainaddress", false),
            ("@example.com", false),
            ("user@", false),
            ("user@@example.com", false),
            ("user @example.com", false),
            ("user@exa mple.com", false),
            (".user@example.com", false),
            ("user.@example.com", false),
            ("us..er@example.com", false),
            ("user@-example.com", false),
            ("user@example..com", false),
            ("user@example.com.", false),
            ("user\n@example.com", false),
            ("user@example.com\u{202e}", false),
        ];
        for (addr, valid) in corpus {
            assert_eq!(email("email", addr).is_ok(), *valid, "{addr:?}");
        }
        let overlong = format!("{}@{}.example", "a".repeat(64), "b".repeat(190));
        assert!(email("email", &overlong).is_err(), "over 254 characters");
        let long_local = format!("{}@example.com", "a".repeat(65));
        assert!(email("email", &long_local).is_err(), "local part over 64");
    }

    #[test]
    fn colours() {
        assert_eq!(color("#1A7F37").unwrap(), "#1a7f37");
        for bad in ["1a7f37", "#1a7f3", "#1a7f37a", "#ggggggg", "#gggggg", "red"] {
            assert!(color(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn urls() {
        assert!(http_url("portal URL", "https://portal.example.com/x").is_ok());
        assert!(http_url("portal URL", "http://localhost:8080").is_ok());
        for bad in [
            "ftp://x.example",
            "portal.example.com",
            "https://",
            "javascript:alert(1)",
        ] {
            assert!(http_url("portal URL", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn terminal_safe_escapes() {
        assert_eq!(terminal_safe("plain"), "plain");
        assert_eq!(terminal_safe("a\u{1b}b"), "a\\u{1b}b");
    }

    #[test]
    fn optional_fields() {
        let workflow = |s: &str| clean_text("workflow", s, 10);
        assert_eq!(optional(None, workflow).unwrap(), None);
        assert_eq!(optional(Some(" "), workflow).unwrap(), Some(None));
        assert_eq!(
            optional(Some("std"), workflow).unwrap(),
            Some(Some("std".to_string()))
        );
        assert_eq!(
            optional(Some("a-very-long-workflow"), workflow)
                .unwrap_err()
                .exit_code(),
            2
        );
    }
}
