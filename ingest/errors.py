"""Expected failures of ingest: each names why a file could not be read."""


class IngestError(Exception):
    """A file could not be ingested; the message is one line, fit for an operator."""


class EmptyFile(IngestError):
    """The file has zero bytes."""


class NotAPDF(IngestError):
    """The file is not a PDF (no %PDF header or unparseable)."""


class TruncatedPDF(IngestError):
    """The PDF is damaged or cut short."""


class EncryptedPDF(IngestError):
    """The PDF is password-protected."""


class NoTextLayer(IngestError):
    """No page has a text layer (a scan); OCR is not supported yet."""


class UnsupportedFile(IngestError):
    """Only .pdf and .txt files are ingested."""
