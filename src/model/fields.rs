//! The fields an edit writes, named once per entity. The store's audit diff of an edit and
//! the plan of `apply` both read an entity's differences from here, so a field added to an
//! entity is audited and planned alike, or by neither.

use serde::Serialize;

use super::{Contact, Customer, Partner, Probe, Site};

/// What collects the fields in which two versions of an entity differ.
pub trait Differences {
    /// Notes `field` when `old` and `new` differ.
    fn field<T: Serialize + PartialEq>(&mut self, field: &'static str, old: &T, new: &T);
}

/// An entity whose editable fields are listed once.
pub trait Edited {
    /// Hands every editable field of `old` and `new` to `d`, in the order they are shown.
    fn compare(old: &Self, new: &Self, d: &mut impl Differences);
}

impl Edited for Partner {
    fn compare(old: &Self, new: &Self, d: &mut impl Differences) {
        d.field("name", &old.name, &new.name);
        d.field("email", &old.email, &new.email);
        d.field("portal_url", &old.portal_url, &new.portal_url);
    }
}

impl Edited for Customer {
    /// The partner is fixed at creation; the portal has its own verbs (`portal enable`).
    fn compare(old: &Self, new: &Self, d: &mut impl Differences) {
        d.field("name", &old.name, &new.name);
        d.field("email", &old.email, &new.email);
        d.field("workflow", &old.workflow, &new.workflow);
        d.field("active", &old.active, &new.active);
        d.field("display_name", &old.display_name, &new.display_name);
        d.field("logo_url", &old.logo_url, &new.logo_url);
        d.field("primary_color", &old.primary_color, &new.primary_color);
        d.field("support_email", &old.support_email, &new.support_email);
    }
}

impl Edited for Site {
    /// The portal and installation level have their own verbs.
    fn compare(old: &Self, new: &Self, d: &mut impl Differences) {
        d.field("name", &old.name, &new.name);
        d.field("address", &old.address, &new.address);
    }
}

impl Edited for Probe {
    fn compare(old: &Self, new: &Self, d: &mut impl Differences) {
        d.field("name", &old.name, &new.name);
        d.field("serial", &old.serial, &new.serial);
        // Sites are named within their customer: a move between two sites called "HQ"
        // changes the site id and the customer, and is a change.
        d.field("site_id", &old.site_id, &new.site_id);
        d.field("site", &old.site, &new.site);
        d.field("customer", &old.customer, &new.customer);
    }
}

impl Edited for Contact {
    /// The login (a password) has its own verbs.
    fn compare(old: &Self, new: &Self, d: &mut impl Differences) {
        d.field("email", &old.email, &new.email);
        d.field("name", &old.name, &new.name);
        d.field("phone", &old.phone, &new.phone);
        d.field("contact_type", &old.contact_type, &new.contact_type);
        d.field("permissions", &old.permissions, &new.permissions);
        d.field("status", &old.status, &new.status);
    }
}
