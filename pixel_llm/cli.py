"""``pixel-llm`` command line.

    pixel-llm caption IMAGE... [--json] [--encoder NAME] [--device DEV] [--max-length N]

Library errors become a one-line message and a non-zero exit, not a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys

from .config import CompositorConfig
from .errors import BatchCaptionError, PixelLLMError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pixel-llm", description="Grounded, offline-first image captions.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (-v info, -vv debug)")
    sub = parser.add_subparsers(dest="command", required=True)
    cap = sub.add_parser("caption", help="caption image files")
    cap.add_argument("images", nargs="+", help="image files")
    cap.add_argument("--json", action="store_true", help="one JSON object per image: caption, facts, timings")
    cap.add_argument("--encoder", default="efficientnet_lite0",
                     help="encoder_type: efficientnet_lite0 (bundled, offline; default), dinov2, clip, random")
    cap.add_argument("--encoder-model", default=None, help="hub id or local directory of dinov2/clip weights")
    cap.add_argument("--device", default="auto", help="cpu, cuda, cuda:N, mps or auto (default)")
    cap.add_argument("--max-length", type=int, default=100, help="maximum caption length in words")
    cap.add_argument("--batch-size", type=int, default=8)
    cap.add_argument("--ocr", default="auto", help="auto, tesseract, rapidocr or off")
    cap.add_argument("--strict", action="store_true", help="fail instead of falling back to the bundled encoder")
    return parser


def _caption(args: argparse.Namespace) -> int:
    from .sync import SyncIntegrator

    config = CompositorConfig(encoder_type=args.encoder, encoder_model=args.encoder_model, device=args.device,
                              max_length=args.max_length, batch_size=args.batch_size, ocr=args.ocr,
                              strict=args.strict)
    failed = 0
    with SyncIntegrator(config) as captioner:
        results = captioner.caption_batch_detailed(args.images, return_exceptions=True)
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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    level = logging.WARNING if args.verbose == 0 else logging.INFO if args.verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="pixel-llm: %(levelname)s: %(message)s")
    try:
        return _caption(args)
    except (PixelLLMError, BatchCaptionError) as exc:
        print(f"pixel-llm: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
