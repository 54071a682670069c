"""The event coder: from analysed sentences and their mentions to PLOVER events.

Language-neutral: everything it knows about Indonesian comes from the
:class:`~warta.lang.Language` (trigger lexicon, cue words, tables). For each
sentence it

1. finds triggers (verbs and event nouns keyed on roots) and their voice
   (active ``menuduh``, passive ``dituduh``, nominal ``tuduhan``);
2. fills actor and recipient from the trigger's frame and voice by word order
   (subject to the left, object to the right, ``oleh`` agents, ``dengan`` and
   ``antara X dan Y`` partners, possessors of event nouns, ``-nya`` objects);
3. reads clause-level modality (``akan``, ``tidak``, ``jika``), attribution
   (``menurut X``), the date (own clause, sentence, context), and the place;
4. merges mentions of one happening (an event noun with ``tersebut``, the same
   pair meeting again) into one event with several pieces of evidence.

Each event carries an explanation: which lexicon entry, which rule found each
actor, which expression gave the date.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property, partial
from typing import Any

from warta import kb
from warta.gazetteer import gazetteer_for
from warta.lang import Language, Place, TitleEntry, TriggerEntry
from warta.mentions import COUNTRY_KINDS, MentionFinder
from warta.structure import Analysed
from warta.types import (
    QUAD_CLASS,
    Actor,
    ActorMention,
    DateMention,
    Entity,
    Event,
    Evidence,
    Location,
    PlaceMention,
    Sentence,
    Token,
)

CIVIL_SECTORS = {"GOV", "OPP", "PTY", "LEG", "JUD", "NGO", "MED"}
"""Sectors whose members attack with words, not weapons."""
NON_STATE_SECTORS = {"CVL", "EDU", "LAB", "OPP", "NGO", "REL", "MED", "BUS", "PTY", "REB"}
"""Sectors outside the state: their own country's state can be what they act on."""
STATE_FORCE_SECTORS = {"GOV", "COP", "MIL"}
"""What a rioting crowd may target without the act being an attack on people: the state and its forces."""
ANSWER_TYPES = {"REJECT", "ACCUSE"}
"""Verbs whose agent answers an act rather than doing it (``Tuduhan itu dibantah X``, ``Usulan itu ditolak X``)."""
ARMED_SECTORS = {"COP", "MIL", "SPY", "REB"}
"""Sectors that bear arms: whose attack the wounded told after it were hurt in."""
ARRESTING_SECTORS = {"COP", "MIL", "SPY", "JUD"}
"""Who may report an arrest they made themselves (``Kapolres X mengatakan 23 orang diamankan``)."""
_QUOTES = ("\"", "\u201c", "\u201d")
_CLAUSE_MARKS = (*_QUOTES, ";", ":")
"""Punctuation that cannot stand inside an apposition: quotes open speech, ``;`` and ``:`` a clause."""
DATELINE_CITY_POPULATION = 100_000
"""A dateline the language's table does not list is a city abroad only if GeoNames counts this many people there."""
MILITARY_AID_CAMEO = "072"
"""CAMEO 072, military aid: arms and military assistance go to a state, not to its people."""

SYMMETRIC_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
"""Types whose coordinated subjects are the two sides of one act."""

JOINT = "joint"
TRANSITIVE = "transitive"
INTRANSITIVE = "intransitive"
PATIENT = "patient"


@dataclass(slots=True)
class Trigger:
    entry: TriggerEntry
    a: int
    b: int
    voice: str
    """active, passive, noun."""
    clitic_object: bool = False


@dataclass
class SentenceInfo:
    sent: Sentence
    mentions: list[ActorMention]
    places: list[PlaceMention]
    dates: list[DateMention]
    attribution: str | None
    excluded: set[int]
    """Token indices that belong to an attribution phrase: never actors."""
    segment_source: Callable[[], list[tuple[int, int]]] = field(repr=False, compare=False)
    """Works out :attr:`segments` when a rule first asks (many sentences have no trigger, and none asks)."""

    @cached_property
    def segments(self) -> list[tuple[int, int]]:
        """Token ranges split at clause-boundary words and strong punctuation."""
        return self.segment_source()

    @cached_property
    def placed(self) -> frozenset[int]:
        """Token indices inside a place mention (asked for by many rules, so worked out once)."""
        return frozenset(i for p in self.places for i in range(p.tok_start, p.tok_end))


@dataclass(frozen=True)
class Rejection:
    """A trigger that gave no event, and why: the other half of an explanation."""

    sentence: int
    trigger: str
    type: str
    reason: str


@dataclass(slots=True)
class Draft:
    """An event being built: may absorb later mentions of the same happening."""

    entry: TriggerEntry
    trigger_text: str
    actors: list[ActorMention]
    recipients: list[ActorMention]
    modality: str
    attribution: str | None
    sentences: list[int]
    date: DateMention | None
    location: PlaceMention | None
    location_score: int
    symmetric: bool
    confidence: float
    explanation: list[str] = field(default_factory=list)
    anaphoric: bool = False
    trigger_end: int = 0
    """Token index after the trigger in its sentence."""
    trigger_start: int = 0
    """Token index of the trigger's first word in its sentence."""
    crowd: bool = False
    """Its actor was a bare crowd noun (``massa``), read as the protesters told of before."""
    date_from_context: bool = False
    """The date was carried from an earlier sentence, not written in this one: weak evidence."""


def _side_key(e: Entity) -> tuple[str | None, str | None, str]:
    """Like :func:`_key_entity`, but unnamed groups of one country and sector are one side
    (``12 orang`` and ``pengungsi`` killed by the same fire in one sentence)."""
    if e.kind == "group" and not e.kb_id:
        return (e.country, e.sector, "")
    return _key_entity(e)


def _party_of_place(at: PlaceMention | ActorMention, name: str, country: str | None, sector: str,
                    rule: str) -> ActorMention:
    """The people (``CVL``) or the state (``GOV``) of a place named in a sentence, as an actor mention there."""
    entity = Entity(name=name, country=country, sector=sector, kind="country" if sector == "GOV" else "group")
    return ActorMention(at.text, at.start, at.end, entity, at.sentence, at.tok_start, at.tok_end, rule)


def _key_entity(e: Entity) -> tuple[str | None, str | None, str]:
    return (e.country, e.sector, (e.kb_id or e.name).lower())


NameFinder = Callable[[list[str]], list[list[tuple[int, int, str]]]]
"""Named entities of many texts: for each text, (start, end, label) with label PER, ORG or LOC."""
SyntaxFinder = Callable[[list[str]], list[list[tuple[int, int, int, str]]]]
"""Dependency parses of many texts: for each text, per token (start, end, head index, UD relation)."""


class _CueTables:
    """The cue words and phrases of a language, as the sets and indexes the coder looks them up in.

    Built once per language (:func:`_cue_tables`): building them for every article cost
    about as much as coding a short one.
    """

    def __init__(self, lang: Language) -> None:
        self.cues = lang.cues
        self.trigger_index = _trigger_index(lang)
        self.trigger_parts: dict[str, tuple[str, ...]] = {
            e.key: tuple(p.strip() for p in e.key.split("~", 1)) if e.match == "near" else tuple(e.key.split())
            for entries in self.trigger_index.values() for e in entries}
        """Each trigger key's words (``near`` keys: its two ends), split once."""
        c = self.cues
        self.boundaries = {tuple(w.split()) for w in c.get("clause_boundaries", ())}
        self.boundaries_flat = {w for w in c.get("clause_boundaries", ()) if " " not in w}
        self.boundary_index: dict[str, list[tuple[str, ...]]] = {}
        for b in self.boundaries:
            self.boundary_index.setdefault(b[0], []).append(b)
        self.strong_punct = set(c.get("clause_punct", ()))
        self.subject_blockers = set(c.get("subject_blockers", ()))
        self.object_blockers = set(c.get("object_blockers", ()))
        self.joint_preps = set(c.get("joint_preps", ()))
        self.and_words = set(c.get("and_words", ()))
        self.between = c.get("between", "antara")
        self.passive_agent = set(c.get("passive_agent", ()))
        self.anaphors = set(c.get("event_anaphors", ()))
        self.light_verbs = set(c.get("light_verbs", ()))
        self.complementisers = set(c.get("complementisers", ()))
        self.complement_types = set(c.get("complement_taking_types", ()))
        self.source_preps = set(c.get("source_preps", ()))
        self.topic_markers = set(c.get("topic_markers", ()))
        self.topic_skip = set(c.get("topic_skip", ()))
        self.temporal_words = set(c.get("temporal_clause_words", ()))
        self.pronouns = set(c.get("pronouns", ()))
        self.continuation_words = set(c.get("continuation_words", ()))
        self.purpose_words = set(c.get("purpose_words", ()))
        self.venue_nouns = set(c.get("venue_nouns", ()))
        self.auxiliaries = set(c.get("auxiliaries", ()))
        self.complement_nouns = set(c.get("complement_nouns", ()))
        self.complement_markers = set(c.get("complement_markers", ()))
        self.plural_pronouns = set(c.get("plural_pronouns", ()))
        self.channel_words = set(c.get("channel_words", ()))
        self.facing_types = set(c.get("facing_types", ()))
        self.partner_types = set(c.get("partner_types", ()))
        self.material_facing_types = set(c.get("material_facing_types", ()))
        self.partnered_types = set(c.get("partnered_types", ()))
        self.threat_future_words = set(c.get("threat_future_words", ()))
        self.warning_keys = set(c.get("warning_keys", ()))
        self.worker_nouns = set(c.get("worker_nouns", ()))
        self.comment_words = set(c.get("comment_words", ()))
        self.road_words = set(c.get("road_words", ()))
        self.yield_preps = set(c.get("yield_preps", ()))
        self.labour_action_types = set(c.get("labour_action_types", ()))
        self.protect_roots = set(c.get("protect_roots", ()))
        self.plan_words = set(c.get("plan_words", ()))
        self.answering_cameos = set(c.get("answering_cameos", ()))
        self.answered_types = set(c.get("answered_types", ()))
        self.answer_window = int(c.get("answer_window", 6))
        self.accusing_speech = set(c.get("accusing_speech_verbs", ()))
        self.quote_tags = set(c.get("quote_tags", ()))
        self.response_words = set(c.get("response_words", ()))
        self.attempt_words = set(c.get("attempt_words", ()))
        self.negative_words = set(c.get("negative_words", ()))
        self.negative_phrases = [tuple(p.split()) for p in c.get("negative_phrases", ())]
        self.conflict_types = set(c.get("conflict_types", ()))
        self._allege = TriggerEntry("sebut", "word", "ACCUSE", "allege", "112", TRANSITIVE)
        self._pledge = TriggerEntry("pastikan", "word", "AGREE", None, "030", TRANSITIVE)
        self.pledge_verbs = set(c.get("pledge_verbs", ()))
        self.pledge_future = set(c.get("pledge_future_cues", ()))
        self.purpose_heads = set(c.get("purpose_heads", ()))
        self.negation_exceptions = [tuple(x.split()) for x in c.get("negation_exceptions", ())]
        self.protest_preps = set(c.get("protest_target_preps", ()))
        self.light_phrases = [tuple(p.split()) for p in c.get("light_verb_phrases", ())]
        self.light_phrases_by_last = _index_phrases(self.light_phrases, -1)
        self.reactive_types = set(c.get("reactive_types", ()))
        self.prison_words = set(c.get("prison_words", ()))
        self.but_words = set(c.get("but_words", ()))
        self.role_words = set(c.get("role_words", ()))
        self.statement_nouns = set(c.get("statement_nouns", ()))
        self.opinion_verbs = set(c.get("opinion_verbs", ()))
        self.vow_verbs = set(c.get("vow_verbs", ()))
        self.happening_verbs = set(c.get("happening_verbs", ()))
        self.control_words = set(c.get("control_words", ()))
        self.consisting_words = set(c.get("consisting_words", ()))
        self.instrument_preps = set(c.get("instrument_preps", ()))
        self.before_after_words = set(c.get("before_after_words", ()))
        self.sequence_words = set(c.get("sequence_words", ()))
        self.transitive_prefixes = tuple(c.get("transitive_prefixes", ()))
        self.follower_nouns = set(c.get("follower_nouns", ()))
        self.generic_determiners = set(c.get("generic_determiners", ()))
        self.kind_nouns = set(c.get("kind_nouns", ()))
        self.mediator_nouns = set(c.get("mediator_nouns", ()))
        self.skip_words = set(c.get("determiners_skip", ()))
        self.response_roots = set(c.get("response_roots", ()))
        self.insertion_openers = set(c.get("insertion_openers", ()))
        self.hosting_passives = set(c.get("hosting_passives", ()))
        self.hosting_actives = set(c.get("hosting_actives", ()))
        self.topic_nouns = set(c.get("topic_nouns", ()))
        self.arrival = set(c.get("arrival", ()))
        self.both_words = {tuple(w.split()) for w in c.get("both", ())}
        self.continuers = [tuple(w.split()) for w in c.get("context_continuers", ())]
        self._continuer_index: dict[str, list[tuple[str, ...]]] = {}
        for cont in self.continuers:
            self._continuer_index.setdefault(cont[0], []).append(cont)
        self.modality_cues = {m: [tuple(w.split()) for w in ws] for m, ws in c.get("modality", {}).items()}
        self.modality_window = int(c.get("modality_window", 6))
        att = c.get("attribution", {})
        self._attribution_strip = sorted((tuple(x.split()) for x in att.get("strip", ())), key=len, reverse=True)
        self._attribution_before = sorted((tuple(x.split()) for x in att.get("before", ())), key=len, reverse=True)
        self._attribution_after = [tuple(c.split()) for c in att.get("after", ())]
        self._attribution_firsts = frozenset(c[0] for c in self._attribution_before + self._attribution_after)
        self._modality_index: dict[str, list[tuple[str, int, tuple[str, ...]]]] = {}
        for mod, cues in self.modality_cues.items():
            for order, cue in enumerate(cues):
                self._modality_index.setdefault(cue[0], []).append((mod, order, cue))
        self.separate_openers = _index_phrases([tuple(w.split()) for w in c.get("separate_event_openers", ())], 0)
        self.verbal_types = set(c.get("verbal_types", ()))
        # per non-political domain, each cue as (its first word, what to count in the article's words
        # joined by two spaces: see ``_domain_suppressed``)
        self.domain_cues = [[(w.split(" ", 1)[0], " " + w.replace(" ", "  ") + " ") for w in words]
                            for words in c.get("non_political_domains", {}).values()]
        self.domain_threshold = float(c.get("domain_threshold", 0.035))
        self.domain_name_words = set(c.get("domain_name_words", ()))
        self.delivery_verbs = set(c.get("delivery_verbs", ()))
        self.territorial_types = set(c.get("territorial_types", ()))
        self.territorial_preps = set(c.get("territorial_preps", ()))
        self.speech_verbs = set(c.get("speech_verbs", ()))
        self.saying_verbs = self.speech_verbs | self.accusing_speech | self.opinion_verbs | self.light_verbs
        """Verbs whose object may be a clause with its own subject (``X mengatakan Y menyerang``), and light verbs."""
        self.reporting_verbs = set(c.get("reporting_verbs", ()))
        self.destination_types = set(c.get("destination_types", ()))
        self.since_words = set(c.get("since_words", ()))
        self.date_context_words = set(c.get("date_context_words", ()))
        self.budget_year_words = set(c.get("budget_year_words", ()))
        self.until_words = set(c.get("until_words", ()))
        self.self_contained_types = set(c.get("self_contained_types", ()))
        self.destination_modes = set(c.get("destination_modes", ()))
        self.threat_types = set(c.get("threat_types", ()))
        self.content_openers = set(c.get("content_openers", ()))
        self.refusal_cues = [tuple(w.split()) for w in c.get("refusal_cues", ())]
        self.dated_only = set(c.get("dated_only_triggers", ()))
        self.function_words = set(c.get("function_words", ())) | self.anaphors | self.auxiliaries
        self.possession_nouns = set(c.get("possession_nouns", ()))
        self.act_nouns = set(c.get("act_nouns", ()))
        self.first_person = set(c.get("first_person", ()))
        self.cause_words = set(c.get("cause_words", ()))
        self.both_determiners = set(c.get("both_determiners", ()))
        self.willingness = set(c.get("willingness_words", ()))
        self.goal_preps = set(c.get("goal_preps", ()))
        self.from_preps = set(c.get("from_preps", ()))
        self.manner_words = set(c.get("manner_words", ()))
        self.relativizer = c.get("relativizer", "")
        self.clitic = c.get("possessive_clitic", "")
        self.active_prefixes = tuple(c.get("active_prefixes", ()))
        self.passive_prefixes = tuple(c.get("passive_prefixes", ()))
        self.verb_prefixes = frozenset(self.active_prefixes + self.passive_prefixes)
        self.locating_words = set(c.get("locating_words", ()))
        self.source_trailers = set(c.get("source_trailers", ()))
        self.date_lead_words = set(c.get("date_lead_words", ()))
        self.citing_verbs = tuple(c.get("citing_verbs", ()))
        self.toward_words = set(c.get("toward_words", ()))
        self.place_heads = set(c.get("place_heads", ()))
        self.contrast_words = set(c.get("contrast_words", ()))
        self.position_words = set(c.get("position_words", ()))
        self.target_preps = set(c.get("target_preps", ()))
        self.clause_openers = set(c.get("clause_openers", ()))
        self.adverb_skip = set(c.get("adverb_skip", ()))
        self.object_adverbs = set(c.get("object_adverbs", ()))
        self.locative_preps = set(c.get("locative_preps", ()))
        self.place_preps = self.locative_preps | self.from_preps  # ``di``/``ke``/``dari`` + a place
        self.reaction_verbs = set(c.get("reaction_verbs", ()))
        self.occasion_openers = _index_phrases([tuple(w.split()) for w in c.get("occasion_openers", ())], 0)
        self.conditional_words = set(c.get("conditional_words", ()))
        self.mediating_roots = frozenset(c.get("mediating_roots", ()))
        self.side_nouns = frozenset(c.get("side_nouns", ()))
        self.namely_words = frozenset(c.get("namely_words", ()))
        self.grounds_preps = frozenset(c.get("grounds_preps", ()))
        self.idioms: dict[str, list[tuple[str, ...]]] = {}
        """Word sequences in which a trigger word names no event (``menahan diri``), by first word."""
        for idiom in c.get("idioms", ()):
            words = tuple(idiom.lower().split())
            self.idioms.setdefault(words[0], []).append(words)
        self.receiving_verbs = frozenset(c.get("receiving_verbs", ()))
        self.material_types = set(c.get("material_types", ()))
        self.numerals = {k: int(v) for k, v in c.get("side_numerals", {}).items()}
        self.same_determiners = [tuple(p.split()) for p in c.get("same_determiners", ())]
        self.same_firsts = {p[0] for p in self.same_determiners}
        self.person_determiners = set(c.get("person_determiners", ()))
        self.plural_sides = set(c.get("plural_sides", ()))


def _index_phrases(phrases: list[tuple[str, ...]], at: int) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first (``at=0``) or last (``at=-1``) word, in their order: a sentence is
    checked only against the phrases its word can begin or end."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        if p:
            out.setdefault(p[at], []).append(p)
    return out


def _cue_tables(lang: Language) -> dict[str, Any]:
    return lang.derived("coder.cue_tables", lambda: vars(_CueTables(lang)))


