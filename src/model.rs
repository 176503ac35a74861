//! The entities as plain serialisable rows, and the validation of everything a user types:
//! names, emails, colours, URLs. No I/O here.

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

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

#[derive(Debug, Clone, Default, Serialize)]
pub struct Partner {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub portal_url: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Customer {
    pub id: i64,
    pub partner_id: Option<i64>,
    pub partner: Option<String>,
    pub name: String,
    pub email: String,
    pub workflow: Option<String>,
    pub active: bool,
    pub portal: bool,
    pub display_name: Option<String>,
    pub logo_url: Option<String>,
    pub primary_color: Option<String>,
    pub support_email: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Site {
    pub id: i64,
    pub customer_id: i64,
    pub customer: String,
    /// The customer's partner (none for a direct customer's site).
    pub partner_id: Option<i64>,
    pub partner: Option<String>,
    pub name: String,
    pub address: Option<String>,
    pub portal: bool,
    pub installation_level: bool,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Probe {
    pub id: i64,
    pub name: String,
    pub serial: Option<String>,
    pub site_id: Option<i64>,
    pub site: Option<String>,
    pub customer_id: Option<i64>,
    pub customer: Option<String>,
    pub token_issued_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A person who may use a customer account: a contact of the customer, or a guest invited
/// from elsewhere. `account_id` is the customer's id and `user_id` the contact's own id, as a
/// portal's user list shows them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Contact {
    pub id: i64,
    pub kind: String,
    pub customer_id: i64,
    pub customer: String,
    pub account_id: i64,
    pub user_id: i64,
    pub email: String,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub contact_type: Option<String>,
    pub permissions: Vec<String>,
    pub status: String,
    pub login: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// One customer account an email may use, as `contact access` lists it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Access {
    pub account_id: i64,
    pub customer: String,
    pub partner: Option<String>,
    pub kind: String,
    pub user_id: i64,
    pub permissions: Vec<String>,
    pub status: String,
    pub customer_active: bool,
}

/// The permissions of a customer-account user. `Admin` implies every other one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Permission {
    Admin,
    Billing,
    Tickets,
    Services,
    Deployment,
    Configuration,
    Security,
}

impl Permission {
    pub const ALL: [Permission; 7] = [
        Permission::Admin,
        Permission::Billing,
        Permission::Tickets,
        Permission::Services,
        Permission::Deployment,
        Permission::Configuration,
        Permission::Security,
    ];

    /// Its bit in the stored set.
    #[must_use]
    pub fn bit(self) -> i64 {
        match self {
            Permission::Admin => 1,
            Permission::Billing => 2,
            Permission::Tickets => 4,
            Permission::Services => 8,
            Permission::Deployment => 16,
            Permission::Configuration => 32,
            Permission::Security => 64,
        }
    }

    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Permission::Admin => "admin",
            Permission::Billing => "billing",
            Permission::Tickets => "tickets",
            Permission::Services => "services",
            Permission::Deployment => "deployment",
            Permission::Configuration => "configuration",
            Permission::Security => "security",
        }
    }

    /// The stored set of `perms`.
    #[must_use]
    pub fn mask(perms: &[Permission]) -> i64 {
        perms.iter().fold(0, |m, p| m | p.bit())
    }

    /// The stored set of permission names as `names` gives them (names that are not
    /// permissions are left out; names come from `names` or validated input).
    #[must_use]
    pub fn mask_of_names(names: &[String]) -> i64 {
        names
            .iter()
            .filter_map(|n| Self::parse(n).ok())
            .fold(0, |m, p| m | p.bit())
    }

    /// The names in a stored set, in canonical order.
    #[must_use]
    pub fn names(mask: i64) -> Vec<String> {
        Self::ALL
            .iter()
            .filter(|p| mask & p.bit() != 0)
            .map(|p| p.name().to_string())
            .collect()
    }

