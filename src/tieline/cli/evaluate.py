"""`tieline extract INPUT...` and `tieline eval GOLD.jsonl`: facts per article, and their scores."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Iterator, TextIO

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from ..errors import BadInput, GoldFileError
from ..evaluate import SECTIONS, at_floor, by_rule, errors, score, smoothed
from ..gold import as_gold
from ..extract import describe_error
from ..model import Document
from .app import JsonOption, app, console, err_console, fail, print_json

FEW = 3  # more inputs than this get a progress bar

ExtractorOption = typer.Option(
    None, "--extractor", metavar="NAME",
    help="Extractor that turns articles into facts (default: the `extractor` setting, "
         "\"rules\").")


def build_extractor(name: str | None, **settings: Any):
    """The extractor `name` (else the configured one); an unknown name is a BadInput."""
    from ..extract import get_extractor
    from ..settings import Settings

    return get_extractor(Settings.load(extractor=name, **settings))


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Rows of a gold-format JSONL file; an unreadable file or bad line names file and line."""
    if not path.is_file():
        raise GoldFileError(f"{path}: no such file")
    rows = []
    try:
        with path.open(encoding="utf-8-sig") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldFileError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
                if not isinstance(row, dict) or "id" not in row:
                    raise GoldFileError(f"{path}:{lineno}: expected a JSON object with an 'id'")
                rows.append(row)
    except UnicodeDecodeError:
        raise GoldFileError(f"{path}: not UTF-8 text") from None
    if not rows:
        raise GoldFileError(f"{path}: no articles in the file")
    return rows


def output_id(doc: Document) -> str:
    return str(doc.meta.get("record_id") or doc.id)


class Run:
    """Reads inputs, extracts, and keeps what the summary line needs."""

    def __init__(self, inputs: list[str], show_progress: bool = True, extractor=None):
        self.inputs = inputs
        self.extractor = extractor or build_extractor(None)
        self.problems: list = []  # readers.Problem
        self.failures = 0
        self.documents = 0
        self.progress = Progress(SpinnerColumn(), TextColumn("[bold]extracting"), BarColumn(),
                                 MofNCompleteColumn(), console=err_console, transient=True,
                                 disable=not show_progress)
        self.task = self.progress.add_task("extract", total=None)

    def _documents(self) -> Iterator[Document]:
        from ..readers import Problem, read_inputs  # imported late: fast start for other verbs

        for item in read_inputs(self.inputs):
            if isinstance(item, Problem):
                self.problems.append(item)
                level = "[red]failed[/red]" if item.failed else "[yellow]skipped[/yellow]"
                err_console.print(f"{level} {item.source}: {item.message}", highlight=False)
            else:
                yield item

    def _advance(self, _doc: Document) -> None:
        self.documents += 1
        if self.documents > FEW and not self.progress.live.is_started:
            self.progress.start()
        self.progress.advance(self.task)

    def _failed(self, doc: Document, exc: Exception) -> None:
        self.failures += 1
        err_console.print(f"[red]failed[/red] {doc.source}: extraction error: "
                          f"{describe_error(exc)}",
                          highlight=False)

    def rows(self) -> Iterator[dict[str, Any]]:
        try:
            for ex in self.extractor.extract(self._documents(), progress=self._advance,
                                             on_error=self._failed):
                yield with_rules(as_gold(ex, output_id(ex.document)), ex)
        finally:
            self.progress.stop()

    @property
    def ok(self) -> bool:
        return self.documents > self.failures and not any(p.failed for p in self.problems)


def with_rules(row: dict[str, Any], ex) -> dict[str, Any]:
    """The gold row with each fact's rule id and confidence added (for `eval --by-rule` and
    calibration); as_gold keeps the extraction's order, so items and rows pair up."""
    for section, items in (("relations", ex.relations), ("money", ex.money),
                           ("clauses", ex.clauses), ("quotes", ex.quotes)):
        for out, item in zip(row[section], items):
            if item.evidence is not None:
                out["rule"] = item.evidence.rule
                # not rounded coarsely: eval's floor must cut where answers' floor cuts
                out["confidence"] = round(item.evidence.confidence, 6)
                if getattr(item.evidence, "features", None):  # what the scorer saw (training)
                    out["features"] = {k: round(v, 4) for k, v in item.evidence.features.items()}
    return row


