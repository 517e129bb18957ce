"""`tieline serve`: the JSON API and web UI over one store, read-only."""
from __future__ import annotations

import typer

from .app import DbOption, app, console, db_path


@app.command("serve")
def serve_command(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (localhost "
                                                        "unless told otherwise)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    db: str | None = DbOption,
) -> None:
    """Serve the JSON API (/api, /openapi.json, /docs) and the web UI, reading the store only."""
    import uvicorn  # loaded here: the other commands do not need the web stack

    from ..web import create_app

    web_app = create_app(db_path(db))  # opens the store now: a bad --db fails before binding
    console.print(f"tieline: open http://{host}:{port}/ (API docs at /docs); Ctrl-C stops",
                  highlight=False)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
