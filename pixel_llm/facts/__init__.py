"""Facts: what real models and measurements found in the pixels. A caption is composed from
these and nothing else.

- labels: classifier (ImageNet, bundled) or CLIP zero-shot labels, with confidences, named
  as people name things (see :mod:`.vocabulary`);
- text: on-screen text found by OCR, only where a cheap detector sees text;
- colors: dominant colours by name;
- shapes: flat shapes (square, circle, triangle, ...) with colour and place, on flat graphics;
- objects: things named in parts of the frame (halves, side views of wide frames);
- people: people counted by a face detector;
- detections: things an object detector found (photos whose label was unsure);
- picture: the kind of picture (photo, black-and-white photo, drawing, chart), and scene words
  where measured (blue sky);
- screen: for screens, the layout, the windows and what each is and says.
"""

from .model import (ColorFact, DetectedObject, Facts, Label, ObjectFact, PeopleFact, PictureFact, SceneFact, ScreenFacts, ShapeFact,
                    TextFact, WindowFact)

__all__ = ["ColorFact", "DetectedObject", "Facts", "Label", "ObjectFact", "PeopleFact", "PictureFact", "SceneFact", "ScreenFacts",
           "ShapeFact", "TextFact", "WindowFact"]
