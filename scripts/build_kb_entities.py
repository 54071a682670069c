# ruff: noqa: E501  (the curated tables are one record per line)
"""Build ``src/warta/kb/data/entities.jsonl`` and refresh ``countries.tsv``: the knowledge base's non-person entities.

Sources, merged in this order (a later source only adds names, never renames an entity or changes its id):

1. ISO 3166-1 through ``pycountry`` (alpha-3 codes, English names) and its Indonesian translations (iso-codes
   ``id`` locale): one ``country``/``territory`` record per code.
2. warta's own Indonesian actor table ``src/warta/lang/id/actors.tsv`` (surfaces, Indonesian names, kb_ids,
   sectors) so that the knowledge base and the coder's table name each entity with the same ``kb_id``.
3. CountryInfo (openeventdata/CountryInfo @ 07c9c54, CC BY-SA 3.0; see NOTICE): the first English nationality
   adjective and the capital of each country.
4. The curated tables below: Indonesian short forms, demonyms, seats of government used as metonyms,
   international bodies, armed groups, media, Indonesian institutions and parties (with their coalition status).

Run from the repository root:  .venv/bin/python scripts/build_kb_entities.py
"""

from __future__ import annotations

import csv
import gettext
import json
import re
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "warta" / "kb" / "data"
ACTORS = ROOT / "src" / "warta" / "lang" / "id" / "actors.tsv"
COUNTRYINFO = Path("/work/shared/data/dictionaries/CountryInfo.120116.txt")

BLOCS = {"UNO": "United Nations", "EUR": "European Union", "IGO": "Intergovernmental organisation",
         "NGO": "Non-governmental organisation", "MNC": "Multinational company",
         "IMG": "Transnational militarized group"}
TERRITORIES = set("ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF GUM "
                  "HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM SXM TCA "
                  "TKL UMI VGB VIR WLF".split())
SRC_ISO = "ISO 3166-1 via pycountry (English names; Indonesian names from the iso-codes id locale)"
SRC_ACTORS = "warta lang/id/actors.tsv"
SRC_CI = "CountryInfo 120116 (openeventdata/CountryInfo, CC BY-SA 3.0): nationality adjective, capital"
SRC_CUR = "warta curation: Indonesian and English news usage"

# code: (Indonesian names and short forms, English names and demonyms, metonyms: capitals and seats of government)
COUNTRY = {
    "USA": ("Amerika Serikat;AS;Amerika;Paman Sam", "United States;US;U.S.;USA;American", "Washington;Gedung Putih"),
    "GBR": ("Inggris;Britania Raya;Inggris Raya;Britania", "United Kingdom;UK;Britain;British", "London;Downing Street"),
    "CHN": ("Tiongkok;China;RRT;Cina;Republik Rakyat Tiongkok", "China;Chinese;PRC", "Beijing;Zhongnanhai"),
    "RUS": ("Rusia;Federasi Rusia", "Russia;Russian", "Moskow;Kremlin;Moscow"),
    "KOR": ("Korea Selatan;Korsel", "South Korea;South Korean", "Seoul"),
    "PRK": ("Korea Utara;Korut", "North Korea;North Korean;DPRK", "Pyongyang"),
    "PSE": ("Palestina;Negara Palestina", "Palestine;Palestinian;State of Palestine", "Ramallah"),
    "ISR": ("Israel", "Israel;Israeli", "Tel Aviv"),
    "IDN": ("Indonesia;RI;Republik Indonesia;NKRI", "Indonesia;Indonesian", "Jakarta"),
    "DEU": ("Jerman", "Germany;German", "Berlin"),
    "FRA": ("Prancis;Perancis", "France;French", "Paris;Elysee;Istana Elysee"),
    "JPN": ("Jepang", "Japan;Japanese", "Tokyo"),
    "EGY": ("Mesir", "Egypt;Egyptian", "Kairo;Cairo"),
    "SAU": ("Arab Saudi;Saudi", "Saudi Arabia;Saudi", "Riyadh"),
    "IRN": ("Iran", "Iran;Iranian", "Teheran;Tehran"),
    "TUR": ("Turki;Turkiye", "Türkiye;Turkey;Turkish", "Ankara"),
    "UKR": ("Ukraina", "Ukraine;Ukrainian", "Kyiv;Kiev"),
    "AUS": ("Australia", "Australia;Australian", "Canberra"),
    "MYS": ("Malaysia;Negeri Jiran", "Malaysia;Malaysian", "Kuala Lumpur;Putrajaya"),
    "PHL": ("Filipina", "Philippines;Philippine;Filipino", "Manila;Malacanang"),
    "VNM": ("Vietnam", "Vietnam;Viet Nam;Vietnamese", "Hanoi"),
    "THA": ("Thailand", "Thailand;Thai", "Bangkok"),
    "KHM": ("Kamboja", "Cambodia;Cambodian", "Phnom Penh"),
    "MMR": ("Myanmar", "Myanmar;Burma;Burmese", "Naypyidaw;Nay Pyi Taw"),
    "LAO": ("Laos", "Laos;Lao;Laotian", "Vientiane"),
    "BRN": ("Brunei;Brunei Darussalam", "Brunei;Bruneian", "Bandar Seri Begawan"),
    "SGP": ("Singapura", "Singapore;Singaporean", ""),
    "TLS": ("Timor Leste;Timor-Leste;Timor Timur", "East Timor;Timor-Leste;Timorese", "Dili"),
    "IND": ("India", "India;Indian", "New Delhi"),
    "PAK": ("Pakistan", "Pakistan;Pakistani", "Islamabad"),
    "SYR": ("Suriah;Syria", "Syria;Syrian", "Damaskus;Damascus"),
    "IRQ": ("Irak", "Iraq;Iraqi", "Baghdad"),
    "JOR": ("Yordania", "Jordan;Jordanian", "Amman"),
    "QAT": ("Qatar;Katar", "Qatar;Qatari", "Doha"),
    "ARE": ("Uni Emirat Arab;UEA;Emirat Arab", "United Arab Emirates;UAE;Emirati", "Abu Dhabi"),
    "BHR": ("Bahrain", "Bahrain;Bahraini", "Manama"),
    "KWT": ("Kuwait", "Kuwait;Kuwaiti", "Kuwait City"),
    "LBN": ("Lebanon;Libanon", "Lebanon;Lebanese", "Beirut"),
    "OMN": ("Oman", "Oman;Omani", "Muskat;Muscat"),
    "YEM": ("Yaman", "Yemen;Yemeni", "Sanaa;Sana'a"),
    "SDN": ("Sudan", "Sudan;Sudanese", "Khartoum;Port Sudan"),
    "SSD": ("Sudan Selatan", "South Sudan;South Sudanese", "Juba"),
    "LBY": ("Libya", "Libya;Libyan", "Tripoli"),
    "AFG": ("Afganistan;Afghanistan", "Afghanistan;Afghan", "Kabul"),
    "ARG": ("Argentina", "Argentina;Argentine;Argentinian", "Buenos Aires;Casa Rosada"),
    "BRA": ("Brasil;Brazil", "Brazil;Brazilian", "Brasilia;Planalto"),
    "CAN": ("Kanada", "Canada;Canadian", "Ottawa"),
    "ITA": ("Italia", "Italy;Italian", "Roma;Rome"),
    "MEX": ("Meksiko", "Mexico;Mexican", "Mexico City"),
    "ZAF": ("Afrika Selatan;Afsel", "South Africa;South African", "Pretoria"),
    "NZL": ("Selandia Baru", "New Zealand", "Wellington"),
    "NLD": ("Belanda", "Netherlands;Dutch", "Den Haag"),
    "ESP": ("Spanyol", "Spain;Spanish", "Madrid"),
    "TWN": ("Taiwan", "Taiwan;Taiwanese", "Taipei"),
    "VAT": ("Vatikan;Takhta Suci", "Vatican;Holy See", ""),
}

