"""Plone File → Wagtail document, Plone Image → Wagtail image.

The binary comes as base64 (``data``), as a path into the blob storage (``blob_path``,
relative paths resolved against ``--blob-root``) or as a download URL (fetched only with
``--download``). Bad base64, a missing blob or an unreadable image fail that item alone.
"""

import base64
import binascii
import io
import os
import urllib.request

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from plone_import.importer.errors import ItemError

FIELD = {"File": "file", "Image": "image"}


def read_binary(ctx, item, plone_type):
    """(file name, bytes) of a File or Image item; raises ItemError with the reason."""
    key = FIELD[plone_type]
    data = item.get(key)
    if not isinstance(data, dict):
        raise ItemError(f"'{key}' is missing or is not an object")
    filename = data.get("filename") or item.get("id") or "file"
    if not isinstance(filename, str):
        raise ItemError(f"'{key}.filename' has a wrong type")
    if data.get("data") is not None:
        if not isinstance(data["data"], str):
            raise ItemError(f"'{key}.data' has a wrong type")
        if len(data["data"]) > ctx.max_file_bytes * 4 // 3 + 4:
            raise ItemError(f"'{key}' is larger than {ctx.max_file_bytes // 2**20} MB")
        if (data.get("encoding") or "base64") != "base64":
            return filename, data["data"].encode(data["encoding"])
        try:
            return filename, base64.b64decode(data["data"], validate=True)
        except (binascii.Error, ValueError) as error:
            raise ItemError(f"bad base64 in '{key}.data': {error}") from error
    if data.get("blob_path"):
        path = str(data["blob_path"])
        if not os.path.isabs(path) and ctx.blob_root:
            path = os.path.join(ctx.blob_root, path)
        if not os.path.isfile(path):
            raise ItemError(f"blob path does not exist: {data['blob_path']}")
        if os.path.getsize(path) > ctx.max_file_bytes:
            raise ItemError(f"'{key}' is larger than {ctx.max_file_bytes // 2**20} MB")
        if ctx.dry_run:
            return filename, b""
        with open(path, "rb") as handle:
            return filename, handle.read()
    if data.get("download"):
        if not ctx.download:
            raise ItemError(f"'{key}' is only a download URL: run with --download to fetch it")
        if ctx.dry_run:
            return filename, b""
        try:
            with urllib.request.urlopen(str(data["download"]), timeout=30) as response:  # noqa: S310
                return filename, response.read(ctx.max_file_bytes + 1)
        except OSError as error:
            raise ItemError(f"cannot download {data['download']}: {error}") from error
    raise ItemError(f"'{key}' has no data, blob_path or download")


def apply_media(ctx, ref, item, existing):
    """Create or update the document or image; return (object, created)."""
    filename, content = read_binary(ctx, item, ref.type)
    if ref.type == "Image":
        _check_image(content)
    model = get_document_model() if ref.type == "File" else get_image_model()
    title = _title(item)
    obj = existing if isinstance(existing, model) else model(collection=ctx.collection)
    created = obj.pk is None
    obj.title = title
    obj.file = ContentFile(content, name=filename)
    if ref.type == "Image":
        obj.file_size = len(content)
    owner = ctx.user_for(item)
    if owner is not None:
        obj.uploaded_by_user = owner
    try:
        obj.save()
    except Exception as error:  # Pillow/Willow raise many kinds for an unreadable image
        raise ItemError(f"cannot store the {ref.type.lower()}: {error}") from error
    ctx.touched(obj)
    return obj, created


def _check_image(content):
    try:
        with PILImage.open(io.BytesIO(content)) as image:
            image.verify()
    except Exception as error:  # Pillow raises many kinds for a broken image
        raise ItemError(f"'image' is not a readable image: {error}") from error


def _title(item):
    title = item.get("title") or item.get("id") or ""
    if not isinstance(title, str):
        raise ItemError("'title' has a wrong type")
    return title[:255]
