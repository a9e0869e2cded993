//! Typed settings: defaults → optional TOML file → `MYMTS_*` environment variables.
//! Every setting is documented once, in [`SETTINGS`], which `--help` and the README print.

use std::net::SocketAddr;
use std::path::PathBuf;

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

/// One documented setting: the key in the file, its env variable, default and meaning.
pub struct SettingDoc {
    pub key: &'static str,
    pub default: &'static str,
    pub help: &'static str,
}

/// The settings table. A test checks it names every field of [`Settings`].
pub const SETTINGS: &[SettingDoc] = &[
    SettingDoc {
        key: "bind",
        default: "127.0.0.1:8080",
        help: "address and port to listen on (port 0 picks a free one)",
    },
    SettingDoc {
        key: "database_url",
        default: "sqlite://data/mymts.db",
        help: "sqlite://PATH (embedded, created on start) or postgres://USER@HOST:PORT/DB",
    },
    SettingDoc {
        key: "dist_dir",
        default: "dist",
        help: "directory with the built SPA (trunk build --release)",
    },
    SettingDoc {
        key: "body_limit_bytes",
        default: "1048576",
        help: "largest request body accepted; larger ones get 413",
    },
    SettingDoc {
        key: "db_max_connections",
        default: "10",
        help: "database connection pool size",
    },
    SettingDoc {
        key: "log_format",
        default: "json",
        help: "json (one object per line) or pretty",
    },
    SettingDoc {
        key: "log_filter",
        default: "info",
        help: "tracing filter, e.g. info,server=debug,sqlx=warn",
    },
    SettingDoc {
        key: "dev",
        default: "false",
        help: "development mode: dev outbox endpoints, demo data on an empty database",
    },
    SettingDoc {
        key: "seed_demo",
        default: "false",
        help: "load the demo operator data on start (idempotent); also --seed-demo",
    },
    SettingDoc {
        key: "shutdown_grace_secs",
        default: "10",
        help: "seconds in-flight requests get to finish after SIGTERM/ctrl-c",
    },
    SettingDoc {
        key: "public_url",
        default: "http://127.0.0.1:8080",
        help: "URL users reach the site at; https:// makes the session cookies Secure",
    },
    SettingDoc {
        key: "secret_key",
        default: "",
        help: "key signing anti-bot challenges and price quotes; empty: random per start (set it when several instances share a database)",
    },
    SettingDoc {
        key: "session_idle_minutes",
        default: "30",
        help: "a session ends after this many minutes without a request",
    },
    SettingDoc {
        key: "session_absolute_hours",
        default: "12",
        help: "a session ends this many hours after sign-in, active or not",
    },
    SettingDoc {
        key: "argon2_memory_kib",
        default: "65536",
        help: "argon2id memory cost in KiB (password hashing)",
    },
    SettingDoc {
        key: "argon2_iterations",
        default: "3",
        help: "argon2id time cost (passes over memory)",
    },
    SettingDoc {
        key: "pow_difficulty_bits",
        default: "18",
        help: "leading zero bits the registration proof-of-work must reach",
    },
    SettingDoc {
        key: "gateway_secret",
        default: "",
        help: "HMAC-SHA256 key the payment gateway signs POST /api/gateway/payments with; empty: the gateway API refuses every request",
    },
    SettingDoc {
        key: "network_secret",
        default: "",
        help: "HMAC-SHA256 key the network signs usage batches (POST /api/usage) with; empty: the usage API refuses every request",
    },
    SettingDoc {
        key: "trust_forwarded_for",
        default: "false",
        help: "take the client IP (rate limits, sessions list) from the last X-Forwarded-For entry; only behind your own proxy",
    },
    SettingDoc {
        key: "oidc_issuer",
        default: "",
        help: "OpenID Connect provider for social sign-in (discovery at ISSUER/.well-known/openid-configuration); empty: off",
    },
    SettingDoc {
        key: "oidc_client_id",
        default: "",
        help: "client id registered at the OpenID Connect provider",
    },
    SettingDoc {
        key: "oidc_client_secret",
        default: "",
        help: "client secret registered at the provider (sent with HTTP Basic); empty for a public client",
    },
    SettingDoc {
        key: "oidc_display_name",
        default: "OpenID",
        help: "provider name on the sign-in button: Sign in with NAME",
    },
    SettingDoc {
        key: "smtp_url",
        default: "",
        help: "smtp://HOST:PORT (plain, for a local relay), smtps://USER:PASS@HOST or smtp://…?tls=required (STARTTLS); empty: e-mail only to the dev outbox",
    },
    SettingDoc {
        key: "smtp_from",
        default: "My MTS <no-reply@mymts.local>",
        help: "From address of the e-mail the server sends over SMTP",
    },
    SettingDoc {
        key: "request_timeout_secs",
        default: "30",
        help: "a request still running after this many seconds is answered 503 (dev-only routes excepted)",
    },
    SettingDoc {
        key: "metrics_token",
        default: "",
        help: "bearer token that GET /metrics requires; empty: /metrics is not served (404)",
    },
    SettingDoc {
        key: "jobs_interval_secs",
        default: "60",
        help: "seconds between runs of the job scheduler (monthly fees, auto-payments, promised-payment reminders, expense alerts); 0: off (POST /api/dev/jobs/run still runs them in dev mode)",
    },
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Json,
    Pretty,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub bind: SocketAddr,
    #[serde(serialize_with = "expose")]
    pub database_url: SecretString,
    pub dist_dir: PathBuf,
    pub body_limit_bytes: usize,
    pub db_max_connections: u32,
    pub log_format: LogFormat,
    pub log_filter: String,
    pub dev: bool,
    pub seed_demo: bool,
    pub shutdown_grace_secs: u64,
    pub public_url: String,
    #[serde(serialize_with = "expose")]
    pub secret_key: SecretString,
    pub session_idle_minutes: i64,
    pub session_absolute_hours: i64,
    pub argon2_memory_kib: u32,
    pub argon2_iterations: u32,
    pub pow_difficulty_bits: u8,
    #[serde(serialize_with = "expose")]
    pub gateway_secret: SecretString,
    #[serde(serialize_with = "expose")]
    pub network_secret: SecretString,
    pub trust_forwarded_for: bool,
    pub oidc_issuer: String,
    pub oidc_client_id: String,
    #[serde(serialize_with = "expose")]
    pub oidc_client_secret: SecretString,
    pub oidc_display_name: String,
    #[serde(serialize_with = "expose")]
    pub smtp_url: SecretString,
    pub smtp_from: String,
    pub jobs_interval_secs: u64,
    pub request_timeout_secs: u64,
    #[serde(serialize_with = "expose")]
    pub metrics_token: SecretString,
}