# kb_id, kind, country, sector, Indonesian name, English name, other surfaces (; separated), source
ORGS = """
org:UN|org|UNO|GOV|Perserikatan Bangsa-Bangsa|United Nations|PBB;UN;United Nations;Perserikatan Bangsa-Bangsa|Wikipedia: United Nations
org:unsc|org|UNO|GOV|Dewan Keamanan PBB|UN Security Council|DK PBB;UNSC;Dewan Keamanan PBB;Security Council|Wikipedia: United Nations Security Council
org:unga|org|UNO|GOV|Majelis Umum PBB|UN General Assembly|MU PBB;UNGA;Majelis Umum PBB;General Assembly|Wikipedia: United Nations General Assembly
org:un-secretary-general|org|UNO|GOV|Sekretaris Jenderal PBB|UN Secretary-General|Sekjen PBB;UN Secretary-General|Wikipedia: Secretary-General of the United Nations
org:unhrc|org|UNO|GOV|Dewan Hak Asasi Manusia PBB|UN Human Rights Council|Dewan HAM PBB;UNHRC|Wikipedia: United Nations Human Rights Council
org:ohchr|org|UNO|GOV|Kantor HAM PBB|OHCHR|OHCHR;Kantor Komisaris Tinggi HAM PBB|Wikipedia: OHCHR
org:unrwa|org|UNO|GOV|UNRWA|UNRWA|UNRWA;Badan PBB untuk Pengungsi Palestina|Wikipedia: UNRWA
org:who|org|UNO|GOV|Organisasi Kesehatan Dunia|World Health Organization|WHO;World Health Organization|Wikipedia: World Health Organization
org:unicef|org|UNO|GOV|UNICEF|UNICEF|UNICEF;Dana Anak-Anak PBB|Wikipedia: UNICEF
org:unhcr|org|UNO|GOV|UNHCR|UNHCR|UNHCR;Badan Pengungsi PBB;Komisaris Tinggi PBB untuk Pengungsi|Wikipedia: UNHCR
org:wfp|org|UNO|GOV|Program Pangan Dunia|World Food Programme|WFP;World Food Programme|Wikipedia: World Food Programme
org:ocha|org|UNO|GOV|OCHA|UN OCHA|OCHA;Kantor Koordinasi Urusan Kemanusiaan PBB|Wikipedia: OCHA
org:unesco|org|UNO|GOV|UNESCO|UNESCO|UNESCO|Wikipedia: UNESCO
org:undp|org|UNO|GOV|UNDP|UNDP|UNDP|Wikipedia: UNDP
org:fao|org|UNO|GOV|FAO|FAO|FAO;Organisasi Pangan dan Pertanian|Wikipedia: FAO
org:iaea|org|UNO|GOV|Badan Energi Atom Internasional|International Atomic Energy Agency|IAEA;International Atomic Energy Agency|Wikipedia: IAEA
org:unifil|org|UNO|MIL|UNIFIL|UNIFIL|UNIFIL|Wikipedia: UNIFIL
org:iom|org|UNO|GOV|IOM|International Organization for Migration|IOM;Organisasi Internasional untuk Migrasi|Wikipedia: International Organization for Migration
org:unfpa|org|UNO|GOV|UNFPA|UNFPA|UNFPA|Wikipedia: United Nations Population Fund
org:ilo|org|UNO|GOV|ILO|International Labour Organization|ILO;Organisasi Perburuhan Internasional|Wikipedia: International Labour Organization
org:opcw|org|IGO|GOV|OPCW|OPCW|OPCW;Organisasi Pelarangan Senjata Kimia|Wikipedia: Organisation for the Prohibition of Chemical Weapons
org:ifrc|org|NGO|NGO|IFRC|IFRC|IFRC;Federasi Internasional Palang Merah dan Bulan Sabit Merah|Wikipedia: IFRC
org:unsmil|org|UNO|GOV|UNSMIL|UNSMIL|UNSMIL|Wikipedia: United Nations Support Mission in Libya
org:monusco|org|UNO|MIL|MONUSCO|MONUSCO|MONUSCO|Wikipedia: MONUSCO
org:unmiss|org|UNO|MIL|UNMISS|UNMISS|UNMISS|Wikipedia: United Nations Mission in South Sudan
org:icj|org|UNO|JUD|Mahkamah Internasional|International Court of Justice|ICJ;International Court of Justice;Mahkamah Keadilan Internasional|Wikipedia: International Court of Justice
org:ilo|org|UNO|GOV|Organisasi Buruh Internasional|International Labour Organization|ILO|Wikipedia: ILO
org:unep|org|UNO|GOV|UNEP|UNEP|UNEP|Wikipedia: UNEP
org:EU|org|EUR|GOV|Uni Eropa|European Union|Uni Eropa;UE;EU;European Union|Wikipedia: European Union
org:eu-commission|org|EUR|GOV|Komisi Eropa|European Commission|Komisi Eropa;European Commission|Wikipedia: European Commission
org:eu-council|org|EUR|GOV|Dewan Eropa|European Council|Dewan Eropa;European Council|Wikipedia: European Council
org:eu-parliament|org|EUR|LEG|Parlemen Eropa|European Parliament|Parlemen Eropa;European Parliament|Wikipedia: European Parliament
org:asean|org|IGO|GOV|ASEAN|ASEAN|ASEAN;Sekretariat ASEAN;Perhimpunan Bangsa-Bangsa Asia Tenggara|Wikipedia: ASEAN
org:oic|org|IGO|GOV|Organisasi Kerja Sama Islam|Organisation of Islamic Cooperation|OKI;OIC;Organisasi Kerja Sama Islam;Organisasi Konferensi Islam|Wikipedia: Organisation of Islamic Cooperation
org:arab-league|org|IGO|GOV|Liga Arab|Arab League|Liga Arab;Arab League;Liga Negara-Negara Arab|Wikipedia: Arab League
org:gcc|org|IGO|GOV|Dewan Kerja Sama Teluk|Gulf Cooperation Council|GCC;Dewan Kerja Sama Teluk|Wikipedia: Gulf Cooperation Council
org:nato|org|IGO|GOV|NATO|NATO|NATO;Pakta Pertahanan Atlantik Utara;North Atlantic Treaty Organization|Wikipedia: NATO
org:wto|org|IGO|GOV|Organisasi Perdagangan Dunia|World Trade Organization|WTO;Organisasi Perdagangan Dunia|Wikipedia: World Trade Organization
org:imf|org|IGO|GOV|Dana Moneter Internasional|International Monetary Fund|IMF;Dana Moneter Internasional|Wikipedia: International Monetary Fund
org:world-bank|org|IGO|GOV|Bank Dunia|World Bank|Bank Dunia;World Bank|Wikipedia: World Bank
org:adb|org|IGO|GOV|Bank Pembangunan Asia|Asian Development Bank|ADB;Bank Pembangunan Asia|Wikipedia: Asian Development Bank
org:aiib|org|IGO|GOV|AIIB|Asian Infrastructure Investment Bank|AIIB|Wikipedia: AIIB
org:icc|org|IGO|JUD|Mahkamah Pidana Internasional|International Criminal Court|ICC;Mahkamah Pidana Internasional;International Criminal Court|Wikipedia: International Criminal Court
org:interpol|org|IGO|COP|Interpol|Interpol|Interpol|Wikipedia: Interpol
org:g7|org|IGO|GOV|G7|G7|G7|Wikipedia: G7
org:g20|org|IGO|GOV|G20|G20|G20|Wikipedia: G20
org:brics|org|IGO|GOV|BRICS|BRICS|BRICS|Wikipedia: BRICS
org:apec|org|IGO|GOV|APEC|APEC|APEC|Wikipedia: APEC
org:african-union|org|IGO|GOV|Uni Afrika|African Union|Uni Afrika;African Union|Wikipedia: African Union
org:opec|org|IGO|GOV|OPEC|OPEC|OPEC|Wikipedia: OPEC
org:sco|org|IGO|GOV|Organisasi Kerja Sama Shanghai|Shanghai Cooperation Organisation|SCO;Organisasi Kerja Sama Shanghai|Wikipedia: Shanghai Cooperation Organisation
org:nam|org|IGO|GOV|Gerakan Non-Blok|Non-Aligned Movement|Gerakan Non-Blok;GNB|Wikipedia: Non-Aligned Movement
org:osce|org|IGO|GOV|OSCE|OSCE|OSCE|Wikipedia: OSCE
org:quad|org|IGO|GOV|Quad|Quad|Quad|Wikipedia: Quadrilateral Security Dialogue
org:aukus|org|IGO|GOV|AUKUS|AUKUS|AUKUS|Wikipedia: AUKUS
org:ecowas|org|IGO|GOV|ECOWAS|ECOWAS|ECOWAS|Wikipedia: ECOWAS
org:pif|org|IGO|GOV|Forum Kepulauan Pasifik|Pacific Islands Forum|Forum Kepulauan Pasifik;Pacific Islands Forum|Wikipedia: Pacific Islands Forum
org:msg|org|IGO|GOV|Melanesian Spearhead Group|Melanesian Spearhead Group|Melanesian Spearhead Group|Wikipedia: Melanesian Spearhead Group
group:hamas|group|PSE|REB|Hamas|Hamas|Hamas;Brigade Al-Qassam;Brigade Izzuddin al-Qassam;Al-Qassam;Gerakan Perlawanan Islam|Wikipedia: Hamas
group:pij|group|PSE|REB|Jihad Islam Palestina|Palestinian Islamic Jihad|Jihad Islam;Jihad Islam Palestina;PIJ;Brigade Al-Quds;Palestinian Islamic Jihad;Islamic Jihad|Wikipedia: Palestinian Islamic Jihad
group:fatah|group|PSE|PTY|Fatah|Fatah|Fatah|Wikipedia: Fatah
group:pflp|group|PSE|REB|Front Populer untuk Pembebasan Palestina|PFLP|PFLP;Front Populer untuk Pembebasan Palestina|Wikipedia: PFLP
group:hezbollah|group|LBN|REB|Hizbullah|Hezbollah|Hizbullah;Hezbollah;Hizballah|Wikipedia: Hezbollah
group:houthis|group|YEM|REB|Houthi|Houthis|Houthi;Houthis;Ansarullah;Ansar Allah;Huthi|Wikipedia: Houthis
group:hts|group|SYR|REB|Hayat Tahrir al-Sham|Hayat Tahrir al-Sham|HTS;Hayat Tahrir al-Sham;Hayat Tahrir Al-Sham|Wikipedia: Hay'at Tahrir al-Sham
group:sdf|group|SYR|REB|Pasukan Demokratik Suriah|Syrian Democratic Forces|SDF;Pasukan Demokratik Suriah;Syrian Democratic Forces|Wikipedia: Syrian Democratic Forces
group:pkk|group|TUR|REB|PKK|Kurdistan Workers' Party|PKK;Partai Pekerja Kurdistan|Wikipedia: Kurdistan Workers' Party
group:isis|group|IMG|REB|ISIS|Islamic State|ISIS;ISIL;NIIS;Negara Islam;Islamic State;Daesh;IS|Wikipedia: Islamic State
group:al-qaeda|group|IMG|REB|Al-Qaeda|al-Qaeda|Al-Qaeda;Al Qaeda;Al-Qaidah;Alqaeda|Wikipedia: al-Qaeda
group:aqap|group|YEM|REB|Al-Qaeda di Semenanjung Arab|AQAP|AQAP|Wikipedia: al-Qaeda in the Arabian Peninsula
group:taliban|group|AFG|GOV|Taliban|Taliban|Taliban;Imarah Islam Afghanistan|Wikipedia: Taliban
group:ttp|group|PAK|REB|Tehrik-i-Taliban Pakistan|Tehrik-i-Taliban Pakistan|TTP;Taliban Pakistan|Wikipedia: Tehrik-i-Taliban Pakistan
group:boko-haram|group|NGA|REB|Boko Haram|Boko Haram|Boko Haram|Wikipedia: Boko Haram
group:al-shabaab|group|SOM|REB|Al-Shabaab|al-Shabaab|Al-Shabaab;Al Shabaab|Wikipedia: al-Shabaab (militant group)
group:rsf|group|SDN|REB|Pasukan Dukungan Cepat|Rapid Support Forces|RSF;Pasukan Dukungan Cepat;Rapid Support Forces|Wikipedia: Rapid Support Forces
group:wagner|group|RUS|REB|Grup Wagner|Wagner Group|Wagner;Grup Wagner;Wagner Group|Wikipedia: Wagner Group
group:m23|group|COD|REB|M23|March 23 Movement|M23|Wikipedia: March 23 Movement
group:arakan-army|group|MMR|REB|Tentara Arakan|Arakan Army|Tentara Arakan;Arakan Army|Wikipedia: Arakan Army
group:pdf-myanmar|group|MMR|REB|Pasukan Pertahanan Rakyat|People's Defence Force|Pasukan Pertahanan Rakyat;People's Defence Force|Wikipedia: People's Defence Force (Myanmar)
group:nug-myanmar|group|MMR|OPP|Pemerintah Persatuan Nasional|National Unity Government of Myanmar|NUG;Pemerintah Persatuan Nasional|Wikipedia: National Unity Government of Myanmar
group:abu-sayyaf|group|PHL|REB|Abu Sayyaf|Abu Sayyaf|Abu Sayyaf|Wikipedia: Abu Sayyaf
group:idn-kkb|group|IDN|REB|Kelompok Kriminal Bersenjata|Armed criminal group (Papua)|KKB;Kelompok Kriminal Bersenjata;KKSB;Kelompok Separatis Teroris|Wikipedia: Papua conflict
group:idn-opm|group|IDN|REB|Organisasi Papua Merdeka|Free Papua Movement|OPM;Organisasi Papua Merdeka;TPNPB;TPNPB-OPM;Free Papua Movement;Tentara Pembebasan Nasional Papua Barat;Tentara Pembebasan Nasional Papua Barat-Organisasi Papua Merdeka;TPN-OPM;TPN PB|Wikipedia: Free Papua Movement
group:idn-jad|group|IDN|REB|Jamaah Ansharut Daulah|Jamaah Ansharut Daulah|JAD;Jamaah Ansharut Daulah|Wikipedia: Jamaah Ansharut Daulah
group:idn-ji|group|IDN|REB|Jemaah Islamiyah|Jemaah Islamiyah|Jemaah Islamiyah;Jamaah Islamiyah|Wikipedia: Jemaah Islamiyah
group:idn-mit|group|IDN|REB|Mujahidin Indonesia Timur|East Indonesia Mujahideen|MIT;Mujahidin Indonesia Timur|Wikipedia: Mujahidin Indonesia Timur
media:antara|media|IDN|MED|ANTARA|Antara|ANTARA;Antaranews;Antara;LKBN Antara|Wikipedia: Antara (news agency)
media:kompas|media|IDN|MED|Kompas|Kompas|Kompas;Kompas.com;Harian Kompas;Kompas TV|Wikipedia: Kompas
media:detik|media|IDN|MED|Detik|Detik.com|Detik.com;detikcom;Detikcom|Wikipedia: Detik.com
media:tempo|media|IDN|MED|Tempo|Tempo|Tempo;Majalah Tempo;Tempo.co|Wikipedia: Tempo (Indonesian magazine)
media:cnn-indonesia|media|IDN|MED|CNN Indonesia|CNN Indonesia|CNN Indonesia|Wikipedia: CNN Indonesia
media:republika|media|IDN|MED|Republika|Republika|Republika|Wikipedia: Republika
media:media-indonesia|media|IDN|MED|Media Indonesia|Media Indonesia|Media Indonesia|Wikipedia: Media Indonesia
media:tvri|media|IDN|MED|TVRI|TVRI|TVRI|Wikipedia: TVRI
media:rri|media|IDN|MED|RRI|RRI|RRI|Wikipedia: Radio Republik Indonesia
media:jakarta-post|media|IDN|MED|The Jakarta Post|The Jakarta Post|The Jakarta Post;Jakarta Post|Wikipedia: The Jakarta Post
media:kumparan|media|IDN|MED|Kumparan|Kumparan|Kumparan|Wikipedia: Kumparan
media:liputan6|media|IDN|MED|Liputan6|Liputan6|Liputan6;Liputan6.com|Wikipedia: Liputan 6
media:metro-tv|media|IDN|MED|Metro TV|Metro TV|Metro TV|Wikipedia: Metro TV
media:reuters|media|GBR|MED|Reuters|Reuters|Reuters|Wikipedia: Reuters
media:afp|media|FRA|MED|AFP|Agence France-Presse|AFP;Agence France-Presse|Wikipedia: Agence France-Presse
media:ap|media|USA|MED|Associated Press|Associated Press|AP;Associated Press|Wikipedia: Associated Press
media:al-jazeera|media|QAT|MED|Al Jazeera|Al Jazeera|Al Jazeera;Aljazeera;Al-Jazeera|Wikipedia: Al Jazeera
media:al-arabiya|media|SAU|MED|Al Arabiya|Al Arabiya|Al Arabiya;Al-Arabiya|Wikipedia: Al Arabiya
media:bbc|media|GBR|MED|BBC|BBC|BBC|Wikipedia: BBC
media:cnn|media|USA|MED|CNN|CNN|CNN|Wikipedia: CNN
media:bloomberg|media|USA|MED|Bloomberg|Bloomberg|Bloomberg|Wikipedia: Bloomberg News
media:nyt|media|USA|MED|The New York Times|The New York Times|The New York Times;New York Times;NYT|Wikipedia: The New York Times
media:washington-post|media|USA|MED|The Washington Post|The Washington Post|Washington Post;The Washington Post|Wikipedia: The Washington Post
media:wsj|media|USA|MED|The Wall Street Journal|The Wall Street Journal|Wall Street Journal;The Wall Street Journal;WSJ|Wikipedia: The Wall Street Journal
media:axios|media|USA|MED|Axios|Axios|Axios|Wikipedia: Axios (website)
media:fox-news|media|USA|MED|Fox News|Fox News|Fox News|Wikipedia: Fox News
media:guardian|media|GBR|MED|The Guardian|The Guardian|The Guardian|Wikipedia: The Guardian
media:financial-times|media|GBR|MED|Financial Times|Financial Times|Financial Times|Wikipedia: Financial Times
media:dw|media|DEU|MED|Deutsche Welle|Deutsche Welle|Deutsche Welle;DW|Wikipedia: Deutsche Welle
media:xinhua|media|CHN|MED|Xinhua|Xinhua|Xinhua;Kantor Berita Xinhua|Wikipedia: Xinhua News Agency
media:cgtn|media|CHN|MED|CGTN|CGTN|CGTN|Wikipedia: CGTN
media:global-times|media|CHN|MED|Global Times|Global Times|Global Times|Wikipedia: Global Times
media:scmp|media|HKG|MED|South China Morning Post|South China Morning Post|South China Morning Post;SCMP|Wikipedia: South China Morning Post
media:tass|media|RUS|MED|TASS|TASS|TASS|Wikipedia: TASS
media:ria-novosti|media|RUS|MED|RIA Novosti|RIA Novosti|RIA Novosti|Wikipedia: RIA Novosti
media:sputnik|media|RUS|MED|Sputnik|Sputnik|Sputnik|Wikipedia: Sputnik (news agency)
media:rt|media|RUS|MED|RT|RT|Russia Today|Wikipedia: RT (TV network)
media:irna|media|IRN|MED|IRNA|IRNA|IRNA|Wikipedia: Islamic Republic News Agency
media:tasnim|media|IRN|MED|Tasnim|Tasnim News Agency|Tasnim|Wikipedia: Tasnim News Agency
media:fars|media|IRN|MED|Fars|Fars News Agency|Fars|Wikipedia: Fars News Agency
media:press-tv|media|IRN|MED|Press TV|Press TV|Press TV|Wikipedia: Press TV
media:anadolu|media|TUR|MED|Anadolu|Anadolu Agency|Anadolu;Anadolu Agency;Kantor Berita Anadolu|Wikipedia: Anadolu Agency
media:kan|media|ISR|MED|KAN|Kan (Israeli Public Broadcasting Corporation)|KAN|Wikipedia: Israeli Public Broadcasting Corporation
media:times-of-israel|media|ISR|MED|The Times of Israel|The Times of Israel|Times of Israel;The Times of Israel|Wikipedia: The Times of Israel
media:haaretz|media|ISR|MED|Haaretz|Haaretz|Haaretz|Wikipedia: Haaretz
media:jerusalem-post|media|ISR|MED|The Jerusalem Post|The Jerusalem Post|Jerusalem Post;The Jerusalem Post|Wikipedia: The Jerusalem Post
media:ynet|media|ISR|MED|Ynet|Ynet|Ynet;Yedioth Ahronoth|Wikipedia: Ynet
media:channel-12|media|ISR|MED|Channel 12|Channel 12|Channel 12|Wikipedia: Channel 12 (Israel)
media:kcna|media|PRK|MED|KCNA|Korean Central News Agency|KCNA;Kantor Berita Pusat Korea|Wikipedia: Korean Central News Agency
media:yonhap|media|KOR|MED|Yonhap|Yonhap|Yonhap|Wikipedia: Yonhap News Agency
media:kyodo|media|JPN|MED|Kyodo|Kyodo News|Kyodo|Wikipedia: Kyodo News
media:nhk|media|JPN|MED|NHK|NHK|NHK|Wikipedia: NHK
media:wafa|media|PSE|MED|WAFA|WAFA|WAFA|Wikipedia: WAFA
media:sana|media|SYR|MED|SANA|SANA|SANA|Wikipedia: Syrian Arab News Agency
media:spa|media|SAU|MED|SPA|Saudi Press Agency|Saudi Press Agency|Wikipedia: Saudi Press Agency
media:wam|media|ARE|MED|WAM|Emirates News Agency|WAM|Wikipedia: Emirates News Agency
media:qna|media|QAT|MED|QNA|Qatar News Agency|QNA|Wikipedia: Qatar News Agency
media:mena|media|EGY|MED|MENA|Middle East News Agency|MENA|Wikipedia: Middle East News Agency (Egypt)
media:bernama|media|MYS|MED|Bernama|Bernama|Bernama|Wikipedia: Bernama
media:straits-times|media|SGP|MED|The Straits Times|The Straits Times|Straits Times;The Straits Times|Wikipedia: The Straits Times
media:vna|media|VNM|MED|VNA|Vietnam News Agency|Vietnam News Agency|Wikipedia: Vietnam News Agency
media:pna|media|PHL|MED|PNA|Philippine News Agency|Philippine News Agency|Wikipedia: Philippine News Agency
media:saba|media|YEM|MED|Saba|Saba News Agency|Saba|Wikipedia: Saba News Agency
media:al-masirah|media|YEM|MED|Al-Masirah|Al-Masirah|Al-Masirah;Al Masirah|Wikipedia: Al-Masirah
media:al-mayadeen|media|LBN|MED|Al Mayadeen|Al Mayadeen|Al Mayadeen|Wikipedia: Al Mayadeen
media:al-manar|media|LBN|MED|Al-Manar|Al-Manar|Al-Manar;Al Manar|Wikipedia: Al-Manar
media:ahram|media|EGY|MED|Ahram Online|Ahram Online|Ahram Online;Al-Ahram|Wikipedia: Al-Ahram
media:al-qahera|media|EGY|MED|Al-Qahera News|Al-Qahera News|Al-Qahera News|Wikipedia: Al-Qahera News
org:idn-kemlu|institution|IDN|GOV|Kementerian Luar Negeri RI|Ministry of Foreign Affairs of Indonesia|Kemlu;Kemenlu;Kementerian Luar Negeri RI;Kementerian Luar Negeri Indonesia;Kemlu RI;Deplu|Wikipedia: Ministry of Foreign Affairs (Indonesia)
org:idn-kbri|institution|IDN|GOV|KBRI|Embassy of Indonesia|KBRI;Kedutaan Besar Republik Indonesia;Kedutaan Besar RI;Kedubes RI;Kedutaan Besar Indonesia|Wikipedia: List of diplomatic missions of Indonesia
org:idn-kjri|institution|IDN|GOV|KJRI|Consulate General of Indonesia|KJRI;Konsulat Jenderal Republik Indonesia;Konsulat Jenderal RI|Wikipedia: List of diplomatic missions of Indonesia
org:idn-kemhan|institution|IDN|GOV|Kementerian Pertahanan RI|Ministry of Defence of Indonesia|Kemhan;Kemenhan;Kementerian Pertahanan RI;Kementerian Pertahanan;Kemhan RI|Wikipedia: Ministry of Defense (Indonesia)
org:idn-kemendagri|institution|IDN|GOV|Kementerian Dalam Negeri RI|Ministry of Home Affairs of Indonesia|Kemendagri;Kementerian Dalam Negeri|Wikipedia: Ministry of Home Affairs (Indonesia)
org:idn-kemenkumham|institution|IDN|GOV|Kementerian Hukum dan HAM RI|Ministry of Law and Human Rights of Indonesia|Kemenkumham;Kementerian Hukum dan HAM|Wikipedia: Ministry of Law and Human Rights (Indonesia)
org:idn-kemenkum|institution|IDN|GOV|Kementerian Hukum RI|Ministry of Law of Indonesia|Kemenkum;Kementerian Hukum|Wikipedia: Ministry of Law (Indonesia)
org:idn-kemenham|institution|IDN|GOV|Kementerian Hak Asasi Manusia RI|Ministry of Human Rights of Indonesia|KemenHAM;Kementerian HAM;Kementerian Hak Asasi Manusia|Wikipedia: Ministry of Human Rights (Indonesia)
org:idn-kemenimipas|institution|IDN|GOV|Kementerian Imigrasi dan Pemasyarakatan RI|Ministry of Immigration and Corrections of Indonesia|Kemenimipas;Kementerian Imigrasi dan Pemasyarakatan|Wikipedia: Ministry of Immigration and Corrections (Indonesia)
org:idn-kemenkeu|institution|IDN|GOV|Kementerian Keuangan RI|Ministry of Finance of Indonesia|Kemenkeu;Kementerian Keuangan|Wikipedia: Ministry of Finance (Indonesia)
org:idn-kemendag|institution|IDN|GOV|Kementerian Perdagangan RI|Ministry of Trade of Indonesia|Kemendag;Kementerian Perdagangan|Wikipedia: Ministry of Trade (Indonesia)
org:idn-kemenperin|institution|IDN|GOV|Kementerian Perindustrian RI|Ministry of Industry of Indonesia|Kemenperin;Kementerian Perindustrian|Wikipedia: Ministry of Industry (Indonesia)
org:idn-kemenag|institution|IDN|GOV|Kementerian Agama RI|Ministry of Religious Affairs of Indonesia|Kemenag;Kementerian Agama|Wikipedia: Ministry of Religious Affairs (Indonesia)
org:idn-kemenkes|institution|IDN|GOV|Kementerian Kesehatan RI|Ministry of Health of Indonesia|Kemenkes;Kementerian Kesehatan|Wikipedia: Ministry of Health (Indonesia)
org:idn-kemensos|institution|IDN|GOV|Kementerian Sosial RI|Ministry of Social Affairs of Indonesia|Kemensos;Kementerian Sosial|Wikipedia: Ministry of Social Affairs (Indonesia)
org:idn-kemendikdasmen|institution|IDN|GOV|Kementerian Pendidikan Dasar dan Menengah RI|Ministry of Primary and Secondary Education of Indonesia|Kemendikdasmen;Kemendikbud;Kemendikbudristek|Wikipedia: Ministry of Primary and Secondary Education (Indonesia)
org:idn-kemendiktisaintek|institution|IDN|GOV|Kementerian Pendidikan Tinggi, Sains, dan Teknologi RI|Ministry of Higher Education, Science and Technology of Indonesia|Kemendiktisaintek|Wikipedia: Ministry of Higher Education, Science, and Technology (Indonesia)
org:idn-kemenesdm|institution|IDN|GOV|Kementerian Energi dan Sumber Daya Mineral RI|Ministry of Energy and Mineral Resources of Indonesia|Kementerian ESDM;KESDM|Wikipedia: Ministry of Energy and Mineral Resources (Indonesia)
org:idn-kementan|institution|IDN|GOV|Kementerian Pertanian RI|Ministry of Agriculture of Indonesia|Kementan;Kementerian Pertanian|Wikipedia: Ministry of Agriculture (Indonesia)
org:idn-kemenhub|institution|IDN|GOV|Kementerian Perhubungan RI|Ministry of Transportation of Indonesia|Kemenhub;Kementerian Perhubungan|Wikipedia: Ministry of Transportation (Indonesia)
org:idn-kemenpu|institution|IDN|GOV|Kementerian Pekerjaan Umum RI|Ministry of Public Works of Indonesia|Kementerian PU;Kementerian PUPR;KemenPUPR|Wikipedia: Ministry of Public Works (Indonesia)
org:idn-kemnaker|institution|IDN|GOV|Kementerian Ketenagakerjaan RI|Ministry of Manpower of Indonesia|Kemnaker;Kemenaker;Kementerian Ketenagakerjaan|Wikipedia: Ministry of Manpower (Indonesia)
org:idn-kemenkomdigi|institution|IDN|GOV|Kementerian Komunikasi dan Digital RI|Ministry of Communication and Digital Affairs of Indonesia|Komdigi;Kemkomdigi;Kementerian Komunikasi dan Digital;Kominfo;Kemenkominfo|Wikipedia: Ministry of Communication and Digital Affairs (Indonesia)
org:idn-kemenbumn|institution|IDN|GOV|Kementerian BUMN RI|Ministry of State-Owned Enterprises of Indonesia|Kementerian BUMN|Wikipedia: Ministry of State-Owned Enterprises (Indonesia)
org:idn-klhk|institution|IDN|GOV|Kementerian Lingkungan Hidup RI|Ministry of Environment of Indonesia|KLH;KLHK;Kementerian Lingkungan Hidup|Wikipedia: Ministry of Environment (Indonesia)
org:idn-kemenpar|institution|IDN|GOV|Kementerian Pariwisata RI|Ministry of Tourism of Indonesia|Kemenpar;Kementerian Pariwisata;Kemenparekraf|Wikipedia: Ministry of Tourism (Indonesia)
org:idn-kemenko-polkam|institution|IDN|GOV|Kemenko Politik dan Keamanan|Coordinating Ministry for Political and Security Affairs|Kemenko Polkam;Kemenko Polhukam|Wikipedia: Coordinating Ministry for Political and Security Affairs
org:idn-kemenko-perekonomian|institution|IDN|GOV|Kemenko Perekonomian|Coordinating Ministry for Economic Affairs|Kemenko Perekonomian|Wikipedia: Coordinating Ministry for Economic Affairs (Indonesia)
org:idn-setneg|institution|IDN|GOV|Kementerian Sekretariat Negara|Ministry of State Secretariat|Setneg;Kemensetneg|Wikipedia: Ministry of State Secretariat (Indonesia)
org:idn-ksp|institution|IDN|GOV|Kantor Staf Presiden|Executive Office of the President|KSP;Kantor Staf Presiden|Wikipedia: Presidential Staff Office
org:idn-bgn|institution|IDN|GOV|Badan Gizi Nasional|National Nutrition Agency|BGN;Badan Gizi Nasional|Wikipedia: National Nutrition Agency (Indonesia)
org:idn-danantara|institution|IDN|BUS|Danantara|Danantara Indonesia|Danantara;BPI Danantara|Wikipedia: Danantara
org:idn-bakamla|institution|IDN|MIL|Badan Keamanan Laut|Indonesian Maritime Security Agency|Bakamla|Wikipedia: Indonesian Maritime Security Agency
org:idn-tni|institution|IDN|MIL|Tentara Nasional Indonesia|Indonesian National Armed Forces|TNI;Tentara Nasional Indonesia;Mabes TNI|Wikipedia: Indonesian National Armed Forces
org:idn-tni-ad|institution|IDN|MIL|TNI Angkatan Darat|Indonesian Army|TNI AD;TNI Angkatan Darat;Angkatan Darat|Wikipedia: Indonesian Army
org:idn-tni-al|institution|IDN|MIL|TNI Angkatan Laut|Indonesian Navy|TNI AL;TNI Angkatan Laut;Angkatan Laut|Wikipedia: Indonesian Navy
org:idn-tni-au|institution|IDN|MIL|TNI Angkatan Udara|Indonesian Air Force|TNI AU;TNI Angkatan Udara;Angkatan Udara|Wikipedia: Indonesian Air Force
org:idn-kopassus|institution|IDN|MIL|Kopassus|Kopassus|Kopassus|Wikipedia: Kopassus
org:idn-kostrad|institution|IDN|MIL|Kostrad|Kostrad|Kostrad|Wikipedia: Kostrad
org:idn-polri|institution|IDN|COP|Kepolisian Negara Republik Indonesia|Indonesian National Police|Polri;Kepolisian Negara Republik Indonesia;Mabes Polri;Kepolisian RI|Wikipedia: Indonesian National Police
org:idn-bareskrim|institution|IDN|COP|Bareskrim Polri|Criminal Investigation Agency|Bareskrim;Bareskrim Polri|Wikipedia: Criminal Investigation Agency (Indonesia)
org:idn-densus88|institution|IDN|COP|Densus 88 Antiteror|Detachment 88|Densus 88;Detasemen Khusus 88|Wikipedia: Detachment 88
org:idn-brimob|institution|IDN|COP|Brimob|Mobile Brigade Corps|Brimob|Wikipedia: Mobile Brigade Corps
org:idn-damai-cartenz|institution|IDN|COP|Satgas Operasi Damai Cartenz|Operation Damai Cartenz Task Force|Satgas Damai Cartenz;Satgas Operasi Damai Cartenz;Satuan Tugas Operasi Damai Cartenz;Operasi Damai Cartenz;Ops Damai Cartenz|warta curation: the Polri-led joint task force in Papua, Indonesian news usage
org:idn-madago-raya|institution|IDN|COP|Satgas Operasi Madago Raya|Operation Madago Raya Task Force|Satgas Madago Raya;Satgas Operasi Madago Raya;Operasi Madago Raya|warta curation: the Polri-led joint task force in Central Sulawesi, Indonesian news usage
org:idn-polda-metro-jaya|institution|IDN|COP|Polda Metro Jaya|Jakarta Metropolitan Regional Police|Polda Metro Jaya|Wikipedia: Jakarta Metropolitan Regional Police
org:idn-satpol-pp|institution|IDN|COP|Satpol PP|Municipal Police|Satpol PP|Wikipedia: Satpol PP
org:idn-bnpt|institution|IDN|COP|Badan Nasional Penanggulangan Terorisme|National Counter Terrorism Agency|BNPT|Wikipedia: National Counter Terrorism Agency
org:idn-bnn|institution|IDN|COP|Badan Narkotika Nasional|National Narcotics Agency|BNN|Wikipedia: National Narcotics Board (Indonesia)
org:idn-bin|institution|IDN|SPY|Badan Intelijen Negara|State Intelligence Agency|BIN;Badan Intelijen Negara|Wikipedia: State Intelligence Agency (Indonesia)
org:idn-bais|institution|IDN|SPY|BAIS TNI|Armed Forces Strategic Intelligence Agency|BAIS;BAIS TNI|Wikipedia: Indonesian Strategic Intelligence Agency
org:idn-bssn|institution|IDN|SPY|Badan Siber dan Sandi Negara|National Cyber and Crypto Agency|BSSN|Wikipedia: National Cyber and Crypto Agency
org:idn-kpk|institution|IDN|JUD|Komisi Pemberantasan Korupsi|Corruption Eradication Commission|KPK;Komisi Pemberantasan Korupsi|Wikipedia: Corruption Eradication Commission
org:idn-kejagung|institution|IDN|JUD|Kejaksaan Agung|Attorney General's Office|Kejagung;Kejaksaan Agung;Kejaksaan Agung RI|Wikipedia: Attorney General's Office of Indonesia
org:idn-mk|institution|IDN|JUD|Mahkamah Konstitusi|Constitutional Court of Indonesia|MK;Mahkamah Konstitusi|Wikipedia: Constitutional Court of Indonesia
org:idn-ma|institution|IDN|JUD|Mahkamah Agung|Supreme Court of Indonesia|MA;Mahkamah Agung|Wikipedia: Supreme Court of Indonesia
org:idn-ky|institution|IDN|JUD|Komisi Yudisial|Judicial Commission|Komisi Yudisial|Wikipedia: Judicial Commission of Indonesia
org:idn-tipikor|institution|IDN|JUD|Pengadilan Tipikor|Corruption Court|Pengadilan Tipikor;Pengadilan Tindak Pidana Korupsi;Tipikor|Wikipedia: Corruption Court (Indonesia)
org:idn-dpr|institution|IDN|LEG|Dewan Perwakilan Rakyat|House of Representatives of Indonesia|DPR;DPR RI;Dewan Perwakilan Rakyat|Wikipedia: People's Representative Council
org:idn-dpd|institution|IDN|LEG|Dewan Perwakilan Daerah|Regional Representative Council|DPD;DPD RI;Dewan Perwakilan Daerah|Wikipedia: Regional Representative Council
org:idn-mpr|institution|IDN|LEG|Majelis Permusyawaratan Rakyat|People's Consultative Assembly|MPR;MPR RI;Majelis Permusyawaratan Rakyat|Wikipedia: People's Consultative Assembly
org:idn-dprd|institution|IDN|LEG|DPRD|Regional People's Representative Council|DPRD|Wikipedia: Regional People's Representative Council
org:idn-basarnas|institution|IDN|GOV|Badan SAR Nasional|National Search and Rescue Agency|Basarnas;Badan SAR Nasional|Wikipedia: National Search and Rescue Agency (Indonesia)
org:idn-bnpb|institution|IDN|GOV|Badan Nasional Penanggulangan Bencana|National Disaster Management Authority|BNPB|Wikipedia: National Board for Disaster Management
org:idn-bmkg|institution|IDN|GOV|BMKG|Meteorology, Climatology, and Geophysical Agency|BMKG|Wikipedia: BMKG
org:idn-kpu|institution|IDN|GOV|Komisi Pemilihan Umum|General Elections Commission|KPU;Komisi Pemilihan Umum|Wikipedia: General Elections Commission (Indonesia)
org:idn-bawaslu|institution|IDN|GOV|Bawaslu|General Election Supervisory Agency|Bawaslu|Wikipedia: General Election Supervisory Agency
org:idn-komnas-ham|institution|IDN|GOV|Komnas HAM|National Commission on Human Rights|Komnas HAM|Wikipedia: National Commission on Human Rights (Indonesia)
org:idn-bpk|institution|IDN|GOV|Badan Pemeriksa Keuangan|Audit Board of Indonesia|BPK|Wikipedia: Audit Board of Indonesia
org:idn-bkpm|institution|IDN|GOV|Badan Koordinasi Penanaman Modal|Investment Coordinating Board|BKPM;Badan Koordinasi Penanaman Modal|Wikipedia: Indonesian Investment Coordinating Board
org:idn-bappenas|institution|IDN|GOV|Bappenas|National Development Planning Agency|Bappenas|Wikipedia: Bappenas
org:idn-bapanas|institution|IDN|GOV|Badan Pangan Nasional|National Food Agency|Bapanas;Badan Pangan Nasional|Wikipedia: National Food Agency (Indonesia)
org:idn-bulog|institution|IDN|GOV|Perum Bulog|Bulog|Bulog;Perum Bulog|Wikipedia: Bulog
org:idn-bi|institution|IDN|GOV|Bank Indonesia|Bank Indonesia|Bank Indonesia|Wikipedia: Bank Indonesia
org:idn-ojk|institution|IDN|GOV|Otoritas Jasa Keuangan|Financial Services Authority|OJK;Otoritas Jasa Keuangan|Wikipedia: Financial Services Authority (Indonesia)
org:idn-pertamina|institution|IDN|BUS|Pertamina|Pertamina|Pertamina|Wikipedia: Pertamina
org:idn-bulog|institution|IDN|BUS|Bulog|Bulog|Bulog;Perum Bulog|Wikipedia: Bulog
org:idn-nu|org|IDN|REL|Nahdlatul Ulama|Nahdlatul Ulama|NU;PBNU;Nahdlatul Ulama|Wikipedia: Nahdlatul Ulama
org:idn-muhammadiyah|org|IDN|REL|Muhammadiyah|Muhammadiyah|Muhammadiyah;PP Muhammadiyah|Wikipedia: Muhammadiyah
org:idn-mui|org|IDN|REL|Majelis Ulama Indonesia|Indonesian Ulema Council|MUI;Majelis Ulama Indonesia|Wikipedia: Indonesian Ulema Council
"""

