"""Anaphora: "the company", "the chipmaker", "it" and "its" bound to a named organization."""
from __future__ import annotations

from ..lexicon import world_places
from .bounds import PLACE_LABELS
from .cataphora import fronted_subject
from .controllers import controlled_antecedent
from .exclusions import HOLDINGS, Exclusions, deal_other_side
from .leads import on_subject, proper_named
from .nations import described_nation, other_nation, premodifiers
from .origins import Origins, based_place
from .trades import Trades
from .tokens import DASHES, Mention, anaphor_tokens, is_source
from .words import (ANTECEDENT_WINDOW, CLASS_WORDS, GENERIC_DESCRIPTORS, NAMED_ONLY_DESCRIPTORS,
                    PLACE_ANTECEDENTS, PRESS_DESCRIPTORS, PRONOUNS,
                    RELATIONAL_NOUNS,
                    STATE_WORDS, TARGET_VERBS, place_names)

# entity labels of a capitalised word after a description that do not name it ("the company
# Tuesday", "the bank in London")
NOT_NAMES = {"DATE", "TIME"} | PLACE_LABELS
RELATIVES = {"which", "that", "who"}
PLACE_TYPES = PLACE_LABELS
HOLDER_NOUNS = {"shareholder", "stakeholder"}
LABEL_ENDS = DASHES | {":"}
RELATION_OR_HOLDER = RELATIONAL_NOUNS | HOLDER_NOUNS  # "the startup's largest investor"
# who holds a company: "Globex is its largest shareholder" is said of Globex, so "its" is another
INVEST_RELATIONS = HOLDER_NOUNS | {"investor", "backer", "owner", "parent", "financier"}


def _names_next(tok) -> bool:
    """"at the rating agency Tarvik": the description introduces the name that follows it, so it
    does not refer back to an earlier organization."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() \
        and nxt.ent_type_ not in NOT_NAMES


def _place_before(tok, sent) -> bool:
    """"the country will ..., its president": "the country" earlier in the sentence, and no
    organization, so "its" is the place's, not a firm's of an earlier sentence."""
    return any(t.lemma_.lower() in PLACE_ANTECEDENTS and t.pos_ == "NOUN" and not t.ent_type_
               and any(d.lower_ == "the" for d in t.children) for t in sent if t.i < tok.i)


def _label_line(sent) -> bool:
    """A few words ending in a dash or colon: a dateline or a label made its own sentence."""
    words = [t for t in sent if not t.is_space]
    return 0 < len(words) <= 8 and words[-1].text in LABEL_ENDS


def _relation_noun(noun) -> bool:
    """A noun naming a tie to another firm: "its rival", "its largest shareholder", "its parent
    company" (the relation word modifying a generic noun)."""
    return noun.lemma_.lower() in RELATION_OR_HOLDER or any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in RELATIONAL_NOUNS for c in noun.children)


def _free_possessive(tok) -> bool:
    """"Acme said the company's sales rose": a possessive description may mean its clause's
    subject, unless it owns a relation noun said of that subject ("Acme is the startup's largest
    investor", "Acme, the company's parent, said"): that possessor is someone else."""
    related = tok.dep_ == "poss" and tok.head.dep_ in {"attr", "appos"} \
        and tok.head.lemma_.lower() in RELATION_OR_HOLDER
    return any(c.dep_ == "case" for c in tok.children) and not related


def _in_a_state(be) -> bool:
    """"it is in talks to buy X", "it is now in a partnership with X to ...": "it" is a party
    in a state, not the empty subject of "it is hard to ..." (the parser hangs the infinitive
    on "is" all the same). "It is in our interest to ..." stays empty."""
    return not any(c.dep_ in {"acomp", "attr"} for c in be.children) and any(
        c.dep_ == "prep" and c.lower_ == "in" and p.lemma_.lower() != "interest"
        for c in be.children for p in c.children if p.dep_ == "pobj")


def _is_target(tok) -> bool:
    return tok.head.lemma_ in TARGET_VERBS and tok.dep_ == "dobj"


