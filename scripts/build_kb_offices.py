# ruff: noqa: E501  (the curated tables are one record per line)
"""Add curated office holders (2000 to 2025-10) to the knowledge base: titles.jsonl, persons.jsonl, offices.jsonl.

The data below is curated by hand from the public lists named in each block's source line (Wikipedia lists of
office holders, official government and organisation pages). It is idempotent: offices, persons and terms already
in the data files are kept as they are, only missing ones are appended, so re-running it changes nothing.

Block format::

    @ OFFICE_KEY | sector | roles | titles (;) | source [| org=kb_id] [| own=standalone titles (;)]
    START END NAME [aliases ;] {COUNTRY SECTOR} ?

``END`` is ``-`` while in office at the last check; ``?`` at the end marks uncertain dates; ``{...}`` gives the
person's nationality and their sector on days they hold no office (defaults: the office's country, CVL); ``org``
ties an office to the organisation that a title is followed by (``Sekjen NATO``, ``Ketua Umum Golkar``); ``own``
lists titles that name the office on their own (``Kapolri``).

Run from the repository root:  .venv/bin/python scripts/build_kb_offices.py
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "warta" / "kb" / "data"

MACROS = {
    "$PRES": "Presiden;President",
    "$PM": "Perdana Menteri;PM;Prime Minister",
    "$FM": "Menteri Luar Negeri;Menlu;Foreign Minister;Minister of Foreign Affairs",
    "$DM": "Menteri Pertahanan;Menhan;Defence Minister;Defense Minister;Minister of Defence",
    "$KING": "Raja;King",
    "$EMIR": "Emir;Amir",
}
HS, HG, HSG = "head_of_state", "head_of_government", "head_of_state,head_of_government"

DATA_TEXT = """
@ ARG:president | GOV | head_of_state,head_of_government | $PRES | Wikipedia: List of heads of state of Argentina
1999-12-10 2001-12-21 Fernando de la Rúa [De la Rúa]
2002-01-02 2003-05-25 Eduardo Duhalde [Duhalde]
2003-05-25 2007-12-10 Néstor Kirchner
2007-12-10 2015-12-10 Cristina Fernández de Kirchner [Cristina Kirchner;Cristina Fernández] {ARG OPP}
2015-12-10 2019-12-10 Mauricio Macri [Macri] {ARG OPP}
2019-12-10 2023-12-10 Alberto Fernández
2023-12-10 - Javier Milei [Milei]
@ ARG:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Ministry of Foreign Affairs, International Trade and Worship (Argentina)
1999-12-10 2001-12-21 Adalberto Rodríguez Giavarini
2002-01-03 2003-05-25 Carlos Ruckauf
2003-05-25 2005-12-01 Rafael Bielsa ?
2005-12-01 2010-06-18 Jorge Taiana
2010-06-18 2015-12-10 Héctor Timerman [Timerman]
2015-12-10 2017-06-12 Susana Malcorra [Malcorra]
2017-06-12 2019-12-10 Jorge Faurie
2019-12-10 2021-09-20 Felipe Solá
2021-09-20 2023-12-10 Santiago Cafiero [Cafiero]
2023-12-10 2024-10-30 Diana Mondino [Mondino]
2024-10-30 2025-10-22 Gerardo Werthein [Werthein] ?
2025-10-22 - Pablo Quirno [Quirno] ?
@ ARG:defence_minister | GOV | defence_minister | $DM | Wikipedia: Ministry of Defense (Argentina)
1999-12-10 2001-03-05 Ricardo López Murphy
2002-01-03 2003-05-25 Horacio Jaunarena ?
2003-05-25 2005-11-28 José Pampuro
2005-11-28 2010-12-15 Nilda Garré
2010-12-15 2013-06-03 Arturo Puricelli
2013-06-03 2015-12-10 Agustín Rossi
2015-12-10 2017-07-17 Julio Martínez
2017-07-17 2019-12-10 Oscar Aguad
2019-12-10 2021-08-10 Agustín Rossi ?
2021-08-10 2023-12-10 Jorge Taiana
2023-12-10 2025-12-10 Luis Petri [Petri] ?
2025-12-10 - Carlos Presti ?
@ BRA:president | GOV | head_of_state,head_of_government | $PRES | Wikipedia: List of presidents of Brazil
1995-01-01 2003-01-01 Fernando Henrique Cardoso [Cardoso]
2003-01-01 2011-01-01 Luiz Inácio Lula da Silva [Lula;Lula da Silva]
2011-01-01 2016-05-12 Dilma Rousseff [Dilma;Rousseff]
2016-05-12 2019-01-01 Michel Temer [Temer]
2019-01-01 2023-01-01 Jair Bolsonaro [Bolsonaro] {BRA OPP}
2023-01-01 - Luiz Inácio Lula da Silva
@ BRA:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Minister of Foreign Affairs (Brazil)
2001-01-29 2003-01-01 Celso Lafer
2003-01-01 2011-01-01 Celso Amorim [Amorim]
2011-01-01 2013-08-28 Antonio Patriota
2013-08-28 2015-01-01 Luiz Alberto Figueiredo
2015-01-01 2016-05-12 Mauro Vieira
2016-05-12 2017-03-07 José Serra ?
2017-03-07 2019-01-01 Aloysio Nunes
2019-01-01 2021-03-29 Ernesto Araújo
2021-04-06 2023-01-01 Carlos França
2023-01-01 - Mauro Vieira
@ BRA:defence_minister | GOV | defence_minister | $DM | Wikipedia: Ministry of Defence (Brazil)
2003-01-01 2004-11-08 José Viegas Filho ?
2007-07-25 2011-08-04 Nelson Jobim
2011-08-08 2015-01-01 Celso Amorim
2015-01-01 2015-10-05 Jaques Wagner
2015-10-05 2016-05-12 Aldo Rebelo
2016-05-12 2018-02-27 Raul Jungmann
2018-02-27 2019-01-01 Joaquim Silva e Luna
2019-01-01 2021-03-30 Fernando Azevedo e Silva
2021-03-30 2022-03-31 Walter Braga Netto [Braga Netto]
2022-04-01 2023-01-01 Paulo Sérgio Nogueira
2023-01-01 - José Múcio
@ CAN:prime_minister | GOV | head_of_government | $PM | Wikipedia: List of prime ministers of Canada
1993-11-04 2003-12-12 Jean Chrétien [Chrétien]
2003-12-12 2006-02-06 Paul Martin
2006-02-06 2015-11-04 Stephen Harper [Harper]
2015-11-04 2025-03-14 Justin Trudeau [Trudeau]
2025-03-14 - Mark Carney [Carney]
@ CAN:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Minister of Foreign Affairs (Canada)
2000-10-17 2002-01-15 John Manley
2002-01-15 2004-07-20 Bill Graham
2004-07-20 2006-02-06 Pierre Pettigrew
2006-02-06 2007-08-14 Peter MacKay
2007-08-14 2008-05-26 Maxime Bernier
2008-10-30 2011-05-18 Lawrence Cannon
2011-05-18 2015-02-03 John Baird
2015-02-09 2015-11-04 Rob Nicholson
2015-11-04 2017-01-10 Stéphane Dion
2017-01-10 2019-11-20 Chrystia Freeland [Freeland]
2019-11-20 2021-01-12 François-Philippe Champagne
2021-01-12 2021-10-26 Marc Garneau
2021-10-26 2025-05-13 Mélanie Joly [Joly]
2025-05-13 - Anita Anand
@ CAN:defence_minister | GOV | defence_minister | $DM | Wikipedia: Minister of National Defence (Canada)
2002-05-26 2003-12-12 John McCallum
2003-12-12 2004-07-20 David Pratt
2004-07-20 2006-02-06 Bill Graham
2006-02-06 2007-08-14 Gordon O'Connor
2007-08-14 2013-07-15 Peter MacKay
2013-07-15 2015-02-09 Rob Nicholson
2015-02-09 2015-11-04 Jason Kenney
2015-11-04 2021-10-26 Harjit Sajjan
2021-10-26 2023-07-26 Anita Anand
2023-07-26 2025-05-13 Bill Blair
2025-05-13 - David McGuinty
@ ITA:president | GOV | head_of_state | $PRES | Wikipedia: President of Italy
1999-05-18 2006-05-15 Carlo Azeglio Ciampi [Ciampi]
2006-05-15 2015-01-14 Giorgio Napolitano [Napolitano]
2015-02-03 - Sergio Mattarella [Mattarella]
@ ITA:prime_minister | GOV | head_of_government | $PM | Wikipedia: Prime Minister of Italy
2000-04-26 2001-06-11 Giuliano Amato
2001-06-11 2006-05-17 Silvio Berlusconi [Berlusconi]
2006-05-17 2008-05-08 Romano Prodi [Prodi]
2008-05-08 2011-11-16 Silvio Berlusconi
2011-11-16 2013-04-28 Mario Monti [Monti]
2013-04-28 2014-02-22 Enrico Letta
2014-02-22 2016-12-12 Matteo Renzi [Renzi] {ITA OPP}
2016-12-12 2018-06-01 Paolo Gentiloni [Gentiloni]
2018-06-01 2021-02-13 Giuseppe Conte [Conte] {ITA OPP}
2021-02-13 2022-10-22 Mario Draghi [Draghi]
2022-10-22 - Giorgia Meloni [Meloni]
@ ITA:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Minister of Foreign Affairs (Italy)
2001-06-11 2002-01-06 Renato Ruggiero
2002-11-14 2004-11-18 Franco Frattini
2004-11-18 2006-05-17 Gianfranco Fini
2006-05-17 2008-05-08 Massimo D'Alema
2008-05-08 2011-11-16 Franco Frattini
2011-11-16 2013-03-26 Giulio Terzi
2013-04-28 2014-02-22 Emma Bonino
2014-02-22 2014-10-31 Federica Mogherini
2014-10-31 2016-12-12 Paolo Gentiloni
2016-12-12 2018-06-01 Angelino Alfano
2018-06-01 2019-09-05 Enzo Moavero Milanesi
2019-09-05 2022-10-22 Luigi Di Maio
2022-10-22 - Antonio Tajani [Tajani]
@ ITA:defence_minister | GOV | defence_minister | $DM | Wikipedia: Minister of Defence (Italy)
2001-06-11 2006-05-17 Antonio Martino
2006-05-17 2008-05-08 Arturo Parisi
2008-05-08 2011-11-16 Ignazio La Russa
2011-11-16 2013-04-28 Giampaolo Di Paola
2013-04-28 2014-02-22 Mario Mauro
2014-02-22 2018-06-01 Roberta Pinotti
2018-06-01 2019-09-05 Elisabetta Trenta
2019-09-05 2022-10-22 Lorenzo Guerini
2022-10-22 - Guido Crosetto [Crosetto]
@ MEX:president | GOV | head_of_state,head_of_government | $PRES | Wikipedia: President of Mexico
1994-12-01 2000-12-01 Ernesto Zedillo
2000-12-01 2006-12-01 Vicente Fox
2006-12-01 2012-12-01 Felipe Calderón
2012-12-01 2018-12-01 Enrique Peña Nieto [Peña Nieto]
2018-12-01 2024-10-01 Andrés Manuel López Obrador [López Obrador;Lopez Obrador;AMLO]
2024-10-01 - Claudia Sheinbaum [Sheinbaum]
@ MEX:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Secretariat of Foreign Affairs (Mexico)
2000-12-01 2003-01-10 Jorge Castañeda
2003-01-16 2006-12-01 Luis Ernesto Derbez
2006-12-01 2012-12-01 Patricia Espinosa
2012-12-01 2015-08-27 José Antonio Meade
2015-08-27 2017-01-04 Claudia Ruiz Massieu
2017-01-04 2018-12-01 Luis Videgaray
2018-12-01 2023-06-12 Marcelo Ebrard [Ebrard]
2023-07-03 2024-10-01 Alicia Bárcena
2024-10-01 - Juan Ramón de la Fuente ?
@ MEX:defence_minister | GOV | defence_minister | Menteri Pertahanan;Menhan;Defence Minister;Defense Secretary;Secretary of National Defense | Wikipedia: Secretariat of National Defense (Mexico)
2000-12-01 2006-12-01 Gerardo Clemente Vega
2006-12-01 2012-12-01 Guillermo Galván Galván
2012-12-01 2018-12-01 Salvador Cienfuegos
2018-12-01 2024-10-01 Luis Cresencio Sandoval
2024-10-01 - Ricardo Trevilla Trejo
@ ZAF:president | GOV | head_of_state,head_of_government | $PRES | Wikipedia: President of South Africa
1999-06-14 2008-09-25 Thabo Mbeki [Mbeki]
2008-09-25 2009-05-09 Kgalema Motlanthe
2009-05-09 2018-02-14 Jacob Zuma {ZAF OPP}
2018-02-15 - Cyril Ramaphosa [Ramaphosa]
@ ZAF:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Minister of International Relations and Cooperation
1999-06-17 2009-05-10 Nkosazana Dlamini-Zuma
2009-05-10 2018-02-27 Maite Nkoana-Mashabane
2018-02-27 2019-05-30 Lindiwe Sisulu
2019-05-30 2024-07-03 Naledi Pandor [Pandor]
2024-07-03 - Ronald Lamola [Lamola]
@ ZAF:defence_minister | GOV | defence_minister | $DM | Wikipedia: Minister of Defence and Military Veterans
1999-06-17 2008-09-25 Mosiuoa Lekota
2008-09-25 2009-05-10 Charles Nqakula
2009-05-10 2012-06-12 Lindiwe Sisulu
2012-06-12 2021-08-05 Nosiviwe Mapisa-Nqakula
2021-08-05 2024-07-03 Thandi Modise
2024-07-03 - Angie Motshekga
@ EUR:commission_president | GOV | head_of_government | Presiden;Ketua;President | Wikipedia: President of the European Commission | org=org:eu-commission
1999-09-16 2004-11-22 Romano Prodi
2004-11-22 2014-11-01 José Manuel Barroso [Barroso] {PRT CVL}
2014-11-01 2019-12-01 Jean-Claude Juncker [Juncker] {LUX CVL}
2019-12-01 - Ursula von der Leyen [von der Leyen;Von der Leyen] {DEU CVL}
@ EUR:council_president | GOV | head_of_state | Presiden;Ketua;President | Wikipedia: President of the European Council | org=org:eu-council
2009-12-01 2014-12-01 Herman Van Rompuy [Van Rompuy] {BEL CVL}
2014-12-01 2019-12-01 Donald Tusk [Tusk] {POL GOV}
2019-12-01 2024-12-01 Charles Michel {BEL CVL}
2024-12-01 - António Costa {PRT CVL}
@ EUR:high_representative | GOV | foreign_minister | Perwakilan Tinggi;Kepala Kebijakan Luar Negeri;Diplomat Tertinggi;Kepala Diplomasi;High Representative;Foreign Policy Chief | Wikipedia: High Representative of the Union for Foreign Affairs and Security Policy | org=org:EU
1999-10-18 2009-12-01 Javier Solana [Solana] {ESP CVL}
2009-12-01 2014-11-01 Catherine Ashton [Ashton] {GBR CVL}
2014-11-01 2019-12-01 Federica Mogherini
2019-12-01 2024-12-01 Josep Borrell [Borrell] {ESP CVL}
2024-12-01 - Kaja Kallas [Kallas] {EST CVL}
@ EUR:parliament_president | LEG | speaker | Presiden;Ketua;President | Wikipedia: President of the European Parliament | org=org:eu-parliament
2012-01-17 2017-01-17 Martin Schulz {DEU CVL}
2017-01-17 2019-07-03 Antonio Tajani
2019-07-03 2022-01-11 David Sassoli {ITA CVL}
2022-01-18 - Roberta Metsola [Metsola] {MLT CVL}
@ ARE:president | GOV | head_of_state | $PRES | Wikipedia: President of the United Arab Emirates
1971-12-02 2004-11-02 Zayed bin Sultan Al Nahyan
2004-11-03 2022-05-13 Khalifa bin Zayed Al Nahyan
2022-05-14 - Mohamed bin Zayed Al Nahyan [Mohamed bin Zayed;Mohammed bin Zayed;MBZ]
@ ARE:prime_minister | GOV | head_of_government | $PM | Wikipedia: Prime Minister of the United Arab Emirates
1990-11-20 2006-01-04 Maktoum bin Rashid Al Maktoum
2006-01-05 - Mohammed bin Rashid Al Maktoum [Mohammed bin Rashid;Sheikh Mohammed]
@ ARE:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Ministry of Foreign Affairs (United Arab Emirates)
1980-11-01 2006-02-09 Rashid Abdullah Al Nuaimi ?
2006-02-09 - Abdullah bin Zayed Al Nahyan [Abdullah bin Zayed]
@ ARE:defence_minister | GOV | defence_minister | $DM | Wikipedia: Ministry of Defence (United Arab Emirates)
1971-12-09 - Mohammed bin Rashid Al Maktoum
@ BHR:king | GOV | head_of_state | $KING;$EMIR | Wikipedia: King of Bahrain
1999-03-06 - Hamad bin Isa Al Khalifa [Raja Hamad]
@ BHR:prime_minister | GOV | head_of_government | $PM | Wikipedia: Prime Minister of Bahrain
1970-01-19 2020-11-11 Khalifa bin Salman Al Khalifa
2020-11-11 - Salman bin Hamad Al Khalifa
@ BHR:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Ministry of Foreign Affairs (Bahrain)
2005-09-26 2020-02-11 Khalid bin Ahmed Al Khalifa ?
2020-02-11 - Abdullatif bin Rashid Al Zayani [Al Zayani;Abdullatif Al Zayani]
@ IRQ:president | GOV | head_of_state | $PRES | Wikipedia: President of Iraq
1979-07-16 2003-04-09 Saddam Hussein [Saddam]
2004-06-28 2005-04-07 Ghazi al-Yawer
2005-04-07 2014-07-24 Jalal Talabani [Talabani]
2014-07-24 2018-10-02 Fuad Masum
2018-10-02 2022-10-17 Barham Salih
2022-10-17 - Abdul Latif Rashid
@ IRQ:prime_minister | GOV | head_of_government | $PM | Wikipedia: Prime Minister of Iraq
2004-06-28 2005-05-03 Ayad Allawi [Allawi]
2005-05-03 2006-05-20 Ibrahim al-Jaafari
2006-05-20 2014-09-08 Nouri al-Maliki [al-Maliki;Maliki]
2014-09-08 2018-10-25 Haider al-Abadi [al-Abadi]
2018-10-25 2020-05-07 Adil Abdul-Mahdi
2020-05-07 2022-10-27 Mustafa al-Kadhimi [al-Kadhimi]
2022-10-27 - Mohammed Shia al-Sudani [al-Sudani;Sudani]
@ IRQ:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Ministry of Foreign Affairs (Iraq)
2003-09-03 2014-07-11 Hoshyar Zebari [Zebari] ?
2014-09-08 2018-10-25 Ibrahim al-Jaafari
2018-10-25 2020-05-07 Mohamed Ali Alhakim
2020-06-06 - Fuad Hussein
@ JOR:king | GOV | head_of_state | $KING | Wikipedia: King of Jordan
1999-02-07 - Abdullah II [Raja Abdullah;King Abdullah;Abdullah II of Jordan]
@ JOR:prime_minister | GOV | head_of_government | $PM | Wikipedia: List of prime ministers of Jordan
2000-06-19 2003-10-25 Ali Abu al-Ragheb
2003-10-25 2005-04-07 Faisal al-Fayez
2005-04-07 2005-11-27 Adnan Badran
2005-11-27 2007-11-25 Marouf al-Bakhit
2007-11-25 2009-12-14 Nader al-Dahabi
2009-12-14 2011-02-09 Samir Rifai
2011-02-09 2011-10-24 Marouf al-Bakhit
2011-10-24 2012-05-02 Awn Khasawneh
2012-05-02 2012-10-11 Fayez al-Tarawneh
2012-10-11 2016-06-01 Abdullah Ensour
2016-06-01 2018-06-14 Hani Mulki
2018-06-14 2020-10-12 Omar Razzaz
2020-10-12 2024-09-18 Bisher Al-Khasawneh
2024-09-18 - Jafar Hassan
@ JOR:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Ministry of Foreign Affairs (Jordan)
2002-01-14 2004-10-07 Marwan Muasher ?
2007-11-25 2009-02-23 Salaheddine al-Bashir ?
2009-02-23 2017-01-15 Nasser Judeh [Judeh]
2017-01-15 - Ayman Safadi [Safadi]
@ KWT:emir | GOV | head_of_state | $EMIR | Wikipedia: Emir of Kuwait
1977-12-31 2006-01-15 Jaber Al-Ahmad Al-Sabah
2006-01-15 2006-01-24 Saad Al-Abdullah Al-Sabah
2006-01-29 2020-09-29 Sabah Al-Ahmad Al-Jaber Al-Sabah [Sabah Al-Ahmad]
2020-09-29 2023-12-16 Nawaf Al-Ahmad Al-Jaber Al-Sabah [Nawaf Al-Ahmad]
2023-12-16 - Mishal Al-Ahmad Al-Jaber Al-Sabah [Mishal Al-Ahmad]
@ KWT:prime_minister | GOV | head_of_government | $PM | Wikipedia: Prime Minister of Kuwait
2003-07-13 2006-01-29 Sabah Al-Ahmad Al-Jaber Al-Sabah
2006-02-07 2011-11-28 Nasser Al-Mohammed Al-Sabah
2011-11-30 2019-11-19 Jaber Al-Mubarak Al-Hamad Al-Sabah
2019-11-19 2022-07-24 Sabah Al-Khalid Al-Sabah
2022-07-24 2024-01-04 Ahmad Nawaf Al-Ahmad Al-Sabah
2024-01-04 2024-05-15 Mohammad Sabah Al-Salem Al-Sabah
2024-05-15 - Ahmad Abdullah Al-Ahmad Al-Sabah ?
@ KWT:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Ministry of Foreign Affairs (Kuwait)
1963-01-28 2003-07-13 Sabah Al-Ahmad Al-Jaber Al-Sabah
2003-07-13 2011-10-18 Mohammad Sabah Al-Salem Al-Sabah ?
2011-10-18 2019-12-17 Sabah Al-Khalid Al-Sabah ?
2019-12-17 2022-08-01 Ahmad Nasser Al-Mohammad Al-Sabah ?
@ LBN:president | GOV | head_of_state | $PRES | Wikipedia: President of Lebanon
1998-11-24 2007-11-24 Émile Lahoud [Lahoud]
2008-05-25 2014-05-25 Michel Suleiman
2016-10-31 2022-10-31 Michel Aoun
2025-01-09 - Joseph Aoun
@ LBN:prime_minister | GOV | head_of_government | $PM | Wikipedia: Prime Minister of Lebanon
2000-10-26 2004-10-26 Rafic Hariri [Rafik Hariri]
2004-10-26 2005-04-19 Omar Karami
2005-04-19 2005-07-19 Najib Mikati
2005-07-19 2009-11-09 Fouad Siniora [Siniora]
2009-11-09 2011-06-13 Saad Hariri
2011-06-13 2014-02-15 Najib Mikati
2014-02-15 2016-12-18 Tammam Salam
2016-12-18 2020-01-21 Saad Hariri
2020-01-21 2021-09-10 Hassan Diab
2021-09-10 2025-02-08 Najib Mikati [Mikati]
2025-02-08 - Nawaf Salam
@ LBN:speaker | LEG | speaker | Ketua Parlemen;Ketua Parlemen Lebanon;Speaker;Parliament Speaker | Wikipedia: Speaker of the Parliament of Lebanon
1992-10-20 - Nabih Berri [Berri]
@ LBN:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Ministry of Foreign Affairs and Emigrants (Lebanon)
2011-06-13 2014-02-15 Adnan Mansour
2014-02-15 2020-01-21 Gebran Bassil [Bassil] {LBN PTY}
2020-01-21 2020-08-03 Nassif Hitti
2021-09-10 2025-02-08 Abdallah Bou Habib
2025-02-08 - Youssef Rajji ?
@ LBN:defence_minister | GOV | defence_minister | $DM | Wikipedia: Ministry of National Defense (Lebanon)
2021-09-10 2025-02-08 Maurice Sleem
2025-02-08 - Michel Menassa ?
@ OMN:sultan | GOV | head_of_state,head_of_government | Sultan;Sultan Oman | Wikipedia: Sultan of Oman
1970-07-23 2020-01-10 Qaboos bin Said [Sultan Qaboos;Qaboos]
2020-01-11 - Haitham bin Tariq [Sultan Haitham]
@ OMN:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Ministry of Foreign Affairs (Oman)
1997-01-01 2020-08-18 Yusuf bin Alawi bin Abdullah [Yusuf bin Alawi] ?
2020-08-18 - Badr Albusaidi [Badr bin Hamad Albusaidi;Badr Al Busaidi]
@ SYR:president | GOV | head_of_state | $PRES | Wikipedia: President of Syria
2000-07-17 2024-12-08 Bashar al-Assad [Assad;Bashar Assad;al-Assad] {SYR CVL}
2025-01-29 - Ahmed al-Sharaa [al-Sharaa;Sharaa;Abu Mohammad al-Jolani;al-Jolani;Jolani;Abu Mohammed al-Julani] {SYR REB}
@ SYR:de_facto_leader | GOV | head_of_government | Pemimpin De Facto;Pemimpin de facto;De facto leader | Wikipedia: Syrian caretaker government
2024-12-08 2025-01-29 Ahmed al-Sharaa
@ SYR:prime_minister | GOV | head_of_government | $PM | Wikipedia: Prime Minister of Syria
2016-07-03 2020-06-11 Imad Khamis
2020-08-30 2024-09-14 Hussein Arnous
2024-09-14 2024-12-10 Mohammad Ghazi al-Jalali
2024-12-10 2025-03-29 Mohammed al-Bashir
@ SYR:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Ministry of Foreign Affairs and Expatriates (Syria)
1984-03-11 2006-02-11 Farouk al-Sharaa
2006-02-11 2020-11-16 Walid Muallem [Muallem]
2020-11-22 2024-09-23 Faisal Mekdad [Mekdad] ?
2024-09-23 2024-12-08 Bassam al-Sabbagh ?
2024-12-21 - Asaad al-Shaibani [al-Shaibani;Shaibani]
@ SYR:defence_minister | GOV | defence_minister | $DM | Wikipedia: Ministry of Defense (Syria)
2024-12-21 - Murhaf Abu Qasra ?
@ YEM:president | GOV | head_of_state | $PRES;Ketua Dewan Kepemimpinan Presiden;Presidential Leadership Council chairman | Wikipedia: President of Yemen; Presidential Leadership Council
1990-05-22 2012-02-27 Ali Abdullah Saleh
2012-02-27 2022-04-07 Abdrabbuh Mansur Hadi [Mansour Hadi]
2022-04-07 - Rashad al-Alimi [al-Alimi]
@ YEM:prime_minister | GOV | head_of_government | $PM | Wikipedia: Prime Minister of Yemen
2018-10-15 2024-02-05 Maeen Abdulmalik
2024-02-05 2025-05-03 Ahmad Awad bin Mubarak
2025-05-03 - Salem bin Breik ?
@ YEM:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Ministry of Foreign Affairs (Yemen)
2020-12-18 2024-02-05 Ahmad Awad bin Mubarak
@ YEM:houthi_spc_president | REB | head_of_state | Ketua Dewan Politik Tertinggi;Presiden Dewan Politik Tertinggi;Supreme Political Council president | Wikipedia: Supreme Political Council (Yemen) | org=group:houthis
2018-04-25 - Mahdi al-Mashat [al-Mashat]
@ PSE:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Ministry of Foreign Affairs and Expatriates (Palestine)
2007-06-17 2024-03-31 Riyad al-Maliki [Riyad al-Malki] ?
2024-03-31 2025-03-01 Mohammad Mustafa ?
2025-03-01 - Varsen Aghabekian ?
@ PSE:hamas_leader | REB | party_leader | Kepala Biro Politik;Ketua Biro Politik;Pemimpin;Pemimpin Politik;Political Bureau Chief;Political Leader;Leader | Wikipedia: Hamas (leadership) | org=group:hamas
1996-01-01 2017-05-06 Khaled Meshaal [Meshaal;Khaled Mashal;Khalid Mishal] ?
2017-05-06 2024-07-31 Ismail Haniyeh [Haniyeh;Ismail Haniya]
2024-08-06 2024-10-16 Yahya Sinwar [Sinwar;Yahya al-Sinwar]
@ LBN:hezbollah_secretary_general | REB | party_leader | Sekretaris Jenderal;Sekjen;Pemimpin;Secretary-General;Secretary General;Leader | Wikipedia: Secretary-General of Hezbollah | org=group:hezbollah
1992-02-16 2024-09-27 Hassan Nasrallah [Nasrallah;Hasan Nasrallah]
2024-10-29 - Naim Qassem [Qassem;Naim Qasem]
@ ISR:defence_minister | GOV | defence_minister | $DM | Wikipedia: Minister of Defense (Israel)
2001-03-07 2002-11-02 Binyamin Ben-Eliezer
2002-11-04 2006-05-04 Shaul Mofaz [Mofaz]
2006-05-04 2007-06-18 Amir Peretz
2007-06-18 2013-03-18 Ehud Barak
2013-03-18 2016-05-20 Moshe Ya'alon [Yaalon]
2016-05-30 2018-11-14 Avigdor Lieberman
2018-11-18 2019-11-12 Benjamin Netanyahu
2019-11-12 2020-05-17 Naftali Bennett
2020-05-17 2022-12-29 Benny Gantz [Gantz] {ISR OPP}
2022-12-29 2024-11-05 Yoav Gallant [Gallant]
2024-11-05 - Israel Katz
@ EGY:defence_minister | GOV | defence_minister | $DM | Wikipedia: Minister of Defense (Egypt)
1991-05-20 2012-08-12 Mohamed Hussein Tantawi
2012-08-12 2014-03-26 Abdel Fattah el-Sisi
2014-03-26 2018-06-14 Sedki Sobhi
2018-06-14 2024-07-03 Mohamed Ahmed Zaki
2024-07-03 - Abdel Mageed Saqr ?
@ QAT:defence_minister | GOV | defence_minister | $DM | Wikipedia: Ministry of Defence (Qatar)
2013-06-26 2024-03-01 Khalid al-Attiyah ?
2024-03-01 - Saoud bin Abdulrahman Al Thani ?
@ SAU:defence_minister | GOV | defence_minister | $DM | Wikipedia: Ministry of Defense (Saudi Arabia)
1962-10-01 2011-10-22 Sultan bin Abdulaziz
2011-11-05 2015-01-23 Salman bin Abdulaziz
2015-01-23 2022-09-27 Mohammed bin Salman
2022-09-27 - Khalid bin Salman
@ IRN:defence_minister | GOV | defence_minister | $DM | Wikipedia: Ministry of Defence and Armed Forces Logistics (Iran)
1997-08-20 2005-08-24 Ali Shamkhani [Shamkhani]
2005-08-24 2009-09-03 Mostafa Mohammad-Najjar
2009-09-03 2013-08-15 Ahmad Vahidi
2013-08-15 2017-08-20 Hossein Dehghan
2017-08-20 2021-08-25 Amir Hatami
2021-08-25 2024-08-21 Mohammad-Reza Gharaei Ashtiani
2024-08-21 - Aziz Nasirzadeh
@ TUR:defence_minister | GOV | defence_minister | $DM | Wikipedia: Ministry of National Defence (Turkey)
2002-11-18 2011-07-06 Vecdi Gönül ?
2011-07-06 2015-08-28 İsmet Yılmaz ?
2016-05-24 2017-07-19 Fikri Işık
2017-07-19 2018-07-10 Nurettin Canikli
2018-07-10 2023-06-03 Hulusi Akar [Akar]
2023-06-03 - Yaşar Güler
@ BRN:sultan | GOV | head_of_state,head_of_government | Sultan;Sultan Brunei;Perdana Menteri;PM;Prime Minister | Wikipedia: Sultan of Brunei
1967-10-05 - Hassanal Bolkiah [Sultan Hassanal Bolkiah]
@ BRN:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Ministry of Foreign Affairs (Brunei)
1984-01-01 2015-10-22 Mohamed Bolkiah
2015-10-22 - Hassanal Bolkiah
@ LAO:president | GOV | head_of_state | $PRES | Wikipedia: President of Laos
1998-02-24 2006-06-08 Khamtai Siphandone
2006-06-08 2016-04-20 Choummaly Sayasone
2016-04-20 2021-03-22 Bounnhang Vorachith
2021-03-22 - Thongloun Sisoulith [Thongloun]
@ LAO:prime_minister | GOV | head_of_government | $PM | Wikipedia: Prime Minister of Laos
2001-03-27 2006-06-08 Bounnhang Vorachith
2006-06-08 2010-12-23 Bouasone Bouphavanh
2010-12-23 2016-04-20 Thongsing Thammavong
2016-04-20 2021-03-22 Thongloun Sisoulith
2021-03-22 2022-12-30 Phankham Viphavanh
2022-12-30 - Sonexay Siphandone
@ LAO:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Ministry of Foreign Affairs (Laos)
1993-02-01 2006-06-08 Somsavat Lengsavad ?
2006-06-08 2016-04-20 Thongloun Sisoulith
2016-04-20 2024-12-01 Saleumxay Kommasith ?
2024-12-01 - Thongsavanh Phomvihane ?
@ MMR:head_of_state | GOV | head_of_state | $PRES;Presiden Sementara;Acting President;Ketua SPDC | Wikipedia: President of Myanmar; State Peace and Development Council
1992-04-23 2011-03-30 Than Shwe
2011-03-30 2016-03-30 Thein Sein
2016-03-30 2018-03-21 Htin Kyaw
2018-03-30 2021-02-01 Win Myint
2021-02-01 2024-07-22 Myint Swe
2024-07-22 - Min Aung Hlaing [Jenderal Min Aung Hlaing]
@ MMR:state_counsellor | GOV | head_of_government | Penasihat Negara;State Counsellor | Wikipedia: State Counsellor of Myanmar
2016-04-06 2021-02-01 Aung San Suu Kyi [Suu Kyi] {MMR OPP}
@ MMR:prime_minister | GOV | head_of_government | $PM;Ketua Dewan Administrasi Negara;SAC chairman | Wikipedia: Prime Minister of Myanmar; State Administration Council
2021-02-02 2025-07-31 Min Aung Hlaing
2025-07-31 - Nyo Saw ?
@ MMR:commander_in_chief | MIL | military_chief | Panglima Militer;Panglima Tertinggi;Kepala Junta;Pemimpin Junta;Commander-in-Chief;Junta Chief | Wikipedia: Commander-in-Chief of Defence Services
2011-03-30 - Min Aung Hlaing
@ MMR:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Ministry of Foreign Affairs (Myanmar)
2004-09-18 2011-03-30 Nyan Win
2011-03-30 2016-03-30 Wunna Maung Lwin
2016-03-30 2021-02-01 Aung San Suu Kyi
2021-02-01 2023-02-01 Wunna Maung Lwin ?
2023-02-01 - Than Swe ?
@ TLS:president | GOV | head_of_state | $PRES | Wikipedia: President of East Timor
2002-05-20 2007-05-20 Xanana Gusmão [Xanana;Xanana Gusmao]
2007-05-20 2012-05-20 José Ramos-Horta [Ramos-Horta;Ramos Horta;Jose Ramos-Horta]
2012-05-20 2017-05-20 Taur Matan Ruak
2017-05-20 2022-05-20 Francisco Guterres [Lú-Olo;Lu Olo]
2022-05-20 - José Ramos-Horta
@ TLS:prime_minister | GOV | head_of_government | $PM | Wikipedia: Prime Minister of East Timor
2002-05-20 2006-06-26 Mari Alkatiri [Alkatiri]
2006-07-10 2007-05-19 José Ramos-Horta
2007-08-08 2015-02-16 Xanana Gusmão
2015-02-16 2017-09-15 Rui Maria de Araújo
2017-09-15 2018-06-22 Mari Alkatiri
2018-06-22 2023-07-01 Taur Matan Ruak
2023-07-01 - Xanana Gusmão
@ SDN:head_of_state | GOV | head_of_state | $PRES;Ketua Dewan Kedaulatan;Sovereignty Council chairman | Wikipedia: List of heads of state of Sudan
1989-06-30 2019-04-11 Omar al-Bashir [al-Bashir;Omar Bashir]
2019-04-11 2019-04-12 Awad Ibn Auf
2019-04-12 - Abdel Fattah al-Burhan [al-Burhan;Burhan;Jenderal Burhan] {SDN MIL}
@ SDN:prime_minister | GOV | head_of_government | $PM | Wikipedia: Prime Minister of Sudan
2019-08-21 2021-10-25 Abdalla Hamdok [Hamdok;Abdallah Hamdok] {SDN CVL}
2021-11-21 2022-01-02 Abdalla Hamdok
2025-05-19 - Kamil Idris ?
@ SDN:rsf_commander | REB | military_chief | Komandan;Pemimpin;Panglima;Commander;Leader | Wikipedia: Rapid Support Forces | org=group:rsf
2013-08-01 - Mohamed Hamdan Dagalo [Hemedti;Hamdan Dagalo;Dagalo;Mohamed Hamdan Daglo] {SDN REB} ?
@ SDN:sovereignty_council_deputy | GOV | vice_president | Wakil Ketua Dewan Kedaulatan;Sovereignty Council deputy chairman | Wikipedia: Transitional Sovereignty Council
2019-08-21 2023-05-19 Mohamed Hamdan Dagalo
@ IDN:finance_minister | GOV | finance_minister | Menteri Keuangan;Menkeu;Finance Minister;Minister of Finance | Wikipedia: Ministry of Finance (Indonesia), list of ministers
2000-08-23 2001-06-01 Prijadi Praptosuhardjo ?
2001-06-01 2001-08-09 Rizal Ramli
2001-08-10 2004-10-20 Boediono
2004-10-21 2005-12-07 Jusuf Anwar
2005-12-07 2010-05-20 Sri Mulyani Indrawati [Sri Mulyani;SMI]
2010-05-20 2013-05-20 Agus Martowardojo
2013-05-21 2014-10-20 Chatib Basri
2014-10-27 2016-07-27 Bambang Brodjonegoro
2016-07-27 2025-09-08 Sri Mulyani Indrawati
2025-09-08 - Purbaya Yudhi Sadewa [Purbaya]
@ IDN:home_minister | GOV | home_minister | Menteri Dalam Negeri;Mendagri;Home Affairs Minister;Minister of Home Affairs | Wikipedia: Ministry of Home Affairs (Indonesia)
2001-08-10 2004-10-20 Hari Sabarno
2004-10-21 2009-10-20 Mohammad Ma'ruf
2009-10-22 2014-10-20 Gamawan Fauzi
2014-10-27 2019-10-20 Tjahjo Kumolo
2019-10-23 - Tito Karnavian [Tito]
@ IDN:coordinating_minister_polkam | GOV | coordinating_minister | Menteri Koordinator Bidang Politik dan Keamanan;Menteri Koordinator Bidang Politik, Hukum, dan Keamanan;Menko Polkam;Menko Polhukam;Coordinating Minister for Political and Security Affairs | Wikipedia: Coordinating Ministry for Political and Security Affairs | own=Menko Polkam;Menko Polhukam
2001-08-10 2004-03-11 Susilo Bambang Yudhoyono
2004-10-21 2009-10-20 Widodo Adi Sutjipto
2009-10-22 2014-10-20 Djoko Suyanto
2014-10-27 2015-08-12 Tedjo Edhy Purdijatno
2015-08-12 2016-07-27 Luhut Binsar Pandjaitan [Luhut;Luhut Pandjaitan]
2016-07-27 2019-10-20 Wiranto
2019-10-23 2024-02-02 Mahfud MD [Mahfud]
2024-02-21 2024-10-20 Hadi Tjahjanto
2024-10-21 2025-09-08 Budi Gunawan
2025-09-17 - Djamari Chaniago ?
@ IDN:coordinating_minister_economy | GOV | coordinating_minister | Menteri Koordinator Bidang Perekonomian;Menko Perekonomian;Coordinating Minister for Economic Affairs | Wikipedia: Coordinating Ministry for Economic Affairs (Indonesia) | own=Menko Perekonomian
2001-08-10 2004-10-20 Dorodjatun Kuntjoro-Jakti
2004-10-21 2005-12-07 Aburizal Bakrie [Ical]
2005-12-07 2008-05-20 Boediono
2009-10-22 2014-05-13 Hatta Rajasa
2014-05-19 2014-10-20 Chairul Tanjung
2014-10-27 2015-08-12 Sofyan Djalil
2015-08-12 2019-10-20 Darmin Nasution
2019-10-23 - Airlangga Hartarto [Airlangga]
@ IDN:coordinating_minister_maritime | GOV | coordinating_minister | Menteri Koordinator Bidang Kemaritiman dan Investasi;Menko Marves;Menko Kemaritiman;Coordinating Minister for Maritime Affairs | Wikipedia: Coordinating Ministry for Maritime and Investment Affairs | own=Menko Marves
2015-08-12 2016-07-27 Rizal Ramli
2016-07-27 2024-10-20 Luhut Binsar Pandjaitan
@ IDN:coordinating_minister_pmk | GOV | coordinating_minister | Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan;Menko PMK;Coordinating Minister for Human Development and Culture | Wikipedia: Coordinating Ministry for Human Development and Culture | own=Menko PMK
2014-10-27 2019-10-01 Puan Maharani
2019-10-23 2024-10-20 Muhadjir Effendy
2024-10-21 - Pratikno
@ IDN:coordinating_minister_food | GOV | coordinating_minister | Menteri Koordinator Bidang Pangan;Menko Pangan;Coordinating Minister for Food Affairs | Wikipedia: Red and White Cabinet | own=Menko Pangan
2024-10-21 - Zulkifli Hasan [Zulhas]
@ IDN:coordinating_minister_infrastructure | GOV | coordinating_minister | Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan;Menko Infrastruktur;Menko IPK;Coordinating Minister for Infrastructure | Wikipedia: Red and White Cabinet | own=Menko Infrastruktur;Menko IPK
2024-10-21 - Agus Harimurti Yudhoyono [AHY]
@ IDN:coordinating_minister_empowerment | GOV | coordinating_minister | Menteri Koordinator Bidang Pemberdayaan Masyarakat;Menko Pemberdayaan Masyarakat;Menko PM;Coordinating Minister for Community Empowerment | Wikipedia: Red and White Cabinet | own=Menko Pemberdayaan Masyarakat
2024-10-21 - Muhaimin Iskandar [Cak Imin;Muhaimin]
@ IDN:coordinating_minister_law | GOV | coordinating_minister | Menteri Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan;Menko Kumham Imipas;Menko Hukum;Coordinating Minister for Law and Human Rights | Wikipedia: Red and White Cabinet | own=Menko Kumham Imipas
2024-10-21 - Yusril Ihza Mahendra [Yusril]
@ IDN:state_secretary | GOV | minister | Menteri Sekretaris Negara;Mensesneg;State Secretary;Minister of State Secretariat | Wikipedia: Ministry of State Secretariat (Indonesia) | own=Mensesneg
2014-10-27 2024-10-20 Pratikno
2024-10-21 - Prasetyo Hadi
@ IDN:religious_affairs_minister | GOV | minister | Menteri Agama;Menag;Religious Affairs Minister | Wikipedia: Ministry of Religious Affairs (Indonesia)
2020-12-23 2024-10-20 Yaqut Cholil Qoumas [Gus Yaqut]
2024-10-21 - Nasaruddin Umar
@ IDN:law_minister | GOV | minister | Menteri Hukum;Menkum;Law Minister;Menteri Hukum dan HAM;Menkumham | Wikipedia: Ministry of Law (Indonesia)
2014-10-27 2019-10-01 Yasonna Laoly [Yasonna]
2019-10-23 2024-08-19 Yasonna Laoly
2024-08-19 2024-10-20 Supratman Andi Agtas
2024-10-21 - Supratman Andi Agtas
@ IDN:human_rights_minister | GOV | minister | Menteri Hak Asasi Manusia;Menteri HAM;Human Rights Minister | Wikipedia: Ministry of Human Rights (Indonesia)
2024-10-21 - Natalius Pigai [Pigai]
@ IDN:immigration_minister | GOV | minister | Menteri Imigrasi dan Pemasyarakatan;Menteri Imipas;Immigration and Corrections Minister | Wikipedia: Ministry of Immigration and Corrections (Indonesia)
2024-10-21 - Agus Andrianto
@ IDN:primary_education_minister | GOV | minister | Menteri Pendidikan Dasar dan Menengah;Mendikdasmen;Primary and Secondary Education Minister | Wikipedia: Ministry of Primary and Secondary Education (Indonesia)
2024-10-21 - Abdul Mu'ti
@ IDN:higher_education_minister | GOV | minister | Menteri Pendidikan Tinggi, Sains, dan Teknologi;Mendiktisaintek;Higher Education Minister | Wikipedia: Ministry of Higher Education, Science, and Technology (Indonesia)
2024-10-21 2025-02-19 Satryo Soemantri Brodjonegoro
2025-02-19 - Brian Yuliarto
@ IDN:education_minister | GOV | minister | Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi;Mendikbudristek;Mendikbud;Education Minister | Wikipedia: Ministry of Education, Culture, Research, and Technology (Indonesia)
2019-10-23 2024-10-20 Nadiem Makarim [Nadiem]
@ IDN:culture_minister | GOV | minister | Menteri Kebudayaan;Menbud;Culture Minister | Wikipedia: Ministry of Culture (Indonesia)
2024-10-21 - Fadli Zon
@ IDN:health_minister | GOV | minister | Menteri Kesehatan;Menkes;Health Minister | Wikipedia: Ministry of Health (Indonesia)
2019-10-23 2020-12-23 Terawan Agus Putranto [Terawan]
2020-12-23 - Budi Gunadi Sadikin
@ IDN:social_minister | GOV | minister | Menteri Sosial;Mensos;Social Affairs Minister | Wikipedia: Ministry of Social Affairs (Indonesia)
2020-12-23 2024-09-04 Tri Rismaharini [Risma] ?
2024-09-19 - Saifullah Yusuf [Gus Ipul]
@ IDN:manpower_minister | GOV | minister | Menteri Ketenagakerjaan;Menaker;Menteri Tenaga Kerja;Manpower Minister | Wikipedia: Ministry of Manpower (Indonesia)
2019-10-23 2024-10-20 Ida Fauziyah
2024-10-21 - Yassierli
@ IDN:migrant_workers_minister | GOV | minister | Menteri Pelindungan Pekerja Migran Indonesia;Menteri P2MI;Migrant Workers Protection Minister | Wikipedia: Ministry of Migrant Workers Protection (Indonesia)
2024-10-21 2025-09-08 Abdul Kadir Karding
2025-09-08 - Mukhtarudin ?
@ IDN:industry_minister | GOV | minister | Menteri Perindustrian;Menperin;Industry Minister | Wikipedia: Ministry of Industry (Indonesia)
2020-12-23 - Agus Gumiwang Kartasasmita
@ IDN:trade_minister | GOV | minister | Menteri Perdagangan;Mendag;Trade Minister | Wikipedia: Ministry of Trade (Indonesia)
2022-06-15 2024-08-19 Zulkifli Hasan
2024-10-21 - Budi Santoso
@ IDN:energy_minister | GOV | minister | Menteri Energi dan Sumber Daya Mineral;Menteri ESDM;Energy Minister | Wikipedia: Ministry of Energy and Mineral Resources (Indonesia)
2016-10-14 2019-10-20 Ignasius Jonan
2019-10-23 2024-08-19 Arifin Tasrif
2024-08-19 - Bahlil Lahadalia [Bahlil]
@ IDN:public_works_minister | GOV | minister | Menteri Pekerjaan Umum;Menteri PU;Menteri PUPR;Public Works Minister | Wikipedia: Ministry of Public Works (Indonesia)
2014-10-27 2024-10-20 Basuki Hadimuljono
2024-10-21 - Dody Hanggodo
@ IDN:housing_minister | GOV | minister | Menteri Perumahan dan Kawasan Permukiman;Menteri PKP;Housing Minister | Wikipedia: Red and White Cabinet
2024-10-21 - Maruarar Sirait
@ IDN:villages_minister | GOV | minister | Menteri Desa dan Pembangunan Daerah Tertinggal;Mendes PDT;Mendes;Villages Minister | Wikipedia: Ministry of Villages (Indonesia)
2024-10-21 - Yandri Susanto
@ IDN:transportation_minister | GOV | minister | Menteri Perhubungan;Menhub;Transportation Minister | Wikipedia: Ministry of Transportation (Indonesia)
2016-07-27 2024-10-20 Budi Karya Sumadi
2024-10-21 - Dudy Purwagandhi
@ IDN:communication_minister | GOV | minister | Menteri Komunikasi dan Digital;Menkomdigi;Menteri Komunikasi dan Informatika;Menkominfo;Communication Minister | Wikipedia: Ministry of Communication and Digital Affairs (Indonesia)
2023-07-17 2024-10-20 Budi Arie Setiadi [Budi Arie]
2024-10-21 - Meutya Hafid
@ IDN:agriculture_minister | GOV | minister | Menteri Pertanian;Mentan;Agriculture Minister | Wikipedia: Ministry of Agriculture (Indonesia)
2014-10-27 2019-10-20 Andi Amran Sulaiman [Amran Sulaiman]
2019-10-23 2023-10-06 Syahrul Yasin Limpo
2023-10-25 - Andi Amran Sulaiman
@ IDN:forestry_minister | GOV | minister | Menteri Kehutanan;Menhut;Forestry Minister | Wikipedia: Ministry of Forestry (Indonesia)
2024-10-21 - Raja Juli Antoni
@ IDN:marine_minister | GOV | minister | Menteri Kelautan dan Perikanan;Menteri KP;Marine Affairs and Fisheries Minister | Wikipedia: Ministry of Marine Affairs and Fisheries (Indonesia)
2014-10-27 2019-10-20 Susi Pudjiastuti [Susi]
2020-12-23 - Sakti Wahyu Trenggono
@ IDN:agrarian_minister | GOV | minister | Menteri Agraria dan Tata Ruang;Menteri ATR;Agrarian Minister | Wikipedia: Ministry of Agrarian Affairs and Spatial Planning (Indonesia)
2024-10-21 - Nusron Wahid
@ IDN:planning_minister | GOV | minister | Menteri Perencanaan Pembangunan Nasional;Kepala Bappenas;Menteri PPN;Planning Minister | Wikipedia: Ministry of National Development Planning (Indonesia)
2024-10-21 - Rachmat Pambudy
@ IDN:bureaucratic_reform_minister | GOV | minister | Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi;Menpan RB;MenPANRB;Administrative Reform Minister | Wikipedia: Ministry of Administrative and Bureaucratic Reform (Indonesia)
2024-10-21 - Rini Widyantini
@ IDN:soe_minister | GOV | minister | Menteri Badan Usaha Milik Negara;Menteri BUMN;State-Owned Enterprises Minister | Wikipedia: Ministry of State-Owned Enterprises (Indonesia)
2014-10-27 2019-10-20 Rini Soemarno
2019-10-23 2025-09-17 Erick Thohir [Erick] ?
@ IDN:investment_minister | GOV | minister | Menteri Investasi dan Hilirisasi;Menteri Investasi;Kepala BKPM;Investment Minister | Wikipedia: Ministry of Investment and Downstreaming (Indonesia)
2021-04-28 2024-08-19 Bahlil Lahadalia
2024-08-19 - Rosan Roeslani [Rosan]
@ IDN:smes_minister | GOV | minister | Menteri Usaha Mikro, Kecil, dan Menengah;Menteri UMKM;MSME Minister | Wikipedia: Red and White Cabinet
2024-10-21 - Maman Abdurrahman
@ IDN:cooperatives_minister | GOV | minister | Menteri Koperasi;Menkop;Cooperatives Minister | Wikipedia: Ministry of Cooperatives (Indonesia)
2024-10-21 2025-09-08 Budi Arie Setiadi
2025-09-08 - Ferry Juliantono
@ IDN:tourism_minister | GOV | minister | Menteri Pariwisata;Menpar;Tourism Minister | Wikipedia: Ministry of Tourism (Indonesia)
2024-10-21 - Widiyanti Putri Wardhana
@ IDN:creative_economy_minister | GOV | minister | Menteri Ekonomi Kreatif;Menekraf;Creative Economy Minister | Wikipedia: Ministry of Creative Economy (Indonesia)
2024-10-21 - Teuku Riefky Harsya
@ IDN:women_minister | GOV | minister | Menteri Pemberdayaan Perempuan dan Perlindungan Anak;Menteri PPPA;Women's Empowerment Minister | Wikipedia: Ministry of Women's Empowerment and Child Protection (Indonesia)
2024-10-21 - Arifatul Choiri Fauzi
@ IDN:youth_sports_minister | GOV | minister | Menteri Pemuda dan Olahraga;Menpora;Youth and Sports Minister | Wikipedia: Ministry of Youth and Sports Affairs (Indonesia)
2023-04-03 2025-09-08 Dito Ariotedjo
2025-09-17 - Erick Thohir ?
@ IDN:environment_minister | GOV | minister | Menteri Lingkungan Hidup;Menteri LH;Environment Minister | Wikipedia: Ministry of Environment (Indonesia)
2014-10-27 2024-10-20 Siti Nurbaya Bakar
2024-10-21 - Hanif Faisol Nurofiq
@ IDN:population_minister | GOV | minister | Menteri Kependudukan dan Pembangunan Keluarga;Mendukbangga;Population Minister | Wikipedia: Red and White Cabinet
2024-10-21 - Wihaji
@ IDN:hajj_minister | GOV | minister | Menteri Haji dan Umrah;Menteri Haji;Hajj Minister | Wikipedia: Ministry of Hajj and Umrah (Indonesia)
2025-09-08 - Mochamad Irfan Yusuf [Gus Irfan] ?
@ IDN:cabinet_secretary | GOV | minister | Sekretaris Kabinet;Seskab;Cabinet Secretary | Wikipedia: Cabinet Secretariat (Indonesia) | own=Seskab
2014-11-03 2024-10-20 Pramono Anung
2024-10-21 - Teddy Indra Wijaya [Teddy] ?
@ IDN:tni_commander | MIL | military_chief | Panglima;Panglima TNI;Commander;TNI Commander | Wikipedia: Commander of the Indonesian National Armed Forces | org=org:idn-tni | own=Panglima TNI
1999-10-26 2002-06-07 Widodo Adi Sutjipto
2002-06-07 2006-02-13 Endriartono Sutarto
2006-02-13 2007-12-28 Djoko Suyanto
2007-12-28 2010-09-28 Djoko Santoso
2010-09-28 2013-08-30 Agus Suhartono
2013-08-30 2015-07-08 Moeldoko
2015-07-08 2017-12-08 Gatot Nurmantyo [Gatot]
2017-12-08 2021-11-17 Hadi Tjahjanto
2021-11-17 2022-12-19 Andika Perkasa
2022-12-19 2023-11-22 Yudo Margono
2023-11-22 - Agus Subiyanto
@ IDN:army_chief | MIL | military_chief | Kepala Staf;Kepala Staf Angkatan Darat;KSAD;Kasad;Army Chief of Staff | Wikipedia: Chief of Staff of the Indonesian Army | org=org:idn-tni-ad | own=KSAD;Kasad;Kepala Staf Angkatan Darat
2015-07-15 2018-11-22 Mulyono
2018-11-22 2021-11-17 Andika Perkasa
2021-11-17 2023-10-25 Dudung Abdurachman
2023-10-25 2023-11-22 Agus Subiyanto
2023-11-29 - Maruli Simanjuntak
@ IDN:navy_chief | MIL | military_chief | Kepala Staf;Kepala Staf Angkatan Laut;KSAL;Kasal;Navy Chief of Staff | Wikipedia: Chief of Staff of the Indonesian Navy | org=org:idn-tni-al | own=KSAL;Kasal;Kepala Staf Angkatan Laut
2020-05-20 2022-12-28 Yudo Margono
2022-12-28 - Muhammad Ali ?
@ IDN:air_force_chief | MIL | military_chief | Kepala Staf;Kepala Staf Angkatan Udara;KSAU;Kasau;Air Force Chief of Staff | Wikipedia: Chief of Staff of the Indonesian Air Force | org=org:idn-tni-au | own=KSAU;Kasau;Kepala Staf Angkatan Udara
2020-05-20 2023-04-05 Fadjar Prasetyo ?
2023-04-05 - Mohamad Tonny Harjono ?
@ IDN:police_chief | COP | police_chief | Kapolri;Kepala Polri;Kepala Kepolisian Negara Republik Indonesia;Police Chief;National Police Chief | Wikipedia: Chief of the Indonesian National Police | org=org:idn-polri | own=Kapolri;Kepala Polri
2001-11-29 2005-07-08 Da'i Bachtiar
2005-07-08 2008-10-01 Sutanto
2008-10-01 2010-10-22 Bambang Hendarso Danuri
2010-10-22 2013-10-25 Timur Pradopo
2013-10-25 2015-01-16 Sutarman
2015-04-17 2016-07-13 Badrodin Haiti
2016-07-13 2019-10-22 Tito Karnavian
2019-11-01 2021-01-27 Idham Azis
2021-01-27 - Listyo Sigit Prabowo [Listyo Sigit;Listyo]
@ IDN:kpk_chair | JUD | anti_corruption_chief | Ketua;Ketua KPK;KPK Chairman;KPK chief | Wikipedia: Corruption Eradication Commission | org=org:idn-kpk | own=Ketua KPK
2003-12-29 2007-12-18 Taufiequrachman Ruki
2007-12-18 2009-10-11 Antasari Azhar ?
2011-12-16 2015-02-18 Abraham Samad
2015-02-20 2015-12-21 Taufiequrachman Ruki
2015-12-21 2019-12-20 Agus Rahardjo
2019-12-20 2023-11-24 Firli Bahuri [Firli]
2023-11-24 2024-12-20 Nawawi Pomolango
2024-12-20 - Setyo Budiyanto
@ IDN:bin_chief | SPY | intelligence_chief | Kepala;Kepala BIN;BIN chief;Head of State Intelligence | Wikipedia: State Intelligence Agency (Indonesia) | org=org:idn-bin | own=Kepala BIN
2001-08-10 2004-12-08 A.M. Hendropriyono [Hendropriyono]
2004-12-08 2009-10-22 Syamsir Siregar
2009-10-22 2011-10-19 Sutanto
2011-10-19 2015-07-08 Marciano Norman
2015-07-08 2016-09-09 Sutiyoso
2016-09-09 2024-10-20 Budi Gunawan
2024-10-21 - Muhammad Herindra
@ IDN:attorney_general | JUD | attorney_general | Jaksa Agung;Attorney General | Wikipedia: Attorney General of Indonesia | own=Jaksa Agung
2001-08-10 2004-10-20 M.A. Rachman
2004-10-21 2007-05-07 Abdul Rahman Saleh
2007-05-07 2010-09-24 Hendarman Supandji
2010-11-26 2014-10-20 Basrief Arief
2014-11-20 2019-10-20 H.M. Prasetyo
2019-10-23 - Sanitiar Burhanuddin [ST Burhanuddin]
@ IDN:dpr_speaker | LEG | speaker | Ketua;Ketua DPR;DPR Speaker;Speaker of the House | Wikipedia: Speaker of the People's Representative Council | org=org:idn-dpr | own=Ketua DPR;Ketua DPR RI
1999-10-01 2004-10-01 Akbar Tandjung
2004-10-01 2009-10-01 Agung Laksono
2009-10-01 2014-10-01 Marzuki Alie
2014-10-02 2015-12-16 Setya Novanto [Setnov]
2016-01-11 2016-11-30 Ade Komarudin
2016-11-30 2017-12-11 Setya Novanto
2018-01-15 2019-10-01 Bambang Soesatyo [Bamsoet]
2019-10-01 - Puan Maharani [Puan]
@ IDN:mpr_speaker | LEG | speaker | Ketua;Ketua MPR;MPR Speaker | Wikipedia: Speaker of the People's Consultative Assembly | org=org:idn-mpr | own=Ketua MPR;Ketua MPR RI
1999-10-03 2004-10-06 Amien Rais
2004-10-06 2009-10-03 Hidayat Nur Wahid
2009-10-03 2013-06-08 Taufiq Kiemas
2014-10-08 2019-10-03 Zulkifli Hasan
2019-10-03 2024-10-03 Bambang Soesatyo
2024-10-03 - Ahmad Muzani [Muzani]
@ IDN:pdip_chair | PTY | party_leader | Ketua Umum;Ketum;Chair;Chairwoman | Wikipedia: Indonesian Democratic Party of Struggle | org=party:idn-pdip
1999-02-15 - Megawati Soekarnoputri ?
@ IDN:golkar_chair | PTY | party_leader | Ketua Umum;Ketum;Chair;Chairman | Wikipedia: Golkar | org=party:idn-golkar
1998-07-11 2004-12-19 Akbar Tandjung
2004-12-19 2009-10-08 Jusuf Kalla
2009-10-08 2016-05-17 Aburizal Bakrie
2016-05-17 2017-12-13 Setya Novanto
2017-12-13 2024-08-11 Airlangga Hartarto
2024-08-21 - Bahlil Lahadalia
@ IDN:gerindra_chair | PTY | party_leader | Ketua Umum;Ketum;Chair;Chairman | Wikipedia: Gerindra Party | org=party:idn-gerindra
2014-09-20 - Prabowo Subianto ?
@ IDN:pkb_chair | PTY | party_leader | Ketua Umum;Ketum;Chair;Chairman | Wikipedia: National Awakening Party | org=party:idn-pkb
2005-04-18 - Muhaimin Iskandar ?
@ IDN:nasdem_chair | PTY | party_leader | Ketua Umum;Ketum;Chair;Chairman | Wikipedia: NasDem Party | org=party:idn-nasdem
2013-01-25 - Surya Paloh [Paloh] {IDN PTY} ?
@ IDN:demokrat_chair | PTY | party_leader | Ketua Umum;Ketum;Chair;Chairman | Wikipedia: Democratic Party (Indonesia) | org=party:idn-demokrat
2013-03-30 2020-03-15 Susilo Bambang Yudhoyono
2020-03-15 - Agus Harimurti Yudhoyono
@ IDN:pan_chair | PTY | party_leader | Ketua Umum;Ketum;Chair;Chairman | Wikipedia: National Mandate Party | org=party:idn-pan
2015-03-01 - Zulkifli Hasan ?
@ IDN:psi_chair | PTY | party_leader | Ketua Umum;Ketum;Chair;Chairman | Wikipedia: Indonesian Solidarity Party | org=party:idn-psi
2023-09-25 - Kaesang Pangarep [Kaesang] {IDN PTY}
@ UNO:unrwa_commissioner_general | GOV | agency_head | Komisaris Jenderal;Kepala;Komjen;Commissioner-General;Chief | Wikipedia: UNRWA (Commissioners-General) | org=org:unrwa
2014-03-30 2019-11-06 Pierre Krähenbühl {CHE CVL}
2020-03-18 - Philippe Lazzarini [Lazzarini] {CHE CVL}
@ UNO:who_director_general | GOV | agency_head | Direktur Jenderal;Dirjen;Kepala;Director-General;Director General;Chief | Wikipedia: Director-General of the World Health Organization | org=org:who
1998-07-21 2003-07-21 Gro Harlem Brundtland {NOR CVL}
2003-07-21 2006-05-22 Lee Jong-wook {KOR CVL}
2007-01-04 2017-07-01 Margaret Chan {CHN CVL}
2017-07-01 - Tedros Adhanom Ghebreyesus [Tedros] {ETH CVL}
@ UNO:unhcr_high_commissioner | GOV | agency_head | Komisaris Tinggi;Kepala;High Commissioner;Chief | Wikipedia: United Nations High Commissioner for Refugees | org=org:unhcr
2001-01-01 2005-02-20 Ruud Lubbers {NLD CVL}
2005-06-15 2016-01-01 António Guterres
2016-01-01 2026-01-01 Filippo Grandi [Grandi] {ITA CVL} ?
@ UNO:ocha_chief | GOV | agency_head | Kepala;Koordinator Bantuan Darurat;Wakil Sekjen Urusan Kemanusiaan;Emergency Relief Coordinator;Humanitarian Chief;Chief | Wikipedia: Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator | org=org:ocha
2010-09-01 2015-05-29 Valerie Amos {GBR CVL}
2015-05-29 2017-09-01 Stephen O'Brien {GBR CVL}
2017-09-01 2021-06-30 Mark Lowcock {GBR CVL}
2021-07-19 2024-06-30 Martin Griffiths {GBR CVL}
2024-11-18 - Tom Fletcher {GBR CVL}
@ UNO:unicef_executive_director | GOV | agency_head | Direktur Eksekutif;Kepala;Executive Director;Chief | Wikipedia: UNICEF (Executive Directors) | org=org:unicef
2018-01-01 2022-01-31 Henrietta Fore {USA CVL}
2022-02-01 - Catherine Russell {USA CVL}
@ UNO:human_rights_chief | GOV | agency_head | Komisaris Tinggi;Kepala;High Commissioner;Chief | Wikipedia: United Nations High Commissioner for Human Rights | org=org:ohchr
2018-09-01 2022-08-31 Michelle Bachelet {CHL CVL}
2022-10-17 - Volker Türk [Türk;Volker Turk] {AUT CVL}
@ UNO:iaea_director_general | GOV | agency_head | Direktur Jenderal;Dirjen;Kepala;Director-General;Director General;Chief | Wikipedia: Director General of the International Atomic Energy Agency | org=org:iaea
1997-12-01 2009-12-01 Mohamed ElBaradei [ElBaradei] {EGY CVL}
2009-12-01 2019-07-18 Yukiya Amano {JPN CVL}
2019-12-03 - Rafael Grossi [Grossi;Rafael Mariano Grossi] {ARG CVL}
@ UNO:icj_president | JUD | court_president | Presiden;Ketua;President | Wikipedia: President of the International Court of Justice | org=org:icj
2000-02-07 2003-02-06 Gilbert Guillaume {FRA CVL}
2003-02-06 2006-02-06 Shi Jiuyong {CHN CVL}
2006-02-06 2009-02-06 Rosalyn Higgins {GBR CVL}
2009-02-06 2012-02-06 Hisashi Owada {JPN CVL}
2012-02-06 2015-02-06 Peter Tomka {SVK CVL}
2015-02-06 2018-02-06 Ronny Abraham {FRA CVL}
2018-02-06 2021-02-08 Abdulqawi Yusuf {SOM CVL}
2021-02-08 2024-02-06 Joan Donoghue {USA CVL}
2024-02-06 2025-01-14 Nawaf Salam {LBN CVL}
2025-03-03 - Iwasawa Yuji {JPN CVL}
@ IGO:nato_secretary_general | MIL | secretary_general | Sekretaris Jenderal;Sekjen;Secretary-General;Secretary General;Chief | Wikipedia: Secretary General of NATO | org=org:nato | own=Sekjen NATO;Sekretaris Jenderal NATO;NATO Secretary-General;NATO chief
1999-10-14 2003-12-17 George Robertson {GBR CVL}
2004-01-01 2009-08-01 Jaap de Hoop Scheffer {NLD CVL}
2009-08-01 2014-10-01 Anders Fogh Rasmussen [Rasmussen] {DNK CVL}
2014-10-01 2024-10-01 Jens Stoltenberg [Stoltenberg] {NOR CVL}
2024-10-01 - Mark Rutte [Rutte] {NLD CVL}
@ NLD:prime_minister | GOV | head_of_government | $PM | Wikipedia: Prime Minister of the Netherlands
2010-10-14 2024-07-02 Mark Rutte
2024-07-02 - Dick Schoof [Schoof]
@ IGO:asean_secretary_general | GOV | secretary_general | Sekretaris Jenderal;Sekjen;Secretary-General;Secretary General | Wikipedia: Secretary-General of ASEAN | org=org:asean | own=Sekjen ASEAN;Sekretaris Jenderal ASEAN
1998-01-01 2003-01-01 Rodolfo Severino {PHL CVL}
2003-01-01 2008-01-01 Ong Keng Yong {SGP CVL}
2008-01-01 2013-01-01 Surin Pitsuwan {THA CVL}
2013-01-01 2018-01-01 Le Luong Minh {VNM CVL}
2018-01-01 2023-01-01 Lim Jock Hoi {BRN CVL}
2023-01-01 - Kao Kim Hourn {KHM CVL}
@ IGO:oic_secretary_general | GOV | secretary_general | Sekretaris Jenderal;Sekjen;Secretary-General;Secretary General | Wikipedia: Secretary General of the Organisation of Islamic Cooperation | org=org:oic | own=Sekjen OKI;Sekretaris Jenderal OKI
2001-01-01 2005-01-01 Abdelouahed Belkeziz {MAR CVL}
2005-01-01 2014-01-01 Ekmeleddin İhsanoğlu {TUR CVL}
2014-01-01 2016-11-01 Iyad Madani {SAU CVL}
2016-11-01 2021-11-15 Yousef Al-Othaimeen {SAU CVL} ?
2021-11-15 - Hissein Brahim Taha {TCD CVL} ?
@ IGO:arab_league_secretary_general | GOV | secretary_general | Sekretaris Jenderal;Sekjen;Secretary-General;Secretary General | Wikipedia: Secretary-General of the Arab League | org=org:arab-league | own=Sekjen Liga Arab;Sekretaris Jenderal Liga Arab
2001-06-01 2011-07-01 Amr Moussa {EGY CVL}
2011-07-01 2016-07-01 Nabil Elaraby {EGY CVL}
2016-07-01 - Ahmed Aboul Gheit
@ IGO:icc_prosecutor | JUD | prosecutor | Jaksa;Jaksa Penuntut;Jaksa Kepala;Prosecutor;Chief Prosecutor | Wikipedia: Prosecutor of the International Criminal Court | org=org:icc | own=Jaksa ICC;Jaksa Penuntut ICC
2003-06-16 2012-06-15 Luis Moreno Ocampo {ARG CVL}
2012-06-15 2021-06-16 Fatou Bensouda {GMB CVL}
2021-06-16 - Karim Khan [Karim Ahmad Khan] {GBR CVL}
@ USA:defense_secretary | GOV | defence_minister | Menteri Pertahanan;Menhan;Menteri Perang;Defense Secretary;Secretary of Defense;Secretary of War;Pentagon chief | Wikipedia: United States Secretary of Defense
2001-01-20 2006-12-18 Donald Rumsfeld [Rumsfeld]
2006-12-18 2011-07-01 Robert Gates
2011-07-01 2013-02-27 Leon Panetta [Panetta]
2013-02-27 2015-02-17 Chuck Hagel [Hagel]
2015-02-17 2017-01-20 Ash Carter
2017-01-20 2019-01-01 Jim Mattis [Mattis]
2019-07-23 2020-11-09 Mark Esper [Esper]
2021-01-22 2025-01-20 Lloyd Austin
2025-01-25 - Pete Hegseth [Hegseth]
@ USA:special_envoy_middle_east | GOV | envoy | Utusan Khusus;Utusan Khusus Timur Tengah;Special Envoy;Middle East envoy | Wikipedia: Steve Witkoff
2025-01-20 - Steve Witkoff {USA BUS}
@ RUS:defence_minister | GOV | defence_minister | $DM | Wikipedia: Minister of Defence (Russia)
2001-03-28 2007-02-15 Sergei Ivanov
2007-02-15 2012-11-06 Anatoly Serdyukov
2012-11-06 2024-05-12 Sergei Shoigu [Shoigu]
2024-05-14 - Andrei Belousov [Belousov]
@ CHN:defence_minister | GOV | defence_minister | $DM | Wikipedia: Minister of National Defense (China)
2018-03-19 2023-03-12 Wei Fenghe
2023-03-12 2023-10-24 Li Shangfu
2023-12-29 - Dong Jun
@ GBR:defence_secretary | GOV | defence_minister | $DM;Defence Secretary | Wikipedia: Secretary of State for Defence
2019-07-24 2023-08-31 Ben Wallace
2023-08-31 2024-07-05 Grant Shapps
2024-07-05 - John Healey
@ UKR:defence_minister | GOV | defence_minister | $DM | Wikipedia: Minister of Defence (Ukraine)
2021-11-04 2023-09-06 Oleksii Reznikov [Reznikov]
2023-09-06 2025-07-17 Rustem Umerov [Umerov]
2025-07-17 - Denys Shmyhal
@ DEU:defence_minister | GOV | defence_minister | $DM | Wikipedia: Federal Ministry of Defence (Germany)
2021-12-08 2023-01-19 Christine Lambrecht
2023-01-19 - Boris Pistorius [Pistorius]
@ AUS:defence_minister | GOV | defence_minister | $DM | Wikipedia: Minister for Defence (Australia)
2022-06-01 - Richard Marles
@ IND:defence_minister | GOV | defence_minister | $DM | Wikipedia: Minister of Defence (India)
2019-05-31 - Rajnath Singh
@ PAK:prime_minister | GOV | head_of_government | $PM | Wikipedia: Prime Minister of Pakistan
2018-08-18 2022-04-10 Imran Khan {PAK OPP}
2022-04-11 2023-08-14 Shehbaz Sharif
2023-08-14 2024-03-04 Anwaar-ul-Haq Kakar
2024-03-04 - Shehbaz Sharif
@ ESP:prime_minister | GOV | head_of_government | $PM | Wikipedia: Prime Minister of Spain
2011-12-21 2018-06-02 Mariano Rajoy
2018-06-02 - Pedro Sánchez [Pedro Sanchez]
@ VAT:pope | REL | head_of_state | Paus;Pope | Wikipedia: List of popes
2005-04-19 2013-02-28 Benedict XVI [Paus Benediktus XVI]
2013-03-13 2025-04-21 Pope Francis [Paus Fransiskus;Paus Francis]
2025-05-08 - Pope Leo XIV [Paus Leo XIV;Leo XIV] {USA REL}
@ AFG:president | GOV | head_of_state,head_of_government | $PRES | Wikipedia: President of Afghanistan
2001-12-22 2014-09-29 Hamid Karzai [Karzai]
2014-09-29 2021-08-15 Ashraf Ghani [Ghani]
@ AFG:supreme_leader | GOV | supreme_leader | Pemimpin Tertinggi;Pemimpin Taliban;Supreme Leader | Wikipedia: Supreme Leader of Afghanistan
2021-08-15 - Hibatullah Akhundzada [Akhundzada] {AFG REB}
@ ISR:finance_minister | GOV | finance_minister | Menteri Keuangan;Menkeu;Finance Minister | Wikipedia: Ministry of Finance (Israel)
2022-12-29 - Bezalel Smotrich [Smotrich] {ISR LEG}
@ ISR:national_security_minister | GOV | minister | Menteri Keamanan Nasional;National Security Minister | Wikipedia: Ministry of National Security (Israel)
2022-12-29 2025-01-19 Itamar Ben-Gvir [Ben-Gvir;Ben Gvir] {ISR LEG}
2025-03-18 - Itamar Ben-Gvir
@ IDN:jakarta_governor | GOV | governor | Gubernur;Governor | Wikipedia: Governor of Jakarta | org=org:idn-pemprov-dki-jakarta | own=Gubernur DKI Jakarta;Gubernur Jakarta;Gubernur DKI
2012-10-15 2014-10-16 Joko Widodo
2014-11-19 2017-05-09 Basuki Tjahaja Purnama [Ahok]
2017-06-15 2017-10-15 Djarot Saiful Hidayat
2017-10-16 2022-10-16 Anies Baswedan [Anies] {IDN OPP}
2022-10-17 2024-10-18 Heru Budi Hartono
2025-02-20 - Pramono Anung
@ IDN:central_java_governor | GOV | governor | Gubernur;Governor | Wikipedia: Governor of Central Java | org=org:idn-pemprov-jawa-tengah | own=Gubernur Jawa Tengah;Gubernur Jateng
2013-08-23 2023-09-05 Ganjar Pranowo [Ganjar] {IDN PTY}
@ IGO:imf_managing_director | GOV | agency_head | Direktur Pelaksana;Kepala;Managing Director;Chief | Wikipedia: Managing Director of the International Monetary Fund | org=org:imf
2011-07-05 2019-09-12 Christine Lagarde [Lagarde] {FRA CVL}
2019-10-01 - Kristalina Georgieva [Georgieva] {BGR CVL}
@ FRA:defence_minister | GOV | defence_minister | $DM;Menteri Angkatan Bersenjata;Minister of the Armed Forces;Armed Forces Minister;Minister of Defense | Wikipedia: Minister of the Armed Forces (France)
1997-06-04 2002-05-07 Alain Richard
2002-05-07 2007-05-18 Michèle Alliot-Marie
2007-05-18 2010-11-14 Hervé Morin
2010-11-14 2011-02-27 Alain Juppé
2011-02-27 2012-05-16 Gérard Longuet
2012-05-16 2017-05-17 Jean-Yves Le Drian
2017-05-17 2017-06-21 Sylvie Goulard
2017-06-21 2022-05-20 Florence Parly [Parly]
2022-05-20 2025-10-05 Sébastien Lecornu ?
2025-10-05 2025-10-12 Bruno Le Maire [Le Maire] ?
2025-10-12 - Catherine Vautrin [Vautrin] ?
@ JPN:defence_minister | GOV | defence_minister | $DM;Minister of Defense | Wikipedia: Minister of Defense (Japan); Director General of the Japan Defense Agency (to 2007-01-09) | own=Menteri Pertahanan Jepang;Menhan Jepang
1999-10-05 2000-07-04 Tsutomu Kawara ?
2000-07-04 2000-12-05 Kazuo Torashima ?
2000-12-05 2001-04-26 Toshitsugu Saito ?
2001-04-26 2002-09-30 Gen Nakatani [Nakatani]
2002-09-30 2004-09-27 Shigeru Ishiba
2004-09-27 2005-10-31 Yoshinori Ohno
2005-10-31 2006-09-26 Fukushiro Nukaga
2006-09-26 2007-07-04 Fumio Kyuma
2007-07-04 2007-08-27 Yuriko Koike [Koike]
2007-08-27 2007-09-26 Masahiko Komura
2007-09-26 2008-08-02 Shigeru Ishiba
2008-08-02 2008-09-24 Yoshimasa Hayashi
2008-09-24 2009-09-16 Yasukazu Hamada
2009-09-16 2011-09-02 Toshimi Kitazawa
2011-09-02 2012-01-13 Yasuo Ichikawa
2012-01-13 2012-06-04 Naoki Tanaka
2012-06-04 2012-12-26 Satoshi Morimoto
2012-12-26 2014-09-03 Itsunori Onodera [Onodera]
2014-09-03 2014-12-24 Akinori Eto
2014-12-24 2016-08-03 Gen Nakatani
2016-08-03 2017-07-28 Tomomi Inada
2017-07-28 2017-08-03 Fumio Kishida
2017-08-03 2018-10-02 Itsunori Onodera
2018-10-02 2019-09-11 Takeshi Iwaya
2019-09-11 2020-09-16 Taro Kono
2020-09-16 2022-08-10 Nobuo Kishi
2022-08-10 2023-09-13 Yasukazu Hamada
2023-09-13 2024-10-01 Minoru Kihara [Kihara]
2024-10-01 2025-10-21 Gen Nakatani
2025-10-21 - Shinjiro Koizumi [Shinjirō Koizumi]
@ KOR:defence_minister | GOV | defence_minister | $DM;Minister of National Defense | Wikipedia: Ministry of National Defense (South Korea), list of ministers
1999-05-24 2001-03-26 Cho Seong-tae ?
2001-03-26 2002-07-11 Kim Dong-shin ?
2002-07-11 2003-02-27 Lee Jun ?
2003-02-27 2004-07-29 Cho Young-kil ?
2004-07-29 2006-11-23 Yoon Kwang-ung ?
2006-11-23 2008-02-29 Kim Jang-soo ?
2008-02-29 2009-09-18 Lee Sang-hee ?
2009-09-18 2010-12-04 Kim Tae-young
2010-12-04 2014-06-30 Kim Kwan-jin
2014-06-30 2017-07-14 Han Min-koo
2017-07-14 2018-09-21 Song Young-moo
2018-09-21 2020-09-18 Jeong Kyeong-doo
2020-09-18 2022-05-10 Suh Wook
2022-05-10 2023-10-07 Lee Jong-sup
2023-10-07 2024-09-06 Shin Won-sik
2024-09-06 2024-12-05 Kim Yong-hyun
2025-07-25 - Ahn Gyu-back ?
@ BHR:defence_minister | GOV | defence_minister | $DM;Minister of Defence Affairs | Wikipedia: Bahrain Defence Force; Bahrain cabinet decrees of 2018 and 2022 (BNA)
2018-12-06 - Abdullah bin Hassan Al Nuaimi [Abdullah Al Nuaimi] ?
@ OMN:defence_minister | GOV | defence_minister | $DM;Deputy Prime Minister for Defence Affairs;Minister Responsible for Defence Affairs | Wikipedia: Ministry of Defence (Oman); Royal Decree of 9 March 2020 (Oman News Agency)
1997-01-01 2020-03-09 Badr bin Saud Al Busaidi ?
2020-03-09 - Shihab bin Tariq Al Said [Shihab bin Tarik]
@ TLS:foreign_minister | GOV | foreign_minister | $FM | Wikipedia: Minister of Foreign Affairs and Cooperation (East Timor)
2002-05-20 2006-07-10 José Ramos-Horta
2006-07-10 2007-05-19 José Luís Guterres ?
2007-08-08 2012-08-08 Zacarias da Costa ?
2012-08-08 2015-02-16 José Luís Guterres ?
2015-02-16 2017-09-15 Hernâni Coelho
2017-09-15 2018-06-22 Aurélio Guterres
2018-06-22 2020-06-24 Dionísio Babo Soares ?
2020-06-24 2023-07-01 Adaljíza Magno [Adaljiza Magno]
2023-07-01 - Bendito Freitas [Bendito dos Santos Freitas]
@ TLS:defence_minister | GOV | defence_minister | $DM;Minister of Defence and Security | Wikipedia: Ministry of Defence (East Timor)
2007-08-08 2015-02-16 Xanana Gusmão
2015-02-16 2017-09-15 Cirilo Cristóvão ?
2018-06-22 2023-07-01 Filomeno Paixão ?
2023-07-01 - Donaciano Gomes ?
@ GBR:opposition_leader | OPP | opposition_leader | Pemimpin Oposisi;Ketua Oposisi;Opposition Leader;Leader of the Opposition | Wikipedia: Leader of the Opposition (United Kingdom), list of officeholders
1997-06-19 2001-09-13 William Hague
2001-09-13 2003-11-06 Iain Duncan Smith [Duncan Smith]
2003-11-06 2005-12-06 Michael Howard
2005-12-06 2010-05-11 David Cameron
2010-05-11 2010-09-25 Harriet Harman [Harman]
2010-09-25 2015-05-08 Ed Miliband
2015-05-08 2015-09-12 Harriet Harman
2015-09-12 2020-04-04 Jeremy Corbyn [Corbyn]
2020-04-04 2024-07-05 Keir Starmer
2024-07-05 2024-11-02 Rishi Sunak
2024-11-02 - Kemi Badenoch [Badenoch] {GBR OPP}
@ MYS:opposition_leader | OPP | opposition_leader | Pemimpin Oposisi;Ketua Oposisi;Ketua Pembangkang;Opposition Leader;Leader of the Opposition | Wikipedia: Leader of the Opposition (Malaysia), list of officeholders
1999-12-20 2002-06-23 Fadzil Noor ?
2002-06-23 2004-03-04 Abdul Hadi Awang [Hadi Awang] ?
2004-05-17 2008-03-08 Lim Kit Siang ?
2008-04-28 2008-08-28 Wan Azizah Wan Ismail [Wan Azizah]
2008-08-28 2015-03-16 Anwar Ibrahim ?
2015-05-18 2018-05-10 Wan Azizah Wan Ismail ?
2018-07-16 2019-03-11 Ahmad Zahid Hamidi [Zahid Hamidi] ?
2019-03-11 2020-02-24 Ismail Sabri Yaakob ?
2020-05-18 2022-10-10 Anwar Ibrahim
2022-12-10 - Hamzah Zainudin [Hamzah Zainuddin] {MYS OPP} ?
@ KOR:opposition_leader | OPP | opposition_leader | Pemimpin Oposisi;Ketua Oposisi;Pemimpin Oposisi Utama;Ketua Partai Oposisi Utama;Opposition Leader;Main opposition leader | Wikipedia: Liberty Korea Party; People Power Party (South Korea); Democratic Party of Korea (leaders); Yonhap and KBS reports
2017-07-03 2018-06-14 Hong Joon-pyo
2018-07-17 2019-02-27 Kim Byong-joon
2019-02-27 2020-04-15 Hwang Kyo-ahn
2020-05-27 2021-04-08 Kim Chong-in ?
2022-08-28 2024-06-24 Lee Jae-myung
2024-08-18 2025-04-09 Lee Jae-myung
2025-08-26 - Jang Dong-hyuk [Jang Dong-hyeok] {KOR OPP} ?
@ JPN:opposition_leader | OPP | opposition_leader | Pemimpin Oposisi;Ketua Oposisi;Pemimpin Oposisi Utama;Ketua Partai Oposisi Utama;Opposition Leader;Main opposition leader | Wikipedia: Democratic Party of Japan; Liberal Democratic Party (Japan); Constitutional Democratic Party of Japan; Centrist Reform Alliance (leaders)
1999-09-25 2002-12-10 Yukio Hatoyama
2002-12-10 2004-05-18 Naoto Kan
2004-05-18 2005-09-17 Katsuya Okada
2005-09-17 2006-04-07 Seiji Maehara
2006-04-07 2009-05-16 Ichiro Ozawa [Ichirō Ozawa]
2009-05-16 2009-09-16 Yukio Hatoyama
2009-09-16 2009-09-28 Taro Aso
2009-09-28 2012-09-26 Sadakazu Tanigaki [Tanigaki]
2012-09-26 2012-12-26 Shinzo Abe
2012-12-26 2014-12-14 Banri Kaieda ?
2015-01-18 2016-09-15 Katsuya Okada
2016-09-15 2017-09-01 Renhō [Renho]
2017-09-01 2017-10-23 Seiji Maehara ?
2017-10-23 2021-11-30 Yukio Edano [Edano] ?
2021-11-30 2024-09-23 Kenta Izumi
2024-09-23 2026-02-13 Yoshihiko Noda
2026-02-13 - Junya Ogawa {JPN OPP}
@ IND:opposition_leader | OPP | opposition_leader | Pemimpin Oposisi;Ketua Oposisi;Opposition Leader;Leader of the Opposition;Leader of the Opposition in the Lok Sabha | Wikipedia: Leader of the Opposition in the Lok Sabha, list of officeholders
1999-10-13 2004-02-06 Sonia Gandhi
2004-05-21 2009-12-21 L. K. Advani [Advani] ?
2009-12-21 2014-05-18 Sushma Swaraj
2024-06-09 - Rahul Gandhi {IND OPP}
"""


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").lower()
    text = re.sub(r"[-‐–—_/]", " ", text)
    text = re.sub(r"[.,()\"“”]", "", text)
    return " ".join(text.split())


def slug(name: str) -> str:
    return "person:" + "-".join(re.sub(r"[^a-z0-9 ]", "", norm(name).replace("'", "")).split())


def read(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


def expand(titles: str) -> list[str]:
    out: list[str] = []
    for t in titles.split(";"):
        t = t.strip()
        for x in (MACROS[t].split(";") if t in MACROS else [t]):
            if x and x not in out:
                out.append(x)
    return out


LINE = re.compile(r"^(\d{4}-\d\d-\d\d) (\d{4}-\d\d-\d\d|-) (.+?)(?: \[(.*?)\])?(?: \{(\w{3}) (\w+)\})?( \?)?$")


def main() -> None:
    titles = read(DATA / "titles.jsonl")
    persons = read(DATA / "persons.jsonl")
    terms = read(DATA / "offices.jsonl")
    known_office = {t["office"] for t in titles}
    by_id = {p["kb_id"]: p for p in persons}
    by_name: dict[str, str] = {}
    for p in persons:
        for n in (p["name"], *[a for a in p.get("aliases", []) if len(a.split()) > 1]):
            by_name.setdefault(norm(n), p["kb_id"])
    have_term = {(t["office"], t["person"], t["start"]) for t in terms}
    table_ids: dict[str, str] = {}  # the coder's actor table names persons too: keep its kb_ids
    actors_tsv = ROOT / "src" / "warta" / "lang" / "id" / "actors.tsv"
    for ln in actors_tsv.read_text(encoding="utf-8").splitlines():
        cols = ln.split("\t")
        if len(cols) >= 6 and cols[4] == "person" and cols[5].startswith("person:"):
            for n in (cols[0], cols[1]):
                table_ids.setdefault(norm(n), cols[5])
    new_titles, new_persons, new_terms = [], [], []
    office = None
    for raw in DATA_TEXT.strip().splitlines():
        line = raw.strip()
        if line.startswith("@"):
            parts = [p.strip() for p in line[1:].split("|")]
            key, sector, roles, tits, source = parts[:5]
            opts = dict(p.split("=", 1) for p in parts[5:])
            office = {"office": key, "country": key.split(":")[0], "role": key.split(":")[1],
                      "roles": roles.split(","), "sector": sector, "titles": expand(tits), "sources": [source]}
            if "org" in opts:
                office["org"] = opts["org"]
            if "own" in opts:
                office["own_titles"] = expand(opts["own"])
            if key not in known_office:
                new_titles.append(office)
                known_office.add(key)
            continue
        m = LINE.match(line)
        if not m or office is None:
            raise SystemExit(f"bad line: {line!r}")
        start, end, name, aliases, pcountry, psector, unsure = m.groups()
        pid = by_name.get(norm(name)) or next(
            (table_ids[norm(n)] for n in (name, *(aliases or "").split(";")) if norm(n) in table_ids
             and (len(n.split()) > 1 or n.startswith("Paus"))), None) or slug(name)
        if pid not in by_id:
            country = pcountry or office["country"]
            if country in ("UNO", "EUR", "IGO"):
                raise SystemExit(f"{name}: give the nationality of an international official")
            rec = {"kb_id": pid, "name": name, "aliases": [a.strip() for a in (aliases or "").split(";") if a.strip()],
                   "country": country, "sector": psector or "CVL", "sources": [f"Wikipedia: {name}"]}
            by_id[pid] = rec
            by_name[norm(name)] = pid
            new_persons.append(rec)
        elif aliases:
            p = by_id[pid]
            for a in aliases.split(";"):
                a = a.strip()
                if a and a not in p.setdefault("aliases", []) and norm(a) != norm(p["name"]):
                    p["aliases"].append(a)
        if (office["office"], pid, start) in have_term:
            continue
        term = {"office": office["office"], "person": pid, "start": start, "end": None if end == "-" else end,
                "sources": office["sources"]}
        if unsure:
            term["uncertain"] = True
            term["note"] = "dates from memory of the source list, not re-checked"
        new_terms.append(term)
        have_term.add((office["office"], pid, start))

    def write(path: Path, recs: list[dict], *, rewrite: bool = False) -> None:
        mode = "w" if rewrite else "a"
        with path.open(mode, encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    write(DATA / "titles.jsonl", new_titles)
    write(DATA / "persons.jsonl", persons + new_persons, rewrite=True)
    write(DATA / "offices.jsonl", new_terms)
    print(f"added {len(new_titles)} offices, {len(new_persons)} persons, {len(new_terms)} terms")


if __name__ == "__main__":
    main()
