//! The app ships as one Trunk build per area (`shared::area`): `--features auth` builds the
//! sign-in pages, `--features account` the overview and money pages, `--features services`
//! the service pages and profile, `--features gallery` the component gallery, no feature the
//! public pages. This sets exactly one of `area_public`, `area_auth`, `area_account`,
//! `area_services`, `area_gallery` so modules
//! say which build they belong to (the gallery wins when several features are on, as in
//! `cargo clippy --all-features`).

fn main() {
    for area in [
        "area_public",
        "area_auth",
        "area_account",
        "area_services",
        "area_gallery",
    ] {
        println!("cargo::rustc-check-cfg=cfg({area})");
    }
    let on = |feature: &str| std::env::var_os(format!("CARGO_FEATURE_{feature}")).is_some();
    let area = if on("GALLERY") {
        "area_gallery"
    } else if on("ACCOUNT") {
        "area_account"
    } else if on("SERVICES") {
        "area_services"
    } else if on("AUTH") {
        "area_auth"
    } else {
        "area_public"
    };
    println!("cargo::rustc-cfg={area}");
}
