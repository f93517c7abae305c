"""Participants: the persons a sentence names, and the pair it calls "kedua pemimpin"."""

from __future__ import annotations

from kilas.corpus.participants import Participants
from kilas.model import Article, Mention, Span


def _article(text: str, persons: list[tuple[str, str, str | None]]) -> Article:
    """An article whose person mentions are (surface, entity id, role), at every occurrence
    that no longer surface listed before it covers."""
    mentions: list[Mention] = []
    for surface, entity_id, role in persons:
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if not any(m.span.start < end and start < m.span.end for m in mentions):
                span = Span.of(text, start, end)
                mentions.append(Mention(span=span, label="PER", entity_id=entity_id, role=role))
                role = None  # a role is written once, where the person is introduced
            start = text.find(surface, end)
    mentions.sort(key=lambda m: m.span.start)
    return Article(id="a", source="a", raw=text, text=text, mentions=tuple(mentions))


def _sentence(article: Article, opening: str) -> Span:
    start = article.text.index(opening)
    return Span.of(article.text, start, article.text.index(".", start) + 1)


MEETING = (
    "Menteri Luar Negeri Retno Marsudi menyambut Presiden Filipina Rodrigo Duterte di Bogor. "
    "Retno mendampingi Presiden Joko Widodo. Retno menyebut pembicaraan berjalan baik. "
    "Retno juga bertemu mitranya. Pertemuan presiden kedua negara membahas perbatasan laut."
)
PERSONS = [
    ("Retno Marsudi", "retno", "Menteri Luar Negeri"),
    ("Retno", "retno", None),
    ("Rodrigo Duterte", "duterte", "Presiden Filipina"),
    ("Joko Widodo", "jokowi", "Presiden"),
]


def test_the_presidents_of_both_countries_are_the_two_presidents_not_the_most_named() -> None:
    article = _article(MEETING, PERSONS)
    sentence = _sentence(article, "Pertemuan presiden")
    assert Participants(article).of(sentence) == {"duterte", "jokowi"}


def test_a_sentence_naming_persons_has_them_as_participants() -> None:
    article = _article(MEETING, PERSONS)
    sentence = _sentence(article, "Retno mendampingi")
    assert Participants(article).of(sentence) == {"retno", "jokowi"}


def test_the_second_president_of_this_country_is_an_ordinal_not_a_pair() -> None:
    text = MEETING.replace("Pertemuan presiden kedua negara", "Habibie, presiden kedua negara ini,")
    article = _article(text, PERSONS)
    sentence = _sentence(article, "Habibie, presiden")
    assert Participants(article).of(sentence) == frozenset()


def test_both_leaders_without_leader_roles_are_the_two_most_named_persons() -> None:
    text = (
        "Anies Baswedan bertemu Sandiaga Uno di Balai Kota. Anies dan Sandiaga membahas "
        "anggaran, disaksikan Saefullah. Kedua pemimpin sepakat menunda pembahasan."
    )
    persons = [
        ("Anies Baswedan", "anies", None),
        ("Anies", "anies", None),
        ("Sandiaga Uno", "sandiaga", None),
        ("Sandiaga", "sandiaga", None),
        ("Saefullah", "saefullah", None),
    ]
    article = _article(text, persons)
    sentence = _sentence(article, "Kedua pemimpin")
    assert Participants(article).of(sentence) == {"anies", "sandiaga"}


def test_a_pair_needs_two_persons_in_the_article() -> None:
    text = "Presiden Joko Widodo tiba di Manila. Kedua pemimpin dijadwalkan bertemu besok."
    article = _article(text, [("Joko Widodo", "jokowi", "Presiden")])
    sentence = _sentence(article, "Kedua pemimpin")
    assert Participants(article).of(sentence) == frozenset()
    assert (text.index("Kedua"), text.index(" dijadwalkan")) in Participants(article).references(
        sentence
    )
