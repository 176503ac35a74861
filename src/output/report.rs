//! The two renderings that are more than rows: `customer view` (the account as its end
//! customer sees it) and the plan of `apply`.

use std::collections::HashMap;
use std::io::Write;

use comfy_table::Cell;

use super::{Format, Output, TABLE_MAX_ROWS};
use crate::error::Result;
use crate::model::{Action, Change, CustomerView, Entity, MadeSecret, Report, terminal_safe};

impl Output {
    /// Renders `customer view`: JSON as the structure itself; a table as the portal would
    /// look, with the brand colour as a swatch on a colour terminal.
    pub fn view(&self, v: &CustomerView) -> Result<()> {
        let mut out = Self::stdout();
        if self.quiet {
            writeln!(out, "{}", v.customer.id)?;
        } else if self.format != Format::Table {
            super::json::to_writer(&mut out, v)?;
            writeln!(out)?;
        } else {
            self.view_account(&mut out, v)?;
            self.view_doors(&mut out, v)?;
            self.view_sites(&mut out, v)?;
            self.view_people(&mut out, v)?;
        }
        out.flush()?;
        Ok(())
    }

    /// The view's heading: the brand name (with its swatch), a banner, and the account.
    fn view_account(&self, out: &mut impl Write, v: &CustomerView) -> Result<()> {
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
        Ok(())
    }

    /// The view's portal doors: open or closed, and why.
    fn view_doors(&self, out: &mut impl Write, v: &CustomerView) -> Result<()> {
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
        Ok(())
    }

    /// The view's sites, with their probes.
    fn view_sites(&self, out: &mut impl Write, v: &CustomerView) -> Result<()> {
        writeln!(out, "\nSites")?;
        if v.sites.is_empty() {
            writeln!(out, "(none)")?;
            return Ok(());
        }
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
        Ok(())
    }

    /// The view's people: contacts and guests.
    fn view_people(&self, out: &mut impl Write, v: &CustomerView) -> Result<()> {
        writeln!(out, "\nPeople")?;
        if v.users.is_empty() {
            writeln!(out, "(none)")?;
            return Ok(());
        }
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
                u.permissions.to_string(),
                u.status.to_string(),
                if u.login { "yes" } else { "no" }.to_string(),
            ]);
        }
        writeln!(out, "{people}")?;
        Ok(())
    }

    /// Prints an apply's plan: the entities it creates, updates or deletes (a table lists the
    /// changed ones and counts the rest), and the secrets it made, shown once.
    pub fn plan(&self, r: &Report) -> Result<()> {
        let mut out = Self::stdout();
        let made = Made::of(r);
        if self.quiet {
            for a in r.actions.iter().filter(|a| a.action != Change::Unchanged) {
                if let Some(id) = a.id {
                    writeln!(out, "{id}")?;
                    for s in made.by(a) {
                        writeln!(out, "{}", s.value)?;
                    }
                }
            }
            out.flush()?;
            return Ok(());
        }
        match self.format {
            Format::Json => {
                super::json::to_writer(&mut out, r)?;
                writeln!(out)?;
            }
            Format::Csv => plan_csv(&mut out, r, &made)?,
            Format::Table => {
                self.plan_changes(&mut out, r)?;
                self.plan_secrets(&mut out, r)?;
            }
        }
        out.flush()?;
        self.plan_summary(r);
        Ok(())
    }

    /// The plan's table of what changes (or the one line saying nothing does).
    fn plan_changes(&self, out: &mut impl Write, r: &Report) -> Result<()> {
        let touched: Vec<&Action> = r
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
            return Ok(());
        }
        let mut t = self.table();
        t.set_header(["action", "kind", "name", "changes"].map(|h| self.header_cell(h)));
        for a in touched.iter().take(TABLE_MAX_ROWS) {
            t.add_row(vec![
                a.action.to_string(),
                a.kind.to_string(),
                terminal_safe(&a.name).into_owned(),
                terminal_safe(&changes(a)).into_owned(),
            ]);
        }
        writeln!(out, "{t}")?;
        Ok(())
    }

    /// The plan's table of the secrets it made (each on a line of its own where a table
    /// cannot show them whole).
    fn plan_secrets(&self, out: &mut impl Write, r: &Report) -> Result<()> {
        if r.secrets.is_empty() {
            return Ok(());
        }
        let mut t = self.table();
        t.set_header(["kind", "name", "secret", "value (shown once)"].map(|h| self.header_cell(h)));
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
        Ok(())
    }

    /// The plan's closing note: the counts, and the reminder that secrets are shown once.
    fn plan_summary(&self, r: &Report) {
        let c = r.counts;
        if self.format == Format::Table && c.create + c.update + c.delete == 0 {
            // "Nothing to change" above is the one summary line.
            return;
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
    }
}

/// The secrets a plan made, by entity (found once, not searched for every action).
struct Made<'a>(HashMap<(Entity, i64), Vec<&'a MadeSecret>>);

impl<'a> Made<'a> {
    fn of(r: &'a Report) -> Self {
        let mut secrets: HashMap<_, Vec<&MadeSecret>> = HashMap::new();
        for s in &r.secrets {
            secrets.entry((s.kind, s.id)).or_default().push(s);
        }
        Made(secrets)
    }

    /// The secrets made for the entity of `a`.
    fn by(&self, a: &Action) -> &[&'a MadeSecret] {
        a.id.and_then(|id| self.0.get(&(a.kind, id)))
            .map_or(&[][..], Vec::as_slice)
    }
}

/// The plan as CSV: every format carries the secrets the apply made, here beside their entity.
fn plan_csv(out: &mut impl Write, r: &Report, made: &Made) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
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
            made.by(a)
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
    Ok(())
}

/// An action's changed fields, `field: old → new`, separated by `; `.
fn changes(a: &Action) -> String {
    a.changes
        .iter()
        .map(|c| format!("{}: {} → {}", c.field, change(&c.old), change(&c.new)))
        .collect::<Vec<_>>()
        .join("; ")
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