    /// Reads a permission name as typed in a file (case-insensitive).
    pub fn parse(raw: &str) -> Result<Permission> {
        Self::ALL
            .iter()
            .copied()
            .find(|p| p.name().eq_ignore_ascii_case(raw.trim()))
            .ok_or_else(|| {
                Error::usage(format!("unknown permission {}", quote(raw))).with_hint(format!(
                    "valid permissions: {}",
                    Self::ALL.map(Permission::name).join(", ")
                ))
            })
    }
}

/// The state of a portal door or a probe token, as `portal status` and `authcode show` report
/// it: never the code, only whether one is in force, when it was issued and its last four.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CodeStatus {
    pub scope: String,
    pub customer_id: Option<i64>,
    pub customer: Option<String>,
    pub site_id: Option<i64>,
    pub site: Option<String>,
    pub probe_id: Option<i64>,
    pub probe: Option<String>,
    pub portal: Option<bool>,
    pub installation_level: Option<bool>,
    pub code_in_force: bool,
    pub code_last4: Option<String>,
    pub code_issued_at: Option<String>,
    pub portal_link: Option<String>,
    /// The names `code_last4` and `code_issued_at` had before 0.2, still written for one
    /// release so that scripts can move over (see the CHANGELOG).
    pub last4: Option<String>,
    pub issued_at: Option<String>,
}

impl CodeStatus {
    /// Sets the code's last four characters and its issue time (under both names).
    #[must_use]
    pub fn with_code(mut self, last4: Option<String>, issued_at: Option<String>) -> Self {
        self.last4.clone_from(&last4);
        self.issued_at.clone_from(&issued_at);
        self.code_last4 = last4;
        self.code_issued_at = issued_at;
        self
    }
}

/// What a verified code opens.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Opened {
    pub scope: String,
    pub customer_id: i64,
    pub customer: String,
    pub site_id: Option<i64>,
    pub site: Option<String>,
    pub probe_id: Option<i64>,
    pub probe: Option<String>,
}

/// The account as its end customer sees it (`customer view`).
#[derive(Debug, Clone, Default, Serialize)]
pub struct CustomerView {
    pub customer: Customer,
    pub branding: Branding,
    /// Shown across the top when the account is deactivated.
    pub banner: Option<String>,
    pub sites: Vec<ViewSite>,
    pub users: Vec<Contact>,
    /// Every portal door of the account and whether it lets someone in now.
    pub doors: Vec<ViewDoor>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Branding {
    /// The display name, else the customer's name.
    pub display_name: String,
    pub primary_color: Option<String>,
    pub logo_url: Option<String>,
    pub support_email: Option<String>,
    pub portal_link: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ViewSite {
    pub id: i64,
    pub name: String,
    pub address: Option<String>,
    pub portal: bool,
    pub installation_level: bool,
    pub probes: Vec<ViewProbe>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ViewProbe {
    pub id: i64,
    pub name: String,
    pub serial: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ViewDoor {
    pub scope: String,
    pub site_id: Option<i64>,
    pub site: Option<String>,
    pub open: bool,
    /// Logins also need a probe's installation token.
    pub needs_installation_token: bool,
    /// Why the door is closed, when it is.
    pub closed_because: Option<String>,
    pub code_last4: Option<String>,
    pub code_issued_at: Option<String>,
}

/// A guest invitation. `status` is `pending`, `sent`, `active` (accepted), `declined`,
/// `revoked`, or `expired` (pending or sent past its expiry).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Invitation {
    pub id: i64,
    pub customer_id: i64,
    pub customer: String,
    pub email: String,
    pub permissions: Vec<String>,
    pub status: String,
    pub expires_at: String,
    pub guest_id: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
}

impl Invitation {
    /// Whether it can still be accepted or declined.
    #[must_use]
    pub fn is_open(&self) -> bool {
        matches!(self.status.as_str(), "pending" | "sent")
    }
}

// The plan of `apply`.

/// A field an apply changes.
#[derive(Debug, Clone, Serialize)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: serde_json::Value,
    pub new: serde_json::Value,
}

/// One entity of the plan.
#[derive(Debug, Clone, Serialize)]
pub struct Action {
    /// `create`, `update`, `unchanged` or `delete`.
    pub action: &'static str,
    pub kind: &'static str,
    /// Its path in the tree: `Northwind MSP / Acme / HQ`.
    pub name: String,
    pub id: Option<i64>,
    pub changes: Vec<FieldChange>,
}

/// A secret made on the way, printed once with the plan.
#[derive(Debug, Clone, Serialize)]
pub struct MadeSecret {
    pub kind: &'static str,
    pub name: String,
    pub id: i64,
    pub field: &'static str,
    pub value: String,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub create: usize,
    pub update: usize,
    pub unchanged: usize,
    pub delete: usize,
}

#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub file: String,
    pub dry_run: bool,
    pub prune: bool,
    pub counts: Counts,
    pub actions: Vec<Action>,
    pub secrets: Vec<MadeSecret>,
}

impl Report {
    /// The entities the plan deletes, as (kind, id).
    #[must_use]
    pub fn deletes(&self) -> Vec<(&'static str, Option<i64>)> {
        self.actions
            .iter()
            .filter(|a| a.action == "delete")
            .map(|a| (a.kind, a.id))
            .collect()
    }
}

/// One row of the audit trail.
#[derive(Debug, Clone, Default, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    /// The authenticated identity (the OS user on `SQLite`); none on entries written before
    /// schema version 4.
    pub user: Option<String>,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub entity_name: Option<String>,
    pub changes: serde_json::Value,
}

