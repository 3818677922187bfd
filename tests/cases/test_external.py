"""Agreement with goals people outside this project wrote (the dev half of
the external set, beside the project in ../shared): the checker must beat a
checker that passes everything and keep the floors it reaches (issue 12).
The kept-aside half is how the judgment is accepted; this set only guards
against going back."""
from __future__ import annotations

import pytest

from tests.cases import external

FLOORS = {"S": 0.90, "M": 0.95, "T": 0.93, "date": 0.93}

pytestmark = pytest.mark.skipif(not external.DEV_SET.exists(), reason=f"{external.DEV_SET} is not beside the project")


@pytest.fixture(scope="module")
def result():
    return external.agreement(external.load())


@pytest.mark.parametrize("column", list(FLOORS))
def test_agreement_keeps_its_floor_and_beats_passing_everything(result, column):
    agree, n, floor = result[("all", column)]
    assert n > 40
    assert agree / n >= FLOORS[column], f"{column}: {agree}/{n}"
    assert agree > floor, f"{column}: no better than passing everything"
