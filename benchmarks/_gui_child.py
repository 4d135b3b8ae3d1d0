"""Child processes of the benchmark (each run in a fresh interpreter by benchmarks/run.py).

    python benchmarks/_gui_child.py cold   OUT.json DB     the real ``umkm-desk --db DB --page umkm --screenshot``
                                                          path, stopping the clock when the UMKM page has drawn
                                                          its data (the PNG is not written)
    python benchmarks/_gui_child.py floor  OUT.json        Python + PySide6 import + an empty QWidget drawn
    python benchmarks/_gui_child.py memory OUT.json DB     open the UMKM page, search, sort, scroll to the end;
                                                          report the RSS high-water mark
    python benchmarks/_gui_child.py session OUT.json DB LETTERS
                                                          every page opened, every report written (PDF and
                                                          .xlsx), the UMKM list exported, LETTERS letters issued;
                                                          report the RSS high-water mark
    python benchmarks/_gui_child.py leak   OUT.json DB N  N searches on the UMKM page; RSS after 100 and after N
    python benchmarks/_gui_child.py laporan OUT.json DB RUNS
                                                          the Laporan page opened from the UMKM page, then RUNS
                                                          more counts after a change: the time from the page
                                                          shown to every chart drawn, and the GUI thread's
                                                          longest stall meanwhile
    python benchmarks/_gui_child.py interact OUT.json DB PLAN.json
                                                          search, sort, jump and detail timings, recording the SQL
                                                          each action issued (for the raw sqlite3 floors)

Times in OUT.json are ``time.monotonic()`` stamps (system-wide on Linux, so the parent can subtract the moment
it started the process) or durations in seconds measured with ``time.perf_counter()``.
"""

from __future__ import annotations

import json
import os
import sys
import time


def _status() -> dict[str, int]:
    """VmHWM (peak RSS) and VmRSS of this process in bytes, from /proc (Linux)."""
    out: dict[str, int] = {}
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(("VmHWM:", "VmRSS:")):
                    key, value = line.split(":", 1)
                    out[key] = int(value.split()[0]) * 1024
    except OSError:
        import resource

        out["VmHWM"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return out


#: the pages switched to in the page figure (Laporan is timed by benchmarks/reports.py)
PAGE_ORDER = ("beranda", "pendampingan", "mitra", "dokumen", "umkm")
#: every page of the navigation, for the session's memory
ALL_PAGES = (*PAGE_ORDER, "laporan", "pengaturan")
#: what the memory figures type into the search box, over and over
MEMORY_TERMS = ("s", "si", "sit", "siti", "gipang", "3673", "0812", "")


def _write(path: str, data: dict) -> None:
    with open(path, "w") as fh:
        json.dump(data, fh)


def floor(out: str) -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1366, 768)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.grab()  # force the window to be drawn, as the cold start does
    shown = time.monotonic()
    _write(out, {"shown": shown, **_status()})
    return 0


def cold(out: str, db: str) -> int:
    # Imported in the order `umkm-desk` imports them (cli first, PySide6 only through gui.app): what PySide6's
    # import hook does to each module imported after it is part of the real start-up, no more and no less.
    # The main window is imported by the start-up itself (while the password is checked), as in `umkm-desk`.
    from umkm_desk import cli
    from umkm_desk.gui import app as gui_app

    result: dict = {}

    def until_shown(window, page_key: str, _png: str) -> int:  # same steps as gui.app._take_screenshot
        from PySide6.QtWidgets import QApplication

        from umkm_desk.gui.main_window import DEFAULT_SIZE

        qapp = QApplication.instance()
        window.resize(DEFAULT_SIZE)
        window.show()
        page = window.show_page(page_key)
        loaded = window.wait_until_loaded(page)
        for _ in range(5):
            qapp.processEvents()
        window.grab()  # the page with its data, drawn
        result["shown"] = time.monotonic()
        result["loaded"] = bool(loaded)
        model = getattr(page, "model", None)
        result["rows"] = model.rowCount() if model is not None else None
        label = getattr(page, "count_label", None)
        result["count_label"] = label.text() if label is not None else None
        return 0 if loaded else 1

    gui_app._take_screenshot = until_shown
    rc = cli.main(["--db", db, "--page", "umkm", "--screenshot", "unused.png"])
    result.update(_status())
    result["rc"] = rc
    _write(out, result)
    return rc


