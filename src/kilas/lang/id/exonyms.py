"""Indonesian names of countries, places and organisations, with their variants.

Indonesian news writes the same country many ways (China / Cina / Tiongkok /
RRT; Amerika Serikat / AS / US) and names international bodies by Indonesian
translations or by English acronyms (Organisasi Kerja Sama Shanghai / SCO;
Perserikatan Bangsa-Bangsa / PBB / UN). Each :class:`Known` entry maps those
surface forms to one canonical name and a type (``LOC`` or ``ORG``).

Capital cities are entries of their own: a city is never an alias of its
country, even where the news uses it for the government (Beijing ≠ China,
Moskow ≠ Rusia, Washington ≠ Amerika Serikat).

The list is general knowledge of what a news corpus names, not an exhaustive
registry. Forms written all in capitals (``AS``, ``ICC``) are acronyms and
match case-sensitively; other forms also match regardless of case, spacing and
hyphens ("Kerjasama" / "Kerja Sama", "REUTERS").
"""

from __future__ import annotations

import dataclasses
import functools
import re


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Known:
    """A known entity: canonical name, type (LOC/ORG), kind and other written forms."""

    name: str
    type: str  # LOC or ORG
    kind: str  # country, city, region, org, media
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)


def _countries(*rows: tuple[str, ...]) -> tuple[Known, ...]:
    return tuple(Known(name=r[0], type="LOC", kind="country", aliases=r[1:]) for r in rows)


def _places(kind: str, *rows: tuple[str, ...]) -> tuple[Known, ...]:
    return tuple(Known(name=r[0], type="LOC", kind=kind, aliases=r[1:]) for r in rows)


def _orgs(kind: str, *rows: tuple[str, ...]) -> tuple[Known, ...]:
    return tuple(Known(name=r[0], type="ORG", kind=kind, aliases=r[1:]) for r in rows)


