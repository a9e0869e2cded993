//! Which front-end build serves a path. The app ships as separate Trunk builds so that each
//! initial load stays within its budget: the public area (home, sign-in, registration,
//! recovery, catalogue, offices), the signed-in account area, and the designers' gallery.
//! The server picks the `index.html` with [`area_for`], and each build hands a path of
//! another area to the browser for a full load, with the same function.

/// A front-end build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Area {
    /// Served from `dist/` at `/`.
    Public,
    /// The signed-in pages, served from `dist/account/` (assets under `/account/`).
    Account,
    /// The component gallery, served from `dist/gallery/` (assets under `/gallery/`).
    Gallery,
}

/// First path segments of the account area.
pub const ACCOUNT_SECTIONS: [&str; 10] = [
    "dashboard",
    "payments",
    "internet",
    "tv",
    "mobile",
    "bonuses",
    "services",
    "expenses",
    "support",
    "profile",
];

/// Public pages that live under an account section's segment.
const PUBLIC_UNDER_ACCOUNT: [&str; 1] = ["/tv/channels"];

impl Area {
    /// The build's directory inside `dist/` ("" for the public area).
    pub const fn dir(self) -> &'static str {
        match self {
            Area::Public => "",
            Area::Account => "account",
            Area::Gallery => "gallery",
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
    let public_exception = PUBLIC_UNDER_ACCOUNT.iter().any(|prefix| {
        path == *prefix
            || path
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with('/'))
    });
    if ACCOUNT_SECTIONS.contains(&first) && !public_exception {
        Area::Account
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
        for path in [
            "/",
            "",
            "/signin",
            "/register",
            "/recovery",
            "/password",
            "/tariffs",
        ] {
            assert_eq!(area_for(path), Area::Public, "{path}");
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
        for path in [
            "/dashboard",
            "/payments/",
            "/tv",
            "/tv/multiroom",
            "/profile",
        ] {
            assert_eq!(area_for(path), Area::Account, "{path}");
        }
        assert_eq!(area_for("/gallery"), Area::Gallery);
        assert_eq!(area_for("/gallery/button"), Area::Gallery);
        // A segment that merely starts like a section is not that section.
        assert_eq!(area_for("/tvchannels"), Area::Public);
        assert_eq!(area_for("/dashboards"), Area::Public);
        assert_eq!(area_for("/tv/channelsx"), Area::Account);
    }

    #[test]
    fn directories() {
        assert_eq!(Area::Public.dir(), "");
        assert_eq!(Area::Account.dir(), "account");
        assert_eq!(Area::Gallery.dir(), "gallery");
    }

    proptest! {
        #[test]
        fn any_path_has_an_area_and_sections_are_account(section in 0usize..10, rest in "[a-z0-9/]{0,20}") {
            let _ = area_for(&rest);
            let path = format!("/{}/{rest}", ACCOUNT_SECTIONS[section]);
            if !path.starts_with("/tv/channels") {
                prop_assert_eq!(area_for(&path), Area::Account);
            }
        }
    }
}
