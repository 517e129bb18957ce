"""Round 15 throughput changes give the same answers as the code they replace."""
from __future__ import annotations

from tieline.extract.entities.tokens import _line_capitals, dateline_tokens, speaker_label_tokens

INVENTED = [
    "OSLO (Nordvik Wire) - Brannfjord Shipping agreed to buy Kelda Ferries.\nKELDA said no.",
    "TWILA BOYD: We sell to Orrin Tools.\nBOYD: And to Pellam Steel.\n\nFILE PHOTO: a plant",
    "No line breaks here: Larchmont Bank lent Quorn Dairy $5 million.",
    "\n\nLYON \u2014 Vantor Foods hired Ada Quell.\r\nShe starts in May.\n",
    "Ends with a break\n",
]


def _line_capitals_by_tokens(sdoc):
    """The former definition: every token, and its predecessor's text with whitespace."""
    for tok in sdoc:
        if tok.i > 0 and "\n" not in sdoc[tok.i - 1].text_with_ws:
            continue
        k = tok.i
        while k < len(sdoc) and sdoc[k].is_alpha and sdoc[k].is_upper:
            k += 1
        yield range(tok.i, k)


def test_line_starts_are_those_of_every_token_read(nlp):
    for text in INVENTED + [""]:
        sdoc = nlp(text)
        assert list(_line_capitals(sdoc)) == list(_line_capitals_by_tokens(sdoc)), text


def test_datelines_and_speaker_labels_still_found(nlp):
    sdoc = nlp(INVENTED[0])
    assert {sdoc[k].text for k in dateline_tokens(sdoc)} == {"OSLO"}
    sdoc = nlp(INVENTED[1])
    assert {sdoc[k].text for k in speaker_label_tokens(sdoc)} >= {"TWILA", "BOYD", "FILE", "PHOTO"}


def test_lemma_index_is_held_as_sets(nlp):
    lookups = nlp.get_pipe("lemmatizer").lemmatizer.lookups
    index = lookups.get_table("lemma_index")
    assert index and all(isinstance(words, set) for words in index.values())
    sdoc = nlp("Brannfjord Shipping was buying ferries; its rivals bought two yards.")
    assert [t.lemma_ for t in sdoc if t.pos_ in {"VERB", "NOUN"}] == [
        "buy", "ferry", "rival", "buy", "yard"]
