"""Ringkasan Kasus: one A4 page for the paper file of an assistance case."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from umkm_desk.core.documents._layout import (
    LetterDoc,
    colon_table,
    esc,
    grid_table,
    hours,
    identity_rows,
    markup,
    para,
    present,
    stage_table,
    tanggal,
)
from umkm_desk.core.documents.content import ActivityRow, CaseSummaryContent, Letterhead
from umkm_desk.core.rules.dates import format_tanggal
from umkm_desk.core.rules.money import format_rupiah, terbilang

__all__ = ["render_case_summary"]

TITLE = "Ringkasan Kasus Pendampingan"
_CELL = 9.0
_NOTES_MAX = 220


def _heading(text: str) -> Flowable:
    return markup(f"<b>{esc(text)}</b>", "cell")


def _short(text: str | None) -> str | None:
    text = present(text)
    if text and len(text) > _NOTES_MAX:
        text = text[: _NOTES_MAX - 1].rstrip() + "\u2026"
    return text


def _activity_table(activities: Sequence[ActivityRow], width: float) -> Flowable:
    widths = [2.7 * cm, 3.2 * cm, 1.4 * cm, 0]
    widths[3] = width - sum(widths)
    rows = [(format_tanggal(a.on), a.kind, hours(a.hours), _short(a.notes)) for a in activities]
    return grid_table(["Tanggal", "Jenis", "Waktu", "Catatan"], rows, widths, align="LLRL", font_size=_CELL)


def _story(doc: CaseSummaryContent, width: float, activities: Sequence[ActivityRow], hidden: int) -> list[Flowable]:
    gap = Spacer(1, 0.15 * cm)
    story: list[Flowable] = [para(TITLE.upper(), "title")]
    if number := present(doc.number):
        story.append(para(f"Nomor: {number}", "body_center"))
    story.append(Spacer(1, 0.3 * cm))

    business = doc.business
    kelurahan, kecamatan = present(business.kelurahan), present(business.kecamatan)
    parts = [present(business.address), f"Kel. {kelurahan}" if kelurahan else None]
    parts.append(f"Kec. {kecamatan}" if kecamatan else None)
    address = ", ".join(part for part in parts if part)
    rows = [
        (label, value) for label, value in identity_rows(business) if label not in ("Kelurahan", "Kecamatan")
    ]
    rows = [(label, address if label == "Alamat Usaha" else value) for label, value in rows]
    identity = colon_table(rows, width, 2.6 * cm, style="cell")
    if identity is not None:
        story += [_heading("Identitas Usaha"), Spacer(1, 2), identity, gap]
    case_cells = [
        ("Status Kasus", present(doc.case_status)),
        ("Dibuka", tanggal(doc.opened_on)),
        ("Ditutup", tanggal(doc.closed_on)),
        ("Petugas", present(doc.officer_name)),
        ("Klasifikasi Usaha", present(doc.scale_label)),
    ]
    case_cells = [(label, value) for label, value in case_cells if value]
    if case_cells:
        col = width / len(case_cells)
        story += [
            _heading("Data Kasus"),
            Spacer(1, 2),
            grid_table(
                [label for label, _ in case_cells],
                [[value for _, value in case_cells]],
                [col] * len(case_cells),
                align="C" * len(case_cells),
                font_size=_CELL,
            ),
            gap,
        ]

    if doc.stages:
        story += [
            _heading("Tahapan Pendampingan"),
            Spacer(1, 2),
            stage_table(doc.stages, width, font_size=_CELL),
            gap,
        ]

    if activities or hidden:
        title = "Kegiatan Terakhir"
        story += [_heading(title), Spacer(1, 2)]
        if activities:
            story.append(_activity_table(activities, width))
        if hidden:
            story.append(para(f"{hidden} kegiatan sebelumnya tidak dimuat pada ringkasan ini.", "small"))
        story.append(gap)

    if doc.capital:
        widths = [3.4 * cm, 2.4 * cm, 2.9 * cm, 2.3 * cm, 0]
        widths[4] = width - sum(widths)
        capital_rows = [
            (c.source, c.kind, tanggal(c.on), c.status, format_rupiah(c.amount, with_cents=True))
            for c in doc.capital
        ]
        story += [
            _heading("Bantuan Permodalan"),
            Spacer(1, 2),
            grid_table(
                ["Sumber", "Jenis", "Tanggal", "Status", "Jumlah"],
                capital_rows,
                widths,
                align="LLLLR",
                font_size=_CELL,
            ),
        ]
        total = sum(c.amount for c in doc.capital)
        story += [
            markup(
                f"Jumlah: <b>{esc(format_rupiah(total, with_cents=True))}</b> ({esc(terbilang(total))})",
                "small",
            ),
            gap,
        ]

    if doc.outcomes:
        widths = [2.9 * cm, 5.5 * cm, 0]
        widths[2] = width - sum(widths)
        outcome_rows = [(tanggal(o.on), o.label, o.value) for o in doc.outcomes]
        story += [
            _heading("Capaian Usaha"),
            Spacer(1, 2),
            grid_table(["Tanggal", "Capaian", "Nilai"], outcome_rows, widths, font_size=_CELL),
        ]
    return story


def _height(story: list[Flowable], width: float) -> float:
    total = 0.0
    for flowable in story:
        _, height = flowable.wrap(width, 10_000)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def render_case_summary(letterhead: Letterhead, doc: CaseSummaryContent) -> bytes:
    """Ringkasan Kasus as PDF bytes, always one A4 page: activities that do not fit are dropped and counted."""
    footer = f"Dicetak pada {format_tanggal(doc.printed_on)} melalui UMKM Desk."
    title = f"{TITLE} {present(doc.number) or doc.business.business_name}"
    total = len(doc.activities)
    shown = total
    probe = LetterDoc(io.BytesIO(), letterhead, title, TITLE, footer=footer)
    limit = probe.first_frame_height - 2
    width = probe.width
    # Measure rather than build: the page without activity rows, plus the activity table's row heights.
    if _height(_story(doc, width, doc.activities, 0), width) > limit:
        base = _height(_story(doc, width, (), total), width)
        table = _activity_table(doc.activities, width)
        table.wrap(width, 10_000)
        rows = table._rowHeights  # header first
        used = base + rows[0]
        shown = 0
        while shown < total and used + rows[shown + 1] <= limit:
            used += rows[shown + 1]
            shown += 1
    while True:
        buffer = io.BytesIO()
        pdf = LetterDoc(buffer, letterhead, title, TITLE, footer=footer)
        pdf.build(_story(doc, pdf.width, doc.activities[:shown], total - shown))
        if pdf.page <= 1 or shown == 0:
            return buffer.getvalue()
        shown -= 1
