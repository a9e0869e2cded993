//! `spawn_app()`: the real server on port 0 with a fresh database, SQLite or PostgreSQL.

use std::path::PathBuf;
use std::sync::Arc;

use reqwest::cookie::{CookieStore, Jar};
use secrecy::SecretString;
use serde_json::Value;
use server::Application;
use server::clock::ManualClock;
use server::config::Settings;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The server under test and a client that keeps cookies.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub backend: Backend,
    /// The server's clock: `app.clock.advance(..)` moves time forward.
    pub clock: Arc<ManualClock>,
    /// The database this server uses (a second server may share it).
    pub database_url: SecretString,
    _db: DbGuard,
    _dist: tempfile::TempDir,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("GET failed")
    }

    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .expect("POST failed")
    }

    /// A separate browser (own cookie jar) talking to this server.
    pub fn browser(&self) -> Browser {
        Browser::new(
            &self.address,
            "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36",
        )
    }

    /// A browser that says it is a phone.
    pub fn phone_browser(&self) -> Browser {
        Browser::new(
            &self.address,
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/126.0 Mobile Safari/537.36",
        )
    }

    /// Messages the dev outbox holds for `to`, newest first.
    pub async fn outbox(&self, to: &str) -> Vec<Value> {
        let res = self
            .client
            .get(self.url("/api/dev/outbox"))
            .query(&[("to", to)])
            .send()
            .await
            .expect("GET outbox");
        assert_eq!(res.status(), 200);
        res.json().await.expect("outbox json")
    }

    /// The newest message body to `to`.
    pub async fn last_message(&self, to: &str) -> String {
        let messages = self.outbox(to).await;
        messages
            .first()
            .and_then(|m| m["body"].as_str())
            .unwrap_or_else(|| panic!("no message to {to}"))
            .to_owned()
    }

    pub fn backend_name(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// The admin connection used to create and drop per-test PostgreSQL databases.
pub fn postgres_admin_url() -> String {
    std::env::var("TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://root@127.0.0.1:5432/postgres".to_owned())
}

/// Deletes the test database (PostgreSQL) or file (SQLite) when the test ends.
pub enum DbGuard {
    Sqlite(#[expect(dead_code, reason = "held for its Drop")] tempfile::TempDir),
    Postgres { name: String },
}

impl Drop for DbGuard {
    #[expect(
        clippy::print_stderr,
        reason = "a leaked test database must be visible"
    )]
    fn drop(&mut self) {
        let DbGuard::Postgres { name } = self else {
            return;
        };
        let sql = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        // Drop runs inside the test's runtime: use a thread with its own runtime.
        let dropped = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            rt.block_on(async {
                use sqlx::Connection;
                let mut conn = sqlx::PgConnection::connect(&postgres_admin_url()).await?;
                sqlx::query(&sql).execute(&mut conn).await?;
                Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!("warning: could not drop test database {name}");
        }
    }
}

pub async fn fresh_database(backend: Backend) -> (SecretString, DbGuard) {
    match backend {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().expect("temp dir");
            let url = format!("sqlite://{}/mymts.db", dir.path().display());
            (SecretString::from(url), DbGuard::Sqlite(dir))
        }
        Backend::Postgres => {
            use sqlx::Connection;
            let admin = postgres_admin_url();
            let mut conn = sqlx::PgConnection::connect(&admin)
                .await
                .unwrap_or_else(|err| {
                    panic!(
                        "PostgreSQL is not reachable at {admin} ({err}). The API tests run on both \
                     databases and never skip one: start it with \
                     `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` \
                     or point TEST_POSTGRES_URL at a server."
                    )
                });
            let name = format!("mymts_test_{}", uuid::Uuid::new_v4().simple());
            sqlx::query(&format!("CREATE DATABASE \"{name}\""))
                .execute(&mut conn)
                .await
                .expect("create test database");
            let base = admin
                .rsplit_once('/')
                .map_or(admin.as_str(), |(base, _)| base);
            (
                SecretString::from(format!("{base}/{name}")),
                DbGuard::Postgres { name },
            )
        }
    }
}

/// The `gateway_secret` of every test server.
pub const GATEWAY_SECRET: &str = "test-gateway-secret";
/// The `network_secret` of every test server.
pub const NETWORK_SECRET: &str = "test-network-secret";
/// The bearer token `/metrics` takes in the tests.
pub const METRICS_TOKEN: &str = "test-metrics-token";

/// A `dist/` with an index page and one hashed asset with its brotli twin.
pub const FAKE_WASM: &str = "app-0123456789abcdef_bg.wasm";
/// The loader Trunk writes inline into each index page, and the public page around it.
pub const FAKE_LOADER: &str = "\nimport init from '/app-0123456789abcdef.js';\nawait init();\n";
pub const FAKE_INDEX: &str = concat!(
    "<!doctype html><title>My MTS test shell</title>",
    "<script src=\"/boot-0123456789abcdef.js\"></script>",
    "<script type=\"module\">\nimport init from '/app-0123456789abcdef.js';\nawait init();\n</script>",
);

