"""invest (round 23): a firm said to be part of another, or to belong to it ("Kestrel Foods,
part of Halvorsen Marine Group, ...", "Kestrel Foods is now part of the Halvorsen Marine Group",
"Kestrel Foods, which belongs to Halvorsen Marine Group, ...") is held by it. Near shapes give
nothing: a part of a chain, a plan, a consortium, an alliance, an index, a ministry or a
university; "a key part of"; an aside after two names; a bare past "was part of". Every name
is invented."""
from __future__ import annotations

import pytest

from extracted import of_kind

OWNER, OWNED = "Halvorsen Marine Group", "Kestrel Foods"


@pytest.mark.parametrize("text, modality", [
    ("Kestrel Foods, part of Halvorsen Marine Group, posted higher sales.", "asserted"),
    ("Kestrel Foods, now part of Halvorsen Marine Group, posted higher sales.", "asserted"),
    ("Kestrel Foods, which is part of Halvorsen Marine Group, posted higher sales.", "asserted"),
    ("Kestrel Foods is part of the Halvorsen Marine Group.", "asserted"),
    ("Kestrel Foods became part of Halvorsen Marine Group in 2019.", "asserted"),
    ("Kestrel Foods remains part of Halvorsen Marine Group.", "asserted"),
    ("Kestrel Foods belongs to Halvorsen Marine Group.", "asserted"),
    ("Kestrel Foods, which belongs to Halvorsen Marine Group, posted higher sales.", "asserted"),
    ("Kestrel Foods is no longer part of Halvorsen Marine Group.", "negated"),
    ("Kestrel Foods was once part of Halvorsen Marine Group.", "negated"),
    ("Kestrel Foods will become part of Halvorsen Marine Group when the deal closes.",
     "forecast"),
])
def test_part_of_a_firm_is_held_by_it(nlp, text, modality):
    assert of_kind(nlp, text, "invest").get((OWNER, OWNED)) == modality


def test_a_relative_clause_after_a_list_names_no_holding(nlp):
    # the parser hangs the clause on the first name; the writer meant the last one
    assert not of_kind(nlp, "Brambleway Dairy, Kestrel Foods and Orvane Dairies, which belongs "
                            "to Halvorsen Marine Group, posted results.", "invest")


@pytest.mark.parametrize("text", [
    "Kestrel Foods is part of the Halvorsen Marine Group supply chain.",
    "Kestrel Foods is part of a Halvorsen Marine Group pilot.",
    "Kestrel Foods is part of Halvorsen Marine Group's dairy arm.",
    "Kestrel Foods will be part of Halvorsen Marine Group's new program.",
    "Kestrel Foods, part of the deal with Halvorsen Marine Group, posted higher sales.",
    "Kestrel Foods, part of the Trellis consortium, posted higher sales.",
    "Kestrel Foods, part of the Quillfield Alliance, posted higher sales.",
    "Kestrel Foods is part of the Orvane Index.",
    "Kestrel Foods is part of the Orvane Stock Exchange.",
    "Kestrel Foods, part of the Norland Ministry of Trade, posted higher sales.",
    "Kestrel Foods belongs to the Norland Dairy Association.",
    "The Orvane Research Institute is part of Quillfield University.",
    "Kestrel Foods is an integral part of Halvorsen Marine Group.",
    "Kestrel Foods and Brambleway Dairy, part of Halvorsen Marine Group, posted higher sales.",
    "Kestrel Foods was part of Halvorsen Marine Group, bought by Trellis Capital last year.",
    "Kestrel Foods took part in the Halvorsen Marine Group trade fair.",
    "The stadium belongs to Halvorsen Marine Group.",
])
def test_no_holding_from_other_parts(nlp, text):
    assert not {k: v for k, v in of_kind(nlp, text, "invest").items()
                if k[1] != "Trellis Capital"}
