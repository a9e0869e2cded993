//! A tiny round-robin reverse proxy on loopback for the scale-out check
//! (`tools/scaleout/run.sh`): each request goes to the next upstream in turn, so consecutive
//! requests of one browser land on different server instances. It adds `X-Forwarded-For`
//! and answers with `X-Upstream: <index>` so a script can see who served what.
//!
//! ```text
//! cargo run --release -p server --example proxy -- 127.0.0.1:8000 \
//!     http://127.0.0.1:8001 http://127.0.0.1:8002
//! ```

#![expect(clippy::print_stderr, reason = "a command-line tool")]

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

struct Proxy {
    upstreams: Vec<String>,
    next: AtomicUsize,
    http: reqwest::Client,
}

/// Headers that belong to one hop and are not forwarded.
fn hop_by_hop(name: &HeaderName) -> bool {
    matches!(
        name.as_str(),
        "connection"
            | "keep-alive"
            | "proxy-connection"
            | "transfer-encoding"
            | "te"
            | "trailer"
            | "upgrade"
            | "host"
            | "content-length"
    )
}

async fn forward(
    State(proxy): State<Arc<Proxy>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    req: Request,
) -> Response {
    let index = proxy.next.fetch_add(1, Ordering::Relaxed) % proxy.upstreams.len();
    let (parts, body) = req.into_parts();
    let path = parts
        .uri
        .path_and_query()
        .map_or("/", |p| p.as_str())
        .to_owned();
    let Ok(body) = axum::body::to_bytes(body, 64 * 1024 * 1024).await else {
        return (StatusCode::BAD_REQUEST, "unreadable body").into_response();
    };
    let mut out = proxy
        .http
        .request(parts.method, format!("{}{path}", proxy.upstreams[index]))
        .body(body);
    for (name, value) in &parts.headers {
        if !hop_by_hop(name) {
            out = out.header(name, value);
        }
    }
    out = out.header("x-forwarded-for", peer.ip().to_string());
    let answer = match out.send().await {
        Ok(a) => a,
        Err(e) => {
            eprintln!("proxy: upstream {index}: {e}");
            return (StatusCode::BAD_GATEWAY, "upstream unreachable").into_response();
        }
    };
    let status = answer.status();
    let headers = answer.headers().clone();
    let bytes = match answer.bytes().await {
        Ok(b) => b,
        Err(e) => {
            eprintln!("proxy: upstream {index} body: {e}");
            return (StatusCode::BAD_GATEWAY, "upstream body").into_response();
        }
    };
    let mut res = Response::new(Body::from(bytes));
    *res.status_mut() = status;
    for (name, value) in &headers {
        if !hop_by_hop(name) {
            res.headers_mut().append(name, value.clone());
        }
    }
    res.headers_mut()
        .insert("x-upstream", HeaderValue::from(index));
    res.headers_mut().remove(header::CONTENT_LENGTH);
    res
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let listen = args.next().unwrap_or_default();
    let upstreams: Vec<String> = args.map(|u| u.trim_end_matches('/').to_owned()).collect();
    if listen.is_empty() || upstreams.is_empty() {
        eprintln!("usage: proxy LISTEN_ADDR UPSTREAM_URL...");
        std::process::exit(2);
    }
    let http = match reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            eprintln!("proxy: {e}");
            std::process::exit(1);
        }
    };
    let proxy = Arc::new(Proxy {
        upstreams,
        next: AtomicUsize::new(0),
        http,
    });
    let app = Router::new().fallback(forward).with_state(proxy);
    let listener = match tokio::net::TcpListener::bind(&listen).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("proxy: cannot listen on {listen}: {e}");
            std::process::exit(1);
        }
    };
    let service = app.into_make_service_with_connect_info::<SocketAddr>();
    if let Err(e) = axum::serve(listener, service).await {
        eprintln!("proxy: {e}");
        std::process::exit(1);
    }
}
