"""Who did it: "I", "we" or unclear, for one sentence.

我 is inside 我们, so "I" in Chinese is 我 not followed by 们 (and 本人 /
我自己). Chinese often drops the subject ("然后制定了排班表"): such a
sentence is "unclear", never counted as "we".
"""
from __future__ import annotations

import re

_ZH_I = re.compile(r"我(?!们|的|司|行|部|方|校|院|处|科|组|店|局)|本人")
_ZH_WE = re.compile(r"我们|咱们|我司|我行|我部|我方|我校|我组|我店|团队|大家|全组|全员|小组|部门(?:一起|共同|全体)|一起|共同|大伙")
# "my team" is the team, not me: "my" alone does not make the speaker the actor.
_EN_I = re.compile(r"\bI\b|\b(?i:me|myself)\b")
_ZH_LEAD = re.compile(r"(?<!们)(?:带领|率领|带着|组织|牵头|指导|协调|动员)了?(?:团队|大家|同事|小组|组员|全组|部门)")
_EN_WE = re.compile(r"\b(?:we|us|our|ourselves|we've|we're|the team|my team|our team|everyone|together)\b", re.IGNORECASE)


def who_acts(text: str) -> tuple[str, str]:
    """Return ("I" | "we" | "unclear", the words that decided it)."""
    m_i = _ZH_I.search(text) or _EN_I.search(text)
    if m_i:
        return "I", m_i.group()
    m_lead = _ZH_LEAD.search(text)
    if m_lead:  # "带领团队……" with no subject: leading the team is the speaker's own act
        return "I", m_lead.group()
    m_we = _ZH_WE.search(text) or _EN_WE.search(text)
    if m_we:
        return "we", m_we.group()
    return "unclear", ""
