"""Canonical names across documents: alias files, suffixes, acronyms, type voting."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tieline.errors import BadInput
from tieline.model import Document, Entity, Extraction, Money, Relation
from tieline.resolve import AliasFileError, Resolver, ResolverState


def extraction(entities, relations=(), counts=None):
    return Extraction(document=Document(text="x", source="t"), entities=list(entities),
                      relations=list(relations), mention_counts=counts or {})


def test_yaml_alias_file_merges_and_splits(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("merge:\n  Microsoft: [MSFT, Microsoft Corporation]\nsplit: [Fiat Auto]\n")
    r = Resolver.from_file(path)
    assert r.canonical("MSFT") == "Microsoft"
    assert r.canonical("microsoft corporation") == "Microsoft"
    assert r.canonical("Fiat Auto") == "Fiat Auto"


def test_csv_alias_file(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("# alias,canonical\nGOOGL,Alphabet\nGoogle Inc.,Alphabet\n")
    r = Resolver.from_file(path)
    assert r.canonical("GOOGL") == r.canonical("Google Inc.") == "Alphabet"


def test_bad_alias_file_names_the_file(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("- just\n- a list\n")
    with pytest.raises(AliasFileError, match="aliases.yaml"):
        Resolver.from_file(path)
    assert issubclass(AliasFileError, BadInput)


def test_suffixes_and_case_fold_to_the_best_spelling_whatever_came_first():
    for order in (["Tarnwick", "TARNWICK"], ["TARNWICK", "Tarnwick"]):
        r = Resolver()
        for name in order:
            r.observe(extraction([Entity(name, "ORG")]))
        assert r.canonical("Tarnwick AG") == r.canonical("TARNWICK") == "Tarnwick"


def test_acronym_of_a_seen_name():
    r = Resolver()
    r.observe(extraction([Entity("Advanced Micro Devices", "ORG", ["AMD"])]))
    r.observe(extraction([Entity("AMD", "ORG")]))
    assert r.canonical("AMD") == "Advanced Micro Devices"


def test_an_acronym_seen_first_still_expands_to_the_name_it_is_grouped_under_most():
    r = Resolver()
    r.observe(extraction([Entity("QBL", "ORG")]))
    r.observe(extraction([Entity("Quill Bay Logistics", "ORG", ["QBL"])]))
    assert r.canonical("QBL") == "Quill Bay Logistics"
    for _ in range(2):
        r.observe(extraction([Entity("Quartz Barrow Labs", "ORG", ["QBL"])]))
    assert r.canonical("QBL") == "Quartz Barrow Labs"


@pytest.mark.parametrize("acronym,full,other", [
    ("KNB", "Kestrel National Bank", "Kansas National Brigade"),  # a bank, a state's militia
    ("PDC", "Public Disease Centers", "Pinewood Department of Corrections"),  # health, prisons
])
def test_initials_alone_link_no_acronym_to_another_articles_name(acronym, full, other):
    """An acronym no article grouped under a name is no name of another article whose
    initials it merely spells; one grouped under a name follows that name, even where an
    unrelated full name with those initials is named more often."""
    r = Resolver()
    r.observe(extraction([Entity(other, "ORG")]))
    r.observe(extraction([Entity(acronym, "ORG")]))
    assert r.canonical(acronym) == acronym
    r.observe(extraction([Entity(full, "ORG", [acronym])]))
    for _ in range(2):
        r.observe(extraction([Entity(other, "ORG")]))
    assert r.canonical(acronym) == full


@pytest.mark.parametrize("acronym,spelt_out", [
    ("KTV", "Office of Kettle Trade Valuation"),  # a broadcaster, a customs office
    ("LMR", "Department of Loom Mill Regulation"),  # a chip maker, a textile regulator
])
def test_one_article_spelling_out_an_acronym_it_does_not_spell_binds_no_other(acronym,
                                                                               spelt_out):
    r = Resolver()
    r.observe(extraction([Entity(spelt_out, "ORG", [acronym])]))
    for _ in range(3):
        r.observe(extraction([Entity(acronym, "ORG")]))
    assert r.canonical(acronym) == acronym


def test_an_acronym_takes_no_persons_name():
    r = Resolver()
    r.observe(extraction([Entity("Dara Selby", "PERSON")]))
    r.observe(extraction([Entity("DS", "PRODUCT")]))
    r.observe(extraction([Entity("DS", "ORG")]))
    assert r.canonical("DS") == "DS"


def test_a_name_follows_the_name_it_was_grouped_under_only_when_that_is_usual():
    r = Resolver()
    r.observe(extraction([Entity("Ivo Brandt", "PERSON", ["Brandt"])]))
    assert r.canonical("Brandt") == "Ivo Brandt"
    for _ in range(2):  # standing on its own in more documents than grouped: kept apart
        r.observe(extraction([Entity("Brandt", "ORG")]))
    assert r.canonical("Brandt") == "Brandt"


def test_states_built_apart_merge_to_what_one_resolver_learns():
    docs = [extraction([Entity("Ivo Brandt", "PERSON", ["Brandt"])], counts={"Ivo Brandt": 2}),
            extraction([Entity("QBL", "ORG"), Entity("Brandt", "PERSON")]),
            extraction([Entity("Quill Bay Logistics", "ORG", ["Quill Bay", "QBL"])])]
    whole, first, second = Resolver(), Resolver(), Resolver()
    for doc in docs:
        whole.observe(doc)
    first.observe(docs[2])
    for doc in docs[:2]:
        second.observe(doc)
    shipped = ResolverState.from_dict(json.loads(json.dumps(second.state.as_dict())))
    first.merge(shipped)
    assert first.state.as_dict() == whole.state.as_dict()
    for name in ("QBL", "Brandt", "Quill Bay", "Ivo Brandt"):
        assert first.canonical(name) == whole.canonical(name)
    assert whole.canonical("QBL") == "Quill Bay Logistics"


def test_a_resolver_seeded_from_a_store_knows_its_names(tmp_path):
    from tieline.store import Store

    with Store(tmp_path / "t.db") as store:
        store.save([Extraction(document=Document(text="y", source="y", language="en"),
                               entities=[Entity("Quill Bay Logistics", "ORG",
                                                ["Quill Bay", "QBL"])],
                               mention_counts={"Quill Bay Logistics": 3})])
        r = Resolver()
        r.seed(store.resolver_seed())
    assert r.canonical("QBL") == r.canonical("Quill Bay") == "Quill Bay Logistics"
    assert r.type_of("Quill Bay") == "ORG"


def test_loading_the_resolver_does_not_load_spacy():
    code = ("import sys, tieline.resolve, tieline.names, "
            "tieline.store.sqlite; print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_types_are_voted_across_documents():
    r = Resolver()
    r.observe(extraction([Entity("Oracle", "PERSON")], counts={"Oracle": 1}))
    r.observe(extraction([Entity("Oracle", "ORG")], counts={"Oracle": 5}))
    assert r.type_of("Oracle") == "ORG"


def test_apply_rewrites_every_name():
    r = Resolver({"Microsoft": ["MSFT"]})
    ex = extraction([Entity("MSFT", "ORG"), Entity("OpenAI", "ORG")],
                    [Relation("invest", "MSFT", "OpenAI")], {"MSFT": 2, "OpenAI": 1})
    ex.money.append(Money("MSFT", "investment", 1e9, "USD"))
    out = r.apply(ex)
    assert [e.name for e in out.entities] == ["Microsoft", "OpenAI"]
    assert (out.relations[0].head, out.money[0].entity) == ("Microsoft", "Microsoft")
    assert out.mention_counts == {"Microsoft": 2, "OpenAI": 1}
    assert "MSFT" in out.entities[0].aliases


def test_relations_that_collapse_onto_one_name_are_dropped():
    r = Resolver({"Alphabet": ["Google"]})
    out = r.apply(extraction([], [Relation("partner", "Google", "Alphabet")]))
    assert out.relations == []
