"""Word cues that tell which STAR part a sentence tells.

Each cue is a regular expression with a weight. Weights are small integers:
3 = the words almost always mean this part ("结果", "my task was"), 2 = a
strong hint, 1 = a weak hint that only counts next to others. Patterns use
plain alternations and bounded repeats, so they never backtrack badly, and
never rely on \\b next to Han characters (Chinese has no spaces).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

PARTS = ("S", "T", "A", "R")


@dataclass(frozen=True)
class Cue:
    part: str
    weight: int
    pattern: re.Pattern


def _cues(part: str, weight: int, *patterns: str) -> list[Cue]:
    return [Cue(part, weight, re.compile(p, re.IGNORECASE)) for p in patterns]


# Quantities: Arabic or Chinese numerals with a unit, percentages, ratios.
QUANTITY = re.compile(
    r"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)?\s*(?:%|％|‰|[xX×倍]|个百分点|万|千|百|元|块|分钟|分|秒|小时|天|周|个月|月|年|次|单|笔|户|人|名|位|家|个|件|项|张|份|场|条|套|台|倍|成|星|percent|per ?cent|points?|pp\b|minutes?|mins?|hours?|days?|weeks?|months?|years?|customers?|clients?|people|staff|calls?|orders?|deals?|accounts?|tickets?|errors?|complaints?|k\b|m\b)"
    r"|[$¥￥€£]\s*[0-9]"
    r"|百分之[零一二两三四五六七八九十百]+|[一二两三四五六七八九十]成(?!功|为|果|绩|本|员|立|长|熟|交|年)"
    r"|(?<![零一二两三四五六七八九十百千万半几])[零一二两三四五六七八九十百千万半几]+(?:个百分点|倍|分钟|秒|小时|天|周|个月|个|位|名|家|单|笔|户|次|件|项|场|份|张|条|套|万元|千元|元)"
    r"|翻了?[一两番倍]|减半|零投诉|零差错|零失误|第[一二三1-3]名|前[三十3]名|全(?:省|市|行|区|公司|部门|组)第[一二三]"
    r"|from\s+\S+\s+to\s+\S+|\b(?:doubled|tripled|halved)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundred)\s+(?:new\s+)?(?:customers?|clients?|accounts?|deals?|people|minutes|days|weeks|percent)"
    r"|(?<![0-9.])[0-9]+(?:\.[0-9]+)?\s*(?:/|per|每)\s*\S",
    re.IGNORECASE,
)

# Change from a baseline to a value: strongest sign of a measured result.
_EN_NUM = r"(?:[$¥€£]?[0-9][0-9.,]*\s*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|zero|none|half)"
CHANGE = re.compile(
    r"从.{0,20}?(?:降|减|缩短|提升|提高|增|升|涨|上升|下降|变)(?:了)?(?:到|至|为|成)"
    r"|(?:降|减|缩短|提升|提高|增|升|涨|上升|下降|增长|增加|减少|降低)(?:了)?(?:到|至|为)?(?:了)?\s*[0-9零一二两三四五六七八九十百半][0-9.零一二两三四五六七八九十百千万%％]*"
    rf"|\bfrom\s+{_EN_NUM}\b[^.;]{{0,30}}?\bto\s+{_EN_NUM}"
    r"|\b(?:from|by)\s+[$¥€£]?[0-9][0-9.,]*\s*%?\s*(?:\w+\s+){0,2}to\s+[$¥€£]?[0-9][0-9.,]*%?"
    r"|\b(?:increased|decreased|reduced|cut|grew|rose|fell|dropped|raised|improved|boosted|lowered|shortened)\b[^.]{0,40}?\b(?:by|to)\s+[$¥€£]?[0-9][0-9.,]*%?",
    re.IGNORECASE,
)

# An answer written with its own labels ("S：…", "Task: …", "结果：…") says
# which part each sentence is; such a label outweighs every other cue.
LABEL_WEIGHT = 8
LABELS = {
    "S": re.compile(r"^\s*[（(]?(?:S|Situation|情境|情景|背景)\s*[)）]?\s*[:：、.\-–—]", re.IGNORECASE),
    "T": re.compile(r"^\s*[（(]?(?:T|Task|Target|任务|目标)\s*[)）]?\s*[:：、.\-–—]", re.IGNORECASE),
    "A": re.compile(r"^\s*[（(]?(?:A|Actions?|行动|做法|措施)\s*[)）]?\s*[:：、.\-–—]", re.IGNORECASE),
    "R": re.compile(r"^\s*[（(]?(?:R|Results?|Outcome|结果|成果|成效)\s*[)）]?\s*[:：、.\-–—]", re.IGNORECASE),
}

CUES: list[Cue] = [
    # ---- Situation: where, when, what was wrong ---------------------------
    *_cues("S", 3, r"当时|那时|那年|那段时间|背景是|情况是|刚入职|刚加入|刚到|刚接手时|入职(?:第|初|时|后不久)|[大高初][一二三四]时|读书时|上学时|实习时|刚毕业",
           r"\b(?:at the time|back then|at that time|(?:in|at) my (?:previous|last|first|old|former) (?:job|role|position|company|employer|firm|bank|school|team)|when I (?:was|joined|started|worked|took over|arrived|moved))\b"),
    *_cues("S", 2, r"\bhad (?:been|already|long|\w+ed|gone|grown|fallen|become|left|lost)\b"),
    *_cues("S", 2, r"面临|遇到|出现了?|存在|问题|困难|挑战|难题|瓶颈|危机|投诉(?:很多|多|不断|较多|频繁)|积压|混乱|流失|落后|靠后|倒数|垫底|末位|下滑|低迷|不理想|不达标|很差|较差|太差|薄弱|很慢|太慢|太长|过长|很长|较低|偏低|偏高|过高|高达|长达|只有|仅有|仅为|只考|不及格|不足|缺乏|跟不上|忙不过来|没人|没有人|经常|常常|总是|一直|长期|频繁|参差不齐|不满|抱怨|生气|难缠",
           r"在.{1,16}?(?:时|期间|的时候|工作时|实习时)|我是一名|我是|作为一名",
           r"\bI was (?:a|an|the|one of)\b|\bI worked (?:as|at|in|for)\b|\bas (?:a|an) [a-z]+(?: [a-z]+)? (?:at|in|for)\b",
           r"去年|前年|上个?月|上季度|上半年|上学期|上学年|那个?季度|20[0-9]{2}年|19[0-9]{2}年|原来|原本|之前|以前|过去|曾经",
           r"\b(?:faced|facing|problems?|issues?|challenges?|struggl\w*|backlog|complain\w*|declin\w*|behind|lagg\w*|only had|only [0-9]+|used to|previously|there (?:was|were)|had been|(?:was|were) (?:losing|falling|missing|failing|slipping|threatening)|(?:was|were) about to|angry|upset|unhappy|frustrated|difficult|too (?:slow|long|high|low|many)|often|usually|always|constantly|repeatedly|frequently|lowest|worst|last (?:year|quarter|month|term|semester|spring|summer|autumn|fall|winter)|in 20[0-9]{2})\b"),
    *_cues("S", 1, r"公司|门店|分行|支行|部门|团队|前台|客户|银行|项目|审计|班级|学校",
           r"\b(?:company|store|branch|department|team|project|bank|office|client|clients)\b"),
    # ---- Task: what I had to achieve --------------------------------------
    # "我的任务是……" / "My task was …": the answer says outright that this is the task.
    *_cues("T", 6, r"(?:我的|我们的|主要)?(?:任务|职责|目标|工作)(?:是|就是|为)",
           r"\b(?:my|our|the) (?:task|job|role|goal|responsibility|assignment|mission|brief|target|aim|objective) (?:was|is)\b"),
    *_cues("T", 3, r"任务|职责|需要在|必须在|我负责(?!的|人)|负责(?:的是|这|该|此|整个)|目标是|目的是|要求我|需要我|让我|交给我|安排我|派我|指派|任命|委派|我的工作是|给我(?:们)?定了?|为我定了?|给我下达|下达了|布置给我|定了.{0,15}?(?:目标|指标|任务)",
           r"\b(?:I was (?:asked|tasked|assigned|responsible|in charge|expected|given|charged|hired|put in charge)|I (?:needed|had) to|(?:was|were) asked to|(?:asked|wanted|told|needed|expected) me to)\b"),
    *_cues("T", 2, r"负责(?!的|人)|需要|必须|要在|要把|要求|目标|指标|希望|承担|确保|力争|争取|接手|担任",
           r"\b(?:responsible|needed to|had to|must|target|goal|deadline|objective|expected to|aim(?:ed)? to|wanted (?:me |us )?to|hoped to|planned to)\b"),
    # ---- Action: what I did, step by step ---------------------------------
    *_cues("A", 3, r"首先|其次|然后|接着|随后|之后我|于是|为此|第[一二三四五]步|一方面|另一方面|我(?:先|就|又|还|便|立即|马上|亲自|主动|专门|每|逐一|逐个|分别|重新|把|将|用|请|带着|带领|给|跟|和同事|与)|最后[，,]?\s*我(?!们|成功|顺利|终于)",
           r"\b(?:first(?:ly)?|then|next(?=,|\s+(?:I|we)\b)|after that|afterwards|to do this|to fix this|so I|I (?:then|also|first|personally)|(?:finally|lastly),? I)\b"),
    # 我 + a short verb + 了 (我打了电话, 我拆成了三步): the speaker did something.
    *_cues("A", 2, r"我(?!们)[\u4e00-\u9fff]{1,3}了", r"开了?.{0,4}?会(?!议室)"),
    # A clause that opens with "I" + a verb is the speaker acting: "I reprioritised the backlog".
    *_cues("A", 2, r"^\s*(?:and\s+|then\s+)?I\s+(?!(?:was|were|had|am|have|worked|joined|started|used|needed|wanted|noticed|reali[sz]ed|lived|liked|loved|hoped|felt|knew|thought)\b)[a-z]+"),
    *_cues("A", 2, r"制定|设计|组织|召开|培训|分析|梳理|整理|统计|调研|访谈|拜访|走访|联系|沟通|打电话|致电|建立|搭建|推动|推行|调整|引入|优化|改进|改造|编写|编制|制作|开发了|上线|实施|执行|安排|协调|说服|演示|跟进|回访|核对|核查|排查|抽查|简化|合并|增设|设立|采用|利用|借助|带领|主导|牵头|提出|试行|测试|对比|谈判|邀请|收集|复盘|记录|列出|拆分|分解|重新|改用|改成|开展|举办|落实|制订|撰写|研究了|研究(?!生|所|院)|学习了|建议|练习|模拟|演练|约见|上门|筛选|甄选|挖掘|整改|规范|对接|申请|配置|部署|培养|指导|辅导|讲解|布置|背诵|背单词|背了|刷题|做了|写了|找了|请了|请来|查阅|核算|盘点|汇总|请教|摸底|分成|分组|错开|统一|引导|推出|加大",
           r"\b(?:analy[sz]ed|created|designed|built|organi[sz]ed|trained|set up|introduced|led|called|visited|interviewed|contacted|implemented|launched|redesigned|tested|mapped|reviewed|negotiated|proposed|drafted|scheduled|coached|simplified|automated|prepared|persuaded|rolled out|piloted|collected|compared|tracked|followed up|reached out|ran|wrote|reorgani[sz]ed|streamlined|split|gave|asked|checked|made|held|taught|practi[sc]ed|studied|rewrote|sorted|grouped|went through|set|started|changed|moved|added|cleaned|listed|prioriti[sz]ed|spoke|met|explained|presented|shadowed|documented|found out|worked out|figured out|identified|by (?:\w+ing))\b"),
    *_cues("A", 2, r"想了?(?:很多|各种|一些|不少)?办法|采取了?(?:很多|一些|多项|各种)?措施|做了(?:很多|大量)(?:工作|努力)"),
    *_cues("A", 1, r"通过|按照|每[天周月日]|努力|加班",
           r"\b(?:using|through|worked hard|tried)\b"),
    *_cues("A", 2, r"\b(?:I|we)\s+(?!(?:worked (?:at|as|in|for|on)|joined|started (?:at|as|in)|used|needed|wanted|seemed|lived|received|noticed|reali[sz]ed|learned|learnt|liked|loved|hoped|expected|happened)\b)(?:\w+ed|made|built|ran|led|wrote|met|spoke|took|set|began|sent|gave|found|brought|taught|held|drew|sought|chose|put|got|went|did|rewrote|rebuilt|broke|kept|thought|told)\b"),
    # ---- Result: what changed, by how much --------------------------------
    *_cues("R", 3, r"结果|最终|最后(?:我们|我)?(?:成功|顺利|实现|达到|完成|拿下|签下|获得)|终于|成效|效果(?:是|显著|明显|很好)|使得|从而|达到了|达成了|实现了|完成了|超额|获评|被评为|荣获|获得了|赢得了|拿下了|签下了|签约了|通过了|提前完成|挽回了",
           r"\b(?:as a result|the result|result(?:ed|s)? in|in the end|eventually|ultimately|which (?:led|meant|cut|raised|reduced|increased|saved)|this (?:led|cut|raised|reduced|increased|saved|meant)|we (?:achieved|exceeded|reached|hit|won|saved|closed|signed)|I (?:achieved|exceeded|reached|hit|won|saved|closed|signed|was promoted))\b"),
    *_cues("R", 2, r"提升了|提高了|增长了?|增加了|上升了?|降低了|降到|降至|下降了|减少了|缩短了?|节省|节约|挽回|好评|表扬|满意|称赞|认可|晋升|奖|第一名|零投诉|达标|完成率|成功|顺利|提前(?:完成|达成|上线|交付)|提前[0-9一二两三四五六七八九十]+(?:个)?(?:天|周|月)(?:完成|达成|上线|交付)|按时完成|按时上线|如期|上去了|好转|改善|成为了|当选|续签|续约|效果很好|效果不错|反响很好|很顺利",
           r"\b(?:increased|grew|rose|reduced|cut|dropped|fell|saved|won|achieved|exceeded|reached|improved|earned|received|praised|promoted|ranked|signed|closed|recogni[sz]ed|awarded|retained|recovered|delivered|passed|successfully|success|finished|completed|happy|pleased|satisfied|delighted|positive feedback|ahead of (?:schedule|the deadline|time)|on time|went (?:very |really |quite )?(?:well|smoothly)|went (?:up|down)|was a (?:big |great |huge )?success|became|renewed|top (?:seller|performer|salesperson|sales rep|rated)|number one|best in)\b"),
    *_cues("R", 1, r"后来|最后|此后|之后|现在|如今|目前|达到|减少|下降|降低|提升|提高|增长|增加|改善|大幅|明显",
           r"\b(?:later|finally|now|since then|afterwards)\b"),
]
