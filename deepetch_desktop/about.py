"""What this program is: its installed version, for `--version` and the About box."""

from __future__ import annotations

DISTRIBUTION = "deepetch-desktop"


def version() -> str:
    """The installed distribution's version; the package's own when it is run from a source
    tree or a bundle that carries no metadata."""
    from importlib import metadata  # tens of milliseconds: only when the version is asked for

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        from . import __version__

        return __version__
