//! Button, RowAction, TextField, SelectField, Tabs and ConfirmActions states.

use leptos::prelude::*;

use super::super::frame::{BothLangs, GalleryState, fx};
use crate::components::{
    Button, ButtonSize, ButtonVariant, ConfirmActions, InputKind, RowAction, SelectField, Tabs,
    TextField,
};
use crate::i18n::{Key, use_i18n};

pub(super) const LONG_RU: &str =
    "Подключить услугу «Безлимитный интернет в роуминге по всему миру» со скидкой";

fn variants() -> impl IntoView {
    let names = ["Primary", "Secondary", "Ghost", "Danger"];
    view! {
        <div class="gallery-row">
            {ButtonVariant::ALL
                .into_iter()
                .zip(names)
                .map(|(variant, name)| view! { <Button variant=variant>{name}</Button> })
                .collect_view()}
        </div>
    }
}

pub fn button() -> AnyView {
    view! {
        <GalleryState name="default" caption="Variants">
            {variants()}
        </GalleryState>
        <GalleryState name="focus-visible" caption="Keyboard focus" focus=true>
            <div class="gallery-row">
                <Button>"Focused"</Button>
            </div>
        </GalleryState>
        <GalleryState name="sizes" caption="Sizes: small, medium, large">
            <div class="gallery-row">
                <Button size=ButtonSize::Small>"Small"</Button>
                <Button size=ButtonSize::Medium>"Medium"</Button>
                <Button size=ButtonSize::Large>"Large"</Button>
            </div>
        </GalleryState>
        <GalleryState name="disabled" caption="Disabled">
            <div class="gallery-row">
                {ButtonVariant::ALL
                    .into_iter()
                    .map(|variant| view! { <Button variant=variant disabled=true>"Disabled"</Button> })
                    .collect_view()}
            </div>
        </GalleryState>
        <GalleryState name="loading" caption="Loading (aria-busy, presses ignored)">
            <div class="gallery-row">
                {ButtonVariant::ALL
                    .into_iter()
                    .map(|variant| view! { <Button variant=variant loading=true>"Saving"</Button> })
                    .collect_view()}
            </div>
        </GalleryState>
        <GalleryState name="submit" caption="A form's submit button (type=submit)">
            <form class="gallery-row" on:submit=|ev| ev.prevent_default()>
                <Button kind=crate::components::button::ButtonType::Submit>"Send"</Button>
            </form>
        </GalleryState>
        <GalleryState name="long-text" caption="Long text">
            <Button>{LONG_RU}</Button>
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>
                {
                    let i18n = use_i18n();
                    view! {
                        <div class="gallery-row">
                            <Button>{fx("Оплатить", "Pay")}</Button>
                            <Button variant=ButtonVariant::Secondary>{i18n.tr(Key::Retry)}</Button>
                        </div>
                    }
                }
            </BothLangs>
        </GalleryState>
    }
    .into_any()
}

fn field(
    label: (&'static str, &'static str),
    value: &'static str,
    kind: InputKind,
    hint: Option<(&'static str, &'static str)>,
    error: Option<(&'static str, &'static str)>,
    required: bool,
    disabled: bool,
) -> impl IntoView {
    let error = error.map(|(ru, en)| fx(ru, en));
    let error = Signal::derive(move || error.as_ref().map(|text| text().to_owned()));
    let hint = hint.map(|(ru, en)| fx(ru, en));
    let value = RwSignal::new(value.to_owned());
    match hint {
        Some(hint) => view! {
            <TextField
                label=fx(label.0, label.1)
                value=value
                kind=kind
                hint=hint
                error=error
                required=required
                disabled=disabled
            />
        }
        .into_any(),
        None => view! {
            <TextField
                label=fx(label.0, label.1)
                value=value
                kind=kind
                error=error
                required=required
                disabled=disabled
            />
        }
        .into_any(),
    }
}

const PHONE: (&str, &str) = ("Номер телефона", "Phone number");
const PHONE_HINT: (&str, &str) = ("В формате +7 9XX XXX-XX-XX", "As +7 9XX XXX-XX-XX");
const PHONE_ERROR: (&str, &str) = (
    "Номер должен начинаться с +7 9",
    "The number must start with +7 9",
);

