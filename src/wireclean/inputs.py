"""Read what the command line is given into documents, and clean them into output records.

Reading happens in the main process and is cheap: a file is named, not read (the
worker reads it); a JSON Lines file gives one raw line per record (the worker
decodes it); a WARC file gives each response record's payload (warcio, the
``wireclean[warc]`` extra). :func:`clean_chunk` runs in the workers and turns each
document into its output: a JSON record, or the story as text.

Formats are told by name (``auto``): ``.jsonl``/``.ndjson`` (optionally ``.gz``)
are JSON Lines, ``.warc``/``.warc.gz``/``.arc.gz`` are WARC, anything else is one
page (text or HTML, ``.gz`` decompressed). Stdin is sniffed: ``WARC/`` or gzip
bytes are WARC, a first line that is a JSON object is JSON Lines, else a page.
"""

from __future__ import annotations

import contextlib
import glob
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

import orjson

from wireclean.api import DEFAULT_MAX_SIZE, InputTooLarge, parse
from wireclean.pipeline import Pipeline
from wireclean.records import RECORD_KEYS, MissingField

__all__ = [
    "FORMATS",
    "STORY_KEYS",
    "CleanState",
    "Document",
    "Output",
    "clean_chunk",
    "documents",
]

FORMATS = ("auto", "page", "jsonl", "warc")
Format = Literal["auto", "page", "jsonl", "warc"]

#: Keys of an output record; a carried JSON Lines field of the same name is written
#: as ``input_<name>`` so that neither is lost.
STORY_KEYS = RECORD_KEYS | {"source", "skipped", "warc"}

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
_GLOB_CHARS = frozenset("*?[")
_GZ_RATIO = 5  # a compressed page is about this many times larger once read

#: Status of an output: cleaned, failed (an error record) or skipped (not a page).
OK, FAILED, SKIPPED = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Document:
    """One input to clean: its source id and where its page is.

    ``kind`` says what ``payload`` holds: ``file`` a path to read, ``data`` the page
    (``str`` or ``bytes``), ``record`` a raw JSON Lines line, ``error`` or ``skipped``
    a ``(type, message)`` pair found while reading. ``carry`` holds fields written
    to the output as they are (a WARC record's headers).
    """

    source: str
    kind: Literal["file", "data", "record", "error", "skipped"]
    payload: Any
    carry: dict[str, Any] | None = None
    size: int = 0  # of a file: its size on disk, to weigh chunks of work (0: not measured)

    def __reduce__(self) -> tuple[Any, ...]:
        # Documents go to worker processes in chunks: pickled as one call with the
        # fields, which is about five times faster than the slotted default.
        return (Document, (self.source, self.kind, self.payload, self.carry, self.size))


#: ``(source, text, status)``: the output written for one document.
Output = tuple[str, str, int]


@dataclass(frozen=True, slots=True)
class CleanState:
    """What each worker needs to clean documents into outputs."""

    pipeline: Pipeline | None = None
    explain: bool = False
    text: bool = False
    indent: int | None = None
    field: str | None = None
    max_size: int = DEFAULT_MAX_SIZE
    source: bool = True  # write the source id in each record


# --------------------------------------------------------------------------- reading


def documents(
    inputs: Sequence[str],
    *,
    fmt: Format = "auto",
    max_size: int = DEFAULT_MAX_SIZE,
    stdin: BinaryIO | None = None,
    sizes: bool = True,
) -> Iterator[Document]:
    """Yield the documents of ``inputs`` (files, folders, globs, ``-``), in order.

    Folders are walked recursively in sorted order, skipping hidden names; a glob
    that matches nothing, or a path that does not exist, gives an error document.
    ``sizes`` measures each page file's size (``Document.size``, to weigh chunks of
    work for worker processes); without it, one system call per file is saved.
    """
    for name in inputs:
        if name == "-":
            yield from _stream("-", _stdin(stdin), fmt, max_size, sniff=True)
            continue
        path = Path(name)
        paths: Iterable[str]
        if path.is_dir():
            paths = _walk(path)
        elif not path.exists() and _GLOB_CHARS & set(name):
            paths = [p for p in sorted(glob.glob(name, recursive=True)) if os.path.isfile(p)]
            if not paths:
                yield Document(name, "error", ("FileNotFoundError", f"no file matches {name!r}"))
                continue
        else:
            paths = [name]
        for p in paths:
            yield from _file(p, fmt, max_size, sizes)