COUNTRIES: tuple[Known, ...] = _countries(
    ("Indonesia", "Republik Indonesia", "NKRI", "RI"),
    (
        "China",
        "Cina",
        "Tiongkok",
        "RRT",
        "RRC",
        "Republik Rakyat Tiongkok",
        "Republik Rakyat China",
    ),
    ("Rusia", "Russia", "Federasi Rusia", "Rusland"),
    ("Amerika Serikat", "AS", "US", "USA", "Amerika", "Paman Sam", "United States"),
    ("Korea Utara", "Korut", "Republik Rakyat Demokratik Korea", "North Korea"),
    ("Korea Selatan", "Korsel", "Republik Korea", "South Korea"),
    ("Inggris", "Britania Raya", "Kerajaan Inggris", "Kerajaan Bersatu", "UK"),
    ("Belanda", "Netherlands"),
    ("Jepang", "Japan"),
    ("Jerman", "Germany"),
    ("Prancis", "Perancis", "France"),
    ("Arab Saudi", "Saudi Arabia", "Saudi"),
    ("Uni Soviet", "Soviet"),
    ("Ukraina", "Ukraine"),
    ("Belarus", "Belarusia"),
    ("India",),
    ("Pakistan",),
    ("Bangladesh",),
    ("Sri Lanka",),
    ("Nepal",),
    ("Afganistan", "Afghanistan"),
    ("Iran",),
    ("Irak", "Iraq"),
    ("Suriah", "Syria"),
    ("Israel",),
    ("Palestina", "Palestine"),
    ("Lebanon", "Libanon"),
    ("Yordania", "Jordania"),
    ("Mesir", "Egypt"),
    ("Turki", "Turkiye", "Türkiye"),
    ("Qatar",),
    ("Uni Emirat Arab", "UEA", "UAE"),
    ("Yaman", "Yemen"),
    ("Oman",),
    ("Kuwait",),
    ("Bahrain",),
    ("Malaysia",),
    ("Singapura", "Singapore"),
    ("Thailand",),
    ("Filipina", "Philippines"),
    ("Vietnam",),
    ("Myanmar", "Burma"),
    ("Kamboja", "Cambodia"),
    ("Laos",),
    ("Brunei Darussalam", "Brunei"),
    ("Timor Leste", "Timor-Leste"),
    ("Taiwan",),
    ("Mongolia",),
    ("Kazakhstan",),
    ("Uzbekistan",),
    ("Kirgistan", "Kyrgyzstan"),
    ("Tajikistan",),
    ("Turkmenistan",),
    ("Australia",),
    ("Selandia Baru", "New Zealand"),
    ("Papua Nugini",),
    ("Kanada", "Canada"),
    ("Meksiko", "Mexico"),
    ("Brasil", "Brazil"),
    ("Argentina",),
    ("Chili", "Chile"),
    ("Kolombia", "Colombia"),
    ("Venezuela",),
    ("Peru",),
    ("Kuba", "Cuba"),
    ("Italia", "Italy"),
    ("Spanyol", "Spain"),
    ("Portugal",),
    ("Yunani", "Greece"),
    ("Polandia", "Poland"),
    ("Swedia", "Sweden"),
    ("Norwegia", "Norway"),
    ("Finlandia", "Finland"),
    ("Denmark",),
    ("Swiss", "Switzerland"),
    ("Austria",),
    ("Belgia", "Belgium"),
    ("Irlandia", "Ireland"),
    ("Hongaria", "Hungary"),
    ("Ceko", "Republik Ceko", "Czechia"),
    ("Slowakia", "Slovakia"),
    ("Rumania", "Romania"),
    ("Bulgaria",),
    ("Serbia",),
    ("Kroasia", "Croatia"),
    ("Moldova",),
    ("Georgia",),
    ("Armenia",),
    ("Azerbaijan",),
    ("Estonia",),
    ("Latvia",),
    ("Lituania", "Lithuania"),
    ("Afrika Selatan", "Afsel", "South Africa"),
    ("Nigeria",),
    ("Kenya",),
    ("Etiopia", "Ethiopia"),
    ("Sudan",),
    ("Sudan Selatan",),
    ("Libya",),
    ("Tunisia",),
    ("Aljazair", "Algeria"),
    ("Maroko", "Morocco"),
    ("Zambia",),
    ("Zimbabwe",),
    ("Tanzania",),
    ("Uganda",),
    ("Ghana",),
    ("Senegal",),
    ("Mali",),
    ("Niger",),
    ("Somalia",),
    ("Kongo", "Republik Demokratik Kongo"),
)

CITIES: tuple[Known, ...] = _places(
    "city",
    ("Beijing", "Peking"),
    ("Moskow", "Moskwa", "Moscow"),
    ("Washington", "Washington DC", "Washington D.C."),
    ("Jakarta", "DKI Jakarta"),
    ("Tokyo",),
    ("Seoul",),
    ("Pyongyang",),
    ("Taipei",),
    ("Hong Kong", "Hongkong"),
    ("Shanghai",),
    ("London",),
    ("Paris",),
    ("Berlin",),
    ("Brussel", "Brussels"),
    ("Kyiv", "Kiev", "Kiyv"),
    ("New Delhi",),
    ("Teheran", "Tehran"),
    ("Yerusalem", "Jerusalem"),
    ("Kairo", "Cairo"),
    ("Riyadh",),
    ("Ankara",),
    ("Istanbul",),
    ("Canberra",),
    ("Ottawa",),
    ("Manila",),
    ("Bangkok",),
    ("Hanoi",),
    ("Kuala Lumpur",),
    ("Roma", "Rome"),
    ("Madrid",),
    ("Den Haag", "The Hague"),
    ("Jenewa", "Geneva"),
    ("New York",),
    ("Doha",),
    ("Damaskus", "Damascus"),
    ("Baghdad",),
    ("Kabul",),
    ("Islamabad",),
    ("Minsk",),
)

