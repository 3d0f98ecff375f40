"""pixel-llm compositor examples, as listed in the Compositor Integration Guide:

- quick caption usage
- integrator basic usage
- batch captioning
- webcam integration (skipped with a message when there is no camera)
- file processing

Run from the repository root:  python3 systems/pixel_llm/compositor/example.py
Images to caption can be passed as arguments; otherwise a few are drawn into a temp folder.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

from pixel_llm.compositor import CompositorConfig, CompositorIntegrator, quick_caption


def sample_images(folder: Path) -> list[Path]:
    """Draw a few simple images: the spec's red square, some shapes, a terminal-like screen."""
    folder.mkdir(parents=True, exist_ok=True)
    red = Image.new("RGB", (400, 300), "white")
    ImageDraw.Draw(red).rectangle([140, 90, 260, 210], fill="red")
    shapes = Image.new("RGB", (640, 480), "white")
    draw = ImageDraw.Draw(shapes)
    draw.ellipse([60, 60, 220, 220], fill="blue")
    draw.polygon([(420, 420), (600, 420), (510, 260)], fill="green")
    from PIL import ImageFont

    screen = Image.new("RGB", (640, 360), (16, 16, 16))
    draw = ImageDraw.Draw(screen)
    font = ImageFont.load_default(size=20)
    for i, line in enumerate(["$ echo hello compositor", "hello compositor", "$ date", "Wed Nov 25 2026"]):
        draw.text((12, 12 + 30 * i), line, fill=(230, 230, 230), font=font)
    paths = []
    for name, im in [("red_square.png", red), ("shapes.png", shapes), ("terminal.png", screen)]:
        im.save(folder / name)
        paths.append(folder / name)
    return paths


async def example_quick_caption(path: Path) -> None:
    print("\n== quick caption")
    caption = await quick_caption(Image.open(path))
    print(f"{path.name}: {caption}")


async def example_integrator(path: Path) -> None:
    print("\n== integrator basic usage")
    config = CompositorConfig(encoder_type="dinov2", device="cuda", max_length=100)
    integrator = CompositorIntegrator(config)
    await integrator.initialize()
    result = await integrator.caption_frame_detailed(Image.open(path))
    print(f"{path.name}: {result.caption}")
    print(f"  encoder={result.encoder} device={result.device} backend={result.backend} "
          f"total={result.timings['total_ms']:.1f} ms")
    again = await integrator.caption_frame_detailed(Image.open(path))
    print(f"  again: cached={again.cached} total={again.timings['total_ms']:.2f} ms")
    stats = integrator.get_cache_stats()
    print(f"  cache size: {stats['size']}/{stats['max_size']}")
    await integrator.shutdown()


async def example_batch(paths: list[Path]) -> None:
    print("\n== batch captioning")
    async with CompositorIntegrator(CompositorConfig(encoder_type="efficientnet_lite0", batch_size=8)) as integrator:
        captions = await integrator.caption_batch([str(p) for p in paths])
        for p, caption in zip(paths, captions):
            print(f"{p.name}: {caption}")


async def example_webcam(frames: int = 5) -> None:
    print("\n== webcam")
    try:
        import cv2
    except ImportError:
        print("OpenCV is not installed; skipping the webcam example")
        return
    cap = cv2.VideoCapture(0)
    if not cap.isOpened():
        print("no camera found (cv2.VideoCapture(0) did not open); skipping the webcam example")
        return
    # OpenCV frames are BGR: say so, or red and blue swap in the colour facts.
    config = CompositorConfig(encoder_type="efficientnet_lite0", color_order="bgr", device="cuda")
    async with CompositorIntegrator(config) as integrator:
        for _ in range(frames):
            ok, frame = cap.read()
            if not ok:
                print("the camera stopped delivering frames")
                break
            caption = await integrator.caption_frame(frame)
            print(f"Caption: {caption}")
    cap.release()


async def example_files(folder: Path) -> None:
    print("\n== file processing")
    async with CompositorIntegrator(CompositorConfig(encoder_type="efficientnet_lite0")) as integrator:
        for image_file in sorted(folder.glob("*.png")) + sorted(folder.glob("*.jpg")):
            caption = await integrator.caption_frame(image_file)
            print(f"{image_file.name}: {caption}")


async def main(argv: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = [Path(a) for a in argv] or sample_images(folder)
        await example_quick_caption(paths[0])
        await example_integrator(paths[0])
        await example_batch(paths)
        await example_webcam()
        await example_files(paths[0].parent)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
