"""The actor knowledge base (warta.kb): who is who on the day of the article, and its data checks."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.kb import DATA_DIR, KBError, KnowledgeBase, load, lookup_person, lookup_title, resolve


def d(s: str) -> date:
    return date.fromisoformat(s)


@pytest.mark.parametrize("mention, on, name", [
    ("Presiden AS", "2024-08-20", "Joe Biden"),
    ("Presiden AS", "2025-06-01", "Donald Trump"),
    ("Presiden AS", "2025-01-20", "Donald Trump"),  # changeover day: the new holder
    ("Presiden AS", "2025-01-19", "Joe Biden"),
    ("Menlu AS", "2024-08-20", "Antony Blinken"),
    ("Menteri Luar Negeri AS", "2025-01-21", "Marco Rubio"),
    ("Presiden RI", "2024-10-19", "Joko Widodo"),
    ("Presiden RI", "2024-10-20", "Prabowo Subianto"),
    ("Presiden Indonesia", "2016-01-01", "Joko Widodo"),
    ("Menlu RI", "2024-10-20", "Retno Marsudi"),
    ("Menlu RI", "2024-10-21", "Sugiono"),
    ("PM Inggris", "2024-07-04", "Rishi Sunak"),
    ("PM Inggris", "2024-07-05", "Keir Starmer"),
    ("Perdana Menteri Inggris", "2022-10-01", "Liz Truss"),
    ("PM Israel", "2023-10-10", "Benjamin Netanyahu"),
    ("PM Israel", "2022-08-01", "Yair Lapid"),
    ("Sekjen PBB", "2024-01-01", "António Guterres"),
    ("Sekjen PBB", "2010-01-01", "Ban Ki-moon"),
    ("US President", "2023-01-01", "Joe Biden"),  # English order
    ("Israeli Prime Minister", "2023-01-01", "Benjamin Netanyahu"),
    ("Secretary of State", None, None),
])
def test_title_and_country_resolve_to_the_holder_on_the_day(mention, on, name):
    r = resolve(mention, d(on or "2024-01-01"))
    assert r.name == name, r.reason


def test_office_holder_is_coded_with_the_office():
    r = resolve("Presiden AS", d("2024-08-20"))
    assert (r.kb_id, r.country, r.sector, r.office) == ("person:joe-biden", "USA", "GOV", "USA:president")
    assert "USA:president" in r.reason and "2021-01-20" in r.reason
    assert resolve("Sekjen PBB", d("2024-01-01")).country == "UNO"


@pytest.mark.parametrize("mention", ["Biden", "Joe Biden", "Joseph R. Biden"])
def test_names_and_surnames_resolve_to_the_person_and_their_role_that_day(mention):
    r = resolve(mention, d("2024-08-20"))
    assert (r.kb_id, r.country, r.sector, r.office) == ("person:joe-biden", "USA", "GOV", "USA:president")


def test_former_office_holder_is_no_longer_gov():
    r = resolve("Biden", d("2025-03-01"))
    assert (r.kb_id, r.country, r.sector, r.office) == ("person:joe-biden", "USA", "OPP", None)
    assert "former USA:president" in r.reason
    jokowi = resolve("Jokowi", d("2025-01-01"))
    assert jokowi.kb_id == "person:joko-widodo" and jokowi.sector != "GOV"
    assert resolve("Jokowi", d("2024-01-01")).sector == "GOV"


def test_opposition_leader_is_opp_and_role_changes_over_time():
    assert resolve("Netanyahu", d("2022-03-01")).sector == "OPP"
    assert resolve("Netanyahu", d("2023-03-01")).office == "ISR:prime_minister"
    assert resolve("Yair Lapid", d("2024-05-01")).sector == "OPP"


@pytest.mark.parametrize("mention, kb_id", [
    ("Jokowi", "person:joko-widodo"), ("Prabowo", "person:prabowo-subianto"),
    ("SBY", "person:susilo-bambang-yudhoyono"),
    ("Benyamin Netanyahu", "person:benjamin-netanyahu"), ("Kim Jong-un", "person:kim-jong-un"),
    ("kim jong un", "person:kim-jong-un"), ("Erdogan", "person:recep-tayyip-erdogan"),
    ("Erdoğan", "person:recep-tayyip-erdogan"), ("Zelensky", "person:volodymyr-zelenskyy"),
    ("MBS", "person:mohammed-bin-salman"), ("Sisi", "person:abdel-fattah-el-sisi"), ("Retno", "person:retno-marsudi"),
])
def test_indonesian_and_english_forms(mention, kb_id):
    assert resolve(mention, d("2024-06-01")).kb_id == kb_id


def test_title_plus_name():
    r = resolve("Menlu AS Antony Blinken", d("2024-01-01"))
    assert r.kb_id == "person:antony-blinken" and r.office == "USA:secretary_of_state"
    assert resolve("Presiden Prabowo", d("2025-01-01")).office == "IDN:president"


def test_shared_names_are_left_unresolved_or_told_apart_by_context_or_title():
    r = resolve("Wong", d("2024-08-01"))
    assert not r.resolved and "ambiguous" in r.reason
    assert set(r.candidates) == {"person:lawrence-wong", "person:penny-wong"}
    assert resolve("Wong", d("2024-08-01"), context=["SGP"]).kb_id == "person:lawrence-wong"
    assert resolve("Wong", d("2024-08-01"), context=["Australia"]).kb_id == "person:penny-wong"
    assert not resolve("Duterte", d("2023-01-01")).resolved
    assert resolve("Presiden Duterte", d("2023-01-01")).kb_id == "person:rodrigo-duterte"
    assert resolve("Wapres Duterte", d("2023-01-01")).kb_id == "person:sara-duterte"


def test_unknown_and_title_alone_are_unresolved_with_a_reason():
    r = resolve("Presiden", d("2024-01-01"))
    assert not r.resolved and "without a country" in r.reason
    r = resolve("Tukiman Darmowiyono", d("2024-01-01"))
    assert not r.resolved and "not a name" in r.reason
    r = resolve("Presiden AS", d("1980-01-01"))
    assert not r.resolved and "no holder" in r.reason


def test_coder_helpers():
    assert lookup_title("Menlu", "AS", d("2024-08-20")).name == "Antony Blinken"
    assert lookup_title("Presiden", "USA", d("2025-06-01")).name == "Donald Trump"
    assert lookup_title("Presiden", "Atlantis", d("2025-06-01")) is None
    assert lookup_person("Blinken", d("2025-06-01")).sector != "GOV"
    assert lookup_person("Wong", d("2024-08-01")) is None
    assert lookup_person("Nobody Atall", d("2024-08-01")) is None


def test_shipped_data_passes_check_and_cli():
    kb = load()
    assert len(kb.persons) > 300 and len(kb.terms) > 400
    runner = CliRunner()
    r = runner.invoke(main, ["actors", "--check"])
    assert r.exit_code == 0 and r.output.startswith("ok:")
    r = runner.invoke(main, ["actors", "Presiden AS", "--on", "2024-08-20", "--json"])
    assert r.exit_code == 0 and json.loads(r.output)["name"] == "Joe Biden"
    r = runner.invoke(main, ["actors", "Presiden AS", "--on", "2025-06-01"])
    assert "Donald Trump" in r.output and "why:" in r.output
    r = runner.invoke(main, ["actors", "--list", "--country", "IDN"])
    assert "Prabowo Subianto" in r.output and "USA:president" not in r.output
    r = runner.invoke(main, ["actors", "--stats", "--json"])
    assert json.loads(r.output)["countries"]["IDN"]["latest_date"] >= "2024-10-21"


@pytest.fixture
def data(tmp_path):
    dest = tmp_path / "kb"
    shutil.copytree(DATA_DIR, dest)
    return dest


def _append(path, rec):
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps(rec) + "\n")


def _check_fails(data, *words):
    with pytest.raises(KBError) as e:
        KnowledgeBase(data)
    for w in words:
        assert w in str(e.value), str(e.value)
    r = CliRunner().invoke(main, ["actors", "--check", "--data", str(data)])
    assert r.exit_code == 1
    return str(e.value)


def test_copy_of_shipped_data_loads(data):
    assert len(KnowledgeBase(data).terms) == len(load().terms)


def test_overlapping_terms_are_caught(data):
    _append(data / "offices.jsonl", {"office": "USA:president", "person": "person:barack-obama", "start": "2024-01-01",
                                     "end": None, "sources": ["test"]})
    msg = _check_fails(data, "offices.jsonl:", "overlapping terms for USA:president", "person:barack-obama")
    assert "person:joe-biden" in msg


def test_unknown_country_is_caught(data):
    _append(data / "persons.jsonl", {"kb_id": "person:someone-new", "name": "Someone New", "aliases": [],
                                     "country": "XXA", "sector": "GOV", "sources": ["test"]})
    _check_fails(data, "persons.jsonl:", "unknown country code 'XXA'", "someone-new")


def test_missing_name_is_caught(data):
    _append(data / "persons.jsonl", {"kb_id": "person:no-name", "aliases": [], "country": "IDN", "sector": "GOV",
                                     "sources": ["test"]})
    _check_fails(data, "persons.jsonl:", "missing name", "person:no-name")


def test_bad_dates_and_dangling_references_are_caught(data):
    _append(data / "offices.jsonl", {"office": "IDN:president", "person": "person:nobody", "start": "2030-01-01",
                                     "end": None, "sources": ["test"]})
    _check_fails(data, "offices.jsonl:", "person:nobody")


def test_check_cli_names_file_and_record(data):
    _append(data / "persons.jsonl", {"kb_id": "person:no-name", "aliases": [], "country": "IDN", "sector": "GOV",
                                     "sources": ["test"]})
    r = CliRunner().invoke(main, ["actors", "--check", "--data", str(data)])
    assert r.exit_code == 1
    assert "persons.jsonl:" in r.output and "person:no-name" in r.output


def test_uncertain_terms_are_flagged():
    r = resolve("Menlu Korea Selatan", d("2025-07-01"))
    assert r.name == "Cho Tae-yul" and r.uncertain and "uncertain" in r.reason
    assert not resolve("Menlu Korea Selatan", d("2023-01-01")).uncertain


def test_a_title_naming_two_offices_of_one_country_is_caught(data):
    _append(data / "titles.jsonl", {"office": "USA:deputy_secretary_of_state", "country": "USA", "role": "deputy",
                                    "roles": ["deputy"], "sector": "GOV", "titles": ["Menlu"], "sources": ["test"]})
    _check_fails(data, "titles.jsonl", "'Menlu' names both USA:secretary_of_state")


def test_loader_is_cached_per_directory(data):
    assert load() is load()
    assert load(data) is load(data) and load(data) is not load()
