"""LLM mode without a model: sentence spans, chunks, grounding, the schema, prompts, settings."""
from __future__ import annotations

import pytest

from tieline.errors import BadInput
from tieline.extract.base import get_extractor
from tieline.extract.llm import prompts
from tieline.extract.llm.grounding import Grounder
from tieline.extract.llm.schema import EXTRACT_SCHEMA, VERIFY_SCHEMA, SchemaError, validate
from tieline.extract.llm.sentences import chunks, sentence_spans
from tieline.model import MODALITIES, RELATION_TYPES, SUPPLY_OBJECTS
from tieline.settings import Settings

pytestmark = pytest.mark.llm

TEXT = ("Marrow Dynamics Inc. agreed to buy Tesselate Ltd. for $40 million, Dr. Ana Ruiz said.\n"
        "The U.S. regulator must approve it. “We are thrilled,” said Ruiz!  Shares rose 4%.")


def sentences(text):
    return [text[s:e] for s, e in sentence_spans(text)]


def test_sentences_end_at_stops_and_line_breaks_but_not_at_abbreviations():
    assert sentences(TEXT) == [
        "Marrow Dynamics Inc. agreed to buy Tesselate Ltd. for $40 million, Dr. Ana Ruiz said.",
        "The U.S. regulator must approve it.",
        "“We are thrilled,” said Ruiz!",
        "Shares rose 4%.",
    ]


def test_a_name_internal_abbreviation_ends_no_sentence():
    text = "The Avalon Natl. Bank lent to the Kestrel Intl. Freight Group. It was repaid."
    assert sentences(text) == [
        "The Avalon Natl. Bank lent to the Kestrel Intl. Freight Group.", "It was repaid."]


def test_chunks_are_whole_sentences_with_overlap_and_cover_the_text():
    text = " ".join(f"Sentence number {i} is about Orvane Foods." for i in range(1, 31))
    parts = chunks(text, size=300, overlap=90)
    assert len(parts) > 2
    spans = sentence_spans(text)
    starts, ends = {s for s, _ in spans}, {e for _, e in spans}
    for part in parts:
        assert part.start in starts and part.end in ends and part.end - part.start <= 300
    for before, after in zip(parts, parts[1:]):
        assert after.start < before.end  # the overlap
        assert before.end - after.start <= 90
    assert parts[0].start == 0 and parts[-1].end == len(text)
    assert [p.index for p in parts] == list(range(1, len(parts) + 1))


def test_a_sentence_longer_than_a_chunk_is_a_chunk_of_its_own():
    text = "Short one. " + "Very long words " * 40 + "end. Tail."
    parts = chunks(text, size=50, overlap=20)
    assert [text[p.start:p.end] for p in parts][0] == "Short one."
    assert parts[-1].end == len(text)


def test_grounding_folds_whitespace_quotes_and_case_and_returns_the_sentence():
    g = Grounder(TEXT)
    start, end = g.sentence("we are THRILLED,\" said   ruiz")
    assert TEXT[start:end] == "“We are thrilled,” said Ruiz!"
    start, end = g.sentence("agreed to buy Tesselate Ltd.")
    assert TEXT[start:end].startswith("Marrow Dynamics") and TEXT[end - 5:end] == "said."


def test_grounding_refuses_paraphrases_and_quotes_too_short_to_mean_anything():
    g = Grounder(TEXT)
    assert g.sentence("Marrow Dynamics will acquire Tesselate") is None
    assert g.sentence("Tesselate") is None
    assert g.sentence(None) is None


def test_grounding_prefers_the_occurrence_inside_the_chunk():
    text = "Pell Corp signed the deal today. Other news. Pell Corp signed the deal today."
    g = Grounder(text)
    assert g.locate("Pell Corp signed the deal") == (0, 25)
    assert g.locate("Pell Corp signed the deal", near=(40, len(text)))[0] == 45


def test_mentions_count_whole_words_only():
    g = Grounder("Arlo and Arlo Systems met Carlo.")
    assert g.mentions("Arlo") == 2 and g.mentions("arlo systems") == 1 and g.mentions("") == 0


