"""The batched write path (store/sql/writes.py, writes_plan.py): a batch written in one go
leaves the store as writing its extractions one at a time does; bad input is still counted;
a failure while writing a batch loses nothing committed before it. Invented companies only."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import text

import tieline.store.sql.writes_plan as writes_plan
from tieline.ingest import ingest
from tieline.model import Document, Entity, Evidence, Extraction, Money, Relation
from tieline.store import open_store

DUMPS = {  # every table by content: ids replaced by names and fact keys
    "documents": "SELECT id, title, published, language, source, text, status FROM documents",
    "sources": "SELECT document_id, source, match FROM document_sources",
    "entities": "SELECT e.name, e.type, e.type_votes, m.name FROM entities e"
                " LEFT JOIN entities m ON m.id = e.maker_id",
    "aliases": "SELECT a.key, a.alias, e.name FROM aliases a JOIN entities e ON e.id = a.entity_id",
    "mentions": "SELECT e.name, m.document_id, m.count FROM mentions m"
                " JOIN entities e ON e.id = m.entity_id",
    "facts": "SELECT f.key, s.name, o.name, f.attributes, f.modality, f.time, f.first_seen,"
             " f.last_seen, f.valid_from, f.valid_to, f.status FROM facts f"
             " LEFT JOIN entities s ON s.id = f.subject_id LEFT JOIN entities o ON o.id = f.object_id",
    "evidence": "SELECT f.key, v.document_id, v.start, v.\"end\", v.sentence, v.rule, v.modality,"
                " v.cue, v.valid_to FROM evidence v JOIN facts f ON f.id = v.fact_id",
}
IDS = {"entities": "SELECT id, name FROM entities", "facts": "SELECT id, key FROM facts",
       "evidence": "SELECT id, fact_id, start FROM evidence"}


def dump(store, queries=DUMPS) -> dict[str, list[str]]:
    def plain(value):  # JSON compared as data: PostgreSQL's JSONB has its own key order
        if isinstance(value, str) and value.startswith("{"):
            value = json.loads(value)
        return json.dumps(value, sort_keys=True) if isinstance(value, (dict, list)) else value
    with store.connect() as conn:
        return {t: sorted(repr(tuple(map(plain, r))) for r in conn.execute(text(q)))
                for t, q in queries.items()}


def ev(doc: Document, sentence: str, rule: str = "test", change: str | None = None) -> Evidence:
    start = doc.text.index(sentence)
    return Evidence(doc.id, start, start + len(sentence), sentence, rule, 0.8, change=change)


def batch() -> list[Extraction]:
    """Extractions whose rows depend on each other across documents: a name key shared, an
    alias owning a later name, a fact reported in three documents, a span reported twice."""
    a = Document("Corvale Robotics signed a partnership with Nestwick Labs. Corvale builds "
                 "the Glint Arm.", "a.txt", published="2024-03-01")
    b = Document("Nestwick Labs Inc renewed its partnership with Corvale Robotics. Nestwick "
                 "raised $40 million.", "b.txt", published="2024-05-01")
    c = Document("Tamsin Oro joined Corvale as chief engineer. Corvale and Nestwick Labs ended "
                 "their partnership.", "c.txt", published="2023-11-20")
    d = Document("Ferrovia Grana ha firmato un accordo.", "d.txt", language="it")
    partner = ("Corvale Robotics", "Nestwick Labs")
    first = Extraction(
        a, entities=[Entity("Corvale Robotics", "ORG", aliases=["Corvale"]),
                     Entity("Nestwick Labs", "ORG"),
                     Entity("Glint Arm", "PRODUCT", maker="Corvale Robotics")],
        relations=[Relation("partner", *partner, evidence=ev(a, a.text.split(". ")[0]))],
        mention_counts={"Corvale Robotics": 2, "Nestwick Labs": 1, "Glint Arm": 1})
    renewed = b.text.split(". ")[0]
    second = Extraction(
        b, entities=[Entity("Nestwick Labs Inc", "PERSON"), Entity("Corvale Robotics", "ORG")],
        relations=[Relation("partner", "Nestwick Labs Inc", "Corvale Robotics",
                            evidence=ev(b, renewed)),
                   Relation("partner", *partner, modality="reported",
                            evidence=ev(b, renewed, "again"))],
        money=[Money("Nestwick Labs Inc", "funding", 40e6, "USD",
                     evidence=ev(b, "Nestwick raised $40 million."))],
        mention_counts={"Nestwick Labs Inc": 2, "Nestwick Labs": 1, "Corvale Robotics": 1})
    third = Extraction(
        c, entities=[Entity("Tamsin Oro", "PERSON"), Entity("Corvale", "ORG")],
        relations=[Relation("employ", "Corvale", "Tamsin Oro",
                            evidence=ev(c, "Tamsin Oro joined Corvale as chief engineer.")),
                   Relation("partner", *partner,
                            evidence=ev(c, c.text.split(". ")[1], change="ended"))],
        mention_counts={"Tamsin Oro": 1, "Corvale": 2})
    return [first, second, third, Extraction(d), Extraction(a)]  # `a` read twice


def test_a_batch_writes_what_one_extraction_at_a_time_writes(store_url, tmp_path):
    with open_store(store_url, create=True) as together:
        together.save(batch())
        once = dump(together)
        ids = dump(together, IDS)
    with open_store(str(tmp_path / "one-by-one.db"), create=True) as apart:
        for extraction in batch():
            apart.save([extraction])
        assert dump(apart) == once
        assert dump(apart, IDS) == ids or "postgresql" in store_url  # PostgreSQL ids differ
    with open_store(store_url) as store:
        facts = {row[0]: row for row in map(eval, once["facts"])}
        partner = next(f for f in facts.values() if f[1:3] == ("Corvale Robotics",
                                                                 "Nestwick Labs"))
        assert partner[6:8] == ("2023-11-20", "2024-05-01")  # first and last report
        assert partner[4] == "reported"  # the newest report decides
        assert sum(r.startswith(repr((partner[0],))[:-2]) for r in once["evidence"]) == 3
        nestwick = next(e for e in map(eval, once["entities"]) if e[0] == "Nestwick Labs")
        assert json.loads(nestwick[2]) == {"ORG": 1, "PERSON": 1}  # one vote per document
        assert ("Glint Arm", "PRODUCT") == next(e[:2] for e in map(eval, once["entities"])
                                                if e[3] == "Corvale Robotics")
        mentions = {(e, d[:8]): n for e, d, n in map(eval, once["mentions"])}
        b_id = batch()[1].document.id[:8]
        assert mentions[("Nestwick Labs", b_id)] == 2  # two spellings: the first count stays
        assert store.stats()["documents"] == 4  # the Italian one stored, flagged


class Listed:
    """An extractor that returns, for each document, one entity and one fact naming it."""
    name = "listed"

    def extract(self, documents, *, progress=None, on_error=None):
        for doc in documents:
            name = doc.text.split(" signed")[0]
            yield Extraction(doc, entities=[Entity(name), Entity("Brenlow Freight")],
                             relations=[Relation("supply", name, "Brenlow Freight",
                                                 evidence=ev(doc, doc.text.strip()))],
                             mention_counts={name: 1, "Brenlow Freight": 1})


def write_corpus(folder, n: int = 6):
    folder.mkdir()
    for i in range(n):
        (folder / f"{i}.txt").write_text(f"Hollin Parts {i} signed a supply deal with "
                                         f"Brenlow Freight.\n", encoding="utf-8")


def test_bad_inputs_are_still_counted_beside_a_batched_write(tmp_path):
    write_corpus(tmp_path / "news")
    (tmp_path / "news" / "empty.txt").write_bytes(b"")
    (tmp_path / "news" / "broken.jsonl").write_text('{"text": "Hollin Parts 9 signed"\n')
    problems = []
    with open_store(str(tmp_path / "t.db"), create=True) as store:
        summary = ingest([str(tmp_path / "news")], store, batch_size=4, extractor=Listed(),
                         on_problem=problems.append)
        assert summary.ingested == 6 and store.stats()["facts"] == 6
    assert sum(summary.skipped.values()) + sum(summary.failed.values()) == 2
    assert {"empty.txt", "broken.jsonl"} <= {p.source.split("/")[-1].split(":")[0]
                                             for p in problems}
    assert all(p.message for p in problems)


def test_a_failure_while_writing_a_batch_loses_nothing_committed(tmp_path, monkeypatch):
    write_corpus(tmp_path / "news")
    calls, real = [], writes_plan.refresh_validities

    def fail_on_second_batch(conn, kinds):
        calls.append(kinds)
        if len(calls) == 2:  # the batch's rows are written by now, in its transaction
            raise RuntimeError("disk gone")
        real(conn, kinds)

    monkeypatch.setattr(writes_plan, "refresh_validities", fail_on_second_batch)
    with open_store(str(tmp_path / "t.db"), create=True) as store:
        with pytest.raises(RuntimeError, match="disk gone"):
            ingest([str(tmp_path / "news")], store, batch_size=2, extractor=Listed())
        kept = dump(store)
        assert len(kept["documents"]) == 2 and len(kept["facts"]) == 2
        assert len(kept["entities"]) == 3  # nothing of the failed batch
    monkeypatch.setattr(writes_plan, "refresh_validities", real)
    with open_store(str(tmp_path / "t.db")) as store:
        summary = ingest([str(tmp_path / "news")], store, batch_size=2, extractor=Listed())
        assert (summary.ingested, summary.already_stored) == (4, 2)
        resumed = dump(store)
    with open_store(str(tmp_path / "clean.db"), create=True) as clean:
        ingest([str(tmp_path / "news")], clean, batch_size=2, extractor=Listed())
        assert {t: rows for t, rows in dump(clean).items() if t != "sources"} == \
            {t: rows for t, rows in resumed.items() if t != "sources"}
