import math

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

tests = [
    ('math.gamma(1)', lambda: math.gamma(1)),
    ('math.gamma(5)', lambda: math.gamma(5)),
    ('math.gamma(10)', lambda: math.gamma(10)),
    ('math.gamma(23)', lambda: math.gamma(23)),
    ('round(math.gamma(0.5), 12)', lambda: round(math.gamma(0.5), 12)),
    ('round(math.gamma(2.5), 12)', lambda: round(math.gamma(2.5), 12)),
    ('round(math.gamma(-1.5), 12)', lambda: round(math.gamma(-1.5), 12)),
    ('round(math.gamma(-0.5), 12)', lambda: round(math.gamma(-0.5), 12)),
    ('round(math.gamma(7.3) / 1000, 9)', lambda: round(math.gamma(7.3) / 1000, 9)),
    ('math.gamma(0)', lambda: math.gamma(0)),
    ('math.gamma(-1)', lambda: math.gamma(-1)),
    ('math.gamma(-2.0)', lambda: math.gamma(-2.0)),
    ('math.gamma(172)', lambda: math.gamma(172)),
    ('math.gamma(math.inf)', lambda: math.gamma(math.inf)),
    ('math.gamma(-math.inf)', lambda: math.gamma(-math.inf)),
    ('math.gamma(math.nan)', lambda: math.gamma(math.nan)),
    ("math.gamma('a')", lambda: math.gamma('a')),
    ('math.lgamma(1)', lambda: math.lgamma(1)),
    ('math.lgamma(2)', lambda: math.lgamma(2)),
    ('round(math.lgamma(10), 10)', lambda: round(math.lgamma(10), 10)),
    ('round(math.lgamma(0.5), 12)', lambda: round(math.lgamma(0.5), 12)),
    ('round(math.lgamma(-2.5), 12)', lambda: round(math.lgamma(-2.5), 12)),
    ('round(math.lgamma(100), 8)', lambda: round(math.lgamma(100), 8)),
    ('math.lgamma(0)', lambda: math.lgamma(0)),
    ('math.lgamma(-1)', lambda: math.lgamma(-1)),
    ('math.lgamma(math.inf)', lambda: math.lgamma(math.inf)),
    ('math.lgamma(-math.inf)', lambda: math.lgamma(-math.inf)),
    ('math.lgamma(1e308)', lambda: math.lgamma(1e308)),
    ('round(math.erf(1), 12)', lambda: round(math.erf(1), 12)),
    ('math.erf(0)', lambda: math.erf(0)),
    ('round(math.erf(-0.5), 12)', lambda: round(math.erf(-0.5), 12)),
    ('round(math.erf(2), 12)', lambda: round(math.erf(2), 12)),
    ('math.erf(10)', lambda: math.erf(10)),
    ('math.erf(-10)', lambda: math.erf(-10)),
    ('math.erf(math.inf)', lambda: math.erf(math.inf)),
    ('math.erf(math.nan)', lambda: math.erf(math.nan)),
    ('round(math.erfc(1), 12)', lambda: round(math.erfc(1), 12)),
    ('math.erfc(0)', lambda: math.erfc(0)),
    ('round(math.erfc(2), 12)', lambda: round(math.erfc(2), 12)),
    ('math.erfc(30)', lambda: math.erfc(30)),
    ('round(math.erfc(-1), 12)', lambda: round(math.erfc(-1), 12)),
    ('math.erfc(-math.inf)', lambda: math.erfc(-math.inf)),
]
for label, f in tests:
    show(label, f)
