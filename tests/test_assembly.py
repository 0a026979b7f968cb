"""Sentence assembly builds the same models ``model_construct`` would."""

from __future__ import annotations

from pydantic import BaseModel

import reliability
from reliability.schema import Attribution, Cue, Sentence, Span

TEXT = (
    "Officials said prices may rise sharply next year. Critics reportedly "
    "slammed the brutal regime, the minister told reporters on Monday. Menu\n\n"
    "Rents will double, he said."
)


def _assembled_models() -> list[BaseModel]:
    report = reliability.analyze(TEXT)
    models: list[BaseModel] = []
    for s in report.sentences:
        models.append(s)
        models.extend(s.hedges)
        models.extend(s.loaded)
        for a in s.attributions:
            models.append(a)
            models.append(a.cue)
            if a.source is not None:
                models.append(a.source)
    return models


def test_assembly_builds_every_kind_of_model():
    kinds = {type(m) for m in _assembled_models()}
    assert kinds == {Sentence, Cue, Attribution, Span}
    assert any(isinstance(m, Sentence) and m.boilerplate for m in _assembled_models())


def test_assembly_models_equal_model_construct_ones_in_every_part():
    for model in _assembled_models():
        cls = type(model)
        again = cls.model_construct(set(cls.model_fields), **dict(model))
        # Same field values in the same order, fields set, extra and private
        # state: what pickle, copy and equality read.
        assert model.__getstate__() == again.__getstate__()
        assert list(dict(model)) == list(cls.model_fields)
        assert model == again
        assert model.model_dump_json() == again.model_dump_json()
        assert repr(model) == repr(again)
        assert hash(model) == hash(again)


def test_assembly_models_of_one_kind_share_their_fields_set():
    sentences = [m for m in _assembled_models() if type(m) is Sentence]
    assert len({id(s.model_fields_set) for s in sentences}) == 1
    assert sentences[0].model_fields_set == set(Sentence.model_fields)
