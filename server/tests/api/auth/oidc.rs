//! Sign-in with an OpenID Connect provider, against a real local provider: the Node script in
//! `tools/oidc-provider/` (oauth2-mock-server) started as a child process on a free port. The
//! flow is driven like a browser that does not follow redirects: start → the provider's
//! authorize endpoint (approves at once) → our callback → the session cookie.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::LOCATION;
use serde_json::{Value, json};

use super::DEMO_PASSWORD;
use crate::helpers::{Backend, Browser, TestApp, error_code, spawn_app, spawn_app_with};

const DISPLAY_NAME: &str = "Test ID";
const CLIENT_ID: &str = "mymts-test";

/// The provider process; killed when dropped.
struct Provider {
    child: Child,
    issuer: String,
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn provider_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tools/oidc-provider")
}

/// Starts the provider on a free port and waits for its issuer URL. Never skips: without Node
/// or its packages the test fails and says how to fix it.
fn start_provider() -> Provider {
    let dir = provider_dir();
    assert!(
        dir.join("node_modules/oauth2-mock-server").is_dir(),
        "the OpenID provider's npm packages are missing in {}: run tools/install.sh \
         (or `npm ci --prefix tools/oidc-provider`)",
        dir.display()
    );
    let mut child = Command::new("node")
        .arg(dir.join("provider.mjs"))
        .arg("0")
        .arg("--watch-stdin")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|err| {
            panic!(
                "cannot run `node` ({err}): the OpenID Connect tests need Node.js 20+ on PATH \
                 (tools/install.sh installs it)"
            )
        });
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("the OpenID provider did not start within 60 s");
    let issuer = line
        .trim()
        .rsplit(' ')
        .next()
        .filter(|u| u.starts_with("http://"))
        .unwrap_or_else(|| panic!("unexpected provider output: {line:?}"))
        .to_owned();
    Provider { child, issuer }
}

/// The server under test with the provider configured; its public URL is known before it
/// starts (the redirect URI must name it), so it gets a port picked here.
async fn spawn_with_provider(backend: Backend, provider: &Provider) -> TestApp {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("free port")
        .local_addr()
        .expect("addr")
        .port();
    let issuer = provider.issuer.clone();
    spawn_app_with(backend, move |s| {
        s.bind = format!("127.0.0.1:{port}").parse().expect("addr");
        s.public_url = format!("http://127.0.0.1:{port}");
        s.oidc_issuer = issuer;
        s.oidc_client_id = CLIENT_ID.to_owned();
        s.oidc_client_secret = secrecy::SecretString::from("test-secret");
        s.oidc_display_name = DISPLAY_NAME.to_owned();
    })
    .await
}

/// A browser that does not follow redirects (each hop is checked).
fn browser(app: &TestApp) -> Browser {
    let jar = Arc::new(reqwest::cookie::Jar::default());
    let client = reqwest::Client::builder()
        .cookie_provider(jar.clone())
        .redirect(reqwest::redirect::Policy::none())
        .user_agent("Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0")
        .build()
        .expect("client");
    Browser {
        address: app.address.clone(),
        client,
        jar,
    }
}

fn location(res: &reqwest::Response) -> String {
    assert_eq!(res.status(), 303, "expected a redirect");
    res.headers()[LOCATION].to_str().expect("ascii").to_owned()
}

/// Follows the provider's authorize URL as `subject`; returns our callback URL.
async fn at_provider(b: &Browser, authorize: &str, subject: &str) -> String {
    let mut url = reqwest::Url::parse(authorize).expect("authorize url");
    url.query_pairs_mut().append_pair("login_hint", subject);
    let res = b.client.get(url).send().await.expect("authorize");
    assert!(res.status().is_redirection(), "provider: {}", res.status());
    let back = res.headers()[LOCATION].to_str().expect("ascii").to_owned();
    assert!(
        back.starts_with(&format!("{}/api/auth/oidc/callback?", b.address)),
        "{back}"
    );
    back
}

