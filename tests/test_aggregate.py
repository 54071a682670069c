"""Event aggregation: pure rules over Events, then the store's incremental merge against a rebuild."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date, timedelta

import pytest

from warta import aggregate as agg
from warta.store import Store
from warta.types import Actor, Article, Event, Evidence, Location

RI = Actor("Menlu RI Sugiono", "Sugiono", "IDN", "GOV")
MY = Actor("Menlu Malaysia Mohamad Hasan", "Mohamad Hasan", "MYS", "GOV")
MALAYSIA = Actor("Malaysia", "Malaysia", "MYS", "GOV")
KL = Location("Kuala Lumpur", "Kuala Lumpur", "MYS", 3.139, 101.6869)
JKT = Location("Jakarta", "Jakarta", "IDN", -6.2088, 106.8456)


def ev(eid: str, when: str | None, *, type_: str = "CONSULT", actor=(RI,), recipient=(MY,), loc=KL,
       symmetric: bool = True, mode: str | None = "visit", precision: str | None = "day", end: str | None = None,
       modality: str = "asserted", conf: float = 0.9) -> Event:
    return Event(article=eid.split("-")[0], id=eid, type=type_, mode=mode, cameo="040", actor=list(actor),
                 recipient=list(recipient), date=when, date_end=end, location=loc, modality=modality,
                 attribution=None, evidence=[Evidence("Sugiono bertemu Mohamad Hasan.", 0, 30)], confidence=conf,
                 trigger="bertemu", date_precision=precision if when else None, symmetric=symmetric)


def mention(e: Event, published: date = date(2025, 2, 4), source: str = "") -> agg.Mention:
    return agg.Mention(e, e.article, published, source or e.article, source or e.article)


# ------------------------------------------------------------------ pure rules


def test_symmetric_events_match_in_either_order() -> None:
    a = mention(ev("a-1", "2025-02-03"))
    b = mention(ev("b-1", "2025-02-03", actor=(MALAYSIA,), recipient=(RI,)))
    assert agg.block_key(a) == agg.block_key(b)
    assert agg.compatible(a, b) and agg.compatible(b, a)
    one_way = mention(ev("c-1", "2025-02-03", actor=(MALAYSIA,), recipient=(RI,), symmetric=False,
                         type_="ACCUSE", mode=None))
    other_way = mention(ev("d-1", "2025-02-03", symmetric=False, type_="ACCUSE", mode=None))
    assert not agg.compatible(one_way, other_way)


@pytest.mark.parametrize(("change", "same"), [
    ({"when": "2025-02-04"}, True),          # a day apart: within the day window
    ({"when": "2025-02-06"}, False),         # three days apart: another meeting
    ({"when": None}, True),                  # undated, published the next day
    ({"type_": "AGREE"}, False),
    ({"mode": None}, True),                  # one report gives no mode
    ({"mode": "phone"}, False),              # a phone call is not the visit
    ({"modality": "future"}, False),
    ({"loc": None}, True),
    ({"loc": JKT}, False),                   # another country
    ({"loc": Location("Malaysia", "Malaysia", "MYS", 4.2, 102.0)}, True),  # the country as a whole
    ({"loc": Location("Putrajaya", "Putrajaya", "MYS", 2.9264, 101.6964)}, True),  # 24 km away
    ({"loc": Location("Kota Kinabalu", "Kota Kinabalu", "MYS", 5.98, 116.07)}, False),
    ({"recipient": (MY, Actor("Wakil PM", "Wakil PM", "MYS", "GOV"))}, True),  # same codes
    ({"recipient": (Actor("ASEAN", "ASEAN", "IGO", "GOV"),)}, False),
])
def test_compatibility_rules(change: dict, same: bool) -> None:
    base = mention(ev("a-1", "2025-02-03"), published=date(2025, 2, 3))
    kwargs = {"when": "2025-02-03", **change}
    when = kwargs.pop("when")
    other = mention(ev("b-1", when, **kwargs), published=date(2025, 2, 4))
    assert agg.compatible(base, other) is same
    assert agg.compatible(other, base) is same


def test_coarse_dates_only_meet_the_same_interval() -> None:
    month = mention(ev("a-1", "2025-02-01", precision="month", end="2025-02-28"))
    day = mention(ev("b-1", "2025-02-03"))
    month2 = mention(ev("c-1", "2025-02-01", precision="month", end="2025-02-28"))
    assert not agg.compatible(month, day)
    assert agg.compatible(month, month2)


def test_group_is_order_independent_and_summaries_count_sources() -> None:
    ms = [
        mention(ev("kn-1", "2025-02-03"), date(2025, 2, 4), "kabar"),
        mention(ev("ph-1", "2025-02-03", conf=0.7), date(2025, 2, 4), "kabar"),   # syndicated copy
        mention(ev("st-1", "2025-02-03", actor=(MALAYSIA,), recipient=(RI,)), date(2025, 2, 3), "suara"),
        mention(ev("kn-2", "2025-02-10", loc=JKT), date(2025, 2, 11), "kabar"),   # a week later, in Jakarta
    ]
    results = set()
    for perm in itertools.permutations(ms):
        groups = agg.aggregate(perm)
        results.add(tuple((a.id, a.num_mentions, a.num_articles, a.num_sources, round(a.confidence, 6))
                          for a in groups))
    assert len(results) == 1
    first, second = agg.aggregate(ms)
    assert (first.num_mentions, first.num_articles, first.num_sources) == (3, 3, 2)
    assert first.canonical_event == "st-1" and first.first_seen == date(2025, 2, 3)
    assert first.confidence == pytest.approx(1 - 0.1 * 0.1)  # two independent sources at 0.9
    assert (second.num_mentions, second.num_sources) == (1, 1) and second.confidence == pytest.approx(0.9)


def test_summary_prefers_the_finest_date_and_a_specific_place() -> None:
    ms = [mention(ev("a-1", None, loc=Location("Malaysia", "Malaysia", "MYS", 4.2, 102.0)), date(2025, 2, 4)),
          mention(ev("b-1", "2025-02-03"), date(2025, 2, 5))]
    (a,) = agg.aggregate(ms)
    assert a.event.date == "2025-02-03" and a.event.location == KL
    assert a.event.id == a.id and a.canonical_event == "a-1"


# ------------------------------------------------------------------ in the store

BODY_KN = (
    "Kuala Lumpur (Kabar Nusantara) - Menteri Luar Negeri RI Sugiono bertemu dengan Menteri Luar Negeri Malaysia "
    "Mohamad Hasan di Kuala Lumpur, Senin (3/2), untuk membahas penyelesaian batas laut di Selat Malaka.\n"
    "Pertemuan yang berlangsung sekitar satu jam itu juga menyinggung perlindungan pekerja migran Indonesia di "
    "Sabah dan Sarawak serta rencana patroli bersama di perairan perbatasan.\n"
    "Kedua menteri menyatakan sengketa batas harus diselesaikan lewat perundingan teknis yang rutin.\n"
    "Editor: Rina Marlina"
)
KN = Article("kn-0412", BODY_KN, date(2025, 2, 4), title="Sugiono Bertemu Menlu Malaysia", outlet="Kabar Nusantara",
             url="https://kabarnusantara.example/0412")
# the same story, ingested a second time under another id
KN_AGAIN = dataclasses.replace(KN, id="kn-0412-ulang")
# a syndicated copy: new headline, new dateline outlet, other trailers
PH = Article("ph-7781", BODY_KN.replace("(Kabar Nusantara)", "(Portal Harian)").replace(
    "Editor: Rina Marlina", "Baca juga: Harga beras naik menjelang Ramadan\nPewarta: Dodi Saputra"),
    date(2025, 2, 4), title="Indonesia-Malaysia Bahas Batas Laut", outlet="Portal Harian")
# another outlet's own report of the same meeting
ST = Article("st-3321", (
    "Menteri Luar Negeri Indonesia Sugiono mengadakan pertemuan dengan Menteri Luar Negeri Malaysia Mohamad Hasan "
    "di Kuala Lumpur pada Senin (3/2/2025). Keduanya berbicara tentang garis batas maritim yang belum tuntas serta "
    "nasib para pekerja migran."), date(2025, 2, 3), title="Menlu RI dan Malaysia Bertemu", outlet="Suara Timur")
# a second meeting of the same pair a week later, in Jakarta
KN2 = Article("kn-0520", (
    "Jakarta (Kabar Nusantara) - Menteri Luar Negeri RI Sugiono kembali bertemu dengan Menteri Luar Negeri "
    "Malaysia Mohamad Hasan di Jakarta, Senin (10/2).\nPertemuan itu berlangsung tertutup di Gedung Pancasila."),
    date(2025, 2, 11), outlet="Kabar Nusantara")

HAND_CODED = {
    "kn-0412": [ev("kn-0412-e1", "2025-02-03")],
    "ph-7781": [ev("ph-7781-e1", "2025-02-03")],
    "st-3321": [ev("st-3321-e1", "2025-02-03", actor=(MALAYSIA,), recipient=(RI,), mode=None, conf=0.8)],
    "kn-0520": [ev("kn-0520-e1", "2025-02-10", loc=JKT)],
}


def fake_code(article: Article) -> list[Event]:
    key = "kn-0412" if article.id == "kn-0412-ulang" else article.id
    return [dataclasses.replace(e, article=article.id, id=e.id.replace(key, article.id)) for e in HAND_CODED[key]]


def snapshot(s: Store) -> list[tuple]:
    return [(a.id, a.event.date, a.num_mentions, a.num_articles, a.num_sources, tuple(a.sources),
             round(a.confidence, 6), tuple(sorted(a.members))) for a in s.query_aggregates()]


def ingest(s: Store, articles: list[Article], code=fake_code) -> None:
    for art in articles:
        if not s.has_article(art.content_hash):
            s.add(art, code(art))


def test_one_meeting_many_reports_and_a_second_meeting() -> None:
    with Store() as s:
        ingest(s, [KN, KN_AGAIN, PH, ST, KN2])
        assert s.count_articles() == 4  # the same text twice is stored once
        meeting, second = s.query_aggregates()
        assert (meeting.num_mentions, meeting.num_articles, meeting.num_sources) == (3, 3, 2)
        assert meeting.sources == ["Kabar Nusantara", "Suara Timur"]  # the copy counts as its original
        assert meeting.first_seen == date(2025, 2, 3) and meeting.event.date == "2025-02-03"
        assert meeting.event.mode == "visit"  # the canonical report gives none: the first that does
        assert meeting.confidence == pytest.approx(1 - 0.1 * 0.2)
        assert (second.num_mentions, second.event.date) == (1, "2025-02-10")
        assert [m.article_id for m in s.aggregate_mentions(meeting.id)] == ["st-3321", "kn-0412", "ph-7781"]


def test_merge_is_order_independent_and_rebuild_gives_the_same() -> None:
    results = []
    for order in ([KN, PH, ST, KN2], [KN2, ST, PH, KN], [PH, KN2, KN, ST]):
        with Store() as s:
            ingest(s, order)
            got = snapshot(s)
            s.rebuild_aggregates()
            assert snapshot(s) == got
            s.rebuild(resign=True)
            assert snapshot(s) == got
            results.append(got)
    assert results[0] == results[1] == results[2]
    assert len(results[0]) == 2


def daily_strikes(first: date, days: int) -> list[tuple[Article, list[Event]]]:
    """The same act reported every day, each report giving its own day: neighbours are one day apart."""
    gaza = Location("Gaza", "Gaza", "PSE", 31.5, 34.47)
    isr, pse = Actor("Israel", "Israel", "ISR", "MIL"), Actor("Gaza", "Gaza", "PSE", "GOV")
    out = []
    for i in range(days):
        day = first + timedelta(days=i)
        art = Article(f"hr-{i:03d}", f"Gaza (Harian Contoh) - Israel kembali menggempur Gaza, hari ke-{i + 1}.",
                      day, outlet="Harian Contoh")
        out.append((art, [ev(f"hr-{i:03d}-e1", day.isoformat(), type_="ASSAULT", actor=(isr,), recipient=(pse,),
                             loc=gaza, symmetric=False, mode=None)]))
    return out


def test_a_daily_act_is_not_chained_into_one_long_aggregate() -> None:
    # each day's report is compatible with the next day's (one day of slack): without a bound the
    # whole run would be one component; it is one aggregate per calendar week instead
    reports = daily_strikes(date(2025, 3, 5), 21)  # a Wednesday: 5 days, then two full weeks, then 2 days
    groups = agg.group(m for art, evs in reports for m in [mention(evs[0], art.published, art.outlet)])
    assert [len(g) for g in groups] == [5, 7, 7, 2]
    for g in groups:
        assert len({m.period for m in g}) == 1
    with Store() as s:
        for art, evs in reports:
            s.add(art, evs)
        got = snapshot(s)
        assert sorted(a[2] for a in got) == [2, 5, 7, 7]
        assert all(a.last_seen - a.first_seen <= timedelta(days=6)
                   for a in s.query_aggregates())
        s.rebuild_aggregates()
        assert snapshot(s) == got


def test_a_rebuild_a_few_weeks_at_a_time_gives_the_same(monkeypatch) -> None:
    import warta.store

    monkeypatch.setattr(warta.store, "REBUILD_EVENTS", 4)  # one calendar week (or less) at a time
    with Store() as s:
        for art, evs in daily_strikes(date(2025, 3, 5), 21):
            s.add(art, evs)
        ingest(s, [KN, PH, ST, KN2])
        got = snapshot(s)
        assert len(s._week_runs()) == 5  # the meetings' two weeks, then the strikes' four
        assert s.rebuild_aggregates() == len(got) == 6
        assert snapshot(s) == got


def test_a_database_grouped_by_an_older_rule_is_regrouped_when_opened(tmp_path) -> None:
    path = tmp_path / "old.duckdb"
    with Store(path) as s:
        for art, evs in daily_strikes(date(2025, 3, 5), 9):
            s.add(art, evs)
        assert s.count_aggregates() == 2
        # what an older warta left: no scheme recorded, one aggregate for the whole run
        s.con.execute("DELETE FROM meta WHERE key = 'aggregate_scheme'")
        s.con.execute("DELETE FROM aggregate_members")
        s.con.execute("DELETE FROM aggregates")
    with Store(path) as s:
        assert s.count_aggregates() == 2
        assert s._get_meta("aggregate_scheme") == agg.SCHEME


def test_a_report_joins_through_a_member_other_than_the_first() -> None:
    # the stored aggregate's first member (smallest id) is in Kuala Lumpur, the other gives no place:
    # a report from Jakarta is incompatible with the first and joins through the second
    first = Article("a-01", "Sugiono bertemu Mohamad Hasan di Kuala Lumpur.", date(2025, 2, 4), outlet="Satu")
    second = Article("b-01", "Sugiono bertemu Mohamad Hasan.", date(2025, 2, 4), outlet="Dua")
    late = Article("c-01", "Sugiono bertemu Mohamad Hasan di Jakarta.", date(2025, 2, 5), outlet="Tiga")
    with Store() as s:
        s.add_many([(first, [ev("a-01-e1", "2025-02-03")]), (second, [ev("b-01-e1", "2025-02-03", loc=None)])])
        s.add(late, [ev("c-01-e1", "2025-02-03", loc=JKT)])
        (one,) = s.query_aggregates()
        assert (one.num_mentions, one.num_sources) == (3, 3)
        got = snapshot(s)
        s.rebuild_aggregates()
        assert snapshot(s) == got


def test_attributed_original_is_one_source() -> None:
    a = Article("w-1", "Gaza (Warta Contoh) - Israel menyerang Gaza pada Senin (3/2).\nSumber: Anadolu",
                date(2025, 2, 4), outlet="Warta Contoh")
    b = Article("k-1", "Militer Israel kembali melancarkan serangan ke wilayah Gaza, Senin (3/2), kata laporan.\n"
                "Sumber: Anadolu", date(2025, 2, 4), outlet="Kabar Nusantara")
    gaza = Location("Gaza", "Gaza", "PSE", 31.5, 34.47)
    isr, pse = Actor("Israel", "Israel", "ISR", "MIL"), Actor("Gaza", "Gaza", "PSE", "GOV")
    with Store() as s:
        for art in (a, b):
            s.add(art, [ev(f"{art.id}-e1", "2025-02-03", type_="ASSAULT", actor=(isr,), recipient=(pse,), loc=gaza,
                           symmetric=False, mode=None)])
        (one,) = s.query_aggregates()
        assert (one.num_articles, one.num_sources, one.sources) == (2, 1, ["Anadolu"])


def test_real_coder_one_aggregate_for_the_meeting() -> None:
    from warta.pipeline import code_article

    with Store() as s:
        ingest(s, [KN, KN_AGAIN, PH, ST, KN2], code=code_article)
        meetings = [a for a in s.query_aggregates(type="CONSULT")
                    if set(agg.actor_codes(a.event.actor + a.event.recipient)) == {"IDN/GOV", "MYS/GOV"}]
        by_date = {a.event.date: a for a in meetings}
        assert set(by_date) == {"2025-02-03", "2025-02-10"}
        first = by_date["2025-02-03"]
        assert (first.num_articles, first.num_sources) == (3, 2)
        assert by_date["2025-02-10"].num_articles == 1


def test_country_level_place_read_from_the_event_line() -> None:
    # a whole country fits any place in it; the line's resolution says which places are countries,
    # and older lines without one are judged by the name
    qatar = Location("di Qatar", "Qatar", "QAT", resolution="country")
    doha = Location("di Doha", "Doha", "QAT", 25.29, 51.53, resolution="city")
    lusail = Location("di Lusail", "Lusail", "QAT", 25.42, 51.49, resolution="city")
    far = Location("di Ruwais", "Ruwais", "QAT", 26.13, 51.21, resolution="city")
    assert agg.is_country_level(qatar) and not agg.is_country_level(doha)
    assert agg.places_compatible(qatar, far) and agg.places_compatible(doha, lusail)
    assert not agg.places_compatible(doha, far)  # two towns ~100 km apart are two places
    assert agg.is_country_level(Location("Qatar", "Qatar", "QAT"))  # no resolution: by name
    assert not agg.is_country_level(Location("Doha", "Doha", "QAT"))
