"""The money rules' tables, word lists and thresholds, read from patterns/money.json."""
from __future__ import annotations

from ..wordlists import load, words


def _words(key: str) -> frozenset[str]:
    return words("money", key)


_DATA = load("money")
SYMBOLS: dict[str, str] = _DATA["symbols"]  # before the number: "US$", "€"
CURRENCY_SIGNS = frozenset(SYMBOLS)  # for every rule asking whether a token is a sum
ISO_CODES = tuple(_DATA["iso_codes"])
# Currency words after the number; the longest alternative is tried first.
WORDS: dict[str, str] = _DATA["currency_words"]
# A currency word shared by several countries: the country the article names decides.
AMBIGUOUS = {code: tuple(map(tuple, hints)) for code, hints in _DATA["ambiguous_currencies"].items()}
SCALES: dict[str, float] = _DATA["scales"]
NUMBER_WORDS: dict[str, int] = _DATA["number_words"]
MIN_AMOUNT: int = _DATA["min_amount"]  # smaller figures are prices per share or unit, not facts
# What a figure is, from the words governing it. Checked in this order along the path.
KIND_WORDS = {kind: frozenset(ws) for kind, ws in _DATA["kind_words"].items()}
# Words that suggest a kind only when nothing more specific is near: "paid $1bn for X" is a
# price, "paid $1bn to settle" is not.
WEAK_WORDS: dict[str, str] = _DATA["weak_words"]
WORD_KIND: dict[str, str] = {}
for _kind, _kind_words in KIND_WORDS.items():
    for kind_word in _kind_words:
        WORD_KIND.setdefault(kind_word, _kind)
