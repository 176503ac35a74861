//! Everything portalctl prints. stdout carries data only (tables, JSON, CSV, ids, secrets);
//! messages, prompts and progress go to stderr, so `-o json | jq` always works. Colour is
//! decided once here, and user text is escaped before it reaches a terminal.

use std::io::{self, BufWriter, IsTerminal, StdoutLock, Write};

use comfy_table::{Attribute, Cell, ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::model::terminal_safe;

/// The `--output` formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned tables for people.
    Table,
    /// JSON: an object for one entity, an array for lists.
    Json,
    /// CSV with a header row.
    Csv,
}

/// A type printed as rows: `COLUMNS` are all its fields in order (the CSV header), `TABLE` the
/// columns a list table shows a person.
pub trait Row: Serialize {
    const COLUMNS: &'static [&'static str];
    const TABLE: &'static [&'static str];
}

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

    /// Raw bytes on stdout (completion scripts).
    pub fn raw(&self, bytes: &[u8]) -> Result<()> {
        let mut out = Self::stdout();
        out.write_all(bytes)?;
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
                serde_json::to_writer_pretty(&mut out, &value)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let mut columns: Vec<&str> = T::COLUMNS.to_vec();
                columns.extend(extra.iter().map(|(k, _)| *k));
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record(&columns)?;
                w.write_record(columns.iter().map(|c| cell(value.get(*c))))?;
                w.flush()?;
            }
            Format::Table if message.is_some() => {
                for line in message.unwrap_or_default().lines() {
                    writeln!(out, "{}", terminal_safe(line))?;
                }
            }
            Format::Table => {
                let mut table = self.table();
                if let Value::Object(map) = &value {
                    for (k, v) in map {
                        table.add_row(vec![
                            self.header_cell(k),
                            Cell::new(terminal_safe(&cell(Some(v)))),
                        ]);
                    }
                }
                writeln!(out, "{table}")?;
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

    /// Renders `customer view`: JSON as the structure itself; a table as the portal would
    /// look, with the brand colour as a swatch on a colour terminal.
    pub fn view(&self, v: &crate::model::CustomerView) -> Result<()> {
        let mut out = Self::stdout();
        if self.quiet {
            writeln!(out, "{}", v.customer.id)?;
            out.flush()?;
            return Ok(());
        }
        if self.format != Format::Table {
            serde_json::to_writer_pretty(&mut out, v)?;
            writeln!(out)?;
            out.flush()?;
            return Ok(());
        }
        let b = &v.branding;
        let swatch = match (&b.primary_color, self.color) {
            (Some(c), true) => rgb(c).map_or_else(String::new, |(r, g, bl)| {
                format!("\x1b[38;2;{r};{g};{bl}m\u{2588}\u{2588}\x1b[0m ")
            }),
            _ => String::new(),
        };
        writeln!(out, "{swatch}{}", terminal_safe(&b.display_name))?;
        if let Some(banner) = &v.banner {
            let text = if self.color {
                format!("\x1b[1;41;97m {banner} \x1b[0m")
            } else {
                format!("!! {banner}")
            };
            writeln!(out, "{text}")?;
        }
        let mut about = self.table();
        let c = &v.customer;
        let rows: [(&str, Option<String>); 7] = [
            ("customer", Some(format!("{} (id {})", c.name, c.id))),
            ("partner", c.partner.clone()),
            ("primary colour", b.primary_color.clone()),
            ("logo", b.logo_url.clone()),
            ("support", b.support_email.clone()),
            ("portal link", b.portal_link.clone()),
            (
                "status",
                Some(if c.active { "active" } else { "inactive" }.to_string()),
            ),
        ];
        for (k, val) in rows {
            about.add_row(vec![
                self.header_cell(k),
                Cell::new(terminal_safe(val.as_deref().unwrap_or("-"))),
            ]);
        }
        writeln!(out, "{about}")?;

        writeln!(out, "\nPortal doors")?;
        let mut doors = self.table();
        doors.set_header(
            ["door", "open", "needs probe token", "code", "why closed"]
                .map(|h| self.header_cell(h)),
        );
        for d in &v.doors {
            let name = match &d.site {
                Some(s) => format!("site {s}"),
                None => "customer".to_string(),
            };
            doors.add_row(vec![
                terminal_safe(&name).into_owned(),
                if d.open { "open" } else { "closed" }.to_string(),
                if d.needs_installation_token {
                    "yes"
                } else {
                    "no"
                }
                .to_string(),
                d.code_last4
                    .as_deref()
                    .map_or_else(|| "-".into(), |l| format!("…{l}")),
                d.closed_because.clone().unwrap_or_default(),
            ]);
        }
        writeln!(out, "{doors}")?;

        writeln!(out, "\nSites")?;
        if v.sites.is_empty() {
            writeln!(out, "(none)")?;
        } else {
            let mut sites = self.table();
            sites.set_header(
                ["site", "address", "portal", "installation level", "probes"]
                    .map(|h| self.header_cell(h)),
            );
            for s in &v.sites {
                sites.add_row(vec![
                    terminal_safe(&s.name).into_owned(),
                    terminal_safe(s.address.as_deref().unwrap_or("")).into_owned(),
                    if s.portal { "enabled" } else { "disabled" }.to_string(),
                    if s.installation_level { "yes" } else { "no" }.to_string(),
                    terminal_safe(
                        &s.probes
                            .iter()
                            .map(|p| p.name.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    )
                    .into_owned(),
                ]);
            }
            writeln!(out, "{sites}")?;
        }

        writeln!(out, "\nPeople")?;
        if v.users.is_empty() {
            writeln!(out, "(none)")?;
        } else {
            let mut people = self.table();
            people.set_header(
                ["kind", "email", "name", "permissions", "status", "login"]
                    .map(|h| self.header_cell(h)),
            );
            for u in &v.users {
                people.add_row(vec![
                    u.kind.clone(),
                    terminal_safe(&u.email).into_owned(),
                    terminal_safe(u.name.as_deref().unwrap_or("")).into_owned(),
                    u.permissions.join(", "),
                    u.status.clone(),
                    if u.login { "yes" } else { "no" }.to_string(),
                ]);
            }
            writeln!(out, "{people}")?;
        }
        out.flush()?;
        Ok(())
    }

    /// A progress bar on stderr for `len` steps, only when stderr is a terminal and the work is
    /// large enough to be worth watching.
    #[must_use]
    pub fn progress(&self, len: usize) -> Option<indicatif::ProgressBar> {
        if self.quiet || len < 500 || !io::stderr().is_terminal() {
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

    /// Prints an apply's plan: the entities it creates, updates or deletes (a table lists the
    /// changed ones and counts the rest), and the secrets it made, shown once.
    pub fn plan(&self, r: &crate::model::Report) -> Result<()> {
        let mut out = Self::stdout();
        if self.quiet {
            let mut secrets: std::collections::HashMap<(&str, i64), Vec<&str>> =
                std::collections::HashMap::new();
            for s in &r.secrets {
                secrets.entry((s.kind, s.id)).or_default().push(&s.value);
            }
            for a in r.actions.iter().filter(|a| a.action != "unchanged") {
                if let Some(id) = a.id {
                    writeln!(out, "{id}")?;
                    for value in secrets.get(&(a.kind, id)).into_iter().flatten() {
                        writeln!(out, "{value}")?;
                    }
                }
            }
            out.flush()?;
            return Ok(());
        }
        let changes = |a: &crate::model::Action| {
            a.changes
                .iter()
                .map(|c| format!("{}: {} → {}", c.field, c.old, c.new))
                .collect::<Vec<_>>()
                .join("; ")
        };
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, r)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record(["action", "kind", "name", "id", "changes"])?;
                for a in &r.actions {
                    let id = a.id.map(|i| i.to_string()).unwrap_or_default();
                    w.write_record([
                        a.action,
                        a.kind,
                        a.name.as_str(),
                        id.as_str(),
                        changes(a).as_str(),
                    ])?;
                }
                w.flush()?;
            }
            Format::Table => {
                let touched: Vec<&crate::model::Action> = r
                    .actions
                    .iter()
                    .filter(|a| a.action != "unchanged")
                    .collect();
                if !touched.is_empty() {
                    let mut t = self.table();
                    t.set_header(
                        ["action", "kind", "name", "changes"].map(|h| self.header_cell(h)),
                    );
                    for a in touched.iter().take(TABLE_MAX_ROWS) {
                        t.add_row(vec![
                            a.action.to_string(),
                            a.kind.to_string(),
                            terminal_safe(&a.name).into_owned(),
                            terminal_safe(&changes(a)).into_owned(),
                        ]);
                    }
                    writeln!(out, "{t}")?;
                }
                if !r.secrets.is_empty() {
                    let mut t = self.table();
                    t.set_header(
                        ["kind", "name", "secret", "value (shown once)"]
                            .map(|h| self.header_cell(h)),
                    );
                    for s in &r.secrets {
                        t.add_row(vec![
                            s.kind.to_string(),
                            terminal_safe(&s.name).into_owned(),
                            s.field.to_string(),
                            s.value.clone(),
                        ]);
                    }
                    writeln!(out, "{t}")?;
                }
            }
        }
        out.flush()?;
        let c = r.counts;
        self.note(&if r.dry_run {
            format!(
                "Plan (nothing was written): {} to create, {} to update, {} to delete, {} unchanged.",
                c.create, c.update, c.delete, c.unchanged
            )
        } else {
            format!(
                "Applied: {} created, {} updated, {} deleted, {} unchanged.",
                c.create, c.update, c.delete, c.unchanged
            )
        });
        if !r.secrets.is_empty() {
            self.note("The secrets above are shown only this once; store them now.");
        }
        Ok(())
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
        }
    }

    fn table(&self) -> Table {
        let mut t = Table::new();
        if self.stdout_is_terminal {
            t.load_preset(presets::UTF8_FULL_CONDENSED);
            t.set_content_arrangement(ContentArrangement::Dynamic);
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
                "message": e.message,
            });
            if let Some(h) = &e.hint {
                body["hint"] = Value::String(h.clone());
            }
            let _ = writeln!(err, "{}", serde_json::json!({ "error": body }));
            return;
        }
        let label = if color && io::stderr().is_terminal() {
            "\x1b[1;31merror:\x1b[0m"
        } else {
            "error:"
        };
        let _ = writeln!(err, "{label} {}", terminal_safe(&e.message));
        if let Some(h) = &e.hint {
            let _ = writeln!(err, "  hint: {}", terminal_safe(h));
        }
    }

    /// Whether colour may be used (stdout is a terminal, no `NO_COLOR`, no `--no-color`).
    #[must_use]
    pub fn color(&self) -> bool {
        self.color
    }
}

