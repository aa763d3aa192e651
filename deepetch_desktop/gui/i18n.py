"""The interface language: the system locale, or the one chosen in Paramètres."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from deepetch_desktop.resources_path import resource

_installed: list[QTranslator] = []
_language = ["fr"]  # the one installed: what the services' sentences are asked in


def language() -> str:
    """'fr' or 'en': the language of the interface as installed (French until then)."""
    return _language[0]


def chosen_language() -> str:
    """'fr' or 'en': the setting if any, else the system's (French unless it is English)."""
    setting = str(QSettings().value("language", "") or "")
    if setting in ("fr", "en"):
        return setting
    system = QLocale.system().language()
    return "en" if system == QLocale.Language.English else "fr"


def install(app: QCoreApplication, language: str) -> None:
    """Load our English catalogue (French is the source) and Qt's own for its buttons."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language[0] = "en" if language == "en" else "fr"
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
                           if QLocale.system().language() != QLocale.Language.English
                           else QLocale.system())
        ours = QTranslator(app)
        if ours.load(str(resource("translations", "deepetch_en.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        qt = QTranslator(app)
        path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(QLocale.Language.French), "qtbase", "_", path):
            app.installTranslator(qt)
            _installed.append(qt)
