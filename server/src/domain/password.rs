//! Password hashing with argon2id (PHC strings in the store). Hashing runs on the blocking
//! pool: one hash takes tens of milliseconds by design. At most one hash per CPU runs at a
//! time: each holds `argon2_memory_kib` (64 MiB by default), so 64 sign-ins at once would
//! otherwise hold 4 GiB together and all finish only after 64 hashes' worth of CPU time.

use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::rngs::OsRng;
use std::sync::Arc;
use tokio::sync::Semaphore;

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct HashError(String);

#[derive(Clone)]
pub struct Hasher {
    params: Params,
    /// A hash of a random password, verified against when an identifier is unknown, so an
    /// unknown login costs as much time as a wrong password.
    dummy: String,
    /// One permit per CPU: the hashes that may run at once.
    slots: Arc<Semaphore>,
}

impl Hasher {
    /// argon2id with `memory_kib` KiB, `iterations` passes, one lane.
    pub fn new(memory_kib: u32, iterations: u32) -> Self {
        let params = Params::new(memory_kib.max(8), iterations.max(1), 1, None).unwrap_or_else(|err| {
            tracing::warn!(error = %err, "invalid argon2 parameters; using the library defaults");
            Params::default()
        });
        let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut hasher = Hasher {
            params,
            dummy: String::new(),
            slots: Arc::new(Semaphore::new(cpus)),
        };
        hasher.dummy = hasher
            .hash_now(&super::secrets::token())
            .unwrap_or_default();
        hasher
    }

    fn argon2(&self) -> Argon2<'static> {
        Argon2::new(Algorithm::Argon2id, Version::V0x13, self.params.clone())
    }

    fn hash_now(&self, password: &str) -> Result<String, HashError> {
        let salt = SaltString::generate(&mut OsRng);
        self.argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| HashError(e.to_string()))
    }

    pub async fn hash(&self, password: &str) -> Result<String, HashError> {
        let this = self.clone();
        let password = password.to_owned();
        let _slot = self.slots.acquire().await.ok();
        tokio::task::spawn_blocking(move || this.hash_now(&password))
            .await
            .map_err(|e| HashError(e.to_string()))?
    }

    /// Whether `password` matches `hash`; `None` checks against the dummy hash (always false).
    pub async fn verify(&self, password: &str, hash: Option<&str>) -> bool {
        let known = hash.is_some();
        let hash = hash.unwrap_or(&self.dummy).to_owned();
        let this = self.clone();
        let password = password.to_owned();
        let _slot = self.slots.acquire().await.ok();
        let matched = tokio::task::spawn_blocking(move || {
            PasswordHash::new(&hash).is_ok_and(|parsed| {
                this.argon2()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
        })
        .await
        .unwrap_or(false);
        known && matched
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_differ() {
        let h = Hasher::new(1024, 1);
        let a = h.hash("Correct horse 7").await.expect("hash");
        let b = h.hash("Correct horse 7").await.expect("hash");
        assert_ne!(a, b, "salted");
        assert!(a.starts_with("$argon2id$"));
        assert!(h.verify("Correct horse 7", Some(&a)).await);
        assert!(!h.verify("Correct horse 8", Some(&a)).await);
        assert!(!h.verify("anything", None).await);
        assert!(!h.verify("x", Some("not a hash")).await);
    }

    /// Regression (load test, issue 10): 64 sign-ins at once ran 64 argon2 hashes at once,
    /// 4 GiB of memory together. A hash or check now waits for one of the per-CPU slots.
    #[tokio::test]
    async fn a_hash_waits_for_a_free_slot() {
        let h = Hasher::new(8, 1);
        let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
        assert_eq!(h.slots.available_permits(), cpus);
        let held = h
            .slots
            .clone()
            .acquire_many_owned(u32::try_from(cpus).expect("cpus"))
            .await
            .expect("slots");
        let waiting =
            tokio::time::timeout(std::time::Duration::from_millis(200), h.verify("x", None)).await;
        assert!(waiting.is_err(), "no slot free: the check waits");
        let hashing =
            tokio::time::timeout(std::time::Duration::from_millis(200), h.hash("x")).await;
        assert!(hashing.is_err(), "no slot free: the hash waits");
        drop(held);
        assert!(!h.verify("x", None).await);
        let hashed = h.hash("Correct horse 7").await.expect("hash");
        assert!(h.verify("Correct horse 7", Some(&hashed)).await);
        assert_eq!(h.slots.available_permits(), cpus, "every slot given back");
    }

    /// The production defaults are the documented argon2id cost (64 MiB, 3 passes, one
    /// lane), a hash made with them says so in its PHC string and verifies only the right
    /// password. Logs how long one hash takes (`cargo test -- --nocapture`).
    #[tokio::test]
    async fn production_parameters_cost() {
        let d = crate::config::Settings::default();
        assert_eq!((d.argon2_memory_kib, d.argon2_iterations), (65_536, 3));
        let h = Hasher::new(d.argon2_memory_kib, d.argon2_iterations);
        assert_eq!(
            (h.params.m_cost(), h.params.t_cost(), h.params.p_cost()),
            (65_536, 3, 1),
            "the settings are used as given, not replaced by the library defaults"
        );
        let start = std::time::Instant::now();
        let hashed = h.hash("Correct horse 7").await.expect("hash");
        let ms = start.elapsed().as_millis();
        tracing::info!(ms, "argon2id hash with production parameters");
        assert!(
            hashed.starts_with("$argon2id$v=19$m=65536,t=3,p=1$"),
            "{hashed}"
        );
        let parsed = PasswordHash::new(&hashed).expect("a PHC string");
        assert_eq!(parsed.algorithm, Algorithm::Argon2id.ident());
        let used = Params::try_from(&parsed).expect("params");
        assert_eq!(
            (used.m_cost(), used.t_cost(), used.p_cost()),
            (65_536, 3, 1)
        );
        assert!(h.verify("Correct horse 7", Some(&hashed)).await);
        assert!(!h.verify("Correct horse 8", Some(&hashed)).await);
        assert!(!h.verify("", Some(&hashed)).await);
        // The dummy hash an unknown login is checked against costs the same.
        assert!(
            h.dummy.starts_with("$argon2id$v=19$m=65536,t=3,p=1$"),
            "{}",
            h.dummy
        );
    }
}