REGIONS: tuple[Known, ...] = _places(
    "region",
    ("Eropa", "Europe"),
    ("Asia",),
    ("Afrika", "Africa"),
    ("Timur Tengah",),
    ("Asia Tenggara",),
    ("Asia Tengah",),
    ("Asia Timur",),
    ("Asia Selatan",),
    ("Asia Pasifik", "Asia-Pasifik"),
    ("Indo-Pasifik", "Indo Pasifik"),
    ("Eropa Timur",),
    ("Eropa Barat",),
    ("Amerika Latin",),
    ("Amerika Selatan",),
    ("Amerika Utara",),
    ("Arktik", "Kutub Utara"),
    ("Laut China Selatan", "Laut Cina Selatan", "Laut Tiongkok Selatan", "LCS"),
    ("Semenanjung Korea",),
    ("Gaza", "Jalur Gaza"),
    ("Tepi Barat",),
    ("Krimea", "Crimea"),
    ("Donbas", "Donbass"),
    ("Siberia",),
    ("Xinjiang",),
    ("Tibet",),
    ("Papua",),
)

ORGANISATIONS: tuple[Known, ...] = _orgs(
    "org",
    ("Perserikatan Bangsa-Bangsa", "PBB", "Perserikatan Bangsa Bangsa", "United Nations", "UN"),
    ("Dewan Keamanan PBB", "DK PBB"),
    ("Uni Eropa", "UE", "EU", "European Union"),
    ("Komisi Eropa", "European Commission"),
    ("NATO", "Pakta Pertahanan Atlantik Utara", "North Atlantic Treaty Organization"),
    ("ASEAN", "Perhimpunan Bangsa-Bangsa Asia Tenggara"),
    (
        "Organisasi Kerja Sama Shanghai",
        "SCO",
        "Organisasi Kerjasama Shanghai",
        "Shanghai Cooperation Organisation",
        "Shanghai Cooperation Organization",
    ),
    ("BRICS",),
    ("G7", "G-7"),
    ("G20", "G-20"),
    ("APEC", "Kerja Sama Ekonomi Asia-Pasifik"),
    ("Organisasi Kerja Sama Islam", "OKI", "Organisasi Kerjasama Islam"),
    ("Uni Afrika", "African Union"),
    ("Liga Arab", "Arab League"),
    ("OPEC",),
    ("Organisasi Kesehatan Dunia", "WHO", "World Health Organization"),
    ("Dana Moneter Internasional", "IMF", "International Monetary Fund"),
    ("Bank Dunia", "World Bank"),
    ("Organisasi Perdagangan Dunia", "WTO", "World Trade Organization"),
    ("Badan Energi Atom Internasional", "IAEA"),
    (
        "Pengadilan Kriminal Internasional",
        "ICC",
        "Mahkamah Pidana Internasional",
        "International Criminal Court",
    ),
    ("Mahkamah Internasional", "ICJ", "International Court of Justice"),
    ("UNESCO",),
    ("UNICEF",),
    ("UNHCR",),
    ("Interpol",),
    ("Kremlin",),
    ("Gedung Putih", "White House"),
    ("Pentagon",),
    ("CIA",),
    ("FBI",),
    ("Hamas",),
    ("Hizbullah", "Hezbollah"),
    ("Taliban",),
    ("ISIS", "NIIS"),
    ("Partai Komunis China", "Partai Komunis Tiongkok", "Partai Komunis Cina", "PKC", "PKT"),
    ("Atlantic Council", "Dewan Atlantik"),
    ("Dewan Perwakilan Rakyat", "DPR"),
    ("Majelis Permusyawaratan Rakyat", "MPR"),
    ("Komisi Pemberantasan Korupsi", "KPK"),
    ("Tentara Nasional Indonesia", "TNI"),
    ("Kepolisian Negara Republik Indonesia", "Polri"),
    ("Mahkamah Konstitusi", "MK"),
    ("Komisi Pemilihan Umum", "KPU"),
    ("Bank Indonesia",),
    ("Badan Pusat Statistik", "BPS"),
)

