"""The "llm" extractor against a fake OpenAI-compatible endpoint on 127.0.0.1 (no network).

Each test queues the replies the fake endpoint gives, in order: recorded answers, broken JSON,
answers outside the schema, delays past the timeout, 429 and 500 statuses.
"""
from __future__ import annotations

import copy

import pytest

from tieline.extract.base import get_extractor
from tieline.extract.llm.extractor import LLMExtractor, client_from_settings
from tieline.extract.llm.fake import FakeEndpoint, Reply
from tieline.extract.llm.schema import EXTRACT_SCHEMA
from tieline.model import Document
from tieline.query.facts import fact_rows
from tieline.resolve import Resolver
from tieline.settings import Settings
from tieline.store import Store

pytestmark = pytest.mark.llm

S1 = "Harwick Robotics and Solenne Grid signed a five-year agreement on Tuesday."
S2 = ("Under the deal, Solenne Grid will supply Harwick Robotics with computing power from its "
      "Lumen Cloud service.")
S3 = "Harwick Robotics raised $120 million in new funding, the company said."
S4 = "“We finally have the capacity we need,” said Dara Okafor, Harwick’s chief executive."
S5 = "Analysts expect rivals such as Pellion Systems to follow."
TEXT = f"{S1}\n{S2} {S3} {S4}  {S5}"


def relation(type_, head, tail, evidence, obj=None, via=None, modality="asserted"):
    return {"type": type_, "head": head, "tail": tail, "object": obj, "via": via,
            "modality": modality, "time": None, "evidence": evidence}


GOOD = {
    "entities": [
        {"name": "Harwick Robotics", "type": "ORG", "aliases": ["Harwick"]},
        {"name": "Solenne Grid", "type": "ORG", "aliases": []},
        {"name": "Lumen Cloud", "type": "PRODUCT", "aliases": []},
        {"name": "Dara Okafor", "type": "PERSON", "aliases": []},
    ],
    "relations": [
        relation("partner", "Harwick Robotics", "Solenne Grid", S1),
        # spacing, quotes and case differ from the text: still found
        relation("supply", "Solenne Grid", "Harwick Robotics",
                 "solenne grid  will supply Harwick Robotics with computing power",
                 obj="compute", via="Lumen Cloud", modality="forecast"),
        relation("employ", "Harwick", "Dara Okafor", "said Dara Okafor, Harwick's chief executive",
                 obj="chief executive"),
    ],
    "money": [{"entity": "Harwick Robotics", "kind": "funding", "amount": 120e6,
               "currency": "USD", "modality": "asserted", "time": None,
               "evidence": "raised $120 million in new funding"}],
    "clauses": [],
    "quotes": [{"speaker": "Dara Okafor", "text": "We finally have the capacity we need",
                "about": "Harwick Robotics"}],
}


def ungrounded():
    answer = copy.deepcopy(GOOD)
    answer["relations"] += [
        # the model's paraphrase, not the article's words
        relation("compete", "Harwick Robotics", "Pellion Systems",
                 "Harwick Robotics competes fiercely with Pellion Systems"),
        # evidence found, but a party the article never names
        relation("invest", "Corvid Capital", "Harwick Robotics", S3),
    ]
    answer["money"][0]["evidence"] = "raised $150 million"
    return answer


@pytest.fixture
def endpoint():
    with FakeEndpoint() as fake:
        yield fake


def make(endpoint, tmp_path, **settings) -> LLMExtractor:
    values = dict(extractor="llm", llm_base_url=endpoint.url, llm_model="fake-model",
                  llm_api_key="test-key", llm_cache_dir=str(tmp_path / "cache"),
                  llm_timeout=5.0, llm_retries=2)
    values.update(settings)
    s = Settings.load(env={}, **values)
    return LLMExtractor(s, client=client_from_settings(s, backoff=0.01))


def run(extractor, documents):
    failures = []
    out = list(extractor.extract(documents, on_error=lambda d, e: failures.append((d, e))))
    return out, [str(e) for _, e in failures]


DOC = Document(text=TEXT, source="harwick.txt", title="Harwick signs with Solenne",
               published="2025-03-04")


