""""its German rival", "Orvane's Japanese competitor": a rival named by its nationality, bound to
the one firm the text has called by that nation before (and not the possessor itself). The
bound words become a description of that firm, so the rules that read "its rival" as a party
("built a stake in its German rival") see who it is. Two firms of that nation in play, or
none, and it binds to nothing; an indefinite "a German rival" and a rival named right after
("its German rival Orvane") are left to the other rules."""
from __future__ import annotations

from .nations import described_nation
from .tokens import Mention, is_source
from .words import NATION_RIVAL_NOUNS


class NationalRivals:
    """Part of DocEntities (after Anaphora): needs mentions, the possessive pronouns bound, and
    the nationality reading of Anaphora."""

    def _resolve_national_rivals(self) -> None:
        for tok in self.view.with_lemma(NATION_RIVAL_NOUNS):
            if tok.tag_ != "NN" \
                    or tok.i in self.by_token:
                continue
            owner = [self.mention_at(c) for c in tok.children if c.dep_ == "poss"]
            if len(owner) != 1 or owner[0] is None or owner[0].type != "ORG" or any(
                    c.dep_ in {"appos", "compound"} for c in tok.children) or _named_next(tok):
                continue
            nation = described_nation(tok)
            if not nation:
                continue
            marks = [c for c in tok.children if c.dep_ in {"amod", "compound"}
                     and c.i > owner[0].root.i]
            firms = self._nationals(nation) - {owner[0].name} - self.cited
            named = {m.name for m in self.mentions if m.name in firms and m.kind == "name"
                     and m.type == "ORG" and m.end <= tok.idx and not is_source(m.root)}
            if len(named) != 1 or not marks or named <= self._placelike:
                continue  # none, or two of that nation (either may be meant), or a place
            start = min(m.i for m in marks)
            self._add(Mention(named.pop(), "ORG", self.sdoc[start].idx, tok.idx + len(tok), tok,
                              "description", (start, tok.i + 1)))


def _named_next(tok) -> bool:
    """"its German rival Orvane": the name that follows says who it is."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.pos_ == "PROPN"