# --- the UMKM page in one process ------------------------------------------------------------------------


class _Session:
    """The main window on the UMKM page, as an officer sees it, with a recorder of the SQL it runs."""

    def __init__(self, db_path: str) -> None:
        from PySide6.QtWidgets import QApplication
        from sqlalchemy import event

        from umkm_desk.core.services.context import ServiceContext
        from umkm_desk.core.services.office import officers
        from umkm_desk.core.store.database import open_database
        from umkm_desk.gui.app import application
        from umkm_desk.gui.dialogs.first_run import DEMO_OFFICER
        from umkm_desk.gui.main_window import DEFAULT_SIZE, MainWindow

        self.app: QApplication = application()
        self.db = open_database(db_path)
        ctx = ServiceContext(self.db)
        from umkm_desk.core.services.accounts.accounts import has_accounts

        if has_accounts(ctx):  # a demo made by `umkm-desk demo`: log in as its administrator
            import os

            from umkm_desk.core.services.accounts.login import authenticate

            ctx.actor = authenticate(ctx, os.environ.get("UMKM_DESK_USER", "admin"),
                                     os.environ.get("UMKM_DESK_PASSWORD", "")).actor
        else:
            ctx.actor = officers.actor_for(officers.find_or_create_officer(ctx, DEMO_OFFICER))
        self.window = MainWindow(ctx, db_path)
        self.window.resize(DEFAULT_SIZE)
        self.window.show()
        self.page = self.window.show_page("umkm")
        if not self.window.wait_until_loaded(self.page):
            raise RuntimeError("the UMKM page did not load")
        self.settle()
        self.recording: list[tuple[str, list]] | None = None

        def record(_conn, _cursor, statement, parameters, _context, executemany) -> None:
            if self.recording is not None and not executemany:
                self.recording.append((statement, list(parameters or ())))

        event.listen(self.db.engine, "before_cursor_execute", record)

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def paint(self) -> None:
        """Draw the table now (the view asks the model for the visible rows, which fetches their page)."""
        self.page.table.viewport().repaint()

    def timed(self, action) -> tuple[float, list[tuple[str, list]]]:
        self.recording = []
        start = time.perf_counter()
        action()
        seconds = time.perf_counter() - start
        statements, self.recording = self.recording, None
        return seconds, statements

    # actions -------------------------------------------------------------------------------------

    def set_search(self, term: str) -> None:
        """Type the term (the debounce timer starts) without running the query yet."""
        self.page.search.setText(term)

    def search_fired(self) -> None:
        """What the debounce timer's timeout runs, then the table drawn with its first rows."""
        self.page.apply_filter()
        self.paint()

    def sort(self, column: int, descending: bool) -> None:
        from PySide6.QtCore import Qt

        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.page.table.sortByColumn(column, order)  # what a header click does
        self.paint()

    def jump_to_end(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(self.page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        self.paint()

    def back_to_top_uncached(self) -> None:
        """Start the next jump from the top with no rows read yet (as after a fresh query)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.page.model.refresh()
        self.page.table.setFocus()
        QTest.keyClick(self.page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        self.paint()
        self.settle()

    def last_row_shown(self) -> bool:
        model = self.page.model
        index = self.page.table.indexAt(self.page.table.viewport().rect().bottomLeft())
        last = model.rowCount() - 1
        return (index.row() in (last, -1)) and model.row_data(last) is not None

    def switch_to(self, key: str) -> None:
        """What a click in the navigation list does, until the page has drawn its data."""
        page = self.window.show_page(key)
        if not self.window.wait_until_loaded(page, poll_ms=1):
            raise RuntimeError(f"the {key} page did not load")
        self.window.repaint()

    def touch(self) -> None:
        """A commit that changes nothing, so that every page reads its data again on its next visit."""
        from sqlalchemy import text

        with self.db.transaction() as session:
            session.execute(text("SELECT 1"))

    def close(self) -> None:
        self.window.confirm_close = False
        self.window.close()
        self.settle()
        self.db.dispose()


def memory(out: str, db: str) -> int:
    """Peak RSS over the issue's scenario: open the UMKM page, search, sort by every column, scroll to the end."""
    s = _Session(db)
    for term in MEMORY_TERMS:
        s.set_search(term)
        s.search_fired()
    for column in range(s.page.model.columnCount()):
        s.sort(column, False)
        s.sort(column, True)
    s.sort(0, False)
    s.jump_to_end()
    s.settle()
    result = {**_status(), "rows": s.page.model.rowCount()}
    s.close()
    _write(out, result)
    return 0


def _off_gui_thread(work) -> None:
    """Run ``work`` in another thread and wait for it: the report dialog and the issue dialog run theirs in a
    worker (gui.kit.busy), and the database treats a worker's connection differently (store.engine)."""
    import threading

    failure: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the calling thread
            failure.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failure:
        raise failure[0]


def session(out: str, db: str, letters: int) -> int:
    """Peak RSS of a working session: every page opened with its data, every periodic report built and written
    as PDF and as .xlsx (what the report dialog's worker does, in a worker thread), the UMKM list exported to
    .xlsx through the page (in its worker thread), and ``letters`` progress letters issued (numbered, recorded,
    rendered) in a worker thread, as the issue dialog does."""
    import tempfile
    from pathlib import Path

    from umkm_desk.core.services.register import documents
    from umkm_desk.core.services.reports.period import office_today
    from umkm_desk.core.services.reports.periodic import REPORTS
    from umkm_desk.core.services.reports.report_filter import ReportFilter
    from umkm_desk.gui.dialogs import messages
    from umkm_desk.gui.dialogs.report_dialog import write_report

    messages.set_non_interactive(True)  # the export's "saved to" notice
    s = _Session(db)
    steps: dict[str, int] = {}
    for key in ALL_PAGES:  # waited for as long as it takes: this figure is about memory, not time
        page = s.window.show_page(key)
        if not s.window.wait_until_loaded(page, timeout_ms=600_000):
            raise RuntimeError(f"the {key} page did not load")
        s.settle()
    steps["pages"] = _status()["VmHWM"]
    ctx = s.window.ctx
    folder = Path(tempfile.mkdtemp(prefix="umkm-bench-session-"))
    flt = ReportFilter.for_year(office_today().year)
    for key in REPORTS:
        for fmt in ("pdf", "xlsx"):
            _off_gui_thread(lambda key=key, fmt=fmt: write_report(ctx, key, flt, fmt, folder / f"{key}.{fmt}"))
    steps["reports"] = _status()["VmHWM"]
    page = s.window.show_page("umkm")
    s.window.wait_until_loaded(page)
    if not page.export_list(folder / "daftar-umkm.xlsx"):
        raise RuntimeError("the UMKM list export did not start")
    while page.exporter.is_running():
        s.app.processEvents()
        time.sleep(0.01)
    s.settle()
    exported = page.exporter.last.rows if page.exporter.last is not None else 0
    steps["export"] = _status()["VmHWM"]
    ids = documents.eligible_business_ids(ctx, "letter")
    settings = documents.load_settings(ctx)
    for number in range(letters if ids else 0):
        _off_gui_thread(lambda n=number: documents.issue_document(ctx, "letter", ids[n % len(ids)], settings=settings))
    steps["letters"] = _status()["VmHWM"]
    result = {**_status(), "steps": steps, "exported_rows": exported, "letters": letters if ids else 0}
    s.close()
    _write(out, result)
    return 0


def leak(out: str, db: str, searches: int) -> int:
    """RSS after 100 searches and after ``searches``: what a day of typing into the search box leaves behind."""
    s = _Session(db)
    marks: dict[int, int] = {}
    for number in range(1, searches + 1):
        s.set_search(MEMORY_TERMS[number % len(MEMORY_TERMS)])
        s.search_fired()
        s.settle()
        if number in (100, searches):
            marks[number] = _status()["VmRSS"]
    result = {**_status(), "after_100": marks.get(100, 0), "after_all": marks.get(searches, 0),
              "searches": searches}
    s.close()
    _write(out, result)
    return 0


def _laporan_drawn(s: _Session, show) -> dict[str, float]:
    """Seconds from ``show()`` (what brings the page up) to every chart of the page counted and drawn once, the
    first fresh chart's arrival, the GUI thread's longest stall meanwhile (a 5 ms timer's largest gap), and the
    CPU seconds of the process (every thread) and of the GUI thread alone."""
    from PySide6.QtCore import QEventLoop, QTimer

    gaps: list[float] = []
    first: list[float] = []
    last = [time.perf_counter()]
    loop = QEventLoop()
    shown: list = []

    def done() -> bool:
        return bool(shown) and shown[0].is_loaded() and not shown[0].is_busy()

    def tick() -> None:
        # the event loop sleeps between events, as the app's does: no polling of our own on the GUI thread
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        if shown and not first and any(card.isEnabled() for card in shown[0].cards.values()):
            first.append(now - started)
        if done():
            loop.quit()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    cpu, gui_cpu = time.process_time(), time.thread_time()
    started = time.perf_counter()
    last[0] = started
    timer.start()
    page = show()
    shown.append(page)
    page.loaded.connect(tick)
    if not done():
        loop.exec()
    page.loaded.disconnect(tick)
    from umkm_desk.core.services.reports.dashboard import CHARTS

    if len(page.cards) != len(CHARTS):
        raise RuntimeError(f"the Laporan page drew {len(page.cards)} of {len(CHARTS)} charts")
    for card in page.cards.values():  # every chart drawn once, also those below the fold (conservative)
        card.grab()
    seconds = time.perf_counter() - started
    cpu, gui_cpu = time.process_time() - cpu, time.thread_time() - gui_cpu
    timer.stop()
    tick()
    return {"seconds": seconds, "first_chart": first[0] if first else seconds, "longest_stall": max(gaps),
            "charts": len(page.cards), "cpu": cpu, "gui_thread_cpu": gui_cpu}


def laporan(out: str, db: str, runs: int) -> int:
    """The Laporan page as an officer opens it (from the UMKM page, the charts counted in its worker and drawn as
    they arrive): the first visit, then ``runs`` visits after data changed (the page's charts counted afresh;
    the charts of the visit before are shown greyed meanwhile, as in the app)."""
    s = _Session(db)
    samples: list[dict[str, float]] = []

    def visit():
        return s.window.show_page("laporan")

    samples.append({"kind": "first", **_laporan_drawn(s, visit)})
    for _ in range(runs):
        page = s.window.show_page("umkm")
        s.window.wait_until_loaded(page)
        s.settle()
        s.window.page("laporan")._cache.clear()  # as after a write: nothing counted before may be shown as today's numbers
        s.touch()
        samples.append({"kind": "again", **_laporan_drawn(s, visit)})
        s.settle()
    result = {"samples": samples, **_status()}
    s.close()
    _write(out, result)
    return 0


def interact(out: str, db: str, plan_path: str) -> int:
    """Timings of the UMKM page's actions; each sample is stored with the SQL statements it ran."""
    import random

    with open(plan_path) as fh:
        plan = json.load(fh)
    s = _Session(db)
    result: dict = {"search": [], "sort": [], "jump": [], "detail": [], "pages": []}
    model = s.page.model

    # Search: every term, `repeats` times over, each time after a different term (as typing does).
    for _ in range(plan["search_repeats"]):
        for term in plan["terms"]:
            s.set_search(term)
            seconds, sql = s.timed(s.search_fired)
            result["search"].append({"term": term, "seconds": seconds, "rows": model.rowCount(), "sql": sql})
    s.set_search("")
    s.search_fired()
    s.settle()

    # Sort by each column, descending then ascending, over all businesses.
    for _ in range(plan["sort_repeats"]):
        for column in range(model.columnCount()):
            for descending in (True, False):
                seconds, sql = s.timed(lambda c=column, d=descending: s.sort(c, d))
                result["sort"].append({"column": column, "descending": descending, "seconds": seconds,
                                       "rows": model.rowCount(), "sql": sql})
                s.settle()
    s.sort(0, False)
    s.settle()

    # Jump to the last row (Ctrl+End) from the top, the last page not yet read.
    for _ in range(plan["jump_runs"]):
        s.back_to_top_uncached()
        seconds, sql = s.timed(s.jump_to_end)
        result["jump"].append({"seconds": seconds, "shown": s.last_row_shown(), "sql": sql})
    s.settle()
    result["after_scenario"] = _status()

    # Open a business's detail: the dialog built, its data loaded and drawn; then closed (not timed).
    rng = random.Random(plan["seed"])
    rows = model.rowCount()
    for _ in range(plan["detail_runs"]):
        business_id = model.business_id(rng.randrange(rows))

        def open_detail(bid=business_id) -> None:
            dialog = s.page.open_business(bid)
            dialog.repaint()
            s.opened = dialog

        seconds, sql = s.timed(open_detail)
        result["detail"].append({"business_id": str(business_id), "seconds": seconds, "sql": sql,
                                 "timeline_rows": s.opened.timeline_table.rowCount()})
        s.opened.close()
        s.settle()

    # Switch to each page with its data: the first visit builds the page; a return after a commit reads its
    # data again (the usual case: the officer changed something elsewhere); a return with nothing changed
    # keeps what is drawn.
    for run in range(plan.get("page_runs", 3)):
        for key in PAGE_ORDER:
            if run > 0:
                s.touch()
            seconds, sql = s.timed(lambda key=key: s.switch_to(key))
            kind = "first" if run == 0 else "changed"
            result["pages"].append({"page": key, "kind": kind, "seconds": seconds, "sql": sql})
            s.settle()
    for key in PAGE_ORDER:  # each page read once after the last commit above
        s.switch_to(key)
        s.settle()
    for _ in range(plan.get("page_runs", 3)):
        for key in PAGE_ORDER:
            seconds, sql = s.timed(lambda key=key: s.switch_to(key))
            result["pages"].append({"page": key, "kind": "unchanged", "seconds": seconds, "sql": sql})
            s.settle()
    result["end"] = _status()
    s.close()
    _write(out, result)
    return 0


def emit_check(out: str) -> int:
    """How many references to ``True`` one ``Signal.emit()`` from Python leaves behind (0 when correct)."""
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Probe(QObject):
        fired = Signal(int)

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(100):
        probe.fired.emit(1)
    _write(out, {"true_refs_per_emit": (sys.getrefcount(True) - before) / 100})
    del app
    return 0


def main(argv: list[str]) -> int:
    mode, out, *rest = argv
    if mode == "floor":
        return floor(out)
    if mode == "cold":
        return cold(out, rest[0])
    if mode == "memory":
        return memory(out, rest[0])
    if mode == "session":
        return session(out, rest[0], int(rest[1]))
    if mode == "leak":
        return leak(out, rest[0], int(rest[1]))
    if mode == "interact":
        return interact(out, rest[0], rest[1])
    if mode == "laporan":
        return laporan(out, rest[0], int(rest[1]))
    if mode == "emit-check":
        return emit_check(out)
    raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    code = main(sys.argv[1:])
    # Leave without interpreter finalisation: with PySide6 6.12.0 on CPython 3.11 every Signal.emit() drops a
    # reference to True (see emit_check), and after a few hundred refreshes the garbage collection at exit
    # aborts with "bool_dealloc: deallocating True or False". The results are written by then; run.py reports
    # the bug itself from the emit-check child.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
