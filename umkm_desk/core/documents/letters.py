"""Official letters on the kop surat: the progress letter and the referral to a partner institution."""

from __future__ import annotations

import io

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from umkm_desk.core.documents._layout import (
    Counter,
    LetterDoc,
    build,
    colon_table,
    esc,
    grid_table,
    hours,
    identity_rows,
    markup,
    number_block,
    numbered_lines,
    para,
    present,
    recipient_block,
    rupiah_terbilang,
    section,
    signature_block,
    stage_table,
    tanggal,
    tembusan_block,
)
from umkm_desk.core.documents.content import Letterhead, ProgressLetter, Recipient, Referral
from umkm_desk.core.rules.money import format_rupiah, terbilang

__all__ = ["render_progress_letter", "render_referral"]

_INDENT = 0.6 * cm
_LABEL_W = 3.3 * cm

PROGRESS_TITLE = "Surat Keterangan Perkembangan Pendampingan"
REFERRAL_TITLE = "Surat Rujukan"


def _dinas_kota(letterhead: Letterhead) -> str:
    """ "Dinas Perindustrian, Perdagangan, dan Koperasi Kota Serang" from the kop lines."""
    dinas = present(letterhead.dinas) or "Dinas Perindustrian, Perdagangan, dan Koperasi"
    pemerintah = present(letterhead.pemerintah) or ""
    region = pemerintah.upper().removeprefix("PEMERINTAH").strip().title()
    if region and region.lower() not in dinas.lower():
        return f"{dinas} {region}"
    return dinas


def _pemerintah(letterhead: Letterhead) -> str:
    """ "Pemerintah Kota Serang" from "PEMERINTAH KOTA SERANG"."""
    return (present(letterhead.pemerintah) or "Pemerintah Kota Serang").title()


def _head(doc: ProgressLetter | Referral, recipient: Recipient, width: float) -> list[Flowable]:
    return [
        number_block(
            number=doc.number,
            sifat=doc.sifat,
            lampiran=doc.lampiran,
            hal=doc.hal,
            place=doc.place,
            issued_on=doc.issued_on,
            width=width,
        ),
        Spacer(1, 0.45 * cm),
        recipient_block(recipient, width),
        Spacer(1, 0.45 * cm),
        para("Dengan hormat,", "body_left"),
        Spacer(1, 0.2 * cm),
    ]


def _tail(doc: ProgressLetter | Referral, closing: str, width: float) -> list[Flowable]:
    return [
        Spacer(1, 0.3 * cm),
        # The signature never stands alone on a page: it keeps the closing paragraph with it.
        KeepTogether([para(closing), Spacer(1, 0.5 * cm), signature_block(doc.signatory, width)]),
        *tembusan_block(doc.tembusan, width),
    ]


def _gap() -> Spacer:
    return Spacer(1, 0.25 * cm)


