//! Reading a large tree file piece by piece. The TOML parser holds a whole document in memory
//! at about forty times its size, so a file is cut at its top-level entries (`[[partner]]`,
//! `[[customer]]`, `[[probe]]`) and at each `[[partner.customer]]`, each piece is parsed
//! alone and folded into one `File`, and only one piece's document is alive at a time. The
//! result is the same `File` the whole text gives: TOML ties nothing across these headers
//! (keys after `[[partner.customer]]` belong to that customer), and a file whose text could
//! hide a header inside a multi-line string is read whole.

use serde::Deserialize;
use toml::Spanned;

use super::{CustomerEntry, File};

/// Where a piece begins, by the header that starts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Head {
    /// The text before the first cut, or a top-level entry.
    Top,
    /// `[[partner.customer]]`: one more customer of the last partner.
    PartnerCustomer,
}

/// A `[[partner.customer]]` piece read alone: TOML makes `partner` a table (not an array)
/// holding only that customer.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CustomerPiece {
    partner: CustomersOnly,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CustomersOnly {
    #[serde(default)]
    customer: Vec<CustomerEntry>,
}

/// A parse error with its byte offset in the whole text.
pub struct PieceError {
    pub error: toml::de::Error,
    pub offset: usize,
}

/// The pieces of `text`: (byte offset, head). One piece (offset 0) when the text has a
/// multi-line string or is small enough to read whole. (Pieces are also the faster read: the
/// parser's cost per byte grows with the document, a 270 kB file of 1,000 customers read
/// whole took twice as long.)
pub(super) const WHOLE_BELOW: usize = 16 << 10;

fn pieces(text: &str) -> Vec<(usize, Head)> {
    let mut cuts = vec![(0, Head::Top)];
    if text.len() < WHOLE_BELOW || text.contains("\"\"\"") || text.contains("'''") {
        return cuts;
    }
    let mut offset = 0;
    let mut head = String::new();
    for line in text.split_inclusive('\n') {
        // Only a line that opens an array of tables can be a header; the rest go by.
        if !line.trim_start().starts_with("[[") {
            offset += line.len();
            continue;
        }
        head.clear();
        head.extend(line.split('#').next().unwrap_or("").split_whitespace());
        let kind = match head.as_str() {
            "[[partner]]" | "[[customer]]" | "[[probe]]" => Some(Head::Top),
            "[[partner.customer]]" => Some(Head::PartnerCustomer),
            _ => None,
        };
        if let Some(kind) = kind
            && offset > 0
        {
            cuts.push((offset, kind));
        }
        offset += line.len();
    }
    cuts
}

/// What one piece holds, its spans already in the whole text's terms.
pub enum Piece {
    /// Top-level entries (`[[partner]]`, `[[customer]]`, `[[probe]]`; a small file whole).
    Top(File),
    /// More customers of the last partner (`[[partner.customer]]`).
    PartnerCustomers(Vec<CustomerEntry>),
}

/// Reads `text` piece by piece, handing each to `each` as it is parsed (so that no more than
/// one piece's raw entries are alive at a time). TOML's error in a piece is `PieceError`.
pub fn read<E>(
    text: &str,
    mut each: impl FnMut(Piece) -> Result<(), E>,
    toml_error: impl Fn(PieceError) -> E,
) -> Result<(), E> {
    let cuts = pieces(text);
    let mut partners = false;
    for (n, &(start, head)) in cuts.iter().enumerate() {
        let end = cuts.get(n + 1).map_or(text.len(), |c| c.0);
        let piece = &text[start..end];
        let failed = |error| {
            toml_error(PieceError {
                error,
                offset: start,
            })
        };
        match head {
            Head::Top => {
                let mut part: File = toml::from_str(piece).map_err(failed)?;
                part.shift(start);
                partners |= !part.partner.is_empty();
                each(Piece::Top(part))?;
            }
            Head::PartnerCustomer => {
                if !partners {
                    // No partner before it: read the whole text for TOML's own error.
                    return Err(toml::from_str::<File>(text).map_or_else(
                        |error| toml_error(PieceError { error, offset: 0 }),
                        |_| failed(serde::de::Error::custom("a customer of no partner")),
                    ));
                }
                let part: CustomerPiece = toml::from_str(piece).map_err(failed)?;
                let mut customers = part.partner.customer;
                for c in &mut customers {
                    c.shift(start);
                }
                each(Piece::PartnerCustomers(customers))?;
            }
        }
    }
    Ok(())
}

