//! A small HTTP load generator for the benchmarks of `tools/load/run.sh` (a benchmark, never a
//! test): N connections, each sending its next request as soon as the previous one answered,
//! for a duration or a request count; prints requests/s, p50/p90/p99/max latency and errors.
//!
//! ```text
//! cargo run --release -p server --example load -- SCENARIO [--url URL] [--connections 64]
//!     [--seconds 10] [--requests N] [--login ivanov] [--password Demo-Passw0rd]
//! ```
//!
//! Scenarios: `hello` (GET / of `--example hello`), `dashboard` (signed-in GET
//! /api/dashboard), `signin` (POST /api/auth/sign-in, one argon2id each), `topup` (card
//! top-ups to the sandbox's approving card 4111 1111 1111 1111, each with a new
//! Idempotency-Key), `history` (signed-in GET /api/history, first page).
//! Output: one human line and one `RESULT key=value ...` line for scripts.

#![expect(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "a command-line tool prints its figures"
)]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use reqwest::header::{CONTENT_TYPE, COOKIE, HeaderValue, SET_COOKIE};
use serde_json::{Value, json};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scenario {
    Hello,
    Dashboard,
    SignIn,
    TopUp,
    History,
}

impl Scenario {
    fn parse(s: &str) -> Option<Scenario> {
        Some(match s {
            "hello" => Scenario::Hello,
            "dashboard" => Scenario::Dashboard,
            "signin" => Scenario::SignIn,
            "topup" => Scenario::TopUp,
            "history" => Scenario::History,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Scenario::Hello => "hello",
            Scenario::Dashboard => "dashboard",
            Scenario::SignIn => "signin",
            Scenario::TopUp => "topup",
            Scenario::History => "history",
        }
    }

    /// The status a successful request answers with.
    fn ok_status(self) -> u16 {
        match self {
            Scenario::TopUp => 201,
            _ => 200,
        }
    }
}

struct Args {
    scenario: Scenario,
    url: String,
    connections: usize,
    seconds: f64,
    requests: Option<u64>,
    login: String,
    password: String,
}

fn usage() -> ! {
    eprintln!(
        "usage: load hello|dashboard|signin|topup|history [--url URL] [--connections N] \
         [--seconds S] [--requests N] [--login L] [--password P]"
    );
    std::process::exit(2)
}

fn parse_args() -> Args {
    let mut it = std::env::args().skip(1);
    let scenario = it
        .next()
        .as_deref()
        .and_then(Scenario::parse)
        .unwrap_or_else(|| usage());
    let mut args = Args {
        scenario,
        url: "http://127.0.0.1:8080".to_owned(),
        connections: 64,
        seconds: 10.0,
        requests: None,
        login: "ivanov".to_owned(),
        password: "Demo-Passw0rd".to_owned(),
    };
    while let Some(flag) = it.next() {
        let value = it.next().unwrap_or_else(|| usage());
        match flag.as_str() {
            "--url" => args.url = value.trim_end_matches('/').to_owned(),
            "--connections" => args.connections = value.parse().unwrap_or_else(|_| usage()),
            "--seconds" => args.seconds = value.parse().unwrap_or_else(|_| usage()),
            "--requests" => args.requests = Some(value.parse().unwrap_or_else(|_| usage())),
            "--login" => args.login = value,
            "--password" => args.password = value,
            _ => usage(),
        }
    }
    args
}

/// A signed-in session: the cookies and the CSRF header value, and the first account.
struct Session {
    cookie: HeaderValue,
    csrf: HeaderValue,
    account_id: i64,
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .pool_max_idle_per_host(1)
        .timeout(Duration::from_secs(120))
        .build()
        .unwrap_or_else(|e| fail(&format!("http client: {e}")))
}

fn fail(message: &str) -> ! {
    eprintln!("load: {message}");
    std::process::exit(1)
}

async fn sign_in(url: &str, login: &str, password: &str) -> Session {
    let http = client();
    let res = http
        .post(format!("{url}/api/auth/sign-in"))
        .json(&json!({"login": login, "password": password}))
        .send()
        .await
        .unwrap_or_else(|e| fail(&format!("sign-in: {e}")));
    if res.status() != 200 {
        fail(&format!("sign-in answered {}", res.status()));
    }
    let mut pairs = Vec::new();
    let mut csrf = String::new();
    for v in res.headers().get_all(SET_COOKIE) {
        let pair = v
            .to_str()
            .unwrap_or_default()
            .split(';')
            .next()
            .unwrap_or_default();
        if let Some(token) = pair.strip_prefix("mymts_csrf=") {
            csrf = token.to_owned();
        }
        pairs.push(pair.to_owned());
    }
    let cookie = HeaderValue::from_str(&pairs.join("; "))
        .unwrap_or_else(|_| fail("sign-in set a strange cookie"));
    let csrf = HeaderValue::from_str(&csrf).unwrap_or_else(|_| fail("no CSRF cookie"));
    let dashboard: Value = http
        .get(format!("{url}/api/dashboard"))
        .header(COOKIE, cookie.clone())
        .send()
        .await
        .unwrap_or_else(|e| fail(&format!("dashboard: {e}")))
        .json()
        .await
        .unwrap_or_else(|e| fail(&format!("dashboard json: {e}")));
    let account_id = dashboard["selected"]["account"]["id"]
        .as_i64()
        .or_else(|| dashboard["accounts"][0]["id"].as_i64())
        .unwrap_or_else(|| fail("the dashboard names no account"));
    Session {
        cookie,
        csrf,
        account_id,
    }
}

/// What one connection measured.
#[derive(Default)]
struct Tally {
    latencies_us: Vec<u64>,
    errors: u64,
    statuses: std::collections::BTreeMap<u16, u64>,
    transport_errors: u64,
}

struct Plan {
    args: Args,
    session: Option<Session>,
    deadline: Instant,
    issued: AtomicU64,
    run_id: u64,
}

impl Plan {
    /// Takes the next request number, or `None` when the run is over.
    fn next(&self) -> Option<u64> {
        if Instant::now() >= self.deadline {
            return None;
        }
        let n = self.issued.fetch_add(1, Ordering::Relaxed);
        match self.args.requests {
            Some(max) if n >= max => None,
            _ => Some(n),
        }
    }

