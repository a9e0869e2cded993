//! Endpoints of the public pages: the catalogue, offices and the balance check. The tariff
//! change reads the same tariffs (those an account can switch to), the Personal TV builder the
//! same channels.

use shared::ApiError;
use shared::api::catalogue::TariffCard;
use shared::api::catalogue::{TvChannel, TvPackage};

use super::get_json;
use super::{Failure, exchange, parse};

/// `GET /api/regions/{code}/tariffs`.
pub async fn tariffs(region: String) -> Result<Vec<TariffCard>, ApiError> {
    get_json(&format!("/api/regions/{}/tariffs", enc(&region))).await
}

/// `GET /api/tariffs/{id}`.
pub async fn tariff(id: String) -> Result<TariffCard, ApiError> {
    get_json(&format!("/api/tariffs/{}", enc(&id))).await
}

/// `GET /api/tariffs/compare?ids=a,b`.
pub async fn compare(ids: String) -> Result<Vec<TariffCard>, ApiError> {
    get_json(&format!("/api/tariffs/compare?ids={}", enc(&ids))).await
}

/// `GET /api/tv/channels`: the whole catalogue (the page filters it live).
pub async fn tv_channels() -> Result<Vec<TvChannel>, ApiError> {
    get_json("/api/tv/channels").await
}

/// `GET /api/tv/packages`.
pub async fn tv_packages() -> Result<Vec<TvPackage>, ApiError> {
    get_json("/api/tv/packages").await
}

/// `POST /api/public/balance`: the balance of a contract, without signing in. The number is
/// a checked `ContractNumber` (digits and a dash), so the body is written out by hand: the
/// JSON serialiser stays out of the public build, whose other requests are all GETs.
pub async fn public_balance(
    contract: &shared::ids::ContractNumber,
) -> Result<shared::api::balance::PublicBalance, Failure> {
    let body = format!("{{\"contract_number\":\"{contract}\"}}");
    parse(
        &exchange(
            gloo_net::http::Request::post("/api/public/balance"),
            Some(body),
        )
        .await?,
    )
}

use super::encode as enc;
