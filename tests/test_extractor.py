"""The extractor interface: chosen by name through Settings, cheap to import, clear errors."""
from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from tieline.cli import app
from tieline.errors import BadInput
from tieline.extract import REGISTRY, Extractor, describe_error, get_extractor
from tieline.model import Document
from tieline.settings import Settings

runner = CliRunner()


def test_importing_the_extract_package_does_not_load_spacy():
    code = ("import sys, tieline.extract, tieline.ingest; "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_rules_extractor_is_chosen_by_name_and_built_from_settings():
    extractor = get_extractor(Settings(extractor="rules", workers=3, parse_batch_size=7))
    assert isinstance(extractor, Extractor) and extractor.name == "rules"
    assert extractor.workers == 3 and extractor.parse_batch == 7
    assert "rules" in REGISTRY


def test_the_environment_and_overrides_reach_the_extractor_through_settings():
    settings = Settings.load(env={"TIELINE_WORKER_PARSE_BATCH_SIZE": "2",
                                  "TIELINE_EXTRACTOR": "rules"}, workers=2)
    extractor = get_extractor(settings)
    assert (extractor.workers, extractor.worker_parse_batch, extractor.parse_batch) == (2, 2, 32)


def test_a_setting_of_the_wrong_type_is_named_with_what_it_takes():
    with pytest.raises(BadInput, match="'graph_fanout' must be a whole number, not 'abc'"):
        Settings.load(env={"TIELINE_GRAPH_FANOUT": "abc"})
    assert Settings.load(env={"TIELINE_GRAPH_FANOUT": "12"}).graph_fanout == 12


def test_an_unknown_extractor_names_the_known_ones():
    with pytest.raises(BadInput) as info:
        get_extractor(Settings(extractor="oracle"))
    assert "'oracle'" in str(info.value) and "rules" in str(info.value)


def test_the_cli_refuses_an_unknown_extractor_by_name(tmp_path):
    (tmp_path / "a.txt").write_text("Acme Widgets bought Globex Tools.")
    result = runner.invoke(app, ["extract", "--extractor", "oracle", str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert "unknown extractor 'oracle'" in result.output and "known: " in result.output and "rules" in result.output


def test_the_rules_extractor_yields_one_extraction_per_document_in_order(nlp):
    docs = [Document(id=f"d{i}", text=text, source=f"s{i}") for i, text in enumerate([
        "Quillfeather Systems agreed to acquire Brindlewood Analytics for $40 million.",
        "Nothing of note happened here today.",
        "Harrowgate Bank sued Tallowmere Freight in a London court.",
    ])]
    seen = []
    out = list(get_extractor(Settings()).extract(docs, progress=seen.append))
    assert [e.document.id for e in out] == ["d0", "d1", "d2"] and seen == docs
    assert ("acquire", "Quillfeather Systems", "Brindlewood Analytics") in {
        (r.type, r.head, r.tail) for r in out[0].relations}


def test_a_failing_document_goes_to_on_error_and_the_rest_continue(nlp, monkeypatch):
    from tieline import pipeline

    def boom(doc, sdoc):
        if doc.id == "bad":
            raise StopIteration
        return real(doc, sdoc)

    real = pipeline.extract
    monkeypatch.setattr(pipeline, "extract", boom)
    docs = [Document(id=i, text="Acme Widgets bought Globex Tools.", source=i)
            for i in ("bad", "good")]
    failed = []
    out = list(get_extractor(Settings()).extract(docs, on_error=lambda d, e: failed.append(
        (d.id, describe_error(e)))))
    assert [e.document.id for e in out] == ["good"]
    assert failed == [("bad", "StopIteration")]


@pytest.mark.parametrize("exc,text", [
    (StopIteration(), "StopIteration"),
    (KeyError(""), "KeyError"),
    (ValueError("   "), "ValueError"),
    (ValueError("no sentence"), "no sentence"),
])
def test_an_error_message_is_never_empty(exc, text):
    assert describe_error(exc) == text


def test_ingest_names_the_type_of_an_error_without_text(tmp_path, nlp, monkeypatch):
    from tieline import pipeline

    def boom(doc, sdoc):
        raise StopIteration

    monkeypatch.setattr(pipeline, "extract", boom)
    (tmp_path / "a.txt").write_text("Acme Widgets bought Globex Tools.")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--workers", "1",
                                 "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 1
    assert "extraction error: StopIteration" in result.output
