//! Everything portalctl prints. stdout carries data only (tables, JSON, CSV, ids, secrets);
//! messages, prompts and progress go to stderr, so `-o json | jq` always works. Colour is
//! decided once here, and user text is escaped before it reaches a terminal.

use std::io::{self, BufWriter, IsTerminal, StdoutLock, Write};

use comfy_table::{Attribute, Cell, ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::model::terminal_safe;

mod cells;
mod fit;
pub mod json;
mod report;
mod rows;

pub use crate::model::Format;

/// A type printed as rows: its serialised fields in order are the columns of JSON and CSV
/// (`columns`, read off the type itself), `TABLE` the columns a list table shows a person.
pub trait Row: Serialize + Default {
    const TABLE: &'static [&'static str];
    /// The columns a table on a narrow terminal keeps whole (others shorten or go).
    const KEEP: &'static [&'static str] = &["id", "name"];
    /// Old names still written to JSON and CSV for a release, never shown to people.
    const DEPRECATED: &'static [&'static str] = &[];

    /// Every field, in order: the CSV header.
    fn columns() -> Vec<&'static str> {
        // A row type is a plain struct of fields: it always serialises.
        cells::field_names(&Self::default()).unwrap_or_default()
    }
}

/// What a table shows in place of a secret it cannot show whole (see `fits_whole`).
const BELOW: &str = "(below: too wide to show whole here)";

/// Lists longer than this are not built into a table (it would hold every row in memory).
pub const TABLE_MAX_ROWS: usize = 10_000;

pub struct Output {
    pub format: Format,
    pub quiet: bool,
    color: bool,
    stdout_is_terminal: bool,
}

/// A secret made by a command, printed once with the entity that owns it.
pub struct Secret<'a> {
    /// Its JSON field name: `authcode`, `installation_token`, `password`, `invitation_token`.
    pub field: &'static str,
    pub value: &'a str,
}

impl Output {
    #[must_use]
    pub fn new(format: Format, quiet: bool, no_color: bool) -> Output {
        let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let stdout_is_terminal = io::stdout().is_terminal();
        Output {
            format,
            quiet,
            color: !no_color && !no_color_env && stdout_is_terminal,
            stdout_is_terminal,
        }
    }

