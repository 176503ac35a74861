//! The whole command-line surface in one file: every clap type, its help text and examples.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::{ContactKind, InviteStatus, Status};
use crate::output::Format;

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
as `export --customer` writes), after asking, and obeys the config's [policy] delete.";

/// The help heading of the options every command takes, shown after the command's own.
const GLOBAL: &str = "Global options";

/// Administer a managed-service provider's tenant tree from one local `SQLite` store.
///
/// Partners have customers; customers have sites; probes are installed at sites. Every entity
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
        help = "Output format [env: PORTALCTL_OUTPUT] [default: the config's `output`, else table]"
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

    /// Never colour the output (also: `NO_COLOR` set to anything)
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
    /// Print the store (or a subtree) as a tree file that `apply` accepts; never a secret
    #[command(after_help = "Examples:
  portalctl export > tree.toml
  portalctl export --partner \"Northwind MSP\" > northwind.toml
  portalctl export --customer Acme | portalctl apply -f - --prune --dry-run
  portalctl export --customer Acme --partner \"Northwind MSP\" > acme.toml

The whole export holds every partner, customer, site, probe (unassigned ones as [[probe]]) and
every contact and guest; open invitations are not part of it. A customer's export marks its
partner partial = true, so applying it with --prune stays inside that customer.")]
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

A filter applies only when its flag is given to `log`: the global --actor and PORTALCTL_ACTOR
never filter the log.")]
    Log(LogArgs),
    /// Housekeeping of the store file
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

// ---------------------------------------------------------------- partner

#[derive(Debug, Subcommand)]
pub enum PartnerCmd {
    /// Create a partner
    #[command(after_help = "Example:
  portalctl partner create \"Northwind MSP\" --email ops@northwind.example
  portalctl partner create Contoso --email noc@contoso.example \\
      --portal-url https://portal.contoso.example")]
    Create {
        /// Unique name (1-100 characters)
        name: String,
        /// Contact email of the partner
        #[arg(long)]
        email: String,
        /// The partner's own branded portal (http or https)
        #[arg(long, value_name = "URL")]
        portal_url: Option<String>,
    },
    /// List partners, by name
    #[command(
        visible_alias = "ls",
        after_help = "Examples:
  portalctl partner list
  portalctl partner list --name north --sort created --desc
  portalctl -o csv partner list > partners.csv"
    )]
    List {
        /// Name contains this text (case-insensitive)
        #[arg(long, value_name = "TEXT")]
        name: Option<String>,
        #[command(flatten)]
        order: Order<crate::store::partner::Sort>,
    },
    /// Show one partner
    #[command(after_help = "Example:
  portalctl partner show \"Northwind MSP\"")]
    Show {
        /// Id or name
        partner: String,
    },
    /// Change a partner's name, email or portal URL
    #[command(after_help = "Examples:
  portalctl partner edit \"Northwind MSP\" --email noc@northwind.example
  portalctl partner edit 3 --portal-url \"\"     # remove the portal URL")]
    Edit {
        /// Id or name
        partner: String,
        /// New name
        #[arg(long)]
        name: Option<String>,
        /// New email
        #[arg(long)]
        email: Option<String>,
        /// New portal URL ("" removes it)
        #[arg(long, value_name = "URL")]
        portal_url: Option<String>,
    },
    /// Delete partners with all their customers, sites and probes (asks first)
    #[command(
        visible_alias = "rm",
        after_help = "Examples:
  portalctl partner delete \"Northwind MSP\"
  portalctl partner delete 3 4 --yes"
    )]
    Delete {
        /// Ids or names; all are deleted in one transaction, or none
        #[arg(required = true)]
        partners: Vec<String>,
    },
}

// ---------------------------------------------------------------- customer

/// Narrows a customer name to one partner's customers, or to direct customers.
#[derive(Debug, Args, Clone, Default)]
pub struct PartnerScopeArgs {
    /// The customer's partner (id or name), when a name is used under several partners
    #[arg(long, value_name = "PARTNER", conflicts_with = "direct")]
    pub partner: Option<String>,
    /// The customer is a direct customer (no partner)
    #[arg(long)]
    pub direct: bool,
}

