"""Entity mentions in one parsed document, grouped under canonical names.

spaCy's NER proposes mentions; we clean their surface form (possessives, company suffixes,
leading articles), group short forms under the fullest name, and vote the type across all
mentions, so one mis-tagged sentence does not decide what a name is.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model import Entity

LABEL_TYPES = {"ORG": "ORG", "PERSON": "PERSON", "PRODUCT": "PRODUCT", "EVENT": "EVENT",
               "NORP": None, "GPE": "ORG", "FAC": "ORG", "WORK_OF_ART": "PRODUCT"}
SUFFIX = re.compile(
    r"[\s,]+(corp\.?|corporation|inc\.?|incorporated|ltd\.?|limited|plc|llc|l\.l\.c\.|co\.|"
    r"gmbh|ag|s\.a\.|n\.v\.|holdings)$", re.I)
POSSESSIVE = re.compile(r"\s*['’]s?$")
LEADING = re.compile(r"^(the|a|an)\s+", re.I)


def clean_name(text: str) -> str:
    name = re.sub(r"\s+", " ", text).strip(" \t\n\"“”'‘’,.;:()")
    name = POSSESSIVE.sub("", name)
    name = LEADING.sub("", name) if not name.lower().startswith("the new york") else name
    previous = None
    while previous != name:
        previous = name
        name = SUFFIX.sub("", name).strip()
    return name


@dataclass
class Mention:
    name: str  # canonical
    type: str
    start: int  # character offsets in the document
    end: int
    root: object  # spaCy token


class DocEntities:
    def __init__(self, sdoc):
        self.sdoc = sdoc
        self.mentions: list[Mention] = []
        raw: list[tuple[str, str, object]] = []
        for ent in sdoc.ents:
            etype = LABEL_TYPES.get(ent.label_)
            if etype is None:
                continue
            name = clean_name(ent.text)
            if len(name) < 2 or not any(c.isalpha() for c in name):
                continue
            raw.append((name, etype, ent))
        canon = self._group([n for n, _, _ in raw])
        votes: dict[str, Counter] = defaultdict(Counter)
        for name, etype, ent in raw:
            cname = canon[name]
            votes[cname][etype] += 1
            self.mentions.append(Mention(cname, etype, ent.start_char, ent.end_char, ent.root))
        self.entities: dict[str, Entity] = {}
        for cname, counter in votes.items():
            etype = counter.most_common(1)[0][0]
            aliases = sorted({n for n, c in canon.items() if c == cname and n != cname})
            self.entities[cname] = Entity(cname, etype, aliases)
        for m in self.mentions:
            m.type = self.entities[m.name].type
        self.by_token = {}
        for m in self.mentions:
            for tok in sdoc.char_span(m.start, m.end, alignment_mode="expand") or []:
                self.by_token[tok.i] = m

    @staticmethod
    def _group(names: list[str]) -> dict[str, str]:
        """Map each name to the fullest name it abbreviates (Nadella -> Satya Nadella)."""
        unique = sorted(set(names), key=len, reverse=True)
        canon: dict[str, str] = {}
        for name in unique:
            target = name
            for longer in unique:
                if len(longer) <= len(name):
                    break
                words = longer.split()
                if name in (words[0], words[-1]) or _acronym(longer) == name:
                    target = canon.get(longer, longer)
                    break
            canon[name] = target
        return canon

    def mention_at(self, token) -> Mention | None:
        return self.by_token.get(token.i)

    def mentions_in(self, sent) -> list[Mention]:
        return [m for m in self.mentions if sent.start_char <= m.start < sent.end_char]

    def counts(self) -> dict[str, int]:
        return dict(Counter(m.name for m in self.mentions))


def _acronym(name: str) -> str:
    words = [w for w in name.split() if w[:1].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""
