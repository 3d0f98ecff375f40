"""What the chat APIs read from a prompt (the text in the image, a length in words) and how a
caption is shortened to a length: pure functions, no server."""

import pytest

from pixel_llm.facts import Facts
from pixel_llm.facts.model import TextFact
from pixel_llm.server.prompting import Intent, first_words, limit_words, read_intent, shape, shorten


@pytest.mark.parametrize("prompt,intent", [
    ("Describe this image.", Intent()),
    ("What is in the picture?", Intent()),
    ("What does the screen say?", Intent(wants_text=True)),
    ("Please read the text in this image", Intent(wants_text=True)),
    ("Transcribe it", Intent(wants_text=True)),
    ("What text is shown?", Intent(wants_text=True)),
    ("Describe the scene, don't include text", Intent()),
    ("Describe it in 5 words", Intent(max_words=5)),
    ("Summarise in twelve words or fewer", Intent(max_words=12)),
    ("Give a 3-word description", Intent(max_words=3)),
    ("Read the text, at most ten words", Intent(wants_text=True, max_words=10)),
])
def test_read_intent(prompt, intent):
    assert read_intent(prompt) == intent


@pytest.mark.parametrize("caption,n,expected", [
    ("A photo of an Egyptian cat", 10, "A photo of an Egyptian cat"),
    ("A photo of an Egyptian cat", 3, "An Egyptian cat"),
    ("A photo of an Egyptian cat", 2, "Egyptian cat"),
    ("A photo of an Egyptian cat", 1, "Cat"),
    ("A red square on a white background", 4, "A red square"),
    ("A photo of what appears to be a coffee mug", 3, "Possibly coffee mug"),
    ("A photo of what appears to be a coffee mug", 1, "Mug?"),
    ('An image with the text "hello pixel world and more words here"', 4, "An image"),
])
def test_shorten_drops_the_least_important_part_first(caption, n, expected):
    out = shorten(caption, n)
    assert out == expected and len(out.split()) <= n


def test_text_intent_answers_the_ocr_lines_or_says_there_are_none():
    facts = Facts(640, 360, text=[TextFact("$ uname -s", 0.9, (0, 0, 1, 1)), TextFact("Linux", 0.9, (0, 0, 1, 1))])
    assert shape("ignored", facts, Intent(wants_text=True), True) == "$ uname -s\nLinux"
    assert shape("ignored", facts, Intent(wants_text=True, max_words=3), True) == "$ uname -s"
    assert shape("ignored", Facts(10, 10), Intent(wants_text=True), True) == "No text was found in the image."
    assert "OCR is off" in shape("ignored", Facts(10, 10), Intent(wants_text=True), False)


def test_word_limits_keep_line_breaks():
    assert first_words("a b\nc d", 3) == "a b\nc"
    assert limit_words("a b", 5) == ("a b", False) and limit_words("a b c", 2) == ("a b", True)
