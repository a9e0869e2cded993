//! OpenID Connect relying party (PRODUCT 1.3, social sign-in): discovery, the provider's keys
//! (cached), the authorisation code flow with PKCE (S256), state and nonce, the token request
//! and ID-token verification (RS256 signature, `iss`, `aud`, `exp`, `nonce`).
//!
//! Only what the code flow needs, on the `reqwest` and `rsa` crates: no OIDC framework.

use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rsa::pkcs1v15::{Signature, VerifyingKey};
use rsa::signature::Verifier;
use rsa::{BigUint, RsaPublicKey};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use shared::ErrorCode;
use tokio::sync::RwLock;

use super::secrets;
use crate::config::Settings;

/// Discovery is fetched again after this long.
const DISCOVERY_TTL: Duration = Duration::from_secs(3600);
/// The keys are fetched again after this long, or sooner for an unknown key id (key rotation),
/// but not more often than [`JWKS_MIN_REFRESH`].
const JWKS_TTL: Duration = Duration::from_secs(3600);
const JWKS_MIN_REFRESH: Duration = Duration::from_secs(60);
/// Clock skew accepted on `exp`, `iat` and `nbf`, in seconds.
const LEEWAY_SECS: i64 = 60;
/// Every request to the provider gives up after this long.
const HTTP_TIMEOUT: Duration = Duration::from_secs(10);

/// Why the flow failed: the provider (unreachable, refused), or its ID token.
#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    #[error("OpenID provider: {0}")]
    Provider(String),
    #[error("ID token refused: {0}")]
    Token(&'static str),
}

