"""Configuration: partial TOML files override only what they set."""

from __future__ import annotations

import pytest

import reliability
from reliability import ConfigError, load_config
from reliability.config import DEFAULT_ANNOTATORS, PipelineConfig
from reliability.schema import SourceType


def test_config_partial_file_overrides_only_its_keys(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text(
        '[[annotators]]\nname = "loaded"\nenabled = false\n\n'
        "[weights]\ntext = 0.5\n[weights.sources]\nvague = 0.0\n"
    )
    cfg = load_config(path)
    assert [a.name for a in cfg.annotators] == list(DEFAULT_ANNOTATORS)
    assert not next(a for a in cfg.annotators if a.name == "loaded").enabled
    assert cfg.weights.text == 0.5
    assert cfg.weights.provenance == PipelineConfig().weights.provenance
    assert cfg.weights.sources[SourceType.VAGUE] == 0.0
    assert cfg.weights.sources[SourceType.NAMED_PERSON] == 1.0
    assert "loaded" not in reliability.Analyzer(path).annotator_names


@pytest.mark.parametrize(
    "content, message",
    [
        ("max_chars = -1", "invalid configuration"),
        ("colour = 'red'", "invalid configuration"),
        ("[weights.sources]\nvagu = 0.5", "invalid configuration"),
        ("[weights.sources]\nvague = 1.5", "must lie in"),
        ("[weights]\nattribution = 0.5", "invalid configuration"),
        ("[[annotators]]\nenabled = false", "has no 'name'"),
        ("not toml [", "not valid TOML"),
    ],
)
def test_config_bad_file_fails_clearly(tmp_path, content, message):
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_config_missing_file_names_it(tmp_path):
    with pytest.raises(ConfigError, match="nope.toml"):
        load_config(tmp_path / "nope.toml")
