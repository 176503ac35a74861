//! The whole command-line surface: every clap type, its help text and examples. This file
//! holds the top level (global options, the nouns, paging and sorting); each noun's verbs
//! live with their neighbours: `tenants.rs` (partner, customer, site, probe), `people.rs`
//! (contact, invite), `access.rs` (portal, authcode), `ops.rs` (log, db).
// The doc comments here are the help people read in a terminal, where Markdown's backticks
// would be printed as they are: they are written as plain text.
#![allow(clippy::doc_markdown)]

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::output::Format;

mod access;
pub mod man;
mod ops;
mod people;
mod tenants;

pub use access::*;
pub use ops::*;
pub use people::*;
pub use tenants::*;

const AFTER_HELP: &str = "\
Examples:
  portalctl partner create \"Northwind MSP\" --email ops@northwind.example
  portalctl customer create Acme --partner \"Northwind MSP\" --email it@acme.test
  portalctl site create HQ --customer Acme
  portalctl probe create hq-probe-1 --site HQ --customer Acme
  portalctl -o json customer list --partner \"Northwind MSP\" --status active

Exit codes: 0 ok, 1 failure, 2 usage or invalid input, 3 not found, 4 conflict,
5 aborted (no confirmation), 6 denied, 7 busy (another process held the store; try again).";

const APPLY_HELP: &str = "\
Examples:
  portalctl apply -f tree.toml --dry-run       # print the plan, change nothing
  portalctl apply -f tree.toml                 # create what is missing, update
  portalctl apply -f tree.toml --prune --yes   # and delete the rest
  portalctl -o json apply -f tree.toml | jq .secrets

The file:
  [[partner]]
  name = \"Northwind MSP\"
  email = \"ops@northwind.example\"

  [[partner.customer]]
  name = \"Acme\"
  email = \"it@acme.example\"
  workflow = \"standard\"           # also: active, portal, display_name, logo_url,
  portal = true                     #       primary_color, support_email

  [[partner.customer.site]]
  name = \"HQ\"
  portal = true                     # also: address, installation_level

  [[partner.customer.site.probe]]
  name = \"hq-probe-1\"               # also: serial

  [[partner.customer.contact]]
  email = \"billing@acme.example\"    # also: name, phone, login, status,
  contact_type = \"billing\"          #       kind = \"guest\" (no login)
  permissions = [\"billing\"]

  [[customer]]                      # a direct customer
  name = \"Solo Ltd\"
  email = \"admin@solo.example\"

  [[probe]]                         # an unassigned probe
  name = \"spare-1\"

Identity is the name within the parent (a contact: its email within the customer). A field left
out keeps the store's value; an empty string clears it. The whole file is checked before anything
is written, and everything is written in one transaction. Secrets made on the way (probe tokens,
authorization codes, passwords) are printed once, with the plan, in every format.

--dry-run runs the apply and rolls it back, so it refuses what the real run would. --prune deletes
what lies under the file's partners, customers and sites but is not in it (never guests, direct
customers or unassigned probes; never the other customers of a partner marked partial = true,
as export --customer writes), after asking, and obeys the config's [policy] delete.";

/// The help heading of the options every command takes, shown after the command's own.
const GLOBAL: &str = "Global options";