impl PartnerScopeArgs {
    /// Narrowed to a partner (or not at all), never to direct customers.
    #[must_use]
    pub fn partner(partner: Option<String>) -> Self {
        PartnerScopeArgs {
            partner,
            direct: false,
        }
    }
}

/// The branding of a customer's portal.
#[derive(Debug, Args, Clone, Default)]
pub struct BrandingArgs {
    /// Name shown in the customer's portal
    #[arg(long)]
    pub display_name: Option<String>,
    /// Logo shown in the customer's portal (http or https URL)
    #[arg(long, value_name = "URL")]
    pub logo_url: Option<String>,
    /// Portal colour, #rrggbb
    #[arg(long, value_name = "#RRGGBB")]
    pub primary_color: Option<String>,
    /// Where the customer's users ask for help
    #[arg(long, value_name = "EMAIL")]
    pub support_email: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CustomerCmd {
    /// Create a customer under a partner, or a direct customer
    #[command(after_help = "Examples:
  portalctl customer create Acme --partner \"Northwind MSP\" --email it@acme.test
  portalctl customer create Initech --partner 3 --email it@i.test --workflow vip
  portalctl customer create \"Solo Ltd\" --direct --email admin@solo.example")]
    Create(CustomerCreate),
    /// List customers, by name; filters combine with AND
    #[command(
        visible_alias = "ls",
        after_help = "Examples:
  portalctl customer list --partner \"Northwind MSP\" --status active
  portalctl customer list --name acme --sort created --desc --limit 10
  portalctl -o json customer list --direct --portal enabled"
    )]
    List(CustomerList),
    /// Show one customer
    #[command(after_help = "Examples:
  portalctl customer show Acme
  portalctl customer show Acme --partner \"Northwind MSP\" -o json")]
    Show {
        /// Id or name
        customer: String,
        #[command(flatten)]
        scope: PartnerScopeArgs,
    },
    /// Change a customer's name, email, workflow or branding (the partner is fixed)
    #[command(after_help = "Examples:
  portalctl customer edit Acme --email helpdesk@acme.example
  portalctl customer edit 7 --workflow \"\"          # remove the workflow
  portalctl customer edit Acme --display-name \"Acme Corp\" --primary-color '#05a'")]
    Edit(CustomerEdit),
    /// Reactivate customers: portal access and data transfers resume
    #[command(after_help = "Example:
  portalctl customer activate Acme")]
    Activate {
        /// Ids or names
        #[arg(required = true)]
        customers: Vec<String>,
        #[command(flatten)]
        scope: PartnerScopeArgs,
    },
    /// Deactivate customers: no portal access and no data transfers; data is kept
    #[command(after_help = "Example:
  portalctl customer deactivate Acme --partner \"Northwind MSP\"")]
    Deactivate {
        /// Ids or names
        #[arg(required = true)]
        customers: Vec<String>,
        #[command(flatten)]
        scope: PartnerScopeArgs,
    },
    /// See the account as its end customer does (the portal's "log in as"); audited
    #[command(after_help = "Examples:
  portalctl customer view Acme --reason \"ticket 4711: no probes in the portal\"
  portalctl -o json customer view 7")]
    View {
        /// Id or name
        customer: String,
        #[command(flatten)]
        scope: PartnerScopeArgs,
        /// Why you look, recorded in the audit log
        #[arg(long)]
        reason: Option<String>,
    },
    /// Delete customers with all their sites and probes (asks first)
    #[command(
        visible_alias = "rm",
        after_help = "Examples:
  portalctl customer delete Acme
  portalctl customer delete 7 8 9 --yes      # one transaction: all or none"
    )]
    Delete {
        /// Ids or names; all are deleted in one transaction, or none
        #[arg(required = true)]
        customers: Vec<String>,
        #[command(flatten)]
        scope: PartnerScopeArgs,
    },
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("owner").required(true).args(["partner", "direct"])))]
pub struct CustomerCreate {
    /// Name, 1-50 characters, unique within its partner
    pub name: String,
    /// The customer's email
    #[arg(long)]
    pub email: String,
    /// The partner (id or name) this customer belongs to; fixed once created
    #[arg(long, value_name = "PARTNER")]
    pub partner: Option<String>,
    /// A direct customer, with no partner (give this or --partner)
    #[arg(long)]
    pub direct: bool,
    /// A workflow label
    #[arg(long)]
    pub workflow: Option<String>,
    #[command(flatten)]
    pub branding: BrandingArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PortalState {
    Enabled,
    Disabled,
}

#[derive(Debug, Args)]
pub struct CustomerList {
    /// Only customers of this partner (id or name)
    #[arg(long, value_name = "PARTNER", conflicts_with = "direct")]
    pub partner: Option<String>,
    /// Only direct customers
    #[arg(long)]
    pub direct: bool,
    /// Name contains this text (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,
    /// Email is exactly this (case-insensitive)
    #[arg(long)]
    pub email: Option<String>,
    /// Workflow is exactly this
    #[arg(long)]
    pub workflow: Option<String>,
    /// Only active or only inactive customers
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    /// Only customers whose portal is enabled or disabled
    #[arg(long, value_enum)]
    pub portal: Option<PortalState>,
    #[command(flatten)]
    pub order: Order<crate::store::customer::Sort>,
}

#[derive(Debug, Args)]
pub struct CustomerEdit {
    /// Id or name
    pub customer: String,
    #[command(flatten)]
    pub scope: PartnerScopeArgs,
    /// New name (1-50 characters)
    #[arg(long)]
    pub name: Option<String>,
    /// New email
    #[arg(long)]
    pub email: Option<String>,
    /// New workflow label ("" removes it)
    #[arg(long)]
    pub workflow: Option<String>,
    #[command(flatten)]
    pub branding: BrandingArgs,
}

// ---------------------------------------------------------------- site

/// Narrows a site name or contact email to one customer.
#[derive(Debug, Args, Clone, Default)]
pub struct CustomerScopeArgs {
    /// The customer (id or name), when the name or email is used by several customers
    #[arg(long, value_name = "CUSTOMER")]
    pub customer: Option<String>,
    /// The customer's partner (id or name), when the customer name is ambiguous
    #[arg(long, value_name = "PARTNER", requires = "customer")]
    pub partner: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum SiteCmd {
    /// Create a site of a customer
    #[command(after_help = "Example:
  portalctl site create HQ --customer Acme --address \"1 Main St, Springfield\"")]
    Create {
        /// Name, unique within its customer
        name: String,
        /// The customer (id or name)
        #[arg(long, value_name = "CUSTOMER")]
        customer: String,
        /// The customer's partner (id or name), when the customer name is ambiguous
        #[arg(long, value_name = "PARTNER")]
        partner: Option<String>,
        /// Postal address
        #[arg(long)]
        address: Option<String>,
    },
    /// List sites, by customer then name
    #[command(
        visible_alias = "ls",
        after_help = "Examples:
  portalctl site list --customer Acme
  portalctl site list --name branch --sort created --desc --limit 10
  portalctl site list --partner \"Northwind MSP\" --portal enabled -o csv"
    )]
    List {
        /// Only sites of this customer (id or name)
        #[arg(long, value_name = "CUSTOMER")]
        customer: Option<String>,
        /// Only sites of this partner's customers (id or name)
        #[arg(long, value_name = "PARTNER")]
        partner: Option<String>,
        /// Only sites whose portal is enabled or disabled
        #[arg(long, value_enum)]
        portal: Option<PortalState>,
        /// Name contains this text (case-insensitive)
        #[arg(long, value_name = "TEXT")]
        name: Option<String>,
        #[command(flatten)]
        order: Order<crate::store::site::Sort>,
    },
    /// Show one site
    #[command(after_help = "Example:
  portalctl site show HQ --customer Acme")]
    Show {
        /// Id or name
        site: String,
        #[command(flatten)]
        scope: CustomerScopeArgs,
    },
    /// Change a site's name or address
    #[command(after_help = "Example:
  portalctl site edit HQ --customer Acme --name Headquarters --address \"\"")]
    Edit {
        /// Id or name
        site: String,
        #[command(flatten)]
        scope: CustomerScopeArgs,
        /// New name
        #[arg(long)]
        name: Option<String>,
        /// New address ("" removes it)
        #[arg(long)]
        address: Option<String>,
    },
    /// Delete sites with their probes (asks first)
    #[command(
        visible_alias = "rm",
        after_help = "Examples:
  portalctl site delete HQ --customer Acme
  portalctl site delete 12 13 --yes"
    )]
    Delete {
        /// Ids or names; all are deleted in one transaction, or none
        #[arg(required = true)]
        sites: Vec<String>,
        #[command(flatten)]
        scope: CustomerScopeArgs,
    },
}