def _walk(folder: Path | str) -> Iterator[str]:
    """Yield the files below ``folder`` in sorted path order, hidden names left out.

    Each folder's names are sorted and sub-folders read where they fall, which is the
    order of sorting whole paths by their parts. The walk is lazy: the first file comes
    as soon as its folders are listed, so workers start before a large tree is read.
    Like :func:`os.walk`, links to folders are not followed and unreadable folders are
    passed over.
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted((e for e in listing if not e.name.startswith(".")), key=_name)
    except OSError:
        return
    for entry in entries:
        try:
            is_folder = entry.is_dir()
            is_link = is_folder and entry.is_symlink()
        except OSError:  # pragma: no cover - vanished while listed
            continue
        if not is_folder:
            yield entry.path
        elif not is_link:
            yield from _walk(entry.path)


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _stdin(stdin: BinaryIO | None) -> BinaryIO:
    return stdin if stdin is not None else sys.stdin.buffer


def _file(path: str, fmt: Format, max_size: int, sizes: bool = True) -> Iterator[Document]:
    lower = path.lower()
    if fmt == "page" or (fmt == "auto" and not lower.endswith(_JSONL_SUFFIXES + _WARC_SUFFIXES)):
        size = 0
        if sizes:
            with contextlib.suppress(OSError):  # the worker's read reports the error
                size = os.stat(path).st_size * (_GZ_RATIO if lower.endswith(".gz") else 1)
        yield Document(path, "file", path, size=size)
        return
    try:
        stream: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        yield _error(path, exc)
        return
    with stream:
        if fmt == "jsonl" or (fmt == "auto" and lower.endswith(_JSONL_SUFFIXES)):
            if lower.endswith(".gz"):
                with gzip.GzipFile(fileobj=stream) as unzipped:
                    yield from _jsonl(path, unzipped, max_size)  # type: ignore[arg-type]
            else:
                yield from _jsonl(path, stream, max_size)
        else:
            yield from _warc(path, stream, max_size)


def _stream(
    name: str, stream: BinaryIO, fmt: Format, max_size: int, *, sniff: bool
) -> Iterator[Document]:
    if fmt == "auto" and sniff:
        if not hasattr(stream, "peek"):
            stream = io.BufferedReader(stream)  # type: ignore[type-var]
        head = _peek(stream)
        if head.startswith((b"WARC/", b"\x1f\x8b")):
            fmt = "warc"
        elif head.lstrip().startswith(b"{") and _first_line_is_object(head):
            fmt = "jsonl"
        else:
            fmt = "page"
    if fmt == "jsonl":
        yield from _jsonl(name, stream, max_size)
    elif fmt == "warc":
        yield from _warc(name, stream, max_size)
    else:
        data = read_at_most(stream, max_size)
        if len(data) > max_size:
            yield Document(name, "error", _too_large(f"over {max_size:,}", max_size))
        else:
            yield Document(name, "data", data)


def _peek(stream: BinaryIO) -> bytes:
    peek = getattr(stream, "peek", None)
    if peek is not None:
        return bytes(peek(65536))[:65536]
    return b""


def _first_line_is_object(head: bytes) -> bool:
    line = head.lstrip().split(b"\n", 1)[0]
    if b"\n" not in head.lstrip() and len(head) >= 65536:
        return True  # a first line longer than the peek: trust the brace
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _too_large(size: str, max_size: int) -> tuple[str, str]:
    return ("InputTooLarge", f"input of {size} bytes is over the limit of {max_size:,} (max_size)")


def _error(source: str, exc: BaseException) -> Document:
    return Document(source, "error", (type(exc).__name__, str(exc)))


def _jsonl(name: str, stream: BinaryIO, max_size: int) -> Iterator[Document]:
    number = 0
    while True:
        try:
            line = stream.readline(max_size + 1)
        except (OSError, EOFError, zlib.error) as exc:
            yield _error(f"{name}:{number + 1}", exc)
            return
        if not line:
            return
        number += 1
        if len(line) > max_size and not line.endswith(b"\n"):
            size = len(line)
            while chunk := stream.readline(1 << 20):  # the rest of the line, not kept
                size += len(chunk)
                if chunk.endswith(b"\n"):
                    break
            yield Document(f"{name}:{number}", "error", _too_large(f"{size:,}", max_size))
            continue
        if line.strip():
            yield Document(f"{name}:{number}", "record", line)


def _warc(name: str, stream: BinaryIO, max_size: int) -> Iterator[Document]:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield Document(
            name,
            "error",
            ("ImportError", "reading WARC files needs warcio: pip install 'wireclean[warc]'"),
        )
        return
    records = ArchiveIterator(stream, arc2warc=True)
    offset = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except Exception as exc:  # a broken record: the rest of the file cannot be found
            yield Document(
                f"{name}@{offset}",
                "error",
                (type(exc).__name__, f"{exc} (the rest of this WARC file was not read)"),
            )
            return
        if record.rec_type not in ("response", "resource"):
            continue
        # The payload is read before the offset: asking for the offset reads the record out.
        doc = _warc_document(name, record, max_size)
        with contextlib.suppress(Exception):  # a broken end: the next read says so
            offset = records.get_record_offset()
        if doc.carry is not None:
            doc.carry["warc"]["offset"] = offset
        yield doc if doc.source else Document(f"{name}@{offset}", doc.kind, doc.payload, doc.carry)


def _warc_document(name: str, record: Any, max_size: int) -> Document:
    """Return a WARC record's document; its source is empty when it has no target URI."""
    headers = record.rec_headers
    uri = headers.get_header("WARC-Target-URI")
    source = uri or ""
    carry: dict[str, Any] = {
        "warc": {
            "file": name,
            "offset": 0,
            "record_id": headers.get_header("WARC-Record-ID"),
            "date": headers.get_header("WARC-Date"),
            "target_uri": uri,
        }
    }
    http = record.http_headers
    content_type = (
        http.get_header("Content-Type") if http is not None else headers.get_header("Content-Type")
    ) or ""
    if http is not None:
        status = http.get_statuscode() or ""
        carry["warc"]["status"] = int(status) if status.isdigit() else status
        if not status.startswith("2"):
            return Document(source, "skipped", ("HTTPStatus", f"HTTP status {status}"), carry)
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind and kind not in _PAGE_TYPES:
        return Document(source, "skipped", ("ContentType", f"not a page: {kind}"), carry)
    try:
        data = read_at_most(record.content_stream(), max_size)
    except Exception as exc:  # a truncated or badly encoded payload
        return Document(
            source, "error", (type(exc).__name__, str(exc) or "unreadable payload"), carry
        )
    if len(data) > max_size:
        return Document(source, "error", _too_large(f"over {max_size:,}", max_size), carry)
    charset = _charset(content_type)
    if charset:
        try:
            return Document(source, "data", data.decode(charset), carry)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: let the page's own charset or detection decide
    return Document(source, "data", bytes(data), carry)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


