"""A pronoun does not reach back over another party that spoke (issue 9, round 23): "X ...
the league said it voted to ... It also committed £20m" is the league's, unnamed, not X's;
only a collective body told by its kind (money.json speaking_bodies) is read so. Invented
sentences."""
import pytest

from extracted import money_facts

LEAD = "Halting leagues without approval from Orvane Sports could see teams blocked. "


@pytest.mark.parametrize("text", [
    LEAD + "In a statement released after the 20 teams met, the league said it voted to advance "
    "funds to clubs. It also committed 20 million pounds to Brambleway Hospital.",
    "Kestrel Foods cut prices. The union said it would strike. It also committed 20 million "
    "pounds to Brambleway Hospital.",
])
def test_an_unnamed_speaker_between_takes_the_pronoun(nlp, text):
    assert money_facts(nlp, text) == set()


@pytest.mark.parametrize("text, owner", [
    # near shapes: a document, a role or a description that speaks for the firm named before
    (LEAD + "The statement said it voted to advance funds to clubs. It also committed 20 "
     "million pounds to Brambleway Hospital.", "Orvane Sports"),
    ("Kestrel Foods cut prices. The company said it would hire staff. It also committed 20 "
     "million pounds to Brambleway Hospital.", "Kestrel Foods"),
    ("Kestrel Foods cut prices. The spokesman said it would hire staff. It also committed 20 "
     "million pounds to Brambleway Hospital.", "Kestrel Foods"),
    ("Kestrel Foods cut prices. The move comes as sales slump. It also committed 20 million "
     "pounds to Brambleway Hospital.", "Kestrel Foods"),
    ("Kestrel Foods cut prices. The food and drinks seller said the year had begun well. It "
     "added it expects to be hit with a £80 million restructuring charge.", "Kestrel Foods"),
    ("Orvane Sports League cut prices. The league said it voted to advance funds. It also "
     "committed 20 million pounds to Brambleway Hospital.", "Orvane Sports League"),
])
def test_a_speaker_for_the_firm_leaves_the_pronoun_to_it(nlp, text, owner):
    assert {o for o, _, _ in money_facts(nlp, text)} == {owner}
