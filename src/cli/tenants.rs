//! The tenant tree on the command line: partners, customers, sites, probes.

use clap::{Args, Subcommand, ValueEnum};

use super::{CustomerArg, Order};
use crate::model::Status;

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
        order: Order<crate::model::PartnerSort>,
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
    /// Give a database role this partner's own space (PostgreSQL): from then on the role
    /// sees and changes only its partners and what lies under them
    #[command(after_help = "Example:
  portalctl partner grant \"Northwind MSP\" --role northwind_ops

The role keeps its group (portalctl_reader, _operator or _admin), which decides what kind of
change it may make; the space decides where. A role may be staff of several partners; one that
loses its last partner sees nothing. Only a role that is nobody's staff and may delete
(portalctl_admin, or the store's owner) grants and revokes. The database enforces it with
row-level security, so the role sees the same in psql. On a SQLite store this is exit 2: a
file has no users.")]
    Grant {
        /// Id or name
        partner: String,
        /// The database login role
        #[arg(long, value_name = "ROLE")]
        role: String,
    },
    /// Take a partner's space from a database role (PostgreSQL)
    #[command(after_help = "Example:
  portalctl partner revoke \"Northwind MSP\" --role northwind_ops

A role that loses its last partner stays staff and sees nothing: it never becomes
provider-wide.")]
    Revoke {
        /// Id or name
        partner: String,
        /// The database login role
        #[arg(long, value_name = "ROLE")]
        role: String,
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
    pub order: Order<crate::model::CustomerSort>,
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
        #[command(flatten)]
        owner: CustomerArg,
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
        order: Order<crate::model::SiteSort>,
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
        order: Order<crate::model::ProbeSort>,
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
