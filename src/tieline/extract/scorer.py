"""Per-fact confidence: a small logistic model over what the extractor knows about each fact.

The evidence builder (evidence.py) starts every fact at its rule's calibrated precision. This
module then looks at the fact in its document and rescales that figure with features a rule
alone does not see: how each end was found in the sentence (a name, a description, a pronoun,
or not at all), how often the document names it, whether it is a one-word or very short name,
what spaCy's NER called it, whether a company suffix follows it, how far apart the ends are
and how many clauses lie between them, the sentence's length, modality and change cue,
headline or body, and how many facts and names share the sentence.

The weights are data (the "model" section of patterns/confidence.json), trained by
`tieline eval GOLD... --calibrate FILE` (tieline.evaluate_scorer). Features are kept on each
Evidence as `features` (an attribute outside the dataclass fields, so stores and JSON never
see it) for that training. Without a model the rule's precision stands.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

from ..model import SYMMETRIC_TYPES, Extraction
from ..names import COMPANY_SUFFIXES
from .evidence import CALIBRATION, load_calibration

CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "xcomp", "acl", "conj", "parataxis"})
EPS = 1e-3
# Sections the model rescores. Money facts get features too, but on sets it was not trained
# on the model ranked money facts worse than chance (the kinds' precision differs too much
# from one set of articles to the next), so money keeps its rule's precision.
MODELLED = ("relations",)
LINK_WORDS = frozenset({"of", "and", "for", "the", "de", "du", "la", "le", "von", "van", "&"})


def logit(p: float) -> float:
    p = min(max(p, EPS), 1 - EPS)
    return math.log(p / (1 - p))


@lru_cache(maxsize=1)
def _model() -> dict | None:
    return load_calibration(CALIBRATION).get("model")


def with_prior(prior: float, features: dict[str, float]) -> dict[str, float]:
    """The features plus the logit of the rule's precision, a feature of its own per section
    (a money rule's record on other articles says less than a relation rule's)."""
    section = "money" if "section=money" in features else "relations"
    return {**features, f"prior:{section}": logit(prior)}


def predict(model: dict, prior: float, features: dict[str, float]) -> float:
    """The model's confidence for a fact whose rule's precision is `prior`."""
    weights = model["weights"]
    z = model["bias"] + sum(weights.get(name, 0.0) * value
                            for name, value in with_prior(prior, features).items())
    return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))


class Context:
    """What the features of one document's facts read: sentences, mentions, counts."""

    def __init__(self, sdoc, ents):
        self.sdoc, self.ents = sdoc, ents
        self.starts = [s.start_char for s in ents.sents]
        self.counts = Counter(m.name for m in ents.mentions)
        self.total = max(sum(self.counts.values()), 1)
        orgs = Counter({n: c for n, c in self.counts.items()
                        if n in ents.entities and ents.entities[n].type == "ORG"})
        self.salient = orgs.most_common(1)[0][0] if orgs else None
        self.places = getattr(ents, "places", set())
        self.suffixed = {m.name for m in ents.mentions if m.kind == "name" and _suffix_after(sdoc, m)}

    def sentence(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def end(self, side: str, name: str | None, mentions: list) -> dict[str, float]:
        """Features of one end of a fact: how the sentence and the document name it."""
        if not name:
            return {f"{side}_none": 1.0}
        own = [m for m in mentions if m.name == name]
        ent = self.ents.entities.get(name)
        f = {f"{side}_kind={own[0].kind if own else 'absent'}": 1.0,
             f"{side}_type={ent.type if ent else 'unknown'}": 1.0,
             f"{side}_share": self.counts.get(name, 0) / self.total,
             f"{side}_once": float(self.counts.get(name, 0) <= 1),
             f"{side}_salient": float(name == self.salient),
             f"{side}_place": float(name in self.places),
             f"{side}_lower": float(any(w[:1].islower() and w not in LINK_WORDS
                                        for w in name.split())),
             f"{side}_one_word": float(len(name.split()) == 1),
             f"{side}_short": float(len(name) <= 4),
             f"{side}_suffix": float(name in self.suffixed),
             f"{side}_aliases": float(bool(ent and ent.aliases))}
        named = [m for m in own if m.kind == "name"]
        if named:
            f[f"{side}_ner={self.sdoc[named[0].span[0]].ent_type_ or 'none'}"] = 1.0
        words = name.split()
        f[f"{side}_fragment"] = float(words[-1].lower() in LINK_WORDS or "(" in name
                                      or any(_cut_out(self.sdoc, m) for m in named))
        return f


def _cut_out(sdoc, mention) -> bool:
    """A name cut out of a longer one: a capitalized proper noun right before or after it
    ("BioPharma" in "Baxter BioPharma Solutions")."""
    i, j = mention.span
    before = sdoc[i - 1] if i > 0 else None
    after = sdoc[j] if j < len(sdoc) else None
    return any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper()
               and not t.is_sent_start and t.i not in range(i, j) for t in (before, after))


