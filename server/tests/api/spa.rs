//! The built SPA: precompressed assets, cache headers, index.html for client routes.

use crate::both_backends;
use crate::helpers::{FAKE_WASM, TestApp};

async fn client_routes_get_the_index_page_revalidated(app: TestApp) {
    for path in ["/", "/balance-check", "/tariffs/compare", "/tv/channels"] {
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

async fn sign_in_routes_get_the_sign_in_build(app: TestApp) {
    for path in ["/signin", "/register", "/recovery", "/password", "/help"] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        assert!(
            res.text().await.expect("html").contains("sign-in build"),
            "{path}"
        );
    }
}

async fn account_routes_get_the_account_build(app: TestApp) {
    for path in ["/dashboard", "/payments/history", "/expenses"] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(res.headers()["cache-control"], "no-cache", "{path}");
        assert!(
            res.text().await.expect("html").contains("account build"),
            "{path}"
        );
    }
}

async fn service_routes_get_the_services_build(app: TestApp) {
    for path in ["/tv", "/profile/", "/support", "/mobile"] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        assert!(
            res.text().await.expect("html").contains("services build"),
            "{path}"
        );
    }
}

async fn gallery_routes_get_the_gallery_build(app: TestApp) {
    for path in ["/gallery", "/gallery/", "/gallery/button"] {
        let res = app.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(res.headers()["cache-control"], "no-cache", "{path}");
        assert!(
            res.text().await.expect("html").contains("gallery build"),
            "{path}"
        );
    }
    let res = app.get("/galleryx").await;
    assert!(
        res.text()
            .await
            .expect("html")
            .contains("My MTS test shell")
    );
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

both_backends!(
    client_routes_get_the_index_page_revalidated,
    sign_in_routes_get_the_sign_in_build,
    account_routes_get_the_account_build,
    service_routes_get_the_services_build,
    gallery_routes_get_the_gallery_build,
    hashed_assets_are_precompressed_and_cached_forever,
    missing_files_are_404_not_the_index,
);