pub fn text_field() -> AnyView {
    view! {
        <GalleryState name="default" caption="Default, empty">
            {field(PHONE, "", InputKind::Tel, None, None, false, false)}
        </GalleryState>
        <GalleryState name="focus-visible" caption="Keyboard focus" focus=true>
            {field(PHONE, "", InputKind::Tel, None, None, false, false)}
        </GalleryState>
        <GalleryState name="hint-required" caption="With hint, required">
            {field(PHONE, "", InputKind::Tel, Some(PHONE_HINT), None, true, false)}
        </GalleryState>
        <GalleryState name="filled" caption="Filled">
            {field(PHONE, "+7 916 123-45-67", InputKind::Tel, Some(PHONE_HINT), None, true, false)}
        </GalleryState>
        <GalleryState name="error" caption="Error (aria-invalid, text kept)">
            {field(PHONE, "+7 816 12", InputKind::Tel, Some(PHONE_HINT), Some(PHONE_ERROR), true, false)}
        </GalleryState>
        <GalleryState name="disabled" caption="Disabled">
            {field(PHONE, "+7 916 123-45-67", InputKind::Tel, None, None, false, true)}
        </GalleryState>
        <GalleryState name="types" caption="Email and password">
            {field(("Эл. почта", "E-mail"), "ivanova@example.ru", InputKind::Email, None, None, false, false)}
            {field(("Пароль", "Password"), "secret-pass", InputKind::Password, None, None, true, false)}
        </GalleryState>
        <GalleryState name="long-text" caption="Long label, hint and error">
            {field(
                (
                    "Номер лицевого счёта, договора или телефона, указанный в договоре на обслуживание",
                    "Personal account, contract or phone number as written in your service contract",
                ),
                "",
                InputKind::Text,
                Some((
                    "Номер договора указан в правом верхнем углу первой страницы договора",
                    "The contract number is in the top right corner of the contract's first page",
                )),
                Some((
                    "Мы не нашли такой номер. Проверьте цифры или попробуйте номер телефона",
                    "We could not find this number. Check the digits or try a phone number",
                )),
                true,
                false,
            )}
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>
                {field(PHONE, "+7 816", InputKind::Tel, Some(PHONE_HINT), Some(PHONE_ERROR), true, false)}
            </BothLangs>
        </GalleryState>
    }
    .into_any()
}

fn tabs_demo(start: usize) -> impl IntoView {
    let selected = RwSignal::new(start);
    view! {
        <Tabs
            label=fx("Способ входа", "Sign-in method")
            tabs=vec![
                fx("По паролю", "Password").into(),
                fx("Код из SMS", "SMS code").into(),
                fx("SIM-карта", "SIM card").into(),
            ]
            selected=selected
            panel=|i| {
                let text = ["Panel 1: password", "Panel 2: SMS code", "Panel 3: SIM card"][i.min(2)];
                view! { <p>{text}</p> }.into_any()
            }
        />
    }
}

pub fn tabs() -> AnyView {
    view! {
        <GalleryState name="default" caption="First tab selected (arrow keys, Home, End move)">
            {tabs_demo(0)}
        </GalleryState>
        <GalleryState name="other-selected" caption="Another tab selected">
            {tabs_demo(2)}
        </GalleryState>
        <GalleryState name="focus-visible" caption="Keyboard focus" focus=true>
            {tabs_demo(0)}
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>{tabs_demo(1)}</BothLangs>
        </GalleryState>
    }
    .into_any()
}

/// One confirmation row; `busy` and `disabled` stay as given.
fn confirm_row(
    confirm: (&'static str, &'static str),
    back: (&'static str, &'static str),
    busy: bool,
    disabled: bool,
    danger: bool,
) -> impl IntoView {
    view! {
        <ConfirmActions
            confirm_label=fx(confirm.0, confirm.1)
            on_confirm=Callback::new(|()| {})
            back_label=fx(back.0, back.1)
            on_back=Callback::new(|()| {})
            busy=busy
            disabled=disabled
            danger=danger
        />
    }
}

const CONFIRM: (&str, &str) = ("Подтвердить", "Confirm");
const CANCEL: (&str, &str) = ("Отмена", "Cancel");

