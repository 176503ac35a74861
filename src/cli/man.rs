//! The man pages, made from the command definitions by `clap_mangen`, with a SYNOPSIS that
//! shows each option's value (`[--db <PATH|URL>]`, not `[--db]`).

use std::collections::BTreeMap;

/// Every man page (`portalctl.1`, `portalctl-customer-create.1`, ...) by file name.
#[must_use]
pub fn pages() -> BTreeMap<String, Vec<u8>> {
    let mut cmd = super::command().disable_help_subcommand(true);
    cmd.build();
    let mut out = BTreeMap::new();
    add(&cmd, &mut out);
    out
}

fn add(cmd: &clap::Command, out: &mut BTreeMap<String, Vec<u8>>) {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        add(sub, out);
    }
    let man = clap_mangen::Man::new(cmd.clone());
    let mut page = Vec::new();
    // Writing to memory does not fail.
    let _ = man.render(&mut page);
    let page = String::from_utf8_lossy(&page).into_owned();
    out.insert(man.get_filename(), with_values(&page, cmd).into_bytes());
}

/// The page with each option of the SYNOPSIS line followed by its value name.
fn with_values(page: &str, cmd: &clap::Command) -> String {
    let mut lines: Vec<String> = page.lines().map(ToString::to_string).collect();
    let Some(at) = lines.iter().position(|l| l == ".SH SYNOPSIS") else {
        return page.to_string();
    };
    let Some(synopsis) = lines.get_mut(at + 1) else {
        return page.to_string();
    };
    for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
        let (Some(long), true) = (arg.get_long(), takes_value(arg)) else {
            continue;
        };
        let value = arg.get_value_names().and_then(|v| v.first()).map_or_else(
            || arg.get_id().as_str().to_ascii_uppercase(),
            ToString::to_string,
        );
        let flag = format!("\\fB\\-\\-{}\\fR", escape(long));
        let with = format!("{flag} \\fI<{}>\\fR", escape(&value));
        for close in ["]", ">"] {
            *synopsis = synopsis.replace(&format!("{flag}{close}"), &format!("{with}{close}"));
        }
    }
    let mut text = lines.join("\n");
    if page.ends_with('\n') {
        text.push('\n');
    }
    text
}

fn takes_value(arg: &clap::Arg) -> bool {
    arg.get_num_args().is_some_and(|r| r.takes_values())
}

/// Text as roff reads it: a hyphen is `\-`.
fn escape(text: &str) -> String {
    text.replace('-', "\\-")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_synopsis_shows_each_options_value() {
        let pages = super::pages();
        let top = String::from_utf8_lossy(&pages["portalctl.1"]).into_owned();
        let synopsis = top
            .lines()
            .skip_while(|l| *l != ".SH SYNOPSIS")
            .nth(1)
            .unwrap_or_default()
            .to_string();
        assert!(
            synopsis.contains("[\\fB\\-\\-db\\fR \\fI<PATH|URL>\\fR]"),
            "{synopsis}"
        );
        assert!(
            synopsis.contains("[\\fB\\-o\\fR|\\fB\\-\\-output\\fR \\fI<OUTPUT>\\fR]"),
            "{synopsis}"
        );
        assert!(
            synopsis.contains("[\\fB\\-q\\fR|\\fB\\-\\-quiet\\fR]"),
            "{synopsis}"
        );
        let create = String::from_utf8_lossy(&pages["portalctl-customer-create.1"]).into_owned();
        assert!(
            create.contains("\\fB\\-\\-email\\fR \\fI<EMAIL>\\fR"),
            "{create}"
        );
    }
}
