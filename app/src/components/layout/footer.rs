//! Footer with the server's health: version and whether the database answers.

use leptos::prelude::*;
use shared::api::health::Health;

use crate::api;
use crate::components::{Skeleton, SkeletonShape};
use crate::i18n::{Key, use_i18n};

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    let health = LocalResource::new(api::health);
    let status = move || match health.get() {
        None => "loading",
        Some(Ok(Health {
            database_reachable: true,
            ..
        })) => "ok",
        Some(Ok(_)) => "degraded",
        Some(Err(_)) => "error",
    };
    view! {
        <footer class="site-footer">
            <p class="site-footer__note">{i18n.tr(Key::FooterNote)}</p>
            <p class="server-status" data-testid="server-status" data-status=status>
                <span class="visually-hidden">{i18n.tr(Key::ServerStatus)} ": "</span>
                <Suspense fallback=|| view! { <Skeleton shape=SkeletonShape::Inline /> }>
                    {move || Suspend::new(async move {
                        match health.await {
                            Ok(health) => {
                                let database = if health.database_reachable {
                                    Key::DatabaseReachable
                                } else {
                                    Key::DatabaseUnreachable
                                };
                                view! {
                                    <span class="server-status__dot" aria-hidden="true"></span>
                                    {i18n.tr(Key::ServerVersion)}
                                    " "
                                    {health.version}
                                    " · "
                                    {i18n.tr(database)}
                                }
                                    .into_any()
                            }
                            Err(_) => {
                                view! {
                                    <span class="server-status__dot" aria-hidden="true"></span>
                                    {i18n.tr(Key::ServerUnreachable)}
                                }
                                    .into_any()
                            }
                        }
                    })}
                </Suspense>
            </p>
        </footer>
    }
}
