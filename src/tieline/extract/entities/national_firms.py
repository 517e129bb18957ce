"""A firm named after a place's possessive and described as a firm right after, that the tagger
skipped: "Germany's Orvane, parent company of Kestrel Books", "Norway's Telvik, a telecoms
operator". The parser often hangs such a name on the descriptor ("Orvane" a modifier of
"company"), so no argument rule takes it. Without the description it is left alone: "Avalon's
Vale" may be the country's minister."""
from __future__ import annotations

from .tokens import span_text
from .words import ORG_DESCRIPTORS, POSSESSIVE_TOKENS


def _described_firm(sdoc, k: int) -> bool:
    """Whether ", [det] [lower-case words] DESCRIPTOR" follows token k-1: "Orvane, parent
    company of", "Telvik, the telecoms operator" (a firm's descriptor within four words)."""
    if k >= len(sdoc) or sdoc[k].text != ",":
        return False
    for tok in sdoc[k + 1:k + 5]:
        if tok.lemma_.lower() in ORG_DESCRIPTORS and tok.pos_ == "NOUN":
            return True
        if not (tok.is_lower and tok.is_alpha):
            return False
    return False


def _after_place(sdoc, k: int, places) -> bool:
    """Whether a place's name of up to three words ends right before token k ("South Korea")."""
    return any(span_text(sdoc[s:k]) in places for s in range(max(0, k - 3), k))


def national_firms(ents, out, acceptable) -> list:
    """(start, end, name, "ORG") for each capitalised run the tagger skipped after a place's
    possessive ("Germany's", "South Korea's") and before a firm's descriptor; `acceptable`
    (name, label) says whether a candidate can be a name."""
    sdoc, found = ents.sdoc, []
    covered = {k for i, j, _, _ in out for k in range(i, j)}
    for pos in ents.view.with_text(POSSESSIVE_TOKENS):
        i = pos.i + 1
        if i < 2 or i >= len(sdoc) or i in covered or not _after_place(sdoc, pos.i, ents.places):
            continue
        tok = sdoc[i]
        if not (tok.is_title and tok.pos_ == "PROPN"):
            continue
        j = i + 1
        while j < len(sdoc) and j - i < 3 and sdoc[j].is_title and sdoc[j].pos_ == "PROPN" \
                and j not in covered:
            j += 1
        name = span_text(sdoc[i:j])
        if name not in ents.places and _described_firm(sdoc, j) and acceptable(name, "ORG"):
            found.append((i, j, name, "ORG"))
    return found
