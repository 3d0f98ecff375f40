"""Keeping secrets out of messages, logs and health output.

:func:`redact_url` is the one helper: give it a URL (or any text that contains URLs) and it
returns the same text with the credentials replaced by ``***``: the user-info part
(``http://admin:hunter2@host/v1`` → ``http://***@host/v1``) and the values of query
parameters that carry keys or tokens (``?api_key=…``, ``?key=…``, ``?token=…``, …). Everything
else (scheme, host, port, path) is kept, so the message still says which endpoint failed.
"""

from __future__ import annotations

import re

__all__ = ["redact_url"]

# scheme://user:password@ — the authority ends at the first '/', '?', '#' or whitespace;
# greedy, so a password containing '@' is covered up to the last '@' of the authority.
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/?#\s]*@")
_SECRET_PARAMS = re.compile(
    r"(?i)([?&;](?:api[_-]?key|apikey|key|access[_-]?token|token|auth|authorization|secret|client[_-]?secret|"
    r"password|passwd|pwd|sig|signature|x-api-key)=)[^&#;\s]*")


def redact_url(url: object) -> str:
    """``url`` (or any text containing URLs) with user names, passwords and key/token query
    values replaced by ``***``. Safe on text that holds no URL (returned unchanged) and on
    ``None`` or other objects (their ``str``)."""
    text = url if isinstance(url, str) else str(url)
    text = _USERINFO.sub(r"\1***@", text)
    return _SECRET_PARAMS.sub(r"\1***", text)
