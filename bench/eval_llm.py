"""The LLM modes against the rules: quality on every gold set, and what they cost.

    python bench/eval_llm.py [--gold-dir DIR] [--modes rules,llm,rules+verify] [--limit N]
    python bench/eval_llm.py --fake-cost [INPUT...]

The first form needs a configured endpoint (TIELINE_LLM_BASE_URL and TIELINE_LLM_MODEL, or a
settings file through --config / TIELINE_CONFIG) and fails with a clear message without one.
It extracts every gold file (../shared/eval/*.jsonl) in each mode, scores it as `tieline eval`
does, and prints relations P / R / F1, money, clauses and quotes F1, and the requests and
tokens each mode spent. Answers are cached (llm_cache_dir), so a re-run costs nothing.

The second form measures cost only, with no model: the built-in fake endpoint
(tieline.extract.llm.fake) counts tokens as characters / 4, answers each extraction request
with the facts the rules find in that chunk (so answers are as long as a model that found the
same facts would write) and confirms every fact it is asked to verify. Default inputs:
examples/news. Its quality figures mean nothing and are not printed.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from tieline.cli.evaluate import GoldFileError, output_id, read_gold
from tieline.errors import TielineError
from tieline.evaluate import score
from tieline.extract.base import get_extractor
from tieline.extract.llm.fake import FakeEndpoint, Reply
from tieline.extract.llm.verifier import rules_extractor
from tieline.gold import as_gold
from tieline.model import Document
from tieline.readers import Problem, read_inputs
from tieline.settings import Settings

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO.parent / "shared" / "eval"
MODES = ("rules", "llm", "rules+verify")


def documents(paths: list[str], limit: int | None = None) -> list[Document]:
    docs = [d for d in read_inputs(paths) if not isinstance(d, Problem)]
    return docs[:limit] if limit else docs


def extractor_for(settings: Settings, mode: str):
    return rules_extractor(settings) if mode == "rules" \
        else get_extractor(settings.but(extractor=mode))


def run_mode(settings: Settings, mode: str, docs: list[Document]):
    """(gold-format rows, usage dict or None, number of failed documents)."""
    extractor = extractor_for(settings, mode)
    failed = []
    rows = [as_gold(ex, output_id(ex.document))
            for ex in extractor.extract(docs, on_error=lambda d, e: failed.append((d, e)))]
    for doc, exc in failed[:3]:
        print(f"  {mode}: {doc.source}: {exc}", file=sys.stderr)
    usage = extractor.usage() if hasattr(extractor, "usage") else None
    return rows, usage, len(failed)


def _f(value) -> str:
    return "–" if value is None else f"{value:.3f}"


def _cost(usage) -> str:
    if usage is None:
        return "0 requests"
    return (f"{usage['requests']} request{'s' * (usage['requests'] != 1)}, "
            f"{usage['tokens_in']:,} tokens in, "
            f"{usage['tokens_out']:,} out, {usage['cache_hits']} cached")


def evaluate(settings: Settings, gold_dir: Path, modes: list[str], limit: int | None) -> None:
    files = sorted(gold_dir.glob("*.jsonl"))
    if not files:
        sys.exit(f"eval_llm: no gold files (*.jsonl) in {gold_dir}; pass --gold-dir")
    print(f"endpoint {settings.llm_base_url}, model {settings.llm_model}, "
          f"prompts {settings.llm_prompt_version}\n")
    print("| gold file | mode | relations P / R / F1 | money F1 | clauses F1 | quotes F1 | "
          "failed | cost |")
    print("|---|---|---|---|---|---|---|---|")
    for path in files:
        try:
            gold = read_gold(path)
        except GoldFileError as exc:
            print(f"skipped {exc}", file=sys.stderr)
            continue
        docs = documents([str(path)], limit)
        ids = {output_id(d) for d in docs}
        gold = [g for g in gold if str(g["id"]) in ids]
        for mode in modes:
            rows, usage, failed = run_mode(settings, mode, docs)
            s = score(gold, rows)
            r = s["relations"]
            print(f"| {path.name} ({len(docs)}) | {mode} | {_f(r['precision'])} / "
                  f"{_f(r['recall'])} / {_f(r['f1'])} | {_f(s['money']['f1'])} | "
                  f"{_f(s['clauses']['f1'])} | {_f(s['quotes']['f1'])} | {failed} | "
                  f"{_cost(usage)} |", flush=True)


def _rules_answer(rows: list[dict], chunk: str) -> dict:
    """What a model that found what the rules found would answer for this chunk."""
    answer = {"entities": [], "relations": [], "money": [], "clauses": [], "quotes": []}
    for row in rows:
        if not any(r.get("evidence") and r["evidence"] in chunk
                   for r in row["relations"] + row["money"] + row["clauses"]):
            continue
        answer["entities"] = [{"name": e["name"], "type": e["type"], "aliases": e["aliases"]}
                              for e in row["entities"] if e["name"] in chunk]
        for r in row["relations"]:
            if r["evidence"] in chunk:
                answer["relations"].append({k: r[k] for k in ("type", "head", "tail", "object",
                                                                "via", "modality", "time",
                                                                "evidence")})
        for m in row["money"]:
            if m["evidence"] in chunk:
                answer["money"].append({**{k: m[k] for k in ("entity", "kind", "amount",
                                                              "currency", "modality",
                                                              "evidence")},
                                        "time": m["time"] if m["time"] and re.fullmatch(
                                            r"\d{4}(-\d{2}(-\d{2})?)?", m["time"]) else None})
    return answer


def fake_cost(settings: Settings, inputs: list[str]) -> None:
    docs = documents(inputs)
    rule_rows, _, _ = run_mode(settings, "rules", docs)

    def answer(body: dict) -> Reply:
        user = body["messages"][-1]["content"]
        if body["response_format"]["json_schema"]["name"].startswith("verify"):
            ids = re.findall(r"^\[(\d+)\]", user, re.M)
            return Reply({"verdicts": [{"id": int(i), "verdict": "confirm",
                                        "reason": "stated in the sentence"} for i in ids]})
        return Reply(_rules_answer(rule_rows, user))

    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} documents, {chars:,} characters; fake endpoint, tokens = characters / 4")
    with FakeEndpoint(answer) as fake:
        fake_settings = settings.but(llm_base_url=fake.url, llm_model="fake",
                                     llm_cache_dir="off")
        for mode in MODES[1:]:
            rows, usage, failed = run_mode(fake_settings, mode, docs)
            facts = sum(len(r["relations"]) + len(r["money"]) for r in rows)
            print(f"{mode}: {_cost(usage)}; per document {usage['requests'] / len(docs):.2f} "
                  f"requests, {(usage['tokens_in'] + usage['tokens_out']) / len(docs):,.0f} "
                  f"tokens; per 10k characters {usage['requests'] * 1e4 / chars:.1f} requests; "
                  f"{facts} relations and money facts kept, {failed} failed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", help="a tieline settings file (else TIELINE_CONFIG)")
    parser.add_argument("--gold-dir", type=Path, default=GOLD_DIR)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--limit", type=int, help="articles per gold file")
    parser.add_argument("--fake-cost", nargs="*", metavar="INPUT",
                        help="measure requests and tokens with the fake endpoint instead")
    args = parser.parse_args()
    try:
        settings = Settings.load(args.config)
        if args.fake_cost is not None:
            return fake_cost(settings, args.fake_cost or [str(REPO / "examples" / "news")])
        modes = [m.strip() for m in args.modes.split(",") if m.strip()]
        unknown = [m for m in modes if m not in MODES]
        if unknown:
            sys.exit(f"eval_llm: unknown mode {unknown[0]!r}; known: {', '.join(MODES)}")
        if not settings.llm_base_url or not settings.llm_model:
            sys.exit("eval_llm: no LLM endpoint configured. Set TIELINE_LLM_BASE_URL (e.g. "
                     "http://localhost:11434/v1 for Ollama, http://localhost:8000/v1 for vLLM) "
                     "and TIELINE_LLM_MODEL, or llm_base_url and llm_model in a settings file "
                     "(--config); or measure cost only with --fake-cost.")
        evaluate(settings, args.gold_dir, modes, args.limit)
    except TielineError as exc:
        sys.exit(f"eval_llm: {exc}")


if __name__ == "__main__":
    main()