def answer(**relation):
    base = {"type": "supply", "head": "A", "tail": "B", "object": "chips", "via": None,
            "modality": "asserted", "time": None, "evidence": "A sells chips to B."}
    return {"entities": [], "relations": [{**base, **relation}], "money": [], "clauses": [],
            "quotes": []}


def test_the_schema_allows_only_the_closed_sets():
    validate(answer(), EXTRACT_SCHEMA)
    validate(answer(type="employ", object="CFO"), EXTRACT_SCHEMA)  # a role is free text
    validate(answer(type="use", object="GPUs"), EXTRACT_SCHEMA)  # what is used, in words
    with pytest.raises(SchemaError, match=r"type: 'merges' is not one of supply; or "
                                          r"'merges' is not one of partner, invest, use"):
        validate(answer(type="merges"), EXTRACT_SCHEMA)
    with pytest.raises(SchemaError, match="'spices' is not one of"):
        validate(answer(object="spices"), EXTRACT_SCHEMA)  # supply objects are a closed set
    with pytest.raises(SchemaError, match="modality"):
        validate(answer(modality="rumoured"), EXTRACT_SCHEMA)
    with pytest.raises(SchemaError, match=r"\$.relations\[0\]: missing 'evidence'"):
        bad = answer()
        del bad["relations"][0]["evidence"]
        validate(bad, EXTRACT_SCHEMA)
    with pytest.raises(SchemaError, match="unexpected 'note'"):
        validate({**answer(), "note": "x"}, EXTRACT_SCHEMA)
    with pytest.raises(SchemaError, match="expected integer"):
        validate({"verdicts": [{"id": True, "verdict": "confirm", "reason": ""}]}, VERIFY_SCHEMA)


def test_the_schema_lists_the_model_sets_themselves():
    relation = EXTRACT_SCHEMA["properties"]["relations"]["items"]["anyOf"]
    types = [t for option in relation for t in option["properties"]["type"]["enum"]]
    assert sorted(types) == sorted(RELATION_TYPES)
    assert relation[0]["properties"]["modality"]["enum"] == list(MODALITIES)
    assert relation[0]["properties"]["object"]["anyOf"][0]["enum"] == list(SUPPLY_OBJECTS)


def test_prompts_are_versioned_files_and_an_unknown_version_is_named():
    prompt = prompts.load("extract", "v1")
    assert prompt.rule == "llm:extract.v1" and "evidence" in prompt.system
    user = prompt.messages(text="Orvane paid $5 million.", title="T", published="2025-01-02")[1]
    assert "Orvane paid $5 million." in user["content"] and "2025-01-02" in user["content"]
    with pytest.raises(BadInput, match="no prompt 'extract.v9'.*available: extract.v1"):
        prompts.load("extract", "v9")


def test_llm_settings_come_from_the_environment_and_the_key_is_never_shown():
    settings = Settings.load(env={"TIELINE_LLM_BASE_URL": "http://localhost:11434/v1",
                                  "TIELINE_LLM_MODEL": "qwen2.5:7b",
                                  "TIELINE_LLM_API_KEY": "secret-key",
                                  "TIELINE_LLM_CONCURRENCY": "2"})
    assert (settings.llm_base_url, settings.llm_model, settings.llm_concurrency) == \
        ("http://localhost:11434/v1", "qwen2.5:7b", 2)
    assert settings.llm_api_key == "secret-key" and "secret-key" not in repr(settings)


@pytest.mark.parametrize("mode", ["llm", "rules+verify"])
def test_an_llm_mode_without_an_endpoint_says_what_to_set(mode):
    settings = Settings.load(env={}, extractor=mode)
    with pytest.raises(BadInput) as caught:
        get_extractor(settings)
    message = str(caught.value)
    assert "needs an LLM endpoint: llm_base_url and llm_model not set" in message
    assert "TIELINE_LLM_BASE_URL" in message and "11434/v1" in message
