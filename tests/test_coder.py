"""The coder on our own Indonesian sentences: one construction per test."""

import pytest

import warta

PUB = "2024-08-21"  # a Wednesday


def codes(side):
    return {(a.country, a.sector) for a in side}


def only(events, type_):
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} event in {[e.type for e in events]}"
    return found[0]


def test_active_transitive_actor_and_recipient():
    e = only(warta.code("Presiden Rusia Vladimir Putin menuduh Ukraina menyerang fasilitas nuklir.", PUB), "ACCUSE")
    assert codes(e.actor) == {("RUS", "GOV")}
    assert codes(e.recipient) == {("UKR", "GOV")}
    assert e.modality == "asserted"


def test_passive_with_oleh_swaps_roles():
    e = only(warta.code("Seorang warga Palestina ditembak mati oleh pasukan Israel di Tepi Barat pada Senin.", PUB),
             "ASSAULT")
    assert codes(e.actor) == {("ISR", "MIL")}
    assert e.date == "2024-08-19"
    assert e.location is not None and e.location.country == "PSE"


def test_joint_antara_x_dan_y_is_symmetric():
    e = only(warta.code("Pertemuan antara Menteri Luar Negeri Jepang dan Menteri Luar Negeri Korea Selatan "
                        "berlangsung di Tokyo pada Selasa (20/8).", PUB), "CONSULT")
    assert e.symmetric
    assert codes(e.actor) | codes(e.recipient) == {("JPN", "GOV"), ("KOR", "GOV")}
    assert e.date == "2024-08-20"
    assert e.location is not None and e.location.name == "Tokyo"


def test_joint_dengan_partner():
    e = only(warta.code("Prabowo Subianto bertemu dengan Presiden Prancis Emmanuel Macron di Paris.", PUB), "CONSULT")
    assert codes(e.actor) | codes(e.recipient) == {("IDN", "GOV"), ("FRA", "GOV")}
    assert e.mode == "visit"
    assert codes(e.actor) == {("IDN", "GOV")}  # the visitor, since the meeting is in France


def test_future_modality():
    e = only(warta.code("Presiden Filipina dijadwalkan akan bertemu dengan Presiden Vietnam pekan depan.", PUB),
             "CONSULT")
    assert e.modality == "future"


def test_negated_modality():
    events = warta.code("Pemerintah Thailand tidak mengecam Kamboja atas insiden perbatasan itu.", PUB)
    assert only(events, "ACCUSE").modality == "negated"


def test_hypothetical_modality():
    events = warta.code("Jika Iran menyerang Israel, Amerika Serikat akan membela sekutunya.", PUB)
    assert only(events, "ASSAULT").modality == "hypothetical"


def test_attribution_menurut():
    e = only(warta.code("Menurut kantor berita Reuters, Tiongkok mengecam Filipina atas insiden di Laut China "
                        "Selatan.", PUB), "ACCUSE")
    assert e.attribution and "Reuters" in e.attribution
    assert codes(e.actor) == {("CHN", "GOV")}


def test_clitic_nya_refers_back():
    text = ("Perdana Menteri Israel Benjamin Netanyahu menolak usulan gencatan senjata itu pada Minggu. "
            "Sementara itu, pemimpin oposisi Israel, Yair Lapid, menuduhnya menggagalkan perundingan.")
    e = only(warta.code(text, PUB), "ACCUSE")
    assert codes(e.actor) == {("ISR", "OPP")}
    assert [a.name for a in e.recipient] == ["Benjamin Netanyahu"]
    assert e.date == "2024-08-18"  # carried by "Sementara itu"


def test_nominalisation_possessor_is_actor():
    e = only(warta.code("Perundingan gagal akibat penolakan Hamas terhadap usulan Israel.", PUB), "REJECT")
    assert codes(e.actor) == {("PSE", "REB")}


def test_one_event_per_happening_across_sentences():
    text = ("Menteri Luar Negeri Indonesia Sugiono bertemu dengan Menteri Luar Negeri Australia Penny Wong di "
            "Canberra. Pertemuan tersebut berlangsung Selasa (20/8) dan membahas kerja sama maritim.")
    consult = [e for e in warta.code(text, PUB) if e.type == "CONSULT"]
    assert len(consult) == 1
    assert len(consult[0].evidence) == 2
    assert consult[0].date == "2024-08-20"


def test_sport_report_codes_nothing():
    text = ("Tim bulu tangkis Indonesia mengalahkan Malaysia pada babak final turnamen di Jakarta. "
            "Pemain tunggal putra Indonesia terus menyerang sejak gim pertama dan menang dua set langsung. "
            "Pelatih mengatakan para pemain tampil disiplin dan skor akhir memuaskan.")
    assert warta.code(text, PUB) == []


def test_speech_without_event_codes_nothing():
    assert warta.code("Menteri Keuangan mengatakan ekonomi tumbuh lima persen tahun ini.", PUB) == []


def test_evidence_offsets_point_into_the_text():
    text = "Jakarta (ANTARA) - Polisi menangkap tiga aktivis di depan Gedung DPR, Jakarta, pada Senin (19/8)."
    events = warta.code(text, PUB)
    assert events
    for e in events:
        for ev in e.evidence:
            assert text[ev.start:ev.end] == ev.text


def test_event_line_has_the_documented_fields():
    e = warta.code("Hamas mengecam serangan udara Israel di Rafah pada Selasa.", PUB)[0]
    d = e.to_dict()
    for key in ("article", "id", "type", "mode", "cameo", "actor", "recipient", "date", "date_end", "location",
                "modality", "attribution", "evidence", "confidence"):
        assert key in d
    assert isinstance(d["cameo"], str)
    assert 0 <= d["confidence"] <= 1


def test_bad_published_date_is_a_clear_error():
    with pytest.raises(warta.WartaError):
        warta.code("Polisi menangkap dua orang.", published="21/08/2024")


def test_pronoun_refers_to_the_last_person_named():
    text = ("Presiden Brasil Luiz Inacio Lula da Silva tiba di Beijing pada Senin. "
            "Ia kemudian bertemu dengan Presiden Tiongkok Xi Jinping di Balai Agung Rakyat.")
    e = only(warta.code(text, PUB), "CONSULT")
    assert codes(e.actor) | codes(e.recipient) == {("BRA", "GOV"), ("CHN", "GOV")}


def test_coordinated_predicates_share_the_subject():
    text = "Kementerian Luar Negeri Mesir mengecam serangan itu dan mendesak Dewan Keamanan PBB segera bersidang."
    e = only(warta.code(text, PUB), "REQUEST")
    assert codes(e.actor) == {("EGY", "GOV")}
    assert codes(e.recipient) == {("UNO", "GOV")}


def test_denying_an_earlier_accusation_targets_the_accuser():
    text = ("Pemerintah Filipina menuduh Tiongkok menghalangi kapal nelayan di perairan sengketa. "
            "Kementerian Luar Negeri Tiongkok membantah tuduhan itu.")
    e = only(warta.code(text, PUB), "REJECT")
    assert codes(e.actor) == {("CHN", "GOV")}
    assert codes(e.recipient) == {("PHL", "GOV")}


def test_event_noun_as_topic_of_talks_is_not_an_event():
    events = warta.code("Presiden Prabowo Subianto bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim. "
                        "Keduanya membahas kerja sama perbatasan.", PUB)
    assert [e.type for e in events] == ["CONSULT"]
    assert len(events[0].evidence) == 2


def test_both_sides_anaphor_takes_the_earlier_pair():
    text = ("Delegasi Armenia dan Azerbaijan melanjutkan perundingan di Abu Dhabi pada Jumat. "
            "Pada Minggu, kedua pihak sepakat membentuk komisi perbatasan.")
    e = only(warta.code(text, PUB), "AGREE")
    assert codes(e.actor) | codes(e.recipient) == {("ARM", "GOV"), ("AZE", "GOV")}
    assert e.date == "2024-08-18"


def test_victims_and_attacker_in_one_sentence_are_one_event():
    text = "Sedikitnya 12 warga Palestina tewas akibat tembakan pasukan Israel di Jenin pada Selasa."
    assault = [e for e in warta.code(text, PUB) if e.type == "ASSAULT"]
    assert len(assault) == 1
    assert codes(assault[0].actor) == {("ISR", "MIL")}
    assert codes(assault[0].recipient) == {("PSE", "CVL")}


def test_a_country_that_attacks_is_coded_as_its_military():
    e = only(warta.code("Rusia menyerang pelabuhan Odesa dengan rudal pada Senin.", PUB), "ASSAULT")
    assert codes(e.actor) == {("RUS", "MIL")}


def test_when_clause_dates_its_main_clause():
    text = ("Permintaan tersebut disampaikan oleh Duta Besar Peru untuk PBB saat menghadiri sidang Majelis Umum PBB "
            "pada Kamis (15/8).")
    events = warta.code("Peru meminta Chile membuka kembali perbatasan. " + text, PUB)
    e = only(events, "REQUEST")
    assert e.date == "2024-08-15"


def test_the_day_of_a_report_is_not_the_day_of_the_event():
    text = "Iran mengecam Israel atas serangan itu, seperti dilansir Reuters pada Rabu (21/8)."
    e = only(warta.code(text, PUB), "ACCUSE")
    assert e.date is None
    assert e.attribution == "Reuters"


def test_bare_group_noun_takes_the_country_of_the_dateline_at_home():
    text = "Bandung (Warta Contoh) - Ratusan mahasiswa berunjuk rasa di depan Gedung Sate pada Senin (19/8)."
    e = only(warta.code(text, PUB), "PROTEST")
    assert codes(e.actor) == {("IDN", "EDU")}


def test_bare_group_noun_abroad_is_left_uncoded():
    text = "ISTANBUL, Warta Contoh - Militer menyatakan siaga tinggi di perbatasan."
    assert all(a.country != "TUR" for e in warta.code(text, PUB) for a in e.actor)


def test_an_alliance_is_a_body_of_states_and_its_troops_are_military():
    e = only(warta.code("NATO mengecam Rusia atas serangan rudal ke kota Lviv pada Senin.", PUB), "ACCUSE")
    assert codes(e.actor) == {("IGO", "GOV")}
    e = only(warta.code("Sekjen NATO Mark Rutte mengecam Rusia pada Selasa.", "2025-03-12"), "ACCUSE")
    assert codes(e.actor) == {("IGO", "GOV")}
    e = only(warta.code("Pasukan NATO menembaki sebuah konvoi di perbatasan Afghanistan pada Senin.", PUB), "ASSAULT")
    assert codes(e.actor) == {("IGO", "MIL")}


def test_acronym_in_brackets_names_the_body():
    text = "Badan Energi Atom Internasional (IAEA) mengecam Iran atas pembatasan inspeksi."
    e = only(warta.code(text, PUB), "ACCUSE")
    assert codes(e.actor) == {("UNO", "GOV")}


def test_arabic_article_in_a_name_is_part_of_the_name():
    e = only(warta.code("Presiden Mesir Abdel Fattah al-Sisi bertemu dengan Raja Yordania di Kairo.", PUB),
             "CONSULT")
    assert any(a.text.endswith("al-Sisi") for a in e.actor + e.recipient)


def test_saying_another_did_something_hostile_is_an_accusation():
    e = only(warta.code("Menteri Luar Negeri Iran menyebut Israel melakukan agresi terhadap Suriah.", PUB), "ACCUSE")
    assert codes(e.actor) == {("IRN", "GOV")}
    assert codes(e.recipient) == {("ISR", "GOV")}
    # what is said is not asserted by the text: no ASSAULT of its own
    assert not any(x.type == "ASSAULT" for x in warta.code(
        "Menteri Luar Negeri Iran menyebut Israel melakukan serangan terhadap Suriah.", PUB))


def test_a_quoted_source_that_claims_is_the_accuser():
    text = ("Harian Haaretz mengutip sumber dari tim negosiasi Israel yang mengklaim bahwa Perdana Menteri "
            "Benjamin Netanyahu berusaha menggagalkan perundingan.")
    e = only(warta.code(text, PUB), "ACCUSE")
    assert codes(e.actor) == {("ISR", "GOV")}
    assert [a.name for a in e.recipient] == ["Benjamin Netanyahu"]


def test_neutral_reported_speech_is_no_accusation():
    events = warta.code("Presiden Prabowo Subianto menyebut Jepang sebagai mitra penting bagi Indonesia.", PUB)
    assert not any(e.type == "ACCUSE" for e in events)


def test_a_town_only_geonames_knows_is_located_with_coordinates():
    e = only(warta.code("Polisi Prancis menangkap dua aktivis iklim di Grenoble pada Senin.", PUB), "COERCE")
    assert e.location is not None and e.location.country == "FRA" and e.location.name == "Grenoble"
    assert e.location.lat is not None and e.location.geonameid is not None
    assert e.location.resolution == "city"


def test_same_place_name_resolved_by_the_countries_of_the_article():
    text = ("Militer Lebanon mengerahkan pasukan ke wilayah utara. "
            "Tentara Lebanon menangkap lima pria bersenjata di Tripoli pada Selasa.")
    e = only(warta.code(text, PUB), "COERCE")
    assert e.location is not None and e.location.country == "LBN"


def test_taking_part_in_a_conference_organised_by_a_body():
    text = ("Indonesia akan ikut serta dalam konferensi internasional yang diselenggarakan oleh PBB "
            "di Jenewa bulan depan.")
    e = only(warta.code(text, PUB), "CONSULT")
    assert codes(e.actor) == {("IDN", "GOV")}
    assert codes(e.recipient) == {("UNO", "GOV")}
    assert e.modality == "future"


def test_meeting_noun_with_a_partner_takes_the_sentence_subject():
    text = ("Presiden Turki Recep Tayyip Erdogan menyampaikan hal itu seusai pertemuan bilateral dengan "
            "Presiden Prabowo Subianto di Ankara.")
    e = only(warta.code(text, PUB), "CONSULT")
    assert codes(e.actor) | codes(e.recipient) == {("TUR", "GOV"), ("IDN", "GOV")}


def test_an_attack_between_politicians_is_verbal():
    text = "Donald Trump kembali melancarkan serangan terhadap Joe Biden dalam kampanye di Ohio."
    events = warta.code(text, PUB)
    assert not any(e.type == "ASSAULT" for e in events)


def test_calling_anothers_action_unacceptable_is_an_accusation():
    text = "Menteri Luar Negeri Malaysia menyebut tindakan Myanmar sebagai sesuatu yang tidak dapat diterima."
    e = only(warta.code(text, PUB), "ACCUSE")
    assert codes(e.actor) == {("MYS", "GOV")} and codes(e.recipient) == {("MMR", "GOV")}


def test_a_right_to_do_something_is_not_doing_it():
    events = warta.code("Ukraina memiliki hak untuk membela diri dari serangan Rusia.", PUB)
    assert not any(e.type == "SUPPORT" for e in events)


def test_a_statement_that_calls_for_something_speaks_for_its_issuer():
    text = ("Kementerian Luar Negeri Malaysia telah mengeluarkan pernyataan yang menyerukan Myanmar "
            "menghentikan kekerasan.")
    e = only(warta.code(text, PUB), "REQUEST")
    assert codes(e.actor) == {("MYS", "GOV")}


def test_the_conditions_of_a_threat_are_not_events():
    text = "Korea Utara mengancam akan menembakkan rudal jika Korea Selatan dan AS menggelar latihan militer bersama."
    events = warta.code(text, PUB)
    assert only(events, "THREATEN").modality == "asserted"
    assert not any(e.type in ("MOBILIZE", "COOPERATE", "ASSAULT") for e in events)


def test_a_place_in_an_address_is_not_the_subject():
    text = ("Jakarta (ANTARA) - Ribuan buruh berunjuk rasa di depan Gedung DPR, Senayan, Jakarta, Senin (19/8), "
            "menolak revisi undang-undang ketenagakerjaan.")
    for e in warta.code(text, PUB):
        assert ("IDN", "LEG") not in codes(e.actor), e.type


def test_two_triggers_for_one_meeting_of_the_same_sides_are_one_event():
    text = "KAIRO, Warta Contoh - Mesir dan Qatar siap menjadi tuan rumah putaran perundingan berikutnya pekan depan."
    assert len([e for e in warta.code(text, PUB) if e.type == "CONSULT"]) == 1


def test_accusation_made_by_saying_something_while_doing_another():
    text = "Korea Utara menyatakan dukungannya kepada Rusia dengan menyebut Ukraina melakukan provokasi di perbatasan."
    events = warta.code(text, PUB)
    e = only(events, "ACCUSE")
    assert codes(e.actor) == {("PRK", "GOV")} and codes(e.recipient) == {("UKR", "GOV")}
    assert only(events, "SUPPORT")


def test_a_country_closing_an_address_decides_the_place():
    text = ("Presiden Prabowo Subianto bertemu dengan Presiden Rusia Vladimir Putin di Istana Constantine "
            "St Petersburg, Rusia, Kamis (19/6/2025).")
    e = only(warta.code(text, "2025-06-20"), "CONSULT")
    assert e.location is not None and e.location.country == "RUS"
    assert e.mode == "visit" and codes(e.actor) == {("IDN", "GOV")}


def test_a_verb_and_its_object_noun_a_few_words_apart():
    text = "Pemerintah Indonesia mengirim 500 ton bantuan pangan ke Jalur Gaza melalui Yordania."
    e = only(warta.code(text, PUB), "AID")
    assert codes(e.actor) == {("IDN", "GOV")}
    text = "Amerika Serikat telah mengirim sekitar 30 pesawat pengisian bahan bakar ke Eropa."
    assert only(warta.code(text, PUB), "MOBILIZE")


