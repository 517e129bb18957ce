"""Whose money a figure is: the raiser, the valued company, the investor, the buyer, the payer."""
from __future__ import annotations

import re

from ..entities import RELATIONAL_NOUNS, is_source
from ..lexicon import HONORIFICS, ORG_DESCRIPTORS, ROLE_WORDS
from .binding import (bound_names, caused, described_subject, entity_text, object_names,
                      passed_over, spoken_of_other, unnamed_antecedent)
from .deals import READ_ON, deal_side, is_supplier
from .kinds import gap_clause, governing_path, kind_word
from .owner_names import is_place
from .parties import (NOBODY, cited, described_by_words, description, estimates,
                      estimator_owner, given_to, held_for_person, is_class, is_law, is_report,
                      only_modifies, persons_body_said, shared, speaker)
from .words import (ANAPHORA, BUYER_PREPS, CARRY_VERBS, COMBINED_KINDS, GIVING_VERBS,
                    IMPOSE_VERBS, INVESTOR_VERBS, KIND_WORDS, OBJECT_OWNER_VERBS, OWNER_TYPES,
                    PAYER_VERBS, PERSON_TITLES, PLACE_LABELS, PLACE_NOUNS, PLACING_VERBS,
                    PUBLIC_FUNDS, PUBLIC_NAME_WORDS, PUBLIC_PLACES, SELLER_WORDS, SPEECH_VERBS,
                    WORD_KIND)

PLACE_OWNERS = PLACE_NOUNS | PUBLIC_PLACES  # "the country's surplus", "the city's budget"
PUBLIC_WORDS = PUBLIC_NAME_WORDS | PLACE_OWNERS

DEFINITE = ("the", "this", "that")
PLURAL_PRONOUNS = ("they", "their", "them", "theirs")
PERSONAL_POSSESSIVES = ("his", "her", "my", "our", "your")


