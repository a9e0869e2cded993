//! MoneyAmount, ProgressMeter, BarChart, Card and Disclosure states.

use leptos::prelude::*;
use shared::Money;

use super::super::frame::{BothLangs, GalleryState, fx};
use crate::components::{
    BarChart, Card, ChartBar, Disclosure, EmptyState, MoneyAmount, MoneySize, ProgressMeter,
};

fn money(kopecks: i64) -> Signal<Money> {
    Signal::from(Money::from_kopecks(kopecks))
}

pub fn money_amount() -> AnyView {
    view! {
        <GalleryState name="default" caption="Positive balance">
            <MoneyAmount amount=money(123_456) />
        </GalleryState>
        <GalleryState name="zero" caption="Zero">
            <MoneyAmount amount=money(0) />
        </GalleryState>
        <GalleryState name="debt" caption="Debt (worded, not only red)">
            <MoneyAmount amount=money(-45_050) />
        </GalleryState>
        <GalleryState name="sizes" caption="Sizes: small, medium, large">
            <div class="gallery-stack">
                <MoneyAmount amount=money(99_900) size=MoneySize::Small />
                <MoneyAmount amount=money(99_900) size=MoneySize::Medium />
                <MoneyAmount amount=money(99_900) size=MoneySize::Large />
            </div>
        </GalleryState>
        <GalleryState name="long-text" caption="Large amounts">
            <div class="gallery-stack">
                <MoneyAmount amount=money(12_345_678_901) size=MoneySize::Large />
                <MoneyAmount amount=money(-12_345_678_901) size=MoneySize::Large />
            </div>
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>
                <div class="gallery-stack">
                    <MoneyAmount amount=money(123_456) />
                    <MoneyAmount amount=money(-45_050) />
                </div>
            </BothLangs>
        </GalleryState>
    }
    .into_any()
}

fn meter(used: f64, total: f64) -> impl IntoView {
    view! {
        <ProgressMeter
            label=fx("Минуты", "Minutes")
            used=used
            total=total
            unit=fx("мин", "min")
        />
    }
}

pub fn progress_meter() -> AnyView {
    view! {
        <GalleryState name="default" caption="Plenty left">
            {meter(120.0, 500.0)}
        </GalleryState>
        <GalleryState name="half" caption="Half used, fractional units">
            <ProgressMeter label=fx("Интернет", "Internet") used=7.5 total=15.0 unit=fx("ГБ", "GB") />
        </GalleryState>
        <GalleryState name="low" caption="Running low (warning in words)">
            {meter(470.0, 500.0)}
        </GalleryState>
        <GalleryState name="empty" caption="Used up">
            {meter(500.0, 500.0)}
        </GalleryState>
        <GalleryState name="long-text" caption="Long label">
            <ProgressMeter
                label=fx(
                    "Минуты на звонки на номера других операторов по всей России",
                    "Minutes for calls to other operators' numbers anywhere in Russia",
                )
                used=100.0
                total=3000.0
                unit=fx("мин", "min")
            />
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>
                <ProgressMeter label="SMS" used=20.0 total=100.0 unit="SMS" />
            </BothLangs>
        </GalleryState>
    }
    .into_any()
}

pub fn card() -> AnyView {
    view! {
        <GalleryState name="default" caption="With a heading">
            <Card title=fx("Тариф", "Tariff")>
                <p>{fx("«Мой безлимит», 750 ₽ в месяц", "“My Unlimited”, ₽750 a month")}</p>
            </Card>
        </GalleryState>
        <GalleryState name="plain" caption="Without a heading">
            <Card>
                <p>{fx("Карточка без заголовка.", "A card without a heading.")}</p>
            </Card>
        </GalleryState>
        <GalleryState name="empty" caption="Holding an empty state">
            <Card title=fx("Платежи", "Payments")>
                <EmptyState title=fx("Платежей пока нет", "No payments yet") />
            </Card>
        </GalleryState>
        <GalleryState name="long-text" caption="Long text">
            <Card title=fx(
                "Очень длинный заголовок карточки, который переносится на несколько строк на телефоне",
                "A very long card heading that wraps onto several lines on a phone",
            )>
                <p>
                    {fx(
                        "Длинный текст внутри карточки переносится по словам и не создаёт горизонтальной прокрутки даже на экране шириной 360 пикселей. Ссылка_без_пробелов_https://mts.example/очень/длинный/адрес/страницы тоже переносится.",
                        "Long text inside a card wraps by words and never causes horizontal scrolling, even on a 360 pixel wide screen. A_link_without_spaces_https://mts.example/a/very/long/page/address wraps too.",
                    )}
                </p>
            </Card>
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>
                <Card title=fx("Баланс", "Balance")>
                    <MoneyAmount amount=money(50_000) size=MoneySize::Large />
                </Card>
            </BothLangs>
        </GalleryState>
    }
    .into_any()
}

