//! The built SPA from `dist/`: precompressed brotli/gzip files, long cache for hashed
//! assets, and `index.html` for client-side routes. `/api/*` never reaches this.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

use super::csp;

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

#[derive(Clone)]
pub struct Spa {
    dist: PathBuf,
    /// The Content Security Policy of each built page, with the modification time of the
    /// `index.html` it was computed from: a page load reads the file again only after a
    /// rebuild.
    policies: Arc<Mutex<HashMap<PathBuf, (SystemTime, HeaderValue)>>>,
}

impl Spa {
    pub fn new(dist: PathBuf) -> Self {
        if !dist.join("index.html").is_file() {
            tracing::warn!(
                dist = %dist.display(),
                "front end is not built: no index.html in the dist directory; \
                 run `make build` (trunk build --release). The API still works."
            );
        }
        Spa {
            dist,
            policies: Arc::default(),
        }
    }

    fn index(&self) -> PathBuf {
        self.dist.join("index.html")
    }
}

/// Trunk names assets `name-<hash>.ext` with the hash as unpadded hex of a u64 (so 16 digits,
/// or fewer when it starts with zeros); such a file never changes under its name.
fn is_hashed(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// A path whose last segment has an extension names a file, not a client route.
fn looks_like_file(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'))
}

pub async fn serve(State(spa): State<Spa>, req: Request) -> Response {
    if !spa.index().is_file() {
        return not_built();
    }
    let path = req.uri().path().to_owned();
    let mut response = if looks_like_file(&path) {
        match ServeDir::new(&spa.dist)
            .precompressed_br()
            .precompressed_gzip()
            .oneshot(req)
            .await
        {
            Ok(res) => res.map(Body::new),
            Err(never) => match never {},
        }
    } else {
        let accept_encoding = req.headers().get(header::ACCEPT_ENCODING).cloned();
        let index = spa.index();
        let mut page = serve_index(&index, accept_encoding).await;
        if let Some(policy) = spa.page_policy(&index).await {
            page.headers_mut()
                .insert(header::CONTENT_SECURITY_POLICY, policy);
        }
        page
    };
    if path == "/sw.js" {
        // A worker served under the policy of plain files could not fetch anything.
        response.headers_mut().insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(csp::SERVICE_WORKER),
        );
    }
    let cache = if is_hashed(&path) && response.status().is_success() {
        IMMUTABLE
    } else {
        REVALIDATE
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

impl Spa {
    /// The Content Security Policy of a page, from its built `index.html` (computed again
    /// when the file changes, so a rebuilt app is served with its own loader's hash).
    async fn page_policy(&self, index: &Path) -> Option<HeaderValue> {
        let modified = tokio::fs::metadata(index).await.ok()?.modified().ok()?;
        if let Some((at, policy)) = self.cached_policy(index)
            && at == modified
        {
            return Some(policy);
        }
        let html = tokio::fs::read_to_string(index).await.ok()?;
        let policy = HeaderValue::from_str(&csp::page_policy(&html)).ok()?;
        if let Ok(mut cache) = self.policies.lock() {
            cache.insert(index.to_owned(), (modified, policy.clone()));
        }
        Some(policy)
    }

    fn cached_policy(&self, index: &Path) -> Option<(SystemTime, HeaderValue)> {
        self.policies.lock().ok()?.get(index).cloned()
    }
}

async fn serve_index(index: &Path, accept_encoding: Option<HeaderValue>) -> Response {
    let mut req = Request::new(Body::empty());
    if let Some(value) = accept_encoding {
        req.headers_mut().insert(header::ACCEPT_ENCODING, value);
    }
    match ServeFile::new(index)
        .precompressed_br()
        .precompressed_gzip()
        .oneshot(req)
        .await
    {
        Ok(res) => res.map(Body::new),
        Err(never) => match never {},
    }
}

fn not_built() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        Html(
            "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>My MTS</title>\
             <h1>The front end is not built</h1><p>The API is running. Build the app with \
             <code>make build</code> (or <code>trunk build --release</code>) and reload.</p></html>",
        ),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_hashed_names_are_recognised() {
        assert!(is_hashed("/app-1a2b3c4d5e6f7a8b_bg.wasm"));
        assert!(is_hashed("/app-1a2b3c4d5e6f7a8b.js"));
        assert!(is_hashed("/main-0123456789abcdef.css"));
        // A hash with leading zeros is printed shorter.
        assert!(is_hashed("/app-dc305e8ca1b2da8_bg.wasm"));
        assert!(!is_hashed("/my-decade.css"));
        assert!(!is_hashed("/index.html"));
        assert!(!is_hashed("/favicon.svg"));
        assert!(!is_hashed("/boot-script.js"));
    }

    #[test]
    fn client_routes_are_not_files() {
        assert!(!looks_like_file("/dashboard"));
        assert!(!looks_like_file("/gallery/button"));
        assert!(looks_like_file("/missing-1234.wasm"));
    }
}
