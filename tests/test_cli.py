"""The command line, with a stand-in coder: exit codes, one-line errors, the db round trip."""

from __future__ import annotations

import csv
import io
import json
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

import warta
from warta.cli import main
from warta.store import Store
from warta.types import Actor, Article, Event, Evidence

IO = Path(__file__).parent / "fixtures" / "io"
PUB = ["--published", "2024-08-21"]


def fake_code_article(article: Article) -> list[Event]:
    """One ACCUSE event per article, its sentence the article's first line."""
    first = article.text.split("\n")[0]
    return [Event(article=article.id, id=f"{article.id}-e1", type="ACCUSE", mode=None, cameo="112",
                  actor=[Actor("Menteri", "Menteri Contoh", "IDN", "GOV")],
                  recipient=[Actor("Malaysia", "Malaysia", "MYS", "GOV")], date=article.published.isoformat(),
                  date_end=None, location=None, modality="asserted", attribution=None,
                  evidence=[Evidence(first, 0, len(first))], confidence=0.7)]


@pytest.fixture(autouse=True)
def coder(monkeypatch: pytest.MonkeyPatch) -> types.SimpleNamespace:
    """Replace warta.pipeline with a stand-in, whether or not the real one exists yet."""
    calls: list[str] = []

    def code_article(article: Article) -> list[Event]:
        calls.append(article.id)
        return fake_code_article(article)

    fake = types.ModuleType("warta.pipeline")
    fake.code_article = code_article
    monkeypatch.setitem(sys.modules, "warta.pipeline", fake)
    monkeypatch.setattr(warta, "pipeline", fake, raising=False)
    return types.SimpleNamespace(module=fake, calls=calls)


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def err_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


# ------------------------------------------------------------------ basics


def test_version_and_help() -> None:
    assert run("--version").output.strip() == f"warta, version {warta.__version__}"
    for cmd in ("code", "ingest", "events", "export", "demo"):
        result = run(cmd, "--help")
        assert result.exit_code == 0 and result.output.startswith("Usage: ")
        assert len(result.output.splitlines()) > 5


# ------------------------------------------------------------------ code


def test_code_prints_event_lines() -> None:
    result = run("code", str(IO / "visit.txt"), *PUB)
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    got = json.loads(line)
    assert got["article"] == "visit.txt" and got["type"] == "ACCUSE" and got["date"] == "2024-08-21"
    assert result.stderr == ""


def test_code_warns_when_no_date() -> None:
    result = run("code", str(IO / "visit.txt"))
    assert result.exit_code == 0
    assert err_lines(result) == [f"warta: no --published for {IO / 'visit.txt'}; using today "
                                 f"{__import__('datetime').date.today().isoformat()}"]


def test_code_stdin() -> None:
    result = run("code", "-", *PUB, input=(IO / "visit.txt").read_text())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"] == "stdin"


@pytest.mark.parametrize(
    ("name", "problem"),
    [("binary.txt", "binary file"), ("latin1.txt", "not valid UTF-8"), ("empty.txt", "file is empty"),
     ("english.txt", "text is not Indonesian (looks like English)"), ("missing.txt", "no such file"),
     ("empty-page.html", "no article text")],
)
def test_code_single_bad_input(name: str, problem: str, coder) -> None:
    spec = str(IO / name)
    result = run("code", spec, *PUB)
    assert result.exit_code == 1
    assert result.stdout == ""
    first, summary = err_lines(result)
    assert first.startswith(f"warta: {spec}: ") and problem in first
    assert summary == "warta: coded 0 articles, 1 failed"
    assert "Traceback" not in result.output and coder.calls == []


def test_code_refuses_other_schemes() -> None:
    result = run("code", "ftp://example.org/x.txt")
    assert result.exit_code == 1
    assert err_lines(result)[0] == ("warta: ftp://example.org/x.txt: unsupported URL scheme 'ftp'; "
                                    "only http and https URLs can be read")


