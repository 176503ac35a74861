//! Shell completion that knows the tree: `clap_complete`'s dynamic engine completes verbs and
//! flags, and every argument that names an entity (a customer, partner, site, probe, contact
//! or invitation) is offered the names in the store that `--db` / `PORTALCTL_DB` names.
//!
//! The committed files under `completions/` (and `portalctl completions SHELL`) are the shells'
//! registration scripts: at each Tab they call `portalctl` with `PORTALCTL_COMPLETE` set to the
//! shell's name and the words typed so far. Completion only reads: it never creates a store,
//! never prompts, never waits long for a lock, and never prints an error (it offers nothing
//! instead).

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;
use std::sync::OnceLock;

use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use clap_complete::env::CompleteEnv;

use crate::store::names::{self, Kind};

/// The environment variable the registration scripts set to the shell's name.
pub const VAR: &str = "PORTALCTL_COMPLETE";

/// How long a completion waits for another process's write lock before offering nothing.
const BUSY_TIMEOUT_MS: u32 = 50;

/// What the shell's request says beyond the words clap completes.
struct Request {
    /// `--db` among the words typed, else `PORTALCTL_DB`.
    db: Option<PathBuf>,
    /// Bash inserts a candidate as it is: names with spaces are escaped for it.
    bash: bool,
    /// The words typed so far, for the flags that narrow what is offered.
    words: Vec<String>,
}

static REQUEST: OnceLock<Request> = OnceLock::new();

/// Answers the shell when it asks for completions (`PORTALCTL_COMPLETE` is set) and returns
/// true; returns false, doing nothing, on an ordinary run.
pub fn answer(args: &[OsString]) -> bool {
    let Some(shell) = std::env::var_os(VAR).filter(|v| !v.is_empty() && v != "0") else {
        return false;
    };
    let words: Vec<String> = args
        .iter()
        .skip_while(|a| *a != "--")
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let db = flag_value(&words, "--db").map(PathBuf::from).or_else(|| {
        std::env::var_os("PORTALCTL_DB")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    });
    let _ = REQUEST.set(Request {
        db,
        bash: shell == "bash",
        words,
    });
    let cwd = std::env::current_dir().ok();
    // An error (an unknown shell name, say) offers nothing rather than printing it.
    let _ = env().try_complete(args.iter().cloned(), cwd.as_deref());
    true
}

/// The registration script of `shell`, as `portalctl completions SHELL` prints it.
pub fn registration(shell: clap_complete::Shell) -> Vec<u8> {
    let mut script = Vec::new();
    let name = shell.to_string();
    if let Some(s) = clap_complete::env::Shells::builtins().completer(&name) {
        let _ = s.write_registration(VAR, "portalctl", "portalctl", "portalctl", &mut script);
    }
    script
}

fn env() -> CompleteEnv<'static, fn() -> clap::Command> {
    CompleteEnv::with_factory(command as fn() -> clap::Command)
        .var(VAR)
        .bin("portalctl")
        .completer("portalctl")
}

/// The command line with a completer on every argument that names an entity.
fn command() -> clap::Command {
    decorate(crate::cli::command())
}

fn decorate(cmd: clap::Command) -> clap::Command {
    let named: Vec<(String, Kind)> = cmd
        .get_arguments()
        .filter_map(|a| kind_of(a).map(|k| (a.get_id().to_string(), k)))
        .collect();
    let mut cmd = cmd;
    for (id, kind) in named {
        cmd = cmd.mut_arg(id, |a| {
            a.add(ArgValueCompleter::new(move |current: &OsStr| {
                candidates(kind, current)
            }))
        });
    }
    cmd.mut_subcommands(decorate)
}

/// Which entity an argument names: by its value name (`--customer <CUSTOMER>`), or for a
/// positional argument by its id (`customer show <customer>`).
fn kind_of(arg: &clap::Arg) -> Option<Kind> {
    let value_name = arg
        .get_value_names()
        .and_then(|v| v.first())
        .map(ToString::to_string);
    let key = if arg.is_positional() {
        arg.get_id().to_string().to_ascii_uppercase()
    } else {
        value_name?
    };
    Some(match key.trim_end_matches('S') {
        "PARTNER" => Kind::Partner,
        "CUSTOMER" => Kind::Customer,
        "SITE" => Kind::Site,
        "PROBE" => Kind::Probe,
        // `contact show <contact>`, `contact access <email>`, `contact login <email>`.
        "CONTACT" => Kind::Contact,
        "EMAIL" if arg.is_positional() => Kind::Contact,
        // Only `invite` verbs take a positional id.
        "ID" if arg.is_positional() => Kind::Invitation,
        _ => return None,
    })
}

