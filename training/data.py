"""Read the reference corpora in /work/shared/data and write spaCy DocBin files.

UD (CoNLL-U) -> words, UPOS, FEATS, heads, deps, sentence starts; ten sentences per Doc
so the parser also learns sentence boundaries. Multiword tokens are kept as their
syntactic words with no space between them (the tokenizer splits them the same way).

NER (BIO) -> words and entity spans mapped onto PER / ORG / LOC (see LABEL_MAP); source labels
listed in ``WARTA_NER_MISSING`` (e.g. ``EVT,FNB``; default none) are written as *missing*
annotation instead (spaCy's ``ent_iob`` 0, which the NER loss ignores) rather than as entities or O.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

DATA = Path(os.environ.get("WARTA_DATA", "/work/shared/data"))

UD_FILES = {
    "csui-train": "ud/csui/id_csui-ud-train.conllu",
    "csui-test": "ud/csui/id_csui-ud-test.conllu",
    "gsd-dev": "ud/gsd/id_gsd-ud-dev.conllu",
    "gsd-test": "ud/gsd/id_gsd-ud-test.conllu",
    "pud": "ud/pud/id_pud-ud-test.conllu",
}
NER_FILES = {
    "nergrit-train": "ner/nergrit/train_preprocess.txt",
    "nergrit-valid": "ner/nergrit/valid_preprocess.txt",
    "nerp-train": "ner/nerp/train_preprocess.txt",
    "nerp-valid": "ner/nerp/valid_preprocess.txt",
    "idner2k-train": "ner/idner2k/train.txt",
    "idner2k-dev": "ner/idner2k/dev.txt",
    "idner2k-test": "ner/idner2k/test.txt",
}
LABEL_MAP = {
    "PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG",  # NERGrit
    "PPL": "PER", "PLC": "LOC", "IND": "ORG", "EVT": None, "FNB": None,  # NERP
    "PER": "PER", "ORG": "ORG", "LOC": "LOC",  # IDNer2k
}
# Source labels whose spans become missing annotation (unknown, not O): the NER's transition
# costs are zero on such tokens, so a corpus's own convention for them teaches nothing.
# Default none (EVT/FNB -> O, IND -> ORG as in LABEL_MAP). E.g. WARTA_NER_MISSING=EVT,FNB.
NER_MISSING = tuple(sorted({x.strip() for x in os.environ.get("WARTA_NER_MISSING", "").split(",") if x.strip()}))
if set(NER_MISSING) - set(LABEL_MAP):
    raise SystemExit(f"WARTA_NER_MISSING: unknown source label(s) {sorted(set(NER_MISSING) - set(LABEL_MAP))}")


@dataclass
class UDSentence:
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # absolute index within the sentence
    deps: list[str] = field(default_factory=list)
    mwts: list[tuple[str, list[str]]] = field(default_factory=list)


def read_conllu(path: Path) -> list[UDSentence]:
    """Parse a CoNLL-U file into sentences of syntactic words."""
    sents: list[UDSentence] = []
    cur = UDSentence()
    mwt_end, mwt_space, mwt_form, mwt_parts = -1, True, "", []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\r")
        if not line:
            if cur.words:
                sents.append(cur)
            cur, mwt_end = UDSentence(), -1
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        tid = cols[0]
        if "." in tid:
            continue
        if "-" in tid:
            start, end = (int(x) for x in tid.split("-"))
            mwt_end, mwt_space, mwt_form, mwt_parts = end, "SpaceAfter=No" not in cols[9], cols[1], []
            continue
        i = int(tid)
        cur.words.append(cols[1])
        if i <= mwt_end:
            mwt_parts.append(cols[1])
            cur.spaces.append(mwt_space if i == mwt_end else False)
            if i == mwt_end:
                cur.mwts.append((mwt_form, mwt_parts))
        else:
            cur.spaces.append("SpaceAfter=No" not in cols[9])
        cur.pos.append(cols[3])
        cur.morphs.append("" if cols[5] == "_" else cols[5])
        cur.heads.append(int(cols[6]) - 1 if cols[6] != "0" else i - 1)
        cur.deps.append("ROOT" if cols[7] == "root" else cols[7])
    if cur.words:
        sents.append(cur)
    return sents


def ud_docs(nlp: Language, sents: list[UDSentence], per_doc: int = 10) -> list[Doc]:
    """Join sentences into Docs of ``per_doc`` sentences with full annotation."""
    docs = []
    for k in range(0, len(sents), per_doc):
        words, spaces, pos, morphs, heads, deps, starts = [], [], [], [], [], [], []
        for s in sents[k:k + per_doc]:
            off = len(words)
            words += s.words
            spaces += s.spaces
            spaces[-1] = True
            pos += s.pos
            morphs += s.morphs
            heads += [h + off for h in s.heads]
            deps += s.deps
            starts += [True] + [False] * (len(s.words) - 1)
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces, pos=pos, morphs=morphs, heads=heads,
                        deps=deps, sent_starts=starts))
    return docs


def read_bio(path: Path) -> list[tuple[list[str], list[str]]]:
    """Read a BIO file (token [POS] TAG per line, blank line between sentences; CRLF-safe)."""
    sents, words, tags = [], [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip().replace("\r", "")
        if not line:
            if words:
                sents.append((words, tags))
            words, tags = [], []
            continue
        parts = line.split()
        words.append(parts[0])
        tags.append(parts[-1])
    if words:
        sents.append((words, tags))
    return sents


def source_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO tags -> (start, end, source label); a stray I- opens a new entity."""
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, lab = tag.partition("-")
        if start is not None and (prefix != "I" or lab != label):
            spans.append((start, i, label))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, label = i, lab
    return spans


