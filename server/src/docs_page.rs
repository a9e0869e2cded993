//! Renders the OpenAPI document as one self-contained HTML page: no CDN, no scripts.

use serde_json::Value;

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn text(v: &Value, key: &str) -> String {
    escape(v.get(key).and_then(Value::as_str).unwrap_or_default())
}

pub fn render(doc: &Value) -> String {
    let info = &doc["info"];
    let mut html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} {version}</title><style>\
         body{{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1d2023;background:#fff}}\
         h2{{font-size:1.1rem;margin:1.5rem 0 .25rem;font-family:ui-monospace,monospace}}\
         .m{{display:inline-block;min-width:4.5rem;color:#fff;background:#2c5282;border-radius:4px;padding:0 .4rem;margin-right:.5rem;text-align:center}}\
         table{{border-collapse:collapse}}td,th{{border:1px solid #c5cad0;padding:.2rem .5rem;text-align:left}}\
         pre{{background:#f3f4f6;padding:.5rem;overflow:auto}}\
         </style></head><body><main><h1>{title} <small>{version}</small></h1><p>{desc}</p>\
         <p>Machine-readable: <a href=\"/api/openapi.json\">/api/openapi.json</a></p>",
        title = text(info, "title"),
        version = text(info, "version"),
        desc = text(info, "description"),
    );
    if let Some(paths) = doc["paths"].as_object() {
        for (path, item) in paths {
            let Some(ops) = item.as_object() else {
                continue;
            };
            for (method, op) in ops {
                html.push_str(&format!(
                    "<section><h2><span class=\"m\">{}</span>{}</h2><p>{}</p>",
                    escape(&method.to_ascii_uppercase()),
                    escape(path),
                    text(op, "description").replace('\n', "<br>"),
                ));
                if let Some(responses) = op["responses"].as_object() {
                    html.push_str("<table><tr><th>Status</th><th>Meaning</th></tr>");
                    for (status, r) in responses {
                        html.push_str(&format!(
                            "<tr><td>{}</td><td>{}</td></tr>",
                            escape(status),
                            text(r, "description")
                        ));
                    }
                    html.push_str("</table>");
                }
                html.push_str("</section>");
            }
        }
    }
    if let Some(schemas) = doc["components"]["schemas"].as_object() {
        html.push_str("<h2>Schemas</h2>");
        for (name, schema) in schemas {
            let body = serde_json::to_string_pretty(schema).unwrap_or_default();
            html.push_str(&format!(
                "<h3>{}</h3><pre>{}</pre>",
                escape(name),
                escape(&body)
            ));
        }
    }
    html.push_str("</main></body></html>");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_paths_and_escapes_text() {
        let doc = serde_json::json!({
            "info": {"title": "T<x>", "version": "1"},
            "paths": {"/api/a": {"get": {"description": "d & e", "responses": {"200": {"description": "ok"}}}}}
        });
        let html = render(&doc);
        assert!(html.contains("T&lt;x&gt;"));
        assert!(html.contains("/api/a"));
        assert!(html.contains("d &amp; e"));
        assert!(html.contains("<td>200</td>"));
    }
}
