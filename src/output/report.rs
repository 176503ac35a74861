//! The two renderings that are more than rows: `customer view` (the account as its end
//! customer sees it) and the plan of `apply`.

use std::io::Write;

use comfy_table::Cell;

use super::{Format, Output, TABLE_MAX_ROWS};
use crate::error::Result;
use crate::model::{Change, terminal_safe};

impl Output {
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
            super::json::to_writer(&mut out, v)?;
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
                Some(crate::model::Status::of(c.active).to_string()),
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
                    u.kind.to_string(),
                    terminal_safe(&u.email).into_owned(),
                    terminal_safe(u.name.as_deref().unwrap_or("")).into_owned(),
                    u.permissions.join(super::LIST_SEPARATOR),
                    u.status.to_string(),
                    if u.login { "yes" } else { "no" }.to_string(),
                ]);
            }
            writeln!(out, "{people}")?;
        }
        out.flush()?;
        Ok(())
    }

    /// Prints an apply's plan: the entities it creates, updates or deletes (a table lists the
    /// changed ones and counts the rest), and the secrets it made, shown once.
    pub fn plan(&self, r: &crate::model::Report) -> Result<()> {
        let mut out = Self::stdout();
        // The secrets made for each entity, found once (not searched for every action).
        let mut secrets: std::collections::HashMap<_, Vec<&crate::model::MadeSecret>> =
            std::collections::HashMap::new();
        for s in &r.secrets {
            secrets.entry((s.kind, s.id)).or_default().push(s);
        }
        let made = |a: &crate::model::Action| {
            a.id.and_then(|id| secrets.get(&(a.kind, id)))
                .map_or(&[][..], Vec::as_slice)
        };
        if self.quiet {
            for a in r.actions.iter().filter(|a| a.action != Change::Unchanged) {
                if let Some(id) = a.id {
                    writeln!(out, "{id}")?;
                    for s in made(a) {
                        writeln!(out, "{}", s.value)?;
                    }
                }
            }
            out.flush()?;
            return Ok(());
        }
        let changes = |a: &crate::model::Action| {
            a.changes
                .iter()
                .map(|c| format!("{}: {} → {}", c.field, change(&c.old), change(&c.new)))
                .collect::<Vec<_>>()
                .join("; ")
        };
        match self.format {
            Format::Json => {
                super::json::to_writer(&mut out, r)?;
                writeln!(out)?;
            }
            Format::Csv => {
                // Every format carries the secrets the apply made: here beside their entity.
                let mut w = csv::Writer::from_writer(&mut out);
                w.write_record([
                    "action",
                    "kind",
                    "name",
                    "id",
                    "changes",
                    "secret_field",
                    "secret",
                ])?;
                for a in &r.actions {
                    let id = a.id.map(|i| i.to_string()).unwrap_or_default();
                    let made = if matches!(a.action, Change::Create | Change::Update) {
                        made(a)
                    } else {
                        &[]
                    };
                    let fields = made.iter().map(|s| s.field).collect::<Vec<_>>().join(";");
                    let values = made
                        .iter()
                        .map(|s| s.value.as_str())
                        .collect::<Vec<_>>()
                        .join(";");
                    w.write_record([
                        a.action.to_string(),
                        a.kind.to_string(),
                        super::csv_safe(a.name.clone()),
                        id,
                        super::csv_safe(changes(a)),
                        fields,
                        values,
                    ])?;
                }
                w.flush()?;
            }
            Format::Table => {
                let touched: Vec<&crate::model::Action> = r
                    .actions
                    .iter()
                    .filter(|a| a.action != Change::Unchanged)
                    .collect();
                if touched.is_empty() {
                    // Said on stdout, where the plan would be: a script sees it as well.
                    let unchanged = r.counts.unchanged;
                    writeln!(
                        out,
                        "Nothing to change: the store already holds what the file describes ({unchanged} unchanged)."
                    )?;
                } else {
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
                    if self.fits_whole(&t) {
                        writeln!(out, "{t}")?;
                    } else {
                        // Too narrow to show a secret whole: each on a line of its own.
                        for s in &r.secrets {
                            writeln!(
                                out,
                                "{} {} {} (shown once):\n{}",
                                s.kind,
                                terminal_safe(&s.name),
                                s.field,
                                s.value
                            )?;
                        }
                    }
                }
            }
        }
        out.flush()?;
        let c = r.counts;
        if self.format == Format::Table && c.create + c.update + c.delete == 0 {
            // "Nothing to change" above is the one summary line.
            return Ok(());
        }
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
}

/// One side of a field's change in a plan: text quoted as messages quote it, a list (a
/// permission set) spelled as every table spells it.
fn change(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Array(_) => super::cell(Some(v)),
        other => other.to_string(),
    }
}

/// `#rrggbb` as red, green, blue.
fn rgb(color: &str) -> Option<(u8, u8, u8)> {
    let hex = color.strip_prefix('#')?;
    let v = u32::from_str_radix(hex, 16).ok()?;
    let [_, r, g, b] = v.to_be_bytes();
    Some((r, g, b))
}
