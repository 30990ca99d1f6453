"""The review page: one self-contained HTML file showing documents with every extracted span
highlighted by kind, a table of their statistics, and the audit checks linked to the spans.

Our own markup rather than displaCy's: displaCy renders either entities or spans of one
``Doc``, while the page has to nest quotes around statistics and areas, link table rows and
checks to anchors, and show PDF page numbers; the colours follow displaCy's span style.
No scripts, no external files: the page opens anywhere and can be attached to an email.
"""
from __future__ import annotations

from html import escape

KINDS = {  # kind: (label, colour)
    "quote": ("quote", "#e4e7f2"),
    "speaker": ("speaker", "#c9b6f2"),
    "area": ("area", "#7aecec"),
    "period": ("period", "#bfe1d9"),
    "stat": ("statistic", "#feca74"),
}

CSS = """
body{font:15px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
header.top{background:#1f2d3d;color:#fff;padding:12px 24px}
header.top h1{font-size:18px;margin:0}
section.doc{background:#fff;margin:18px 24px;padding:16px 24px;border:1px solid #ddd;border-radius:6px}
.meta{color:#666;font-size:13px}
.legend span{display:inline-block;margin-right:8px;padding:1px 6px;border-radius:3px;font-size:12px}
.text{white-space:pre-wrap;border-top:1px solid #eee;margin-top:10px;padding-top:10px}
mark{padding:0 2px;border-radius:3px;color:inherit}
mark[data-kind=quote]{background:#e4e7f2;padding:1px 0}
mark[data-kind=speaker]{background:#c9b6f2}
mark[data-kind=area]{background:#7aecec}
mark[data-kind=period]{background:#bfe1d9}
mark[data-kind=stat]{background:#feca74;font-weight:600}
mark.failed{outline:2px solid #d62728}
mark:target{outline:3px solid #1f77b4}
table{border-collapse:collapse;font-size:13px;margin:10px 0}
th,td{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f0f0f0}
.status-pass{color:#2ca02c;font-weight:700}
.status-fail{color:#d62728;font-weight:700}
.status-unverifiable{color:#888;font-weight:700}
li.check{margin:4px 0}
.errors{color:#d62728}
"""


def _spans(record: dict) -> list[tuple[int, int, str, str, dict]]:
    """(start, end, kind, anchor id, attributes) for every span to highlight."""
    out = []
    for q in record.get("quotes", []):
        for i, p in enumerate(q["paragraphs"]):
            out.append((p["start"], p["end"], "quote", f"{q['id']}" if i == 0 else "", {"title": _speaker(q)}))
        sp = q["speaker"].get("span")
        if sp and sp["end"] > sp["start"]:
            out.append((sp["start"], sp["end"], "speaker", "", {"title": f"speaker of {q['id']}"}))
        if q.get("mention") and q["mention"] != sp:
            m = q["mention"]
            out.append((m["start"], m["end"], "speaker", "", {"title": f"speaker of {q['id']}: {_speaker(q)}"}))
    for a in record.get("areas", []):
        for m in a["mentions"]:
            out.append((m["start"], m["end"], "area", "", {"title": f"{a['name']} ({a['type']}, {a['code'] or 'no code'})"}))
    for p in record.get("periods", []):
        out.append((p["span"]["start"], p["span"]["end"], "period", "", {"title": f"{p['kind']}: {p['value']}"}))
    for s in record.get("statistics", []):
        out.append((s["span"]["start"], s["span"]["end"], "stat", s["id"],
                    {"title": f"{s['kind']} {_num(s['value'])}" + (f" — {s['measure']}" if s["measure"] else "")}))
    return out


def _num(value: float) -> str:
    """1405 → "1,405"; 57.45 → "57.45"; 2159900 → "2,159,900"."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"


def _speaker(q: dict) -> str:
    sp = q["speaker"]
    who = sp.get("name") or sp.get("description") or "unattributed"
    extra = ", ".join(x for x in (sp.get("role"), sp.get("organisation")) if x)
    return f"{who} ({extra})" if extra else who


def _nest(spans):
    """Spans as a forest: a span inside another becomes its child; a span that crosses
    another's edge is left out (it could not be drawn as nested markup)."""
    spans = sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]), list(KINDS).index(s[2])))
    root: list = []
    stack: list = []
    for sp in spans:
        start, end = sp[0], sp[1]
        while stack and stack[-1][0][1] <= start:
            stack.pop()
        if stack and end > stack[-1][0][1]:
            continue  # crosses its parent's end
        node = (sp, [])
        (stack[-1][1] if stack else root).append(node)
        stack.append(node)
    return root