pub fn confirm_actions() -> AnyView {
    view! {
        <GalleryState name="default" caption="Confirm and a way back">
            {confirm_row(CONFIRM, CANCEL, false, false, false)}
        </GalleryState>
        <GalleryState name="focus-visible" caption="Keyboard focus" focus=true>
            {confirm_row(CONFIRM, CANCEL, false, false, false)}
        </GalleryState>
        <GalleryState name="busy" caption="Confirming: the button ignores presses">
            {confirm_row(CONFIRM, CANCEL, true, false, false)}
        </GalleryState>
        <GalleryState name="disabled" caption="Something must be done first">
            {confirm_row(CONFIRM, CANCEL, false, true, false)}
        </GalleryState>
        <GalleryState name="danger" caption="Deleting">
            {confirm_row(("Да, удалить", "Yes, delete"), CANCEL, false, false, true)}
        </GalleryState>
        <GalleryState name="long-text" caption="Long labels wrap">
            {confirm_row((LONG_RU, LONG_RU), ("Изменить сумму и условия", "Change the amount and terms"), false, false, false)}
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>{confirm_row(CONFIRM, ("Изменить", "Edit"), false, false, false)}</BothLangs>
        </GalleryState>
    }
    .into_any()
}

/// A number and its "Remove" action, as the mobile pages list them.
fn number_row(phone: &'static str, disabled: bool) -> impl IntoView {
    view! {
        <div class="gallery-row">
            <span>{phone}</span>
            <RowAction
                label=move || format!("{} {phone}", fx("Удалить", "Remove")())
                on_click=Callback::new(|()| ())
                disabled=disabled
                testid="row-action"
            >
                {fx("Удалить", "Remove")}
            </RowAction>
        </div>
    }
}

pub fn row_action() -> AnyView {
    view! {
        <GalleryState name="default" caption="It shows «Remove»; a screen reader hears «Remove +7 916 123-45-67»">
            {number_row("+7 916 123-45-67", false)}
        </GalleryState>
        <GalleryState name="focus-visible" caption="Keyboard focus" focus=true>
            {number_row("+7 916 123-45-67", false)}
        </GalleryState>
        <GalleryState name="disabled" caption="Disabled while another change of the list is on its way">
            {number_row("+7 916 123-45-67", true)}
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>{number_row("+7 921 987-65-43", false)}</BothLangs>
        </GalleryState>
    }
    .into_any()
}

/// A select of three tariffs, the second picked.
fn tariff_select(inline: bool, disabled: bool) -> impl IntoView {
    let value = RwSignal::new("smart".to_owned());
    view! {
        <SelectField
            label=fx("Тариф", "Tariff")
            value=value
            on_change=Callback::new(move |v| value.set(v))
            inline=inline
            disabled=disabled
        >
            <option value="mini">{fx("Мини", "Mini")}</option>
            <option value="smart" selected=true>{fx("Смарт", "Smart")}</option>
            <option value="max">{fx("Максимум", "Maximum")}</option>
        </SelectField>
    }
}

pub fn select_field() -> AnyView {
    let long = RwSignal::new("long".to_owned());
    view! {
        <GalleryState name="default" caption="Label above, the picked option shown">
            {tariff_select(false, false)}
        </GalleryState>
        <GalleryState name="focus-visible" caption="Keyboard focus" focus=true>
            {tariff_select(false, false)}
        </GalleryState>
        <GalleryState name="disabled" caption="Disabled (options still loading)">
            {tariff_select(false, true)}
        </GalleryState>
        <GalleryState name="inline" caption="Beside other filters (field--inline)">
            <div class="filters">
                {tariff_select(true, false)}
                {tariff_select(true, false)}
            </div>
        </GalleryState>
        <GalleryState name="long-text" caption="Long label and option">
            <SelectField
                label=fx(
                    "Лицевой счёт, с которого списывается абонентская плата за все услуги",
                    "The account every service's monthly fee is charged to",
                )
                value=long
                on_change=Callback::new(move |v| long.set(v))
            >
                <option value="long" selected=true>{LONG_RU}</option>
            </SelectField>
        </GalleryState>
        <GalleryState name="languages" caption="Russian and English">
            <BothLangs>{tariff_select(false, false)}</BothLangs>
        </GalleryState>
    }
    .into_any()
}
