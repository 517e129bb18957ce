"""The "rules+verify" extractor: rule facts (built by hand here) confirmed or rejected by a fake
OpenAI-compatible endpoint on 127.0.0.1."""
from __future__ import annotations

import re

import pytest

from tieline.extract.base import REGISTRY
from tieline.extract.llm.extractor import client_from_settings
from tieline.extract.llm.fake import FakeEndpoint, Reply
from tieline.extract.llm.schema import VERIFY_SCHEMA
from tieline.extract.llm.verifier import VerifyExtractor, rules_extractor
from tieline.model import Document, Entity, Evidence, Extraction, Money, Quote, Relation
from tieline.settings import Settings

pytestmark = pytest.mark.llm

S1 = "Quarry Peak Mining agreed to sell copper to Vantor Cables for five years."
S2 = "Vantor Cables, a rival of Ostrel Wire, paid $75 million for the contract."
TEXT = f"{S1} {S2}"
DOC = Document(text=TEXT, source="quarry.txt", title="Quarry Peak signs copper deal")


def evidence(sentence: str, rule: str) -> Evidence:
    start = TEXT.index(sentence)
    return Evidence(DOC.id, start, start + len(sentence), sentence, rule, 0.6)


def rule_extraction(doc: Document = DOC) -> Extraction:
    return Extraction(
        document=doc,
        entities=[Entity("Quarry Peak Mining"), Entity("Vantor Cables"), Entity("Ostrel Wire")],
        relations=[Relation("supply", "Quarry Peak Mining", "Vantor Cables", "other",
                            evidence=evidence(S1, "verb:supply:3")),
                   Relation("compete", "Vantor Cables", "Ostrel Wire",
                            evidence=evidence(S2, "noun:rival")),
                   Relation("partner", "Quarry Peak Mining", "Ostrel Wire",
                            evidence=evidence(S2, "verb:partner:1"))],
        money=[Money("Vantor Cables", "cost", 75e6, "USD", evidence=evidence(S2, "money:paid"))],
        quotes=[Quote("Someone", "unquoted words")],  # no evidence: not asked about, kept
        mention_counts={"Vantor Cables": 2})


class FakeRules:
    """Stands in for the rule-based extractor: yields Extractions built by hand."""
    name = "rules"

    def __init__(self, settings=None, extractions=None, **options):
        self.extractions = extractions if extractions is not None else [rule_extraction()]

    def extract(self, documents, *, progress=None, on_error=None):
        by_id = {ex.document.id: ex for ex in self.extractions}
        for doc in documents:
            if doc.id in by_id:
                yield by_id[doc.id]
            elif on_error is not None:
                on_error(doc, ValueError("rules failed"))
            if progress:
                progress(doc)


def verdicts(*decisions: str) -> dict:
    return {"verdicts": [{"id": i, "verdict": d, "reason": "because"}
                         for i, d in enumerate(decisions, 1)]}


@pytest.fixture
def endpoint():
    with FakeEndpoint() as fake:
        yield fake


def make(endpoint, tmp_path, rules=None, **settings) -> VerifyExtractor:
    values = dict(extractor="rules+verify", llm_base_url=endpoint.url, llm_model="judge",
                  llm_cache_dir=str(tmp_path / "cache"), llm_retries=1)
    values.update(settings)
    s = Settings.load(env={}, **values)
    return VerifyExtractor(s, client=client_from_settings(s, backoff=0.01),
                           rules=rules or FakeRules())


def run(extractor, documents):
    failures = []
    out = list(extractor.extract(documents, on_error=lambda d, e: failures.append(str(e))))
    return out, failures


def test_confirmed_facts_are_kept_and_rejected_ones_removed_and_counted(endpoint, tmp_path):
    endpoint.queue(Reply(verdicts("confirm", "confirm", "reject", "confirm")))
    verifier = make(endpoint, tmp_path)
    (ex,), failures = run(verifier, [DOC])
    assert failures == []
    assert [(r.type, r.head, r.tail) for r in ex.relations] == [
        ("supply", "Quarry Peak Mining", "Vantor Cables"),
        ("compete", "Vantor Cables", "Ostrel Wire")]
    assert [r.evidence.rule for r in ex.relations] == ["verb:supply:3+llm:verify.v1",
                                                       "noun:rival+llm:verify.v1"]
    assert [(m.entity, m.amount) for m in ex.money] == [("Vantor Cables", 75e6)]
    assert [r.evidence.sentence for r in ex.relations] == [S1, S2]  # spans untouched
    assert ex.quotes == [Quote("Someone", "unquoted words")]
    assert ex.entities == rule_extraction().entities
    usage = verifier.usage()
    assert (usage["requests"], usage["confirmed"], usage["rejected"]) == (1, 3, 1)
    assert "3 rule facts confirmed, 1 rejected" in verifier.summary()
    assert list(verifier.rejections) == [
        ("quarry.txt", "partner(head: Quarry Peak Mining, tail: Ostrel Wire); asserted",
         "because")]


