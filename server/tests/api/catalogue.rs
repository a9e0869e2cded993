//! The public catalogue: tariffs, comparison, TV channels and packages, Personal TV price,
//! offices; every refusal with its stable code.

use serde_json::json;
use shared::api::catalogue::{Genre, Office, PackageKind, TariffCard, TvChannel, TvPackage};
use shared::service::ServiceKind;
use shared::tv::{ChannelId, PersonalTvPrice, personal_tv_price};
use shared::{ApiError, ErrorCode};

use crate::both_backends;
use crate::helpers::TestApp;

async fn error_of(res: reqwest::Response, status: u16) -> ApiError {
    assert_eq!(res.status(), status);
    res.json().await.expect("ApiError body")
}

async fn every_region_lists_tariffs_of_every_service_type(app: TestApp) {
    for region in server::demo::REGIONS {
        let res = app
            .get(&format!("/api/regions/{}/tariffs", region.code))
            .await;
        assert_eq!(res.status(), 200);
        let cards: Vec<TariffCard> = res.json().await.expect("tariffs");
        assert_eq!(cards.len(), 9, "{}", region.code);
        for kind in ServiceKind::ALL {
            assert!(cards.iter().any(|c| c.service == kind), "{kind:?}");
        }
        assert!(cards.iter().all(|c| c.tariff.region == region.code));
    }
    let moscow: Vec<TariffCard> = app
        .get("/api/regions/moscow/tariffs")
        .await
        .json()
        .await
        .expect("json");
    let kazan: Vec<TariffCard> = app
        .get("/api/regions/kazan/tariffs")
        .await
        .json()
        .await
        .expect("json");
    assert!(
        kazan[1].tariff.monthly_fee < moscow[1].tariff.monthly_fee,
        "prices depend on the region"
    );
    let smart = &moscow[1];
    assert_eq!(smart.tariff.id, "mobile-smart-moscow");
    assert_eq!(smart.tariff.monthly_fee.kopecks(), 55_000);
    assert_eq!(smart.tariff.package.minutes, 500);
    assert_eq!(smart.tariff.prices.per_minute.kopecks(), 200);
}

async fn tariffs_filter_by_service_type(app: TestApp) {
    let home: Vec<TariffCard> = app
        .get("/api/regions/spb/tariffs?service=home")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(home.len(), 3);
    assert!(
        home.iter()
            .all(|c| c.service == ServiceKind::Home && c.speed_mbps.is_some())
    );
    let sat: Vec<TariffCard> = app
        .get("/api/regions/spb/tariffs?service=satellite")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(sat.len(), 2);
    assert!(sat.iter().all(|c| c.tv_package.is_some()));
    let err = error_of(app.get("/api/regions/spb/tariffs?service=fax").await, 422).await;
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::Validation, Some("service"))
    );
}

async fn unknown_region_is_a_json_404(app: TestApp) {
    for path in [
        "/api/regions/atlantis/tariffs",
        "/api/regions/atlantis/offices?q=x",
    ] {
        let err = error_of(app.get(path).await, 404).await;
        assert_eq!(err.code, ErrorCode::NotFound, "{path}");
    }
}

async fn tariff_detail_and_unknown_tariff(app: TestApp) {
    let res = app.get("/api/tariffs/home-max-novosibirsk").await;
    assert_eq!(res.status(), 200);
    let card: TariffCard = res.json().await.expect("card");
    assert_eq!(card.tariff.region, "novosibirsk");
    assert_eq!(card.speed_mbps, Some(1000));
    assert_eq!(card.tv_package.as_deref(), Some("optimum"));
    let err = error_of(app.get("/api/tariffs/no-such-tariff").await, 404).await;
    assert_eq!(err.code, ErrorCode::NotFound);
}

