from tieline.extract.entities import DocEntities
from tieline.extract.quotes import extract_quotes, quote_spans
from tieline.model import Document


def quotes_in(nlp, text):
    sdoc = nlp(text)
    return extract_quotes(sdoc, DocEntities(sdoc), Document(text, "test"))


def test_quote_spans_curly_straight_and_unclosed():
    text = ('He said “we will grow,” and then: "It works." Later "A first part. "A second part."'
            '\nA "scare" word.')
    assert [text[s.start:s.end] for s in quote_spans(text)] == [
        "we will grow", "It works.", "A first part.", "A second part.", "scare"]


def test_speaker_after_the_quote(nlp):
    text = ('"We expect strong demand for our sensors next year," said Maria Lindqvist, '
            'chief executive of Kestrel Systems.')
    (quote,) = quotes_in(nlp, text)
    assert quote.speaker == "Maria Lindqvist"
    assert quote.text == "We expect strong demand for our sensors next year"
    assert quote.about == "Kestrel Systems"


def test_speaker_before_the_quote_and_pronoun(nlp):
    text = ("Kestrel Systems hired Tomas Berg as chief financial officer in May. "
            'He told reporters: "The plan is on track."')
    (quote,) = quotes_in(nlp, text)
    assert quote.speaker == "Tomas Berg"
    assert quote.text == "The plan is on track."


def test_called_with_event(nlp):
    text = ('During the Northern Robotics Summit 2024, chief executive Maria Lindqvist called '
            'Brightwater Labs “our most valuable partner,” according to a transcript.')
    (quote,) = quotes_in(nlp, text)
    assert quote.speaker == "Maria Lindqvist"
    assert quote.text == "our most valuable partner"
    assert "Summit 2024" in (quote.event or "")


def test_scare_quotes_and_organization_statements_have_no_person(nlp):
    assert quotes_in(nlp, 'Analysts described the deal as a "landmark" for the industry.') == []
    assert quotes_in(nlp, '"We remain committed to the market," Kestrel Systems said.') == []


def test_one_quote_per_speaker(nlp):
    text = ('"Sales are up," said Maria Lindqvist. "Costs are down." '
            'Later she added: "We are hiring."')
    quotes = quotes_in(nlp, text)
    assert [q.speaker for q in quotes] == ["Maria Lindqvist"]


def test_quote_after_an_attributing_sentence_and_bare_name_rules(nlp):
    text = ('Tomas Berg said the plant would open in May. "We have hired 200 engineers." '
            'Maria Lindqvist, chief executive of Kestrel Systems, was not available.')
    (quote,) = quotes_in(nlp, text)
    assert quote.speaker == "Tomas Berg"
    assert quote.evidence.rule == "quote:previous-sentence"


def test_he_after_a_quote_is_its_speaker(nlp):
    text = ('Tomas Berg, an analyst at Kestrel Systems, said the market would grow by '
            '"a modest amount" next year. Growth at Halden Bank, run by Anna Kovacs, was slower. '
            '"The banks are cautious," he said.')
    quotes = quotes_in(nlp, text)
    assert [q.speaker for q in quotes] == ["Tomas Berg"]
