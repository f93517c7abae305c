"""Header parsing: the title line and the dateline prefix of the first paragraph.

Datelines come in a few general shapes, all handled by shape, not by outlet:

* ``Liputan6.com, Beijing -`` / ``JAKARTA, JUARA.net -`` — place and outlet, either order
* ``Jakarta (ANTARA News) -`` — place, outlet in parentheses
* ``Suara.com -`` / ``Jakarta -`` — outlet alone, or place alone
* ``Hongkong – SmokersWorld —`` — place, dash, brand, dash

An outlet is recognised when it is a known outlet (:mod:`kilas.lang.id.outlets`)
or has a web-domain shape ("JUARA.net"); in the two-dash shape the brand is
whatever single name stands between the dashes.
"""

from __future__ import annotations

import dataclasses
import re

from kilas.lang.id.lexicon import lexicon, word_tag
from kilas.lang.id.outlets import known_outlet

# An en/em dash may touch its words ("SPANYOL– Barcelona"); a hyphen needs a space before it.
_SEP = r"(?:\s*[–—―]|\s+-{1,2})"
_HEAD = re.compile(rf"^(?P<head>(?:[^\n.!?:;\"“”–—―]|\.(?=\w)){{2,60}}?){_SEP}\s*")
_PAREN = re.compile(r"^(?P<place>[^()]+?)\s*,?\s*\((?P<brand>[^()]{2,30})\)$")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|tv|news|co)$", re.IGNORECASE)
_CAMEL = re.compile(r"^[A-Z][a-z]+[A-Z]\w*$")
_BRAND_SUFFIX = re.compile(r"^\w{3,}(?:news|pos|post|times|today|online|media|tv)$", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[A-Z][\w'’.&-]*$")
_TITLE_END = frozenset(".,;:!\"”’'")


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Dateline:
    """A parsed dateline prefix: ``text[:end]`` is the prefix, the body starts at ``end``."""

    outlet: str | None
    place: str | None
    end: int


def parse_dateline(text: str) -> Dateline | None:
    """Return the dateline that starts ``text``, or None.

    >>> parse_dateline("Jakarta (ANTARA News) - Petugas Polda Metro Jaya menindak")
    Dateline(outlet='ANTARA News', place='Jakarta', end=24)
    """
    first = _HEAD.match(text)
    if first is None:
        return None
    second = _HEAD.match(text[first.end() :])
    if second is not None:
        brand = second.group("head").strip()
        place = first.group("head").strip()
        end = first.end() + second.end()
        if (
            _is_place(place)
            and not _is_outlet(place)
            and _is_brand(brand)
            and word_tag(brand.split()[0]) is None
            and _checked(text, Dateline(outlet=None, place=place, end=end)) is not None
        ):
            return Dateline(outlet=_outlet_name(brand), place=place, end=end)
    parsed = _parse_head(first.group("head").strip())
    if parsed is None:
        return None
    outlet, place = parsed
    return _checked(text, Dateline(outlet=outlet, place=place, end=first.end()))


def _checked(text: str, dateline: Dateline) -> Dateline | None:
    """The dateline, unless the body after it opens in lowercase (and no outlet vouches for it).

    "Kim Jong - un dikenal" is a name split by a hyphen, not a dateline.
    """
    rest = text[dateline.end :]
    if dateline.outlet is None and re.match(r"[a-z]{2,}\b", rest):
        return None
    return dateline


def _parse_head(head: str) -> tuple[str | None, str | None] | None:
    """(outlet, place) of a one-part dateline head, or None when it is not one."""
    paren = _PAREN.match(head)
    if paren is not None:
        place, brand = paren.group("place").strip(), paren.group("brand").strip()
        if _is_places(place) and _is_brand(brand):
            return _outlet_name(brand), place
        return None
    parts = [p.strip() for p in head.split(",")]
    outlets = [p for p in parts if _is_outlet(p)]
    places = [p for p in parts if p not in outlets]
    # Beside a recognised outlet any short run of names is a place ("Pati, CNN Indonesia").
    is_place = _is_short_names if outlets else _is_place
    if len(outlets) > 1 or not all(is_place(p) for p in places):
        return None
    outlet = _outlet_name(outlets[0]) if outlets else None
    return outlet, (", ".join(places) or None)


def _outlet_name(name: str) -> str:
    """The canonical name of a known outlet, else the name as printed."""
    return known_outlet(name) or name


def _is_outlet(part: str) -> bool:
    """A known outlet, a web-domain shape, or a one-word brand shape ("JawaPos", "Rimanews")."""
    if known_outlet(part) is not None or _DOMAIN.match(part) is not None:
        return True
    if " " in part or not part[:1].isupper():
        return False
    return _CAMEL.match(part) is not None or _BRAND_SUFFIX.match(part) is not None


def _is_brand(part: str) -> bool:
    """An outlet, or a short run of capitalised words that may be a brand."""
    return _is_outlet(part) or (len(part.split()) <= 3 and _is_names(part))


def _is_places(part: str) -> bool:
    """One place or a comma list of places ("Sukabumi, Jawa Barat")."""
    return all(_is_place(p.strip()) for p in part.split(","))


def _is_place(part: str) -> bool:
    """A short run of capitalised words whose first word is not a common Indonesian word."""
    words = part.split()
    if not 1 <= len(words) <= 4 or not _is_names(part):
        return False
    return words[0].lower() not in lexicon()


def _is_short_names(part: str) -> bool:
    """One to four capitalised words."""
    return 1 <= len(part.split()) <= 4 and _is_names(part)


def _is_names(part: str) -> bool:
    """Every word starts with a capital letter (or is a short connector)."""
    words = part.split()
    return bool(words) and all(_NAME_WORD.match(w) or w in {"dan", "&"} for w in words)


def is_title_like(line: str, *, max_words: int = 25) -> bool:
    """A line that may be a headline: short, not ending like a sentence or a list lead."""
    words = line.split()
    if not 2 <= len(words) <= max_words or line[-1] in _TITLE_END:
        return False
    return line[0].isupper() or line[0].isdigit() or line[0] in "‘“\"'"
