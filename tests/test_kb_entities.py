"""The knowledge base beyond the first 26 countries: new offices, organisation titles, entities, the coder's table."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.kb import DATA_DIR, KBError, KnowledgeBase, actor_rows, load, lookup_entity, resolve


def d(s: str) -> date:
    return date.fromisoformat(s)


@pytest.mark.parametrize("mention, on, name", [
    ("Menteri Keuangan Indonesia", "2025-08-01", "Sri Mulyani Indrawati"),
    ("Menteri Keuangan Indonesia", "2025-10-01", "Purbaya Yudhi Sadewa"),
    ("Menkeu RI", "2015-01-01", "Bambang Brodjonegoro"),
    ("Indonesian Finance Minister", "2020-01-01", "Sri Mulyani Indrawati"),
    ("Sekjen NATO", "2024-06-01", "Jens Stoltenberg"),
    ("Sekjen NATO", "2024-11-01", "Mark Rutte"),
    ("Sekretaris Jenderal NATO", "2012-01-01", "Anders Fogh Rasmussen"),
    ("NATO Secretary-General", "2024-11-01", "Mark Rutte"),
    ("Kapolri", "2020-06-01", "Idham Azis"),
    ("Kapolri", "2022-06-01", "Listyo Sigit Prabowo"),
    ("Panglima TNI", "2023-01-01", "Yudo Margono"),
    ("Panglima TNI", "2024-01-01", "Agus Subiyanto"),
    ("KSAD", "2024-01-01", "Maruli Simanjuntak"),
    ("Ketua KPK", "2021-01-01", "Firli Bahuri"),
    ("Kepala BIN", "2020-01-01", "Budi Gunawan"),
    ("Jaksa Agung", "2024-01-01", "Sanitiar Burhanuddin"),
    ("Ketua DPR", "2024-01-01", "Puan Maharani"),
    ("Ketua MPR", "2025-01-01", "Ahmad Muzani"),
    ("Ketua Umum Golkar", "2024-06-01", "Airlangga Hartarto"),
    ("Ketua Umum Partai Golkar", "2025-01-01", "Bahlil Lahadalia"),
    ("Ketum Demokrat", "2019-01-01", None),  # 'Demokrat' alone is not a name of the party
    ("Ketua Umum Partai Demokrat", "2019-01-01", "Susilo Bambang Yudhoyono"),
    ("Menhan Israel", "2024-06-01", "Yoav Gallant"),
    ("Menhan Israel", "2024-12-01", "Israel Katz"),
    ("Menhan Arab Saudi", "2023-01-01", "Khalid bin Salman"),
    ("Presiden Argentina", "2024-01-01", "Javier Milei"),
    ("Presiden Brasil", "2022-01-01", "Jair Bolsonaro"),
    ("PM Kanada", "2025-06-01", "Mark Carney"),
    ("PM Italia", "2023-01-01", "Giorgia Meloni"),
    ("Presiden Meksiko", "2025-01-01", "Claudia Sheinbaum"),
    ("Presiden Afrika Selatan", "2024-01-01", "Cyril Ramaphosa"),
    ("Presiden Komisi Eropa", "2020-01-01", "Ursula von der Leyen"),
    ("Presiden Dewan Eropa", "2025-01-01", "António Costa"),
    ("Perwakilan Tinggi Uni Eropa", "2025-01-01", "Kaja Kallas"),
    ("Presiden Suriah", "2024-01-01", "Bashar al-Assad"),
    ("Presiden Suriah", "2025-06-01", "Ahmed al-Sharaa"),
    ("PM Lebanon", "2025-06-01", "Nawaf Salam"),
    ("Raja Yordania", "2020-01-01", "Abdullah II"),
    ("Emir Kuwait", "2024-06-01", "Mishal Al-Ahmad Al-Jaber Al-Sabah"),
    ("Presiden UEA", "2023-01-01", "Mohamed bin Zayed Al Nahyan"),
    ("PM Irak", "2023-01-01", "Mohammed Shia al-Sudani"),
    ("Sultan Oman", "2021-01-01", "Haitham bin Tariq"),
    ("Sultan Brunei", "2021-01-01", "Hassanal Bolkiah"),
    ("PM Laos", "2023-06-01", "Sonexay Siphandone"),
    ("Presiden Timor Leste", "2023-01-01", "José Ramos-Horta"),
    ("Sekjen Hizbullah", "2024-01-01", "Hassan Nasrallah"),
    ("Sekjen Hizbullah", "2024-12-01", "Naim Qassem"),
    ("Kepala Biro Politik Hamas", "2020-01-01", "Ismail Haniyeh"),
    ("Dirjen WHO", "2020-01-01", "Tedros Adhanom Ghebreyesus"),
    ("Kepala UNRWA", "2024-01-01", "Philippe Lazzarini"),
    ("Dirjen IAEA", "2024-01-01", "Rafael Grossi"),
    ("Jaksa ICC", "2024-01-01", "Karim Khan"),
    ("Presiden Mahkamah Internasional", "2024-06-01", "Nawaf Salam"),
    ("Sekjen ASEAN", "2024-01-01", "Kao Kim Hourn"),
    ("Sekjen Liga Arab", "2024-01-01", "Ahmed Aboul Gheit"),
    ("Sekjen OKI", "2010-01-01", "Ekmeleddin İhsanoğlu"),
])
def test_new_offices_resolve_to_the_holder_on_the_day(mention, on, name):
    r = resolve(mention, d(on))
    assert r.name == name, r.reason


def test_office_holder_takes_the_office_sector_and_country():
    r = resolve("Kapolri", d("2022-06-01"))
    assert (r.country, r.sector, r.office) == ("IDN", "COP", "IDN:police_chief")
    r = resolve("Sekjen NATO", d("2024-11-01"))
    # NATO's Secretary General is a civilian official of an intergovernmental body, not an officer
    assert (r.kb_id, r.country, r.sector) == ("person:mark-rutte", "IGO", "GOV")
    assert "IGO:nato_secretary_general" in r.reason
    assert "org:nato" in resolve("Chief NATO", d("2024-11-01")).reason
    r = resolve("Sekjen Hizbullah", d("2024-12-01"))
    assert (r.country, r.sector) == ("LBN", "REB")


@pytest.mark.parametrize("mention, on, kb_id, office", [
    ("Purbaya", "2025-10-01", "person:purbaya-yudhi-sadewa", "IDN:finance_minister"),
    ("Sri Mulyani", "2025-08-01", "person:sri-mulyani", "IDN:finance_minister"),
    ("Sri Mulyani", "2025-10-01", "person:sri-mulyani", None),
    ("Stoltenberg", "2024-06-01", "person:jens-stoltenberg", "IGO:nato_secretary_general"),
    ("Rutte", "2024-06-01", "person:mark-rutte", "NLD:prime_minister"),
    ("Rutte", "2024-11-01", "person:mark-rutte", "IGO:nato_secretary_general"),
    ("Milei", "2024-01-01", "person:javier-milei", "ARG:president"),
    ("Meloni", "2024-01-01", "person:giorgia-meloni", "ITA:prime_minister"),
    ("Ramaphosa", "2024-01-01", "person:cyril-ramaphosa", "ZAF:president"),
    ("Gallant", "2024-06-01", "person:yoav-gallant", "ISR:defence_minister"),
    ("Hemedti", "2024-06-01", "person:mohamed-hamdan-dagalo", "SDN:rsf_commander"),
    ("Jolani", "2025-06-01", "person:ahmed-al-sharaa", "SYR:president"),
    ("Tedros", "2024-01-01", "person:tedros-adhanom", "UNO:who_director_general"),
])
def test_surname_only_references(mention, on, kb_id, office):
    r = resolve(mention, d(on))
    assert (r.kb_id, r.office) == (kb_id, office), r.reason


def test_persons_keep_the_kb_ids_of_the_actor_table():
    from warta.lang import load_actors
    from warta.lang.id import HERE

    table = load_actors(HERE / "actors.tsv")
    for surface in ("Sri Mulyani", "Tedros", "Mohamed bin Zayed", "Pete Hegseth", "Paus Fransiskus"):
        r = resolve(table[surface].name, d("2025-03-01"))
        assert r.kb_id == table[surface].kb_id, (surface, r.reason)


@pytest.mark.parametrize("mention, on, name", [
    ("Menhan AS", "2024-06-01", "Lloyd Austin"), ("Menhan AS", "2025-06-01", "Pete Hegseth"),
    ("Menhan Rusia", "2024-06-01", "Andrei Belousov"), ("Gubernur Jakarta", "2020-01-01", "Anies Baswedan"),
    ("Paus", None, None), ("PM Pakistan", "2024-06-01", "Shehbaz Sharif"),
])
def test_more_offices(mention, on, name):
    if on is None:
        assert not resolve(mention, d("2024-01-01")).resolved
    else:
        assert resolve(mention, d(on)).name == name


def test_a_person_with_several_offices_is_coded_by_the_highest():
    r = resolve("Prabowo", d("2025-01-01"))
    assert r.office == "IDN:president" and "IDN:gerindra_chair" in r.offices
    r = resolve("Bahlil Lahadalia", d("2025-01-01"))
    assert r.office == "IDN:energy_minister" and r.sector == "GOV"
    r = resolve("Min Aung Hlaing", d("2024-10-01"))
    assert r.office in ("MMR:head_of_state", "MMR:prime_minister") and r.sector == "GOV"


@pytest.mark.parametrize("mention, kb_id, country, sector", [
    ("Kremlin", "country:RUS", "RUS", "GOV"),
    ("Gedung Putih", "country:USA", "USA", "GOV"),
    ("Washington", "country:USA", "USA", "GOV"),
    ("Beijing", "country:CHN", "CHN", "GOV"),
    ("Zhongnanhai", "country:CHN", "CHN", "GOV"),
    ("Istana", "country:IDN", "IDN", "GOV"),
    ("Downing Street", "country:GBR", "GBR", "GOV"),
    ("Pentagon", "org:usa-pentagon", "USA", "MIL"),
    ("Senayan", "org:idn-dpr", "IDN", "LEG"),
])
def test_metonyms(mention, kb_id, country, sector):
    r = resolve(mention, d("2024-06-01"))
    assert (r.kb_id, r.country, r.sector) == (kb_id, country, sector), r.reason
    assert "metonym" in r.reason or "name of" in r.reason


@pytest.mark.parametrize("mention, kb_id, sector", [
    ("AS", "country:USA", "GOV"), ("Amerika Serikat", "country:USA", "GOV"), ("United States", "country:USA", "GOV"),
    ("Tiongkok", "country:CHN", "GOV"), ("China", "country:CHN", "GOV"), ("Korut", "country:PRK", "GOV"),
    ("Korea Selatan", "country:KOR", "GOV"), ("Inggris", "country:GBR", "GOV"), ("Rusia", "country:RUS", "GOV"),
    ("Palestina", "country:PSE", "GOV"), ("Palestine", "country:PSE", "GOV"), ("Israeli", "country:ISR", "GOV"),
    ("Zionis", "country:ISR", "GOV"), ("Yordania", "country:JOR", "GOV"), ("Jordan", "country:JOR", "GOV"),
    ("Puerto Riko", "country:PRI", "GOV"),
    ("PBB", "org:UN", "GOV"), ("Perserikatan Bangsa-Bangsa", "org:UN", "GOV"), ("DK PBB", "org:unsc", "GOV"),
    ("Majelis Umum PBB", "org:unga", "GOV"), ("Uni Eropa", "org:EU", "GOV"), ("European Union", "org:EU", "GOV"),
    ("OKI", "org:oic", "GOV"), ("OIC", "org:oic", "GOV"), ("Liga Arab", "org:arab-league", "GOV"),
    ("Mahkamah Pidana Internasional", "org:icc", "JUD"), ("ICJ", "org:icj", "JUD"),
    ("Bank Dunia", "org:world-bank", "GOV"), ("Houthi", "group:houthis", "REB"),
    ("Hizbullah", "group:hezbollah", "REB"), ("Hezbollah", "group:hezbollah", "REB"),
    ("Jihad Islam", "group:pij", "REB"), ("NIIS", "group:isis", "REB"), ("KKB", "group:idn-kkb", "REB"),
    ("OPM", "group:idn-opm", "REB"), ("RSF", "group:rsf", "REB"),
    ("ANTARA", "media:antara", "MED"), ("Anadolu", "media:anadolu", "MED"), ("KAN", "media:kan", "MED"),
    ("KCNA", "media:kcna", "MED"), ("Reuters", "media:reuters", "MED"), ("Al Jazeera", "media:al-jazeera", "MED"),
    ("Kemlu", "org:idn-kemlu", "GOV"), ("Kemenkeu", "org:idn-kemenkeu", "GOV"), ("TNI AU", "org:idn-tni-au", "MIL"),
    ("Polri", "org:idn-polri", "COP"), ("Polda Jawa Barat", "org:idn-polda-jawa-barat", "COP"),
    ("Kejagung", "org:idn-kejagung", "JUD"), ("MK", "org:idn-mk", "JUD"), ("DPD", "org:idn-dpd", "LEG"),
    ("Basarnas", "org:idn-basarnas", "GOV"), ("Pemprov Jawa Barat", "org:idn-pemprov-jawa-barat", "GOV"),
    ("Pemprov DKI", "org:idn-pemprov-dki-jakarta", "GOV"), ("Golkar", "party:idn-golkar", "PTY"),
    # an alliance or pact of governments is coded as a body of states (its forces are MIL: see below)
    ("NATO", "org:nato", "GOV"), ("Pakta Pertahanan Atlantik Utara", "org:nato", "GOV"), ("AUKUS", "org:aukus", "GOV"),
    ("UNIFIL", "org:unifil", "MIL"),
])
def test_entities_in_indonesian_and_english_forms(mention, kb_id, sector):
    r = resolve(mention, d("2024-06-01"))
    assert (r.kb_id, r.sector) == (kb_id, sector), r.reason


@pytest.mark.parametrize("mention, country, sector", [
    ("warga Palestina", "PSE", "CVL"), ("pasukan Israel", "ISR", "MIL"), ("tentara Rusia", "RUS", "MIL"),
    ("polisi Malaysia", "MYS", "COP"), ("pemerintah Tiongkok", "CHN", "GOV"), ("Israeli forces", "ISR", "MIL"),
    ("Palestinian civilians", "PSE", "CVL"), ("mahasiswa Indonesia", "IDN", "EDU"),
])
def test_group_nouns_with_demonyms(mention, country, sector):
    r = resolve(mention, d("2024-06-01"))
    assert (r.kb_id, r.country, r.sector) == (f"country:{country}", country, sector), r.reason
    assert "group noun" in r.reason


def test_entity_sectors_and_party_status_change_over_time():
    assert resolve("Taliban", d("2020-01-01")).sector == "REB"
    assert resolve("Taliban", d("2022-01-01")).sector == "GOV"
    r = resolve("PKS", d("2020-01-01"))
    assert r.sector == "PTY" and "opposition" in r.reason
    assert "government" in resolve("PKS", d("2025-01-01")).reason
    assert "government" in resolve("Gerindra", d("2020-01-01")).reason
    assert "opposition" in resolve("Gerindra", d("2015-01-01")).reason
    assert lookup_entity("Hamas", d("2024-01-01")).country == "PSE"
    assert lookup_entity("Atlantis", d("2024-01-01")) is None


def test_every_country_code_has_an_entity_with_names():
    kb = load()
    iso = {c for c in kb.codes if f"country:{c}" in kb.entities}
    assert len(iso) >= 249
    for code in iso:
        e = kb.entities[f"country:{code}"]
        assert e.name and e.name_id and e.country == code
    assert len([e for e in kb.entities.values() if e.kind == "media"]) >= 50


def test_actor_rows_for_the_coder():
    rows = actor_rows("id")
    assert rows and set(rows[0]) == {"surface", "name", "country", "sector", "kind", "kb_id"}
    by_surface = {r["surface"]: r for r in rows}
    assert by_surface["Kremlin"]["kb_id"] == "country:RUS" and by_surface["Kremlin"]["kind"] == "capital"
    assert by_surface["Hizballah"]["sector"] == "REB"
    assert by_surface["Golkar"]["kind"] == "org"
    # no lower-case surfaces, no ordinary words
    assert all(r["surface"][:1].isupper() or r["surface"][:1].isdigit() for r in rows)
    for word in ("Antara", "Istana", "Angkatan Darat", "UN", "RT"):
        assert word not in by_surface
    assert actor_rows("en") == []
    assert "Puerto Riko" not in by_surface  # territories are not in the coder's table


def test_language_table_keeps_its_own_rows_and_gains_kb_surfaces():
    from warta.lang import get_language, load_actors

    lang = get_language("id")
    own = load_actors(lang.path / "actors.tsv")
    for surface, entity in own.items():
        assert lang.actors[surface] == entity  # actors.tsv wins on every surface it has
    assert "Hizballah" in lang.actors and "Hizballah" not in own
    assert lang.actors["Pemprov Jawa Barat"].kb_id == "org:idn-pemprov-jawa-barat"
    assert "Antara" not in lang.actors and "ANTARA" in lang.actors
    keys = {tuple(s.lower().split()) for s in lang.actors}
    assert len(keys) >= len(own)


def test_stats_cli_lists_entities_by_kind_and_country():
    r = CliRunner().invoke(main, ["actors", "--stats"])
    assert r.exit_code == 0
    assert "entities by kind:" in r.output and "media" in r.output
    st = json.loads(CliRunner().invoke(main, ["actors", "--stats", "--json"]).output)
    assert st["entities_by_kind"]["country"] >= 190
    assert st["entities_by_country"]["IDN"]["institution"] >= 40
    for code in ("ARG", "BRA", "CAN", "ITA", "MEX", "ZAF", "EUR", "ARE", "BHR", "IRQ", "JOR", "KWT", "LBN", "OMN",
                 "SYR", "YEM", "BRN", "LAO", "MMR", "TLS", "SDN", "IGO"):
        assert st["countries"][code]["office_holders"] >= 1, code
        assert st["countries"][code]["latest_date"] >= "2015-01-01", code


def test_resolve_cli_shows_the_reason_for_an_entity():
    r = CliRunner().invoke(main, ["actors", "Kremlin", "--on", "2024-01-01", "--json"])
    out = json.loads(r.output)
    assert out["kb_id"] == "country:RUS" and "metonym" in out["reason"]


# ---- validation of the new files --------------------------------------------------------------
@pytest.fixture
def data(tmp_path):
    dest = tmp_path / "kb"
    shutil.copytree(DATA_DIR, dest)
    return dest


def _append(path, rec):
    with path.open("a", encoding="utf-8") as f:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _fails(data, *words):
    with pytest.raises(KBError) as e:
        KnowledgeBase(data)
    for w in words:
        assert w in str(e.value), str(e.value)
    r = CliRunner().invoke(main, ["actors", "--check", "--data", str(data)])
    assert r.exit_code == 1
    return str(e.value)


def test_entity_with_unknown_country_is_caught(data):
    _append(data / "entities.jsonl", {"kb_id": "org:test-body", "kind": "org", "name": "Test Body", "country": "XXA",
                                      "sector": "GOV", "sources": ["test"]})
    _fails(data, "entities.jsonl:", "unknown country code 'XXA'", "org:test-body")


def test_entity_without_name_is_caught(data):
    _append(data / "entities.jsonl", {"kb_id": "org:nameless", "kind": "org", "country": "IDN", "sector": "GOV",
                                      "sources": ["test"]})
    _fails(data, "entities.jsonl:", "missing name", "org:nameless")


def test_entity_with_overlapping_periods_or_bad_kind_is_caught(data):
    _append(data / "entities.jsonl", {"kb_id": "party:test", "kind": "party", "name": "Test", "country": "IDN",
                                      "sector": "PTY", "sources": ["test"],
                                      "periods": [{"start": "2020-01-01", "end": None, "status": "government"},
                                                  {"start": "2022-01-01", "end": None, "status": "opposition"}]})
    _fails(data, "entities.jsonl:", "overlapping periods", "party:test")


def test_entity_with_unknown_kind_is_caught(data):
    _append(data / "entities.jsonl", {"kb_id": "org:odd", "kind": "spaceship", "name": "Odd", "country": "IDN",
                                      "sector": "GOV", "sources": ["test"]})
    _fails(data, "entities.jsonl:", "unknown kind 'spaceship'", "org:odd")


def test_overlapping_terms_of_a_new_office_are_caught(data):
    _append(data / "offices.jsonl", {"office": "IDN:finance_minister", "person": "person:boediono",
                                     "start": "2024-01-01", "end": None, "sources": ["test"]})
    _fails(data, "offices.jsonl:", "overlapping terms for IDN:finance_minister", "person:boediono")


def test_office_of_an_unknown_organisation_is_caught(data):
    _append(data / "titles.jsonl", {"office": "IGO:test_chief", "country": "IGO", "role": "test_chief",
                                    "roles": ["agency_head"], "sector": "GOV", "titles": ["Kepala"],
                                    "org": "org:no-such-body", "sources": ["test"]})
    _fails(data, "titles.jsonl:", "org:no-such-body")


def test_office_without_holder_is_caught_by_check(data):
    from warta.kb import check

    _append(data / "titles.jsonl", {"office": "IDN:test_minister", "country": "IDN", "role": "test_minister",
                                    "roles": ["minister"], "sector": "GOV", "titles": ["Menteri Percobaan"],
                                    "sources": ["test"]})
    KnowledgeBase(data)  # loads
    with pytest.raises(KBError, match="IDN:test_minister has no holder"):
        check(data)


def test_the_corruption_court_by_its_long_name():
    r = resolve("Pengadilan Tindak Pidana Korupsi", d("2025-10-01"))
    assert (r.kb_id, r.country, r.sector) == ("org:idn-tipikor", "IDN", "JUD")