def render_progress_letter(letterhead: Letterhead, doc: ProgressLetter) -> bytes:
    """Surat Keterangan Perkembangan Pendampingan as PDF bytes (A4 portrait, kop on page 1)."""
    buffer = io.BytesIO()
    pdf = LetterDoc(buffer, letterhead, f"{PROGRESS_TITLE} {doc.number}", PROGRESS_TITLE)
    width = pdf.width
    n = Counter()
    dinas = _dinas_kota(letterhead)
    story: list[Flowable] = _head(doc, doc.recipient, width)

    opening = present(doc.opening) or (
        f"Berdasarkan data pendampingan usaha mikro, kecil, dan menengah (UMKM) pada {dinas}, "
        "dengan ini kami sampaikan keterangan perkembangan pendampingan pelaku usaha sebagai berikut."
    )
    story += [para(opening), _gap()]

    identity = colon_table(identity_rows(doc.business), width, _LABEL_W, indent=_INDENT)
    if identity is not None:
        story += [KeepTogether([section(n(), "Identitas Usaha"), identity]), _gap()]

    if doc.stages:
        story += [section(n(), "Tahapan Pendampingan"), stage_table(doc.stages, width), _gap()]

    activity_lines = numbered_lines(doc.activity_lines, width, indent=0)
    if doc.activities or activity_lines is not None:
        story.append(section(n(), "Ringkasan Kegiatan"))
        if doc.activities:
            widths = [0.9 * cm, 0, 2.6 * cm, 2.8 * cm]
            widths[1] = width - sum(widths)
            rows = [
                (f"{i}.", a.kind, f"{a.count} kali", hours(a.total_hours))
                for i, a in enumerate(doc.activities, start=1)
            ]
            story.append(
                grid_table(["No.", "Jenis Kegiatan", "Jumlah", "Total Waktu"], rows, widths, align="CLRR")
            )
        if activity_lines is not None:
            story.append(Spacer(1, 0.1 * cm))
            if title := present(doc.activity_lines_title):
                story.append(para(title, "body_left"))
            story.append(activity_lines)
        story.append(_gap())

    if doc.capital:
        widths = [0.9 * cm, 3.9 * cm, 2.5 * cm, 3.0 * cm, 0]
        widths[4] = width - sum(widths)
        capital_rows = [
            (f"{i}.", c.source, c.kind, tanggal(c.on), rupiah_terbilang(c.amount))
            for i, c in enumerate(doc.capital, start=1)
        ]
        story += [
            section(n(), "Bantuan Permodalan yang Diterima"),
            grid_table(["No.", "Sumber", "Jenis", "Tanggal", "Jumlah"], capital_rows, widths, align="CLLLL"),
        ]
        if len(doc.capital) > 1:
            total = sum(c.amount for c in doc.capital)
            story += [
                Spacer(1, 0.1 * cm),
                markup(
                    f"Jumlah seluruh bantuan permodalan: <b>{esc(format_rupiah(total, with_cents=True))}</b> "
                    f"({esc(terbilang(total))}).",
                    "body_left",
                ),
            ]
        story.append(_gap())

    outcomes = numbered_lines(doc.outcome_lines, width, indent=0)
    scale = present(doc.scale_label)
    previous = present(doc.previous_scale_label)
    if outcomes is not None or scale or doc.naik_kelas:
        story.append(section(n(), "Capaian dan Klasifikasi Usaha"))
        if outcomes is not None:
            story.append(outcomes)
        if scale:
            story.append(markup(f"Klasifikasi usaha saat ini: <b>{esc(scale)}</b>.", "body_left"))
        if doc.naik_kelas:
            if previous and scale:
                text = f"Usaha telah <b>naik kelas</b> dari usaha {esc(previous)} menjadi usaha {esc(scale)}."
            else:
                text = "Usaha telah <b>naik kelas</b>."
            story.append(markup(text, "body_left"))
        story.append(_gap())

    closing = present(doc.closing) or (
        "Demikian surat keterangan ini kami sampaikan untuk dapat dipergunakan sebagaimana mestinya. "
        "Atas perhatian Saudara, kami ucapkan terima kasih."
    )
    story += _tail(doc, closing, width)
    return build(pdf, buffer, story)


def render_referral(letterhead: Letterhead, doc: Referral) -> bytes:
    """Surat Rujukan to a partner institution as PDF bytes (A4 portrait, kop on page 1)."""
    buffer = io.BytesIO()
    pdf = LetterDoc(buffer, letterhead, f"{REFERRAL_TITLE} {doc.number}", REFERRAL_TITLE)
    width = pdf.width
    dinas = _dinas_kota(letterhead)
    partner = doc.partner_name.strip()
    title = present(doc.recipient_title)
    recipient_lines = [f"{title} {partner}" if title else partner]
    if address := present(doc.partner_address):
        recipient_lines.append(address)
    story: list[Flowable] = _head(doc, Recipient(tuple(recipient_lines), "Tempat"), width)

    agreement = esc(present(doc.agreement_title) or "Perjanjian Kerja Sama")
    basis = f"{agreement} antara {esc(_pemerintah(letterhead))} dan {esc(partner)}"
    if number := present(doc.agreement_number):
        basis += f" Nomor {esc(number)}"
    if signed := tanggal(doc.agreement_date):
        basis += f" tanggal {esc(signed)}"
    stage = esc(doc.stage.strip())
    story += [
        markup(
            f"Menindaklanjuti {basis}, bersama ini kami merujuk pelaku usaha mikro, kecil, dan menengah "
            f"(UMKM) binaan {esc(dinas)} di bawah ini untuk memperoleh dukungan pada tahap "
            f"<b>{stage}</b>:",
            "body",
        ),
        _gap(),
    ]
    identity = colon_table(identity_rows(doc.business), width, _LABEL_W, indent=_INDENT)
    if identity is not None:
        story += [KeepTogether([identity]), _gap()]
    if reason := present(doc.reason):
        story += [para(reason), _gap()]
    notes = numbered_lines(doc.notes, width, indent=_INDENT)
    if notes is not None:
        story += [para("Sebagai bahan pertimbangan, kami sampaikan hal-hal sebagai berikut:"), notes, _gap()]
    story.append(
        markup(
            f"Sehubungan dengan hal tersebut, kami mohon kiranya Saudara berkenan menerima pelaku usaha "
            f"dimaksud pada tahap <b>{stage}</b> sesuai dengan ruang lingkup kerja sama, serta menyampaikan "
            f"perkembangannya kepada {esc(dinas)}.",
            "body",
        )
    )
    closing = present(doc.closing) or (
        "Demikian surat rujukan ini kami sampaikan. Atas perhatian dan kerja sama Saudara, "
        "kami ucapkan terima kasih."
    )
    story += _tail(doc, closing, width)
    return build(pdf, buffer, story)
