"""The kilas error tree. Every message carries a code, the value and what to do.

Codes are stable and searchable: ``E0xx`` input, ``E1xx`` configuration,
``E2xx`` store, ``E3xx`` pipeline.
"""

from __future__ import annotations


class KilasError(Exception):
    """Base of every error kilas raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code is not None:
            self.code = code
        super().__init__(f"[{self.code}] {message}")


class InputError(KilasError):
    """An input file or record cannot be read."""

    code = "E001"


class ConfigError(KilasError):
    """A setting or option has an invalid value."""

    code = "E100"


class StoreError(KilasError):
    """The store cannot be opened, migrated or written."""

    code = "E200"


class PipelineError(KilasError):
    """Stages are missing or wired in the wrong order."""

    code = "E300"


# Input problems, one code each, so a run report can count them.
E_NOT_FOUND = "E002"  # path does not exist
E_UNREADABLE = "E003"  # permission or OS error
E_EMPTY = "E004"  # no text at all
E_BINARY = "E005"  # looks like binary data
E_DECODE = "E006"  # no encoding fits
E_TRUNCATED = "E007"  # truncated gzip / WARC
E_TOO_LARGE = "E008"  # over the size limit
E_BAD_JSON = "E009"  # malformed JSON line
E_NO_TEXT_FIELD = "E010"  # JSON record without a text field
E_UNSUPPORTED = "E011"  # unknown file type
E_NO_MAIN_TEXT = "E012"  # HTML without extractable main text
E_TOO_LONG = "E015"  # one article over the character limit
