"""Canonical names across documents: alias files, suffixes, acronyms, type voting."""
from __future__ import annotations

import pytest

from tieline.model import Document, Entity, Extraction, Money, Relation
from tieline.resolve import AliasFileError, Resolver


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


def test_suffixes_and_case_fold_to_the_first_name_seen():
    r = Resolver()
    r.observe(extraction([Entity("Siemens", "ORG")]))
    assert r.canonical("Siemens AG") == "Siemens"
    assert r.canonical("SIEMENS") == "Siemens"


def test_acronym_of_a_seen_name():
    r = Resolver()
    r.observe(extraction([Entity("Advanced Micro Devices", "ORG")]))
    assert r.canonical("AMD") == "Advanced Micro Devices"


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