def test_a_good_answer_becomes_facts_whose_evidence_is_the_document_sentence(endpoint, tmp_path):
    endpoint.queue(Reply(GOOD))
    extractor = make(endpoint, tmp_path)
    (ex,), failures = run(extractor, [DOC])
    assert failures == []
    assert [(r.type, r.head, r.tail, r.object, r.via, r.modality) for r in ex.relations] == [
        ("partner", "Harwick Robotics", "Solenne Grid", None, None, "asserted"),
        ("supply", "Solenne Grid", "Harwick Robotics", "compute", "Lumen Cloud", "forecast"),
        ("employ", "Harwick Robotics", "Dara Okafor", "chief executive", None, "asserted"),
    ]
    assert [r.evidence.sentence for r in ex.relations] == [S1, S2, S4]
    for item in [*ex.relations, *ex.money, *ex.quotes]:
        ev = item.evidence
        assert TEXT[ev.start:ev.end] == ev.sentence and ev.rule == "llm:extract.v1"
        assert ev.document_id == DOC.id
    assert [(m.entity, m.kind, m.amount, m.currency, m.evidence.sentence) for m in ex.money] == \
        [("Harwick Robotics", "funding", 120e6, "USD", S3)]
    (quote,) = ex.quotes
    assert (quote.speaker, quote.text, quote.about, quote.evidence.sentence) == \
        ("Dara Okafor", "We finally have the capacity we need", "Harwick Robotics", S4)
    assert {e.name: e.type for e in ex.entities} == {
        "Harwick Robotics": "ORG", "Solenne Grid": "ORG", "Lumen Cloud": "PRODUCT",
        "Dara Okafor": "PERSON"}
    assert ex.mention_counts["Harwick Robotics"] == 4  # "Harwick" counts too
    assert extractor.usage() == {"requests": 1, "tokens_in": pytest.approx(900, abs=400),
                                 "tokens_out": pytest.approx(250, abs=150), "cache_hits": 0,
                                 "failures": 0, "dropped_ungrounded": 0,
                                 "dropped_unknown_names": 0}


def test_requests_carry_the_model_the_key_the_schema_and_the_text(endpoint, tmp_path):
    endpoint.queue(Reply(GOOD))
    run(make(endpoint, tmp_path), [DOC])
    (request,) = endpoint.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["headers"]["Authorization"] == "Bearer test-key"
    body = request["body"]
    assert body["model"] == "fake-model" and body["temperature"] == 0
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"] == EXTRACT_SCHEMA
    assert body["response_format"]["json_schema"]["strict"] is True
    system, user = body["messages"]
    assert system["role"] == "system" and "evidence" in system["content"]
    assert TEXT in user["content"] and "2025-03-04" in user["content"]


def test_facts_whose_evidence_is_not_in_the_text_are_dropped_and_counted(endpoint, tmp_path):
    endpoint.queue(Reply(ungrounded()))
    extractor = make(endpoint, tmp_path)
    (ex,), failures = run(extractor, [DOC])
    assert failures == []
    assert [r.type for r in ex.relations] == ["partner", "supply", "employ"]
    assert ex.money == [] and "Corvid Capital" not in {e.name for e in ex.entities}
    usage = extractor.usage()
    assert (usage["dropped_ungrounded"], usage["dropped_unknown_names"]) == (2, 1)
    assert "2 facts dropped as ungrounded, 1 dropped for names not in the text" in \
        extractor.summary()


def test_malformed_json_is_asked_again_once_then_reported(endpoint, tmp_path):
    endpoint.queue(Reply('{"entities": [}'), Reply("Sure! Here are the facts:"))
    extractor = make(endpoint, tmp_path)
    out, failures = run(extractor, [DOC])
    assert out == [] and len(endpoint.requests) == 2
    assert failures == ["extract.v1 for harwick.txt: the model's answer did not fit the schema "
                        "twice (not valid JSON (Expecting value at character 0))"]
    assert extractor.usage()["failures"] == 1


def test_malformed_json_then_a_good_answer_succeeds(endpoint, tmp_path):
    endpoint.queue(Reply("not json"), Reply(GOOD))
    (ex,), failures = run(make(endpoint, tmp_path), [DOC])
    assert failures == [] and len(ex.relations) == 3 and len(endpoint.requests) == 2


