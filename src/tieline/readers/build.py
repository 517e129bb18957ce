"""Raw text plus whatever metadata a format gave, in; a clean, structured Document out.

Every reader ends here, so the same cleaning, structure, date fallbacks and language detection
apply to text files, HTML, feeds, records and crawls alike.
"""
from __future__ import annotations

from typing import Any

from ..model import Document
from .base import Problem
from .clean import normalize_line
from .dates import date_from_url, dateline_date, parse_date
from .language import detect_language
from .structure import parse_structure


def make_document(text: str, source: str, *, title: str | None = None,
                  published: Any = None, published_from: str | None = None,
                  url: str | None = None, author: str | None = None, site: str | None = None,
                  meta: dict[str, Any] | None = None) -> Document | Problem:
    """A Document, or a no-text Problem when nothing of the article is left after cleaning.

    published may be any date-like value; published_from names where it came from. Without
    one, the date comes from the URL, then a byline, then a dateline, then the latest embedded
    post (an article is published no earlier than the posts it quotes).
    """
    structure = parse_structure(text)
    if not structure.body:
        return Problem(source, "no-text", "no article text left after cleaning")
    meta = dict(meta or {})
    iso = parse_date(published)
    if published not in (None, "") and not iso:
        meta["published_raw"] = str(published)
    if not iso:
        fallbacks = ((date_from_url(url), "url"), (structure.byline_date, "byline"),
                     (dateline_date(structure.body), "dateline"),
                     (structure.latest_post_date, "posts"))
        iso, published_from = next(((d, origin) for d, origin in fallbacks if d), (None, None))
    language, confidence = detect_language(structure.body)
    meta["language_confidence"] = round(confidence, 3)
    if structure.boilerplate:
        meta["boilerplate"] = structure.boilerplate
    return Document(
        text=structure.body, source=source, title=normalize_line(title),
        published=iso, published_from=published_from if iso else None,
        url=normalize_line(url), author=normalize_line(author) or structure.author,
        site=normalize_line(site), language=language, sections=structure.sections,
        takeaways=structure.takeaways, posts=structure.posts, events=structure.events,
        meta=meta)
