//! My MTS server: JSON API over a store (SQLite or PostgreSQL) plus the built SPA.

pub mod app;
pub mod clock;
pub mod config;
pub mod delivery;
pub mod demo;
mod docs_page;
pub mod domain;
pub mod http;
pub mod jobs;
pub mod pdf;
pub mod routes;
pub mod simulate;
pub mod state;
pub mod store;
pub mod telemetry;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;

use crate::config::Settings;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("e-mail settings: {0}")]
    Smtp(#[from] delivery::DeliveryError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

/// A server bound to its port, ready to run.
pub struct Application {
    listener: TcpListener,
    router: axum::Router,
    grace: Duration,
}

impl Application {
    /// Connects and migrates the store, loads demo data when asked, binds the port.
    pub async fn build(settings: Settings) -> Result<Self, StartError> {
        Self::build_with_clock(settings, Arc::new(clock::SystemClock)).await
    }

    /// [`Application::build`] with a chosen clock (tests move time forward).
    pub async fn build_with_clock(
        settings: Settings,
        clock: Arc<dyn clock::Clock>,
    ) -> Result<Self, StartError> {
        let smtp_url = secrecy::ExposeSecret::expose_secret(&settings.smtp_url);
        if !smtp_url.is_empty() {
            delivery::SmtpMailer::new(smtp_url, &settings.smtp_from)?;
        }
        let store = store::connect(&settings.database_url, settings.db_max_connections).await?;
        if settings.seed_demo || (settings.dev && store.regions().await?.is_empty()) {
            let hasher = domain::password::Hasher::new(
                settings.argon2_memory_kib,
                settings.argon2_iterations,
            );
            demo::seed(store.as_ref(), &hasher, clock.unix()).await?;
        }
        let listener =
            TcpListener::bind(settings.bind)
                .await
                .map_err(|source| StartError::Bind {
                    addr: settings.bind,
                    source,
                })?;
        let grace = app::grace(&settings);
        let settings = Arc::new(settings);
        let state = app::state(store.clone(), settings.clone(), clock.clone());
        let router = app::router(state.clone());
        jobs::prune::spawn(store, clock, settings);
        jobs::spawn(state);
        Ok(Application {
            listener,
            router,
            grace,
        })
    }

    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until SIGTERM or ctrl-c, then lets in-flight requests finish.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves until `signal` completes; in-flight requests get the grace period.
    pub async fn run_until(
        self,
        signal: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let (stopping_tx, mut stopping_rx) = tokio::sync::watch::channel(false);
        let service = self
            .router
            .into_make_service_with_connect_info::<SocketAddr>();
        let serve = axum::serve(self.listener, service).with_graceful_shutdown(async move {
            signal.await;
            tracing::info!("shutdown signal received; finishing in-flight requests");
            let _ = stopping_tx.send(true);
        });
        let grace = self.grace;
        let deadline = async move {
            let _ = stopping_rx.wait_for(|stopping| *stopping).await;
            tokio::time::sleep(grace).await;
        };
        tokio::select! {
            result = serve => result,
            () = deadline => {
                tracing::warn!(grace_secs = grace.as_secs(), "grace period over; closing remaining connections");
                Ok(())
            }
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut sig) => {
                sig.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