/// Administer a managed-service provider's tenant tree, kept in a SQLite file or on a
/// PostgreSQL server.
///
/// The store is one local SQLite file (the default; no server needed) or, for a team, a
/// PostgreSQL server: --db PATH or --db postgres://USER@HOST/DB. Partners have customers; customers have sites; probes are installed at sites. Every entity
/// can be referenced by its id or its name; a name that matches several is refused with the
/// candidates and the flag that narrows it (--partner, --customer, --site).
#[derive(Debug, Parser)]
#[command(name = "portalctl", version, after_help = AFTER_HELP)]
pub struct Cli {
    #[arg(
        long,
        global = true,
        value_name = "PATH|URL",
        help_heading = GLOBAL,
        help = "The store: a SQLite file or a postgres:// URL [env: PORTALCTL_DB] [default: \
                portal.db in the platform data directory]"
    )]
    pub db: Option<PathBuf>,

    #[arg(
        long,
        global = true,
        value_name = "PATH",
        help_heading = GLOBAL,
        help = "TOML config file [env: PORTALCTL_CONFIG] [default: config.toml in the platform \
                config directory]"
    )]
    pub config: Option<PathBuf>,

    #[arg(
        short,
        long,
        global = true,
        value_enum,
        help_heading = GLOBAL,
        help = "Output format [env: PORTALCTL_OUTPUT] [default: the config's output, else table]"
    )]
    pub output: Option<Format>,

    /// Print only the ids of what was created or touched, one a line (a secret made by the
    /// command follows its id on the next line)
    #[arg(short, long, global = true, help_heading = GLOBAL)]
    pub quiet: bool,

    /// Answer yes to every confirmation
    #[arg(short = 'y', long, global = true, help_heading = GLOBAL)]
    pub yes: bool,

    #[arg(
        long,
        global = true,
        value_name = "NAME",
        help_heading = GLOBAL,
        help = "Who is acting, for the audit log [env: PORTALCTL_ACTOR] [default: the OS user]"
    )]
    pub actor: Option<String>,

    /// Never colour the output (also: NO_COLOR set to anything)
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub no_color: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Partners: the resellers whose customers you manage
    #[command(subcommand)]
    Partner(PartnerCmd),
    /// Customers of a partner, or direct customers
    #[command(subcommand)]
    Customer(CustomerCmd),
    /// Sites of a customer
    #[command(subcommand)]
    Site(SiteCmd),
    /// Probes installed at sites (or not yet assigned)
    #[command(subcommand)]
    Probe(ProbeCmd),
    /// People who may use a customer account: contacts and guests
    #[command(subcommand)]
    Contact(ContactCmd),
    /// Guest invitations: share a customer account with someone registered elsewhere
    #[command(subcommand)]
    Invite(InviteCmd),
    /// Customer portals: turn them on (making an authorization code) or off (revoking it)
    #[command(subcommand)]
    Portal(PortalCmd),
    /// Authorization codes and installation tokens: show, regenerate, verify
    #[command(subcommand)]
    Authcode(AuthcodeCmd),
    /// Make the store hold what a tree file describes (create, update; with --prune, delete)
    #[command(after_help = APPLY_HELP)]
    Apply {
        /// The tree file (TOML), or - for standard input
        #[arg(short, long, value_name = "FILE")]
        file: String,
        /// Print the plan and change nothing
        #[arg(long)]
        dry_run: bool,
        /// Also delete what lies under the file's partners and customers but is not in the file
        /// (asks first)
        #[arg(long)]
        prune: bool,
    },
    /// Print the store (or a subtree) as a tree file that apply accepts; never a secret
    #[command(after_help = "Examples:
  portalctl export > tree.toml
  portalctl export --partner \"Northwind MSP\" > northwind.toml
  portalctl export --customer Acme | portalctl apply -f - --prune --dry-run
  portalctl export --customer Acme --partner \"Northwind MSP\" > acme.toml

The whole export holds every partner, customer, site, probe (unassigned ones as [[probe]]) and
every contact and guest; open invitations are not part of it. A customer's export marks its
partner partial = true, so applying it with --prune stays inside that customer.

It is read on one snapshot of the store, whatever other writers commit meanwhile; a partner
or customer named here that came or went while it was read is exit 4 (run it again).")]
    Export {
        /// Only this partner and its customers (id or name); with --customer, the customer's
        /// partner, when the customer name is used under several partners
        #[arg(long, value_name = "PARTNER")]
        partner: Option<String>,
        /// Only this customer (id or name), under its partner
        #[arg(long, value_name = "CUSTOMER")]
        customer: Option<String>,
        /// With --customer: the customer is a direct customer (no partner)
        #[arg(long, requires = "customer", conflicts_with = "partner")]
        direct: bool,
    },
    /// The audit trail of every change, newest first
    #[command(after_help = "Examples:
  portalctl log --limit 20
  portalctl log --entity customer --since 7d
  portalctl log --entity customer:7 -o json
  portalctl log --actor ci-provisioner --since 2026-01-01
  portalctl log --user alice --since 2026-01-01 --until 2026-01-31
  portalctl -o csv log --entity customer:7

