"""Actor mentions on our own sentences: what the mention finder reads as one name, and how it codes it."""

from datetime import date

import pytest

from warta.lang import get_language
from warta.mentions import MentionFinder
from warta.structure import analyse
from warta.types import Article


def mentions(text: str) -> list[tuple[str, str | None, str | None]]:
    lang = get_language("id")
    analysed = analyse(Article(id="t", text=text, published=date(2025, 6, 10), lang="id"), lang)
    finder = MentionFinder(lang)
    finder.on = date(2025, 6, 10)
    return [(m.text, m.entity.country, m.entity.sector) for s in analysed.sentences for m in finder.actors(s)]


@pytest.mark.parametrize("text, name, code", [
    ("Pasukan khusus Israel menyerbu Jenin.", "Pasukan khusus Israel", ("ISR", "MIL")),
    ("Kepolisian Federal Australia menangkap dua tersangka.", "Kepolisian Federal Australia", ("AUS", "COP")),
    ("Pasukan elite khusus Rusia tiba di Kursk.", "Pasukan elite khusus Rusia", ("RUS", "MIL")),
    ("Perusahaan-perusahaan Tiongkok menang tender.", "Perusahaan-perusahaan Tiongkok", ("CHN", "BUS")),
])
def test_modifiers_and_plurals_between_a_group_noun_and_its_country(text, name, code):
    assert (name, *code) in mentions(text)


@pytest.mark.parametrize("text", [
    "Pasukan menyerang Israel selatan pada Senin.",
    "Masyarakat internasional menekan Israel agar menghentikan serangan.",
])
def test_a_verb_is_never_part_of_a_group_name(text):
    found = mentions(text)
    assert ("Israel", "ISR", "GOV") in found
    assert not [m for m in found if m[0].endswith("Israel") and m[0] != "Israel"], found


def test_a_doubled_word_listed_as_a_plural_marker_stays_a_marker():
    # ``negara-negara`` marks the plural of what follows; it is not a group of one country
    found = mentions("Negara-negara Teluk mengecam serangan itu.")
    assert not [m for m in found if m[0].lower().startswith("negara-negara")]


def test_a_title_of_a_home_company_named_by_pt():
    found = mentions("Direktur Utama PT Borneo Sawit Lestari, Andi Wijaya, ditahan jaksa.")
    assert ("Direktur Utama PT Borneo Sawit Lestari, Andi Wijaya", "IDN", "BUS") in found


def test_a_bare_title_after_the_same_title_with_its_body_is_that_body():
    found = mentions("Penyidik Kejaksaan Agung menggeledah kantor itu. Penyidik juga menyita dokumen.")
    assert [m for m in found if m[0] == "Penyidik"] == [("Penyidik", "IDN", "JUD")]


def test_initials_are_no_country():
    found = mentions("Polisi menahan pengusaha berinisial AS dan RI di Medan.")
    assert not [m for m in found if m[1] in ("USA", "IDN") and m[0] in ("AS", "RI")]


def test_bare_plural_ministers_after_the_ministers_of_a_body():
    found = mentions("Menteri luar negeri ASEAN berkumpul di Cebu. Para menteri sepakat mempercepat perundingan.")
    assert ("menteri", "IGO", "GOV") in found


@pytest.mark.parametrize("text, name, code", [
    # the office's field stands between the title and its body
    ("Koordinator Kemanusiaan PBB untuk Sudan meminta akses bagi konvoi bantuan.",
     "Koordinator Kemanusiaan PBB untuk Sudan", ("UNO", "GOV")),
    ("Direktur Penindakan dan Pemulihan Aset Kejaksaan Agung Budi Santoso hadir.",
     "Direktur Penindakan dan Pemulihan Aset Kejaksaan Agung Budi Santoso", ("IDN", "JUD")),
    # an acronym spelled out earlier in the article is a body too
    ("Badan Nasional Penanggulangan Bencana (BNPB) mengirim tim. Kepala Pusat Pengendalian Operasi BNPB Rudi "
     "Hartono memimpin tim itu.", "Kepala Pusat Pengendalian Operasi BNPB Rudi Hartono", ("IDN", "GOV")),
    ("JAKARTA, Warta Contoh - Komisi Pengawas Perikanan Nusantara (KPPN) memeriksa kapal itu. Kepala Bidang "
     "Pengawasan KPPN Rudi Hartono memimpin pemeriksaan.", "Kepala Bidang Pengawasan KPPN Rudi Hartono", (None, "GOV")),
])
def test_an_office_field_between_a_title_and_its_body(text, name, code):
    assert (name, *code) in mentions(text)