async fn compare_two_or_three_tariffs_in_the_order_asked(app: TestApp) {
    let cards: Vec<TariffCard> = app
        .get("/api/tariffs/compare?ids=mobile-smart-plus-kazan,mobile-mini-kazan")
        .await
        .json()
        .await
        .expect("json");
    let ids: Vec<&str> = cards.iter().map(|c| c.tariff.id.as_str()).collect();
    assert_eq!(ids, ["mobile-smart-plus-kazan", "mobile-mini-kazan"]);
    let res = app
        .get("/api/tariffs/compare?ids=mobile-mini-spb,home-100-spb,sat-start-spb")
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<Vec<TariffCard>>().await.expect("json").len(), 3);
}

async fn compare_refuses_wrong_counts_mixed_regions_and_unknown_ids(app: TestApp) {
    for query in [
        "",
        "?ids=",
        "?ids=mobile-mini-spb",
        "?ids=mobile-mini-spb,mobile-mini-spb",
        "?ids=mobile-mini-spb,home-100-spb,sat-start-spb,mobile-smart-spb",
    ] {
        let err = error_of(app.get(&format!("/api/tariffs/compare{query}")).await, 422).await;
        assert_eq!(
            (err.code, err.field.as_deref()),
            (ErrorCode::CompareCount, Some("ids")),
            "{query}"
        );
    }
    let err = error_of(
        app.get("/api/tariffs/compare?ids=mobile-mini-spb,mobile-mini-moscow")
            .await,
        422,
    )
    .await;
    assert_eq!(err.code, ErrorCode::CompareMixedRegions);
    let err = error_of(
        app.get("/api/tariffs/compare?ids=mobile-mini-spb,nope")
            .await,
        404,
    )
    .await;
    assert_eq!(err.code, ErrorCode::NotFound);
}

async fn channels_filter_by_genre_search_and_package(app: TestApp) {
    let all: Vec<TvChannel> = app
        .get("/api/tv/channels")
        .await
        .json()
        .await
        .expect("json");
    assert!(all.len() >= 190, "{}", all.len());
    for genre in Genre::ALL {
        assert!(all.iter().any(|c| c.genre == genre), "{genre:?}");
    }
    let sport: Vec<TvChannel> = app
        .get("/api/tv/channels?genre=sport")
        .await
        .json()
        .await
        .expect("json");
    assert!(!sport.is_empty() && sport.iter().all(|c| c.genre == Genre::Sport));
    let found: Vec<TvChannel> = app
        .get("/api/tv/channels?q=%D0%B0%D1%80%D0%B5%D0%BD%D0%B0") // «арена», lower case
        .await
        .json()
        .await
        .expect("json");
    assert!(!found.is_empty());
    assert!(found.iter().all(|c| c.channel.name.contains("Арена")));
    let start: Vec<TvChannel> = app
        .get("/api/tv/channels?package=start")
        .await
        .json()
        .await
        .expect("json");
    assert!(!start.is_empty() && start.len() < all.len());
    let none: Vec<TvChannel> = app
        .get("/api/tv/channels?q=zzzz")
        .await
        .json()
        .await
        .expect("json");
    assert!(none.is_empty());
    let err = error_of(app.get("/api/tv/channels?genre=opera").await, 422).await;
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::Validation, Some("genre"))
    );
    let err = error_of(app.get("/api/tv/channels?package=nope").await, 422).await;
    assert_eq!(err.code, ErrorCode::UnknownTvPackage);
}

async fn packages_are_bases_of_growing_size_then_addons(app: TestApp) {
    let packages: Vec<TvPackage> = app
        .get("/api/tv/packages")
        .await
        .json()
        .await
        .expect("json");
    let bases: Vec<&TvPackage> = packages
        .iter()
        .filter(|p| p.kind == PackageKind::Base)
        .collect();
    assert_eq!(bases.len(), 3);
    assert!(packages[..3].iter().all(|p| p.kind == PackageKind::Base));
    assert!(
        bases
            .windows(2)
            .all(|w| w[0].package.channels.len() < w[1].package.channels.len())
    );
    assert!(
        packages
            .iter()
            .filter(|p| p.kind == PackageKind::Addon)
            .count()
            >= 3
    );
}

