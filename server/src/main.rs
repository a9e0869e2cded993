//! Thin entry point: arguments → settings → telemetry → build → serve.

use std::path::PathBuf;
use std::process::ExitCode;

use server::config::{Settings, help_text};
use server::{Application, telemetry};

struct Args {
    config: Option<PathBuf>,
    seed_demo: bool,
}

enum Parsed {
    Run(Args),
    Exit(String),
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Parsed, String> {
    let mut parsed = Args {
        config: std::env::var_os("MYMTS_CONFIG").map(PathBuf::from),
        seed_demo: false,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--help" | "-h" => return Ok(Parsed::Exit(help_text())),
            "--version" | "-V" => {
                return Ok(Parsed::Exit(format!(
                    "server {}",
                    env!("CARGO_PKG_VERSION")
                )));
            }
            "--seed-demo" => parsed.seed_demo = true,
            "--config" => {
                parsed.config = Some(args.next().ok_or("--config needs a file name")?.into());
            }
            other => return Err(format!("unknown argument `{other}`; see --help")),
        }
    }
    Ok(Parsed::Run(parsed))
}

#[expect(
    clippy::print_stdout,
    clippy::print_stderr,
    reason = "CLI output before logging starts"
)]
#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Parsed::Run(args)) => args,
        Ok(Parsed::Exit(text)) => {
            println!("{text}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let mut settings = match Settings::load(args.config.as_deref()) {
        Ok(settings) => settings,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::from(2);
        }
    };
    settings.seed_demo |= args.seed_demo;
    let dev = settings.dev;
    telemetry::init(&settings);
    tracing::info!(
        version = env!("CARGO_PKG_VERSION"),
        database = settings.database_scheme(),
        dist = %settings.dist_dir.display(),
        dev = settings.dev,
        "starting"
    );
    let app = match Application::build(settings).await {
        Ok(app) => app,
        Err(err) => {
            tracing::error!(error = %err, "start-up failed");
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    match app.local_addr() {
        Ok(addr) if dev => {
            tracing::info!(url = %format!("http://{addr}"), "listening");
            // To the console, not the logs: the demo password is public, but logs stay clean.
            println!("\nMy MTS is at http://{addr}  (gallery: http://{addr}/gallery)");
            println!(
                "Demo identities (web password {}):",
                server::demo::DEMO_PASSWORD
            );
            for identity in server::demo::IDENTITIES {
                println!("  - {}\n    {}", identity.who, identity.try_it);
            }
        }
        Ok(addr) => tracing::info!(url = %format!("http://{addr}"), "listening"),
        Err(err) => tracing::warn!(error = %err, "cannot read the bound address"),
    }
    match app.run_until_stopped().await {
        Ok(()) => {
            tracing::info!("stopped");
            ExitCode::SUCCESS
        }
        Err(err) => {
            tracing::error!(error = %err, "server failed");
            ExitCode::FAILURE
        }
    }
}
