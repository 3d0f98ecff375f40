import importlib

import pixel_llm

PUBLIC = {
    "BatchCaptionError", "CaptionModel", "CaptionResult", "CompositorConfig", "CompositorIntegrator", "ConfigError",
    "CorruptImageError", "EmptyImageError", "EncoderError", "Facts", "FrameFormatError", "ImageError",
    "ImageNotFoundError", "ImageTooLargeError", "IntegratorStateError", "NotAnImageError", "PixelLLMError",
    "SourceError", "SyncIntegrator", "WeightsUnavailableError", "WindowsHintError", "quick_caption",
}


def test_public_names_are_exactly_these():
    assert set(pixel_llm.__all__) == PUBLIC
    public = {n for n in dir(pixel_llm) if not n.startswith("_")}
    assert PUBLIC <= public


def test_spec_import_paths_are_the_same_objects():
    spec = importlib.import_module("systems.pixel_llm.compositor")
    ours = importlib.import_module("pixel_llm.compositor")
    for name in ("quick_caption", "CompositorIntegrator", "CompositorConfig"):
        assert getattr(spec, name) is getattr(ours, name) is getattr(pixel_llm, name)


def test_every_error_derives_from_one_base():
    errors = importlib.import_module("pixel_llm.errors")
    classes = [v for v in vars(errors).values() if isinstance(v, type) and issubclass(v, Exception)]
    assert len(classes) >= 12
    assert all(issubclass(c, pixel_llm.PixelLLMError) for c in classes)
    assert issubclass(pixel_llm.ImageNotFoundError, FileNotFoundError)