# kb_id, Indonesian name, English name, surfaces, [(status, start, end)] ; government = in the president's coalition
PARTIES = [
    ("party:idn-pdip", "PDI Perjuangan", "Indonesian Democratic Party of Struggle", "PDI-P;PDIP;PDI Perjuangan",
     [("opposition", "2004-10-20", "2014-10-20"), ("government", "2014-10-20", "2024-10-20"),
      ("outside cabinet", "2024-10-20", None)]),
    ("party:idn-golkar", "Partai Golkar", "Golkar", "Golkar;Partai Golkar",
     [("government", "2004-12-19", "2014-10-20"), ("opposition", "2014-10-20", "2016-01-01"),
      ("government", "2016-01-01", None)]),
    ("party:idn-gerindra", "Partai Gerindra", "Gerindra Party", "Gerindra;Partai Gerindra",
     [("opposition", "2009-10-20", "2019-10-23"), ("government", "2019-10-23", None)]),
    ("party:idn-pkb", "Partai Kebangkitan Bangsa", "National Awakening Party", "PKB;Partai Kebangkitan Bangsa",
     [("government", "2004-10-20", None)]),
    ("party:idn-pks", "Partai Keadilan Sejahtera", "Prosperous Justice Party", "PKS;Partai Keadilan Sejahtera",
     [("government", "2004-10-20", "2014-10-20"), ("opposition", "2014-10-20", "2024-10-20"),
      ("government", "2024-10-20", None)]),
    ("party:idn-nasdem", "Partai NasDem", "NasDem Party", "NasDem;Partai NasDem",
     [("government", "2014-10-20", None)]),
    ("party:idn-demokrat", "Partai Demokrat", "Democratic Party (Indonesia)", "Partai Demokrat",
     [("government", "2004-10-20", "2014-10-20"), ("opposition", "2014-10-20", "2024-02-21"),
      ("government", "2024-02-21", None)]),
    ("party:idn-pan", "Partai Amanat Nasional", "National Mandate Party", "PAN;Partai Amanat Nasional",
     [("government", "2004-10-20", "2014-10-20"), ("opposition", "2014-10-20", "2015-09-02"),
      ("government", "2015-09-02", "2018-08-10"), ("opposition", "2018-08-10", "2022-06-15"),
      ("government", "2022-06-15", None)]),
    ("party:idn-ppp", "Partai Persatuan Pembangunan", "United Development Party", "PPP;Partai Persatuan Pembangunan",
     [("government", "2004-10-20", None)]),
    ("party:idn-hanura", "Partai Hanura", "Hanura Party", "Hanura;Partai Hanura", [("government", "2014-10-20", None)]),
    ("party:idn-psi", "Partai Solidaritas Indonesia", "Indonesian Solidarity Party", "PSI;Partai Solidaritas Indonesia",
     [("government", "2019-10-20", None)]),
    ("party:idn-perindo", "Partai Perindo", "Perindo Party", "Perindo;Partai Perindo", [("government", "2019-10-20", None)]),
    ("party:idn-partai-buruh", "Partai Buruh", "Labour Party (Indonesia)", "Partai Buruh", []),
]
PARTY_SRC = ("Wikipedia: Onward Indonesia Cabinet; Red and White Cabinet; Indonesia Maju Cabinet; "
             "United Indonesia Cabinet (coalition membership)")

