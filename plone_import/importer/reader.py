"""Streaming reader for the JSON arrays collective.exportimport writes.

A content export can be hundreds of megabytes, so it is never loaded at once: ``iter_array``
decodes one element at a time and yields its byte offset and length. The importer keeps only
those (plus a few keys) and reads each item again with ``read_at`` when it imports it, so memory
stays flat whatever the size of the export.
"""

import json
from dataclasses import dataclass

CHUNK_SIZE = 1 << 20
DEFAULT_MAX_ITEM_BYTES = 64 << 20
_WHITESPACE = " \t\n\r"


class ReadError(Exception):
    """The file cannot be read further (truncated or malformed JSON); items before it stand."""

    def __init__(self, message, offset=None):
        super().__init__(message)
        self.offset = offset


@dataclass
class Element:
    index: int
    offset: int
    length: int
    value: object


def iter_array(path, max_item_bytes=DEFAULT_MAX_ITEM_BYTES):
    """Yield each element of the JSON array in ``path`` as an ``Element``.

    A file holding a single JSON object yields it as the only element; an empty file none.
    Raises ``ReadError``
    where the JSON stops making sense (after yielding every element before that point).
    """
    decoder = json.JSONDecoder()
    with open(path, "rb") as handle:
        reader = _Buffer(handle)
        reader.skip_whitespace()
        first = reader.peek()
        if first == "":
            # collective.exportimport writes nothing at all (not "[]") when nothing matched.
            return
        if first == "{":
            value, length = reader.decode(decoder, max_item_bytes)
            yield Element(0, 0, length, value)
            return
        if first != "[":
            raise ReadError("the file is not a JSON array or object", 0)
        reader.advance(1)
        index = 0
        while True:
            reader.skip_whitespace()
            char = reader.peek()
            if char == "":
                raise ReadError(f"truncated JSON after item {index}", reader.position)
            if char == "]":
                return
            if index and char == ",":
                reader.advance(1)
                reader.skip_whitespace()
            elif index:
                raise ReadError(f"expected ',' or ']' after item {index}", reader.position)
            offset = reader.position
            value, length = reader.decode(decoder, max_item_bytes)
            yield Element(index, offset, length, value)
            index += 1


def read_raw(path, offset, length):
    """The bytes of the element stored at ``offset`` in ``path``."""
    with open(path, "rb") as handle:
        handle.seek(offset)
        return handle.read(length)


def read_at(path, offset, length):
    """The element stored at ``offset`` (bytes) in ``path``, decoded."""
    return json.loads(read_raw(path, offset, length).decode("utf-8"))


class _Buffer:
    """Text read from a binary file, with the byte offset of its first character."""

    def __init__(self, handle):
        self.handle = handle
        self.text = ""
        self.position = 0  # byte offset of self.text[0]
        self.eof = False

    def fill(self, size=CHUNK_SIZE):
        data = self.handle.read(size)
        if not data:
            self.eof = True
            return False
        # Never cut a UTF-8 sequence in two: complete it from the file.
        while True:
            try:
                self.text += data.decode("utf-8")
                return True
            except UnicodeDecodeError as error:
                if error.start < len(data) - 3:
                    raise ReadError("the file is not UTF-8", self.position) from error
                more = self.handle.read(1)
                if not more:
                    raise ReadError("the file is not UTF-8", self.position) from error
                data += more

    def peek(self):
        if not self.text and not self.eof:
            self.fill()
        return self.text[:1]

    def advance(self, count):
        consumed, self.text = self.text[:count], self.text[count:]
        self.position += len(consumed.encode("utf-8"))

    def skip_whitespace(self):
        while True:
            stripped = self.text.lstrip(_WHITESPACE)
            self.advance(len(self.text) - len(stripped))
            if self.text or self.eof or not self.fill():
                return

    def decode(self, decoder, max_item_bytes):
        """Decode the value at the start of the buffer, reading more of the file as needed."""
        while True:
            try:
                value, end = decoder.raw_decode(self.text)
            except json.JSONDecodeError as error:
                if self.eof:
                    raise ReadError(
                        f"truncated or malformed JSON: {error.msg}", self.position + error.pos
                    ) from error
                if len(self.text.encode("utf-8")) > max_item_bytes:
                    raise ReadError(
                        f"an item is larger than {max_item_bytes} bytes or the JSON is malformed",
                        self.position,
                    ) from error
                # Read geometrically more, so a huge item is decoded a few times, not thousands.
                self.fill(max(CHUNK_SIZE, len(self.text)))
                continue
            # A number at the very end of the buffer may continue in the next chunk.
            if end == len(self.text) and not self.eof and self.fill():
                continue
            length = len(self.text[:end].encode("utf-8"))
            self.advance(end)
            return value, length