/// `#rrggbb` as red, green, blue.
fn rgb(color: &str) -> Option<(u8, u8, u8)> {
    let hex = color.strip_prefix('#')?;
    let v = u32::from_str_radix(hex, 16).ok()?;
    let [_, r, g, b] = v.to_be_bytes();
    Some((r, g, b))
}

/// The text of one field in a table or CSV cell.
fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|i| cell(Some(i)))
            .collect::<Vec<_>>()
            .join(";"),
        Some(obj @ Value::Object(_)) => obj.to_string(),
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
}

impl<T: Row> ListWriter<'_, T> {
    /// Writes (or, for a table, keeps) one row.
    pub fn row(&mut self, row: &T) -> Result<()> {
        self.count += 1;
        match &mut self.sink {
            Sink::Csv(w) => {
                let value = serde_json::to_value(row)?;
                if self.count == 1 {
                    w.write_record(T::COLUMNS)?;
                }
                w.write_record(T::COLUMNS.iter().map(|c| cell(value.get(*c))))?;
            }
            Sink::Plain(out) if self.output.quiet => writeln!(out, "{}", (self.id_of)(row))?,
            Sink::Plain(out) if self.output.format == Format::Json => {
                out.write_all(if self.count == 1 { b"[\n" } else { b",\n" })?;
                serde_json::to_writer(&mut *out, row)?;
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
                    w.write_record(T::COLUMNS)?;
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
                    table.set_header(T::TABLE.iter().map(|h| self.output.header_cell(h)));
                    for r in self.table_rows {
                        table.add_row(r);
                    }
                    writeln!(out, "{table}")?;
                    if self.count > TABLE_MAX_ROWS {
                        self.output.warn(&format!(
                            "showing the first {TABLE_MAX_ROWS} of {} {what}; use --limit/--offset, or -o csv / -o json to get all of them",
                            self.count
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
        assert_eq!(cell(Some(&serde_json::json!(["a", "b"]))), "a;b");
    }
}

// The entity rows: every field (CSV header) and the columns a list table shows.

use crate::model::{AuditEntry, Customer, Partner, Probe, Site};

impl Row for Partner {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "email",
        "portal_url",
        "created_at",
        "updated_at",
    ];
    const TABLE: &'static [&'static str] = &["id", "name", "email", "portal_url"];
}

impl Row for Customer {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "partner_id",
        "partner",
        "name",
        "email",
        "workflow",
        "active",
        "portal",
        "display_name",
        "logo_url",
        "primary_color",
        "support_email",
        "created_at",
        "updated_at",
    ];
    const TABLE: &'static [&'static str] = &[
        "id", "partner", "name", "email", "workflow", "active", "portal",
    ];
}

