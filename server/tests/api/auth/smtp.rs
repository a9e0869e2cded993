//! E-mail over SMTP (`smtp_url`): a tiny SMTP sink inside the test records what the server's
//! lettre transport delivers; the recovery code it carries works, and neither the code nor
//! the SMTP password reaches the logs.

use std::sync::{Arc, Mutex};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::json;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use super::code_in;
use crate::helpers::{Backend, spawn_app_with};
use crate::log_capture::capture;

/// One message as the sink received it.
#[derive(Debug, Clone, Default)]
struct Received {
    mail_from: String,
    rcpt_to: Vec<String>,
    data: String,
}

type Shared<T> = Arc<Mutex<Vec<T>>>;

/// A minimal SMTP server: greets, accepts EHLO/HELO and AUTH PLAIN (records the credentials),
/// records MAIL/RCPT/DATA, answers 250 to the rest, ends on QUIT.
async fn smtp_sink() -> (u16, Shared<Received>, Shared<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let inbox: Shared<Received> = Arc::default();
    let auths: Shared<String> = Arc::default();
    let sink = inbox.clone();
    let auth_sink = auths.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let inbox = sink.clone();
            let authed = auth_sink.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                let mut current = Received::default();
                if write.write_all(b"220 sink ESMTP\r\n").await.is_err() {
                    return;
                }
                while let Ok(Some(line)) = lines.next_line().await {
                    let upper = line.to_ascii_uppercase();
                    let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        b"250-sink\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"
                    } else if upper.starts_with("AUTH PLAIN ") {
                        authed
                            .lock()
                            .expect("lock")
                            .push(line[11..].trim().to_owned());
                        b"235 2.7.0 accepted\r\n"
                    } else if upper.starts_with("MAIL FROM:") {
                        current = Received {
                            mail_from: line[10..].trim().to_owned(),
                            ..Received::default()
                        };
                        b"250 OK\r\n"
                    } else if upper.starts_with("RCPT TO:") {
                        current.rcpt_to.push(line[8..].trim().to_owned());
                        b"250 OK\r\n"
                    } else if upper == "DATA" {
                        if write.write_all(b"354 go on\r\n").await.is_err() {
                            return;
                        }
                        let mut data = String::new();
                        while let Ok(Some(l)) = lines.next_line().await {
                            if l == "." {
                                break;
                            }
                            data.push_str(l.strip_prefix('.').unwrap_or(&l));
                            data.push('\n');
                        }
                        current.data = data;
                        inbox.lock().expect("lock").push(current.clone());
                        b"250 queued\r\n"
                    } else if upper == "QUIT" {
                        let _ = write.write_all(b"221 bye\r\n").await;
                        return;
                    } else {
                        b"250 OK\r\n"
                    };
                    if write.write_all(reply).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (port, inbox, auths)
}

/// The text of a header, RFC 2047 `=?utf-8?b?...?=` words decoded.
fn header(data: &str, name: &str) -> String {
    let prefix = format!("{name}: ");
    let mut value = String::new();
    let mut inside = false;
    for line in data.lines() {
        if line.starts_with(&prefix) {
            inside = true;
            value.push_str(&line[prefix.len()..]);
        } else if inside && line.starts_with([' ', '\t']) {
            value.push_str(line);
        } else if inside {
            break;
        }
    }
    value
        .split_whitespace()
        .map(|word| {
            let lower = word.to_ascii_lowercase();
            if lower.starts_with("=?utf-8?b?") && word.ends_with("?=") {
                let bytes = STANDARD
                    .decode(&word[10..word.len() - 2])
                    .expect("base64 word");
                String::from_utf8(bytes).expect("utf-8")
            } else {
                format!("{word} ")
            }
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The body after the blank line, decoded when it is base64.
fn body(data: &str) -> String {
    let (head, body) = data.split_once("\n\n").expect("head and body");
    if head
        .to_ascii_lowercase()
        .contains("content-transfer-encoding: base64")
    {
        let joined: String = body.split_whitespace().collect();
        String::from_utf8(STANDARD.decode(joined).expect("base64 body")).expect("utf-8")
    } else {
        body.to_owned()
    }
}

async fn recovery_email_arrives_over_smtp(backend: Backend) {
    let (captured, _guard) = capture();

    let (port, inbox, auths) = smtp_sink().await;
    let smtp_password = "Smtp-secret-pass-42";
    let app = spawn_app_with(backend, |s| {
        // Credentials in the URL: they reach the SMTP server, never the logs.
        s.smtp_url =
            secrecy::SecretString::from(format!("smtp://mailer:{smtp_password}@127.0.0.1:{port}"));
        s.smtp_from = "My MTS <no-reply@mymts.test>".to_owned();
    })
    .await;
    let res = app
        .browser()
        .post_bare(
            "/api/auth/recovery/code",
            &json!({"login": "100000000016", "channel": "email"}),
        )
        .await;
    assert_eq!(res.status(), 202);

    let received = inbox.lock().expect("lock").clone();
    assert_eq!(received.len(), 1, "{received:?}");
    let mail = &received[0];
    assert_eq!(mail.mail_from, "<no-reply@mymts.test>");
    assert_eq!(mail.rcpt_to, vec!["<ivanov@example.ru>".to_owned()]);
    assert_eq!(header(&mail.data, "To"), "ivanov@example.ru");
    assert_eq!(
        header(&mail.data, "Subject"),
        "Мой МТС: восстановление доступа"
    );
    let auth = auths.lock().expect("lock").clone();
    let plain = STANDARD
        .decode(auth.first().expect("AUTH PLAIN"))
        .expect("base64");
    assert_eq!(plain, format!("\0mailer\0{smtp_password}").into_bytes());
    let text = body(&mail.data);
    let code = code_in(&text);
    // Not in the dev outbox: SMTP replaces it.
    assert!(app.outbox("ivanov@example.ru").await.is_empty());
    // The code works.
    let res = app
        .browser()
        .post_bare(
            "/api/auth/recovery/password",
            &json!({"login": "100000000016", "code": code, "new_password": "Smtp-new-pass11"}),
        )
        .await;
    assert_eq!(res.status(), 200);

    let logs = captured.text();
    assert!(logs.contains("handed to the SMTP server"), "{logs}");
    for secret in [code.as_str(), smtp_password, "Smtp-new-pass11"] {
        assert!(!logs.contains(secret), "{secret} reached the logs");
    }
}

#[tokio::test]
async fn sqlite_recovery_email_arrives_over_smtp() {
    recovery_email_arrives_over_smtp(Backend::Sqlite).await;
}

#[tokio::test]
async fn postgres_recovery_email_arrives_over_smtp() {
    recovery_email_arrives_over_smtp(Backend::Postgres).await;
}

#[tokio::test]
async fn a_bad_smtp_url_stops_the_start() {
    let (database_url, _db) = crate::helpers::fresh_database(Backend::Sqlite).await;
    let settings = server::config::Settings {
        bind: "127.0.0.1:0".parse().expect("addr"),
        database_url,
        smtp_url: secrecy::SecretString::from("ftp://nowhere"),
        ..server::config::Settings::default()
    };
    let err = server::Application::build(settings)
        .await
        .err()
        .expect("refused");
    assert!(err.to_string().contains("smtp_url"), "{err}");
}
