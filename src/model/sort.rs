//! What each list may be sorted by: the words of `--sort` (the first is the default). What
//! each word means in SQL is the store's (`store::SortKey`, a `match` that names every word).

/// Defines each list's sort keys as an enum that clap reads.
macro_rules! sorts {
    ($(
        $(#[$meta:meta])*
        $name:ident { $first:ident, $($(#[$vmeta:meta])* $variant:ident,)* }
    )*) => {$(
        $(#[$meta])*
        #[derive(Debug, Default, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
        pub enum $name {
            #[default]
            $first,
            $($(#[$vmeta])* $variant,)*
        }
    )*};
}

sorts! {
    /// What `partner list --sort` takes.
    PartnerSort {
        Name,
        Id,
        Email,
        Created,
        Updated,
    }

    /// What `customer list --sort` takes; by default customers are listed by name.
    CustomerSort {
        Name,
        Id,
        Email,
        Created,
        Updated,
        /// By partner name (direct customers first), then name.
        Partner,
    }

    /// What `site list --sort` takes; by default sites are listed by customer, then name.
    SiteSort {
        Customer,
        Name,
        Id,
        Created,
        Updated,
    }

    /// What `probe list --sort` takes; by default probes are listed by customer and site (the
    /// unassigned ones first), then name.
    ProbeSort {
        Site,
        Name,
        Serial,
        Id,
        Created,
        Updated,
    }

    /// What `contact list --sort` takes; by default users are listed by customer, contacts
    /// before guests, then email.
    ContactSort {
        Customer,
        Email,
        Name,
        Kind,
        Status,
        Id,
        Created,
        Updated,
    }

    /// What `invite list --sort` takes; by default invitations are listed newest first.
    InvitationSort {
        Created,
        Id,
        Email,
        Status,
        Expires,
        Customer,
    }
}