PROVINCES = ("Aceh;Sumatera Utara;Sumatera Barat;Riau;Kepulauan Riau;Jambi;Bengkulu;Sumatera Selatan;Kepulauan "
             "Bangka Belitung;Lampung;Banten;Jawa Barat;DKI Jakarta;Jawa Tengah;DI Yogyakarta;Jawa Timur;Bali;"
             "Nusa Tenggara Barat;Nusa Tenggara Timur;Kalimantan Barat;Kalimantan Tengah;Kalimantan Selatan;"
             "Kalimantan Timur;Kalimantan Utara;Sulawesi Utara;Gorontalo;Sulawesi Tengah;Sulawesi Barat;"
             "Sulawesi Selatan;Sulawesi Tenggara;Maluku;Maluku Utara;Papua;Papua Barat;Papua Barat Daya;"
             "Papua Selatan;Papua Tengah;Papua Pegunungan").split(";")
PROVINCE_SHORT = {"DKI Jakarta": "Jakarta;DKI", "DI Yogyakarta": "Yogyakarta;DIY", "Jawa Barat": "Jabar",
                  "Jawa Tengah": "Jateng", "Jawa Timur": "Jatim", "Sumatera Utara": "Sumut",
                  "Sumatera Barat": "Sumbar", "Sumatera Selatan": "Sumsel", "Nusa Tenggara Barat": "NTB",
                  "Nusa Tenggara Timur": "NTT", "Kalimantan Timur": "Kaltim", "Sulawesi Selatan": "Sulsel",
                  "Kepulauan Riau": "Kepri", "Kalimantan Barat": "Kalbar", "Sulawesi Utara": "Sulut"}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def split(s: str) -> list[str]:
    return [x.strip() for x in s.split(";") if x.strip()]


