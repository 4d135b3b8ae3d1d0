"""One table of document kinds: the register's per-kind behaviour is keyed from it, the command line and the
register labels read it, and a new kind is a row in each table plus its builder and renderer, nothing else."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from datetime import date

import pytest

from tests.services.test_documents import TODAY, set_signatory
from umkm_desk import cli
from umkm_desk.core.documents import content as content_module
from umkm_desk.core.documents import kinds, render
from umkm_desk.core.services.context import ServiceContext
from umkm_desk.core.services.register import document_batch, documents
from umkm_desk.core.services.register import kinds as register_kinds
from umkm_desk.core.services.register.document_content import Issue
from umkm_desk.core.services.register.kinds import KindService, Subject
from umkm_desk.demo.generator import fill_demo


def test_every_kind_has_its_register_behaviour_and_nothing_more() -> None:
    assert set(register_kinds.SERVICES) == set(kinds.KINDS)
    assert tuple(kinds.KINDS) == documents.KINDS


def test_every_kind_is_wired_to_its_own_content_and_key() -> None:
    for key, kind in kinds.KINDS.items():
        assert kind.key == key
        assert kind.label and kind.noun and kind.noun == kind.noun.lower()
        assert kind.content.__module__ == content_module.__name__


def test_every_kind_draws_with_its_own_renderer() -> None:
    """The table names its renderers by module and function (imported when a document is first drawn)."""
    expected = {"letter": "render_progress_letter", "referral": "render_referral",
                "certificate": "render_certificate", "summary": "render_case_summary"}
    for key, kind in kinds.KINDS.items():
        renderer = kind.renderer
        assert callable(renderer) and renderer.__name__ == expected[key]
        assert renderer.__module__.startswith("umkm_desk.core.documents.")


def test_the_command_line_offers_exactly_the_table() -> None:
    parser = cli.build_parser()
    for key in kinds.KINDS:
        assert parser.parse_args(["print", key, "--out", "x", "--all"]).kind == key
    with pytest.raises(SystemExit):
        parser.parse_args(["print", "kartu", "--out", "x", "--all"])


def test_the_command_line_does_not_load_the_renderers_to_start() -> None:
    """The choices are read lazily: ``umkm-desk check`` should not wait for ReportLab."""
    script = (
        "import sys\nfrom umkm_desk import cli\n"
        "cli.build_parser().parse_args(['check'])\n"
        "print('reportlab' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_unknown_kind_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="pilihan: letter, referral, certificate, summary"):
        render("memo", content_module.Letterhead("P", "D", "A"), None)  # type: ignore[arg-type]


# --- a new kind -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Memo:
    number: str
    business_name: str
    issued_on: date


def _render_memo(letterhead: content_module.Letterhead, memo: Memo) -> bytes:
    return f"%PDF memo {memo.number} {memo.business_name} {memo.issued_on.isoformat()}\n%%EOF".encode()


def _build_memo(subject: Subject) -> Memo:
    issue: Issue = subject.issue
    return Memo(issue.number, subject.business.name, issue.issued_on)


@pytest.fixture
def demo_ctx(ctx: ServiceContext) -> ServiceContext:
    fill_demo(ctx.db, businesses=12, seed=11, today=TODAY)
    set_signatory(ctx)
    return ctx


@pytest.fixture
def memo_kind(monkeypatch: pytest.MonkeyPatch) -> str:
    """A fifth kind added the way the tables say: one row each, a builder and a renderer."""
    monkeypatch.setitem(kinds.KINDS, "memo", kinds.DocumentKind("memo", "Memo", "memo", Memo, _render_memo))
    monkeypatch.setitem(register_kinds.SERVICES, "memo",
                        KindService(_build_memo, register_kinds.SERVICES["letter"].eligible, "case"))
    monkeypatch.setattr(documents, "KINDS", tuple(kinds.KINDS))
    return "memo"


def test_a_new_kind_needs_only_its_rows_builder_and_renderer(demo_ctx: ServiceContext, memo_kind: str,
                                                             tmp_path) -> None:
    ctx = demo_ctx
    business_id = documents.eligible_business_ids(ctx, memo_kind)[0]
    issued = documents.issue_document(ctx, memo_kind, business_id)
    assert issued.entry.kind_label == "Memo"
    assert issued.pdf.startswith(b"%PDF memo " + issued.entry.number.encode())
    assert documents.reprint(ctx, issued.entry.id) == issued.pdf
    report = document_batch.print_documents(ctx, memo_kind, tmp_path / "out", workers=1)
    # the one issued above serves its case this month: written from the register, not issued again
    assert [f.number for f in report.reprinted] == [issued.entry.number]
    assert not report.failures and report.issued
    assert (tmp_path / "out" / report.reprinted[0].path.name).read_bytes() == issued.pdf


def test_stored_content_names_the_kind_not_the_class() -> None:
    """Content classes may be renamed (CaseSummary became CaseSummaryContent): the stored JSON carries the
    kind's key and the field names only, so what was issued before decodes and reprints the same."""
    from umkm_desk.core.services.register import document_codec
    from umkm_desk.demo import document_samples as samples

    letterhead, summary = samples.sample_letterhead(), samples.sample_case_summary()
    text = document_codec.dumps(letterhead, "summary", summary)
    assert "CaseSummary" not in text and '"kind":"summary"' in text
    assert document_codec.loads(text) == (letterhead, "summary", summary)