/// Sign-in mode, all the way: returns where the callback sent the browser.
async fn sign_in_as(b: &Browser, subject: &str) -> String {
    let start = b.get("/api/auth/oidc/start").await;
    let authorize = location(&start);
    let callback = at_provider(b, &authorize, subject).await;
    let res = b.client.get(callback).send().await.expect("callback");
    location(&res)
}

/// Link mode from a signed-in browser: returns where the callback sent it.
async fn link_as(b: &Browser, subject: &str) -> String {
    let res = b.post("/api/auth/oidc/link/start", &json!({})).await;
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.expect("json");
    let authorize = body["url"].as_str().expect("url").to_owned();
    let callback = at_provider(b, &authorize, subject).await;
    let res = b.client.get(callback).send().await.expect("callback");
    location(&res)
}

async fn the_provider_is_announced_and_an_unlinked_account_gets_no_session(backend: Backend) {
    let provider = start_provider();
    let app = spawn_with_provider(backend, &provider).await;
    let b = browser(&app);
    let info: Value = b.get("/api/auth/oidc").await.json().await.expect("json");
    assert_eq!(info, json!({"enabled": true, "display_name": DISPLAY_NAME}));

    let start = b.get("/api/auth/oidc/start").await;
    let authorize = location(&start);
    assert!(authorize.starts_with(&format!("{}/authorize?", provider.issuer)));
    for needed in [
        "response_type=code",
        "client_id=mymts-test",
        "code_challenge_method=S256",
        "scope=openid",
        "nonce=",
        "state=",
    ] {
        assert!(authorize.contains(needed), "{needed} in {authorize}");
    }
    let cookie = start.headers()["set-cookie"].to_str().expect("ascii");
    assert!(
        cookie.starts_with("mymts_oidc=")
            && cookie.contains("HttpOnly")
            && cookie.contains("Path=/api/auth/oidc"),
        "{cookie}"
    );
    let callback = at_provider(&b, &authorize, "stranger").await;
    let res = b.client.get(callback).send().await.expect("callback");
    assert_eq!(location(&res), "/signin?oidc=oidc_not_linked");
    assert!(
        !res.headers()
            .get_all("set-cookie")
            .iter()
            .any(|c| c.to_str().unwrap_or_default().starts_with("mymts_session=")),
        "no session cookie"
    );
    assert_eq!(b.get("/api/session").await.status(), 401);
}