def test_code_mixed_batch_goes_on() -> None:
    result = run("code", str(IO / "binary.txt"), str(IO / "visit.txt"), str(IO / "batch.jsonl"), *PUB)
    assert result.exit_code == 0
    assert [json.loads(x)["article"] for x in result.stdout.splitlines()] == ["visit.txt", "j1", "j6"]
    errors = err_lines(result)
    assert len(errors) == 6 and errors[-1] == "warta: coded 3 articles, 5 failed"
    assert errors[0].startswith(f"warta: {IO / 'binary.txt'}: binary file")
    assert errors[1].startswith(f"warta: {IO / 'batch.jsonl'}:2: ")


def test_code_coder_crash_is_one_line(coder) -> None:
    def boom(article: Article) -> list[Event]:
        raise KeyError("kaboom")

    coder.module.code_article = boom
    result = run("code", str(IO / "visit.txt"), *PUB)
    assert result.exit_code == 1
    assert err_lines(result)[0] == "warta: visit.txt: coder failed (KeyError: 'kaboom')"
    assert "Traceback" not in result.output


def test_code_table_and_min_confidence() -> None:
    result = run("code", str(IO / "visit.txt"), *PUB, "--format", "table")
    assert result.exit_code == 0
    assert "Menteri Contoh (IDN/GOV) → Malaysia (MYS/GOV)" in result.stdout and "ACCUSE" in result.stdout
    assert "modality" not in result.stdout  # all asserted: no modality column
    result = run("code", str(IO / "visit.txt"), *PUB, "--min-confidence", "0.8")
    assert result.exit_code == 0 and result.stdout == ""


def test_code_bad_published_is_usage_error() -> None:
    result = run("code", str(IO / "visit.txt"), "--published", "21-08-2024")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


# ------------------------------------------------------------------ ingest / events / export


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "w.duckdb")
    result = run("ingest", str(IO), "--db", path, *PUB)
    assert result.exit_code == 0, result.output
    return path


def test_ingest_summary_and_idempotence(db: str, coder) -> None:
    with Store(db, create=False) as s:
        counts = (s.count_articles(), s.count_events())
    # article.html, j1, j6, feed item 1, visit.txt
    assert counts == (5, 5)
    calls_before = len(coder.calls)
    result = run("ingest", str(IO), "--db", db, *PUB)
    assert result.exit_code == 0
    assert err_lines(result)[-1] == "ingested 0 new articles (5 already stored), 0 events, 10 failed"
    assert len(coder.calls) == calls_before  # known texts are not even coded again
    with Store(db, create=False) as s:
        assert (s.count_articles(), s.count_events()) == counts


