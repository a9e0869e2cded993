//! `localStorage` and `sessionStorage` access that never fails loudly: private modes may refuse storage, and a
//! preference that cannot be saved is not worth an error.

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn set(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        // A refused write only means the choice is not remembered.
        let _ = storage.set_item(key, value);
    }
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Keeps `value` for this tab until it is taken.
pub fn set_session(key: &str, value: &str) {
    if let Some(storage) = session_storage() {
        // A refused write only loses a focus hint.
        let _ = storage.set_item(key, value);
    }
}

/// Reads and removes a value kept with [`set_session`].
pub fn take_session(key: &str) -> Option<String> {
    let storage = session_storage()?;
    let value = storage.get_item(key).ok().flatten()?;
    let _ = storage.remove_item(key);
    Some(value)
}