def test_an_accusation_in_a_quote_is_made_by_the_speaker_after_it():
    text = '"Israel melakukan genosida terhadap rakyat Palestina," kata Menteri Luar Negeri Iran di Teheran.'
    events = warta.code(text, PUB)
    e = only(events, "ACCUSE")
    assert codes(e.actor) == {("IRN", "GOV")} and codes(e.recipient) == {("ISR", "GOV")}
    assert not any(x.type == "ASSAULT" for x in events)  # said, not reported as happening


def test_attribution_after_a_plain_sentence_is_no_accusation():
    text = ("Sebanyak 20 mahasiswa ditangkap oleh polisi Thailand karena diduga memprovokasi kericuhan, "
            "kata juru bicara.")
    assert not any(e.type == "ACCUSE" for e in warta.code(text, PUB))


def test_a_demand_in_response_to_an_act_is_addressed_to_the_one_who_acted():
    text = ("Menanggapi serangan udara Rusia di Kharkiv, Kementerian Luar Negeri Jerman menyerukan "
            "gencatan senjata segera.")
    e = only(warta.code(text, PUB), "REQUEST")
    assert codes(e.actor) == {("DEU", "GOV")} and codes(e.recipient) == {("RUS", "GOV")}


def test_a_deployment_aimed_at_an_attack_has_the_attack_target_as_recipient():
    text = "Iran telah menyiapkan rudal untuk menyerang pangkalan-pangkalan AS di Teluk Persia."
    events = warta.code(text, PUB)
    e = only(events, "MOBILIZE")
    assert codes(e.actor) == {("IRN", "MIL")} and codes(e.recipient) == {("USA", "MIL")}
    assert not any(x.type == "ASSAULT" for x in events)


def test_an_attempt_is_not_shown_by_default():
    text = "Qatar dan Mesir berusaha mencapai kesepakatan antara Israel dan Hamas."
    assert not any(e.type == "AGREE" and e.confidence >= 0.7 for e in warta.code(text, PUB))


def test_an_act_that_an_observer_assesses_is_a_topic():
    text = "Pengamat menilai serangan terbaru Presiden AS Joe Biden terhadap Donald Trump tidak akan berpengaruh."
    assert not any(e.type in ("ASSAULT", "ACCUSE") for e in warta.code(text, PUB))


def test_a_title_names_whoever_held_the_office_that_day():
    before = only(warta.code("Presiden AS mengecam Iran atas uji coba rudal.", "2024-08-20"), "ACCUSE")
    after = only(warta.code("Presiden AS mengecam Iran atas uji coba rudal.", "2025-06-01"), "ACCUSE")
    assert before.actor[0].name == "Joe Biden" and after.actor[0].name == "Donald Trump"
    assert before.actor[0].kb_id == "person:joe-biden"


def test_a_former_office_holder_is_no_longer_government():
    e = only(warta.code("Joe Biden mengecam Donald Trump atas kebijakan tarif.", "2025-06-01"), "ACCUSE")
    assert codes(e.actor) == {("USA", "OPP")} and codes(e.recipient) == {("USA", "GOV")}


@pytest.mark.parametrize("text,type_,actor", [
    # insisting on keeping control is refusing to yield it
    ("Junta Myanmar menegaskan tekadnya untuk mempertahankan kendali atas negara bagian Rakhine.", "REJECT",
     ("MMR", "MIL")),
    # a verbal attack is an accusation, not an assault
    ("Presiden Filipina melancarkan serangan verbal terhadap Tiongkok dalam pidatonya.", "ACCUSE", ("PHL", "GOV")),
    # expressing concern about another's act is mild disapproval
    ("Indonesia menyatakan keprihatinan atas tindakan Myanmar terhadap warga Rohingya.", "ACCUSE", ("IDN", "GOV")),
])
def test_lexicon_idioms(text, type_, actor):
    e = only(warta.code(text, PUB), type_)
    assert actor in codes(e.actor)


def test_a_later_sentence_with_kemudian_keeps_the_date():
    text = ("Menteri Luar Negeri Jepang tiba di Manila pada Senin. "
            "Ia kemudian bertemu dengan Presiden Filipina di Istana Malacanang.")
    e = only(warta.code(text, PUB), "CONSULT")
    assert e.date == "2024-08-19"


# ------------------------------------------------------------------ dates across sentences
def test_occasion_sentence_dates_the_statement_before_it():
    text = ("Menteri Luar Negeri Malaysia mengecam Myanmar atas serangan udara di wilayah Sagaing.\n\n"
            "Pernyataan tersebut disampaikan dalam jumpa pers di Kuala Lumpur pada Senin (19/8).")
    e = only(warta.code(text, PUB), "ACCUSE")
    assert e.date == "2024-08-19"
    assert any("occasion" in x for x in e.explanation)


def test_quote_tag_dates_the_same_speakers_undated_statement():
    text = ("Presiden Filipina Ferdinand Marcos Jr. mengecam China atas insiden di Laut China Selatan.\n\n"
            "\"Kami tidak akan mundur dari wilayah kami,\" kata Marcos di Manila, Selasa (20/8).")
    e = only(warta.code(text, PUB), "ACCUSE")
    assert e.date == "2024-08-20"
    assert any("same speaker" in x for x in e.explanation)


def test_another_speakers_date_does_not_date_a_statement():
    text = ("Presiden Filipina Ferdinand Marcos Jr. mengecam China atas insiden di Laut China Selatan.\n\n"
            "\"Kami menolak tuduhan itu,\" kata juru bicara Kementerian Luar Negeri China, Selasa (20/8).")
    e = only(warta.code(text, PUB), "ACCUSE")
    assert e.date is None


def test_separately_told_attack_is_its_own_event_of_the_same_day():
    text = ("Tiga warga Palestina tewas akibat serangan pasukan Israel di Jenin pada Senin (19/8).\n\n"
            "Secara terpisah, dua warga Palestina lainnya ditembak mati oleh pasukan Israel di Nablus.")
    assaults = [e for e in warta.code(text, PUB) if e.type == "ASSAULT"]
    assert len(assaults) == 2
    assert {e.date for e in assaults} == {"2024-08-19"}
    assert {e.location.name for e in assaults if e.location} == {"Jenin", "Nablus"}


def test_attacks_in_two_towns_are_two_events():
    text = ("Pasukan Israel menyerang kamp pengungsi di Jenin pada Senin (19/8).\n\n"
            "Pasukan Israel juga menyerang sebuah rumah di Tulkarem.")
    assaults = [e for e in warta.code(text, PUB) if e.type == "ASSAULT"]
    assert len(assaults) == 2


def test_statement_does_not_take_the_day_of_the_attack_it_talks_about():
    text = ("Presiden Iran mengecam Israel pada Selasa (20/8).\n\n"
            "Ia menambahkan, serangan Israel yang dimulai pada Jumat (16/8) melanggar hukum internasional.\n\n"
            "Juru bicara Kementerian Luar Negeri Iran juga menuduh Israel melakukan kejahatan perang.")
    accusations = [e for e in warta.code(text, PUB) if e.type == "ACCUSE"]
    assert accusations
    assert "2024-08-16" not in {e.date for e in accusations}


def test_control_over_a_place_locates_the_act_there():
    text = ("Pada Senin, Perdana Menteri Israel menegaskan akan mempertahankan kontrol militer "
            "atas Koridor Philadelphia.")
    events = warta.code(text, PUB)
    assert events
    located = [e for e in events if e.location is not None]
    assert located and located[0].location.country == "PSE"


def test_a_name_after_an_attack_noun_is_not_where_it_happened():
    e = only(warta.code("Pada Senin (19/8), lima warga Palestina tewas dalam penembakan Israel di Jalur Gaza.", PUB),
             "ASSAULT")
    assert e.location is not None and e.location.country == "PSE"


def test_demands_voiced_at_a_protest_are_located_at_the_protest():
    text = ("Ratusan mahasiswa dari Badan Eksekutif Mahasiswa Universitas Gadjah Mada (BEM UGM) menggelar "
            "demonstrasi di Jalan Malioboro, Yogyakarta, pada Senin (19/8).\n\n"
            "Para mahasiswa itu mengkritik kebijakan pemerintah soal kenaikan biaya kuliah.\n\n"
            "Massa juga meminta pemerintah membatalkan kenaikan biaya kuliah.")
    events = warta.code(text, PUB)
    protest = only(events, "PROTEST")
    assert protest.location is not None and protest.location.name == "Yogyakarta"
    request = only(events, "REQUEST")
    assert codes(request.recipient) == {("IDN", "GOV")}
    assert request.location is not None and request.location.name == "Yogyakarta"


def test_an_unknown_body_spelled_out_by_its_acronym_is_one_actor():
    text = ("Ratusan anggota Serikat Petani Lombok Timur (SPLT) berunjuk rasa di depan kantor bupati "
            "di Selong, Nusa Tenggara Barat, pada Senin (19/8).")
    e = only(warta.code(text, PUB), "PROTEST")
    assert [a.text for a in e.actor] and "Serikat Petani Lombok Timur (SPLT)" in e.actor[0].text
    assert e.actor[0].country == "IDN"


def test_a_report_of_a_deed_is_coded_as_the_deed_on_the_speakers_word():
    text = ("Menteri Pertahanan Ukraina mengatakan bahwa Rusia menembakkan 40 drone ke wilayah Kharkiv "
            "pada Senin (19/8) malam.")
    e = only(warta.code(text, PUB), "ASSAULT")
    assert codes(e.actor) == {("RUS", "MIL")}
    assert e.attribution and "Menteri Pertahanan Ukraina" in e.attribution
    assert not [x for x in warta.code(text, PUB) if x.type == "ACCUSE"]


def test_aid_sent_to_a_place_goes_to_its_people():
    text = "Pemerintah Malaysia mengirim 200 ton bantuan beras ke Rakhine pada Senin (19/8)."
    e = only(warta.code(text, PUB), "AID")
    assert codes(e.recipient) == {("MMR", "CVL")}
    assert e.location is not None and e.location.country == "MMR"


def test_an_attack_told_first_takes_the_doer_named_after_it():
    text = ("Sebuah serangan drone menghantam depot bahan bakar di kota Port Sudan pada Minggu (18/8).\n\n"
            "Militer Sudan mengatakan drone tersebut diluncurkan oleh Pasukan Dukungan Cepat (RSF).")
    e = only(warta.code(text, PUB), "ASSAULT")
    assert codes(e.actor) == {("SDN", "REB")}
    assert e.date == "2024-08-18"
    assert e.location is not None and e.location.country == "SDN"


def test_a_day_closing_the_sentence_dates_its_main_clause():
    text = ("Jepang dan Australia mendesak China menghentikan latihan militer di sekitar Taiwan untuk "
            "meredakan ketegangan, Selasa (20/8).")
    e = only(warta.code(text, PUB), "REQUEST")
    assert e.date == "2024-08-20"


def test_a_harm_promised_on_a_condition_is_a_threat_made_now():
    text = ("Presiden Turki Recep Tayyip Erdogan menyatakan, Turki akan menyerang posisi milisi Kurdi di Suriah "
            "apabila kelompok itu tidak mundur dari perbatasan.")
    e = only(warta.code(text, PUB), "THREATEN")
    assert codes(e.actor) == {("TUR", "GOV")} or codes(e.actor) == {("TUR", "MIL")}
    assert e.modality == "asserted"


def test_the_same_occasion_carries_day_and_place_of_the_meeting():
    text = ("Presiden Indonesia Prabowo Subianto bertemu Perdana Menteri Jepang di Tokyo pada Senin (19/8).\n\n"
            "Dalam kesempatan yang sama, Prabowo menyerukan agar China menghentikan tekanan di Laut China Selatan.")
    e = only(warta.code(text, PUB), "REQUEST")
    assert e.date == "2024-08-19"
    assert e.location is not None and e.location.name == "Tokyo"


def test_a_day_report_dates_what_follows_and_a_home_town_dateline_places_it():
    text = ("Cianjur (Warta Contoh) - Ratusan warga Desa Mekarsari memblokade jalan menuju pabrik semen, "
            "Senin (19/8), sebagai protes atas pencemaran sungai.\n\n"
            "Di sela-sela aksi, Kepala Desa Mekarsari, Asep Suryana, mendesak Pemerintah Kabupaten Cianjur "
            "menutup pabrik tersebut.\n\n"
            "Polres Cianjur menerjunkan 100 personel untuk mengamankan aksi itu.")
    events = warta.code(text, PUB)
    protest = only(events, "PROTEST")
    assert codes(protest.actor) == {("IDN", "CVL")}
    assert protest.location is not None and protest.location.name == "Cianjur"
    request = only(events, "REQUEST")
    assert codes(request.actor) == {("IDN", "GOV")}, "the village head is not the villagers"
    assert codes(request.recipient) == {("IDN", "GOV")}
    assert request.date == "2024-08-19"
    police = only(events, "MOBILIZE")
    assert codes(police.actor) == {("IDN", "COP")}
    assert police.date == "2024-08-19"


def test_a_report_naming_two_days_leaves_the_rest_undated():
    text = ("Polisi Thailand menangkap tiga aktivis di Bangkok pada Senin (19/8).\n\n"
            "Pada Sabtu (17/8), kelompok itu menggelar unjuk rasa di depan gedung parlemen.\n\n"
            "Militer Thailand mengerahkan pasukan ke perbatasan.")
    e = only(warta.code(text, PUB), "MOBILIZE")
    assert e.date is None


def test_a_cancelled_meeting_is_negated():
    text = ("Pertemuan antara Menteri Luar Negeri Jepang dan Menteri Luar Negeri China yang direncanakan "
            "berlangsung di Beijing pada Senin (19/8) batal digelar.")
    e = only(warta.code(text, PUB), "CONSULT")
    assert e.modality == "negated"


def test_refusing_to_continue_talks_is_a_rejection_of_the_other_side():
    text = ("Menteri Luar Negeri Armenia bertemu Menteri Luar Negeri Azerbaijan di Almaty pada Senin (19/8).\n\n"
            "Pemerintah Armenia kemudian mengatakan bahwa Yerevan tidak akan melanjutkan perundingan "
            "selama Baku menahan tawanan perang.\n\n"
            "Azerbaijan menyayangkan keputusan tersebut.")
    events = warta.code(text, PUB)
    e = only(events, "REJECT")
    assert codes(e.actor) == {("ARM", "GOV")} and codes(e.recipient) == {("AZE", "GOV")}
    assert e.modality == "asserted"
    regret = only(events, "ACCUSE")
    assert codes(regret.actor) == {("AZE", "GOV")} and codes(regret.recipient) == {("ARM", "GOV")}


def test_or_coordinates_recipients_and_a_quote_tag_day_dates_the_statement():
    text = ("Korea Utara mengancam akan menembakkan rudal jika Amerika Serikat atau Korea Selatan menggelar "
            "latihan perang, kata seorang pejabat militer Korea Utara pada Senin (19/8).")
    e = only(warta.code(text, PUB), "THREATEN")
    assert codes(e.recipient) == {("USA", "GOV"), ("KOR", "GOV")}
    assert e.date == "2024-08-19"


def test_a_speaker_who_goes_on_to_ask_makes_a_request_of_its_own():
    text = ("Menteri Luar Negeri Ukraina menyebut serangan itu sebagai teror terhadap warga sipil dan meminta "
            "Jepang serta Korea Selatan mengirim bantuan kemanusiaan.")
    e = only(warta.code(text, PUB), "REQUEST")
    assert codes(e.actor) == {("UKR", "GOV")}
    assert codes(e.recipient) == {("JPN", "GOV"), ("KOR", "GOV")}


def test_troops_owned_by_nya_belong_to_the_side_named_before():
    text = ("Kementerian Pertahanan Rusia mengatakan bahwa pasukannya menembak jatuh 30 drone Ukraina "
            "di wilayah Kursk pada Senin (19/8).")
    events = warta.code(text, PUB)
    assert any(("RUS", "MIL") in codes(e.actor) for e in events)


def test_a_dated_war_between_two_hyphened_countries_is_two_armies_fighting():
    text = "Ribuan warga mengungsi setelah pecahnya perang Armenia-Azerbaijan sejak Senin (19/8)."
    e = only(warta.code(text, PUB), "ASSAULT")
    assert codes(e.actor) | codes(e.recipient) == {("ARM", "MIL"), ("AZE", "MIL")}
    assert e.date == "2024-08-19"


def test_a_war_named_without_its_day_is_the_setting():
    text = "Perang Rusia-Ukraina telah menaikkan harga gandum di pasar dunia."
    assert not [e for e in warta.code(text, PUB) if e.type == "ASSAULT"]


def test_a_country_after_a_common_noun_is_where_someone_is_from_not_the_state():
    text = "Sutradara kelahiran Meksiko, Guillermo del Toro, menandatangani kontrak dengan studio film Jepang."
    assert not [e for e in warta.code(text, PUB) if ("MEX", "GOV") in codes(e.actor)]


def test_the_owner_of_what_is_attacked_is_still_the_recipient():
    e = only(warta.code("Pasukan Israel menyerang fasilitas nuklir Iran pada Senin (19/8).", PUB), "ASSAULT")
    assert ("IRN", "GOV") in codes(e.recipient)