def test_ingest_failure_inside_batch_leaves_others(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = Store._insert_event

    def flaky(self: Store, ev: Event, article_id: str, position: int) -> None:
        if article_id == "j6":
            raise RuntimeError("simulated write error")
        original(self, ev, article_id, position)

    monkeypatch.setattr(Store, "_insert_event", flaky)
    path = str(tmp_path / "w.duckdb")
    result = run("ingest", str(IO / "batch.jsonl"), "--db", path)
    assert result.exit_code == 0
    assert "warta: j6: could not store (RuntimeError: simulated write error)" in err_lines(result)
    assert err_lines(result)[-1] == "ingested 1 new articles (0 already stored), 1 events, 5 failed"
    with Store(path, create=False) as s:
        assert (s.count_articles(), s.count_events()) == (1, 1)
        assert s.con.execute("SELECT count(*) FROM articles WHERE id = 'j6'").fetchone()[0] == 0
        assert s.con.execute("SELECT count(*) FROM event_actors").fetchone()[0] == 2


def test_ingest_only_bad_input_fails(tmp_path: Path) -> None:
    result = run("ingest", str(IO / "english.txt"), "--db", str(tmp_path / "w.duckdb"), *PUB)
    assert result.exit_code == 1
    assert err_lines(result) == [f"warta: {IO / 'english.txt'}: text is not Indonesian (looks like English)",
                                 "ingested 0 new articles (0 already stored), 0 events, 1 failed"]


def test_events_formats_and_filters(db: str) -> None:
    result = run("events", "--db", db, "--format", "jsonl")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 5
    result = run("events", "--db", db, "--format", "jsonl", "--article", "j1")
    assert [json.loads(x)["article"] for x in result.stdout.splitlines()] == ["j1"]
    result = run("events", "--db", db, "--format", "csv", "--since", "2024-03-02", "--until", "2024-03-31")
    got = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["article"] for r in got] == ["j6", "article.html", "http://127.0.0.1:9/berita/utusan"]  # by date
    assert got[0]["actor"] == "IDN/GOV Menteri Contoh"
    result = run("events", "--db", db, "--type", "accuse", "--country", "mys", "--actor", "contoh", "--limit", "2")
    assert result.exit_code == 0 and result.stdout.count("ACCUSE") == 2
    result = run("events", "--db", db, "--type", "AID")
    assert result.exit_code == 0 and err_lines(result) == ["warta: no events match"]


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--since", "2024-02-30"], "YYYY-MM-DD"), (["--type", "HUG"], "unknown event type"),
     (["--limit", "0"], "--limit"), (["--since", "2024-05-01", "--until", "2024-04-01"], "after --until")],
)
def test_events_bad_options(db: str, args: list[str], message: str) -> None:
    result = run("events", "--db", db, *args)
    assert result.exit_code == 2 and message in result.stderr


