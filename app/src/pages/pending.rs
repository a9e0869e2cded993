//! One request at a time from a section of a page: `busy` while it runs (buttons show it and
//! a second click does nothing), its failure kept for the alert above the section.

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::Failure;

#[derive(Debug, Clone, Copy)]
pub struct Pending {
    pub busy: RwSignal<bool>,
    pub failure: RwSignal<Option<Failure>>,
}

impl Pending {
    pub fn new() -> Self {
        Pending {
            busy: RwSignal::new(false),
            failure: RwSignal::new(None),
        }
    }

    /// Starts `request` unless one is running; `done` gets its answer, a failure is kept.
    /// Answers false when it did not start.
    pub fn run<T: 'static>(
        self,
        request: impl Future<Output = Result<T, Failure>> + 'static,
        done: impl FnOnce(T) + 'static,
    ) -> bool {
        if self.busy.get_untracked() {
            return false;
        }
        self.busy.set(true);
        self.failure.set(None);
        spawn_local(async move {
            let answer = request.await;
            // Before `done`, which may close the section and dispose these signals.
            self.busy.try_set(false);
            match answer {
                Ok(answer) => done(answer),
                Err(f) => {
                    self.failure.try_set(Some(f));
                }
            }
        });
        true
    }
}
