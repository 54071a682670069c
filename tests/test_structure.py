"""Article structure: datelines and trailers are metadata, sentences survive abbreviations."""

from datetime import date

import pytest

from warta.lang import get_language
from warta.structure import analyse, split_sentences
from warta.types import Article

LANG = get_language("id")

TEXT = (
    "Surabaya (ANTARA) - Gubernur Jawa Timur meresmikan jembatan baru pada Senin (3/3). Jembatan itu "
    "dibangun oleh PT. Karya Jaya sejak 2023.\n"
    "Menurut Prof. Budi S. Hartono, jembatan tersebut akan mengurangi kemacetan.\n"
    "Baca juga: Jembatan lama ditutup sementara\n"
    "Sumber : Reuters\n"
)


def _article(text: str = TEXT) -> Article:
    return Article(id="t1", text=text, published=date(2025, 3, 4))


def test_dateline_is_metadata_not_a_sentence():
    a = analyse(_article(), LANG)
    assert a.meta.dateline_place == "Surabaya"
    assert a.meta.dateline_outlet == "ANTARA"
    assert a.sentences[0].text.startswith("Gubernur Jawa Timur")


def test_trailers_are_dropped_and_source_recorded():
    a = analyse(_article(), LANG)
    assert a.meta.source == "Reuters"
    assert not any("Baca juga" in s.text for s in a.sentences)
    assert len(a.sentences) == 3


def test_sentence_offsets_point_into_the_article():
    art = _article()
    for s in analyse(art, LANG).sentences:
        assert art.text[s.start:s.end] == s.text
        for t in s.tokens:
            assert art.text[t.start:t.end] == t.text


def test_abbreviations_and_initials_do_not_split():
    spans = split_sentences(LANG, "Menurut Prof. Budi S. Hartono, proyek itu selesai. Warga menyambutnya.")
    assert len(spans) == 2


def test_kompas_style_dateline():
    text = "MEDAN, KOMPAS.com - Ribuan buruh berunjuk rasa di depan kantor gubernur, Rabu (5/2)."
    a = analyse(Article(id="k", text=text, published=date(2025, 2, 6)), LANG)
    assert a.meta.dateline_place == "MEDAN"
    assert a.sentences[0].text.startswith("Ribuan buruh")


def test_date_in_parentheses_does_not_split():
    spans = split_sentences(LANG, "Pertemuan berlangsung Selasa (20/8). Kedua menteri sepakat.")
    assert len(spans) == 2


@pytest.mark.parametrize("text, place, outlet", [
    ("Davao, Filipina (Kabar Nusantara) - Dua kapal bertabrakan.", "Davao", "Kabar Nusantara"),
    ("Kabar Nusantara, Meulaboh - Dua kapal bertabrakan.", "Meulaboh", "Kabar Nusantara"),
    ("Surabaya, Kabar Nusantara - Dua kapal bertabrakan.", "Surabaya", "Kabar Nusantara"),
    ("Bima, Kabar Nusantara - Dua kapal bertabrakan.", "Bima", "Kabar Nusantara"),
])
def test_datelines_with_a_region_or_the_outlet_first(text, place, outlet):
    a = analyse(Article(id="d", text=text, published=date(2025, 2, 6)), LANG)
    assert (a.meta.dateline_place, a.meta.dateline_outlet) == (place, outlet)
    assert a.sentences[0].text == "Dua kapal bertabrakan."


def test_numbers_with_separators_are_one_token():
    from warta.structure import tokenize

    words = [t.text for t in tokenize(LANG, "Kapal berisi 25.000 ton gandum senilai Rp1,2 miliar tiba pukul 13.00.", 0)]
    assert "25.000" in words and "Rp1,2" in words and "13.00" in words
    assert words[-1] == "."


@pytest.mark.parametrize("text", [
    "Ketua Sinode Pdt. Yakobus Walilo meminta semua pihak menahan diri.",
    "Komandan Kodim Letkol Inf. Budi Santoso dan Kombes. Ahmad Yani hadir.",
    "Pimpinan gereja, Romo Rm. Agus Wijaya, dan Drg. Sari Lestari ikut berdoa.",
])
def test_religious_military_and_professional_abbreviations_do_not_split(text):
    assert len(split_sentences(LANG, text)) == 1