def test_an_answer_outside_the_schema_is_retried_once_then_reported(endpoint, tmp_path):
    wrong = copy.deepcopy(GOOD)
    wrong["relations"][0]["type"] = "merger"
    endpoint.queue(Reply(wrong), Reply(wrong), Reply(GOOD))
    extractor = make(endpoint, tmp_path)
    out, failures = run(extractor, [DOC])
    assert out == [] and len(endpoint.requests) == 2  # the third reply is never asked for
    assert len(failures) == 1
    assert "did not fit the schema twice ($.relations[0].type: 'merger' is not one of" \
        in failures[0]
    assert extractor.usage()["failures"] == 1


def test_without_on_error_the_failure_propagates(endpoint, tmp_path):
    endpoint.queue(Reply("x"), Reply("y"))
    with pytest.raises(Exception, match="did not fit the schema twice"):
        list(make(endpoint, tmp_path).extract([DOC]))


def test_a_timeout_is_retried_then_reported(endpoint, tmp_path):
    endpoint.queue(*[Reply(GOOD, delay=1.0)] * 2)
    extractor = make(endpoint, tmp_path, llm_timeout=0.2, llm_retries=1)
    out, failures = run(extractor, [DOC])
    assert out == []
    assert failures == [f"{endpoint.url}/chat/completions: no answer within 0.2 s "
                        "(gave up after 2 attempts)"]
    usage = extractor.usage()
    assert (usage["requests"], usage["failures"], usage["tokens_in"]) == (2, 1, 0)


def test_a_timeout_then_an_answer_succeeds(endpoint, tmp_path):
    endpoint.queue(Reply(GOOD, delay=2.0), Reply(GOOD))
    (ex,), failures = run(make(endpoint, tmp_path, llm_timeout=0.5), [DOC])
    assert failures == [] and len(ex.relations) == 3


def test_a_429_is_retried_after_the_wait_the_server_asks_for(endpoint, tmp_path):
    endpoint.queue(Reply("slow down", status=429, headers={"Retry-After": "0"}), Reply(GOOD))
    extractor = make(endpoint, tmp_path)
    (ex,), failures = run(extractor, [DOC])
    assert failures == [] and len(ex.relations) == 3
    assert extractor.usage()["requests"] == 2 and extractor.usage()["failures"] == 0


def test_a_500_is_retried_with_backoff_then_reported_with_the_server_message(endpoint,
                                                                              tmp_path):
    endpoint.queue(*[Reply("model crashed", status=500)] * 3)
    extractor = make(endpoint, tmp_path, llm_retries=2)
    out, failures = run(extractor, [DOC])
    assert out == [] and len(endpoint.requests) == 3
    assert failures == [f"{endpoint.url}/chat/completions: HTTP 500: model crashed "
                        "(gave up after 3 attempts)"]


def test_a_500_then_an_answer_succeeds(endpoint, tmp_path):
    endpoint.queue(Reply("busy", status=503), Reply(GOOD))
    (ex,), failures = run(make(endpoint, tmp_path), [DOC])
    assert failures == [] and len(ex.relations) == 3


def test_a_client_error_is_not_retried_and_says_what_to_check(endpoint, tmp_path):
    endpoint.queue(Reply("model 'fake-model' not found", status=404))
    out, failures = run(make(endpoint, tmp_path), [DOC])
    assert len(endpoint.requests) == 1
    assert failures == [f"{endpoint.url}/chat/completions: HTTP 404: model 'fake-model' not "
                        "found (check llm_base_url (it usually ends in /v1) and llm_model)"]


def test_an_endpoint_that_is_not_running_is_named(tmp_path):
    with FakeEndpoint() as gone:
        url = gone.url
    s = Settings.load(env={}, extractor="llm", llm_base_url=url, llm_model="m",
                      llm_cache_dir="off")
    out, failures = run(get_extractor(s), [DOC])
    assert out == [] and failures[0].startswith(f"cannot reach {url}/chat/completions")
    assert "is the server running?" in failures[0]


def test_a_second_run_is_answered_from_the_cache_without_requests(endpoint, tmp_path):
    endpoint.queue(Reply(GOOD))
    (first,), _ = run(make(endpoint, tmp_path), [DOC])
    again = make(endpoint, tmp_path)
    (second,), failures = run(again, [DOC])
    assert failures == [] and len(endpoint.requests) == 1
    assert second.relations == first.relations and second.money == first.money
    assert again.usage()["cache_hits"] == 1 and again.usage()["requests"] == 0
    # another model or no cache asks again
    endpoint.queue(Reply(GOOD), Reply(GOOD))
    run(make(endpoint, tmp_path, llm_model="other-model"), [DOC])
    run(make(endpoint, tmp_path, llm_cache_dir="off"), [DOC])
    assert len(endpoint.requests) == 3


