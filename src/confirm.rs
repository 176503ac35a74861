//! Confirmations before anything destructive: `--yes` skips them; without a terminal on stdin
//! the command refuses (exit 5) instead of waiting or guessing. A question is answered with
//! Enter, so a stray keypress answers nothing. Ctrl-C at a question or a hidden prompt leaves
//! the terminal as it was (cursor shown, echo on) and exits 130 with nothing changed.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::{Error, Kind, Result};
use crate::model::terminal_safe;

/// Whether a prompt holds the terminal (cursor hidden, or echo off) right now.
static PROMPTING: AtomicBool = AtomicBool::new(false);

/// Files that a Ctrl-C must not leave behind (a backup's half-written copy).
static HALF_WRITTEN: std::sync::Mutex<Vec<std::path::PathBuf>> = std::sync::Mutex::new(Vec::new());

/// Removes its file on Ctrl-C until it is dropped.
pub struct RemoveOnInterrupt(std::path::PathBuf);

/// Registers `path` to be removed if the command is interrupted while the guard lives.
pub fn remove_on_interrupt(path: std::path::PathBuf) -> RemoveOnInterrupt {
    install_interrupt_handler();
    if let Ok(mut files) = HALF_WRITTEN.lock() {
        files.push(path.clone());
    }
    RemoveOnInterrupt(path)
}

impl Drop for RemoveOnInterrupt {
    fn drop(&mut self) {
        if let Ok(mut files) = HALF_WRITTEN.lock() {
            files.retain(|f| f != &self.0);
        }
    }
}

/// The exit code of a command interrupted with Ctrl-C (128 + SIGINT).
pub const INTERRUPTED: u8 = 130;

/// Installs the Ctrl-C handler, once, when the first prompt is shown or a half-written file is
/// registered (a command that does neither starts no thread for it): remove such files, give
/// the terminal back if a prompt had it, then exit 130. An interrupted write never commits,
/// so nothing is changed.
fn install_interrupt_handler() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            if let Ok(files) = HALF_WRITTEN.lock() {
                for f in files.iter() {
                    // With the journal SQLite may keep beside it.
                    for suffix in ["", "-journal", "-wal", "-shm"] {
                        let mut name = f.clone().into_os_string();
                        name.push(suffix);
                        let _ = std::fs::remove_file(name);
                    }
                }
            }
            if PROMPTING.load(Ordering::SeqCst) {
                restore_terminal();
            }
            std::process::exit(i32::from(INTERRUPTED));
        });
    });
}

/// Shows the cursor and turns echo back on (a hidden password prompt turns it off).
fn restore_terminal() {
    let mut err = std::io::stderr();
    if err.is_terminal() {
        let _ = err.write_all(b"\x1b[?25h\n");
        let _ = err.flush();
    }
    if let Ok(tty) = std::fs::File::open("/dev/tty") {
        let _ = std::process::Command::new("stty")
            .arg("echo")
            .stdin(tty)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status();
    }
}

/// Runs a prompt, marking the terminal as held while it runs and giving it back on any error.
fn prompting<T>(
    what: &str,
    ask: impl FnOnce() -> std::result::Result<T, dialoguer::Error>,
) -> Result<T> {
    install_interrupt_handler();
    PROMPTING.store(true, Ordering::SeqCst);
    let answer = ask();
    PROMPTING.store(false, Ordering::SeqCst);
    answer.map_err(|e| {
        let _ = dialoguer::console::Term::stderr().show_cursor();
        prompt_error(what, &e)
    })
}

/// The error of a prompt that did not get an answer: Ctrl-C is exit 130, anything else 5.
pub fn prompt_error(what: &str, e: &dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = e;
    if io.kind() == std::io::ErrorKind::Interrupted {
        restore_terminal();
        return Error::new(Kind::Interrupted, "interrupted; nothing was changed");
    }
    Error::aborted(format!(
        "could not ask for the {what}: {e}; nothing was changed"
    ))
}

/// The prompt under every question: short enough never to wrap.
const CONTINUE: &str = "Continue?";

/// Asks `question` (which says exactly what goes) and returns only on a yes.
pub fn confirm(question: &str, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        let one_line = one_line(question);
        return Err(Error::aborted(format!(
            "{} Refusing to go on without a confirmation: standard input is not a terminal; nothing was changed",
            terminal_safe(&one_line)
        ))
        .with_hint("pass --yes (-y) to confirm in scripts"));
    }
    // The question is written once, as plain lines the terminal wraps; dialoguer redraws only
    // its short prompt line, so a question wider than the terminal is never drawn twice.
    let term = dialoguer::console::Term::stderr();
    let answer = prompting("confirmation", || {
        for line in question.lines() {
            term.write_line(&terminal_safe(line))?;
        }
        dialoguer::Confirm::new()
            .with_prompt(CONTINUE)
            .default(false)
            .wait_for_newline(true)
            .interact_on(&term)
    })?;
    if answer {
        Ok(())
    } else {
        Err(Error::aborted("aborted; nothing was changed"))
    }
}

/// A question of several lines (its first line, the entities it names one a line, its last
/// line) as one line for a message: "Delete ...: a, b and 3 more. This cannot be undone."
fn one_line(question: &str) -> String {
    let lines: Vec<&str> = question.lines().map(str::trim).collect();
    match lines.as_slice() {
        [first, named @ .., last] if !named.is_empty() => {
            format!("{first} {}. {last}", named.join(", "))
        }
        _ => lines.join(" "),
    }
}

/// A hidden prompt for a secret (echo off while it is typed).
/// Asks for a new password twice, hidden, until both agree.
pub fn new_password(what: &str) -> Result<String> {
    prompting(what, || {
        dialoguer::Password::new()
            .with_prompt(what)
            .with_confirmation("Repeat it", "The two did not match; try again.")
            .interact()
    })
}

pub fn password(what: &str) -> Result<String> {
    prompting(what, || {
        dialoguer::Password::new()
            .with_prompt(what)
            .allow_empty_password(true)
            .interact()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_question_of_several_lines_reads_as_one_in_a_message() {
        assert_eq!(
            super::one_line(
                "Delete 2 sites:\n  site A (id 1)\n  site B (id 2)\nThis cannot be undone."
            ),
            "Delete 2 sites: site A (id 1), site B (id 2). This cannot be undone."
        );
        assert_eq!(
            super::one_line("Delete it? This cannot be undone."),
            "Delete it? This cannot be undone."
        );
    }
}
