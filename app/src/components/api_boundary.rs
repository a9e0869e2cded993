//! The error half of the page data flow (STYLE habit 8): inside it, a `Result` read from an
//! `api.rs` call that is `Err(ApiError)` renders as an [`ErrorState`] in the user's language.
//!
//! ```ignore
//! <Suspense fallback=|| view! { <Skeleton /> }>
//!     <ApiErrorBoundary on_retry=Callback::new(move |()| data.refetch())>
//!         {move || Suspend::new(async move { data.await.map(|data| view! { ... }) })}
//!     </ApiErrorBoundary>
//! </Suspense>
//! ```

use leptos::error::Errors;
use leptos::prelude::*;
use shared::{ApiError, ErrorCode};

use super::ErrorState;

#[component]
pub fn ApiErrorBoundary(
    #[prop(optional, into)] on_retry: Option<Callback<()>>,
    children: Children,
) -> impl IntoView {
    let fallback = move |errors: ArcRwSignal<Errors>| {
        let error = Signal::derive(move || first_api_error(&errors.read()));
        match on_retry {
            Some(retry) => view! { <ErrorState error=error on_retry=retry /> }.into_any(),
            None => view! { <ErrorState error=error /> }.into_any(),
        }
    };
    view! { <ErrorBoundary fallback=fallback>{children()}</ErrorBoundary> }
}

/// The first error that is an [`ApiError`]; anything else is shown as an unknown error.
fn first_api_error(errors: &Errors) -> ApiError {
    errors
        .iter()
        .find_map(|(_, error)| error.downcast_ref::<ApiError>().cloned())
        .unwrap_or_else(|| ApiError::new(ErrorCode::Unknown))
}
