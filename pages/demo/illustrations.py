"""Simple illustrations drawn at load time with Pillow: abstract shapes and a title.

Nothing is downloaded. The title uses DejaVu Sans when the system has it, Pillow's default
font otherwise. Each drawing is deterministic, so a reload produces the same picture.
"""

import io
import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 675
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# The roadmap's colours: deep teal, cooperative green, warm yellow, coral, and a light paper.
TEAL = (11, 79, 108)
GREEN = (58, 125, 68)
YELLOW = (242, 177, 52)
CORAL = (228, 87, 46)
PAPER = (247, 244, 234)
INK = (25, 35, 45)
PALETTE = [TEAL, GREEN, YELLOW, CORAL, (120, 94, 160), (31, 138, 140)]

COLLECTION_NAME = "Illustrations"

# key -> (title drawn on the picture and used as the image title, default alternative text)
ILLUSTRATIONS = {
    "feuille-de-route": (
        "Feuille de route ESS 2021-2026",
        "Huit cercles de couleur reliés à dix carrés, sous le titre de la feuille de route.",
    ),
    "solilab": (
        "Le Solilab",
        "Trois halles stylisées aux toits en dents de scie au bord d'un fleuve.",
    ),
    "ateliers": (
        "32 ateliers de co-construction",
        "Douze cercles de couleur disposés autour d'une table ovale.",
    ),
    "filieres": (
        "10 filières de coopération",
        "Une mosaïque de dix tuiles de couleurs différentes.",
    ),
}


def _font(size):
    path = FONT_DIR / "DejaVuSans-Bold.ttf"
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def _title(draw, text):
    """Draw the title on a band at the bottom of the picture."""
    draw.rectangle([0, HEIGHT - 130, WIDTH, HEIGHT], fill=TEAL)
    draw.text((60, HEIGHT - 65), text, font=_font(52), fill=PAPER, anchor="lm")


def _draw_roadmap(draw):
    """Eight circles (the levers) linked to ten squares (the sectors)."""
    circles = [(120 + i * 137, 150) for i in range(8)]
    squares = [(95 + i * 112, 400) for i in range(10)]
    for index, (cx, cy) in enumerate(circles):
        for sx, sy in squares[index : index + 3]:
            draw.line([cx, cy, sx + 30, sy], fill=(190, 190, 180), width=3)
    for index, (cx, cy) in enumerate(circles):
        draw.ellipse([cx - 45, cy - 45, cx + 45, cy + 45], fill=PALETTE[index % 4])
    for index, (sx, sy) in enumerate(squares):
        draw.rectangle([sx, sy, sx + 60, sy + 60], fill=PALETTE[(index + 1) % 6])


def _draw_solilab(draw):
    """Three halls with saw-tooth roofs by a river."""
    draw.rectangle([0, 470, WIDTH, 545], fill=(120, 170, 200))
    for hall in range(3):
        left = 140 + hall * 320
        draw.rectangle([left, 260, left + 280, 470], fill=PALETTE[hall])
        for tooth in range(4):
            x = left + tooth * 70
            draw.polygon([(x, 260), (x + 70, 260), (x + 70, 200)], fill=PALETTE[hall])
        for window in range(3):
            wx = left + 30 + window * 85
            draw.rectangle([wx, 320, wx + 50, 400], fill=PAPER)


def _draw_workshops(draw):
    """Overlapping circles around a table, like participants in a workshop."""
    cx, cy = WIDTH // 2, 265
    draw.ellipse([cx - 150, cy - 80, cx + 150, cy + 80], fill=(220, 210, 190))
    for index in range(12):
        angle = 2 * math.pi * index / 12
        x = cx + int(330 * math.cos(angle))
        y = cy + int(170 * math.sin(angle))
        draw.ellipse([x - 55, y - 55, x + 55, y + 55], fill=PALETTE[index % 6])


def _draw_sectors(draw):
    """A mosaic of ten tiles, one per cooperation sector."""
    for index in range(10):
        column, row = index % 5, index // 5
        left, top = 80 + column * 215, 50 + row * 240
        draw.rounded_rectangle(
            [left, top, left + 190, top + 210], radius=24, fill=PALETTE[index % 6]
        )
        draw.ellipse([left + 65, top + 75, left + 125, top + 135], fill=PAPER)


DRAWINGS = {
    "feuille-de-route": _draw_roadmap,
    "solilab": _draw_solilab,
    "ateliers": _draw_workshops,
    "filieres": _draw_sectors,
}


def render_png(key):
    """Return the PNG bytes of the illustration ``key`` (one of ``ILLUSTRATIONS``)."""
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    DRAWINGS[key](draw)
    _title(draw, ILLUSTRATIONS[key][0])
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
