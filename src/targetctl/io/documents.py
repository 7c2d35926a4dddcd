"""The text of a document: plain text in UTF-8 or GBK, .docx or PDF. Libraries load lazily."""

from __future__ import annotations

import codecs
import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from targetctl.domain.drafting.running import without_running
from targetctl.domain.drafting.widths import half_width
from targetctl.domain.messages import Msg
from targetctl.domain.problems import TargetctlError, UsageError
from targetctl.io.paths import error_at
from targetctl.io.pdf_quotes import marks_put_back
from targetctl.io.readers import HEAD_BYTES, Reader, Registry

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
MAX_PDF_PAGES = 2000
MAX_TEXT_BYTES = 4 * 1024 * 1024  # what a source copy may hold (io.plans.MAX_SOURCE_BYTES)
MAX_TEXT_CHARS = MAX_TEXT_BYTES  # a PDF past this many characters is past that many bytes
# characters a plan file cannot hold (YAML refuses them): C0 but tab and line break, DEL, C1,
# lone surrogates (from a PDF's broken font map), U+FFFE/U+FFFF
_UNWRITABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _fail(path: Path, message: Msg, hint: Msg) -> TargetctlError:
    return error_at(path, message, line=0, hint=hint)


def decode(data: bytes) -> str:
    """Bytes of a text file as text: a BOM decides; else UTF-8 if it decodes, else GB18030 (a
    superset of GBK and GB2312), or Big5 (Windows' or Hong Kong's) where the bytes read as both
    and Big5 gives everyday characters. Raises UnicodeDecodeError when none fits, or when the
    reading is noise: mostly rare characters (a Japanese or Latin-1 file), or Korean."""
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
        if _mostly_utf8(data):
            raise  # UTF-8 broken in a place or two (a copy cut short): where, not GBK noise
    gb = data.decode("gb18030")
    gb_share = _everyday(gb, "gb2312", _GB_LEVEL_ONE)
    # Big5 as Windows writes it, in Taiwan; Hong Kong's has characters of its own (邨, 㗎, and
    # 〇 where Windows has ま): of the two, the reading with more everyday characters
    big5, big5_share = "", 0.0
    for codec in ("cp950", "big5hkscs"):
        try:
            reading = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if (share := _everyday(reading, codec, _BIG5_FREQUENT)) > big5_share:
            big5, big5_share = reading, share
    # bytes that are both: the reading in which the text is made of everyday characters
    if big5_share > max(gb_share + 0.2, _NOISE):
        return big5
    if (len(_HAN.findall(_head(gb))) >= _NOISE_LEAST and gb_share < _NOISE) or _korean(data):
        raise UnicodeDecodeError("gb18030", data, 0, len(data), "not Chinese: mostly rare characters")
    return gb


# the lead bytes of each encoding's everyday characters: GB 2312's level one (3,755 characters),
# Big5's frequent block (5,401): a text read in the wrong encoding is mostly rare characters
# (a GBK text of traditional characters still has over half its characters there)
_GB_LEVEL_ONE = range(0xB0, 0xD8)
_BIG5_FREQUENT = range(0xA4, 0xC7)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ODD = re.compile(r"[\u3040-\u30ff\u3100-\u312f\ue000-\uf8ff\uff61-\uff9f]")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_NOISE = 0.3  # a reading with fewer of its Han characters in the everyday block is noise
_NOISE_LEAST = 5  # fewer Han characters than this say nothing (a name in an English text)


def _head(text: str) -> str:
    """The first few thousand characters from the first that is not ASCII: past an English
    preamble, where the characters to weigh start."""
    m = _NOT_ASCII.search(text)
    start = m.start() if m else 0
    return text[start : start + 20000]


