"""Indonesian news outlets: the names they print in datelines and their web domains.

Used to recognise the outlet in a dateline ("Jakarta, CNN Indonesia --") and to
name the outlet of a URL. The list is knowledge, not an exhaustive registry: an
unknown outlet is still found by the dateline's shape.
"""

from __future__ import annotations

import dataclasses
import re
from urllib.parse import urlsplit


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Outlet:
    """A news outlet: its canonical name, other printed names and its domains."""

    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


OUTLETS: tuple[Outlet, ...] = (
    Outlet(
        name="Kompas.com", aliases=("Kompas", "KOMPAS.com"), domains=("kompas.com", "kompas.id")
    ),
    Outlet(
        name="detikcom",
        aliases=("Detik", "detik.com", "detikNews", "detikFinance", "detikSport", "detikInet"),
        domains=("detik.com",),
    ),
    Outlet(name="Liputan6.com", aliases=("Liputan6",), domains=("liputan6.com",)),
    Outlet(name="CNN Indonesia", aliases=("CNNIndonesia.com",), domains=("cnnindonesia.com",)),
    Outlet(
        name="ANTARA News",
        aliases=("ANTARA", "Antaranews", "Antaranews.com", "ANTARA FOTO"),
        domains=("antaranews.com",),
    ),
    Outlet(name="Tempo.co", aliases=("Tempo", "TEMPO.CO", "Koran Tempo"), domains=("tempo.co",)),
    Outlet(name="kumparan", aliases=("kumparan.com", "kumparanNEWS"), domains=("kumparan.com",)),
    Outlet(name="Merdeka.com", aliases=("Merdeka",), domains=("merdeka.com",)),
    Outlet(name="Suara.com", aliases=("Suara",), domains=("suara.com",)),
    Outlet(name="Okezone", aliases=("Okezone.com",), domains=("okezone.com",)),
    Outlet(
        name="Tribunnews.com",
        aliases=("Tribunnews", "Tribun", "TRIBUNNEWS.COM"),
        domains=("tribunnews.com",),
    ),
    Outlet(
        name="Republika",
        aliases=("Republika.co.id", "REPUBLIKA.CO.ID"),
        domains=("republika.co.id",),
    ),
    Outlet(name="CNBC Indonesia", aliases=("CNBCIndonesia.com",), domains=("cnbcindonesia.com",)),
    Outlet(
        name="Sindonews",
        aliases=("Sindonews.com", "SINDOnews", "Koran Sindo"),
        domains=("sindonews.com",),
    ),
    Outlet(name="VIVA", aliases=("Viva", "VIVA.co.id", "VIVAnews"), domains=("viva.co.id",)),
    Outlet(name="JPNN", aliases=("JPNN.com",), domains=("jpnn.com",)),
    Outlet(name="Bisnis.com", aliases=("Bisnis Indonesia",), domains=("bisnis.com",)),
    Outlet(name="Katadata", aliases=("Katadata.co.id",), domains=("katadata.co.id",)),
    Outlet(name="IDN Times", aliases=("IDNTimes",), domains=("idntimes.com",)),
    Outlet(name="Jawa Pos", aliases=("JawaPos", "JawaPos.com"), domains=("jawapos.com",)),
    Outlet(
        name="Media Indonesia",
        aliases=("mediaindonesia.com",),
        domains=("mediaindonesia.com",),
    ),
    Outlet(
        name="Beritasatu", aliases=("Beritasatu.com", "BeritaSatu"), domains=("beritasatu.com",)
    ),
    Outlet(name="Tirto", aliases=("Tirto.id",), domains=("tirto.id",)),
    Outlet(
        name="Pos Kota",
        aliases=("Poskota", "Poskotanews"),
        domains=("poskotanews.com", "poskota.co.id"),
    ),
    Outlet(name="Kontan", aliases=("Kontan.co.id", "KONTAN"), domains=("kontan.co.id",)),
    Outlet(name="Investor Daily", aliases=("Investor.id",), domains=("investor.id",)),
    Outlet(name="Medcom.id", aliases=("Medcom", "Metrotvnews.com"), domains=("medcom.id",)),
    Outlet(name="iNews", aliases=("iNews.id",), domains=("inews.id",)),
    Outlet(name="Gatra", aliases=("Gatra.com",), domains=("gatra.com",)),
    Outlet(name="Bola.com", aliases=(), domains=("bola.com",)),
    Outlet(name="VOA Indonesia", aliases=("VOA",), domains=("voaindonesia.com",)),
    Outlet(name="BBC News Indonesia", aliases=("BBC Indonesia",)),
)
"""Well-known Indonesian-language news outlets."""

_KEY = re.compile(r"[^0-9a-z]+")


def _key(name: str) -> str:
    """A comparison key: lowercase letters and digits only."""
    return _KEY.sub("", name.casefold())


def _index() -> dict[str, Outlet]:
    """Comparison key of every name, alias and domain → its outlet."""
    index: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for name in (outlet.name, *outlet.aliases, *outlet.domains):
            index.setdefault(_key(name), outlet)
    return index


_BY_KEY = _index()


def known_outlet(name: str) -> str | None:
    """Return the canonical name of a known outlet printed as ``name``, else None.

    >>> known_outlet("ANTARA News"), known_outlet("liputan6.com")
    ('ANTARA News', 'Liputan6.com')
    """
    outlet = _BY_KEY.get(_key(name))
    return outlet.name if outlet is not None else None


_WEB_SUFFIX = re.compile(r"\.(?:co\.id|com|co|id|net|org|news)$", re.IGNORECASE)


def same_outlet(name: str, outlet: str) -> bool:
    """Whether ``name`` as printed in a text names the outlet ``outlet``.

    True for two printings of one known outlet ("CNNIndonesia.com" and "CNN
    Indonesia") and for a name that is the outlet's own less its web suffix
    ("DailySocial" and "dailysocial.id").

    >>> same_outlet("CNNIndonesia.com", "CNN Indonesia")
    True
    >>> same_outlet("DailySocial", "dailysocial.id"), same_outlet("Suara", "kumparan")
    (True, False)
    """
    known = known_outlet(name)
    if known is not None and known == known_outlet(outlet):
        return True
    key = _key(_WEB_SUFFIX.sub("", name.strip()))
    return bool(key) and key == _key(_WEB_SUFFIX.sub("", outlet.strip()))


def url_host(url: str) -> str | None:
    """Return the host of a URL without ``www.``/``m.``, lowercase, or None."""
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    for prefix in ("www.", "m.", "amp."):
        host = host.removeprefix(prefix)
    return host or None


def outlet_for_url(url: str) -> str | None:
    """Return the canonical name of the known outlet whose domain serves ``url``.

    Subdomains count ("news.detik.com" is detikcom).
    """
    host = url_host(url)
    if host is None:
        return None
    for outlet in OUTLETS:
        for domain in outlet.domains:
            if host == domain or host.endswith("." + domain):
                return outlet.name
    return None
