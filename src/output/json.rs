//! JSON as every command writes it: compact, and with every control, bidirectional and
//! invisible character written as a `\uXXXX` escape, so a value changed behind the tool's back
//! (by SQL) reaches a terminal or a log viewer only as text (`jq -r` still decodes it).

use std::io;

use serde::Serialize;

use crate::model::is_forbidden_char;

/// The compact format of `serde_json`, escaping what `is_forbidden_char` names (`serde_json`
/// itself escapes only C0 controls, `"` and `\`).
struct Safe;

impl serde_json::ser::Formatter for Safe {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // The C0 controls never reach a fragment: serde_json escapes them itself.
        if fragment.is_ascii() {
            return writer.write_all(fragment.as_bytes());
        }
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if is_forbidden_char(c) {
                writer.write_all(&fragment.as_bytes()[start..i])?;
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    write!(writer, "\\u{unit:04x}")?;
                }
                start = i + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }
}

/// Writes `value` as compact, terminal-safe JSON.
pub fn to_writer<W: io::Write, T: ?Sized + Serialize>(
    writer: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(writer, Safe);
    value.serialize(&mut ser)
}

/// `value` as compact, terminal-safe JSON text.
pub fn to_string<T: ?Sized + Serialize>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::with_capacity(128);
    to_writer(&mut out, value)?;
    // Only whole UTF-8 text and ASCII escapes were written.
    Ok(String::from_utf8(out).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_bidi_and_invisibles_are_escaped_and_round_trip() {
        let text = "A\u{1b}[31m\u{202e}b\u{85}\u{200b}c\u{e0041}é\"\n";
        let json = to_string(&serde_json::json!({ "name": text })).unwrap();
        assert_eq!(
            json,
            "{\"name\":\"A\\u001b[31m\\u202eb\\u0085\\u200bc\\udb40\\udc41é\\\"\\n\"}"
        );
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["name"], text);
    }
}
