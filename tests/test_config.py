import dataclasses

import pytest

from pixel_llm import CompositorConfig, ConfigError

SPEC_DEFAULTS = {
    "encoder_type": "dinov2", "device": "cuda", "image_size": 224,
    "lm_studio_base_url": "http://localhost:1234/v1", "lm_studio_model": "qwen2.5-coder-7b-instruct",
    "batch_size": 1, "max_concurrent_requests": 4, "cache_enabled": True, "cache_size": 100,
    "max_length": 100, "temperature": 0.7, "num_beams": 1,
}


def test_spec_fields_and_defaults():
    config = CompositorConfig()
    for name, value in SPEC_DEFAULTS.items():
        assert getattr(config, name) == value, name
    assert dataclasses.is_dataclass(config)


@pytest.mark.parametrize("field,value,needle", [
    ("encoder_type", "dinov3", "dinov2"),
    ("encoder_type", "resnet", "clip"),
    ("device", "tpu", "cuda"),
    ("device", "cpu:1", "cuda:N"),
    ("image_size", -224, ">= 32"),
    ("batch_size", 0, ">= 1"),
    ("cache_size", -1, ">= 0"),
    ("max_length", 0, ">= 1"),
    ("temperature", 2.5, "[0, 2]"),
    ("temperature", -0.1, "[0, 2]"),
    ("num_beams", 0, ">= 1"),
    ("max_concurrent_requests", 0, ">= 1"),
    ("lm_studio_base_url", "localhost:1234", "http"),
    ("lm_studio_base_url", "ftp://host/v1", "http"),
    ("color_order", "rbg", "bgr"),
    ("ocr", "easyocr", "tesseract"),
    ("batch_size", 2.5, "integer"),
    ("cache_enabled", "yes", "True or False"),
])
def test_invalid_values_name_the_field_and_the_allowed_values(field, value, needle):
    with pytest.raises(ConfigError) as info:
        CompositorConfig(**{field: value})
    assert info.value.field == field
    assert str(info.value).startswith(field)
    assert needle in str(info.value)


def test_round_trip_and_unknown_fields():
    config = CompositorConfig(encoder_type="clip", max_length=30)
    assert CompositorConfig.from_dict(config.to_dict()) == config
    with pytest.raises(ConfigError, match="unknown field"):
        CompositorConfig.from_dict({"encoder": "clip"})


def test_did_you_mean():
    with pytest.raises(ConfigError, match="did you mean 'dinov2'"):
        CompositorConfig(encoder_type="dinov3")


def test_environment_precedence():
    env = {"PIXEL_LLM_DEVICE": "cpu", "PIXEL_LLM_MAX_LENGTH": "30", "PIXEL_LLM_CACHE_ENABLED": "false",
           "PIXEL_LLM_FACTS": "labels, text", "PIXEL_LLM_TEMPERATURE": "0.2", "PIXEL_LLM_LM_STUDIO_MODEL": "m"}
    config = CompositorConfig.from_env(env, max_length=50)
    assert (config.device, config.max_length, config.cache_enabled, config.facts, config.temperature,
            config.lm_studio_model) == ("cpu", 50, False, ("labels", "text"), 0.2, "m")  # argument beats env
    assert CompositorConfig.from_env({}) == CompositorConfig()
    with pytest.raises(ConfigError, match="PIXEL_LLM_BATCH_SIZE"):
        CompositorConfig.from_env({"PIXEL_LLM_BATCH_SIZE": "many"})
    with pytest.raises(ConfigError, match="device"):
        CompositorConfig.from_env({"PIXEL_LLM_DEVICE": "tpu"})


def test_errors_survive_pickling():
    """Errors cross process boundaries (batch workers, Ray): each comes back whole."""
    import pickle

    from pixel_llm.errors import BatchCaptionError, LLMRateLimitError, LLMServerError

    for error in (ConfigError("device", "unknown device 'tpu'"), LLMRateLimitError("slow down", 429, retry_after=3.0),
                  LLMServerError("boom", 503), BatchCaptionError(["a caption", ConfigError("x", "y")])):
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error) and str(back) == str(error)
        assert vars(back).keys() >= vars(error).keys() - {"results", "errors"}
    assert pickle.loads(pickle.dumps(LLMRateLimitError("slow down", retry_after=3.0))).retry_after == 3.0
    assert pickle.loads(pickle.dumps(ConfigError("device", "bad"))).field == "device"
