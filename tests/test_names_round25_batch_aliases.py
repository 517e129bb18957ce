"""Names, round 25: a batch's alias rows follow what the whole batch taught the resolver.

One story names a scientist "Dr. Ann Quillan" and later "Quillan"; the next stories of the
same batch name the carmaker "Quillan" on its own. Resolved story by story, the first story kept
"Quillan" as the scientist's alias (nothing else was known yet), its alias row went into the
batch, and the carmaker's facts of the later stories were stored under her name. Names are now made
canonical when the batch is stored, by everything the resolver has learnt by then.
Every name is invented.
"""
from __future__ import annotations

from tieline.ingest import _Run
from tieline.model import Document, Entity, Evidence, Extraction, Relation
from tieline.readers.dedup import Deduplicator
from tieline.resolve import Resolver
from tieline.store import open_store


def article(text, entities, relations=()):
    doc = Document(text=text, source=f"{len(text)}.txt", published="2024-05-01", language="en")
    ev = Evidence(doc.id, 0, len(text), text, "test:rule", 0.9)
    return Extraction(document=doc, entities=entities,
                      relations=[Relation(kind, head, tail, evidence=ev)
                                 for kind, head, tail in relations],
                      mention_counts={e.name: 1 for e in entities})


def test_a_surname_alias_of_one_story_does_not_take_the_firm_of_the_next(tmp_path):
    scientist = article("Dr. Ann Quillan of Kestrel University said tests were slow. "
                        "Quillan said so.",
                        [Entity("Ann Quillan", "PERSON", ["Quillan"]),
                         Entity("Kestrel University", "ORG")],
                        [("employ", "Kestrel University", "Ann Quillan")])
    carmaker = article("Quillan put $50 million into Quillfield Motors, the carmaker said.",
                       [Entity("Quillan", "ORG"), Entity("Quillfield Motors", "ORG")],
                       [("invest", "Quillan", "Quillfield Motors")])
    trucks = article("Quillan and Halvorsen Marine agreed to build boats together this year.",
                     [Entity("Quillan", "ORG"), Entity("Halvorsen Marine", "ORG")],
                     [("partner", "Quillan", "Halvorsen Marine")])
    with open_store(str(tmp_path / "t.db"), create=True) as store:
        run = _Run(store, Deduplicator(), 10, None, None, Resolver())
        for ex in (scientist, carmaker, trucks):
            run.add(ex)
        run.flush()
        with store.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT kind, s.name, o.name FROM facts JOIN entities s ON s.id = subject_id "
                "JOIN entities o ON o.id = object_id ORDER BY kind").fetchall()
    assert [tuple(r) for r in rows] == [
        ("employ", "Kestrel University", "Ann Quillan"),
        ("invest", "Quillan", "Quillfield Motors"),
        ("partner", "Quillan", "Halvorsen Marine")]
