"""The look of the app: Fusion style, a light palette, one stylesheet, and one shipped font (Noto Sans, 10 pt).

The interface font ships in resources/fonts and is registered with the application at start, so every layout has
the metrics it was checked with (tests/gui/test_layout_fit.py) whether the PC has Segoe UI, DejaVu Sans or neither.

Widgets opt into styles with a dynamic ``role`` property (set in Designer or with ``setProperty``):
``QLabel[role="error"]`` red field message, ``[role="hint"]`` grey help text, ``[role="heading"]`` large title,
``QPushButton[role="primary"]`` the main action, ``QLineEdit[invalid="true"]`` a field with an error,
``QFrame[role="card"]`` a white panel and ``QFrame[role="summary"]`` a grey tile holding one figure.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from umkm_desk.paths import resource_path

_log = logging.getLogger(__name__)

ACCENT = "#2f6fdb"
ACCENT_DARK = "#255fc2"
TEXT = "#1b2533"
MUTED = "#5b6b80"
#: a selected row in the lists (also painted by gui.kit.row_delegate)
SELECTION = "#dce8fb"
ERROR = "#c62828"
WINDOW = "#f4f6f9"
BORDER = "#dbe1ea"
SIDEBAR = "#1e2b3c"

UI_FONT_FAMILY = "Noto Sans"
UI_FONT_POINT_SIZE = 10.0
UI_FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf")
# Only used when the shipped files cannot be loaded (a broken install), and by Qt for glyphs Noto Sans lacks.
FALLBACK_FAMILIES = ["Segoe UI", "DejaVu Sans"]

STYLESHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QToolTip {{ background: white; color: {TEXT}; border: 1px solid {BORDER}; padding: 4px; }}

QMenuBar {{ background: white; border-bottom: 1px solid {BORDER}; padding: 2px 6px; }}
QMenuBar::item {{ padding: 4px 10px; border-radius: 4px; }}
QMenuBar::item:selected {{ background: #e8eef8; }}
QMenu {{ background: white; border: 1px solid {BORDER}; padding: 4px; }}
QMenu::item {{ padding: 6px 26px 6px 14px; border-radius: 4px; }}
QMenu::item:selected {{ background: {ACCENT}; color: white; }}
QMenu::separator {{ height: 1px; background: {BORDER}; margin: 4px 8px; }}

QStatusBar {{ background: #e9edf3; color: #3b4a5e; border-top: 1px solid {BORDER}; }}
QStatusBar QLabel {{ padding: 0 10px; color: #3b4a5e; }}
QStatusBar::item {{ border: none; }}

#sidebar {{ background: {SIDEBAR}; }}
#appTitleLabel {{ color: white; font-size: 15pt; font-weight: 700; padding-left: 8px; }}
#appSubtitleLabel {{ color: #93a4ba; font-size: 9pt; padding-left: 8px; }}
#versionLabel {{ color: #6f8199; font-size: 8pt; padding-left: 8px; }}
#navList {{ background: transparent; color: #d7e0ec; outline: 0; border: none; font-size: 10.5pt; }}
#navList::item {{ padding: 8px 10px; border-radius: 6px; margin: 1px 0; }}
#navList::item:hover {{ background: #2a3b52; }}
#navList::item:selected {{ background: {ACCENT}; color: white; }}

#content {{ background: {WINDOW}; }}
#pageHeader {{ background: {WINDOW}; }}
#pageTitleLabel {{ font-size: 18pt; font-weight: 700; color: {TEXT}; }}
#pageSubtitleLabel {{ color: {MUTED}; font-size: 10pt; }}
QStackedWidget#pageStack {{ background: {WINDOW}; }}

QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}

QGroupBox {{ background: white; border: 1px solid {BORDER}; border-radius: 8px;
             margin-top: 0px; padding: 36px 16px 14px 16px; font-size: 11.5pt; font-weight: 700; }}
QGroupBox::title {{ subcontrol-origin: padding; subcontrol-position: top left; left: 16px; top: 12px;
                    color: {TEXT}; font-size: 11.5pt; font-weight: 700; }}
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QPushButton {{ font-size: 10pt; font-weight: 400; }}
QGroupBox QPushButton[role="primary"] {{ font-weight: 600; }}
#actionBar {{ background: white; border-top: 1px solid {BORDER}; }}
QFrame[role="card"] {{ background: white; border: 1px solid {BORDER}; border-radius: 8px; }}
QFrame[role="summary"] {{ background: #f7f9fc; border: 1px solid {BORDER}; border-radius: 8px; }}

QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit {{
    background: white; border: 1px solid #c5cedb; border-radius: 5px; padding: 5px 8px;
    selection-background-color: {ACCENT}; selection-color: white; color: {TEXT}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QDateEdit:focus {{ border: 1px solid {ACCENT}; }}
QLineEdit:disabled, QComboBox:disabled {{ background: #f1f3f6; color: #8a97a8; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"] {{
    border: 1px solid {ERROR}; background: #fff7f7; }}
QComboBox::drop-down {{ border: none; width: 22px; }}

QPushButton {{ background: white; border: 1px solid #c3ccd8; border-radius: 5px; padding: 6px 16px;
               color: {TEXT}; min-height: 18px; }}
QPushButton:hover {{ background: #eef2f7; }}
QPushButton:pressed {{ background: #e1e7ef; }}
QPushButton:focus {{ border: 1px solid {ACCENT}; }}
QPushButton:disabled {{ color: #9aa6b5; background: #f1f3f6; border-color: #dde2e9; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; font-weight: 600; }}
QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[role="primary"]:disabled {{ background: #9dbbef; border-color: #9dbbef; color: white; }}

QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="heading"] {{ font-size: 13pt; font-weight: 700; color: {TEXT}; }}
QLabel[role="preview"] {{ font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 10.5pt; color: {TEXT};
                          background: #eef3fb; border: 1px dashed #9db8e6; border-radius: 4px; padding: 5px 8px; }}

QTableView, QTreeView, QListView {{ background: white; border: 1px solid {BORDER}; border-radius: 6px;
    gridline-color: #eef1f5; selection-background-color: {SELECTION}; selection-color: {TEXT};
    alternate-background-color: #f8fafc; }}
QHeaderView::section {{ background: #f1f4f8; border: none; border-bottom: 1px solid {BORDER};
    border-right: 1px solid #e6eaf0; padding: 6px 8px; font-weight: 600; color: #3b4a5e; }}
QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: 6px; background: white; top: -1px; }}
QTabBar::tab {{ padding: 7px 16px; color: {MUTED}; border: none; border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ color: {TEXT}; border-bottom: 2px solid {ACCENT}; font-weight: 600; }}
QProgressBar {{ border: 1px solid {BORDER}; border-radius: 5px; background: white; text-align: center; height: 16px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
"""


