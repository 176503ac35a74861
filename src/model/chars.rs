//! The characters stored text may hold: controls, bidirectional and invisible characters
//! refused, words that mix scripts the way spoofs do found; and stored text shown safely on a
//! terminal (escaped, and cut short in messages).

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
pub(super) fn mixed_script_char(text: &str) -> Option<(char, char)> {
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

pub(super) fn script_name(c: char) -> &'static str {
    use unicode_script::UnicodeScript;
    c.script().full_name()
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

/// The most characters of one user text a message quotes.
pub const QUOTE_MAX: usize = 100;

/// User text quoted for a message, escaped for the terminal, and cut after `QUOTE_MAX`
/// characters (a 10 MB name makes a short error).
#[must_use]
pub fn quote(text: &str) -> String {
    match text.char_indices().nth(QUOTE_MAX) {
        Some((cut, _)) => format!("\"{}…\"", terminal_safe(&text[..cut])),
        None => format!("\"{}\"", terminal_safe(text)),
    }
}
