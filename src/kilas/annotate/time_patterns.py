"""Regular expressions for Indonesian time expressions, built once from the calendar words.

Each ``*_RE`` string is one rule's pattern; :mod:`kilas.annotate.time_rules`
pairs them with the functions that resolve a match. Patterns are matched
case-insensitively; rules that care about case (``Minggu`` Sunday against
``minggu`` week, a month name against a person called Mei) check the matched
text themselves.
"""

from __future__ import annotations

from collections.abc import Iterable

from kilas.lang.id.calendar import MONTH_ABBREVIATIONS, MONTHS, TIMEZONES
from kilas.lang.id.time_words import NUMBER_WORD_PATTERN


def _alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation of words, longest first so none shadows a longer one."""
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(w.replace(".", r"\.") for w in items) + ")"


END = r"(?![\w\-])"
"""A word ending that is not a hyphenated compound ("sehari-hari")."""

MONTH_FULL = _alternation(MONTHS)
MONTH_ANY = "(?:" + MONTH_FULL + "|" + _alternation(MONTH_ABBREVIATIONS) + r"\.?)"
WEEKDAY = r"(?:senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad)"
YEAR = r"(?:1[89]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
MONTH_NUM = r"(?:1[0-2]|0?[1-9])"
ZONE = "(?:" + _alternation(TIMEZONES) + r"|waktu\s+setempat)"
CLOCK = r"(?:[01]?\d|2[0-4])[.:][0-5]\d"
PART = r"(?:pagi|siang|sore|petang|malam|dini\s+hari|tengah\s+hari)"
NUMBER = r"(?:\d+(?:[.,]\d+)?|" + NUMBER_WORD_PATTERN + ")"
UNIT = r"(?:detik|menit|jam|hari|pekan|minggu|bulan|tahun|windu|dekade|dasawarsa|abad)"
LEAD = r"(?:awal|akhir|pertengahan|penghujung|medio|sepanjang)"
HEDGE = (
    r"(?:lebih\s+dari|kurang\s+dari|hampir|sekitar|sekira|kira-kira|setidaknya|"
    r"paling\s+(?:lama|tidak|cepat)|maksimal|minimal|lebih)"
)
WEEKDAY_DIR = (
    r"(?:lalu|kemarin|mendatang|depan|ini|nanti|"
    r"(?:pekan|minggu)\s+(?:depan|lalu|ini|mendatang))"
)
DATE_DIR = r"(?:lalu|kemarin|mendatang|depan|nanti|ini)"

CLOCK_TAIL = (
    r"(?:\s*,?\s*(?:pukul|pkl\.?|jam)\s*"
    r"(?P<ch>[01]?\d|2[0-4])(?:[.:](?P<cm>[0-5]\d))?"
    rf"(?:\s+(?P<cpart>{PART}))?(?:\s*(?P<czone>{ZONE}))?)?"
)
"""A clock time right after a day: "Minggu (28/12/2014) pukul 06.18 WIB" is one time.