def test_a_spokesman_named_in_apposition_rejects_the_accusation_of_the_other_side():
    text = ("Perdana Menteri Thailand menuduh Kamboja melanggar gencatan senjata.\n\n"
            "Menanggapi pernyataan itu, juru bicara Kementerian Luar Negeri Kamboja, Chum Sounry, menegaskan "
            "bahwa tuduhan itu tidak berdasar.")
    events = [e for e in warta.code(text, PUB) if ("KHM", "GOV") in codes(e.actor)]
    assert events and ("THA", "GOV") in codes(events[0].recipient)


def test_an_unknown_name_before_the_verb_is_its_subject_not_a_country_further_back():
    text = ("Tak lama setelah pasukan Rusia menyeberangi perbatasan, Vladislav Kurbatov menyalahkan Ukraina "
            "dan Polandia.")
    assert not [e for e in warta.code(text, PUB) if e.type == "ACCUSE" and ("RUS", "MIL") in codes(e.actor)]


def test_an_adjective_alone_is_no_protest():
    text = "Koran anarkis Prancis itu terbit sampai tahun 1882 di Paris."
    assert not warta.code(text, PUB)


def test_a_reaction_drawn_by_an_act_comes_from_its_source_and_goes_to_the_doer():
    text = ("Keputusan Israel menutup perlintasan Rafah pada Senin (19/8) menuai kecaman dari Mesir, Yordania, "
            "dan Qatar.")
    e = only(warta.code(text, PUB), "ACCUSE")
    assert codes(e.actor) == {("EGY", "GOV"), ("JOR", "GOV"), ("QAT", "GOV")}


def test_both_countries_are_the_two_named_before():
    text = ("Presiden Indonesia bertemu Perdana Menteri Malaysia di Putrajaya pada Senin (19/8).\n\n"
            "Kedua negara sepakat memperkuat patroli bersama di Selat Malaka.")
    e = only(warta.code(text, PUB), "AGREE")
    assert codes(e.actor) | codes(e.recipient) == {("IDN", "GOV"), ("MYS", "GOV")}


# ------------------------------------------------------------------ the name finder (NER) in the coder
def _stub_names(texts):
    """A stand-in NER: every run of two capitalised words after a comma is a person."""
    import re
    return [[(m.start(1), m.end(1), "PER") for m in re.finditer(r", ([A-Z][a-z]+ [A-Z][a-z]+),", t)] for t in texts]


def test_names_found_by_ner_keep_an_appositive_subject_coded():
    from datetime import date

    from warta.coder import Coder
    from warta.lang import get_language
    from warta.structure import analyse
    from warta.types import Article

    lang = get_language("id")
    text = "Juru bicara Kementerian Luar Negeri Iran, Nasser Kanaani, menuduh Israel melanggar hukum internasional."
    analysed = analyse(Article("t", text, date(2024, 8, 21)), lang)
    coder = Coder(lang, names=_stub_names)
    events = coder.code(analysed)
    e = only(events, "ACCUSE")
    assert codes(e.actor) == {("IRN", "GOV")} and codes(e.recipient) == {("ISR", "GOV")}
    assert coder._ner_spans.get(0), "the name finder was asked about the sentence"


def test_an_unknown_person_the_ner_finds_before_the_verb_is_the_subject():
    from datetime import date

    from warta.coder import Coder
    from warta.lang import get_language
    from warta.structure import analyse
    from warta.types import Article

    lang = get_language("id")
    text = "Dalam wawancara dengan media Rusia, Ivan Petrov menuduh Ukraina menyerang pembangkit listrik."
    analysed = analyse(Article("t", text, date(2024, 8, 21)), lang)
    events = Coder(lang, names=_stub_names).code(analysed)
    assert not [e for e in events if e.type == "ACCUSE" and ("RUS", "GOV") in codes(e.actor)]


def test_the_shipped_ner_runs_inside_the_coder():
    text = ("Menteri Luar Negeri Malaysia mengecam serangan Israel terhadap kamp pengungsi di Rafah pada "
            "Senin (19/8), kata Ahmad Fauzi Razak, juru bicara kementerian itu.")
    plain, named = warta.code(text, PUB), warta.code(text, PUB, ner=True)
    assert [e.type for e in named] == [e.type for e in plain]
    assert codes(only(named, "ACCUSE").actor) == {("MYS", "GOV")}


def test_an_assurance_of_a_future_act_for_another_country_is_a_promise():
    text = "Perdana Menteri Jepang memastikan, Jepang akan menambah pasokan gas alam cair ke Filipina tahun depan."
    e = only(warta.code(text, PUB), "AGREE")
    assert codes(e.actor) == {("JPN", "GOV")} and codes(e.recipient) == {("PHL", "GOV")}
    assert e.modality == "asserted"


def test_confirming_a_fact_is_no_promise():
    text = "Kepolisian Malaysia memastikan tidak ada warga Indonesia yang menjadi korban banjir di Kelantan."
    assert not [e for e in warta.code(text, PUB) if e.type == "AGREE"]


def test_summoning_an_ambassador_is_aimed_at_the_ambassadors_country():
    text = "Kementerian Luar Negeri Filipina memanggil duta besar China di Manila pada Senin (19/8)."
    e = only(warta.code(text, PUB), "ACCUSE")
    assert codes(e.actor) == {("PHL", "GOV")} and codes(e.recipient) == {("CHN", "GOV")}


def test_a_verb_coordinated_after_reported_words_belongs_to_the_speaker():
    text = ("Juru bicara Kementerian Luar Negeri China mengatakan kapal Filipina memasuki perairan China secara "
            "ilegal dan menuduh Manila memicu ketegangan.")
    e = only(warta.code(text, PUB), "ACCUSE")
    assert codes(e.actor) == {("CHN", "GOV")} and codes(e.recipient) == {("PHL", "GOV")}


def test_naming_a_suspect_accuses_the_one_named():
    text = ("Komisi Pemberantasan Korupsi (KPK) menetapkan Bupati Sidoarjo sebagai tersangka kasus pemotongan "
            "insentif pegawai pada Selasa (20/8).")
    e = only(warta.code(text, PUB), "ACCUSE")
    assert codes(e.actor) == {("IDN", "JUD")} and codes(e.recipient) == {("IDN", "GOV")}


def test_who_does_it_is_not_the_doing():
    text = "Para penyidik kepolisian itu kini bertugas di Surabaya."
    assert not warta.code(text, PUB)


def test_a_body_in_a_phrase_of_place_is_not_the_subject():
    text = ("Ratusan buruh menggelar unjuk rasa di depan kantor DPRD Jawa Timur menuntut pemerintah menaikkan "
            "upah minimum pada Selasa (20/8).")
    e = only(warta.code(text, PUB), "REQUEST")
    assert codes(e.actor) == {("IDN", "LAB")}


def test_a_mediation_is_between_the_sides_of_what_it_brought_about():
    text = ("Armenia dan Azerbaijan sepakat menandatangani perjanjian damai pada Senin (19/8).\n\n"
            "Kesepakatan itu ditengahi oleh Amerika Serikat dan Uni Eropa.")
    e = only(warta.code(text, PUB), "CONSULT")
    assert codes(e.actor) == {("USA", "GOV"), ("EUR", "GOV")} or codes(e.actor) == {("USA", "GOV"), ("EUR", "IGO")}
    assert codes(e.recipient) >= {("ARM", "GOV"), ("AZE", "GOV")}


def test_a_warning_is_made_to_the_one_whose_act_would_set_it_off():
    text = ("Presiden Korea Selatan memperingatkan bahwa Seoul akan membalas jika Korea Utara kembali meluncurkan "
            "rudal ke arah perairannya.")
    e = only(warta.code(text, PUB), "THREATEN")
    assert codes(e.recipient) == {("PRK", "GOV")}


def test_one_side_saying_the_same_thing_about_another_on_one_day_is_one_event():
    text = ("Iran mengecam Israel atas serangan ke Lebanon pada Senin (19/8).\n\n"
            "Juru bicara Kementerian Luar Negeri Iran juga menuduh Israel melanggar hukum internasional.\n\n"
            "Ia menyebut Israel sebagai ancaman bagi perdamaian kawasan.")
    accusations = [e for e in warta.code(text, PUB) if e.type == "ACCUSE"]
    assert len(accusations) == 1
    assert len(accusations[0].evidence) >= 2


def test_we_in_a_quote_is_its_speaker_and_an_offer_names_who_it_is_for():
    text = ("\"Kami bersedia menambah pasokan beras ke pasar Filipina,\" kata Perdana Menteri Vietnam "
            "di Hanoi, Senin (19/8).")
    e = only(warta.code(text, PUB), "AGREE")
    assert codes(e.actor) == {("VNM", "GOV")} and codes(e.recipient) == {("PHL", "GOV")}


def test_finding_is_no_meeting():
    text = "Tim SAR gabungan menemukan dua korban longsor di Pangalengan, Kabupaten Bandung, pada Senin (19/8)."
    assert not warta.code(text, PUB)


def test_a_place_the_ner_vouches_for_locates_the_bare_police():
    text = "Polisi menangkap tiga pelaku pembalakan liar di Cibodas pada Senin (19/8)."
    assert not warta.code(text, PUB), "a small town alone is not trusted without the recogniser"
    e = only(warta.code(text, PUB, ner=True), "COERCE")
    assert e.location is not None and e.location.country == "IDN"
    assert codes(e.actor) == {("IDN", "COP")}


def test_an_address_of_home_units_places_the_event_in_its_regency():
    text = ("Kelompok kriminal bersenjata (KKB) menembak mati dua anggota TNI di Distrik Kiwirok, "
            "Kabupaten Pegunungan Bintang, Papua Pegunungan, pada Minggu (18/8).")
    e = only(warta.code(text, PUB), "ASSAULT")
    assert e.location is not None and e.location.name == "Pegunungan Bintang" and e.location.country == "IDN"


def test_another_office_of_the_same_place_is_another_person():
    text = ("Bupati Sukamakmur, Hendra Wijaya, ditangkap oleh penyidik KPK pada Senin (19/8).\n\n"
            "KPK dijadwalkan memeriksa Ketua DPRD Sukamakmur sebagai saksi pekan depan.")
    e = only(warta.code(text, PUB), "ACCUSE")
    assert codes(e.recipient) == {("IDN", "LEG")}


def test_talking_on_the_phone_with_words_between_is_a_call():
    text = ("Perdana Menteri India Narendra Modi berbicara melalui telepon dengan Presiden Ukraina "
            "Volodymyr Zelensky pada Selasa (20/8).")
    e = only(warta.code(text, PUB), "CONSULT")
    assert e.mode == "phone"
    assert codes(e.actor) | codes(e.recipient) == {("IND", "GOV"), ("UKR", "GOV")}


def test_rohingya_refugees_are_from_myanmar_wherever_they_land():
    text = "Warga di Aceh Barat menolak ratusan pengungsi Rohingya mendarat di pantai pada Senin (19/8)."
    e = only(warta.code(text, PUB), "REJECT")
    assert ("MMR", "CVL") in codes(e.recipient)


def test_toughening_a_stance_on_a_condition_is_a_threat():
    text = ("Kanselir Jerman menyatakan, Jerman dapat memperkeras sikapnya terhadap Rusia apabila serangan ke "
            "kota-kota Ukraina terus berlanjut.")
    e = only(warta.code(text, PUB), "THREATEN")
    assert codes(e.actor) == {("DEU", "GOV")} and codes(e.recipient) == {("RUS", "GOV")}
    assert e.modality == "asserted"


def test_a_known_body_spelled_out_before_its_acronym_is_that_body():
    text = ("Massa dari Badan Eksekutif Mahasiswa Universitas Indonesia (BEM UI) berunjuk rasa di depan "
            "Gedung DPR pada Senin (19/8).")
    e = only(warta.code(text, PUB), "PROTEST")
    assert e.actor[0].kb_id and "BEM UI" in e.actor[0].text and codes(e.actor) == {("IDN", "EDU")}


def _fake_parser(subject_word: str, verb_word: str):
    """A stand-in for the shipped parser: ``subject_word`` is the nsubj of ``verb_word``, all else a root."""
    import re

    def syntax(texts):
        out = []
        for text in texts:
            toks = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+|[^\w\s]", text)]
            verb = next(i for i, t in enumerate(toks) if t[2] == verb_word)
            out.append([(a, b, verb if w == subject_word else i, "nsubj" if w == subject_word else "dep")
                        for i, (a, b, w) in enumerate(toks)])
        return out
    return syntax


def _code_with(text: str, syntax):
    from datetime import date

    from warta.coder import Coder
    from warta.lang import get_language
    from warta.structure import analyse
    from warta.types import Article

    lang = get_language("id")
    coder = Coder(lang, syntax=syntax)
    return coder.code(analyse(Article("t", text, date(2025, 3, 5)), lang))


def test_parser_subject_only_where_word_order_finds_none():
    # (a long relative clause without commas between subject and verb: no word-order rule reaches past it)
    parted = ("Jakarta (ANTARA) - Menteri Luar Negeri Jepang yang baru saja kembali dari rapat kabinet hingga "
              "larut malam mengecam peluncuran rudal itu.")
    events = _code_with(parted, _fake_parser("Menteri", "mengecam"))
    assert [(e.type, [a.country for a in e.actor]) for e in events] == [("ACCUSE", ["JPN"])]
    assert any("parser's subject" in why for why in events[0].explanation)
    # a subject the parser puts after the verb is not taken: Indonesian subjects stand before it
    assert _code_with(parted.replace("Menteri Luar Negeri Jepang yang", "Yang")
                      .replace("itu.", "itu kata Jepang."), _fake_parser("Jepang", "mengecam")) == []
    # where word order already gives the subject, the parser is not even asked
    asked = []

    def never(texts):
        asked.append(texts)
        return _fake_parser("Tiongkok", "mengecam")(texts)

    plain = "Jakarta (ANTARA) - Jepang mengecam peluncuran rudal oleh Korea Utara pada Senin (3/3)."
    events = _code_with(plain, never)
    assert [a.country for a in events[0].actor] == ["JPN"] and asked == []


def test_a_sports_cue_said_twice_running_counts_twice():
    from warta.coder import Coder
    from warta.lang import get_language
    from warta.structure import analyse
    from warta.types import Article

    lang = get_language("id")
    # 40 words, one cue word said twice running: 2 / 40 is over the share that marks a sports
    # report (3.5%), 1 / 40 is under it
    text = ("Ribuan warga berkumpul di alun-alun kota pada Sabtu malam untuk menonton layar besar yang "
            "dipasang pemerintah daerah. Mereka bersorak gol gol ketika tayangan ulang diputar. Wali kota "
            "mengatakan acara itu berlangsung tertib dan aman. Petugas kebersihan membersihkan sampah "
            "setelah warga pulang.")
    analysed = analyse(Article(id="t", text=text, published=PUB), lang)
    words = [t for s in analysed.sentences for t in s.tokens if t.text.isalpha()]
    assert len(words) == 40
    assert "ASSAULT" in Coder(lang)._domain_suppressed(analysed)
    once = analyse(Article(id="t", text=text.replace("gol gol", "gol"), published=PUB), lang)
    assert Coder(lang)._domain_suppressed(once) == set()


def test_main_clause_after_a_condition_is_its_own_hypothetical_event():
    # the comma closes ``Jika ...``: what follows is not the content of the verb inside the condition
    text = ("Jika Korea Utara kembali menolak perundingan, Jepang akan memperketat sanksi terhadap perusahaan "
            "Korea Utara.")
    e = only(warta.code(text, PUB), "SANCTION")
    assert codes(e.actor) == {("JPN", "GOV")}
    assert codes(e.recipient) == {("PRK", "BUS")}
    assert e.modality == "hypothetical"
    # inside the condition, what an accusation says another did is still part of the accusation
    text = "Jika Jepang menuduh Korea Utara menyerang kapal nelayan, hubungan kedua negara akan memburuk."
    events = warta.code(text, PUB)
    assert only(events, "ACCUSE").modality == "hypothetical"
    assert not [e for e in events if e.type == "ASSAULT"]


def test_a_doubled_group_noun_is_its_plural():
    e = only(warta.code("Uni Eropa membekukan aset bank-bank Rusia di Brussel pada Senin.", PUB), "SANCTION")
    assert codes(e.recipient) == {("RUS", "BUS")}
    e = only(warta.code("Pasukan-pasukan Sudan menembaki kamp pengungsi di Darfur pada Senin.", PUB), "ASSAULT")
    assert codes(e.actor) == {("SDN", "MIL")}


def test_a_longer_trigger_phrase_inside_a_light_verb_phrase_wins():
    # ``menggelar latihan`` alone is a show of force; ``latihan ... bersama/gabungan`` is a joint exercise
    e = only(warta.code("Angkatan Laut Filipina dan Angkatan Laut Jepang menggelar latihan gabungan di Laut Cina "
                        "Selatan pada Senin.", PUB), "COOPERATE")
    assert codes(e.actor) | codes(e.recipient) == {("PHL", "MIL"), ("JPN", "MIL")}
    e = only(warta.code("Militer Tiongkok menggelar latihan militer di dekat Taiwan pada Senin.", PUB), "MOBILIZE")
    assert codes(e.actor) == {("CHN", "MIL")}


def test_weapons_sent_to_a_country_go_to_its_state():
    e = only(warta.code("Jerman mengirim sistem rudal dan senjata antitank ke Ukraina pada Selasa.", PUB), "AID")
    assert codes(e.recipient) == {("UKR", "GOV")}
    # aid sent to a town goes to the people there
    e = only(warta.code("Malaysia mengirim bantuan pangan ke Khan Younis pada Selasa.", PUB), "AID")
    assert codes(e.recipient) == {("PSE", "CVL")}


