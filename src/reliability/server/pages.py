"""The pages the service shows: the editor page's files and the API docs page.

The docs page is built from the OpenAPI description with no script and
nothing fetched, so it works offline under a strict CSP.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from fastapi.responses import Response

from reliability.resources import read_data

# Strict enough that pasted markup could never run even if the page had a bug.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; "
        "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
PAGE_FILES = {
    "/": ("web/index.html", "text/html; charset=utf-8"),
    "/static/app.js": ("web/app.js", "text/javascript; charset=utf-8"),
    "/static/app.css": ("web/app.css", "text/css; charset=utf-8"),
}


_DOCS_STYLE = (
    "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
    "padding:0 1rem;color:#222}code,td:first-child{font-family:ui-monospace,"
    "monospace}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}"
    "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;"
    "vertical-align:top}th{background:#f3f3f3}h2{border-top:2px solid #ddd;"
    "padding-top:1rem}.method{font-weight:bold;color:#075}"
)


def _schema_type(schema: Mapping[str, Any]) -> str:
    """A property's type as HTML: ``string``, a link to a schema, ``list of X``."""
    if "$ref" in schema:
        name = html.escape(str(schema["$ref"]).rsplit("/", 1)[-1])
        return f'<a href="#schema-{name}">{name}</a>'
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            return " or ".join(_schema_type(s) for s in schema[key])
    kind = schema.get("type")
    if kind == "array":
        return f"list of {_schema_type(schema.get('items', {}))}"
    if "enum" in schema:
        return " | ".join(html.escape(json.dumps(v)) for v in schema["enum"])
    return html.escape(str(kind or "any"))


def docs_page(spec: Mapping[str, Any]) -> str:
    """A self-contained HTML page describing the API, from its OpenAPI spec.

    No script and nothing fetched: it works offline and under a CSP that
    allows only its own inline style (by hash).
    """
    esc = html.escape
    info = spec.get("info", {})
    out = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(info.get('title', ''))} API</title>",
        f"<style>{_DOCS_STYLE}</style></head><body>",
        f"<h1>{esc(info.get('title', ''))} {esc(info.get('version', ''))} API</h1>",
        f"<p>{esc(info.get('description', ''))}</p>",
        '<p>Machine-readable description: <a href="openapi.json">openapi.json'
        "</a> (OpenAPI 3). Requests and answers are JSON.</p>",
    ]
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            out.append(
                f'<h2><span class="method">{esc(method.upper())}</span> '
                f"<code>{esc(path)}</code>: {esc(op.get('summary', ''))}</h2>"
            )
            if op.get("description"):
                out.append(f"<p>{esc(op['description'])}</p>")
            body = op.get("requestBody", {}).get("content", {})
            for media, content in body.items():
                out.append(
                    f"<p>Request body ({esc(media)}): "
                    f"{_schema_type(content.get('schema', {}))}</p>"
                )
            out.append("<table><tr><th>status</th><th>answer</th></tr>")
            for status, response in op.get("responses", {}).items():
                schemas = [
                    _schema_type(c["schema"])
                    for c in response.get("content", {}).values()
                    if c.get("schema")
                ]
                shown = esc(response.get("description", ""))
                if schemas:
                    shown += f" ({', '.join(schemas)})"
                out.append(f"<tr><td>{esc(status)}</td><td>{shown}</td></tr>")
            out.append("</table>")
    out.append("<h2>Schemas</h2>")
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        out.append(f'<h3 id="schema-{esc(name)}">{esc(name)}</h3>')
        if schema.get("description"):
            out.append(f"<p>{esc(schema['description'])}</p>")
        properties = schema.get("properties", {})
        if not properties:
            out.append(f"<p>{_schema_type(schema)}</p>")
            continue
        required = set(schema.get("required", ()))
        out.append(
            "<table><tr><th>field</th><th>type</th><th>required</th>"
            "<th>description</th></tr>"
        )
        for field, prop in properties.items():
            out.append(
                f"<tr><td>{esc(field)}</td><td>{_schema_type(prop)}</td>"
                f"<td>{'yes' if field in required else ''}</td>"
                f"<td>{esc(prop.get('description', ''))}</td></tr>"
            )
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def docs_headers() -> dict[str, str]:
    digest = hashlib.sha256(_DOCS_STYLE.encode("utf-8")).digest()
    style = "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"
    return {
        **SECURITY_HEADERS,
        "Content-Security-Policy": (
            f"default-src 'none'; style-src {style}; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'none'"
        ),
    }


def page_route(path: str) -> Callable[[], Awaitable[Response]]:
    """The route that serves ``path`` of ``PAGE_FILES`` with its security headers."""
    relpath, media_type = PAGE_FILES[path]

    async def serve_file() -> Response:
        raw, _ = read_data(relpath)
        return Response(raw, media_type=media_type, headers=SECURITY_HEADERS)

    return serve_file
