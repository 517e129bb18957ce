"""DocEntities: the mentions and canonical entities of one parsed document.

Built in stages, one module each: candidates (spaCy's entities cleaned, names it missed),
products (product noun phrases and their makers), bounds (names cut from a longer name
dropped), voting (each name's type), grouping
(canonical names), makers (product -> maker) and anaphora ("the company", "its").
"""
from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc

from ...model import Entity
from ...names import COMPANY_SUFFIXES
from ..view import view
from .anaphora import Anaphora
from .bounds import Bounds
from .candidates import Candidates
from .grouping import Grouping
from .makers import Makers
from .national_rivals import NationalRivals
from .numbered import with_numbers
from .products import Products
from .tokens import Mention, is_headline, is_source
from .voting import Voting
from .words import place_names

NOT_PARTY_TYPES = frozenset({"NORP", "OTHER"})


class DocEntities(Candidates, Bounds, Products, Voting, Grouping, Makers, Anaphora, NationalRivals):
    """Mentions and canonical entities of one spaCy Doc."""

    def __init__(self, sdoc: Doc):
        self.sdoc = sdoc
        self.view = view(sdoc)
        self.text, self.sents, self._tok_sent = self.view.text, self.view.sents, self.view.sent_of
        self.places = place_names()
        self.headline = [is_headline(sent) for sent in self.sents]
        self.descriptor_names: dict[str, list[str]] = defaultdict(list)
        self.makers: dict[str, tuple[str, object]] = {}  # product -> (maker, token)
        self.brand_owners: set[str] = set()  # products whose maker only a "whose" clause gives
        self.explicit_products: set[str] = set()  # "its chatbot, Grok": named as a product
        self.product_lists: list[list[str]] = []  # "the A, B and C brands": one maker
        self._splits: set[int] = set()  # token where a run-together name was cut in two
        self.surnames: set[str] = set()  # last words of people's names in this text
        self.tickers: set[int] = set()  # tokens of stock symbols quoted with a company

        raw = self._ner_candidates()
        raw += self._product_cues(raw)
        products = self._product_candidates(raw)
        covered = {k for i, j, _, _ in products for k in range(i, j)}
        raw = [r for r in raw if not any(k in covered for k in range(r[0], r[1]))] + products
        raw = with_numbers(sdoc, raw)  # "released Lumen 3": the number is the product's
        raw = self._bounded(raw)  # products known: "Nvidia" + "Hopper GPUs" is no cut name
        raw = self._without_tickers(raw)
        votes = self._vote(raw)
        canon = self._group(raw, votes)
        self._words = {name: [t.text for t in sdoc[i:j]] for i, j, name, _ in raw}
        self.mentions: list[Mention] = []
        self.by_token: dict[int, Mention] = {}
        for i, j, name, _ in raw:
            cname = canon.get(name)
            if cname:
                self._add(Mention(cname, "", sdoc[i].idx, sdoc[j - 1].idx + len(sdoc[j - 1]),
                                  sdoc[i:j].root, "name", (i, j)))
        self._find_known_names(canon, [(i, j) for i, j, n, _ in raw if n not in canon])
        self.entities: dict[str, Entity] = {}
        for name, cname in canon.items():
            ent = self.entities.setdefault(cname, Entity(cname, self._type_of(cname, votes, canon)))
            if name != cname and name not in ent.aliases:
                ent.aliases.append(name)
        for m in self.mentions:
            m.type = self.entities[m.name].type
        labels = defaultdict(set)
        for i, j, n, label in raw:  # "Rome's loan to the carrier": tagged a place, never acting
            acting = sdoc[i:j].root.dep_ in {"nsubj", "nsubjpass", "dobj", "appos"}
            labels[canon.get(n)].add("ACT" if acting else label)
        self._placelike = {n for n, kinds in labels.items() if kinds == {"GPE"}}
        sources, counts = Counter(m.name for m in self.mentions if is_source(m.root)), self.counts()
        # an outlet only ever cited ("Reuters reported") is never what "the company" means
        self.cited = {n for n, c in sources.items() if c == counts[n]}
        self._link_makers(pronouns=False)
        self._resolve_anaphora()
        self._resolve_national_rivals()  # "its German rival": once "its" is bound
        self._link_makers(pronouns=True)  # "its Evolution X range": once "It" is resolved
        self.mentions.sort(key=lambda m: m.start)

    def _add(self, m: Mention) -> None:
        i, j = m.span
        if any(k in self.by_token for k in range(i, j)):
            return
        self.mentions.append(m)
        for k in range(i, j):
            self.by_token[k] = m

    def sent_index(self, token) -> int:
        """Index in `sents` of the sentence holding a token (cheaper than `token.sent`)."""
        return self._tok_sent[token.i]

    # ---- API used by the other extractors --------------------------------------------------
    def mention_at(self, token) -> Mention | None:
        m = self.by_token.get(token.i)
        if m is None and token.lower_ in COMPANY_SUFFIXES and token.i > 0:
            # "Acme Inc.": the parser heads the name with its suffix, which the name leaves out
            before = self.by_token.get(token.i - 1)
            if before is not None and before.span[1] == token.i and before.root.head.i == token.i:
                return before
        return m

    def mentions_in(self, sent) -> list[Mention]:
        return [m for m in self.mentions if sent.start_char <= m.start < sent.end_char]

    def salient_org(self, exclude: set[str] = frozenset()) -> str | None:
        """The organization the document is mostly about (most mentions)."""
        counts = Counter(m.name for m in self.mentions if m.type == "ORG" and m.name not in exclude)
        return counts.most_common(1)[0][0] if counts else None

    def party_entities(self) -> list[Entity]:
        """The entities worth storing: demonyms, diseases and currencies (NORP, OTHER) keep
        their mentions here, so no rule takes their place in a sentence ("Russian oil
        official X" names no employer), but are never stored nor a party to a fact."""
        return [e for e in self.entities.values() if e.type not in NOT_PARTY_TYPES]

    def party_counts(self) -> dict[str, int]:
        """Mentions per stored entity: a demonym, disease or site is counted nowhere, so the
        store never lists it among the most mentioned names."""
        return dict(Counter(m.name for m in self.mentions if m.type not in NOT_PARTY_TYPES))

    def counts(self) -> dict[str, int]:
        return dict(Counter(m.name for m in self.mentions))