def add(lst: list[str], *items: str) -> None:
    for x in items:
        if x and x not in lst:
            lst.append(x)


def countryinfo() -> dict[str, tuple[str, str]]:
    """code -> (English nationality adjective, capital) from CountryInfo, title-cased."""
    if not COUNTRYINFO.exists():
        return {}
    out: dict[str, tuple[str, str]] = {}
    text = COUNTRYINFO.read_text(encoding="latin-1")
    for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
        code = re.search(r"<CountryCode>(\w+)</CountryCode>", block)
        nat = re.search(r"<Nationality>\s*(\S+)", block)
        cap = re.search(r"<Capital>\s*(\S+)", block)

        def clean(m: re.Match[str] | None) -> str:
            if not m or m.group(1).startswith("<"):
                return ""
            return " ".join(w.capitalize() for w in m.group(1).strip("_").split("_"))
        if code:
            out[code.group(1)] = (clean(nat), clean(cap))
    return out


def main() -> None:
    t_id = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    actors = [r for r in csv.DictReader((ln for ln in ACTORS.open(encoding="utf-8")
                                         if ln.strip() and not ln.startswith("#")), delimiter="\t",
                                        quoting=csv.QUOTE_NONE)]
    ci = countryinfo()
    ents: dict[str, dict] = {}

    for c in pycountry.countries:
        code = c.alpha_3
        en = getattr(c, "common_name", None) or c.name
        idn = t_id.gettext(c.name)
        rec = {"kb_id": f"country:{code}", "kind": "territory" if code in TERRITORIES else "country",
               "name": en, "name_id": idn, "names": {"id": [], "en": []}, "demonyms": {"id": [], "en": []},
               "metonyms": [], "capital": "", "country": code, "sector": "GOV", "sources": [SRC_ISO]}
        if "," not in idn and "(" not in idn:
            add(rec["names"]["id"], idn)
        add(rec["names"]["en"], *(n for n in (en, c.name) if "," not in n and "(" not in n))
        ents[rec["kb_id"]] = rec
    ents["country:PSE"]["name"] = "Palestine"
    ents["country:TWN"]["name"] = "Taiwan"
    for code, (nat, cap) in ci.items():
        rec = ents.get(f"country:{code}")
        if rec is None:
            continue
        if nat and nat.endswith(("an", "ese", "ish", "i", "ch", "ic")) and not nat.endswith("man"):
            add(rec["demonyms"]["en"], nat)
        rec["capital"] = cap.replace("D.c.", "D.C.")
        if SRC_CI not in rec["sources"]:
            rec["sources"].append(SRC_CI)
    # warta's Indonesian actor table: same ids, its Indonesian names win
    for r in actors:
        kb_id = r.get("kb_id") or ""
        if r["kind"] == "person" or not kb_id:
            continue
        if kb_id.startswith("country:") and kb_id in ents:
            rec = ents[kb_id]
            if r["kind"] == "country":
                if not rec["names"]["id"] or rec["name_id"] != r["name"]:
                    rec["name_id"] = r["name"]
                add(rec["names"]["id"], r["surface"])
            elif r["kind"] == "capital":
                add(rec["metonyms"], r["surface"])
            elif r["kind"] == "demonym":
                add(rec["demonyms"]["id"], r["surface"])
            else:
                add(rec["names"]["id"], r["surface"])
            if SRC_ACTORS not in rec["sources"]:
                rec["sources"].append(SRC_ACTORS)
    for code, (ids, ens, mets) in COUNTRY.items():
        rec = ents[f"country:{code}"]
        add(rec["names"]["id"], *split(ids))
        for x in split(ens):
            add(rec["demonyms"]["en"] if x.endswith(("an", "ese", "ish", "i", "ch", "ic")) and x not in (
                "Oman", "Iran", "Japan", "Sudan", "South Sudan", "Jordan", "Pakistan", "Afghanistan", "Taiwan",
                "Bahrain", "Kuwaiti", "Qatari") else rec["names"]["en"], x)
        add(rec["metonyms"], *split(mets))
        if SRC_CUR not in rec["sources"]:
            rec["sources"].append(SRC_CUR)
    for code in ("KWT", "QAT"):  # 'Kuwaiti', 'Qatari' are adjectives
        rec = ents[f"country:{code}"]
        for x in list(rec["names"]["en"]):
            if x.endswith("i"):
                rec["names"]["en"].remove(x)
                add(rec["demonyms"]["en"], x)

    # organisations, groups, media, institutions
    for line in ORGS.strip().splitlines():
        kb_id, kind, country, sector, name_id, name_en, surfaces, source = line.split("|")
        rec = {"kb_id": kb_id, "kind": kind, "name": name_en, "name_id": name_id,
               "names": {"id": [], "en": []}, "country": country, "sector": sector, "sources": [source, SRC_CUR]}
        for s in [name_id, *split(surfaces)]:
            add(rec["names"]["id"], s)
        add(rec["names"]["en"], name_en)
        ents[kb_id] = rec
    ents["group:taliban"]["periods"] = [
        {"start": "1996-09-27", "end": "2001-11-13", "sector": "GOV"},
        {"start": "2001-11-13", "end": "2021-08-15", "sector": "REB"},
        {"start": "2021-08-15", "end": None, "sector": "GOV"}]
    ents["group:hts"]["periods"] = [
        {"start": "2017-01-28", "end": "2024-12-08", "sector": "REB"},
        {"start": "2024-12-08", "end": "2025-01-29", "sector": "GOV",
         "note": "led the caretaker government after Assad's fall; dissolved itself 2025-01-29"}]
    for kb_id, name_id, name_en, surfaces, status in PARTIES:
        rec = {"kb_id": kb_id, "kind": "party", "name": name_en, "name_id": name_id, "names": {"id": [], "en": []},
               "country": "IDN", "sector": "PTY", "sources": [PARTY_SRC, SRC_CUR],
               "periods": [{"start": s, "end": e, "status": st} for st, s, e in status]}
        add(rec["names"]["id"], name_id, *split(surfaces))
        add(rec["names"]["en"], name_en)
        ents[kb_id] = rec
    for prov in PROVINCES:
        kb_id = f"org:idn-pemprov-{slug(prov)}"
        short = split(PROVINCE_SHORT.get(prov, ""))
        names = [f"Pemprov {prov}", f"Pemerintah Provinsi {prov}"] + [f"Pemprov {s}" for s in short]
        rec = {"kb_id": kb_id, "kind": "institution", "name": f"Provincial Government of {prov}",
               "name_id": f"Pemerintah Provinsi {prov}", "names": {"id": names, "en": []}, "country": "IDN",
               "sector": "GOV", "sources": ["Wikipedia: Provinces of Indonesia", SRC_CUR]}
        add(rec["names"]["en"], f"{prov} provincial government")
        ents[kb_id] = rec
        pol = f"org:idn-polda-{slug(prov)}"
        if pol not in ents:
            ents[pol] = {"kb_id": pol, "kind": "institution", "name": f"{prov} Regional Police",
                         "name_id": f"Polda {prov}", "names": {"id": [f"Polda {prov}"] + [f"Polda {s}" for s in short
                                                                                        if s != "DKI"],
                                                               "en": [f"{prov} Regional Police"]},
                         "country": "IDN", "sector": "COP", "sources": ["Wikipedia: Indonesian National Police", SRC_CUR]}
    # anything else in actors.tsv (not a person) the curated tables lack
    for r in actors:
        kb_id = r.get("kb_id") or ""
        if r["kind"] == "person" or not kb_id or kb_id.startswith("country:"):
            continue
        if kb_id not in ents:
            kind = {"capital": "institution", "demonym": "institution"}.get(r["kind"], r["kind"])
            ents[kb_id] = {"kb_id": kb_id, "kind": kind, "name": r["name"], "name_id": r["name"],
                           "names": {"id": [], "en": []}, "country": r["country"], "sector": r["sector"],
                           "sources": [SRC_ACTORS]}
        rec = ents[kb_id]
        target = rec.setdefault("metonyms", []) if r["kind"] == "capital" and not kb_id.startswith(
            "org:idn-pemprov") else rec["names"]["id"]
        if r["surface"] not in rec["names"]["id"] and r["surface"] not in rec.get("metonyms", []):
            add(target, r["surface"])
    out = DATA / "entities.jsonl"
    with out.open("w", encoding="utf-8") as f:
        f.write("# Non-person entities of the actor knowledge base. Generated by scripts/build_kb_entities.py; "
                "edit the script's tables, not this file.\n")
        for rec in sorted(ents.values(), key=lambda r: (r["kind"] not in ("country", "territory"), r["kb_id"])):
            rec = {k: v for k, v in rec.items() if v not in ("", [], {"id": [], "en": []})}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    write_countries(ents)
    print(f"{out}: {len(ents)} entities")