/// The whole of `text` as one `File` (the pieces folded together).
#[cfg(test)]
fn read_whole(text: &str) -> Result<File, PieceError> {
    let mut file = File::default();
    read(
        text,
        |piece| {
            match piece {
                Piece::Top(mut part) => {
                    file.partner.append(&mut part.partner);
                    file.customer.append(&mut part.customer);
                    file.probe.append(&mut part.probe);
                }
                Piece::PartnerCustomers(mut customers) => {
                    if let Some(last) = file.partner.last_mut() {
                        last.customer.append(&mut customers);
                    }
                }
            }
            Ok(())
        },
        |e| e,
    )?;
    Ok(file)
}

/// `value` with its span moved by `by` bytes.
fn shifted(value: &mut Spanned<String>, by: usize) {
    if by > 0 {
        let span = value.span();
        let inner = std::mem::take(value.get_mut());
        *value = Spanned::new(span.start + by..span.end + by, inner);
    }
}

impl File {
    /// Moves every span by `by` bytes (a piece's spans start at the piece).
    fn shift(&mut self, by: usize) {
        for p in &mut self.partner {
            shifted(&mut p.name, by);
            for c in &mut p.customer {
                c.shift(by);
            }
        }
        for c in &mut self.customer {
            c.shift(by);
        }
        for p in &mut self.probe {
            shifted(&mut p.name, by);
        }
    }
}

impl CustomerEntry {
    fn shift(&mut self, by: usize) {
        shifted(&mut self.name, by);
        for s in &mut self.site {
            shifted(&mut s.name, by);
            for p in &mut s.probe {
                shifted(&mut p.name, by);
            }
        }
        for k in &mut self.contact {
            shifted(&mut k.email, by);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file large enough to be cut, with `customers` customers under two partners, a
    /// direct customer and an unassigned probe.
    fn big(customers: usize) -> String {
        use std::fmt::Write;
        let mut t = String::from("# a comment\n");
        for p in 0..2 {
            let _ = write!(
                t,
                "[[partner]]\nname = \"p{p}\"\nemail = \"p{p}@x.example\"\n\n"
            );
            for c in 0..customers {
                let _ = write!(
                    t,
                    "[[ partner.customer ]] # spaced\nname = \"c{p}-{c}\"\nemail = \"c@x.example\"\n\
                     [[partner.customer.site]]\nname = \"s\"\n[[partner.customer.site.probe]]\nname = \"pr{c}\"\n\
                     [[partner.customer.contact]]\nemail = \"k{c}@x.example\"\n\n"
                );
            }
        }
        t.push_str("[[customer]]\nname = \"direct\"\nemail = \"d@x.example\"\n\n[[probe]]\nname = \"spare\"\n");
        t
    }

    fn spans(f: &File) -> Vec<(String, std::ops::Range<usize>)> {
        let mut out = Vec::new();
        for p in &f.partner {
            out.push((p.name.get_ref().clone(), p.name.span()));
            for c in &p.customer {
                out.push((c.name.get_ref().clone(), c.name.span()));
                for s in &c.site {
                    out.push((s.name.get_ref().clone(), s.name.span()));
                    for pr in &s.probe {
                        out.push((pr.name.get_ref().clone(), pr.name.span()));
                    }
                }
                for k in &c.contact {
                    out.push((k.email.get_ref().clone(), k.email.span()));
                }
            }
        }
        for c in &f.customer {
            out.push((c.name.get_ref().clone(), c.name.span()));
        }
        for p in &f.probe {
            out.push((p.name.get_ref().clone(), p.name.span()));
        }
        out
    }

    #[test]
    fn pieces_read_as_the_whole_text_does_spans_included() {
        for n in [60, 6000] {
            let text = big(n);
            assert!(text.len() > WHOLE_BELOW, "large enough to be cut");
            // The comment before the first header, two partners, their customers, the
            // direct customer and the probe.
            assert_eq!(pieces(&text).len(), 1 + 2 + 2 * n + 2, "cut at every entry");
            let whole: File = toml::from_str(&text).unwrap();
            let cut = read_whole(&text).unwrap_or_else(|e| panic!("{}", e.error));
            assert_eq!(spans(&cut), spans(&whole));
            assert_eq!(spans(&cut).len(), 2 + 2 * n * 4 + 2);
        }
    }

    #[test]
    fn a_file_with_a_multi_line_string_is_read_whole() {
        let mut text = big(6000);
        text.insert_str(0, "# \"\"\"\n");
        assert_eq!(pieces(&text).len(), 1);
    }

    #[test]
    fn an_error_in_a_piece_reports_its_place_in_the_whole_text() {
        let mut text = big(6000);
        let at = text.find("name = \"c1-10\"").unwrap();
        text.insert_str(at, "bogus = 1\n");
        let Err(e) = read_whole(&text) else {
            panic!("an error")
        };
        let span = e.error.span().expect("a span");
        assert_eq!(e.offset + span.start, at, "{}", e.error);
    }
}
