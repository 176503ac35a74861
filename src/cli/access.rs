//! The portal's doors on the command line: `portal` and `authcode`.

use clap::{Args, Subcommand};

// ---------------------------------------------------------------- portal and authcode

/// The customer whose portal or code it is (with `--site`: the site's customer).
#[derive(Debug, Args, Clone)]
#[group(skip)]
pub struct TargetCustomer {
    /// The customer (id or name); with --site, the site's customer
    #[arg(long, value_name = "CUSTOMER")]
    pub customer: Option<String>,
    /// The customer's partner (id or name), when the customer name is ambiguous
    #[arg(long, value_name = "PARTNER", requires = "customer")]
    pub partner: Option<String>,
}

/// The portal of a customer (`--customer`) or of one site (`--site`, narrowed by `--customer`).
#[derive(Debug, Args, Clone)]
#[group(skip)]
#[command(group(
    clap::ArgGroup::new("portal_target").required(true).multiple(true).args(["customer", "site"])
))]
pub struct PortalTarget {
    #[command(flatten)]
    pub of: TargetCustomer,
    /// The site (id or name)
    #[arg(long, value_name = "SITE")]
    pub site: Option<String>,
}

/// A customer, a site or a probe.
#[derive(Debug, Args, Clone)]
#[group(skip)]
#[command(group(
    clap::ArgGroup::new("code_target")
        .required(true)
        .multiple(true)
        .args(["customer", "site", "probe"])
))]
pub struct CodeTarget {
    #[command(flatten)]
    pub of: TargetCustomer,
    /// The site (id or name); with --probe, the probe's site
    #[arg(long, value_name = "SITE")]
    pub site: Option<String>,
    /// The probe (id or name): its installation token
    #[arg(long, value_name = "PROBE")]
    pub probe: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum PortalCmd {
    /// Turn a portal on; makes an authorization code (printed once, with the portal link) when
    /// none is in force
    #[command(after_help = "Examples:
  portalctl portal enable --customer Acme
  portalctl portal enable --site HQ --customer Acme --installation-level
  portalctl -o json portal enable --customer Acme | jq -r .authcode")]
    Enable {
        #[command(flatten)]
        target: PortalTarget,
        /// Site portals only: logins also need the installation token of a probe at the site
        #[arg(long, conflicts_with = "no_installation_level")]
        installation_level: bool,
        /// Site portals only: the code alone lets people in
        #[arg(long)]
        no_installation_level: bool,
    },
    /// Turn a portal off: the code is revoked and stops working at once
    #[command(after_help = "Example:
  portalctl portal disable --customer Acme")]
    Disable {
        #[command(flatten)]
        target: PortalTarget,
    },
    /// Whether a portal is on, at installation level, and has a code in force (never the code)
    #[command(after_help = "Example:
  portalctl portal status --site HQ --customer Acme -o json")]
    Status {
        #[command(flatten)]
        target: PortalTarget,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuthcodeCmd {
    /// Whether a code or token is in force, when it was issued and its last four characters
    #[command(after_help = "Examples:
  portalctl authcode show --customer Acme
  portalctl authcode show --probe hq-probe-1 --site HQ")]
    Show {
        #[command(flatten)]
        target: CodeTarget,
    },
    /// Make a new code (with --probe: a new installation token), printed once; the old one is
    /// dead from that moment
    #[command(after_help = "Examples:
  portalctl authcode regenerate --customer Acme
  portalctl -q authcode regenerate --probe hq-probe-1 --site HQ")]
    Regenerate {
        #[command(flatten)]
        target: CodeTarget,
    },
    /// Check a code (and an installation token): exit 0 with the scope it opens, or 6
    #[command(after_help = "Examples:
  portalctl authcode verify - < code.txt
  portalctl authcode verify 7K3M-Q9ZD-4W1X-8B2C-T6RN-H5PV --token - < token.txt
  printf '%s\\n%s\\n' \"$CODE\" \"$TOKEN\" | portalctl authcode verify - --token -

CODE and TOKEN are read from standard input when given as -, which keeps them out of ps and
shell history; when both are -, the code is the first line and the token the second. Case,
spaces and hyphens are ignored; O reads as 0, I and L as 1. A refusal never says why, unless --explain asks (for the operator, who holds the store).")]
    Verify {
        /// The authorization code, or - to read it from standard input
        code: String,
        /// An installation token of a probe at the site (needed at installation level), or -
        #[arg(long, value_name = "TOKEN")]
        token: Option<String>,
        /// Say why a code is refused
        #[arg(long)]
        explain: bool,
    },
}