impl Row for Site {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "customer_id",
        "customer",
        "name",
        "address",
        "portal",
        "installation_level",
        "created_at",
        "updated_at",
    ];
    const TABLE: &'static [&'static str] = &[
        "id",
        "customer",
        "name",
        "address",
        "portal",
        "installation_level",
    ];
}

impl Row for Probe {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "serial",
        "site_id",
        "site",
        "customer_id",
        "customer",
        "token_issued_at",
        "created_at",
        "updated_at",
    ];
    const TABLE: &'static [&'static str] = &["id", "name", "serial", "customer", "site"];
}

impl Row for AuditEntry {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "at",
        "actor",
        "action",
        "entity",
        "entity_id",
        "entity_name",
        "changes",
    ];
    const TABLE: &'static [&'static str] = &[
        "at",
        "actor",
        "action",
        "entity",
        "entity_id",
        "entity_name",
        "changes",
    ];
}

#[cfg(test)]
mod row_tests {
    use super::*;

    fn keys<T: Serialize>(row: &T) -> Vec<String> {
        match serde_json::to_value(row).unwrap() {
            Value::Object(m) => m.keys().cloned().collect(),
            _ => panic!("not an object"),
        }
    }

    pub(super) fn check<T: Row + Default>() {
        let k = keys(&T::default());
        assert_eq!(
            k,
            T::COLUMNS,
            "COLUMNS must list every serialised field in order"
        );
        for t in T::TABLE {
            assert!(T::COLUMNS.contains(t), "table column {t} is not a field");
        }
    }

