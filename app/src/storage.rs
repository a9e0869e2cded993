//! `localStorage` access that never fails loudly: private modes may refuse storage, and a
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
