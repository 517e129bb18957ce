"""A digest as Markdown or as one self-contained HTML file (all text escaped, no assets)."""
from __future__ import annotations

import html

from .facts import clause_phrase

SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand"))
CSS = ("body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
       "color:#222}h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ddd}"
       "sup{color:#555}.meta{color:#666}li{margin:.3rem 0}blockquote{margin:.3rem 0 .3rem 1rem;"
       "color:#444}")


def amount(value: float | None, currency: str | None) -> str:
    if value is None:
        return "?"
    for scale, word in SCALES:
        if abs(value) >= scale:
            return f"{value / scale:,.4g} {word} {currency or ''}".strip()
    return f"{value:,.4g} {currency or ''}".strip()


def _title(data: dict) -> str:
    window = " · ".join(x for x in (f"since {data['since']}" if data["since"] else None,
                                    f"until {data['until']}" if data["until"] else None) if x)
    return "Briefing: " + " and ".join(data["about"]) + (f" ({window})" if window else "")


def _lines(data: dict) -> dict[str, list[tuple[str, int | None]]]:
    """Each section's items as (plain text, citation number): shared by both formats."""
    one = lambda s: " ".join((s or "").split())  # noqa: E731 - sentences on one line
    sections = {
        "Key takeaways": [(one(t["sentence"]), t["cite"]) for t in data["takeaways"]],
        "Timeline": [(f"{t['date'] or 'undated'}: {t['label']}"
                      + (f" [{t['change']}, {t['modality']}]" if t["modality"] else "")
                      + (f" “{one(t['sentence'])}”" if t["kind"] != "event" else ""), t["cite"])
                     for t in data["timeline"]],
        "Money": [(f"{m['subject'] or '?'}: {m['attributes'].get('kind')} "
                   f"{amount(m['attributes'].get('amount'), m['attributes'].get('currency'))}"
                   + (f" ({m['attributes']['time']})" if m["attributes"].get("time") else "")
                   + f", {m['modality']}: “{one(m['sentence'])}”", m["cite"])
                  for m in data["money"]],
        "Clauses": [(f"#{c['fact_id']} "
                     + clause_phrase(c["subject"], c["attributes"].get("action"), c["object"])
                     + "".join(f"; {k}: {c['attributes'][k]}"
                               for k in ("object", "trigger", "decider")
                               if c["attributes"].get(k))
                     + f": “{one(c['sentence'])}”", c["cite"]) for c in data["clauses"]],
        "Quotes": [(f"{q['subject'] or 'unattributed'}"
                    + (f" on {q['object']}" if q["object"] else "")
                    + (f" at {q['attributes']['event']}" if q["attributes"].get("event") else "")
                    + f": “{one(q['attributes'].get('text'))}”", q["cite"])
                   for q in data["quotes"]],
        "Social reactions": [(f"{p['author'] or '?'}"
                              + (f" ({p['handle']})" if p["handle"] else "")
                              + (f", {p['date']}" if p["date"] else "")
                              + f": “{one(p['text'])}”", p["cite"]) for p in data["posts"]],
    }
    return {name: items for name, items in sections.items() if items}


def _source(s: dict) -> str:
    parts = [s["title"] or "untitled", s["source"]]
    if s["url"] and s["url"] != s["source"]:
        parts.append(s["url"])
    if s["published"]:
        parts.append(s["published"])
    return " — ".join(p for p in parts if p)


def markdown(data: dict) -> str:
    out = [f"# {_title(data)}", "",
           f"_{data['facts']} facts from {len(data['sources'])} sources; every sentence in "
           "quotes is taken from the cited source._", ""]
    for name, items in _lines(data).items():
        out += [f"## {name}", ""]
        out += [f"- {text}" + (f" [{n}]" if n else "") for text, n in items]
        out.append("")
    out += ["## Sources", ""]
    out += [f"{s['n']}. {_source(s)}" for s in data["sources"]]
    return "\n".join(out) + "\n"


def html_page(data: dict) -> str:
    esc = html.escape
    title = esc(_title(data))
    body = [f"<h1>{title}</h1>",
            f"<p class=meta>{data['facts']} facts from {len(data['sources'])} sources; every "
            "sentence in quotes is taken from the cited source.</p>"]
    for name, items in _lines(data).items():
        body.append(f"<h2>{esc(name)}</h2><ul>")
        body += [f"<li>{esc(text)}" + (f' <sup><a href="#s{n}">[{n}]</a></sup>' if n else "")
                 + "</li>" for text, n in items]
        body.append("</ul>")
    body.append("<h2>Sources</h2><ol>")
    for s in data["sources"]:
        link = s["url"] if (s["url"] or "").startswith(("https://", "http://")) else None
        text = esc(_source(s))
        body.append(f'<li id="s{s["n"]}">'
                    + (f'<a href="{esc(link, quote=True)}">{text}</a>' if link else text)
                    + "</li>")
    body.append("</ol>")
    return ("<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
            f"<title>{title}</title><style>{CSS}</style></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")
