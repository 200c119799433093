"""`alu serve`: the OpenAI-compatible endpoint on a host and port."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys

from alu.cli.common import add_model_options, context_from, open_store_from
from alu.extras import MissingExtra, install_hint, needs, reports_missing_extra

# `alu --help` lists every command, so this module imports without the server extra; the command then says
# which extra it needs
SERVER_MISSING: MissingExtra | None = None
try:
    with needs("server", "`alu serve`"):
        from alu.serve.openai_api import DEFAULT_MAX_BODY_BYTES, DEFAULT_MODEL_NAME
except MissingExtra as e:
    DEFAULT_MODEL_NAME, DEFAULT_MAX_BODY_BYTES, SERVER_MISSING = "", 0, e


def port_number(text: str) -> int:
    port = int(text)
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port must lie in 0-65535, got {port}")
    return port


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def model_set(text: str) -> tuple[str, str]:
    """MODEL=SET for --model-set, both parts checked."""
    from alu.retrieval.target_sets import TargetSetError, check_set_name

    name, sep, target_set = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected MODEL=SET (e.g. alu-acme=acme), got {text!r}")
    try:
        return name.strip(), check_set_name(target_set.strip())
    except TargetSetError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def register(subparsers) -> None:
    serve = subparsers.add_parser(
        "serve", help="serve an OpenAI-compatible /v1/chat/completions endpoint with unlearning applied"
                      + (f" (not installed: {install_hint('server')})" if SERVER_MISSING else ""),
        description="Any OpenAI client can use the unlearned model by pointing its base URL at "
                    "http://HOST:PORT/v1. Set ALU_API_KEY to require 'Authorization: Bearer <key>'.")
    serve.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=port_number, default=8000, help="TCP port (default: 8000)")
    serve.add_argument("--model-name", default=DEFAULT_MODEL_NAME,
                       help=f"model id clients send and /v1/models lists (default: {DEFAULT_MODEL_NAME})")
    serve.add_argument("--model-set", action="append", default=[], metavar="MODEL=SET", type=model_set,
                       help="serve another model id answering for one target set (tenant), e.g. "
                            "--model-set alu-acme=acme; repeatable. Clients choose the model id, never the set; "
                            "ALU_CLIENT_KEYS limits a key to its sets' models")
    serve.add_argument("--max-body-bytes", type=positive_int, default=DEFAULT_MAX_BODY_BYTES,
                       help=f"largest accepted request body (default: {DEFAULT_MAX_BODY_BYTES})")
    serve.add_argument("--expose-evidence", action="store_true",
                       help="add flagged evidence and node steps to responses (names the targets: "
                            "for trusted clients only)")
    serve.add_argument("--workers", type=positive_int, default=1,
                       help="server processes sharing the port (default: 1). Python runs one core per process, "
                            "so under load use one per core, e.g. --workers 2; each worker loads its own models "
                            "and index and follows the shared registry's change log")
    serve.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    add_model_options(serve)
    serve.set_defaults(func=reports_missing_extra(cmd_serve))


# A worker process rebuilds the app from the parsed options it finds here (uvicorn starts workers afresh).
WORKER_OPTIONS_ENV = "ALU_SERVE_OPTIONS"


def build_app(args):
    """(the app, its store, the admin-API note) from the parsed options."""
    from alu.serve.admin import PREFIX as ADMIN_PREFIX
    from alu.serve.admin import add_admin_routes
    from alu.serve.chat_model import UnlearningChatModel
    from alu.serve.langgraph_auth import ADMIN_KEY_ENV
    from alu.serve.openai_api import create_app

    ctx = context_from(args)
    if args.expose_evidence:  # the operator's choice: responses then name the flagged targets
        ctx = dataclasses.replace(ctx, evidence="full")
    store = open_store_from(args)  # opened now: a bad home or embedder fails before the port is bound
    model = UnlearningChatModel(ctx.respondent_model, store=store, context=ctx)
    app = create_app(model, model_name=args.model_name, max_body_bytes=args.max_body_bytes,
                     expose_evidence=args.expose_evidence, model_sets=dict(map(tuple, args.model_set)))
    admin = ""
    if os.environ.get(ADMIN_KEY_ENV):  # the target admin API, on the same registry, for the admin key only
        add_admin_routes(app, lambda: store)
        admin = f"; target admin API at http://{args.host}:{args.port}{ADMIN_PREFIX}"
    return app, store, admin


def worker_app():
    """uvicorn's app factory in each worker process of `alu serve --workers N`."""
    return build_app(argparse.Namespace(**json.loads(os.environ[WORKER_OPTIONS_ENV])))[0]


def check_port(host: str, port: int) -> None:
    """Fail in a moment, before any model or index loads, when the address cannot be served on."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise OSError(f"--host {host!r} cannot be resolved: {e.strerror}") from None
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds: a closing port is free
        try:
            probe.bind(address)
        except OSError as e:
            raise OSError(f"cannot listen on {host}:{port}: {e.strerror or e} (choose another --port or "
                          f"--host)") from None


def cmd_serve(args) -> int:
    if SERVER_MISSING is not None:
        raise SERVER_MISSING
    with needs("server", "`alu serve`"):
        import uvicorn

    check_port(args.host, args.port)

    if args.workers > 1:
        from alu.retrieval.store import TargetStore
        from alu.serve.admin import PREFIX as ADMIN_PREFIX
        from alu.serve.langgraph_auth import ADMIN_KEY_ENV

        store: TargetStore = open_store_from(args)  # a bad home or embedder fails here, before any worker starts
        admin = f"; target admin API at http://{args.host}:{args.port}{ADMIN_PREFIX}" \
            if os.environ.get(ADMIN_KEY_ENV) else ""
        os.environ[WORKER_OPTIONS_ENV] = json.dumps({k: v for k, v in vars(args).items() if k != "func"})
        app = None
    else:
        app, store, admin = build_app(args)
    where = store.registry.location if store.registry.kind == "sqlite" else "PostgreSQL (ALU_REGISTRY)"
    print(f"alu: {store.count()} targets (index v{store.version()}) from {where}; "
          f"OpenAI base URL http://{args.host}:{args.port}/v1{admin}"
          + (f"; {args.workers} worker processes" if args.workers > 1 else ""), file=sys.stderr)
    if app is None:
        uvicorn.run("alu.serve.cli:worker_app", factory=True, workers=args.workers, host=args.host, port=args.port,
                    log_level=args.log_level)
    else:
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0
