"""Near duplicates through the store's band index: found across runs, none of the stored
signatures held in memory, older stores banded once, and migration numbers with gaps."""
from __future__ import annotations

from tieline.ingest import index_stored_documents, ingest
from tieline.model import Document, Extraction
from tieline.readers.dedup import Deduplicator, band_buckets, serialize
from tieline.store import Store, migrations, open_store


def story(n: int) -> str:
    return " ".join(f"Brennal{n} Freight hauled {k} pallets for Quorra{n} Mills in week {k}."
                    for k in range(25))


def write(folder, name: str, text: str) -> str:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return str(folder / name)


def test_a_near_duplicate_is_found_in_a_later_run(tmp_path, store_url, nlp):  # both backends
    with open_store(store_url, create=True) as store:
        first = ingest([write(tmp_path / "a", "a.txt", story(1)),
                        write(tmp_path / "a", "b.txt", story(2))], store)
        assert first.ingested == 2
        edited = story(1).replace("week 9.", "week nine.")
        second = ingest([write(tmp_path / "b", "c.txt", edited)], store)
        assert second.ingested == 0 and second.duplicates == 1
        assert store.stats()["documents"] == 2


def test_stored_signatures_are_queried_not_held(store_url):  # both backends
    docs = [Document(text=story(n), source=f"{n}.txt") for n in range(30)]
    with open_store(store_url, create=True) as store:
        writer = Deduplicator(store=store)
        for doc in docs:
            assert writer.check(doc).status == "new"
        assert len(writer) == 30  # this run's, until they are stored
        store.save([Extraction(document=d) for d in docs],
                   signatures=[(d.id, *writer.signature(d.id)) for d in docs],
                   bands=[(d.id, *b) for d in docs for b in writer.bands(d.id)])
        writer.forget(d.id for d in docs)
        assert len(writer) == 0
        later = Deduplicator(store=store)
        edited = Document(text=story(17).replace("week 3.", "week three."), source="x.txt")
        verdict = later.check(edited)
        assert verdict.status == "near" and verdict.of == docs[17].id
        again = later.check(Document(text=story(4) + " ", source="y.txt"))
        assert again.status == "exact" and again.of == docs[4].id
        assert len(later) == 0  # nothing of the 30 stored documents is in memory


def test_documents_stored_before_the_band_index_are_banded_once(store_url):  # both backends
    doc = Document(text=story(5), source="old.txt")
    signer = Deduplicator()
    key, signature = signer.sign(doc.text)
    with open_store(store_url, create=True) as store:
        store.save([Extraction(document=doc)], signatures=[(doc.id, key, serialize(signature))])
        assert store.near_candidates(band_buckets(signature)) == set()  # no bands yet
        assert index_stored_documents(store, Deduplicator(store=store)) == 1
        assert store.near_candidates(band_buckets(signature)) == {doc.id}
        assert index_stored_documents(store, Deduplicator(store=store)) == 0


def test_a_migration_step_missing_below_the_latest_is_still_applied(tmp_path, monkeypatch):
    everything = list(migrations.MIGRATIONS)
    middle = everything[-2]  # a step that lands after a higher-numbered one was applied
    monkeypatch.setattr(migrations, "MIGRATIONS", [m for m in everything if m is not middle])
    with Store(tmp_path / "t.db") as store, store.connect() as conn:
        assert migrations.pending(conn) == []
    monkeypatch.setattr(migrations, "MIGRATIONS", everything)
    with Store(tmp_path / "t.db") as store, store.connect() as conn:
        assert migrations.pending(conn) == []
        assert middle[0] in migrations.applied_versions(conn)
