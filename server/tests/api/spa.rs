//! The built SPA: precompressed assets, cache headers, index.html for client routes.

use crate::both_backends;
use base64::Engine;
use sha2::{Digest, Sha256};

use crate::helpers::{Backend, FAKE_INDEX, FAKE_LOADER, FAKE_WASM, TestApp, spawn_app_with};

/// One app serves every client route: the same `index.html`, revalidated on each load.
async fn client_routes_get_the_index_page_revalidated(app: TestApp) {
    for path in [
        "/",
        "/balance-check",
        "/balance",
        "/tariffs/compare",
        "/tv/channels",
        "/signin",
        "/register",
        "/password",
        "/dashboard",
        "/payments/history",
        "/services/tariff",
        "/tv/personal",
        "/autopay",
        "/expenses",
        "/mobile",
        "/profile/",
        "/support",
        "/gallery",
        "/gallery/button",
        "/no-such-page",
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(res.headers()["cache-control"], "no-cache", "{path}");
        assert!(
            res.text()
                .await
                .expect("html")
                .contains("My MTS test shell"),
            "{path}"
        );
    }
}

async fn hashed_assets_are_precompressed_and_cached_forever(app: TestApp) {
    let res = app
        .client
        .get(app.url(&format!("/{FAKE_WASM}")))
        .header("accept-encoding", "br, gzip")
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-encoding"], "br");
    assert_eq!(
        res.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(res.text().await.expect("body"), "brotli-bytes");

    // A client without brotli gets the plain file.
    let res = app.get(&format!("/{FAKE_WASM}")).await;
    assert!(!res.headers().contains_key("content-encoding"));
    assert_eq!(res.text().await.expect("body"), "\0asm-plain");

    // Unhashed files revalidate.
    let res = app.get("/favicon.svg").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-cache");
}

async fn missing_files_are_404_not_the_index(app: TestApp) {
    let res = app.get("/app-ffffffffffffffff_bg.wasm").await;
    assert_eq!(res.status(), 404);
    assert_ne!(
        res.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
}

/// Security headers: the app's pages allow scripts from the origin, WebAssembly and the
/// inline loader by its hash (never `unsafe-inline`); nothing may be framed; no sniffing.
async fn pages_carry_a_strict_content_security_policy(app: TestApp) {
    assert!(FAKE_INDEX.contains(FAKE_LOADER));
    let loader_hash = format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(FAKE_LOADER.as_bytes()))
    );
    for path in ["/", "/dashboard", "/signin", "/mobile", "/gallery"] {
        let res = app.get(path).await;
        let csp = res.headers()["content-security-policy"]
            .to_str()
            .expect("ascii");
        let script_src = csp
            .split("; ")
            .find(|d| d.starts_with("script-src "))
            .unwrap_or_else(|| panic!("{path}: no script-src in {csp}"));
        assert!(script_src.contains("'self'"), "{path}: {csp}");
        assert!(script_src.contains("'wasm-unsafe-eval'"), "{path}: {csp}");
        assert!(!script_src.contains("unsafe-inline"), "{path}: {csp}");
        assert!(!script_src.contains("'unsafe-eval'"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("object-src 'none'"), "{path}: {csp}");
        assert_eq!(res.headers()["x-content-type-options"], "nosniff");
        assert_eq!(res.headers()["x-frame-options"], "DENY");
        assert_eq!(
            res.headers()["referrer-policy"],
            "strict-origin-when-cross-origin"
        );
        assert!(!res.headers().contains_key("strict-transport-security"));
        // Only the public page's test index holds the loader; the others have no inline code.
        if path == "/" {
            assert!(script_src.contains(&loader_hash), "{csp}");
        }
    }
    let res = app.get("/api/health").await;
    assert_eq!(
        res.headers()["content-security-policy"],
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; \
         frame-ancestors 'none'"
    );
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
}

async fn https_sites_pin_https(backend: Backend) {
    let app = spawn_app_with(backend, |s| s.public_url = "https://my.example".to_owned()).await;
    for path in ["/", "/api/health"] {
        let res = app.get(path).await;
        assert_eq!(
            res.headers()["strict-transport-security"],
            "max-age=31536000; includeSubDomains",
            "{path}"
        );
    }
}

#[tokio::test]
async fn https_sites_pin_https_sqlite() {
    https_sites_pin_https(Backend::Sqlite).await;
}

#[tokio::test]
async fn https_sites_pin_https_postgres() {
    https_sites_pin_https(Backend::Postgres).await;
}

both_backends!(
    pages_carry_a_strict_content_security_policy,
    client_routes_get_the_index_page_revalidated,
    hashed_assets_are_precompressed_and_cached_forever,
    missing_files_are_404_not_the_index,
);