/// Figment needs the defaults serialised; the secret is only exposed to that provider.
fn expose<S: serde::Serializer>(secret: &SecretString, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(secret.expose_secret())
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            database_url: SecretString::from("sqlite://data/mymts.db"),
            dist_dir: PathBuf::from("dist"),
            body_limit_bytes: 1024 * 1024,
            db_max_connections: 10,
            log_format: LogFormat::Json,
            log_filter: "info".to_owned(),
            dev: false,
            seed_demo: false,
            shutdown_grace_secs: 10,
            public_url: "http://127.0.0.1:8080".to_owned(),
            secret_key: SecretString::from(""),
            session_idle_minutes: 30,
            session_absolute_hours: 12,
            argon2_memory_kib: 65536,
            argon2_iterations: 3,
            pow_difficulty_bits: 18,
            gateway_secret: SecretString::from(""),
            network_secret: SecretString::from(""),
            trust_forwarded_for: false,
            oidc_issuer: String::new(),
            oidc_client_id: String::new(),
            oidc_client_secret: SecretString::from(""),
            oidc_display_name: "OpenID".to_owned(),
            smtp_url: SecretString::from(""),
            smtp_from: "My MTS <no-reply@mymts.local>".to_owned(),
            jobs_interval_secs: 60,
            request_timeout_secs: 30,
            metrics_token: SecretString::from(""),
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("invalid settings: {0}")]
pub struct SettingsError(#[from] Box<figment::Error>);

impl Settings {
    /// Defaults, then the TOML file (if given), then `MYMTS_*` environment variables.
    pub fn load(file: Option<&std::path::Path>) -> Result<Settings, SettingsError> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        if let Some(file) = file {
            figment = figment.merge(Toml::file_exact(file));
        }
        figment
            .merge(Env::prefixed("MYMTS_").ignore(&["config"]))
            .extract()
            .map_err(|e| SettingsError(Box::new(e)))
    }

    /// Session cookies get `Secure` when the site is served over https.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// `sqlite` or `postgres` (or the unknown scheme), for logs and health; never the URL.
    pub fn database_scheme(&self) -> &str {
        self.database_url
            .expose_secret()
            .split("://")
            .next()
            .unwrap_or("")
    }
}

