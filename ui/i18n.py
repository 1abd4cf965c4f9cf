"""Qt side of translations: one QTranslator over the core catalog, and layout direction."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from workshop_kit import i18n


class CatalogTranslator(QTranslator):
    """Looks strings up by source text in the same catalog the core uses (context-free).

    With a count (``self.tr("%n session(s)", "", n)``) it returns the numerus form the core's
    ``plural_index`` picks for the language, Qt's own order; Qt then puts ``n`` in place of ``%n``.
    """

    def __init__(self, lang: str, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.lang = lang
        self._table = i18n.catalog(lang)
        self._plurals = i18n.plural_catalog(lang)

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ANN001, ANN201, ARG002
        if n is not None and n >= 0 and source_text in self._plurals:
            return self._plurals[source_text][i18n.plural_index(self.lang, n)]
        return self._table.get(source_text)  # None (a null QString) lets Qt fall back to the source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return not self._table and not self._plurals


_installed: CatalogTranslator | None = None
_qt_installed: QTranslator | None = None


def qt_translator(lang: str, parent=None) -> QTranslator | None:  # noqa: ANN001
    """Qt's own translations (file dialogs, Yes/No/Cancel, context menus) shipped with PySide6."""
    translator = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{lang}", folder) else None


def apply_language(app: QApplication, lang: str) -> None:
    """Install the translator for ``lang`` and set the layout direction (RTL for Arabic)."""
    global _installed, _qt_installed
    i18n.set_language(lang)
    for old in (_installed, _qt_installed):
        if old is not None:
            QCoreApplication.removeTranslator(old)
    _installed = _qt_installed = None
    if lang != "en":
        _qt_installed = qt_translator(lang, app)
        if _qt_installed is not None:
            QCoreApplication.installTranslator(_qt_installed)
    catalog = CatalogTranslator(lang, app)  # installed last: asked first; English has its plural forms
    if not catalog.isEmpty():
        _installed = catalog
        QCoreApplication.installTranslator(catalog)
    locale = {"fr": QLocale(QLocale.French, QLocale.Morocco), "ar": QLocale(QLocale.Arabic, QLocale.Morocco)}.get(
        lang, QLocale(QLocale.English, QLocale.UnitedKingdom)
    )
    QLocale.setDefault(locale)
    app.setLayoutDirection(Qt.RightToLeft if i18n.is_rtl(lang) else Qt.LeftToRight)


def _qt_strings_missing_from_qt_catalogs() -> None:
    """Never called: marks labels of Qt's own file dialog that the bundled qtbase_fr/qtbase_ar catalogs
    lack (they stayed English in French and Arabic). ``scripts/i18n.py`` extracts them into our catalog,
    whose context-free translator is asked before Qt's."""
    QCoreApplication.translate("QFileDialog", "&Look in:")
    QCoreApplication.translate("QFileDialog", "Files of &type:")
