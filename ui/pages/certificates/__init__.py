"""Certificates page: make certificates, verify one, e-mail them (outbox). One module per tab and dialog."""

from .make_tab import MakeCertificatesTab
from .outbox_tab import OutboxTab
from .page import CertificatesPage
from .preview_dialog import PreviewDialog
from .rows_model import RowsModel
from .smtp_dialog import SmtpDialog
from .template_picker import TemplatePicker
from .verify_tab import VerifyTab

__all__ = ["CertificatesPage", "MakeCertificatesTab", "OutboxTab", "PreviewDialog", "RowsModel", "SmtpDialog",
           "TemplatePicker", "VerifyTab"]