    fn stdout() -> BufWriter<StdoutLock<'static>> {
        BufWriter::new(io::stdout().lock())
    }

    /// One line of plain data on stdout (a path, a generated script).
    pub fn line(&self, text: &str) -> Result<()> {
        let mut out = Self::stdout();
        writeln!(out, "{text}")?;
        out.flush()?;
        Ok(())
    }

    /// Stdout for text written in pieces (an export), buffered.
    #[must_use]
    pub fn stream(&self) -> BufWriter<StdoutLock<'static>> {
        Self::stdout()
    }

    /// Raw bytes on stdout (completion scripts).
    pub fn raw(&self, bytes: &[u8]) -> Result<()> {
        let mut out = Self::stdout();
        out.write_all(bytes)?;
        out.flush()?;
        Ok(())
    }

    /// The outcome of a command that makes no entity (`db path`, `db check`): one object under
    /// `-o json`, a header and one row under `-o csv`, and `text` (if any) on a table's stdout.
    pub fn fact(&self, value: &Value, text: Option<&str>) -> Result<()> {
        let mut out = Self::stdout();
        match self.format {
            Format::Json => {
                json::to_writer(&mut out, value)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(&mut out);
                if let Value::Object(map) = value {
                    w.write_record(map.keys())?;
                    w.write_record(map.values().map(|v| csv_cell(Some(v))))?;
                }
                w.flush()?;
            }
            Format::Table => {
                if let Some(text) = text {
                    writeln!(out, "{text}")?;
                }
            }
        }
        out.flush()?;
        Ok(())
    }

    /// A message for the person at the terminal (stderr); silent with `-q`.
    pub fn note(&self, message: &str) {
        if !self.quiet {
            let _ = writeln!(io::stderr().lock(), "{}", terminal_safe(message));
        }
    }

    /// A warning (stderr), shown even with `-q`.
    pub fn warn(&self, message: &str) {
        let _ = writeln!(io::stderr().lock(), "warning: {}", terminal_safe(message));
    }

    /// Prints one entity.
    pub fn show<T: Row>(&self, row: &T, id: i64) -> Result<()> {
        self.show_with(row, id, None)
    }

    /// Prints one entity, with the secret the command just made (shown once).
    pub fn show_with<T: Row>(&self, row: &T, id: i64, secret: Option<Secret>) -> Result<()> {
        self.show_fields(row, id, secret, None)
    }

    /// Prints one entity with the secret the command made and the message that carries it
    /// (an invitation's). On a table the message itself is printed, ready to forward.
    pub fn show_with_message<T: Row>(
        &self,
        row: &T,
        id: i64,
        secret: Secret,
        message: &str,
    ) -> Result<()> {
        self.show_fields(row, id, Some(secret), Some(message))
    }

    fn show_fields<T: Row>(
        &self,
        row: &T,
        id: i64,
        secret: Option<Secret>,
        message: Option<&str>,
    ) -> Result<()> {
        let mut out = Self::stdout();
        if self.quiet {
            writeln!(out, "{id}")?;
            if let Some(s) = &secret {
                writeln!(out, "{}", s.value)?;
            }
            out.flush()?;
            return Ok(());
        }
        let mut value = serde_json::to_value(row)?;
        let mut extra: Vec<(&str, &str)> = Vec::new();
        if let Some(s) = &secret {
            extra.push((s.field, s.value));
        }
        if let Some(m) = message {
            extra.push(("message", m));
        }
        if let Value::Object(map) = &mut value {
            for (k, v) in &extra {
                map.insert((*k).to_string(), Value::String((*v).to_string()));
            }
        }
        match self.format {
            Format::Json => {
                json::to_writer(&mut out, &value)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let mut columns: Vec<&str> = T::columns();
                columns.extend(extra.iter().map(|(k, _)| *k));
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record(&columns)?;
                w.write_record(columns.iter().map(|c| csv_cell(value.get(*c))))?;
                w.flush()?;
            }
            Format::Table if message.is_some() => {
                for line in message.unwrap_or_default().lines() {
                    writeln!(out, "{}", terminal_safe(line))?;
                }
            }
            Format::Table => {
                let rows: Vec<(&String, String)> = match &value {
                    Value::Object(map) => map
                        .iter()
                        .filter(|(k, _)| !T::DEPRECATED.contains(&k.as_str()))
                        .map(|(k, v)| (k, terminal_safe(&cell(Some(v))).into_owned()))
                        .collect(),
                    _ => Vec::new(),
                };
                let build = |whole: bool| {
                    let mut table = self.table();
                    for (k, v) in &rows {
                        let text = match &secret {
                            Some(s) if !whole && s.field == k.as_str() => BELOW.to_string(),
                            _ => v.clone(),
                        };
                        table.add_row(vec![self.header_cell(k), Cell::new(text)]);
                    }
                    table
                };
                let table = build(true);
                if let Some(s) = secret.as_ref().filter(|_| !self.fits_whole(&table)) {
                    writeln!(out, "{}", build(false))?;
                    writeln!(out, "{}:\n{}", s.field, s.value)?;
                } else {
                    writeln!(out, "{table}")?;
                }
            }
        }
        out.flush()?;
        if let Some(s) = secret {
            self.note(&format!(
                "The {} is shown only this once; store it now (only its hash is kept).",
                s.field.replace('_', " ")
            ));
        }
        Ok(())
    }

    /// Whether work shows a progress bar: stderr is a terminal and not `--quiet`.
    #[must_use]
    pub fn shows_progress(&self) -> bool {
        !self.quiet && io::stderr().is_terminal()
    }

    /// Whether an apply's plan lists each entity it left unchanged (JSON and CSV do; a table
    /// and `--quiet` only count them).
    #[must_use]
    pub fn lists_unchanged(&self) -> bool {
        !self.quiet && matches!(self.format, Format::Json | Format::Csv)
    }

    /// A progress bar on stderr for `len` steps (where `shows_progress` allows one), only when
    /// the work is large enough to be worth watching.
    #[must_use]
    pub fn progress_bar(len: usize) -> Option<indicatif::ProgressBar> {
        if len < 500 {
            return None;
        }
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(u64::try_from(len).unwrap_or(u64::MAX)),
            indicatif::ProgressDrawTarget::stderr(),
        );
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} entities {elapsed}")
        {
            bar.set_style(style);
        }
        Some(bar)
    }

    /// How many rows a list should read for `limit`: a table shows at most `TABLE_MAX_ROWS`,
    /// so it reads one more (to know there are more) and stops; other formats read them all.
    #[must_use]
    pub fn rows_to_read(&self, limit: Option<i64>) -> Option<i64> {
        if self.format != Format::Table || self.quiet {
            return limit;
        }
        let most = i64::try_from(TABLE_MAX_ROWS + 1).unwrap_or(i64::MAX);
        Some(limit.map_or(most, |l| l.min(most)))
    }

    /// Starts a list of rows, written as they come (JSON and CSV stream; a table is built at
    /// the end from at most `TABLE_MAX_ROWS` rows).
    pub fn list<T: Row>(&self, id_of: fn(&T) -> i64) -> ListWriter<'_, T> {
        let sink = if self.format == Format::Csv && !self.quiet {
            Sink::Csv(Box::new(csv::Writer::from_writer(Self::stdout())))
        } else {
            Sink::Plain(Self::stdout())
        };
        ListWriter {
            output: self,
            sink,
            id_of,
            count: 0,
            table_rows: Vec::new(),
            cells: Vec::new(),
        }
    }

    /// The one rule for cells that must stay whole (secrets: a code, token or password is
    /// copied by hand, and a wrapped or shortened one is a copy mistake waiting to happen):
    /// whether `table` shows every cell whole at the terminal's width. When it cannot, the
    /// caller shows `BELOW` in the cell and prints the secret after the table, on a line of
    /// its own. Off a terminal nothing wraps, and every table fits.
    fn fits_whole(&self, table: &Table) -> bool {
        let Some(width) = self.terminal_width() else {
            return true;
        };
        let widths = table.column_max_content_widths();
        let natural: usize =
            widths.iter().map(|w| usize::from(*w)).sum::<usize>() + fit::frame(widths.len());
        natural <= width
    }

    /// The terminal's width when stdout is one (a terminal that reports 0 counts as 80).
    fn terminal_width(&self) -> Option<usize> {
        if !self.stdout_is_terminal {
            return None;
        }
        let reported = Table::new().width().map_or(0, usize::from);
        Some(if reported == 0 { 80 } else { reported })
    }

    fn table(&self) -> Table {
        let mut t = Table::new();
        if self.stdout_is_terminal {
            t.load_preset(presets::UTF8_FULL_CONDENSED);
            t.set_content_arrangement(ContentArrangement::Dynamic);
            // A terminal that reports width 0 is 80 wide, for every table (not one character
            // per column).
            if let Some(width) = self.terminal_width() {
                t.set_width(u16::try_from(width).unwrap_or(u16::MAX));
            }
        } else {
            t.load_preset(presets::ASCII_FULL_CONDENSED);
            t.force_no_tty();
        }
        t
    }

    fn header_cell(&self, text: &str) -> Cell {
        let c = Cell::new(text);
        if self.color {
            c.add_attribute(Attribute::Bold)
        } else {
            c
        }
    }

    /// Reports a failure on stderr: a JSON envelope with `-o json`, else `error:` and the hint.
    pub fn error(format: Format, color: bool, e: &Error) {
        let mut err = io::stderr().lock();
        if format == Format::Json {
            let mut body = serde_json::json!({
                "code": e.exit_code(),
                "kind": e.kind.name(),
                "message": e.detail(),
            });
            if let Some(h) = &e.hint {
                body["hint"] = Value::String(h.clone());
            }
            let text = json::to_string(&serde_json::json!({ "error": body })).unwrap_or_default();
            let _ = writeln!(err, "{text}");
            return;
        }
        let label = if color && io::stderr().is_terminal() {
            "\x1b[1;31merror:\x1b[0m"
        } else {
            "error:"
        };
        let _ = writeln!(err, "{label} {}", terminal_safe(&e.detail()));
        if let Some(h) = &e.hint {
            let _ = writeln!(err, "  hint: {}", terminal_safe(h));
        }
    }
}

