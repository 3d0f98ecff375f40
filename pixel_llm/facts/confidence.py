"""How sure a measured score must be before a caption says it: the one home of the thresholds
every caption writer and fact uses."""

SURE = 0.5
"""Say the thing at all where only sure things are said (next to people, on a page), and call a
window's kind sure."""
SURE_NAMED = 0.75
"""Name a thing plainly ("a photo of a cat"); between ``LIKELY`` and this it is said only by its
general word, when that is sure (``SURE_CATEGORY``). On the tune, held and two external photo sets (real pictures no one here
made), the whole frame's top label was right 28 times of 29 at or above 0.75, but only 11 of 20
between 0.5 and 0.75 (a bull 'dog' at 0.60, the Taj Mahal 'mosque' at 0.65, a race car 'plane'
at 0.70, a circuit board 'oscilloscope' at 0.56): scores below it are not sure on real pictures."""
SURE_FINE = 0.6
"""Name the fine-grained class too ("an Egyptian cat"), when the everyday word is sure."""
LIKELY = 0.3
"""Worth a general word ("an animal") when the classes of that word are sure together; below this,
nothing is said of it. A hedge ("what appears to be a cat") is not said: on the first two external
photo sets it was wrong 4 times of 9 (an oscilloscope for a circuit board, a frog for a roast
turkey, a comic book for graffiti, a plane for a race car)."""
SURE_CATEGORY = 0.7
"""Say the general word ("a vehicle", "a building", "an animal") instead of an unsure thing when
the classes of that word together reach this: a London bus was "what appears to be a train"
(0.37) with vehicles at 0.73, a street of houses "what appears to be a church" (0.36) with
buildings at 0.79. On the tune, held and first external photos, every such sum at or above it
was right except the moon's surface (animals 0.71), which ``SURE_GRAY`` keeps out."""
MIN_FINE = 0.15
"""A fine-grained class below this is not evidence of its word (nor of its general word)."""

SURE_PART = 0.8
"""Name a thing seen only in part of the frame (a half, or a side view of a wide frame). Parts are
smaller evidence than the whole and a classifier is more often overconfident on them: on the
tuning photos, wrong part labels reached 0.78-0.9 only on black-and-white frames (which need
``SURE_GRAY`` anyway), right ones were 0.84-1.0."""
SURE_GRAY = 0.85
"""Name anything at all in a black-and-white frame. ImageNet classifiers learned from colour
photos and are overconfident without colour (a blurred wall clock: 'spotlight' at 0.76, and
0.90 in its right half; the moon's surface: 'nematode' at 0.66); no hedged names and no
part labels on such frames, only the whole frame's label at this score."""
SURE_DRAWN = 0.95
"""Name a thing in a drawing or chart. The classifier learned from photos; on drawings its top
label is mostly wrong and can be very sure of it (a horse's silhouette: 'dog' at 0.83-0.91 by
all four ImageNet models tried), so only a nearly certain one is said."""
FACE_NEIGHBOURS = 6
"""Overlapping Haar detections needed to count a face (OpenCV's minNeighbors): at 6, no face
was found in any photo of the tuning set without people; each person's face is one detection."""
SURE_FLAT = 0.85
"""A flat graphic (few exact colours: a drawing, a UI) is named as an object only above this:
ImageNet classifiers see envelopes and web sites in plain rectangles."""
BODY_SCORE = 0.85
"""A whole person found by the SSDLite person detector (:mod:`.ssdlite`) without a face in it
counts at this person probability. On the labelled photo sets, people alone in view scored
0.88-1.0 (a surfer 0.90, a firefighter 0.99, a far passer-by 0.88) and people in crowds mostly
0.3-0.8, where one painted figure of a street mural (not a person) scored 0.79 and the skin of
an apple and an orange filling the frame 0.71: below this, a person said would too often be no
person, and a crowd's count would be a guess anyway. A face the body box holds confirms it
whatever its score (the face is what counts)."""
BODY_LIKELY = 0.5
"""A body below :data:`BODY_SCORE` but at least this likely (holding no face, not filling the
frame) makes the count a lower bound (``PeopleFact.more``): in street scenes of 6-9 people one
or two bodies reached BODY_SCORE and the rest scored 0.5-0.85; saying 'a person' there would be
wrong, so no number is said for them."""
FILLING_BODY = 0.7
"""A body box covering at least this share of the frame is a close-up, where the detector's
largest boxes also fire on textures (fields seen from the air at 0.88, an apple at 0.71) ..."""
FILLING_BODY_SCORE = 0.95
"""... so without a face in it such a box counts only at this probability (a firefighter in full
gear, face hidden, filling the frame: 0.99)."""