class Coder(_CueTables):
    """Codes one analysed article. Create one per article (it keeps article memory).

    ``names`` (optional, e.g. :func:`warta.nlp.entities`) finds people and bodies no
    table knows, in the sentences where the word-order rules would otherwise pass over them.
    """

    def __init__(self, lang: Language, names: NameFinder | None = None, syntax: SyntaxFinder | None = None) -> None:
        # the language's tables are built once per language and shared (read-only) by every article's coder
        self.__dict__.update(_cue_tables(lang))
        self.lang = lang
        self.names = names
        self.syntax = syntax
        self._parses: dict[int, list[tuple[int, int, int, str]]] = {}
        self._ner_spans: dict[int, list[tuple[int, int, str]]] = {}
        self.finder = MentionFinder(lang)
        self._history: list[ActorMention] = []
        self._drafts: list[Draft] = []
        self._sentences: list[Sentence] = []
        """The events drafted so far in the article being coded (for ``Mereka``, :meth:`_they`)."""
        self.rejected: list[Rejection] = []
        self._trigger_cache: dict[int, list[Trigger]] = {}
        self._dateline_place: PlaceMention | None = None
        self._reported: dict[tuple[int, int], str] = {}
        """Triggers inside a speaker's report of a deed -> the speaker (the event's attribution)."""
        self._spoken: list[tuple[ActorMention, DateMention]] = []
        """Who is quoted as speaking on a written day (``kata Trump ..., Selasa (22/7)``)."""
        self._pending: list[Draft] = []
        """Material acts told without a doer, waiting for one named in the next sentences."""
        self._lead_of: Analysed | None = None
        self._lead: str | None = None
        """The foreign country the article being coded is about (:meth:`_foreign_lead`), and which article."""
        self._sides_of: dict[tuple[int, int], list[ActorMention]] = {}
        self._shared_speaker: dict[tuple[int, int], ActorMention] = {}
        """A verb coordinated after what a speaker said -> the speaker, its subject."""

    # ------------------------------------------------------------------ entry
    def code(self, analysed: Analysed) -> list[Event]:
        article = analysed.article
        self.finder.on = article.published
        self._dateline_place = self._dateline_mention(analysed)
        self.finder.default_country = self._dateline_country(analysed, self._dateline_place)
        if self.finder.default_country is not None and self.finder.default_country == self.cues.get("home_country"):
            # ``Jakarta (ANTARA) - Pemerintah Moldova mengusir ...``: foreign news written at a desk at home
            self.finder.default_country = self._foreign_lead(analysed) or self.finder.default_country
        if self._dateline_place is not None:
            self.finder.context_countries.add(self._dateline_place.country or "")
            self.finder.filed_from = self._dateline_place.country
        domain_block = self._domain_suppressed(analysed)
        drafts: list[Draft] = []
        history: list[ActorMention] = []
        self._history = history
        self._drafts = drafts
        self._sentences = analysed.sentences
        last_date: DateMention | None = None
        last_day: DateMention | None = None  # the last context date that is a day
        last_source: Draft | None = None
        infos: list[SentenceInfo] = []
        if self.names is not None:
            self._read_names(analysed)
        for sent in analysed.sentences:
            info = self._sentence_info(sent, article.published)
            infos.append(info)
            sent_drafts: list[Draft] = []
            said, content = ([], set()) if domain_block else self._speech_accusations(info, history, drafts)
            for trig in self._triggers(info.sent):
                if trig.entry.type in domain_block:
                    self._reject(info, trig, "the article reads as a sports report")
                    continue
                if trig.a in content:
                    self._reject(info, trig, "part of what a speaker says another did: coded as the accusation")
                    continue
                if self._marks_target(info.sent, trig):
                    self._reject(info, trig, "introduces the target of the event named right before it")
                    continue
                d = self._build(info, trig, history, drafts, sent_drafts)
                if d is None:
                    continue
                self._crowd_is_protesters(d, info, drafts)
                if d.modality == "asserted" and d.date is not None and not d.date.anaphoric \
                        and d.date.value > article.published:
                    # ``... perdagangan bilateral 20 miliar dolar pada 2028``: what happened cannot be dated later
                    # than the report; the day must come from elsewhere
                    d.explanation.append(f"date: '{d.date.text}' is after the report, so not this event's")
                    d.date = None
                if (d.entry.type in self.destination_types or d.entry.mode in self.destination_modes) \
                        and not d.recipients and d.actors:
                    self._destination_recipient(info, trig, d)
                if not d.recipients and d.actors and d.modality in ("asserted", "future") \
                        and (d.entry.type == "AID" or (d.entry.type == "AGREE" and self._pledges_aid(info, trig))):
                    self._aid_to_focus(analysed, info, trig, d)
                if d.entry.type == "ASSAULT" and not d.recipients and d.actors and trig.voice == "active":
                    self._attacked_place(info, trig, d)
                self._recipient_by_kind(info, trig, d, drafts)
                source = self._reported.get((info.sent.index, trig.a))
                if source is not None and d.attribution is None:
                    d.attribution = source
                    d.explanation.append(f"attribution: reported by '{source}'")
                sent_drafts.append(d)
            said.extend(self._pledges(info, sent_drafts))
            for d in said:
                if not any(x.entry.type in ("ACCUSE", "REJECT") and self._same_side(x.actors, d.actors)
                           and self._same_side(x.recipients, d.recipients) for x in sent_drafts):
                    sent_drafts.append(d)
            sent_drafts = self._aim(self._combine(sent_drafts))
            context_date = last_date if self._continues(info.sent) else None
            if context_date is not None and context_date.precision in ("month", "year") and last_day is not None:
                # ``... tahun ini`` after ``Kamis (29/1)``: the day told, not the year; nor a month told in passing
                # (``menunda impor ... hingga September``) once a day has been told
                context_date = last_day
            separate = self._opens_with(info.sent, self.separate_openers)
            occasion = self._last_occasion(drafts) if self._opens_with(info.sent, self.occasion_openers) else None
            for d in sent_drafts:
                if occasion is not None and not d.anaphoric and d.date is None and occasion.date is not None:
                    # ``Dalam kesempatan yang sama, Presiden Macron menyatakan ...``: at the press conference
                    d.date = occasion.date
                    d.date_from_context = True
                    if d.location is None and occasion.location is not None:
                        d.location, d.location_score = occasion.location, 1
                    d.explanation.append(f"date and place: the occasion told before ('{occasion.trigger_text}')")
                if d.date is None and context_date is not None and not d.anaphoric \
                        and not self._other_speakers_day(d, last_source):
                    d.date = context_date
                    d.explanation.append(f"date: carried from context ({context_date.value.isoformat()})")
                    d.date_from_context = True
                elif d.date is None and not d.anaphoric:
                    told = self._same_kind_just_told(d, drafts, sent.index)
                    if told is not None and told.date is not None:
                        # ``17 warga tewas pada Sabtu ... Secara terpisah, lima warga ditembak``:
                        # more of the same kind of happening, told right after, is of the same day
                        d.date = told.date
                        d.explanation.append(f"date: the same kind of event told just before "
                                             f"({told.date.value.isoformat()})")
                        d.date_from_context = True
                elif d.date is not None and d.date.anaphoric:
                    self._count_from(d, last_date, last_day)
                self._merge_or_add(d, drafts, separate)
            for p in self._pending:
                if p.sentences[0] == sent.index and p.date is not None and p.date.anaphoric:
                    self._count_from(p, last_date, last_day)  # (a doer-less attack waiting for its actor)
            # the date of what this sentence reports becomes the context for the next one; a date
            # that only qualifies something else (``serangan yang dimulai pada Jumat (13/6)``) does not
            dated = [d.date for d in sent_drafts if d.date is not None and not d.date.anaphoric]
            own = [x for x in info.dates if not x.anaphoric]
            opening = [x for x in own if x.start <= info.sent.tokens[min(1, len(info.sent.tokens) - 1)].start]
            if dated:
                last_date = dated[-1]
                last_source = next((d for d in reversed(sent_drafts) if d.date is last_date and not d.anaphoric),
                                   None)
            elif opening:
                last_date, last_source = opening[0], None
            elif own and not sent_drafts and context_date is None:
                # (``X, yang tiba pada Selasa (7/7) malam, disambut ..., Rabu (8/7)``: not the relative clause's)
                main = next((x for x in own if not self._in_relative_commas(info, x)), own[0])
                if not self._since(info, main) and not self._until(info, main):
                    last_date, last_source = main, None
            if last_date is not None and last_date.precision == "day":
                last_day = last_date
            history.extend(info.mentions)
            self._note_speech_date(info)
            # an act without a doer in a sentence that told the same kind of act with one is that act
            self._pending = [p for p in self._pending if p.sentences[0] != sent.index or not any(
                d.entry.type == p.entry.type and d.actors for d in sent_drafts)]
        for d in drafts:
            if d.entry.type == "ASSAULT" and d.entry.mode is None and d.actors and d.recipients and all(
                    m.entity.kind == "person" and m.entity.sector in CIVIL_SECTORS for m in d.actors + d.recipients):
                # ``serangan Trump terhadap Obama``: a politician attacking a politician attacks in words
                d.entry = TriggerEntry(d.entry.key, d.entry.match, "ACCUSE", "disapprove", "111", d.entry.frame)
                d.explanation.append("type: an attack between politicians with no weapon is a verbal attack: ACCUSE")
        for d in drafts:
            if d.entry.type in self.labour_action_types:
                d.actors = [self._as_labour(m) for m in d.actors]
            self._riot(d, infos[d.sentences[0]])
            self._prison_sentence(d, infos[d.sentences[0]])
            self._vowed_threat(d, infos[d.sentences[0]])
            self._threat_made(d, infos[d.sentences[0]])
            self._conditional_threat(d, infos[d.sentences[0]])
        self._occasion_dates(drafts, infos)
        self._speaker_dates(drafts)
        self._only_day(drafts, infos)
        drafts = self._one_statement(drafts)
        self._occasion_places(drafts)
        self._counterparts(drafts)
        return [self._finish(d, analysed, infos) for d in drafts if self._keep(d)]

    def _counterparts(self, drafts: list[Draft]) -> None:
        """``Islamabad menutup perlintasan Torkham`` in a report of Pakistan fighting Afghanistan: an act of
        conflict, a threat, an accusation or a denial that names no one it is aimed at faces the side its actor
        faces everywhere else in the report; ``Dasco berjanji ...`` after meeting the unions: a promise or an
        agreement that names no one is made to the side its actor deals with there. That side is the only one
        the report's acts of the same kind (conflict, or dealings) pair the actor's side with, or one paired
        with it at least twice as often as any other."""
        material = self.material_facing_types
        fighting = self._pairs(drafts, material)
        fought: dict[str | None, set[str | None]] = {}  # country -> the countries its material acts pair it with
        for (c, _), seen in fighting[0].items():
            fought.setdefault(c, set()).update(other for other, _ in seen)
        for kinds, label in ((self.facing_types, "faces"), (self.partner_types, "deals with")):
            pairs = self._pairs(drafts, kinds)
            targets = self.facing_types if label == "faces" else self.partnered_types
            for d in drafts:
                if d.recipients or not d.actors or d.entry.type not in targets or d.symmetric:
                    continue
                m = self._dominant(pairs, d.actors)
                if d.entry.type in material:
                    # an act of force faces a country its side fights in the report, not one that only spoke
                    # against it (``Korea Utara mengecam Israel`` makes no target of Israel's next strike)
                    enemies = fought.get(d.actors[0].entity.country, set())
                    if m is None or m.entity.country not in enemies:
                        m = self._dominant(fighting, d.actors)
                if m is not None:
                    d.recipients = [replace(m, rule="counterpart:" + m.rule)]
                    d.explanation.append(f"recipient: '{m.text}', the side its actor {label} everywhere else "
                                         f"in the report")

    @staticmethod
    def _pairs(drafts: list[Draft], kinds: set[str]) -> tuple[dict, dict]:
        """For each side (country, sector): how often the report's events of ``kinds`` pair it with each other
        side, and the first mention of each side."""
        def side(m: ActorMention) -> tuple[str | None, str | None]:
            return m.entity.country, m.entity.sector

        counts: dict[tuple[str | None, str | None], Counter] = {}
        first: dict[tuple[str | None, str | None], ActorMention] = {}
        for d in drafts:
            if d.modality == "negated" or not d.actors or not d.recipients or d.entry.type not in kinds:
                continue
            for a in d.actors:
                for r in d.recipients:
                    if side(a) != side(r) and a.entity.country and r.entity.country:
                        counts.setdefault(side(a), Counter())[side(r)] += 1
                        counts.setdefault(side(r), Counter())[side(a)] += 1
                        first.setdefault(side(r), r)
                        first.setdefault(side(a), a)
        return counts, first

    @staticmethod
    def _dominant(pairs: tuple[dict, dict], actors: list[ActorMention]) -> ActorMention | None:
        """The one side the actors' side is paired with, or one at least twice as frequent as any other."""
        counts, first = pairs
        seen = counts.get((actors[0].entity.country, actors[0].entity.sector))
        ranked = seen.most_common(2) if seen else []
        if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
            return None  # (no one, or several others none of which dominates: nothing says which)
        other = ranked[0][0]
        if any((a.entity.country, a.entity.sector) == other for a in actors):
            return None
        return first[other]

    # ------------------------------------------------------------------ names
    def _read_names(self, analysed: Analysed) -> None:
        """Run the name finder, in one batch, on the sentences that have a trigger and an unknown name."""
        lex = self.finder.lex
        known = (lex.lengths[id(lex.actors)], lex.lengths[id(lex.titles)], lex.lengths[id(lex.places)])
        chosen = []
        for sent in analysed.sentences:
            if not self._triggers(sent):
                continue
            toks = sent.tokens
            if any(t.text[:1].isupper() and t.text.isalpha() and not any(t.lower in k for k in known)
                   for t in toks[1:]):
                chosen.append(sent)
        if not chosen:
            return
        found = self.names([s.text for s in chosen])
        for sent, spans in zip(chosen, found, strict=True):
            self._ner_spans[sent.index] = [(sent.start + a, sent.start + b, label) for a, b, label in spans]

    def _name_mentions(self, sent: Sentence, mentions: list[ActorMention]) -> list[ActorMention]:
        """People and bodies the name finder found and no table knows: actors we cannot code.

        They still count: an unknown person right before a verb is its subject, so the
        event is left uncoded rather than given to a country named further back.
        """
        spans = self._ner_spans.get(sent.index)
        if not spans:
            return mentions
        taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
        extra = []
        for a, b, label in spans:
            if label not in ("PER", "ORG"):
                continue
            idx = [i for i, t in enumerate(sent.tokens) if a <= t.start and t.end <= b]
            if not idx or any(i in taken for i in idx):
                continue
            i, j = idx[0], idx[-1] + 1
            text = sent.text[sent.tokens[i].start - sent.start:sent.tokens[j - 1].end - sent.start]
            entity = Entity(name=text, country=None, sector=None, kind="person" if label == "PER" else "org")
            extra.append(ActorMention(text, sent.tokens[i].start, sent.tokens[j - 1].end, entity, sent.index, i, j,
                                      f"ner:{label}"))
        return sorted(mentions + extra, key=lambda m: m.tok_start) if extra else mentions

    # ------------------------------------------------------------------ dates
    def _opens_with(self, sent: Sentence, phrases: dict[str, list[tuple[str, ...]]]) -> bool:
        """Does the sentence open with one of ``phrases`` (indexed by first word)?"""
        lowers = [t.lower for t in sent.tokens[:8] if t.text.isalnum()]
        return bool(lowers) and any(tuple(lowers[:len(p)]) == p for p in phrases.get(lowers[0], ()))

    @staticmethod
    def _same_kind_just_told(d: Draft, drafts: list[Draft], index: int) -> Draft | None:
        """The latest dated event of ``d``'s type by the same side, from the two sentences before, if any."""
        def codes(ms: list[ActorMention]) -> set[str | None]:
            return {m.entity.country for m in ms}  # (``Israel`` and ``pasukan Israel`` attack as one side)

        for prev in reversed(drafts):
            if max(prev.sentences) < index - 2:
                break
            if prev.entry.type == d.entry.type and prev.date is not None and prev.modality == d.modality \
                    and codes(prev.actors) & codes(d.actors):
                return prev
        return None

    def _one_statement(self, drafts: list[Draft]) -> list[Draft]:
        """One side saying the same kind of thing about the same other side on one day is one event.

        A press release quoted over five sentences (``Korea Utara menyebut Israel agresor``,
        ``juru bicara itu juga menuduh Israel ...``) is one accusation, not five.
        """
        def restated(d: Draft) -> bool:
            # promises are restated (``memastikan``, then ``kami bersedia``); two signed texts are two agreements
            return d.entry.type != "AGREE" or d.entry is self._pledge or d.trigger_text.lower() in self.willingness

        def sides_of(d: Draft) -> tuple[set[tuple[str | None, str | None]], set[object]]:
            # the other side by country; at home by country and sector (the regency asks the airlines, the
            # regent the police), and two bodies the tables know apart are two (a legislator asks the ministry
            # to wait and the audit board to audit)
            own = {(m.entity.country, m.entity.sector) for m in d.actors}
            countries = {c for c, _ in own}
            return own, {(m.entity.country, m.entity.sector) if m.entity.country in countries else m.entity.country
                         for m in d.recipients}

        def bodies(d: Draft) -> set[str]:
            return {m.entity.kb_id for m in d.recipients if m.entity.kb_id and m.entity.kind != "person"}

        out: list[Draft] = []
        for d in drafts:
            if d.entry.type in self.verbal_types and d.actors and d.recipients and not d.anaphoric and restated(d):
                sides = sides_of(d)
                host = next((o for o in out if o.entry.type == d.entry.type and o.modality == d.modality and restated(o)
                             and o.actors and o.recipients and not o.anaphoric and sides_of(o) == sides
                             and not (bodies(o) and bodies(d) and not bodies(o) & bodies(d))
                             and (o.date.value if o.date else None) == (d.date.value if d.date else None)), None)
                if host is not None:
                    for s_ in d.sentences:
                        if s_ not in host.sentences:
                            host.sentences.append(s_)
                    host.date = host.date or d.date
                    host.confidence = min(0.97, max(host.confidence, d.confidence) + 0.05)
                    host.explanation.append(f"merged: the same statement again in sentence {d.sentences[0] + 1} "
                                            f"('{d.trigger_text}')")
                    continue
            out.append(d)
        return out

    @staticmethod
    def _only_day(drafts: list[Draft], infos: list[SentenceInfo]) -> None:
        """A report that names one day only tells of that day: what it tells after naming it took place then.

        ``Ratusan warga memblokade jalan ..., Rabu (19/2)`` ... ``Polres Garut menerjunkan 150
        personel``. Not before the day is named, not for what is planned or supposed, and not
        when the report names two days or more.
        """
        days = [(info.sent.index, d) for info in infos for d in info.dates
                if d.precision == "day" and not d.anaphoric and d.value is not None]
        if len({d.value for _, d in days}) != 1:
            return
        first, when = days[0]
        for d in drafts:
            if d.date is None and not d.anaphoric and d.modality == "asserted" and min(d.sentences) >= first:
                d.date = when
                d.date_from_context = True
                d.explanation.append(f"date: the only day the report names ('{when.text}')")

    @staticmethod
    def _count_from(d: Draft, last_date: DateMention | None, last_day: DateMention | None) -> None:
        """``Sehari sebelumnya``, ``pada hari yang sama``: a day counted from the last day told, not from a
        month or year (``latihan tahun ini``) told since."""
        assert d.date is not None
        base = last_date if last_date is not None and last_date.precision == "day" else last_day
        if base is None:
            d.date = None
            return
        shift = timedelta(days=d.date.offset_days)
        d.explanation.append(f"date: '{d.date.text}' -> previous date {base.value}"
                             + (f" {d.date.offset_days:+d} days" if shift else ""))
        d.date = DateMention(d.date.text, d.date.start, d.date.end, base.value + shift, None, "day") if shift else base

    @staticmethod
    def _last_occasion(drafts: list[Draft]) -> Draft | None:
        """The latest meeting, visit or press conference that happened: what ``kesempatan yang sama`` means."""
        return next((d for d in reversed(drafts) if d.entry.type in ("CONSULT", "PROTEST")
                     and d.modality == "asserted" and not d.anaphoric and d.date is not None), None)

    def _conditional_threat(self, d: Draft, info: SentenceInfo) -> None:
        """``Prancis dapat memperkeras sikapnya terhadap Israel apabila ...``: a harm promised on a condition.

        What X may or will do to Y if Y goes on is a threat X makes now: THREATEN, asserted.
        """
        if d.modality not in ("future", "hypothetical") or not d.actors or d.anaphoric:
            return
        if d.entry.type not in self.threat_types:
            return
        toks = info.sent.tokens
        cond = next((i for i in range(d.trigger_end, len(toks)) if toks[i].lower in self.conditional_words), None)
        if cond is None or any(t.text in (".", ";") for t in toks[d.trigger_end:cond]):
            return
        first = min(a.tok_start for a in d.actors if a.sentence == info.sent.index) \
            if any(a.sentence == info.sent.index for a in d.actors) else d.trigger_start
        judge = next((t for t in toks[:first] if t.lower in self.opinion_verbs), None)
        if judge is not None:
            return  # ``analis menilai India bisa saja menyerang ... apabila ...``: a guess about X, not X's threat
        self._as_threat(d)
        d.confidence = max(d.confidence, 0.75)
        d.explanation.append(f"type: what is promised on a condition ('{toks[cond].text} ...') is a threat made "
                             "now: THREATEN, asserted")

    @staticmethod
    def _as_threat(d: Draft) -> None:
        """A harm promised now (on a condition, or vowed) is a threat made now: THREATEN, asserted."""
        if d.entry.type != "THREATEN":
            d.entry = TriggerEntry(d.entry.key, d.entry.match, "THREATEN", _THREAT_MODES.get(d.entry.type),
                                   "138" if d.entry.type == "ASSAULT" else "130", d.entry.frame, d.entry.preps)
        d.modality = "asserted"

    def _vowed_threat(self, d: Draft, info: SentenceInfo) -> None:
        """``juru bicara Houthi bersumpah kelompoknya akan terus menyerang Israel``: a vow of harm is a threat.

        A future attack, arrest or sanction that its own side vows is THREATEN, made now.
        """
        if d.modality != "future" or not d.actors or d.anaphoric or d.entry.type not in self.threat_types \
                or d.entry.type == "THREATEN":
            return
        toks = info.sent.tokens
        first = min([a.tok_start for a in d.actors if a.sentence == info.sent.index] + [d.trigger_start])
        vow = next((k for k in range(max(0, first - 3), first) if toks[k].lower in self.vow_verbs), None)
        if vow is None:
            return
        self._as_threat(d)
        d.explanation.append(f"type: a harm vowed ('{toks[vow].text} ...') is a threat made now: THREATEN, asserted")

    def _protected(self, toks: list[Token], lo: int, i: int) -> bool:
        """Is the mention at ``i`` the object of a verb of protecting (``melindungi hak ... X``) after ``lo``?"""
        for k in range(i - 1, max(lo, i - 7) - 1, -1):
            if toks[k].text in (",", ";", ".") or toks[k].text in _QUOTES:
                return False
            if toks[k].root in self.protect_roots:
                return True
        return False

    def _as_labour(self, m: ActorMention) -> ActorMention:
        """``Ribuan pekerja PT SNU mogok``, ``pekerja menolak membuka jalan``: workers who protest, strike,
        demand or refuse together act as labour (LAB); the same workers hurt or arrested stay civilians."""
        words = m.entity.name.lower().split()
        if m.entity.sector != "CVL" or m.entity.kind != "group" or not words or words[0] not in self.worker_nouns:
            return m
        return replace(m, entity=replace(m.entity, sector="LAB"))

    def _threat_made(self, d: Draft, info: SentenceInfo) -> None:
        """``Beijing akan mengambil langkah tegas``, ``tidak akan ragu bertindak``: a warning says what will be
        done; the warning itself is made now, so ``akan`` right before it does not make it future."""
        if d.entry.type != "THREATEN" or d.modality != "future" or d.anaphoric:
            return
        toks = info.sent.tokens
        before = [t.lower for t in toks[max(0, d.trigger_start - 3):d.trigger_start]]
        if any(w in self.threat_future_words for w in before) and not any(w in self.plan_words for w in before):
            d.modality = "asserted"
            d.explanation.append("modality: a warning of what will be done is made now: asserted")

    def _prison_sentence(self, d: Draft, info: SentenceInfo) -> None:
        """``menjatuhkan vonis tujuh tahun penjara kepada X``: a conviction that jails is an arrest.

        PLOVER codes a court sentence that includes imprisonment as COERCE/arrest; a fine or a
        verdict with no prison term stays SANCTION/convict.
        """
        if d.entry.type != "SANCTION" or d.entry.mode != "convict":
            return
        toks = info.sent.tokens
        stop = next((k for k in range(d.trigger_end, len(toks)) if toks[k].text in (".", ";", ",")), len(toks))
        word = next((t for t in toks[d.trigger_end:min(stop, d.trigger_end + 8)] if t.lower in self.prison_words), None)
        if word is None:
            return
        d.entry = TriggerEntry(d.entry.key, d.entry.match, "COERCE", "arrest", "173", d.entry.frame, d.entry.preps)
        d.explanation.append(f"type: a sentence to prison ('{word.text}') is an arrest: COERCE/arrest")

    def _riot(self, d: Draft, info: SentenceInfo) -> None:
        """``Demonstran membakar ban dan merusak pos polisi``: protesters' violence against property or
        the state's forces is a riot (PROTEST, CAMEO 145), not an armed attack."""
        if d.entry.type != "ASSAULT" or not d.actors or d.anaphoric:
            return
        toks = info.sent.tokens
        for m in d.actors if not d.crowd else ():
            if m.sentence != info.sent.index or m.entity.sector not in NON_STATE_SECTORS or m.entity.kind != "group" \
                    or not any(t.lower in self.finder.lex.crowd_nouns for t in toks[m.tok_start:m.tok_end]):
                return
        if any(r.entity.sector not in STATE_FORCE_SECTORS for r in d.recipients):
            return  # a crowd attacking people (``massa membakar rumah warga``) is an attack on them
        d.entry = TriggerEntry(d.entry.key, d.entry.match, "PROTEST", "riot", "145", d.entry.frame, d.entry.preps)
        d.explanation.append("type: protesters' violence against property or the state's forces is a riot: "
                             "PROTEST/riot")

    def _attacked_place(self, info: SentenceInfo, trig: Trigger, d: Draft) -> None:
        """``Pasukan Rusia menggempur kota Kharkiv``: an attack on a town of another country is on the people there."""
        toks = info.sent.tokens
        own = {a.entity.country for a in d.actors}
        for p in info.places:
            if p.tok_start < trig.b or p.tok_start - trig.b > 3 or not p.country or p.country in own \
                    or p.kind == "country":
                continue
            between = toks[trig.b:p.tok_start]
            if all(t.text.isalpha() and t.text.islower() and t.prefix not in self.verb_prefixes
                   for t in between) and all(t.lower not in self.place_preps for t in between[:-1]):
                d.recipients = [_party_of_place(p, p.name or p.text, p.country, "CVL", "attacked place")]
                d.explanation.append(f"recipient: the people of the place attacked, '{p.text}'")
                d.confidence = min(0.95, d.confidence + 0.15)
                return

    def _crowd_is_protesters(self, d: Draft, info: SentenceInfo, drafts: list[Draft]) -> None:
        """``Ribuan mahasiswa dan aktivis berunjuk rasa ...`` then ``Polisi membubarkan massa``: a bare crowd
        noun is the protesters the report told of."""
        protest = next((x for x in reversed(drafts) if x.entry.type == "PROTEST" and x.actors
                        and not x.anaphoric and x.modality == "asserted"), None)
        if protest is None:
            return
        toks = info.sent.tokens
        for side in (d.actors, d.recipients):
            for k, m in enumerate(side):
                if m.sentence == info.sent.index and m.entity.kind == "group" and not m.entity.kb_id \
                        and m.entity.sector == "CVL" and toks[m.tok_end - 1].lower in self.finder.lex.crowd_nouns \
                        and m.tok_end - m.tok_start == 1:
                    side[k:k + 1] = list(protest.actors)
                    d.crowd = d.crowd or side is d.actors
                    d.explanation.append(f"'{m.text}': the protesters of '{protest.trigger_text}'")
                    return

    def _pledges_aid(self, info: SentenceInfo, trig: Trigger) -> bool:
        """``menjanjikan bantuan``: an offer whose words name aid."""
        return any(x.type == "AID" for t in info.sent.tokens[trig.a:trig.b]
                   for x in self.trigger_index.get(t.root, []) + self.trigger_index.get(t.lower, []))

    def _aid_to_focus(self, analysed: Analysed, info: SentenceInfo, trig: Trigger, d: Draft) -> None:
        """``China menjanjikan bantuan darurat``, in a report about an earthquake in Nepal: aid that names no
        receiver goes to the country the report is about (its state from a state, its people from an agency)."""
        actor = d.actors[0].entity
        # (the lead's foreign country, else the dateline's: ``HANOI - Kedutaan Besar AS mengumumkan bantuan``)
        focus = next((c for c in (self._foreign_lead(analysed), self.finder.default_country, self.finder.filed_from)
                      if c and c != actor.country and self._places_all_in(info, c)), None)
        if focus is None:
            return
        sector = "GOV" if actor.sector in STATE_FORCE_SECTORS and actor.country not in _BLOCS else "CVL"
        known = kb.load().entities.get(f"country:{focus}")
        name = known.name_id if known is not None else focus
        d.recipients = [ActorMention(name, d.actors[0].start, d.actors[0].start, Entity(
            name=name, country=focus, sector=sector, kind="country" if sector == "GOV" else "group"),
            info.sent.index, trig.a, trig.a, "focus")]
        d.explanation.append(f"recipient: aid with no receiver named goes to the country the report is about "
                             f"({focus}, {sector})")

    def _places_all_in(self, info: SentenceInfo, country: str) -> bool:
        """Every place the sentence puts something at or sends it to is in ``country``: aid sent elsewhere is not
        for the report's country."""
        toks = info.sent.tokens
        return all(p.country == country for p in info.places
                   if p.country and self._place_preposition(toks, p.tok_start) is not None)

    def _recipient_by_kind(self, info: SentenceInfo, trig: Trigger, d: Draft, drafts: list[Draft]) -> None:
        """Recipients an event's kind decides once it is built: a blockade's is whose site it blocks, a
        mobilisation's are never its own forces, a denial's is its accuser, a promise's whom it is aimed at."""
        if not d.actors:
            return
        if d.entry.mode == "obstruct" and not d.recipients:
            self._blocked_owner(info, trig, d)
        if d.entry.type == "MOBILIZE" and d.recipients:
            # ``Polda menambah 300 personel Brimob``, ``mengerahkan jet tempur F-16``: the forces and arms a side
            # moves are its own, not a recipient (one is named after ``ke``/``terhadap``)
            own = {(a.entity.country, a.entity.sector) for a in d.actors}
            d.recipients = [r for r in d.recipients if (r.entity.country, r.entity.sector) not in own
                            and not (r.entity.sector in ARMED_SECTORS and r.sentence == info.sent.index
                                     and trig.b <= r.tok_start <= trig.b + 2)]
        if d.entry.cameo in self.answering_cameos:
            if d.recipients and self._denies_a_clause(info, trig):
                # ``membantah telah menerima suap dari kontraktor``: who the denied deed names is not the accuser
                d.recipients = []
                d.explanation.append("recipient: none from what is denied, a clause of its own")
            if not d.recipients:
                self._answered(info, d, drafts)
        if d.entry.type == "AGREE" and not d.recipients and trig.voice == "active":
            self._promised_to(info, trig, d)

    def _blocked_owner(self, info: SentenceInfo, trig: Trigger, d: Draft) -> None:
        """``memblokade jalan masuk perkebunan kelapa sawit PT Riau Sawit Perkasa``: a blockade is aimed at the
        body whose road, gate or site it blocks, named in the same clause right after it."""
        seg_b = self._segment_of(info, trig.a)[1]
        keys = {_key_entity(a.entity) for a in d.actors}
        owner = next((m for m in info.mentions if trig.b <= m.tok_start < min(seg_b, trig.b + 8)
                      and m.entity.kind in ("org", "institution") and m.entity.country
                      and _key_entity(m.entity) not in keys and self._usable(info, m)), None)
        if owner is not None:
            d.recipients = [owner]
            d.explanation.append(f"recipient: '{owner.text}', whose site the blockade blocks")

    def _denies_a_clause(self, info: SentenceInfo, trig: Trigger) -> bool:
        """Does a denial go on with a clause (``membantah telah menerima``, ``menepis bahwa ...``,
        ``membantah menerima``) rather than a noun (``membantah tuduhan Walhi``)?"""
        toks = info.sent.tokens
        if trig.b >= len(toks):
            return False
        t = toks[trig.b]
        return t.lower in self.auxiliaries or t.lower in self.complementisers or t.prefix in self.verb_prefixes

    def _promised_to(self, info: SentenceInfo, trig: Trigger, d: Draft) -> None:
        """``Bupati berjanji mempertemukan perwakilan warga dan manajemen PT RSP``: a promise or offer to do
        something to someone is made to them; the object of the verb it governs is the recipient."""
        toks = info.sent.tokens
        k = trig.b
        while k < len(toks) and (toks[k].lower in self.auxiliaries or toks[k].lower in self.purpose_words):
            k += 1  # ``berjanji akan ...``, ``bersedia untuk ...``
        content = next((t for t in self._triggers(info.sent) if t.a == k and t.voice == "active"
                        and t.entry.frame in (TRANSITIVE, JOINT)), None)
        if content is None:
            return
        obj = self._object(info, content, set(content.entry.preps))
        keys = {_key_entity(a.entity) for a in d.actors}
        if obj is None or _key_entity(obj.entity) in keys or not self._usable(info, obj):
            return
        d.recipients = [m for m in self._coordinated(info, obj, len(toks)) if _key_entity(m.entity) not in keys]
        d.explanation.append(f"recipient: whom the promised '{toks[content.a].text}' is aimed at "
                             f"({', '.join(m.text for m in d.recipients)})")
        d.confidence = min(0.95, d.confidence + 0.1)

    def _answered(self, info: SentenceInfo, d: Draft, drafts: list[Draft]) -> None:
        """``Walhi mengecam polisi ... Kapolres membantah anggotanya bertindak berlebihan``: a denial or refusal
        with no one named answers the last accusation or demand made against the denier's side a few
        sentences before; its maker is the recipient."""
        sides = {(m.entity.country, m.entity.sector) for m in d.actors}
        for prior in reversed(drafts):
            if info.sent.index - max(prior.sentences) > self.answer_window:
                return
            if prior.entry.type in self.answered_types and prior.actors and prior.modality == "asserted" \
                    and any((m.entity.country, m.entity.sector) in sides for m in prior.recipients) \
                    and not any((m.entity.country, m.entity.sector) in sides for m in prior.actors):
                d.recipients = list(prior.actors)
                d.explanation.append(f"recipient: who made the '{prior.trigger_text}' it answers "
                                     f"({', '.join(m.text for m in prior.actors)})")
                d.confidence = min(0.95, d.confidence + 0.1)  # (found by context: less sure than one named)
                return

    def _destination_recipient(self, info: SentenceInfo, trig: Trigger, d: Draft) -> None:
        """``mengirim 500 ton bantuan ke Jalur Gaza``: aid sent to a place goes to the people there."""
        toks = info.sent.tokens
        seg = self._segment_of(info, trig.a)
        for p in info.places:
            if p.tok_start < trig.b or not p.country or p.country == d.actors[0].entity.country:
                continue
            k = self._place_preposition(toks, p.tok_start)
            if k is None or toks[k].lower not in self.goal_preps or self._segment_of(info, k) != seg:
                continue
            # ``mengirim paket senjata ke Ukraina``: weapons sent to a country go to its state, not its people
            state = p.kind == "country" and (d.entry.cameo or "").startswith(MILITARY_AID_CAMEO)
            d.recipients = [_party_of_place(p, p.name or p.text, p.country, "GOV" if state else "CVL", "destination")]
            d.explanation.append(f"recipient: the state military aid is sent to, '{p.text}'" if state
                                 else f"recipient: the people of the place it is sent to, '{p.text}'")
            d.confidence = min(0.95, d.confidence + 0.15)
            if d.location is None:
                d.location, d.location_score = p, 1  # aid happens where it arrives
            return

    def _other_speakers_day(self, d: Draft, source: Draft | None) -> bool:
        """Is the context's day that of an act by someone else, which a statement must not take?

        ``Dia menambahkan, serangan Israel yang dimulai pada Jumat (13/6) ...``, then
        ``Juru bicara tersebut juga menyebut ...``: the spokesman spoke on his own day,
        not on the day of the attack he talks about.
        """
        if source is None or d.entry.type not in self.verbal_types or source.entry.type in self.verbal_types:
            return False
        return not ({(m.entity.country, m.entity.sector) for m in source.actors}
                    & {(m.entity.country, m.entity.sector) for m in d.actors})

    def _occasion_sentence(self, info: SentenceInfo) -> DateMention | None:
        """``Pernyataan tersebut disampaikan Wong ... pada Jumat (30/5)``: the day of what was just told."""
        own = [d for d in info.dates if not d.anaphoric and d.value is not None]
        if not own:
            return None
        lowers = [t.lower for t in info.sent.tokens]
        head = next((i for i, w in enumerate(lowers[:4]) if w in self.statement_nouns), None)
        if head is None or not any(w in self.anaphors for w in lowers[head + 1:head + 3]):
            return None
        if not any(w in self.delivery_verbs for w in lowers[head + 2:head + 6]):
            return None
        return own[0]

    def _occasion_dates(self, drafts: list[Draft], infos: list[SentenceInfo]) -> None:
        for info in infos:
            if info.sent.index == 0:
                continue
            when = self._occasion_sentence(info)
            if when is None:
                continue
            for d in drafts:
                if d.date is None and not d.anaphoric and max(d.sentences) in (info.sent.index - 1,
                                                                                  info.sent.index - 2):
                    d.date = when
                    d.date_from_context = True
                    d.explanation.append(f"date: the occasion told in sentence {info.sent.index + 1} "
                                         f"('{when.text}')")

    def _pledges(self, info: SentenceInfo, sent_drafts: list[Draft]) -> list[Draft]:
        """``Putin memastikan, Rusia akan menambah pasokan migas ke Indonesia``: an assurance of a future
        act for another country is a promise to it (AGREE), made now."""
        toks = info.sent.tokens
        out: list[Draft] = []
        pledging = self.pledge_verbs
        for k in [k for k, t in enumerate(toks) if t.lower in pledging]:
            t = toks[k]
            if k in info.excluded:
                continue
            speaker = self._subject(info, Trigger(self._pledge, k, k + 1, "active"))
            if speaker is None or not speaker.entity.country:
                continue
            end = next((j for j in range(k + 1, len(toks)) if toks[j].text in (".", ";")), len(toks))
            if not any(toks[j].lower in self.pledge_future for j in range(k + 1, min(end, k + 8))):
                continue
            others = [m for m in info.mentions if k < m.tok_start < end and self._usable(info, m)
                      and m.entity.country not in (speaker.entity.country, None)]
            if not others or any(d.entry.type == "AGREE" for d in sent_drafts):
                continue
            why = [f"trigger: '{t.text}' assures a future act for another side -> AGREE (a promise, made now)",
                   f"actor: the one who assures '{speaker.text}'", f"recipient: the side it is for '{others[0].text}'"]
            out.append(Draft(self._pledge, t.text, [speaker], others[:1], "asserted", info.attribution,
                             [info.sent.index], self._date(info, Trigger(self._pledge, k, k + 1, "active")), None, 0,
                             False, 0.75, why, False, k + 1))
        return out

    def _note_speech_date(self, info: SentenceInfo) -> None:
        """Remember ``kata X ..., Selasa (22/7)`` / ``X mengatakan pada Selasa``: X spoke that day."""
        own = [d for d in info.dates if not d.anaphoric and d.value is not None]
        if len({d.value for d in own}) != 1 or not info.mentions:
            return
        toks = info.sent.tokens
        for i, t in enumerate(toks):
            w = t.lower
            if w in self.quote_tags or w in self.delivery_verbs:
                # ``kata Trump dari Ruang Oval, Selasa (22/7)``: the day follows the tag
                after = [m for m in info.mentions if i < m.tok_start <= i + 3]
                if after and all(d.start > t.start for d in own):
                    self._spoken.append((after[0], own[0]))
                    return
            if w in self.speech_verbs:
                # ``X, Selasa, mengatakan`` / ``X mengatakan pada Selasa``; a day further on is
                # inside what was said (``menambahkan, serangan yang dimulai pada Jumat``)
                a, _ = self._segment_of(info, i)
                near = toks[min(i + 3, len(toks) - 1)].end
                before = [m for m in info.mentions if a <= m.tok_start and m.tok_end <= i]
                if before and all(d.start < near for d in own):
                    self._spoken.append((before[-1], own[0]))
                    return

    def _occasion_places(self, drafts: list[Draft]) -> None:
        """A statement with no place of its own is made where its speaker was that day.

        ``BEM UI berdemonstrasi di Jalan ..., Jakarta Pusat`` then ``massa meminta
        pemerintah ...``: the demand was voiced at the protest.
        """
        for d in drafts:
            if d.location is not None or d.date is None or d.entry.type not in self.verbal_types or not d.actors:
                continue
            sides = {(m.entity.country, m.entity.sector) for m in d.actors}
            there = next((o for o in drafts if o is not d and o.location is not None and o.date is not None
                          and o.date.value == d.date.value and o.location.kind in _LOCAL and o.modality == "asserted"
                          and sides & {(m.entity.country, m.entity.sector) for m in o.actors}), None)
            if there is not None:
                d.location, d.location_score = there.location, 1
                d.explanation.append(f"place: where the same side was that day ('{there.trigger_text}', "
                                     f"{there.location.name or there.location.text})")

    def _speaker_dates(self, drafts: list[Draft]) -> None:
        """Undated statements of a speaker take the day of that speaker's dated statement.

        A report quotes one occasion: ``Trump menuduh Obama ...`` in the lead is dated
        only by ``kata Trump ..., Selasa (22/7)`` further down. Only when the speaker's
        statements in the article carry exactly one day; a date carried from another
        actor's event gives way to it.
        """
        def keys(d: Draft) -> tuple[frozenset, frozenset]:
            names = frozenset((m.entity.kb_id or m.entity.name).lower() for m in d.actors)
            codes = frozenset((m.entity.country, m.entity.sector) for m in d.actors)
            return names, codes

        verbal = [d for d in drafts if d.entry.type in self.verbal_types and d.actors and not d.anaphoric
                  and d.modality == "asserted"]
        by_name: dict[frozenset, set] = {}
        by_code: dict[frozenset, set] = {}
        dated: dict[frozenset, DateMention] = {}
        for d in verbal:
            if d.date is None or d.date_from_context or d.date.precision != "day":
                continue  # (``menunda impor hingga musim giling berakhir pada September``: a month is no occasion)
            names, codes = keys(d)
            by_name.setdefault(names, set()).add(d.date.value)
            by_code.setdefault(codes, set()).add(d.date.value)
            dated[names] = dated[codes] = d.date
        for m, when in self._spoken:
            names = frozenset([(m.entity.kb_id or m.entity.name).lower()])
            codes = frozenset([(m.entity.country, m.entity.sector)])
            by_name.setdefault(names, set()).add(when.value)
            by_code.setdefault(codes, set()).add(when.value)
            dated[names] = dated[codes] = when
        for d in verbal:
            if d.date is not None and not d.date_from_context:
                continue
            names, codes = keys(d)
            for key, table in ((names, by_name), (codes, by_code)):
                days = table.get(key, set())
                if table is by_code and d.date is not None:
                    break  # another speaker of the same side does not overrule the context
                if len(days) == 1:
                    when = dated[key]
                    if d.date is None or d.date.value != when.value:
                        d.date = when
                        d.date_from_context = True
                        d.explanation.append(f"date: the day of the same speaker's statement ('{when.text}')")
                    break

    # --------------------------------------------------------------- analysis
    def _pronouns(self, sent: Sentence, mentions: list[ActorMention]) -> list[ActorMention]:
        """Mentions the tables cannot give: words that refer to an actor named elsewhere.

        ``ia``/``dia``/``beliau`` (the person named last), ``kami`` in a quote (its speaker),
        ``kedua negara`` and ``Keduanya`` (the sides named last), ``pasukannya`` (a group owned by ``-nya``),
        ``Koordinatornya`` (a body's officer) and ``kelompok itu`` (a body named again by its head noun).
        """
        person = next((m for m in reversed(self._history) if m.entity.kind == "person" and m.entity.country), None)
        taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
        extra = self._quoted_first_person(sent, mentions, person, taken)
        clitic, pronouns, numerals = self.clitic, self.pronouns, self.numerals
        toks = sent.tokens
        for i in [k for k, t in enumerate(toks) if t.lower in pronouns or t.lower in numerals
                  or (clitic and t.lower.endswith(clitic)) or (k == 0 and t.lower in self.plural_pronouns)]:
            if i in taken:
                continue
            t = toks[i]
            if i == 0 and t.lower in self.plural_pronouns:
                # (not in a quote: ``Mereka menangkap X," ucap Y`` is the speaker's ``they``)
                they = None if any(x.text in _QUOTES for x in toks) else self._they(sent)
                if they is not None:
                    extra.append(ActorMention(t.text, t.start, t.end, they.entity, sent.index, i, i + 1,
                                              f"plural-pronoun:{they.text}"))
                continue
            if t.lower in pronouns:
                if i == 0 or (toks[i - 1].text == "," and not any(m.tok_start < i for m in mentions)):
                    # (``Dalam keterangan tertulis pada Senin malam, ia menuding ...``: the subject after an opening)
                    # ``Ketua Sinode Gereja X Pendeta Y meminta ... Ia juga mendesak ...``: who spoke just before
                    subject = self._previous_subject(sent)
                    if subject is not None:
                        extra.append(ActorMention(t.text, t.start, t.end, subject.entity, sent.index, i, i + 1,
                                                  f"pronoun:{subject.text}"))
                        continue
                if person is not None:
                    extra.append(ActorMention(t.text, t.start, t.end, person.entity, sent.index, i, i + 1,
                                              f"pronoun:{person.text}"))
                continue
            if t.lower in numerals:
                counted = self._counted_sides(sent, mentions, i, taken)
                if counted is not None:
                    m, replaced = counted
                    mentions = [x for x in mentions if x is not replaced]
                    extra.append(m)
                    taken.update(range(m.tok_start, m.tok_end))
                continue
            if clitic and t.lower.endswith(clitic) and t.lower[:-len(clitic)] in numerals:
                # ``Keduanya kemudian menggelar pertemuan``: the two sides named last
                n = numerals[t.lower[:-len(clitic)]]
                sides = self._last_parties(mentions, i, n) or self._last_sides(mentions, i, n)
                if sides and all(x.sentence >= sent.index - 1 for x in sides):  # (not sides named long before)
                    self._sides_of[(sent.index, i)] = sides
                    extra.append(ActorMention(t.text, t.start, t.end, sides[0].entity, sent.index, i, i + 1,
                                              "sides:" + ",".join(x.text for x in sides)))
                    taken.add(i)
                continue
            if clitic and t.lower.endswith(clitic):
                owned = self._owned_group(sent, mentions, i)
                if owned is not None:
                    extra.append(owned)
        extra += self._named_again(sent, mentions, taken)
        return sorted(mentions + extra, key=lambda m: m.tok_start) if extra else mentions

    def _named_again(self, sent: Sentence, mentions: list[ActorMention], taken: set[int]) -> list[ActorMention]:
        """``kelompok itu``, ``partai tersebut``, ``kelompok yang sama``: a bare noun with a determiner that
        points back is the body last named with that noun at its head (``kelompok kriminal bersenjata``);
        ``Jenderal tersebut``, ``sang menteri``: a title pointed back to is the person last named with it.

        Only a noun no table or title already read as an actor.
        """
        toks = sent.tokens
        out = []
        for k, t in enumerate(toks):
            if t.lower in self.person_determiners:
                i, end, noun_at = k, k + 2, k + 1  # ``sang menteri``
            elif t.lower in self.anaphors:
                i, end, noun_at = k - 1, k + 1, k - 1  # ``menteri itu``
            elif t.lower in self.same_firsts:
                same = next((p for p in self.same_determiners if tuple(x.lower for x in toks[k:k + len(p)]) == p),
                            None)
                if same is None:
                    continue
                i, end, noun_at = k - 1, k + len(same), k - 1  # ``kelompok yang sama``
            else:
                continue
            if i < 0 or noun_at >= len(toks) or noun_at in taken or not toks[noun_at].text.isalpha():
                continue
            noun = toks[noun_at].lower
            title = self.finder.lex.titles.get((noun,))
            if title is not None and title.kind == "title":
                referent = self._holder_named_before(mentions, i, noun, title)
            elif noun_at == i and (toks[i].text.islower() or i == 0):  # (a sentence may open with ``Kelompok``)
                referent = next((m for m in self._named_before(mentions, i)
                                 if m.entity.kind in ("group", "org", "institution") and m.entity.country
                                 and " " in m.text and m.text.split(maxsplit=1)[0].lower() == noun), None)
            else:
                referent = None
            if referent is not None:
                text = sent.text[toks[i].start - sent.start:toks[end - 1].end - sent.start]
                out.append(ActorMention(text, toks[i].start, toks[end - 1].end, referent.entity, sent.index, i,
                                        end, f"named-again:{referent.text}"))
                taken.update(range(i, end))
        return out

    def _holder_named_before(self, mentions: list[ActorMention], i: int, noun: str,
                             title: TitleEntry) -> ActorMention | None:
        """The person last named with this title word (``Jenderal`` in ``Letnan Jenderal Kyaw Zin Htet``), or
        else the last person of the title's sector, before token ``i``."""
        people = [m for m in self._named_before(mentions, i) if m.entity.kind == "person" and m.entity.country]
        named = next((m for m in people if noun in m.text.lower().split()), None)
        return named or next((m for m in people if m.entity.sector == title.sector), None)

    def _named_before(self, mentions: list[ActorMention], i: int) -> Iterator[ActorMention]:
        """The actors named before token ``i``, latest first: this sentence's, then the article's so far."""
        yield from (m for m in reversed(mentions) if m.tok_end <= i)
        yield from reversed(self._history)

    def _previous_subject(self, sent: Sentence) -> ActorMention | None:
        """The one a sentence-opening ``Ia`` (or ``Pihaknya``) goes on about: a person who opens the sentence
        before; else the actor of that sentence's first event when it is a person, or a body named right after a
        person's title (``Juru bicara kelompok itu, X, menuding ...``, ``Ketua Sinode Gereja Kingmi ... meminta``:
        the officer speaks as the body). None otherwise (then the person named last is meant)."""
        prev = sent.index - 1
        if prev < 0 or prev >= len(self._sentences):
            return None
        opening = next((m for m in self._history if m.sentence == prev), None)
        if opening is not None and opening.tok_start <= 1 and opening.entity.kind == "person" \
                and opening.entity.country:
            return opening  # a person opening the sentence before is its subject
        first = min((d for d in self._drafts if prev in d.sentences and d.actors and d.actors[0].sentence == prev
                     and d.modality != "negated"), key=lambda d: d.actors[0].tok_start, default=None)
        if first is None:
            return None
        a = first.actors[0]
        if not a.entity.country:
            return None
        if a.entity.kind == "person":
            return a
        toks = self._sentences[prev].tokens
        if a.entity.kind in ("org", "group", "institution") and a.tok_start > 0 and any(
                (hit := self.finder._title_at(toks, k)) is not None and hit[1].kind == "title"
                and k + hit[0] == a.tok_start for k in range(max(0, a.tok_start - 3), a.tok_start)):
            return a
        if any(m.sentence == prev and m.entity.kind == "person" and m.tok_end == a.tok_start for m in self._history):
            return a
        return None

    def _they(self, sent: Sentence) -> ActorMention | None:
        """``... personel Polres dan Brimob dikerahkan. Mereka membongkar portal ...``: a sentence that opens
        with a plural pronoun goes on about the side that acted in the sentence before (the actors of its last
        event), or failing that the first group named there. A single person is never ``mereka``."""
        prev = sent.index - 1
        for d in reversed(self._drafts):
            if prev not in d.sentences or not d.actors:
                continue
            a = d.actors[0]
            if (len(d.actors) > 1 or a.entity.kind != "person") and a.entity.country:
                return a
            break
        return next((m for m in self._history if m.sentence == prev and m.entity.kind == "group"
                     and m.entity.country), None)

    def _quoted_first_person(self, sent: Sentence, mentions: list[ActorMention], person: ActorMention | None,
                             taken: set[int]) -> list[ActorMention]:
        """``"Kami menyerukan gencatan senjata," kata Wong``: the first person of a quote is its speaker."""
        toks = sent.tokens
        tag = next((k for k, t in enumerate(toks) if t.lower in self.quote_tags and k > 0
                    and toks[k - 1].text in (",", "\"", "\u201d")), None)
        if tag is None:
            return []
        speaker = next((m for m in mentions if tag < m.tok_start <= tag + 3 and m.entity.country), None)
        if speaker is None and self.clitic and toks[tag].lower.endswith(self.clitic):
            speaker = person  # ``ujarnya``
        if speaker is None:
            return []
        out = []
        for i in range(tag):
            if toks[i].lower in self.first_person and i not in taken:
                out.append(ActorMention(toks[i].text, toks[i].start, toks[i].end, speaker.entity, sent.index, i,
                                        i + 1, f"quoted-speaker:{speaker.text}"))
                taken.add(i)
        return out

    def _counted_sides(self, sent: Sentence, mentions: list[ActorMention], i: int,
                       taken: set[int]) -> tuple[ActorMention, ActorMention | None] | None:
        """``kedua negara``, ``ketiga negara itu``, ``tiga negara Eropa``: the sides named last, as many as
        it counts. Returns the mention (its sides kept in ``_sides_of``) and the group mention it replaces."""
        toks = sent.tokens
        if i + 1 >= len(toks) or toks[i + 1].lower not in self.plural_sides:
            return None
        group = next((m for m in mentions if m.tok_start == i + 1 and m.entity.kind == "group"), None)
        if i + 1 in taken and group is None:
            return None
        n = self.numerals[toks[i].lower]
        sides = self._last_parties(mentions, i, n) if toks[i + 1].lower in self.side_nouns else []
        sides = sides or self._last_sides(mentions, i, n)
        if not sides:
            return None
        end = i + 2 if group is None else group.tok_end
        while end < len(toks) and end not in taken and toks[end].lower in self.anaphors:
            end += 1
        self._sides_of[(sent.index, i)] = sides
        text = sent.text[toks[i].start - sent.start:toks[end - 1].end - sent.start]
        return ActorMention(text, toks[i].start, toks[end - 1].end, sides[0].entity, sent.index, i, end,
                            "sides:" + ",".join(x.text for x in sides)), group

    def _owned_group(self, sent: Sentence, mentions: list[ActorMention], i: int) -> ActorMention | None:
        """``pasukannya``, ``warganya``: a group noun owned by ``-nya`` belongs to the side named last before it
        (in the sentence, else earlier); ``Koordinatornya``, ``Ketuanya``: an office title owned by ``-nya`` is
        the officer of the body the sentence before named."""
        t = sent.tokens[i]
        if not self.clitic or not t.lower.endswith(self.clitic):
            return None
        stem = t.lower[:-len(self.clitic)]
        title = self.finder.lex.titles.get((stem,))
        if title is not None and title.kind == "title":
            # ``Koordinatornya, Nurhayati Saleh, mendesak``, ``Ketuanya``: the officer of the body named last
            bodies = [m for m in self._named_before(mentions, i)
                      if m.entity.kind in ("org", "group", "institution") and m.entity.country
                      and m.entity.sector not in (None, "MED")]
            if not bodies:
                return None
            # the first body of the latest sentence that names one: its subject (``FSPL Sulteng mengecam tindakan
            # aparat. Ketuanya ...`` is the union's chair, not the police's)
            # (or, there, the body of the title's own kind: ``Koordinatornya`` is the forum's, not the prosecutors')
            latest = [m for m in reversed(bodies) if m.sentence == bodies[0].sentence]
            body = next((m for m in latest if m.entity.sector == title.sector), latest[0])
            officer = Entity(name=f"{t.text} ({body.entity.name})", country=body.entity.country,
                             sector=body.entity.sector, kind="person")
            return ActorMention(t.text, t.start, t.end, officer, sent.index, i, i + 1, f"officer-of:{body.text}")
        if stem not in self.side_nouns and (title is None or title.kind != "group" or not title.sector):
            return None
        owner = self._previous_subject(sent) if i == 0 and stem in self.side_nouns else None
        # (``Pihaknya juga berencana ...`` opening a sentence: the side of whoever spoke just before, not whatever
        # that sentence named last)
        owner = owner or next((m for m in self._named_before(mentions, i)
                               if m.entity.country and m.entity.sector != "MED"), None)
        if owner is None:
            return None
        # ``pemimpin RSF ... menyatakan pihaknya bersedia``: his side is the RSF itself, not a government
        sector = owner.entity.sector if stem in self.side_nouns or title is None else title.sector
        group = Entity(name=t.text, country=owner.entity.country, sector=sector, kind="group")
        return ActorMention(t.text, t.start, t.end, group, sent.index, i, i + 1, f"owned:{owner.text}")

    def _last_parties(self, mentions: list[ActorMention], i: int, n: int) -> list[ActorMention]:
        """``kedua pihak yang bertikai``: the last ``n`` distinct parties named (armies and armed groups
        too, so the two sides of a civil war count), when the sentence names none of them itself."""
        def party(m: ActorMention) -> bool:  # (a bare ``negara``/``pemerintah`` group is no party of its own)
            return bool(m.entity.country) and m.entity.sector in ("GOV", "MIL", "REB", "OPP") \
                and m.entity.country not in _BLOCS and not (m.entity.kind == "group" and m.entity.sector == "GOV")
        if any(party(m) and m.tok_end <= i for m in mentions):
            return []
        latest: dict[tuple, ActorMention] = {}
        for m in reversed(self._history):
            if party(m):
                latest.setdefault((m.entity.country, m.entity.sector), m)
                if len(latest) == n:
                    return list(reversed(latest.values()))
        return []

    def _last_sides(self, mentions: list[ActorMention], i: int, n: int) -> list[ActorMention]:
        """The last ``n`` distinct countries named before token ``i``: a list of exactly that many
        (``Prancis, Jerman, dan Inggris``) if there is one, else the latest (this sentence first)."""
        def side(m: ActorMention) -> bool:
            c = m.entity.country
            return bool(c) and len(c) == 3 and c not in _BLOCS and (
                m.entity.kind in COUNTRY_KINDS or m.entity.sector == "GOV")

        named = [m for m in self._history if side(m)] + [m for m in mentions if m.tok_end <= i and side(m)]
        runs: list[list[ActorMention]] = []
        for m in named:
            if runs and runs[-1][-1].sentence == m.sentence and 0 <= m.start - runs[-1][-1].end <= 7:
                runs[-1].append(m)
            else:
                runs.append([m])
        for run in reversed(runs):
            if len({m.entity.country for m in run}) == n == len(run):
                return run
        latest: dict[str, ActorMention] = {}
        for m in reversed(named):
            latest.setdefault(m.entity.country or "", m)
            if len(latest) == n:
                return list(reversed(latest.values()))
        return []

    def _expand_sides(self, ms: list[ActorMention]) -> list[ActorMention]:
        out: list[ActorMention] = []
        for m in ms:
            out.extend(self._sides_of.get((m.sentence, m.tok_start), [m]) if m.rule.startswith("sides:") else [m])
        return out

    def _dateline_table_place(self, analysed: Analysed) -> Place | None:
        """The language's own entry for the dateline place (``Istanbul``, ``JAKARTA``), if it has one."""
        place = analysed.meta.dateline_place
        if not place:
            return None
        hit = self.finder.lex.places.get(tuple(w.lower() for w in place.split()))
        return hit[1] if hit else None

    def _dateline_mention(self, analysed: Analysed) -> PlaceMention | None:
        place = analysed.meta.dateline_place or ""
        start = analysed.article.text.find(place)
        p = self._dateline_table_place(analysed)
        if p is None or not p.country:
            # a town at home the language's table does not list (``Garut``): the gazetteer, at home first;
            # abroad, only a city big enough to file news from (``Port Sudan``), not a namesake village
            home = self.cues.get("home_country")
            g = gazetteer_for(self.lang).resolve(place, {home} if home else (), home) if place else None
            if g is None or (g.country != home and g.population < DATELINE_CITY_POPULATION):
                return None
            return PlaceMention(place, start, start + len(place), g.name, g.country, g.lat, g.lon, -1, 0, 0,
                                g.kind, g.geonameid, "gazetteer")
        return PlaceMention(place, start, start + len(place), p.name, p.country, p.lat, p.lon, -1, 0, 0,
                            p.kind, p.geonameid)

    def _foreign_lead(self, analysed: Analysed) -> str | None:
        """The foreign country a report filed at home is about: the first country its lead names, when the
        lead names nothing at home. A bare ``oposisi`` or ``kementerian`` in it is that country's.
        Worked out once per article (the dateline rule and aid both ask)."""
        if self._lead_of is not analysed:
            self._lead_of, self._lead = analysed, self._find_foreign_lead(analysed)
        return self._lead

    def _find_foreign_lead(self, analysed: Analysed) -> str | None:
        if not analysed.sentences:
            return None
        probe = MentionFinder(self.lang)
        probe.on = analysed.article.published
        lead = analysed.sentences[0]
        named = [(m.start, m.entity.country) for m in probe.actors(lead) if m.entity.country]
        named += [(p.start, p.country) for p in probe.places(lead) if p.country]
        countries = [c for _, c in sorted(named) if c not in _BLOCS]
        home = self.cues.get("home_country")
        if not countries or home in countries:
            return None
        return countries[0]

    def _dateline_country(self, analysed: Analysed, place: PlaceMention | None) -> str | None:
        """The country of the dateline place: what a bare ``polisi`` or ``mahasiswa`` belongs to.

        Only at home: in a report filed from Istanbul, a bare ``militer`` is anyone's. The
        language's places know the world's capitals; a dateline they do not know is a town at home,
        unless it is the city abroad ``place`` (the dateline's mention) found.
        """
        if not analysed.meta.dateline_place:
            return None
        home = self.cues.get("home_country")
        p = self._dateline_table_place(analysed)
        if p is None:
            return home if place is None or place.country == home else None
        return p.country if p.country == home else None

    def _ner_places(self, sent: Sentence, places: list[PlaceMention]) -> list[PlaceMention]:
        """Places the recogniser names that the gazetteer knows but would not trust on its own
        (a small town outside the article's countries): the recogniser vouches it is a place."""
        spans = [x for x in self._ner_spans.get(sent.index, ()) if x[2] == "LOC"]
        if not spans:
            return places
        taken = {i for p in places for i in range(p.tok_start, p.tok_end)}
        out = list(places)
        for a, b, _ in spans:
            idx = [i for i, t in enumerate(sent.tokens) if a <= t.start and t.end <= b]
            if not idx or any(i in taken for i in idx):
                continue
            i, j = idx[0], idx[-1] + 1
            if not all(t.text[:1].isupper() for t in sent.tokens[i:j] if t.text.isalpha()):
                continue  # ``kota baru``: common words, whatever the recogniser says
            text = sent.text[sent.tokens[i].start - sent.start:sent.tokens[j - 1].end - sent.start]
            home = self.finder.default_country or self.cues.get("home_country")
            known = (self.finder.context_countries - {""}) | {home}
            g = gazetteer_for(self.lang).resolve(text, known, self.finder.default_country)
            if g is None or g.country not in known:
                continue  # a place no gazetteer knows, or one far from the story, stays unlocated: not a guess
            out.append(PlaceMention(text, sent.tokens[i].start, sent.tokens[j - 1].end, g.name, g.country, g.lat,
                                    g.lon, sent.index, i, j, g.kind, g.geonameid, "ner"))
        return sorted(out, key=lambda p: p.tok_start)

    def _sentence_info(self, sent: Sentence, published: date) -> SentenceInfo:
        places = self.finder.places(sent)
        if self._ner_spans:
            places = self._ner_places(sent, places)
        placed = {i for p in places for i in range(p.tok_start, p.tok_end)}
        located = [p for p in places if p.country and p.tok_start > 0
                   and (sent.tokens[p.tok_start - 1].lower in self.locating_words
                        or self._place_preposition(sent.tokens, p.tok_start, placed) is not None)]
        self.finder.sentence_country = located[0].country if located else None
        mentions = self.finder.actors(sent)
        mentions = self._pronouns(sent, mentions)
        mentions = self._name_mentions(sent, mentions)
        self.finder.note_countries(mentions, places)
        # a GeoNames town that is also a person's or body's name (``Hasan``, ``Badr``) is the name here
        named = {i for m in mentions if m.entity.kind not in COUNTRY_KINDS for i in range(m.tok_start, m.tok_end)}
        places = [p for p in places if p.source == "table" or not (set(range(p.tok_start, p.tok_end)) & named)]
        dates = [
            DateMention(d.text, sent.start + d.start, sent.start + d.end, d.value, d.value_end, d.precision,
                        d.anaphoric, d.offset_days)
            for d in self.lang.find_dates(sent.text, published)
        ]
        # ``kesepakatan gencatan senjata November 2024``: a month or year right after a noun says which
        # agreement, not when anything in this sentence happened
        dates = [d for d in dates if not self._attributive(sent, d)]
        attribution, excluded = self._attribution(sent, mentions, dates)
        if excluded:
            # ``seperti dilansir AFP pada Jumat (26/7)``: the day of the report, not of the event
            spans = [(sent.tokens[i].start, sent.tokens[i].end) for i in excluded]
            dates = [d for d in dates if not any(a <= d.start < b for a, b in spans)]
        return SentenceInfo(sent, mentions, places, dates, attribution, excluded,
                            partial(self._segments, sent, dates, mentions))

    def _attributive(self, sent: Sentence, d: DateMention) -> bool:
        """Is a month or year date written right after a common noun (``gencatan senjata November 2024``,
        ``pemilu 2024``), naming which thing is meant rather than when?"""
        if d.precision not in ("month", "year") or d.anaphoric:
            return False
        if self.budget_year_words.intersection(d.text.lower().split()):
            return True  # ``tahun anggaran 2024``: a budget or school year names the thing, not the event's day
        w = self._token_before(sent, d)
        return w is not None and w.text.isalpha() and w.text.islower() and w.lower not in self.date_lead_words \
            and w.lower not in self.since_words and w.lower not in self.until_words \
            and w.lower not in self.date_context_words and w.prefix not in self.verb_prefixes

    def _segments(self, sent: Sentence, dates: list[DateMention],
                  mentions: list[ActorMention]) -> list[tuple[int, int]]:
        toks = sent.tokens
        inside = {i for m in mentions for i in range(m.tok_start + 1, m.tok_end)}
        if dates:
            starts = [t.start for t in toks]
            for d in dates:  # the tokens a date covers
                inside.update(range(bisect_left(starts, d.start), bisect_left(starts, d.end)))
        ends = {m.tok_end for m in mentions}
        cuts = [0]
        boundary_index, strong = self.boundary_index, self.strong_punct
        for i in [k for k, t in enumerate(toks) if t.text in strong or t.lower in boundary_index]:
            if i in inside:
                continue
            if toks[i].text == "(" and (i in ends or (i > 0 and toks[i - 1].text.isalpha())):
                close = next((k for k in range(i + 1, min(i + 5, len(toks))) if toks[k].text == ")"), None)
                if close is not None and all(t.text.isalnum() for t in toks[i + 1:close]):
                    # ``kapal Penjaga Pantai China (CCG) mendekat``, ``pertemuan tertutup (retreat) di Cebu``: a gloss
                    inside.update(range(i, close + 1))
                    continue
            if toks[i].text in strong or self._boundary_at(toks, i):
                cuts.append(i)
        # a relative clause ends at the next comma (``yang dituduh mendanai unjuk rasa, demikian pengumuman ...``)
        for c in [c for c in cuts if c < len(toks) and toks[c].lower == self.relativizer]:
            end = next((k for k in range(c + 1, len(toks)) if k in cuts or toks[k].text == ","), None)
            if end is not None and toks[end].text == "," and end not in inside:
                cuts.append(end)
        cuts.append(len(toks))
        cuts = sorted(set(cuts))
        return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]

    @staticmethod
    def _apposition_end(toks: list[Token], k: int) -> int | None:
        """The closing comma of a short capitalised stretch set off by the comma at ``k`` after a name
        (``Bupati Sintang, Kalimantan Barat, Yohanes``: the region of a place), else None."""
        if k == 0 or not toks[k - 1].text[:1].isupper():
            return None
        for j in range(k + 1, min(k + 6, len(toks))):
            if toks[j].text == ",":
                return j if j > k + 1 else None
            if not toks[j].text[:1].isupper():
                return None
        return None

    def _boundary_at(self, toks: list[Token], i: int) -> bool:
        """Does a clause-boundary word (or phrase) start at token ``i``?"""
        for b in self.boundary_index.get(toks[i].lower, ()):
            if len(b) == 1 or tuple(x.lower for x in toks[i:i + len(b)]) == b:
                return True
        return False

    def _segment_of(self, info: SentenceInfo, i: int) -> tuple[int, int]:
        for a, b in info.segments:
            if a <= i < b:
                return a, b
        return 0, len(info.sent.tokens)

    def _attribution(self, sent: Sentence, mentions: list[ActorMention],
                     dates: list[DateMention]) -> tuple[str | None, set[int]]:
        """``menurut X``, ``kata X`` (X up to the next comma), ``X melaporkan``."""
        toks = sent.tokens
        lowers = [t.lower for t in toks]
        strip = self._attribution_strip
        at: dict[str, list[int]] = {}
        firsts = self._attribution_firsts
        for i, w in enumerate(lowers):
            if w in firsts:
                at.setdefault(w, []).append(i)
        for cue in self._attribution_before if at else ():
            n = len(cue)
            for i in at.get(cue[0], ()):
                if i > len(toks) - n or tuple(lowers[i:i + n]) != cue:
                    continue
                # speech tags (kata, ujar) only count right after a comma or quote
                if cue[0] in self.quote_tags and (
                        i == 0 or toks[i - 1].text not in (",", "\"", "\u201d")):
                    continue
                j = i + n
                k = j
                while k < len(toks) and toks[k].text not in (",", ".", ";", "\"", "\u201c", "\u201d") \
                        and lowers[k] not in self.complementisers and lowers[k] not in self.accusing_speech:
                    k += 1
                while k > j and lowers[k - 1] in self.source_trailers:
                    k -= 1  # ``sumber ... yang mengklaim bahwa``: the claim is not part of the source
                if k == j:
                    continue
                excluded_end = k
                date_at = next((x for x in range(j, k) if any(d.start <= toks[x].start < d.end for d in dates)), None)
                if date_at is not None:
                    # ``dilansir Reuters pada Rabu (21/8)``: the source is who, not when
                    k = date_at
                    while k > j and (toks[k - 1].lower in self.date_lead_words or toks[k - 1].text == ","):
                        k -= 1
                    if k == j:
                        continue
                    if cue[0] in self.quote_tags:
                        excluded_end = k  # ``kata seorang komandan ... pada Selasa (3/3)``: the day the words were said
                s = j
                for st in strip:
                    if tuple(lowers[s:s + len(st)]) == st and s + len(st) < k:
                        s += len(st)
                        break
                text = sent.text[toks[s].start - sent.start:toks[k - 1].end - sent.start]
                return text, set(range(i, excluded_end))
        for cue in self._attribution_after:
            for i in at.get(cue[0], ()):
                if i >= 1 and tuple(lowers[i:i + len(cue)]) == cue:
                    before = [m for m in mentions if m.tok_end <= i and m.tok_end >= i - 3]
                    if before and before[-1].entity.sector == "MED":
                        m = before[-1]
                        return m.text, set(range(m.tok_start, m.tok_end))
        speech = self.speech_verbs
        for i in range(1, len(toks) - 1):
            if lowers[i] in speech and toks[i + 1].text == ",":
                before = [m for m in mentions if i - 3 <= m.tok_end <= i]
                if before:
                    start = before[-1].tok_start
                    while start > 0 and toks[start - 1].text.isalpha() and toks[start - 1].text.islower() \
                            and lowers[start - 1] not in self.boundaries_flat:
                        start -= 1
                    text = sent.text[toks[start].start - sent.start:toks[before[-1].tok_end - 1].end - sent.start]
                    if before[-1].rule.startswith("pronoun:") and start == before[-1].tok_start:
                        text = before[-1].rule.split(":", 1)[1]  # ``Ia menambahkan, ...``: who ``Ia`` is
                    return text, set(range(start, i + 1))
        for m in mentions:
            if m.entity.sector == "MED" and m.entity.kind == "media":
                nxt = lowers[m.tok_end:m.tok_end + 3]
                if any(w.startswith(self.citing_verbs) for w in nxt):
                    return m.text, set(range(m.tok_start, m.tok_end))
        return None, set()

    def _domain_suppressed(self, analysed: Analysed) -> set[str]:
        """Types that cannot be political events in a sports report (``menyerang`` in a match)."""
        # (cue words that are also names count only in lower case: ``Ardiansyah Putra`` is no men's event)
        names = self.domain_name_words
        words = [t.lower if k == 0 or t.lower not in names or not t.text[:1].isupper() else "#"
                 for s in analysed.sentences for k, t in enumerate(s.tokens) if t.text.isalpha()]
        if not words:
            return set()
        # two spaces between words, so that a cue said twice running (``gol gol``) counts twice:
        # with one, the space between them would end the first find and could not begin the second
        joined = "  " + "  ".join(words) + "  "
        present = set(words)  # a cue (or its first word) the article never uses is counted without a scan
        for cues in self.domain_cues:
            hits = sum(joined.count(needle) for first, needle in cues if first in present)
            if hits / len(words) >= self.domain_threshold:
                return set(self.cues.get("sport_suppressed_types", ()))
        return set()

    def _continues(self, sent: Sentence) -> bool:
        """Does the sentence go on with the previous one's occasion (so its date carries over)?

        ``Pada hari yang sama``, ``Sementara itu``; a pronoun subject (``Ia juga
        menegaskan``); ``juga`` right after the subject (``Korea Utara juga
        memperingatkan``).
        """
        lowers = [t.lower for t in sent.tokens[:10] if t.text.isalnum()]
        for i, w in enumerate(lowers[:7]):
            for c in self._continuer_index.get(w, ()):
                # a one-word continuer (``kemudian``) may follow the subject: ``KAN kemudian mengutip``
                if (i < 3 or len(c) == 1) and tuple(lowers[i:i + len(c)]) == c:
                    return True
        if lowers and lowers[0] in self.pronouns:
            return True
        return any(w in self.continuation_words for w in lowers[1:5])

    # --------------------------------------------------------------- triggers
    def _triggers(self, sent: Sentence) -> list[Trigger]:
        """The triggers of a sentence, found once: several rules look at the other triggers of a sentence."""
        cached = self._trigger_cache.get(sent.index)
        if cached is None:
            cached = self._trigger_cache[sent.index] = self._find_triggers(sent)
        return cached

    def _find_triggers(self, sent: Sentence) -> list[Trigger]:
        toks = sent.tokens
        out: list[Trigger] = []
        used: set[int] = set()
        index = self.trigger_index
        # most words start no trigger: find the few that may, then look at them closely
        starts = [k for k, t in enumerate(toks) if t.lower in index or t.root in index]
        found = {i: self._best_trigger(toks, i) for i in starts}
        for i in starts:
            best = found[i]
            if i in used or best is None:
                continue
            n, entry = best
            if self._overtaken(found, i, n, toks[i].lower in self.light_verbs):
                continue
            voices = [self._voice(t, entry) for t in toks[i:i + n]]
            voice = next((v for v in voices if v != "noun"), voices[0])
            out.append(Trigger(entry, i, i + n, voice,
                               clitic_object=toks[i + n - 1].lower.endswith(self.clitic)
                               and toks[i + n - 1].prefix in ("me", "")))
            used.update(range(i, i + n))
        return out

    @staticmethod
    def _overtaken(found: dict[int, tuple[int, TriggerEntry] | None], i: int, n: int, light: bool) -> bool:
        """Does a phrase that begins inside the match at ``i`` (``n`` tokens) and ends after it read better?

        A longer one is the more specific reading (``menggelar latihan militer bersama`` is a
        joint exercise, not ``menggelar latihan`` and a leftover); so is one as long that begins
        on the last word of a match opened by a light verb, whose head that word is (``menggelar
        latihan gabungan``). After a full verb the match stands (``mencabut pembatasan ekspor``
        lifts the restriction; it does not impose one).
        """
        for j in range(i + 1, i + n):
            other = found.get(j)
            if other is None or (other[1].match == "near" and j != i + n - 1):
                continue  # a ``near`` match's length is a gap, not detail, unless it starts on the head noun
            m = other[0]
            if j + m > i + n and (m > n or (m == n and j == i + n - 1 and light) or other[1].match == "near"):
                return True
        return False

    def _marks_target(self, sent: Sentence, trig: Trigger) -> bool:
        """Is the trigger a word the event noun right before it takes its target with? ``unjuk rasa
        menentang kenaikan pajak``: a protest against the tax rise, not a second act of opposing."""
        word = sent.tokens[trig.a].lower
        return any(other.b == trig.a and other.voice == "noun" and word in other.entry.preps
                   for other in self._triggers(sent))

    def _best_trigger(self, toks: list[Token], i: int) -> tuple[int, TriggerEntry] | None:
        """The longest lexicon entry that matches from token ``i`` (its length and entry), if any."""
        t = toks[i]
        if not t.text.isalpha():
            return None
        # proper names are not triggers (``Serang`` the city, ``Bantuan`` in a title); acronyms the lexicon lists
        # are (``KTT``, ``MoU``)
        if i > 0 and t.text[:1].isupper() and t.text[1:].islower() \
                and toks[i - 1].text not in (".", "\"", "\u201c", "("):
            return None
        for idiom in self.idioms.get(t.lower, ()):
            if tuple(x.lower for x in toks[i:i + len(idiom)]) == idiom:
                return None
        index = self.trigger_index
        by_word, by_root = index.get(t.lower), index.get(t.root)
        best: tuple[int, TriggerEntry] | None = None
        for entry in (by_word or []) + (by_root or []):
            if entry.match == "root" and t.prefix == "pe-":
                continue  # ``penyidik``, ``pendukung``, ``penyerang``: who does it, not the doing
            n = self._match(entry, toks, i)
            if n and (best is None or n > best[0]):
                best = (n, entry)
        return best

    def _match(self, entry: TriggerEntry, toks: list[Token], i: int) -> int:
        parts = self.trigger_parts[entry.key]
        if entry.match == "near":
            # ``kirim ~ bantuan``: ``mengirim 500 ton bantuan``, the second root within a few words
            head, tail = parts
            if toks[i].root != head and toks[i].lower != head:
                return 0
            k, words = i + 1, 0
            while k < len(toks) and words < 10:
                t = toks[k]
                if t.lower in self.complement_markers and k + 1 < len(toks) \
                        and (toks[k + 1].root == tail or toks[k + 1].lower == tail):
                    # ``menetapkan mantan Menteri Perdagangan Thomas Lembong sebagai tersangka``: however long the
                    # object, ``sebagai`` ties the complement to it
                    return k - i + 2
                if t.text == "," and (close := self._apposition_end(toks, k)) is not None:
                    k = close + 1  # ``menetapkan Bupati Sintang, Kalimantan Barat, Yohanes ...``: a place set off
                    continue
                if t.text in (",", ";", ".", ":") or self._boundary_at(toks, k):
                    return 0
                if (t.root == tail or t.lower == tail) and words < 6:
                    return k - i + 1
                words += 1
                k += 1
            return 0
        if entry.match == "word":
            n = len(parts)
            if n == 1:
                return 1 if toks[i].lower == parts[0] else 0
            return n if tuple(t.lower for t in toks[i:i + n]) == parts else 0
        if entry.match == "phrase":
            n = len(parts)
            if i + n > len(toks):
                return 0
            if n > 1:  # most phrases fail on their second word: look at it before the rest
                t, p = toks[i + 1], parts[1]
                if t.root != p and t.lower != p:
                    return 0
            if all(t.root == p or t.lower == p for t, p in zip(toks[i:i + n], parts, strict=True)):
                return n
            return 0
        return 1 if toks[i].root == entry.key else 0

    def _voice(self, tok: Token, entry: TriggerEntry) -> str:
        """Passive (di-, ter-), active (me-, ber-) or nominal (pe-an, ke-an, -an, and bare roots).

        A bare root in running news text is almost always a noun (``mediasi``,
        ``komitmen``, ``sanksi``); the verbs that appear bare (``tewas``) have the
        ``patient`` frame, which treats its subject as the one affected anyway.
        """
        prefix = tok.prefix
        if entry.match == "word" and not prefix:
            # a form the lexicon lists as written: read its voice off the surface
            w = tok.lower
            if w.startswith(self.active_prefixes):
                prefix = self.active_prefixes[0]
            elif w.startswith(self.passive_prefixes):
                prefix = self.passive_prefixes[0]
        if prefix in self.passive_prefixes:
            return "passive"
        if prefix in self.active_prefixes:
            return "active"
        if entry.frame == PATIENT:
            return "active"
        return "noun"

    # -------------------------------------------------------------- arguments
    def _usable(self, info: SentenceInfo, m: ActorMention, subject: bool = False) -> bool:
        """Can this mention be an actor? It needs a code: a country, or a known body with a sector."""
        if m.tok_start in info.excluded:
            return False
        if m.entity.kind == "media":
            return False  # an outlet reports events; journalists (``jurnalis``) can still be in them
        if subject and m.entity.kind in COUNTRY_KINDS and self._modifies_a_noun(info, m):
            return False  # (an object's owner is what is acted on: ``menyerang fasilitas nuklir Iran``)
        return bool(m.entity.country or (m.entity.sector and m.entity.kb_id))

    def _modifies_a_noun(self, info: SentenceInfo, m: ActorMention) -> bool:
        """``sutradara kelahiran Meksiko``, ``artis Belgia``, ``koran Perancis``: a country after a common
        noun says where the thing is from; the state does nothing. Event nouns (``investasi Inggris``),
        verbs, titles and function words before it leave it an actor."""
        if m.tok_start == 0:
            return False
        t = info.sent.tokens[m.tok_start - 1]
        if not t.text.isalpha() or not t.text.islower() or t.lower in self.function_words:
            return False
        if t.prefix in self.active_prefixes + self.passive_prefixes or (self.clitic and t.lower.endswith(self.clitic)):
            return False
        if t.lower in self.act_nouns or t.lower in self.statement_nouns or t.lower in self.possession_nouns:
            return False  # ``tindakan Israel``, ``pernyataan Iran``, ``wilayah Ukraina``: the state's own
        if (t.lower,) in self.finder.lex.titles:
            return False
        if any(tr.a <= m.tok_start - 1 < tr.b for tr in self._triggers(info.sent)):
            return False
        return True

    def _before_word(self, toks: list[Token], i: int) -> str:
        j = i - 1
        while j >= 0 and toks[j].lower in self.skip_words:
            j -= 1
        return toks[j].lower if j >= 0 else ""

    def _subject(self, info: SentenceInfo, trig: Trigger, purpose: bool = False) -> ActorMention | None:
        """The actor standing before a predicate in its clause (first conjunct of a coordination).

        Relative clauses take their antecedent (``tim negosiasi Israel yang
        mengklaim``), or the issuer of a statement (``X mengeluarkan pernyataan yang
        menyerukan``); with ``purpose``, a purpose clause after a verb or a commitment
        word shares its main clause's subject (``X bertolak ke Seoul untuk bertemu``).
        """
        toks = info.sent.tokens
        seg_a, _ = self._segment_of(info, trig.a)
        previous = [sg for sg in info.segments if sg[1] <= seg_a]
        if toks[seg_a].lower == self.relativizer:
            cands = [m for m in info.mentions if seg_a - 1 <= m.tok_end <= seg_a and self._usable(info, m, True)]
            if cands:
                return cands[-1]
            # the clause's own subject after a relative clause (``yang dirilis kemarin, X dan Y sepakat``)
            found = self._subject_in(info, seg_a, trig.a)
            if found is not None:
                return found
            if previous:
                return self._subject_in(info, previous[-1][0], seg_a)
        found = self._before_apposition(info, seg_a, trig) or self._subject_in(info, seg_a, trig.a) \
            or self._before_relative(info, trig)
        if found is not None:
            return found
        if toks[seg_a].text == ")" and len(previous) >= 2 and toks[previous[-1][0]].text == "(" \
                and all(t.text in (")", ",") for t in toks[seg_a:trig.a]):
            # ``Angkatan Bersenjata Sudan (SAF) melancarkan``: the subject before an acronym we do not know
            found = self._subject_in(info, previous[-2][0], previous[-2][1])
            if found is not None:
                return found
        if previous and seg_a < trig.a and toks[seg_a].text.isalpha() and self._only_time(info, seg_a + 1, trig.a):
            # ``relawan PMI sejak Senin (17/8) membantu``: a phrase of time stands between subject and verb
            found = self._subject_in(info, previous[-1][0], previous[-1][1])
            if found is not None:
                return found
        if all(t.text == "," for t in toks[seg_a:trig.a]):
            # ``juru bicara Obama, Patrick Rodenbush, menegaskan``: past an appositive name to the subject
            for pa, pb in list(reversed(previous))[:3]:
                found = self._subject_in(info, pa, pb)
                if found is not None:
                    return found
                if not all(t.text == "," or (t.text[:1].isupper() and t.text.isalpha()) for t in toks[pa:pb]):
                    break
        if purpose and toks[seg_a].lower in self.purpose_words and seg_a > 0 and (
                toks[seg_a - 1].root in self.purpose_heads or self._verb_before(info, seg_a)):
            for pa, pb in reversed(previous):
                found = self._subject_in(info, pa, pb)
                if found is not None or (toks[pa].lower not in self.purpose_words
                                         and not self._only_time(info, pa + 1, pb)):
                    return found  # (past ``sejak Senin (4/8)`` to the clause the purpose hangs on)
        if previous and toks[seg_a].lower in self.control_words \
                and all(self._modifier_word(t) for t in toks[seg_a + 1:trig.a]):
            # ``X tiba di Beirut, sambil membawa ...``, ``... setelah menolak ...``: a clause with no subject
            # of its own shares its main clause's, the first actor of the clause it hangs on
            for pa, pb in reversed(previous):
                found = self._subject_in(info, pa, pb, first=True)
                if found is not None and any(self._is_verb(t) for t in toks[pa:found.tok_start]):
                    return None  # the first actor there comes after its verb: an object, not the subject
                if found is not None or toks[pa].lower not in self.control_words:
                    return found
        return None

    def _before_apposition(self, info: SentenceInfo, seg_a: int, trig: Trigger) -> ActorMention | None:
        """``Ribuan pekerja PT X, perusahaan nikel di Kecamatan Y, Kabupaten Z, mogok kerja``: the subject
        stands before a comma-closed apposition with no verb in it, right before the predicate."""
        toks = info.sent.tokens
        k = trig.a
        while k > seg_a and self._modifier_word(toks[k - 1]) and toks[k - 1].lower not in self.boundaries_flat:
            k -= 1
        if k <= seg_a or toks[k - 1].text != ",":
            return None
        for m in info.mentions:
            if m.tok_start < seg_a or m.tok_end >= k - 1 or not self._usable(info, m, True) \
                    or self._introduced_by(toks, m.tok_start, self.place_preps | self.subject_blockers, max_nouns=3):
                continue
            if any(self._is_verb(t) for t in toks[seg_a:m.tok_start]):
                return None  # ``Menanggapi pernyataan Trump, juru bicara Obama, ...``: an opening clause's object
            j = m.tok_end
            if j < len(toks) and toks[j].text == "(":  # ``(SNU)``
                j = next((c + 1 for c in range(j + 1, min(j + 5, k)) if toks[c].text == ")"), j)
            if j >= k - 1 or toks[j].text != ",":
                return None
            block = toks[j + 1:k - 1]
            if not block or block[0].text[:1].isupper() or any(
                    self._is_verb(t) or t.lower in self.boundaries_flat or t.text in _CLAUSE_MARKS for t in block):
                return None  # (an appositive name is another rule's; a verb makes it a clause)
            if any(x.entity.kind == "person" and j < x.tok_start < k for x in info.mentions):
                return None  # a person in between is more likely the subject, named with a title
            return m
        return None

    def _before_relative(self, info: SentenceInfo, trig: Trigger) -> ActorMention | None:
        """``Warga, yang sejak pagi berkumpul ... sambil membentangkan spanduk, menuding ...``: the subject stands
        before a relative clause set off by commas (or a phrase of place, time or means: ``Para menteri, dalam
        pertemuan yang digelar di Cebu, Kamis (26/2), menyepakati``), and the predicate follows its closing comma.

        The antecedent must open its clause (no verb before it there), so an object with a relative clause
        (``polisi menangkap Budi, yang ...,``) is not taken for the next predicate's subject.
        """
        toks = info.sent.tokens
        k = trig.a
        while k > 0 and self._modifier_word(toks[k - 1]) and toks[k - 1].lower not in self.boundaries_flat:
            k -= 1
        if k < 4 or toks[k - 1].text != ",":
            return None
        close = k - 1
        opener = next((c for c in range(close - 1, 0, -1) if toks[c - 1].text == "," and (
            toks[c].lower == self.relativizer or toks[c].lower in self.insertion_openers)), None)
        if opener is None or any(t.text in _CLAUSE_MARKS for t in toks[opener:close]):
            return None
        end = opener - 1
        m = next((m for m in info.mentions if m.tok_end == end and self._usable(info, m, True)), None)
        if m is None and end >= 2 and toks[end - 1].text == ")":  # ``Aliansi Nelayan Bersatu (ANB), yang ...``
            end = next((c for c in range(end - 2, max(end - 6, 0), -1) if toks[c].text == "("), end)
            m = next((m for m in info.mentions if m.tok_end == end and self._usable(info, m, True)), None)
        if m is not None:
            start = max([0] + [c + 1 for c in range(m.tok_start) if toks[c].text in (",", ";", ":")])
        else:
            # ``Ratusan nelayan dari Kecamatan Tempilang, Kabupaten Bangka Barat, yang ...``: places between the
            # antecedent and the clause; then the clause's first actor, if no verb stands before the clause
            start = max([0] + [c + 1 for c in range(end) if toks[c].text in (";", ":") or toks[c].text in _QUOTES])
            if any(self._is_verb(t) for t in toks[start:end]) \
                    or any(start <= t.a < end for t in self._triggers(info.sent)):
                return None  # (``Serangan Israel di Gaza, yang ...,``: the antecedent is an event, not an actor)
            m = next((x for x in info.mentions if start <= x.tok_start and x.tok_end <= end
                      and self._usable(info, x, True)), None)
            if m is None or m.tok_start - start > 2:
                return None  # the actor opens the clause (``Ratusan nelayan ...``), after a quantity at most
        if any(self._is_verb(t) for t in toks[start:m.tok_start]) \
                or self._introduced_by(toks, m.tok_start, self.place_preps | self.subject_blockers, max_nouns=3):
            return None
        return self._coordination_start(info, m)

    def _only_time(self, info: SentenceInfo, a: int, b: int) -> bool:
        """Are tokens a..b a date written out and nothing else (adverbs aside)?"""
        toks = info.sent.tokens
        if a >= b:
            return False
        covered = [any(d.start <= t.start < d.end for d in info.dates) for t in toks[a:b]]
        return covered[0] and all(c or t.lower in self.adverb_skip for c, t in zip(covered, toks[a:b], strict=True))

    def _parse(self, sent: Sentence) -> list[tuple[int, int, int, str]]:
        """The parser's tokens of a sentence (offsets into the sentence), parsed once and only when asked."""
        if sent.index not in self._parses:
            assert self.syntax is not None
            self._parses[sent.index] = self.syntax([sent.text])[0]
        return self._parses[sent.index]

    def _parsed_subject(self, info: SentenceInfo, trig: Trigger) -> ActorMention | None:
        """The actor the parser makes the nominal subject of the trigger's verb, if it is a usable mention.

        Only a mention that contains the subject word counts (``Menteri Luar Negeri Qatar`` for
        ``Menteri``), and only one before the verb (an Indonesian subject precedes its verb; one
        after it is more likely a misparse of an object or a quote tag). Asked only where word
        order found no subject.
        """
        sent = info.sent
        parse = self._parse(sent)
        verb_at = sent.tokens[trig.a].start - sent.start
        verb = next((k for k, (a, b, _h, _d) in enumerate(parse) if a <= verb_at < b), None)
        if verb is None:
            return None
        for a, _b, head, dep in parse:
            if head != verb or dep.split(":")[0] != "nsubj" or dep == "nsubj:pass":
                continue
            at = sent.start + a
            m = next((m for m in info.mentions if m.start <= at < m.end), None)
            if m is not None and self._usable(info, m, True) and m.tok_end <= trig.a:
                return m
        return None

    def _subject_in(self, info: SentenceInfo, lo: int, hi: int, first: bool = False) -> ActorMention | None:
        """The nearest (or with ``first``, the first) actor in tokens lo..hi that is not inside a
        prepositional phrase: ``antara Qatar dan AS`` is no subject, and neither is ``di depan Gedung DPR``."""
        toks = info.sent.tokens
        placed = info.placed
        cands = [m for m in info.mentions if lo <= m.tok_start and m.tok_end <= hi and self._usable(info, m, True)
                 and not self._introduced_by(toks, m.tok_start, self.subject_blockers, max_nouns=1)
                 and not self._introduced_by(toks, m.tok_start, self.place_preps, max_nouns=3)
                 and not self._in_address(info, m)
                 # ``di depan kantor DPRD Bengkulu``: a place in a phrase of place is no subject
                 and not (m.tok_start in placed and self._place_preposition(toks, m.tok_start, placed) is not None)]
        if len(cands) >= 2 and not first:
            head = self._follower_head(toks, cands)
            if head is not None:
                return head
        if cands and not first and cands[-1].tok_end < hi and self._object_of_a_verb(toks, lo, cands[-1]):
            # ``Banjir ... telah menewaskan 300 orang dan memaksa ...``: the nearest actor is what an earlier verb
            # acted on, so the subject is no actor we know (right before the verb it is its subject all the same:
            # ``video yang menampilkan Obama ditangkap``)
            return None
        if cands and not first and self._unknown_name_between(info, cands[-1].tok_end, hi):
            return None  # ``..., Chamberlain menyalahkan Jerman``: a name we cannot code is the subject
        named = [m for m in info.mentions if m.rule.startswith("ner:") and lo <= m.tok_start and m.tok_end <= hi]
        if named and (not cands or named[-1].tok_start > cands[-1].tok_end) and all(
                t.lower in self.function_words or t.text == "," for t in info.sent.tokens[named[-1].tok_end:hi]):
            n = named[-1]
            appositive = bool(cands) and n.tok_start >= 1 and toks[n.tok_start - 1].text == "," \
                and cands[-1].tok_end == n.tok_start - 1  # ``Kepala Desa Sukamaju, Budi Santoso, mendesak``
            if not appositive:
                return None  # the name finder's unknown person or body stands right before the verb
        if first:
            cands = cands[:1]
        while cands:
            start = self._coordination_start(info, cands[-1])
            before = [m for m in info.mentions if start.tok_start - 2 <= m.tok_end <= start.tok_start]
            glue = toks[before[-1].tok_end:start.tok_start] if before else []
            in_pp = before and self._introduced_by(toks, before[-1].tok_start, self.subject_blockers, max_nouns=1) \
                and all(t.lower in self.and_words or t.text == "," for t in glue) \
                and not (before[-1].tok_start in info.excluded and all(t.text == "," for t in glue)) \
                and not (len(glue) == 1 and glue[0].text == "," and self._opens_place_phrase(toks, before[-1].tok_end))
            if not in_pp:
                return start
            cands = [m for m in cands if m.tok_start < start.tok_start]
        return None

    def _follower_head(self, toks: list[Token], cands: list[ActorMention]) -> ActorMention | None:
        """``Ratusan pendukung pasangan calon bupati dan wakil bupati X berunjuk rasa``: the nearest actor sits
        inside the phrase a noun for followers heads, and the followers are the subject."""
        last = cands[-1]
        for m in cands[:-1]:
            if toks[m.tok_end - 1].lower not in self.follower_nouns or m.entity.kind != "group":
                continue
            between = toks[m.tok_end:last.tok_start]
            if between and all(t.text.isalpha() and t.text.islower() and t.prefix not in self.verb_prefixes
                               for t in between):
                return m
        return None

    def _object_of_a_verb(self, toks: list[Token], lo: int, m: ActorMention) -> bool:
        """Does a transitive verb of action (``me-``) stand before the mention in its clause, making it the verb's
        object?
        Verbs of saying and judging do not count: ``X mengatakan Y menyerang`` has Y as a subject."""
        start = max([lo] + [k + 1 for k in range(lo, m.tok_start) if toks[k].text in (",", ";", ":")])
        # (a comma closes the clause before: ``Apabila Iran menolak ..., Inggris``)
        return any(self._is_verb(t, self.transitive_prefixes) and t.lower not in self.saying_verbs
                   for t in toks[start:m.tok_start])

    def _opens_place_phrase(self, toks: list[Token], comma: int) -> bool:
        """Does the comma at ``comma`` close a phrase of place that opens the sentence (``Di Washington,
        Departemen Luar Negeri AS ...``), rather than join a list inside it (``di Qatar, Mesir, dan AS``)?"""
        return bool(toks) and toks[0].lower in self.place_preps \
            and not any(t.text == "," or t.lower in self.and_words for t in toks[:comma])

    def _unknown_name_between(self, info: SentenceInfo, a: int, b: int) -> bool:
        """A capitalised name no table knows right before the verb at ``b`` (after a comma or clause start)."""
        toks = info.sent.tokens
        k = b
        while k > a and toks[k - 1].lower in self.function_words:  # (auxiliaries included)
            k -= 1  # ``Chamberlain juga telah menyalahkan``
        j = k
        while j > a and toks[j - 1].text[:1].isupper() and toks[j - 1].text.isalpha():
            j -= 1
        if j == k or j == 0:
            return False
        # a day (``Senin``) or a place is no name of a person
        if any(d.start < toks[k - 1].end and toks[j].start < d.end for d in info.dates) or any(
                p.tok_start < k and j < p.tok_end for p in info.places):
            return False
        return toks[j - 1].text in (",", "\"", "\u201d") or j == a

    def _in_address(self, info: SentenceInfo, m: ActorMention) -> bool:
        """``di depan Gedung DPR, Senayan, Jakarta``: a place name in an address is no actor."""
        if not any(p.tok_start <= m.tok_start < p.tok_end for p in info.places):
            return False
        toks = info.sent.tokens
        placed = info.placed
        j = m.tok_start - 1
        for _ in range(10):
            if j < 0:
                return False
            t = toks[j]
            if t.lower in self.place_preps or t.lower in self.toward_words:
                return True
            if t.text == ",":
                if j == 0 or (j - 1 not in placed and toks[j - 1].lower not in self.venue_nouns):
                    return False  # a comma continues an address only after a place
            elif not (j in placed or t.lower in self.venue_nouns
                      or t.lower in self.place_heads):
                return False
            j -= 1
        return False

    def _verb_before(self, info: SentenceInfo, seg_a: int) -> bool:
        """Does the clause before ``untuk`` have a verb (so ``untuk`` states its subject's purpose)?"""
        prev = [sg for sg in info.segments if sg[1] <= seg_a]
        if not prev:
            return False
        pa, pb = prev[-1]
        return any(t.prefix in self.active_prefixes + self.passive_prefixes and t.text.islower()
                   for t in info.sent.tokens[pa:pb])

    def _coordination_start(self, info: SentenceInfo, last: ActorMention) -> ActorMention:
        """``Indonesia dan Vietnam sepakat``: the subject starts at the first conjunct."""
        toks = info.sent.tokens
        first = last
        while True:
            prev = [m for m in info.mentions if m.tok_end <= first.tok_start and m.tok_end >= first.tok_start - 2]
            if not prev:
                return first
            glue = [t.text.lower() for t in toks[prev[-1].tok_end:first.tok_start]]
            if not glue or not all(g in self.and_words or g == "," for g in glue) or not self._usable(info, prev[-1]):
                return first
            if first is last and not any(g in self.and_words for g in glue):
                return first  # ``pernyataan Trump, juru bicara Obama``: a list ends in ``dan``; this is no list
            if self._before_word(toks, prev[-1].tok_start) in self.subject_blockers:
                return first
            first = prev[-1]

    def _coordinated(self, info: SentenceInfo, first: ActorMention, limit: int) -> list[ActorMention]:
        """``AS, Qatar, dan Mesir``: the mentions coordinated with ``first`` up to token ``limit``."""
        toks = info.sent.tokens
        out = [first]
        pos = first.tok_end
        closed = False
        while pos < limit:
            nxt = next((m for m in info.mentions if m.tok_start > pos - 1 and m.tok_start <= pos + 2
                        and m.tok_end <= limit), None)
            if nxt is None:
                break
            glue = [t.text.lower() for t in toks[pos:nxt.tok_start]]
            if not glue or not all(g in self.and_words or g == "," for g in glue):
                break
            if self._usable(info, nxt):
                out.append(nxt)
            pos = nxt.tok_end
            if any(g in self.and_words for g in glue):
                closed = True
                break
        # ``A, B, dan C`` is a list; ``DPR, Jakarta`` without ``dan`` is an apposition
        return out if closed else out[:1]

    def _object(self, info: SentenceInfo, trig: Trigger, allowed_preps: set[str],
                max_gap: int = 8, cross: set[str] | None = None) -> ActorMention | None:
        """The first actor to the right of the trigger within its clause (commas stop it)."""
        toks = info.sent.tokens
        cross = cross or set()
        end = trig.b
        while end < len(toks):
            t = toks[end]
            if t.text in (",", ";", ".", ":") or t.text in self.strong_punct:
                break
            if end > trig.b and self._boundary_at(toks, end) and t.lower not in cross \
                    and t.lower not in allowed_preps:
                break
            end += 1
        for m in info.mentions:
            if trig.a < m.tok_start < trig.b < m.tok_end and self._usable(info, m):
                return m  # ``memanggil duta besar China``: the trigger's last words begin the object's name
            if m.tok_start < trig.b or m.tok_start >= end or m.tok_start - trig.b > max_gap:
                continue
            if not self._usable(info, m):
                continue
            prev = self._before_word(toks, m.tok_start)
            if prev not in allowed_preps and any(t.lower in self.object_blockers and t.lower not in allowed_preps
                                                 for t in toks[trig.b:m.tok_start]):
                # ``membakar spanduk di depan barier polisi``: inside a phrase of place, not what is acted on
                return None
            if prev in allowed_preps or (prev not in self.object_blockers and prev not in self.passive_agent):
                return m
        return None

    def _after_word(self, info: SentenceInfo, trig: Trigger, words: set[str], strong_only: bool) -> ActorMention | None:
        """A mention introduced by one of ``words`` later in the sentence (``oleh X``, ``dengan X``)."""
        toks = info.sent.tokens
        for m in info.mentions:
            if m.tok_start < trig.b or not self._usable(info, m):
                continue
            between = toks[trig.b:m.tok_start]
            if any(t.lower in self.complementisers or t.lower in self.contrast_words or t.text == ";" for t in between):
                break
            if not strong_only and any(t.text in (",",) for t in between) and len(between) > 12:
                break
            if self._introduced_by(toks, m.tok_start, words, lo=trig.b):
                return m
        return None

    def _introduced_by(self, toks: list[Token], i: int, words: set[str], max_nouns: int = 2, lo: int = 0) -> bool:
        """Is the mention at ``i`` introduced by one of ``words``, possibly across a head noun?

        ``terhadap Israel`` and ``terhadap permintaan IAEA`` both introduce the recipient.
        """
        j = i - 1
        while j >= 0 and toks[j].lower in self.skip_words:
            j -= 1
        if j >= lo + 1 and toks[j].text == "," and toks[j - 1].text.isalpha() and toks[j - 1].text.islower():
            if self._opens_place_phrase(toks, j):
                return False  # ``Di sela retreat, Sugiono ...``: the comma closes an opening phrase of place
            j -= 1  # an apposition names the noun before it
        for _ in range(max_nouns + 1):
            if j < lo:
                return False
            w = toks[j].lower
            if w in words:
                return True
            if w in self.venue_nouns or w in self.position_words:
                j -= 1
                continue
            if not (toks[j].text.isalpha() and toks[j].text.islower()) or w in self.boundaries_flat \
                    or w in self.object_blockers or w in self.subject_blockers:
                return False
            j -= 1
        return False

    def _between(self, info: SentenceInfo, trig: Trigger) -> tuple[ActorMention, ActorMention] | None:
        """``antara X dan Y`` right after a joint trigger."""
        toks = info.sent.tokens
        for k in range(trig.b, min(trig.b + 4, len(toks))):
            if toks[k].lower == self.between:
                ms = [m for m in info.mentions if m.tok_start > k and self._usable(info, m)]
                if len(ms) >= 2 and ms[0].tok_start <= k + 3:
                    glue = toks[ms[0].tok_end:ms[1].tok_start]
                    # ``antara Israel dan kelompok Hamas``: a common noun may stand before the second
                    if glue and glue[0].lower in self.and_words and len(glue) <= 3 and \
                            all(t.text.islower() for t in glue):
                        return ms[0], ms[1]
        return None

    def _hyphen_pair(self, info: SentenceInfo, trig: Trigger) -> tuple[ActorMention, ActorMention] | None:
        """``perang Thailand-Kamboja``, ``bentrokan Israel-Hizbullah``: two sides joined by a hyphen."""
        toks = info.sent.tokens
        if trig.b >= len(toks) or toks[trig.b].text.count("-") != 1:
            return None
        t = toks[trig.b]
        left, right = t.text.split("-")
        sides = []
        for part, start in ((left, t.start), (right, t.start + len(left) + 1)):
            hit = self.finder.lex.actors.get((part.lower(),))
            if hit is None or not part[:1].isupper() or not hit[1].country:
                return None
            sides.append(ActorMention(part, start, start + len(part), hit[1], info.sent.index, trig.b, trig.b + 1,
                                      f"hyphen-pair:{t.text}"))
        return sides[0], sides[1]

    def _own_date(self, info: SentenceInfo, trig: Trigger) -> DateMention | None:
        """A date in the trigger's own clause (or right after it: ``perang X-Y sejak Kamis (24/7)``)."""
        toks = info.sent.tokens
        seg_a, _ = self._segment_of(info, trig.a)
        stop = next((k for k in range(trig.b, min(trig.b + 6, len(toks))) if toks[k].text in (",", ";", ".")),
                    min(trig.b + 6, len(toks)))
        lo, hi = toks[seg_a].start, toks[stop - 1].end
        return next((d for d in info.dates if lo <= d.start < hi and not d.anaphoric), None)

    def _clitic_referent(self, history: list[ActorMention], subject: ActorMention | None) -> ActorMention | None:
        """``menuduhnya``: the most recent earlier actor who is not the subject."""
        for m in reversed(history):
            if not (m.entity.country or m.entity.sector) or m.entity.sector == "MED":
                continue
            if m.rule.endswith("+dateline") or not m.entity.country:
                continue
            if subject is not None and _key_entity(m.entity) == _key_entity(subject.entity):
                continue
            if m.entity.kind in COUNTRY_KINDS and subject is not None:
                continue
            return m
        return None

    def _is_anaphoric_noun(self, info: SentenceInfo, trig: Trigger) -> bool:
        toks = info.sent.tokens
        if trig.voice != "noun":
            return False
        last = toks[trig.b - 1].lower
        if last.endswith(self.clitic):
            return True
        nxt = [t.lower for t in toks[trig.b:trig.b + 3]]
        return any(w in self.anaphors or w.endswith(self.clitic) for w in nxt[:2])

    def _build(self, info: SentenceInfo, trig: Trigger, history: list[ActorMention], drafts: list[Draft],
               drafts_in_sentence: list[Draft]) -> Draft | None:
        e = trig.entry
        toks = info.sent.tokens
        trig = self._as_predicate(info, trig)
        actors: list[ActorMention] = []
        recipients: list[ActorMention] = []
        why: list[str] = [f"trigger: '{' '.join(t.text for t in toks[trig.a:trig.b])}' -> {e.key} ({e.match}) "
                          f"{e.type}/{e.mode or '-'} cameo {e.cameo}, frame {e.frame}, voice {trig.voice}"]
        preps = set(e.preps)
        symmetric = e.frame == JOINT
        relative = False
        anaphoric = False
        collective = False  # a plural or collective subject that meets among itself needs no other side

        if e.key in self.dated_only and self._own_date(info, trig) is None:
            return self._reject(info, trig, "a war named without a day of its own is the setting, not an event")
        means = self._means_of_earlier(info, trig, drafts_in_sentence)
        if means is not None and e.type != "ASSAULT":
            return self._reject(info, trig, f"the means of '{means.trigger_text}', not an act of its own")
        if means is not None:
            # ``Polisi membubarkan massa dengan gas air mata``: force used to do it is the same side's, on the same
            actors, recipients = list(means.actors), list(means.recipients)
            why.append(f"actor and recipient: those of '{means.trigger_text}', done with it")
        elif e.frame == JOINT:
            host: ActorMention | None = None
            pair = self._between(info, trig) or self._hyphen_pair(info, trig)
            both = self._both_before(info, trig)
            if pair:
                actors, recipients = [pair[0]], [pair[1]]
                why.append("actors: 'antara X dan Y'")
            elif both is not None and (prior := next((d for d in reversed(drafts_in_sentence + drafts)
                                                       if d.actors and d.recipients), None)) is not None:
                actors, recipients = list(prior.actors), list(prior.recipients)
                why.append(f"actors: '{both}' refers to the sides of '{prior.trigger_text}'")
            else:
                # (with no two-sided event before, ``Keduanya`` is the two sides named last)
                if trig.voice == "noun":
                    # an event noun's own side: ``pertemuan Prabowo``, or ``X menggelar pertemuan``
                    # (``kesepakatan yang diteken X dan Y``: the signers of a relative passive)
                    # (``Perundingan tersebut dipimpin oleh ...`` only tells more of the talks told before)
                    poss, attendee = self._possessor(info, trig), self._light_verb_subject(info, trig)
                    if poss is not None and attendee is not None and attendee.tok_end <= trig.a \
                            and _key_entity(poss.entity) != _key_entity(attendee.entity):
                        # ``Prabowo menghadiri KTT ASEAN``: who attends meets the body whose summit it is
                        subj, host = attendee, poss
                    else:
                        subj = poss or attendee
                    if subj is None and not self._is_anaphoric_noun(info, trig):
                        subj = self._noun_agent(info, trig)
                    if subj is None and e.type == "CONSULT" and not self._is_anaphoric_noun(info, trig) \
                            and toks[self._segment_of(info, trig.a)[0]].lower not in self.purpose_words \
                            and self._after_word(info, trig, self.joint_preps, strong_only=True) is not None:
                        # ``X menyampaikannya seusai pertemuan bilateral dengan Y``: X is the other side
                        subj = self._subject_in(info, 0, trig.a)
                        if subj is not None:
                            why.append(f"actor: the sentence's subject '{subj.text}' meets the 'dengan' partner")
                elif trig.voice == "passive" and (agent := self._after_word(info, trig, self.passive_agent, False)):
                    # ``Naskah itu diteken oleh Menlu RI dan Menlu Timor-Leste``: the agents are the sides
                    subj = agent
                else:
                    subj = self._subject(info, trig)
                    if subj is None and (self._after_word(info, trig, self.joint_preps | preps,
                                                          strong_only=True) is not None
                                         or any(m.tok_start == trig.b and self._usable(info, m)
                                                for m in info.mentions)):
                        # ``X melanjutkan perjalanan ke Kairo untuk bertemu dengan Y`` (or ``untuk bertemu Y``):
                        # the purpose shares X, when the other side is named
                        subj = self._subject(info, trig, purpose=True)
                if subj is not None:
                    # conjuncts up to the trigger, or to the sentence's end for a subject after it
                    coord = self._coordinated(info, subj, trig.a if subj.tok_start < trig.a else len(toks))
                    if len(coord) == 1 and subj.tok_end - subj.tok_start == 1 and 0 <= trig.a - subj.tok_end <= 3:
                        coord = self._expand_sides(coord)  # ``Keduanya kemudian menggelar pertemuan``
                    partner = self._after_word(info, trig, self.joint_preps | preps, strong_only=True) or host
                    if partner is not None and self._mediator(toks, partner):
                        why.append(f"'{partner.text}' is named as the go-between, not a side")
                        partner = None
                    if partner is not None:
                        actors, recipients = coord, [partner]
                        why.append(f"actors: who attends + the body whose meeting it is, '{partner.text}'"
                                   if partner is host else "actors: subject + 'dengan/bersama' partner")
                    elif len(coord) >= 2:
                        actors, recipients = coord[:1], coord[1:]
                        why.append("actors: coordinated subject")
                    elif e.cameo.startswith("043") or e.mode == "multilateral":
                        actors = [subj]
                        why.append("actor: host/participant subject")
                        src = self._source(info, trig)  # ``konferensi yang diselenggarakan oleh PBB``
                        if src is not None and _key_entity(src.entity) != _key_entity(subj.entity):
                            recipients = [src]
                            why.append(f"recipient: the organiser '{src.text}'")
                    elif (trig.voice != "noun" or subj.tok_start >= trig.b
                          or self._light_verb(info, trig) is not None) \
                            and self._plural(info, subj):  # (``Para menteri ASEAN menggelar pertemuan``)
                        # (only a named body or its officials make the meeting whole on their own, not a bare
                        # ``sejumlah negara mitra``)
                        actors, collective = [subj], subj.entity.kind != "group" or any(
                            t.text[:1].isupper() for t in toks[subj.tok_start + 1:subj.tok_end])
                        why.append("actor: a plural or collective subject meets among itself")
                    elif e.type != "CONSULT":
                        actors = [subj]  # ``X mengumumkan gencatan senjata sepihak``: one side acts
                        why.append("actor: the one side named")
                    else:
                        obj = self._object(info, trig, preps) if trig.voice == "active" and preps else None
                        if obj is not None:
                            actors, recipients = [subj], [obj]
                            why.append("actors: subject + object")
                        elif self._refusal(info, trig) is not None:
                            actors = [subj]  # ``New Delhi tidak akan melanjutkan dialog``: one side refuses
                            why.append("actor: the side that refuses")
                            counterpart = self._counterpart(drafts, subj)
                            if counterpart is not None:
                                recipients = [counterpart]
                                why.append(f"recipient: the other side of the earlier '{e.key}', "
                                           f"'{counterpart.text}'")
            if not actors and self._is_anaphoric_noun(info, trig):
                anaphoric = True
                why.append("anaphoric event noun: merges into an earlier event")
        elif trig.voice == "passive":
            patient = self._subject(info, trig)
            relative = trig.a > 0 and toks[trig.a - 1].lower == self.relativizer
            agent = self._after_word(info, trig, self.passive_agent, strong_only=False)
            if agent is None:
                nxt = self._object(info, trig, set(), max_gap=1)
                # (``dicecar sejumlah anggota Komisi VI``: a quantity word may stand before the agent)
                if nxt is not None and (nxt.tok_start == trig.b or all(
                        t.lower in self.skip_words for t in toks[trig.b:nxt.tok_start])):
                    agent = nxt
            if agent is not None:
                actors = self._coordinated(info, agent, len(toks))  # ``ditengahi oleh AS dan Prancis``
                why.append(f"actor: passive agent '{', '.join(a.text for a in actors)}'")
            if patient is None and actors and e.cameo.startswith(("045", "046")):
                # ``Kesepakatan itu ditengahi oleh AS``: a mediation is between the sides of what it brought about
                seg_a = self._segment_of(info, trig.a)[0]
                told = next((d for d in reversed(drafts) if d.actors and d.recipients
                             and any(tr.a >= seg_a and tr.b <= trig.a and self._is_anaphoric_noun(info, tr)
                                     and tr.entry.type == d.entry.type for tr in self._triggers(info.sent))), None)
                if told is not None:
                    recipients = list(told.actors) + list(told.recipients)
                    why.append(f"recipients: the sides of the '{told.trigger_text}' it brought about")
            if toks[trig.a].lower in self.hosting_passives and (
                    relative or patient is None or agent is None or patient.entity.kind not in ("person", "group")
                    or any(t.lower in self.statement_nouns or t.lower in self.act_nouns
                           for t in toks[self._segment_of(info, trig.a)[0]:trig.a])):
                # ``Usulan pemerintah diterima DPR``, ``siaran pers yang diterima wartawan``: a thing received is no
                # visit (only people received by someone, told as what happened)
                return self._reject(info, trig, "what is received is no visitor")
            if patient is not None and agent is None and e.type in ("RETREAT", "MOBILIZE") \
                    and patient.entity.sector in ARMED_SECTORS \
                    and not patient.rule.endswith(("+dateline", "+none", "+article", "+place")):
                # ``pasukan X ditarik mundur``, ``300 personel Brimob diterjunkan``: forces moved with no one named
                # moving them are the side that moves (a bare ``kapal perang`` whose side only the dateline gives
                # is not named enough)
                actors = [patient]
                why.append(f"actor: the forces moved, '{patient.text}'")
            elif patient is not None:
                recipients = [patient]
                why.append(f"recipient: passive subject '{patient.text}'")
            elif actors and not recipients and e.type in self.reactive_types:
                earlier = self._earlier_act_subject(info, trig, drafts)
                if earlier is not None:
                    # ``Tuduhan itu dibantah X``, ``Klaim tersebut ditolak oleh X``: X answers the one who made it
                    keys = {_key_entity(a.entity) for a in actors}
                    recipients = [m for m in earlier.actors if _key_entity(m.entity) not in keys]
                    why.append(f"recipient: the actor of the earlier '{earlier.trigger_text}' it answers")
        elif trig.voice == "noun" and trig.a > 0 and toks[trig.a - 1].lower in self.reaction_verbs:
            # ``Penolakan Iran ... memicu kecaman dari Prancis, Jerman, dan Inggris``; ``X menuai kritik dari Y``
            source = self._after_word(info, trig, self.source_preps, strong_only=False)
            if source is not None and source.tok_start - trig.b <= 4:
                actors = self._coordinated(info, source, len(toks))
                why.append(f"actor: who the reaction comes from, '{source.text}'")
                cause = next((d for d in drafts_in_sentence if d.actors and d.trigger_end <= trig.a - 1
                              and self._segment_of(info, d.trigger_end - 1)[0] == 0), None)
                if cause is not None:
                    recipients = list(cause.actors)
                    why.append(f"recipient: the doer of what drew it, '{cause.trigger_text}'")
                else:
                    subj = self._subject(info, Trigger(e, trig.a - 1, trig.a, "active"))
                    if subj is not None:
                        recipients = [subj]
                        why.append(f"recipient: what drew it, '{subj.text}'")
        elif trig.voice == "noun":
            poss = self._possessor(info, trig)
            condemned = self._condemned_for(info, trig) if poss is None else None
            announcer = self._light_verb_subject(info, trig) if poss is not None and e.mode == "arrest" \
                and poss.entity.sector not in ARRESTING_SECTORS else None  # (``penangkapan polisi X terhadap Y``)
            if announcer is not None and announcer.entity.sector in ARRESTING_SECTORS:
                # ``Kejaksaan mengumumkan penangkapan seorang warga negara Jerman``: the one arrested follows the
                # noun; the force that announces the arrest made it
                actors, recipients = [announcer], [poss]
                why.append(f"actor: the force that tells of it, '{announcer.text}'")
            elif poss is not None:
                actors = [poss]
                why.append(f"actor: possessor of event noun '{poss.text}'")
            elif condemned is not None:
                actors = [condemned]
                why.append(f"actor: the one condemned for it, '{condemned.text}'")
            else:
                subj = self._light_verb_subject(info, trig)
                if subj is not None:
                    actors = self._coordinated(info, subj, trig.a)
                    why.append(f"actor: subject of light verb '{subj.text}'")
                else:
                    agent = self._noun_agent(info, trig)
                    if agent is not None:
                        actors = [agent]
                        why.append(f"actor: agent of the passive that tells of the noun, '{agent.text}'")
                    else:
                        giver = self._noun_source(info, trig)
                        if giver is not None:
                            actors = [giver]
                            why.append(f"actor: whom the event noun comes from, '{giver.text}'")
            obj = self._after_word(info, trig, preps, strong_only=False) if preps else None
            if obj is None and actors and e.frame == TRANSITIVE:
                after = Trigger(trig.entry, trig.a, max(trig.b, actors[-1].tok_end), trig.voice)
                obj = self._object(info, after, preps, max_gap=10, cross=self.purpose_words)
                if obj is not None and any(obj is a for a in actors):
                    obj = None
            if obj is None and actors and e.type in self.reactive_types:
                # ``Penolakan Korea Utara terhadap tawaran dialog dari Seoul``: whose offer is refused
                src = self._source(info, Trigger(trig.entry, trig.a, max(trig.b, actors[-1].tok_end), trig.voice))
                if src is not None and all(_key_entity(src.entity) != _key_entity(a.entity) for a in actors):
                    recipients = [src]
                    why.append(f"recipient: the source of what is reacted to, '{src.text}'")
            if obj is None and actors:
                # ``Bantuan dari Uni Eropa belum diterima warga Gaza``: who receives what the noun gives
                seg_end = self._segment_of(info, trig.a)[1]
                k = next((k for k in range(trig.b, seg_end - 1) if toks[k].lower in self.receiving_verbs), None)
                if k is not None:
                    taker = next((m for m in info.mentions if m.tok_start == k + 1), None)
                    if taker is not None and self._usable(info, taker) and all(taker is not a for a in actors):
                        obj = taker
            if obj is not None and e.type == "ASSAULT" and obj.entity.kind in COUNTRY_KINDS \
                    and self._introduced_by(toks, obj.tok_start, self.locative_preps, max_nouns=3):
                # ``serangan udara Israel di sejumlah desa di Lebanon selatan``: where it struck, so its people
                obj = _party_of_place(obj, obj.text, obj.entity.country, "CVL", "attacked place")
            if obj is not None:
                recipients = [obj]
                why.append(f"recipient: '{obj.text}'")
            if self._is_anaphoric_noun(info, trig) and (not actors or self._has_earlier(drafts, e.type, actors)):
                anaphoric = True
                why.append("anaphoric event noun: merges into an earlier event")
        else:  # active verb
            subj = self._shared_speaker.get((info.sent.index, trig.a)) or self._shared_subject(
                info, trig, drafts_in_sentence)
            if subj is None:
                subj = self._subject(info, trig, purpose=True)
            if subj is None and self.syntax is not None:
                # the word-order rules found no subject: ask the parser which actor the verb's subject is
                subj = self._parsed_subject(info, trig)
                if subj is not None:
                    why.append(f"actor: the parser's subject (nsubj) of '{toks[trig.a].text}', '{subj.text}'")
            if subj is not None:
                if e.frame == PATIENT:
                    recipients = self._coordinated(info, subj, trig.a)
                    agent = self._after_word(info, trig, self.passive_agent | self.cause_words, strong_only=False)
                    if agent is not None:
                        actors = [agent]
                else:
                    actors = self._coordinated(info, subj, trig.a)
                    why.append("actor: subject " + ", ".join(f"'{a.text}'" for a in actors))
            if e.frame in (TRANSITIVE, INTRANSITIVE) and actors:
                found, how = self._active_recipient(info, trig, actors, history, drafts)
                if found:
                    recipients = found
                    why.append(how)
            if toks[trig.a].lower in self.hosting_actives and trig.b - trig.a == 1 and not (
                    recipients and recipients[0].sentence == info.sent.index
                    and trig.b <= recipients[0].tok_start <= trig.b + 1):
                # ``Presiden menerima Perdana Menteri Malaysia``: people received are a visit; ``menerima bantuan``,
                # ``menerima laporan``: a thing received is not
                return self._reject(info, trig, "what is received is no visitor")

        seg0 = self._segment_of(info, trig.a)[0]
        if toks[seg0].lower in self.purpose_words and seg0 > 0 and toks[seg0 - 1].lower in self.complement_nouns:
            return self._reject(info, trig, f"what '{toks[seg0 - 1].text} {toks[seg0].text}' names, not an event")
        if self._embedded(info, trig):
            return self._reject(info, trig, "the content of an agreement, accusation, demand or threat, "
                                            "not an event of its own")
        if self._topic(info, trig):
            return self._reject(info, trig, "an event noun talked about (a topic), not an event")
        if trig.voice == "noun" and self._generic(toks, trig.a):
            return self._reject(info, trig, "a kind of event ('setiap serangan'), not one that happened")
        if trig.voice == "noun" and self._part_of_earlier(info, trig):
            return self._reject(info, trig, "what the event named before consists of ('sanksi berupa ...')")
        if e.type in ("REQUEST", "ACCUSE", "REJECT", "THREATEN") and actors and not recipients:
            responded = self._responded_to(info, actors)
            if responded is not None:
                recipients = [responded]
                why.append(f"recipient: the one whose act is responded to, '{responded.text}'")
        if e.type == "PROTEST" and actors and not recipients:
            target = self._after_word(info, trig, self.protest_preps, strong_only=False)
            if target is not None and target.tok_start - trig.b <= 12:
                recipients = [target]
                why.append(f"recipient: the protest's target '{target.text}'")
        actor_keys = {_key_entity(a.entity) for a in actors}
        state_countries = {a.entity.country for a in actors if a.entity.sector not in NON_STATE_SECTORS}
        # nobody acts on themselves, nor an arm of a state on its own state (``Iran`` for an Iranian
        # spokesman); students, workers or rebels may well act on their own state (``di depan Istana``)
        recipients = [r for r in recipients if _key_entity(r.entity) not in actor_keys
                      and not (r.entity.kind in COUNTRY_KINDS and r.entity.country in state_countries)]
        if e.type == "THREATEN" and recipients:
            # ``akan mengambil langkah yang diperlukan untuk melindungi perusahaan China``: who a warning protects
            # is not who it warns
            kept = [r for r in recipients if not self._protected(toks, trig.b, r.tok_start)]
            if len(kept) < len(recipients):
                why.append("recipient: not who the warning protects")
            recipients = kept
        if e.type == "THREATEN" and recipients and all(r.entity.country in state_countries
                                                       and r.entity.sector not in NON_STATE_SECTORS
                                                       for r in recipients):
            # ``Katz memperingatkan bahwa militer Israel akan ... jika Hizbullah tidak dilucuti``: a state
            # warns others with its own forces; the one warned is the other party the sentence names
            stop = next((k for k in range(trig.b, len(toks)) if toks[k].text in (".", ";")), len(toks))
            other = next((m for m in info.mentions if trig.b <= m.tok_start < stop and self._usable(info, m)
                          and m.entity.country not in state_countries
                          and not self._introduced_by(toks, m.tok_start, self.locative_preps, max_nouns=3)), None)
            recipients = [other] if other is not None else []
            if other is not None:
                why.append(f"recipient: the other party named, '{other.text}', not the speaker's own forces")
        if e.type == "AGREE" and len(actors) == 1 and not recipients and not symmetric:
            # ``Kami bersedia menambah pasokan migas ke pasar Indonesia``: who the offer is for (two
            # subjects, ``X dan Y menyetujui ...``, agree with each other)
            own = {a.entity.country for a in actors}
            stop = next((k for k in range(trig.b, len(toks)) if toks[k].text in (".", ";")
                         or toks[k].lower in self.contrast_words), len(toks))  # (``..., sementara UNICEF ...``)
            other = next((m for m in info.mentions if trig.b <= m.tok_start < min(stop, trig.b + 12)
                          and self._usable(info, m) and m.entity.country not in own
                          and not self._mediator(toks, m)
                          and self._before_word(toks, m.tok_start) not in self.channel_words), None)
            # (``disalurkan melalui organisasi kemanusiaan``: the channel aid goes through is not who gets it)
            if other is not None:
                recipients = [other]
                why.append(f"recipient: the other side named in what is offered, '{other.text}'")
        if e.type == "THREATEN" and actors and not recipients:
            # ``memperingatkan bahwa Israel akan menyerang kembali jika Hizbullah melanggar``: the threat is
            # made to the one whose act would set it off
            cond = next((k for k in range(trig.b, len(toks)) if toks[k].lower in self.conditional_words), None)
            if cond is not None and not any(t.text in (".", ";") for t in toks[trig.b:cond]):
                target = next((m for m in info.mentions if cond < m.tok_start <= cond + 3 and self._usable(info, m)),
                              None)
                if target is not None:
                    recipients = [target]
                    why.append(f"recipient: whose act would set the threat off, '{target.text}'")
        if not actors and not anaphoric and trig.voice == "passive" and e.type == "COERCE" and not relative:
            speaker = self._reporting_officer(info, trig)
            if speaker is not None:
                # ``Kapolres X mengatakan 23 orang diamankan``: the force that reports an arrest made it
                actors = [speaker]
                why.append(f"actor: the security official who reports it, '{speaker.text}'")
            else:
                # ``Polisi membubarkan kerumunan itu ... Sebelas nelayan ditangkap``: the force that acted just before
                force = next((d for d in self._recent(drafts, info.sent.index, 1) if d.actors
                              and d.entry.type in ("COERCE", "ASSAULT") and d.modality == "asserted"
                              and all(a.entity.sector in ARRESTING_SECTORS for a in d.actors)), None)
                if force is not None:
                    actors = list(force.actors)
                    why.append(f"actor: the force of '{force.trigger_text}' just before")
        if not actors and not anaphoric:
            if trig.voice == "passive" and relative:
                return self._reject(info, trig, "a passive in a relative clause describes, it does not report")
            told = self._hurt_in(info, trig, recipients, drafts) if e.frame == PATIENT else None
            if told is not None:
                # ``... ditembaki oleh KKB`` ... ``pilot pesawat itu terluka di bahu``: hurt in the attack just told
                keys = {_key_entity(m.entity) for m in told.recipients}
                own = {(a.entity.country, a.entity.sector) for a in told.actors}
                # (``Tiga warga dan dua polisi terluka`` after police fired tear gas: the hurt police are no target)
                hurt = [r for r in recipients if _key_entity(r.entity) not in keys
                        and (r.entity.country, r.entity.sector) not in own]
                told.recipients += hurt
                if info.sent.index not in told.sentences:
                    told.sentences.append(info.sent.index)
                if hurt:
                    told.explanation.append(f"recipient: {', '.join(repr(r.text) for r in hurt)}, hurt in it "
                                            f"(sentence {info.sent.index + 1})")
                return self._reject(info, trig, f"a victim of '{told.trigger_text}', told just before")
            if recipients and e.type in ("ASSAULT", "COERCE") and e.frame in (PATIENT, TRANSITIVE):
                pass  # a victim with no named perpetrator is still a reportable attack
            else:
                if e.type in self.material_types:
                    # ``Serangan drone menghantam gardu listrik di Atbara, Selasa (1/7)`` ... ``drone tersebut
                    # diluncurkan oleh RSF``: the attack may find its actor in a later sentence
                    place, score = self._place(info, trig)
                    self._pending.append(Draft(e, " ".join(t.text for t in toks[trig.a:trig.b]), [], recipients,
                                               "asserted", info.attribution, [info.sent.index],
                                               self._date(info, trig), place, score, False, 0.7, list(why)))
                return self._reject(info, trig, "no codable actor found for its frame")
        if anaphoric and not drafts:
            return self._reject(info, trig, "refers back to an event, but none came before")
        modality, mod_why = self._modality(info, trig)
        if mod_why:
            why.append(mod_why)
        if e.type == "RETREAT" and trig.b + 1 < len(toks) and toks[trig.b].lower in self.yield_preps \
                and toks[trig.b + 1].text.islower() \
                and not any(m.tok_start == trig.b + 1 and m.entity.country for m in info.mentions):
            # ``nelayan menyerah pada ombak``: giving in to a thing, not to a side
            return self._reject(info, trig, "giving in to a thing, not to a side")
        if e.mode == "access" and trig.b < len(toks) and toks[trig.b].lower in self.road_words:
            # ``membuka akses jalan yang tertutup longsor``: clearing a road is work, not letting anyone through
            return self._reject(info, trig, "opening a road is work, not granting access")
        if e.type == "AGREE" and any(t.lower in self.comment_words for t in toks[trig.b:trig.b + 4]):
            # ``perusahaan belum bersedia memberikan tanggapan``: willing (or not) to comment is no agreement
            return self._reject(info, trig, "being willing to comment is no agreement")
        if e.key in self.warning_keys and modality != "future":
            # ``Islamabad belum mengambil tindakan tegas``: firm action taken (or not) is no warning; only
            # ``akan mengambil langkah tegas`` warns
            return self._reject(info, trig, "a firm step is a warning only when it is announced ('akan ...')")
        refused = self._refusal(info, trig) if modality == "negated" and actors else None
        if refused is not None and e.type in _REFUSALS:
            # ``tidak akan melanjutkan dialog``, ``menolak untuk bertemu``: refusing to cooperate is an act
            e = TriggerEntry(e.key, e.match, "REJECT", None, _REFUSALS[e.type], e.frame, e.preps)
            modality, symmetric = "asserted", False
            why.append(f"type: '{refused}' refuses what the trigger names: REJECT, asserted")
        attempt = modality == "hypothetical" and any(f"'{w}'" in mod_why for w in self.attempt_words)
        date_m = self._date(info, trig)
        if date_m is not None:
            why.append(f"date: '{date_m.text}' -> {date_m.value.isoformat()}")
        place, score = self._place(info, trig)
        # an act that needs no one to be done to (a protest, a deployment) is whole without a recipient
        whole = e.frame == INTRANSITIVE or e.type in self.self_contained_types or collective
        confidence = 0.45 + (0.2 if actors else -0.1) + (0.15 if recipients else 0.1 if whole else 0)
        confidence += 0.1 if any(a.entity.kb_id for a in actors + recipients) else 0
        if trig.clitic_object:
            confidence -= 0.05
        if any(a.rule.startswith("quoted-speaker") for a in actors):
            confidence -= 0.1  # a quote mostly restates what the report already said the speaker did
        if modality == "hypothetical" and not recipients:
            confidence -= 0.1  # ``tidak menutup kemungkinan menetapkan tersangka baru``: a possibility, at no one
        if anaphoric:
            confidence = 0.3
        if attempt:
            confidence -= 0.3  # ``berusaha mencapai kesepakatan``: trying is not doing
            why.append("confidence: only attempted")
        actors, recipients = self._expand_sides(actors), self._expand_sides(recipients)
        return Draft(e, " ".join(t.text for t in toks[trig.a:trig.b]), actors, recipients, modality,
                     info.attribution, [info.sent.index], date_m, place, score, symmetric, min(confidence, 0.95),
                     why, anaphoric, trig.b, trig.a)

    def _refusal(self, info: SentenceInfo, trig: Trigger) -> str | None:
        """The refusal cue (``tidak akan``, ``menolak untuk``, ``enggan``) before the trigger or its light verb."""
        toks = info.sent.tokens
        verb = self._light_verb(info, trig) if trig.voice == "noun" else None
        at = verb.a if verb is not None else trig.a
        lowers = [t.lower for t in toks[max(0, at - 4):at]]
        for cue in self.refusal_cues:
            n = len(cue)
            if any(tuple(lowers[i:i + n]) == cue for i in range(len(lowers) - n + 1)):
                return " ".join(cue)
        return None

    @staticmethod
    def _counterpart(drafts: list[Draft], side: ActorMention) -> ActorMention | None:
        """The other side of the latest exchange ``side`` took part in."""
        key = (side.entity.country, side.entity.sector)
        for d in reversed(drafts):
            sides = [(m, (m.entity.country, m.entity.sector)) for m in d.actors + d.recipients]
            if any(k == key for _, k in sides):
                other = next((m for m, k in sides if k != key), None)
                if other is not None:
                    return other
        return None

    def _noun_agent(self, info: SentenceInfo, trig: Trigger) -> ActorMention | None:
        """``drone tersebut diluncurkan oleh RSF``, ``serangan itu dilakukan Hamas``, ``bom mobil yang diledakkan
        kelompok Al-Shabaab``: who did what the noun names."""
        toks = info.sent.tokens
        j = trig.b
        while j < len(toks) and j - trig.b < 2 and (toks[j].lower in self.anaphors or toks[j].lower in self.skip_words
                                                    or toks[j].lower == self.relativizer):
            j += 1
        if j >= len(toks) or toks[j].prefix != "di" or not toks[j].text.islower():
            return None
        if toks[j].root in self.response_roots or any(
                tr.a == j and tr.entry.type in ANSWER_TYPES for tr in self._triggers(info.sent)):
            # ``Tuduhan itu dibantah X``, ``Ancaman itu ditanggapi oleh X``: who answers an act did not do it
            return None
        k = j + 1
        if k < len(toks) and toks[k].lower in self.passive_agent:
            k += 1
        # ``diledakkan kelompok Al-Shabaab``: a common noun or two may come before the name
        m = next((m for m in info.mentions if k <= m.tok_start <= k + 2 and all(
            t.text.isalpha() and t.text.islower() and t.prefix not in self.verb_prefixes
            for t in toks[k:m.tok_start])), None)
        return m if m is not None and self._usable(info, m) else None

    def _noun_source(self, info: SentenceInfo, trig: Trigger) -> ActorMention | None:
        """``Bantuan pangan dari Uni Eropa``, ``kecaman keras dari Turki``: the event noun's doer after ``dari``."""
        toks = info.sent.tokens
        for m in info.mentions:
            if m.tok_start <= trig.b or m.tok_start > trig.b + 3:
                continue
            between = toks[trig.b:m.tok_start - 1]
            if toks[m.tok_start - 1].lower in self.source_preps and all(
                    t.text.isalpha() and t.text.islower() and t.prefix not in self.verb_prefixes
                    for t in between) and self._usable(info, m) and not self._mediator(toks, m):
                return m
        return None

    def _active_recipient(self, info: SentenceInfo, trig: Trigger, actors: list[ActorMention],
                          history: list[ActorMention], drafts: list[Draft]) -> tuple[list[ActorMention], str]:
        """Who an active verb is done to, trying the constructions from the most to the least specific."""
        e = trig.entry
        toks = info.sent.tokens
        actor_keys = {_key_entity(a.entity) for a in actors}

        def fresh(m: ActorMention | None) -> bool:
            return m is not None and _key_entity(m.entity) not in actor_keys

        if e.frame == TRANSITIVE and e.match == "near":
            inside = next((m for m in info.mentions if trig.a < m.tok_start and m.tok_end <= trig.b
                           and fresh(m) and self._usable(info, m)), None)  # (or the second word: ``~ orang``)
            if inside is not None:  # ``menetapkan Gubernur X sebagai tersangka``: the object sits in between
                return [inside], f"recipient: object '{inside.text}'"
        if e.frame == TRANSITIVE:
            earlier = self._event_object(info, trig, drafts)  # ``mengecam serangan itu``
            if earlier is not None and earlier.actors:
                # as named: a country named as a whole is its state (GOV), even when its army did the attack
                return list(earlier.actors), f"recipient: the actor of the earlier '{earlier.trigger_text}'"
            obj = self._object(info, trig, set(e.preps) | self.target_preps)
            if fresh(obj):
                objs = [m for m in self._coordinated(info, obj, len(toks)) if fresh(m)]  # ``AS atau Israel``
                return objs, f"recipient: object '{', '.join(m.text for m in objs)}'"
            named = self._namely(info, trig)
            if fresh(named):
                objs = [m for m in self._coordinated(info, named, len(toks)) if fresh(m)]
                return objs, f"recipient: the object named after '{toks[named.tok_start - 1].text}' " \
                             f"'{', '.join(m.text for m in objs)}'"
            if trig.b < len(toks) and toks[trig.b].lower in self.complementisers:  # ``menuduh bahwa X ...``
                obj = next((m for m in info.mentions if trig.b < m.tok_start <= trig.b + 5
                            and self._usable(info, m)), None)
                if fresh(obj):
                    return [obj], f"recipient: subject of the complement clause '{obj.text}'"
        elif e.preps:
            obj = self._after_word(info, trig, set(e.preps), strong_only=False)
            if fresh(obj):
                objs = [m for m in self._coordinated(info, obj, len(toks)) if fresh(m)]
                return objs, f"recipient: after '{self._before_word(toks, obj.tok_start)}' " \
                             f"'{', '.join(m.text for m in objs)}'"
        if trig.clitic_object:  # ``menuduhnya``
            obj = self._clitic_referent(history, actors[0])
            if fresh(obj):
                return [obj], f"recipient: '-nya' refers back to '{obj.text}'"
        if e.type == "REQUEST":  # ``menyerukan gencatan senjata dengan Thailand``
            partner = self._after_word(info, trig, self.joint_preps, strong_only=False)
            if fresh(partner) and partner.tok_start - trig.b <= 8:
                return [partner], f"recipient: the other side of what is requested, '{partner.text}'"
        if e.type in self.reactive_types:  # ``menolak usulan yang diajukan oleh Israel``
            src = self._source(info, trig)
            if fresh(src):
                return [src], f"recipient: the source of what is reacted to, '{src.text}'"
        return [], ""

    def _namely(self, info: SentenceInfo, trig: Trigger) -> ActorMention | None:
        """``menahan dua tersangka baru dalam perkara itu, yakni X dan Y``: who a common-noun object is."""
        toks = info.sent.tokens
        for k in range(trig.b, min(len(toks) - 1, trig.b + 10)):
            if toks[k].text in (";", "."):
                return None
            if toks[k].text == "," and toks[k + 1].lower in self.namely_words:
                # the first of the list we can code (``yakni X berinisial AS dan Direktur PT Y berinisial HW``)
                stop = next((j for j in range(k + 2, len(toks)) if toks[j].text in (";", ".")), len(toks))
                return next((m for m in info.mentions if k + 2 <= m.tok_start < stop and self._usable(info, m)),
                            None)
        return None

    def _responded_to(self, info: SentenceInfo, actors: list[ActorMention]) -> ActorMention | None:
        """``Menanggapi serangan Israel, X menyerukan ...``: a demand or protest answers the one who acted."""
        toks = info.sent.tokens
        if not toks or toks[0].lower not in self.response_words:
            return None
        end = next((i for i, t in enumerate(toks) if t.text == ","), None)
        if end is None:
            return None
        keys = {_key_entity(a.entity) for a in actors}
        return next((m for m in info.mentions if m.tok_end <= end and self._usable(info, m)
                     and _key_entity(m.entity) not in keys), None)

    def _source(self, info: SentenceInfo, trig: Trigger) -> ActorMention | None:
        """``menolak usulan ... yang diajukan oleh Israel``, ``tawaran dialog dari Seoul``: whose proposal."""
        toks = info.sent.tokens
        for m in info.mentions:
            if m.tok_start <= trig.b or m.tok_start > trig.b + 9 or not self._usable(info, m):
                continue
            between = toks[trig.b:m.tok_start]
            if any(t.text in (",", ";", ".") or t.lower in self.clause_openers for t in between):
                return None
            if self._before_word(toks, m.tok_start) in self.source_preps:
                return None if self._mediator(toks, m) else m
        return None

    def _mediator(self, toks: list[Token], m: ActorMention) -> bool:
        """Is ``m`` the agent of a go-between's verb (``jeda yang ditengahi (oleh) Mesir``)? It is no party to it."""
        k = m.tok_start - 1
        if k >= 0 and toks[k].lower in self.source_preps:
            k -= 1
        if k >= 0 and toks[k].root in self.mediating_roots and toks[k].prefix in self.passive_prefixes:
            return True
        # ``dengan Menteri Luar Negeri Oman sebagai penengah``: named as the go-between
        j = m.tok_end
        return j + 1 < len(toks) and toks[j].lower in self.role_words and toks[j + 1].lower in self.mediator_nouns

    def _event_object(self, info: SentenceInfo, trig: Trigger, drafts: list[Draft]) -> Draft | None:
        """``membantah tuduhan itu``, ``mengecam serangan tersebut``: the object is an earlier event."""
        toks = info.sent.tokens
        for other in self._triggers(info.sent):
            if trig.b <= other.a <= trig.b + 1 and other.voice == "noun":
                nxt = [t.lower for t in toks[other.b:other.b + 2]]
                if any(w in self.anaphors for w in nxt):
                    same = [d for d in drafts if d.entry.type == other.entry.type and d.actors]
                    if not same:  # ``penggerebekan tersebut`` after ``ditembak mati``: the same kind of act
                        quad = QUAD_CLASS[other.entry.type]
                        same = [d for d in drafts if QUAD_CLASS[d.entry.type] == quad and d.actors]
                    return same[-1] if same else None
        # a phrase trigger may end in the event noun: ``membantah tuduhan`` + ``itu``
        nxt = [t.lower for t in toks[trig.b:trig.b + 2]]
        if trig.b - trig.a > 1 and any(w in self.anaphors for w in nxt):
            last = toks[trig.b - 1]
            types = {x.type for x in self.trigger_index.get(last.root, []) + self.trigger_index.get(last.lower, [])
                     if x.match != "phrase"}
            same = [d for d in drafts if d.entry.type in types and d.actors]
            return same[-1] if same else None
        # ``menyayangkan keputusan tersebut``, ``mengecam langkah itu``: a word for any act refers to the last one
        k = trig.b
        while k < len(toks) and toks[k].lower in self.object_adverbs:
            k += 1  # ``mengecam keras aksi tersebut``
        # (``membantah versi tersebut``, ``mengecam pernyataan itu``: a word for what was said, the last statement)
        if k + 1 < len(toks) and (toks[k].lower in self.act_nouns or toks[k].lower in self.statement_nouns) \
                and toks[k + 1].lower in self.anaphors:
            same = [d for d in drafts if d.actors and not d.anaphoric and d.modality == "asserted"]
            return same[-1] if same else None
        return None

    def _reporting_officer(self, info: SentenceInfo, trig: Trigger) -> ActorMention | None:
        """The police, army or prosecution official whose words (``X mengatakan ...``) report the trigger."""
        toks = info.sent.tokens
        for m in info.mentions:
            if m.tok_end >= trig.a or m.entity.sector not in ARRESTING_SECTORS \
                    or not self._usable(info, m, True):
                continue
            k = m.tok_end
            while k < trig.a and k - m.tok_end < 2 and toks[k].lower in self.adverb_skip:
                k += 1
            if k < trig.a and toks[k].lower in self.speech_verbs:
                return m
        return None

    def _means_of_earlier(self, info: SentenceInfo, trig: Trigger, drafts_in_sentence: list[Draft]) -> Draft | None:
        """``membubarkan massa dengan gas air mata``: an event noun right after ``dengan`` is how the act
        told just before it in the same clause was done."""
        toks = info.sent.tokens
        if trig.voice != "noun" or trig.a == 0 or toks[trig.a - 1].lower not in self.instrument_preps:
            return None
        seg_a = self._segment_of(info, trig.a)[0]
        return next((d for d in reversed(drafts_in_sentence) if d.actors and seg_a <= d.trigger_start
                     and d.trigger_end < trig.a), None)

    def _part_of_earlier(self, info: SentenceInfo, trig: Trigger) -> bool:
        """``menjatuhkan sanksi berupa pembekuan aset dan larangan bepergian``: the nouns after ``berupa``
        spell out the event named before it, in the same clause."""
        toks = info.sent.tokens
        seg_a = self._segment_of(info, trig.a)[0]
        k = next((k for k in range(trig.a - 1, seg_a, -1) if toks[k].lower in self.consisting_words), None)
        if k is None or any(t.text in (";", ".") for t in toks[k:trig.a]):
            return False
        return any(other.b <= k and other.a >= seg_a for other in self._triggers(info.sent))

    def _generic(self, toks: list[Token], a: int) -> bool:
        """``setiap serangan``, ``segala bentuk kekerasan``: a determiner that makes the noun any such event."""
        k = a - 1
        if k >= 0 and toks[k].lower in self.kind_nouns:
            k -= 1
        return k >= 0 and toks[k].lower in self.generic_determiners

    def _is_verb(self, t: Token, prefixes: frozenset[str] | tuple[str, ...] | None = None) -> bool:
        """A lower-case word with a verb prefix (of ``prefixes``, by default any) that is no function word:
        ``menewaskan``, ``dituduh``, but not ``di`` or ``menurut``."""
        return t.prefix in (self.verb_prefixes if prefixes is None else prefixes) and t.text.islower() \
            and t.text.isalpha() and t.lower not in self.function_words

    def _modifier_word(self, t: Token) -> bool:
        """A demonstrative, an auxiliary or an adverb: a lower-case word that is no verb (``itu``, ``langsung``)."""
        return t.lower in self.anaphors or t.lower in self.adverb_skip or (
            t.text.isalpha() and t.text.islower() and t.prefix not in self.verb_prefixes)

    def _earlier_act_subject(self, info: SentenceInfo, trig: Trigger, drafts: list[Draft]) -> Draft | None:
        """The earlier event a passive verb's subject refers back to: ``Tuduhan itu dibantah``, ``Klaim
        tersebut ditolak``. An event noun refers to the last event of its type; a word for any act or
        statement to the last asserted event told before."""
        toks = info.sent.tokens
        seg_a = self._segment_of(info, trig.a)[0]
        k = trig.a - 1
        while k > seg_a and trig.a - k <= 3 and toks[k].lower not in self.anaphors and self._modifier_word(toks[k]):
            k -= 1
        if k <= seg_a or toks[k].lower not in self.anaphors or k - 1 < seg_a:
            return None
        done = [d for d in drafts if d.actors and not d.anaphoric and d.sentences[0] < info.sent.index]
        noun = next((tr for tr in self._triggers(info.sent) if tr.b == k and tr.voice == "noun"), None)
        if noun is not None:
            same = [d for d in done if d.entry.type == noun.entry.type]
            return same[-1] if same else None
        if toks[k - 1].lower in self.act_nouns or toks[k - 1].lower in self.statement_nouns:
            said = [d for d in done if d.modality == "asserted"]
            return said[-1] if said else None
        return None

    def _shared_subject(self, info: SentenceInfo, trig: Trigger,
                        drafts_in_sentence: list[Draft]) -> ActorMention | None:
        """``X mengutuk ... dan mendesak Y``: a coordinated predicate shares the first one's subject."""
        toks = info.sent.tokens
        k = trig.a - 1
        while k >= 0 and toks[k].lower in self.adverb_skip | self.sequence_words:
            k -= 1
        serial = k > 0 and toks[k].text == "," and any(
            self._is_verb(t, self.active_prefixes) for t in toks[self._segment_of(info, k)[0]:k])
        if k < 0 or (toks[k].lower not in self.and_words and toks[k].lower not in self.but_words and not serial):
            # (``menyambut baik ..., tetapi memperingatkan``: a contrast shares it too; so does a predicate in a
            # series after a comma: ``menaiki kapal itu, memukuli awaknya, lalu merampas ...``)
            return None
        for d in reversed(drafts_in_sentence):
            if d.actors and d.trigger_end <= k:
                return d.actors[0]
        # ``X mendekat dan meminta ...``: the first predicate is no event, but its subject is the same
        v = next((j for j in range(k - 1, -1, -1) if self._is_verb(toks[j], self.active_prefixes)), None)
        if v is None or any(t.text in (";", ".") or t.lower in self.complementisers for t in toks[v:k]):
            return None
        return self._subject(info, Trigger(trig.entry, v, v + 1, "active"))

    def _both_before(self, info: SentenceInfo, trig: Trigger) -> str | None:
        """``kedua pihak sepakat``, ``keduanya bertemu``: the subject is the two sides named before."""
        toks = info.sent.tokens
        seg_a, _ = self._segment_of(info, trig.a)
        lowers = [t.lower for t in toks]
        for words in self.both_words:
            n = len(words)
            for i in range(max(seg_a, trig.a - n - 3), trig.a - n + 1):
                if tuple(lowers[i:i + n]) == words:
                    return " ".join(words)
        for i in range(max(seg_a, trig.a - 4), trig.a - 1):
            if lowers[i] in self.both_determiners and toks[i + 1].text.islower() and toks[i + 1].text.isalpha():
                return f"kedua {lowers[i + 1]}"  # ``kedua menteri``, ``kedua delegasi``
        # ``Pembicaraan keduanya``: the possessor of a joint event noun
        if trig.voice == "noun" and trig.b < len(toks) and (toks[trig.b].lower,) in self.both_words:
            return toks[trig.b].lower
        return None

    def _plural(self, info: SentenceInfo, m: ActorMention) -> bool:
        """``para pemimpin ASEAN``, ``kedua negara``, or an intergovernmental body."""
        toks = info.sent.tokens
        if m.entity.country in self.cues.get("coordinating_bodies", ()):
            return True
        k = m.tok_start - 1
        return k >= 0 and toks[k].lower in self.cues.get("plural_markers", ())

    @staticmethod
    def _has_earlier(drafts: list[Draft], type_: str, actors: list[ActorMention]) -> bool:
        # (the same side, however named: ``Permintaan bantuan itu disampaikan Menteri Luar Negeri Nepal`` after
        # ``Pemerintah Nepal meminta bantuan``)
        keys = {(a.entity.country, a.entity.sector) for a in actors}
        return any(d.entry.type == type_ and keys & {(a.entity.country, a.entity.sector) for a in d.actors}
                   for d in drafts[-6:])

    def _topic(self, info: SentenceInfo, trig: Trigger) -> bool:
        """``membahas kerja sama``, ``tentang serangan itu``: an event noun talked about is a topic, not an event."""
        if trig.voice != "noun":
            return False
        toks = info.sent.tokens
        k = trig.a - 1
        while k >= 0 and toks[k].lower in self.skip_words | self.topic_skip:
            k -= 1
        return k >= 0 and toks[k].lower in self.topic_markers and self._condemned_for(info, trig) is None

    def _condemned_for(self, info: SentenceInfo, trig: Trigger) -> ActorMention | None:
        """Who a verb of disapproval earlier in the sentence condemns for the event noun ``trig``, if any."""
        for verb in self._triggers(info.sent):
            if verb.b < trig.a:
                who = self._disapproved_deed(info, self._as_predicate(info, verb), trig)
                if who is not None:
                    return who
        return None

    def _as_predicate(self, info: SentenceInfo, trig: Trigger) -> Trigger:
        """A bare root right after its subject or an auxiliary is a predicate: ``X dan Y sepakat``."""
        toks = info.sent.tokens
        if trig.voice == "noun" and not toks[trig.a].prefix and trig.a > 0 and (
                toks[trig.a - 1].lower in self.auxiliaries or any(m.tok_end == trig.a for m in info.mentions)
                or (toks[trig.a - 1].text == "," and trig.a < len(toks) - 1
                    and self._before_apposition(info, self._segment_of(info, trig.a)[0], trig) is not None)):
            # (``Ribuan pekerja PT X, perusahaan nikel di Y, mogok kerja``: after an apposition too)
            return Trigger(trig.entry, trig.a, trig.b, "active", trig.clitic_object)
        return trig

    def _speech_accusations(self, info: SentenceInfo, history: list[ActorMention],
                            drafts: list[Draft]) -> tuple[list[Draft], set[int]]:
        """``X menyebut Israel melakukan agresi``, ``X mengklaim bahwa Y berusaha mengacaukan ...``.

        A speaker who says another did something hostile, or calls them something
        hostile, accuses them: ACCUSE from the speaker to the one spoken of. What
        is said is not asserted by the text, so the triggers inside it are not
        events of their own (their token positions are returned).
        """
        toks = info.sent.tokens
        lowers = [t.lower for t in toks]
        out: list[Draft] = []
        content: set[int] = set()
        accusing = self.accusing_speech
        for k in [k for k, w in enumerate(lowers) if w in accusing]:
            t = toks[k]
            if k in info.excluded:
                continue
            fake = Trigger(self._allege, k, k + 1, "active", clitic_object=t.lower.endswith(self.clitic))
            speaker = self._subject(info, fake)
            seg_a = self._segment_of(info, k)[0]
            if speaker is None and lowers[seg_a] in self.manner_words:
                # ``X menyatakan dukungan ... dengan menyebut Y ...``: said by the main clause's subject
                earlier = [sg for sg in info.segments if sg[1] <= seg_a]
                speaker = self._subject_in(info, earlier[-1][0], seg_a) if earlier else None
            if speaker is None and k > 0 and lowers[k - 1] == self.relativizer:
                # ``mengutip sumber dari tim negosiasi X yang mengklaim``: the quoted source is the speaker
                speaker = next((m for m in info.mentions if m.tok_end == k - 1 and m.entity.country
                                and m.entity.sector != "MED"), None)
            if speaker is None:
                continue
            trig_at = {tr.a for tr in self._triggers(info.sent)}
            # what is said ends at the sentence's end, or where the speaker goes on to do something else:
            # ``menyebut serangan itu teror ... dan meminta AS ...``
            # (or where ``sementara``/``sedangkan`` hands over to another speaker: ``..., sementara Zakharova
            # memperingatkan ...``)
            end = next((j for j in range(k + 1, len(toks)) if toks[j].text in (".", ";")
                        or (lowers[j] in self.and_words and j + 1 < len(toks) and j + 1 in trig_at
                            and toks[j + 1].prefix in self.active_prefixes)
                        or (lowers[j] in self.contrast_words and j > k + 1 and toks[j - 1].text == ",")),
                       len(toks))
            if end < len(toks) and lowers[end] in self.and_words:
                self._shared_speaker[(info.sent.index, end + 1)] = speaker  # ``... dan menuduh Manila``: the speaker
            start = k + 1
            while start < end and (lowers[start] in self.complementisers or toks[start].text == ","):
                start += 1
            target: list[ActorMention] = []
            # the one spoken of opens what is said: ``menyebut Israel melakukan ...``, ``bahwa Netanyahu ...``
            m = next((m for m in info.mentions if m.tok_start == start
                      or (m.tok_start == start + 1 and (lowers[start] in self.skip_words or (
                          toks[start].text.isalpha() and toks[start].text.islower()
                          and toks[start].prefix not in self.active_prefixes + self.passive_prefixes)))), None)
            m = m if m is not None and self._usable(info, m) else None
            if m is not None:
                target = [m]
            else:
                earlier = self._event_object(info, Trigger(self._allege, k, start, "active"), drafts)
                if earlier is not None and earlier.actors:
                    target = list(earlier.actors)
                elif fake.clitic_object:
                    ref = self._clitic_referent(history, speaker)
                    target = [ref] if ref is not None else []
            if not target or any(_key_entity(x.entity) == _key_entity(speaker.entity)
                                 or (x.entity.kind in COUNTRY_KINDS and x.entity.country == speaker.entity.country)
                                 or (x.entity.kind != "person" and x.entity.country == speaker.entity.country
                                     and x.entity.sector == speaker.entity.sector)
                                 for x in target):
                continue  # a government speaking of its own country is no accusation
            span = range(start, end)
            if speaker.entity.sector in STATE_FORCE_SECTORS and all(
                    x.entity.country == speaker.entity.country and x.entity.sector in ARMED_SECTORS - {"REB"}
                    for x in target):
                # ``Kementerian Pertahanan Rusia mengklaim pasukannya telah merebut desa ...``: a state claiming
                # what its own forces did reports their deed (on its word); it accuses no one
                for tr in self._triggers(info.sent):
                    if start <= tr.a < end and tr.entry.type in self.material_types:
                        self._reported[(info.sent.index, tr.a)] = speaker.text
                continue
            said = set(lowers[start:end])
            hostile = bool(said & self.negative_words) or any(
                tuple(lowers[i:i + len(p)]) == p for p in self.negative_phrases for i in span)
            inner = [tr for tr in self._triggers(info.sent) if start <= tr.a < end]
            hostile = hostile or any(tr.entry.type in self.conflict_types for tr in inner)
            if not hostile:
                continue
            if t.lower in self.reporting_verbs and any(tr.entry.type in self.material_types for tr in inner):
                # ``Menlu Ukraina mengatakan bahwa Rusia meluncurkan 100 drone``: a report of a deed, coded
                # as the deed on the speaker's word, not as a quarrel between speaker and doer
                for tr in inner:
                    self._reported[(info.sent.index, tr.a)] = speaker.text
                continue
            content.update(span)
            why = [f"trigger: '{t.text}' says another did or is something hostile -> ACCUSE/allege",
                   f"actor: the speaker '{speaker.text}'", f"recipient: the one spoken of '{target[0].text}'"]
            modality, mod_why = self._modality(info, fake)
            if mod_why:
                why.append(mod_why)
            date_m = self._date(info, fake)
            out.append(Draft(self._allege, t.text, [speaker], target, modality, info.attribution, [info.sent.index],
                             date_m, None, 0, False, 0.7, why, False, k + 1))
        quoted = self._quoted_accusation(info, history)
        if quoted is not None:
            draft, span = quoted
            out.append(draft)
            content.update(span)
        return out, content

    def _quoted_accusation(self, info: SentenceInfo,
                           history: list[ActorMention]) -> tuple[Draft, range] | None:
        """``"Israel melakukan genosida," kata Menteri Luar Negeri Iran``: the speaker comes after the quote."""
        toks = info.sent.tokens
        lowers = [t.lower for t in toks]
        if not toks or toks[0].text not in ("\"", "\u201c"):
            return None  # only a real quotation: ``, kata X`` after a plain sentence is attribution
        k = next((i for i in range(2, len(toks)) if lowers[i] in self.quote_tags
                  and any(t.text in ("\"", "\u201d") for t in toks[i - 2:i])), None)
        if k is None:
            return None
        speaker = next((m for m in info.mentions if m.tok_start > k and m.entity.country
                        and m.entity.kind != "media"), None)
        if speaker is None and lowers[k].endswith(self.clitic):
            speaker = next((m for m in reversed(history) if m.entity.kind == "person" and m.entity.country), None)
        if speaker is None:
            return None
        span = range(0, k)
        said = set(lowers[0:k])
        hostile = bool(said & self.negative_words) or any(
            tuple(lowers[i:i + len(p)]) == p for p in self.negative_phrases for i in span) or any(
            tr.entry.type in self.conflict_types for tr in self._triggers(info.sent) if tr.a < k)
        target = next((m for m in info.mentions if m.tok_end <= k and m.entity.country
                       and m.entity.kind != "media"), None)
        if not hostile or target is None or (target.entity.country == speaker.entity.country and (
                target.entity.kind in COUNTRY_KINDS or target.entity.sector == speaker.entity.sector)):
            return None
        why = [f"trigger: a quote says something hostile about '{target.text}'; said by '{speaker.text}' "
               f"('{toks[k].text}') -> ACCUSE/allege"]
        fake = Trigger(self._allege, k, k + 1, "active")
        return Draft(self._allege, toks[k].text, [speaker], [target], "asserted", None, [info.sent.index],
                     self._date(info, fake), None, 0, False, 0.7, why, False, k + 1), span

    def _reject(self, info: SentenceInfo, trig: Trigger, reason: str) -> None:
        """Record why a trigger gave no event (for ``warta explain``)."""
        words = " ".join(t.text for t in info.sent.tokens[trig.a:trig.b])
        self.rejected.append(Rejection(info.sent.index, words, trig.entry.type, reason))
        return None

    def _embedded(self, info: SentenceInfo, trig: Trigger) -> bool:
        """Is the trigger inside the content of an accusation or demand (``menuduhnya merusak ...``)?

        What X is accused of, or asked to do, is not asserted by the text: it is
        part of the accusation or request event, not an event of its own.
        """
        toks = info.sent.tokens
        if trig.a > 0 and toks[trig.a - 1].lower in self.reaction_verbs:
            return False  # ``... memicu kecaman dari X``: the reaction is asserted, whatever came before
        for other in self._triggers(info.sent):
            if other.b > trig.a or other.a == trig.a:
                continue
            other = self._as_predicate(info, other)
            if other.entry.type not in self.complement_types or other.voice == "passive":
                continue
            if other.voice == "noun" and self._is_anaphoric_noun(info, other):
                # ``Tuduhan itu dibantah X``: the earlier act is the subject of the verb, not its frame;
                # ``Menanggapi ancaman itu, X meminta ...``: a noun that points back has no content of its own
                continue
            if other.entry.type == "AGREE" and (other.voice != "active" or (
                    other.b < len(toks) and toks[other.b].lower in self.purpose_words)):
                continue  # ``komitmennya untuk mempertahankan ...`` states the act itself
            if other.entry.type == "THREATEN" and any(
                    t.lower in self.conditional_words for t in toks[other.b:trig.a]):
                return True  # ``mengancam ... jika X menyerang``: the condition belongs to the threat
            if self._disapproved_deed(info, other, trig) is not None:
                continue  # ``mengecam Beijing atas latihan militer``: what one condemns did happen
            if self._in_condition(toks, other.a) and any(t.text == "," for t in toks[other.b:trig.a]):
                continue  # ``Apabila X menolak ..., Y akan ...``: the comma closes the condition; Y's act is main
            first = toks[other.b] if other.b < trig.a else None
            # (``mengancam akan mengerahkan massa ... dan memblokade``: a content in the future is verbal too)
            verbal_complement = first is not None and (first.prefix in self.active_prefixes + self.passive_prefixes
                                                       or first.lower in self.complementisers
                                                       or (first.lower,) in self.modality_cues.get("future", ()))
            joined = trig.a > 0 and toks[trig.a - 1].lower in self.and_words | self.continuation_words
            # ``menyerukan semua pihak menghentikan pertempuran dan membuka akses``: joined to a verb of the
            # content, the second verb is content too (a verb in a relative clause does not count)
            inner_verb = any(self._is_verb(t) and toks[k - 1].lower != self.relativizer
                             for k, t in enumerate(toks[other.b:trig.a - 1], other.b) if k > 0)
            if joined and not verbal_complement and not inner_verb:
                continue  # ``mengutuk serangan itu dan mendesak Y``: a coordinated predicate with its own object
            between = toks[other.b:trig.a]
            # a name counts as one word (``permintaan Badan Energi Atom Internasional (IAEA) untuk memeriksa``)
            inside = {i for m in info.mentions if other.b <= m.tok_start and m.tok_end <= trig.a
                      for i in range(m.tok_start + 1, m.tok_end)}
            # a second verb joined to a verbal content is content however long the first one's object
            # (``mengancam akan mengerahkan massa yang lebih besar dan memblokade ...``)
            if len(between) - len(inside) <= (12 if joined and verbal_complement else 6) and not any(
                    t.text in (".", ";") or t.lower in self.contrast_words for t in between):
                return True
        return False

    def _disapproved_deed(self, info: SentenceInfo, verb: Trigger, trig: Trigger) -> ActorMention | None:
        """``X mengecam Y atas <event noun>``: Y, when ``trig`` is the deed a verb of disapproval condemns Y for."""
        toks = info.sent.tokens
        if verb.entry.type != "ACCUSE" or verb.entry.mode != "disapprove" or trig.voice != "noun" \
                or trig.a < 2 or toks[trig.a - 1].lower not in self.grounds_preps:
            return None
        obj = next((m for m in info.mentions if m.tok_end == trig.a - 1 and m.tok_start >= verb.b), None)
        return obj if obj is not None and obj.tok_start - verb.b <= 1 and self._usable(info, obj) else None

    def _in_condition(self, toks: list[Token], i: int) -> bool:
        """Is token ``i`` in a clause a conditional word opens (``jika``, ``apabila``) that no comma has closed?"""
        for k in range(i - 1, -1, -1):
            if toks[k].text in (",", ";", ".", ":"):
                return False
            if toks[k].lower in self.conditional_words:
                return True
        return False

    def _possessor(self, info: SentenceInfo, trig: Trigger) -> ActorMention | None:
        """``penolakan Netanyahu``, ``kunjungan kenegaraan Macron``: whose act the event noun names."""
        toks = info.sent.tokens
        for m in info.mentions:
            if m.tok_start == trig.b and self._usable(info, m):
                return m
            if m.tok_start == trig.b + 1 and self._usable(info, m):
                w = toks[trig.b]
                # one word may come between (``kunjungan kenegaraan Macron``, ``pertemuan tertutup DK PBB``),
                # but not an active verb: in ``mogok kerja menentang Istana`` the name is what is opposed
                verb = bool(self.active_prefixes) and w.prefix == self.active_prefixes[0]
                if w.lower in self.skip_words or (w.text.isalpha() and w.text.islower() and not verb and w.lower not in
                                                   self.object_blockers | self.subject_blockers | self.boundaries_flat
                                                   | self.and_words | self.anaphors):
                    return m
        return None

    def _light_verb(self, info: SentenceInfo, trig: Trigger) -> Trigger | None:
        """The light verb that carries an event noun: ``melancarkan serangan``, ``ikut serta dalam KTT``."""
        toks = info.sent.tokens
        for k in range(trig.a - 1, max(-1, trig.a - 7), -1):
            phrase = next((p for p in self.light_phrases_by_last.get(toks[k].lower, ())
                           if tuple(t.lower for t in toks[k - len(p) + 1:k + 1]) == p), None)
            if phrase:
                return Trigger(trig.entry, k - len(phrase) + 1, k + 1, "active")
            if toks[k].text in (",", ";", ".") or toks[k].lower in self.boundaries_flat:
                break
            if toks[k].lower in self.light_verbs:
                return Trigger(trig.entry, k, k + 1, "active")
        return None

    def _light_verb_subject(self, info: SentenceInfo, trig: Trigger) -> ActorMention | None:
        verb = self._light_verb(info, trig)
        if verb is None or info.sent.tokens[verb.a].lower in self.happening_verbs:
            return None  # ``apabila terjadi serangan teror``: what happens is the noun itself, not a doer's act
        return self._subject(info, verb)

    # ------------------------------------------------------- modality & dates
    def _modality(self, info: SentenceInfo, trig: Trigger) -> tuple[str, str]:
        toks = info.sent.tokens
        seg_a, _ = self._segment_of(info, trig.a)
        if trig.voice == "noun":
            verb = self._light_verb(info, trig)
            if verb is not None:
                # ``akan ikut serta dalam konferensi``: the light verb's clause holds the modality
                mod, why = self._modality_before(info, verb, self._segment_of(info, verb.a)[0])
                if mod != "asserted":
                    return mod, why + " (before the light verb)"
        if trig.voice == "noun" and trig.a == seg_a:
            # an event noun as subject takes the modality of its predicate:
            # ``Pertemuan antara X dan Y ... batal digelar``, ``KTT itu akan berlangsung``: the last
            # such verb of the sentence is the main one (``yang direncanakan berlangsung`` only describes)
            stop = next((k for k in range(trig.b, len(toks)) if toks[k].text in (".", ";")), len(toks))
            preds = [k for k in range(trig.b + 1, stop) if toks[k].lower in self.light_verbs]
            if preds:
                k = preds[-1]
                pred = Trigger(trig.entry, k, k + 1, "active")
                mod, why = self._modality_before(info, pred, max(trig.b, k - 3))
                if mod != "asserted":
                    return mod, why + " (predicate of the event noun)"
        if toks[seg_a].lower in self.purpose_words and seg_a > 0 and trig.voice == "active":
            # ``... bertolak ke Seoul untuk bertemu ...``: what one sets out to do has not happened yet
            prev = [sg for sg in info.segments if sg[1] <= seg_a]
            if prev:
                mod, why = self._modality_before(info, Trigger(trig.entry, seg_a, seg_a + 1, "active"), prev[-1][0])
                if mod != "asserted":
                    return mod, why + " (main clause of the purpose clause)"
            if toks[seg_a - 1].root not in self.purpose_heads:
                return "future", f"modality: future, purpose clause '{toks[seg_a].text} ...'"
        return self._modality_before(info, trig, seg_a)

    def _modality_before(self, info: SentenceInfo, trig: Trigger, seg_a: int) -> tuple[str, str]:
        toks = info.sent.tokens
        lo = max(seg_a, trig.a - self.modality_window)
        # hypothetical conditions may open the sentence: ``Jika X menyerang, ...``
        found: dict[str, tuple[int, tuple[str, ...]]] = {}
        for i in range(0, trig.a):
            for mod, order, cue in self._modality_index.get(toks[i].lower, ()):
                if mod != "hypothetical" and i < lo:
                    continue
                if tuple(t.lower for t in toks[i:i + len(cue)]) != cue:
                    continue
                if mod == "negated" and any(tuple(t.lower for t in toks[i:i + len(x)]) == x
                                            for x in self.negation_exceptions):
                    continue
                if mod == "negated" and self._own_conjunct(toks, i, trig.a):
                    continue
                if mod == "hypothetical" and i < seg_a and cue[0] not in self.conditional_words:
                    continue
                if mod not in found or order < found[mod][0]:
                    found[mod] = (order, cue)  # the cue listed first wins, as the table orders them
        for mod in ("hypothetical", "negated", "future"):
            if mod in found:
                return mod, f"modality: {mod} from '{' '.join(found[mod][1])}'"
        return "asserted", ""

    def _own_conjunct(self, toks: list[Token], i: int, a: int) -> bool:
        """Does the verb at ``a`` open a predicate of its own, coordinated after the clause a cue at ``i``
        belongs to (``menilai polisi tidak berpihak kepada perusahaan dan mendesak Kapolda ...``)? Only
        when that clause has a verb and more after it: ``tidak menyerang dan menjarah`` denies both."""
        j = a - 1
        while j > i and toks[j].lower in self.function_words and toks[j].lower not in self.and_words:
            j -= 1  # (``dan juga mendesak``)
        if j <= i + 2 or toks[j].lower not in self.and_words:
            return False
        return any(t.prefix in self.verb_prefixes for t in toks[i + 1:j - 1])

    def _date(self, info: SentenceInfo, trig: Trigger) -> DateMention | None:
        toks = info.sent.tokens
        dates = [d for d in info.dates if not self._after_until(info, trig, d)]
        inside = [d for d in dates if self._in_relative_at(info, self._token_of(info, d))]
        if inside and not self._in_relative_at(info, trig.a):
            # (``mengecam serangan ... yang, menurut PBB, menewaskan 40 warga pada awal Februari, dan mendesak``:
            # the day in a relative clause set off by commas after a predicate is what its object did, not the
            # predicate's; one on the subject, ``Hamzan, yang ditemui ... pada Rabu sore, membantah``, is the day)
            first = min((t.a for t in self._triggers(info.sent) if t.voice != "noun"
                         and not (t.a > 0 and toks[t.a - 1].lower == self.relativizer)
                         and not self._in_relative_at(info, t.a)), default=len(toks))
            dates = [d for d in dates if d not in inside or self._token_of(info, d) < first]
        if not dates:
            return None
        seg_a, seg_b = self._segment_of(info, trig.a)
        lo, hi = toks[seg_a].start, toks[seg_b - 1].end
        if trig.voice == "noun" and seg_b - trig.b <= 3 and seg_b < len(toks) and toks[seg_b].lower == self.relativizer:
            # ``kesepakatan yang diteken ... pada 28 Desember``, ``latihan militer berskala besar yang digelar ...
            # sejak Senin (13/10)``: the relative clause right after an event noun dates what the noun names
            rel_b = self._segment_of(info, seg_b)[1]
            if rel_b < len(toks) and toks[rel_b].lower in self.since_words:
                rel_b = self._segment_of(info, rel_b)[1]  # ``... yang digelar di sekitar Taiwan | sejak Senin (13/10)``
            rel = [d for d in dates if toks[seg_b].start <= d.start < toks[rel_b - 1].end]
            if rel:
                return rel[0]
        own = [d for d in dates if lo <= d.start < hi]
        if own:
            # (``yang sejak Maret lalu resah ..., menggelar aksi ..., Senin (14/7)``: a day beats when a state began)
            return next((d for d in own if not self._since(info, d)), own[0])
        # ``Pada Minggu, X ...``: a date that opens the sentence scopes over all of it
        opening = [d for d in dates if d.start <= toks[min(1, len(toks) - 1)].start]
        if opening:
            return opening[0]
        # ``X mendesak Y kembali ke meja perundingan untuk membahas ..., Selasa (23/9).``: a day that closes
        # the sentence after a comma dates its main clause (the first trigger)
        closing = [d for d in dates if self._closes_sentence(info, d)]
        if closing and closing[-1].precision in ("month", "year") and any(
                d.precision == "day" and not d.anaphoric for d in dates):
            closing = []  # ``..., Kamis (29/1), yang menjadi pertemuan pertama tahun ini``: the day, not the year
        if closing and trig.a == min(t.a for t in self._triggers(info.sent)):
            return closing[-1]
        # ``... disampaikan saat menghadiri pertemuan pada Jumat (25/7)``: a when-clause dates its main clause
        nxt = [sg for sg in info.segments if sg[0] >= seg_b]
        if nxt and toks[nxt[0][0]].lower in self.temporal_words:
            a, b = toks[nxt[0][0]].start, toks[nxt[0][1] - 1].end
            when = [d for d in dates if a <= d.start < b]
            if when:
                return when[0]
        # a date in a clause that holds no other trigger belongs to the whole sentence
        other_trigger_segments = set()
        for t in self._triggers(info.sent):
            if t.a != trig.a and not (t.voice == "passive" and t.a > 0 and toks[t.a - 1].lower == self.relativizer):
                # (``Hamzan, yang ditemui ... pada Rabu sore, membantah``: a passive in a relative clause only
                # describes, so its day is the sentence's)
                other_trigger_segments.add(self._segment_of(info, t.a))
        for d in dates:
            i = next((k for k, t in enumerate(toks) if t.start <= d.start < t.end or t.start >= d.start), 0)
            seg = self._segment_of(info, i)
            if self._since(info, d) and seg[0] > 0 and toks[self._segment_of(info, seg[0] - 1)[0]].lower \
                    == self.relativizer:
                continue  # ``pembatasan ... yang berlaku sejak Maret``: when the thing described began
            if seg[0] > trig.a and toks[seg[0]].lower in self.before_after_words and any(
                    self._is_verb(t) for t in toks[seg[0]:seg[1]]):
                continue  # ``meminta bantuan setelah gempa mengguncang ... pada Senin``: the day of what came first
            if seg not in other_trigger_segments:
                return d
        return None

    @staticmethod
    def _token_before(sent: Sentence, d: DateMention) -> Token | None:
        """The word right before a date expression, if any."""
        return next((t for t in reversed(sent.tokens) if t.end <= d.start), None)

    @staticmethod
    def _token_of(info: SentenceInfo, d: DateMention) -> int:
        """Index of the first token of a date expression (the sentence's length if none is)."""
        return next((k for k, t in enumerate(info.sent.tokens) if t.start >= d.start), len(info.sent.tokens))

    def _in_relative_commas(self, info: SentenceInfo, d: DateMention) -> bool:
        """Is the date inside a relative clause opened by ``, yang`` and not yet closed by a comma?"""
        return self._in_relative_at(info, self._token_of(info, d))

    def _in_relative_at(self, info: SentenceInfo, i: int) -> bool:
        """Is token ``i`` inside a relative clause opened by ``, yang`` (or ``yang,``) that no comma has closed?"""
        toks = info.sent.tokens
        commas = [k for k in range(i - 1, -1, -1) if toks[k].text == ","]
        for n, k in enumerate(commas):
            if k + 1 < len(toks) and toks[k + 1].lower == self.relativizer:
                return True
            if k > 0 and toks[k - 1].lower == self.relativizer:
                return True  # ``yang, menurut laporan PBB,``: the aside's opening comma, inside the clause
            opening = commas[n + 1] if n + 1 < len(commas) else None
            if opening is None or opening == 0 or toks[opening - 1].lower != self.relativizer:
                return False
            # the comma closing an aside right after ``yang,``: the clause goes on past it
        return False

    def _since(self, info: SentenceInfo, d: DateMention) -> bool:
        """``sejak April 2023``: the start of a state of affairs, not the day of a happening."""
        w = self._token_before(info.sent, d)
        return w is not None and w.lower in self.since_words

    def _after_until(self, info: SentenceInfo, trig: Trigger, d: DateMention) -> bool:
        """``menunda impor hingga musim giling berakhir pada September``: a date in the clause ``hingga`` opens
        ends what is asked or done; it is not the day it was asked. A comma or another trigger closes that clause
        (``menembaki ... hingga tiga orang terluka, Senin (14/7)``: Monday is the shooting's)."""
        toks = info.sent.tokens
        at = self._token_of(info, d)
        until = next((k for k in range(at - 1, -1, -1) if toks[k].lower in self.until_words), None)
        if until is None or any(t.text == "," for t in toks[until:at]) or until < trig.a < at:
            return False  # (a trigger inside the clause is dated by it)
        # (``menunda impor hingga ... pada September, sekaligus meminta BPK``: nor the next predicate's day)
        return not any(until < t.a < at for t in self._triggers(info.sent))

    def _until(self, info: SentenceInfo, d: DateMention) -> bool:
        """``berlangsung hingga 4 September``: the end of a span, not the day of a happening."""
        w = self._token_before(info.sent, d)
        return w is not None and w.lower in self.until_words

    @staticmethod
    def _closes_sentence(info: SentenceInfo, d: DateMention) -> bool:
        toks = info.sent.tokens
        before = [t for t in toks if t.end <= d.start]
        after = [t for t in toks if t.start >= d.end]
        return bool(before) and before[-1].text == "," and all(not t.text.isalnum() for t in after)

    # ------------------------------------------------------------------ place
    def _place(self, info: SentenceInfo, trig: Trigger | None) -> tuple[PlaceMention | None, int]:
        toks = info.sent.tokens
        best: tuple[int, PlaceMention] | None = None
        placed = info.placed
        for p in info.places:
            i = p.tok_start
            if trig is not None and trig.a < i and any(t.lower in self.quote_tags for t in toks[trig.b:i]):
                continue  # ``..., kata Menlu Sugiono di Jakarta``: where it was said, not where it happens
            if trig is not None and trig.entry.type in self.verbal_types and trig.b <= i and (
                    any(trig.b <= o.a < i for o in self._triggers(info.sent))
                    or any(t.lower in self.content_openers for t in toks[trig.b:i])) \
                    and not self._in_noun_relative(info, trig, i):
                continue  # ``menyerukan agar China menghentikan tekanan di Laut China Selatan``: what is asked
            if trig is not None and self._place_object(toks, trig, i):
                # ``mempertahankan kontrol militer atas Koridor Philadelphia``, ``menduduki Rafah``
                if best is None or best[0] < 2:
                    best = (2, p)
                continue
            k = self._place_preposition(toks, i, placed)
            if k is None:
                continue
            before = {t.lower for t in toks[max(0, k - 3):k]} | {t.root for t in toks[max(0, k - 3):k]}
            score = 1
            if before & self.arrival:
                score = 3
            elif k == 0 and trig is not None and p.tok_end < trig.a and p.tok_end < len(toks) \
                    and toks[p.tok_end].text == ",":
                score = 3  # ``Di Lome, ribuan pendukung junta berunjuk rasa ...``: an opening place scopes over it
            elif toks[k].lower in self.goal_preps and trig is not None and self._goes_there_to(info, trig, k):
                score = 2  # ``melanjutkan perjalanan ke Kairo untuk bertemu ...``: the meeting is where one goes
            elif toks[k].lower in self.goal_preps and not (trig is not None and trig.entry.type == "ASSAULT"
                                                 and trig.a < k and self._segment_of(info, k) == self._segment_of(
                                                     info, trig.a)):
                continue  # where someone goes is not where it happens, but where a missile goes is
            elif before & self.topic_nouns:
                continue
            elif trig is not None and trig.a <= i and (self._segment_of(info, i) == self._segment_of(info, trig.a)
                                                       or self._in_noun_relative(info, trig, i)):
                score = 2  # (``kesepakatan yang diteken ... di Kuala Lumpur``: where what the noun names happened)
            if best is None or score > best[0]:
                best = (score, p)
        return (best[1], best[0]) if best else (None, 0)

    def _in_noun_relative(self, info: SentenceInfo, trig: Trigger, i: int) -> bool:
        """Is token ``i`` in the relative clause (``yang ...``) right after an event noun?"""
        toks = info.sent.tokens
        if trig.voice != "noun" or trig.b >= len(toks) or toks[trig.b].lower != self.relativizer:
            return False
        return self._segment_of(info, trig.b) == self._segment_of(info, i)

    def _goes_there_to(self, info: SentenceInfo, trig: Trigger, k: int) -> bool:
        """Is the trigger the purpose (``untuk ...``) of going to the place after ``ke`` at ``k``, in the clause
        right before it?"""
        seg_a, _ = self._segment_of(info, trig.a)
        toks = info.sent.tokens
        if seg_a == 0 or toks[seg_a].lower not in self.purpose_words or k >= seg_a:
            return False
        return self._segment_of(info, seg_a - 1) == self._segment_of(info, k)

    def _place_preposition(self, toks: list[Token], i: int, placed: set[int] | None = None) -> int | None:
        """Index of the ``di``/``ke`` that puts the place at ``i`` where something happens, if any.

        Between them may stand a few common nouns (``di kota baru``), a named venue
        (``di Istana Constantine St Petersburg, Rusia``) or the rest of an address.
        """
        placed = placed or set()
        k = i - 1
        lowers = capitals = 0
        needs_venue = False  # a capitalised word that is no place must belong to a named venue (``Istana X``)
        while k >= 0:
            t = toks[k]
            if t.lower in self.locative_preps:
                return None if needs_venue else k
            if t.lower in self.from_preps:
                return None
            if t.lower in self.venue_nouns or t.lower in self.finder.lex.home_units:
                needs_venue = False  # ``di Distrik Kiwirok, Kabupaten ...``: a named unit opens an address
                capitals += 1
            elif t.text.isalpha() and t.text.islower() and lowers < 3 and t.lower not in self.boundaries_flat:
                lowers += 1
            elif lowers:
                return None  # common words only right after ``di`` (``di kota baru X``), not inside an address
            elif t.text == "," and capitals < 6:
                if k == 0 or (k - 1 not in placed and toks[k - 1].lower not in self.venue_nouns
                              and not self._named_venue_before(toks, k)):
                    return None  # a comma continues an address only after a place or a named venue
                capitals += 1
            elif t.text[:1].isupper() and capitals < 6:
                needs_venue = needs_venue or k not in placed
                capitals += 1
            else:
                return None
            k -= 1
        return None

    def _place_object(self, toks: list[Token], trig: Trigger, i: int) -> bool:
        """Is the place at ``i`` what a territorial act is done to (its object, or after ``atas``)?"""
        if trig.entry.type not in self.territorial_types or i < trig.b:
            return False
        between = [t.lower for t in toks[trig.b:i]]
        if len(between) > 3 or any(not t.isalpha() for t in between):
            return False
        if not between:
            return trig.voice == "active"  # ``penembakan Israel``: after a noun, a name is whose act it is
        return between[-1] in self.territorial_preps

    def _named_venue_before(self, toks: list[Token], k: int) -> bool:
        """``Jalan Medan Merdeka Selatan,``: a run of capitalised words opened by a venue noun ends at ``k``."""
        j = k - 1
        while j >= 0 and k - j <= 6 and (toks[j].text[:1].isupper() or toks[j].text.isdigit()):
            if toks[j].lower in self.venue_nouns or toks[j].lower in self.finder.lex.home_units:
                return True
            j -= 1
        return False

    # ---------------------------------------------------------------- merging
    @staticmethod
    def _aim(drafts: list[Draft]) -> list[Draft]:
        """``X menyiapkan rudal untuk menyerang Y``: the planned attack is what the deployment aims at."""
        out = list(drafts)
        for mob in drafts:
            if mob.entry.type != "MOBILIZE":
                continue
            keys = {_key_entity(a.entity) for a in mob.actors}
            aim = next((d for d in drafts if d.entry.type in ("ASSAULT", "COERCE") and d.modality == "future"
                        and d.recipients and keys & {_key_entity(a.entity) for a in d.actors}), None)
            if aim is None or aim not in out:
                continue
            if not mob.recipients:
                mob.recipients = aim.recipients
                mob.explanation.append(f"recipient: the aim of the deployment, '{aim.trigger_text}' "
                                       + ", ".join(r.text for r in aim.recipients))
            mob.explanation.append(f"combined with the attack it prepares, '{aim.trigger_text}'")
            out.remove(aim)
        return out

    @staticmethod
    def _combine(drafts: list[Draft]) -> list[Draft]:
        """Join halves of one event told by two triggers of a sentence.

        ``17 warga tewas akibat tembakan pasukan Israel``: ``tewas`` knows the
        victims, ``tembakan`` the shooter. Same type, one without actor and one
        without recipient: one event.
        """
        out: list[Draft] = []
        for d in drafts:
            keys = lambda ms: {_side_key(m.entity) for m in ms}  # noqa: E731
            host = next((o for o in out if o.entry.type == d.entry.type and not o.anaphoric and not d.anaphoric
                         and d.actors and keys(d.actors) <= keys(o.actors)
                         and keys(d.recipients) <= keys(o.recipients)), None)
            if host is not None:
                if host.entry.mode is None and d.entry.mode is not None:
                    host.entry = d.entry
                host.date = host.date or d.date
                if d.location_score > host.location_score:
                    host.location, host.location_score = d.location, d.location_score
                host.explanation.append(f"combined with '{d.trigger_text}' in the same sentence")
                continue
            partner = next((o for o in out if o.entry.type == d.entry.type and not o.anaphoric and not d.anaphoric
                            and ((not o.actors and d.actors and not d.recipients)
                                 or (not o.recipients and o.actors and d.recipients and not d.actors))), None)
            if partner is None:
                out.append(d)
                continue
            if not partner.actors:
                partner.actors = d.actors
            else:
                partner.recipients = d.recipients
            if partner.entry.mode is None and d.entry.mode is not None:
                partner.entry = d.entry
            partner.date = partner.date or d.date
            if d.location_score > partner.location_score:
                partner.location, partner.location_score = d.location, d.location_score
            partner.confidence = max(partner.confidence, d.confidence) + 0.05
            partner.explanation.append(f"combined with '{d.trigger_text}' in the same sentence")
        return out

    def _same_side(self, a: list[ActorMention], b: list[ActorMention]) -> bool:
        return {_key_entity(m.entity) for m in a} == {_key_entity(m.entity) for m in b}

    def _merge_or_add(self, d: Draft, drafts: list[Draft], separate: bool = False) -> None:
        target = None
        if d.actors and not d.anaphoric and not separate:
            # ``Serangan drone menghantam Port Sudan ...`` then ``drone tersebut diluncurkan oleh RSF``: an act
            # told without its doer (kept for its victims, or waiting with none) takes the doer named just after
            orphan = next((p for p in [*reversed(drafts), *reversed(self._pending)] if p.entry.type == d.entry.type
                           and not p.actors and not p.anaphoric and p.modality == d.modality
                           and 0 < d.sentences[0] - max(p.sentences) <= 2), None)
            if orphan is not None:
                if orphan in self._pending:
                    self._pending.remove(orphan)
                    drafts.append(orphan)
                orphan.actors = d.actors
                orphan.recipients = orphan.recipients or d.recipients
                orphan.date = orphan.date or d.date  # the act's own sentence tells its day first
                orphan.sentences.append(d.sentences[0])
                orphan.confidence = min(0.95, orphan.confidence + 0.15)
                orphan.explanation.append(f"actor: named in sentence {d.sentences[0] + 1}, "
                                          + ", ".join(a.text for a in d.actors))
                return
        if d.anaphoric:
            same_type = [p for p in drafts if p.entry.type == d.entry.type and not p.anaphoric
                         and d.sentences[0] - max(p.sentences) <= 3]
            if same_type:
                target = max(same_type, key=lambda p: max(p.sentences))
            if target is None:
                self.rejected.append(Rejection(d.sentences[0], d.trigger_text, d.entry.type,
                                               "refers back to an event, but none of its type came just before"))
                return
        elif not separate:
            for prev in reversed(drafts):
                if prev.entry.type != d.entry.type or prev.modality != d.modality:
                    continue
                if _different_places(prev.location, d.location):
                    continue
                if d.entry.type in self.material_types and prev.entry.mode and d.entry.mode \
                        and prev.entry.mode != d.entry.mode:
                    continue  # ``menembaki pesawat`` ... ``membakar gedung sekolah``: two deeds, done two ways
                same = self._same_side(prev.actors, d.actors) and (
                    self._same_side(prev.recipients, d.recipients)
                    # ``BEM UI berdemonstrasi`` ... ``demonstrasi ... terhadap pemerintah``: one protest, told twice
                    # (words are merged only when told one right after the other: two statements otherwise)
                    or (bool(prev.actors) and (not prev.recipients or not d.recipients)
                        and (d.entry.type not in self.verbal_types or d.sentences[0] - max(prev.sentences) <= 2)))
                if not same and (prev.symmetric or d.symmetric):
                    same = self._same_side(prev.actors, d.recipients) and self._same_side(prev.recipients, d.actors)
                if not same and d.entry.type in SYMMETRIC_TYPES:
                    # ``Mesir dan Qatar ... tuan rumah ... perundingan``: the same sides, however they were split
                    same = self._same_side(prev.actors + prev.recipients, d.actors + d.recipients)
                if not same:
                    continue
                if prev.date and d.date and prev.date.value != d.date.value \
                        and not (prev.date_from_context and d.date_from_context):
                    continue  # a day written in either report tells two happenings apart
                target = prev
                break
        if target is None:
            drafts.append(d)
            return
        for s in d.sentences:
            if s not in target.sentences:
                target.sentences.append(s)
        if target.date is None and d.date is not None:
            target.date = d.date
        if not target.recipients and d.recipients:
            target.recipients = d.recipients
            target.explanation.append(f"recipient: from sentence {d.sentences[0] + 1}, "
                                      + ", ".join(r.text for r in d.recipients))
        if d.location is not None and d.location_score > target.location_score:
            target.location, target.location_score = d.location, d.location_score
        target.attribution = target.attribution or d.attribution
        target.confidence = min(0.97, target.confidence + 0.05)
        target.explanation.append(f"merged: another mention in sentence {d.sentences[0] + 1} ('{d.trigger_text}')")

    def _hurt_in(self, info: SentenceInfo, trig: Trigger, victims: list[ActorMention],
                 drafts: list[Draft]) -> Draft | None:
        """The attack told in the last two sentences that a doer-less ``terluka``/``tewas`` reports a victim of:
        one of the same type with a doer, one-sided (a battle's dead are not a third side), on the same day as far
        as the text tells, and with a victim already or an armed doer (the dead told after a crowd burnt banners
        need not be the crowd's)."""
        if not victims:
            return None
        day = self._date(info, trig)
        return next((d for d in self._recent(drafts, info.sent.index, 2)
                     if d.entry.type == trig.entry.type and d.actors and not d.symmetric
                     and (d.recipients or all(a.entity.sector in ARMED_SECTORS for a in d.actors))
                     and not d.anaphoric and d.modality == "asserted"
                     and (day is None or d.date is None or day.value == d.date.value)), None)

    @staticmethod
    def _recent(drafts: list[Draft], sentence: int, within: int) -> Iterator[Draft]:
        """The drafts told in the ``within`` sentences before ``sentence`` (and in it), latest first."""
        for d in reversed(drafts):
            if sentence - max(d.sentences) > within:
                return
            yield d

    def _keep(self, d: Draft) -> bool:
        return not d.anaphoric and bool(d.actors or d.recipients)

    # ----------------------------------------------------------------- output
    def _finish(self, d: Draft, analysed: Analysed, infos: list[SentenceInfo]) -> Event:
        article = analysed.article
        # the location may come from any sentence of the event
        loc = d.location
        if loc is None and d.entry.cameo.startswith("043") and d.actors:
            a = d.actors[0]
            loc = self._country_place(a.entity.country, a)
        home = self._dateline_place.country if self._dateline_place is not None else None
        if loc is None and home and d.actors and d.modality == "asserted" and d.actors[0].entity.country == home \
                and (d.entry.type in self.verbal_types or d.entry.type == "CONSULT"
                     or (d.entry.type not in self.destination_types
                         and all(m.entity.country == home for m in d.actors + d.recipients))):
            # a statement at home, reported from home: the dateline is where it happened
            loc = self._dateline_place
        location = Location(loc.text, loc.name, loc.country, loc.lat, loc.lon, loc.geonameid,
                            _RESOLUTION.get(loc.kind, "city")) if loc else None
        mode = d.entry.mode
        if d.entry.type == "CONSULT" and mode in (None, "visit") and location and location.country \
                and d.recipients and d.actors:
            actor_c, recipient_c = d.actors[0].entity.country, d.recipients[0].entity.country
            if location.country == actor_c and location.country != recipient_c:
                # the host is the side whose country the meeting is in; the visitor is the actor
                d.actors, d.recipients = d.recipients, d.actors
                mode = "visit"
            elif location.country == recipient_c and location.country != actor_c:
                mode = "visit"
            elif mode is None and location.country not in (actor_c, recipient_c):
                mode = "third-party"
        if d.entry.type == "ASSAULT" or (d.entry.type == "MOBILIZE" and d.entry.mode != "police"):
            d.actors = [_as_military(m) for m in d.actors]  # a country that attacks or deploys: its military
            if d.entry.type == "ASSAULT" and d.symmetric:
                d.recipients = [_as_military(m) for m in d.recipients]  # ``perang X-Y``: two armies fight
        keys = {_key_entity(m.entity) for m in d.actors}
        d.recipients = [m for m in d.recipients if _key_entity(m.entity) not in keys]  # no side on both ends
        if len(d.actors) >= 2 and not d.recipients and d.entry.type in SYMMETRIC_TYPES:
            # ``Indonesia dan Malaysia menandatangani perjanjian``: the two sides of one act
            d.actors, d.recipients, d.symmetric = d.actors[:1], d.actors[1:], True
        evidence = [Evidence(infos[s].sent.text, infos[s].sent.start, infos[s].sent.end) for s in sorted(d.sentences)]
        key = f"{article.id}|{d.entry.type}|{sorted(d.sentences)}|{d.trigger_text}"
        eid = f"{article.id}-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
        return Event(
            article=article.id, id=eid, type=d.entry.type, mode=mode, cameo=d.entry.cameo,
            actor=[_actor(m) for m in d.actors], recipient=[_actor(m) for m in d.recipients],
            date=d.date.value.isoformat() if d.date else None,
            date_end=d.date.value_end.isoformat() if d.date and d.date.value_end else None,
            location=location, modality=d.modality, attribution=d.attribution, evidence=evidence,
            confidence=round(d.confidence, 3), trigger=d.trigger_text,
            date_precision=d.date.precision if d.date else None, symmetric=d.symmetric,
            explanation=d.explanation,
        )

    def _country_place(self, country: str | None, m: ActorMention) -> PlaceMention | None:
        if not country:
            return None
        for place in self.lang.places.values():
            if place.country == country and place.kind == "country":
                return PlaceMention(m.text, m.start, m.end, place.name, country, place.lat, place.lon,
                                    m.sentence, m.tok_start, m.tok_end, "country", place.geonameid)
        return None


