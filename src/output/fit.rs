//! Fitting a list table to the terminal: every row stays one line, the `id` and `name`
//! columns stay whole, and the other columns are shortened with `…`, or left out from the
//! right when even shortened they do not fit. Pure text work, tested on its own.

use unicode_width::UnicodeWidthStr;

/// The narrowest a shortened column gets (five characters and the ellipsis): narrower than
/// that a cell says nothing, and the column is better left out.
const MIN_WIDTH: usize = 6;

/// What a bordered table adds around its columns: `│ a │ b │` is 3 per column plus 1.
pub(super) fn frame(columns: usize) -> usize {
    3 * columns + 1
}

/// `text` cut to at most `width` columns of the terminal, ending in `…` when cut.
#[must_use]
pub fn shorten(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// A list fitted to the terminal: what to print, and the columns it left out.
pub struct Fitted {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The columns left out, in table order (the caller names them on stderr).
    pub left_out: Vec<String>,
}

/// Fits `header` and `rows` into `width` terminal columns; columns whose header is in `keep`
/// are never shortened or dropped.
#[must_use]
pub fn fit(header: &[&str], rows: &[Vec<String>], width: usize, keep: &[&str]) -> Fitted {
    let mut columns: Vec<usize> = (0..header.len()).collect();
    let natural: Vec<usize> = (0..header.len())
        .map(|i| {
            rows.iter()
                .map(|r| r.get(i).map_or(0, |c| c.width()))
                .chain(std::iter::once(header[i].width()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut widths = natural.clone();
    let kept = |i: usize| keep.contains(&header[i]);
    loop {
        let total: usize = columns.iter().map(|&i| widths[i]).sum::<usize>() + frame(columns.len());
        if total <= width {
            break;
        }
        // Shorten the widest column that may be shortened, one step at a time.
        let widest = columns
            .iter()
            .copied()
            .filter(|&i| !kept(i) && widths[i] > MIN_WIDTH)
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)));
        if let Some(i) = widest {
            widths[i] -= 1;
            continue;
        }
        // Nothing shortens further: leave out the rightmost column that may go.
        match columns.iter().rposition(|&i| !kept(i)) {
            Some(pos) => {
                columns.remove(pos);
                // With one column fewer, the others may be whole again.
                for &i in &columns {
                    if !kept(i) {
                        widths[i] = natural[i];
                    }
                }
            }
            None => break,
        }
    }
    let left_out = (0..header.len())
        .filter(|i| !columns.contains(i))
        .map(|i| header[i].to_string())
        .collect();
    let head = columns
        .iter()
        .map(|&i| shorten(header[i], widths[i]))
        .collect();
    let body = rows
        .iter()
        .map(|r| {
            columns
                .iter()
                .map(|&i| shorten(r.get(i).map_or("", String::as_str), widths[i]))
                .collect()
        })
        .collect();
    Fitted {
        header: head,
        rows: body,
        left_out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<Vec<String>> {
        vec![
            vec![
                "1".into(),
                "Northwind Managed Services".into(),
                "operations@northwind.example".into(),
                "https://portal.northwind.example/x".into(),
            ],
            vec!["22".into(), "B".into(), "b@b.example".into(), String::new()],
        ]
    }

    const HEADER: [&str; 4] = ["id", "name", "email", "portal_url"];

    #[test]
    fn a_table_that_fits_is_left_whole() {
        let f = fit(&HEADER, &rows(), 200, &["id", "name"]);
        assert_eq!(f.header, HEADER);
        assert_eq!(f.rows, rows());
        assert!(f.left_out.is_empty());
    }

    #[test]
    fn other_columns_shrink_with_an_ellipsis_and_rows_stay_one_line() {
        let Fitted {
            header: h,
            rows: b,
            left_out,
        } = fit(&HEADER, &rows(), 60, &["id", "name"]);
        assert!(left_out.is_empty());
        assert_eq!(h.len(), 4);
        let total: usize = (0..4)
            .map(|i| {
                b.iter()
                    .map(|r| r[i].width())
                    .chain([h[i].width()])
                    .max()
                    .unwrap()
            })
            .sum::<usize>()
            + frame(4);
        assert!(total <= 60, "{total}: {b:?}");
        assert_eq!(
            b[0][1], "Northwind Managed Services",
            "the name stays whole"
        );
        assert_eq!(b[1][0], "22", "the id stays whole");
        assert!(b[0][2].ends_with('…') && b[0][3].ends_with('…'), "{b:?}");
        assert!(b.iter().flatten().all(|c| !c.contains('\n')));
    }

    #[test]
    fn columns_are_left_out_from_the_right_when_shortening_is_not_enough() {
        let f = fit(&HEADER, &rows(), 47, &["id", "name"]);
        assert_eq!(f.header, ["id", "name", "email"]);
        assert_eq!(f.left_out, ["portal_url"]);
        assert_eq!(f.rows[0][1], "Northwind Managed Services");
        assert!(f.rows[0].len() == 3);
        let f = fit(&HEADER, &rows(), 10, &["id", "name"]);
        assert_eq!(f.header, ["id", "name"], "kept columns are never dropped");
        assert_eq!(f.left_out, ["email", "portal_url"]);
    }

    #[test]
    fn shortening_counts_terminal_columns() {
        assert_eq!(shorten("東京東京", 5), "東京…");
        assert_eq!(shorten("abc", 3), "abc");
        assert_eq!(shorten("abcdef", 4), "abc…");
    }
}