# --------------------------------------------------------------------------- cleaning


def clean_chunk(state: CleanState, chunk: Sequence[Document]) -> list[Output]:
    """Return the output of each document: its JSON record or text, and its status.

    Page files are read ahead, up to :data:`_READ_AHEAD` bytes at a time, and then
    cleaned: the system calls of many reads together and then the cleaning cost less
    than each read between two stories (measured: the command's own share of the CPU
    time on a folder of 1,066 short stories fell from about 8.5% to 7.6%).
    """
    out: list[Output] = []
    held: list[tuple[Document, bytes | Exception | None]] = []
    size = 0
    for doc in chunk:
        data = _read_ahead(doc, state.max_size) if doc.kind == "file" else None
        held.append((doc, data))
        size += len(data) if isinstance(data, bytes) else 0
        if size >= _READ_AHEAD:
            out.extend(_clean(state, held_doc, held_data) for held_doc, held_data in held)
            held, size = [], 0
    out.extend(_clean(state, held_doc, held_data) for held_doc, held_data in held)
    return out


#: Most bytes of page files read ahead of their cleaning (:func:`clean_chunk`), beyond
#: the last file read.
_READ_AHEAD = 1 << 20


def _read_ahead(doc: Document, max_size: int) -> bytes | Exception:
    """Return a page file's bytes, or the error reading it gave (reported in its turn)."""
    try:
        return _read(doc.payload, max_size)
    except Exception as exc:  # an unreadable file: its own error record, later
        return exc


