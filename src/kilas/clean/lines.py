"""Line classifiers: what a single line of page furniture looks like.

Each classifier looks at one stripped line and returns a reason code, or None
when the line may be body text. They know nothing of the line's neighbours;
:mod:`kilas.clean.article` adds the context rules (trailing tags, link lists
after "Baca juga:").
"""

from __future__ import annotations

import re

_AD = re.compile(
    r"^(?:[-–—\s]*)(?:advertisements?|advertisment|iklan|ads|sponsored|konten bersponsor|"
    r"konten sponsor|scroll to continue with content|scroll untuk melanjutkan|"
    r"lanjutkan membaca(?: di bawah)?|gulir untuk melanjutkan|artikel berlanjut di bawah ini)"
    r"(?:[-–—\s]*)$",
    re.IGNORECASE,
)
_ICON = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
_ICON_LABEL = re.compile(r"^(?P<icon>[a-z0-9]+(?:-[a-z0-9]+)+)(?P<label>[A-Z][\w ]*)$")
_PHOTO_ICON = re.compile(r"zoom|perbesar|gallery|galeri|camera|kamera|photo|foto", re.IGNORECASE)
_WIDGET_WORDS = frozenset(
    {
        "share",
        "bagikan",
        "bagikan artikel",
        "comment",
        "comments",
        "komentar",
        "tweet",
        "facebook",
        "twitter",
        "whatsapp",
        "telegram",
        "linkedin",
        "pinterest",
        "email",
        "e-mail",
        "copy link",
        "salin link",
        "salin tautan",
        "link copied",
        "link tersalin",
        "print",
        "cetak",
        "dengarkan",
        "listen",
        "ukuran font",
        "font",
        "a a",
        "a+ a-",
    }
)
_READING_TIME = re.compile(
    r"^(?:waktu baca|lama baca|estimasi baca|durasi baca|dibaca dalam|baca dalam)\s*:?\s*"
    r"\d+\s*(?:menit|mnt|min)\b\.?$|^\d+\s*(?:menit|min)(?:ute)?s? (?:baca|read)$",
    re.IGNORECASE,
)
_READ_ALSO = re.compile(
    r"^(?:baca juga|baca pula|simak juga|lihat juga|tonton juga|saksikan juga|baca selengkapnya|"
    r"artikel terkait|berita terkait|read also|see also|related|baca(?=\s*:))"
    r"(?P<sep>[_\s]*[:–-]?)\s*",
    re.IGNORECASE,
)
_READ_ALSO_GLUED = re.compile(r"^baca_juga\s*", re.IGNORECASE)
_TAGS = re.compile(
    r"^(?:tags?\b|(?:topik|topic|kata kunci|keywords?|label)\s*:)\s*:?(?:\s.*)?$", re.IGNORECASE
)
_BYLINE = re.compile(
    r"^(?:reporter|penulis|editor|redaktur|pewarta|kontributor|laporan wartawan|"
    r"penyunting|fotografer|videografer)\b[^:]{0,30}:\s*\S[^.!?]{0,60}$",
    re.IGNORECASE,
)
_COUNTER = re.compile(r"^\d{1,3}(?:[.,]\d{1,3})?\s*(?:[kKrRmM]|rb|jt)?$")
_BULLET = re.compile(r"^[^\w\"“”'‘’()]+$")
_INITIALS = re.compile(r"^[(\[](?:[a-z]{2,4})(?:/[a-z]{2,4})*[)\]]$|^\((?:end|ant|ast|rdk)\)$")
_CREDIT = re.compile(
    r"[\s(]*\b(?:foto|photo|sumber foto|foto/ilustrasi|ilustrasi|gambar|image|dok|dokumentasi)"
    r"\s*:\s*[^.!?:]{2,80}[)\s]*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]")
_AGENCY_CREDIT = re.compile(
    r"[\s(]*\b(?:ANTARA FOTO|REUTERS|AFP|AP Photo|ANTARA)/[^.!?:]{2,60}[)\s]*$"
)


def line_reason(line: str) -> str | None:
    """Return the reason code of a page-furniture line, or None.

    Codes: ``ad``, ``share-widget``, ``caption`` (a photo's enlarge button),
    ``byline``, ``reading-time``, ``counter``, ``bullet``, ``editor-initials``.
    """
    if _AD.match(line):
        return "ad"
    if _ICON.match(line) or line.casefold() in _WIDGET_WORDS:
        return "share-widget"
    icon = _ICON_LABEL.match(line)
    if icon is not None and len(icon.group("label").split()) <= 3:
        return "caption" if _PHOTO_ICON.search(line) else "share-widget"
    if _BYLINE.match(line):
        return "byline"
    if _READING_TIME.match(line):
        return "reading-time"
    if _COUNTER.match(line):
        return "counter"
    if _BULLET.match(line):
        return "bullet"
    if _INITIALS.match(line):
        return "editor-initials"
    return None


def read_also(line: str) -> int | None:
    """Where the body resumes after a "Baca juga" marker, or None when there is none.

    Returns ``len(line)`` when the whole line is the link (or a bare marker),
    or the offset after the marker when a body sentence was glued to it
    ("Baca_Juga Namun masyarakat …").
    """
    glued = _READ_ALSO_GLUED.match(line)
    marker = glued or _READ_ALSO.match(line)
    if marker is None:
        return None
    rest = line[marker.end() :]
    has_colon = glued is None and any(c in marker.group("sep") for c in ":–-")
    if not has_colon and len(rest.split()) >= 12 and rest.rstrip()[-1:] in '.!?"”':
        # A sentence after the marker is body text: "Lihat juga bagaimana …" is not a link.
        return marker.end() if glued is not None else None
    return len(line)


def is_bare_read_also(line: str) -> bool:
    """A "Baca juga:" marker with nothing after it: the next lines are link titles."""
    marker = _READ_ALSO_GLUED.match(line) or _READ_ALSO.match(line)
    return marker is not None and marker.end() == len(line)


def is_tags(line: str) -> bool:
    """A "Tags" / "Topik:" line that starts an article's closing tag list."""
    return _TAGS.match(line) is not None and len(line.split()) <= 12


def photo_credit(line: str) -> int | None:
    """Offset where a trailing photo credit ("Foto: REUTERS/Wu Hong/Pool") starts, or None."""
    match = None
    # Either credit ends the line after its last ":" (or an agency's "/") with no ".!?:" after
    # it; most body lines fail that test, and it is much cheaper than searching them.
    colon = line.rfind(":")
    if colon >= 0 and not _SENTENCE_END.search(line, colon + 1):
        match = _CREDIT.search(line)
    if match is None and line.rfind("/") > max(map(line.rfind, ".!?:")):
        match = _AGENCY_CREDIT.search(line)
    if match is None or match.start() == 0:
        return None
    return match.start()