/// Characters that would let stored text drive a terminal or disguise itself: C0/C1 controls
/// (newlines and tabs included), bidirectional embeddings, overrides, isolates and marks, the
/// Unicode line/paragraph separators, and every default-ignorable code point (zero-width
/// spaces and joiners, soft hyphen, word joiner, fillers, the BOM, variation selectors): text
/// that renders as nothing must not tell two names apart.
#[must_use]
pub fn is_forbidden_char(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') || is_default_ignorable(c)
}

/// Unicode's `Default_Ignorable_Code_Point` (UTS #39 identifier type `Default_Ignorable`).
fn is_default_ignorable(c: char) -> bool {
    use unicode_security::GeneralSecurityProfile;
    use unicode_security::general_security_profile::IdentifierType;
    // The identifier-type table gives one type per character; the fillers and the
    // bidirectional marks below are default-ignorable but typed otherwise there.
    c.identifier_type() == Some(IdentifierType::Default_Ignorable)
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'..='\u{1160}'
                | '\u{17B4}'..='\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF0}'..='\u{FFF8}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// The first character of a word that mixes scripts the way spoofs do (a Cyrillic `А` in a
/// Latin `Acme`), per UTS #39: every word must resolve to one script, or be Latin mixed only
/// with Han, Japanese or Korean (`東京Tech`, "highly restrictive"). Words are split at spaces
/// and ASCII punctuation, so `Москва Ltd` and `ivan@пример.рф` are fine.
fn mixed_script_char(text: &str) -> Option<(char, char)> {
    use unicode_security::mixed_script::AugmentedScriptSet;
    for word in text.split(|c: char| c.is_whitespace() || c.is_ascii_punctuation()) {
        let mut set = AugmentedScriptSet::default();
        for c in word.chars() {
            set.intersect_with(AugmentedScriptSet::for_char(c));
        }
        if !set.is_empty() {
            continue;
        }
        // Latin beside Han / Japanese / Korean is how CJK names are written.
        let mut without_latin = AugmentedScriptSet::default();
        for c in word.chars() {
            let cs = AugmentedScriptSet::for_char(c);
            if !cs.base.contains_script(unicode_script::Script::Latin) {
                without_latin.intersect_with(cs);
            }
        }
        if !(without_latin.hanb || without_latin.jpan || without_latin.kore) {
            // Name the odd one out: the first letter not in the word's most common script
            // (the Cyrillic "А" in "Аcme", not the Latin "c" after it).
            return Some(odd_letter(word));
        }
    }
    None
}

/// In a mixed-script word: the first letter outside its most common script, and a letter of
/// that script.
fn odd_letter(word: &str) -> (char, char) {
    use unicode_script::{Script, UnicodeScript};
    let letters: Vec<(char, Script)> = word
        .chars()
        .map(|c| (c, c.script()))
        .filter(|(_, s)| !matches!(s, Script::Common | Script::Inherited | Script::Unknown))
        .collect();
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for (_, s) in &letters {
        match counts.iter_mut().find(|(k, _)| k == s) {
            Some((_, n)) => *n += 1,
            None => counts.push((*s, 1)),
        }
    }
    // Ties go to the script seen first.
    let mut main = counts.first().map(|c| c.0);
    let mut best = 0;
    for (s, n) in &counts {
        if *n > best {
            best = *n;
            main = Some(*s);
        }
    }
    let of_main = letters.iter().find(|(_, s)| Some(*s) == main).map(|l| l.0);
    let odd = letters.iter().find(|(_, s)| Some(*s) != main).map(|l| l.0);
    if let (Some(o), Some(m)) = (odd, of_main) {
        (o, m)
    } else {
        let c = word.chars().next().unwrap_or(' ');
        (c, c)
    }
}

fn script_name(c: char) -> &'static str {
    use unicode_script::UnicodeScript;
    c.script().full_name()
}

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

