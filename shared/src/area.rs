//! Which front-end build serves a path. The app ships as separate Trunk builds so that each
//! initial load stays within its budget: the public area (home, catalogue, offices, help),
//! the sign-in area (sign-in, registration, recovery, password change, "nothing works"), the
//! signed-in money area (overview, payments), auto-payment and the promised payment, expense
//! control and bonuses, the services area
//! (services, internet, TV), mobile controls, support, the profile, and the designers' gallery.
//! The server picks the `index.html` with [`area_for`], and each build hands a path of
//! another area to the browser for a full load, with the same function.

/// A front-end build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Area {
    /// Served from `dist/` at `/`.
    Public,
    /// Signing in, registering, recovering: `dist/auth/` (assets under `/auth/`).
    Auth,
    /// The signed-in overview and money pages: `dist/account/` (assets under `/account/`).
    Account,
    /// The signed-in service pages and the profile: `dist/services/` (assets under
    /// `/services/`).
    Services,
    /// The signed-in expense control and bonuses: `dist/insights/`.
    Insights,
    /// The signed-in auto-payment and promised payment: `dist/billing/`.
    Billing,
    /// The signed-in mobile controls (SMS, blacklist, other numbers, blocking):
    /// `dist/mobile/`.
    Mobile,
    /// Support and the notification centre: `dist/care/`.
    Care,
    /// The profile: sessions, password, linked sign-in, contacts, notification settings:
    /// `dist/profile/`.
    Profile,
    /// The component gallery, served from `dist/gallery/` (assets under `/gallery/`).
    Gallery,
    /// The tariff change of the services section: `dist/plans/`, so the services build
    /// keeps within its budget.
    Plans,
    /// The Personal TV builder of the services section: `dist/personal/`, for the same reason.
    Personal,
}

/// First path segments of the money area (where a subscriber lands after signing in).
pub const ACCOUNT_SECTIONS: [&str; 2] = ["dashboard", "payments"];

/// First path segments of the auto-payment and promised-payment area.
pub const BILLING_SECTIONS: [&str; 2] = ["autopay", "promised"];

/// First path segments of the expense-control and bonus area.
pub const INSIGHT_SECTIONS: [&str; 2] = ["expenses", "bonuses"];

/// First path segments of the services area (tariff, options, internet, TV).
pub const SERVICE_SECTIONS: [&str; 3] = ["internet", "tv", "services"];

/// First path segments of the mobile-controls area.
pub const MOBILE_SECTIONS: [&str; 1] = ["mobile"];

/// First path segments of the support area.
pub const CARE_SECTIONS: [&str; 1] = ["support"];

/// First path segments of the profile area.
pub const PROFILE_SECTIONS: [&str; 1] = ["profile"];

/// First path segments of the sign-in area.
pub const AUTH_PAGES: [&str; 5] = ["signin", "register", "recovery", "password", "help"];

/// Pages of the services section served by the plans build (a path and its subpaths).
pub const PLAN_PAGES: [&str; 1] = ["/services/tariff"];

/// Pages of the services section served by the Personal TV build (a path and its subpaths).
pub const PERSONAL_PAGES: [&str; 1] = ["/tv/personal"];

/// Public pages that live under an account section's segment.
const PUBLIC_UNDER_ACCOUNT: [&str; 1] = ["/tv/channels"];

impl Area {
    /// The build's directory inside `dist/` ("" for the public area).
    pub const fn dir(self) -> &'static str {
        match self {
            Area::Public => "",
            Area::Auth => "auth",
            Area::Account => "account",
            Area::Services => "services",
            Area::Insights => "insights",
            Area::Billing => "billing",
            Area::Mobile => "mobile",
            Area::Care => "care",
            Area::Profile => "profile",
            Area::Gallery => "gallery",
            Area::Plans => "plans",
            Area::Personal => "personal",
        }
    }
}