/// The `--help` text, generated from [`SETTINGS`].
pub fn help_text() -> String {
    let mut out = String::from(
        "My MTS server\n\nUSAGE:\n  server [--config FILE] [--seed-demo]\n\nOPTIONS:\n  \
         --config FILE   read settings from a TOML file (also MYMTS_CONFIG)\n  \
         --seed-demo     load demo operator data on start (idempotent)\n  \
         --help          print this text\n  --version       print the version\n\n\
         SETTINGS (file key / environment variable, default):\n",
    );
    for s in SETTINGS {
        let env = format!("MYMTS_{}", s.key.to_ascii_uppercase());
        out.push_str(&format!(
            "  {:<20} {:<26} {:<24} {}\n",
            s.key, env, s.default, s.help
        ));
    }
    out
}

#[cfg(test)]
#[expect(
    clippy::result_large_err,
    reason = "figment::Jail's signature, tests only"
)]
mod tests {
    use super::*;

    #[test]
    fn the_settings_table_documents_every_field() {
        let value = serde_json::to_value(Settings::default()).expect("serialise");
        let fields: Vec<&String> = value.as_object().expect("object").keys().collect();
        assert_eq!(fields.len(), SETTINGS.len());
        for field in fields {
            assert!(
                SETTINGS.iter().any(|s| s.key == field),
                "{field} is not in SETTINGS"
            );
        }
        for doc in SETTINGS {
            let actual = match &value[doc.key] {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            assert_eq!(actual, doc.default, "documented default of {}", doc.key);
        }
    }

    #[test]
    fn environment_overrides_file_overrides_defaults() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "mymts.toml",
                "bind = \"127.0.0.1:9000\"\ndev = true\nlog_filter = \"debug\"",
            )?;
            jail.set_env("MYMTS_LOG_FILTER", "warn");
            jail.set_env("MYMTS_BODY_LIMIT_BYTES", "2048");
            let s = Settings::load(Some(std::path::Path::new("mymts.toml"))).expect("load");
            assert_eq!(s.bind.port(), 9000);
            assert!(s.dev);
            assert_eq!(s.log_filter, "warn");
            assert_eq!(s.body_limit_bytes, 2048);
            assert_eq!(s.database_scheme(), "sqlite");
            Ok(())
        });
    }

    #[test]
    fn unknown_keys_and_bad_values_are_errors() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("bad.toml", "bnid = \"x\"")?;
            assert!(Settings::load(Some(std::path::Path::new("bad.toml"))).is_err());
            jail.set_env("MYMTS_BIND", "not an address");
            assert!(Settings::load(None).is_err());
            Ok(())
        });
    }

    #[test]
    fn help_lists_every_variable() {
        let help = help_text();
        for doc in SETTINGS {
            assert!(help.contains(&format!("MYMTS_{}", doc.key.to_ascii_uppercase())));
        }
    }

    #[test]
    fn the_readme_settings_table_matches_the_code() {
        let readme = include_str!("../../README.md");
        for doc in SETTINGS {
            let row = format!(
                "| {} | MYMTS_{} | {} | {} |",
                doc.key,
                doc.key.to_ascii_uppercase(),
                doc.default,
                doc.help
            );
            assert!(
                readme.contains(&row),
                "README.md lacks the settings row:\n{row}"
            );
        }
    }
}