async fn personal_price_is_the_shared_rule(app: TestApp) {
    let packages: Vec<TvPackage> = app
        .get("/api/tv/packages")
        .await
        .json()
        .await
        .expect("json");
    let channels: Vec<TvChannel> = app
        .get("/api/tv/channels")
        .await
        .json()
        .await
        .expect("json");
    let start = packages
        .iter()
        .find(|p| p.package.id == "start")
        .expect("start");
    let inside = *start.package.channels.iter().next().expect("a channel");
    let outside: Vec<ChannelId> = channels
        .iter()
        .map(|c| c.channel.id)
        .filter(|id| !start.package.channels.contains(id))
        .take(2)
        .collect();
    let picked = [outside[0], outside[1], inside, outside[0]];
    let res = app
        .post_json(
            "/api/tv/personal-price",
            &json!({ "base": "start", "channels": picked }),
        )
        .await;
    assert_eq!(res.status(), 200);
    let price: PersonalTvPrice = res.json().await.expect("price");
    let by_id: Vec<_> = picked
        .iter()
        .map(|id| {
            channels
                .iter()
                .find(|c| c.channel.id == *id)
                .expect("known")
                .channel
                .clone()
        })
        .collect();
    assert_eq!(
        price,
        personal_tv_price(&start.package, &by_id).expect("rule")
    );
    assert_eq!(price.paid.len(), 2);
    assert_eq!(price.included, vec![inside]);
    assert_eq!(price.base_fee, start.package.monthly_fee);
}

async fn personal_price_refusals(app: TestApp) {
    let err = error_of(
        app.post_json(
            "/api/tv/personal-price",
            &json!({ "base": "start", "channels": [1, 99999] }),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(
        (err.code, err.field.as_deref()),
        (ErrorCode::UnknownTvChannel, Some("channels"))
    );
    for base in ["nope", "sport-extra"] {
        let err = error_of(
            app.post_json(
                "/api/tv/personal-price",
                &json!({ "base": base, "channels": [] }),
            )
            .await,
            422,
        )
        .await;
        assert_eq!(
            (err.code, err.field.as_deref()),
            (ErrorCode::UnknownTvPackage, Some("base")),
            "{base}"
        );
    }
    let many: Vec<u32> = (0..501).collect();
    let err = error_of(
        app.post_json(
            "/api/tv/personal-price",
            &json!({ "base": "start", "channels": many }),
        )
        .await,
        422,
    )
    .await;
    assert_eq!(err.code, ErrorCode::TooLong);
    let err = error_of(
        app.post_json("/api/tv/personal-price", &json!({ "base": "start" }))
            .await,
        400,
    )
    .await;
    assert_eq!(err.code, ErrorCode::MalformedJson);
}

async fn offices_are_listed_and_searched(app: TestApp) {
    let all: Vec<Office> = app
        .get("/api/regions/kazan/offices")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(all.len(), 4);
    assert!(
        all.iter()
            .all(|o| o.region == "kazan" && !o.hours.is_empty() && !o.services.is_empty())
    );
    let by_street: Vec<Office> = app
        .get("/api/regions/kazan/offices?q=%D0%BC%D0%B8%D1%80%D0%B0") // «мира»
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(by_street.len(), 1);
    assert!(by_street[0].address.contains("пр. Мира"));
    let by_service: Vec<Office> = app
        .get("/api/regions/kazan/offices?q=business")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(by_service.len(), 1);
    let none: Vec<Office> = app
        .get("/api/regions/kazan/offices?q=qwerty")
        .await
        .json()
        .await
        .expect("json");
    assert!(none.is_empty());
}

both_backends!(
    every_region_lists_tariffs_of_every_service_type,
    tariffs_filter_by_service_type,
    unknown_region_is_a_json_404,
    tariff_detail_and_unknown_tariff,
    compare_two_or_three_tariffs_in_the_order_asked,
    compare_refuses_wrong_counts_mixed_regions_and_unknown_ids,
    channels_filter_by_genre_search_and_package,
    packages_are_bases_of_growing_size_then_addons,
    personal_price_is_the_shared_rule,
    personal_price_refusals,
    offices_are_listed_and_searched,
);