/// The area a client route belongs to. Query and fragment must already be stripped.
pub fn area_for(path: &str) -> Area {
    let mut segments = path.split('/').filter(|segment| !segment.is_empty());
    let Some(first) = segments.next() else {
        return Area::Public;
    };
    if first == "gallery" {
        return Area::Gallery;
    }
    if AUTH_PAGES.contains(&first) {
        return Area::Auth;
    }
    let under = |prefix: &&str| {
        path == *prefix
            || path
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with('/'))
    };
    if PUBLIC_UNDER_ACCOUNT.iter().any(under) {
        Area::Public
    } else if PLAN_PAGES.iter().any(under) {
        Area::Plans
    } else if PERSONAL_PAGES.iter().any(under) {
        Area::Personal
    } else if ACCOUNT_SECTIONS.contains(&first) {
        Area::Account
    } else if BILLING_SECTIONS.contains(&first) {
        Area::Billing
    } else if INSIGHT_SECTIONS.contains(&first) {
        Area::Insights
    } else if SERVICE_SECTIONS.contains(&first) {
        Area::Services
    } else if MOBILE_SECTIONS.contains(&first) {
        Area::Mobile
    } else if CARE_SECTIONS.contains(&first) {
        Area::Care
    } else if PROFILE_SECTIONS.contains(&first) {
        Area::Profile
    } else {
        Area::Public
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_route_has_its_area() {
        for path in ["/", "", "/tariffs", "/balance-check", "/balance"] {
            assert_eq!(area_for(path), Area::Public, "{path}");
        }
        for path in [
            "/signin",
            "/register",
            "/recovery",
            "/password",
            "/signin/",
            "/help",
        ] {
            assert_eq!(area_for(path), Area::Auth, "{path}");
        }
        for path in [
            "/tariffs/compare",
            "/offices",
            "/tv/channels",
            "/tv/channels/",
            "/x",
        ] {
            assert_eq!(area_for(path), Area::Public, "{path}");
        }
        for path in ["/dashboard", "/payments/", "/payments/history"] {
            assert_eq!(area_for(path), Area::Account, "{path}");
        }
        for path in ["/expenses", "/bonuses/history"] {
            assert_eq!(area_for(path), Area::Insights, "{path}");
        }
        for path in ["/autopay", "/promised/", "/autopay/1"] {
            assert_eq!(area_for(path), Area::Billing, "{path}");
        }
        assert_eq!(area_for("/autopayment"), Area::Public);
        for path in ["/tv", "/tv/multiroom", "/internet", "/services"] {
            assert_eq!(area_for(path), Area::Services, "{path}");
        }
        for path in ["/services/tariff", "/services/tariff/"] {
            assert_eq!(area_for(path), Area::Plans, "{path}");
        }
        for path in ["/tv/personal", "/tv/personal/"] {
            assert_eq!(area_for(path), Area::Personal, "{path}");
        }
        assert_eq!(area_for("/tv/personalised"), Area::Services);
        assert_eq!(area_for("/services/tariffs"), Area::Services);
        assert_eq!(area_for("/mobile"), Area::Mobile);
        assert_eq!(area_for("/support/1"), Area::Care);
        assert_eq!(area_for("/profile"), Area::Profile);
        assert_eq!(area_for("/gallery"), Area::Gallery);
        assert_eq!(area_for("/gallery/button"), Area::Gallery);
        // A segment that merely starts like a section is not that section.
        assert_eq!(area_for("/tvchannels"), Area::Public);
        assert_eq!(area_for("/dashboards"), Area::Public);
        assert_eq!(area_for("/tv/channelsx"), Area::Services);
    }

    #[test]
    fn directories() {
        assert_eq!(Area::Public.dir(), "");
        assert_eq!(Area::Auth.dir(), "auth");
        assert_eq!(Area::Account.dir(), "account");
        assert_eq!(Area::Services.dir(), "services");
        assert_eq!(Area::Insights.dir(), "insights");
        assert_eq!(Area::Billing.dir(), "billing");
        assert_eq!(Area::Mobile.dir(), "mobile");
        assert_eq!(Area::Care.dir(), "care");
        assert_eq!(Area::Profile.dir(), "profile");
        assert_eq!(Area::Gallery.dir(), "gallery");
        assert_eq!(Area::Plans.dir(), "plans");
        assert_eq!(Area::Personal.dir(), "personal");
    }

    proptest! {
        #[test]
        fn any_path_has_an_area_and_sections_keep_theirs(section in 0usize..2, service in 0usize..3, rest in "[a-z0-9/]{0,20}") {
            let _ = area_for(&rest);
            let path = format!("/{}/{rest}", ACCOUNT_SECTIONS[section]);
            prop_assert_eq!(area_for(&path), Area::Account);
            let path = format!("/{}/{rest}", SERVICE_SECTIONS[service]);
            if !path.starts_with("/tv/channels") && !PLAN_PAGES.iter().chain(&PERSONAL_PAGES).any(|p| path.starts_with(p)) {
                prop_assert_eq!(area_for(&path), Area::Services);
            }
        }
    }
}