def _suffix_after(sdoc, mention) -> bool:
    j = mention.span[1]
    while j < len(sdoc) and sdoc[j].text in {",", "."}:
        j += 1
    return j < len(sdoc) and sdoc[j].lower_.strip(".") in COMPANY_SUFFIXES


def _clause_hops(a, b) -> int:
    """Clause boundaries on the dependency path between two tokens (0: one clause)."""
    up_a = [a, *a.ancestors]
    seen = {t.i for t in up_a}
    path_b = []
    for t in [b, *b.ancestors]:
        if t.i in seen:
            top = t
            break
        path_b.append(t)
    else:
        return 3
    path_a = up_a[:[t.i for t in up_a].index(top.i)]
    return sum(t.dep_ in CLAUSE_DEPS for t in path_a + path_b)


def pair_features(ctx: Context, sent, heads: list, tails: list) -> dict[str, float]:
    """Distance and clause hops between the nearest mentions of the two ends."""
    if not heads or not tails:
        return {"pair_apart": 1.0}
    h, t = min(((h, t) for h in heads for t in tails),
               key=lambda p: abs(p[0].root.i - p[1].root.i))
    hops = _clause_hops(h.root, t.root)
    return {"distance": math.log1p(abs(h.root.i - t.root.i)), "clause_hops": min(hops, 3),
            "same_clause": float(hops == 0), "head_first": float(h.root.i < t.root.i)}


def sentence_features(ctx: Context, k: int, ev, facts_here: int) -> dict[str, float]:
    sent = ctx.ents.sents[k]
    names = {m.name for m in ctx.ents.mentions_in(sent)}
    f = {"sent_tokens": math.log1p(len(sent)), "headline": float(ctx.ents.headline[k]),
         "lead": float(k < 3), "sent_facts": math.log1p(facts_here - 1),
         "sent_names": math.log1p(len(names)),
         "negation": float(any(t.dep_ == "neg" for t in sent)),
         "quoted": float(any(c in ev.sentence for c in "\"“”")),
         f"modality={ev.modality}": 1.0}
    if ev.change:
        f[f"change={ev.change}"] = 1.0
    return f


def _key(rel) -> tuple:
    ends = tuple(sorted((rel.head, rel.tail))) if rel.type in SYMMETRIC_TYPES \
        else (rel.head, rel.tail)
    return (rel.type, *ends)


def features(ex: Extraction, sdoc, ents, found: list | None = None) -> None:
    """Attach `features` to the evidence of every relation and money fact of `ex`; `found`
    is the relations before one-per-pair deduplication (how many sentences state each)."""
    ctx = Context(sdoc, ents)
    support = Counter(_key(r) for r in (found or ex.relations))
    per_sentence = Counter(item.evidence.start for item in [*ex.relations, *ex.money]
                           if item.evidence is not None)
    for rel in ex.relations:
        ev = rel.evidence
        if ev is None:
            continue
        k = ctx.sentence(ev.start)
        sent = ents.sents[k]
        mentions = ents.mentions_in(sent)
        f = {"section=relations": 1.0, f"type={rel.type}": 1.0,
             f"family={ev.rule.split(':')[0]}": 1.0,
             "support": math.log(max(support[_key(rel)], 1)),
             **sentence_features(ctx, k, ev, per_sentence[ev.start]),
             **ctx.end("head", rel.head, mentions), **ctx.end("tail", rel.tail, mentions),
             **pair_features(ctx, sent, [m for m in mentions if m.name == rel.head],
                             [m for m in mentions if m.name == rel.tail])}
        ev.features = f
    for money in ex.money:
        ev = money.evidence
        if ev is None:
            continue
        k = ctx.sentence(ev.start)
        mentions = ents.mentions_in(ents.sents[k])
        ev.features = {"section=money": 1.0, f"money={money.kind}": 1.0,
                       "guess": float(ev.rule.endswith(":guess")),
                       **sentence_features(ctx, k, ev, per_sentence[ev.start]),
                       **ctx.end("owner", money.entity, mentions)}


def score(ex: Extraction, sdoc, ents, found: list | None = None) -> Extraction:
    """Features for every relation and money fact, and the model's confidence in place of
    the rule's precision when a model is packaged."""
    features(ex, sdoc, ents, found)
    model = _model()
    if model:
        for item in [item for section in MODELLED for item in getattr(ex, section)]:
            ev = item.evidence
            if ev is not None and getattr(ev, "features", None) is not None:
                ev.confidence = predict(model, ev.confidence, ev.features)
    return ex
