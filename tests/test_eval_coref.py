"""The coreference scorer against hand-computed scores (the mention sets differ on purpose)."""

from __future__ import annotations

import pytest

from dateline.evaluation.coref import b_cubed, ceaf_e, muc, score

KEY = [frozenset("abc"), frozenset("defg")]
RESPONSE = [frozenset("ab"), frozenset("cd"), frozenset("fghi")]


def test_known_scores_on_a_worked_example() -> None:
    assert (muc(KEY, RESPONSE).recall, muc(KEY, RESPONSE).precision) == pytest.approx((0.4, 0.4))
    b3 = b_cubed(KEY, RESPONSE)
    assert (b3.recall, b3.precision) == pytest.approx((2.9166667 / 7, 0.5))
    ceaf = ceaf_e(KEY, RESPONSE)
    assert (ceaf.recall, ceaf.precision) == pytest.approx((0.65, 1.3 / 3))
    assert score(KEY, RESPONSE).conll == pytest.approx((0.4 + b3.f1 + ceaf.f1) / 3)


def test_perfect_and_all_singletons() -> None:
    assert score(KEY, KEY).conll == pytest.approx(1.0)
    singletons = [frozenset(m) for m in "abcdefg"]
    result = score(KEY, singletons)
    assert result.muc.f1 == 0.0  # no links found
    assert result.b_cubed.precision == 1.0 and result.b_cubed.recall == pytest.approx((3 * 1 / 3 + 4 * 1 / 4) / 7)
    one = [frozenset("abcdefg")]
    assert score(KEY, one).muc.recall == 1.0 and score(KEY, one).muc.precision == pytest.approx(5 / 6)


def test_ceaf_alignment_is_one_to_one_and_optimal() -> None:
    # a greedy aligner takes K1–R2 (0.8) and leaves K2 with nothing; the best total pairs K1–R1, K2–R2
    key = [frozenset("abcd"), frozenset("ef")]
    response = [frozenset("ab"), frozenset("abcdef")]
    phi = ceaf_e(key, response)
    best = max(2 * 2 / 6 + 2 * 2 / 8, 2 * 4 / 10 + 0.0)
    assert phi.recall == pytest.approx(best / 2) and phi.precision == pytest.approx(best / 2)