MEDIA: tuple[Known, ...] = _orgs(
    "media",
    ("Reuters",),
    ("AFP", "Agence France-Presse"),
    ("Associated Press",),
    ("TASS",),
    ("RIA Novosti",),
    ("Xinhua",),
    ("CCTV",),
    ("Global Times",),
    ("BBC",),
    ("CNN",),
    ("Bloomberg",),
    ("Al Jazeera", "Aljazeera"),
    ("The New York Times", "New York Times"),
    ("The Washington Post", "Washington Post"),
    ("South China Morning Post", "SCMP"),
)

KNOWN: tuple[Known, ...] = COUNTRIES + CITIES + REGIONS + ORGANISATIONS + MEDIA
"""Every known entity, countries first."""


def is_acronym(form: str) -> bool:
    """True for a form written all in capitals (``AS``, ``ICC``): matched case-sensitively."""
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in form


def fold(form: str) -> str:
    """A case-, space- and hyphen-insensitive key: "Kerja Sama" and "Kerjasama" agree."""
    return re.sub(r"[\s\-‐–.]+", "", form).casefold()


@functools.cache
def _tables() -> tuple[dict[str, Known], dict[str, Known]]:
    """Exact forms, and folded non-acronym forms, mapped to their entry."""
    exact: dict[str, Known] = {}
    folded: dict[str, Known] = {}
    for known in KNOWN:
        for form in known.forms:
            exact.setdefault(form, known)
            if not is_acronym(form):
                folded.setdefault(fold(form), known)
    return exact, folded


# A pure function of the form over fixed tables, asked again for the same surfaces by every
# article's linking and every story's key entities; memoised (bounded), it is a dict lookup.
@functools.lru_cache(maxsize=1 << 16)
def lookup(form: str) -> Known | None:
    """The known entity written ``form``, or None.

    Acronyms match exactly; other forms match ignoring case, spaces and
    hyphens. A city never resolves to its country.
    """
    exact, folded = _tables()
    hit = exact.get(form)
    if hit is not None:
        return hit
    if is_acronym(form) and len(form) <= 5:
        return None  # "CHINA" is China, but "US" never matches "Us"
    return folded.get(fold(form))


@functools.cache
def all_forms() -> frozenset[str]:
    """Every known form, plus non-acronyms of more than five letters written in capitals."""
    forms: set[str] = set()
    for known in KNOWN:
        for form in known.forms:
            forms.add(form)
            if not is_acronym(form) and len(form) > 5:
                forms.add(form.upper())
    return frozenset(forms)


@functools.cache
def pattern() -> re.Pattern[str]:
    """A regex of every form of :func:`all_forms` as a whole word (longest first).

    ``US`` before a currency sign (``US$``) is not a country.
    """
    alternation = "|".join(re.escape(f) for f in sorted(all_forms(), key=lambda f: (-len(f), f)))
    return re.compile(rf"(?<![\w$])(?:{alternation})(?![\w$])")


_WORD = re.compile(r"\w+(?:[-‐]\w+)*")
KEY_WINDOW = 4
"""The longest run of words :func:`canonical_key` looks up as one name ("Korea Utara", "Republik
Rakyat Tiongkok")."""


def canonical_key(text: str) -> str:
    """A comparison key of ``text`` in which every known name is its canonical name.

    "Presiden Cina" and "Presiden China" (or "Menlu AS" and "Menlu Amerika
    Serikat") get one key, so a role or label written with two exonyms is shown
    once. The longest known run of words wins; the key is casefolded.
    """
    words = _WORD.findall(text)
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(KEY_WINDOW, len(words) - i), 0, -1):
            known = lookup(" ".join(words[i : i + size]))
            if known is not None:
                out.append(known.name)
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out).casefold()