def _count(rows: list[dict]) -> str:
    totals = {s: sum(len(r.get(s) or []) for r in rows) for s in SECTIONS}
    return ", ".join(f"{n} {s}" for s, n in totals.items())


def _summary(run: Run, rows: list[dict] | None = None, written: int | None = None) -> str:
    n = written if written is not None else len(rows or [])
    text = f"{n} document{'s' * (n != 1)} extracted"
    if rows is not None:
        text += f" ({_count(rows)})"
    if run.problems:
        text += f"; {len(run.problems)} input problem{'s' * (len(run.problems) != 1)}"
    if run.failures:
        text += f"; {run.failures} failed"
    return text


def _fact_table(rows: list[dict]) -> Table:
    table = Table(show_lines=False, header_style="bold")
    table.add_column("document", max_width=12, no_wrap=True)
    table.add_column("fact", ratio=3, min_width=16)
    table.add_column("details", ratio=2, min_width=10)
    table.add_column("evidence", ratio=4, min_width=16)
    for row in rows:
        for r in row["relations"]:
            extra = ", ".join(f"{k}={r[k]}" for k in ("object", "via", "time") if r.get(k))
            table.add_row(row["id"][:12], f"{r['type']}({r['head']}, {r['tail']})",
                          f"{r['modality']}{'; ' + extra if extra else ''}", r.get("evidence"))
        for m in row["money"]:
            table.add_row(row["id"][:12], f"money {m['kind']}: {m['entity']}",
                          f"{m['amount']:,.0f} {m['currency']}; {m['modality']}",
                          m.get("evidence"))
        for c in row["clauses"]:
            extra = ", ".join(f"{k}={c[k]}" for k in ("object", "trigger", "decider") if c.get(k))
            table.add_row(row["id"][:12], f"clause {c['action']}({c['holder']} -> "
                          f"{c['counterparty']})", extra, c.get("evidence"))
        for q in row["quotes"]:
            table.add_row(row["id"][:12], f"quote: {q['speaker']}",
                          f"about={q['about']}" if q.get("about") else "", q["text"])
        for p in row["posts"]:
            table.add_row(row["id"][:12], f"post: {p['handle']}", p.get("date") or "",
                          p.get("author"))
        for e in row["events"]:
            table.add_row(row["id"][:12], f"event {e['date']}", "", e["headline"])
    return table


@app.command("extract")
def extract_command(
    inputs: list[str] = typer.Argument(..., help="Files, directories, globs or JSONL files."),
    as_gold_rows: bool = typer.Option(False, "--as-gold",
                                      help="Write one gold-format JSON line per article."),
    output: Path | None = typer.Option(None, "-o", "--output",
                                       help="Write gold-format JSONL here instead of stdout."),
    extractor: str | None = ExtractorOption,
    as_json: bool = JsonOption,
) -> None:
    """Extract facts from INPUTS without storing them: a table, JSON or gold-format JSONL."""
    run = Run(inputs, show_progress=True, extractor=_chosen(extractor))
    if as_gold_rows or output is not None:
        written = 0
        out: TextIO = output.open("w", encoding="utf-8") if output else sys.stdout
        try:
            for row in run.rows():
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                written += 1
        finally:
            if output:
                out.close()
        err_console.print(_summary(run, written=written)
                          + (f"; written to {output}" if output else ""), highlight=False)
    else:
        rows = list(run.rows())
        if as_json:
            print_json(rows)
        else:
            console.print(_fact_table(rows))
            console.print(_summary(run, rows), highlight=False)
    if not run.ok:
        raise typer.Exit(1)


def _chosen(name: str | None):
    try:
        return build_extractor(name)
    except BadInput as exc:
        fail(str(exc), exc.exit_status)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _score_table(result: dict[str, Any], floor: float = 0.0) -> Table:
    title = f"{result['documents']} documents" + (
        f", facts at confidence >= {floor:g} (what answers show)" if floor else ", every fact")
    table = Table(title=title, header_style="bold")
    table.add_column("facts")
    for col in ("precision", "recall", "F1", "tp", "pred", "gold"):
        table.add_column(col, justify="right")

    def add(label: str, s: dict[str, Any], style: str | None = None) -> None:
        table.add_row(label, _fmt(s["precision"]), _fmt(s["recall"]), _fmt(s["f1"]),
                      str(s["tp"]), str(s["pred"]), str(s["gold"]), style=style)

    add("relations (micro)", result["relations"], "bold")
    for rtype, s in result["relations"]["by_type"].items():
        add(f"  {rtype}", s)
    for section in SECTIONS[1:]:
        add(section, result[section])
    return table


