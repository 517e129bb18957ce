"""Stores for the web tests: examples/news, and an XSS corpus of invented articles whose
titles, text, quotes, URLs and entity names carry script payloads. Every payload would set
`window.__xss` or open a dialog if it ever ran; the browser test checks that neither happens."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tieline.cli import app

REPO = Path(__file__).resolve().parents[1]
RUN = "window.__xss=1"
PAYLOADS = [
    f"<script>{RUN}</script>",
    f'<img src=x onerror="{RUN}">',
    f'<svg onload="{RUN}">',
    f"<svg><script>{RUN}</script></svg>",
    f'<iframe src="javascript:{RUN}"></iframe>',
    f'<a href="javascript:{RUN}">click me</a>',
    f'"><script>{RUN}</script>',
    f"'><img src=x onerror={RUN}>",
    f"<body onload={RUN}>",
    f"<details open ontoggle={RUN}>",
    f"<input autofocus onfocus={RUN}>",
    f"<math><mtext><table><mglyph><style><img src=x onerror={RUN}>",
    f"<scr<script>ipt>{RUN}</script>",
    f"</textarea><script>{RUN}</script>",
    f"</title><script>{RUN}</script>",
    f'<object data="javascript:{RUN}"></object>',
    '<embed src="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">',
    f'<video><source onerror="{RUN}"></video>',
    f"<audio src=x onerror={RUN}>",
    "<marquee onstart=alert(1)>",
    "<img src=x onerror=alert(document.domain)>",
    "{{7*7}}<script>alert(1)</script>",
    f'<a href="  JaVaScRiPt:{RUN}">x</a>',
    '<img src="x" onerror="&#119;indow.__xss=1">',
    f'<svg><a xlink:href="javascript:{RUN}"><text x="20" y="20">x</text></a></svg>',
    f'<form action="javascript:{RUN}"><button>x</button></form>',
    f'<meta http-equiv="refresh" content="0;url=javascript:{RUN}">',
    f'<base href="javascript:{RUN}//">',
    f"[link](javascript:{RUN})",
    f'![img](x" onerror="{RUN})',
    f'<!--<img src="--><img src=x onerror={RUN}//">',
    f'<noscript><p title="</noscript><img src=x onerror={RUN}>">',
    "<div onmouseover=alert(1)>hover</div>",
    f"`${{{RUN}}}`",
]
URLS = [f"javascript:{RUN}", f"data:text/html,<script>{RUN}</script>",
        f"JAVASCRIPT:alert(1)", f'https://example.com/"><script>{RUN}</script>']
# Names the alias file makes canonical: entity names that are payloads themselves.
NAMES = {"Zentrix": f"Zentrix<img src=x onerror={RUN}>",
         "Quorvel": f'Quorvel"><script>{RUN}</script>'}


def articles() -> list[dict]:
    """Invented articles, each carrying a few payloads in its title, sentences and quotes."""
    out = []
    for i in range(0, len(PAYLOADS), 4):
        chunk = [PAYLOADS[(i + k) % len(PAYLOADS)] for k in range(5)]
        n = i // 4
        text = (
            f"Zentrix supplies cloud computing to Quorvel {chunk[0]} under a multiyear deal.\n"
            f"Quorvel invested ${n + 2} billion in Zentrix {chunk[1]} last year.\n"
            f"\"{chunk[2]} We will keep buying chips,\" said Mara Quill, chief executive of "
            f"Quorvel.\n"
            f"Quorvel uses Zentrix cloud services {chunk[3]} for its models.\n"
            f"Zentrix competes with Halvard Dynamics {chunk[4]} in chips.\n")
        out.append({"title": f"Zentrix deal {n} {chunk[4]}", "text": text,
                    "url": URLS[n % len(URLS)], "published": f"2024-0{n % 9 + 1}-15"})
    return out


def build(db: Path, *, examples: bool = True, xss: bool = False) -> Path:
    """Ingest examples/news and/or the XSS corpus into `db` through the CLI."""
    runner = CliRunner()
    inputs = [str(REPO / "examples" / "news")] if examples else []
    extra = []
    if xss:
        corpus = db.parent / "xss.jsonl"
        corpus.write_text("".join(json.dumps(a) + "\n" for a in articles()), encoding="utf-8")
        aliases = db.parent / "aliases.yaml"
        aliases.write_text("merge:\n" + "".join(f"  {json.dumps(v)}: [{k}]\n"
                                                 for k, v in NAMES.items()), encoding="utf-8")
        inputs.append(str(corpus))
        extra = ["--aliases", str(aliases)]
    result = runner.invoke(app, ["ingest", *inputs, "--db", str(db), "--workers", "1", *extra])
    assert result.exit_code == 0, result.output
    return db
