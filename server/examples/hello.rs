//! A bare axum "hello" server: the baseline `tools/load/run.sh` measures next to the real
//! server on the same machine in the same run.
//!
//! ```text
//! cargo run --release -p server --example hello -- 127.0.0.1:8090
//! ```

#![expect(clippy::print_stderr, reason = "a command-line tool")]

use axum::Router;
use axum::routing::get;

#[tokio::main]
async fn main() {
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:8090".to_owned());
    let app = Router::new().route("/", get(|| async { "Hello, World!" }));
    let listener = match tokio::net::TcpListener::bind(&addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("hello: cannot listen on {addr}: {e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = axum::serve(listener, app).await {
        eprintln!("hello: {e}");
        std::process::exit(1);
    }
}