A filter applies only when its flag is given to log: the global --actor and PORTALCTL_ACTOR
never filter the log.")]
    Log(LogArgs),
    /// Housekeeping of the store: a SQLite file or a database on a PostgreSQL server
    ///
    /// The store is the SQLite file that --db names (default: portal.db in the platform data
    /// directory) or the PostgreSQL database of a postgres:// URL. Every verb works on both;
    /// grants is for PostgreSQL only.
    #[command(subcommand)]
    Db(DbCmd),
    /// Print a shell's completion script (it completes names from the store, too)
    #[command(after_help = "Examples:
  portalctl completions bash > /etc/bash_completion.d/portalctl
  portalctl completions zsh > ~/.zfunc/_portalctl
  portalctl completions fish > ~/.config/fish/completions/portalctl.fish
  echo 'source <(portalctl completions bash)' >> ~/.bashrc

At each Tab the script asks portalctl (on PATH) what fits: verbs, flags, and the names of
partners, customers, sites, probes (and serials), contact emails and invitation ids in the store
that --db or PORTALCTL_DB names. Completion only reads; it never creates a store.")]
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// `--limit` and `--offset` of every list.
/// The customer an entity is made for, by id or name, with the partner that tells two
/// customers of one name apart.
#[derive(Debug, Args, Clone)]
pub struct CustomerArg {
    /// The customer (id or name)
    #[arg(long, value_name = "CUSTOMER")]
    pub customer: String,
    /// The customer's partner (id or name), when the customer name is ambiguous
    #[arg(long, value_name = "PARTNER")]
    pub partner: Option<String>,
}

/// Narrows a list (or a login) to one customer's.
#[derive(Debug, Args, Clone, Default)]
pub struct CustomerFilter {
    /// Narrow to this customer (id or name)
    #[arg(long, value_name = "CUSTOMER")]
    pub customer: Option<String>,
    /// The customer's partner (id or name), when the customer name is ambiguous
    #[arg(long, value_name = "PARTNER", requires = "customer")]
    pub partner: Option<String>,
}

/// The permissions granted to a new customer-account user (a contact, or an invited guest).
#[derive(Debug, Args, Clone)]
pub struct Grant {
    /// A permission (repeat, or separate with commas); admin implies all
    #[arg(
        long = "permission",
        value_name = "PERMISSION",
        value_enum,
        value_delimiter = ','
    )]
    pub permissions: Vec<crate::model::Permission>,
}

#[derive(Debug, Args, Clone, Copy)]
pub struct Page {
    /// Show at most N rows
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..=1_000_000_000))]
    pub limit: Option<i64>,
    /// Skip the first N rows
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(0..=1_000_000_000_000))]
    pub offset: Option<i64>,
}

/// `--sort`, `--desc` and the page: what every list takes (`S` is its entity's sort keys).
#[derive(Debug, Args)]
pub struct Order<S: ValueEnum + Clone + Send + Sync + 'static> {
    /// Sort by this field (the command's description says the default order)
    #[arg(long, value_enum, value_name = "FIELD")]
    pub sort: Option<S>,
    /// Sort in descending order (Z, newest, highest first)
    #[arg(long)]
    pub desc: bool,
    #[command(flatten)]
    pub page: Page,
}