def test_an_office_field_before_a_name_is_not_the_name():
    found = mentions("Menteri Pertanian dan Perkebunan Datuk Razak Ismail mengundurkan diri.")
    assert found and found[0][0] == "Menteri Pertanian dan Perkebunan Datuk Razak Ismail"
    assert found[0][2] == "GOV"


def test_a_person_name_is_never_taken_for_an_office_field():
    found = mentions("Menteri Hendra Gunawan hadir.")
    assert found and found[0][0] == "Menteri Hendra Gunawan"


@pytest.mark.parametrize("text, name, code", [
    ("Tentara Thailand dan Kamboja saling tembak di perbatasan.", "Kamboja", ("KHM", "MIL")),
    ("Polisi Indonesia dan Malaysia membongkar jaringan penyelundup.", "Malaysia", ("MYS", "COP")),
])
def test_a_second_country_shares_the_group_noun_before_the_first(text, name, code):
    assert (name, *code) in mentions(text)


def test_a_country_with_its_own_name_after_it_keeps_its_own_head():
    found = mentions("Tentara Israel dan Hamas sepakat menghentikan tembakan.")
    assert ("Hamas", "PSE", "REB") in found


@pytest.mark.parametrize("text, code", [
    ("Bakamla menangkap kapal ikan berbendera Vietnam di Natuna.", ("VNM", "CVL")),
    ("Sebuah kapal perang berbendera China terlihat di dekat Natuna.", ("CHN", "MIL")),
])
def test_a_vessel_flag_names_its_people_or_its_navy(text, code):
    assert [m for m in mentions(text) if m[1:] == code]


@pytest.mark.parametrize("text, name, code", [
    ("Bulan Sabit Merah Turki mengirim dapur umum.", "Bulan Sabit Merah Turki", ("TUR", "NGO")),
    ("Lembaga Bantuan Hukum (LBH) Medan mendampingi para petani.", "Lembaga Bantuan Hukum (LBH)", ("IDN", "NGO")),
    ("Direktur LBH Makassar Siti Rahma menuding polisi bertindak berlebihan.",
     "Direktur LBH Makassar Siti Rahma", ("IDN", "NGO")),
    ("Kapolresta Pontianak Kombes Pol Adi Saputra memimpin penangkapan.",
     "Kapolresta Pontianak Kombes Pol Adi Saputra", ("IDN", "COP")),
])
def test_national_branches_and_home_bodies(text, name, code):
    assert (name, *code) in mentions(text)


def test_a_union_spelled_out_with_a_place_abbreviation():
    found = mentions("Federasi Serikat Buruh Perkebunan Sumatera Utara (FSBP Sumut) menolak rencana itu. "
                     "FSBP Sumut juga mengecam polisi.")
    assert [m for m in found if m[0] == "FSBP Sumut" and m[2] == "LAB"], found


def test_a_companys_workers_are_not_the_company():
    found = mentions("Ribuan pekerja PT Sinar Baja Nusantara berunjuk rasa.")
    assert found and found[0][2] == "CVL", found


def test_a_title_continued_by_dan_and_a_field_before_its_country():
    found = mentions("Menteri Luar Negeri dan Kerja Sama Timor-Leste Bendito Freitas tiba di Jakarta.")
    assert found and found[0][0] == "Menteri Luar Negeri dan Kerja Sama Timor-Leste Bendito Freitas"
    assert found[0][1:] == ("TLS", "GOV")


@pytest.mark.parametrize("text, name, code", [
    ("Angkatan Laut Tentara Pembebasan Rakyat (PLA) menggelar latihan.",
     "Angkatan Laut Tentara Pembebasan Rakyat (PLA)", ("CHN", "MIL")),
    ("Asosiasi Perikanan Filipina mengutuk serangan itu.", "Asosiasi Perikanan Filipina", ("PHL", "NGO")),
])
def test_more_bodies(text, name, code):
    assert (name, *code) in mentions(text)


