"""Near-duplicate detection: MinHash over 5-shingles of the body without dateline and trailers."""

from __future__ import annotations

from datetime import date

from warta import dedup
from warta.store import Store
from warta.types import Article

BODY = (
    "Menteri Perdagangan Budi Santoso menerima kunjungan Menteri Perdagangan Vietnam di Jakarta, Rabu (5/3), "
    "untuk membahas kuota impor beras dan rencana perjanjian perdagangan bebas kedua negara.\n"
    "Kedua menteri juga menyinggung hambatan nontarif yang selama ini dikeluhkan para eksportir kopi dan "
    "produk perikanan dari kedua belah pihak.\n"
    "Pemerintah berharap nilai perdagangan bilateral dapat mencapai 20 miliar dolar AS dalam tiga tahun ke depan."
)
ORIGINAL = Article("warta-1", f"Jakarta (Kabar Nusantara) - {BODY}\nEditor: Rina Marlina", date(2025, 3, 6),
                   title="Indonesia dan Vietnam Bahas Kuota Beras", outlet="Kabar Nusantara")
COPY = Article("portal-9", f"Jakarta (Portal Harian) - {BODY}\nBaca juga: Harga cabai turun di pasar induk\n"
               "Pewarta: Dodi Saputra", date(2025, 3, 6), title="RI-Vietnam Sepakati Pembahasan Beras",
               outlet="Portal Harian")
REWRITE = Article("suara-2", (
    "Indonesia dan Vietnam kembali membicarakan kuota beras. Dalam pertemuan di ibu kota pada hari Rabu, menteri "
    "perdagangan kedua negara menilai hambatan nontarif masih merugikan eksportir. Target perdagangan bilateral "
    "ditetapkan 20 miliar dolar AS."), date(2025, 3, 6), outlet="Suara Timur")
TRANSLATION = Article("eng-1", (
    "Trade Minister Budi Santoso received Vietnam's trade minister in Jakarta on Wednesday to discuss rice import "
    "quotas and a planned free trade agreement between the two countries."), date(2025, 3, 6), lang="en",
    outlet="Jakarta Globe")


def test_normalise_drops_dateline_and_trailers() -> None:
    text = dedup.normalise_text(ORIGINAL)
    assert text.startswith("menteri perdagangan budi santoso")
    assert "kabar" not in text and "editor" not in text and "rina" not in text
    assert dedup.normalise_text(COPY) == text


def test_shingles() -> None:
    assert dedup.shingles("a b c d e f") == {"a b c d e", "b c d e f"}
    assert dedup.shingles("a b") == {"a b"}
    assert dedup.shingles("") == set()


def test_signature_round_trip_and_similarity() -> None:
    sig = dedup.article_signature(ORIGINAL)
    assert len(sig) == dedup.NUM_PERM
    assert (dedup.from_bytes(dedup.to_bytes(sig)) == sig).all()
    assert dedup.similarity(sig, dedup.article_signature(COPY)) >= 0.95
    assert dedup.similarity(sig, dedup.article_signature(REWRITE)) < dedup.THRESHOLD
    assert dedup.similarity(sig, dedup.article_signature(TRANSLATION)) < 0.1


def test_near_copy_with_edited_sentence_is_still_a_duplicate() -> None:
    edited = Article("x", BODY.replace("Pemerintah berharap", "Kementerian optimistis"), date(2025, 3, 7))
    assert dedup.similarity(dedup.article_signature(ORIGINAL), dedup.article_signature(edited)) >= dedup.THRESHOLD


def test_provenance() -> None:
    assert dedup.provenance(ORIGINAL).source == "Kabar Nusantara"
    assert dedup.provenance(COPY).dateline_outlet == "Portal Harian"
    translated = Article("t", "Gaza (Warta Contoh) - Serangan udara menghantam kamp pengungsi.\nSumber : Anadolu",
                         date(2025, 1, 1), outlet="Warta Contoh")
    prov = dedup.provenance(translated)
    assert (prov.source, prov.attributed) == ("Anadolu", "Anadolu")
    assert dedup.provenance(Article("u", "Teks tanpa apa-apa.", date(2025, 1, 1),
                                    url="https://www.kompas.com/a/1")).source == "www.kompas.com"
    assert dedup.source_key("KOMPAS.com") == dedup.source_key("Kompas") == dedup.source_key("kompas.id") == "kompas"


def test_store_clusters_copies_not_rewrites_or_translations() -> None:
    with Store() as s:
        for art in (COPY, ORIGINAL, REWRITE, TRANSLATION):
            assert s.add(art, [])
        assert s.last_added is not None and s.last_added.duplicates == []
        (cluster,) = s.duplicate_clusters()
        # the canonical member is the earliest published; same day -> the smaller id
        assert cluster["canonical"] == "portal-9"
        assert [m["id"] for m in cluster["members"]] == ["portal-9", "warta-1"]
        assert cluster["members"][1]["similarity"] >= 0.95
        later = Article("earlier", ORIGINAL.text + "\nFoto: Antara", date(2025, 3, 5), outlet="Lain")
        assert s.add(later, [])
        assert s.last_added.cluster == "earlier" and {d for d, _ in s.last_added.duplicates} == {"warta-1", "portal-9"}
        (cluster,) = s.duplicate_clusters()
        assert cluster["canonical"] == "earlier" and len(cluster["members"]) == 3
        rows = dict(s.con.execute("SELECT id, dup_cluster FROM articles").fetchall())
        assert rows == {"portal-9": "earlier", "warta-1": "earlier", "earlier": "earlier", "suara-2": "suara-2",
                        "eng-1": "eng-1"}
        before = s.duplicate_clusters()
        s.rebuild(resign=True)
        assert s.duplicate_clusters() == before


def test_failed_add_leaves_no_index_rows(monkeypatch) -> None:
    with Store() as s:
        assert s.add(ORIGINAL, [])

        def boom(self, new, reclustered=()):
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(Store, "_aggregate_batch", boom)
        try:
            s.add(COPY, [])
        except RuntimeError:
            pass
        assert s.con.execute("SELECT count(DISTINCT article_id) FROM article_bands").fetchone()[0] == 1
        assert s.con.execute("SELECT count(*) FROM article_links").fetchone()[0] == 0