A word between them ("Minggu (28/12/2014) sekitar pukul 06.18 WIB") makes two
expressions, as TimeML marks them; the clock time still takes that day.
"""

RANGE_DMY_RE = (
    rf"(?P<d1>{DAY})\s*(?:[-–—]|\s(?:hingga|sampai|s/d|s\.d\.?)\s)\s*(?P<d2>{DAY})"
    rf"\s+(?P<mon>{MONTH_ANY})(?:\s+(?P<year>{YEAR}))?{END}"
)
"""17-18 Oktober 2023, 17 hingga 18 Oktober."""

FULL_DATE_RE = (
    rf"(?:(?:hari\s+)?(?P<wd>{WEEKDAY})\s*,?\s*)?(?P<day>{DAY})\s+(?P<mon>{MONTH_ANY})\s+(?P<year>{YEAR})"
    rf"(?:\s+(?P<clock>{CLOCK})(?:\s*(?P<zone>{ZONE}))?|{CLOCK_TAIL}){END}"
)
"""17 Oktober 2023, Jumat, 18 Oktober 2013, 30 Desember 2022 17:54 WIB."""

MONTH_FIRST_RE = (
    rf"(?P<mon>{MONTH_ANY})\s+(?P<day>{DAY}),\s*(?P<year>{YEAR})"
    rf"(?:\s+(?P<clock>{CLOCK})(?:\s*(?P<zone>{ZONE}))?)?{END}"
)
"""Okt 18, 2023 12:12 Asia/Jakarta."""

ISO_RE = rf"(?P<year>{YEAR})-(?P<month>1[0-2]|0[1-9])-(?P<day>[12]\d|3[01]|0[1-9])(?![\d\-])"
"""2023-10-17."""

NUMERIC_DATE_RE = (
    rf"(?:(?:(?:hari\s+)?(?P<wd>{WEEKDAY})|(?P<rel>kemarin|hari\s+ini|besok))\s*,?\s*)?(?P<paren>\(\s*)?(?P<day>{DAY})\s*(?P<sep>[/.\-])\s*"
    rf"(?P<month>{MONTH_NUM})(?:\s*(?P=sep)\s*(?P<year>\d{{4}}|\d{{2}}))?(?!\d|[/.\-]\d)"
    rf"(?(paren)\s*\))(?:\s+(?P<part>{PART}))?{CLOCK_TAIL}"
)
"""Selasa (17/10), Senin(16/10/2023), (15/9), 17/10/2023; a part of day may follow."""

DAY_MONTH_RE = (
    rf"(?:(?:hari\s+)?(?P<wd>{WEEKDAY})\s*,?\s*)?(?:tanggal\s+)?(?P<day>{DAY})\s+"
    rf"(?P<mon>{MONTH_ANY})(?:\s+(?P<dir>{DATE_DIR}))?{END}"
)
"""24 Februari, Senin, 24 Februari, 2 Agustus lalu."""

MONTH_YEAR_RE = (
    rf"(?:(?P<lead>{LEAD})\s+)?(?:bulan\s+)?(?P<mon>{MONTH_ANY})\s+(?:tahun\s+)?(?P<year>{YEAR})"
    rf"(?![\d.,]\d){END}"
)
"""Februari 2022, awal Maret 2023, Okt 2023."""

MONTH_RE = (
    rf"(?:(?P<lead>{LEAD})\s+)?(?:bulan\s+)?(?P<mon>{MONTH_FULL})"
    rf"(?:\s+(?P<dir>{DATE_DIR}|tahun\s+(?:lalu|depan|ini)))?{END}"
)
"""Maret, bulan September, Juli lalu, Oktober ini."""

MONTH_RANGE_RE = (
    rf"(?P<mon>{MONTH_FULL})\s*(?:[-–—]|\s(?:hingga|sampai)\s)\s*(?P<mon2>{MONTH_FULL})"
    rf"\s+(?:tahun\s+)?(?P<year>{YEAR}){END}"
)
"""Juni-Juli 2014."""

QUARTER_RE = (
    r"(?P<unit>kuartal|triwulan|caturwulan|semester|paruh)\s+(?:ke-?)?"
    r"(?P<q>IV|I{1,3}|[1-4]|pertama|kedua|ketiga|keempat|satu|dua|tiga|empat)"
    rf"(?:\s*[-/]?\s*(?:tahun\s+)?(?P<year>{YEAR})|\s+(?:tahun\s+)?(?P<dir>ini|lalu|depan)|"
    r"(?=\s+dan\s))?" + END
)
"""kuartal ketiga, kuartal kedua 2015, triwulan I-2015, semester I tahun ini, paruh pertama."""

QUARTER_PAIR_RE = (
    r"\s+dan\s+(?:(?:kuartal|triwulan|semester|paruh)\s+)?(?:ke-?)?"
    r"(?:IV|I{1,3}|[1-4]|kedua|ketiga|keempat|dua|tiga|empat)"
    rf"(?:\s*[-/]?\s*(?:tahun\s+)?(?P<year>{YEAR})|\s+(?:tahun\s+)?(?P<dir>ini|lalu|depan))"
)
"""The second of a pair whose year is printed once: "kuartal pertama dan kedua tahun depan"."""

YEAR_RANGE_RE = (
    rf"(?:(?:tahun|periode)\s+)?(?P<y1>{YEAR})\s*(?:[-–/]|\s(?:hingga|sampai)\s)\s*"
    rf"(?P<y2>{YEAR}|\d{{2}})(?![\d.,]?\d){END}"
)
"""2024-25, 2024/2025, tahun 2014-2015."""

DECADE_RE = r"(?P<era>(?:tahun|era|dekade)\s+)?(?P<decade>(?:1[89]|20)\d|'?[2-9])0-an"
"""1990-an, tahun 90-an ("level 60-an dollar" is an amount, not a decade)."""

YEAR_RE = (
    rf"(?:(?P<lead>{LEAD})\s+)?(?P<tahun>tahun\s+)?(?P<year>{YEAR})"
    rf"(?!\s*(?:%|persen)|[\d.,]\d|-an){END}"
)
"""2014, tahun 2024, pertengahan 2014."""

SEASON_RE = (
    r"musim\s+(?P<season>semi|panas|gugur|dingin|penghujan|hujan|kemarau)"
    rf"(?:\s+(?:(?P<year>{YEAR})|(?P<dir>lalu|ini|depan|mendatang|nanti)|"
    r"tahun\s+(?P<ydir>lalu|ini|depan)))?" + END
)
"""musim semi 2023, musim dingin, musim semi mendatang."""

CLOCK_RE = (
    rf"(?:(?:pukul|pkl\.?|jam)\s*(?P<h>[01]?\d|2[0-4])(?:[.:](?P<m>[0-5]\d))?"
    rf"|(?P<h2>[01]?\d|2[0-4])[.:](?P<m2>[0-5]\d)(?=\s*{ZONE}))"
    rf"(?:\s*[-–]\s*(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?)?"
    rf"(?:\s+(?P<part>{PART}))?(?:\s*(?P<zone>{ZONE}))?{END}"
)
"""pukul 06.18 WIB, pukul 10 pagi, jam 14.00 WITA, 12:12 WIT."""

RELATIVE_DAY_RE = (
    r"(?:(?P<word>kemarin\s+lusa|hari\s+ini|kemarin|besok|esok(?:\s+hari)?|lusa|"
    r"hari\s+itu|malam\s+itu|semalam|tadi\s+malam|keesokan\s+hari(?:nya)?|hari\s+yang\s+sama)"
    rf"(?:\s+(?P<part>{PART}))?"
    rf"|(?P<word2>tadi|nanti)\s+(?P<part2>{PART})"
    rf"|(?P<part3>{PART})\s+(?:hari\s+)?(?P<word3>ini|tadi|nanti)"
    rf"|(?P<part4>(?:pagi|siang|sore|petang|malam)\s+|dini\s+|tengah\s+)(?P<word4>hari(?:nya)?))"
    rf"{CLOCK_TAIL}{END}"
)
"""hari ini, kemarin sore, besok, lusa, tadi pagi, nanti malam, tengah hari, keesokan harinya."""

NAMED_DAY_RE = (
    r"(?:(?P<eve>malam)\s+)?(?:hari\s+(?:raya\s+)?)?(?:(?P<natal>natal)|(?P<ny>tahun\s+baru)|"
    rf"(?P<turn>pergantian\s+tahun))(?:\s+(?P<year>{YEAR}))?(?!\s+(?:imlek|hijriah|islam)){END}"
)
"""Natal, Tahun Baru 2015, malam Tahun Baru, malam pergantian tahun."""

PLURAL_DURATION_RE = (
    r"ber(?P<unit>detik-detik|menit-menit|jam-jam|hari-hari|minggu-minggu|pekan-pekan|"
    r"bulan-bulan|tahun-tahun|abad-abad)" + END
)
"""berhari-hari, berbulan-bulan, bertahun-tahun: a length of several units (PXD, PXM, PXY)."""

PERIOD_RE = (
    rf"(?:(?P<lead>{LEAD})\s+)?(?P<unit>akhir\s+pekan|pekan|minggu|bulan|tahun|hari)"
    r"(?:\s+(?P<dir>ini|lalu|yang\s+lalu|kemarin|depan|mendatang|berikutnya|sebelumnya|silam))"
    + END
)
"""pekan lalu, minggu depan, bulan ini, tahun lalu, akhir pekan ini, awal tahun depan."""

PERIOD_BARE_RE = rf"(?P<lead>awal|akhir|pertengahan|penghujung)\s+(?P<unit>pekan|bulan|tahun){END}"
"""awal bulan, akhir tahun, akhir pekan (the anchor's own period)."""

WEEKDAY_RE = (
    rf"(?:(?P<hari>hari)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<dir>{WEEKDAY_DIR}))?"
    rf"(?:\s+(?P<part>{PART}))?{CLOCK_TAIL}{END}"
)
"""Kamis, hari Kamis, Kamis lalu, Kamis mendatang, Selasa sore, Senin pekan depan."""

AGO_RE = (
    rf"(?:(?P<hedge>{HEDGE})\s+)?(?:(?P<n>{NUMBER}|beberapa)\s+|(?P<se>se))(?P<unit>{UNIT})"
    r"\s+(?P<dir>yang\s+lalu|lalu|silam|sebelumnya|kemudian|lagi)" + END
)
"""dua hari lalu, tiga tahun lalu, lebih dari dua tahun lalu, setahun silam, dua pekan lagi."""

DURATION_RE = (
    rf"(?:(?P<hedge>{HEDGE})\s+)?(?:(?P<n>{NUMBER}|beberapa|puluhan|ratusan|belasan)\s+"
    rf"|(?P<se>se))(?P<unit>{UNIT})(?:\s+(?P<last>terakhir|belakangan|ke\s+depan|mendatang))?{END}"
)
"""10 tahun, dua hari, empat jam, sekitar delapan menit, sepekan, tiga tahun terakhir."""

SET_RE = (
    rf"(?:setiap|tiap)\s+(?:(?P<n>{NUMBER})\s+)?"
    rf"(?P<unit>detik|menit|jam|hari|pekan|minggu|bulan|tahun|(?P<wd>{WEEKDAY})){END}"
)
"""setiap hari, tiap Senin, setiap 5 menit (not "per hari": a rate, "barel per hari")."""

REFERENCE_RE = (
    r"(?P<ref>beberapa\s+(?:waktu|saat)(?:\s+(?:yang\s+)?lalu)?|sementara\s+waktu|"
    r"(?:saat|sekarang|dewasa|sementara)\s+ini|sekarang|kini|"
    r"masa\s+(?:kini|lalu|silam|depan|mendatang|sebelumnya)|nanti(?:nya)?|sebentar\s+lagi|"
    r"sesaat|sejenak|sebentar|"
    r"(?:baru-baru|belakangan|akhir-akhir)\s+ini|(?:saat|waktu|ketika|kala|sebelum)\s+itu|"
    r"waktu\s+mendatang|dalam\s+waktu\s+dekat|sebelumnya|dulu|dahulu)" + END
)
"""saat ini, sekarang, baru-baru ini, saat itu, masa depan, nanti, sesaat (TimeML placeholders)."""
