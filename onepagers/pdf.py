"""HTML to PDF with WeasyPrint (pip, plus Debian's Pango: libpango-1.0-0, libpangoft2-1.0-0).

Imported lazily so the intranet starts without it; ``PdfUnavailable`` tells the view to
explain, in French, that only the printable version is available.
"""

import logging

logger = logging.getLogger(__name__)


class PdfUnavailable(Exception):
    """WeasyPrint or its system libraries are missing on this server."""


def html_to_pdf(html, base_url=None):
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:  # OSError: Pango missing
        logger.warning("PDF export unavailable: %s", error)
        raise PdfUnavailable(str(error)) from error
    return HTML(string=html, base_url=base_url).write_pdf()
