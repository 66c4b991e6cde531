"""A timeline chart laid out once and drawn twice: as inline SVG (HTML, Markdown) and on a PDF page.

:class:`Timeline` holds dated rows (a point, or a bar from a start to an end or to the right edge
for what still lasts); :meth:`Timeline.layout` turns them into primitives (lines, circles,
rectangles, text) in a fixed coordinate space, so both outputs show the same picture.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

__all__ = ["Timeline", "Shape"]

WIDTH, ROW, TOP, LEFT, RIGHT = 720.0, 18.0, 30.0, 20.0, 20.0


def _year_frac(date: str) -> float:
    """2004-03-29 -> 2004.24; '2004' -> 2004.0."""
    parts = date.split("-")
    try:
        y = int(parts[0])
    except ValueError:
        return 0.0
    m = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
    d = int(parts[2][:2]) if len(parts) > 2 and parts[2][:2].isdigit() else 1
    return y + (m - 1) / 12 + (d - 1) / 365


@dataclass(slots=True)
class Shape:
    kind: str  # line | circle | rect | text
    x: float
    y: float
    w: float = 0.0  # line: x2; rect: width; circle: radius
    h: float = 0.0  # line: y2; rect: height
    text: str = ""
    anchor: str = "start"  # text: start | middle | end
    tone: str = "main"  # main | muted | axis


@dataclass(slots=True)
class Timeline:
    title: str
    rows: list[tuple[str, str | None, str, bool]] = field(default_factory=list)  # (start, end, label, lasting)
    until: str = ""  # the right edge for lasting bars (defaults to the latest date shown)

    def add(self, start: str, label: str, end: str | None = None, lasting: bool = False) -> None:
        if start and start[:4].isdigit():
            self.rows.append((start, end, label, lasting))

    def __bool__(self) -> bool:
        return len(self.rows) >= 2

    @property
    def height(self) -> float:
        return TOP + ROW * len(self.rows) + 10

    def layout(self) -> list[Shape]:
        rows = sorted(self.rows, key=lambda r: (r[0], r[2]))
        dates = [_year_frac(r[0]) for r in rows] + [_year_frac(r[1]) for r in rows if r[1]]
        if self.until:
            dates.append(_year_frac(self.until))
        lo, hi = int(min(dates)), int(max(dates)) + 1
        span = max(hi - lo, 1)

        def x(v: float) -> float:
            return LEFT + (v - lo) / span * (WIDTH - LEFT - RIGHT)

        out: list[Shape] = [Shape("line", LEFT, TOP - 8, WIDTH - RIGHT, TOP - 8, tone="axis")]
        step = 1 if span <= 12 else 5 if span <= 60 else 10
        for year in range(lo - lo % step if lo % step else lo, hi + 1, step):
            if year < lo:
                continue
            out.append(Shape("line", x(year), TOP - 12, x(year), TOP - 4, tone="axis"))
            out.append(Shape("text", x(year), TOP - 16, text=str(year), anchor="middle", tone="muted"))
        right = x(_year_frac(self.until)) if self.until else x(hi)
        for i, (start, end, label, lasting) in enumerate(rows):
            y = TOP + ROW * i + ROW / 2
            x0 = x(_year_frac(start))
            x1 = x(_year_frac(end)) if end else (right if lasting else x0)
            if x1 - x0 > 3:
                out.append(Shape("rect", x0, y - 4, x1 - x0, 8, tone="muted"))
            out.append(Shape("circle", x0, y, 4))
            text = f"{start} {label}"
            if x0 < WIDTH * 0.55:
                out.append(Shape("text", x0 + 8, y + 4, text=text))
            else:
                out.append(Shape("text", x0 - 8, y + 4, text=text, anchor="end"))
        return out

    def svg(self) -> str:
        """Inline SVG with a title for screen readers; text in the page's font."""
        colours = {"main": "#1f4e79", "muted": "#9db7d5", "axis": "#555"}
        parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {WIDTH:.0f} {self.height:.0f}" '
                 f'width="{WIDTH:.0f}" height="{self.height:.0f}" role="img" aria-label="{escape(self.title)}">',
                 f"<title>{escape(self.title)}</title>"]
        for s in self.layout():
            c = colours[s.tone]
            if s.kind == "line":
                parts.append(f'<line x1="{s.x:.1f}" y1="{s.y:.1f}" x2="{s.w:.1f}" y2="{s.h:.1f}" stroke="{c}"/>')
            elif s.kind == "rect":
                parts.append(f'<rect x="{s.x:.1f}" y="{s.y:.1f}" width="{s.w:.1f}" height="{s.h:.1f}" fill="{c}"/>')
            elif s.kind == "circle":
                parts.append(f'<circle cx="{s.x:.1f}" cy="{s.y:.1f}" r="{s.w:.1f}" fill="{c}"/>')
            else:
                parts.append(f'<text x="{s.x:.1f}" y="{s.y:.1f}" text-anchor="{s.anchor}" font-size="11" '
                             f'font-family="DejaVu Sans, sans-serif" fill="{c if s.tone != "main" else "#222"}">'
                             f"{escape(s.text)}</text>")
        parts.append("</svg>")
        return "".join(parts)