def write_countries(ents: dict[str, dict]) -> None:
    """countries.tsv: every ISO code and bloc with its English name and the phrases that name it next to a title."""
    seen: dict[str, str] = {}
    rows = []
    ambiguous = {"korea", "kongo", "congo", "guinea", "samoa", "virgin islands", "georgia", "jersey", "china",
                 "saudi"}
    for rec in sorted((r for r in ents.values() if r["kind"] in ("country", "territory")), key=lambda r: r["kb_id"]):
        code = rec["country"]
        phrases = []
        for p in [*rec["names"]["id"], *rec["names"]["en"], *rec["demonyms"]["en"]]:
            k = p.lower()
            if k in ambiguous and code not in ("CHN", "SAU"):
                continue
            if seen.setdefault(k, code) == code:
                add(phrases, p)
        rows.append(f"{code}\t{rec['name']}\t{';'.join(phrases)}")
    for code, name in BLOCS.items():
        extra = {"UNO": "PBB;Perserikatan Bangsa-Bangsa;UN;United Nations;U.N.",
                 "EUR": "Uni Eropa;UE;EU;European Union"}.get(code, "")
        rows.append(f"{code}\t{name}\t{extra}")
    path = DATA / "countries.tsv"
    head = ("# Country codes accepted in the knowledge base: ISO 3166-1 alpha-3 and warta's bloc codes.\n"
            "# phrases: Indonesian and English names and adjectives that follow or precede a title (\"Presiden AS\").\n"
            "# Generated by scripts/build_kb_entities.py from entities.jsonl's country records (ISO 3166-1 via "
            "pycountry, CountryInfo, warta curation).\ncode\tname\tphrases\n")
    path.write_text(head + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
