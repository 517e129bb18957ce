"""Time: validity periods read from dated articles, supersession, --as-of answers, disputes,
and relative times resolved against the publication date (issue 12).

The articles are invented for this test: a robotics company (Corvane Systems) and its cloud
supplier (Brightmoor Corp.) start a tie, weaken it, end it, start again, and then two outlets
disagree within days of each other.
"""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tieline.cli import app
from tieline.extract.timex import time_of
from tieline.extract.validity import cue_of
from tieline.facts import validity
from tieline.model import Evidence
from tieline.query import digest, entity_summary, fact_rows, relationship
from tieline.store import open_store

runner = CliRunner()

ARTICLES = [  # name, published, outlet, text
    ("a1", "2022-04-12", "wire-one.example",
     "Brightmoor Corp. provides cloud services to Corvane Systems Inc., the robotics company "
     "said on Tuesday. Corvane Systems has partnered with Brightmoor Corp. since 2019."),
    ("a2", "2023-02-08", "wire-one.example",
     "Corvane Systems signed a partnership with Talvik Compute Inc. this week. Brightmoor "
     "Corp. is no longer Corvane Systems' exclusive cloud provider."),
    ("a3", "2023-09-20", "wire-two.example",
     "Corvane Systems ended its partnership with Brightmoor Corp. in August, the robotics "
     "company said."),
    ("a4", "2024-05-06", "wire-one.example",
     "Corvane Systems signed a new partnership with Brightmoor Corp. this week."),
    ("a5", "2024-05-20", "wire-three.example",
     "Corvane Systems ended its partnership with Brightmoor Corp., a company statement said."),
]
A, B = "Corvane Systems", "Brightmoor"


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("time")
    news = folder / "news"
    news.mkdir()
    for name, published, outlet, text in ARTICLES:
        (news / f"{name}.txt").write_text(
            f"Title: {name}\nPublished: {published}\nURL: https://{outlet}/news/{name}\n\n"
            f"{text}\n", encoding="utf-8")
    path = folder / "time.db"
    result = runner.invoke(app, ["ingest", str(news), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def store(db):
    with open_store(db, read_only=True) as opened:
        yield opened


def _periods(store, as_of=None, kind=None):
    r = relationship(store, A, B, as_of=as_of)
    return [(p.status, p.start, p.end, p.evidence.published) for p in r.periods
            if kind is None or p.kind == kind]


def test_partner_periods_start_end_reopen_and_end_disputed(store):
    assert _periods(store, kind="partner") == [
        ("active", "2019", "2023-08", "2022-04-12"),  # "since 2019", in a 2022 article
        ("ended", "2023-08", "2024-05-06", "2023-09-20"),  # "ended ... in August"
        ("active", "2024-05-06", "2024-05-20", "2024-05-06"),  # reported again: reopened
        ("disputed", "2024-05-20", None, "2024-05-20"),  # another outlet, two weeks later
    ]
    partner = next(f for f in fact_rows(store, between=(A, B)) if f.kind == "partner")
    assert (partner.status, partner.valid_from, partner.valid_to) == ("disputed", "2024-05-06",
                                                                      None)


def test_disputed_period_shows_both_sides_with_sources_and_dates(store):
    disputed = [p for p in relationship(store, A, B).periods if p.status == "disputed"]
    assert len(disputed) == 1
    side, others = disputed[0].evidence, disputed[0].others
    assert "wire-three" in side.url and side.published == "2024-05-20"
    assert [(o.published, o.url.split("/")[2]) for o in others] == [
        ("2024-05-06", "wire-one.example")]


def test_weakening_is_recorded_and_does_not_end_the_supply(store):
    assert _periods(store, kind="supply") == [
        ("active", "2022-04-12", "2023-02-08", "2022-04-12"),
        ("weakened", "2023-02-08", None, "2023-02-08"),
    ]
    supply = next(f for f in fact_rows(store, between=(A, B)) if f.kind == "supply")
    assert supply.modality == "asserted"  # the supply still holds; only its exclusivity ended
    assert supply.status == "weakened" and supply.valid_to is None
    depends = entity_summary(store, A).depends_on
    assert [(d.other, d.status) for d in depends if d.need == "cloud"] == [(B, "active")]


@pytest.mark.parametrize("as_of, partner, supply", [
    ("2021-12-31", None, None),  # nothing published yet
    ("2022-06", "active", "active"),  # inside the first period
    ("2023-06-30", "active", "weakened"),  # the end in August is not known yet
    ("2023-12", "ended", "weakened"),  # between the periods
    ("2024-05-10", "active", "weakened"),  # reopened, the denial not yet published
    ("2024-12-31", "disputed", "weakened"),
])
def test_as_of_answers_what_was_valid_and_known_then(store, as_of, partner, supply):
    facts = {f.kind: f for f in fact_rows(store, between=(A, B), as_of=as_of)}
    assert (facts["partner"].status if "partner" in facts else None) == partner
    assert (facts["supply"].status if "supply" in facts else None) == supply
    for fact in facts.values():  # only reports published by then, and seen dates to match
        assert all(ev.published <= as_of for ev in fact.evidence)
        assert fact.last_seen <= as_of


def test_as_of_between_periods_on_the_command_line(db):
    result = runner.invoke(app, ["relationship", A, B, "--as-of", "2023-12", "--db", str(db),
                                 "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["as_of"] == "2023-12"
    assert [(p["kind"], p["status"]) for p in data["periods"]] == [
        ("partner", "active"), ("partner", "ended"), ("supply", "active"),
        ("supply", "weakened")]
    table = runner.invoke(app, ["relationship", A, B, "--as-of", "2024-12-31", "--db", str(db)],
                          env={"COLUMNS": "200"})
    assert "Periods as of 2024-12-31" in table.stdout and "disputed" in table.stdout
    assert "against:" in table.stdout


@pytest.mark.parametrize("verb", [
    ["relationship", A, B], ["entity", A], ["facts"], ["depends", A], ["dependents", B],
    ["whatif", "--supplier-fails", B], ["digest", "--about", A], ["export"]])
def test_every_as_of_verb_refuses_a_bad_date_and_answers_a_good_one(db, verb):
    bad = runner.invoke(app, [*verb, "--as-of", "2024-13", "--db", str(db)])
    assert bad.exit_code != 0 and "--as-of '2024-13' has no month 13" in bad.stderr
    good = runner.invoke(app, [*verb, "--as-of", "2023-12", "--db", str(db), "--json"])
    assert good.exit_code == 0, good.output + good.stderr


def test_facts_status_filter_and_dependencies_as_of(store, db):
    ended = runner.invoke(app, ["facts", "--status", "ended", "--as-of", "2023-12", "--db",
                                str(db), "--json"])
    assert [(f["kind"], f["valid_to"]) for f in json.loads(ended.stdout)] == [("partner",
                                                                              "2023-08")]
    assert not [c for c in entity_summary(store, A, as_of="2021").depends_on]


def test_digest_timeline_tells_the_periods(store):
    items = [(i.date, i.change, i.kind) for i in digest(store, [A, B]).timeline]
    assert ("2023-08", "ended", "partner") in items
    assert ("2024-05-06", "restarted", "partner") in items
    assert ("2024-05-20", "disputed", "partner") in items
    early = [(i.change, i.kind) for i in digest(store, [A, B], as_of="2023-06").timeline]
    assert ("ended", "partner") not in early


def test_an_undated_document_does_not_date_its_facts(tmp_path, nlp):
    (tmp_path / "undated.txt").write_text(
        "Corvane Systems partnered with Brightmoor Corp. on a new robot arm.\n", "utf-8")
    db = tmp_path / "u.db"
    assert runner.invoke(app, ["ingest", str(tmp_path / "undated.txt"), "--db",
                               str(db)]).exit_code == 0
    with open_store(db, read_only=True) as store:
        facts = fact_rows(store)
        assert facts and all(f.first_seen is None and f.last_seen is None for f in facts)
        assert all(f.status == "active" and f.valid_from is None for f in facts)
        assert fact_rows(store, as_of="2030") == []  # unplaceable in time


# -- the rules on their own ---------------------------------------------------------------------

def _ev(published, outlet, change=None, modality="asserted", valid_from=None, valid_to=None):
    return Evidence(f"{published}-{outlet}", 0, 1, "s", "r", modality=modality,
                    published=published, url=f"https://{outlet}/x", change=change,
                    valid_from=valid_from, valid_to=valid_to)


def test_contradicting_reports_far_apart_supersede_and_close_ones_dispute():
    stated, ended = _ev("2024-01-01", "one.example"), _ev("2024-06-01", "two.example", "ended")
    assert validity("partner", [stated, ended]).status == "ended"
    close = _ev("2024-01-10", "two.example", "ended")
    assert validity("partner", [stated, close]).status == "disputed"
    same_outlet = _ev("2024-01-10", "one.example", "ended")
    assert validity("partner", [stated, same_outlet]).status == "ended"  # it corrected itself
    later = _ev("2024-09-01", "three.example")
    assert validity("partner", [stated, close, later]).status == "active"


def test_hedged_reports_and_former_roles():
    hedged = _ev("2024-01-01", "one.example", modality="hedged")
    assert validity("partner", [hedged]).status is None
    former = _ev("2024-02-01", "one.example", "former", modality="negated")
    assert validity("employ", [former]).status == "ended"
    assert validity("partner", [_ev("2024-02-01", "one.example", "former")]).status == "active"
    # a cue elsewhere in the sentence names another role: the extractor's own reading decides
    for cue in ("former", "ended", "weakened"):
        assert validity("employ", [_ev("2024-02-01", "one.example", cue)]).status == "active"


ROLE_SENTENCES = [  # (sentence, organization, person, status)
    ("Mara Quill, a professor of chemistry at Penrose University and a former astronaut, "
     "spoke on Monday.", "Penrose University", "Mara Quill", "active"),
    ("Tobin Reyes, a senior adviser at Larkfield Foods who formerly led the company, said "
     "sales rose.", "Larkfield Foods", "Tobin Reyes", "active"),
    ("Ines Vale, a vice president of Corvane Systems, mourned a former board member.",
     "Corvane Systems", "Ines Vale", "active"),
    ("Oren Platt, the former chief executive of Halvard Shipping, said freight rates fell.",
     "Halvard Shipping", "Oren Platt", "ended"),
    ("Lena Moss previously ran Brightmoor Corp., the cloud company.", "Brightmoor",
     "Lena Moss", "ended"),
]


def test_a_former_word_ends_only_the_role_it_is_written_on(tmp_path, nlp):
    (tmp_path / "roles.txt").write_text(" ".join(s for s, *_ in ROLE_SENTENCES) + "\n", "utf-8")
    db = tmp_path / "r.db"
    assert runner.invoke(app, ["ingest", str(tmp_path / "roles.txt"), "--db",
                               str(db)]).exit_code == 0
    with open_store(db, read_only=True) as store:
        status = {(f.subject, f.object): f.status for f in fact_rows(store) if f.kind == "employ"}
    for _, org, person, expected in ROLE_SENTENCES:
        assert status.get((org, person)) == expected, (org, person, status)


@pytest.mark.parametrize("sentence, change, valid_from, valid_to", [
    ("Beta has supplied chips to Acme since 2019.", None, "2019", None),
    ("Acme ended its partnership with Beta in March.", "ended", None, "2024-03"),
    ("Acme did not renew its contract with Beta.", "ended", None, None),
    ("Jane Roe, the former chief executive of Acme, joined Beta.", "former", None, None),
    ("She previously ran Acme's cloud unit.", "ended", None, None),
    ("Acme no longer uses Beta's chips.", "ended", None, None),
    ("Beta is no longer Acme's exclusive cloud provider.", "weakened", None, None),
    ("Acme is less dependent on Beta.", "weakened", None, None),
    ("Acme partners with Beta.", None, None, None),
])
def test_validity_cues(sentence, change, valid_from, valid_to):
    assert cue_of(sentence, "2024-06-10") == type(cue_of(""))(change, valid_from, valid_to)


@pytest.mark.parametrize("text, published, expected", [
    ("Acme raised $2 billion this year.", "2024-03-05", "2024"),
    ("Acme raised $2 billion last year.", "2024-03-05", "2023"),
    ("Acme will ship the chip next quarter.", "2024-05-20", "2024-07"),
    ("Acme will ship the chip next quarter.", "2024-11-20", "2025-01"),
    ("Acme has worked with Beta since 2019.", "2024-03-05", "2019"),
    # the year of a "since" phrase is not the time of an unrelated figure
    ("Beta, a partner since 2019, raised $5 billion this year.", "2024-03-05", "2024"),
    ("Acme signed the deal in March.", "2024-06-01", "2024-03"),
    ("Acme signed the deal in March.", "2024-02-01", "2023-03"),
])
def test_relative_times_resolve_against_the_publication_date(text, published, expected):
    assert time_of(text, published) == expected
