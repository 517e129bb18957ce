import pytest

from tieline.evaluate import NameResolver, errors, normalize_name, prf, score


def rel(rtype, head, tail, **extra):
    return {"type": rtype, "head": head, "tail": tail, "object": None, "via": None,
            "modality": "asserted", **extra}


def gold_doc(doc_id="d1", **sections):
    row = {"id": doc_id, "text": "...", "entities": [
        {"name": "Brightwater Labs", "type": "ORG", "aliases": ["Brightwater", "the lab"]},
        {"name": "Kestrel Systems", "type": "ORG", "aliases": []},
        {"name": "Orla Fenn", "type": "PERSON", "aliases": []},
    ]}
    row.update(sections)
    return row


def test_prf_arithmetic_and_empty_sides():
    assert prf(2, 4, 5) == {"precision": 0.5, "recall": 0.4, "f1": pytest.approx(4 / 9),
                            "tp": 2, "pred": 4, "gold": 5}
    nothing_predicted = prf(0, 0, 3)
    assert nothing_predicted["precision"] is None and nothing_predicted["recall"] == 0
    assert nothing_predicted["f1"] == 0
    assert prf(0, 0, 0)["f1"] is None


def test_normalize_name_folds_case_possessive_and_suffixes():
    assert normalize_name("Kestrel Systems Inc.") == "kestrel systems"
    assert normalize_name("Kestrel Systems’s") == "kestrel systems"
    assert normalize_name("the Kestrel Systems Corp, Ltd") == "kestrel systems"
    resolver = NameResolver(gold_doc()["entities"])
    assert resolver("BRIGHTWATER") == resolver("Brightwater Labs") == "brightwater labs"
    assert resolver("Unknown Co") == "unknown"


def test_micro_scores_summed_over_documents():
    gold = [gold_doc("a", relations=[rel("invest", "Kestrel Systems", "Brightwater Labs"),
                                     rel("supply", "Kestrel Systems", "Brightwater Labs")]),
            gold_doc("b", relations=[rel("sue", "Orla Fenn", "Kestrel Systems")])]
    pred = [{"id": "a", "relations": [rel("invest", "Kestrel Systems", "Brightwater Labs"),
                                      rel("use", "Brightwater Labs", "Kestrel Systems")]},
            {"id": "b", "relations": [rel("sue", "Orla Fenn", "Kestrel Systems")]}]
    result = score(gold, pred)
    r = result["relations"]
    assert (r["tp"], r["pred"], r["gold"]) == (2, 3, 3)
    assert r["precision"] == pytest.approx(2 / 3) and r["recall"] == pytest.approx(2 / 3)
    assert r["by_type"]["invest"]["f1"] == 1.0
    assert r["by_type"]["supply"]["recall"] == 0 and r["by_type"]["supply"]["precision"] is None
    assert r["by_type"]["use"]["precision"] == 0
    assert result["documents"] == 2


def test_symmetric_types_ignore_direction_but_directed_types_do_not():
    gold = [gold_doc(relations=[rel("partner", "Kestrel Systems", "Brightwater Labs"),
                                rel("acquire", "Kestrel Systems", "Brightwater Labs")])]
    pred = [{"id": "d1", "relations": [rel("partner", "Brightwater Labs", "Kestrel Systems"),
                                       rel("acquire", "Brightwater Labs", "Kestrel Systems")]}]
    by_type = score(gold, pred)["relations"]["by_type"]
    assert by_type["partner"]["tp"] == 1
    assert by_type["acquire"]["tp"] == 0


def test_aliases_resolve_to_gold_canonical_names():
    gold = [gold_doc(relations=[rel("invest", "Kestrel Systems", "Brightwater Labs")])]
    pred = [{"id": "d1", "relations": [rel("invest", "Kestrel Systems Inc.", "the lab")]}]
    assert score(gold, pred)["relations"]["f1"] == 1.0


def test_duplicate_predictions_match_one_gold_item_only():
    gold = [gold_doc(relations=[rel("invest", "Kestrel Systems", "Brightwater Labs")])]
    pred = [{"id": "d1", "relations": [rel("invest", "Kestrel Systems", "Brightwater"),
                                       rel("invest", "Kestrel Systems", "Brightwater Labs")]}]
    r = score(gold, pred)["relations"]
    assert (r["tp"], r["precision"], r["recall"]) == (1, 0.5, 1.0)