// ---------------------------------------------------------------- probe

/// Narrows a probe name to one site's probes.
#[derive(Debug, Args, Clone, Default)]
pub struct SiteScopeArgs {
    /// The probe's site (id or name), when a probe name is used at several sites
    #[arg(long, value_name = "SITE")]
    pub site: Option<String>,
    /// The site's customer (id or name), when the site name is ambiguous
    #[arg(long, value_name = "CUSTOMER", requires = "site")]
    pub customer: Option<String>,
}

/// Where a new probe is installed.
#[derive(Debug, Args, Clone, Default)]
pub struct InstallAtArgs {
    /// The site (id or name) to install the probe at; without it the probe is unassigned
    #[arg(long, value_name = "SITE")]
    pub site: Option<String>,
    /// The site's customer (id or name), when the site name is used by several customers
    #[arg(long, value_name = "CUSTOMER", requires = "site")]
    pub customer: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ProbeCmd {
    /// Create a probe and print its installation token once
    #[command(after_help = "Examples:
  portalctl probe create hq-probe-1 --site HQ --customer Acme --serial SN-0042
  portalctl -q probe create spare-1    # unassigned: its id, then its token")]
    Create {
        /// Name, unique within its site (unassigned probes: unique among themselves)
        name: String,
        #[command(flatten)]
        scope: InstallAtArgs,
        /// Serial number, unique across all probes
        #[arg(long)]
        serial: Option<String>,
    },
    /// List probes, by customer and site (unassigned ones first), then name
    #[command(
        visible_alias = "ls",
        after_help = "Examples:
  portalctl probe list --customer Acme
  portalctl probe list --name rack --sort serial
  portalctl probe list --unassigned -o json"
    )]
    List {
        /// Only probes at this site (id or name)
        #[arg(long, value_name = "SITE", conflicts_with = "unassigned")]
        site: Option<String>,
        /// Only probes at this customer's sites (id or name)
        #[arg(long, value_name = "CUSTOMER", conflicts_with = "unassigned")]
        customer: Option<String>,
        /// Only probes not assigned to any site
        #[arg(long)]
        unassigned: bool,
        /// Name contains this text (case-insensitive)
        #[arg(long, value_name = "TEXT")]
        name: Option<String>,
        #[command(flatten)]
        order: Order<crate::store::probe::Sort>,
    },
    /// Show one probe (never its token)
    #[command(after_help = "Example:
  portalctl probe show hq-probe-1 --site HQ")]
    Show {
        /// Id, name or serial number
        probe: String,
        #[command(flatten)]
        scope: SiteScopeArgs,
    },
    /// Change a probe's name or serial
    #[command(after_help = "Example:
  portalctl probe edit hq-probe-1 --site HQ --serial SN-0043")]
    Edit {
        /// Id, name or serial number
        probe: String,
        #[command(flatten)]
        scope: SiteScopeArgs,
        /// New name
        #[arg(long)]
        name: Option<String>,
        /// New serial ("" removes it)
        #[arg(long)]
        serial: Option<String>,
    },
    /// Install a probe at a site
    #[command(after_help = "Example:
  portalctl probe assign spare-1 --site HQ --customer Acme")]
    Assign {
        /// Id, name or serial number
        probe: String,
        /// The site to assign it to (id or name)
        #[arg(long, value_name = "SITE")]
        site: String,
        /// The site's customer (id or name), when the site name is ambiguous
        #[arg(long, value_name = "CUSTOMER")]
        customer: Option<String>,
    },
    /// Take a probe off its site
    #[command(after_help = "Example:
  portalctl probe unassign hq-probe-1")]
    Unassign {
        /// Id, name or serial number
        probe: String,
        #[command(flatten)]
        scope: SiteScopeArgs,
    },
    /// Delete probes (asks first)
    #[command(
        visible_alias = "rm",
        after_help = "Example:
  portalctl probe delete hq-probe-1 --site HQ --yes"
    )]
    Delete {
        /// Ids, names or serial numbers; all are deleted in one transaction, or none
        #[arg(required = true)]
        probes: Vec<String>,
        #[command(flatten)]
        scope: SiteScopeArgs,
    },
}

