"""Demo assistance cases: stages in order, partners chosen under valid agreements, events, activities, capital
support with qardhul hasan repayments and outcome measurements, drawn with the same rules as the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from umkm_desk.core.labels import STAGE_ORDER
from umkm_desk.core.rules.dates import add_months
from umkm_desk.core.rules.money import format_rupiah
from umkm_desk.core.rules.scale import Scale, classify
from umkm_desk.core.store.case_progress import progress_of
from umkm_desk.demo.plan import (
    JUTA,
    MARKET_KINDS,
    MENENGAH_MODAL_MAX,
    MENENGAH_SALES_MAX,
    MILIAR,
    STAGE_DURATION,
    AgreementInfo,
    DemoDraws,
    Id,
    PartnerInfo,
    log_uniform,
    round_to,
)
from umkm_desk.demo.vocabulary import (
    MARKET_NOTES,
    MENTORING_NOTES,
    REJECT_REASONS,
    SKIP_CAPITAL_REASONS,
    SKIP_MARKETING_REASONS,
    STOP_REASONS,
    STUDENT_NAMES,
    TRAINING_NOTES,
    VISIT_NOTES,
)


@dataclass
class CaseContext:
    case_id: Id
    business: dict[str, Any]
    officer_id: Id
    created: datetime
    last_activity: int = 0
    disbursed: int = 0
    pending_disbursal: tuple[int, str, int, str] | None = None
    ecommerce: bool = False
    nib_obtained: bool = False
    halal_obtained: bool = False
    pirt_obtained: bool = False
    latest_outcome: dict[str, Any] | None = None



class CaseDraws(DemoDraws):
    """One assistance case per call of :meth:`case`, written through the generator's writer."""

    def choose_partner(self, kind: str, day: int, kelurahan_code: str) -> AgreementInfo | None:
        year = date.fromordinal(day).year
        candidates: list[AgreementInfo] = []
        weights: list[float] = []
        for agreement in self.agreements:
            if kind in agreement.covers and agreement.signed <= day <= agreement.valid_until:
                weight = agreement.partner.spec.weights.get(kind, 0.0)
                if kelurahan_code in self.placement_cover.get((agreement.partner.id, year), ()):
                    weight *= 4
                candidates.append(agreement)
                weights.append(weight)
        if not candidates:
            return None
        return self.rng.choices(candidates, weights=weights)[0]

    def case(self, business: dict[str, Any]) -> None:
        rng, t = self.rng, self.t
        case_id = self.uid()
        officer_id, _ = self.pick(self.officers)
        registered = business["created_at"].date().toordinal()
        lo = max(self.w0, registered)
        opened = t - 1 - int((t - 1 - lo) * rng.random() ** 1.8) if t - 1 > lo else t - 1
        stop_on: int | None = opened + self.ri(20, 260) if rng.random() < 0.17 else None
        if stop_on is not None and stop_on >= t:
            stop_on = None
        base_modal, base_sales, base_workers = business["modal_usaha"], business["annual_sales"], business["workers"]
        base_scale = classify(base_modal, base_sales)
        ctx = CaseContext(case_id, business, officer_id, self.stamp(opened))
        self.event(ctx, None, "status", None, "aktif", opened, "Kasus pendampingan dibuka")

        status, closed, reason = "aktif", None, None
        cursor = opened + self.ri(0, 10)
        last_end = cursor
        stages: list[dict[str, Any]] = []
        for seq, kind in enumerate(STAGE_ORDER, start=1):
            stage = {
                "id": self.uid(), "case_id": case_id, "kind": kind, "seq": seq, "status": "belum",
                "status_reason": None, "partner_id": None, "agreement_id": None, "officer_id": officer_id,
                "mentor": None, "started_on": None, "finished_on": None,
            }
            stages.append(stage)
            if status != "aktif" or cursor >= t:
                continue
            skip = (kind == "capital" and rng.random() < 0.3) or (kind == "marketing" and rng.random() < 0.07)
            agreement = None if skip else self.choose_partner(kind, cursor, business["kelurahan_code"])
            if agreement is None:
                why = self.pick(SKIP_CAPITAL_REASONS if kind == "capital" else SKIP_MARKETING_REASONS)
                if not skip:
                    why = "Belum ada mitra dengan perjanjian yang berlaku untuk tahap ini"
                stage["status"], stage["status_reason"] = "dilewati", why
                self.event(ctx, stage, "stage_status", "belum", "dilewati", cursor, why)
                continue
            start = cursor
            partner = agreement.partner
            stage.update(partner_id=partner.id, agreement_id=agreement.id, started_on=date.fromordinal(start))
            if kind != "capital" or partner.spec.kind in ("zakat", "opd"):
                stage["mentor"] = self.pick(partner.mentors)
            self.event(ctx, stage, "stage_status", "belum", "berjalan", start, f"Mitra: {partner.spec.name}")
            self.realised[(partner.id, date.fromordinal(start).year, kind)] += 1

            support: dict[str, Any] | None = None
            rejected: int | None = None
            if kind == "capital":
                support, end, rejected = self.plan_support(ctx, partner, start)
            else:
                end = start + self.ri(*STAGE_DURATION[kind])
            stop = max(stop_on, start + 3) if stop_on is not None and stop_on <= end else None
            if stop is not None and stop >= t:
                stop = None
            limit = min(stop if stop is not None else end, t)
            if support is not None:
                self.finish_support(ctx, support, limit)
            self.activities(ctx, stage, start, limit, open_end=stop is None and end >= t)
            if stop is not None:
                reason = self.pick(STOP_REASONS)
                stage.update(status="dilewati", status_reason=f"Pendampingan dihentikan: {reason}",
                             finished_on=date.fromordinal(stop))
                self.event(ctx, stage, "stage_status", "berjalan", "dilewati", stop, reason)
                status, closed = "dihentikan", stop
            elif end >= t:
                stage["status"] = "berjalan"
                cursor = t
            elif rejected is not None:
                why = "Pengajuan modal ditolak mitra; pendampingan dilanjutkan"
                stage.update(status="dilewati", status_reason=why, finished_on=date.fromordinal(end))
                self.event(ctx, stage, "stage_status", "berjalan", "dilewati", end, why)
                cursor = last_end = end
            else:
                stage.update(status="selesai", finished_on=date.fromordinal(end))
                self.event(ctx, stage, "stage_status", "berjalan", "selesai", end, None)
                last_end = end
                cursor = end + self.ri(0, 14)

        # Outcomes: a baseline at opening, a midline after mentoring for some open cases, a final one at closing.
        self.outcome(ctx, opened, base_modal, base_sales, base_workers, base_scale, False, "Data awal saat kasus dibuka")
        done = all(s["status"] in ("selesai", "dilewati") for s in stages)
        if status == "aktif" and done:
            close = max(last_end, cursor) + self.ri(1, 21)
            if close < t:
                growth = rng.uniform(1.3, 2.6) if self.near_next_class(business) else rng.uniform(1.0, 1.5)
                sales = round_to(base_sales * growth, 500_000)
                modal = round_to(base_modal * rng.uniform(1.0, 1.4) + ctx.disbursed, 500_000)
                # The programme serves UMKM: a menengah business stays within the menengah bands.
                sales, modal = max(base_sales, min(sales, MENENGAH_SALES_MAX)), max(base_modal, min(modal, MENENGAH_MODAL_MAX))
                final = classify(modal, sales)
                up = final > base_scale
                workers = min(50, base_workers + self.ri(0, 2) + (self.ri(2, 8) if up else 0))
                status, closed = ("naik_kelas" if up else "selesai"), close
                note = (f"Naik kelas dari {base_scale.label} ke {final.label}" if up
                        else "Pendampingan selesai, seluruh tahap tuntas")
                self.outcome(ctx, close, modal, sales, workers, final, up, note)
                reason = note if up else None
        elif status == "aktif" and stages[1]["status"] == "selesai" and rng.random() < 0.5:
            measured = stages[1]["finished_on"].toordinal()
            sales = round_to(base_sales * rng.uniform(1.0, 1.25), 500_000)
            modal = round_to(base_modal * rng.uniform(1.0, 1.15) + ctx.disbursed, 500_000)
            if classify(modal, sales) == base_scale:
                self.outcome(ctx, measured, modal, sales, min(50, base_workers + self.ri(0, 1)), base_scale, False,
                             "Pengukuran setelah tahap pendampingan")
        if status != "aktif":
            self.event(ctx, None, "status", "aktif", status, closed, reason)  # type: ignore[arg-type]

        for stage in stages:
            self.w.add("stage", {**stage, "created_at": ctx.created, "updated_at": ctx.created})
        at = ctx.created
        self.w.add("assist_case", {
            "id": case_id, "business_id": business["id"], "status": status,
            "status_reason": reason if status in ("dihentikan", "naik_kelas") else None,
            "opened_on": date.fromordinal(opened), "closed_on": date.fromordinal(closed) if closed else None,
            "officer_id": officer_id, "naik_kelas": status == "naik_kelas",
            "progress": progress_of((s["seq"], s["status"]) for s in stages),
            "next_follow_up_on": None,  # set from the activities once they are written (generator.fill)
            "created_at": at, "updated_at": at, "deleted_at": None,
        })
        # Denormalised business fields.
        current_kind, current_partner = self.current_stage(stages)
        business.update(
            current_stage=current_kind, current_partner_id=current_partner, case_status=status,
            partner_name=self.partner_by_id[current_partner].spec.name if current_partner else None,
            last_activity_on=date.fromordinal(ctx.last_activity) if ctx.last_activity else None,
            naik_kelas=status == "naik_kelas",
        )
        if ctx.latest_outcome:
            business.update(ctx.latest_outcome)
        else:  # legality only counts as obtained when a later measurement recorded it
            ctx.nib_obtained = ctx.halal_obtained = ctx.pirt_obtained = False
        if ctx.nib_obtained and not business["nib"]:
            business["nib"] = self.nib()
        if ctx.pirt_obtained and not business["pirt_number"]:
            business["pirt_number"] = f"P-IRT No. 2{self.ri(1, 15):02d}3673{self.ri(1, 6):02d}{self.ri(1, 9999):04d}-{self.ri(29, 31)}"
        if ctx.halal_obtained and not business["halal_number"]:
            business["halal_number"] = f"ID36110{rng.randrange(10**8):08d}{self.today.year % 100}{self.ri(1, 12):02d}"

    @staticmethod
    def near_next_class(business: dict[str, Any]) -> bool:
        sales, modal = business["annual_sales"], business["modal_usaha"]
        if business["scale"] == Scale.MIKRO:
            return sales > 800 * JUTA or modal > 600 * JUTA
        return business["scale"] == Scale.KECIL and sales > 8 * MILIAR

    @staticmethod
    def current_stage(stages: list[dict[str, Any]]) -> tuple[str, Any]:
        """The same rule as the case services (services._case_support.sync_business): the first stage not yet
        finished or skipped, else the last; its partner, else the latest earlier stage's partner."""
        index = next((i for i, s in enumerate(stages) if s["status"] in ("belum", "berjalan")), len(stages) - 1)
        partner = next((s["partner_id"] for s in reversed(stages[: index + 1]) if s["partner_id"]), None)
        return stages[index]["kind"], partner

    def event(self, ctx: CaseContext, stage: dict[str, Any] | None, field: str, old: str | None, new: str,
              day: int, note: str | None) -> None:
        self.w.add("case_event", {
            "id": self.uid(), "case_id": ctx.case_id, "stage_id": stage["id"] if stage else None, "field": field,
            "from_value": old, "to_value": new, "note": note, "officer_id": ctx.officer_id, "at": self.stamp(day),
        })

    def plan_support(self, ctx: CaseContext, partner: PartnerInfo, start: int) -> tuple[dict[str, Any], int, int | None]:
        """A capital application and its planned dates; returns (support, planned stage end, rejected day)."""
        rng = self.rng
        pkind = partner.spec.kind
        if pkind == "zakat":
            kind = "hibah" if rng.random() < 0.55 else "qardhul_hasan"
        elif pkind == "lainnya":
            kind = "kur"
        else:
            kind = "hibah"
        amount = {
            "hibah": lambda: round_to(rng.uniform(1, 10) * JUTA, 500_000),
            "qardhul_hasan": lambda: round_to(rng.uniform(2, 20) * JUTA, 500_000),
            "kur": lambda: round_to(log_uniform(rng, 10 * JUTA, 100 * JUTA), JUTA),
        }[kind]()
        applied = start + self.ri(0, 5)
        rejected = approved = disbursed = None
        if rng.random() < 0.12:
            rejected = applied + self.ri(7, 30)
            end = rejected
        else:
            approved = applied + self.ri(7, 30)
            disbursed = approved + self.ri(3, 14)
            end = disbursed + self.ri(1, 10)
        support = {
            "id": self.uid(), "case_id": ctx.case_id, "business_id": ctx.business["id"], "partner_id": partner.id,
            "kind": kind, "amount": amount, "status": "diajukan", "applied_on": applied, "approved_on": approved,
            "disbursed_on": disbursed, "rejected_on": rejected, "notes": None, "_partner": partner.spec.name,
        }
        return support, end, rejected

    def finish_support(self, ctx: CaseContext, support: dict[str, Any], limit: int) -> None:
        """Cut the planned dates at ``limit`` (today or the day the case stopped) and write the rows."""
        rng = self.rng
        applied = min(support["applied_on"], limit)
        row = {**support, "applied_on": date.fromordinal(applied)}
        partner_name = row.pop("_partner")
        for key in ("approved_on", "disbursed_on", "rejected_on"):
            day = support[key]
            row[key] = date.fromordinal(day) if day is not None and day <= limit else None
        if row["disbursed_on"]:
            row["status"] = "dicairkan"
        elif row["rejected_on"]:
            row["status"] = "ditolak"
            row["notes"] = f"Ditolak: {self.pick(REJECT_REASONS)}"
        elif row["approved_on"]:
            row["status"] = "disetujui"
        created = self.stamp(applied)
        row.update(created_at=created, updated_at=created, deleted_at=None)
        self.w.add("capital_support", row)
        if row["status"] == "dicairkan":
            ctx.disbursed += row["amount"]
            ctx.pending_disbursal = (support["disbursed_on"], row["kind"], row["amount"], partner_name)
            if row["kind"] == "qardhul_hasan":
                self.repayments(row)
        # Sometimes a second, smaller source: a company's CSR or another programme, without a partner record.
        if rng.random() < 0.06:
            kind = self.pick(("csr", "lainnya"))
            status = self.pick(("diajukan", "disetujui", "dicairkan"))
            extra_applied = min(applied + self.ri(0, 10), limit)
            approved = min(extra_applied + self.ri(5, 20), limit) if status != "diajukan" else None
            disbursed = min(approved + self.ri(2, 10), limit) if status == "dicairkan" and approved else None
            created = self.stamp(extra_applied)
            note = ("Bantuan CSR perusahaan swasta di Kota Serang (contoh)" if kind == "csr"
                    else "Bantuan peralatan dari program kelurahan")
            self.w.add("capital_support", {
                "id": self.uid(), "case_id": ctx.case_id, "business_id": ctx.business["id"], "partner_id": None,
                "kind": kind, "amount": round_to(rng.uniform(1, 8) * JUTA, 250_000), "status": status,
                "applied_on": date.fromordinal(extra_applied),
                "approved_on": date.fromordinal(approved) if approved else None,
                "disbursed_on": date.fromordinal(disbursed) if disbursed else None, "rejected_on": None,
                "notes": note, "created_at": created, "updated_at": created, "deleted_at": None,
            })

    def repayments(self, support: dict[str, Any]) -> None:
        rng = self.rng
        amount = support["amount"]
        tenor = self.pick((6, 10, 12))
        installment = amount // tenor // 1000 * 1000
        discipline = self.pick((0.97, 0.9, 0.75, 0.4))
        disbursed: date = support["disbursed_on"]
        missed = False
        due_day = disbursed.replace(day=min(disbursed.day, 28))  # the demo's loans fall due by the 28th
        for k in range(1, tenor + 1):
            due = add_months(due_day, k)
            amount_due = installment if k < tenor else amount - installment * (tenor - 1)
            paid_on, paid = None, 0
            if due < self.today and not missed:
                if rng.random() < discipline:
                    paid_on = min(due + timedelta(days=self.ri(-5, 6)), self.today - timedelta(days=1))
                    paid = amount_due if rng.random() < 0.93 else amount_due // 2 // 1000 * 1000
                else:
                    missed = rng.random() < 0.5  # some borrowers stop paying altogether
            created = self.stamp(disbursed.toordinal())
            self.w.add("repayment", {
                "id": self.uid(), "support_id": support["id"], "due_on": due, "amount_due": amount_due,
                "paid_on": paid_on, "amount_paid": paid, "created_at": created, "updated_at": created,
            })

    def activities(self, ctx: CaseContext, stage: dict[str, Any], start: int, end: int, *, open_end: bool) -> None:
        """Activities of one stage between ``start`` and ``end`` (inclusive, never after today)."""
        rng, t = self.rng, self.t
        kind = stage["kind"]
        end = min(end, t)
        span = max(0, end - start)
        if kind == "capital":
            planned = ["kunjungan"] + (["kunjungan"] if span > 25 and rng.random() < 0.5 else [])
        elif kind == "mentoring":
            n = max(1, min(16, span // 7 + self.ri(0, 2)))
            planned = ["kunjungan"] + rng.choices(("mentoring", "pelatihan", "kunjungan"), cum_weights=(6, 8, 10), k=n - 1)
        else:
            n = max(1, min(10, span // 12 + self.ri(0, 1)))
            planned = ["pasar"] + rng.choices(("pasar", "mentoring", "kunjungan"), cum_weights=(6, 8, 10), k=n - 1)
        days = [start] + sorted(start + self.ri(0, span) for _ in range(len(planned) - 1))
        rows: list[tuple[int, str]] = list(zip(days, planned, strict=True))
        if kind == "capital" and ctx.pending_disbursal is not None:
            day = ctx.pending_disbursal[0]
            if day <= end:
                rows.append((day, "pencairan"))
                rows.sort(key=lambda item: item[0])
        partner = self.partner_by_id.get(stage["partner_id"])
        mentor = stage["mentor"]
        campus = partner is not None and partner.spec.kind in ("ptn", "pts")
        last = len(rows) - 1
        for i, (day, activity) in enumerate(rows):
            market = None
            students = None
            hours = 1.5
            people = 2
            if activity == "kunjungan":
                notes = self.pick(VISIT_NOTES)
                hours = self.pick((1.0, 1.5, 2.0))
            elif activity == "mentoring":
                notes = self.pick(MENTORING_NOTES)
                hours = self.pick((2.0, 2.5, 3.0))
            elif activity == "pelatihan":
                notes = self.pick(TRAINING_NOTES)
                hours = self.pick((4.0, 6.0, 8.0))
                people = self.ri(12, 35)
            elif activity == "pasar":
                market = rng.choices(MARKET_KINDS, cum_weights=(4, 7, 10))[0]
                notes = self.pick(MARKET_NOTES[market])
                hours = 3.0 if market == "ecommerce" else self.pick((6.0, 8.0, 16.0, 24.0))
                people = self.ri(1, 3)
                if market == "ecommerce":
                    ctx.ecommerce = True
            else:
                _, support_kind, amount, source = ctx.pending_disbursal  # type: ignore[misc]
                label = {"hibah": "hibah", "qardhul_hasan": "qardhul hasan", "kur": "KUR"}.get(support_kind, support_kind)
                notes = f"Pencairan {label} sebesar {format_rupiah(amount)} dari {source}."
                hours = 1.0
                ctx.pending_disbursal = None
            if campus and activity in ("mentoring", "pasar", "kunjungan") and rng.random() < 0.4:
                picked = rng.sample(STUDENT_NAMES, self.ri(2, 4))
                students = ", ".join(picked)
                people += len(picked)
            follow_up = None
            follow_done = False
            if i == last and open_end:
                r = rng.random()
                follow_up = t if r < 0.1 else day + self.ri(3, 30)
                follow_done = False
            elif rng.random() < 0.2:
                follow_up = day + self.ri(3, 21)
                follow_done = follow_up < t and rng.random() < 0.9
            created = self.stamp(day)
            self.w.add("activity", {
                "id": self.uid(), "case_id": ctx.case_id, "stage_id": stage["id"], "business_id": ctx.business["id"],
                "kind": activity, "market_kind": market, "held_on": date.fromordinal(day), "hours": hours,
                "mentor": mentor if activity in ("mentoring", "pelatihan") else None, "students": students,
                "people_count": people, "notes": notes,
                "follow_up_on": date.fromordinal(follow_up) if follow_up else None, "follow_up_done": follow_done,
                "officer_id": ctx.officer_id, "created_at": created, "updated_at": created, "deleted_at": None,
            })
            if day > ctx.last_activity:
                ctx.last_activity = day
        if partner is not None and kind == "mentoring" and rng.random() < 0.5:
            ctx.nib_obtained = rng.random() < 0.5
            if ctx.business["sector"] == "kuliner":
                ctx.halal_obtained = rng.random() < 0.3
                ctx.pirt_obtained = rng.random() < 0.3

    def outcome(self, ctx: CaseContext, day: int, modal: int, sales: int, workers: int, scale: Scale,
                up: bool, notes: str) -> None:
        rng = self.rng
        first = ctx.latest_outcome is None
        created = self.stamp(day)
        self.w.add("outcome", {
            "id": self.uid(), "business_id": ctx.business["id"], "case_id": ctx.case_id,
            "measured_on": date.fromordinal(day), "annual_sales": sales, "modal_usaha": modal, "workers": workers,
            "scale": scale.value, "naik_kelas": up,
            "nib_obtained": not first and ctx.nib_obtained and not ctx.business["nib"],
            "halal_obtained": not first and ctx.halal_obtained and not ctx.business["halal_number"],
            "pirt_obtained": not first and ctx.pirt_obtained and not ctx.business["pirt_number"],
            "merek_obtained": not first and rng.random() < 0.08,
            "market_marketplace": not first and ctx.ecommerce,
            "market_modern_retail": not first and rng.random() < (0.3 if up else 0.06),
            "market_export": not first and up and rng.random() < 0.05,
            "notes": notes, "created_at": created, "updated_at": created, "deleted_at": None,
        })
        if not first:  # the baseline repeats what the business row already says
            ctx.latest_outcome = {"modal_usaha": modal, "annual_sales": sales, "workers": workers,
                                  "scale": scale.value}
        else:
            ctx.latest_outcome = {}