def _held_in(tok) -> bool:
    """What a holding is in: "a $700m investment in the startup", "a stake in the company"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "into"} \
        and tok.head.head.lemma_.lower() in HOLDINGS


def _as_target(tok, orgs: list) -> list:
    """"X was keen to buy Globex but lost to Acme, which agreed to buy the company": the company
    bought is not the one named as a subject (a bidder), if another was named; nor is the firm
    "Acme invested in Globex, after Zeta led an investment in the startup" puts money in."""
    if _held_in(tok):  # no subject at all: the holder is never what it holds
        return [m for m in orgs if m.root.dep_ not in {"nsubj", "nsubjpass"}]
    if not _is_target(tok):
        return orgs
    return [m for m in orgs if m.root.dep_ not in {"nsubj", "nsubjpass"}] or orgs


def _joined(doc, a: Mention, b: Mention) -> bool:
    """Two names with "and" or "or" between them, and nothing else but a comma: a pair,
    however parsed (not "Unlike Acme, Globex ...": a comma alone)."""
    first, second = sorted((a, b), key=lambda m: m.span[0])
    between = {t.lower_ for t in doc[first.span[1]:second.span[0]]}
    return bool(between & {"and", "or"}) and between <= {"and", "or", ","}


class Anaphora(Exclusions, Origins, Trades):
    """Part of DocEntities. Needs mentions, entities, cited and the descriptor names; adds a
    mention for each description or pronoun bound to an organization."""

    def _resolve_anaphora(self) -> None:
        sdoc = self.sdoc
        open_subjects: list = []  # subjects "the bank" left unbound: two firms fit
        for k in anaphor_tokens(sdoc):
            tok = sdoc[k]
            if tok.i in self.by_token:
                continue
            if tok.lower_ in PRONOUNS:
                if any(tok in s.head.subtree or self._next_subject(s, tok) for s in open_subjects):
                    continue  # "the bank said it had ...": it is that bank, whichever
                if tok.lower_ == "it" and tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"}:
                    continue
                if tok.lower_ == "it" and tok.head.lemma_ == "be" and any(
                        c.dep_ in {"ccomp", "xcomp", "acomp"} for c in tok.head.children) \
                        and not _in_a_state(tok.head):
                    continue
                span, kind = (tok.i, tok.i + 1), "pronoun"
            else:
                if tok.tag_ in {"NNS", "NNPS"} or tok.dep_ == "compound" or any(
                        c.dep_ in {"poss", "appos"} for c in tok.children):
                    continue
                dets = [c for c in tok.children if c.dep_ == "det"]
                if not dets or dets[0].lower_ not in {"the", "this"} or _names_next(tok):
                    continue
                span, kind = (dets[0].i, tok.i + 1), "description"
                if tok.dep_ in {"attr", "appos"}:
                    # "Acme is the developer of ...": predicative, not a reference back
                    holder = [c for c in tok.head.children if c.dep_ == "nsubj"] \
                        if tok.dep_ == "attr" else [tok.head]
                    ante = self.mention_at(holder[0]) if holder else None
                    if ante is not None and ante.type == "ORG":
                        self._add(Mention(ante.name, ante.type, sdoc[span[0]].idx,
                                          tok.idx + len(tok), tok, kind, span))
                    continue
                made = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"behind", "of"}
                        for p in c.children if p.dep_ == "pobj" and self.mention_at(p)
                        and self.mention_at(p).type == "PRODUCT"]
                if made:  # "the company behind ChatGPT" is whoever makes ChatGPT, if the text says
                    maker = self.entities[self.mention_at(made[0]).name].maker
                    if maker:
                        self._add(Mention(maker, "ORG", sdoc[span[0]].idx, tok.idx + len(tok),
                                          tok, kind, span))
                    continue
            ante = self.antecedent(tok)
            if ante is None or kind == "description" and self._ambiguous(tok, ante):
                if kind == "description" and ante is not None and tok.dep_ == "nsubj":
                    open_subjects.append(tok)
                continue
            self._add(Mention(ante.name, ante.type, sdoc[span[0]].idx, tok.idx + len(tok),
                              tok, kind, span))

    def _next_subject(self, subj, tok) -> bool:
        """"The lender bought X. It also owns Y": a pronoun leading the sentence after one whose
        subject is a description left open, no firm named before it, is that description."""
        k = self._tok_sent[tok.i]
        return self._tok_sent[subj.i] == k - 1 and subj.head.dep_ == "ROOT" and tok.dep_ in {
            "nsubj", "nsubjpass"} and not any(m.type == "ORG" and m.span[1] <= tok.i
                                             for m in self.mentions_in(self.sents[k]))

    def person_antecedent(self, token) -> Mention | None:
        """"he"/"his": the person most recently named as a subject, else most recently named."""
        k = self._tok_sent[token.i]
        for back in range(k, max(-1, k - 3), -1):
            people = [m for m in self.mentions_in(self.sents[back])
                      if m.type == "PERSON" and m.kind == "name" and m.end <= token.idx]
            if people:
                subjects = [m for m in people if m.root.dep_ in {"nsubj", "nsubjpass"}]
                return (subjects or people)[-1]
        return None

    def antecedent(self, token) -> Mention | None:
        """The organization a pronoun or definite description refers to, or None."""
        sdoc = self.sdoc
        k = self._tok_sent[token.i]
        lemma = token.lemma_.lower()
        is_pron = token.lower_ in PRONOUNS
        # binding: "Amazon ... took a stake in the startup" - the subject is not the startup
        ancestor_subjects = self._binding_subjects(token)
        excluded = set()
        if is_pron and token.dep_ == "poss":
            bound, excluded = self._said_of(token)
            if bound is not None or excluded is None:
                return bound
        excluded |= self.cited | self._share_owner_excluded(token) | self._controller_excluded(token)
        excluded |= self._holder_excluded(token)
        if self._in_deal_clause(token):
            return None
        if not is_pron:
            if lemma in CLASS_WORDS and lemma in PRESS_DESCRIPTORS:
                excluded -= self.cited  # "the newspaper reported": a cited paper is one
            excluded |= self._misfits(token)
            if self._introduced_unnamed(token):
                return None
            fit = self._compatible(lemma) | self._fits(
                token, [m for m in self.mentions if m.type == "ORG" and m.end <= token.idx])
            if not fit and lemma in NAMED_ONLY_DESCRIPTORS:
                return None
        orgs_before = [m for m in self.mentions_in(self.sents[k])
                       if m.end <= token.idx and m.type == "ORG" and m.span[1] <= token.i
                       and (not is_source(m.root) or m.name in self.cited - excluded)
                       and m.name not in excluded]
        if any(deal_other_side(m.root) for m in orgs_before):
            return None  # "After the deal with X closed, it ...": X or the side that holds it
        if is_pron:
            decided, m = controlled_antecedent(token, self.mention_at, excluded)
            if decided:
                return m
            # in text order: names a later pass found (one the tagger missed here) are appended
            orgs_before.sort(key=lambda m: m.start)
            if orgs_before and token.lower_ == "its":
                return orgs_before[0]
            if orgs_before:  # "... became part of Acme when it bought Globex"
                return orgs_before[-1]
            ahead = fronted_subject(token, self.mention_at, excluded)  # "Under its deal, Y ..."
            if ahead or token.lower_ == "its" and _place_before(token, self.sents[k]):
                return ahead  # the fronted subject, or None: "its" after a place is the place's
        else:
            local = _as_target(token, [m for m in orgs_before if m.name not in ancestor_subjects])
            for m in local:
                if not fit or m.name in fit:
                    return m
        for back in self._window(k):
            # binding holds across sentences too: "SoftBank owns 82% of the company" never
            # means SoftBank, though SoftBank led the sentence before
            orgs = [m for m in self.mentions_in(self.sents[back])
                    if m.type == "ORG" and m.name not in excluded
                    and (is_pron or m.name not in ancestor_subjects)
                    and (not is_source(m.root) or m.name in self.cited)]
            if not orgs:
                continue
            if any(deal_other_side(m.root) for m in orgs):
                return None  # "The deal with X was approved by Y. It ...": X, its buyer or Y
            if not is_pron:
                if fit and not any(m.name in fit for m in orgs):
                    continue
                orgs = [m for m in orgs if not fit or m.name in fit]
                if _is_target(token):  # "would value the company": not the last sentence's bidder
                    return _as_target(token, orgs)[-1]
            subjects = [m for m in orgs if m.root.dep_ in {"nsubj", "nsubjpass"}]
            if is_pron and not subjects and len({m.name for m in orgs}) > 1 \
                    and not any(on_subject(m.root) for m in orgs):
                return None  # "handsets from A, B and C ... It": no firm leads, any may be meant
            if is_pron:  # the main verb's subject, in text order: "The firm said Munich had ..."
                subjects.sort(key=lambda m: (m.root.head.dep_ != "ROOT", m.start))
            return (subjects or orgs)[0]
        return None

    def _window(self, k: int) -> list[int]:
        """The sentences before sentence k that may hold an antecedent, nearest first. A
        dateline or label alone ("LONDON —", "FILE -") is no sentence of the story: it is not
        counted, so it never pushes the story's sentences out of the window."""
        out: list[int] = []
        counted, back = 0, k - 1
        while back >= 0 and counted < ANTECEDENT_WINDOW:
            out.append(back)
            counted += not _label_line(self.sents[back])
            back -= 1
        return out

    def _said_of(self, token) -> tuple[Mention | None, set[str]]:
        """A possessive pronoun on a noun said of a name: the name it binds to, else the names
        it cannot mean. "Acme and its backer Globex", "Vivendi, its chief executive and ...": the
        name; "Globex, its parent company" and "Globex is its largest shareholder": another
        firm than Globex, in the second case the one named last before it ("A owns 40% of B,
        while C is its second biggest shareholder"). A possessive on a conjunct is that of the
        conjunct before it; where that one is a body named by a proper name the text has no
        firm for ("Acme, the Avalon institute, and its parent"), it is no firm's: (None, None),
        the word is left unbound ("that company and its partner", "Acme's chief, Ann Lee, and
        its chairman" read on)."""
        noun = token.head
        if noun.dep_ in {"conj", "appos"}:
            m = self.mention_at(noun.head)
            if m and m.type == "ORG" and (noun.dep_ == "conj" or not _relation_noun(noun)):
                return m, set()
            if noun.dep_ == "conj" and m is None and proper_named(noun.head):
                return None, None  # "A, the Avalon institute, and its parent": the institute's
            return None, {m.name} if m else set()
        if noun.dep_ != "attr" or noun.lemma_.lower() not in INVEST_RELATIONS:
            return None, set()
        said = {m.name for c in noun.head.children if c.dep_ == "nsubj"
                for m in [self.mention_at(c)] if m}
        before = [m for m in self.mentions_in(self.sents[self._tok_sent[token.i]])
                  if m.type == "ORG" and m.span[1] <= token.i and m.name not in said
                  and m.name not in self.cited and not is_source(m.root)]
        return (max(before, key=lambda m: m.start) if said and before else None), said

    def _ambiguous(self, token, ante: Mention) -> bool:
        """A description that could as well mean another company: "the automaker" after two
        carmakers, "the German firm" when the text never says which firm is German, "buy the
        company" after "Acme and Globex". Such a description binds to nothing."""
        if any(a.dep_ == "attr" and any(c.dep_ == "nsubj" and ante.name in {
                m.name for m in map(self.mention_at, c.subtree) if m} for c in a.head.children)
               for a in token.ancestors):
            return False  # "Acme is the name of the Chinese firm that ...": said of Acme
        k, first = self._tok_sent[token.i], self._tok_sent[ante.root.i]
        # "A and B were hit, but the company ...": both joined subjects stay rivals
        subjects = self._clause_subjects(token)
        own = (set() if self._joins_subject(token, subjects) else subjects) | {ante.name}
        near = [m for back in [k, *self._window(k)]
                for m in self.mentions_in(self.sents[back])
                if m.type == "ORG" and m.end <= token.idx and m.name not in own
                and m.name not in self._placelike and not is_source(m.root)]
        nat = described_nation(token)
        at = self._based_at(based_place(token))
        if ante.name in at:  # "the Ohio-based firm" after two firms the text bases in Ohio
            return any(m.name in at for m in near)
        if nat:  # "the German exchange" is not the "London Stock Exchange" named beside it
            near = [m for m in near if not self._foreign(m, nat)]
            nationals = self._nationals(nat)
            if ante.name in nationals:  # "the Dutch firm" after two Dutch firms
                return any(m.name in nationals for m in near)
        lemma = token.lemma_.lower()
        fit = self._compatible(lemma) | self._fits(token, near + [ante])
        if fit and ante.name in fit:  # "the lender" after two banks
            return any(m.name in fit for m in near)
        rivals = [m for m in near if self._tok_sent[m.root.i] == first]
        coordinated = any(m.root.i == ante.root.head.i or m.root.head.i == ante.root.i
                          for m in rivals if "conj" in {m.root.dep_, ante.root.dep_})
        # "Acme Chips and Tarvo Semiconductor" misparsed as one noun phrase: joined by the words
        return coordinated or any(_joined(self.sdoc, m, ante) for m in rivals)

    def _clause_subjects(self, token) -> set[str]:
        """The subject of the clause holding a description ("Amazon ... took a stake in the
        startup"), or the object that controls it ("obliged GM to buy the Italian firm")."""
        for anc in token.ancestors:
            if anc.pos_ not in {"VERB", "AUX"}:
                continue
            subj = [c for c in anc.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i]
            # "Acme, which invested in the startup": the relative stands for the name before it
            subj = [anc.head if anc.dep_ == "relcl" and s.lower_ in RELATIVES else s for s in subj]
            # "Acme and Globex are investors in the company": every coordinated subject
            subj = [x for s in subj for x in [s, *s.conjuncts]]
            if subj:  # and the names of its own phrase: "Acme, a unit of Globex, sued the maker"
                return {m.name for s in subj for t in [s, *(t for a in s.children if a.dep_ == "appos"
                                                           for t in a.subtree)]
                        for m in [self.mention_at(t)] if m}
            ctrl = [c for c in anc.head.children if c.dep_ == "dobj"] if anc.dep_ == "xcomp" else []
            if ctrl:
                return {m.name for m in map(self.mention_at, ctrl) if m}
            if anc.dep_ not in {"conj", "xcomp"}:
                break
        return set()

    def _binding_subjects(self, token) -> set[str]:
        subjects = self._clause_subjects(token)
        if _free_possessive(token) or self._joins_subject(token, subjects):
            return set()
        return subjects

    def _joins_subject(self, token, first: set[str]) -> bool:
        """"Kestrel was hit hard, but the company agreed to buy Tarvo": a description that is
        the subject of a clause joined to another is not bound by that clause's subject (which
        does not command it), and means it when nothing else is named before it in the sentence
        but places ("Kestrel bought Tarvo, and the company ..." stays open to Tarvo, and so it
        does when Tarvo was typed a person)."""
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.dep_ != "conj":
            return False
        before = {m.name for m in self.mentions_in(self.sents[self._tok_sent[token.i]])
                  if m.type not in PLACE_TYPES and m.span[1] <= token.i}
        return bool(first) and before == first

    def kind_fit(self, token) -> set[str] | None:
        """"the law firm's managing partner", "the media company": a generic noun narrowed by a
        kind fits only organizations introduced with that kind before ("law firm Quarry LLP",
        "Quarry LLP, a law firm") or named by it ("Quarry Law"); None when the description names
        no kind. Used by the employ rules: binding stays as it is for other facts, which lost a
        money owner on the confirm set when the binding itself was narrowed."""
        kinds = {c.lemma_.lower() for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
        if not kinds or token.lemma_.lower() not in GENERIC_DESCRIPTORS:
            return None
        # "Halvorsen Oil" for "the oil company"
        out = {m.name for m in self.mentions if m.type == "ORG" and m.end <= token.idx and kinds & {
            w.lower() for w in self._words.get(m.name, m.name.split())}}
        for prev in self.sdoc[:token.i]:
            if prev.lemma_ != token.lemma_ or not kinds & {
                    c.lemma_.lower() for c in prev.children if c.dep_ == "compound"}:
                continue
            named = self.mention_at(prev.head) if prev.dep_ == "appos" else next(
                (m for t in self.sdoc[prev.i + 1:prev.head.i + 1] for m in [self.mention_at(t)] if m),
                None) if prev.dep_ == "compound" and prev.head.i > prev.i else None
            named = named or next((self.mention_at(c) for c in prev.children
                                   if c.dep_ == "appos" and self.mention_at(c)), None)
            if named is not None and named.type == "ORG":
                out.add(named.name)
        return out

    def _introduced_unnamed(self, token) -> bool:
        """"its media buying agency ... the agency": an unnamed firm introduced a little before."""
        k = self._tok_sent[token.i]
        start = self.sents[max(0, k - 2)].start
        for prev in self.sdoc[start:token.i]:
            if prev.lemma_ == token.lemma_ and prev.i not in self.by_token and any(
                    c.dep_ == "poss" or c.lower_ in {"a", "an"} for c in prev.children):
                if prev.dep_ == "appos" and self.mention_at(prev.head):
                    continue  # "Acme, a Dutch insurer, ...": the firm was named
                return not any(c.dep_ == "appos" or c.ent_type_ == "ORG" or c.pos_ == "PROPN"
                               for c in prev.children if c.dep_ != "poss")
        return False

    def _misfits(self, token) -> set[str]:
        """Names a description cannot mean: places ("Rome"), public bodies for "the carrier",
        and firms of another nationality."""
        out = set(self._placelike)
        lemma = token.lemma_.lower()  # "the bureau", "the agency" may well mean a public body
        if lemma not in STATE_WORDS and CLASS_WORDS.get(lemma) is not STATE_WORDS:
            out |= {n for n, words in self._words.items() if n in self.entities and any(
                w.lower() in STATE_WORDS for w in words[1:])}
            # a city or country acting ("After Munich approved it, the firm ..."): a public body
            names = [m for m in self.mentions if m.kind == "name"]
            out |= {m.name for m in names if (m.name in world_places() or m.name in place_names())
                    and all(n.root.ent_type_ == "GPE" for n in names if n.name == m.name)}
        at = self._based_at(based_place(token))
        if at:  # "the Ohio-based firm": the one the text bases in Ohio, where it bases one
            out |= {m.name for m in self.mentions} - at
        out |= self._other_trade(lemma)  # "the carmaker" is no firm called a retailer
        demonym = described_nation(token)
        if demonym:
            tagged = self._nationals(demonym)
            if tagged:  # "the German exchange": the one the text calls German, if any
                out |= {m.name for m in self.mentions if m.name not in tagged}
            else:  # none is: not one whose own phrase gives it another ("Switzerland's X")
                out |= {m.name for m in self.mentions if m.kind == "name" and other_nation(
                    [*premodifiers(m.root, m.span[0]), *(t for c in m.root.children
                                                         if c.dep_ == "appos" for t in c.subtree)],
                    demonym)}
        return out

    def _fits(self, token, orgs) -> set[str]:
        """Names whose own words fit the description's class: "the bank" for "Acme Bank"."""
        lemma = token.lemma_.lower()
        words = CLASS_WORDS.get(lemma)
        if not words:
            if lemma in GENERIC_DESCRIPTORS:
                return set()
            # "the bureau" for "Bureau of Prisons", not for the department that oversees it:
            # a name holding the description's own noun, if one was written
            return {m.name for m in orgs if lemma in {
                w.lower() for w in self._words.get(m.name, m.name.split())}}
        return {m.name for m in orgs if any(w.lower().strip("'’s") in words
                                             for w in self._words.get(m.name, m.name.split()))
                or words & set(self._descriptor_lemmas(m.name))}

    def _descriptor_lemmas(self, name: str) -> list[str]:
        return [d for d, names in self.descriptor_names.items() if name in names]

    def _compatible(self, lemma: str) -> set[str]:
        """Names this description was used for ("AI startup Scale"), unless it fits any firm."""
        if lemma in GENERIC_DESCRIPTORS:
            return set()
        return set(self.descriptor_names.get(lemma, ()))

    def pair_before(self, token) -> list[Mention]:
        """The two organizations "the two companies" refers to: the last two named before it."""
        k = self._tok_sent[token.i]
        for back in range(k, max(-1, k - 3), -1):
            names: list[Mention] = []
            for m in reversed(self.mentions_in(self.sents[back])):
                if m.type == "ORG" and m.end <= token.idx and not is_source(m.root) \
                        and m.name not in [n.name for n in names]:
                    names.append(m)
            if len(names) >= 2:
                return names[:2]
        return []