// ---------------------------------------------------------------- contact

#[derive(Debug, Subcommand)]
pub enum ContactCmd {
    /// Add a contact to a customer account (with --login: print a generated password once)
    #[command(after_help = "Examples:
  portalctl contact create --customer Acme --email bea@acme.test --name Bea \\
      --contact-type billing --permission billing --permission tickets
  portalctl contact create --customer Acme --email admin@acme.example --login \\
      --permission admin")]
    Create {
        /// The customer (id or name)
        #[arg(long, value_name = "CUSTOMER")]
        customer: String,
        /// The customer's partner (id or name), when the customer name is ambiguous
        #[arg(long, value_name = "PARTNER")]
        partner: Option<String>,
        /// Email; used once per customer, compared case-insensitively
        #[arg(long)]
        email: String,
        /// Full name
        #[arg(long)]
        name: Option<String>,
        /// Phone number
        #[arg(long)]
        phone: Option<String>,
        /// A free label: technical, billing, webmaster ...
        #[arg(long, value_name = "TYPE")]
        contact_type: Option<String>,
        /// A permission (repeat, or separate with commas); admin implies all
        #[arg(
            long = "permission",
            value_name = "PERMISSION",
            value_enum,
            value_delimiter = ','
        )]
        permissions: Vec<crate::model::Permission>,
        /// Let the contact log in with the email; prints a generated password once
        #[arg(long)]
        login: bool,
    },
    /// List the contacts and guests of a customer account, by customer, contacts first, then email
    #[command(
        visible_alias = "ls",
        after_help = "Examples:
  portalctl contact list --customer Acme
  portalctl contact list --customer Acme --kind guest --status active -o json
  portalctl contact list --permission billing -o csv
  portalctl contact list --name müller --sort created --desc"
    )]
    List {
        /// Only users of this customer (id or name)
        #[arg(long, value_name = "CUSTOMER")]
        customer: Option<String>,
        /// The customer's partner (id or name), when the customer name is ambiguous
        #[arg(long, value_name = "PARTNER", requires = "customer")]
        partner: Option<String>,
        /// Only active or only inactive users
        #[arg(long, value_enum)]
        status: Option<Status>,
        /// Only holders of this permission (admins hold every one)
        #[arg(long, value_enum)]
        permission: Option<crate::model::Permission>,
        /// Only contacts or only guests
        #[arg(long, value_enum)]
        kind: Option<ContactKind>,
        /// Name contains this text (case-insensitive; a user without a name never matches)
        #[arg(long, value_name = "TEXT")]
        name: Option<String>,
        #[command(flatten)]
        order: Order<crate::store::contact::Sort>,
    },
    /// Show one contact or guest (never its password)
    #[command(after_help = "Examples:
  portalctl contact show billing@acme.example
  portalctl contact show billing@acme.example --customer Acme -o json")]
    Show {
        /// Id or email
        contact: String,
        #[command(flatten)]
        scope: CustomerScopeArgs,
    },
    /// Change a contact's details, permissions or login
    #[command(after_help = "Examples:
  portalctl contact edit billing@acme.example --add-permission tickets
  portalctl contact edit 12 --permission services,deployment --phone \"\"
  portalctl contact edit admin@acme.example --no-login")]
    Edit {
        /// Id or email
        contact: String,
        #[command(flatten)]
        scope: CustomerScopeArgs,
        /// New email
        #[arg(long)]
        email: Option<String>,
        /// New name ("" removes it)
        #[arg(long)]
        name: Option<String>,
        /// New phone ("" removes it)
        #[arg(long)]
        phone: Option<String>,
        /// New type label ("" removes it)
        #[arg(long, value_name = "TYPE")]
        contact_type: Option<String>,
        /// Replace the permissions with these (repeat, or separate with commas)
        #[arg(long = "permission", value_name = "PERMISSION", value_enum, value_delimiter = ',',
              conflicts_with_all = ["add_permissions", "remove_permissions"])]
        permissions: Option<Vec<crate::model::Permission>>,
        /// Add permissions
        #[arg(
            long = "add-permission",
            value_name = "PERMISSION",
            value_enum,
            value_delimiter = ','
        )]
        add_permissions: Vec<crate::model::Permission>,
        /// Remove permissions
        #[arg(
            long = "remove-permission",
            value_name = "PERMISSION",
            value_enum,
            value_delimiter = ','
        )]
        remove_permissions: Vec<crate::model::Permission>,
        /// Turn the login on (prints a generated password once)
        #[arg(long, conflicts_with = "no_login")]
        login: bool,
        /// Turn the login off (the password is removed)
        #[arg(long)]
        no_login: bool,
    },
    /// Reactivate contacts or guests
    #[command(after_help = "Example:
  portalctl contact activate billing@acme.example --customer Acme")]
    Activate {
        /// Ids or emails
        #[arg(required = true)]
        contacts: Vec<String>,
        #[command(flatten)]
        scope: CustomerScopeArgs,
    },
    /// Deactivate contacts or guests: they cannot log in, their data is kept
    #[command(after_help = "Example:
  portalctl contact deactivate billing@acme.example --customer Acme")]
    Deactivate {
        /// Ids or emails
        #[arg(required = true)]
        contacts: Vec<String>,
        #[command(flatten)]
        scope: CustomerScopeArgs,
    },
    /// Delete contacts or guests (asks first)
    #[command(
        visible_alias = "rm",
        after_help = "Example:
  portalctl contact delete billing@acme.example --customer Acme --yes"
    )]
    Delete {
        /// Ids or emails; all are deleted in one transaction, or none
        #[arg(required = true)]
        contacts: Vec<String>,
        #[command(flatten)]
        scope: CustomerScopeArgs,
    },
    /// The access list: every customer account an email may use, and as what
    #[command(after_help = "Example:
  portalctl contact access billing@acme.example -o json")]
    Access {
        /// The email
        email: String,
    },
    /// Issue a new generated password, printed once; the old one stops working at once
    #[command(after_help = "Example:
  portalctl -q contact password admin@acme.example --customer Acme")]
    Password {
        /// Id or email
        contact: String,
        #[command(flatten)]
        scope: CustomerScopeArgs,
    },
    /// Check a login: reads the password from standard input; exit 0 listing the accounts it
    /// opens, or 6 when refused
    #[command(after_help = "Examples:
  printf '%s\\n' \"$PASSWORD\" | portalctl contact login admin@acme.example
  portalctl contact login admin@acme.example --customer Acme < password.txt

