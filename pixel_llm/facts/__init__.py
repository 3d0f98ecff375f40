"""Facts: what real models and measurements found in the pixels. A caption is composed from
these and nothing else.

- labels: classifier (ImageNet, bundled) or CLIP zero-shot labels, with confidences, named
  as people name things (see :mod:`.vocabulary`);
- text: on-screen text found by OCR, only where a cheap detector sees text;
- colors: dominant colours by name;
- shapes: flat shapes (square, circle, triangle, ...) with colour and place, on flat graphics;
- screen: for screens, the layout, the windows and what each is and says.
"""

from .model import ColorFact, Facts, Label, ScreenFacts, ShapeFact, TextFact, WindowFact

__all__ = ["ColorFact", "Facts", "Label", "ScreenFacts", "ShapeFact", "TextFact", "WindowFact"]