def test_who_is_asked_can_follow_dari():
    e = only(warta.code("Filipina meminta tambahan kapal patroli dari Jepang.", PUB), "REQUEST")
    assert codes(e.actor) == {("PHL", "GOV")}
    assert codes(e.recipient) == {("JPN", "GOV")}


def test_protesters_can_target_their_own_state_but_a_government_not_itself():
    text = "JAKARTA (Warta Contoh) - Ribuan buruh menggelar aksi mogok kerja menentang Istana pada Senin."
    e = only(warta.code(text, PUB), "PROTEST")
    assert codes(e.actor) == {("IDN", "LAB")}  # the strikers, not the palace after the verb
    assert codes(e.recipient) == {("IDN", "GOV")}
    e = only(warta.code("Juru bicara Kementerian Luar Negeri Iran mengecam Iran dan Amerika Serikat.", PUB), "ACCUSE")
    assert codes(e.recipient) == {("USA", "GOV")}


def test_a_go_between_is_no_party_to_what_it_mediates():
    text = "Armenia dan Azerbaijan menyetujui pertukaran tahanan yang ditengahi oleh Rusia pada Senin."
    e = only(warta.code(text, PUB), "AGREE")
    sides = codes(e.actor) | codes(e.recipient)
    assert sides == {("ARM", "GOV"), ("AZE", "GOV")}
    # the one who proposed what is refused is still its recipient
    e = only(warta.code("Hamas menolak proposal gencatan senjata yang diajukan oleh Israel.", PUB), "REJECT")
    assert codes(e.recipient) == {("ISR", "GOV")}


def test_an_event_noun_takes_the_source_of_what_it_reacts_to():
    text = "Penolakan Iran terhadap tawaran perundingan dari Washington diumumkan pada Senin."
    e = only(warta.code(text, PUB), "REJECT")
    assert codes(e.actor) == {("IRN", "GOV")}
    assert codes(e.recipient) == {("USA", "GOV")}


def test_protesters_violence_against_property_or_police_is_a_riot():
    text = "Dhaka (Warta Contoh) - Ribuan demonstran merusak kantor polisi dan membakar ban di Dhaka pada Senin."
    e = only(warta.code(text, PUB), "PROTEST")
    assert e.mode == "riot" and codes(e.actor) == {("BGD", "CVL")}
    assert not [x for x in warta.code(text, PUB) if x.type == "ASSAULT"]
    # soldiers doing the same are an attack
    text = "Dhaka (Warta Contoh) - Tentara merusak kantor polisi dan membakar ban di Dhaka pada Senin."
    assert not [x for x in warta.code(text, PUB) if x.type == "PROTEST"]


def test_the_word_that_names_a_protests_target_is_not_its_own_event():
    text = "Jakarta (Warta Contoh) - Ribuan buruh menggelar unjuk rasa menolak revisi undang-undang ketenagakerjaan."
    events = warta.code(text, PUB)
    assert only(events, "PROTEST")
    assert not [e for e in events if e.type == "REJECT"]


def test_a_capitalised_modifier_between_a_group_noun_and_its_country():
    e = only(warta.code("Polri bekerja sama dengan Kepolisian Federal Australia di Bali pada Senin.", PUB), "COOPERATE")
    assert codes(e.actor) | codes(e.recipient) == {("IDN", "COP"), ("AUS", "COP")}



def test_the_agent_of_a_relative_passive_does_what_the_noun_names():
    text = "Bom yang diledakkan kelompok Houthi di pelabuhan Hodeidah melukai lima pelaut Yunani pada Senin."
    e = only(warta.code(text, PUB), "ASSAULT")
    assert codes(e.actor) == {("YEM", "REB")}
    assert e.mode == "explosives"  # the bombing itself, told by the noun, not only the wounding
    text = "Serangan drone yang diluncurkan Rusia menewaskan tujuh warga Ukraina di Odesa pada Senin."
    e = only(warta.code(text, PUB), "ASSAULT")
    assert codes(e.actor) == {("RUS", "MIL")}
    assert codes(e.recipient) == {("UKR", "CVL")}


def test_an_event_noun_given_dari_someone_and_received_by_others():
    e = only(warta.code("Bantuan medis dari Jepang belum diterima warga Rafah hingga Selasa.", PUB), "AID")
    assert codes(e.actor) == {("JPN", "GOV")}
    assert codes(e.recipient) == {("PSE", "CVL")}
    assert e.modality == "negated"
    e = only(warta.code("Kecaman keras dari Turki disampaikan setelah penggerebekan itu.", PUB), "ACCUSE")
    assert codes(e.actor) == {("TUR", "GOV")}


def test_a_called_off_protest_named_with_aksi_is_negated():
    text = "Surabaya (Warta Contoh) - Aksi demonstrasi yang direncanakan serikat petani pada Senin batal digelar."
    e = only(warta.code(text, PUB), "PROTEST")
    assert e.modality == "negated"
    assert codes(e.actor) == {("IDN", "LAB")}


def test_lifting_a_suspension_or_restriction_is_a_concession():
    text = "Arab Saudi mencabut penangguhan penerbangan bagi warga Qatar pada Senin."
    e = only(warta.code(text, PUB), "CONCEDE")
    assert codes(e.actor) == {("SAU", "GOV")} and codes(e.recipient) == {("QAT", "CVL")}
    assert e.date == "2024-08-19"


def test_a_since_date_does_not_date_the_event():
    text = "Malaysia belum mencabut pembatasan ekspor bagi perusahaan Singapura yang berlaku sejak Maret."
    e = only(warta.code(text, PUB), "CONCEDE")
    assert e.modality == "negated"
    assert e.date is None


def test_a_meeting_one_travels_to_is_planned_there_with_the_traveller():
    text = ("Menteri Luar Negeri Sugiono dijadwalkan terbang ke Tokyo pada Kamis untuk bertemu dengan "
            "Perdana Menteri Jepang.")
    e = only(warta.code(text, "2025-03-12"), "CONSULT")  # Sugiono is foreign minister from October 2024
    assert codes(e.actor) | codes(e.recipient) == {("IDN", "GOV"), ("JPN", "GOV")}
    assert e.modality == "future"
    assert e.location is not None and e.location.name == "Tokyo"


def test_bare_civilians_abroad_are_of_the_place_the_report_is_filed_from():
    text = "NABLUS, Warta Contoh - Pasukan Israel menahan 14 orang dalam operasi di kamp pengungsi Balata pada Senin."
    e = only(warta.code(text, PUB), "COERCE")
    assert codes(e.actor) == {("ISR", "MIL")}
    assert codes(e.recipient) == {("PSE", "CVL")}
    # a bare army abroad stays anyone's (test_bare_group_noun_abroad_is_left_uncoded)


def test_detention_is_coercion_but_restraint_is_no_event():
    e = only(warta.code("Polisi Malaysia menahan dua nelayan Indonesia di perairan Johor pada Senin.", PUB), "COERCE")
    assert e.mode == "arrest" and codes(e.recipient) == {("IDN", "CVL")}
    assert not [e for e in warta.code("Israel dan Hizbullah harus menahan diri.", PUB) if e.type == "COERCE"]


def test_an_agreement_noun_with_a_relative_clause_of_its_signing():
    text = ("Jakarta (Warta Contoh) - Latihan itu merupakan pelaksanaan perjanjian yang ditandatangani Menteri "
            "Pertahanan Filipina Gilberto Teodoro dan Menteri Pertahanan Jepang Gen Nakatani di Manila pada 8 Juli "
            "lalu.")
    e = only(warta.code(text, "2025-08-20"), "AGREE")
    assert codes(e.actor) | codes(e.recipient) == {("PHL", "GOV"), ("JPN", "GOV")}
    assert e.date == "2025-07-08"
    assert e.location is not None and e.location.name == "Manila"


def test_an_anaphoric_event_noun_led_by_others_adds_no_event():
    text = ("DOHA, Warta Contoh - Delegasi Sudan dan RSF menggelar perundingan di Jeddah pada Senin. "
            "Perundingan tersebut dipimpin oleh Menteri Luar Negeri Arab Saudi dan utusan khusus AS.")
    assert len([e for e in warta.code(text, PUB) if e.type == "CONSULT"]) == 1


def test_what_one_is_condemned_for_happened_and_is_theirs():
    text = ("OTTAWA, Warta Contoh - Kanada pada Selasa mengecam Rusia atas serangan rudal yang dilancarkan ke "
            "Kyiv pada Senin (19/8).")
    events = warta.code(text, PUB)
    e = only(events, "ACCUSE")
    assert codes(e.actor) == {("CAN", "GOV")} and codes(e.recipient) == {("RUS", "GOV")}
    e = only(events, "ASSAULT")
    assert codes(e.actor) == {("RUS", "MIL")}
    assert e.date == "2024-08-19"  # the relative clause dates the attack, not the condemnation (Tuesday)
    # what one is accused of is only alleged: not an event of its own
    text = "Kanada menuduh Rusia atas serangan rudal ke Kyiv."
    assert not [e for e in warta.code(text, PUB) if e.type == "ASSAULT"]


def test_a_pt_company_is_a_home_business_and_an_owner_can_be_the_protests_target():
    text = ("Kendari (Warta Contoh) - Puluhan nelayan menggelar unjuk rasa di depan smelter milik PT Nikel Teluk "
            "Sejahtera pada Kamis (15/8).")
    e = only(warta.code(text, PUB), "PROTEST")
    assert codes(e.actor) == {("IDN", "CVL")}
    assert codes(e.recipient) == {("IDN", "BUS")}


def test_a_day_before_counts_from_the_last_day_told_not_a_year_or_an_end_bound():
    text = ("SURABAYA, Warta Contoh - Latihan gabungan TNI dan militer Australia dibuka di Surabaya pada "
            "Selasa (20/8). "
            "Latihan yang berlangsung hingga 30 Agustus itu mencakup pendaratan amfibi tahun ini. "
            "Sehari sebelumnya, Menteri Pertahanan Prabowo Subianto menerima kunjungan Menteri Pertahanan Australia "
            "Richard Marles di Jakarta.")
    e = only(warta.code(text, PUB), "CONSULT")
    assert e.date == "2024-08-19"


def test_an_opening_phrase_of_place_before_a_comma_is_not_an_apposition():
    text = "Di sela acara itu, Sugiono bertemu dengan Menteri Luar Negeri Brasil Mauro Vieira."
    e = only(warta.code(text, "2025-11-22"), "CONSULT")
    assert codes(e.actor) | codes(e.recipient) == {("IDN", "GOV"), ("BRA", "GOV")}


def test_an_attack_on_a_town_abroad_is_on_its_people():
    text = "KYIV, Warta Contoh - Pasukan Rusia menggempur kota Zaporizhzhia dengan rudal pada Senin (19/8)."
    e = only(warta.code(text, PUB), "ASSAULT")
    assert codes(e.actor) == {("RUS", "MIL")}
    assert codes(e.recipient) == {("UKR", "CVL")}


def test_a_common_noun_object_named_after_yakni():
    text = ("Medan (Warta Contoh) - Polda Sumatera Utara menangkap tiga tersangka, yakni Direktur PT Sawit Makmur "
            "Abadi berinisial RS dan dua pegawainya, pada Senin (19/8).")
    e = only(warta.code(text, PUB), "COERCE")
    assert codes(e.recipient) == {("IDN", "BUS")}


def test_home_offices_and_middle_names_in_a_report_filed_at_home():
    text = ("JAKARTA, Warta Contoh - Ketua MPR Hendra Wiratama Siregar menerima perwakilan buruh pada Senin (19/8). "
            "Wiratama berjanji MPR akan menunda pembahasan RUU itu. "
            "Menteri Ketenagakerjaan Yassierli tidak menemui massa. Massa kemudian membubarkan diri.")
    events = warta.code(text, PUB)
    e = only(events, "AGREE")
    assert codes(e.actor) == {("IDN", "LEG")}  # ``Wiratama``: a middle name of the MPR chair named before
    met = {(frozenset(codes(x.actor)), x.modality) for x in events if x.type == "CONSULT"}
    assert (frozenset({("IDN", "GOV")}), "negated") in met  # a minister, filed from Jakarta
    assert (frozenset({("IDN", "LEG")}), "asserted") in met  # ``menerima perwakilan buruh``: the chair hosts them
    assert not [x for x in events if x.type == "COERCE"]  # ``membubarkan diri``: the crowd dispersed


def test_a_civil_war_reported_from_a_city_abroad():
    text = ("Port Sudan (Warta Contoh) - Pasukan Dukungan Cepat (RSF) menyerang kota Kadugli pada Minggu (18/8). "
            "Sehari kemudian, Angkatan Bersenjata Sudan (SAF) melancarkan serangan udara terhadap RSF di Nyala. "
            "Sekretaris Jenderal PBB Antonio Guterres mendesak kedua pihak yang bertikai untuk segera berunding. "
            "Pemimpin RSF Mohamed Hamdan Dagalo menyatakan pihaknya bersedia berunding jika militer juga "
            "menghentikan serangan udara.")
    events = warta.code(text, PUB)
    air = [e for e in events if e.type == "ASSAULT" and e.mode == "aerial"]
    assert air and codes(air[0].actor) == {("SDN", "MIL")}  # past the acronym we do not know to its subject
    assert air[0].date == "2024-08-19"
    e = only(events, "REQUEST")
    assert codes(e.recipient) == {("SDN", "MIL"), ("SDN", "REB")}  # the two warring parties
    e = only(events, "AGREE")
    assert codes(e.actor) == {("SDN", "REB")}  # ``pihaknya``: the RSF itself
    # a report from Port Sudan is filed abroad: a bare ``militer`` there is not Indonesia's
    assert all(("IDN", "MIL") not in codes(x.actor) | codes(x.recipient) for x in events)


def test_a_month_naming_an_agreement_does_not_date_the_condemnation():
    text = ("BEIRUT, Warta Contoh - Perdana Menteri Lebanon Nawaf Salam pada Selasa (20/8) mengecam Israel atas "
            "pelanggaran kesepakatan gencatan senjata November 2023.")
    e = only(warta.code(text, PUB), "ACCUSE")
    assert e.date == "2024-08-20"


def test_an_air_strike_on_villages_in_a_country_is_on_its_people():
    text = "Serangan udara Israel di sejumlah desa di Suriah selatan pada Senin (19/8) menewaskan enam orang."
    e = only(warta.code(text, PUB), "ASSAULT")
    assert codes(e.recipient) == {("SYR", "CVL")}


def test_a_state_warns_the_other_party_not_its_own_forces():
    text = ("Menteri Pertahanan Israel Israel Katz memperingatkan bahwa militer Israel akan memperluas operasinya "
            "di Gaza jika Hamas tidak membebaskan para sandera.")
    e = only(warta.code(text, PUB), "THREATEN")
    assert codes(e.recipient) == {("PSE", "REB")}
    # an official unwilling to be named agrees to nothing
    text = "Pemerintah Israel belum menanggapi usulan itu, kata seorang pejabat yang tidak bersedia disebut namanya."
    assert not [e for e in warta.code(text, PUB) if e.type == "AGREE"]


def test_a_long_body_name_read_as_a_name_leaves_no_middle_word_alias():
    text = ("JAYAPURA, Warta Contoh - Juru bicara Tentara Pembebasan Nasional Papua Barat-Organisasi Papua Merdeka "
            "(TPNPB-OPM) mengklaim serangan itu. Kapolda Papua, dalam keterangan di Jayapura, Senin malam, mengecam "
            "keras aksi tersebut.")
    e = only(warta.code(text, PUB), "ACCUSE")
    assert ("IDN", "COP") in codes(e.actor)  # ``Kapolda Papua`` is the Papua police chief, not the OPM


def test_condemning_that_act_after_an_adverb_targets_its_doer_as_named():
    text = "ANKARA, Warta Contoh - Israel menyerang kota Rafah pada Senin. Turki mengecam keras aksi tersebut."
    e = only(warta.code(text, PUB), "ACCUSE")
    assert codes(e.recipient) == {("ISR", "GOV")}  # Israel named as a whole: its state


def test_a_joint_exercise_with_words_between_is_cooperation():
    text = "Jepang dan Filipina dijadwalkan menggelar latihan udara gabungan di Luzon pekan depan."
    e = only(warta.code(text, PUB), "COOPERATE")
    assert codes(e.actor) | codes(e.recipient) == {("JPN", "GOV"), ("PHL", "GOV")}
    assert e.modality == "future"
    # condemning ``peluncuran tersebut`` targets who launched
    text = "Korea Utara menembakkan rudal balistik pada Senin. Jepang mengecam peluncuran tersebut."
    e = only(warta.code(text, PUB), "ACCUSE")
    assert codes(e.recipient) == {("PRK", "GOV")}


def test_an_official_of_a_body_with_a_modifier_and_his_group():
    text = ("BEIRUT, Warta Contoh - Pejabat senior Hizbullah Hassan Fadlallah, dalam wawancara televisi, menegaskan "
            "bahwa kelompoknya menolak usulan Prancis tersebut.")
    e = only(warta.code(text, PUB), "REJECT")
    assert codes(e.actor) == {("LBN", "REB")}
    assert codes(e.recipient) == {("FRA", "GOV")}


