"""The text of a document: plain text in UTF-8 or GBK, .docx or PDF. Libraries load lazily."""

from __future__ import annotations

import codecs
from pathlib import Path

from targetctl.domain.problems import TargetctlError
from targetctl.io.paths import error_at

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024


def _fail(path: Path, message: str, hint: str) -> TargetctlError:
    return error_at(path, message, line=0, hint=hint)


def decode(data: bytes) -> str:
    """Bytes of a text file as text: a BOM decides; else UTF-8 if it decodes, else GB18030 (a
    superset of GBK and GB2312). Raises UnicodeDecodeError when neither fits."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def _docx(path: Path) -> str:
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise _fail(path, f"cannot be read as a .docx document ({exc})", "save it again as .docx or as text") from None
    from targetctl.io.docx_text import docx_lines

    return "\n".join(docx_lines(document))  # tables in their place, cells by tabs


def _pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise _fail(path, f"cannot be read as a PDF ({exc})", "export it as text or .docx") from None
    return "\n".join(pages)


def read_document(path: Path) -> str:
    """The document's text. Raises TargetctlError (one line: the file and what to do) when it
    cannot be read or holds no text."""
    try:
        if not path.is_file():
            raise _fail(path, "not found or not a file", "give the path of a .txt, .docx or .pdf document")
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise _fail(path, "is larger than 64 MiB", "split the document")
        suffix = path.suffix.lower()
        if suffix == ".docx":
            text = _docx(path)
        elif suffix == ".pdf":
            text = _pdf(path)
        elif suffix in (".doc", ".wps", ".xls", ".xlsx", ".ppt", ".pptx"):
            raise _fail(path, f"'{suffix}' documents are not read", "save it as .docx, .pdf or plain text")
        else:
            data = path.read_bytes()
            if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                raise _fail(path, "is a binary file, not text", "give a .txt, .docx or .pdf document")
            text = decode(data)
    except UnicodeDecodeError:
        raise _fail(path, "is neither UTF-8 nor GBK text", "save it as UTF-8 text") from None
    except OSError as exc:
        raise _fail(path, f"cannot be read: {exc.strerror or exc}", "check the path and its permissions") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise _fail(path, "holds no text", "for a scanned PDF, run OCR first and give the text")
    return text
