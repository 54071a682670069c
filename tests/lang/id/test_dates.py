"""Indonesian date expressions: found, placed and resolved against the publication date.

Every sentence here was written for this test. Expected values are compact strings:
``2024-08-20`` (a day), ``2024-08-15/2024-08-16`` (a span of days),
``2024-08-01/2024-08-31 month`` (a span with its precision), ``ANA`` (anaphoric).
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from warta.lang.id.dates import find_dates

WED = date(2024, 8, 21)  # Rabu 21 Agustus 2024: the default publication date
JAN = date(2025, 1, 8)  # Rabu 8 Januari 2025: year roll-over
SUN = date(2024, 8, 25)  # Minggu 25 Agustus 2024
MON = date(2024, 8, 19)  # Senin 19 Agustus 2024
DEC = date(2024, 12, 30)  # Senin 30 Desember 2024


def _expect(spec: str) -> tuple[date, date | None, str, bool]:
    if spec == "ANA":
        return None, None, "day", True  # type: ignore[return-value]
    parts = spec.split()
    precision = parts[1] if len(parts) > 1 else "day"
    if "/" in parts[0]:
        a, b = parts[0].split("/")
        return date.fromisoformat(a), date.fromisoformat(b), precision, False
    return date.fromisoformat(parts[0]), None, precision, False


CASES: list[tuple[date, str, list[str]]] = [
    # --- weekdays, bare, with pada / hari ---------------------------------------------
    (WED, "Presiden menerima Perdana Menteri Malaysia di Istana Merdeka, Selasa.", ["2024-08-20"]),
    (WED, "Ribuan buruh berdemonstrasi di depan gedung DPR pada Senin.", ["2024-08-19"]),
    (WED, "Menteri Luar Negeri bertolak ke Kairo hari Jumat.", ["2024-08-16"]),
    (WED, "Pada Minggu, kelompok bersenjata menyerang pos polisi di Intan Jaya.", ["2024-08-18"]),
    (WED, "Rapat kabinet paripurna digelar hari ini, Rabu, di Istana Bogor.", ["2024-08-21", "2024-08-21"]),
    (WED, "Pasukan perdamaian tiba di Beirut pada Rabu.", ["2024-08-21"]),
    (WED, "Polisi membubarkan aksi mahasiswa pada Kamis malam.", ["2024-08-15"]),
    (WED, "Gubernur meninjau lokasi banjir pada Sabtu pagi.", ["2024-08-17"]),
    (WED, "Warga Gaza kembali diserang pada Ahad.", ["2024-08-18"]),
    (WED, "Usai salat Jumat, massa bergerak menuju Kedutaan Besar AS.", ["2024-08-16"]),
    (WED, "Kementerian Pertahanan mengumumkan hasil latihan itu pada hari Senin lalu.", ["2024-08-19"]),
    (WED, "KPK memeriksa seorang bupati pada Jum'at.", ["2024-08-16"]),
    (WED, "Presiden, Selasa, mengatakan pemerintah akan menambah anggaran pertahanan.", ["2024-08-20"]),
    (WED, "Menteri itu pada Senin mengatakan bahwa kementeriannya akan memangkas subsidi.", ["2024-08-19"]),
    (WED, "Harga beras akan turun, kata Menteri Perdagangan pada Selasa.", ["2024-08-20"]),
    (WED, "Aksi serupa berlangsung di Medan dan Makassar pada Sabtu dan Minggu.", ["2024-08-17", "2024-08-18"]),
    # --- weekdays with depan / mendatang / lalu / future context -------------------------
    (WED, "Kedua menteri dijadwalkan bertemu di Tokyo Senin depan.", ["2024-08-26"]),
    (WED, "Sidang putusan akan digelar Kamis mendatang.", ["2024-08-22"]),
    (WED, "Presiden akan berkunjung ke Papua Nugini pada Jumat.", ["2024-08-23"]),
    (WED, "Rencananya, Menteri Luar Negeri akan tiba di Kairo pada Sabtu.", ["2024-08-24"]),
    (WED, "Pada Kamis, delegasi Indonesia akan menandatangani nota kesepahaman itu.", ["2024-08-22"]),
    (WED, "Jumat lalu, aparat menangkap lima tersangka.", ["2024-08-16"]),
    (WED, "Rabu lalu, kedua pemimpin berbicara lewat telepon.", ["2024-08-14"]),
    (WED, "Rabu depan, parlemen akan memungut suara atas RUU itu.", ["2024-08-28"]),
    (WED, "Demonstrasi itu pecah Jumat kemarin di depan Istana.", ["2024-08-16"]),
    (WED, "Jumat pekan lalu, Presiden melantik kepala daerah baru.", ["2024-08-16"]),
    (WED, "Rapat lanjutan dijadwalkan Senin pekan depan.", ["2024-08-26"]),
    (WED, "Menteri akan kembali ke Jakarta Rabu depan.", ["2024-08-28"]),
    (WED, "Kapal itu berlabuh Selasa yang lalu.", ["2024-08-20"]),
    (WED, "Kunjungan itu berlangsung hari Minggu lalu.", ["2024-08-18"]),
    (WED, "Polisi menangkap pelaku Sabtu dini hari.", ["2024-08-17"]),
    (WED, "Bentrokan terjadi Senin sekitar pukul 14.00 WIB.", ["2024-08-19"]),
    # --- weekday with a parenthesised date --------------------------------------------
    (WED, "Presiden Joko Widodo, Selasa (20/8), meresmikan bendungan di Sulawesi.", ["2024-08-20"]),
    (WED, "Kedua negara menandatangani perjanjian dagang di Canberra, Jumat (16/8/2024).", ["2024-08-16"]),
    (WED, "Kepolisian menggelar konferensi pers (19/8) di Polda Metro Jaya.", ["2024-08-19"]),
    (WED, "Perundingan dilanjutkan di Doha, Kamis (22/8), kata seorang diplomat.", ["2024-08-22"]),
    (WED, "KPU akan menetapkan hasil rekapitulasi pada Jumat (23/8).", ["2024-08-23"]),
    (WED, "Sidang dibuka Senin (19/8) pukul 09.00 WIB di Pengadilan Negeri Jakarta Pusat.", ["2024-08-19"]),
    (WED, "Ledakan terdengar Minggu (18/8) malam di pinggiran Damaskus.", ["2024-08-18"]),
    (WED, "Menteri Luar Negeri bertemu mitranya dari Mesir pada Sabtu ( 17/8 ).", ["2024-08-17"]),
    (WED, "Pertemuan itu berlangsung Jumat (6/6/2025) menurut undangan resmi.", ["2025-06-06"]),
    (WED, "Dokumen itu ditandatangani (7/6/2025) oleh kedua pihak.", ["2025-06-07"]),
    (WED, "Rapat digelar Senin, 19 Agustus 2024, di Gedung Nusantara.", ["2024-08-19"]),
    (WED, "Upacara berlangsung Sabtu 17 Agustus di Ibu Kota Nusantara.", ["2024-08-17"]),
    (WED, "Aksi itu berlangsung Senin (19/8) hingga Rabu (21/8).", ["2024-08-19/2024-08-21"]),
    (JAN, "Kebakaran hutan dilaporkan Sabtu (28/12) di Kalimantan Tengah.", ["2024-12-28"]),
    (JAN, "Banjir merendam ribuan rumah pada (30/12) dan (2/1).", ["2024-12-30", "2025-01-02"]),
    (JAN, "Presiden Prabowo akan berkunjung ke India pada Jumat (24/1).", ["2025-01-24"]),
    (JAN, "Polisi menangkap dua orang, Senin (6/1), di Bekasi.", ["2025-01-06"]),
    (JAN, "Menteri Keuangan, Selasa (31/12), mengumumkan realisasi APBN.", ["2024-12-31"]),
    (DEC, "Pelantikan pejabat baru akan berlangsung Jumat (3/1).", ["2025-01-03"]),
    (DEC, "Perayaan berlangsung tertib pada Rabu (25/12).", ["2024-12-25"]),
    # --- day-month(-year) -------------------------------------------------------------
    (WED, "Pemilihan kepala daerah serentak digelar pada 27 November 2024.", ["2024-11-27"]),
    (WED, "Indonesia merayakan hari kemerdekaan pada 17 Agustus.", ["2024-08-17"]),
    (WED, "Kedua pemimpin bertemu di Jakarta pada 20 Agustus 2024.", ["2024-08-20"]),
    (WED, "Laporan itu diterbitkan 20 Agu 2024 oleh lembaga survei.", ["2024-08-20"]),
    (WED, "Kesepakatan gencatan senjata diteken 5 Agt 2024.", ["2024-08-05"]),
    (WED, "Surat itu dikirim 3 Sept 2023 kepada DPR.", ["2023-09-03"]),
    (WED, "Kerusuhan pecah pada 12 Okt 2023 di Wamena.", ["2023-10-12"]),
    (WED, "Pengumuman itu disampaikan 1 Des 2023.", ["2023-12-01"]),
    (WED, "Parlemen mengesahkan undang-undang itu pada 1 Desember lalu.", ["2023-12-01"]),
    (WED, "Menteri Luar Negeri mengunjungi Beijing pada tanggal 5 Juni.", ["2024-06-05"]),
    (WED, "Unjuk rasa digelar pada 15 dan 16 Agustus di Surabaya.", ["2024-08-15/2024-08-16"]),
    (WED, "Latihan militer gabungan berlangsung 15-16 Agustus.", ["2024-08-15/2024-08-16"]),
    (WED, "Konferensi berlangsung 15 hingga 17 Agustus di Bali.", ["2024-08-15/2024-08-17"]),
    (WED, "Pameran dagang berlangsung 28 Februari - 2 Maret 2024 di Jakarta.", ["2024-02-28/2024-03-02"]),
    (WED, "Forum itu digelar pada 10, 11, dan 12 Juli di Bandung.", ["2024-07-10/2024-07-12"]),
    (WED, "Gencatan senjata berlaku sejak 27 Mei.", ["2024-05-27"]),
    (WED, "KTT ASEAN dijadwalkan berlangsung pada 9 Oktober.", ["2024-10-09"]),
    (WED, "Pelantikan presiden akan digelar 20 Oktober mendatang.", ["2024-10-20"]),
    (WED, "Kunjungan itu terjadi pada 2 Januari 2024 lalu.", ["2024-01-02"]),
    (WED, "Pemungutan suara ulang dilaksanakan 24 Agustus tahun lalu.", ["2023-08-24"]),
    (WED, "Jakarta, 20 Agustus 2024 - Menteri Dalam Negeri menerbitkan edaran baru.", ["2024-08-20"]),
    (WED, "Kapal itu ditahan sejak 30 September 2023 di perairan Natuna.", ["2023-09-30"]),
    (WED, "Perundingan berlangsung 30 Juli sampai dengan 2 Agustus.", ["2024-07-30/2024-08-02"]),
    (WED, "Tahap pertama berlangsung 1 s.d. 5 Juli 2024.", ["2024-07-01/2024-07-05"]),
    (WED, "Operasi itu berlangsung antara 3 dan 7 Juni.", ["2024-06-03/2024-06-07"]),
    (WED, "Misi kemanusiaan itu berlangsung dari 1 Agustus hingga 5 September 2023.", ["2023-08-01/2023-09-05"]),
    (WED, "Seorang warga tewas pada 28 Agustus, kata polisi.", ["2023-08-28"]),
    (JAN, "Demonstrasi besar terjadi pada 28 Desember di Seoul.", ["2024-12-28"]),
    (JAN, "Sidang perdana akan digelar 15 Januari mendatang.", ["2025-01-15"]),
    (JAN, "Gempa mengguncang Tibet pada 7 Januari.", ["2025-01-07"]),
    (JAN, "Libur panjang berlangsung 28 Desember hingga 2 Januari.", ["2024-12-28/2025-01-02"]),
    (DEC, "Pemerintah akan memberlakukan aturan itu pada 1 Januari.", ["2025-01-01"]),
    (date(2024, 3, 1), "Sidang istimewa dibuka 29 Februari.", ["2024-02-29"]),
    # --- months and years ---------------------------------------------------------------
    (WED, "Inflasi pada Juli 2024 tercatat 2,13 persen.", ["2024-07-01/2024-07-31 month"]),
    (WED, "Harga minyak naik sepanjang bulan Agustus.", ["2024-08-01/2024-08-31 month"]),
    (WED, "Kunjungan kenegaraan itu berlangsung pada Mei lalu.", ["2024-05-01/2024-05-31 month"]),
    (WED, "Blokade itu dilonggarkan pada awal Agustus lalu.", ["2024-08-01/2024-08-31 month"]),
    (MON, "Kapal itu ditembak meriam air pada Sabtu (16/8).", ["2024-08-16"]),  # the weekday slipped, not the year
    (date(2024, 8, 5), "Blokade itu dilonggarkan pada awal Agustus lalu.", ["2023-08-01/2023-08-31 month"]),
    (WED, "Pemilu legislatif diselenggarakan pada Februari.", ["2024-02-01/2024-02-29 month"]),
    (WED, "Kebijakan itu berlaku sejak awal Juni.", ["2024-06-01/2024-06-30 month"]),
    (WED, "Kedua negara sepakat bertemu lagi pada Oktober mendatang.", ["2024-10-01/2024-10-31 month"]),
    (WED, "Laporan keuangan Desember 2023 sudah diaudit.", ["2023-12-01/2023-12-31 month"]),
    (WED, "Ekspor turun sejak Januari hingga Maret 2024.", ["2024-01-01/2024-03-31 month"]),
    (JAN, "Angka pengangguran naik pada bulan November.", ["2024-11-01/2024-11-30 month"]),
    (WED, "Program itu dimulai pada tahun 2023.", ["2023-01-01/2023-12-31 year"]),
    (WED, "Konflik di wilayah itu berlangsung sejak 2019.", ["2019-01-01/2019-12-31 year"]),
    (WED, "Pabrik itu ditutup pada 2021 karena pandemi.", ["2021-01-01/2021-12-31 year"]),
    (WED, "Pemerintah menargetkan swasembada pangan hingga 2027.", ["2027-01-01/2027-12-31 year"]),
    (WED, "Proyek itu rampung pada akhir 2025.", ["2025-01-01/2025-12-31 year"]),
    (WED, "Masa jabatan periode 2019-2024 segera berakhir.", ["2019-01-01/2024-12-31 year"]),
    (WED, "Anggaran itu dialokasikan pada tahun anggaran 2025.", ["2025-01-01/2025-12-31 year"]),
    (WED, "Jumlah wisatawan turun sejak 2020 hingga 2022.", ["2020-01-01/2022-12-31 year"]),
    # --- numeric dates --------------------------------------------------------------------
    (WED, "Surat edaran itu bertanggal 20/8/2024.", ["2024-08-20"]),
    (WED, "Keputusan itu diumumkan 20-08-2024 melalui situs resmi.", ["2024-08-20"]),
    (WED, "Data diperbarui pada 2024-08-20 pukul 17.00 WIB.", ["2024-08-20"]),
    (WED, "Tiket pesawat untuk penerbangan 05/09/24 sudah habis.", ["2024-09-05"]),
    # --- relative days --------------------------------------------------------------------
    (WED, "Presiden melantik menteri baru hari ini.", ["2024-08-21"]),
    (WED, "Kemarin, polisi menggerebek gudang narkoba di Tangerang.", ["2024-08-20"]),
    (WED, "Kemarin malam, kelompok itu menyerang konvoi bantuan.", ["2024-08-20"]),
    (WED, "Tadi malam terjadi baku tembak di perbatasan.", ["2024-08-20"]),
    (WED, "Israel melancarkan serangan udara semalam di Rafah.", ["2024-08-20"]),
    (WED, "Gempa bermagnitudo 5,6 mengguncang Cianjur dini hari tadi.", ["2024-08-21"]),
    (WED, "Kebakaran terjadi dini hari di pasar induk.", ["2024-08-21"]),
    (WED, "Presiden akan bertolak ke Laos besok.", ["2024-08-22"]),
    (WED, "Hasil penghitungan suara diumumkan lusa.", ["2024-08-23"]),
    (WED, "Menteri menerima delegasi Jepang pagi ini.", ["2024-08-21"]),
    (WED, "Serangan itu terjadi tiga hari lalu di Khan Younis.", ["2024-08-18"]),
    (WED, "Kesepakatan dicapai 2 hari yang lalu.", ["2024-08-19"]),
    (WED, "Pesawat itu hilang lima hari yang lalu.", ["2024-08-16"]),
    (WED, "Pengadilan menjatuhkan vonis sepuluh hari lalu.", ["2024-08-11"]),
    (WED, "Pemerintah mengumumkan hasil audit sehari lalu.", ["2024-08-20"]),
    (WED, "Tim SAR tiba di lokasi kemarin sore.", ["2024-08-20"]),
    (WED, "Rapat koordinasi digelar hari ini pukul 10.30 WIB.", ["2024-08-21"]),
    # --- weeks, months, years relative ----------------------------------------------------
    (WED, "Kedua negara menggelar latihan bersama pekan lalu.", ["2024-08-12/2024-08-18 week"]),
    (WED, "Demonstrasi serupa terjadi minggu lalu di Yogyakarta.", ["2024-08-12/2024-08-18 week"]),
    (WED, "Minggu lalu, Menteri Pertahanan mengunjungi Natuna.", ["2024-08-12/2024-08-18 week"]),
    (WED, "Pemerintah akan mengumumkan kabinet pekan depan.", ["2024-08-26/2024-09-01 week"]),
    (WED, "Sidang lanjutan digelar minggu depan.", ["2024-08-26/2024-09-01 week"]),
    (WED, "Negosiasi berlangsung intensif pekan ini.", ["2024-08-19/2024-08-25 week"]),
    (WED, "Harga cabai melonjak minggu ini.", ["2024-08-19/2024-08-25 week"]),
    (WED, "Serangan terhadap kamp pengungsi itu terjadi dua pekan lalu.", ["2024-08-05/2024-08-11 week"]),
    (WED, "Kebakaran lahan meluas tiga minggu lalu.", ["2024-07-29/2024-08-04 week"]),
    (WED, "Kongres partai digelar akhir pekan ini di Surabaya.", ["2024-08-24/2024-08-25"]),
    (WED, "Bentrokan antarwarga terjadi akhir pekan lalu.", ["2024-08-17/2024-08-18"]),
    (WED, "Pengungsi terus berdatangan akhir pekan lalu hingga awal pekan ini.", ["2024-08-17/2024-08-19"]),
    (WED, "Rapat itu digelar awal pekan ini.", ["2024-08-19"]),
    (WED, "Neraca perdagangan surplus bulan lalu.", ["2024-07-01/2024-07-31 month"]),
    (WED, "Harga beras naik bulan ini.", ["2024-08-01/2024-08-31 month"]),
    (WED, "Pemerintah akan menaikkan tarif listrik bulan depan.", ["2024-09-01/2024-09-30 month"]),
    (WED, "Pertumbuhan ekonomi melambat tahun lalu.", ["2023-01-01/2023-12-31 year"]),
    (WED, "Anggaran pertahanan naik tahun ini.", ["2024-01-01/2024-12-31 year"]),
    (WED, "Pemilu sela akan digelar tahun depan.", ["2025-01-01/2025-12-31 year"]),
    (WED, "Bank sentral memangkas suku bunga dua bulan lalu.", ["2024-06-01/2024-06-30 month"]),
    (WED, "Perjanjian itu diteken lima tahun lalu.", ["2019-01-01/2019-12-31 year"]),
    (WED, "Perusahaan itu bangkrut setahun lalu.", ["2023-01-01/2023-12-31 year"]),
    (WED, "Reshuffle kabinet terjadi sepekan lalu.", ["2024-08-12/2024-08-18 week"]),
    (JAN, "Inflasi mencapai puncaknya bulan lalu.", ["2024-12-01/2024-12-31 month"]),
    (JAN, "Investasi asing turun tahun lalu.", ["2024-01-01/2024-12-31 year"]),
    (SUN, "Akhir pekan ini ribuan orang memadati Monas.", ["2024-08-24/2024-08-25"]),
    (SUN, "Presiden menghadiri pelantikan pada Minggu.", ["2024-08-25"]),
    (SUN, "Ia tiba di Jakarta pada Senin.", ["2024-08-19"]),
    (SUN, "Menteri akan bertolak ke Tokyo pada Senin.", ["2024-08-26"]),
    (MON, "Pekan lalu parlemen membahas anggaran.", ["2024-08-12/2024-08-18 week"]),
    (MON, "Ia bertemu Presiden pada Senin lalu.", ["2024-08-12"]),
    (MON, "Konvoi itu diserang pada Senin.", ["2024-08-19"]),
    # --- anaphoric ----------------------------------------------------------------------
    (WED, "Pada hari yang sama, militer Israel menyerang Jalur Gaza.", ["ANA"]),
    (WED, "Di hari yang sama, ribuan orang turun ke jalan di Tel Aviv.", ["ANA"]),
    (WED, "Hari itu, Presiden juga meresmikan jalan tol.", ["ANA"]),
    (WED, "Saat itu, polisi belum menetapkan tersangka.", ["ANA"]),
    (WED, "Menteri Luar Negeri bertemu Sekjen PBB pada Senin, dan pada hari yang sama bertemu Dubes AS.",
     ["2024-08-19", "ANA"]),
    # --- several in one text ------------------------------------------------------------
    (WED, "Pasukan mundur pada Sabtu, lalu kembali menyerang pada Senin (19/8). Presiden akan berbicara besok.",
     ["2024-08-17", "2024-08-19", "2024-08-22"]),
    (WED, "Setelah bertemu pada Selasa, kedua menteri akan menandatangani perjanjian pada Jumat.",
     ["2024-08-20", "2024-08-23"]),
    # --- more shapes ---------------------------------------------------------------------
    (WED, "Kemarin (20/8), polisi menangkap dua pengedar.", ["2024-08-20"]),
    (WED, "Aksi mogok berlangsung Selasa-Rabu (20-21/8).", ["2024-08-20/2024-08-21"]),
    (WED, "Pemerintah akan mengevaluasi aturan yang berlaku sejak 1 Agustus.", ["2024-08-01"]),
    (WED, "Pada 20/8 lalu, polisi menyita dua truk.", ["2024-08-20"]),
    (WED, "Pemerintah akan menggelar rapat terbatas pada akhir pekan.", ["2024-08-24/2024-08-25"]),
    (WED, "Banjir melanda kota itu pada akhir pekan.", ["2024-08-17/2024-08-18"]),
    (WED, "Pada Minggu lalu, presiden bertemu tokoh agama.", ["2024-08-18"]),
    (WED, "Presiden bertemu tokoh agama di Solo Minggu lalu.", ["2024-08-18"]),
    (WED, "Sejak 1 Januari hingga 30 Juni 2024 tercatat 500 kasus.", ["2024-01-01/2024-06-30"]),
    (WED, "Tiga hari lagi KPU menetapkan hasil pemilu.", ["2024-08-24"]),
    (WED, "Pertemuan itu digelar Rabu, 21/8/2024.", ["2024-08-21"]),
    (WED, "Ia lahir pada 1 Juni 1945 di Blitar.", ["1945-06-01"]),
    (WED, "Masa tanggap darurat berlaku dari 1998 hingga 2004.", ["1998-01-01/2004-12-31 year"]),
    (JAN, "Menteri Luar Negeri, Sabtu (28/12) lalu, bertemu mitranya.", ["2024-12-28"]),
    (WED, "Pengumuman itu disampaikan Senin (20/8).", ["2024-08-20"]),  # wrong weekday: the date wins
    # --- things that are not dates --------------------------------------------------------
    (WED, "Laga final digelar di Stadion 10 November, Surabaya.", []),
    (WED, "Kemacetan parah terjadi di Jalan 17 Agustus.", []),
    (WED, "Dalam dua minggu, harga cabai naik dua kali.", []),
    (WED, "Undang-Undang No. 7 Tahun 2017 tentang Pemilu direvisi.", []),
    (WED, "Putusan MK Nomor 90/PUU-XXI/2023 menuai kritik.", []),
    (WED, "Pemerintah menargetkan 2030 sebagai tahun puncak bonus demografi.", []),
    (WED, "Dalam sepekan terakhir, harga emas naik.", []),
    (WED, "Skor pertandingan 20/8 untuk tim tamu.", []),
    (WED, "Pasal 20 undang-undang itu mengatur hak warga.", []),
    (WED, "Gugatan itu merujuk pada UU No. 1/2023 tentang KUHP.", []),
    (WED, "Undang-Undang Nomor 1 Tahun 2023 tentang KUHP digugat ke MK.", []),
    (WED, "Angka kemiskinan turun 9,03 persen menurut BPS.", []),
    (WED, "Tim nasional menang 3-1 atas Vietnam.", []),
    (WED, "Juri memberi nilai 10/10 untuk penampilan itu.", []),
    (WED, "Pandemi COVID-19 memukul sektor pariwisata.", []),
    (WED, "Indonesia memegang presidensi G20 dengan baik.", []),
    (WED, "Pemerintah mengalokasikan Rp 1,5 triliun untuk bantuan sosial.", []),
    (WED, "Sebanyak 2.500 orang mengungsi akibat banjir.", []),
    (WED, "Sebanyak 2024 peserta mengikuti lomba lari itu.", []),
    (WED, "Pertemuan dimulai pukul 10.30 WIB di Gedung Sate.", []),
    (WED, "Polisi mengerahkan 1.200 personel untuk mengamankan aksi.", []),
    (WED, "Kelompok itu menguasai 20 persen wilayah tersebut.", []),
    (WED, "Selama dua minggu terakhir, harga cabai naik.", []),
    (WED, "Ia menjabat selama lima tahun di kementerian itu.", []),
    (WED, "Kerugian negara mencapai Rp 300 miliar menurut jaksa.", []),
    (WED, "Penerbangan GA 404 tertunda akibat cuaca buruk.", []),
    (WED, "Saat ini pemerintah tengah menyiapkan regulasi baru.", []),
    (WED, "Keesokan harinya, pasukan itu mundur.", ["ANA"]),
    (WED, "Partai itu meraih 35 kursi di parlemen.", []),
    (WED, "Perpres Nomor 12/3/2024 mengatur hal tersebut.", []),
]


@pytest.mark.parametrize(("published", "sentence", "expected"), CASES, ids=[c[1][:60] for c in CASES])
def test_find_dates(published: date, sentence: str, expected: list[str]) -> None:
    got = find_dates(sentence, published)
    want = [_expect(e) for e in expected]
    assert len(got) == len(want), [m.text for m in got]
    for m, (value, value_end, precision, anaphoric) in zip(got, want, strict=True):
        assert sentence[m.start:m.end] == m.text
        assert m.anaphoric == anaphoric, m.text
        if anaphoric:
            assert m.value == published
            continue
        assert (m.value, m.value_end, m.precision) == (value, value_end, precision), m.text


def test_case_count() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Presiden Joko Widodo, Selasa (20/8), meresmikan bendungan.", "Selasa (20/8)"),
        ("Jumat (6/6/2025) mereka berkumpul.", "Jumat (6/6/2025)"),
        ("Sidang dibuka Senin (19/8) pukul 09.00 WIB di Jakarta.", "Senin (19/8) pukul 09.00 WIB"),
        ("Aksi digelar pada Minggu, 18 Agustus 2024, di Monas.", "Minggu, 18 Agustus 2024"),
        ("Sidang digelar pada 15-16 Agustus di Jakarta.", "15-16 Agustus"),
        ("Polisi datang pada hari Jumat.", "hari Jumat"),
        ("Pada hari yang sama, hujan turun.", "Pada hari yang sama"),
    ],
)
def test_mention_text(sentence: str, text: str) -> None:
    (m,) = find_dates(sentence, WED)
    assert m.text == text
    assert sentence.index(text) == m.start


def test_offsets_in_paragraph() -> None:
    para = (
        "Jakarta - Menteri Luar Negeri bertemu mitranya pada Senin (19/8). "
        "Keduanya sepakat bertemu lagi pekan depan. Pada hari yang sama, Presiden menerima tamu."
    )
    got = find_dates(para, WED)
    assert [m.text for m in got] == ["Senin (19/8)", "pekan depan", "Pada hari yang sama"]
    assert all(para[m.start:m.end] == m.text for m in got)
    assert got == sorted(got, key=lambda m: m.start)


def test_empty_and_no_dates() -> None:
    assert find_dates("", WED) == []
    assert find_dates("Partai itu menolak usulan pemerintah.", WED) == []


def test_speed() -> None:
    sentences = [c[1] for c in CASES]
    find_dates(sentences[0], WED)
    t0 = time.perf_counter()
    rounds = 5
    for _ in range(rounds):
        for s in sentences:
            find_dates(s, WED)
    per_sentence = (time.perf_counter() - t0) / (rounds * len(sentences))
    assert per_sentence < 0.001  # target 0.2 ms; generous bound for slow CI machines


@pytest.mark.parametrize("sentence,offset", [
    ("Sehari sebelumnya, kedua menteri berbicara melalui telepon.", -1),
    ("Tiga hari sebelumnya, pasukan itu sudah ditarik.", -3),
    ("Keesokan harinya, delegasi itu kembali ke Jakarta.", 1),
    ("Dua hari kemudian, kedua pihak menandatangani perjanjian.", 2),
    ("Sehari setelahnya, polisi membebaskan para demonstran.", 1),
])
def test_dates_relative_to_the_previous_event(sentence, offset):
    found = find_dates(sentence, date(2024, 8, 21))
    assert len(found) == 1
    assert found[0].anaphoric and found[0].offset_days == offset


@pytest.mark.parametrize("sentence", ["Pertemuan itu digelar pada (20/13).", "Sidang dibuka pada 31/2/2025."])
def test_malformed_dates_resolve_to_nothing_with_a_reason(sentence, caplog):
    with caplog.at_level("DEBUG", logger="warta.dates"):
        assert find_dates(sentence, date(2024, 8, 21)) == []
    assert any("not a date" in r.getMessage() for r in caplog.records)


def test_a_gate_searches_only_the_words_that_contain_no_other():
    from warta.lang.id.dates import _Gate

    gate = _Gate(["agustus", "agu", "ags", "september", "sep", "sept", "mei"])
    assert gate.words == ("ags", "agu", "mei", "sep")
    texts = ["seperti biasa", "pada 17 Agustus", "akhir bulan", "agama", "", "Mei 2024", "SEPTEMBER"]
    for text in texts:
        folded = text.casefold()
        assert gate(folded) == any(w in folded for w in ("agustus", "agu", "ags", "september", "sep", "sept",
                                                         "mei")), text
    assert [gate(t.casefold()) for t in texts] == [True, True, False, False, False, True, True]


def test_an_end_bound_takes_the_nearest_such_day() -> None:
    # ``hingga 4 September`` ten days after publication is this year's, not last year's
    (d,) = find_dates("Latihan yang berlangsung hingga 4 September itu diikuti 6.000 personel.", date(2026, 8, 25))
    assert d.value == date(2026, 9, 4)
    (d,) = find_dates("Masa penahanan diperpanjang hingga 2 Juli.", date(2026, 8, 25))
    assert d.value == date(2026, 7, 2)


def test_the_end_of_a_span_follows_its_start() -> None:
    (d,) = find_dates("Pameran digelar sejak 4 September hingga 10 September.", date(2026, 8, 25))
    assert (d.value, d.value_end) == (date(2025, 9, 4), date(2025, 9, 10))
    (d,) = find_dates("Sidang digelar 28 Desember hingga 3 Januari.", date(2026, 2, 1))
    assert (d.value, d.value_end) == (date(2025, 12, 28), date(2026, 1, 3))