def test_a_subject_after_an_opening_phrase_of_place_and_a_witnessed_signing():
    text = "Di Washington, Departemen Luar Negeri AS pada Senin malam menyatakan dukungan kepada Filipina."
    e = only(warta.code(text, PUB), "SUPPORT")
    assert codes(e.actor) == {("USA", "GOV")} and codes(e.recipient) == {("PHL", "GOV")}
    text = "Usai bertemu, Prabowo Subianto dan Anthony Albanese menyaksikan penandatanganan tiga nota kesepahaman."
    e = only(warta.code(text, "2025-05-15"), "AGREE")
    assert codes(e.actor) | codes(e.recipient) == {("IDN", "GOV"), ("AUS", "GOV")}


def test_a_sentence_to_prison_is_an_arrest():
    text = ("MEDAN, Warta Contoh - Majelis hakim Pengadilan Negeri Medan menjatuhkan vonis lima tahun penjara kepada "
            "mantan Kepala Dinas Pendidikan Sumatera Utara, Senin (19/8).")
    e = only(warta.code(text, PUB), "COERCE")
    assert e.mode == "arrest"
    assert codes(e.actor) == {("IDN", "JUD")}


def test_a_fine_stays_a_conviction():
    text = ("MEDAN, Warta Contoh - Majelis hakim Pengadilan Negeri Medan menjatuhkan vonis denda Rp500 juta kepada "
            "PT Sumber Makmur, Senin (19/8).")
    events = warta.code(text, PUB)
    assert not [e for e in events if e.type == "COERCE"]
    assert only(events, "SANCTION").mode == "convict"


def test_a_verb_after_tetapi_shares_the_subject():
    text = ("Presiden Filipina menyambut baik pembebasan para nelayan itu, tetapi memperingatkan bahwa Manila akan "
            "mengerahkan kapal perang jika China kembali menghalau kapal nelayan.")
    e = only(warta.code(text, PUB), "THREATEN")
    assert codes(e.actor) == {("PHL", "GOV")}


def test_a_go_between_named_with_sebagai_is_no_side():
    text = ("Armenia dan Azerbaijan menggelar perundingan damai di Abu Dhabi pada Selasa (20/8), dengan Menteri Luar "
            "Negeri Uni Emirat Arab sebagai penengah.")
    e = only(warta.code(text, PUB), "CONSULT")
    assert codes(e.actor) | codes(e.recipient) == {("ARM", "GOV"), ("AZE", "GOV")}


@pytest.mark.parametrize("reply", [
    "Tuduhan itu dibantah oleh Kementerian Luar Negeri Vietnam.",
    "Tuduhan tersebut langsung dibantah Kementerian Luar Negeri Vietnam.",
])
def test_a_denial_of_an_earlier_accusation_answers_the_accuser(reply):
    text = "Kementerian Luar Negeri China menuduh Vietnam membangun pulau buatan di Laut China Selatan. " + reply
    events = warta.code(text, PUB)
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert len(accusations) == 1 and codes(accusations[0].actor) == {("CHN", "GOV")}
    e = only(events, "REJECT")
    assert codes(e.actor) == {("VNM", "GOV")}
    assert codes(e.recipient) == {("CHN", "GOV")}


def test_a_claim_rejected_in_the_passive_answers_who_made_it():
    text = ("Pemerintah Malaysia meminta Indonesia menyerahkan dua nelayan yang ditahan di Batam. "
            "Klaim tersebut ditolak oleh Kementerian Luar Negeri RI.")
    e = only(warta.code(text, PUB), "REJECT")
    assert codes(e.actor) == {("IDN", "GOV")}
    assert codes(e.recipient) == {("MYS", "GOV")}


def test_the_police_official_who_reports_an_arrest_made_it():
    text = ("GARUT, Warta Contoh - Kapolres Garut AKBP Hendra Saputra mengatakan 12 orang diamankan karena diduga "
            "merusak kantor desa, Senin (19/8). Penangkapan itu dikecam oleh LBH Bandung.")
    events = warta.code(text, PUB)
    e = only(events, "COERCE")
    assert codes(e.actor) == {("IDN", "COP")}
    assert codes(only(events, "ACCUSE").actor) == {("IDN", "NGO")}


def test_a_minister_reporting_an_arrest_did_not_make_it():
    text = ("Menteri Luar Negeri Sugiono mengatakan dua warga negara Indonesia ditangkap di Kamboja pada Senin "
            "(19/8).")
    events = warta.code(text, PUB)
    assert not [e for e in events if e.type == "COERCE" and codes(e.actor) == {("IDN", "GOV")}]


def test_a_harm_vowed_is_a_threat():
    text = ("Pemimpin kelompok Hizbullah bersumpah kelompoknya akan terus menyerang Israel sampai agresi di Gaza "
            "berhenti.")
    e = only(warta.code(text, PUB), "THREATEN")
    assert codes(e.actor) == {("LBN", "REB")}
    assert codes(e.recipient) == {("ISR", "GOV")}
    assert e.modality == "asserted"


def test_an_analysts_guess_on_a_condition_is_no_threat():
    text = ("Sejumlah pengamat di Seoul menilai Korea Utara bisa saja meluncurkan rudal ke arah Jepang apabila "
            "latihan militer gabungan itu dilanjutkan.")
    assert not [e for e in warta.code(text, PUB) if e.type == "THREATEN"]


def test_what_happens_has_no_doer_before_terjadi():
    text = ("Warga Desa Sukamaju mengungsi ke balai desa apabila terjadi serangan susulan di wilayah itu, "
            "kata Kepala Desa Sukamaju.")
    assert not [e for e in warta.code(text, PUB) if e.type == "ASSAULT" and codes(e.actor)]


def test_two_armies_involved_in_a_firefight():
    text = ("Tentara Thailand dan Kamboja terlibat baku tembak di perbatasan kedua negara pada Senin (19/8) "
            "malam.")
    e = only(warta.code(text, PUB), "ASSAULT")
    assert codes(e.actor) | codes(e.recipient) == {("THA", "MIL"), ("KHM", "MIL")}


def test_a_phrase_of_time_between_subject_and_verb():
    text = ("Relawan Palang Merah Indonesia (PMI) sejak Senin (19/8) membantu Bulan Sabit Merah Turki membagikan "
            "makanan di Gaziantep.")
    e = only(warta.code(text, PUB), "AID")
    assert codes(e.actor) == {("IDN", "NGO")}
    assert codes(e.recipient) == {("TUR", "NGO")}


def test_a_bracketed_acronym_does_not_cut_the_subject_off():
    text = ("Sebuah kapal Penjaga Pantai Vietnam (VCG) mendekat dan melalui radio meminta kapal patroli Filipina "
            "meninggalkan perairan itu.")
    e = only(warta.code(text, PUB), "REQUEST")
    assert codes(e.actor) == {("VNM", "MIL")}


def test_a_clause_with_no_subject_after_sambil_shares_the_main_subject():
    text = ("Menteri Luar Negeri Jepang tiba di Manila pada Senin (19/8), sambil menawarkan bantuan kapal patroli "
            "kepada Filipina.")
    e = only(warta.code(text, PUB), "AGREE")  # an offer
    assert codes(e.actor) == {("JPN", "GOV")}


def test_a_clause_after_tetapi_takes_no_object_of_the_main_clause_as_subject():
    text = ("Para koruptor bukan hanya mengambil uang negara, tetapi juga merusak kepercayaan publik.")
    assert not [e for e in warta.code(text, PUB) if codes(e.actor)]


def test_a_second_predicate_shares_the_subject_of_a_first_that_is_no_event():
    text = ("Dua kapal Penjaga Pantai Tiongkok mendekat dan kemudian menembakkan meriam air ke arah kapal "
            "nelayan Filipina.")
    e = only(warta.code(text, PUB), "ASSAULT") if any(
        x.type == "ASSAULT" for x in warta.code(text, PUB)) else only(warta.code(text, PUB), "COERCE")
    assert codes(e.actor) == {("CHN", "MIL")}


@pytest.mark.parametrize("text", [
    "Pesawat pengisi bahan bakar itu dapat mendukung setiap serangan terhadap fasilitas nuklir Iran.",
    "Pemerintah menentang segala bentuk kekerasan terhadap jurnalis.",
])
def test_any_such_event_is_no_event(text):
    assert not [e for e in warta.code(text, PUB) if e.type == "ASSAULT"]


def test_armed_men_are_rebels():
    text = ("RAMALLAH, Warta Contoh - Pasukan Israel terlibat baku tembak dengan sejumlah pria bersenjata di Jenin "
            "pada Senin (19/8).")
    e = only(warta.code(text, PUB), "ASSAULT")
    assert codes(e.actor) | codes(e.recipient) == {("ISR", "MIL"), ("PSE", "REB")}


def test_bare_nouns_in_foreign_news_written_at_home_belong_to_the_country_it_is_about():
    text = ("Jakarta (Warta Contoh) - Pemerintah Georgia membubarkan unjuk rasa di Tbilisi pada Senin (19/8).\n\n"
            "Ketua fraksi oposisi di parlemen menuding pemerintah bertindak represif.")
    e = only(warta.code(text, PUB), "ACCUSE")
    assert codes(e.actor) == {("GEO", "OPP")}
    assert codes(e.recipient) == {("GEO", "GOV")}


def test_bare_nouns_in_home_news_stay_at_home():
    text = ("Jakarta (Warta Contoh) - Duta Besar Jepang untuk Indonesia bertemu Menteri Luar Negeri Sugiono pada "
            "Senin (19/8).\n\nKetua fraksi oposisi di parlemen menuding pemerintah lamban.")
    e = only(warta.code(text, PUB), "ACCUSE")
    assert codes(e.actor) == {("IDN", "OPP")}


def test_the_subject_before_an_apposition_with_no_verb():
    text = ("KENDARI, Warta Contoh - Ratusan buruh PT Konawe Baja Mandiri, perusahaan baja di Kecamatan Morosi, "
            "Kabupaten Konawe, Sulawesi Tenggara, mogok kerja pada Senin (19/8).")
    e = only(warta.code(text, PUB), "PROTEST")
    assert e.mode == "strike"
    assert codes(e.actor) == {("IDN", "LAB")}


def test_an_opening_clause_object_is_no_subject_before_an_apposition():
    text = ("Menanggapi pernyataan Presiden Rusia, juru bicara Kementerian Luar Negeri Ukraina, Heorhiy Tykhyi, "
            "menuding Moskow menyebarkan disinformasi.")
    e = only(warta.code(text, PUB), "ACCUSE")
    assert codes(e.actor) == {("UKR", "GOV")}


def test_an_anaphoric_request_told_by_another_official_of_the_same_side_adds_no_event():
    text = ("Pemerintah Filipina meminta bantuan internasional setelah topan melanda Luzon pada Senin (19/8).\n\n"
            "Permintaan bantuan itu disampaikan Menteri Luar Negeri Filipina dalam pertemuan dengan para duta besar "
            "di Manila.")
    requests = [e for e in warta.code(text, PUB) if e.type == "REQUEST"]
    assert len(requests) == 1


def test_an_offer_is_not_made_to_a_body_named_after_sementara():
    text = ("Jepang menjanjikan bantuan darurat senilai 5 juta dolar AS, sementara Program Pangan Dunia (WFP) "
            "menyalurkan beras ke daerah terdampak.")
    e = only(warta.code(text, PUB), "AGREE")
    assert not [r for r in e.recipient if r.country == "UNO"]


def test_a_second_verb_joined_to_a_verb_of_the_content_is_content_too():
    text = ("Sekretaris Jenderal PBB menyerukan semua pihak segera menghentikan pertempuran dan membuka akses bagi "
            "pekerja kemanusiaan di Darfur.")
    events = warta.code(text, PUB)
    assert [e.type for e in events] == ["REQUEST"]


def test_a_verb_in_a_relative_clause_does_not_make_the_next_predicate_content():
    text = "Turki mengecam Israel yang menyerang Gaza dan mendesak PBB bertindak."
    assert only(warta.code(text, PUB), "REQUEST").actor[0].country == "TUR"


def test_an_army_retaliating_with_an_attack():
    text = ("Sehari kemudian, tentara Sudan membalas dengan serangan pesawat nirawak ke arah posisi RSF di "
            "Omdurman.")
    e = only(warta.code(text, PUB), "ASSAULT")
    assert codes(e.actor) == {("SDN", "MIL")}


def test_what_a_sanction_consists_of_is_no_second_event():
    text = ("Dewan Uni Eropa menjatuhkan sanksi berupa pembekuan aset dan larangan bepergian terhadap dua "
            "komandan RSF pada Senin (19/8).")
    events = warta.code(text, PUB)
    assert [e.type for e in events] == ["SANCTION"]
    assert codes(events[0].actor) == {("EUR", "GOV")}


def test_a_budget_year_does_not_date_the_event():
    text = ("MAKASSAR, Warta Contoh - Kejaksaan Tinggi Sulawesi Selatan menahan dua tersangka korupsi pengadaan "
            "perahu tahun anggaran 2023, Senin (19/8).")
    assert only(warta.code(text, PUB), "COERCE").date == "2024-08-19"


@pytest.mark.parametrize("text, code", [
    ("MAKASSAR, Warta Contoh - Kejaksaan Tinggi Sulawesi Selatan menahan dua tersangka pada Senin (19/8).\n\n"
     "Sehari sebelumnya, tim penyidik menggeledah kantor dinas perikanan di Makassar.", ("IDN", "JUD")),
    ("Kinshasa - Kelompok pemberontak M23 menyerang posisi tentara Kongo pada Senin (19/8).\n\n"
     "Pada Selasa, para pemberontak menggempur pos-pos tentara Kongo di Desa Kaniola.", ("COD", "REB")),
])
def test_a_bare_noun_refers_back_to_the_body_named_before(text, code):
    events = warta.code(text, PUB)
    assert [e for e in events if codes(e.actor) == {code} and e.evidence[0].text.startswith(("Sehari", "Pada"))]


def test_a_joint_act_in_the_passive_takes_its_agents_as_the_sides():
    text = ("Nota kesepahaman itu diteken oleh Menteri Luar Negeri RI Sugiono dan Menteri Luar Negeri dan Kerja Sama "
            "Timor-Leste di Dili pada Selasa (20/8).")
    e = only(warta.code(text, "2025-08-21"), "SUPPORT")  # Sugiono is foreign minister from October 2024
    assert codes(e.actor) | codes(e.recipient) == {("IDN", "GOV"), ("TLS", "GOV")}


def test_predicates_in_a_series_after_commas_share_the_subject():
    text = ("Sekitar sepuluh orang dari sebuah kapal perang Tiongkok menaiki kapal nelayan Filipina, memukuli "
            "awaknya, lalu merampas hasil tangkapan mereka.")
    events = warta.code(text, PUB)
    for type_ in ("ASSAULT", "COERCE"):
        assert codes(only(events, type_).actor) == {("CHN", "MIL")}


@pytest.mark.parametrize("text, code", [
    ("Gempa bermagnitudo 6,8 mengguncang Provinsi Kermanshah, Iran, pada Senin (19/8).\n\n"
     "Jepang menjanjikan bantuan darurat senilai 5 juta dolar AS.", ("IRN", "GOV")),
    ("Gempa bermagnitudo 6,8 mengguncang Provinsi Kermanshah, Iran, pada Senin (19/8).\n\n"
     "Dana Anak-anak PBB (UNICEF) telah menyalurkan paket air bersih ke tiga distrik terdampak.", ("IRN", "CVL")),
])
def test_aid_with_no_receiver_goes_to_the_country_the_report_is_about(text, code):
    e = [x for x in warta.code(text, PUB) if x.type in ("AID", "AGREE")][0]
    assert codes(e.recipient) == {code}


def test_aid_sent_elsewhere_is_not_for_the_reports_country():
    text = ("Gempa bermagnitudo 6,8 mengguncang Provinsi Kermanshah, Iran, pada Senin (19/8).\n\n"
            "Jepang juga menyalurkan bantuan pangan ke Afghanistan pekan ini.")
    e = only(warta.code(text, PUB), "AID")
    assert ("IRN", "GOV") not in codes(e.recipient)


def test_what_an_earlier_verb_acted_on_is_not_the_next_verbs_subject():
    text = ("Banjir yang melanda Sindh telah menewaskan lebih dari 300 orang dan memaksa sekitar satu juta warga "
            "mengungsi, menurut data NDMA.")
    assert not [e for e in warta.code(text, PUB) if e.type == "COERCE"]


def test_the_actor_right_before_a_passive_is_its_patient_after_another_verb():
    text = "Polisi menemukan video yang menampilkan Kapolres Garut dipukul oleh sekelompok orang."
    e = only(warta.code(text, PUB), "ASSAULT")
    assert codes(e.recipient) == {("IDN", "COP")}


def test_followers_head_the_phrase_that_names_whom_they_follow():
    text = ("GARUT, Warta Contoh - Ratusan pendukung pasangan calon bupati dan wakil bupati Garut berunjuk rasa di "
            "depan kantor KPU Kabupaten Garut, Senin (19/8).")
    e = only(warta.code(text, PUB), "PROTEST")
    assert codes(e.actor) == {("IDN", "CVL")}