/// The text of one field in a table: a list (a permission set) reads `billing, tickets`, in
/// lists, `show` and `customer view` alike.
fn cell(v: Option<&Value>) -> String {
    joined(v, LIST_SEPARATOR)
}

/// How a table joins a list's items (`customer view` too).
pub(crate) const LIST_SEPARATOR: &str = ", ";

/// The text of one field, a list's items joined with `separator`.
fn joined(v: Option<&Value>, separator: &str) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|i| joined(Some(i), separator))
            .collect::<Vec<_>>()
            .join(separator),
        Some(obj @ Value::Object(_)) => obj.to_string(),
    }
}

/// A CSV cell that a spreadsheet will not run: text starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return is prefixed with `'` (OWASP's advice against CSV injection). Numbers
/// and booleans are written as they are; names stay whatever they are in the store.
fn csv_cell(v: Option<&Value>) -> String {
    // A CSV cell keeps `;` between a list's items, as `cells.rs` writes a list's rows.
    let text = joined(v, ";");
    match v {
        Some(Value::String(_) | Value::Array(_)) => csv_safe(text),
        _ => text,
    }
}

/// `text` neutralised for a CSV cell (see `csv_cell`).
pub(crate) fn csv_safe(text: String) -> String {
    // Text changed behind the tool's back reaches a terminal through CSV too: escaped.
    let text = match terminal_safe(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(safe) => safe,
    };
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text
    }
}