_BLOCS = frozenset({"UNO", "IGO", "EUR", "NGO", "MNC"})
"""Codes of bodies that are no state: never one of ``kedua negara``."""

_REFUSALS = {"CONSULT": "125", "COOPERATE": "121", "AID": "122", "AGREE": "127", "RETREAT": "124",
             "CONCEDE": "124", "SUPPORT": "120"}
"""Cooperative types a refusal turns into REJECT, with the closest CAMEO code of the refusal."""

_THREAT_MODES = {"ASSAULT": "violence", "SANCTION": "restrict", "COERCE": None, "REJECT": None}
"""The THREATEN mode a conditional harm of each type becomes."""

_RESOLUTION = {"country": "country", "province": "admin1", "admin1": "admin1", "city": "city", "capital": "city",
               "site": "site", "sea": "site", "region": "site"}
"""Place kinds of the gazetteer -> the resolution written on the event line."""


def _different_places(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Two towns or sites of different names: two happenings, however alike."""
    if a is None or b is None or a.kind not in _LOCAL or b.kind not in _LOCAL:
        return False
    x, y = (a.name or a.text).lower(), (b.name or b.text).lower()
    return x not in y and y not in x


_LOCAL = {"city", "capital", "site"}


def _as_military(m: ActorMention) -> ActorMention:
    """A country named as the one that attacks stands for its armed forces."""
    e = m.entity
    if e.kind in COUNTRY_KINDS and e.sector == "GOV":
        return ActorMention(m.text, m.start, m.end, Entity(e.name, e.country, "MIL", e.kb_id, e.kind),
                            m.sentence, m.tok_start, m.tok_end, m.rule)
    return m


def _actor(m: ActorMention) -> Actor:
    e = m.entity
    return Actor(text=m.text, name=e.name, country=e.country, sector=e.sector, kb_id=e.kb_id)


def _trigger_index(lang: Language) -> dict[str, list[TriggerEntry]]:
    return lang.derived("coder.trigger_index", lang.trigger_index)