/// An optional text field: `None` leaves it, `Some("")` clears it, anything else is cleaned.
pub fn clean_optional(what: &str, raw: Option<&str>, max: usize) -> Result<Option<Option<String>>> {
    match raw {
        None => Ok(None),
        Some(s) if s.trim().is_empty() => Ok(Some(None)),
        Some(s) => clean_text(what, s, max).map(|t| Some(Some(t))),
    }
}

pub fn customer_name(raw: &str) -> Result<String> {
    clean_text("customer name", raw, CUSTOMER_NAME_MAX)
}

pub fn name(what: &str, raw: &str) -> Result<String> {
    clean_text(what, raw, NAME_MAX)
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
    if valid {
        Ok(text)
    } else {
        Err(Error::usage(format!(
            "{what} {} is not a valid email address",
            quote(&text)
        ))
        .with_hint("use the form name@example.com"))
    }
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

/// Text made safe to show on a terminal: control and bidi characters become `\u{..}` escapes.
#[must_use]
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    // Printable ASCII (most text) is safe as it is, without a look at Unicode's tables.
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) || !text.chars().any(is_forbidden_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_forbidden_char(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// User text quoted for a message, escaped for the terminal.
#[must_use]
pub fn quote(text: &str) -> String {
    format!("\"{}\"", terminal_safe(text))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn permission_sets() {
        let m = Permission::mask(&[Permission::Security, Permission::Billing]);
        assert_eq!(Permission::names(m), ["billing", "security"]);
        assert_eq!(Permission::names(0), Vec::<String>::new());
        assert_eq!(Permission::parse("Tickets").unwrap(), Permission::Tickets);
        let e = Permission::parse("root").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.hint.unwrap().contains("admin, billing, tickets"));
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
        for good in [
            "ops@northwind.example",
            "a.b+tag@sub.example.com",
            "x@localhost",
        ] {
            assert!(email("email", good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "plain",
            "@example.com",
            "a@",
            "a b@example.com",
            "a@@b.example",
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
            ("x@localhost", true),
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
        assert_eq!(clean_optional("workflow", None, 10).unwrap(), None);
        assert_eq!(
            clean_optional("workflow", Some(""), 10).unwrap(),
            Some(None)
        );
        assert_eq!(
            clean_optional("workflow", Some("std"), 10).unwrap(),
            Some(Some("std".to_string()))
        );
    }
}
