//! The file input of a support question: checked when chosen with `shared` (size, declared
//! type; the server still decides on the content), read when the form is sent.

use leptos::html;
use leptos::prelude::*;
use shared::ErrorCode;
use shared::support::{ATTACHMENT_MAX_BYTES, check_attachment_meta};

use crate::components::unique_id;
use crate::i18n::{Svc, use_i18n};

#[derive(Debug, Clone, Copy)]
pub struct FileChoice {
    input: NodeRef<html::Input>,
    error: RwSignal<Option<ErrorCode>>,
}

impl FileChoice {
    pub fn new() -> Self {
        FileChoice {
            input: NodeRef::new(),
            error: RwSignal::new(None),
        }
    }

    fn chosen(self) -> Option<web_sys::File> {
        self.input.get_untracked()?.files()?.get(0)
    }

    pub fn has_file(self) -> bool {
        self.chosen().is_some()
    }

    /// Checks the chosen file, if any; the error shows under the input.
    fn check(self) {
        let code = self.chosen().and_then(|f| {
            check_attachment_meta(f.size() as u64, &f.type_())
                .err()
                .map(|e| e.code)
        });
        self.error.set(code);
    }

    /// No file, or one that passes the checks.
    pub fn is_valid(self) -> bool {
        self.check();
        self.error.get_untracked().is_none()
    }

    /// The chosen file, and the input emptied for the next one.
    pub fn take(self) -> Option<web_sys::File> {
        let file = self.chosen();
        if let Some(input) = self.input.get_untracked() {
            input.set_value("");
        }
        file
    }
}

#[component]
pub fn FilePicker(choice: FileChoice) -> impl IntoView {
    let i18n = use_i18n();
    let id = unique_id("file");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || match choice.error.get() {
            Some(_) => format!("{hint_id} {error_id}"),
            None => hint_id.clone(),
        }
    };
    let hint = move || {
        i18n.t(Svc::AttachHint)
            .replace("{mb}", &(ATTACHMENT_MAX_BYTES / (1024 * 1024)).to_string())
    };
    view! {
        <div class="field" class:field--invalid=move || choice.error.get().is_some()>
            <label class="field__label" for=id.clone()>
                {i18n.tr(Svc::AttachLabel)}
            </label>
            <input
                id=id
                class="field__file"
                type="file"
                name="file"
                accept="image/png,image/jpeg,image/gif,application/pdf"
                aria-describedby=described
                aria-invalid=move || choice.error.get().is_some().then_some("true")
                node_ref=choice.input
                on:change=move |_| choice.check()
            />
            <p class="field__hint" id=hint_id>{hint}</p>
            {move || {
                choice
                    .error
                    .get()
                    .map(|code| {
                        view! {
                            <p class="field__error" id=error_id.clone()>
                                <span class="field__error-icon" aria-hidden="true">"!"</span>
                                {code.message(i18n.lang())}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
