"""How sure a measured score must be before a caption says it: the one home of the thresholds
every caption writer and fact uses."""

SURE = 0.5
"""Name the thing plainly ("a photo of a cat")."""
SURE_FINE = 0.6
"""Name the fine-grained class too ("an Egyptian cat"), when the everyday word is sure."""
LIKELY = 0.3
"""Name it with a hedge ("what appears to be a cat"); below this, say nothing of it."""
MIN_FINE = 0.15
"""A fine-grained class below this is not worth naming even as a hedge."""
SURE_FLAT = 0.85
"""A flat graphic (few exact colours: a drawing, a UI) is named as an object only above this:
ImageNet classifiers see envelopes and web sites in plain rectangles."""
