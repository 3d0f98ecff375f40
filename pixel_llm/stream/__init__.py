"""Live frames: cameras, videos, the screen, folders and host-pushed frames, captioned in real
time. Start with ``CompositorIntegrator.stream(source)``."""

from .outputs import AnnotatedWriter, JsonlWriter, VttWriter, draw_caption
from .runner import CaptionEvent, CaptionStream, StreamStats
from .sources import CaptureSource, Frame, ScreenSource, SourceError, open_source
from .watch import FolderStream

__all__ = ["AnnotatedWriter", "CaptionEvent", "CaptionStream", "CaptureSource", "FolderStream", "Frame",
           "JsonlWriter", "ScreenSource", "SourceError", "StreamStats", "VttWriter", "draw_caption", "open_source"]