impl Cli {
    /// Fills the global options that no flag set from their environment variables (an empty
    /// variable counts as unset). They are read here rather than by clap so that a usage line
    /// never shows them as if they had been typed.
    pub fn with_env(mut self) -> crate::error::Result<Self> {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        if self.db.is_none() {
            self.db = var("PORTALCTL_DB").map(PathBuf::from);
        }
        if self.config.is_none() {
            self.config = var("PORTALCTL_CONFIG").map(PathBuf::from);
        }
        if self.actor.is_none() {
            self.actor = var("PORTALCTL_ACTOR").map(|v| v.to_string_lossy().into_owned());
        }
        if self.output.is_none()
            && let Some(v) = var("PORTALCTL_OUTPUT")
        {
            let v = v.to_string_lossy();
            self.output = Some(Format::from_str(&v, true).map_err(|_| {
                crate::error::Error::usage(format!(
                    "PORTALCTL_OUTPUT is {v:?}, not an output format"
                ))
                .with_hint("set it to table, json or csv, or unset it")
            })?);
        }
        Ok(self)
    }
}

/// The clap command, for completions and man pages.
#[must_use]
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command with its full name, depth first.
    fn all(cmd: &clap::Command, name: &str, out: &mut Vec<(String, clap::Command)>) {
        out.push((name.to_string(), cmd.clone()));
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            all(sub, &format!("{name} {}", sub.get_name()), out);
        }
    }

    #[test]
    fn every_example_stays_one_line_in_an_80_column_terminal() {
        let mut cmd = command();
        cmd.build();
        let mut commands = Vec::new();
        all(&cmd, "portalctl", &mut commands);
        let mut examples = 0;
        let mut wrapped = Vec::new();
        for (name, cmd) in commands {
            let after = cmd
                .get_after_help()
                .map(ToString::to_string)
                .unwrap_or_default();
            let rendered = cmd.term_width(80).render_help().to_string();
            for line in after.lines() {
                let indented = line.starts_with("  ") && !line.starts_with("   ");
                if !indented || !line.trim_start().starts_with(['p', 'e', 'c']) {
                    continue;
                }
                examples += 1;
                if !rendered.lines().any(|l| l == line) {
                    wrapped.push(format!("{name} ({} wide):\n{line}", line.chars().count()));
                }
            }
        }
        assert!(
            wrapped.is_empty(),
            "examples that wrap at 80 columns:\n{}",
            wrapped.join("\n")
        );
        assert!(examples > 60, "only {examples} examples were checked");
    }

    #[test]
    fn help_prints_no_markdown_and_names_both_stores() {
        let mut cmd = command();
        cmd.build();
        let mut commands = Vec::new();
        all(&cmd, "portalctl", &mut commands);
        for (name, mut cmd) in commands {
            let help = cmd.render_long_help().to_string();
            assert!(
                !help.contains('`'),
                "`{name} --help` prints a backtick:\n{help}"
            );
            if name == "portalctl" || name == "portalctl db" {
                assert!(
                    help.contains("SQLite file") && help.contains("PostgreSQL server"),
                    "{name}:\n{help}"
                );
            }
        }
    }

    #[test]
    fn every_code_in_an_example_has_the_form_of_a_real_one() {
        let mut cmd = command();
        cmd.build();
        let mut commands = Vec::new();
        all(&cmd, "portalctl", &mut commands);
        let mut codes = 0;
        for (name, mut cmd) in commands {
            let help = cmd.render_long_help().to_string();
            for word in help.split_whitespace() {
                let groups: Vec<&str> = word.split('-').collect();
                let looks_like_a_code = groups.len() > 2
                    && groups.iter().all(|g| {
                        g.len() == 4
                            && g.chars()
                                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    });
                if looks_like_a_code {
                    codes += 1;
                    assert_eq!(
                        groups.len(),
                        6,
                        "`{name} --help`: {word} is not 24 characters"
                    );
                }
            }
        }
        assert!(codes >= 2, "only {codes} example codes were checked");
    }

    #[test]
    fn every_verb_has_an_example() {
        let mut cmd = command();
        cmd.build();
        let mut commands = Vec::new();
        all(&cmd, "portalctl", &mut commands);
        for (name, cmd) in commands {
            if cmd.has_subcommands() {
                continue;
            }
            let after = cmd.get_after_help().map(ToString::to_string);
            assert!(
                after.is_some_and(|a| a.contains("portalctl ")),
                "`{name}` has no example"
            );
        }
    }
}
