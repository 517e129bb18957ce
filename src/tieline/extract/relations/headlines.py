"""Headline forms, read word by word as title-case lines parse badly: "A vs. B", "A Buys B"."""
from __future__ import annotations

import re

from ..wordlists import load, words

# Title-case lines parse badly, so headlines are read word by word
HEADLINE_VERBS = {k: frozenset(v) for k, v in load("relation_words")["headline_verbs"].items()}
HEADLINE_JOINT = words("relation_words", "headline_joint")
HEADLINE_BETS = words("relation_words", "headline_bets")
# "the ruling in A vs. B": a court case's name, whose parties are litigants, not rivals
CASE_NOUNS = {"case", "decision", "ruling", "verdict", "judgment", "judgement", "lawsuit", "trial"}


def headline_forms(sent, ents, sink) -> None:
    """"A vs. B", "A's VP Departs to Join B", "B Soars After A's $2B Bet"."""
    ms = [m for m in ents.mentions_in(sent) if m.kind == "name" and m.type == "ORG"]
    text = ents.text
    pairs = [(a, b) for a, b in zip(ms, ms[1:])
             if text[a.end:b.start].strip().lower() in HEADLINE_VERBS["compete"]]
    fixtures = sum(sent.start <= t.i < sent.end
                   for t in ents.view.with_lower(HEADLINE_VERBS["compete"])) > 1
    if len(pairs) == 1 and not fixtures and not _case_name(pairs[0][0], sent):
        a, b = pairs[0]  # "A vs. B and C vs. D": fixtures, not a rivalry
        sink.add("compete", a, b, a.root, "headline:vs", sent, confidence=0.7)
    if not ents.headline[ents.sent_index(sent[0])] or len(ms) < 2:
        return
    for a, b in zip(ms, ms[1:]):
        between = text[a.end:b.start]
        low = between.lower()
        after = ents.sdoc[b.span[1]].lower_ if b.span[1] < len(ents.sdoc) else ""
        if low.strip() in {"and", "&"} and after in HEADLINE_JOINT:
            sink.add("partner", a, b, a.root, "headline:joint", sent, confidence=0.5)
        for rtype, forms in HEADLINE_VERBS.items():
            if rtype != "compete" and any(re.search(r"\b" + re.escape(f) + r"\b", low) for f in forms):
                sink.add(rtype, a, b, a.root, f"headline:{rtype}", sent, confidence=0.5)
        if re.search(r"\b(depart|departs|leaves|quits|exits)\b.*\bjoin", low):
            role = re.match(r"\s*['’]s\s+(.*?)\s+(?:departs|leaves|quits|exits)\b", between, re.I)
            sink.add("talent_move", a, b, a.root, "headline:move", sent,
                     obj=role.group(1) if role else None, confidence=0.5)
    for m in ms:
        after = [t.lower_ for t in ents.sdoc[m.span[1]:m.span[1] + 5]]
        if after[:1] and after[0] in {"'s", "’s"} and HEADLINE_BETS & set(after):
            for other in ms:
                if other.name != m.name:
                    sink.add("invest", m, other, m.root, "headline:bet", sent, confidence=0.5)


def _case_name(first, sent) -> bool:
    """Whether "A vs. B" follows a court word within a few words: "the ruling in A vs. B"."""
    before = sent.doc[max(sent.start, first.span[0] - 4):first.span[0]]
    return any(t.lemma_.lower() in CASE_NOUNS for t in before)
