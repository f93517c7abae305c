"""Online platforms and services: organisations, though the news writes them as places.

"diunggah di Instagram", "menulis di Twitter": Indonesian puts a platform
after the locative "di" as it puts a city, so a tagger types it a place. A
platform is a company's service, an organisation. The list holds the
platforms the national press names daily; it is general knowledge, not drawn
from any one corpus, and kept apart from :mod:`kilas.lang.id.exonyms` (whose
entries also feed the tagger's training lexicon).
"""

from __future__ import annotations

PLATFORMS: frozenset[str] = frozenset(
    {
        "Facebook",
        "Instagram",
        "Twitter",
        "YouTube",
        "Youtube",
        "WhatsApp",
        "Whatsapp",
        "TikTok",
        "Telegram",
        "Snapchat",
        "WeChat",
        "Weibo",
        "LinkedIn",
        "Google",
        "Netflix",
    }
)
"""Platform names as written."""


def is_platform(form: str) -> bool:
    """True when ``form`` names an online platform ("Instagram", "INSTAGRAM")."""
    return form.casefold() in _FOLDED


_FOLDED = frozenset(p.casefold() for p in PLATFORMS)