def test_a_bare_crowd_is_the_protesters_told_of_before():
    text = ("BANDUNG, Warta Contoh - Ratusan mahasiswa berunjuk rasa di depan Gedung DPRD Jawa Barat, Senin (19/8).\n\n"
            "Polisi kemudian membubarkan massa dengan gas air mata.\n\n"
            "Massa juga sempat membakar ban di depan gerbang gedung itu.")
    events = warta.code(text, PUB)
    assert codes(only(events, "COERCE").recipient) == {("IDN", "EDU")}
    force = only(events, "ASSAULT")  # the tear gas: PLOVER's crowd-control, by the police on the same crowd
    assert force.mode == "crowd-control" and codes(force.actor) == {("IDN", "COP")}
    assert codes(force.recipient) == {("IDN", "EDU")}


def test_a_relative_clause_ends_at_its_comma():
    text = ("Pemerintah Georgia mengusir dua diplomat Rusia yang dituduh mendanai unjuk rasa, demikian pengumuman "
            "Kementerian Luar Negeri Georgia di Tbilisi, Senin (19/8).")
    assert only(warta.code(text, PUB), "SANCTION").date == "2024-08-19"


def test_a_day_in_a_clause_about_what_came_before_does_not_date_the_event():
    text = ("Pemerintah Filipina meminta bantuan internasional setelah topan besar melanda Pulau Luzon pada Senin "
            "(19/8) malam.\n\nHingga Selasa (20/8), sedikitnya 50 orang dilaporkan meninggal.")
    assert only(warta.code(text, PUB), "REQUEST").date != "2024-08-19"


def test_a_year_closing_the_sentence_does_not_beat_the_day_it_names():
    text = ("Polisi Diraja Malaysia menangkap tiga aktivis di Kuala Lumpur, Senin (19/8), dalam razia terbesar "
            "tahun ini.")
    assert only(warta.code(text, PUB), "COERCE").date == "2024-08-19"


def test_an_asserted_event_is_not_dated_after_the_report():
    text = ("Presiden Prabowo Subianto dan Presiden Vietnam menyaksikan penandatanganan lima nota kesepahaman yang "
            "ditargetkan menaikkan perdagangan bilateral menjadi 20 miliar dolar AS pada 2028.")
    e = [x for x in warta.code(text, PUB) if x.type == "AGREE"][0]
    assert e.date is None or e.date <= PUB


def test_a_year_told_after_a_day_does_not_become_the_context():
    text = ("CEBU, Warta Contoh - Para menteri luar negeri ASEAN bertemu di Cebu, Kamis (15/8).\n\n"
            "Pertemuan itu menjadi yang pertama di bawah keketuaan Filipina tahun ini.\n\n"
            "Para menteri juga mendesak otoritas Myanmar menghentikan serangan udara.")
    e = only(warta.code(text, PUB), "REQUEST")
    assert e.date == "2024-08-15"


@pytest.mark.parametrize("text, type_, actor", [
    # the subject before a relative clause set off by commas; the predicate after its closing comma
    ("Ratusan petani Desa Mekarsari, yang sejak pagi berkumpul di depan balai desa sambil membawa poster, "
     "menuding kepala desa menjual tanah kas desa.", "ACCUSE", ("IDN", "CVL")),
    ("Bupati Garut Rudy Gunawan, yang ditemui di rumah dinasnya pada Rabu sore, membantah tuduhan itu.",
     "REJECT", ("IDN", "GOV")),
])
def test_subject_before_a_relative_clause_in_commas(text, type_, actor):
    e = only(warta.code("Garut (Warta Contoh) - " + text, PUB), type_)
    assert codes(e.actor) == {actor}


def test_an_object_with_a_relative_clause_is_not_the_next_subject():
    events = warta.code("Garut (Warta Contoh) - Warga menyerahkan Budi, yang diduga mencuri sapi, "
                        "kepada polisi pada Senin.", PUB)
    assert not [e for e in events if codes(e.actor) == {("IDN", "CVL")} and e.type == "COERCE"]


def test_a_noun_with_a_pointing_determiner_names_the_body_again():
    events = warta.code("Jayapura (Warta Contoh) - Sebuah pos polisi ditembaki oleh kelompok kriminal bersenjata "
                        "(KKB) di Puncak, Senin (19/8) pagi. Keesokan harinya, kelompok yang sama membakar "
                        "gedung sekolah di distrik itu.", PUB)
    burnt = [e for e in events if e.type == "ASSAULT" and "membakar" in e.evidence[0].text]
    assert burnt and codes(burnt[0].actor) == {("IDN", "REB")}
    assert burnt[0].date == "2024-08-20"


def test_keduanya_is_the_two_sides_named_just_before():
    e = only(warta.code("Jakarta (Warta Contoh) - Presiden Prabowo Subianto disambut Presiden Brasil Lula "
                        "di Brasilia, Senin (19/8). Keduanya kemudian menggelar pertemuan bilateral.", PUB),
             "CONSULT")
    assert codes(e.actor) | codes(e.recipient) == {("IDN", "GOV"), ("BRA", "GOV")}


def test_bringing_two_sides_together_is_mediation_by_the_host():
    e = only(warta.code("Garut (Warta Contoh) - Camat Cibatu Asep Saepudin mempertemukan warga dan pengelola "
                        "PT Garut Agro di kantor kecamatan, Selasa (20/8).", PUB), "CONSULT")
    assert codes(e.actor) == {("IDN", "GOV")} and e.cameo == "045"
    assert ("IDN", "CVL") in codes(e.recipient)


def test_a_noun_that_points_back_frames_no_content():
    e = only(warta.code("Jayapura (Warta Contoh) - Menanggapi ancaman itu, Pemerintah Kabupaten Puncak pada "
                        "Selasa (20/8) malam meminta seluruh maskapai menghentikan penerbangan ke Ilaga.", PUB),
             "REQUEST")
    assert codes(e.actor) == {("IDN", "GOV")} and codes(e.recipient) == {("IDN", "BUS")}


def test_two_deeds_done_two_ways_are_two_events():
    events = warta.code("Jayapura (Warta Contoh) - Kelompok Kriminal Bersenjata menembaki sebuah helikopter di "
                        "Ilaga, Senin (19/8). Beberapa jam kemudian, kelompok yang sama membakar dua rumah guru.", PUB)
    assert len([e for e in events if e.type == "ASSAULT"]) == 2


def test_a_victim_told_after_the_attack_joins_it():
    events = warta.code("Jayapura (Warta Contoh) - Sebuah helikopter ditembaki oleh Kelompok Kriminal Bersenjata "
                        "di Ilaga, Senin (19/8). Pilotnya, seorang warga negara Australia, terluka di lengan.", PUB)
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and ("AUS", "CVL") in codes(attacks[0].recipient)


def test_two_demands_to_different_bodies_at_home_stay_two():
    events = warta.code("Jayapura (Warta Contoh) - Pemerintah Kabupaten Puncak meminta seluruh maskapai menghentikan "
                        "penerbangan, Selasa (20/8). Bupati Puncak Willem Wandik juga mendesak Polda Papua Tengah "
                        "menambah personel.", PUB)
    asked = {frozenset(codes(e.recipient)) for e in events if e.type == "REQUEST"}
    assert {frozenset({("IDN", "BUS")}), frozenset({("IDN", "COP")})} <= asked


def test_a_hope_addressed_to_a_body_is_a_request_and_holds_its_content():
    events = warta.code("Sigli (Warta Contoh) - Bupati Pidie Sarjani Abdullah berharap pemerintah pusat mengambil "
                        "alih penanganan pengungsi di Aceh.", PUB)
    e = only(events, "REQUEST")
    assert codes(e.actor) == {("IDN", "GOV")} and codes(e.recipient) == {("IDN", "GOV")}
    assert not [x for x in events if x.type == "COERCE"]


def test_pushing_a_boat_back_out_is_a_deportation():
    e = only(warta.code("Sigli (Warta Contoh) - Warga pesisir mendorong kembali kapal pengungsi itu ke tengah laut, "
                        "Senin (19/8).", PUB), "COERCE")
    assert e.mode == "deport" and codes(e.actor) == {("IDN", "CVL")}


def test_a_condition_rejected_answers_the_one_who_set_it():
    events = warta.code("Kyiv (Warta Contoh) - Juru bicara Kremlin Dmitry Peskov menegaskan Moskow tidak akan "
                        "menyetujui gencatan senjata sebelum Kyiv menarik pasukannya. Syarat itu ditolak oleh Kyiv.",
                        PUB)
    answer = [e for e in events if e.type == "REJECT" and codes(e.actor) == {("UKR", "GOV")}]
    assert answer and codes(answer[0].recipient) == {("RUS", "GOV")}


def test_tariffs_and_export_curbs_are_sanctions_and_lifting_a_curb_is_not():
    events = warta.code("Beijing (Warta Contoh) - Pemerintah Amerika Serikat memberlakukan tarif tambahan atas impor "
                        "baja asal China, Senin (19/8). Sehari kemudian, Kementerian Perdagangan China mengumumkan "
                        "pembatasan ekspor galium ke AS.", PUB)
    sides = {(frozenset(codes(e.actor)), frozenset(codes(e.recipient))) for e in events if e.type == "SANCTION"}
    assert (frozenset({("USA", "GOV")}), frozenset({("CHN", "GOV")})) in sides
    assert (frozenset({("CHN", "GOV")}), frozenset({("USA", "GOV")})) in sides
    lifted = warta.code("Malaysia akhirnya mencabut pembatasan ekspor bagi perusahaan Singapura.", PUB)
    assert not [e for e in lifted if e.type == "SANCTION"]


def test_who_answers_a_threat_did_not_make_it():
    events = warta.code("Beijing (Warta Contoh) - Presiden AS Donald Trump mengancam akan menggandakan tarif, Selasa "
                        "(20/8). Ancaman itu ditanggapi dingin oleh Beijing.", PUB)
    assert not [e for e in events if e.type == "THREATEN" and ("CHN", "GOV") in codes(e.actor)]


def test_subject_before_places_and_a_relative_clause_and_the_day_beats_a_since():
    e = only(warta.code("Pangkalpinang (Warta Contoh) - Ratusan petani dari Kecamatan Kelapa, Kabupaten Bangka Barat, "
                        "yang sejak Maret lalu resah dengan tambang itu, menggelar unjuk rasa di depan kantor bupati, "
                        "Senin (19/8).", PUB), "PROTEST")
    assert codes(e.actor) == {("IDN", "CVL")}
    assert e.date == "2024-08-19"


def test_subject_before_a_phrase_of_place_or_time_in_commas():
    e = only(warta.code("Jakarta (Warta Contoh) - Para menteri luar negeri ASEAN, dalam pertemuan yang digelar di "
                        "Kuala Lumpur, Selasa (20/8), menyepakati pernyataan bersama soal Myanmar.", PUB), "AGREE")
    assert codes(e.actor) == {("IGO", "GOV")} and e.date == "2024-08-20"


def test_an_arrest_told_without_a_doer_after_police_action_is_that_forces():
    events = warta.code("Garut (Warta Contoh) - Aparat Polres Garut membubarkan blokade jalan itu, Senin (19/8). "
                        "Sebelas warga, termasuk koordinator aksi, ditangkap dan dibawa ke markas polres.", PUB)
    arrest = [e for e in events if e.type == "COERCE" and e.mode == "arrest"]
    assert arrest and codes(arrest[0].actor) == {("IDN", "COP")} and codes(arrest[0].recipient) == {("IDN", "CVL")}


def test_an_opening_place_scopes_over_the_sentence():
    e = only(warta.code("Abuja (Warta Contoh) - Di Niamey, ribuan pendukung junta berunjuk rasa di depan Kedutaan "
                        "Besar Prancis, Jumat (16/8).", PUB), "PROTEST")
    assert e.location is not None and e.location.country == "NER"


def test_a_month_in_a_demand_is_no_day_for_the_speakers_other_statements():
    events = warta.code("Jakarta (Warta Contoh) - Anggota Komisi VI dari Fraksi Partai Golkar, Nurhayati Lubis, "
                        "mendesak Kementerian Perdagangan menunda impor gula hingga panen tebu berakhir pada "
                        "September.", PUB)
    e = only(events, "REQUEST")
    assert codes(e.actor) == {("IDN", "LEG")}
    assert e.date != "2023-09-01" and e.date != "2024-09-01"


def test_the_force_that_announces_an_arrest_made_it():
    e = only(warta.code("Denpasar (Warta Contoh) - Polda Bali mengumumkan penangkapan seorang warga negara Jerman di "
                        "Kuta, Selasa (20/8) malam.", PUB), "COERCE")
    assert codes(e.actor) == {("IDN", "COP")} and codes(e.recipient) == {("DEU", "CVL")}


def test_a_denial_of_a_version_answers_whoever_told_it():
    events = warta.code("New Delhi (Warta Contoh) - India menuduh pasukan China melintasi garis kontrol, Rabu "
                        "(21/8). Beijing membantah versi tersebut.", PUB)
    e = only(events, "REJECT")
    assert codes(e.actor) == {("CHN", "GOV")} and ("IND", "GOV") in codes(e.recipient)


def test_an_officer_of_an_unknown_civil_body_at_home_is_of_the_home_country():
    e = only(warta.code("Palembang (Warta Contoh) - Koordinator Forum Pemantau Anggaran Daerah (Fopad), Rudi Hartono, "
                        "mendesak Kejati Sumsel menelusuri aliran dana proyek itu.", PUB), "REQUEST")
    assert codes(e.actor) == {("IDN", "NGO")}


def test_police_dispersing_the_crowd_act_on_the_protesters():
    events = warta.code("Pangkalpinang (Warta Contoh) - Ratusan nelayan berunjuk rasa di pelabuhan, Senin (19/8). "
                        "Menjelang siang, aparat Polres Bangka Barat membubarkan kerumunan itu.", PUB)
    e = [x for x in events if x.type == "COERCE"]
    assert e and codes(e[0].recipient) == {("IDN", "CVL")}


def test_a_journey_to_meet_someone_named_right_after_the_verb():
    e = only(warta.code("Jakarta (Warta Contoh) - Dari Brasilia, Prabowo dijadwalkan bertolak ke Mexico City pada "
                        "Jumat (23/8) untuk bertemu Presiden Meksiko Claudia Sheinbaum.", PUB), "CONSULT")
    assert codes(e.actor) == {("IDN", "GOV")} and codes(e.recipient) == {("MEX", "GOV")}
    assert e.modality == "future"


def test_an_officer_named_by_a_possessive_title_belongs_to_the_body_just_named():
    events = warta.code("Makassar (Warta Contoh) - Langkah kejaksaan itu diapresiasi oleh Forum Pemantau Anggaran "
                        "(Forpa) Sulawesi Selatan. Koordinatornya, Nurhayati Saleh, mendesak penyidik menelusuri "
                        "aliran dana proyek itu.", PUB)
    e = only(events, "REQUEST")
    assert codes(e.actor) == {("IDN", "NGO")}
    union = warta.code("Palu (Warta Contoh) - Serikat Pekerja Nikel Morowali mengecam keras tindakan aparat. Ketuanya, "
                       "Ramli Lasabuda, mendesak Polda Sulteng membebaskan 14 pekerja.", PUB)
    assert codes(only(union, "REQUEST").actor) == {("IDN", "LAB")}


def test_grilled_by_legislators_past_a_quantity_word():
    e = only(warta.code("Jakarta (Warta Contoh) - Menteri Perdagangan Budi Santoso dicecar sejumlah anggota Komisi VI "
                        "DPR dalam rapat kerja, Selasa (20/8).", PUB), "ACCUSE")
    assert codes(e.actor) == {("IDN", "LEG")} and codes(e.recipient) == {("IDN", "GOV")}


def test_receiving_a_delegation_is_hosting_a_visit():
    e = only(warta.code("Jakarta (Warta Contoh) - Ketua DPR Puan Maharani menerima delegasi parlemen Jepang di "
                        "Senayan, Selasa (20/8).", PUB), "CONSULT")
    assert codes(e.actor) | codes(e.recipient) >= {("IDN", "LEG")}


def test_officials_of_a_bloc_meeting_among_themselves_make_a_whole_meeting():
    e = only(warta.code("Manila (Warta Contoh) - Para menteri luar negeri negara anggota ASEAN menggelar pertemuan "
                        "tertutup di Manila, Kamis (22/8).", PUB), "CONSULT")
    assert codes(e.actor) == {("IGO", "GOV")} and e.confidence >= 0.7
    loose = warta.code("Jakarta (Warta Contoh) - Sejumlah negara mitra menggelar pertemuan di Bali, Kamis (22/8).", PUB)
    assert not [x for x in loose if x.confidence >= 0.7]


def test_the_day_a_sentence_passes_on_is_its_main_clauses_not_a_relative_clauses():
    events = warta.code("Brasilia (Warta Contoh) - Presiden Prabowo, yang tiba di Brasilia pada Senin (19/8) malam, "
                        "disambut Presiden Lula di Istana Planalto, Selasa (20/8). Keduanya kemudian menggelar "
                        "pertemuan bilateral.", PUB)
    e = only(events, "CONSULT")
    assert e.date == "2024-08-20"


@pytest.mark.parametrize("text", [
    # ``hasil tangkapan``: a catch of fish, not an arrest
    "Pangkalpinang (Warta Contoh) - Ketua kelompok nelayan mengatakan hasil tangkapan nelayan anjlok 70 persen "
    "sejak Maret.",
    # ``terpaksa``: officers who had to act coerced no one by saying so
    "Palu (Warta Contoh) - Kabid Humas Polda Sulteng Kombes Pol Dedi Kurniawan mengatakan petugas terpaksa "
    "bertindak karena massa menolak membuka jalan.",
    # a second verb joined to a future threat's content is content too
    "Pangkalpinang (Warta Contoh) - Forum Nelayan Teluk Limau mengancam akan mengerahkan massa yang lebih besar "
    "dan memblokade jalur kapal isap apabila tuntutan mereka tidak dipenuhi.",
], ids=["a-catch-of-fish", "had-to-act", "threatened-blockade"])
def test_no_coercion_where_none_was_done(text):
    assert not [e for e in warta.code(text, PUB) if e.type == "COERCE"]