fn spend(month: &str, kopecks: [i64; 3]) -> ChartBar {
    ChartBar {
        label: month.to_owned(),
        values: kopecks.into_iter().map(Money::from_kopecks).collect(),
    }
}

fn categories() -> Vec<leptos::text_prop::TextProp> {
    vec![
        fx("Абонентская плата", "Monthly fees").into(),
        fx("Звонки, SMS, интернет", "Calls, SMS, data").into(),
        fx("Услуги", "Services").into(),
    ]
}

pub fn bar_chart() -> AnyView {
    let half_year = || {
        vec![
            spend("06", [55_000, 12_000, 9_900]),
            spend("07", [55_000, 4_500, 9_900]),
            spend("08", [55_000, 31_250, 0]),
            spend("09", [55_000, 0, 9_900]),
            spend("10", [55_000, 8_000, 19_800]),
            spend("11", [27_500, 2_000, 9_900]),
        ]
    };
    view! {
        <GalleryState name="default" caption="Six months by category">
            <BarChart title=fx("Расходы по месяцам", "Spending by month") series=categories() bars=half_year() />
        </GalleryState>
        <GalleryState name="single" caption="One month only">
            <BarChart
                title=fx("Расходы по месяцам", "Spending by month")
                series=categories()
                bars=vec![spend("11", [55_000, 1_000, 0])]
            />
        </GalleryState>
        <GalleryState name="empty" caption="Nothing spent (zero bars, the table still reads)">
            <BarChart
                title=fx("Расходы по месяцам", "Spending by month")
                series=categories()
                bars=vec![spend("10", [0, 0, 0]), spend("11", [0, 0, 0])]
            />
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>
                <BarChart title=fx("Расходы по месяцам", "Spending by month") series=categories() bars=half_year() />
            </BothLangs>
        </GalleryState>
    }
    .into_any()
}

/// Three payment attempts, as the auto-payment rule's disclosure shows them.
fn attempts() -> impl IntoView {
    view! {
        <ul class="rows">
            <li class="row">{fx("25.11 · 500,00 ₽ · Оплачено", "25.11 · ₽500.00 · Paid")}</li>
            <li class="row">{fx("25.10 · 500,00 ₽ · Недостаточно средств", "25.10 · ₽500.00 · Insufficient funds")}</li>
            <li class="row">{fx("25.09 · 500,00 ₽ · Оплачено", "25.09 · ₽500.00 · Paid")}</li>
        </ul>
    }
}

const ATTEMPTS: (&str, &str) = ("Попытки списания", "Payment attempts");

pub fn disclosure() -> AnyView {
    view! {
        <GalleryState name="default" caption="Closed: only the button">
            <Disclosure label=fx(ATTEMPTS.0, ATTEMPTS.1)>{attempts()}</Disclosure>
        </GalleryState>
        <GalleryState name="focus-visible" caption="Keyboard focus" focus=true>
            <Disclosure label=fx(ATTEMPTS.0, ATTEMPTS.1)>{attempts()}</Disclosure>
        </GalleryState>
        <GalleryState name="open" caption="Open: the chevron turns, the block shows">
            <Disclosure label=fx(ATTEMPTS.0, ATTEMPTS.1) open=true testid="disclosure-open">
                {attempts()}
            </Disclosure>
        </GalleryState>
        <GalleryState name="long-text" caption="A long label wraps">
            <Disclosure
                label=fx(
                    "Показать все попытки списания по этому правилу автоплатежа за последние полгода",
                    "Show every payment attempt of this auto-payment rule in the last six months",
                )
                open=true
            >
                {attempts()}
            </Disclosure>
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>
                <Disclosure label=fx(ATTEMPTS.0, ATTEMPTS.1) open=true>
                    {attempts()}
                </Disclosure>
            </BothLangs>
        </GalleryState>
    }
    .into_any()
}
