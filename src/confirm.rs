//! Confirmations before anything destructive: `--yes` skips them; without a terminal on stdin
//! the command refuses (exit 5) instead of waiting or guessing.

use std::io::IsTerminal;

use crate::error::{Error, Result};
use crate::model::terminal_safe;

/// Asks `question` (which says exactly what goes) and returns only on a yes.
pub fn confirm(question: &str, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !std::io::stdin().is_terminal() {
        return Err(Error::aborted(format!(
            "{} Refusing to go on without a confirmation: standard input is not a terminal; nothing was changed",
            terminal_safe(question)
        ))
        .with_hint("pass --yes (-y) to confirm in scripts"));
    }
    let answer = dialoguer::Confirm::new()
        .with_prompt(terminal_safe(question))
        .default(false)
        .interact_on(&dialoguer::console::Term::stderr())
        .map_err(|e| {
            Error::aborted(format!(
                "could not ask for confirmation: {e}; nothing was changed"
            ))
        })?;
    if answer {
        Ok(())
    } else {
        Err(Error::aborted("aborted; nothing was changed"))
    }
}