def test_one_request_per_document_carries_the_facts_their_sentences_and_the_schema(endpoint,
                                                                                   tmp_path):
    endpoint.queue(Reply(verdicts(*["confirm"] * 4)))
    run(make(endpoint, tmp_path), [DOC])
    (request,) = endpoint.requests
    body = request["body"]
    assert body["model"] == "judge"
    assert body["response_format"]["json_schema"]["schema"] == VERIFY_SCHEMA
    user = body["messages"][1]["content"]
    assert "Quarry Peak signs copper deal" in user
    assert re.findall(r"^\[(\d)\] (\S+)", user, re.M) == [
        ("1", "supply(head:"), ("2", "compete(head:"), ("3", "partner(head:"),
        ("4", "money:")]
    assert f"sentence: {S1}" in user and f"sentence: {S2}" in user
    assert "money: Vantor Cables cost 75 million USD; asserted" in user


def test_an_answer_missing_a_verdict_is_retried_once_then_the_document_fails(endpoint,
                                                                             tmp_path):
    endpoint.queue(Reply(verdicts("confirm", "confirm")), Reply(verdicts("reject")))
    verifier = make(endpoint, tmp_path)
    out, failures = run(verifier, [DOC])
    assert out == [] and len(endpoint.requests) == 2
    assert failures == ["verify.v1 for quarry.txt: the model's answer did not fit the schema "
                        "twice ($.verdicts: expected one verdict for each of facts 1-4, "
                        "got ids [1])"]
    assert verifier.usage()["failures"] == 1 and verifier.usage()["confirmed"] == 0


def test_a_verdict_outside_the_schema_is_reported(endpoint, tmp_path):
    bad = {"verdicts": [{"id": i, "verdict": "maybe", "reason": ""} for i in range(1, 5)]}
    endpoint.queue(Reply(bad), Reply(bad))
    out, failures = run(make(endpoint, tmp_path), [DOC])
    assert out == [] and "'maybe' is not one of confirm, reject" in failures[0]


def test_documents_without_facts_ask_nothing_and_rule_failures_pass_through(endpoint,
                                                                            tmp_path):
    empty = Document(text="Nothing happened today at all.", source="empty.txt")
    broken = Document(text="The rules choke on this one.", source="broken.txt")
    rules = FakeRules(extractions=[Extraction(document=empty)])
    out, failures = run(make(endpoint, tmp_path, rules=rules), [empty, broken])
    assert [ex.document.source for ex in out] == ["empty.txt"]
    assert failures == ["rules failed"] and endpoint.requests == []


def test_many_facts_are_asked_in_batches_under_the_chunk_size(endpoint, tmp_path):
    def answer(body):
        ids = re.findall(r"^\[(\d+)\]", body["messages"][1]["content"], re.M)
        return Reply(verdicts(*["confirm"] * len(ids)))

    endpoint.fallback = answer
    verifier = make(endpoint, tmp_path, llm_chunk_chars=300)
    (ex,), failures = run(verifier, [DOC])
    assert failures == [] and len(endpoint.requests) >= 2
    assert len(ex.relations) == 3 and len(ex.money) == 1
    assert verifier.usage()["confirmed"] == 4


def test_a_second_run_is_answered_from_the_cache(endpoint, tmp_path):
    endpoint.queue(Reply(verdicts("confirm", "reject", "reject", "confirm")))
    (first,), _ = run(make(endpoint, tmp_path), [DOC])
    again = make(endpoint, tmp_path)
    (second,), failures = run(again, [DOC])
    assert failures == [] and len(endpoint.requests) == 1 and again.usage()["cache_hits"] == 1
    assert second.relations == first.relations and len(second.relations) == 1


def test_the_rules_come_from_the_registry(monkeypatch):
    settings = Settings.load(env={})
    monkeypatch.setitem(REGISTRY, "rules", "test_llm_verifier:FakeRules")
    assert isinstance(rules_extractor(settings), FakeRules)


def test_with_the_real_rules_confirming_everything_keeps_every_rule_fact(endpoint, tmp_path,
                                                                         nlp):
    def confirm_all(body):
        ids = re.findall(r"^\[(\d+)\]", body["messages"][1]["content"], re.M)
        return Reply(verdicts(*["confirm"] * len(ids)))

    endpoint.fallback = confirm_all
    settings = Settings.load(env={}, extractor="rules+verify", llm_base_url=endpoint.url,
                             llm_model="judge", llm_cache_dir="off")
    doc = Document(text="Tarnwell Aerospace has agreed to acquire Kestrine Avionics. "
                        "Kestrine Avionics supplies chips to Brightwater Motors.",
                   source="tarnwell.txt")
    (plain,) = rules_extractor(settings).extract([doc])
    verifier = VerifyExtractor(settings, client=client_from_settings(settings, backoff=0.01))
    (checked,) = verifier.extract([doc])
    assert plain.relations, "the rules should find something in this text"
    assert [(r.type, r.head, r.tail) for r in checked.relations] == \
        [(r.type, r.head, r.tail) for r in plain.relations]
    assert all(r.evidence.rule.endswith("+llm:verify.v1") for r in checked.relations)
    assert verifier.usage()["rejected"] == 0 and len(endpoint.requests) == 1
