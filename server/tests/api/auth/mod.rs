//! Identity and access (issue 6): every endpoint on both databases.

mod concurrency;
mod demo;
mod logs;
mod oidc;
mod prune;
mod recovery;
mod register;
mod sessions;
mod sign_in;
mod sms;
mod smtp;

use serde_json::{Value, json};

/// The first run of six digits in a message: the one-time code.
pub fn code_in(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(6)
        .zip(0..)
        .find(|(w, i)| {
            w.iter().all(char::is_ascii_digit)
                && (*i == 0 || !chars[i - 1].is_ascii_digit())
                && chars.get(i + 6).is_none_or(|c| !c.is_ascii_digit())
        })
        .map(|(w, _)| w.iter().collect())
        .unwrap_or_else(|| panic!("no code in {text}"))
}

/// The word after `label` in a message (a login or a password).
pub fn word_after(text: &str, label: &str) -> String {
    let start = text
        .find(label)
        .unwrap_or_else(|| panic!("no {label} in {text}"))
        + label.len();
    text[start..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect()
}

pub const IVANOV_PHONE: &str = "+79161234567";
pub const DEMO_PASSWORD: &str = server::demo::DEMO_PASSWORD;

pub fn sign_in_body(login: &str, password: &str) -> Value {
    json!({"login": login, "password": password})
}