def _palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f8fafc",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#8a97a8",
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.BrightText: ERROR,
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa6b5"))
    return palette


_loaded_families: list[str] | None = None


def load_ui_font() -> list[str]:
    """Register the shipped interface font files with Qt (once per process); the families they provide.

    An unreadable or missing file is logged and skipped: the app then runs with a fallback family rather than
    refusing to start.
    """
    global _loaded_families
    if _loaded_families is not None:
        return _loaded_families
    families: list[str] = []
    for filename in UI_FONT_FILES:
        path = resource_path("fonts", filename)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id == -1:
            _log.warning("interface font %s could not be loaded", path)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    _loaded_families = families
    return families


def ui_font(family: str | None = None) -> QFont:
    """The application font: the shipped family at 10 pt (``family`` overrides it, for the layout tests)."""
    font = QFont()
    font.setFamilies([family or UI_FONT_FAMILY, *FALLBACK_FAMILIES])
    font.setPointSizeF(UI_FONT_POINT_SIZE)
    return font


def arrow_rules() -> str:
    """The arrows of drop-down lists and spin boxes. Once a style sheet gives those widgets a border, Qt draws
    their arrows only from images: without these rules a list looked like a text field and a spin box showed two
    stray lines instead of its up and down buttons. The paths are resolved here because the images sit in the
    resources folder, which moves with the installation."""
    down = resource_path("icons", "chevron-down.svg").as_posix()
    up = resource_path("icons", "chevron-up.svg").as_posix()
    return f"""
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url("{down}"); width: 12px; height: 12px; }}
QComboBox::down-arrow:disabled {{ image: none; }}
QAbstractSpinBox {{ padding-right: 22px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: 20px; border: none; border-left: 1px solid #e1e6ed; background: transparent; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 5px; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 5px; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{ background: #eef2f7; }}
QAbstractSpinBox::up-arrow {{ image: url("{up}"); width: 10px; height: 10px; }}
QAbstractSpinBox::down-arrow {{ image: url("{down}"); width: 10px; height: 10px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled {{ image: none; }}
QDateEdit::drop-down {{ subcontrol-origin: border; subcontrol-position: top right; width: 22px; border: none; }}
"""


def apply_theme(app: QApplication, font_family: str | None = None) -> None:
    """Style, palette, font and stylesheet; ``font_family`` replaces the shipped font (tests check layouts
    with the machine's own fonts too)."""
    load_ui_font()
    app.setStyle("Fusion")
    app.setPalette(_palette())
    app.setFont(ui_font(font_family))
    app.setStyleSheet(STYLESHEET + arrow_rules())


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field red (or clear it); re-polishes so the stylesheet sees the new property."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