def test_review_cases_for_this_sessions_rules():
    # a date after 'hingga' that a comma has closed off is still the act's own
    shot = only(warta.code("Jakarta (Warta Contoh) - Polisi menembaki para demonstran di depan gedung DPR hingga tiga "
                           "orang terluka, Senin (19/8).", PUB), "ASSAULT")
    assert shot.date == "2024-08-19"
    # an antecedent that carries its acronym before the relative clause
    kpk = only(warta.code("Jakarta (Warta Contoh) - Komisi Pemberantasan Korupsi (KPK), yang sejak pagi menggeledah "
                          "kantor itu, menuding bupati menerima suap, Senin (19/8).", PUB), "ACCUSE")
    assert codes(kpk.actor) == {("IDN", "JUD")}
    # a force after the noun is the arrester, not the one arrested
    caught = warta.code("Jakarta (Warta Contoh) - Kejaksaan Agung mengumumkan penangkapan polisi Malaysia terhadap "
                        "buronan itu di Johor, Senin (19/8).", PUB)
    assert not [e for e in caught if e.type == "COERCE" and ("IDN", "JUD") in codes(e.actor)]
    # a sentence may open with the noun that names a body again
    burnt = warta.code("Jayapura (Warta Contoh) - Kelompok Kriminal Bersenjata menembaki pos polisi, Senin (19/8). "
                       "Kelompok tersebut juga membakar dua rumah guru.", PUB)
    assert len([e for e in burnt if e.type == "ASSAULT" and codes(e.actor) == {("IDN", "REB")}]) == 2


def test_a_home_office_named_alone_is_its_holder():
    e = only(warta.code("Pangkalpinang (Warta Contoh) - Walhi mendesak Kapolda membebaskan sebelas nelayan yang "
                        "ditahan, Selasa (20/8).", PUB), "REQUEST")
    assert codes(e.recipient) == {("IDN", "COP")}


def test_a_civil_coalitions_lawsuit_and_a_factions_walkout():
    sued = only(warta.code("Jakarta (Warta Contoh) - Koalisi Masyarakat Sipil untuk Keadilan Agraria mendaftarkan "
                           "gugatan terhadap Menteri Pertanian ke PTUN Jakarta, Selasa (20/8).", PUB), "ACCUSE")
    assert codes(sued.actor) == {("IDN", "NGO")} and codes(sued.recipient) == {("IDN", "GOV")}
    walked = only(warta.code("Jakarta (Warta Contoh) - Rapat diskors setelah lima anggota Fraksi PKB meninggalkan "
                             "ruangan sebagai bentuk protes, Selasa (20/8).", PUB), "PROTEST")
    assert codes(walked.actor) == {("IDN", "LEG")}


def test_the_day_in_a_describing_relative_clause_dates_the_sentence():
    events = warta.code("Praya (Warta Contoh) - Warga menuntut Kepala Desa Lalu Hamzan Wadi mundur, Senin (19/8). "
                        "Menurut warga, dana desa diselewengkan. Hamzan, yang ditemui di rumahnya pada Selasa sore, "
                        "membantah seluruh tudingan itu.", PUB)
    assert only(events, "REJECT").date == "2024-08-20"


def test_a_relative_clause_after_a_predicate_does_not_date_the_next_predicate():
    events = warta.code("Cebu (Warta Contoh) - Menteri Pertahanan Malaysia mengecam serangan udara militer Myanmar "
                        "terhadap sebuah pasar yang, menurut laporan PBB, menewaskan 40 warga pada awal Agustus, dan "
                        "mendesak junta menghentikan operasi udara. Pernyataan itu disampaikan di Cebu, Selasa (20/8).",
                        PUB)
    asked = only(events, "REQUEST")
    assert asked.date != "2024-08-01"
    assert codes(asked.recipient) == {("MMR", "MIL")}  # ``junta``: the military named just before


def test_attending_a_bodys_summit_meets_that_body():
    e = only(warta.code("Jakarta (Warta Contoh) - Presiden Prabowo Subianto dijadwalkan menghadiri KTT ASEAN di "
                        "Manila pada Mei mendatang, kata Sugiono.", PUB), "CONSULT")
    assert codes(e.actor) == {("IDN", "GOV")} and codes(e.recipient) == {("IGO", "GOV")}
    assert e.modality == "future"


def test_a_month_told_in_passing_is_no_context_once_a_day_was_told():
    events = warta.code("Jakarta (Warta Contoh) - Anggota Komisi VI DPR Nurhayati Lubis mengecam kebijakan impor gula, "
                        "Selasa (20/8). Ia mendesak pemerintah menunda impor hingga panen berakhir pada Oktober, "
                        "sekaligus meminta BPK mengaudit izin impor. Menteri Perdagangan Budi Santoso menolak "
                        "kritik itu.", PUB)
    rejected = only(events, "REJECT")
    assert rejected.date in (None, "2024-08-20")


def test_a_month_in_an_until_clause_dates_neither_demand_and_two_bodies_asked_are_two_requests():
    events = warta.code("Jakarta (Warta Contoh) - Menteri Perdagangan Budi Santoso dicecar anggota Komisi VI DPR, "
                        "Selasa (20/8). Wakil Ketua Komisi VI, Nurhayati Lubis, mendesak Kementerian Perdagangan "
                        "menunda realisasi impor hingga musim giling berakhir pada September, sekaligus meminta BPK "
                        "mengaudit izin impor tersebut. Menanggapi kritik itu, Budi menegaskan bahwa impor diputuskan "
                        "dalam rapat koordinasi. Ia menolak anggapan bahwa pemerintah mengabaikan petani.", PUB)
    asked = [e for e in events if e.type == "REQUEST"]
    assert len(asked) == 2 and {e.date for e in asked} == {"2024-08-20"}
    assert only(events, "REJECT").date == "2024-08-20"


def test_a_title_pointed_back_to_is_its_holder():
    general = warta.code("Cebu (Warta Contoh) - Wakil Menteri Pertahanan Myanmar Letnan Jenderal Kyaw Zin Htet menepis "
                         "kecaman itu, Selasa (20/8). Jenderal tersebut menuding kelompok teroris berada di balik "
                         "kekerasan di Sagaing.", PUB)
    assert [e for e in general if e.type == "ACCUSE" and codes(e.actor) == {("MMR", "GOV")}]
    minister = warta.code("Jakarta (Warta Contoh) - Menteri Perdagangan Budi Santoso dicecar anggota Komisi VI DPR, "
                          "Selasa (20/8). Sang menteri menolak kritik itu.", PUB)
    assert codes(only(minister, "REJECT").actor) == {("IDN", "GOV")}


@pytest.mark.parametrize("text, type_, actor", [
    ("Jakarta (Warta Contoh) - Program Pangan Dunia (WFP) berencana mengirim kapal berisi 25.000 ton gandum ke Yaman "
     "pekan ini.", "AID", ("UNO", "GOV")),
    ("Jakarta (Warta Contoh) - Jepang dijadwalkan mengirim tim medis ke Nepal pada akhir pekan ini.", "AID",
     ("JPN", "GOV")),
    ("Jakarta (Warta Contoh) - India menjadi negara pertama yang mengulurkan tangan kepada Nepal.", "AID",
     ("IND", "GOV")),
    ("Palu (Warta Contoh) - Polda Sulteng menambah 300 personel Brimob untuk berjaga di kawasan industri itu, "
     "Selasa (20/8).", "MOBILIZE", ("IDN", "COP")),
    ("Palu (Warta Contoh) - Manajemen PT Sinar Nikel menegaskan tidak akan mencabut keputusan PHK terhadap 300 "
     "pekerja, Selasa (20/8).", "REJECT", ("IDN", "BUS")),
])
def test_relief_reinforcements_and_a_decision_kept(text, type_, actor):
    e = only(warta.code(text, PUB), type_)
    assert actor in codes(e.actor)


def test_named_forces_moved_with_no_one_named_moving_them_are_the_side_that_moves():
    e = only(warta.code("Jayapura (Warta Contoh) - Sebanyak 300 personel Brimob diterjunkan ke Intan Jaya, Selasa "
                        "(20/8).", PUB), "MOBILIZE")
    assert codes(e.actor) == {("IDN", "COP")}


def test_people_received_by_an_official_are_a_visit_and_things_received_are_not():
    e = only(warta.code("Jakarta (Warta Contoh) - Sepuluh perwakilan buruh diterima oleh Wakil Ketua DPR Sufmi Dasco "
                        "Ahmad di Gedung DPR, Selasa (20/8).", PUB), "CONSULT")
    assert codes(e.actor) | codes(e.recipient) == {("IDN", "LEG"), ("IDN", "LAB")}
    for text in ("Jakarta (Warta Contoh) - Usulan pemerintah diterima oleh DPR dalam rapat paripurna, Selasa (20/8).",
                 "Jayapura (Warta Contoh) - Melalui siaran pers yang diterima wartawan, juru bicara TPNPB mengklaim "
                 "serangan itu, Selasa (20/8)."):
        assert not [x for x in warta.code(text, PUB) if x.type == "CONSULT"]


@pytest.mark.parametrize("verb", ["menepis", "menampik"])
def test_brushing_off_a_criticism_is_a_rejection(verb):
    e = only(warta.code(f"Cebu (Warta Contoh) - Menteri Pertahanan Malaysia mengecam serangan udara militer Myanmar, "
                        f"Selasa (20/8). Wakil Menteri Pertahanan Myanmar Kyaw Zin Htet {verb} kecaman itu.", PUB),
             "REJECT")
    assert codes(e.actor) == {("MMR", "GOV")} and codes(e.recipient) == {("MYS", "GOV")}


def test_a_suspect_named_however_long_the_object_between_verb_and_sebagai():
    e = only(warta.code("Medan (Warta Contoh) - Kejaksaan Tinggi Sumatera Utara menetapkan Wali Kota Tebing Tinggi, "
                        "Sumatera Utara, Arif Nugroho sebagai tersangka korupsi dana hibah, Senin (19/8).", PUB),
             "ACCUSE")
    assert codes(e.actor) == {("IDN", "JUD")} and codes(e.recipient) == {("IDN", "GOV")}
    assert e.cameo == "1121"


def test_securing_people_is_an_arrest_and_securing_goods_is_not():
    e = only(warta.code("Bekasi (Warta Contoh) - Polisi mengamankan 12 pemuda yang terlibat tawuran, Senin (19/8).",
                        PUB), "COERCE")
    assert codes(e.actor) == {("IDN", "COP")} and codes(e.recipient) == {("IDN", "CVL")}
    events = warta.code("Bekasi (Warta Contoh) - Polisi mengamankan barang bukti berupa dua bilah parang, "
                        "Senin (19/8).", PUB)
    assert not [x for x in events if x.type == "COERCE" and x.mode == "arrest"]


def test_mereka_opening_a_sentence_is_the_side_that_acted_before():
    events = warta.code("Jambi (Warta Contoh) - Sekitar 300 personel Brimob Polda Jambi dikerahkan ke Desa Lubuk "
                        "Mandarsah, Senin (19/8). Mereka mengamankan 15 orang yang memblokade jalan desa.", PUB)
    e = only(events, "COERCE")
    assert codes(e.actor) == {("IDN", "COP")} and codes(e.recipient) == {("IDN", "CVL")}
    events = warta.code("Surabaya (Warta Contoh) - Ratusan buruh berunjuk rasa di depan kantor gubernur, "
                        "Selasa (20/8). Mereka mendesak DPRD menolak revisi aturan upah minimum.", PUB)
    e = only(events, "REQUEST")
    assert codes(e.actor) == {("IDN", "LAB")} and codes(e.recipient) == {("IDN", "LEG")}


def test_mereka_after_a_single_person_is_not_that_person():
    events = warta.code("Jakarta (Warta Contoh) - Menteri Luar Negeri Sugiono tiba di Kairo, Selasa (20/8). "
                        "Mereka mengecam serangan itu.", PUB)
    assert not [e for e in events if e.type == "ACCUSE" and ("IDN", "GOV") in codes(e.actor)]


def test_a_denial_with_no_one_named_answers_the_accusation_made_before():
    events = warta.code("Padang (Warta Contoh) - LBH Padang mengecam polisi atas penangkapan 20 petani di Pesisir "
                        "Selatan, Senin (19/8). Kapolres Pesisir Selatan AKBP Andi Wijaya membantah anggotanya "
                        "melakukan kekerasan.", PUB)
    e = only(events, "REJECT")
    assert codes(e.actor) == {("IDN", "COP")} and codes(e.recipient) == {("IDN", "NGO")}
    alone = warta.code("Padang (Warta Contoh) - Kapolres Pesisir Selatan AKBP Andi Wijaya membantah anggotanya "
                       "melakukan kekerasan, Senin (19/8).", PUB)
    assert not only(alone, "REJECT").recipient


def test_a_negation_in_an_earlier_predicate_does_not_negate_the_next():
    e = only(warta.code("Jakarta (Warta Contoh) - Ketua YLBHI Muhamad Isnur menilai polisi tidak berpihak kepada warga "
                        "dan mendesak Kapolri menarik pasukan dari lokasi, Senin (19/8).", PUB), "REQUEST")
    assert e.modality == "asserted"
    e = only(warta.code("Jakarta (Warta Contoh) - Polisi tidak menangkap dan menahan para demonstran, Senin (19/8).",
                        PUB), "COERCE")
    assert e.modality == "negated"


def test_a_body_s_branch_in_a_place_is_not_its_officer_s_first_name():
    events = warta.code("Jambi (Warta Contoh) - Direktur Eksekutif Walhi Jambi Abdullah Hasan mengecam perusahaan "
                        "sawit itu dan mendesak Kapolda Jambi mengusut pembakaran lahan, Senin (19/8).", PUB)
    e = only(events, "REQUEST")
    assert codes(e.actor) == {("IDN", "NGO")} and codes(e.recipient) == {("IDN", "COP")}
    assert "Abdullah Hasan" in e.actor[0].text


def test_ia_goes_on_about_the_body_a_titled_speaker_spoke_for():
    events = warta.code("Jayapura (Warta Contoh) - Kapolda Papua Irjen Pol Patrige Renwarin mengatakan pelaku "
                        "penembakan masih dikejar, Senin (19/8). Ketua Sinode Gereja Kristen Injili di Tanah Papua "
                        "Pendeta Andrikus Mofu meminta aparat menahan diri. Ia juga mendesak Komnas HAM menyelidiki "
                        "penembakan itu.", PUB)
    e = [x for x in events if x.type == "REQUEST" and ("IDN", "GOV") in codes(x.recipient)]
    assert e and codes(e[0].actor) == {("IDN", "REL")}


def test_a_promise_to_do_something_to_someone_is_made_to_them():
    e = only(warta.code("Morowali (Warta Contoh) - Bupati Morowali Rachmansyah Ismail berjanji mempertemukan "
                        "perwakilan buruh dan manajemen PT Sinar Nikel di kantor bupati, Selasa (20/8).", PUB), "AGREE")
    assert codes(e.actor) == {("IDN", "GOV")}
    assert ("IDN", "LAB") in codes(e.recipient)


@pytest.mark.parametrize("text, type_, actor, recipient", [
    ("Poso (Warta Contoh) - Satgas Operasi Madago Raya menangkap dua anggota kelompok bersenjata di Poso, "
     "Senin (19/8).", "COERCE", ("IDN", "COP"), None),
    ("Tashkent (Warta Contoh) - Mulai Jumat, Uzbekistan menutup seluruh pos lintas batas dengan Tajikistan.",
     "COERCE", ("UZB", "GOV"), ("TJK", "GOV")),
    ("Srinagar (Warta Contoh) - Pasukan India dan Pakistan saling tembak di Garis Kontrol, Senin (19/8).",
     "ASSAULT", ("IND", "MIL"), None),
    ("Berlin (Warta Contoh) - Kementerian Luar Negeri Jerman memanggil kuasa usaha Rusia di Berlin, Selasa (20/8).",
     "ACCUSE", ("DEU", "GOV"), ("RUS", "GOV")),
    ("Manila (Warta Contoh) - Kedutaan Besar Jepang di Manila mengumumkan bantuan darurat senilai 2 juta dolar AS "
     "untuk korban topan di Filipina, Selasa (20/8).", "AGREE", ("JPN", "GOV"), None),
])
def test_task_forces_border_closures_firefights_summons_and_announced_aid(text, type_, actor, recipient):
    e = only(warta.code(text, PUB), type_)
    assert actor in codes(e.actor) | (codes(e.recipient) if e.symmetric else set())
    if recipient is not None:
        assert recipient in codes(e.recipient)


def test_burning_a_flag_at_a_rally_is_protest_not_attack():
    events = warta.code("Jakarta (Warta Contoh) - Ratusan mahasiswa berunjuk rasa di depan Kedutaan Besar Prancis, "
                        "Jumat (16/8). Mereka membakar bendera Prancis sambil meneriakkan slogan.", PUB)
    assert only(events, "PROTEST")
    assert not [e for e in events if e.type == "ASSAULT"]