def _everyday(text: str, codec: str, lead: range) -> float:
    """The share of the text's Han characters (the first few thousand) that `codec` writes in
    its everyday block, counting against it the kana, bopomofo and private-use characters that a
    Chinese text hardly holds and a wrong reading is full of (Big5's 中 read as GBK is ㄓ's row)."""
    head = _head(text)
    han = _HAN.findall(head)
    odd = len(_ODD.findall(head))
    if not han:
        return 0.0
    common = sum(1 for c in han if c.encode(codec, "replace")[0] in lead)  # "?" is in no block
    return common / (len(han) + odd)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 but for a few bytes: at least ten characters read right for each one that is not
    (GBK read as UTF-8 fails at nearly every character)."""
    text = data.decode("utf-8", "replace")
    broken = len(re.findall("\ufffd+", text))  # a broken character is a run of stand-ins
    return sum(1 for c in text if c > "\x7f" and c != "\ufffd") >= 10 * broken


def _korean(data: bytes) -> bool:
    """EUC-KR bytes: Hangul read as GBK is everyday characters, so the share cannot tell. Read
    as EUC-KR, a GBK text either fails or is half Hanja; a Korean text is Hangul."""
    try:
        # the head alone, a character cut at its end left for later as a decoder leaves it
        start = m.start() if (m := re.search(rb"[\x80-\xff]", data)) else 0
        text = codecs.getincrementaldecoder("euc_kr")().decode(data[start : start + 40000], final=False)
    except UnicodeDecodeError:
        return False
    hangul = len(_HANGUL.findall(text))
    return hangul >= 20 and hangul >= 0.9 * (hangul + len(_HAN.findall(text)))


def _docx(path: Path) -> str:
    from targetctl.io.wordtext import Refused, docx_text

    try:
        return half_width(docx_text(path))
    except Refused as exc:
        raise _fail(path, Msg("doc.not_docx", reason=exc.message), Msg("doc.save_docx")) from None


def _one_line(exc: BaseException) -> str:
    return " ".join(f"{type(exc).__name__}: {exc}".split())[:160]


@contextmanager
def _quiet(name: str) -> Iterator[None]:
    """pypdf logs what it repairs ("incorrect startxref pointer") to stderr from its modules'
    loggers; the user gets one line or none. A level on the parent silences them all."""
    logger = logging.getLogger(name)
    was = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(was)


def _page_count(reader: PdfReader) -> int:
    """The page tree's own /Count: cheap, read before any page is walked."""
    root = reader.trailer["/Root"].get_object()
    pages = root["/Pages"].get_object() if isinstance(root, dict) else None
    count = pages.get("/Count", 0) if isinstance(pages, dict) else 0
    return int(count) if isinstance(count, int) else 0


def _leaves_past(reader: PdfReader, limit: int) -> bool:
    """Whether the page tree has more than `limit` pages, by walking it no further than that.
    /Count can lie, and pypdf's own page list walks the whole tree first (5.6 s for 50,000)."""
    from pypdf.generic import IndirectObject

    root = reader.trailer["/Root"].get_object()
    stack: list[object] = [root["/Pages"]] if isinstance(root, dict) else []
    seen: set[tuple[int, int]] = set()
    leaves = nodes = 0
    while stack:
        ref = stack.pop()
        if isinstance(ref, IndirectObject):
            if (ref.idnum, ref.generation) in seen:
                continue  # a tree that loops back on itself
            seen.add((ref.idnum, ref.generation))
            ref = ref.get_object()
        nodes += 1
        kids = ref.get("/Kids") if isinstance(ref, dict) else None
        if isinstance(kids, list):
            stack.extend(kids)
        else:
            leaves += 1
        if leaves > limit or nodes > 4 * limit:
            return True
    return False


