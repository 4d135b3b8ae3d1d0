"""Draw the neutral default emblem shipped as logo_default.png (deliberately not any real coat of arms).

Run: python resources/images/make_logo_default.py  (needs Pillow)
"""

import math
from pathlib import Path

from PIL import Image, ImageDraw

S = 4  # supersample
W, H = 360, 420
img = Image.new("RGBA", (W * S, H * S), (0, 0, 0, 0))
d = ImageDraw.Draw(img)


def shield(inset: int) -> list[tuple[float, float]]:
    x0, x1 = (20 + inset) * S, (W - 20 - inset) * S
    y0 = (20 + inset) * S
    ymid = (250) * S
    ybot = (H - 20 - inset) * S
    cx = W * S / 2
    pts = [(x0, y0), (x1, y0), (x1, ymid)]
    # curve to bottom point
    n = 40
    for i in range(1, n + 1):
        t = i / n
        x = x1 + (cx - x1) * t
        y = ymid + (ybot - ymid) * math.sin(t * math.pi / 2)
        pts.append((x, y))
    for i in range(1, n + 1):
        t = i / n
        x = cx + (x0 - cx) * t
        y = ybot - (ybot - ymid) * (1 - math.cos(t * math.pi / 2))
        pts.append((x, y))
    return pts


navy = (23, 54, 104, 255)
gold = (201, 160, 48, 255)
white = (255, 255, 255, 255)
d.polygon(shield(0), fill=gold)
d.polygon(shield(12), fill=navy)
d.polygon(shield(20), outline=gold, width=3 * S)

cx, cy = W * S / 2, 175 * S
# gear
teeth = 12
r_out, r_in = 92 * S, 74 * S
pts = []
for i in range(teeth * 4):
    a = 2 * math.pi * i / (teeth * 4)
    r = r_out if (i % 4) in (1, 2) else r_in
    pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
d.polygon(pts, fill=gold)
d.ellipse([cx - 60 * S, cy - 60 * S, cx + 60 * S, cy + 60 * S], fill=navy)
# five-point star in the gear
star = []
for i in range(10):
    a = -math.pi / 2 + math.pi * i / 5
    r = 44 * S if i % 2 == 0 else 18 * S
    star.append((cx + r * math.cos(a), cy + r * math.sin(a)))
d.polygon(star, fill=white)
# three bars below (growth: mikro -> kecil -> menengah)
base = 340 * S
for i, h in enumerate((28, 44, 60)):
    x = cx + (i - 1) * 34 * S
    d.rectangle([x - 12 * S, base - h * S, x + 12 * S, base], fill=white)
# ground line
d.rectangle([cx - 66 * S, base + 4 * S, cx + 66 * S, base + 10 * S], fill=gold)

img = img.resize((W, H), Image.LANCZOS)
img.save(Path(__file__).with_name("logo_default.png"), optimize=True)
