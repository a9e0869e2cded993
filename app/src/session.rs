//! Who is signed in: the app's one copy of `GET /api/session`, its CSRF token handed to
//! [`crate::api`], and the rules of where a visitor may go (account pages need a session;
//! a temporary password must be changed before anything else).

use crate::api::SessionInfo;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;

/// What the app knows about the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionState {
    /// `GET /api/session` has not answered yet.
    Loading,
    SignedOut,
    SignedIn(SessionInfo),
}

/// The session context: read it with [`use_session`].
#[derive(Debug, Clone, Copy)]
pub struct Session {
    state: RwSignal<SessionState>,
}

impl Session {
    pub fn state(self) -> SessionState {
        self.state.get()
    }

    pub fn info(self) -> Option<SessionInfo> {
        self.state.with(|s| match s {
            SessionState::SignedIn(info) => Some(info.clone()),
            _ => None,
        })
    }

    /// A sign-in (or password change) answered with the session.
    pub fn signed_in(self, info: SessionInfo) {
        api::set_csrf_token(Some(info.csrf_token.clone()));
        self.state.set(SessionState::SignedIn(info));
    }

    /// Signed out here, or the server said the session is gone.
    pub fn signed_out(self) {
        api::set_csrf_token(None);
        self.state.set(SessionState::SignedOut);
    }

    /// Asks the server again (after an error that may mean the session ended). Without the
    /// CSRF cookie there is no session to ask about, so the question (and a 401 in the
    /// console) is skipped.
    pub fn refresh(self) {
        if !has_csrf_cookie() {
            self.signed_out();
            return;
        }
        spawn_local(async move {
            match api::session().await {
                Ok(info) => self.signed_in(info),
                Err(_) => self.signed_out(),
            }
        });
    }

    /// A context that never asks the server (the gallery).
    pub fn fixed(state: SessionState) -> Self {
        Session {
            state: RwSignal::new(state),
        }
    }
}

/// The session's CSRF cookie (readable by design; the session cookie itself is HttpOnly).
const CSRF_COOKIE: &str = "mymts_csrf";

fn has_csrf_cookie() -> bool {
    // `document.cookie` through Reflect: no extra web-sys feature for one property.
    js_sys::Reflect::get(&document(), &wasm_bindgen::JsValue::from_str("cookie"))
        .ok()
        .and_then(|v| v.as_string())
        .is_some_and(|cookies| has_cookie(&cookies, CSRF_COOKIE))
}

fn has_cookie(cookies: &str, name: &str) -> bool {
    cookies.split(';').any(|pair| {
        pair.trim()
            .split_once('=')
            .is_some_and(|(k, v)| k == name && !v.is_empty())
    })
}

/// Provides the context and asks the server who is signed in.
pub fn provide_session() -> Session {
    let session = Session {
        state: RwSignal::new(SessionState::Loading),
    };
    provide_context(session);
    session.refresh();
    session
}

pub fn use_session() -> Session {
    use_context::<Session>().unwrap_or_else(|| Session::fixed(SessionState::SignedOut))
}

/// The forced password change (temporary password).
pub const PASSWORD_PATH: &str = "/password";

/// First path segments of the pages only a signed-in customer sees.
const ACCOUNT_SECTIONS: [&str; 13] = [
    "dashboard",
    "payments",
    "autopay",
    "promised",
    "expenses",
    "bonuses",
    "services",
    "internet",
    "tv",
    "mobile",
    "support",
    "profile",
    "password",
];

/// Public pages under an account section's segment.
const PUBLIC_UNDER_ACCOUNT: [&str; 1] = ["/tv/channels"];

/// Pages only a signed-in customer sees: the account sections and the forced password change.
pub fn is_account_path(path: &str) -> bool {
    let first = path
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or_default();
    ACCOUNT_SECTIONS.contains(&first)
        && !PUBLIC_UNDER_ACCOUNT.iter().any(|public| {
            path.strip_prefix(public)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        })
}

/// Where to go after signing in: `next` when it is a path of this site, the overview
/// otherwise (never another origin: `//evil.example` and `/\evil` are refused).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.starts_with("/\\")
                && !n.chars().any(char::is_control) =>
        {
            n.to_owned()
        }
        _ => "/dashboard".to_owned(),
    }
}

/// Where a visitor at `path` must be sent instead, if anywhere.
pub fn redirect_for(state: &SessionState, path: &str, query: &str) -> Option<String> {
    match state {
        SessionState::Loading => None,
        SessionState::SignedOut if is_account_path(path) => {
            let next = format!("{path}{query}");
            Some(format!("/signin?next={}", encode(&next)))
        }
        SessionState::SignedIn(info) if info.must_change_password && path != PASSWORD_PATH => {
            Some(PASSWORD_PATH.to_owned())
        }
        SessionState::SignedIn(info) if !info.must_change_password && path == PASSWORD_PATH => {
            Some("/dashboard".to_owned())
        }
        _ => None,
    }
}

/// Percent-encodes a query value (unreserved characters and `/` kept).
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(must_change: bool) -> SessionInfo {
        SessionInfo {
            display_name: "Иванов Иван".into(),
            login: Some("ivanov".into()),
            must_change_password: must_change,
            csrf_token: "t".into(),
        }
    }

    #[test]
    fn signed_out_visitors_go_to_sign_in_and_come_back() {
        let to = redirect_for(&SessionState::SignedOut, "/profile", "?tab=1");
        assert_eq!(to.as_deref(), Some("/signin?next=/profile%3Ftab%3D1"));
        assert_eq!(redirect_for(&SessionState::SignedOut, "/tariffs", ""), None);
        assert_eq!(redirect_for(&SessionState::Loading, "/profile", ""), None);
        assert_eq!(
            redirect_for(&SessionState::SignedOut, "/profiles", ""),
            None
        );
    }

    #[test]
    fn account_pages_are_every_signed_in_section_but_the_public_channel_list() {
        for path in [
            "/dashboard",
            "/services/tariff",
            "/tv",
            "/tv/personal",
            "/password",
        ] {
            assert!(is_account_path(path), "{path}");
        }
        for path in [
            "/",
            "/tv/channels",
            "/tv/channels/sport",
            "/tariffs",
            "/gallery",
        ] {
            assert!(!is_account_path(path), "{path}");
        }
    }

    #[test]
    fn a_temporary_password_is_changed_first() {
        let temp = SessionState::SignedIn(info(true));
        assert_eq!(
            redirect_for(&temp, "/dashboard", "").as_deref(),
            Some(PASSWORD_PATH)
        );
        assert_eq!(redirect_for(&temp, PASSWORD_PATH, ""), None);
        let done = SessionState::SignedIn(info(false));
        assert_eq!(redirect_for(&done, "/dashboard", ""), None);
        assert_eq!(
            redirect_for(&done, PASSWORD_PATH, "").as_deref(),
            Some("/dashboard")
        );
    }

    #[test]
    fn finds_the_csrf_cookie() {
        assert!(has_cookie("a=1; mymts_csrf=abc", CSRF_COOKIE));
        assert!(!has_cookie("a=1; mymts_csrf=", CSRF_COOKIE));
        assert!(!has_cookie("xmymts_csrf=abc", CSRF_COOKIE));
        assert!(!has_cookie("", CSRF_COOKIE));
    }

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next(Some("/profile")), "/profile");
        assert_eq!(safe_next(Some("//evil.example")), "/dashboard");
        assert_eq!(safe_next(Some("/\\evil.example")), "/dashboard");
        assert_eq!(safe_next(Some("https://evil.example")), "/dashboard");
        assert_eq!(safe_next(None), "/dashboard");
    }
}