The password is read from standard input (a prompt when it is a terminal), never from a flag,
so it stays out of `ps` and shell history. A refusal says the same thing whatever the reason.")]
    Login {
        /// The login email
        email: String,
        /// Only log in to this customer's account (id or name)
        #[arg(long, value_name = "CUSTOMER")]
        customer: Option<String>,
        /// The customer's partner (id or name), when the customer name is ambiguous
        #[arg(long, value_name = "PARTNER", requires = "customer")]
        partner: Option<String>,
    },
}

// ---------------------------------------------------------------- invite

#[derive(Debug, Subcommand)]
pub enum InviteCmd {
    /// Invite an email registered elsewhere into a customer account; prints the invitation
    /// token once (with --send: the message that carries it)
    #[command(after_help = "Examples:
  portalctl invite create --customer Acme --email pat@x.test --permission admin
  portalctl invite create --customer Acme --email pat@x.test --expires 3d --send

The email must already be registered (a customer's email or some customer's contact);
otherwise create a contact instead. Durations: 30s, 90m, 12h, 7d, 2w.")]
    Create {
        /// The customer (id or name)
        #[arg(long, value_name = "CUSTOMER")]
        customer: String,
        /// The customer's partner (id or name), when the customer name is ambiguous
        #[arg(long, value_name = "PARTNER")]
        partner: Option<String>,
        /// The guest's email
        #[arg(long)]
        email: String,
        /// A permission for the guest (repeat, or separate with commas)
        #[arg(
            long = "permission",
            value_name = "PERMISSION",
            value_enum,
            value_delimiter = ','
        )]
        permissions: Vec<crate::model::Permission>,
        /// How long the invitation stays open
        #[arg(long, value_name = "DURATION", default_value = "7d")]
        expires: String,
        /// Compose the invitation message now: print it, or pipe it to the config's
        /// `mail_command`; marks the invitation sent
        #[arg(long)]
        send: bool,
    },
    /// List invitations, newest first
    #[command(
        visible_alias = "ls",
        after_help = "Examples:
  portalctl invite list --customer Acme
  portalctl invite list --status expired -o json
  portalctl invite list --sort expires"
    )]
    List {
        /// Only invitations to this customer (id or name)
        #[arg(long, value_name = "CUSTOMER")]
        customer: Option<String>,
        /// The customer's partner (id or name), when the customer name is ambiguous
        #[arg(long, value_name = "PARTNER", requires = "customer")]
        partner: Option<String>,
        /// Only invitations in this state
        #[arg(long, value_enum)]
        status: Option<InviteStatus>,
        /// Only invitations of this email
        #[arg(long)]
        email: Option<String>,
        #[command(flatten)]
        order: Order<crate::store::invitation::Sort>,
    },
    /// Show one invitation (never its token)
    #[command(after_help = "Example:
  portalctl invite show 4")]
    Show {
        /// The invitation's id
        id: i64,
    },
    /// Record that you delivered the token `create` printed (pending -> sent)
    #[command(after_help = "Example:
  portalctl invite send 4")]
    Send {
        /// The invitation's id
        id: i64,
    },
    /// Accept an invitation: its email becomes an active guest of the customer
    #[command(after_help = "Examples:
  portalctl invite accept - < token.txt
  portalctl invite accept 7K3M-Q9ZD-4W1X-8B2C-T6RN-H5PV

