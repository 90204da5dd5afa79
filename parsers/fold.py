"""Lower case as `re.IGNORECASE` sees it, for quick checks that must agree with a regex.

With IGNORECASE, Python's re also takes "ſ" for "s", "ı" and "İ" for "i" and the Kelvin sign
for "k"; `str.lower()` does not. A cheap test that decides whether such a regex can match at
all (a word it needs, a faction's letters) folds these too, or it would skip text the regex
accepts.
"""

from __future__ import annotations

_LIKE_ASCII = str.maketrans({"ſ": "s", "ı": "i", "İ": "i", "\u212a": "k"})
_LIKE_ASCII_KEYS = tuple(chr(code) for code in _LIKE_ASCII)


def fold(text: str) -> str:
    """`text` in lower case, with the letters IGNORECASE equates to ASCII ones made ASCII."""
    # translate() looks up every character; these substring tests are far cheaper
    if text.isascii() or not any(odd in text for odd in _LIKE_ASCII_KEYS):
        return text.lower()
    return text.translate(_LIKE_ASCII).lower()
