"""A digest as Markdown or as one self-contained HTML file (all text escaped, no assets).

Both formats escape every line built from article text: HTML through html.escape, Markdown
through md_escape, so a sentence holding `<script>` or `[x](javascript:…)` stays text in any
Markdown renderer (raw HTML, links and images need these characters).
"""
from __future__ import annotations

import html
import re

from .digest import Digest
from .facts import clause_phrase

CSS = ("body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
       "color:#222}h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ddd}"
       "sup{color:#555}.meta{color:#666}li{margin:.3rem 0}blockquote{margin:.3rem 0 .3rem 1rem;"
       "color:#444}")


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>!])")


def md_escape(text: str) -> str:
    """Text safe in Markdown: `&` as an entity, and the characters that open HTML, links,
    images, code and emphasis backslash-escaped (CommonMark renders them literally)."""
    return _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;"))


def _title(data: Digest) -> str:
    window = " · ".join(x for x in (f"since {data.since}" if data.since else None,
                                    f"until {data.until}" if data.until else None) if x)
    return "Briefing: " + " and ".join(data.about) + (f" ({window})" if window else "")


def _one(text: str | None) -> str:
    return " ".join((text or "").split())  # sentences on one line


def _lines(data: Digest) -> dict[str, list[tuple[str, int | None]]]:
    """Each section's items as (plain text, citation number): shared by both formats."""
    one = _one
    sections = {
        "Key takeaways": [(one(t.sentence), t.cite) for t in data.takeaways],
        "Timeline": [(f"{t.date or 'undated'}: {t.label}"
                      + (f" [{t.change}, {t.modality}]" if t.modality else "")
                      + (f" “{one(t.sentence)}”" if t.kind != "event" else ""), t.cite)
                     for t in data.timeline],
        "Money": [(f"{m.fact.subject or '?'}: {m.fact.label()}, {m.fact.modality}: "
                   f"“{one(m.sentence)}”", m.cite) for m in data.money],
        "Clauses": [(f"#{c.fact.id} "
                     + clause_phrase(c.fact.subject, c.fact.attribute("action"), c.fact.object)
                     + "".join(f"; {k}: {c.fact.attribute(k)}"
                               for k in ("object", "trigger", "decider") if c.fact.attribute(k))
                     + f": “{one(c.sentence)}”", c.cite) for c in data.clauses],
        "Quotes": [(f"{q.fact.subject or 'unattributed'}"
                    + (f" on {q.fact.object}" if q.fact.object else "")
                    + (f" at {q.fact.attribute('event')}" if q.fact.attribute("event") else "")
                    + f": “{one(q.fact.attribute('text'))}”", q.cite) for q in data.quotes],
        "Social reactions": [(f"{p.post.author or '?'}"
                              + (f" ({p.post.handle})" if p.post.handle else "")
                              + (f", {p.post.date}" if p.post.date else "")
                              + f": “{one(p.post.text)}”", p.cite) for p in data.posts],
    }
    return {name: items for name, items in sections.items() if items}


def _source(s) -> str:
    parts = [s.title or "untitled", s.source]
    if s.url and s.url != s.source:
        parts.append(s.url)
    if s.published:
        parts.append(s.published)
    return " — ".join(p for p in parts if p)


def markdown(data: Digest) -> str:
    out = [f"# {md_escape(_title(data))}", "",
           f"_{data.facts} facts from {len(data.sources)} sources; every sentence in "
           "quotes is taken from the cited source._", ""]
    for name, items in _lines(data).items():
        out += [f"## {name}", ""]
        out += [f"- {md_escape(text)}" + (f" [{n}]" if n else "") for text, n in items]
        out.append("")
    out += ["## Sources", ""]
    out += [f"{s.n}. {md_escape(_source(s))}" for s in data.sources]
    return "\n".join(out) + "\n"


def html_page(data: Digest) -> str:
    esc = html.escape
    title = esc(_title(data))
    body = [f"<h1>{title}</h1>",
            f"<p class=meta>{data.facts} facts from {len(data.sources)} sources; every "
            "sentence in quotes is taken from the cited source.</p>"]
    for name, items in _lines(data).items():
        body.append(f"<h2>{esc(name)}</h2><ul>")
        body += [f"<li>{esc(text)}" + (f' <sup><a href="#s{n}">[{n}]</a></sup>' if n else "")
                 + "</li>" for text, n in items]
        body.append("</ul>")
    body.append("<h2>Sources</h2><ol>")
    for s in data.sources:
        link = s.url if (s.url or "").startswith(("https://", "http://")) else None
        text = esc(_source(s))
        body.append(f'<li id="s{s.n}">'
                    + (f'<a href="{esc(link, quote=True)}">{text}</a>' if link else text)
                    + "</li>")
    body.append("</ol>")
    return ("<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
            f"<title>{title}</title><style>{CSS}</style></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")