TOKEN is read from standard input when given as `-`, which keeps it out of `ps`. Case, spaces
and hyphens are ignored; O reads as 0, I and L as 1.")]
    Accept {
        /// The invitation token, or - to read it from standard input
        token: String,
    },
    /// Decline an invitation
    #[command(after_help = "Example:
  portalctl invite decline - < token.txt

TOKEN is read from standard input when given as `-`.")]
    Decline {
        /// The invitation token, or - to read it from standard input
        token: String,
    },
    /// Revoke an open invitation; its token stops working
    #[command(after_help = "Example:
  portalctl invite revoke 4")]
    Revoke {
        /// The invitation's id
        id: i64,
    },
    /// Make a new token (the old one dies at once), renew the expiry and compose the message
    /// again (printed, or piped to `mail_command`)
    #[command(after_help = "Example:
  portalctl invite resend 4 --expires 14d")]
    Resend {
        /// The invitation's id
        id: i64,
        /// How long the renewed invitation stays open
        #[arg(long, value_name = "DURATION", default_value = "7d")]
        expires: String,
    },
}

// ---------------------------------------------------------------- portal and authcode

/// The portal of a customer (`--customer`) or of one site (`--site`, narrowed by `--customer`).
#[derive(Debug, Args, Clone)]
#[group(skip)]
#[command(group(
    clap::ArgGroup::new("portal_target").required(true).multiple(true).args(["customer", "site"])
))]
pub struct PortalTarget {
    /// The customer (id or name); with --site, the site's customer
    #[arg(long, value_name = "CUSTOMER")]
    pub customer: Option<String>,
    /// The customer's partner (id or name), when the customer name is ambiguous
    #[arg(long, value_name = "PARTNER", requires = "customer")]
    pub partner: Option<String>,
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
    /// The customer (id or name); with --site, the site's customer
    #[arg(long, value_name = "CUSTOMER")]
    pub customer: Option<String>,
    /// The customer's partner (id or name), when the customer name is ambiguous
    #[arg(long, value_name = "PARTNER", requires = "customer")]
    pub partner: Option<String>,
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
  printf '%s\\n' \"$TOKEN\" | portalctl authcode verify 7K3M-Q9ZD-4W1X --token -

CODE and TOKEN are read from standard input when given as `-` (at most one of them), which keeps
them out of `ps` and shell history. Case, spaces and hyphens are ignored; O reads as 0, I and L
as 1. A refusal never says why, unless --explain asks (for the operator, who holds the store).")]
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

// ---------------------------------------------------------------- log and db

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Only this kind of entity (partner, customer, site, probe, contact, guest, invitation,
    /// apply), or one entity as KIND:ID
    #[arg(long, value_name = "KIND[:ID]")]
    pub entity: Option<String>,
    /// Only changes made in the name of this actor (only when given here: the global --actor
    /// and `PORTALCTL_ACTOR` never filter the log)
    #[arg(long, value_name = "NAME")]
    pub actor: Option<String>,
    /// Only changes by this authenticated user (the OS user, or the database role)
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// Only this action
    #[arg(long, value_enum, value_name = "ACTION")]
    pub action: Option<crate::store::audit::Action>,
    /// Only changes since a time: RFC 3339, a date (2026-01-31), or an age (90m, 12h, 7d)
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// Only changes until a time (inclusive): RFC 3339, a date, or an age
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,
    /// Show at most N entries
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..=1_000_000_000))]
    pub limit: Option<i64>,
    /// Skip the first N entries (newest first)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(0..=1_000_000_000_000))]
    pub offset: Option<i64>,
}

