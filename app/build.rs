//! The app ships as one Trunk build per area (`shared::area`): `--features auth` builds the
//! sign-in pages, `--features account` the overview and payments, `--features billing`
//! auto-payment and the promised payment, `--features insights` expense control and bonuses, `--features services` services, internet and TV,
//! `--features mobile` the mobile controls, `--features care` support, `--features profile`
//! the profile, `--features plans` the tariff change, `--features personal` the Personal TV
//! builder,
//! `--features gallery` the component gallery, no feature the public pages.
//!
//! This sets exactly one area cfg (`area_public`, `area_auth`, `area_account`,
//! `area_services`, `area_gallery`) and, for the signed-in builds, the part of it
//! (`part_money`/`part_billing`/`part_insights` of `area_account`; `part_catalog`/`part_mobile`/
//! `part_care`/`part_profile`/`part_plans` of `area_services`): the builds of one area share its API client and texts
//! and carry only their own pages. The gallery wins when several features are on, as in
//! `cargo clippy --all-features`.

fn main() {
    for cfg in [
        "area_public",
        "area_auth",
        "area_account",
        "area_services",
        "area_gallery",
        "part_money",
        "part_billing",
        "part_insights",
        "part_catalog",
        "part_mobile",
        "part_care",
        "part_profile",
        "part_plans",
        "plans_tariff",
        "plans_tv",
    ] {
        println!("cargo::rustc-check-cfg=cfg({cfg})");
    }
    let on = |feature: &str| std::env::var_os(format!("CARGO_FEATURE_{feature}")).is_some();
    let (area, part) = if on("GALLERY") {
        ("area_gallery", None)
    } else if on("ACCOUNT") {
        ("area_account", Some("part_money"))
    } else if on("BILLING") {
        ("area_account", Some("part_billing"))
    } else if on("INSIGHTS") {
        ("area_account", Some("part_insights"))
    } else if on("SERVICES") {
        ("area_services", Some("part_catalog"))
    } else if on("MOBILE") {
        ("area_services", Some("part_mobile"))
    } else if on("CARE") {
        ("area_services", Some("part_care"))
    } else if on("PROFILE") {
        ("area_services", Some("part_profile"))
    } else if on("PLANS") || on("PERSONAL") {
        ("area_services", Some("part_plans"))
    } else if on("AUTH") {
        ("area_auth", None)
    } else {
        ("area_public", None)
    };
    println!("cargo::rustc-cfg={area}");
    if let Some(part) = part {
        println!("cargo::rustc-cfg={part}");
    }
    // The two change builders share `part_plans` (the account picker, the change panel);
    // each carries only its own page.
    if part == Some("part_plans") {
        let page = if on("PLANS") {
            "plans_tariff"
        } else {
            "plans_tv"
        };
        println!("cargo::rustc-cfg={page}");
    }
}