/// The values of `kind` in the store that start with what was typed (case-insensitively).
fn candidates(kind: Kind, current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(request) = REQUEST.get() else {
        return Vec::new();
    };
    let typed = current.to_string_lossy();
    let typed = if request.bash {
        unescape(&typed)
    } else {
        typed.into_owned()
    };
    let Some(store) = open(request) else {
        return Vec::new();
    };
    let prefix = crate::model::fold(&typed);
    let under = under(kind, &request.words);
    let found = names::matching(store.conn(), kind, &under, |v| {
        starts_with_folded(v, &prefix)
    })
    .unwrap_or_default();
    found
        .into_iter()
        .map(|(value, help)| {
            let value = if request.bash { escape(&value) } else { value };
            CompletionCandidate::new(value).help(Some(help.into()))
        })
        .collect()
}

/// What the other flags typed narrow `kind` to, as the command itself would narrow the name:
/// `site show --customer Acme <Tab>` offers Acme's sites only. A kind is never narrowed by
/// its own flag (that is the one being completed).
fn under(kind: Kind, words: &[String]) -> names::Under {
    // The word being completed is not a value yet.
    let typed = words.split_last().map_or(&[][..], |(_, before)| before);
    let flag = |name: &str| {
        flag_value(typed, name).map(|v| crate::commands::normalize_ref(&shell_word(&v)))
    };
    let direct = typed.iter().any(|w| w == "--direct");
    let mut under = names::Under::default();
    match kind {
        Kind::Partner => {}
        Kind::Customer => {
            under.partner = flag("--partner");
            under.direct = direct;
        }
        Kind::Site | Kind::Contact | Kind::Invitation => {
            under.partner = flag("--partner");
            under.direct = direct;
            under.customer = flag("--customer");
        }
        Kind::Probe => {
            under.partner = flag("--partner");
            under.customer = flag("--customer");
            under.site = flag("--site");
        }
    }
    under
}

/// A whole word as a shell passes it (quotes and backslashes as typed) turned into the text it
/// stands for: `'Tailspin Toys'`, `"Tailspin Toys"`, `Tailspin\ Toys`.
fn shell_word(word: &str) -> String {
    for q in ['\'', '"'] {
        if let Some(inner) = word.strip_prefix(q).and_then(|w| w.strip_suffix(q))
            && !inner.is_empty()
        {
            return inner.to_string();
        }
    }
    unescape(word)
}

/// The store, if it exists and opens: never created, never waited for.
fn open(request: &Request) -> Option<crate::store::Store> {
    let path = match &request.db {
        Some(p) => p.clone(),
        None => crate::config::default_db_path().ok()?,
    };
    crate::store::Store::open_named_within(
        &path,
        BUSY_TIMEOUT_MS,
        crate::store::Create::No,
        Some(std::time::Duration::from_secs(2)),
    )
    .ok()
}

/// Whether `value` starts with `prefix` (already folded), compared as emails and names are.
fn starts_with_folded(value: &str, prefix: &str) -> bool {
    if value.is_ascii() && prefix.is_ascii() {
        return value.len() >= prefix.len()
            && value.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes());
    }
    crate::model::fold(value).starts_with(prefix)
}

/// The value of `--flag V` or `--flag=V` among the words (the last one given).
fn flag_value(words: &[String], flag: &str) -> Option<String> {
    let mut found = None;
    let mut it = words.iter();
    while let Some(w) = it.next() {
        if w == flag {
            found = it.next().cloned();
        } else if let Some(v) = w.strip_prefix(flag).and_then(|r| r.strip_prefix('=')) {
            found = Some(v.to_string());
        }
    }
    found.filter(|v| !v.is_empty())
}

