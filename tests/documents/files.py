"""Real files built in memory for the extraction tests: PDF, DOCX, ODT, broken and hostile ones.

Nothing binary is committed: each builder writes the smallest valid file of its type.
"""

import io
import random
import struct
import zipfile

from pypdf import PdfReader, PdfWriter

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _pdf_string(text):
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("cp1252") + b")"


def pdf(*lines):
    """A one-page PDF showing ``lines`` in Helvetica (WinAnsi: accents and œ are fine)."""
    shown = b" ".join(_pdf_string(line) + b" Tj T*" for line in lines)
    content = b"BT /F1 12 Tf 72 720 Td 14 TL " + shown + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def encrypted_pdf(*lines, user_password="secret"):
    """``pdf(*lines)`` encrypted (RC4-128); an empty ``user_password`` opens without one."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf(*lines))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def two_page_pdf(first, second):
    writer = PdfWriter()
    for text in (first, second):
        writer.add_page(PdfReader(io.BytesIO(pdf(text))).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def random_bytes(size=4096, seed=0):
    """Noise, the same every run."""
    return random.Random(seed).randbytes(size)


def _zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members:
            compression = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, content, compress_type=compression)
    return out.getvalue()


def docx_xml(*paragraphs, prolog=""):
    """``word/document.xml`` with one ``w:p`` per paragraph (runs split on ``|``)."""
    body = "".join(
        "<w:p><w:pPr><w:tabs><w:tab w:val='left' w:pos='720'/></w:tabs></w:pPr>"
        + "".join(f"<w:r><w:t xml:space='preserve'>{run}</w:t></w:r>" for run in p.split("|"))
        + "</w:p>"
        for p in paragraphs
    )
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"
        + prolog
        + f"<w:document xmlns:w='{W_NS}'><w:body>{body}</w:body></w:document>"
    )


def docx(*paragraphs, document_xml=None):
    """A DOCX file whose body has the given paragraphs."""
    return _zip(
        [
            (
                "[Content_Types].xml",
                "<?xml version='1.0' encoding='UTF-8'?>"
                "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
                "<Default Extension='rels' ContentType="
                "'application/vnd.openxmlformats-package.relationships+xml'/>"
                "<Override PartName='/word/document.xml' ContentType='application/"
                "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/>"
                "</Types>",
            ),
            (
                "_rels/.rels",
                "<?xml version='1.0' encoding='UTF-8'?>"
                "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/"
                "relationships'><Relationship Id='rId1' Type='http://schemas.openxmlformats.org/"
                "officeDocument/2006/relationships/officeDocument' Target='word/document.xml'/>"
                "</Relationships>",
            ),
            ("word/document.xml", document_xml or docx_xml(*paragraphs)),
        ]
    )


def odt(*paragraphs, heading=None):
    """An ODT file: an optional heading, then one ``text:p`` per paragraph."""
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office_ns = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    body = f"<text:h text:outline-level='1'>{heading}</text:h>" if heading else ""
    body += "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    content = (
        "<?xml version='1.0' encoding='UTF-8'?>"
        f"<office:document-content xmlns:office='{office_ns}' xmlns:text='{text_ns}'"
        " office:version='1.3'><office:body><office:text>"
        f"{body}</office:text></office:body></office:document-content>"
    )
    manifest = (
        "<?xml version='1.0' encoding='UTF-8'?>"
        "<manifest:manifest xmlns:manifest='urn:oasis:names:tc:opendocument:xmlns:manifest:1.0'"
        " manifest:version='1.3'><manifest:file-entry manifest:full-path='/'"
        " manifest:media-type='application/vnd.oasis.opendocument.text'/>"
        "<manifest:file-entry manifest:full-path='content.xml' manifest:media-type='text/xml'/>"
        "</manifest:manifest>"
    )
    return _zip(
        [
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("META-INF/manifest.xml", manifest),
            ("content.xml", content),
        ]
    )


def docx_bomb(size):
    """A DOCX whose document.xml is ``size`` bytes once uncompressed (a few KB zipped)."""
    return docx(document_xml=docx_xml("ressourcerie " + "x" * size))


def docx_lying_bomb(real_size, declared_size=1000):
    """A DOCX whose document.xml claims ``declared_size`` bytes but inflates to ``real_size``."""
    data = bytearray(docx_bomb(real_size))
    name = b"word/document.xml"
    local = data.find(b"PK\x03\x04")
    while local != -1:
        name_length = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30 : local + 30 + name_length] == name:
            struct.pack_into("<I", data, local + 22, declared_size)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == name:
            struct.pack_into("<I", data, central + 24, declared_size)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)