    #[test]
    fn columns_match_the_serialised_fields() {
        check::<Partner>();
        check::<Customer>();
        check::<Site>();
        check::<Probe>();
        check::<AuditEntry>();
    }
}

use crate::model::{Access, Contact};

impl Row for Contact {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "kind",
        "customer_id",
        "customer",
        "account_id",
        "user_id",
        "email",
        "name",
        "phone",
        "contact_type",
        "permissions",
        "status",
        "login",
        "created_at",
        "updated_at",
    ];
    const TABLE: &'static [&'static str] = &[
        "kind",
        "account_id",
        "user_id",
        "email",
        "name",
        "contact_type",
        "permissions",
        "created_at",
        "status",
    ];
}

impl Row for Access {
    const COLUMNS: &'static [&'static str] = &[
        "account_id",
        "customer",
        "partner",
        "kind",
        "user_id",
        "permissions",
        "status",
        "customer_active",
    ];
    const TABLE: &'static [&'static str] = &[
        "account_id",
        "customer",
        "partner",
        "kind",
        "permissions",
        "status",
        "customer_active",
    ];
}

#[cfg(test)]
mod people_row_tests {
    use super::row_tests::check;

    #[test]
    fn columns_match_the_serialised_fields() {
        check::<super::Contact>();
        check::<super::Access>();
    }
}

use crate::model::{CodeStatus, Opened};

impl Row for CodeStatus {
    const COLUMNS: &'static [&'static str] = &[
        "scope",
        "customer_id",
        "customer",
        "site_id",
        "site",
        "probe_id",
        "probe",
        "portal",
        "installation_level",
        "code_in_force",
        "last4",
        "issued_at",
        "portal_link",
    ];
    const TABLE: &'static [&'static str] = &[
        "scope",
        "customer",
        "site",
        "probe",
        "portal",
        "installation_level",
        "code_in_force",
        "last4",
        "issued_at",
    ];
}

impl Row for Opened {
    const COLUMNS: &'static [&'static str] = &[
        "scope",
        "customer_id",
        "customer",
        "site_id",
        "site",
        "probe_id",
        "probe",
    ];
    const TABLE: &'static [&'static str] = Self::COLUMNS;
}

#[cfg(test)]
mod portal_row_tests {
    use super::row_tests::check;

    #[test]
    fn columns_match_the_serialised_fields() {
        check::<super::CodeStatus>();
        check::<super::Opened>();
    }
}

use crate::model::Invitation;

impl Row for Invitation {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "customer_id",
        "customer",
        "email",
        "permissions",
        "status",
        "expires_at",
        "guest_id",
        "created_at",
        "updated_at",
    ];
    const TABLE: &'static [&'static str] = &[
        "id",
        "customer",
        "email",
        "permissions",
        "status",
        "expires_at",
    ];
}

#[cfg(test)]
mod invitation_row_tests {
    #[test]
    fn columns_match_the_serialised_fields() {
        super::row_tests::check::<super::Invitation>();
    }
}
