//! The Content Security Policy of the app's pages. Scripts run only from this origin, plus
//! the inline loader Trunk writes into each `index.html`, allowed by its SHA-256 (read from
//! the built file, so a rebuild needs no configuration), plus `wasm-unsafe-eval`, which
//! compiling the app's WebAssembly needs. No `unsafe-inline` and no `unsafe-eval` for
//! scripts. Styles may be inline: the components set `style` attributes (a meter's width).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

/// The policy of every response that is not an app page (JSON, files, the 3-D Secure and
/// API docs pages): no scripts at all, no plugins, inline styles only (the two server-rendered
/// pages carry a `<style>`), forms post only to this site, and nobody may frame them.
pub const NOT_AN_APP_PAGE: &str = "default-src 'none'; style-src 'unsafe-inline'; \
     form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The policy of the service worker's script (`/sw.js`), which governs the worker itself: it
/// fetches and keeps this site's pages, files and two API answers, and nothing else.
pub const SERVICE_WORKER: &str =
    "default-src 'none'; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The contents of the inline `<script>` elements of `html` (those without `src`).
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = find_ci(rest, "<script") {
        let after = &rest[start + "<script".len()..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let attributes = &after[..open_end];
        let body_and_rest = &after[open_end + 1..];
        let Some(close) = find_ci(body_and_rest, "</script") else {
            break;
        };
        if !has_src(attributes) {
            found.push(&body_and_rest[..close]);
        }
        rest = &body_and_rest[close..];
        rest = &rest["</script".len()..];
    }
    found
}

fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

fn has_src(attributes: &str) -> bool {
    attributes
        .split(|c: char| c.is_ascii_whitespace())
        .any(|a| {
            a.eq_ignore_ascii_case("src")
                || a.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("src="))
        })
}

/// `'sha256-…'` of a script's exact text, as CSP writes it.
pub fn script_hash(script: &str) -> String {
    format!(
        "'sha256-{}'",
        STANDARD.encode(Sha256::digest(script.as_bytes()))
    )
}

/// The policy for one app page.
pub fn page_policy(index_html: &str) -> String {
    let hashes: Vec<String> = inline_scripts(index_html)
        .into_iter()
        .map(script_hash)
        .collect();
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    for hash in &hashes {
        script_src.push(' ');
        script_src.push_str(hash);
    }
    format!(
        "default-src 'self'; script-src {script_src}; style-src 'self' 'unsafe-inline'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
         base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_INDEX: &str = r#"<!DOCTYPE html><html><head>
<script src="/boot-1a2b3c4d5e6f7a8b.js" integrity="sha384-x"></script>
<link rel="modulepreload" href="/app-0123456789abcdef.js">
<script type="module">
import init, * as bindings from '/app-0123456789abcdef.js';
const wasm = await init({ module_or_path: '/app-0123456789abcdef_bg.wasm' });
window.wasmBindings = bindings;
</script></head><body></body></html>"#;

    #[test]
    fn only_inline_scripts_are_hashed() {
        let scripts = inline_scripts(TRUNK_INDEX);
        assert_eq!(scripts.len(), 1);
        assert!(scripts[0].starts_with("\nimport init"));
        assert!(scripts[0].ends_with("bindings;\n"));
    }

    #[test]
    fn the_hash_is_the_base64_sha256_of_the_exact_text() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            script_hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    #[test]
    fn the_page_policy_allows_wasm_and_the_loader_but_no_inline_code() {
        let policy = page_policy(TRUNK_INDEX);
        let script_src = policy
            .split("; ")
            .find(|d| d.starts_with("script-src"))
            .unwrap();
        assert!(script_src.contains("'wasm-unsafe-eval'"));
        assert!(script_src.contains(&script_hash(inline_scripts(TRUNK_INDEX)[0])));
        assert!(!script_src.contains("unsafe-inline"));
        assert!(!script_src.contains("'unsafe-eval'"));
        assert!(policy.contains("frame-ancestors 'none'"));
        assert!(policy.contains("object-src 'none'"));
    }

    #[test]
    fn odd_markup_does_not_panic() {
        for html in [
            "<script",
            "<script>",
            "<SCRIPT>x</SCRIPT>",
            "<script src>x</script>",
            "<scriptx>",
            "<script ёжик>x</script>",
        ] {
            let _ = page_policy(html);
        }
        assert_eq!(inline_scripts("<SCRIPT>x</SCRIPT>"), vec!["x"]);
        assert!(inline_scripts("<script src=a.js></script>").is_empty());
    }
}
