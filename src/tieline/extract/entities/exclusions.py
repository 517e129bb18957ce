"""Names a pronoun or description cannot mean, read off its own clause: the subject of the
verb it is the object of ("Acme urged it to ..."), the holder of a stake it is held in, the owner
of the figure whose share it is ("X, which accounted for 62% of its revenue"), the other side
of a deal that is its clause's subject ("The deal with X gives it ...")."""
from __future__ import annotations

from ..lexicon import HELD_NOUNS
from .words import COUNTERPARTY_DEALS, PRONOUNS, SHARE_WORDS

HOLDINGS = HELD_NOUNS | {"bet"}  # "its stake in the firm", "its bet on the startup"


def deal_side(tok) -> bool:
    """"The deal with Tarvo marks its third purchase": Tarvo is the other side of a deal that
    is its clause's subject, so a later sentence's "the company" looks first at the side that
    holds it ("its" there), if that sentence names one."""
    deal = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else None
    return deal is not None and deal.dep_ in {"nsubj", "nsubjpass"} \
        and deal.lemma_.lower() in COUNTERPARTY_DEALS


class Exclusions:
    """Part of Anaphora (needs mention_at and antecedent): sets of names to leave out."""

    def _controller_excluded(self, token) -> set[str]:
        """"Acme wants it to buy back shares", "Acme urged it to return cash": a pronoun that is
        the object or the infinitive's subject of a verb is never that verb's own subject
        (that would be "itself")."""
        if token.lower_ not in {"it", "they", "them"}:
            return set()
        if token.dep_ == "nsubj" and any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in token.head.children):
            verb = token.head.head if token.head.dep_ == "ccomp" else None
        elif token.dep_ == "dobj" and any(c.dep_ == "xcomp" for c in token.head.children):
            verb = token.head
        else:
            return set()
        subj = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
        return {m.name for m in map(self.mention_at, subj) if m}

    def _holder_excluded(self, token) -> set[str]:
        """"Acme said its stake in the startup grew": a holder's stake is in someone else."""
        if token.dep_ != "pobj" or token.head.lower_ not in {"in", "into", "on"}:
            return set()
        holder = token.head.head
        if holder.lemma_.lower() not in HOLDINGS:
            return set()
        owners = [c for c in holder.children if c.dep_ == "poss"]
        found = [self.mention_at(c) or (self.antecedent(c) if c.lower_ in PRONOUNS else None)
                 for c in owners]
        return {m.name for m in found if m}

    def _share_owner_excluded(self, token) -> set[str]:
        """"X, which accounted for 62% of its revenue": the share is someone else's, not X's."""
        noun = token.head
        if not (token.dep_ == "poss" and noun.dep_ == "pobj" and noun.head.lower_ == "of"
                and noun.head.head.lower_ in SHARE_WORDS):
            return set()
        verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if verb else []
        if subj and subj[0].lower_ in {"which", "that"} and verb.dep_ == "relcl":
            subj = [verb.head]
        m = self.mention_at(subj[0]) if subj else None
        return {m.name} if m else set()

    def _counterparty_excluded(self, token) -> set[str]:
        """"The deal with Tarvo marks its second purchase this year", "the production deal with
        Tarvo gives it a chance": the subject names the tie by its other side, so "it", "its" or
        "the company" in the rest of the clause is the side that holds the deal, never Tarvo.
        Only the nearest clause with a subject is read, and a word inside the subject itself
        ("talks with Tarvo about its debt") is left open."""
        for anc in token.ancestors:
            if anc.pos_ not in {"VERB", "AUX"}:
                continue
            subj = [c for c in anc.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not subj:
                continue
            deal = subj[0]
            if deal.lemma_.lower() not in COUNTERPARTY_DEALS or deal.i > token.i \
                    or token in deal.subtree:
                return set()
            sides = [p for c in deal.children if c.dep_ == "prep" and c.lower_ == "with"
                     for p in c.children if p.dep_ == "pobj"]
            return {m.name for p in sides for t in [p, *p.conjuncts]
                    for m in [self.mention_at(t)] if m}
        return set()
