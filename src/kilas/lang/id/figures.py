"""Short names of well-known Indonesian public figures, with their full names.

Indonesian news calls its best-known figures by a nickname or an acronym that
shares no word with the full name ("Jokowi" for Joko Widodo, "SBY" for Susilo
Bambang Yudhoyono, "Gus Dur" for Abdurrahman Wahid), so no rule over the text
can link them: this is knowledge, like the exonym list of
:mod:`kilas.lang.id.exonyms`. Each entry is a public figure whose short name is
the one used across the national press and given in the first sentence of the
person's Indonesian Wikipedia article; a short name that another well-known
person shares ("Anies", "Sandi", "Gatot") is left out. The list is general,
not drawn from any one corpus, and small on purpose.
"""

from __future__ import annotations

import functools

FIGURES: dict[str, tuple[str, ...]] = {
    "Joko Widodo": ("Jokowi",),
    "Susilo Bambang Yudhoyono": ("SBY",),
    "Basuki Tjahaja Purnama": ("Ahok", "BTP"),
    "Jusuf Kalla": ("JK",),
    "Abdurrahman Wahid": ("Gus Dur",),
    "Megawati Soekarnoputri": ("Megawati",),
    "Soekarno": ("Bung Karno", "Sukarno"),
    "Soeharto": ("Pak Harto", "Suharto"),
    "Bacharuddin Jusuf Habibie": ("BJ Habibie", "B.J. Habibie"),
    "Prabowo Subianto": ("Prabowo",),
    "Muhaimin Iskandar": ("Cak Imin",),
    "Abdullah Gymnastiar": ("Aa Gym",),
    "Saifullah Yusuf": ("Gus Ipul",),
    "Tri Rismaharini": ("Risma",),
    "Bambang Soesatyo": ("Bamsoet",),
    "Zulkifli Hasan": ("Zulhas",),
    "Budi Waseso": ("Buwas",),
}
"""Full name → the short names the press gives the person."""


@functools.cache
def _short_names() -> dict[str, str]:
    return {short: full for full, shorts in FIGURES.items() for short in shorts}


def full_name(form: str) -> str | None:
    """The full name of the figure called ``form`` ("Jokowi" → "Joko Widodo"), or None.

    The full name itself is not looked up: it is already the canonical name.
    """
    return _short_names().get(form)
