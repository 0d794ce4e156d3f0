"""A timeline picture of deadline rows: one lane per body, overdue ones marked."""

from __future__ import annotations

from collections import Counter
from datetime import date

WIDTH_IN = 12.0
DPI = 100
MAX_LANES = 15  # the busiest bodies get a lane each; the rest share "other"
LANE_IN = 0.45
MIN_HEIGHT_IN, MAX_HEIGHT_IN = 3.0, 12.0
OTHER = "other"
NO_ACTOR = "(no actor)"
STATUS_STYLE = {  # status -> (colour, marker, legend label)
    "overdue": ("#c62828", "X", "overdue"),
    "due": ("#ef6c00", "D", "due soon"),
    "upcoming": ("#1565c0", "o", "upcoming"),
}


def lanes_for(rows: list[dict], max_lanes: int = MAX_LANES) -> list[str]:
    """Lane names, busiest body first; beyond ``max_lanes`` - 1 bodies the rest go to "other"."""
    counts = Counter(r.get("actor") or NO_ACTOR for r in rows if r.get("deadline"))
    ordered = [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    if len(ordered) <= max_lanes:
        return ordered
    return ordered[: max_lanes - 1] + [OTHER]


def figure_size(n_lanes: int) -> tuple[int, int]:
    """Pixel size of the picture for ``n_lanes`` lanes: fixed width, height grows within limits."""
    height = min(max(1.6 + LANE_IN * n_lanes, MIN_HEIGHT_IN), MAX_HEIGHT_IN)
    return int(WIDTH_IN * DPI), int(round(height * DPI))


def _short(name: str, limit: int = 40) -> str:
    name = name.replace(" of the Russian Federation", " (RF)")
    return name if len(name) <= limit else name[: limit - 1] + "…"


def draw_timeline(rows: list[dict], path: str, as_of: date, title: str | None = None,
                  max_lanes: int = MAX_LANES) -> tuple[int, int]:
    """Write a PNG of the dated rows to ``path``; return its (width, height) in pixels."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    dated = [r for r in rows if r.get("deadline")]
    if not dated:
        raise ValueError("no dated obligations to plot")
    lanes = lanes_for(dated, max_lanes)
    lane_of = {name: i for i, name in enumerate(lanes)}
    width, height = figure_size(len(lanes))
    fig, ax = plt.subplots(figsize=(width / DPI, height / DPI), dpi=DPI)
    many = len(dated) > 100
    for status, (colour, marker, label) in STATUS_STYLE.items():
        xs, ys = [], []
        for r in dated:
            if r.get("status") != status:
                continue
            lane = lane_of.get(r.get("actor") or NO_ACTOR, lane_of.get(OTHER))
            xs.append(date.fromisoformat(r["deadline"][:10]))
            ys.append(lane)
        if xs:
            ax.scatter(xs, ys, c=colour, marker=marker, s=22 if many else 55, alpha=0.55 if many else 0.9,
                       label=f"{label} ({len(xs)})", zorder=3, edgecolors="none")
    ax.axvline(as_of, color="#555555", linestyle="--", linewidth=1, zorder=2)
    ax.text(as_of, 1.0, f" as of {as_of.isoformat()}", transform=ax.get_xaxis_transform(),
            fontsize=8, color="#555555", va="bottom")
    ax.set_yticks(range(len(lanes)))
    per_lane = Counter(lanes[lane_of.get(r.get("actor") or NO_ACTOR, len(lanes) - 1)] for r in dated)
    ax.set_yticklabels([f"{_short(name)} ({per_lane[name]})" for name in lanes], fontsize=8)
    ax.set_ylim(len(lanes) - 0.5, -0.5)  # busiest lane on top
    ax.grid(axis="x", color="#dddddd", zorder=0)
    for i in range(len(lanes)):
        ax.axhline(i, color="#f0f0f0", linewidth=0.8, zorder=1)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    bodies = len({r.get("actor") or NO_ACTOR for r in dated})
    ax.set_title(title or f"{len(dated)} deadlines, {bodies} bodies", fontsize=10, loc="left")
    # Fixed margins (not bbox_inches="tight") keep the pixel size predictable.
    fig.subplots_adjust(left=0.29, right=0.86, top=1 - 0.45 / (height / DPI), bottom=0.45 / (height / DPI))
    fig.savefig(path, dpi=DPI, format="png")
    plt.close(fig)
    return width, height
