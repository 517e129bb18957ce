"""The type the store shows for a name, from how the whole text uses it, when that differs
from the type the rules read while extracting.

The rules keep their type: retyping a name while extracting moves what a description ("the
company") or a pronoun binds to, and so the facts. The shown type is decided once every fact
is found and only changes which type the store lists the entity under (facts.vote_key):
- a one-word name typed ORG that the text only uses as a product or service ("a Meetlo
  call", "posted it on Chirpa", "chatted via Meetlo", "downloaded Meetlo", "platforms
  such as Meetlo", a listing's "Link: Meetlo" or "Where to watch: Meetlo"), never as an
  actor ("Meetlo said"), with a post ("Meetlo manager Ann Lee"), as a firm (a firm word, a
  suffix, a stake) nor as a party to any fact but a use, is shown as a PRODUCT;
- a name typed PERSON that ends in a word no person's name ends in ("the Kestrel
  Foundation"), or that names a place of custody ("a Brackwater correctional officer"), is
  shown as an organization.
"""
from __future__ import annotations

from ..not_employers import CUSTODY_WORDS  # jail, prison, correctional: a place of custody
from ..wordlists import words
from .services import _dealt_with, _go_between, used_service
from .words import SERVICE_USE_NOUNS, _words

SHOWN_ORG_TAILS = _words("shown_org_tails")
SHOWN_USE_VERBS = _words("shown_use_verbs")
PRODUCT_NOUNS = SERVICE_USE_NOUNS | _words("shown_product_nouns")  # "a Meetlo link"
PLATFORM_NOUNS = _words("shown_platform_nouns")  # "apps like Meetlo"
VIA_VERBS = _words("shown_via_verbs")  # "flirt via Meetlo", not "raised $5 million via Orvane"
LABEL_WORDS = _words("shown_label_words")  # "Link: Chirpa", "Where to watch: Meetlo"
LISTING = {",", "/", "&", "and", "or"}


def shown_types(ents, parties: set[str] = frozenset()) -> dict[str, str]:
    """{canonical name: type to show} for the entities whose text shows another type than
    the one the rules gave them; `parties` are the names a fact (other than a use) holds."""
    named: dict[str, list] = {}  # each name's written mentions, grouped once
    for m in ents.mentions:
        if m.kind == "name":
            named.setdefault(m.name, []).append(m)
    shown: dict[str, str] = {}
    for name, ent in ents.entities.items():
        own = named.get(name, [])
        if ent.type == "ORG" and name not in parties and _only_used(ents, name, ent, own):
            shown[name] = "PRODUCT"
        elif ent.type == "PERSON" and (_org_tail(name) or _custody_place(own)):
            shown[name] = "ORG"
    return shown


def _only_used(ents, name: str, ent, named: list) -> bool:
    """Every written mention (`named`) is one word, one mention at least is a use of a
    product, and none acts, holds a post, is dealt with or is called a firm."""
    if {name, *ent.aliases} & ents.firmed_names:
        return False
    if not named or any(j - i != 1 for i, j in (m.span for m in named)):
        return False
    if any(ents._acting_or_titled(*m.span) or _dealt_with(m.root) for m in named):
        return False
    return any(_product_use(m.root) for m in named)


def _product_use(root) -> bool:
    """"a Meetlo call", "posted it on Chirpa" (services.used_service), "a Meetlo video
    conference", "flirted via Meetlo", "downloaded Meetlo", "using Chirpa and Meetlo"."""
    if used_service(root):
        return True
    head, after = root.head, root.nbor() if root.i + 1 < len(root.doc) else None
    if root.dep_ in {"compound", "nmod"} and head.i > root.i and head.is_lower \
            and head.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in head.children):
        # the noun right after the name ("a Meetlo video conference", not "a Kestrel
        # training video": a firm's own video)
        return after.lower_ in PRODUCT_NOUNS
    if _labelled(root):
        return True
    while root.dep_ == "conj":  # "via Chirpa or Meetlo", "using Chirpa and Meetlo"
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in {"as", "like", "including"}:
        return head.head.lower_ in PLATFORM_NOUNS  # "platforms such as Chirpa and Meetlo"
    if root.dep_ == "pobj":
        return head.lower_ == "via" and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in VIA_VERBS and not _go_between(root)
    return root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in SHOWN_USE_VERBS


def _labelled(root) -> bool:
    """A name listed after a label and a colon on its line: "Link: Chirpa", "Where to
    watch: Meetlo, Chirpa and Quillo"; not a name that modifies the listed one ("Link: Ann
    Chirpa", "Link: Brask Meetlo": a person's or a band's page on a service)."""
    if root.dep_ in {"compound", "nmod"} and root.head.i > root.i:
        return False
    doc, k = root.doc, root.i - 1
    while k > 0 and (doc[k].lower_ in LISTING or doc[k].pos_ == "PROPN") and "\n" not in doc[k].text:
        k -= 1
    return k > 0 and doc[k].text == ":" and doc[k - 1].lower_ in LABEL_WORDS


def _org_tail(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and words[-1].lower().strip(".,") in SHOWN_ORG_TAILS


def _custody_place(named: list) -> bool:
    """A written mention (of `named`) that modifies a noun with a custody word between them
    or as that noun: "a Brackwater correctional officer", "Brackwater prison guards"."""
    for m in named:
        root = m.root
        head = root.head
        if root.dep_ in {"compound", "nmod"} and head.i > root.i and any(
                t.lower_ in CUSTODY_WORDS for t in root.doc[root.i + 1:head.i + 1]):
            return True
    return False


def with_shown_types(ex, ents):
    """The extraction, each entity given the type the text shows when it differs."""
    parties = {n for r in ex.relations if r.type != "use" for n in (r.head, r.tail)}
    parties |= {r.head for r in ex.relations if r.type == "use"}
    parties |= {m.entity for m in ex.money} | {q.speaker for q in ex.quotes}
    parties |= {n for c in ex.clauses for n in (c.holder, c.counterparty)}
    shown = shown_types(ents, parties)
    for ent in ex.entities:
        ent.shown = shown.get(ent.name)
    return ex