fn fake_dist() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let write =
        |name: &str, body: &[u8]| std::fs::write(dir.path().join(name), body).expect("write");
    write("index.html", FAKE_INDEX.as_bytes());
    write(FAKE_WASM, b"\0asm-plain");
    write(&format!("{FAKE_WASM}.br"), b"brotli-bytes");
    write(
        "favicon.svg",
        b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    dir
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

/// Like [`spawn_app`], with a chance to change the settings first.
pub async fn spawn_app_with(backend: Backend, customise: impl FnOnce(&mut Settings)) -> TestApp {
    let (database_url, db) = fresh_database(backend).await;
    let dist = fake_dist();
    let mut settings = test_settings(database_url, &dist);
    customise(&mut settings);
    let database_url = settings.database_url.clone();
    let clock = Arc::new(ManualClock::new());
    let address = start(settings, clock.clone()).await;
    let client = reqwest::Client::builder()
        .cookie_provider(Arc::new(reqwest::cookie::Jar::default()))
        .build()
        .expect("client");
    TestApp {
        address,
        client,
        backend,
        clock,
        database_url,
        _db: db,
        _dist: dist,
    }
}

/// A second server on the same database as `app` (another instance behind a load balancer);
/// returns its address.
pub async fn spawn_instance(app: &TestApp) -> String {
    let dist = fake_dist();
    let settings = test_settings(app.database_url.clone(), &dist);
    let address = start(settings, Arc::new(ManualClock::new())).await;
    // The instance serves no static files in these tests; its dist directory may go.
    drop(dist);
    address
}

async fn start(settings: Settings, clock: Arc<ManualClock>) -> String {
    let app = Application::build_with_clock(settings, clock)
        .await
        .expect("server starts");
    let address = format!("http://{}", app.local_addr().expect("bound"));
    tokio::spawn(app.run_until_stopped());
    address
}

fn test_settings(database_url: SecretString, dist: &tempfile::TempDir) -> Settings {
    Settings {
        bind: "127.0.0.1:0".parse().expect("addr"),
        database_url,
        dist_dir: PathBuf::from(dist.path()),
        db_max_connections: 3,
        dev: true,
        // cheap hashing and proof-of-work keep the suite fast; production costs are measured
        // in the server's unit tests
        argon2_memory_kib: 1024,
        argon2_iterations: 1,
        pow_difficulty_bits: 8,
        gateway_secret: SecretString::from(GATEWAY_SECRET),
        network_secret: SecretString::from(NETWORK_SECRET),
        metrics_token: SecretString::from(METRICS_TOKEN),
        // jobs run when a test asks (POST /api/dev/jobs/run), never behind its back
        jobs_interval_secs: 0,
        ..Settings::default()
    }
}

/// Runs each named `async fn(TestApp)` once on SQLite and once on PostgreSQL.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name($crate::helpers::spawn_app($crate::helpers::Backend::Sqlite).await).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name($crate::helpers::spawn_app($crate::helpers::Backend::Postgres).await).await;
                }
            )*
        }
    };
}

/// Like [`both_backends!`] on a multi-threaded runtime (4 workers): the server's handlers run
/// truly in parallel, as in production, for the tests that send requests at once. (The log
/// capturing tests need the single-threaded one: their subscriber is the thread's.)
#[macro_export]
macro_rules! both_backends_at_once {
    ($($name:ident),* $(,)?) => {
        mod sqlite_at_once {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    super::$name($crate::helpers::spawn_app($crate::helpers::Backend::Sqlite).await).await;
                }
            )*
        }
        mod postgres_at_once {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    super::$name($crate::helpers::spawn_app($crate::helpers::Backend::Postgres).await).await;
                }
            )*
        }
    };
}

/// A browser: its own cookies, and the CSRF header added to every unsafe request.
pub struct Browser {
    pub address: String,
    pub client: reqwest::Client,
    pub jar: Arc<Jar>,
}

impl Browser {
    pub fn new(address: &str, user_agent: &str) -> Self {
        let jar = Arc::new(Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .user_agent(user_agent)
            .build()
            .expect("client");
        Browser {
            address: address.to_owned(),
            client,
            jar,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// A cookie this browser holds for the site.
    pub fn cookie(&self, name: &str) -> Option<String> {
        let url = self.address.parse().expect("url");
        let header = self.jar.cookies(&url)?;
        header
            .to_str()
            .expect("ascii")
            .split("; ")
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_owned())
    }

    pub fn csrf(&self) -> String {
        self.cookie("mymts_csrf").unwrap_or_default()
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    /// POST JSON with the CSRF header (when the browser has the cookie).
    pub async fn post(&self, path: &str, body: &Value) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("x-csrf-token", self.csrf())
            .json(body)
            .send()
            .await
            .expect("POST")
    }

    /// POST JSON without any CSRF header.
    pub async fn post_bare(&self, path: &str, body: &Value) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .expect("POST")
    }

    pub async fn delete(&self, path: &str) -> reqwest::Response {
        self.client
            .delete(self.url(path))
            .header("x-csrf-token", self.csrf())
            .send()
            .await
            .expect("DELETE")
    }

    /// Signs in with a password; panics unless it succeeds.
    pub async fn sign_in(&self, login: &str, password: &str) -> Value {
        let res = self
            .post(
                "/api/auth/sign-in",
                &serde_json::json!({"login": login, "password": password}),
            )
            .await;
        assert_eq!(res.status(), 200, "sign-in of {login}");
        res.json().await.expect("session json")
    }
}

/// The `code` of an `ApiError` body.
pub async fn error_code(res: reqwest::Response) -> String {
    let body: Value = res.json().await.expect("error json");
    body["code"].as_str().unwrap_or_default().to_owned()
}

/// A tiny `join_all`: polls every future until all are done.
pub async fn join_all<F: std::future::Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut futures: Vec<_> = futures.into_iter().map(Box::pin).collect();
    let mut outputs: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (f, out) in futures.iter_mut().zip(outputs.iter_mut()) {
            if out.is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => *out = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    outputs.into_iter().flatten().collect()
}