def _pdf(path: Path) -> str:
    from pypdf import PdfReader

    from targetctl.domain.drafting.page_tables import Pages

    hint = Msg("doc.pdf_hint")
    pages = Pages()
    chars = 0
    try:
        with _quiet("pypdf"):
            reader = PdfReader(str(path))
            if reader.is_encrypted and not reader.decrypt(""):
                # an owner password only restricts copying: viewers open it with the empty user password
                raise _fail(path, Msg("doc.password"), Msg("doc.password_hint"))
            declared = _page_count(reader)
            if declared > MAX_PDF_PAGES:
                raise _fail(path, Msg("doc.pages_declared", pages=declared, limit=MAX_PDF_PAGES), Msg("doc.split_pdf"))
            if _leaves_past(reader, MAX_PDF_PAGES):
                raise _fail(path, Msg("doc.pages_more", limit=MAX_PDF_PAGES), Msg("doc.split_pdf"))
            for n, page in enumerate(reader.pages, 1):
                if n > MAX_PDF_PAGES:
                    raise _fail(path, Msg("doc.pages_more", limit=MAX_PDF_PAGES), Msg("doc.split_pdf"))
                # the default order runs a table's cells together: a page that may hold one is
                # read again laid out by columns (domain/drafting/page_tables.py); quotation marks
                # printed in a Latin font are read apart from their words (io/pdf_quotes.py)
                read = _unspaced(marks_put_back(half_width(page.extract_text() or "")))
                text = pages.add(read, partial(_laid_out, page))
                chars += len(text)
                if chars > MAX_TEXT_CHARS:
                    raise _fail(path, Msg("doc.text_4mib"), Msg("doc.split"))
    except TargetctlError:
        raise
    except Exception as exc:  # pypdf raises TypeError, AttributeError, … on damaged files, not only its own errors
        raise _fail(path, Msg("doc.not_pdf", reason=_one_line(exc)), hint) from None
    return without_running(pages.texts)  # a running page header is furniture, not a title


# Word and WPS set Latin runs in Chinese text apart by a gap (自动调整中文与西文间距), which the
# PDF's text layer reads as a space: 新增停车位1000 个, 于2017 年2 月. The text has no such space.
_AUTOSPACE = re.compile(r"(?<=[0-9A-Za-z%.]) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=[0-9A-Za-z])")


def _unspaced(text: str) -> str:
    """A page's text without the gaps set between Chinese and Latin runs (one space, never a
    run of them: runs of spaces lay out a table's cells)."""
    return _AUTOSPACE.sub("", text)


def _laid_out(page: PageObject) -> str | None:
    try:
        return half_width(page.extract_text(extraction_mode="layout") or "")
    except Exception:  # a layout pypdf cannot read leaves the page's text as it was
        return None


def _text(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        orders = _utf16_orders(data[:4096])
        if orders:  # saved by a Windows tool as "Unicode", its mark left off
            return _after_decoding(path, _utf16_whole(path, data, orders))
        if not _stray_nuls(data[:4096]):
            raise _fail(path, Msg("doc.binary"), Msg("doc.give_document"))
        try:
            text = decode(data.replace(b"\x00", b""))  # a database export's or broken copy's stray NULs hold no text
        except UnicodeDecodeError as exc:
            raise _in_file(exc, data) from None
    else:
        text = decode(data)
    return _after_decoding(path, text)


def _after_decoding(path: Path, text: str) -> str:
    from targetctl.domain.drafting.layout_tables import tabulate

    if _WEB_PAGE.match(text):  # its markup would be drafted as words: titles of tags, quotes of scripts
        raise _fail(path, Msg("doc.web_page"), Msg("doc.save_page_text"))
    return tabulate(half_width(text))  # pdftotext -layout's tables, cells separated by runs of spaces


_WEB_PAGE = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)