def test_attribute_accuracy_on_matched_triples():
    gold = [gold_doc(relations=[
        rel("supply", "Kestrel Systems", "Brightwater Labs", object="chips", via="K9"),
        rel("invest", "Kestrel Systems", "Brightwater Labs")])]
    pred = [{"id": "d1", "relations": [
        rel("supply", "Kestrel Systems", "Brightwater Labs", object="chips", via=None),
        rel("invest", "Kestrel Systems", "Brightwater Labs", modality="hedged")]}]
    attrs = score(gold, pred)["relations"]["attributes"]
    assert attrs == {"object": 1.0, "via": 0.5, "modality": 0.5}


def test_money_matches_within_one_percent_and_on_entity_and_kind():
    money = [{"entity": "Brightwater Labs", "kind": "funding", "amount": 2.0e9, "currency": "USD"},
             {"entity": "Brightwater Labs", "kind": "valuation", "amount": 9.0e9,
              "currency": "USD"}]
    gold = [gold_doc(money=money)]
    pred = [{"id": "d1", "money": [
        {"entity": "Brightwater", "kind": "funding", "amount": 2.015e9, "currency": "USD"},
        {"entity": "Brightwater Labs", "kind": "valuation", "amount": 9.2e9, "currency": "USD"},
        {"entity": "Kestrel Systems", "kind": "funding", "amount": 2.0e9, "currency": "USD"}]}]
    m = score(gold, pred)["money"]
    assert (m["tp"], m["pred"], m["gold"]) == (1, 3, 2)


def test_clauses_quotes_posts_events():
    gold = [gold_doc(
        clauses=[{"holder": "Brightwater Labs", "counterparty": "Kestrel Systems",
                  "action": "end_access"}],
        quotes=[{"speaker": "Orla Fenn", "text": "a fine day"},
                {"speaker": "Orla Fenn", "text": "another fine day"}],
        posts=[{"author": "Orla Fenn", "handle": "@orlaf", "date": "2024-01-02"}],
        events=[{"date": "2024-01-05", "headline": "Kestrel buys a boat"}])]
    pred = [{"id": "d1",
             "clauses": [{"holder": "Brightwater", "counterparty": "Kestrel Systems",
                          "action": "end_access"},
                         {"holder": "Kestrel Systems", "counterparty": "Brightwater",
                          "action": "end_access"}],
             "quotes": [{"speaker": "Orla Fenn", "text": "a fine day"}],
             "posts": [{"handle": "@OrlaF"}],
             "events": [{"date": "2024-01-05"}, {"date": "2024-01-06"}]}]
    result = score(gold, pred)
    assert result["clauses"]["precision"] == 0.5 and result["clauses"]["recall"] == 1.0
    assert result["quotes"]["precision"] == 1.0 and result["quotes"]["recall"] == 0.5
    assert result["posts"]["f1"] == 1.0
    assert result["events"]["precision"] == 0.5 and result["events"]["recall"] == 1.0


def test_missing_and_extra_documents():
    gold = [gold_doc("a", relations=[rel("invest", "Kestrel Systems", "Brightwater Labs")]),
            gold_doc("b", relations=[rel("sue", "Orla Fenn", "Kestrel Systems")])]
    pred = [{"id": "a", "relations": [rel("invest", "Kestrel Systems", "Brightwater Labs")]},
            {"id": "zzz", "relations": [rel("sue", "Orla Fenn", "Kestrel Systems")]}]
    result = score(gold, pred)
    assert result["missing_documents"] == ["b"] and result["extra_documents"] == ["zzz"]
    assert result["relations"]["precision"] == 1.0 and result["relations"]["recall"] == 0.5


def test_errors_list_false_positives_and_negatives_with_evidence():
    gold = [gold_doc(relations=[rel("invest", "Kestrel Systems", "Brightwater Labs",
                                    evidence="Kestrel put money into Brightwater.")])]
    pred = [{"id": "d1", "relations": [rel("use", "Kestrel Systems", "Brightwater Labs",
                                           evidence="Kestrel uses Brightwater tools.")]}]
    found = errors(gold, pred)
    assert {(e["error"], e["fact"], e["evidence"]) for e in found} == {
        ("missed", "invest(Kestrel Systems, Brightwater Labs)",
         "Kestrel put money into Brightwater."),
        ("spurious", "use(Kestrel Systems, Brightwater Labs)", "Kestrel uses Brightwater tools."),
    }


def test_rows_without_id_are_rejected():
    with pytest.raises(ValueError, match="gold row 1"):
        score([{"text": "x"}], [])