# Words that stand for an organization already named: resolved to the last one mentioned.
ANAPHORA = _words("anaphora")
OWNER_TYPES = tuple(_DATA["owner_types"])
# Verbs whose object, not subject, owns the figure: "Nvidia backed OpenAI in a $1bn round",
# "the bid values the company at $3bn".
OBJECT_OWNER_VERBS = {kind: frozenset(ws) for kind, ws in _DATA["object_owner_verbs"].items()}
# Prepositions after a deal noun that name the buyer: "a takeover by X", "a buyout from X".
BUYER_PREPS = _words("buyer_preps")
WINDOW: int = _DATA["kind_window"]  # tokens either side searched when the path names no kind
# Words right after a figure that make it a rate or a difference, not a sum someone holds:
# "$17m per plane", "£200m less debt", "$2bn more than last year" (but "$2bn more in funding"
# is a sum, and "fined €1m each" is one per party).
RATE_OR_DIFFERENCE = _words("rate_or_difference")
RATE_UNITS = _words("rate_units")  # "$1.8m an hour", "$53m a week": a rate (not "a year")
# Modifiers that make a figure a statistic over many parties: "the minimum investment was ...".
STATISTIC_WORDS = _words("statistic_words")
UNEARNED = _words("unearned")  # revenue to come
# Nouns whose size a figure gives that no one organization owns: "a $5bn market".
AGGREGATE_NOUNS = _words("aggregate_nouns")
# "the deal values X at $N": the buyer's deal_value, not X's valuation (a bid or an offer that
# would value X prices X: a valuation)
DEAL_SUBJECTS = _words("deal_subjects")
# "was ordered to pay $N": a fine or damages (other), not a price
COMPELLING_VERBS = _words("compelling_verbs")
# "X received a $N investment from Y": X raised it (funding)
RECEIVING_VERBS = _words("receiving_verbs")
# Owners that are places or their people: a country's revenues are not a company's.
PLACE_LABELS = _words("place_labels")
PLACE_NOUNS = _words("place_nouns")
# Verbs that carry their object to a figure: "took OpenAI to a valuation of $90bn" (but in
# "took Acme private in a $2bn deal" the object is no owner).
CARRY_VERBS = _words("carry_verbs")
# A deal's target, not its bidder, accepts or rejects it: "MCI rejected a deal worth $8bn".
TARGET_VERBS = _words("target_verbs")
# A deal's subject that is sold, not selling: "Yugansk was sold for $9.3bn" names no buyer.
SALE_VERBS = _words("sale_verbs")
SELLER_WORDS = _words("seller_words")
SUPPLIER_NOUNS = _words("supplier_nouns")  # a price told from the seller's side
BUYER_REACH: int = _DATA["buyer_reach"]  # sentences looked back for the buyer of a price
# Verbs whose "on X" names who pays: "imposed penalties of $2bn on 15 funds".
IMPOSE_VERBS = _words("impose_verbs")
# "Roe said the venture will deploy $1bn": a person who tells of a figure does not own it.
SPEECH_VERBS = _words("speech_verbs")
# "Payments of $5m were made by X": the passive's agent paid the figure its subject holds.
PAYER_VERBS = _words("payer_verbs")
# "X won a $1bn contract from Y": X sells, Y (the customer) owns the price.
SELLER_VERBS = _words("seller_verbs")
AWARD_VERBS = _words("award_verbs")  # "X was awarded a contract": X sells
CONTRACT_NOUNS = _words("contract_nouns")
# Public money and a person's own, named by the figure's noun or its modifier: "a $2tn relief
# package", "$200bn in hazard pay", "his salary of $1m", "a net worth of $3bn".
PUBLIC_OR_PERSONAL = _words("public_or_personal")
# Words of a public body's or a law's name: its budgets, aid and spending are no company's
# money; it keeps what it buys or invests ("the Air Force's $23bn contract").
PUBLIC_NAME_WORDS = _words("public_name_words")
# "a $750m state fund", "the city budget": a public body's money, whoever the sentence names
PUBLIC_FUNDS = _words("public_funds")
PUBLIC_MODIFIERS = _words("public_modifiers")
PUBLIC_KINDS = frozenset(_DATA["public_kinds"])  # kinds a public body may own
SALIENT_KINDS = frozenset(_DATA["salient_kinds"])  # kinds guessed for the article's subject
PLACING_VERBS = _words("placing_verbs")  # "puts a value of $7bn on X": X is valued
# "Y led a $40m round in X": verbs of an investor in a round, which is X's funding
INVESTOR_VERBS = _words("investor_verbs")
# "analysts estimate the plant will cost $2bn": the estimator tells the figure, owns none
ESTIMATE_VERBS = _words("estimate_verbs")
LAW_NOUNS = _words("law_nouns")  # "the bill includes $1bn for ...": a law owns no figure
RUMOUR_NOUNS = _words("rumour_nouns")  # "sparked rumours of a £100bn deal": no deal made
REPORT_NOUNS = _words("report_nouns")  # "a report by X showed ...": a study owns no figure
# "the league said it ...", "the union said": a collective body, not a firm, told by its kind
# ("the board said" is most often the firm's own board, speaking for it, and is not listed)
SPEAKING_BODIES = _words("speaking_bodies")
# "the foundation gave out $2m in grants": a giver's verbs, and the nouns of money given away;
# the guide's owner of such funding is its recipient
GIVING_VERBS = _words("giving_verbs")
GRANT_NOUNS = _words("grant_nouns")
HOLDING_NOUNS = _words("holding_nouns")  # "its $6bn cash pile": money held, no kind
SAVING_VERBS = _words("saving_verbs")  # "could save $1.7tn": a saving, no kind the guide counts
# "carbon credits", "regulatory credits": credits traded or deducted, not money lent
TRADED_CREDITS = _words("traded_credits")
# "prosecutors claim $6m was offered to X": whoever alleges a figure neither owns it nor names
# its owner; "the alleged $10m" is no one's either
ALLEGE_VERBS = _words("allege_verbs")
RUMOUR_MODIFIERS = _words("rumour_modifiers")
# kinds a person never owns: "Halvers, which was valued at $190m" is a firm, not its founder
PERSONLESS_KINDS = frozenset(_DATA["personless_kinds"])
# "Roe's foundation raised $140,000": an organization a person holds, besides company words
HELD_FOR_PEOPLE = _words("held_for_people")
PUBLIC_PLACES = _words("public_places")  # "the state", "the city": what "it" may stand for
# results several coordinated names share ("A and B had $300bn in revenue") are no one's
COMBINED_KINDS = frozenset(_DATA["combined_kinds"])
# "criminal charges", "settle the charges": a prosecutor's charges, no cost (modifiers and verbs)
LEGAL_CHARGES = _words("legal_charges")
# "has $500m in cash": money held, no kind the guide counts (but "paid $1bn in cash" is a price)
HELD_IN = _words("held_in")
# "had $12m in available credit": a standing line, held only after a holding verb ("raised $40m
# in credit" is funding)
HELD_IF_HAD = _words("held_if_had")
HOLDING_VERBS = _words("holding_verbs")
# "the fund named its recipients, totaling $5m": whoever names recipients gives the money
RECIPIENT_NOUNS = _words("recipient_nouns")
# titles that make a name a person's, besides the shared role words: "Mayor Jo Roe"
PERSON_TITLES = _words("person_titles")
# "the value of his stock holdings": what a holder's shares are worth, no valuation
HOLDINGS = _words("holdings")
# "a $2.6bn compensation plan", "a $20m pay package": a person's pay
PERSONAL_PAY = _words("personal_pay")
# one common word the tagger took for a name ("Fund", "Plan"): no owner
GENERIC_NAMES = _words("generic_names")
# "the newspaper X", "news organizations, including X": an outlet the text cites
NEWS_NOUNS = _words("news_nouns")
# "reached a $140m deal ... in its probe": a regulator's settlement, no price
PROBE_WORDS = _words("probe_words")
# Money put into a party: "rescued with a $30m injection" is the rescued one's, not its investment
INJECTION_NOUNS = _words("injection_nouns")
# "sought a $1.7bn loan", "asked the bank for $5m": a sum asked for, not one received
REQUEST_VERBS = _words("request_verbs")
# Verbs of striving whose object clause is a hope, not a sum spent: "hopes to raise £50m".
STRIVING_VERBS = _words("striving_verbs")
# "with the aim of raising $1bn", "in a bid to raise $1bn": a goal, like "seeks to raise".
PURPOSE_NOUNS = _words("purpose_nouns")
# "would likely be less than $40m": a figure the text only expects, hedged
HEDGE_WORDS = _words("hedge_words")
# "the closures cost it $6m in revenue", "forgo $2m in sales", "its lost revenue" (tagged an
# adjective): revenue taken away, a loss
REVENUE_TAKERS = _words("revenue_takers")
# "the value of its silver reserves", "its stake is worth $2bn": money or shares held,
# no valuation of their holder
RESERVE_NOUNS = _words("reserve_nouns")
# "usually spends $2bn a year": a recurring figure, which no nearby date dates
YEARLY_RATES = tuple(_DATA["yearly_rates"])
# "the budget deficit", "a trade surplus": a country's balance, no company's figure
PUBLIC_BALANCES = _words("public_balances")
BALANCE_MODIFIERS = _words("balance_modifiers")
# "projected a $1.4bn shortfall", "a $2bn funding gap": what is missing, no one's loss or holding
GAP_NOUNS = _words("gap_nouns")
# "revenue at its cloud division", "the unit's sales": a part of a group, whose results are
# not the group's
DIVISION_NOUNS = _words("division_nouns")
# "said it would spend $2bn": a commitment told, a forecast; "a fund that would provide
# $5bn" with no one telling it: a proposal or condition, hedged
TELLING_VERBS = _words("telling_verbs")
CONDITIONAL_AUX = _words("conditional_aux")
# "would later raise $300m", "would often pay $5m": a past told in narrative, no condition
NARRATIVE_ADVERBS = _words("narrative_adverbs")
# "X reported revenue of $2bn": a firm telling its own results, which it asserts
RESULT_KINDS = _words("result_kinds")
# "sources reported a loss of", "analysts at X reported that": tellers of hearsay, never the
# firm itself
HEARSAY_TELLERS = _words("hearsay_tellers")
# "the total raised by X", "the $20m secured by X": a participle whose "by" names the raiser
RAISING_VERBS = _words("raising_verbs")
# "the total raised by X now stands at $60m": verbs that give a total its level
LEVEL_VERBS = _words("level_verbs")
# "Wall Street had expected more": a financial district named for its market's traders,
# who own no firm's figure (the tagger types it as an organization)
MARKET_NAMES = _words("market_names")
