"""Session 28 throughput changes: the document view's cue-word indexes give the tokens a walk
over every token would, and the rules that read them still find their facts."""
from __future__ import annotations

from tieline.extract.entities.tokens import stage_direction_tokens, ticker_tokens
from tieline.extract.view import DocView
from tieline.model import Document
from tieline.extract.document import extract

INVENTED = [
    "Kestrel Foods said it will supply Brambleway Dairy. The Supply deal, signed by Apple "
    "Growers and apple farmers, ends in May. [Laughs] (NASDAQ: KSTR) Mr Halvorsen agreed.",
    "Trellis Analytics and Orvane Capital formed a joint venture, the Orvane-Trellis JV. "
    "It is part of Orvane Capital, its parent, which belongs to Halvorsen Marine.",
    "",
]


def _walk(doc, test):
    return [t.i for t in doc if test(t)]


def test_indexes_give_what_a_walk_over_every_token_gives(nlp):
    for text in INVENTED:
        doc = nlp(text)
        v = DocView(doc)
        assert [t.i for t in v.tokens] == list(range(len(doc)))
        for words in ({"supply", "deal", "apple"}, {"its", "jv", "joint"}, {"part", "belong"},
                      set()):
            assert [t.i for t in v.with_lemma(words)] == _walk(
                doc, lambda t: t.lemma_.lower() in words), (text, words)
            assert [t.i for t in v.with_lower(words)] == _walk(
                doc, lambda t: t.lower_ in words), (text, words)
            assert [t.i for t in v.with_text(words)] == _walk(
                doc, lambda t: t.text in words), (text, words)
        assert [t.i for t in v.with_any(lemmas={"belong"}, lowers={"part", "its"})] == _walk(
            doc, lambda t: t.lemma_.lower() == "belong" or t.lower_ in {"part", "its"})
        assert {w for w in v.index("text") if w.islower()} == {t.text for t in doc if t.is_lower}


def test_scans_still_find_stage_directions_and_symbols(nlp):
    doc = nlp(INVENTED[0])
    assert {doc[k].text for k in stage_direction_tokens(doc)} == {"Laughs"}
    assert {doc[k].text for k in ticker_tokens(doc)} >= {"KSTR"}


def test_rules_reading_the_index_still_fire_and_refuse(nlp):
    def facts(text):
        ex = extract(Document(text=text, source="t"), nlp(text))
        return {(r.type, r.head, r.tail, r.modality) for r in ex.relations}

    fired = facts("Halvorsen Marine's joint venture with Trellis Analytics builds ferries. "
                  "Brambleway Dairy, part of Kestrel Foods, makes cheese.")
    assert any(t == "invest" and h == "Kestrel Foods" and tail == "Brambleway Dairy"
               for t, h, tail, _ in fired)
    # a co-mention with no cue word: nothing to read
    assert not facts("Brambleway Dairy and Kestrel Foods both reported sales on Monday.")
