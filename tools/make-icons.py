"""Draws the app icons (src/app/icon.png, apple-icon.png, favicon.ico) with no
image library: a green rounded square, a white ring and three dots (people
meeting around a table). Run: python3 tools/make-icons.py"""
import math, struct, zlib

GREEN = (8, 86, 62)
WHITE = (255, 255, 255)
AMBER = (245, 158, 11)

def shade(x, y, size, rounded):
    u, v = x / size, y / size  # 0..1
    r = 0.19 if rounded else 0.0
    # rounded square
    dx = max(r - u, 0, u - (1 - r)); dy = max(r - v, 0, v - (1 - r))
    if r and math.hypot(dx, dy) > r: return None
    d = math.hypot(u - 0.5, v - 0.5)
    for cx, cy, col in ((0.5, 0.2, AMBER), (0.76, 0.65, WHITE), (0.24, 0.65, WHITE)):
        if math.hypot(u - cx, v - cy) < 0.085: return col
    if abs(d - 0.3) < 0.03: return WHITE
    if d < 0.12: return WHITE
    return GREEN

def render(size, rounded=True, ss=4):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    c = shade(x + (sx + 0.5) / ss, y + (sy + 0.5) / ss, size, rounded)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = ss * ss
            a = acc[3] / n
            if a: row += bytes([round(acc[0] / (acc[3] / 255)), round(acc[1] / (acc[3] / 255)), round(acc[2] / (acc[3] / 255)), round(a)])
            else: row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(tag, data): return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

def ico(pngs):
    head = struct.pack('<HHH', 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, data = b'', b''
    for size, png in pngs:
        entries += struct.pack('<BBBBHHII', size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return head + entries + data

open('src/app/icon.png', 'wb').write(render(192))
open('src/app/apple-icon.png', 'wb').write(render(180, rounded=False))  # iOS rounds the corners itself
open('src/app/favicon.ico', 'wb').write(ico([(s, render(s)) for s in (16, 32, 48)]))
