"""The layout of a scraped article: takeaways, headings, embedded posts, related headlines,
bylines and boilerplate, recognized by how such lines are written, never by who is named.

parse_structure(text) returns the cleaned body plus what it took out or found:
- embedded social posts (the post's paragraph and its "— Name (@handle) Date" line) leave the
  body and become Posts;
- related-headline lines ("October 15, 2024: headline", several may run together) stay in the
  body, one item per line, and each becomes an Event;
- boilerplate ("For more news ..., visit ...", "Subscribe ...") and byline lines leave the body,
  but "Read more: <headline>" lines stay, as related headlines the extractor may cite;
- the "Key Takeaways:" block's items become takeaways and stay in the body;
- short title-like lines become Sections (heading plus the offsets of the body that follows).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Event, Post, Section
from .clean import normalize_text
from .dates import DATE, find_date, from_match

# "— Name (Display name) (@handle) October 18, 2024", as pasted from an embedded post.
_POST_LINE = re.compile(
    r"^[—–―-]{1,2}\s*(?P<author>[^()@\n]{0,80}?)\s*(?:\((?!@)[^()\n]{0,80}\)\s*)*"
    r"\(?(?P<handle>@\w{1,30}(?:@[\w.-]+)?)\)?\s*(?:on\s+)?"
    rf"(?:{DATE})?\s*(?:https?://\S+)?\s*$", re.I)

# An item of a related-headlines list: a date, a colon or dash, then the headline.
_EVENT_ITEM = re.compile(rf"(?:^|(?<=\s)){DATE}\s*(?::|\s[-–—]\s)\s*", re.I)
_MAX_HEADLINE_WORDS = 25
_MAX_POST_CHARS = 1000

_TAKEAWAYS_HEADER = re.compile(
    r"^(?:key\s+takeaways?|takeaways?|key\s+points|highlights|in\s+brief|at\s+a\s+glance"
    r"|tl;?\s?dr|the\s+big\s+picture|summary)\s*[:.]?$", re.I)
_BULLET = re.compile(r"^(?:[-*•·▪●◦‣–]|\d{1,2}[.)])\s+")
_MAX_TAKEAWAYS = 10

_BOILERPLATE = re.compile(
    r"^(?:for\s+(?:more|the\s+latest|all\s+the\s+latest|further)\b.{0,120}?"
    r"\b(?:visit|go\s+to|check\s+out|head\s+to|follow|see)\b"
    r"|(?:subscribe|sign\s+up|signup|log\s+in\s+to|register\s+(?:now|here|today|for))\b"
    # "Read more: <headline>" is a related headline, which stays; a bare "Read more" goes.
    r"|(?:read\s+(?:more|also|next)|also\s+read|see\s+also)\b(?!\s*:\s*\S)"
    r"|(?:read\s+the\s+full|continue\s+reading|more\s+from)\b"
    r"|related(?:\s+(?:articles?|stories|news|coverage|content|posts?))?\s*:?$"
    r"|(?:follow\s+(?:us|me)|like\s+us|join\s+us\s+on|find\s+us\s+on|connect\s+with\s+us)\b"
    r"|(?:click|tap)\s+here\b|share:|share\s+(?:this\s+(?:article|story|post)"
    r"|on\s+(?:facebook|twitter|x|linkedin|whatsapp))\b"
    r"|(?:advertisement|sponsored(?:\s+content)?)$"
    r"|(?:©|\(c\)\s|copyright\s+(?:©\s*)?\d{4}|all\s+rights\s+reserved)"
    r"|download\s+(?:our|the)\s+\w*\s*app\b"
    r"|\(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b"
    r"|this\s+(?:article|story)\s+(?:was\s+originally\s+published|has\s+been\s+updated)"
    r"|(?:photo|image|video|illustration)(?:\s+credits?)?\s*:|credits?\s*:)", re.I)
_MAX_BOILERPLATE_WORDS = 40

_BYLINE = re.compile(
    r"^(?:(?i:(?:written\s+|posted\s+|words\s+)?by)\s+(?=[A-Z])"
    r"|(?i:published|updated|last\s+updated|posted|first\s+published)\b\s*:?\s*(?=.*\d))")
_AUTHOR_IN_BYLINE = re.compile(
    r"^(?:written\s+|posted\s+|words\s+)?by\s+(?P<author>.+?)"
    r"(?=\s*(?:[|•·,;]|\s[-–—]\s|\bon\s|\bupdated\b|\bpublished\b|\d|$))", re.I)
_BYLINE_ZONE = 6  # bylines are looked for among the first lines only
_DATE_ONLY = re.compile(rf"^(?:\w+,\s+)?{DATE}[\s\d:.,|]*(?:[ap]\.?m\.?)?\s*[A-Z]{{0,4}}$", re.I)

_SMALL_WORDS = frozenset(
    "a an the and or but nor of in on at to for from by with as vs vs. via per into onto over "
    "under about after before than its is are be was were it his her their our your up out off "
    "amid".split())
_SENTENCE_END = ('.', '!', '?', ':', '"', '”', '’', "'", ')', ';', '…')
_NOT_HEADING_END = ('.', '!', ':', ';', ',', '"', '”', '’', "'")  # "?" may close a heading
_MAX_HEADING_WORDS = 14


@dataclass
class Structure:
    """What parse_structure found; Section offsets index body."""
    body: str
    takeaways: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)

    @property
    def author(self) -> str | None:
        for line in self.bylines:
            if match := _AUTHOR_IN_BYLINE.match(line):
                return match.group("author").strip() or None
        return None

    @property
    def byline_date(self) -> str | None:
        return next(filter(None, map(find_date, self.bylines)), None)

    @property
    def latest_post_date(self) -> str | None:
        return max((post.date for post in self.posts if post.date), default=None)


def is_heading_like(line: str) -> bool:
    """Short, starts with a capital, no closing punctuation, most content words capitalized."""
    line = line.strip()
    words = line.split()
    if not 1 <= len(words) <= _MAX_HEADING_WORDS or len(line) > 120:
        return False
    if line.endswith(_NOT_HEADING_END) or "http" in line:
        return False
    if not (line[0].isupper() or line[0].isdigit()):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS and any(c.isalpha() for c in w)]
    if not content:
        return False
    capitalized = sum(1 for w in content if w.lstrip("(\"'“‘")[:1].isupper()
                      or w[:1].isdigit())
    return capitalized / len(content) >= 0.6


def _post(match: re.Match[str], text: str) -> Post:
    return Post(author=match.group("author").strip() or None, handle=match.group("handle"),
                date=from_match(match), text=text)


def _event_items(line: str) -> list[tuple[str, str, str]] | None:
    """(date, item, headline) per item when the line is a related-headline list, else None."""
    if not _EVENT_ITEM.match(line):  # cheap test first: most lines do not open with a date
        return None
    matches = list(_EVENT_ITEM.finditer(line))
    items = []
    for match, following in zip(matches, matches[1:] + [None]):
        headline = line[match.end():following.start() if following else len(line)].strip()
        date = from_match(match)
        if not date or not headline or len(headline.split()) > _MAX_HEADLINE_WORDS:
            return None
        items.append((date, f"{match.group(0).strip()} {headline}", headline))
    # A lone "Date — text" is usually a dateline opening a paragraph, not a headline.
    if len(items) == 1 and ":" not in matches[0].group(0) and not is_heading_like(items[0][2]):
        return None
    return items


def _paragraph_before(lines: list[str], index: int, gone: set[int], blank_separated: bool
                      ) -> list[int]:
    """Line numbers of the paragraph just above index: the block up to a blank line when the
    text separates paragraphs with blank lines, else the single line above."""
    i = index - 1
    while blank_separated and i >= 0 and not lines[i].strip():
        i -= 1
    found: list[int] = []
    size = 0
    while i >= 0 and lines[i].strip() and i not in gone and size < _MAX_POST_CHARS:
        found.insert(0, i)
        size += len(lines[i])
        if not blank_separated:
            break
        i -= 1
    return found


def parse_structure(text: str) -> Structure:
    """Clean text, take posts, boilerplate and bylines out, find takeaways, sections, events."""
    lines = normalize_text(text).split("\n")
    blank_separated = any(not line.strip() for line in lines)
    structure = Structure(body="")

    # Posts first: their text must not be mistaken for a takeaway, heading or sentence.
    gone: set[int] = set()
    for index, line in enumerate(lines):
        match = _POST_LINE.match(line.strip())
        if not match:
            continue
        post_lines = _paragraph_before(lines, index, gone, blank_separated)
        # A heading right above the credit line is the section's, not the post's.
        if len(post_lines) == 1 and is_heading_like(lines[post_lines[0]]) \
                and not lines[post_lines[0]].rstrip().endswith(("!", "?")):
            post_lines = []
        structure.posts.append(_post(match, "\n".join(lines[i] for i in post_lines)))
        gone.update(post_lines)
        gone.add(index)

    kept: list[tuple[str, bool]] = []  # (line, is_event_item)
    seen_paragraph = False
    for index, line in enumerate(lines):
        if index in gone:
            continue
        stripped = line.strip()
        if not stripped:
            kept.append(("", False))
            continue
        if _BOILERPLATE.match(stripped) and len(stripped.split()) <= _MAX_BOILERPLATE_WORDS:
            structure.boilerplate.append(stripped)
            continue
        if not seen_paragraph and index < _BYLINE_ZONE and len(stripped.split()) <= 20 \
                and (_BYLINE.match(stripped) or _DATE_ONLY.match(stripped)):
            structure.bylines.append(stripped)
            continue
        if items := _event_items(stripped):
            structure.events.extend(Event(date=date, headline=headline)
                                    for date, _, headline in items)
            kept.extend((item, True) for _, item, _ in items)
            continue
        seen_paragraph = seen_paragraph or len(stripped.split()) > 20
        kept.append((stripped, False))

    _drop_extra_blanks(kept)
    structure.body = "\n".join(line for line, _ in kept)
    _find_takeaways_and_sections(kept, structure)
    return structure


def _drop_extra_blanks(kept: list[tuple[str, bool]]) -> None:
    """Removed lines can leave blank lines doubled, leading or trailing: keep single ones."""
    result = [entry for i, entry in enumerate(kept)
              if entry[0] or (i > 0 and kept[i - 1][0])]
    while result and not result[0][0]:
        result.pop(0)
    while result and not result[-1][0]:
        result.pop()
    kept[:] = result


def _find_takeaways_and_sections(kept: list[tuple[str, bool]], structure: Structure) -> None:
    starts, offset = [], 0
    for line, _ in kept:
        starts.append(offset)
        offset += len(line) + 1
    headings: dict[int, str] = {}
    takeaway_lines: set[int] = set()

    def previous_ends_paragraph(i: int) -> bool:
        """A heading follows a finished paragraph; mid-sentence lines of wrapped text do not."""
        return i == 0 or not kept[i - 1][0] or kept[i - 1][0].endswith(_SENTENCE_END) \
            or kept[i - 1][1] or i - 1 in headings

    for i, (line, is_event) in enumerate(kept):
        if not line or is_event or i in takeaway_lines or i == len(kept) - 1:
            continue
        if _TAKEAWAYS_HEADER.match(line):
            headings[i] = line.rstrip(":. ")
            takeaway_lines.update(_takeaway_block(kept, i + 1, structure))
        elif is_heading_like(line) and previous_ends_paragraph(i):
            headings[i] = line

    order = sorted(headings)
    for i, following in zip(order, order[1:] + [len(kept)]):
        body_lines = [j for j in range(i + 1, following) if kept[j][0]]
        if body_lines:
            end = starts[body_lines[-1]] + len(kept[body_lines[-1]][0])
            structure.sections.append(Section(heading=headings[i], start=starts[i + 1], end=end))


def _takeaway_block(kept: list[tuple[str, bool]], first: int, structure: Structure) -> list[int]:
    """Items under a takeaways header, up to a blank line, heading, event or long paragraph."""
    block: list[int] = []
    for j in range(first, len(kept)):
        line, is_event = kept[j]
        bulleted = bool(_BULLET.match(line))
        if not line or is_event or len(block) == _MAX_TAKEAWAYS or len(line.split()) > 60:
            break
        if block and not bulleted and _BULLET.match(kept[block[0]][0]):
            break  # a bulleted list ends at its first plain line
        if is_heading_like(line) and not bulleted:
            break
        block.append(j)
        structure.takeaways.append(_BULLET.sub("", line))
    return block
