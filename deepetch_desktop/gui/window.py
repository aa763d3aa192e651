"""The main window: sidebar, pages, menus with the usual shortcuts, status bar; it fits the
screen it opens on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSettings, QSize, Qt, QTime, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deepetch_desktop import about
from deepetch_desktop.scheduling import CatchUpTicker
from deepetch_desktop.services import CatchUpReport
from deepetch_desktop.services.results import CompanyView

from . import fmt
from .changes import Topics, caught_up
from .context import AppContext
from .help import show_help
from .icons import icon
from .live import LiveViews
from .message_bar import ERROR
from .move import move_to_server
from .outbox import ask_password_and_send, needs_password
from .pages.base import Page
from .pages.credits import CreditsPage
from .pages.dashboard import DashboardPage
from .pages.invoices import InvoicesPage
from .pages.journal import JournalPage
from .pages.my_space import MySpacePage
from .pages.reports import ReportsPage
from .pages.settings import SettingsPage
from .pages.tasks import TasksPage
from .read_only import banner
from .restore import restore_backup
from .screen import FRAME, available_area, fit_every_dialog, on_a_screen
from .ticker import QUEUED, CatchUpBridge, catch_up_ticker
from .widgets import named

HINT_MS = 8000
DEFAULT_SIZE = QSize(1280, 800)
# Fits 1366 × 768 at 100 % and 1920 × 1080 at 200 % (960 × 540 logical, less a panel and the
# window's frame); below it the pages scroll rather than squeeze.
MINIMUM_SIZE = QSize(760, 460)
SIDEBAR_WIDTH = (150, 240)  # as wide as the longest page title, within these
SIDEBAR_ROOM = 90  # the icon, the item's and the list's padding, the frame


class MainWindow(QMainWindow):
    """An administrator's: Tableau de bord, Crédits, Factures, Tâches, Rapports, Paramètres,
    Journal. A sub-account holder's: Mon espace, then Crédits (with `buy_credits`) and
    Factures (with `see_invoices`) only when granted."""

    logout_requested = Signal()  # « Se déconnecter »: the session forgets and asks again

    def __init__(self, context: AppContext, company_name: str = "") -> None:
        super().__init__()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            fit_every_dialog(app)
        self.context = context
        self.setWindowTitle(self._title(company_name))
        self.setWindowIcon(icon("app"))
        self.pages: list[Page] = self._build_pages(context)
        self._stale: set[int] = set(range(len(self.pages)))
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = named(QListWidget(), "sidebar")
        self.sidebar.setAccessibleName(self.tr("Navigation"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for page in self.pages:
            item = QListWidgetItem(icon(page.icon_name), page.title)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 20))
            self.sidebar.addItem(item)
            self.stack.addWidget(_scrolling(page))
        self.sidebar.setFixedWidth(self._sidebar_width())
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        if context.read_only:  # the line saying so, over the sidebar and the pages
            outer = QWidget()
            column = QVBoxLayout(outer)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(banner(str(getattr(context.db, "location", ""))))
            column.addWidget(central, 1)
            central = outer
        self.setCentralWidget(central)
        self._build_status_bar()
        self._build_menus()
        self.sidebar.currentRowChanged.connect(self.show_page)
        context.events.changed.connect(self._data_changed)
        context.events.company_changed.connect(self.show_company)
        context.events.message.connect(self.say)
        context.events.hint.connect(self.hint)
        context.runner.busy_changed.connect(self._busy)
        context.runner.failed.connect(lambda error: self.say(context.describe(error), ERROR))
        self.ticker: CatchUpTicker | None = None
        self.bridge = CatchUpBridge(self)
        self.bridge.caught_up.connect(self._caught_up, QUEUED)
        self.bridge.failed.connect(self._catch_up_failed, QUEUED)
        self._last_catch_up_error = ""
        self.last_catch_up: CatchUpReport | None = None  # what the latest catch-up did
        self._timezone: str | None = None
        # What other workstations change reloads the pages that show it (issue 16).
        self.live = LiveViews(context, self.changed_elsewhere, self)
        self.restoring = False  # a restore is running: nothing may reopen the database
        self.restored = False  # a backup replaced the database: this window is closing
        self._restore_geometry()
        self.sidebar.setCurrentRow(0)

    def _build_pages(self, context: AppContext) -> list[Page]:
        if context.administers:
            self.dashboard = DashboardPage(context)
            self.credits = CreditsPage(context)
            self.invoices = InvoicesPage(context)
            self.tasks = TasksPage(context)
            self.reports = ReportsPage(context)
            self.settings = SettingsPage(context)
            self.journal = JournalPage(context)
            self.dashboard.open_wanted.connect(self.open_part)
            return [self.dashboard, self.credits, self.invoices, self.tasks, self.reports,
                    self.settings, self.journal]
        self.my_space = MySpacePage(context)
        pages: list[Page] = [self.my_space]
        if context.may("buy_credits"):
            self.credits = CreditsPage(context)
            pages.append(self.credits)
        if context.may("see_invoices"):
            self.invoices = InvoicesPage(context)
            pages.append(self.invoices)
        return pages

    # --- navigation -----------------------------------------------------------------------

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, number: int) -> None:
        if number < 0:
            return
        self.stack.setCurrentIndex(number)
        if self.sidebar.currentRow() != number:
            self.sidebar.setCurrentRow(number)
        if number in self._stale:
            self.refresh_page(number)

    def open_part(self, name: str, part: object) -> None:
        """What a dashboard card or a first step opens: the page `name` on `part`."""
        page = getattr(self, name, None)
        if isinstance(page, Page) and page in self.pages:
            self.show_page(self.pages.index(page))
            page.show_part(part)

    def refresh_page(self, number: int | None = None) -> None:
        number = self.stack.currentIndex() if number is None else number
        self._stale.discard(number)
        self.pages[number].refresh()
        self.refreshed.setText(self.tr("Actualisé à {time}").format(
            time=QTime.currentTime().toString("HH:mm")))

    def showing(self, changed: Topics) -> set[int]:
        """The pages that show something in `changed`."""
        return {number for number, page in enumerate(self.pages) if page.shows & changed}

    def _data_changed(self, changed: Topics) -> None:
        # The page the action was done on has reloaded what it shows itself.
        self._stale |= self.showing(changed) - {self.stack.currentIndex()}

    def _sidebar_width(self) -> int:
        """Room for the longest page title in the system's font, no more: the pages keep the
        rest of a small screen."""
        metrics = self.sidebar.fontMetrics()
        longest = max((metrics.horizontalAdvance(page.title) for page in self.pages), default=0)
        low, high = SIDEBAR_WIDTH
        return max(low, min(high, longest + SIDEBAR_ROOM))

    def _title(self, company_name: str) -> str:
        """« Atelier Lumière — Deepetch Desktop »: ending with the application's name, which
        the window system then does not add a second time."""
        shown = company_name
        if self.context.read_only:
            shown = (self.tr("{title} (lecture seule)").format(title=company_name)
                     if company_name else self.tr("Lecture seule"))
        return (self.tr("{company} — Deepetch Desktop").format(company=shown)
                if shown else "Deepetch Desktop")

    def show_company(self, company: CompanyView) -> None:
        """New company details: its name in the title, its time zone for the dates shown."""
        self.setWindowTitle(self._title(company.name))
        fmt.set_company_timezone(company.timezone)

    # --- scheduled work -------------------------------------------------------------------

    def start_schedule(self, timezone_name: str) -> None:
        """Start the catch-up ticker (it runs catch_up at once); `shutdown` stops it."""
        self._timezone = timezone_name
        if self.ticker is None:
            self.ticker = catch_up_ticker(self.context, timezone_name, self.bridge)
        self.ticker.start()
        self.live.start()

    def stop_schedule(self) -> None:
        """Stop the ticker and wait for its tick (a restore needs the database to itself)."""
        self.live.stop()
        if self.ticker is not None:
            self.ticker.stop()
            self.ticker = None

    def resume_schedule(self) -> None:
        """Start a new ticker after `stop_schedule`, if there was one."""
        if self._timezone is not None and self.ticker is None:
            self.start_schedule(self._timezone)

    def shutdown(self) -> None:
        """Stop the ticker and wait for background work: the database may then be closed."""
        self.live.stop()
        if self.ticker is not None:
            self.ticker.stop()
        self.context.runner.wait(10_000)

    @Slot(object)
    def _caught_up(self, report: CatchUpReport) -> None:
        if self.restoring:  # a late report: reloading pages would reopen the database
            return
        self._last_catch_up_error = ""
        self.last_catch_up = report
        if (needs_password(report.outbox) and not self.context.smtp_password_declined
                and self.context.administers):  # the SMTP password is the administrator's
            ask_password_and_send(self.context, self.tr("Travaux planifiés"), owner=self)
        changed = caught_up(report)
        if changed:
            self.changed_elsewhere(changed)
        elif isinstance(page := self.current_page(), DashboardPage):
            page.refresh_notifications()  # another workstation may have added some

    def changed_elsewhere(self, changed: Topics) -> None:
        """Changed by the catch-up or another workstation: the pages that show it are stale,
        the one shown reloads now."""
        if self.restoring:  # reloading would reopen the database
            return
        self.context.events.changed.emit(changed)
        if self.current_page().shows & changed:
            self.refresh_page()

    @Slot(object)
    def _catch_up_failed(self, error: BaseException) -> None:
        message = self.tr("Travaux planifiés\u00a0: {error}").format(
            error=self.context.describe(error))
        if message != self._last_catch_up_error:  # once, not every minute
            self._last_catch_up_error = message
            self.say(message, ERROR)

    # --- status bar -----------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Travail en cours"))
        self.busy.setVisible(False)
        location = str(getattr(self.context.db, "location", ""))
        self.database = QLabel(self.tr("Base\u00a0: {name}").format(name=_short(location)))
        self.database.setToolTip(location)
        self.user = QLabel(self.tr("Connecté\u00a0: {name}").format(name=self.context.actor.name))
        if self.context.actor.email:
            self.user.setToolTip(self.context.actor.email)
        self.refreshed = QLabel("")
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.refreshed)
        bar.addPermanentWidget(self.user)
        bar.addPermanentWidget(self.database)

    def say(self, text: str, kind: str = "info") -> None:
        """A result or an error not tied to one page: in the message bar of the page shown."""
        self.current_page().say(text, kind)

    def message(self) -> str:
        """The message shown in the current page's message bar ('' when none)."""
        return self.current_page().message_bar.message()

    def hint(self, text: str) -> None:
        """A short hint in the status bar, gone after a few seconds."""
        self.statusBar().showMessage(text, HINT_MS)

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    # --- menus ----------------------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | str | None,
                slot: Callable[..., object]) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file = menus.addMenu(self.tr("&Fichier"))
        file.addAction(self._action(self.tr("&Actualiser"), "F5",
                                    lambda: self.refresh_page()))
        file.addAction(self._action(self.tr("A&perçu avant impression…"), None,
                                    self._preview))
        file.addAction(self._action(self.tr("&Imprimer…"), "Ctrl+P", self._print))
        if self.context.administers:
            file.addSeparator()
            self.restore_action = self._action(self.tr("&Restaurer une sauvegarde…"), None,
                                               lambda: restore_backup(self))
            file.addAction(self.restore_action)
            if getattr(self.context.db, "file_path", None):  # a SQLite file: it can move
                self.move_action = self._action(self.tr("Déplacer le compte sur un serveur…"),
                                                None, lambda: move_to_server(self))
                file.addAction(self.move_action)
        file.addSeparator()
        self.logout_action = self._action(self.tr("Se &déconnecter"), None,
                                          self.logout_requested.emit)
        file.addAction(self.logout_action)
        # A copy looked at: no login to forget; restoring or moving the account would write.
        self.context.writes(self.logout_action, *(
            action for action in (getattr(self, "restore_action", None),
                                  getattr(self, "move_action", None)) if action is not None))
        self.quit_action = self._action(self.tr("&Quitter"), "Ctrl+Q", self.close)
        file.addAction(self.quit_action)
        edit = menus.addMenu(self.tr("É&dition"))
        edit.addAction(self._action(self.tr("&Rechercher"), "Ctrl+F",
                                    lambda: self.current_page().focus_search()))
        edit.addAction(self._action(self.tr("&Nouveau"), "Ctrl+N", self._new_item))
        go = menus.addMenu(self.tr("A&ller à"))
        for number, page in enumerate(self.pages):
            go.addAction(self._action(page.title, f"Ctrl+{number + 1}",
                                      lambda _=False, n=number: self.show_page(n)))
        help_menu = menus.addMenu(self.tr("Aid&e"))
        help_menu.addAction(self._action(self.tr("&Aide sur cette page"), "F1",
                                         self.show_help))
        help_menu.addAction(self._action(self.tr("À &propos de Deepetch Desktop"), None,
                                         self._about))

    def _new_item(self) -> None:
        if not self.current_page().new_item():
            self.hint(self.tr("Rien à créer sur cette page."))

    def _print(self) -> None:
        printer = getattr(self.current_page(), "print_current", None)
        if printer is not None:
            printer()
        else:
            self.hint(self.tr("Rien à imprimer sur cette page."))

    def _preview(self) -> None:
        preview = getattr(self.current_page(), "preview_current", None)
        if preview is not None:
            preview()
        else:
            self.hint(self.tr("Rien à imprimer sur cette page."))

    def show_help(self) -> None:
        """F1: the short help page of the page shown, in the interface's language."""
        page = self.current_page()
        self.help_dialog = show_help(self, page.help_topic(), self.context.lang)

    def about_text(self) -> str:
        return self.tr(
            "Deepetch Desktop {version}\n\nL'administration du compte entreprise Deepetch\u00a0: "
            "panier de crédits, sous-comptes, limites et factures.").format(
                version=about.version())

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("À propos de Deepetch Desktop"), self.about_text())

    # --- window state ---------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        """The size and place saved at the last close, if they still fit a screen; else the
        default size, clamped to the screen's available area (maximised when smaller)."""
        self.setMinimumSize(minimum_size(available_area(self)))
        geometry = QSettings().value("window/geometry")
        if geometry is not None and self.restoreGeometry(geometry) \
                and on_a_screen(self.frameGeometry()):
            return
        fit_to_screen(self, DEFAULT_SIZE)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        self.shutdown()
        super().closeEvent(event)


def minimum_size(area: QRect) -> QSize:
    """MINIMUM_SIZE, or less on a screen too small for it."""
    return MINIMUM_SIZE.boundedTo(area.size() - FRAME)


def fit_to_screen(window: QMainWindow, default: QSize) -> None:
    """The window's minimum size within the screen, its default size clamped to it, centred;
    maximised when the screen is smaller than the default."""
    area = available_area(window)
    window.setMinimumSize(minimum_size(area))
    size = default.boundedTo(area.size() - FRAME)
    window.resize(size)
    window.move(area.center() - window.rect().center())
    if size != default:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def _scrolling(page: QWidget) -> QScrollArea:
    """The page in a frameless scroll area: below its minimum size it scrolls instead of
    being cut."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def _short(location: str) -> str:
    """A database's file name, or its server address (already without password)."""
    if "://" in location:
        return location.split("@")[-1]
    return location.replace("\\", "/").rsplit("/", 1)[-1]
