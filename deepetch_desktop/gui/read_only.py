"""A copy opened to be looked at (`deepetch-desktop --read-only --db FILE`): every button and
menu action that would write is kept disabled, its tooltip saying why, whatever the page
later decides about it (a selection that would enable it). The database refuses every write
anyway (`review_only`): this only spares the person a refusal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from .widgets import named

WRITES = "deepetchWrites"  # the dynamic property marking what writes (tests list them)


def _t(text: str) -> str:
    return QCoreApplication.translate("read_only", text)


def reason() -> str:
    """What a disabled action's tooltip says."""
    return _t("Base ouverte en lecture seule (--read-only)\u00a0: rien n'y est enregistré. "
              "Ouvrez-la sans --read-only pour la modifier.")


class _KeepDisabled(QObject):
    """Disables again a widget something enabled."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget)
                and not watched.testAttribute(Qt.WidgetAttribute.WA_Disabled)):
            watched.setEnabled(False)
        return False


def keep_disabled(owner: QObject, *things: QWidget | QAction) -> None:
    """Disable `things` for good (for as long as they live), saying why in their tooltip."""
    keeper = owner.findChild(_KeepDisabled, "readOnlyKeeper")
    if keeper is None:
        keeper = _KeepDisabled(owner)
        keeper.setObjectName("readOnlyKeeper")
    why = reason()
    for thing in things:
        thing.setProperty(WRITES, True)
        thing.setToolTip(why)
        thing.setEnabled(False)
        if isinstance(thing, QAction):
            thing.enabledChanged.connect(
                lambda enabled, a=thing: a.setEnabled(False) if enabled else None)
        else:
            thing.installEventFilter(keeper)


def banner(location: str) -> QLabel:
    """The line over the pages that says the file is only looked at."""
    label = named(QLabel(_t("Lecture seule\u00a0: {file} est ouvert pour consultation, rien n'y "
                            "est enregistré\u00a0; les actions qui modifient sont désactivées.")
                         .format(file=location)), "readOnlyBanner")
    label.setWordWrap(True)
    label.setContentsMargins(12, 6, 12, 6)
    # Dark text on amber whatever the palette (light or dark): contrast above 7 : 1.
    label.setStyleSheet("QLabel#readOnlyBanner { background: #fff4ce; color: #4a3700; "
                        "border-bottom: 1px solid #e0c060; }")
    label.setAccessibleName(_t("Lecture seule"))
    return label