    fn request(&self, http: &reqwest::Client, n: u64) -> reqwest::RequestBuilder {
        let url = &self.args.url;
        let signed = |rb: reqwest::RequestBuilder| match &self.session {
            Some(s) => rb
                .header(COOKIE, s.cookie.clone())
                .header("x-csrf-token", s.csrf.clone()),
            None => rb,
        };
        match self.args.scenario {
            Scenario::Hello => http.get(format!("{url}/")),
            Scenario::Dashboard => signed(http.get(format!("{url}/api/dashboard"))),
            Scenario::History => signed(http.get(format!("{url}/api/history?limit=20"))),
            Scenario::SignIn => http
                .post(format!("{url}/api/auth/sign-in"))
                .header(CONTENT_TYPE, "application/json")
                .body(
                    json!({"login": self.args.login, "password": self.args.password}).to_string(),
                ),
            Scenario::TopUp => {
                let account = self.session.as_ref().map_or(0, |s| s.account_id);
                let body = json!({
                    "account_id": account,
                    "amount": 10_000,
                    "card_number": "4111111111111111",
                    "expiry": "12/35",
                    "cvc": "123",
                    "save_card": false,
                });
                signed(http.post(format!("{url}/api/payments/card")))
                    .header(CONTENT_TYPE, "application/json")
                    .header("idempotency-key", format!("load-{}-{n}", self.run_id))
                    .body(body.to_string())
            }
        }
    }
}

async fn connection(plan: Arc<Plan>) -> Tally {
    let http = client();
    let mut tally = Tally::default();
    let ok = plan.args.scenario.ok_status();
    while let Some(n) = plan.next() {
        let started = Instant::now();
        let result = plan.request(&http, n).send().await;
        let status = match result {
            Ok(res) => {
                let status = res.status().as_u16();
                // The whole body is part of the request's time.
                if res.bytes().await.is_err() {
                    tally.transport_errors += 1;
                }
                status
            }
            Err(_) => {
                tally.transport_errors += 1;
                tally.errors += 1;
                continue;
            }
        };
        let elapsed = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
        *tally.statuses.entry(status).or_default() += 1;
        if status == ok {
            tally.latencies_us.push(elapsed);
        } else {
            tally.errors += 1;
        }
    }
    tally
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (p / 100.0 * sorted.len() as f64).ceil() as usize;
    let i = rank.clamp(1, sorted.len()) - 1;
    sorted[i] as f64 / 1000.0
}

#[tokio::main]
async fn main() {
    let args = parse_args();
    let session = match args.scenario {
        Scenario::Hello | Scenario::SignIn => None,
        _ => Some(sign_in(&args.url, &args.login, &args.password).await),
    };
    let run_id = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or_default();
    let connections = args.connections.max(1);
    let plan = Arc::new(Plan {
        deadline: Instant::now() + Duration::from_secs_f64(args.seconds),
        args,
        session,
        issued: AtomicU64::new(0),
        run_id,
    });
    let started = Instant::now();
    let workers: Vec<_> = (0..connections)
        .map(|_| tokio::spawn(connection(plan.clone())))
        .collect();
    let mut all = Tally::default();
    for w in workers {
        let t = w.await.unwrap_or_default();
        all.latencies_us.extend(t.latencies_us);
        all.errors += t.errors;
        all.transport_errors += t.transport_errors;
        for (s, n) in t.statuses {
            *all.statuses.entry(s).or_default() += n;
        }
    }
    let wall = started.elapsed().as_secs_f64();
    all.latencies_us.sort_unstable();
    let ok = all.latencies_us.len();
    let rps = ok as f64 / wall;
    let (p50, p90, p99) = (
        percentile(&all.latencies_us, 50.0),
        percentile(&all.latencies_us, 90.0),
        percentile(&all.latencies_us, 99.0),
    );
    let max = all.latencies_us.last().copied().unwrap_or_default() as f64 / 1000.0;
    let name = plan.args.scenario.name();
    let statuses: Vec<String> = all
        .statuses
        .iter()
        .map(|(s, n)| format!("{s}:{n}"))
        .collect();
    println!(
        "{name}: {ok} ok in {wall:.1} s at {connections} connections = {rps:.0} req/s; \
         p50 {p50:.2} ms, p90 {p90:.2} ms, p99 {p99:.2} ms, max {max:.2} ms; \
         errors {} (transport {}); statuses {}",
        all.errors,
        all.transport_errors,
        statuses.join(",")
    );
    println!(
        "RESULT scenario={name} connections={connections} ok={ok} errors={} seconds={wall:.2} \
         rps={rps:.0} p50_ms={p50:.2} p90_ms={p90:.2} p99_ms={p99:.2} max_ms={max:.2}",
        all.errors
    );
}
