"""A database address is shown with its password masked, even when it cannot be parsed."""

from __future__ import annotations

import pytest

from deepetch_desktop.domain.errors import DatabaseRefused
from deepetch_desktop.domain.urls import masked_url


@pytest.mark.parametrize(("url", "shown"), [
    ("postgresql://u:secretpw@127.0.0.1:1/x", "postgresql://u:***@127.0.0.1:1/x"),
    ("foo://u:secretpw@h/x", "foo://u:***@h/x"),
    ("postgresql://u:secret@pw@h/x", "postgresql://u:***@h/x"),  # an unencoded @
    ("postgresql://u:a://secretpw@h/x", "postgresql://u:***@h/x"),
    ("postgresql://u:secret pw@h:notaport/x", "postgresql://u:***@h:notaport/x"),
    ("u:secretpw@h/x", "u:***@h/x"),  # no scheme
    ("postgresql://u:secretpw/x", "postgresql://u:***/x"),  # the host forgotten
    ("postgresql://u@h/x?sslmode=require&password=secretpw&a=b",
     "postgresql://u@h/x?sslmode=require&password=***&a=b"),
    ("host=h password='secret pw' user=u", "host=h password=*** user=u"),
    # nothing to hide: unchanged
    ("postgresql://u@h:5432/x", "postgresql://u@h:5432/x"),
    ("postgresql://[::1]/x", "postgresql://[::1]/x"),
    ("sqlite:////home/camille/deepetch.sqlite3", "sqlite:////home/camille/deepetch.sqlite3"),
    ("/home/camille@atelier/deepetch.sqlite3", "/home/camille@atelier/deepetch.sqlite3"),
    ("n'importe quoi", "n'importe quoi"),
])
def test_masked_url(url: str, shown: str) -> None:
    assert masked_url(url) == shown
    assert "secret" not in masked_url(url)


def test_database_refused_never_holds_the_password() -> None:
    refused = DatabaseRefused("bad_url", "foo://u:secretpw@h/x")
    assert refused.location == "foo://u:***@h/x"
    assert "secretpw" not in str(refused)
