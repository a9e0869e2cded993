//! Demo traffic of the mobile numbers of customers who have a web account: received SMS,
//! SMS the spam filter blocked, a small call blacklist and the calls it blocked.

use crate::store::identity::Lookup;
use crate::store::mobile::NewSms;
use crate::store::{Store, StoreError};

const INBOX: &[(&str, &str, i64)] = &[
    (
        "MTS",
        "Баланс пополнен на 500,00 ₽. Спасибо, что вы с нами!",
        3,
    ),
    ("+79035551122", "Привет! Перезвони, как освободишься.", 26),
    (
        "MTS.Bonus",
        "Вам начислено 50 бонусных баллов. Потратить: mts.ru/bonus",
        50,
    ),
];

const BLOCKED_SMS: &[(&str, &str, i64)] = &[
    (
        "+79990001234",
        "Вы выиграли iPhone! Перейдите по ссылке, чтобы забрать приз.",
        5,
    ),
    ("Zaim-Online", "Займ до 30 000 ₽ за 5 минут без отказа!", 30),
];

/// Callers in the demo blacklist, and how many hours ago each one's call was blocked.
const BLOCKED_CALLS: &[(&str, &[i64])] = &[("+74951112233", &[2, 28]), ("+79037770000", &[9])];

/// Seeds each demo mobile number with a web account once (when its inbox is empty).
pub async fn seed(store: &dyn Store, login: &str, now: i64) -> Result<(), StoreError> {
    let Some(customer) = store.find_customer(Lookup::Login(login)).await? else {
        return Ok(());
    };
    let Some(own) = store.mobile_numbers(customer).await?.into_iter().next() else {
        return Ok(());
    };
    if !store.sms(customer, "inbox").await?.is_empty() {
        return Ok(());
    }
    let hours = |h: i64| now - h * 3600;
    for (folder, messages) in [("inbox", INBOX), ("blocked", BLOCKED_SMS)] {
        for (peer, body, ago) in messages {
            let parts = i64::from(shared::sms::sms_length(body).parts);
            store
                .insert_sms(&NewSms {
                    customer,
                    own_number: &own,
                    folder,
                    peer,
                    body,
                    parts,
                    now: hours(*ago),
                })
                .await?;
        }
    }
    for (caller, calls) in BLOCKED_CALLS {
        store
            .add_to_blacklist(
                customer,
                caller,
                hours(48),
                shared::mobile::may_add_to_blacklist,
            )
            .await?;
        for ago in *calls {
            store
                .insert_blocked_call(customer, &own, caller, hours(*ago))
                .await?;
        }
    }
    Ok(())
}
