//! The typed HTTP client: one function per endpoint, every failure an [`ApiError`].

use gloo_net::http::{Request, Response};
use serde::{Serialize, de::DeserializeOwned};
use shared::api::health::Health;
use shared::{ApiError, ErrorCode};

/// `GET /api/health`: server version and whether its database answers.
pub async fn health() -> Result<Health, ApiError> {
    get_json("/api/health").await
}

pub async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let response = Request::get(path)
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(|_| ApiError::new(ErrorCode::Network))?;
    decode(response).await
}

#[expect(
    dead_code,
    reason = "the first form endpoints arrive with the auth issue"
)]
pub async fn post_json<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, ApiError> {
    let request = Request::post(path)
        .header("Accept", "application/json")
        .json(body)
        .map_err(|_| ApiError::new(ErrorCode::MalformedJson))?;
    let response = request
        .send()
        .await
        .map_err(|_| ApiError::new(ErrorCode::Network))?;
    decode(response).await
}

async fn decode<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    if response.ok() {
        // A 2xx body we cannot read means the server speaks a newer contract.
        return response
            .json::<T>()
            .await
            .map_err(|_| ApiError::new(ErrorCode::Unknown));
    }
    let status = response.status();
    match response.json::<ApiError>().await {
        Ok(error) => Err(error),
        Err(_) => Err(ApiError::new(fallback_code(status))),
    }
}

/// The code for an error answer without a readable `ApiError` body (a proxy page, say).
fn fallback_code(status: u16) -> ErrorCode {
    match status {
        404 => ErrorCode::NotFound,
        405 => ErrorCode::MethodNotAllowed,
        401 => ErrorCode::Unauthorized,
        403 => ErrorCode::Forbidden,
        413 => ErrorCode::PayloadTooLarge,
        429 => ErrorCode::RateLimited,
        502..=504 => ErrorCode::ServiceUnavailable,
        500..=599 => ErrorCode::Internal,
        _ => ErrorCode::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodiless_errors_map_by_status() {
        assert_eq!(fallback_code(404), ErrorCode::NotFound);
        assert_eq!(fallback_code(429), ErrorCode::RateLimited);
        assert_eq!(fallback_code(502), ErrorCode::ServiceUnavailable);
        assert_eq!(fallback_code(500), ErrorCode::Internal);
        assert_eq!(fallback_code(418), ErrorCode::Unknown);
    }
}
