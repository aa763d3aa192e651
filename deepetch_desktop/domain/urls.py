"""A database address as it may be shown: the password masked, even in an address that is wrong."""

from __future__ import annotations

import re

MASK = "***"
# libpq also takes a password in the query string (postgresql://u@h/db?password=...) and in
# its "key=value" form (host=h password='a b'), which someone may type instead of a URL.
_KEYED_PASSWORD = re.compile(r"((?:^|[?&;\s])(?:password|passwd|pwd)\s*=\s*)('[^']*'?|[^&#;\s]*)",
                             re.IGNORECASE)


def masked_url(url: str) -> str:
    """`url` with whatever may be a password replaced by ***.

    Written for addresses SQLAlchemy cannot parse too (a typing mistake, an unknown scheme, an
    unencoded @ in the password): after `scheme://user:` everything up to the last @ is
    masked; with no @, a non-numeric "port" (`user:password/db`, the host forgotten) is masked
    as well. Where it cannot tell, it masks more than needed, never less."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    authority, at, after = rest.rpartition("@")
    if at:
        user, colon, _password = authority.partition(":")
        rest = f"{user}{colon}{MASK if colon else ''}@{after}"
    elif sep:
        host, slash, path = rest.partition("/")
        name, colon, port = host.rpartition(":")
        if port and not port.isdigit() and not host.endswith("]"):  # "]": [IPv6], no port
            rest = f"{name}:{MASK}{slash}{path}"
    return _KEYED_PASSWORD.sub(rf"\g<1>{MASK}", f"{scheme}{sep}{rest}")
