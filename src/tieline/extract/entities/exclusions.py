"""Names a pronoun or description cannot mean, read off its own clause: the subject of the
verb it is the object of ("Acme urged it to ..."), the holder of a stake it is held in, the owner
of the figure whose share it is ("X, which accounted for 62% of its revenue"); and the deal
named by its other side ("The deal with X gives it ..."), after which a word is left unbound."""
from __future__ import annotations

from ..lexicon import HELD_NOUNS
from .words import COUNTERPARTY_DEALS, PRONOUNS, SHARE_WORDS

HOLDINGS = HELD_NOUNS | {"bet"}  # "its stake in the firm", "its bet on the startup"


def deal_other_side(tok) -> bool:
    """"The deal with Tarvo was approved", "the pact with Tarvo and Velo ...": tok is (a firm
    listed as) the with-object of a deal noun that is its clause's subject, so the sentence
    names the tie by its other side alone and leaves the side that holds it unnamed."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    deal = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else None
    # "Acme's deal with Tarvo", "its deal with Tarvo": the holder is named, the usual reading
    return deal is not None and deal.dep_ in {"nsubj", "nsubjpass"} \
        and deal.lemma_.lower() in COUNTERPARTY_DEALS \
        and not any(c.dep_ == "poss" for c in deal.children)


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

    @staticmethod
    def _in_deal_clause(token) -> bool:
        """"The deal with Tarvo marks its third purchase", "The merger with Tarvo forces it to
        sell its stake": "it", "its" or "the company" after a subject that names a deal by its
        other side may be either side (the buyer, or Tarvo when Tarvo is the firm bought), so
        the word is left unbound. Every clause above the word is read; a word inside the
        subject itself ("the deal with Tarvo about its debt") is left to the other rules."""
        for anc in token.ancestors:
            if anc.pos_ not in {"VERB", "AUX"}:
                continue
            for deal in (c for c in anc.children if c.dep_ in {"nsubj", "nsubjpass"}):
                if deal.lemma_.lower() in COUNTERPARTY_DEALS and deal.i < token.i \
                        and token not in deal.subtree \
                        and any(deal_other_side(p) for c in deal.children
                                if c.dep_ == "prep" and c.lower_ == "with"
                                for p in c.children if p.dep_ == "pobj"):
                    return True
        return False
