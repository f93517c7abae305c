"""Indirect speech: ``X mengatakan (bahwa) …``, ``menurut X, …``, ``…, kata X.``.

The reported clause runs from after the verb (and ``bahwa``) to the end of
the sentence. A clause that holds a direct quote is left to the direct quote;
an indirect quote whose speaker cannot be identified is not reported (a
generic subject such as "para pengamat" names no one).
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import TypeVar

from kilas.annotate.quote_cues import Cue, apposed, described, subject_before
from kilas.annotate.quote_speakers import Found, Speakers, phrase_end, span_of, words
from kilas.lang.id.lexicon import word_tag
from kilas.lang.id.speech import (
    CLAUSE_LINKS,
    CONTENT_VERBS,
    CUE_VERBS,
    DEGREE_ADVERBS,
    FEELINGS,
    LINKED_VERBS,
    NOT_SAID,
    OBJECT_VERBS,
    PASSIVE_CUES,
    PLURAL_PRONOUNS,
    PREDICATE_WORDS,
    PRONOUNS,
    QUANTIFIERS,
    SECURED,
    SOURCE_NOUNS,
    SPEECH_ACT_NOUNS,
    SPEECH_NOUNS,
    TOPIC_WORDS,
)
from kilas.model import Article, Quote, Span

_S = TypeVar("_S", tuple[int, int], tuple[int, int, bool])
_CONTENT_VERB = re.compile(
    r"\b(?:" + "|".join(sorted(CONTENT_VERBS | LINKED_VERBS, key=len, reverse=True)) + r")\b"
)
_VERB_SHAPE = re.compile(r"(?:me(?:m|n|ng|ny)?|ber|di)[a-z]{3,}")
_PASSIVE = re.compile(
    r"\b[Dd]i(?:"
    + "|".join(sorted((w[2:] for w in PASSIVE_CUES), key=len, reverse=True))
    + r")(nya)?\b"
)
_COMMA_WORD = re.compile(r",\s*(\w+)[\s,]")
_EARLY_CUE = re.compile(
    r"(?:[\w-]+ ){1,3}(kata|ujar|lanjut|tambah|imbuh|tutur|ungkap|papar)"
    r" (dia|ia|beliau|[A-Z][\w'-]+)\b"
)
_NOT_SPEECH_AFTER = frozenset(
    {"yang", "dengan", "untuk", "tanpa", "cara", "sambil", "sembari", "setelah", "sebelum", "dan"}
    # "salah satu hal paling berat yakni memastikan …": a verb named, not an act of speech
    | {"yakni", "yaitu", "adalah", "ialah", "agar", "supaya", "guna"}
)
_MIN_WORDS = 3
_MODALS = frozenset({"bisa", "dapat", "boleh", "mampu"})
_MODAL_LIST = [[word] for word in sorted(_MODALS)]
# Words that open a setting between a verb and its "bahwa" ("mengatakan kepada wartawan, bahwa").
_SETTING_WORDS = frozenset(
    {"kepada", "dalam", "saat", "di", "pada", "usai", "seusai", "ketika", "juga", "pula", "lewat"}
)
_ALREADY_SAID = re.compile(r"(?:demikian|begitu|hal\s+(?:itu|ini|tersebut))\b", re.IGNORECASE)
_RELATED = re.compile(r"(?:baca|lihat|simak)(?:\s+(?:juga|pula))?\s*:", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"[\"“”«»]")
_STOP_MARK = re.compile(r"[.;:!?]")
_COMMA_NEXT = re.compile(r"\s*[,:]")
_BY = re.compile(r"(?:dari|oleh)\s+")
_BAHWA = re.compile(r"bahwa\s+")
_OPENING_CUES = frozenset(word.capitalize() for word in CUE_VERBS)  # "Kata Sugito, …"
_OPENING_LETTERS = frozenset(word[0] for word in _OPENING_CUES)
_END_PUNCT = " .,;:!?\"“”’'»)"


def _clause_start(text: str, verb_end: int, end: int) -> int:
    """Where the reported clause begins: after ``bahwa`` when it comes soon, else the verb."""
    found = words(text, verb_end, end)[:12]
    for i, (start, stop, word) in enumerate(found):
        if word.lower() in CLAUSE_LINKS:
            if i == 0 or found[0][2].lower() in _SETTING_WORDS:
                verb_end = stop
            break
        if _QUOTE_MARK.search(text, verb_end, start):
            break
    pos = verb_end
    while pos < end and text[pos] in " ,:":
        pos += 1
    return pos


def _link_at(text: str, verb_end: int, end: int, *, addressed: bool = False) -> int | None:
    """Where the complementiser after a verb ends (``bahwa``), or None.

    It comes first, or after a setting ("kepada wartawan, bahwa"), or, with
    ``addressed``, after whoever was told ("memberitahu Netanyahu bahwa").
    """
    found = words(text, verb_end, end)[:12]
    for i, (start, stop, word) in enumerate(found):
        if word.lower() in CLAUSE_LINKS:
            ok = i == 0 or found[0][2].lower() in _SETTING_WORDS or addressed
            return stop if ok else None
        if _QUOTE_MARK.search(text, verb_end, start) or _STOP_MARK.search(text, verb_end, start):
            return None
    return None


def _linked(text: str, verb_end: int, end: int, *, addressed: bool = False) -> bool:
    """A complementiser opens the clause after the verb (``bahwa``, after a setting or not)."""
    return _link_at(text, verb_end, end, addressed=addressed) is not None


def _noun_object(text: str, verb_end: int, start: int, end: int) -> bool:
    """The words after a verb such as "mengumumkan" are its object, not a clause.

    A comma or a complementiser after the verb opens a clause; otherwise the
    object is a noun phrase when it opens with a quantifier or a number
    ("tujuh kasus demam kuning", "beberapa pertanyaan") or holds no word that
    marks a clause (an auxiliary, a negation, a verb: "fasilitas baru klub itu";
    "layanan itu tumbuh pesat" is a clause).
    """
    if _COMMA_NEXT.match(text, verb_end, start) or _linked(text, verb_end, end):
        return False
    found = [w.lower() for _, _, w in words(text, start, end)]
    if not found:
        return True
    if found[0] in QUANTIFIERS or found[0][0].isdigit():
        # "empat bus disiagakan di …" is a clause; "tujuh kasus demam kuning" and
        # "beberapa pertanyaan yang diajukan" are objects
        head = list(itertools.takewhile(lambda w: w != "yang", found[1:6]))
        return not any(w in PREDICATE_WORDS or _passive_verb(w) for w in head)
    return not any(
        w in PREDICATE_WORDS
        or _particle_free(w) in PREDICATE_WORDS  # "tidaklah mudah", "sudahlah"
        or word_tag(w) == "verb"
        or (_VERB_SHAPE.fullmatch(w) and not w.startswith("diri"))
        for w in found[1:]
    )


def _particle_free(word: str) -> str:
    """``word`` without the particle "-lah" or "-pun" ("tidaklah" → "tidak")."""
    for particle in ("lah", "pun"):
        if word.endswith(particle) and len(word) > len(particle) + 2:
            return word[: -len(particle)]
    return word


def _passive_verb(word: str) -> bool:
    """A ``di-`` verb ("disiagakan", "ditangkap"), not "diri"."""
    return (
        word.startswith("di")
        and len(word) > 5
        and _VERB_SHAPE.fullmatch(word) is not None
        and (not word.startswith("diri"))
    )


def _clause_end(text: str, start: int, end: int) -> int:
    """The sentence end without its final punctuation."""
    while end > start and text[end - 1] in _END_PUNCT:
        end -= 1
    return end


def _verb_quotes(
    speakers: Speakers, start: int, end: int, taken: list[tuple[int, int]], hits: _Hits
) -> Iterator[tuple[Cue, int, int]]:
    """``X mengatakan (bahwa) …`` in the sentence ``[start, end)``: the first speech verb."""
    text = speakers.text
    for w_start, w_end in _from(hits.verbs, start, end):
        if _inside(w_start, taken):
            continue
        before = words(text, max(start, w_start - 80), w_start)[-3:]
        after = words(text, w_end, min(end, w_end + 80))[:4]
        lead = [w.lower() for _, _, w in before]
        while len(lead) > 1 and lead[-1] in _MODALS:
            lead.pop()  # "yang bisa menegaskan riasan mata": a relative clause, not speech
        if not before or lead[-1] in _NOT_SPEECH_AFTER:
            return
        lowered = [w.lower() for _, _, w in before]
        if any(w in NOT_SAID for w in lowered) and lowered[-1] != "lupa":
            continue  # "enggan menyebutkan", "belum bisa menjelaskan"; "tak lupa" is said
        if after and after[0][2].lower() in TOPIC_WORDS:
            return  # "mengingatkan tentang …": the topic, not what was said
        if text[w_start:w_end] == "memastikan" and after and after[0][2].lower() in SECURED:
            return  # "memastikan diri lolos", "memastikan tempat di final": secured, not said
        if _ALREADY_SAID.match(text, after[0][0] if after else w_end):
            return  # "Marquez mengatakan hal tersebut dalam konferensi pers": said before
        if text[w_start:w_end] == "mengaku" and _feeling(text, w_end, end):
            # "mengaku puas dengan hasil ini": a feeling, not a statement; "menurutnya"
            # after it still means that person
            subject = subject_before(speakers, start, w_start)
            if subject is not None:
                speakers.remember(w_start, speakers.resolve(*subject))
            return
        if after and after[0][2].lower() in SPEECH_NOUNS:
            link = [w for w in after[1:4] if w[2].lower() == "bahwa"]
            if not link:
                return  # "mengungkapkan ambisi …": a noun object, no words reported
            w_end = link[0][0] - 1  # "menyampaikan harapan bahwa …": the clause after bahwa
        verb = text[w_start:w_end]
        if verb in LINKED_VERBS:
            link_end = _link_at(text, w_end, end, addressed=verb.startswith("memberi"))
            if link_end is None:
                continue  # "menulis buku": no words reported
            w_end = text.rfind(" ", w_end, link_end) + 1  # the clause opens at the complementiser
        subject = subject_before(speakers, start, w_start)
        if subject is None or text[subject[0] : subject[1]].lower() in PLURAL_PRONOUNS:
            return  # "keduanya mengungkapkan …": a group, not one speaker
        c_start = _clause_start(text, w_end, end)
        c_end = _clause_end(text, c_start, end)
        if verb in OBJECT_VERBS and _noun_object(text, w_end, c_start, c_end):
            return  # "mengumumkan tujuh kasus", "menjawab beberapa pertanyaan"
        speaker = speakers.resolve(*subject)
        if speaker.name is None and speaker.at is None:
            continue  # "Kendati menilai …, Bauld menekankan …": the next verb may name one
        via = speakers.medium(w_end, c_start) if c_start > w_end else None
        yield Cue((w_start, w_end), speaker, via), c_start, c_end
        return


def _feeling(text: str, start: int, end: int) -> bool:
    """A feeling after "mengaku" ("belum sepenuhnya puas"), with no "bahwa" clause."""
    found = [w.lower() for _, _, w in words(text, start, min(end, start + 80))[:6]]
    while found and found[0] in DEGREE_ADVERBS:
        found = found[1:]
    return bool(found) and found[0] in FEELINGS and "bahwa" not in found[1:4]


_MENURUT = re.compile(r"\b[Mm]enurut(nya)?\b[ ,]*")


def _menurut(
    speakers: Speakers, start: int, end: int, *, sources: bool = False
) -> Iterator[tuple[Cue, int, int]]:
    """``menurut X, …`` / ``Menurutnya, …`` opening a sentence, or ``menurut X`` inside one.

    Opening: the clause after the speaker. Closing (``…, menurut X.``): the clause
    before it. Inside (``Buni Yani, menurut Fadli, hanya …``): the whole sentence.
    With ``sources``, only ``menurut`` a report, a medium or data ("menurut
    laporan Reuters"): the caller tries those after every other cue.
    """
    text = speakers.text
    if "enurut" not in text[start:end]:
        return
    for match in _MENURUT.finditer(text, start, end):
        m_start, p_start = match.start(), match.end()
        before = text[start:m_start].strip()
        if before.split()[-1:] == ["yang"]:
            continue
        head = text[p_start:end].split(maxsplit=1)[:1]
        if (bool(head) and head[0].lower() in SOURCE_NOUNS) != sources:
            continue  # "menurut laporan Reuters": only when no one in the sentence speaks
        if match.group(1):  # "menurutnya": the latest speaker
            cue_end = m_start + len("menurut") + 3
            speaker, p_end = speakers.anaphor(m_start), cue_end
        elif head and head[0].lower() in PRONOUNS:  # "Menurut dia pihaknya …": no comma
            cue_end = m_start + len("menurut")
            speaker, p_end = speakers.anaphor(p_start), p_start + len(head[0])
        elif head and _speech_act(head[0]):  # "menurut pengakuan Rob", "menurut keterangannya"
            cue_end = m_start + len("menurut")
            noun_end = p_start + len(head[0].rstrip(",."))
            if head[0].rstrip(",.").lower().endswith("nya"):
                speaker, p_end = speakers.anaphor(p_start), noun_end
            else:
                after = noun_end + len(text[noun_end:end]) - len(text[noun_end:end].lstrip())
                by = _BY.match(text[after:end])
                after += by.end() if by else 0  # "menurut informasi dari Kanit Laka …"
                p_end = _speaker_end(text, after, phrase_end(text, after, end))
                speaker = speakers.resolve(after, p_end)
                if described(text, after, p_end):
                    speaker, p_end = apposed(speakers, speaker, p_end, end)
        else:
            cue_end = m_start + len("menurut")
            p_end = _speaker_end(text, p_start, phrase_end(text, p_start, end))
            speaker = speakers.resolve(p_start, p_end)
            if sources:
                speaker = _source(speakers, p_start, p_end)
            elif described(text, p_start, p_end):
                speaker, p_end = apposed(speakers, speaker, p_end, end)
        cue = Cue((m_start, cue_end), speaker, speaker.name if sources else None)
        rest = text[p_end:end].strip(_END_PUNCT)
        if not before:
            c_start = p_end + len(text[p_end:end]) - len(text[p_end:end].lstrip(" ,"))
            link = _BAHWA.match(text[c_start:end])
            c_start += link.end() if link else 0  # "Menurut Kamhar, bahwa Agus …"
            yield cue, c_start, _clause_end(text, c_start, end)
        elif not rest:
            yield cue, start, _clause_end(text, start, m_start) if before.endswith(",") else m_start
        else:
            yield cue, start, _clause_end(text, start, end)
        return


def _speech_act(word: str) -> bool:
    """ "pengakuan", "keterangannya": a noun for what someone said, with or without "-nya"."""
    low = word.rstrip(",.").lower()
    return low in SPEECH_ACT_NOUNS or (low.endswith("nya") and low[:-3] in SPEECH_ACT_NOUNS)


def _passive(
    speakers: Speakers, start: int, end: int, hits: _Hits
) -> Iterator[tuple[Cue, int, int]]:
    """``Dinilai Indra, …`` / ``Dikatakannya, …`` opening a sentence, or ``X disebut Talbot …``.

    The agent is a name right after the verb, or ``-nya``; without one ("dinilai
    bertentangan dengan …") nobody is quoted. Opening: the clause after the
    comma; inside a sentence: the whole sentence.
    """
    text = speakers.text
    for v_start, v_end, clitic in _from(hits.passives, start, end):
        if text[start:v_start].split()[-1:] == ["yang"]:
            continue
        if [w.lower() for w in text[start:v_start].split()[-1:]] in _MODAL_LIST:
            continue  # "Bisa dikatakan Indonesia memiliki …": one could say, no one did
        if _ALREADY_SAID.match(text, start):
            return  # "Demikian disampaikannya …", "Hal itu dikatakan X …": the words came before
        cue = Cue((v_start, v_end), Found(None))
        opening = not text[start:v_start].strip()
        if clitic or (opening and text.startswith(",", v_end)):
            # "Dikatakannya, …" / "Ditegaskan, …": the speaker of the passage goes on
            speaker, p_end = speakers.anaphor(v_start), v_end
        else:
            p_start = v_end + 1
            p_end = _speaker_end(text, p_start, phrase_end(text, p_start, end))
            if not text[p_start : p_start + 1].isupper():
                continue
            speaker = speakers.resolve(p_start, p_end)
        cue = dataclasses.replace(cue, speaker=speaker)
        if opening:
            c_start = p_end + len(text[p_end:end]) - len(text[p_end:end].lstrip(" ,"))
            yield cue, c_start, _clause_end(text, c_start, end)
        else:
            yield cue, start, _clause_end(text, start, end)
        return


def _source(speakers: Speakers, start: int, end: int) -> Found:
    """The medium a source phrase names ("laporan harian Australia Herald Sun" → Herald Sun)."""
    run = [w for w in words(speakers.text, start, end) if w[2][0].isupper()]
    while len(run) > 1 and speakers.names.alone(run[0][2], run[1][2]):
        run = run[1:]  # a place before the medium's name
    if not run:
        return Found(None)
    return Found(speakers.text[run[0][0] : run[-1][1]], (run[0][0], run[-1][1]))


def _speaker_end(text: str, start: int, end: int) -> int:
    """Where the speaker of ``menurut`` ends when no comma closes it: after its name.

    "menurut Fadli tindakan …" → "Fadli"; a phrase closed by a comma is kept whole.
    """
    if text[end : end + 1] == "," or end >= len(text):
        return end
    found = words(text, start, end)
    last = None
    for i, (_, w_end, word) in enumerate(found):
        if word[0].isupper():
            last = w_end
        elif last is not None or i >= 5:
            break
    return last if last is not None else end


def _opening_cue(speakers: Speakers, start: int, end: int) -> Iterator[tuple[Cue, int, int]]:
    """``Kata Sugito, kliennya …`` / ``Katanya, …``: a bare cue opening the sentence."""
    text = speakers.text
    if not _opens_with_cue(text, start):
        return
    found = words(text, start, min(end, start + 120))
    if not found or found[0][0] != start or found[0][2].lower() not in CUE_VERBS:
        return
    c_start, c_end = found[0][0], found[0][1]
    if found[0][2].lower().endswith("nya"):
        speaker, p_end = speakers.anaphor(c_start), c_end
    else:
        p_start = c_end + 1
        p_end = phrase_end(text, p_start, end)
        speaker = speakers.resolve(p_start, p_end)
        if described(text, p_start, p_end):
            speaker, p_end = apposed(speakers, speaker, p_end, end)
    if not text.startswith(",", p_end):
        return  # "Kata kunci …", "Jelas bahwa …": not a cue
    clause = p_end + 1 + len(text[p_end + 1 : end]) - len(text[p_end + 1 : end].lstrip())
    yield Cue((c_start, c_end), speaker), clause, _clause_end(text, clause, end)


def _inline_cue(speakers: Speakers, start: int, end: int) -> Iterator[tuple[Cue, int, int]]:
    """``…, kata X.`` or ``…, jelas X, …`` in a sentence without quotation marks."""
    text = speakers.text
    for match in re.finditer(r",\s*(\w+)(\s+|,\s*)", text[start:end]):
        cue = match.group(1)
        if cue.lower() not in CUE_VERBS or (
            "," in match.group(2) and not cue.lower().endswith("nya")
        ):
            continue
        c_start, p_start = start + match.start(1), start + match.end()
        if cue.lower().endswith("nya"):  # "Jadi, katanya, bagi …", "…, lanjutnya maka …"
            speaker = speakers.anaphor(c_start)
            if speaker.name is None:
                continue
            rest = text[c_start + len(cue) : end].strip(_END_PUNCT)
            c_end = _clause_end(text, start, end) if rest else start + match.start()
            yield Cue((c_start, c_start + len(cue)), speaker), start, c_end
            return
        p_end = phrase_end(text, p_start, end)
        speaker = speakers.resolve(p_start, p_end)
        if described(text, p_start, p_end):
            speaker, p_end = apposed(speakers, speaker, p_end, end)
        tail = text[p_end:end].strip(_END_PUNCT)
        if speaker.name is None or (tail and not text[p_end:end].lstrip().startswith(",")):
            continue
        c_end = (
            start + match.start() if not tail.strip(_END_PUNCT) else _clause_end(text, start, end)
        )
        yield Cue((c_start, c_start + len(cue)), speaker, speakers.medium(p_end, end)), start, c_end
        return


def _inside(pos: int, taken: list[tuple[int, int]]) -> bool:
    """True when ``pos`` falls in one of the ``taken`` ranges."""
    return any(start <= pos < end for start, end in taken)


def _candidates(
    speakers: Speakers, start: int, end: int, taken: list[tuple[int, int]], hits: _Hits
) -> Iterator[tuple[Cue, int, int]]:
    """Indirect-speech candidates of one sentence, the most specific first."""
    yield from _menurut(speakers, start, end)
    yield from _verb_quotes(speakers, start, end, taken, hits)
    yield from _passive(speakers, start, end, hits)
    yield from _menurut(speakers, start, end, sources=True)
    if "," in speakers.text[start:end] and not _QUOTE_MARK.search(speakers.text, start, end):
        yield from _opening_cue(speakers, start, end)
        yield from _inline_cue(speakers, start, end)
    if not _QUOTE_MARK.search(speakers.text, start, end):
        yield from _early_cue(speakers, start, end)


def _early_cue(speakers: Speakers, start: int, end: int) -> Iterator[tuple[Cue, int, int]]:
    """``Bengkulu lanjut dia perlu …``, ``Sebetulnya kata Angel, Jupe …``: a cue and its
    speaker among the first words of a sentence, without a comma before them."""
    text = speakers.text
    match = _EARLY_CUE.match(text, start, end)
    if match is None:
        return
    c_start, p_start = match.start(1), match.start(2)
    if match.group(2).lower() in PRONOUNS:
        speaker = speakers.anaphor(p_start)
    else:
        p_end = phrase_end(text, p_start, end)
        if not speakers.person_in(p_start, p_end):
            return
        speaker = speakers.resolve(p_start, p_end)
    if speaker.name is not None:
        yield Cue((c_start, match.end(1)), speaker), start, _clause_end(text, start, end)


@dataclasses.dataclass(frozen=True, slots=True)
class _Hits:
    """Where an article's speech verbs, passive cues and inline cues are (found once)."""

    verbs: list[tuple[int, int]]
    passives: list[tuple[int, int, bool]]  # start, end, with "-nya"
    inline: list[tuple[int, int]]  # the comma before an inline cue word

    @classmethod
    def of(cls, text: str) -> _Hits:
        """Scan ``text`` once."""
        verbs = [match.span() for match in _CONTENT_VERB.finditer(text)]
        passives = [(m.start(), m.end(), bool(m.group(1))) for m in _PASSIVE.finditer(text)]
        inline = [m.span() for m in _COMMA_WORD.finditer(text) if m.group(1).lower() in CUE_VERBS]
        return cls(verbs, passives, inline)

    def any_in(self, text: str, start: int, end: int) -> bool:
        """True when the sentence ``[start, end)`` can hold an indirect quote."""
        return (
            _starts_in(self.verbs, start, end)
            or _starts_in(self.passives, start, end)
            or _starts_in(self.inline, start, end)
            or "enurut" in text[start:end]
            or _opens_with_cue(text, start)
            or _EARLY_CUE.match(text, start, end) is not None
        )


def _opens_with_cue(text: str, start: int) -> bool:
    """The sentence at ``start`` opens with a bare cue ("Kata Sugito, …", "Katanya, …")."""
    if text[start : start + 1] not in _OPENING_LETTERS:
        return False
    first = text[start : start + 12].split(maxsplit=1)[:1]
    return bool(first) and first[0].rstrip(",") in _OPENING_CUES


def _starts_in(spans: Sequence[tuple[int, ...]], start: int, end: int) -> bool:
    """True when one of ``spans`` (sorted by start) starts in ``[start, end)``."""
    i = bisect.bisect_left(spans, (start,))
    return i < len(spans) and spans[i][0] < end


def _from(spans: list[_S], start: int, end: int) -> list[_S]:
    """The ``spans`` (sorted by start) that start in ``[start, end)``."""
    i = bisect.bisect_left(spans, (start,))
    j = i
    while j < len(spans) and spans[j][0] < end:
        j += 1
    return spans[i:j]


def find_indirect(
    article: Article, speakers: Speakers, direct: list[Quote]
) -> list[tuple[Quote, int | None]]:
    """Return the indirect quotes of the article (speaker always identified).

    Each comes with where its speaker was read back from a pronoun (None: named).
    """
    text = article.text
    taken = [(q.span.start - 1, q.span.end + 1) for q in direct]
    quotes: list[tuple[Quote, int | None]] = []
    hits = _Hits.of(text)
    for sentence in article.sentences:
        if not hits.any_in(text, sentence.start, sentence.end):
            continue
        if _RELATED.match(text, sentence.start):
            continue  # "Baca juga: Kepala Bakamla Disebut Bahas …": a link to another story
        args = (speakers, sentence.start, sentence.end, taken, hits)
        for cue, c_start, c_end in _candidates(*args):
            if not _reportable(text, cue.speaker, c_start, c_end, taken):
                continue
            speakers.remember(c_start, cue.speaker)
            quote = Quote(
                span=Span.of(text, c_start, c_end),
                kind="indirect",
                speaker=cue.speaker.name,
                speaker_span=span_of(text, cue.speaker),
                via=cue.via,
                cue=Span.of(text, *cue.cue),
            )
            quotes.append((quote, cue.speaker.at))
            break
    return quotes


def _reportable(
    text: str, speaker: Found, start: int, end: int, taken: list[tuple[int, int]]
) -> bool:
    """A clause long enough, with a speaker, holding no direct quote."""
    if speaker.name is None or len(text[start:end].split()) < _MIN_WORDS:
        return False
    return not any(start <= q_start < end or q_start <= start < q_end for q_start, q_end in taken)


__all__ = ["find_indirect"]
