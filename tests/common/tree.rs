//! A fixture builder: a test declares the partners, customers, sites, probes and contacts it
//! starts from, and `make` creates them through the binary, one `create` a node, so a setup
//! is written once and reads as the tree it is.
//!
//! ```ignore
//! Tree::new()
//!     .partner("Northwind", "ops@northwind.example", |p| {
//!         p.customer("Acme", "it@acme.example", |c| c.site("HQ", |s| s.probe("hq-probe-1")))
//!     })
//!     .direct("Beta", "it@beta.example", |c| c.contact("pat@x.example", &["--login"]))
//!     .make(&env);
//! ```
//!
//! The tree is made level by level: every partner, then every customer, site, probe and
//! contact, each level in the order declared, so ids are given out in that order. A test
//! that needs another order (or a secret a `create` prints) runs those commands itself.

use crate::Env;

/// One `create` run: its arguments after the noun's `create`.
type Runs = Vec<Vec<String>>;

#[derive(Default)]
struct Levels {
    partners: Runs,
    customers: Runs,
    sites: Runs,
    probes: Runs,
    contacts: Runs,
}

/// The nodes to create, by level.
#[derive(Default)]
#[must_use = "a tree is made by `make`"]
pub struct Tree {
    levels: Levels,
}

/// A partner's customers, declared inside `Tree::partner` or `Tree::under`.
#[must_use]
pub struct Partner {
    name: String,
    levels: Levels,
}

/// A customer's own flags, sites and contacts.
#[must_use]
pub struct Customer {
    name: String,
    create: Vec<String>,
    levels: Levels,
}

/// A site's probes.
#[must_use]
pub struct Site {
    name: String,
    levels: Levels,
}

fn owned(args: &[&str]) -> Vec<String> {
    args.iter().map(ToString::to_string).collect()
}

impl Levels {
    fn extend(&mut self, other: Levels) {
        self.partners.extend(other.partners);
        self.customers.extend(other.customers);
        self.sites.extend(other.sites);
        self.probes.extend(other.probes);
        self.contacts.extend(other.contacts);
    }

    fn customer(&mut self, c: Customer) {
        self.customers.push(c.create);
        self.extend(c.levels);
    }
}

impl Tree {
    pub fn new() -> Tree {
        Tree::default()
    }

    /// The usual start: partner "Northwind", its customer "Acme" with site "HQ" and probe
    /// "hq-probe-1".
    pub fn seed() -> Tree {
        Tree::new().partner("Northwind", "ops@northwind.example", |p| {
            p.customer("Acme", "it@acme.example", acme)
        })
    }

    /// A direct customer "Contoso" (it@contoso.example) whose contact pat@contoso.example is
    /// registered: someone to invite elsewhere as a guest.
    pub fn contoso() -> Tree {
        Tree::new().direct("Contoso", "it@contoso.example", |c| {
            c.contact("pat@contoso.example", &[])
        })
    }

    /// A new partner and what `f` declares under it.
    pub fn partner(mut self, name: &str, email: &str, f: impl FnOnce(Partner) -> Partner) -> Tree {
        self.levels
            .partners
            .push(owned(&["partner", "create", name, "--email", email]));
        self.under(name, f)
    }

    /// More customers of a partner that exists already (or is declared before).
    pub fn under(mut self, partner: &str, f: impl FnOnce(Partner) -> Partner) -> Tree {
        let p = f(Partner {
            name: partner.to_string(),
            levels: Levels::default(),
        });
        self.levels.extend(p.levels);
        self
    }

    /// A direct customer (no partner) and what `f` declares in it.
    pub fn direct(mut self, name: &str, email: &str, f: impl FnOnce(Customer) -> Customer) -> Tree {
        let c = Customer::new(name, &["--direct", "--email", email]);
        self.levels.customer(f(c));
        self
    }

    /// Sites or contacts added to a customer that exists already.
    pub fn within(mut self, customer: &str, f: impl FnOnce(Customer) -> Customer) -> Tree {
        let c = f(Customer {
            name: customer.to_string(),
            create: Vec::new(),
            levels: Levels::default(),
        });
        self.levels.extend(c.levels);
        self
    }

    /// A probe at no site, with `extra` flags (`--serial`).
    pub fn probe(mut self, name: &str, extra: &[&str]) -> Tree {
        let mut run = owned(&["probe", "create", name]);
        run.extend(owned(extra));
        self.levels.probes.push(run);
        self
    }

    /// Creates the tree in `env`'s store, asserting that every `create` exits 0.
    #[track_caller]
    pub fn make(self, env: &Env) {
        let l = self.levels;
        for run in [l.partners, l.customers, l.sites, l.probes, l.contacts]
            .into_iter()
            .flatten()
        {
            let args: Vec<&str> = run.iter().map(String::as_str).collect();
            env.ok(&args);
        }
    }
}

/// The seed's Acme: site "HQ" with probe "hq-probe-1".
pub fn acme(c: Customer) -> Customer {
    c.site("HQ", |s| s.probe("hq-probe-1"))
}

impl Partner {
    /// A customer of this partner and what `f` declares in it.
    pub fn customer(
        mut self,
        name: &str,
        email: &str,
        f: impl FnOnce(Customer) -> Customer,
    ) -> Partner {
        let partner = self.name.clone();
        let c = Customer::new(name, &["--partner", &partner, "--email", email]);
        self.levels.customer(f(c));
        self
    }
}

impl Customer {
    fn new(name: &str, flags: &[&str]) -> Customer {
        let mut create = owned(&["customer", "create", name]);
        create.extend(owned(flags));
        Customer {
            name: name.to_string(),
            create,
            levels: Levels::default(),
        }
    }

    /// The customer's `--workflow`.
    pub fn workflow(self, workflow: &str) -> Customer {
        self.flags(&["--workflow", workflow])
    }

    /// More flags for the customer's `create` (`--display-name`, `--portal`).
    pub fn flags(mut self, flags: &[&str]) -> Customer {
        self.create.extend(owned(flags));
        self
    }

    /// A site of this customer and its probes.
    pub fn site(mut self, name: &str, f: impl FnOnce(Site) -> Site) -> Customer {
        self.levels
            .sites
            .push(owned(&["site", "create", name, "--customer", &self.name]));
        let s = f(Site {
            name: name.to_string(),
            levels: Levels::default(),
        });
        self.levels.extend(s.levels);
        self
    }

    /// A contact of this customer, with `extra` flags (`--permission`, `--name`, `--login`).
    pub fn contact(mut self, email: &str, extra: &[&str]) -> Customer {
        let mut run = owned(&[
            "contact",
            "create",
            "--customer",
            &self.name,
            "--email",
            email,
        ]);
        run.extend(owned(extra));
        self.levels.contacts.push(run);
        self
    }
}

impl Site {
    /// A probe at this site.
    pub fn probe(self, name: &str) -> Site {
        self.probe_with(name, &[])
    }

    /// A probe at this site, with `extra` flags (`--serial`).
    pub fn probe_with(mut self, name: &str, extra: &[&str]) -> Site {
        let mut run = owned(&["probe", "create", name, "--site", &self.name]);
        run.extend(owned(extra));
        self.levels.probes.push(run);
        self
    }
}
