//! The messages people receive (an invitation, a password reset): composed from the config's
//! `[messages]` templates or the built-in wording, and piped to `mail_command` after the
//! commit. Every value put into a message is made safe where it leaves: a header value loses
//! line breaks and control characters (a name changed behind the tool's back cannot add a
//! `Bcc:`), a body value has them escaped.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::model::{is_forbidden_char, terminal_safe};

/// The placeholders a template may use.
pub const PLACEHOLDERS: [&str; 6] = [
    "customer",
    "partner",
    "permissions",
    "token",
    "portal_url",
    "expires_at",
];

/// What a template's placeholders stand for.
#[derive(Debug, Default)]
pub struct Vars<'a> {
    pub customer: &'a str,
    pub partner: &'a str,
    pub permissions: &'a str,
    pub token: &'a str,
    pub portal_url: &'a str,
    pub expires_at: &'a str,
}

impl Vars<'_> {
    fn get(&self, name: &str) -> Option<&str> {
        Some(match name {
            "customer" => self.customer,
            "partner" => self.partner,
            "permissions" => self.permissions,
            "token" => self.token,
            "portal_url" => self.portal_url,
            "expires_at" => self.expires_at,
            _ => return None,
        })
    }
}

/// One piece of a template: text as written, or a placeholder's name.
enum Piece<'a> {
    Text(&'a str),
    Brace(char),
    Var(&'a str),
}

/// Splits a template into its pieces; `{{` and `}}` are literal braces. `Err` names the first
/// placeholder that is not one of `PLACEHOLDERS` (or an unclosed `{`).
fn pieces(template: &str) -> std::result::Result<Vec<Piece<'_>>, String> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(at) = rest.find(['{', '}']) {
        out.push(Piece::Text(&rest[..at]));
        let tail = &rest[at..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push(Piece::Brace(tail.as_bytes()[0].into()));
            rest = &tail[2..];
            continue;
        }
        if tail.starts_with('}') {
            return Err("a lone `}` (write `}}` for a brace)".into());
        }
        let Some(end) = tail.find('}') else {
            return Err("an unclosed `{` (write `{{` for a brace)".into());
        };
        let name = &tail[1..end];
        if !PLACEHOLDERS.contains(&name) {
            let shown: String = name.chars().take(40).collect();
            return Err(format!(
                "an unknown placeholder {{{}}}",
                terminal_safe(&shown)
            ));
        }
        out.push(Piece::Var(name));
        rest = &tail[end + 1..];
    }
    out.push(Piece::Text(rest));
    Ok(out)
}

/// Checks a `[messages]` template: every placeholder known.
pub fn check_template(which: &str, template: &str) -> Result<()> {
    pieces(template).map(|_| ()).map_err(|why| {
        Error::usage(format!(
            "the config's [messages] {which} template has {why}"
        ))
        .with_hint(format!(
            "a template may use {}",
            PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(" ")
        ))
    })
}

/// The body: the template with each placeholder replaced by its value (made safe).
#[must_use]
pub fn render(template: &str, vars: &Vars) -> String {
    let Ok(pieces) = pieces(template) else {
        // Checked when the config was read.
        return template.to_string();
    };
    let mut out = String::with_capacity(template.len() + 64);
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Brace(c) => out.push(c),
            Piece::Var(name) => out.push_str(&body_safe(vars.get(name).unwrap_or_default())),
        }
    }
    out
}

/// A value for a message body: control, bidirectional and invisible characters escaped.
fn body_safe(value: &str) -> std::borrow::Cow<'_, str> {
    terminal_safe(value)
}

/// A header value: one line, no control or invisible characters (each becomes `?`).
#[must_use]
pub fn header_safe(value: &str) -> String {
    value
        .chars()
        .map(|c| if is_forbidden_char(c) { '?' } else { c })
        .collect()
}

/// A whole message: `To:` and `Subject:` headers (made safe), a blank line, the body.
#[must_use]
pub fn compose(to: &str, subject: &str, body: &str) -> String {
    let mut text = format!(
        "To: {}\nSubject: {}\n\n{}",
        header_safe(to),
        header_safe(subject),
        body
    );
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// The environment variables a mail command never sees: the database's credentials and where
/// it is.
const HIDDEN_FROM_MAIL: [&str; 4] = ["PGPASSWORD", "PGPASSFILE", "PORTALCTL_DB", "DATABASE_URL"];

/// Delivers a composed message through the config's `mail_command`: `Ok(true)` once the command
/// took it, `Ok(false)` when no command is set (the caller prints the message), `Err` saying why
/// the command failed.
pub fn deliver(config: &Config, text: &str) -> std::result::Result<bool, String> {
    let Some(cmd) = config
        .mail_command
        .as_deref()
        .filter(|c| !c.trim().is_empty())
    else {
        return Ok(false);
    };
    let timeout = Duration::from_millis(u64::from(config.mail_timeout_ms()));
    pipe(cmd, text, timeout).map(|()| true)
}

/// Pipes `text` to `cmd` through `sh -c` and waits at most `timeout` for it. `Err` says why
/// it failed (its exit status, or the timeout).
pub fn pipe(cmd: &str, text: &str, timeout: Duration) -> std::result::Result<(), String> {
    use std::os::unix::process::CommandExt;
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(cmd)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        // Its own process group, so a timeout stops everything the command started.
        .process_group(0);
    for var in HIDDEN_FROM_MAIL {
        command.env_remove(var);
    }
    let mut child = command
        .spawn()
        .map_err(|e| format!("it could not be started: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        // A command that exits without reading is judged by its exit status below.
        let _ = stdin.write_all(text.as_bytes());
    }
    let deadline = Instant::now() + timeout;
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => return Err(format!("it failed ({status})")),
            Ok(None) if Instant::now() >= deadline => {
                let _ = Command::new("kill")
                    .args(["-KILL", "--", &format!("-{}", child.id())])
                    .stderr(Stdio::null())
                    .status();
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "it did not finish within {} ms and was stopped",
                    timeout.as_millis()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(format!("waiting for it failed: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_replaced_and_braces_kept() {
        let vars = Vars {
            customer: "Acme",
            token: "AAAA-BBBB",
            ..Vars::default()
        };
        assert_eq!(
            render("{{x}} {customer}: {token}{partner}.", &vars),
            "{x} Acme: AAAA-BBBB."
        );
    }

    #[test]
    fn an_unknown_placeholder_is_named() {
        let e = check_template("reset", "Hi {name}, {token}").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("{name}"), "{e}");
        assert!(check_template("reset", "a { b").is_err());
        assert!(check_template("reset", "a } b").is_err());
        assert!(check_template("reset", "{token} {{literal}}").is_ok());
    }

    #[test]
    fn values_cannot_break_out_of_a_header_or_reach_a_terminal_raw() {
        let text = compose("a@b.example", "X\nBcc: evil@x.example", "body");
        assert_eq!(text.lines().filter(|l| l.starts_with("Bcc")).count(), 0);
        assert!(text.starts_with("To: a@b.example\nSubject: X?Bcc: evil@x.example\n\n"));
        let body = render(
            "{customer}",
            &Vars {
                customer: "A\u{1b}[31m\u{202e}",
                ..Vars::default()
            },
        );
        assert!(
            !body.contains('\u{1b}') && !body.contains('\u{202e}'),
            "{body:?}"
        );
    }
}