def bio_spans(tags: list[str]) -> list[tuple[int, int, str | None]]:
    """BIO tags -> (start, end, mapped label); None for a dropped label."""
    return [(s, e, LABEL_MAP[lab]) for s, e, lab in source_spans(tags)]


def ner_docs(nlp: Language, sents: list[tuple[list[str], list[str]]],
             missing: tuple[str, ...] = NER_MISSING) -> list[Doc]:
    """One Doc per sentence; dropped labels (EVT, FNB) become O, labels in ``missing`` missing."""
    docs = []
    for words, tags in sents:
        doc = Doc(nlp.vocab, words=words)
        spans = source_spans(tags)
        ents = [Span(doc, s, e, label=LABEL_MAP[lab]) for s, e, lab in spans if lab not in missing and LABEL_MAP[lab]]
        unknown = [Span(doc, s, e) for s, e, lab in spans if lab in missing]
        doc.set_ents(ents, missing=unknown, default="outside")
        docs.append(doc)
    return docs


def ner_split(name: str) -> list[tuple[list[str], list[str]]]:
    """The sentences of one NER split, including the carved ``nergrit-train-part`` / ``nergrit-dev``."""
    if name in ("nergrit-train-part", "nergrit-dev"):
        part, dev = carve(read_bio(DATA / NER_FILES["nergrit-train"]))
        return part if name == "nergrit-train-part" else dev
    return read_bio(DATA / NER_FILES[name])


def carve(sents: list, every: int = 8) -> tuple[list, list]:
    """Split a training file into (train, dev): every ``every``-th sentence goes to dev.

    NERGrit has no usable dev split (its valid split is reported, its test labels are
    masked), so model selection uses sentences held out of its train split.
    """
    train = [s for i, s in enumerate(sents) if i % every != every - 1]
    dev = [s for i, s in enumerate(sents) if i % every == every - 1]
    return train, dev


def write(docs: list[Doc], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)


def build_corpora(nlp: Language, out: Path) -> dict[str, int]:
    """Write every split as ``out/<name>.spacy``; return sentence counts."""
    counts = {}
    for name, rel in UD_FILES.items():
        sents = read_conllu(DATA / rel)
        counts[name] = len(sents)
        write(ud_docs(nlp, sents), out / f"{name}.spacy")
    bio = {name: read_bio(DATA / rel) for name, rel in NER_FILES.items()}
    bio["nergrit-train-part"], bio["nergrit-dev"] = carve(bio["nergrit-train"])
    for name, sents in bio.items():
        counts[name] = len(sents)
        write(ner_docs(nlp, sents), out / f"{name}.spacy")
    return counts