enum Sink {
    Plain(BufWriter<StdoutLock<'static>>),
    Csv(Box<csv::Writer<BufWriter<StdoutLock<'static>>>>),
}

pub struct ListWriter<'a, T: Row> {
    output: &'a Output,
    sink: Sink,
    id_of: fn(&T) -> i64,
    count: usize,
    table_rows: Vec<Vec<String>>,
    /// One CSV row's cells, reused from row to row.
    cells: Vec<String>,
}

impl<T: Row> ListWriter<'_, T> {
    /// Writes (or, for a table, keeps) one row.
    pub fn row(&mut self, row: &T) -> Result<()> {
        self.count += 1;
        match &mut self.sink {
            Sink::Csv(w) => {
                if self.count == 1 {
                    w.write_record(T::columns())?;
                }
                cells::cells(row, &mut self.cells)
                    .map_err(|e| Error::failure("cannot write a CSV row").caused_by(e))?;
                w.write_record(&self.cells)?;
            }
            Sink::Plain(out) if self.output.quiet => writeln!(out, "{}", (self.id_of)(row))?,
            Sink::Plain(out) if self.output.format == Format::Json => {
                out.write_all(if self.count == 1 { b"[\n" } else { b",\n" })?;
                json::to_writer(&mut *out, row)?;
            }
            Sink::Plain(_) => {
                if self.table_rows.len() < TABLE_MAX_ROWS {
                    let value = serde_json::to_value(row)?;
                    self.table_rows.push(
                        T::TABLE
                            .iter()
                            .map(|c| terminal_safe(&cell(value.get(*c))).into_owned())
                            .collect(),
                    );
                }
            }
        }
        Ok(())
    }

    /// Ends the list; `what` names the rows in messages ("customers").
    pub fn finish(self, what: &str) -> Result<()> {
        match self.sink {
            Sink::Csv(mut w) => {
                if self.count == 0 {
                    w.write_record(T::columns())?;
                }
                w.flush()?;
            }
            Sink::Plain(mut out) => {
                if self.output.quiet {
                } else if self.output.format == Format::Json {
                    out.write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
                } else if self.count == 0 {
                    self.output.note(&format!("No {what}."));
                } else {
                    let mut table = self.output.table();
                    let (header, rows, left_out) = match self.output.terminal_width() {
                        Some(width) => {
                            let f = fit::fit(T::TABLE, &self.table_rows, width, T::KEEP);
                            (f.header, f.rows, f.left_out)
                        }
                        None => (
                            T::TABLE.iter().map(ToString::to_string).collect(),
                            self.table_rows,
                            Vec::new(),
                        ),
                    };
                    // Fitted already: never wrap a row onto a second line.
                    table.set_content_arrangement(ContentArrangement::Disabled);
                    table.set_header(header.iter().map(|h| self.output.header_cell(h)));
                    for r in rows {
                        table.add_row(r);
                    }
                    writeln!(out, "{table}")?;
                    out.flush()?;
                    if !left_out.is_empty() {
                        self.output.note(&format!(
                            "Left out for the terminal's width: {}. See every column with -o json (or -o csv), or on a wider terminal.",
                            left_out.join(", ")
                        ));
                    }
                    if self.count > TABLE_MAX_ROWS {
                        self.output.warn(&format!(
                            "showing the first {TABLE_MAX_ROWS} {what}; there are more: use --limit/--offset, or -o csv / -o json to get all of them"
                        ));
                    }
                }
                out.flush()?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells() {
        assert_eq!(cell(None), "");
        assert_eq!(cell(Some(&Value::Null)), "");
        assert_eq!(cell(Some(&serde_json::json!(true))), "true");
        assert_eq!(cell(Some(&serde_json::json!(7))), "7");
        assert_eq!(cell(Some(&serde_json::json!(["a", "b"]))), "a, b");
        assert_eq!(csv_cell(Some(&serde_json::json!(["a", "b"]))), "a;b");
    }
}
