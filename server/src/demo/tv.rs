//! The demo TV line-up: 194 channels in nine genres, three base packages of growing size and
//! four themed add-ons. Each channel also has its price when picked alone (Personal TV).

use std::collections::BTreeSet;

use shared::Money;
use shared::api::catalogue::{Genre, PackageKind, TvChannel, TvPackage};
use shared::tv::{Channel, ChannelId, ChannelPackage};

/// Genre, how many channels, single-channel price in roubles, name stems, name suffixes.
type GenreLine = (
    Genre,
    usize,
    i64,
    &'static [&'static str],
    &'static [&'static str],
);

const GENRES: &[GenreLine] = &[
    (
        Genre::News,
        18,
        30,
        &["Вести", "Эфир", "Мир", "Инфо", "Пульс", "Факт"],
        &["24", "Сегодня", "HD"],
    ),
    (
        Genre::Sport,
        24,
        149,
        &["Матч", "Арена", "Старт", "Гол", "Ринг", "Трасса"],
        &["Спорт", "HD", "Live", "Экстрим"],
    ),
    (
        Genre::Kids,
        24,
        59,
        &[
            "Карусель",
            "Мультик",
            "Теремок",
            "Почемучка",
            "Лучик",
            "Смешарик",
        ],
        &["ТВ", "HD", "Junior", "Мини"],
    ),
    (
        Genre::Films,
        36,
        99,
        &[
            "Кинозал",
            "Синема",
            "Премьера",
            "Кинохит",
            "Ретро",
            "Фильмбокс",
        ],
        &["1", "2", "HD", "Премиум", "Классика", "Экшн"],
    ),
    (
        Genre::Series,
        22,
        79,
        &["Сериал", "Драма", "Детектив", "Сага", "Эпизод"],
        &["ТВ", "HD", "Плюс", "Хит", "Ночь"],
    ),
    (
        Genre::Music,
        16,
        39,
        &["Муз", "Ритм", "Хит", "Мелодия"],
        &["ТВ", "FM", "Live", "Ретро"],
    ),
    (
        Genre::Education,
        22,
        49,
        &["Наука", "История", "Планета", "Открытие", "Космос"],
        &["ТВ", "HD", "Плюс", "Знание", "Мир"],
    ),
    (
        Genre::Entertainment,
        22,
        45,
        &["Пятница", "Юмор", "Кухня", "Дача", "Стиль"],
        &["ТВ", "HD", "Плюс", "Шоу", "Live"],
    ),
    (
        Genre::Regional,
        10,
        25,
        &["Регион", "Город", "Край", "Губерния", "Округ"],
        &["ТВ", "24"],
    ),
];

/// Base packages: id, name, fee in roubles, the channel tiers they include.
const BASES: &[(&str, &str, i64, usize)] = &[
    ("start", "Старт", 199, 0),
    ("optimum", "Оптимум", 399, 1),
    ("maximum", "Максимум", 699, 2),
];

/// Add-ons: id, name, fee in roubles, the genres they carry in full.
const ADDONS: &[(&str, &str, i64, &[Genre])] = &[
    ("sport-extra", "Спорт Экстра", 299, &[Genre::Sport]),
    ("kids-club", "Детский клуб", 149, &[Genre::Kids]),
    (
        "cinema-premium",
        "Кино Премиум",
        449,
        &[Genre::Films, Genre::Series],
    ),
    ("knowledge", "Познавательный", 129, &[Genre::Education]),
];

pub fn line_up() -> (Vec<TvChannel>, Vec<TvPackage>) {
    let mut channels = Vec::new();
    // (channel, tier): tier 0 is in every base package, 1 from Optimum, 2 from Maximum,
    // 3 (premium sport and films) only through add-ons or Personal TV.
    let mut tiers = Vec::new();
    let mut id = 0_u32;
    for &(genre, count, price_rub, stems, suffixes) in GENRES {
        for i in 0..count {
            id += 1;
            let name = format!(
                "{} {}",
                stems[i % stems.len()],
                suffixes[i / stems.len() % suffixes.len()]
            );
            let premium = matches!(genre, Genre::Sport | Genre::Films) && i % 4 == 3;
            let tier = if premium { 3 } else { i % 3 };
            let price = Money::from_kopecks((price_rub + (i as i64 % 4) * 10) * 100);
            channels.push(TvChannel {
                channel: Channel {
                    id: ChannelId(id),
                    name,
                    price,
                },
                genre,
            });
            tiers.push(tier);
        }
    }
    let mut packages = Vec::new();
    for &(pid, name, fee, max_tier) in BASES {
        let members: BTreeSet<ChannelId> = channels
            .iter()
            .zip(&tiers)
            .filter(|(_, t)| **t <= max_tier)
            .map(|(c, _)| c.channel.id)
            .collect();
        packages.push(package(pid, name, fee, members, PackageKind::Base));
    }
    for &(pid, name, fee, genres) in ADDONS {
        let members = channels
            .iter()
            .filter(|c| genres.contains(&c.genre))
            .map(|c| c.channel.id)
            .collect();
        packages.push(package(pid, name, fee, members, PackageKind::Addon));
    }
    (channels, packages)
}

fn package(
    id: &str,
    name: &str,
    fee_rub: i64,
    channels: BTreeSet<ChannelId>,
    kind: PackageKind,
) -> TvPackage {
    TvPackage {
        package: ChannelPackage {
            id: id.to_owned(),
            name: name.to_owned(),
            monthly_fee: Money::from_kopecks(fee_rub * 100),
            channels,
        },
        kind,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn line_up_has_190_plus_unique_channels_in_growing_packages() {
        let (channels, packages) = line_up();
        assert!(channels.len() >= 190, "{}", channels.len());
        let names: HashSet<&str> = channels.iter().map(|c| c.channel.name.as_str()).collect();
        assert_eq!(names.len(), channels.len(), "channel names repeat");
        let sizes: Vec<usize> = packages
            .iter()
            .take(3)
            .map(|p| p.package.channels.len())
            .collect();
        assert!(sizes[0] < sizes[1] && sizes[1] < sizes[2] && sizes[2] < channels.len());
    }
}