# what the text of a plan is written in: ASCII, CJK and its punctuation, full-width forms
_TEXT_CHARS = re.compile(r"[\t\n\r\x20-\x7e\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _in_file(exc: UnicodeDecodeError, data: bytes) -> UnicodeDecodeError:
    """`exc`, raised on `data` without its NUL bytes, placed in `data` as the file holds it: the
    byte a person finds in an editor, not the one left once the NULs were dropped."""
    start = exc.start
    at = data.find(0)
    while 0 <= at <= start:
        start += 1
        at = data.find(0, at + 1)
    return UnicodeDecodeError(exc.encoding, data, start, start + exc.end - exc.start, exc.reason)


def _stray_nuls(head: bytes) -> bool:
    """Whether `head` is text with a few NUL bytes strewn in (under 1 in 20): without them,
    nearly every character one a plan's text is written in, read as UTF-8 or as GB18030."""
    if head.count(0) * 20 > len(head):
        return False
    rest = head.replace(b"\x00", b"")
    return any(_plan_text(rest.decode(encoding, errors="replace")) for encoding in ("utf-8", "gb18030"))


def _utf16_orders(head: bytes) -> list[str]:
    """The byte orders in which `head` reads as UTF-16 text: nearly every character one a
    plan's text is written in."""
    even = head[: len(head) // 2 * 2]
    orders = []
    for order in ("utf-16-le", "utf-16-be"):
        try:
            text = codecs.getincrementaldecoder(order)().decode(even, final=False)  # a pair cut at the end waits
        except UnicodeDecodeError:
            continue
        if _plan_text(text):
            orders.append(order)
    return orders


def _utf16_whole(path: Path, data: bytes, orders: list[str]) -> str:
    """`data` read in its one byte order; refused in one line when both orders read as text
    (nothing tells which) or the file breaks further on (cut short, a broken pair)."""
    if len(orders) == 1:
        try:
            return data.decode(orders[0])
        except UnicodeDecodeError:
            pass
    raise _fail(path, Msg("doc.utf16"), Msg("doc.save_utf8"))


def _plan_text(text: str) -> bool:
    """Whether nearly every character of `text` (95%) is one a plan's text is written in."""
    return bool(text) and len(_TEXT_CHARS.findall(text)) >= 0.95 * len(text)


def _not_read(path: Path) -> str:
    raise _fail(path, Msg("doc.format", suffix=path.suffix.lower()), Msg("doc.save_as"))


def _is_docx(path: Path, head: bytes) -> bool:
    """A zip whose central directory (at its end) names a Word document part."""
    if not head.startswith(b"PK\x03\x04"):
        return False
    with path.open("rb") as file:
        file.seek(max(0, path.stat().st_size - 65536))
        return b"word/document.xml" in file.read()


def _is_pdf(_path: Path, head: bytes) -> bool:
    return b"%PDF-" in head[:1024]  # readers accept the header anywhere in the first KiB


READERS = Registry(Reader("text", _text))
READERS.register(Reader("docx", _docx, (".docx",), _is_docx, word=True))
READERS.register(Reader("pdf", _pdf, (".pdf",), _is_pdf))
READERS.register(Reader("not read", _not_read, (".doc", ".wps", ".xls", ".xlsx", ".ppt", ".pptx")))


@dataclass(frozen=True)
class DocumentText:
    text: str
    word: bool  # from a .docx: every line is a paragraph as written, never a line broken inside one


def writable(text: str) -> str:
    """The text as a plan and its source copy can hold it: line breaks made '\\n' (also vertical
    tab, form feed, U+2028/9, which YAML would read as breaks), other control characters dropped."""
    text = text.replace("\r\n", "\n")
    text = text.translate({0x0D: 0x0A, 0x0B: 0x0A, 0x0C: 0x0A, 0x2028: 0x0A, 0x2029: 0x0A})
    return _UNWRITABLE.sub("", text)


def read_document(path: Path) -> DocumentText:
    """The document's text, cleaned by `writable`. A path that is not a file is a UsageError;
    a file that cannot be read, is too large or holds no text a TargetctlError (one line: the
    file and what to do)."""
    try:
        if not path.is_file():
            raise UsageError(Msg("doc.not_found", path=path))
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise _fail(path, Msg("doc.too_large"), Msg("doc.split"))
        if size == 0:  # said before a reader's own words (EmptyFileError) are
            raise _fail(path, Msg("doc.no_text"), Msg("doc.empty"))
        with path.open("rb") as file:
            head = file.read(HEAD_BYTES)
        reader = READERS.pick(path, head)
        text = reader.read(path)
    except UnicodeDecodeError as exc:
        if exc.encoding == "utf-8":
            line = exc.object[: exc.start].count(b"\n") + 1
            raise error_at(path, Msg("doc.utf8_broken", at=exc.start), line=line, hint=Msg("doc.save_utf8")) from None
        raise _fail(path, Msg("doc.encoding"), Msg("doc.save_utf8")) from None
    except OSError as exc:
        raise _fail(path, Msg("doc.cannot_read", reason=exc.strerror or str(exc)), Msg("doc.check_path")) from None
    text = writable(text)
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise _fail(path, Msg("doc.text_too_large"), Msg("doc.split"))
    if not text.strip():
        # only a PDF can be a scan: an empty text or Word file is the wrong file, or saved empty
        raise _fail(path, Msg("doc.no_text"), Msg("doc.ocr" if path.suffix.lower() == ".pdf" else "doc.empty"))
    return DocumentText(text, reader.word)