def _render_text(text: str, record: dict, prefix: str, failed: set[str]) -> str:
    out: list[str] = []

    def walk(nodes, pos: int, limit: int) -> int:
        for (start, end, kind, anchor, attrs), children in nodes:
            out.append(escape(text[pos:start]))
            cls = ' class="failed"' if anchor in failed else ""
            ident = f' id="{prefix}-{anchor}"' if anchor else ""
            title = f' title="{escape(attrs.get("title", ""), quote=True)}"'
            out.append(f'<mark data-kind="{kind}"{ident}{cls}{title}>')
            inner = walk(children, start, end)
            out.append(escape(text[inner:end]))
            out.append("</mark>")
            pos = end
        return pos

    end = walk(_nest(_spans(record)), 0, len(text))
    out.append(escape(text[end:]))
    return "".join(out)


def _document(text: str, record: dict, n: int) -> str:
    prefix = f"d{n}"
    doc = record["document"]
    areas = {a["id"]: a for a in record.get("areas", [])}
    periods = {p["id"]: p for p in record.get("periods", [])}
    failed = {sid for c in record.get("checks", []) if c["status"] == "fail" for sid in c["statistics"]}
    parts = [f'<section class="doc" id="{prefix}">',
             f'<h2>{escape(doc.get("id") or "document")}</h2>',
             f'<p class="meta">source: {escape(str(doc.get("source") or "pasted text"))} · format: {doc.get("format")} · '
             f'published: {doc.get("published") or "unknown"} · {len(record.get("statistics", []))} statistics, '
             f'{len(record.get("areas", []))} areas, {len(record.get("periods", []))} periods, '
             f'{len(record.get("quotes", []))} quotes, {len(record.get("checks", []))} checks</p>']
    if record.get("errors"):
        parts.append('<p class="errors">' + "; ".join(escape(f"{e['code']}: {e['message']}") for e in record["errors"]) + "</p>")
    parts.append('<p class="legend">' + "".join(
        f'<span style="background:{colour}">{label}</span>' for label, colour in KINDS.values()) + "</p>")
    checks = record.get("checks", [])
    if checks:
        parts.append("<h3>Checks</h3><ul class=\"checks\">")
        for c in checks:
            links = ", ".join(f'<a href="#{prefix}-{sid}">{sid}</a>' for sid in c["statistics"])
            parts.append(f'<li class="check check-{c["status"]}" id="{prefix}-{c["id"]}">'
                         f'<span class="status-{c["status"]}">{c["status"].upper()}</span> '
                         f'{escape(c["kind"])} ({links}): {escape(c["explanation"])}</li>')
        parts.append("</ul>")
    parts.append(f'<div class="text">{_render_text(text, record, prefix, failed)}</div>')
    stats = record.get("statistics", [])
    if stats:
        parts.append("<h3>Statistics</h3><table class=\"stats\"><tr><th>id</th><th>figure</th><th>kind</th>"
                     "<th>value</th><th>measure</th><th>area</th><th>period</th><th>page</th></tr>")
        for s in stats:
            a = areas.get(s["area"])
            p = periods.get(s["period"])
            parts.append(
                f'<tr><td><a href="#{prefix}-{s["id"]}">{s["id"]}</a></td><td>{escape(s["span"]["text"])}</td>'
                f'<td>{s["kind"]}</td><td>{_num(s["value"])}{" per " + format(s["per"], ",") if s["per"] else ""}</td>'
                f'<td>{escape(s["measure"] or "")}</td>'
                f'<td>{escape(a["name"]) + (" (" + a["code"] + ")" if a and a["code"] else "") if a else ""}</td>'
                f'<td>{escape(p["value"] or p["span"]["text"]) if p else ""}</td>'
                f'<td>{s["number"].get("page") or ""}</td></tr>')
        parts.append("</table>")
    parts.append("</section>")
    return "\n".join(parts)


def render(docs: list[tuple[str, dict]], title: str = "extractor review") -> str:
    """One page for (text, record) pairs."""
    body = "\n".join(_document(text, rec, n) for n, (text, rec) in enumerate(docs))
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            f"<style>{CSS}</style></head><body><header class=\"top\"><h1>{escape(title)}</h1></header>\n{body}\n</body></html>\n")


FORM = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>extractor review</title>
<style>body{font:15px system-ui,sans-serif;margin:24px}textarea{width:100%;height:320px}</style></head>
<body><h1>Paste an article</h1><form method="post" action="/report">
<p><textarea name="text" required></textarea></p>
<p>Published (YYYY-MM-DD, optional): <input name="published" pattern="\\d{4}-\\d{2}-\\d{2}"></p>
<p><button type="submit">Extract and review</button></p></form></body></html>"""