async fn a_linked_account_signs_in_and_unlinks(backend: Backend) {
    let provider = start_provider();
    let app = spawn_with_provider(backend, &provider).await;
    let subject = "ivanov-at-provider";

    // Linking is only for the signed-in.
    let anonymous = browser(&app);
    let res = anonymous
        .post("/api/auth/oidc/link/start", &json!({}))
        .await;
    assert_eq!(res.status(), 401);
    assert_eq!(error_code(res).await, "unauthorized");

    let ivanov = browser(&app);
    let me: Value = ivanov.sign_in("ivanov", DEMO_PASSWORD).await;
    let res = ivanov
        .post_bare("/api/auth/oidc/link/start", &json!({}))
        .await;
    assert_eq!(error_code(res).await, "csrf_invalid");
    assert_eq!(link_as(&ivanov, subject).await, "/profile?oidc=linked");
    // Linking again is harmless.
    assert_eq!(link_as(&ivanov, subject).await, "/profile?oidc=linked");
    let links: Value = ivanov
        .get("/api/auth/oidc/links")
        .await
        .json()
        .await
        .expect("json");
    let links = links.as_array().expect("array");
    assert_eq!(links.len(), 1);
    assert_eq!(links[0]["issuer"], provider.issuer.as_str());
    assert_eq!(links[0]["subject"], subject);
    assert_eq!(links[0]["provider"], DISPLAY_NAME);

    // Another browser signs in with the provider account: a session like a password sign-in.
    let phone = browser(&app);
    let started = Instant::now();
    assert_eq!(sign_in_as(&phone, subject).await, "/dashboard");
    let round_trip = started.elapsed();
    report_round_trip(&app, round_trip);
    let session: Value = phone.get("/api/session").await.json().await.expect("json");
    assert_eq!(session["customer_id"], me["customer_id"]);
    assert!(!phone.csrf().is_empty());
    let sessions: Value = phone.get("/api/sessions").await.json().await.expect("json");
    assert_eq!(sessions.as_array().expect("array").len(), 2);

    // The same provider account cannot be linked to another customer.
    let uralsvyaz = browser(&app);
    uralsvyaz.sign_in("uralsvyaz", DEMO_PASSWORD).await;
    assert_eq!(
        link_as(&uralsvyaz, subject).await,
        "/profile?oidc=oidc_already_linked"
    );

    // Unlink: then the provider account no longer signs in.
    let path = format!(
        "/api/auth/oidc/links?{}",
        serde_urlencoded_pairs(&provider.issuer, subject)
    );
    let res = ivanov
        .client
        .delete(ivanov.url(&path))
        .send()
        .await
        .expect("DELETE");
    assert_eq!(error_code(res).await, "csrf_invalid");
    assert_eq!(ivanov.delete(&path).await.status(), 204);
    assert_eq!(ivanov.delete(&path).await.status(), 404);
    let links: Value = ivanov
        .get("/api/auth/oidc/links")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(links, json!([]));
    assert_eq!(
        sign_in_as(&browser(&app), subject).await,
        "/signin?oidc=oidc_not_linked"
    );
    // And now another customer may link it.
    assert_eq!(link_as(&uralsvyaz, subject).await, "/profile?oidc=linked");
}

#[expect(
    clippy::print_stderr,
    reason = "a figure worth seeing with --nocapture"
)]
fn report_round_trip(app: &TestApp, took: Duration) {
    eprintln!(
        "OIDC sign-in round trip ({}): start → provider → callback in {} ms",
        app.backend_name(),
        took.as_millis()
    );
}

fn serde_urlencoded_pairs(issuer: &str, subject: &str) -> String {
    let mut url = reqwest::Url::parse("http://x/").expect("url");
    url.query_pairs_mut()
        .append_pair("issuer", issuer)
        .append_pair("subject", subject);
    url.query().unwrap_or_default().to_owned()
}

async fn tampered_reused_expired_and_denied_states_are_refused(backend: Backend) {
    let provider = start_provider();
    let app = spawn_with_provider(backend, &provider).await;
    let subject = "state-tests";
    let ivanov = browser(&app);
    ivanov.sign_in("ivanov", DEMO_PASSWORD).await;
    assert_eq!(link_as(&ivanov, subject).await, "/profile?oidc=linked");

    // Tampered state: refused, and it does not use up the genuine one.
    let b = browser(&app);
    let authorize = location(&b.get("/api/auth/oidc/start").await);
    let callback = at_provider(&b, &authorize, subject).await;
    let tampered = callback.replace("state=", "state=x");
    let res = b.client.get(&tampered).send().await.expect("callback");
    assert_eq!(location(&res), "/signin?oidc=oidc_state_invalid");
    // The refusal cleared the state cookie: put it back, as an attacker replaying would.
    let state = reqwest::Url::parse(&callback)
        .expect("url")
        .query_pairs()
        .find(|(k, _)| k == "state")
        .map(|(_, v)| v.into_owned())
        .expect("state");
    let with_cookie = |url: &str| {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client")
            .get(url)
            .header("cookie", format!("mymts_oidc={state}"))
    };
    // Another browser (no state cookie) cannot use it.
    let res = browser(&app)
        .client
        .get(&callback)
        .send()
        .await
        .expect("cb");
    assert_eq!(location(&res), "/signin?oidc=oidc_state_invalid");
    // The genuine request signs in once...
    let res = with_cookie(&callback).send().await.expect("callback");
    assert_eq!(location(&res), "/dashboard");
    // ...and never again.
    let res = with_cookie(&callback).send().await.expect("replay");
    assert_eq!(location(&res), "/signin?oidc=oidc_state_invalid");

    // Expired: more than 10 minutes between start and callback.
    let b = browser(&app);
    let authorize = location(&b.get("/api/auth/oidc/start").await);
    let callback = at_provider(&b, &authorize, subject).await;
    app.clock.advance(chrono::Duration::minutes(11));
    let res = b.client.get(&callback).send().await.expect("callback");
    assert_eq!(location(&res), "/signin?oidc=oidc_state_expired");
    assert_eq!(b.get("/api/session").await.status(), 401);

    // Cancelled at the provider.
    let b = browser(&app);
    let authorize = location(&b.get("/api/auth/oidc/start").await);
    let state = reqwest::Url::parse(&authorize)
        .expect("url")
        .query_pairs()
        .find(|(k, _)| k == "state")
        .map(|(_, v)| v.into_owned())
        .expect("state");
    let res = b
        .client
        .get(b.url("/api/auth/oidc/callback"))
        .query(&[("error", "access_denied"), ("state", state.as_str())])
        .send()
        .await
        .expect("callback");
    assert_eq!(location(&res), "/signin?oidc=oidc_denied");
}