impl OidcError {
    /// The stable error code the browser is sent back with.
    pub fn code(&self) -> ErrorCode {
        match self {
            OidcError::Provider(_) => ErrorCode::OidcProviderError,
            OidcError::Token(_) => ErrorCode::OidcTokenInvalid,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
struct Discovery {
    issuer: String,
    authorization_endpoint: String,
    token_endpoint: String,
    jwks_uri: String,
}

#[derive(Debug, Deserialize)]
struct Jwks {
    keys: Vec<Jwk>,
}

#[derive(Debug, Deserialize)]
struct Jwk {
    kty: String,
    #[serde(default)]
    kid: Option<String>,
    #[serde(default, rename = "use")]
    usage: Option<String>,
    #[serde(default)]
    n: Option<String>,
    #[serde(default)]
    e: Option<String>,
}

struct KeySet {
    keys: Vec<(Option<String>, RsaPublicKey)>,
    fetched: Instant,
}

#[derive(Debug, Deserialize)]
struct Header {
    alg: String,
    #[serde(default)]
    kid: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Audience {
    One(String),
    Many(Vec<String>),
}

#[derive(Debug, Deserialize)]
struct Claims {
    iss: String,
    sub: String,
    aud: Audience,
    exp: i64,
    #[serde(default)]
    iat: Option<i64>,
    #[serde(default)]
    nbf: Option<i64>,
    #[serde(default)]
    nonce: Option<String>,
    #[serde(default)]
    azp: Option<String>,
}

#[derive(Deserialize)]
struct TokenResponse {
    #[serde(default)]
    id_token: Option<String>,
}

/// The configured provider. Built only when `oidc_issuer` is set.
pub struct OidcClient {
    issuer: String,
    client_id: String,
    client_secret: SecretString,
    display_name: String,
    redirect_uri: String,
    http: reqwest::Client,
    discovery: RwLock<Option<(Discovery, Instant)>>,
    keys: RwLock<Option<KeySet>>,
}

/// The PKCE `code_challenge` (S256) of a verifier.
pub fn pkce_challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

fn provider_err(what: &str, err: impl std::fmt::Display) -> OidcError {
    OidcError::Provider(format!("{what}: {err}"))
}

fn b64(part: &str) -> Result<Vec<u8>, OidcError> {
    URL_SAFE_NO_PAD
        .decode(part.trim_end_matches('='))
        .map_err(|_| OidcError::Token("not base64url"))
}

impl OidcClient {
    /// `None` when no issuer is configured (social sign-in off).
    pub fn from_settings(settings: &Settings) -> Option<OidcClient> {
        let issuer = settings.oidc_issuer.trim().trim_end_matches('/');
        if issuer.is_empty() {
            return None;
        }
        let http = reqwest::Client::builder()
            .timeout(HTTP_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .ok()?;
        Some(OidcClient {
            issuer: issuer.to_owned(),
            client_id: settings.oidc_client_id.clone(),
            client_secret: settings.oidc_client_secret.clone(),
            display_name: settings.oidc_display_name.clone(),
            redirect_uri: format!(
                "{}/api/auth/oidc/callback",
                settings.public_url.trim_end_matches('/')
            ),
            http,
            discovery: RwLock::new(None),
            keys: RwLock::new(None),
        })
    }

    /// The issuer as configured (without a trailing slash): what links are stored under.
    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    pub fn display_name(&self) -> &str {
        &self.display_name
    }

    async fn get_json<T: serde::de::DeserializeOwned>(
        &self,
        what: &str,
        url: &str,
    ) -> Result<T, OidcError> {
        let res = self
            .http
            .get(url)
            .send()
            .await
            .map_err(|e| provider_err(what, e))?;
        if !res.status().is_success() {
            return Err(provider_err(what, res.status()));
        }
        res.json().await.map_err(|e| provider_err(what, e))
    }

    async fn discovery(&self) -> Result<Discovery, OidcError> {
        if let Some((d, at)) = self.discovery.read().await.as_ref()
            && at.elapsed() < DISCOVERY_TTL
        {
            return Ok(d.clone());
        }
        let url = format!("{}/.well-known/openid-configuration", self.issuer);
        let d: Discovery = self.get_json("discovery", &url).await?;
        if d.issuer.trim_end_matches('/') != self.issuer {
            return Err(OidcError::Provider(format!(
                "discovery names issuer {} instead of {}",
                d.issuer, self.issuer
            )));
        }
        *self.discovery.write().await = Some((d.clone(), Instant::now()));
        Ok(d)
    }

    /// Where to send the browser: the provider's authorisation endpoint with this request.
    pub async fn authorize_url(
        &self,
        state: &str,
        nonce: &str,
        verifier: &str,
    ) -> Result<String, OidcError> {
        let d = self.discovery().await?;
        let challenge = pkce_challenge(verifier);
        let url = reqwest::Url::parse_with_params(
            &d.authorization_endpoint,
            &[
                ("response_type", "code"),
                ("client_id", self.client_id.as_str()),
                ("redirect_uri", self.redirect_uri.as_str()),
                ("scope", "openid"),
                ("state", state),
                ("nonce", nonce),
                ("code_challenge", challenge.as_str()),
                ("code_challenge_method", "S256"),
            ],
        )
        .map_err(|e| provider_err("authorization endpoint", e))?;
        Ok(url.into())
    }

    /// Exchanges the authorisation code (with the PKCE verifier) for the ID token.
    pub async fn exchange(&self, code: &str, verifier: &str) -> Result<String, OidcError> {
        let d = self.discovery().await?;
        let mut req = self.http.post(&d.token_endpoint).form(&[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", self.redirect_uri.as_str()),
            ("client_id", self.client_id.as_str()),
            ("code_verifier", verifier),
        ]);
        let secret = self.client_secret.expose_secret();
        if !secret.is_empty() {
            req = req.basic_auth(&self.client_id, Some(secret));
        }
        let res = req.send().await.map_err(|e| provider_err("token", e))?;
        if !res.status().is_success() {
            return Err(provider_err("token endpoint answered", res.status()));
        }
        let body: TokenResponse = res.json().await.map_err(|e| provider_err("token", e))?;
        body.id_token
            .ok_or_else(|| OidcError::Provider("no id_token in the token response".to_owned()))
    }

    async fn fetch_keys(&self) -> Result<(), OidcError> {
        let d = self.discovery().await?;
        let jwks: Jwks = self.get_json("jwks", &d.jwks_uri).await?;
        let keys = jwks
            .keys
            .into_iter()
            .filter(|k| k.kty == "RSA" && k.usage.as_deref().is_none_or(|u| u == "sig"))
            .filter_map(|k| {
                let n = BigUint::from_bytes_be(&b64(k.n.as_deref()?).ok()?);
                let e = BigUint::from_bytes_be(&b64(k.e.as_deref()?).ok()?);
                Some((k.kid, RsaPublicKey::new(n, e).ok()?))
            })
            .collect();
        *self.keys.write().await = Some(KeySet {
            keys,
            fetched: Instant::now(),
        });
        Ok(())
    }

    fn pick(set: &KeySet, kid: Option<&str>) -> Option<RsaPublicKey> {
        match kid {
            Some(kid) => set
                .keys
                .iter()
                .find(|(k, _)| k.as_deref() == Some(kid))
                .map(|(_, key)| key.clone()),
            None if set.keys.len() == 1 => set.keys.first().map(|(_, key)| key.clone()),
            None => None,
        }
    }

    /// The signing key: from the cache, or fetched again when stale or unknown (rotation).
    async fn key(&self, kid: Option<&str>) -> Result<RsaPublicKey, OidcError> {
        let refetch = {
            let cached = self.keys.read().await;
            match cached.as_ref() {
                Some(set) if set.fetched.elapsed() < JWKS_TTL => {
                    if let Some(key) = Self::pick(set, kid) {
                        return Ok(key);
                    }
                    set.fetched.elapsed() >= JWKS_MIN_REFRESH
                }
                _ => true,
            }
        };
        if refetch {
            self.fetch_keys().await?;
        }
        let cached = self.keys.read().await;
        cached
            .as_ref()
            .and_then(|set| Self::pick(set, kid))
            .ok_or(OidcError::Token("signed with an unknown key"))
    }

    /// Verifies the ID token and returns its subject.
    pub async fn verify(&self, id_token: &str, nonce: &str, now: i64) -> Result<String, OidcError> {
        let mut parts = id_token.split('.');
        let (Some(head), Some(body), Some(sig), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(OidcError::Token("not a JWS compact token"));
        };
        let header: Header =
            serde_json::from_slice(&b64(head)?).map_err(|_| OidcError::Token("bad header"))?;
        if header.alg != "RS256" {
            return Err(OidcError::Token("algorithm is not RS256"));
        }
        let key = self.key(header.kid.as_deref()).await?;
        let signature = Signature::try_from(b64(sig)?.as_slice())
            .map_err(|_| OidcError::Token("bad signature"))?;
        VerifyingKey::<Sha256>::new(key)
            .verify(format!("{head}.{body}").as_bytes(), &signature)
            .map_err(|_| OidcError::Token("bad signature"))?;
        let claims: Claims =
            serde_json::from_slice(&b64(body)?).map_err(|_| OidcError::Token("bad claims"))?;
        let d = self.discovery().await?;
        if claims.iss != d.issuer {
            return Err(OidcError::Token("wrong issuer"));
        }
        let audience_ok = match &claims.aud {
            Audience::One(a) => *a == self.client_id,
            Audience::Many(all) => {
                all.contains(&self.client_id)
                    && (all.len() == 1 || claims.azp.as_deref() == Some(self.client_id.as_str()))
            }
        };
        if !audience_ok {
            return Err(OidcError::Token("wrong audience"));
        }
        if claims.exp + LEEWAY_SECS < now {
            return Err(OidcError::Token("expired"));
        }
        if claims.iat.is_some_and(|iat| iat > now + LEEWAY_SECS)
            || claims.nbf.is_some_and(|nbf| nbf > now + LEEWAY_SECS)
        {
            return Err(OidcError::Token("not valid yet"));
        }
        if !claims
            .nonce
            .as_deref()
            .is_some_and(|n| secrets::same(n, nonce))
        {
            return Err(OidcError::Token("wrong nonce"));
        }
        if claims.sub.is_empty() || claims.sub.len() > 255 {
            return Err(OidcError::Token("bad subject"));
        }
        Ok(claims.sub)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pkce_s256_matches_rfc7636_appendix_b() {
        assert_eq!(
            pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    use rsa::RsaPrivateKey;
    use rsa::pkcs1v15::SigningKey;
    use rsa::signature::{SignatureEncoding, Signer};
    use serde_json::json;

    const NOW: i64 = 1_800_000_000;

    /// A client whose discovery and keys are already cached (no network).
    async fn client_with(key: &RsaPrivateKey) -> OidcClient {
        let settings = Settings {
            oidc_issuer: "https://id.example".to_owned(),
            oidc_client_id: "app".to_owned(),
            ..Settings::default()
        };
        let client = OidcClient::from_settings(&settings).expect("configured");
        *client.discovery.write().await = Some((
            Discovery {
                issuer: "https://id.example".to_owned(),
                authorization_endpoint: "https://id.example/authorize".to_owned(),
                token_endpoint: "https://id.example/token".to_owned(),
                jwks_uri: "https://id.example/jwks".to_owned(),
            },
            Instant::now(),
        ));
        *client.keys.write().await = Some(KeySet {
            keys: vec![(Some("k1".to_owned()), key.to_public_key())],
            fetched: Instant::now(),
        });
        client
    }

    fn sign(key: &RsaPrivateKey, header: serde_json::Value, claims: serde_json::Value) -> String {
        let head = URL_SAFE_NO_PAD.encode(header.to_string());
        let body = URL_SAFE_NO_PAD.encode(claims.to_string());
        let input = format!("{head}.{body}");
        let sig = SigningKey::<Sha256>::new(key.clone()).sign(input.as_bytes());
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig.to_bytes()))
    }

    fn good_claims() -> serde_json::Value {
        json!({"iss": "https://id.example", "sub": "alice", "aud": "app", "exp": NOW + 300,
               "iat": NOW, "nonce": "n-1"})
    }

    #[tokio::test]
    async fn id_tokens_are_verified() {
        let key = RsaPrivateKey::new(&mut rand::rngs::OsRng, 1024).expect("key");
        let client = client_with(&key).await;
        let header = json!({"alg": "RS256", "kid": "k1"});
        let token = sign(&key, header.clone(), good_claims());
        assert_eq!(
            client.verify(&token, "n-1", NOW).await.expect("valid"),
            "alice"
        );
        let refused = |claims: serde_json::Value| sign(&key, header.clone(), claims);
        let mut cases: Vec<(String, &str, &str)> = Vec::new();
        let with = |field: &str, value: serde_json::Value| {
            let mut c = good_claims();
            c[field] = value;
            c
        };
        cases.push((
            refused(with("aud", json!("other"))),
            "n-1",
            "wrong audience",
        ));
        cases.push((
            refused(with("aud", json!(["app", "other"]))),
            "n-1",
            "wrong audience",
        ));
        cases.push((
            refused(with("iss", json!("https://evil.example"))),
            "n-1",
            "wrong issuer",
        ));
        cases.push((refused(with("exp", json!(NOW - 61))), "n-1", "expired"));
        cases.push((
            refused(with("iat", json!(NOW + 3600))),
            "n-1",
            "not valid yet",
        ));
        cases.push((refused(good_claims()), "n-2", "wrong nonce"));
        let mut no_nonce = good_claims();
        no_nonce.as_object_mut().expect("object").remove("nonce");
        cases.push((refused(no_nonce), "n-1", "wrong nonce"));
        cases.push((
            sign(&key, json!({"alg": "RS256", "kid": "k9"}), good_claims()),
            "n-1",
            "signed with an unknown key",
        ));
        cases.push((
            sign(&key, json!({"alg": "HS256", "kid": "k1"}), good_claims()),
            "n-1",
            "algorithm is not RS256",
        ));
        let other = RsaPrivateKey::new(&mut rand::rngs::OsRng, 1024).expect("key");
        cases.push((
            sign(&other, header.clone(), good_claims()),
            "n-1",
            "bad signature",
        ));
        // A payload swapped under a valid signature.
        let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
        parts[1] = URL_SAFE_NO_PAD.encode(with("sub", json!("mallory")).to_string());
        cases.push((parts.join("."), "n-1", "bad signature"));
        cases.push(("a.b".to_owned(), "n-1", "not a JWS compact token"));
        for (token, nonce, why) in cases {
            match client.verify(&token, nonce, NOW).await {
                Err(OidcError::Token(reason)) => assert_eq!(reason, why),
                other => panic!("{why}: {other:?}"),
            }
        }
    }

    #[test]
    fn no_issuer_means_no_client() {
        assert!(OidcClient::from_settings(&Settings::default()).is_none());
        let settings = Settings {
            oidc_issuer: "https://id.example/".to_owned(),
            ..Settings::default()
        };
        let client = OidcClient::from_settings(&settings).expect("configured");
        assert_eq!(client.issuer(), "https://id.example");
        assert_eq!(
            client.redirect_uri,
            "http://127.0.0.1:8080/api/auth/oidc/callback"
        );
    }
}