def test_a_failed_answer_is_not_cached(endpoint, tmp_path):
    endpoint.queue(Reply("x"), Reply("y"), Reply(GOOD))
    run(make(endpoint, tmp_path), [DOC])
    (ex,), failures = run(make(endpoint, tmp_path), [DOC])
    assert failures == [] and len(ex.relations) == 3 and len(endpoint.requests) == 3


def test_long_documents_are_asked_in_overlapping_chunks_and_facts_kept_once(endpoint, tmp_path):
    filler = " ".join(f"Item {i} of the quarterly note is routine." for i in range(12))
    text = f"{S1} {filler} {S2}"
    doc = Document(text=text, source="long.txt")
    first = {**{k: [] for k in GOOD}, "entities": GOOD["entities"][:2],
             "relations": [GOOD["relations"][0]]}
    second = {**first, "relations": [GOOD["relations"][0], GOOD["relations"][1]]}
    endpoint.fallback = lambda body: Reply(second if S2 in body["messages"][1]["content"]
                                           else first)
    extractor = make(endpoint, tmp_path, llm_chunk_chars=300, llm_chunk_overlap=100)
    (ex,), failures = run(extractor, [doc])
    sent = [r["body"]["messages"][1]["content"] for r in endpoint.requests]
    assert failures == [] and len(sent) >= 3
    assert all(len(s) < 400 for s in sent)
    assert [(r.type, r.evidence.sentence) for r in ex.relations] == [("partner", S1),
                                                                      ("supply", S2)]


def test_requests_run_concurrently_up_to_the_limit_and_results_keep_input_order(endpoint,
                                                                                tmp_path):
    docs = [Document(text=f"{S1} Note {i}.", source=f"d{i}.txt") for i in range(6)]
    endpoint.fallback = lambda body: Reply(GOOD, delay=0.15)
    extractor = make(endpoint, tmp_path, llm_concurrency=2)
    seen = []
    out = list(extractor.extract(docs, progress=seen.append))
    assert [ex.document.source for ex in out] == [d.source for d in docs] == \
        [d.source for d in seen]
    assert endpoint.max_in_flight == 2 and len(endpoint.requests) == 6


def test_llm_facts_go_through_the_resolver_into_the_store_unchanged(endpoint, tmp_path):
    endpoint.queue(Reply(GOOD))
    (ex,), _ = run(make(endpoint, tmp_path), [DOC])
    resolver = Resolver()
    resolver.observe(ex)
    store = Store(tmp_path / "t.db")
    store.save([resolver.apply(ex)])
    (fact,) = fact_rows(store, kind="supply")
    assert (fact.subject, fact.object, fact.attributes.object) == \
        ("Solenne Grid", "Harwick Robotics", "compute")
    (ev,) = fact.evidence
    assert (ev.sentence, ev.rule, TEXT[ev.start:ev.end]) == (S2, "llm:extract.v1", S2)
    store.close()


def test_llm_mode_never_loads_the_spacy_model(endpoint, tmp_path, monkeypatch):
    import tieline.nlp

    def refuse(*args, **kwargs):
        raise AssertionError("llm mode loaded the spaCy model")

    monkeypatch.setattr(tieline.nlp, "load", refuse)
    endpoint.queue(Reply(GOOD))
    (ex,), failures = run(make(endpoint, tmp_path), [DOC])
    assert failures == [] and len(ex.relations) == 3


def test_stopping_early_cancels_the_requests_not_yet_sent(endpoint, tmp_path):
    docs = [Document(text=f"{S1} Note {i}.", source=f"d{i}.txt") for i in range(8)]
    endpoint.fallback = lambda body: Reply(GOOD, delay=0.4)
    stream = make(endpoint, tmp_path, llm_concurrency=1).extract(docs)
    first = next(stream)
    stream.close()  # the caller stops reading, as on Ctrl-C
    assert first.document.source == "d0.txt"
    assert len(endpoint.requests) <= 2  # the one answered and the one in flight, no more