async fn without_a_provider_it_is_off(app: TestApp) {
    let b = browser(&app);
    let info: Value = b.get("/api/auth/oidc").await.json().await.expect("json");
    assert_eq!(info, json!({"enabled": false, "display_name": ""}));
    let res = b.get("/api/auth/oidc/start").await;
    assert_eq!(location(&res), "/signin?oidc=oidc_not_configured");
    let res = b.get("/api/auth/oidc/callback?code=x&state=y").await;
    assert_eq!(location(&res), "/signin?oidc=oidc_not_configured");
    b.sign_in("ivanov", DEMO_PASSWORD).await;
    let res = b.post("/api/auth/oidc/link/start", &json!({})).await;
    assert_eq!(res.status(), 404);
    assert_eq!(error_code(res).await, "oidc_not_configured");
    let links: Value = b
        .get("/api/auth/oidc/links")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(links, json!([]));
}

mod sqlite {
    use super::*;

    #[tokio::test]
    async fn the_provider_is_announced_and_an_unlinked_account_gets_no_session() {
        super::the_provider_is_announced_and_an_unlinked_account_gets_no_session(Backend::Sqlite)
            .await;
    }

    #[tokio::test]
    async fn a_linked_account_signs_in_and_unlinks() {
        super::a_linked_account_signs_in_and_unlinks(Backend::Sqlite).await;
    }

    #[tokio::test]
    async fn tampered_reused_expired_and_denied_states_are_refused() {
        super::tampered_reused_expired_and_denied_states_are_refused(Backend::Sqlite).await;
    }

    #[tokio::test]
    async fn without_a_provider_it_is_off() {
        super::without_a_provider_it_is_off(spawn_app(Backend::Sqlite).await).await;
    }
}

mod postgres {
    use super::*;

    #[tokio::test]
    async fn the_provider_is_announced_and_an_unlinked_account_gets_no_session() {
        super::the_provider_is_announced_and_an_unlinked_account_gets_no_session(Backend::Postgres)
            .await;
    }

    #[tokio::test]
    async fn a_linked_account_signs_in_and_unlinks() {
        super::a_linked_account_signs_in_and_unlinks(Backend::Postgres).await;
    }

    #[tokio::test]
    async fn tampered_reused_expired_and_denied_states_are_refused() {
        super::tampered_reused_expired_and_denied_states_are_refused(Backend::Postgres).await;
    }

    #[tokio::test]
    async fn without_a_provider_it_is_off() {
        super::without_a_provider_it_is_off(spawn_app(Backend::Postgres).await).await;
    }
}