def _print_errors(found: list[dict[str, Any]]) -> None:
    current = None
    for e in found:
        if e["document"] != current:
            current = e["document"]
            console.print(f"\n[bold]{current}[/bold]", highlight=False)
        label = "[red]missed  [/red]" if e["error"] == "missed" else "[yellow]spurious[/yellow]"
        console.print(f"  {label} {e['section']}: {e['fact']}", highlight=False)
        if e["evidence"]:
            console.print(f"           [dim]{e['evidence']}[/dim]", highlight=False)


def _by_rule_table(counts: dict[str, Any]) -> Table:
    table = Table(title="precision per rule", header_style="bold")
    for col, justify in (("section", "left"), ("rule", "left"), ("precision", "right"),
                         ("tp", "right"), ("n", "right"), ("smoothed", "right")):
        table.add_column(col, justify=justify)
    for label, c in counts.items():
        section, rule = label.split("|", 1)
        table.add_row(section, rule, _fmt(c["tp"] / c["n"]), str(c["tp"]), str(c["n"]),
                      _fmt(smoothed(c["tp"], c["n"])),
                      style="red" if c["n"] >= 5 and c["tp"] / c["n"] < 0.5 else None)
    return table


def _predict(gold_paths: list[Path], pred: Path | None, extractor: str | None,
             quiet: bool) -> list[tuple[list[dict], list[dict]]]:
    """(gold rows, predicted rows) per gold file: predictions read from --pred (one gold file
    only) or extracted from the gold texts now."""
    if pred is not None and len(gold_paths) != 1:
        raise BadInput("--pred goes with exactly one GOLD file")
    pairs = []
    chosen = _chosen(extractor)
    for path in gold_paths:
        gold = read_gold(path)
        if pred is not None:
            predicted = read_gold(pred)
        else:
            predicted = list(Run([str(path)], show_progress=not quiet, extractor=chosen).rows())
            if not predicted:
                fail(f"{path}: no article could be read for extraction")
        pairs.append((gold, predicted))
    return pairs


def _floor(floor: float | None, every: bool) -> float:
    """The confidence floor eval scores at: --all 0, else --floor, else min_confidence."""
    if every:
        return 0.0
    if floor is None:
        from ..query.confidence import default_floor
        return default_floor()
    if not 0 <= floor <= 1:
        raise BadInput(f"--floor {floor}: give a confidence from 0 to 1")
    return floor


def _line(label: str, result: dict[str, Any]) -> str:
    return f"{label}: " + "; ".join(
        f"{s} P {_fmt(result[s]['precision'])} R {_fmt(result[s]['recall'])} "
        f"F1 {_fmt(result[s]['f1'])} ({result[s]['pred']} facts)"
        for s in ("relations", "money") if result[s]["pred"] or result[s]["gold"])


