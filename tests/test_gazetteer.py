"""The shipped gazetteer: real lookups against src/warta/data/gazetteer.tsv.gz."""

from __future__ import annotations

import gzip

import pytest

from warta.gazetteer import (
    COLUMNS,
    DATA_PATH,
    GazPlace,
    choose,
    gazetteer_for,
    get_gazetteer,
    plausible,
    resolution,
    surface_key,
)
from warta.lang import get_language
from warta.structure import TOKEN_RE


@pytest.fixture(scope="module")
def gaz():
    return gazetteer_for(get_language("id"))


def words(text: str) -> list[str]:
    return [m.group() for m in TOKEN_RE.finditer(text)]


def test_shipped_file_has_the_documented_columns_and_is_sorted():
    with gzip.open(DATA_PATH, "rt", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        keys = [surface_key(f.readline().split("\t")[2]) for _ in range(2000)]
    assert tuple(header) == COLUMNS
    assert keys == sorted(keys)


def test_doha_is_the_capital_of_qatar(gaz):
    p = gaz.resolve("Doha")
    assert (p.country, p.kind, p.geonameid) == ("QAT", "city", 290030)
    assert resolution(p) == "city"


@pytest.mark.parametrize("surface,country", [
    ("Kairo", "EGY"), ("Mesir", "EGY"), ("Jalur Gaza", "PSE"), ("Tepi Barat", "PSE"),
    ("Koridor Philadelphia", "PSE"), ("Istana Merdeka", "IDN"), ("Yerusalem", "ISR"),
])
def test_indonesian_exonyms_and_news_names(gaz, surface, country):
    assert gaz.resolve(surface).country == country


def test_seas_have_no_country_and_site_resolution(gaz):
    p = gaz.resolve("Laut Merah")
    assert p.kind == "sea" and p.country is None and resolution(p) == "site"
    assert gaz.resolve("Teluk Aden").kind == "sea"


def test_case_and_diacritics_are_ignored(gaz):
    assert gaz.resolve("KAIRO") == gaz.resolve("kairo") == gaz.resolve("Kairo")
    assert gaz.resolve("Sao Paulo") == gaz.resolve("São Paulo")
    assert gaz.resolve("Sao Paulo").country == "BRA"


def test_paris_depends_on_the_article_countries(gaz):
    fra = gaz.resolve("Paris", context_countries={"FRA"})
    usa = gaz.resolve("Paris", context_countries={"USA"})
    assert fra.country == "FRA" and usa.country == "USA"
    assert fra != usa
    assert usa.admin1 == "Texas"  # the biggest Paris in the USA
    assert gaz.resolve("Paris").country == "FRA"  # no context: population decides


def test_tripoli_lebanon_or_libya(gaz):
    assert gaz.resolve("Tripoli", context_countries=["LBN"]).country == "LBN"
    assert gaz.resolve("Tripoli", context_countries=["LBY"]).country == "LBY"
    assert gaz.resolve("Tripoli", prefer_country="LBN").country == "LBN"


def test_georgia_state_or_country(gaz):
    state = gaz.resolve("Georgia", context_countries={"USA"})
    country = gaz.resolve("Georgia", context_countries={"GEO"})
    assert (state.country, state.kind, resolution(state)) == ("USA", "admin1", "admin1")
    assert (country.country, country.kind, resolution(country)) == ("GEO", "country", "country")
    assert gaz.resolve("Georgia").kind == "country"  # no context: a country outranks an admin1


def test_surabaya_is_in_east_java(gaz):
    p = gaz.resolve("Surabaya")
    assert p.country == "IDN" and p.kind == "city"
    assert p.admin1 in ("Jawa Timur", "East Java")
    assert p.population > 1_000_000


def test_provinces_are_admin1(gaz):
    p = gaz.resolve("Jawa Timur")
    assert (p.country, p.kind, p.admin1, resolution(p)) == ("IDN", "admin1", "Jawa Timur", "admin1")
    assert gaz.resolve("Jatim") == p


@pytest.mark.parametrize("surface", ["Garut", "Kabupaten Garut", "Kab. Garut", "Kota Garut"])
def test_regency_prefixes_are_stripped(gaz, surface):
    p = gaz.resolve(surface)
    assert p is not None and p.country == "IDN" and p.name == "Garut"


def test_a_full_form_that_is_itself_a_surface_wins_over_stripping(gaz):
    assert gaz.resolve("Kota Gaza").country == "PSE"


def test_bulan_alone_is_no_place(gaz):
    assert gaz.longest_match(["Bulan"], 0) is None
    assert gaz.longest_match(words("Bulan lalu Presiden bertemu"), 0) is None
    assert gaz.resolve("Bulan") is None


def test_stop_words_still_begin_longer_names(gaz):
    n, cands = gaz.longest_match(words("Tepi Barat diduduki"), 0)
    assert n == 2 and cands[0].name == "Tepi Barat"


def test_lower_case_words_never_start_a_place(gaz):
    assert gaz.longest_match(["garut"], 0) is None
    assert gaz.longest_match(["Garut"], 0)[1][0].country == "IDN"


def test_longest_match_takes_the_longest_run(gaz):
    toks = words("di Jalur Gaza pada Senin")
    n, cands = gaz.longest_match(toks, 1)
    assert n == 2 and choose(cands).name == "Jalur Gaza"
    toks = words("Warga Kabupaten Garut, Jawa Barat")
    n, cands = gaz.longest_match(toks, 1)
    assert n == 2 and cands[0].name == "Garut"
    n, cands = gaz.longest_match(toks, 4)
    assert n == 2 and cands[0].kind == "admin1"


def test_short_capitals_are_acronyms(gaz):
    assert gaz.longest_match(["SUNA"], 0) is None  # the Sudanese news agency, not Suna in Russia
    assert gaz.longest_match(["NTT"], 0)[1][0].name == "Nusa Tenggara Timur"
    assert gaz.longest_match(["GAZA"], 0)[1][0].country == "PSE"


def test_match_needs_a_plausible_one_word_place(gaz):
    toks = words("Hendra mengatakan")
    assert gaz.longest_match(toks, 0) is not None  # a town in Australia ...
    assert gaz.match(toks, 0) is None  # ... but not a place in an Indonesian report
    assert gaz.match(toks, 0, context_countries={"AUS"})[1].country == "AUS"
    # the coder's context may hold "" (a mention with no country): it makes nothing plausible
    assert gaz.match(toks, 0, context_countries={""}) is None
    assert gaz.match(toks, 0, context_countries={"", "AUS"})[1].country == "AUS"
    n, p = gaz.match(words("di Doha"), 1)
    assert n == 1 and p.country == "QAT"


def test_disambiguation_never_follows_file_order():
    small = GazPlace(1, "Tripoli", "USA", None, 0.0, 0.0, 1_000, "city")
    big = GazPlace(2, "Tripoli", "LBY", None, 0.0, 0.0, 1_000_000, "city")
    country = GazPlace(3, "Georgia", "GEO", None, 0.0, 0.0, 10, "country")
    assert choose([small, big]) == choose([big, small]) == big
    assert choose([small, big], context_countries={"USA"}) == small
    assert choose([big, country]) == country
    assert choose([]) is None
    assert plausible(big) and not plausible(small) and plausible(small, {"USA"})


def test_unknown_surfaces(gaz):
    assert gaz.candidates("Xyzzyville Qwerty") == []
    assert gaz.resolve("") is None
    assert gaz.longest_match([], 0) is None


def test_the_language_brings_its_stop_words_and_administrative_prefixes(gaz):
    bare = get_gazetteer()  # the table alone: no language's rules
    assert bare.longest_match(words("Lima"), 0)[1][0].country == "PER"
    assert gaz.longest_match(words("Lima"), 0) is None  # ``lima`` is "five" in Indonesian
    assert bare.longest_match(words("Kabupaten Garut"), 0) is None
    n, cands = gaz.longest_match(words("Kab. Garut"), 0)
    assert n == 3 and cands[0].name == "Garut"
    # another language's rules over the same table and caches: a prefix it declares, in its own case
    other = bare.with_rules(["Lima"], ["KABUPATEN"])
    assert other._cache is bare._cache
    assert other.longest_match(words("Kabupaten Garut"), 0)[0] == 2
    assert other.longest_match(words("Kab. Garut"), 0) is None
    assert other.candidates("Lima") == []
    assert gazetteer_for(get_language("id")) is gaz  # one per language
