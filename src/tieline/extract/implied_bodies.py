"""A title that names its body only by implication: "Attorney General Ann Lee said" in an
article that names the Justice Department. The title is capitalised and written bare before the
name (no place or firm before it: "New York Attorney General Ann Lee" holds a state's office),
it has one body only (patterns `implied_bodies`), and that body is named in the article;
otherwise nothing is read. A "former" or "state" title is refused (whose office is a guess).
"""
from __future__ import annotations

from .arguments import Named
from .wordlists import load, words

IMPLIED_BODIES: dict[str, list[str]] = load("people")["implied_bodies"]
REFUSALS = words("people", "implied_body_refusals")
RANKS = words("people", "implied_body_ranks")  # "Deputy Attorney General": the same body
IMPLIED_RULE = "title:employ:implied_body"
PREFIXES = ("the ", "u.s. ", "us ")
NATIONAL = {"u.s.", "us"}  # the country the body's names leave out ("U.S. Justice Department")


def implied_bodies(sdoc, ents, sink) -> None:
    """employ(body, person) for a bare capitalised title before a person's name."""
    named = _named_bodies(ents)
    if not named:
        return
    found, refused = [], set()
    for m in ents.mentions:
        if m.type != "PERSON" or m.kind != "name":
            continue
        title, before, phrase = _title_before(sdoc, m.span[0])
        body = named.get(title) if title else None
        if body is None:
            continue
        if _refused(before):
            refused.add(m.name)  # "New York Attorney General A ... Attorney General A said"
        else:
            found.append((m, body, phrase))
    for m, body, phrase in found:
        if m.name in refused:
            continue  # one office written out once holds for every bare mention of her
        sent = ents.sents[ents.sent_index(m.root)]
        sink.add("employ", Named(body, "ORG"), Named(m.name, "PERSON"), sdoc[m.span[0] - 1],
                 IMPLIED_RULE, sent, obj=phrase, modality="asserted")


def _named_bodies(ents) -> dict[str, str]:
    """title -> the canonical name of its body, for the bodies the article names."""
    out = {}
    for ent in ents.entities.values():
        if ent.type != "ORG":
            continue
        forms = {_bare(n) for n in [ent.name, *ent.aliases]}
        for title, bodies in IMPLIED_BODIES.items():
            if forms & set(bodies):
                out[title] = ent.name
    return out


def _bare(name: str) -> str:
    low = name.lower()
    for p in PREFIXES:
        low = low.removeprefix(p)
    return low


def _title_before(sdoc, start: int):
    """(title, before, phrase) for a title written right before a name, every word capitalised
    and a compound of the name: the title ("attorney general"); the token before the title and
    any ranks ahead of it ("former" of "former Deputy Attorney General"), None at a sentence's
    start; and the ranks and title as written ("Deputy Attorney General")."""
    for title in IMPLIED_BODIES:
        n = len(title.split())
        toks = sdoc[max(0, start - n):start]
        if len(toks) == n and " ".join(t.lower_ for t in toks) == title \
                and all(t.is_title and t.dep_ == "compound" for t in toks):
            k = _past_ranks(sdoc, toks.start - 1, toks[0].sent)
            if k >= 0 and sdoc[k].lower_ in NATIONAL:  # "U.S. Attorney General": the body's own
                k = _past_ranks(sdoc, k - 1, toks[0].sent)
            prev = sdoc[k] if k >= 0 else None
            return title, (prev if prev is not None and prev.sent == toks[0].sent else None), \
                sdoc[k + 1:start].text
    return None, None, None


def _past_ranks(sdoc, k: int, sent) -> int:
    """The first token at or before k that is no rank ("Acting Deputy": the rank keeps the body)."""
    while k >= 0 and sdoc[k].lower_ in RANKS and sdoc[k].sent == sent:
        k -= 1
    return k


def _refused(prev) -> bool:
    """A word, a name or an owner's possessive before the title makes it another office: "New
    York Attorney General", "state Attorney General", "Australia's Attorney General"."""
    if prev is None:
        return False
    if prev.tag_ == "POS" or prev.lower_ in {"'s", "’s"}:
        return True  # "Australia's Attorney General": an owner named before the title
    return prev.lower_ in REFUSALS or prev.ent_type_ != "" or prev.pos_ == "PROPN" \
        or prev.dep_ == "compound"