def test_a_country_after_a_currency_word_is_money():
    assert not [m for m in mentions("Jepang menjanjikan bantuan senilai 5 juta dolar AS.") if m[1] == "USA"]


def test_officials_of_the_member_states_act_as_the_body():
    found = mentions("Para menteri pertahanan negara anggota ASEAN bertemu di Kuala Lumpur. "
                     "Para menteri juga membahas latihan bersama.")
    assert ("menteri pertahanan negara anggota ASEAN", "IGO", "GOV") in found
    assert ("menteri", "IGO", "GOV") in found


@pytest.mark.parametrize("text, name, code", [
    # the words between an office and a rank name the office's place; the holder follows the rank
    ("Kapolres Bantul Selatan AKBP Wahyu Pratama mengatakan situasi aman. Wahyu menambahkan.",
     "Wahyu", ("IDN", "COP")),
    # a corps mark between rank and name; a GOV-sounding head title held by a police officer
    ("Letkol Inf Bayu Kusuma memimpin apel.", "Letkol Inf Bayu Kusuma", ("IDN", "MIL")),
    ("Kepala Satgas Nemangkawi, Brigjen Pol Rudi Hartanto, membenarkan kejadian itu.",
     "Kepala Satgas Nemangkawi, Brigjen Pol Rudi Hartanto", ("IDN", "COP")),
    # a unit of government after a title is a place, never a name; the name is the apposition
    ("Inspektur Kabupaten Sumba Barat, Maria Lende, memastikan audit dimulai.",
     "Inspektur Kabupaten Sumba Barat, Maria Lende", ("IDN", "GOV")),
    ("Sekretaris Daerah Kabupaten Ogan Ilir Ahmad Syukri diperiksa jaksa.",
     "Sekretaris Daerah Kabupaten Ogan Ilir Ahmad Syukri", ("IDN", "GOV")),
])
def test_ranks_and_places_of_office_before_a_name(text, name, code):
    assert (name, *code) in mentions(text)


def test_a_place_of_office_is_not_remembered_as_the_holders_first_name():
    # ``Bupati Nduga Raya Yosias Tabuni``: ``Nduga`` is the regency (unknown to the tables), so a later
    # ``Nduga`` is no mention of the regent, while ``Yosias`` is
    found = mentions("Bupati Nduga Raya Yosias Tabuni menemui warga. Situasi Nduga Raya masih tegang. Yosias berjanji.")
    assert ("Bupati Nduga Raya Yosias Tabuni", "IDN", "GOV") in found
    assert ("Yosias", "IDN", "GOV") in found
    assert [m for m in found if "Nduga" in m[0]] == [("Bupati Nduga Raya Yosias Tabuni", "IDN", "GOV")], found


def test_a_known_body_spelled_in_lower_case_before_its_acronym():
    found = mentions("Pos polisi diserang oleh kelompok kriminal bersenjata (KKB) pada Senin.")
    assert ("kelompok kriminal bersenjata (KKB)", "IDN", "REB") in found
    # an acronym the tables do not know makes no name of lower-case words
    unknown = mentions("Rumah dibakar oleh kelompok tak dikenal (KTD) pada Senin.")
    assert not [m for m in unknown if m[0].startswith("kel")], unknown


@pytest.mark.parametrize("text, name, code", [
    # a translated name keeps the original's acronym, so its initials do not spell it
    ("Organisasi Internasional untuk Migrasi (IOM) menyalurkan air bersih.",
     "Organisasi Internasional untuk Migrasi (IOM)", ("UNO", "GOV")),
    ("Dana Moneter Internasional (IMF) memangkas proyeksinya.", "Dana Moneter Internasional (IMF)", ("IGO", "GOV")),
    # the place of an office, then the holder's name in commas
    ("Sekretaris Daerah Aceh Jaya, Teuku Reza Fahlevi, menolak usulan itu.",
     "Sekretaris Daerah Aceh Jaya, Teuku Reza Fahlevi", ("IDN", "GOV")),
])
def test_translated_names_and_names_after_a_place_of_office(text, name, code):
    assert (name, *code) in mentions(text)