@app.command("eval")
def eval_command(
    gold_paths: list[Path] = typer.Argument(..., metavar="GOLD.jsonl...",
                                            help="Annotated articles (one or more files)."),
    pred: Path | None = typer.Option(None, "--pred", metavar="PRED.jsonl",
                                     help="Predictions (from `extract --as-gold`); "
                                          "default: extract from the gold texts now."),
    show_errors: bool = typer.Option(False, "--show-errors",
                                     help="List false positives and negatives with evidence."),
    by_rules: bool = typer.Option(False, "--by-rule",
                                  help="Precision and count of each rule over all GOLD files "
                                       "(every fact, whatever its confidence)."),
    floor: float | None = typer.Option(
        None, "--floor", metavar="CONFIDENCE",
        help="Score the facts at or above this confidence (default: the min_confidence "
             "setting, what answers show)."),
    every: bool = typer.Option(False, "--all", help="Score every extracted fact, held back "
                                                    "or not (the same as --floor 0)."),
    calibrate_to: Path | None = typer.Option(
        None, "--calibrate", metavar="OUT.json",
        help="Train the confidence on the GOLD files (each rule's precision and the per-fact "
             "model) and write it to OUT.json (src/tieline/extract/patterns/confidence.json "
             "is the packaged one)."),
    judged: list[Path] = typer.Option(
        [], "--judged", metavar="JUDGMENTS.json",
        help="With --calibrate: real-news audit judgments (bench/audits/) whose judged "
             "relations train the per-fact model beside the gold facts (repeatable)."),
    corpus: Path = typer.Option(
        Path("../shared/corpus/modern.jsonl.gz"), "--corpus", metavar="CORPUS",
        help="The corpus the --judged audits sampled (their articles are read from it)."),
    extractor: str | None = ExtractorOption,
    as_json: bool = JsonOption,
) -> None:
    """Score extraction against gold files (shared/eval/ANNOTATION.md, "Scoring"): the facts
    answers show (confidence at or above the min_confidence floor), and every fact."""
    try:
        if judged and calibrate_to is None:
            raise BadInput("--judged trains the confidence: give --calibrate OUT.json too")
        cut = _floor(floor, every)
        pairs = _predict(gold_paths, pred, extractor, as_json)
        gold = [row for g, _ in pairs for row in g]
        predicted = [row for _, p in pairs for row in p]
        shown = at_floor(predicted, cut)
        result = score(gold, shown)
        all_facts = score(gold, predicted) if cut else result
        found = errors(gold, shown) if show_errors else None
        counts = by_rule(pairs) if by_rules else None
    except (GoldFileError, ValueError) as exc:
        fail(str(exc))
    if calibrate_to is not None:
        _write_calibration(calibrate_to, pairs, gold_paths, judged, corpus, extractor)
    if as_json:
        extra: dict[str, Any] = {"floor": cut, "all_facts": {
            s: {k: v for k, v in all_facts[s].items() if k != "attributes"} for s in SECTIONS}}
        if counts is not None:
            extra["by_rule"] = counts
        if found is not None:
            extra["errors"] = [{k: v for k, v in e.items() if k != "item"} for e in found]
        print_json({**result, **extra})
        return
    console.print(_score_table(result, cut))
    attrs = result["relations"]["attributes"]
    console.print("on matched relations: " + ", ".join(
        f"{name} {_fmt(value)}" for name, value in attrs.items()), highlight=False)
    if cut:
        held = sum(all_facts[s]["pred"] - result[s]["pred"] for s in SECTIONS)
        console.print(_line(f"every fact (--all; {held} held back below {cut:g})", all_facts),
                      highlight=False)
    if result["missing_documents"]:
        console.print(f"[yellow]{len(result['missing_documents'])} gold documents have no "
                      f"prediction:[/yellow] {', '.join(result['missing_documents'])}",
                      highlight=False)
    if by_rules:
        console.print(_by_rule_table(counts))
    if found is not None:
        _print_errors(found)


def _write_calibration(path: Path, pairs, gold_paths: list[Path], judged: list[Path],
                       corpus: Path, extractor: str | None) -> None:
    from ..evaluate_audits import audit_examples, read_judgments
    from ..evaluate_scorer import train  # numpy, only when training

    verdicts = read_judgments(judged) if judged else None

    def audited(table: dict[str, float]) -> list:
        found = audit_examples(verdicts, corpus, _chosen(extractor), table)
        err_console.print(f"{len(found.examples)} judged real-news relations train the model "
                          f"({verdicts.relations} judged in {verdicts.files} files; "
                          f"{found.unmatched} no longer extracted, {found.failed} documents "
                          f"failed)", highlight=False)
        return found.examples

    trained = train(pairs, audited if verdicts else None)
    data = {"_comment": "Calibrated confidence: each extractor rule's and rule family's "
                        "precision on the gold files named here, smoothed towards the family's "
                        "(tieline.evaluate.calibrate), and the per-fact model "
                        "(tieline.extract.scorer, trained by tieline.evaluate_scorer). "
                        "Regenerate with `tieline eval GOLD... --calibrate FILE`.",
            "gold": [p.name for p in gold_paths], "judged": [p.name for p in judged], **trained}
    try:
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BadInput(f"{path}: cannot write the calibration ({exc.strerror})") from None
    model = trained["model"]
    err_console.print(f"calibration of {len(data['rules'])} rules"
                      + (f" and a model of {len(model['weights'])} weights" if model else "")
                      + f" written to {path}", highlight=False)
