"""Worker processes of the rules extractor: started from one fork server that has loaded the
model and, for a parent run as a script, has imported that script once for all workers."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

SCRIPT = textwrap.dedent("""
    import os
    from pathlib import Path
    with open(os.environ["IMPORT_LOG"], "a") as log:  # every process that imports this script
        log.write(f"{os.getpid()} {__name__}\\n")

    if __name__ == "__main__":
        from tieline.model import Document
        from tieline.pipeline import MAIN_PATH_ENV, extract_documents
        docs = [Document(text=f"Kestrel Foods agreed to acquire Brambleway Dairy {n}.",
                         source=f"doc{n}") for n in range(4)]
        found = list(extract_documents(docs, n_process=2, batch_size=2, worker_batch=1))
        print(len(found), MAIN_PATH_ENV in os.environ)
""")


def test_workers_do_not_import_the_parent_script_again(tmp_path):
    script, log = tmp_path / "run_ingest.py", tmp_path / "imports.log"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(SRC), "IMPORT_LOG": str(log)}
    env.pop("TIELINE_FORKSERVER_MAIN", None)
    result = subprocess.run([sys.executable, str(script)], env=env, capture_output=True,
                            text=True, timeout=300, check=True)
    assert result.stdout.split() == ["4", "False"]  # every document; the path not left behind
    names = [line.split()[1] for line in log.read_text().splitlines()]
    # the parent ran it as __main__, the fork server imported it once; no worker did
    assert sorted(names) == ["__main__", "__mp_main__"]


def test_workers_start_for_a_parent_fed_its_script_on_stdin():
    # `python -` names its main file "<stdin>", which no worker can run: they must skip it
    # rather than fail and be restarted forever
    script = textwrap.dedent("""
        from tieline.model import Document
        from tieline.pipeline import extract_documents
        docs = [Document(text=f"Kestrel Foods agreed to acquire Brambleway Dairy {n}.",
                         source=f"doc{n}") for n in range(4)]
        print(len(list(extract_documents(docs, n_process=2, batch_size=2, worker_batch=1))))
    """)
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    result = subprocess.run([sys.executable, "-"], input=script, env=env, capture_output=True,
                            text=True, timeout=120, check=True)
    assert result.stdout.split() == ["4"]
    assert "No such file" not in result.stderr


def _run(script: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], env=env,
                            capture_output=True, text=True, timeout=300, check=True)
    return result.stdout.split()


def test_documents_are_read_while_the_workers_start():
    # the fork server takes a second or more to load the model; the parent reads on meanwhile
    # (bounded), where before it read only its window of two tasks per worker
    out = _run("""
        from tieline.model import Document
        from tieline.pipeline import extract_documents
        pulled = []
        def documents():
            for n in range(40):
                pulled.append(n)
                yield Document(text=f"Orrin Tools agreed to acquire Pellam Steel {n}.",
                               source=f"doc{n}")
        results = extract_documents(documents(), n_process=2, batch_size=2, worker_batch=1)
        first = next(results)
        print(len(pulled), first.document.source, len([first, *results]))
    """)
    assert out == ["40", "doc0", "40"]  # all read early, and still in input order


def test_an_input_error_while_the_workers_start_leaves_no_worker_behind():
    out = _run("""
        import multiprocessing
        from tieline.model import Document
        from tieline.pipeline import extract_documents
        def documents():
            yield Document(text="Orrin Tools hired Pellam Steel's finance chief.", source="a")
            raise ValueError("truncated input")
        try:
            list(extract_documents(documents(), n_process=2, batch_size=2, worker_batch=1))
        except ValueError as exc:
            print(exc.args[0].replace(" ", "_"))
        print(len(multiprocessing.active_children()))
    """)
    assert out == ["truncated_input", "0"]


def test_the_fork_server_builds_the_rules_lazy_tables_once_for_every_worker():
    # what run/preload.py leaves behind is what each worker starts from (copy-on-write)
    out = _run("""
        from tieline.extract import lexicon
        import tieline.run.preload
        print(lexicon.world_places.cache_info().currsize)
    """)
    assert out == ["1"]
