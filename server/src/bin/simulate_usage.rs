//! Posts plausible signed usage records for the demo mobile accounts to a running server:
//!
//! ```text
//! simulate_usage [--url http://127.0.0.1:8080] [--batches 10] [--every-secs 0] [ACCOUNT...]
//! ```
//!
//! The signing key is `MYMTS_NETWORK_SECRET` (the server's `network_secret` setting).

use std::process::ExitCode;
use std::time::Duration;

use server::simulate::{DEMO_MOBILE_ACCOUNTS, batch, sign};
use shared::api::usage::NETWORK_SIGNATURE_HEADER;

struct Args {
    url: String,
    batches: u64,
    every: u64,
    accounts: Vec<String>,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut out = Args {
        url: "http://127.0.0.1:8080".to_owned(),
        batches: 10,
        every: 0,
        accounts: Vec::new(),
    };
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--url" => out.url = value("--url")?,
            "--batches" => {
                out.batches = value("--batches")?
                    .parse()
                    .map_err(|_| "--batches takes a number")?;
            }
            "--every-secs" => {
                out.every = value("--every-secs")?
                    .parse()
                    .map_err(|_| "--every-secs takes a number")?;
            }
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            account => out.accounts.push(account.to_owned()),
        }
    }
    if out.accounts.is_empty() {
        out.accounts = DEMO_MOBILE_ACCOUNTS.map(str::to_owned).to_vec();
    }
    Ok(out)
}

#[expect(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a CLI tool's output"
)]
#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let secret = std::env::var("MYMTS_NETWORK_SECRET").unwrap_or_default();
    if secret.is_empty() {
        eprintln!("error: set MYMTS_NETWORK_SECRET to the server's network_secret");
        return ExitCode::from(2);
    }
    let client = reqwest::Client::new();
    let run = uuid::Uuid::new_v4().simple().to_string();
    let mut failed = 0_u64;
    for i in 0..args.batches {
        for account in &args.accounts {
            let b = batch(
                account,
                format!("sim-{run}-{i}-{account}"),
                &mut rand::thread_rng(),
            );
            let Ok(body) = serde_json::to_vec(&b) else {
                continue;
            };
            let res = client
                .post(format!("{}/api/usage", args.url.trim_end_matches('/')))
                .header("content-type", "application/json")
                .header(NETWORK_SIGNATURE_HEADER, sign(secret.as_bytes(), &body))
                .body(body)
                .send()
                .await;
            match res {
                Ok(r) if r.status().is_success() => {
                    println!("{account}: batch {i}: {} records rated", b.records.len());
                }
                Ok(r) => {
                    failed += 1;
                    eprintln!("{account}: batch {i}: HTTP {}", r.status());
                }
                Err(e) => {
                    failed += 1;
                    eprintln!("{account}: batch {i}: {e}");
                }
            }
        }
        if args.every > 0 {
            tokio::time::sleep(Duration::from_secs(args.every)).await;
        }
    }
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
