//! `spawn_app()`: the real server on port 0 with a fresh database, SQLite or PostgreSQL.

use std::path::PathBuf;
use std::sync::Arc;

use secrecy::SecretString;
use server::Application;
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

/// A `dist/` with an index page and one hashed asset with its brotli twin.
pub const FAKE_WASM: &str = "app-0123456789abcdef_bg.wasm";

fn fake_dist() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let write =
        |name: &str, body: &[u8]| std::fs::write(dir.path().join(name), body).expect("write");
    write(
        "index.html",
        b"<!doctype html><title>My MTS test shell</title>",
    );
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
    let mut settings = Settings {
        bind: "127.0.0.1:0".parse().expect("addr"),
        database_url,
        dist_dir: PathBuf::from(dist.path()),
        db_max_connections: 3,
        dev: true,
        ..Settings::default()
    };
    customise(&mut settings);
    let app = Application::build(settings).await.expect("server starts");
    let address = format!("http://{}", app.local_addr().expect("bound"));
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .cookie_provider(Arc::new(reqwest::cookie::Jar::default()))
        .build()
        .expect("client");
    TestApp {
        address,
        client,
        backend,
        _db: db,
        _dist: dist,
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
