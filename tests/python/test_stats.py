"""edubal statistics from Python (SPEC §1): values against hand
calculations written out here, and the argument types analysts pass."""
import math
import tracemalloc

import numpy as np
import pytest

import edubal

# SPEC §1.1: five primary schools, enrollment and books.
STUDENTS = [45, 37, 89, 76, 55]
BOOKS = [279, 137, 935, 160, 402]
PER_STUDENT = [b / s for b, s in zip(BOOKS, STUDENTS)]


def test_spec_1_1_five_school_cv_is_0_515257():
    assert edubal.cv(PER_STUDENT, weights=STUDENTS) == pytest.approx(
        0.515257, abs=5e-7)


def test_spec_1_1_cv_equals_the_weighted_formula_by_hand():
    # X = Σ P·X / P = total books / total students; S population form.
    p = sum(STUDENTS)
    xbar = sum(BOOKS) / p
    s = math.sqrt(sum(n * (x - xbar) ** 2
                      for n, x in zip(STUDENTS, PER_STUDENT)) / p)
    assert xbar == pytest.approx(6.334437, abs=5e-7)
    assert s == pytest.approx(3.263861, abs=5e-7)
    assert edubal.cv(PER_STUDENT, STUDENTS) == pytest.approx(s / xbar,
                                                             rel=1e-12)
    assert edubal.mean(PER_STUDENT, STUDENTS) == pytest.approx(xbar,
                                                               rel=1e-12)
    assert edubal.sd(PER_STUDENT, STUDENTS) == pytest.approx(s, rel=1e-12)
    m, sd_, cv_ = edubal.summary(PER_STUDENT, STUDENTS)
    assert (m, sd_, cv_) == pytest.approx((xbar, s, s / xbar), rel=1e-12)


def test_spec_1_1_unweighted_and_sample_methods():
    # SPEC §1.1 gives 0.488771 (population) and 0.546462 (n-1).
    assert edubal.cv(PER_STUDENT, method="unweighted") == pytest.approx(
        0.488771, abs=5e-7)
    assert edubal.cv(PER_STUDENT, method="sample") == pytest.approx(
        0.546462, abs=5e-7)
    with pytest.raises(ValueError, match="method"):
        edubal.cv(PER_STUDENT, method="weighted")


def test_composite_cv_is_the_mean_of_the_cvs():
    # SPEC §1: Hefei Luyang primary CVs .881 1.299 .977 .379 .170 .334
    cvs = [0.881, 1.299, 0.977, 0.379, 0.170, 0.334]
    assert edubal.composite_cv(cvs) == pytest.approx(4.04 / 6, rel=1e-12)


def test_gini_by_hand():
    # x = 1, 2, 3 equal weights: ΣiΣj|xi−xj| = 8, 2·n²·μ = 2·9·2 = 36.
    assert edubal.gini([1, 2, 3]) == pytest.approx(8 / 36, rel=1e-12)
    # Weights 1, 1, 2 on 1, 2, 3: Σ wi·wj·|xi−xj| = 2·(1·1·1 + 1·2·2 +
    # 1·2·1) = 14, W = 4, μ = 9/4: 14 / (2·16·9/4) = 14/72.
    assert edubal.gini([1, 2, 3], [1, 1, 2]) == pytest.approx(14 / 72,
                                                              rel=1e-12)


def test_theil_by_hand_and_decomposition():
    x = [1.0, 2.0, 3.0, 6.0]
    mu = sum(x) / 4
    t = sum((v / mu) * math.log(v / mu) for v in x) / 4
    l_ = sum(math.log(mu / v) for v in x) / 4
    assert edubal.theil(x) == pytest.approx(t, rel=1e-12)
    assert edubal.theil(x, kind="L") == pytest.approx(l_, rel=1e-12)
    # Groups {1, 2} and {3, 6}: between = Σ sg·ln(μg/μ), sg = share of total.
    d = edubal.theil(x, groups=np.array([0, 0, 1, 1], dtype=np.int64))
    s1, s2 = 3 / 12, 9 / 12
    between = s1 * math.log(1.5 / mu) + s2 * math.log(4.5 / mu)
    assert d.total == pytest.approx(t, rel=1e-12)
    assert d.between == pytest.approx(between, rel=1e-12)
    assert d.between + d.within == pytest.approx(d.total, rel=1e-12)
    with pytest.raises(ValueError, match="kind"):
        edubal.theil(x, kind="X")