def _clean(state: CleanState, doc: Document, data: bytes | Exception | None = None) -> Output:
    """Return one document's output; ``data`` is its file's bytes or error, read ahead."""
    record: dict[str, Any] = {"source": doc.source} if state.source else {}
    if doc.carry:
        record.update(doc.carry)
    try:
        if doc.kind in ("error", "skipped"):
            kind, message = doc.payload
            status = FAILED if doc.kind == "error" else SKIPPED
            return _write(state, doc, record, {doc.kind: _problem(kind, message)}, status)
        if doc.kind == "file":
            if isinstance(data, Exception):
                raise data
            page: str | bytes = data if data is not None else _read(doc.payload, state.max_size)
        elif doc.kind == "record":
            page = _field(doc.payload, state.field, record)
        else:
            page = doc.payload
        story = parse(page, pipeline=state.pipeline, max_size=state.max_size)
    except Exception as exc:  # one bad input gives an error record; the batch goes on
        return _write(state, doc, record, {"error": _problem(type(exc).__name__, str(exc))}, FAILED)
    if state.text:
        return doc.source, story.to_text(), OK
    record.update(story.to_dict(explain=state.explain))
    return doc.source, _dumps(record, state.indent), OK


_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _dumps(record: dict[str, Any], indent: int | None) -> str:
    """Return ``record`` as JSON: one compact line (orjson), or indented for one story.

    A record orjson cannot write (an integer over 64 bits or a lone surrogate in a
    carried JSON Lines field) is written by the standard library instead.
    """
    if indent is None:
        try:
            return orjson.dumps(record).decode()
        except TypeError:
            return _ENCODER.encode(record)
    return json.dumps(record, ensure_ascii=False, indent=indent)


def _problem(kind: str, message: str) -> dict[str, str]:
    return {"type": kind, "message": message}


def _write(
    state: CleanState, doc: Document, record: dict[str, Any], problem: dict[str, Any], status: int
) -> Output:
    record.update(problem)
    if state.text:
        (value,) = problem.values()
        return doc.source, f"{value['type']}: {value['message']}", status
    return doc.source, _dumps(record, state.indent), status


def _read(path: str, max_size: int) -> bytes:
    if path.lower().endswith(".gz"):
        with open(path, "rb") as stream, gzip.GzipFile(fileobj=stream) as unzipped:
            data = read_at_most(unzipped, max_size)  # type: ignore[arg-type]
        if len(data) > max_size:
            raise InputTooLarge(f"input of over {max_size:,} bytes is over the limit (max_size)")
        return data
    # os.open and os.read: a plain file read without building a buffered file object.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(fd).st_size
        if size > max_size:
            raise InputTooLarge(
                f"input of {size:,} bytes is over the limit of {max_size:,} (max_size)"
            )
        data = os.read(fd, size + 1)  # the whole of a regular file, in one read
        if len(data) != size or not size:  # a growing or special file: read on to the end
            pieces = [data]
            total = len(data)
            while pieces[-1] and total <= max_size:
                pieces.append(os.read(fd, min(1 << 20, max_size + 1 - total)))
                total += len(pieces[-1])
            data = b"".join(pieces)
    finally:
        os.close(fd)
    if len(data) > max_size:
        raise InputTooLarge(f"input of over {max_size:,} bytes is over the limit (max_size)")
    return data


def read_at_most(stream: BinaryIO, limit: int) -> bytes:
    """Return up to ``limit + 1`` bytes of ``stream`` (one more than allowed tells it is too
    large), read in pieces: ``read(limit + 1)`` would allocate the whole limit at once."""
    pieces: list[bytes] = []
    total = 0
    while total <= limit:
        piece = stream.read(min(1 << 20, limit + 1 - total))
        if not piece:
            break
        pieces.append(piece)
        total += len(piece)
    return b"".join(pieces)


def _field(line: bytes, field: str | None, record: dict[str, Any]) -> str:
    item = json.loads(line)
    if not isinstance(item, dict):
        raise ValueError(f"the line is a JSON {type(item).__name__}, not an object")
    key = field or ("html" if "html" in item else "text")
    for name, value in item.items():
        if name != key:
            record["input_" + name if name in STORY_KEYS else name] = value
    value = item.get(key)
    if not isinstance(value, str):
        shown = "no" if value is None else f"a {type(value).__name__}, not a string, in"
        raise MissingField(f"the record has {shown} field {key!r}")
    return value