/// A word as bash passes it (`Acorn\ L`, `"Acorn L`) turned into the text it stands for.
fn unescape(word: &str) -> String {
    let word = word.strip_prefix(['"', '\'']).unwrap_or(word);
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A value escaped so that bash inserts it as one word.
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if !(c.is_alphanumeric() || "-_.@+,:/%^".contains(c)) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bash_words_unescape_and_values_escape_to_one_word() {
        assert_eq!(unescape(r"Acorn\ L"), "Acorn L");
        assert_eq!(unescape("\"Acorn L"), "Acorn L");
        assert_eq!(unescape(r"O\'Brien"), "O'Brien");
        assert_eq!(escape("Acorn Ltd"), r"Acorn\ Ltd");
        assert_eq!(escape("O'Brien & Co"), r"O\'Brien\ \&\ Co");
        assert_eq!(escape("it@acme.example"), "it@acme.example");
        assert_eq!(unescape(&escape("a $b (c) \"d\"")), "a $b (c) \"d\"");
    }

    #[test]
    fn whole_words_lose_their_quotes() {
        assert_eq!(shell_word("'Tailspin Toys'"), "Tailspin Toys");
        assert_eq!(shell_word("\"Tailspin Toys\""), "Tailspin Toys");
        assert_eq!(shell_word(r"Tailspin\ Toys"), "Tailspin Toys");
        assert_eq!(shell_word("Acme"), "Acme");
    }

    #[test]
    fn other_flags_narrow_what_is_offered() {
        let w = |s: &[&str]| s.iter().map(ToString::to_string).collect::<Vec<_>>();
        let u = under(
            Kind::Site,
            &w(&[
                "portalctl",
                "site",
                "show",
                "--customer",
                "'Tailspin Toys'",
                "",
            ]),
        );
        assert_eq!(u.customer.as_deref(), Some("Tailspin Toys"));
        let u = under(
            Kind::Customer,
            &w(&["portalctl", "site", "show", "--customer", "Tail"]),
        );
        assert_eq!(u.customer, None, "a kind is not narrowed by its own flag");
        let u = under(
            Kind::Customer,
            &w(&["portalctl", "customer", "show", "--direct", ""]),
        );
        assert!(u.direct);
    }

    #[test]
    fn prefixes_compare_as_names_do() {
        assert!(starts_with_folded("Acme", "ac"));
        assert!(starts_with_folded("ÄCME", &crate::model::fold("äc")));
        assert!(starts_with_folded("Straße", &crate::model::fold("STRASS")));
        assert!(!starts_with_folded("Acme", "acmex"));
        assert!(starts_with_folded("anything", ""));
    }

    #[test]
    fn the_db_flag_is_read_from_the_words_typed() {
        let w = |s: &[&str]| s.iter().map(ToString::to_string).collect::<Vec<_>>();
        assert_eq!(
            flag_value(
                &w(&["portalctl", "--db", "x.db", "customer", "show", ""]),
                "--db"
            ),
            Some("x.db".into())
        );
        assert_eq!(
            flag_value(&w(&["portalctl", "--db=y.db", "site"]), "--db"),
            Some("y.db".into())
        );
        assert_eq!(
            flag_value(&w(&["portalctl", "customer", "--db"]), "--db"),
            None
        );
    }

    #[test]
    fn every_argument_that_names_an_entity_completes() {
        let cmd = command();
        let find = |path: &[&str], arg: &str| {
            let mut c = &cmd;
            for p in path {
                c = c.find_subcommand(p).expect(p);
            }
            c.get_arguments()
                .find(|a| a.get_id() == arg)
                .and_then(|a| a.get::<ArgValueCompleter>())
                .is_some()
        };
        assert!(find(&["customer", "show"], "customer"));
        assert!(find(&["customer", "delete"], "customers"));
        assert!(find(&["site", "create"], "customer"));
        assert!(find(&["site", "list"], "partner"));
        assert!(find(&["probe", "show"], "probe"));
        assert!(find(&["probe", "assign"], "site"));
        assert!(find(&["contact", "show"], "contact"));
        assert!(find(&["contact", "access"], "email"));
        assert!(find(&["invite", "revoke"], "id"));
        assert!(find(&["portal", "enable"], "customer"));
        assert!(
            !find(&["customer", "create"], "email"),
            "a new email has nothing to offer"
        );
        assert!(!find(&["customer", "create"], "name"));
    }
}
