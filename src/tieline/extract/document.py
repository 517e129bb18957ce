"""The rule-based extraction of one parsed document: entities first, then every fact kind."""
from __future__ import annotations

from ..model import SYMMETRIC_TYPES, Document, Extraction
from .chambers import without_state_chambers
from .clauses import extract_clauses
from .entities import DocEntities
from .entities.shown import with_shown_types
from .money import extract_money
from .later_posts import LATER_POST_RULE
from .people import APPOINTED_RULE, HIRE_RULE
from .relations.hires import HIRED_AWAY_RULE
from .person_ends import with_whole_person_names
from .quotes import extract_quotes
from .relations import extract_relations
from .scorer import score


def extract(document: Document, sdoc) -> Extraction:
    ents = DocEntities(sdoc)
    relations = without_state_chambers(extract_relations(sdoc, ents, document), document.text)
    relations = with_whole_person_names(relations, sdoc, document.text)
    found = score(Extraction(
        document=document,
        entities=ents.party_entities(),
        relations=_dedupe(relations),
        money=extract_money(sdoc, ents, document),
        clauses=extract_clauses(ents, document),
        quotes=extract_quotes(sdoc, ents, document),
        mention_counts=ents.party_counts(),
    ), sdoc, ents, found=relations)
    with_shown_types(found, ents)  # the type the store shows, once every fact is found
    return found


HIRE_RULES = frozenset({HIRE_RULE, APPOINTED_RULE})
ENDING_RULES = frozenset({LATER_POST_RULE, HIRED_AWAY_RULE})  # a job the same sentence ends
PLANNED = frozenset({"forecast"})  # not "hedged": "its bid to buy a stake" is no standing tie


def _dedupe(relations):
    """One relation per (type, head, tail) per document, as the annotation guide counts them.
    The first found is kept, except that a tie the article states as standing wins over the same
    tie stated only as a plan (rules run by kind, not in sentence order); a hire the
    same sentence states wins over a past role there: "Globex appointed former sales chief Ann
    Lee to run X" employs her now, whatever her old post was (any other current-sounding fact
    does not: "Ann Lee, formerly with Vossa Bank, will lead the unit" keeps Vossa Bank in her
    past); and a job joined that the same sentence ends with a later post elsewhere ("joined X
    in 2014 and became CEO of Y in 2019") or a hire away ("Acme hired Globex's Ann Lee") is
    past."""
    seen, kept = {}, []
    for rel in relations:
        key = (rel.type, *sorted((rel.head, rel.tail))) if rel.type in SYMMETRIC_TYPES \
            else (rel.type, rel.head, rel.tail)
        if key not in seen:
            seen[key] = len(kept)
            kept.append(rel)
        elif rel.type == "employ" and rel.modality == "asserted" \
                and rel.evidence.rule in HIRE_RULES and kept[seen[key]].modality == "negated" \
                and kept[seen[key]].evidence.sentence == rel.evidence.sentence:
            kept[seen[key]] = rel
        elif rel.modality == "asserted" and kept[seen[key]].modality in PLANNED:
            kept[seen[key]] = rel  # "A partners with B ... A will build sites with B": a partner
        elif rel.type == "employ" and rel.evidence.rule in ENDING_RULES \
                and kept[seen[key]].modality == "asserted" \
                and kept[seen[key]].evidence.sentence == rel.evidence.sentence:
            kept[seen[key]] = rel
    return kept