#[derive(Debug, Subcommand)]
pub enum DbCmd {
    /// Print the store's path
    #[command(after_help = "Example:
  portalctl db path")]
    Path,
    /// Check the store's integrity and foreign keys (exit 1 with the findings when not clean)
    #[command(after_help = "Example:
  portalctl db check")]
    Check,
    /// Copy the store to FILE (a SQLite file, whichever backend), consistently, even while
    /// others write (the copy is 0600)
    #[command(after_help = "Example:
  portalctl db backup /var/backups/portal-$(date +%F).db")]
    Backup {
        /// Where to write the copy (replaced atomically if it exists)
        file: PathBuf,
    },
    /// Apply pending schema migrations (opening the store does this too)
    #[command(after_help = "Example:
  portalctl db migrate")]
    Migrate,
    /// Copy the whole store (hashes, audit and ids included) into an empty store at TARGET
    #[command(after_help = "Examples:
  portalctl db copy postgres://alice@db.internal/msp   # to a server
  portalctl --db postgres://alice@db.internal/msp db copy team.db   # and back

TARGET is a SQLite path or a postgres:// URL. It must be empty (a new file, or a database without
tables); one that already holds data is refused (exit 4). Codes, tokens and passwords keep
working in the copy, and it is read from one consistent snapshot.")]
    Copy {
        /// The new store: a path, or a postgres:// URL
        target: String,
    },
    /// Print the SQL that sets up the PostgreSQL group roles (safe to run twice)
    #[command(after_help = "Example:
  portalctl db grants | psql -d msp          # as the owner of the tables

It creates portalctl_reader (reads), portalctl_operator (reads, and every change but deletes) and
portalctl_admin (everything, deletes and --prune included). For all three the audit is
append-only. Grant one to each login role: GRANT portalctl_operator TO alice;")]
    Grants,
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
