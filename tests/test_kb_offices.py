"""Curated office holders added by scripts/build_kb_offices.py: defence ministers and opposition leaders."""

from __future__ import annotations

from datetime import date

import pytest

from warta.kb import resolve


def d(s: str) -> date:
    return date.fromisoformat(s)


@pytest.mark.parametrize("mention, on, name", [
    ("Menhan Jepang", "2025-10-20", "Gen Nakatani"),  # the day before the Takaichi cabinet
    ("Menhan Jepang", "2025-10-21", "Shinjiro Koizumi"),  # changeover day: the new holder
    ("Menteri Pertahanan Jepang", "2020-01-01", "Taro Kono"),
    ("Japanese Defense Minister", "2024-01-01", "Minoru Kihara"),
])
def test_japanese_defence_minister_across_a_change(mention, on, name):
    r = resolve(mention, d(on))
    assert r.name == name, r.reason
    assert (r.country, r.sector, r.office) == ("JPN", "GOV", "JPN:defence_minister")


def test_uk_leader_of_the_opposition_is_opp_on_the_day():
    r = resolve("Pemimpin Oposisi Inggris", d("2023-06-01"))
    assert (r.name, r.country, r.sector, r.office) == ("Keir Starmer", "GBR", "OPP", "GBR:opposition_leader")
    assert resolve("Leader of the Opposition Inggris", d("2025-06-01")).name == "Kemi Badenoch"
    assert resolve("Keir Starmer", d("2025-06-01")).office == "GBR:prime_minister"


def test_other_defence_ministers_and_opposition_leaders():
    assert resolve("Menteri Angkatan Bersenjata Prancis", d("2020-01-01")).name == "Florence Parly"
    assert resolve("Menhan Korea Selatan", d("2021-01-01")).name == "Suh Wook"
    assert resolve("Ketua Pembangkang Malaysia", d("2021-01-01")).name == "Anwar Ibrahim"
