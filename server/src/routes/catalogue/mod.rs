//! The public catalogue: tariffs per region, TV channels and packages with the Personal TV
//! price, offices. No sign-in; everything here is read-only except a price computation.

pub mod offices;
pub mod tariffs;
pub mod tv;

use shared::ErrorCode;

use crate::http::HttpError;
use crate::state::AppState;

/// 404 (JSON) unless the region exists.
async fn require_region(state: &AppState, code: &str) -> Result<(), HttpError> {
    if state.store.region_exists(code).await? {
        Ok(())
    } else {
        Err(HttpError::new(ErrorCode::NotFound))
    }
}
