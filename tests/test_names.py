"""The one name key that every stage compares names by."""
from __future__ import annotations

from tieline.names import clean_name, compact, fold, key


def test_spellings_of_one_name_share_the_key():
    assert key("Tarnwick Corp.") == key("tarnwick") == key("Tarnwick's") == "tarnwick"
    assert key("Mr. Ivo Brandt") == key("IVO BRANDT") == "ivo brandt"
    assert key("Société Générale") == key("Societe Generale")


def test_publications_keep_their_article_even_with_a_suffix():
    assert key("The Harbour Times Inc.") == key("The Harbour Times") == "the harbour times"
    assert key("The Quill Group") == "quill group"


def test_a_kept_article_is_written_as_the_title_writes_it():
    """Mid-sentence "the Harbour Times" is stored as the paper's title, "The Harbour Times";
    an article dropped elsewhere stays dropped, and the key is unchanged."""
    assert clean_name("the Harbour Times") == clean_name("The Harbour Times") == "The Harbour Times"
    assert clean_name("the Kelso Valley Herald") == "The Kelso Valley Herald"
    assert clean_name("the Quill Group") == "Quill Group"
    assert clean_name("the Brindle Foods") == "Brindle Foods"
    assert key("the Harbour Times") == "the harbour times"
    assert clean_name("then") == "then"


def test_compact_ignores_word_breaks_only():
    assert compact("QB Morgan") == compact("QBMorgan") == "qbmorgan"
    assert key("QB Morgan") != key("QBMorgan")


def test_the_key_of_a_clean_name_is_its_fold():
    """The store keys alias rows by fold and finds entities by key: for canonical (clean)
    names the two agree, so databases written before the key existed still resolve."""
    for name in ("Tarnwick Corp.", "The Harbour Times", "Mr Ivo Brandt", "Quill Bay's",
                 "AT&T", "Rolls-Royce plc", "the Dr Ivo Brandt"):
        canonical = clean_name(name)
        assert key(canonical) == fold(canonical)