@pytest.mark.parametrize("text, name, code", [
    ("KBRI Kairo mengimbau WNI tidak mendekati lokasi unjuk rasa.", "KBRI Kairo", ("IDN", "GOV")),
    ("KBRI Kairo mengimbau WNI tidak mendekati lokasi unjuk rasa.", "WNI", ("IDN", "CVL")),
    ("Konsulat Jenderal Republik Indonesia di Jeddah memulangkan 20 pekerja.",
     "Konsulat Jenderal Republik Indonesia", ("IDN", "GOV")),
])
def test_missions_abroad_and_citizens_keep_their_country(text, name, code):
    assert (name, *code) in mentions(text)


def test_a_day_of_the_week_is_no_name():
    found = mentions("Massa berkumpul di depan kantor bupati, Senin (14/7).")
    assert not [m for m in found if "Senin" in m[0]], found


@pytest.mark.parametrize("text, name, code", [
    ("Anggota Komisi IV dari Fraksi Partai Gerindra, Budi Harahap, menilai kebijakan itu keliru.",
     "Anggota Komisi IV dari Fraksi Partai Gerindra, Budi Harahap", ("IDN", "LEG")),
    ("Wakil Ketua Komisi II DPR Siti Rahma mengatakan.", "Wakil Ketua Komisi II DPR Siti Rahma", ("IDN", "LEG")),
])
def test_legislators_of_numbered_commissions_and_their_faction(text, name, code):
    assert (name, *code) in mentions(text)


def test_a_regional_office_head_is_coded_and_the_office_field_is_no_name():
    found = mentions("Kepala Dinas Pekerjaan Umum Garut ditahan jaksa. Rapat Umum Pemegang Saham digelar.")
    assert ("Kepala Dinas Pekerjaan Umum Garut", "IDN", "GOV") in found
    assert not [m for m in found if m[0].startswith("Rapat") or m[0] == "Umum"], found


def test_an_acronym_said_as_a_word_names_a_body_only_with_a_bodys_noun():
    assert ("Forum Pemantau Anggaran (Forpa)", None, "NGO") in mentions("Forum Pemantau Anggaran (Forpa) mengecam.")
    assert not mentions("Rancangan Peraturan Daerah (Raperda) itu ditolak.")


def test_a_palace_with_a_name_we_do_not_know_is_not_indonesias_presidency():
    assert ("Istana", "IDN", "GOV") not in mentions("Presiden Kenya disambut di Istana Qasr, Rabu (8/7).")
    assert ("Istana", "IDN", "GOV") in mentions("Istana menegaskan Presiden akan hadir.")  # alone, it is


def test_review_cases_for_names_and_acronyms():
    # a Roman numeral belongs to a numbered unit's title only; elsewhere 'I' opens a Balinese name
    assert ("Juru bicara I Made Sudana", None, "GOV") in mentions("Juru bicara I Made Sudana mengatakan.")
    # a person with his party in brackets is not the party under a longer name
    found = mentions("Menurut Hidayat Nur Wahid (PKS), rapat itu batal.")
    assert not [m for m in found if m[0].startswith(("Menurut", "Hidayat"))], found
    assert ("TKI di Kuala Lumpur", "IDN", "CVL") in mentions("Sebanyak 20 TKI di Kuala Lumpur ditangkap.")


def test_a_military_intelligence_service_is_an_intelligence_service():
    assert ("dinas intelijen militer Rusia", "RUS", "SPY") in mentions(
        "Jerman menuding dinas intelijen militer Rusia berada di balik serangan itu.")


def test_spelled_out_regional_police_and_military_commands_are_bodies():
    found = mentions("Kepolisian Daerah Maluku bersama Komando Daerah Militer XVI/Pattimura mengerahkan 400 personel "
                     "ke Seram. Kepolisian Resor Buru menangkap lima orang.")
    assert ("Kepolisian Daerah Maluku", "IDN", "COP") in found
    assert ("IDN", "MIL") in {(c, s) for _, c, s in found}
    assert ("Kepolisian Resor Buru", "IDN", "COP") in found


def test_a_body_s_first_word_is_no_name_of_its_own():
    found = mentions("Warga Negeri Waiputih dan warga Desa Sukamaju berkumpul. Negeri Hatulaha berada di pesisir.")
    assert not [m for m in found if m[0] == "Negeri"]
