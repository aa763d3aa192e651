"""No message of the command line names a database password, whatever the address."""

from __future__ import annotations

import pytest

from deepetch_desktop.cli import main

URLS = [
    "postgresql://u:secretpw@127.0.0.1:1/x",  # nothing listens on port 1: cannot connect
    "postgresql://u:secret@pw@127.0.0.1:1/x",  # SQLAlchemy would keep "pw" in its own mask
    "foo://u:secretpw@h/x",  # unsupported scheme
    "postgresql://u:secretpw@h:notaport/x",  # SQLAlchemy cannot parse it
    "u:secretpw@h/x",
]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("as_json", [False, True])
def test_cli_masks_the_database_password(url: str, as_json: bool, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(["--db", url, *(["--json"] if as_json else []), "status"])
    out, err = capsys.readouterr()
    assert code == 2, err
    assert "secret" not in out + err and "pw" not in out + err
    assert "***" in err
    assert ('"error": "database_refused"' in err) == as_json