def test_mcloone_by_hand():
    # x = 1..4 equal weights: median 2 (type 1), W/2 = 2 students below
    # half: value 1 (weight 1) + 1 more student at the median:
    # (1 + 1·2) / (2·2) = 0.75.
    assert edubal.mcloone([1, 2, 3, 4]) == pytest.approx(0.75, rel=1e-12)


def test_quantile_range_ratio_share_below():
    x = list(range(1, 21))          # 1..20, equal weights
    assert edubal.quantile(x, 0.5) == 10
    assert edubal.range_ratio(x) == pytest.approx(19 / 1)  # P95=19, P5=1
    assert edubal.share_below(x, 5.5) == pytest.approx(5 / 20)


@pytest.mark.parametrize("dtype", [np.int8, np.int16, np.int32, np.int64,
                                   np.uint8, np.uint16, np.uint32,
                                   np.uint64, np.float32, np.float64])
def test_numpy_arrays_of_any_int_or_float_dtype(dtype):
    x = np.array([3, 1, 4, 1, 5, 9, 2, 6], dtype=dtype)
    w = np.array([2, 7, 1, 8, 2, 8, 1, 8], dtype=dtype)
    ref = edubal.cv([3.0, 1, 4, 1, 5, 9, 2, 6], [2.0, 7, 1, 8, 2, 8, 1, 8])
    assert edubal.cv(x, w) == pytest.approx(ref, rel=1e-12)
    assert edubal.gini(x, weights=w) == pytest.approx(
        edubal.gini([3.0, 1, 4, 1, 5, 9, 2, 6], [2.0, 7, 1, 8, 2, 8, 1, 8]),
        rel=1e-12)


def test_numpy_scalars_and_strided_arrays():
    xs = [np.int64(45), np.int32(37), np.float32(89), np.uint8(76), 55]
    assert edubal.mean(xs) == pytest.approx(302 / 5, rel=1e-7)
    assert edubal.cv(np.float64(7.5)) == 0.0       # one value: SD 0
    assert edubal.cv(np.int16(3), weights=np.int64(2)) == 0.0
    # A non-contiguous view (every other element) is read correctly:
    # p0 p2 p4 p1 p3 with their enrollments in the same order.
    strided = np.array(PER_STUDENT * 2)[::2]
    assert not strided.flags["C_CONTIGUOUS"]
    assert edubal.cv(strided, [45, 89, 55, 37, 76]) == pytest.approx(
        0.515257, abs=5e-7)


def test_contiguous_float64_is_not_copied():
    # numpy reports its data allocations to tracemalloc: converting an
    # int64 array allocates a float64 copy, a float64 array must not.
    big = np.arange(1, 1_000_001, dtype=np.float64)   # 8 MB
    ints = np.arange(1, 1_000_001, dtype=np.int64)
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        edubal.mean(big)
        no_copy = tracemalloc.get_traced_memory()[1] - base
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        edubal.mean(ints)
        copy = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert no_copy < 100_000
    assert copy >= 8_000_000


def test_c_errors_raise_edubal_error_with_status_and_position():
    with pytest.raises(edubal.EdubalError) as e:
        edubal.cv([1.0, 2.0, 3.0], weights=[1.0, -1.0, 1.0])
    assert e.value.status == edubal.Status.EINVAL
    assert e.value.row == 2                       # element 2, 1-based
    assert e.value.column == "weights"
    assert "negative" in str(e.value)
    with pytest.raises(edubal.EdubalError) as e:
        edubal.cv([0.0, 0.0])                     # mean 0: CV undefined
    assert e.value.status == edubal.Status.EDOM
    with pytest.raises(edubal.EdubalError) as e:
        edubal.cv([1.0, 2.0], [1.0])              # length mismatch
    assert e.value.status == edubal.Status.EINVAL
    with pytest.raises(edubal.EdubalError):
        edubal.cv([])
    with pytest.raises(edubal.EdubalError) as e:
        edubal.cv([1.0, float("nan")])
    assert e.value.row == 2


def test_non_numbers_raise_type_error():
    with pytest.raises(TypeError, match="values"):
        edubal.cv(["a", "b"])
    with pytest.raises(TypeError):
        edubal.cv([[1.0, 2.0], [3.0, 4.0]])        # 2-D
    with pytest.raises(TypeError, match="weights"):
        edubal.cv([1.0, 2.0], weights="heavy")


def test_version_is_the_c_librarys(cli):
    import subprocess
    out = subprocess.run([cli, "--version"], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["edubal", edubal.__version__]
    assert edubal.__version__.count(".") == 2


def test_docstring_examples_hold():
    import doctest
    failed, tried = doctest.testmod(edubal, extraglobs={"edubal": edubal})
    assert tried >= 4 and failed == 0