class Owners:
    """Finds the entity a figure belongs to, resolving "the company" to the last one named."""

    def __init__(self, sdoc, ents):
        self.sdoc, self.ents = sdoc, ents
        self.sents = list(sdoc.sents)
        # outlets: names the text only ever cites ("(Reuters)", "according to Reuters")
        roles = {}
        for m in ents.mentions:
            if m.kind == "name":
                roles.setdefault(m.name, set()).add(cited(m.root))
        self.outlets = {name for name, cited in roles.items() if cited == {True}}

    def at(self, tok) -> str | None:
        """The entity tok's phrase names (itself, its compounds, appositions, possessor), with
        "the company", "it" and "which" resolved to the organization they stand for."""
        # "Acme's chairman John Roe" is Roe; "Airbus' majority owner" is not Airbus: a relation
        # noun's possessor is the other party
        told = speaker(tok)  # "the league said it would spend": what the league is
        if told is not None:
            return self.at(told) or self.description(
                told, self.last_before(told.idx, exclude=bound_names(self.ents, told)))
        if persons_body_said(self.ents, tok):
            return NOBODY  # "Roe's office said it would spend $5m": an unnamed body's
        mention = self.ents.mention_at(tok)
        if is_law(tok) or is_report(tok) or is_class(tok, mention is not None) and (
                mention is None or mention.span[1] - mention.span[0] == 1):
            return NOBODY  # "the bill includes $1bn", "hospitals will get $600m"
        if mention is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in PUBLIC_NAME_WORDS:
            return NOBODY  # "the Roe administration will pay $16bn": no company, nor Roe
        if mention is None and held_for_person(self.ents, tok):
            return NOBODY  # "Roe's foundation has raised $140,000": the foundation's, unnamed
        cands = [tok, *[c for c in tok.children if c.dep_ in ("compound", "nmod", "appos")]]
        if tok.lemma_.lower() not in RELATIONAL_NOUNS:
            cands += [c for c in tok.children if c.dep_ == "poss"]
        if any(map(not_one_party, cands)) and not any(
                self.ents.mention_at(c) and self.ents.mention_at(c).kind == "name" for c in cands):
            return NOBODY
        for cand in cands:
            mention = self.ents.mention_at(cand)
            if mention and mention.kind == "description" and \
                    mention.name in bound_names(self.ents, cand):
                # "it hired the staff of the startup": the startup is not "it"
                return self.last_before(cand.idx, exclude=bound_names(self.ents, cand))
            if mention and self.is_dateline(mention.name):
                return None
            if (subject := described_subject(self.ents, cand)) is not None:
                return self.at(subject)  # "the German group may raise its bid": the group's
            if mention and mention.kind == "pronoun" and (
                    self.public_before(cand) or mention.name in object_names(self.ents, cand)
                    or self.told_as_place(mention.name) or unnamed_antecedent(self.ents, cand)
                    or passed_over(self.ents, mention.name, cand)):
                return NOBODY  # "The government is trying ... It's providing $824m"; "It paid X"
            if mention and mention.kind == "name" and cand.ent_type_ in PLACE_LABELS and (
                    is_place(mention.name) or is_place(self.sdoc[mention.span[0]:mention.span[1]].text)
                    or self.told_as_place(mention.name)):
                return NOBODY  # "the United States contributed $553m": a country's money
            if mention and mention.type in OWNER_TYPES and not is_source(cand) \
                    and mention.name not in self.outlets and not estimates(cand):
                return self.description(cand, mention.name) if mention.kind == "description" \
                    else mention.name
            known = self.ents.entities.get(cand.text) if cand.pos_ == "PROPN" else None
            if mention is None and known is not None and known.type in OWNER_TYPES:
                return known.name  # a name NER missed here but found elsewhere in the text
        for cand in cands:
            word = cand.lower_
            if word in ("which", "that", "who"):
                before = self.named_before(cand)
                if before:
                    return before
                if cand.head.dep_ == "relcl" and cand.head.head != cand \
                        and not only_modifies(self.ents, cand.head.head):
                    return self.at(cand.head.head)
            elif cand.pos_ == "NOUN" and not any(
                    c.lower_ in DEFINITE for c in cand.children):
                continue  # "a startup", "his own startup": not one already named
            elif word in ANAPHORA or cand.lemma_.lower() in ANAPHORA or (
                    cand.lemma_.lower() in ORG_DESCRIPTORS and cand.pos_ == "NOUN"):
                if cand.pos_ != "NOUN":
                    return self.last_before(cand.idx)
                last = self.last_before(cand.idx, exclude=bound_names(self.ents, cand))
                return self.description(cand, last)
            elif cand.dep_ == "poss" and cand.lemma_.lower() in PLACE_OWNERS:
                return NOBODY  # "the country's surplus", "the city's budget": a place's money
        lemma = tok.lemma_.lower()
        if lemma in ROLE_WORDS and tok.pos_ == "NOUN" and any(
                c.lower_ in ("a", "an") for c in tok.children):
            return self.named_next(tok) or NOBODY
        if tok.ent_type_ in PLACE_LABELS or lemma in PLACE_NOUNS or (
                lemma in ROLE_WORDS | RELATIONAL_NOUNS and tok.pos_ == "NOUN"
                and any(c.dep_ == "poss" for c in tok.children)):
            return NOBODY  # a place, or a party known by role only: "Acme's majority owner"
        return None

    def described(self, noun) -> str | None:
        return described_by_words(self, noun)

    def description(self, noun, name: str | None) -> str:
        return description(self, noun, name)

    def named_next(self, role) -> str | None:
        """ "A former director has been fined $1m. John Roe admitted ...": a lead that names a
        person by role only names them as the subject of the next sentence."""
        index = next(i for i, s in enumerate(self.sents) if s.start <= role.i < s.end)
        if role.dep_ not in ("nsubj", "nsubjpass") or index + 1 >= len(self.sents):
            return None
        following = self.sents[index + 1]
        subjects = [t for t in following if t.dep_ in ("nsubj", "nsubjpass")
                    and t.head.dep_ == "ROOT"]
        mention = self.ents.mention_at(subjects[0]) if subjects else None
        return mention.name if mention and mention.type == "PERSON" else None

    def named_before(self, pronoun) -> str | None:
        """The organization named right before a relative pronoun, which it most often stands
        for whatever the parser attached it to: "Acme and the startup -- which raised ..."."""
        i = pronoun.i - 1
        while i >= 0 and self.sdoc[i].is_punct:
            i -= 1
        mention = self.ents.mention_at(self.sdoc[i]) if i >= 0 else None
        if mention and is_source(mention.root):
            return None  # "according to X, which would amount to a loss": the source's clause
        if mention and located(mention.root):
            return None  # "a grocer in Dunmore that raised $5m": the grocer, not its town
        return mention.name if mention and mention.type == "ORG" else None

    def told_as_place(self, name: str) -> bool:
        """ "Orvia City is facing a $13bn budget gap": a name the tagger takes for a place
        wherever the text names it, and that the text never calls "the company", "the
        airline" (as it does a carrier the tagger takes for a place); "the city" or "the
        general fund" taken for the same name is a place's word."""
        mentions = [m for m in self.ents.mentions if m.name == name]
        names = [m for m in mentions if m.kind == "name"]
        return bool(names) and all(m.root.ent_type_ in ("GPE", "LOC") for m in names) \
            and not any(m.kind == "description" and m.root.lemma_.lower() not in PUBLIC_PLACES
                        | PLACE_NOUNS | PUBLIC_FUNDS for m in mentions)

    def public_before(self, pronoun) -> bool:
        """ "The government is also trying ... It's providing $824m": "it" stands for the public
        body or place that was the last subject before it, not an organization."""
        index = next(i for i, s in enumerate(self.sents) if s.start <= pronoun.i < s.end)
        start = self.sents[max(0, index - 1)].start
        for tok in reversed(self.sdoc[start:pronoun.i]):
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in PUBLIC_WORDS:
                return True
            mention = self.ents.mention_at(tok)
            if mention is None and tok.ent_type_ == "GPE" and is_place(entity_text(tok)):
                return True  # "Brazil is trying to ... It has pumped $45bn": the country's
            if mention and mention.type == "ORG":
                return False
        return False

    def last_before(self, char: int, types=("ORG",), exclude=frozenset()) -> str | None:
        for sent in reversed(self.sents):
            if sent.start_char > char:
                continue
            mentions = [m for m in self.ents.mentions_in(sent)
                        if m.type in types and m.end <= char and m.name not in exclude
                        and m.name not in self.outlets]
            if mentions:
                return mentions[-1].name
        return None

    def of(self, root, sent, kind: str, amount_span) -> str | None:
        """The owner the figure's phrase or clause names, or None; a deal's supplier gives way
        to its customer ("cloud provider X expanded its partnership with Y in a $6bn deal")."""
        owner = self._named_owner(root, sent, kind, amount_span)
        if kind != "deal_value" or owner in (None, NOBODY):
            return owner
        mentions = self.ents.mentions_in(sent)
        if not any(m.name == owner and is_supplier(m.root) for m in mentions):
            return owner
        partners = [m.name for m in mentions if m.type == "ORG" and m.name != owner
                    and m.root.head.lower_ == "with" and m.root.dep_ == "pobj"]
        return partners[0] if partners else owner

    def _named_owner(self, root, sent, kind: str, amount_span) -> str | None:
        bracketed = self._bracketed_owner(amount_span)
        if bracketed:
            return bracketed
        named = self._named_vehicle(root) or self._described(root)
        if named:
            return named
        path = governing_path(root, sent)
        found = self._construction_owner(root, kind, path)
        if found:
            return found
        for tok in path:
            for child in tok.children:
                if amount_span.start <= child.i < amount_span.end:
                    continue
                found = self._by_preposition(tok, child, kind)
                if found:
                    return found
                if child.dep_ == "poss":  # "Roe's investment firm" is no one's named; "her fee"
                    found = NOBODY if held_for_person(self.ents, tok) or child.lower_ in (
                        "his", "her") else self.at(child)
                    if found:
                        return found
                if (kind == "deal_value" and child.dep_ in ("prep", "agent")
                        and child.lower_ in BUYER_PREPS and kind_word(tok) in WORD_KIND):
                    for obj in child.children:
                        found = self.at(obj) if obj.dep_ == "pobj" else None
                        if found:
                            return found
            # also a verb the tagger took for a noun; then a giver's verb
            found = estimator_owner(self, tok, path) or given_to(self, tok, path, kind)
            if found:
                return found
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            lemma = tok.lemma_.lower()
            carried = lemma in CARRY_VERBS and any(t.lower_ == "to" for t in path)
            if lemma in OBJECT_OWNER_VERBS.get(kind, ()) or carried:
                for obj in (c for c in tok.children if c.dep_ in ("dobj", "dative")):
                    found = self.at(obj)
                    if found:
                        return found
            found = deal_side(self, tok, root) if kind == "deal_value" else None
            if found == READ_ON:
                continue  # the target's verb: the bidder is named further up, if at all
            if found:
                return found  # a seller's customer, the bidder a payee's clause names, or no one
            if lemma in SPEECH_VERBS and spoken_of_other(self.ents, path, tok):
                return NOBODY  # "Roe said ETFs lost $19bn": the speaker's clause is not the figure's
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children]
            if lemma == "cost" and caused(tok, subjects):
                return NOBODY  # "Hurricane Roe cost $40m in lost sales": a cause, not a payer
            for subj in (agents if paid_by(tok, lemma, kind, path) else []) + subjects:
                if kind in COMBINED_KINDS and shared(self.ents, subj, tok):
                    return NOBODY  # "Between them, A and B had $300bn in revenue"
                found = self.at(subj)
                if found and lemma in SPEECH_VERBS and self.known_person(found):
                    return NOBODY  # "Roe said the venture will deploy $1bn": a speaker
                if found:
                    return found
            found = self._own_clause(tok, lemma, subjects)
            if found:
                return found
            # "Acme, which raised $5m"; not "a doctor with White House ties who promised a
            # $300,000 investment": a name that only modifies the antecedent is no party
            if tok.dep_ == "relcl" and not only_modifies(self.ents, tok.head):
                found = self.at(tok.head)
                if found:
                    return found
        return None

    def _own_clause(self, verb, lemma: str, subjects) -> str | None:
        """The owner of a clause joined to the one above it, whose subject is not the figure's:
        its own subject, or no one."""
        if verb.dep_ == "conj" and subjects and not any(kind_word(s) in WORD_KIND for s in subjects):
            return NOBODY  # "X was suspended, and both teams received $250,000 fines"
        before = self.sdoc[verb.i - 1]
        if verb.dep_ == "conj" and not subjects and before.pos_ in ("NOUN", "PROPN") \
                and before.dep_ not in ("nsubj", "nsubjpass") and before.i >= verb.sent.start:
            # "A got $4bn from B and the Stockpile received $16bn": the parser joined the
            # clause's subject to B; the figure is that subject's, not A's
            return self.at(before) or NOBODY
        if verb.dep_ == "advcl" and lemma in GIVING_VERBS and any(
                c.dep_ == "dobj" and is_law(c) for c in verb.head.children):
            return NOBODY  # "introduced bills on Friday providing $100bn": the law's money
        if verb.dep_ == "acl" and (is_law(verb.head) or is_class(
                verb.head, self.ents.mention_at(verb.head) is not None)):
            return NOBODY  # "households earning under $75,000", "bills providing $1bn"
        return None

    def is_dateline(self, name: str) -> bool:
        """ "COPENHAGEN (AFP) -": a place in capitals heading a story, which the tagger may
        take for an organization; it owns nothing."""
        if not (name.isupper() and name.replace(" ", "").isalpha() and len(name) > 3):
            return False
        dashes = ("-", "\u2013", "\u2014")
        for m in (m for m in self.ents.mentions if m.name == name and m.kind == "name"):
            at_start = m.span[0] == 0 or self.sdoc[m.span[0] - 1].is_space
            rest = [t.text for t in self.sdoc[m.span[1]:m.span[1] + 4]]
            if at_start and rest and (rest[0] in dashes or (
                    rest[0] == "(" and len(rest) == 4 and rest[2] == ")" and rest[3] in dashes)):
                return True
        return False

    def _construction_owner(self, root, kind: str, path) -> str | None:
        """Owners a construction names whatever the subject: a borrower in a relative clause,
        the buyer of a sale, the company a value is put on, the payer of imposed penalties."""
        clause = gap_clause(root)
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause else None
        if subject is not None and subject.pos_ != "PRON":
            return self.at(subject) or NOBODY  # "the $2bn Acme paid for X": the payer, or no one
        for clause in (c for c in root.children if c.dep_ == "relcl"):
            # "the $6bn which VEB lent Rosneft": the borrower named in the relative clause
            if clause.lemma_.lower() in OBJECT_OWNER_VERBS.get(kind, ()):
                for obj in (c for c in clause.children if c.dep_ in ("dobj", "dative")):
                    found = self.at(obj)
                    if found:
                        return found
        # the figure's own clause: "sold X to Y after rejecting a $200m offer from Z" is Z's bid
        own = path[:next((i + 1 for i, t in enumerate(path) if t.pos_ == "VERB"), len(path))]
        sale = next((t for t in [*own, *(g for p in own for c in p.children if c.dep_ == "prep"
                                          and c.lower_ == "from" for g in c.children)]
                     if kind_word(t) in SELLER_WORDS), None)  # also "got $1bn from selling X"
        if kind == "deal_value" and sale is not None:
            # the guide's owner of a price is the buyer: "the sale of X to Y for $1bn" is Y's,
            # and a sale that names only its seller names no owner
            buyers = [g for t in sale.subtree if t.dep_ in ("prep", "dative") and t.lower_ == "to"
                      and root not in t.subtree for g in t.children if g.dep_ == "pobj"]
            return next((n for n in map(self.at, buyers) if n), NOBODY)
        if kind == "valuation" and any(t.lemma_.lower() in PLACING_VERBS for t in path):
            # "puts a value of $7bn on X": X is valued, whoever puts it; a deal named instead
            # of X leaves the valued company to be read elsewhere
            targets = [g for t in path if t.lemma_.lower() in PLACING_VERBS for c in t.children
                       if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                       if g.dep_ == "pobj"]
            if targets:
                return next((n for n in map(self.at, targets) if n), NOBODY)
        if kind == "funding" and any(t.lemma_.lower() in INVESTOR_VERBS for t in path):
            # "Y led a $40m round in X": the round is X's; an investor never owns it
            near = [*path, *(c for t in path for c in t.children)]  # "led a round in X"
            raisers = [g for t in near for c in t.children if c.dep_ == "prep"
                       and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
            return next((n for n in map(self.at, raisers) if n), NOBODY)
        if kind == "other" and any(t.lemma_.lower() in IMPOSE_VERBS for t in path):
            # "imposed penalties of $2bn on 15 funds": whoever is named after "on" pays
            targets = [g for t in path for c in t.children if c.dep_ == "prep" and c.lower_ == "on"
                       for g in c.children if g.dep_ == "pobj"]
            return next((n for n in map(self.at, targets) if n), NOBODY)
        return None

    def known_person(self, name: str) -> bool:
        """A person the text introduces as one: by a role or an honorific next to the name
        ("chief executive Jo Roe", "Jo Roe, the founder", "Mr Roe"), not only by the tagger,
        which takes many firm names for people."""
        if not self.is_person(name):
            return False
        for m in (m for m in self.ents.mentions if m.name == name and m.kind == "name"):
            near = [*self.sdoc[max(0, m.span[0] - 3):m.span[0]], *m.root.children,
                    *self.sdoc[m.span[1]:m.span[1] + 4]]
            if any(t.lemma_.lower() in ROLE_WORDS | PERSON_TITLES or t.lower_ in HONORIFICS
                   for t in near):
                return True
        return False

    def is_person(self, name: str) -> bool:
        entity = self.ents.entities.get(name)
        return entity is not None and entity.type == "PERSON"

    def each_of(self, owner: str, sent, clause: str) -> list[str]:
        """The others an amount belongs to as well: "A and B were each fined €1m"."""
        if not re.search(r"\beach\b", clause, re.I):
            return []
        mine = [m for m in self.ents.mentions_in(sent) if m.name == owner]
        roots = {t for m in mine for t in (m.root, *m.root.conjuncts)}
        others = [self.at(t) for r in roots for t in r.conjuncts]
        return list(dict.fromkeys(n for n in others if n and n not in (owner, NOBODY)))

    def _by_preposition(self, tok, child, kind: str) -> str | None:
        """Owners a preposition names whatever the subject: the borrower of "a loan to X", the
        payer of "a payment from X" and the investor of "$5m more from X"."""
        if child.dep_ not in ("prep", "dative"):
            return None
        word = kind_word(tok)
        if kind == "funding" and child.lower_ == "to" and (
                WORD_KIND.get(word) == "funding" or word in ("provision", "give", "provide")):
            wanted = True
        else:  # "a payment from X"; "$500m more from other agencies" is theirs to invest
            wanted = child.lower_ == "from" and (kind == "investment" or (
                kind == "other" and word in KIND_WORDS["other"]))
        if not wanted:
            return None
        objects = [g for g in child.children if g.dep_ == "pobj" and not (
            kind == "investment" and any(c.dep_ == "poss" for c in g.children))]
        return next((n for n in map(self.at, objects) if n), None)  # not "from its fund"

    def _described(self, root) -> str | None:
        """ "the $4bn startup", "Acme, a $2bn company": the figure describes an organization."""
        noun = root.head if root.dep_ in ("compound", "nmod", "amod", "nummod") else None
        if noun is None or not (self.ents.mention_at(noun) or noun.lemma_.lower() in ANAPHORA):
            return None
        if noun.dep_ not in ("appos", "attr") and any(c.lower_ in ("a", "an") for c in noun.children):
            return None  # "through an $824m fund": a new one, not the organization named before
        found = self.at(noun)
        return found if found != NOBODY else None

    def _named_vehicle(self, root) -> str | None:
        """ "a $500bn venture named Stargate", "a $2bn fund, Nova Capital": the vehicle's name,
        given where the noun comes again in the sentence ("... with a new venture called X")."""
        noun = root.head if root.dep_ in ("compound", "nmod", "amod", "nummod") else None
        if noun is None or noun.pos_ != "NOUN":
            return None
        again = [t for t in noun.sent if t.lemma_ == noun.lemma_ and t.i > noun.i]
        for child in (c for n in [noun, *again] for c in n.children):
            if child.dep_ == "appos":
                found = self.at(child)
                if found and found != NOBODY:
                    return found
            if child.dep_ == "acl" and child.lemma_.lower() in ("name", "call", "dub", "brand"):
                for arg in child.children:
                    if arg.dep_ in ("oprd", "dobj", "attr", "xcomp"):
                        found = self.at(arg)
                        if found and found != NOBODY:
                            return found
                        if arg.pos_ == "PROPN":  # a new name the tagger did not know
                            return " ".join(t.text for t in arg.subtree if not t.is_punct)
        return None

    def _bracketed_owner(self, amount_span) -> str | None:
        """The name right before the figure's bracket or possessive, whatever the parse says:
        "Anthropic ($19 billion valuation)", "after Acme's $13B bet"; a name that is no owner
        possessing the figure ("just behind the Liberals' £2.7m") leaves it no one's."""
        start = amount_span.start
        if start < 2 or self.sdoc[start - 1].text not in ("(", "'s", "’s", "'", "’"):
            return None
        before = self.sdoc[start - 2]
        mention = self.ents.mention_at(before)
        if mention and mention.type in OWNER_TYPES:
            return mention.name
        if self.sdoc[start - 1].text == "(" or (mention is None and before.pos_ != "PROPN"):
            return None  # "last year's $5bn": a time, the owner is read from the parse
        known = self.ents.entities.get(before.text) if mention is None else None
        return known.name if known is not None and known.type in OWNER_TYPES else NOBODY

    def salient(self) -> str | None:
        """The organization the document mentions most: what an unattributed figure is about."""
        counts = self.ents.counts()
        orgs = [n for n, e in self.ents.entities.items() if e.type == "ORG" and n in counts]
        return max(orgs, key=lambda n: counts[n]) if orgs else None


def located(tok) -> bool:
    """ "a grocer in Dunmore": a name that only says where a business described before it is."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ in ("in", "at", "near", "outside") \
        and head.head.pos_ == "NOUN"


def not_one_party(tok) -> bool:
    """ "the companies", "they", "his startup": a figure several share, or that belongs to a
    person's unnamed business, has no one organization as its owner."""
    if tok.lower_ in PLURAL_PRONOUNS:
        return True
    if tok.pos_ != "NOUN" or not (tok.lemma_.lower() in ANAPHORA
                                  or tok.lemma_.lower() in ORG_DESCRIPTORS):
        return False
    return tok.tag_ == "NNS" or any(c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES
                                    for c in tok.children)


def paid_by(verb, lemma: str, kind: str, path) -> bool:
    """The passive's agent owns the figure: a deal's "by" party, or who paid the figure the
    subject holds ("Payments of $5m were made by X, Y said"), not who imposed it on another."""
    if kind == "deal_value":
        return True
    return lemma in PAYER_VERBS and kind != "funding" and any(
        c.dep_ == "nsubjpass" and c in path for c in verb.children)