def test_a_rally_at_an_office_s_building_targets_that_office():
    e = only(warta.code("Kupang (Warta Contoh) - Ratusan guru honorer berunjuk rasa di depan kantor gubernur, "
                        "Senin (19/8).", PUB), "PROTEST")
    assert codes(e.recipient) == {("IDN", "GOV")}


def test_the_place_an_office_is_over_is_no_name_for_its_holder():
    events = warta.code("Bandung (Warta Contoh) - Gubernur Jawa Barat mengecam aksi kekerasan itu, Senin (19/8). "
                        "Barat mengecam serangan Rusia terhadap Kyiv.", PUB)
    assert not [e for e in events if e.type == "ACCUSE" and ("IDN", "GOV") in codes(e.actor)
                and ("RUS", "GOV") in codes(e.recipient)]


def test_aid_through_a_channel_goes_to_the_country_the_report_is_filed_from():
    e = only(warta.code("Manila (Warta Contoh) - Kedutaan Besar Korea Selatan di Manila mengumumkan bantuan darurat "
                        "senilai 3 juta dolar AS yang akan disalurkan melalui organisasi kemanusiaan.", PUB), "AGREE")
    assert codes(e.actor) == {("KOR", "GOV")} and codes(e.recipient) == {("PHL", "GOV")}


def test_an_act_naming_no_target_faces_the_one_side_its_actor_faces_in_the_report():
    text = ("Islamabad (Warta Contoh) - Militer Pakistan menggempur pos-pos Taliban di Provinsi Khost, Afghanistan, "
            "Senin (19/8). Pemerintah Afghanistan mengecam Pakistan atas serangan itu. Pakistan kemudian menutup "
            "perlintasan Ghulam Khan, Selasa (20/8).")
    e = only(warta.code(text, PUB), "COERCE")
    assert codes(e.actor) == {("PAK", "GOV")} and codes(e.recipient) == {("AFG", "GOV")}
    assert any("faces everywhere else" in w for w in e.explanation)
    # facing two others, nothing says which one the closure is aimed at
    text = text.replace("Pakistan kemudian", "India juga mengecam Pakistan atas uji coba rudal itu. Pakistan kemudian")
    assert not only(warta.code(text, PUB), "COERCE").recipient


def test_a_regent_named_with_his_region_in_commas_then_his_name():
    events = warta.code("Jakarta (Warta Contoh) - Kejaksaan Agung menetapkan Bupati Kolaka, Sulawesi Tenggara, Amir "
                        "Hasan Lubis sebagai tersangka, Senin (19/8). Melalui kuasa hukumnya, Dedi Kurnia, Amir "
                        "membantah telah menerima suap dari kontraktor mana pun.", PUB)
    assert "Amir Hasan Lubis" in only(events, "ACCUSE").recipient[0].text
    e = only(events, "REJECT")
    assert codes(e.actor) == {("IDN", "GOV")} and codes(e.recipient) == {("IDN", "JUD")}


def test_pihaknya_opening_a_sentence_is_the_side_of_who_spoke_before():
    events = warta.code("Jakarta (Warta Contoh) - Kejaksaan Agung menetapkan Bupati Kolaka, Sulawesi Tenggara, Amir "
                        "Hasan Lubis sebagai tersangka, Senin (19/8). Amir membantah menerima suap dari kontraktor. "
                        "Pihaknya juga berencana menggugat Kejaksaan Agung ke pengadilan.", PUB)
    assert not [m for e in events for m in e.actor if m.text == "Pihaknya" and m.sector == "BUS"]


@pytest.mark.parametrize("text, type_", [
    ("Jayapura (Warta Contoh) - TNI akan mengirim tambahan satu kompi ke Intan Jaya, Senin (19/8).", "MOBILIZE"),
    ("Mentok (Warta Contoh) - Bupati Bangka Barat Ardiansyah Putra menerima enam perwakilan nelayan di rumah "
     "dinasnya, Senin (19/8).", "CONSULT"),
])
def test_sending_a_company_and_receiving_representatives(text, type_):
    assert only(warta.code(text, PUB), type_)


def test_an_announced_firm_step_is_a_warning_made_now_and_a_step_taken_is_not():
    e = only(warta.code("Beijing (Warta Contoh) - Kementerian Perdagangan China mengecam sanksi Uni Eropa, "
                        "Senin (19/8). \"China akan mengambil langkah-langkah yang diperlukan untuk melindungi "
                        "kepentingan perusahaan China,\" kata juru bicara kementerian itu.", PUB), "THREATEN")
    assert e.modality == "asserted"
    assert codes(e.recipient) == {("EUR", "GOV")}  # not the companies it protects
    events = warta.code("Islamabad (Warta Contoh) - India menilai Pakistan belum mengambil tindakan tegas terhadap "
                        "kelompok bersenjata di wilayahnya, Senin (19/8).", PUB)
    assert not [x for x in events if x.type == "THREATEN"]
    e = only(warta.code("Tel Aviv (Warta Contoh) - Perdana Menteri Israel Benjamin Netanyahu menyatakan negaranya "
                        "tidak akan ragu bertindak sendiri terhadap Iran, Senin (19/8).", PUB), "THREATEN")
    assert e.modality == "asserted" and codes(e.recipient) == {("IRN", "GOV")}


def test_an_official_receiving_people_hosts_a_visit_and_receiving_things_is_no_meeting():
    e = only(warta.code("Jakarta (Warta Contoh) - Presiden Prabowo Subianto menerima Perdana Menteri Singapura "
                        "Lawrence Wong di Istana Merdeka, Senin (19/8).", PUB), "CONSULT")
    assert codes(e.actor) | codes(e.recipient) == {("IDN", "GOV"), ("SGP", "GOV")}
    for text in ("Jakarta (Warta Contoh) - Pemerintah Indonesia menerima bantuan dari Jepang, Senin (19/8).",
                 "Jakarta (Warta Contoh) - Kapolri menerima laporan dari Kapolda Papua, Senin (19/8)."):
        assert not [x for x in warta.code(text, PUB) if x.type == "CONSULT"]


def test_ia_after_an_opening_phrase_is_the_spokesman_who_spoke_before():
    events = warta.code("Jayapura (Warta Contoh) - Kelompok bersenjata menembak dua tukang ojek di Intan Jaya, Senin "
                        "(19/8). Juru bicara TPNPB-OPM Sebby Sambom mengklaim kelompoknya menyerang pos yang dijaga "
                        "anak buah Kapolres Intan Jaya AKBP Dwi Santoso. Dalam keterangan tertulis, ia menuding kedua "
                        "korban sebagai mata-mata aparat.", PUB)
    e = [x for x in events if x.type == "ACCUSE"]
    assert e and codes(e[0].actor) == {("IDN", "REB")}


def test_a_task_force_and_its_officers_are_coded_by_the_body_it_belongs_to():
    found = warta.code("Jayapura (Warta Contoh) - Kepala Satuan Tugas Humas Operasi Damai Cartenz AKBP Dwi Santoso "
                       "membantah tuduhan TPNPB-OPM, Senin (19/8).", PUB)
    assert {("IDN", "COP")} <= {(a.country, a.sector) for e in found for a in e.actor}


def test_a_lawyer_speaks_for_a_client_named_before_and_an_appeal_rejects_the_verdict():
    events = warta.code("Jakarta (Warta Contoh) - Pengadilan Tipikor menjatuhkan vonis lima tahun penjara kepada "
                        "mantan Gubernur Riau Annas Maamun, Senin (19/8). Menanggapi putusan itu, kuasa hukum Annas, "
                        "Dedi Kurnia, mengatakan kliennya mengajukan banding.", PUB)
    e = [x for x in events if x.type == "REJECT"]
    assert e and codes(e[0].actor) == {("IDN", "GOV")}
    # a lawyer of a client no one has named is no actor
    events = warta.code("Jakarta (Warta Contoh) - Kuasa hukum Rudy mengecam jaksa penuntut umum, Senin (19/8).", PUB)
    assert not [x for x in events if x.type == "ACCUSE"]


def test_asking_for_testimony_is_an_inquiry_not_a_demand():
    e = only(warta.code("Palu (Warta Contoh) - Komnas HAM akan mengirim tim ke Morowali pekan depan untuk meminta "
                        "keterangan para pekerja dan aparat yang terlibat dalam pembubaran itu.", PUB), "ACCUSE")
    assert e.mode == "investigate" and e.modality == "future"
    assert not [x for x in warta.code("Palu (Warta Contoh) - Komnas HAM akan mengirim tim ke Morowali pekan depan "
                                      "untuk meminta keterangan aparat.", PUB) if x.type == "REQUEST"]


def test_a_suspect_denying_answers_the_body_that_arrested_him():
    events = warta.code("Jakarta (Warta Contoh) - Penyidik Kejaksaan Agung menangkap Direktur Utama PT Sinar Nikel, "
                        "Andi Wijaya, di Jakarta, Senin (19/8). Andi membantah telah menyuap pejabat daerah.", PUB)
    e = only(events, "REJECT")
    assert codes(e.actor) == {("IDN", "BUS")} and codes(e.recipient) == {("IDN", "JUD")}


def test_workers_acting_together_are_labour_and_workers_hurt_are_civilians():
    events = warta.code("Morowali (Warta Contoh) - Ribuan pekerja PT Sinar Nikel berunjuk rasa di depan kantor "
                        "perusahaan, Senin (19/8). Polisi menangkap 14 pekerja.", PUB)
    assert codes(only(events, "PROTEST").actor) == {("IDN", "LAB")}
    assert codes(only(events, "COERCE").recipient) == {("IDN", "CVL")}


def test_the_force_s_own_hurt_are_no_target_of_its_attack():
    events = warta.code("Pekanbaru (Warta Contoh) - Polisi menembakkan gas air mata ke arah massa di Siak, "
                        "Senin (19/8). Tiga warga dan dua polisi dilaporkan terluka.", PUB)
    assert not [e for e in events if ("IDN", "COP") in codes(e.actor) and ("IDN", "COP") in codes(e.recipient)]
    assert not [w for e in events for w in e.explanation if "'polisi', hurt in it" in w]  # (nor explained as one)


def test_a_side_faced_twice_as_often_as_any_other_is_the_one_faced():
    text = ("Islamabad (Warta Contoh) - Militer Pakistan menggempur pos-pos Taliban di Provinsi Khost, Afghanistan, "
            "Senin (19/8). Pemerintah Afghanistan mengecam Pakistan atas serangan itu. Pakistan juga menuduh "
            "Afghanistan melindungi militan. India mengecam Pakistan atas uji coba rudal. Pakistan kemudian menutup "
            "perlintasan Ghulam Khan, Selasa (20/8).")
    e = only(warta.code(text, PUB), "COERCE")
    assert codes(e.recipient) == {("AFG", "GOV")}


def test_a_bare_police_or_army_prefix_at_home_is_that_home_body_and_its_forces_are_no_recipient():
    e = only(warta.code("Palu (Warta Contoh) - Kabid Humas Polda Sulteng Kombes Pol Dedi Kurniawan mengatakan situasi "
                        "aman, Senin (19/8). Ia menambahkan, Polda menambah 300 personel Brimob untuk berjaga di "
                        "kawasan industri itu.", PUB), "MOBILIZE")
    assert codes(e.actor) == {("IDN", "COP")} and not e.recipient
    # abroad a bare prefix is nothing: the home country's prefixes name home bodies
    events = warta.code("Kairo (Warta Contoh) - Polda menambah 300 personel di perbatasan, Senin (19/8).", PUB)
    assert not [x for x in events if ("IDN", "COP") in codes(x.actor)]


@pytest.mark.parametrize("text", [
    "Palu (Warta Contoh) - Hingga berita ini diturunkan, pihak perusahaan belum bersedia memberikan tanggapan.",
    "Palu (Warta Contoh) - Manajemen PT Sinar Nikel tidak bersedia berkomentar saat dihubungi, Senin (19/8).",
])
def test_being_willing_to_comment_is_no_agreement(text):
    assert not [e for e in warta.code(text, PUB) if e.type == "AGREE"]


def test_clearing_a_road_is_no_access_granted():
    events = warta.code("Hanoi (Warta Contoh) - Tentara Vietnam membuka akses jalan yang tertutup longsor di "
                        "Quang Ngai, Senin (19/8).", PUB)
    assert not [e for e in events if e.type == "RETREAT"]
    e = only(warta.code("Kairo (Warta Contoh) - Israel membuka akses bagi truk bantuan ke Gaza, Senin (19/8).", PUB),
             "RETREAT")
    assert e.mode == "access"


def test_giving_in_to_the_weather_is_no_surrender():
    events = warta.code("Semarang (Warta Contoh) - Ratusan nelayan berhenti melaut sejak Minggu. Mereka menyerah pada "
                        "ombak yang terus menerjang perahu, Senin (19/8).", PUB)
    assert not [e for e in events if e.type == "RETREAT"]
    e = only(warta.code("Poso (Warta Contoh) - Dua anggota kelompok bersenjata menyerah kepada Satgas Madago Raya, "
                        "Senin (19/8).", PUB), "RETREAT")
    assert codes(e.recipient) == {("IDN", "COP")}


def test_a_promise_naming_no_one_is_made_to_the_side_its_actor_deals_with():
    events = warta.code("Jakarta (Warta Contoh) - Wakil Ketua DPR Sufmi Dasco Ahmad menerima perwakilan buruh di "
                        "Gedung DPR, Senin (19/8). Dasco berjanji menunda pembahasan revisi undang-undang itu.", PUB)
    e = only(events, "AGREE")
    assert codes(e.actor) == {("IDN", "LEG")} and codes(e.recipient) == {("IDN", "LAB")}
    assert any("deals with everywhere else" in w for w in e.explanation)


def test_a_patrol_is_no_mobilisation_and_arms_moved_are_no_recipient():
    events = warta.code("Hanoi (Warta Contoh) - Kapal patroli India berlayar di Laut China Selatan, Senin (19/8).", PUB)
    assert not [e for e in events if e.type == "MOBILIZE"]
    e = only(warta.code("Bangkok (Warta Contoh) - Angkatan Udara Thailand mengerahkan jet tempur F-16 ke perbatasan, "
                        "Senin (19/8).", PUB), "MOBILIZE")
    assert codes(e.actor) == {("THA", "MIL")} and not e.recipient


def test_an_act_of_force_naming_no_target_does_not_face_a_side_that_only_spoke():
    events = warta.code("Pyongyang (Warta Contoh) - Korea Utara mengecam Israel atas agresinya ke Iran, Senin (19/8). "
                        "Serangan Israel itu berisiko memicu perang yang lebih luas, kata juru bicara itu.", PUB)
    assert not [e for e in events if e.type == "ASSAULT" and ("PRK", "GOV") in codes(e.recipient)]


def test_a_state_claiming_its_own_forces_deed_reports_it_and_capturing_ground_is_fighting():
    events = warta.code("Kyiv (Warta Contoh) - Kementerian Pertahanan Rusia mengklaim pasukannya telah merebut desa "
                        "Pishchane di wilayah Kharkiv, Senin (19/8).", PUB)
    assert not [e for e in events if e.type == "ACCUSE"]
    e = only(events, "ASSAULT")
    assert codes(e.actor) == {("RUS", "MIL")} and e.attribution
    assert not [e for e in warta.code("Jakarta (Warta Contoh) - Partai itu merebut kursi terbanyak di DPRD, "
                                      "Senin (19/8).", PUB) if e.type == "ASSAULT"]


def test_a_blockade_is_aimed_at_the_body_whose_site_it_blocks():
    e = only(warta.code("Morowali (Warta Contoh) - Ratusan warga Desa Bahomakmur memblokade jalan masuk kawasan "
                        "tambang PT Sinar Nikel, Senin (19/8).", PUB), "PROTEST")
    assert codes(e.actor) == {("IDN", "CVL")} and codes(e.recipient) == {("IDN", "BUS")}


def test_a_report_attributed_to_a_pronoun_names_who_it_is():
    e = only(warta.code("Palu (Warta Contoh) - Kabid Humas Polda Sulteng Kombes Pol Dedi Kurniawan mengatakan situasi "
                        "aman, Senin (19/8). Ia menambahkan, Polda menambah 300 personel Brimob di kawasan itu.", PUB),
             "MOBILIZE")
    assert e.attribution and "Dedi Kurniawan" in e.attribution


def test_what_a_speaker_says_ends_where_sementara_hands_over_to_another_speaker():
    events = warta.code("Moskwa (Warta Contoh) - Juru bicara Kremlin Dmitry Peskov menyebut tudingan Berlin \"tidak "
                        "berdasar\", sementara juru bicara Kementerian Luar Negeri Rusia Maria Zakharova "
                        "memperingatkan bahwa Rusia akan membalas pengusiran itu, Senin (19/8).", PUB)
    assert only(events, "THREATEN")


def test_barring_a_village_office_is_a_blockade_aimed_at_the_village_government():
    events = warta.code("Praya (Warta Contoh) - Pintu Kantor Desa Sukadana dipalang dengan bambu oleh ratusan warga, "
                        "Rabu (14/8). Palang Merah Indonesia mengirim relawan ke lokasi.", PUB)
    e = only(events, "PROTEST")
    assert e.mode == "obstruct" and codes(e.actor) == {("IDN", "CVL")} and codes(e.recipient) == {("IDN", "GOV")}
    assert len([x for x in events if x.type == "PROTEST"]) == 1  # (the Red Cross bars nothing)
