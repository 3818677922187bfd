"""STAR answer checker: labels each sentence Situation / Task / Action /
Result and says what an interviewer would miss.

    from checker.star import check_star
    report = check_star("去年门店排队很长。我负责……")
"""
from checker.star.check import MAX_ANSWER_CHARS, check_star

__all__ = ["check_star", "MAX_ANSWER_CHARS"]