def test_events_and_export_without_database(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.duckdb")
    for args in (["events", "--db", missing], ["export", "--db", missing, str(tmp_path / "o.csv")]):
        result = run(*args)
        assert result.exit_code == 1
        assert err_lines(result) == [f"warta: {missing}: no such database (create one with "
                                     f"`warta ingest ... --db {missing}`)"]
    assert not Path(missing).exists()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    result = run("export", "--db", db, str(out))  # format from the extension
    assert result.exit_code == 0, result.output
    assert err_lines(result) == [f"exported 5 events to {out} ({fmt})"]
    import duckdb

    reader = {"jsonl": "read_json_auto", "csv": "read_csv_auto", "parquet": "read_parquet"}[fmt]
    assert duckdb.sql(f"SELECT count(*) FROM {reader}('{out}')").fetchall() == [(5,)]


def test_export_unknown_extension(db: str, tmp_path: Path) -> None:
    result = run("export", "--db", db, str(tmp_path / "events.xlsx"))
    assert result.exit_code == 2 and "--format" in result.stderr


# ------------------------------------------------------------------ demo


def test_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.cli import demo

    lines = [line for line in (IO / "batch.jsonl").read_text().splitlines() if '"j1"' in line or '"j6"' in line]
    monkeypatch.setattr(demo, "samples_text", lambda: "\n".join(lines))
    path = str(tmp_path / "demo.duckdb")
    result = run("demo", "--db", path)
    assert result.exit_code == 0, result.output
    assert "Menteri Contoh (IDN/GOV)" in result.stdout
    assert result.stdout.splitlines()[-1] == (f"2 new sample articles coded (0 already stored); {path} now holds "
                                              f"2 articles and 2 events. Try: warta events --db {path} --type ACCUSE")
    again = run("demo", "--db", path)
    assert again.exit_code == 0 and "0 new sample articles coded (2 already stored)" in again.stdout


def test_demo_without_samples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.cli import demo

    monkeypatch.setattr(demo, "SAMPLES", "data/no-such-file.jsonl")
    result = run("demo", "--db", str(tmp_path / "d.duckdb"))
    assert result.exit_code == 1
    assert err_lines(result)[0].startswith("warta: the bundled samples are missing")


# ------------------------------------------------------------------ duplicates, aggregates, standard exports


def test_ingest_reports_near_duplicates_and_articles_lists_them(tmp_path: Path) -> None:
    body = ("Jakarta (Kabar Nusantara) - Menteri Contoh menuduh Malaysia melanggar perjanjian perbatasan di "
            "Kalimantan, kata juru bicara kementerian kepada wartawan pada Rabu pagi.\nEditor: Rina")
    copy = body.replace("(Kabar Nusantara)", "(Portal Harian)").replace("Editor: Rina", "Baca juga: Cuaca hari ini")
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": t, "published": "2024-08-21", "outlet": o})
                             for i, t, o in (("a", body, "Kabar Nusantara"), ("b", copy, "Portal Harian"))) + "\n")
    path = str(tmp_path / "w.duckdb")
    result = run("ingest", str(src), "--db", path)
    assert result.exit_code == 0, result.output
    assert err_lines(result) == ["warta: b: near-duplicate of a (similarity 1.00); cluster a",
                                 "ingested 2 new articles (0 already stored), 2 events, 0 failed"]
    result = run("articles", "--db", path, "--duplicates", "--format", "jsonl")
    (cluster,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert cluster["canonical"] == "a" and [m["id"] for m in cluster["members"]] == ["a", "b"]
    result = run("articles", "--db", path, "--duplicates")
    assert result.exit_code == 0 and "Portal Harian" in result.stdout
    result = run("articles", "--db", path, "--format", "jsonl")
    assert [json.loads(x)["dup_cluster"] for x in result.stdout.splitlines()] == ["a", "a"]
    # both reports code the same accusation: one aggregate, two articles, one source
    result = run("events", "--db", path, "--aggregate", "--format", "jsonl")
    (agg,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert (agg["num_mentions"], agg["num_articles"], agg["num_sources"]) == (2, 2, 1)
    assert agg["sources"] == ["Kabar Nusantara"]


def test_events_aggregate_formats(db: str) -> None:
    # the stand-in coder gives every article the same IDN -> MYS accusation on its publication date
    result = run("events", "--db", db, "--aggregate", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sum(int(r["num_mentions"]) for r in rows) == 5
    assert all(r["type"] == "ACCUSE" and r["actor"] == "IDN/GOV Menteri Contoh" for r in rows)
    result = run("events", "--db", db, "--aggregate")
    assert result.exit_code == 0 and "ment/art/src" in result.stdout
    result = run("events", "--db", db, "--aggregate", "--type", "AID")
    assert err_lines(result) == ["warta: no aggregate events match"]


def test_aggregate_rebuild(db: str) -> None:
    before = run("events", "--db", db, "--aggregate", "--format", "jsonl").stdout
    result = run("aggregate", "--db", db, "--rebuild")
    assert result.exit_code == 0
    assert err_lines(result)[-1].startswith("rebuilt ") and "from 5 events" in err_lines(result)[-1]
    assert run("events", "--db", db, "--aggregate", "--format", "jsonl").stdout == before
    assert run("aggregate", "--db", db).exit_code == 2


def test_export_gdelt_and_plover(db: str, tmp_path: Path) -> None:
    from warta.exports import EVENT_COLUMNS, MENTION_COLUMNS

    result = run("export", "--db", db, "--format", "gdelt", str(tmp_path / "g"))
    assert result.exit_code == 0, result.output
    events = (tmp_path / "g.events.csv").read_text().splitlines()
    mentions = (tmp_path / "g.mentions.csv").read_text().splitlines()
    assert all(len(line.split("\t")) == len(EVENT_COLUMNS) for line in events)
    assert len(mentions) == 5 and all(len(line.split("\t")) == len(MENTION_COLUMNS) for line in mentions)
    assert err_lines(result) == [f"exported {len(events)} aggregate events to {tmp_path / 'g.events.csv'} and 5 "
                                 f"mentions to {tmp_path / 'g.mentions.csv'} (gdelt)"]
    result = run("export", "--db", db, "--format", "plover", str(tmp_path / "p.jsonl"))
    assert result.exit_code == 0
    recs = [json.loads(x) for x in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert recs and all(r["event"] == ["ACCUSE"] and r["quad_code"] == 3 for r in recs)
