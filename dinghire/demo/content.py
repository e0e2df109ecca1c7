"""The demo's people and words: one job, three candidates, their resumes and their answers.

Answer quality differs on purpose (strong, average, weak) so the ranking has something to show.

Which answers are spoken: espeak-ng is the only Mandarin voice a plain install has, and
Whisper-base understands little of it (about 80-90% of the characters come out wrong, measured
on these answers). A spoken answer is therefore transcribed, checked and flagged like any other,
but its words rarely earn a score. So the candidates who agree to recording answer the
self-introduction on video (generated speech and picture) and type the answers whose content the
ranking rests on.
"""

from __future__ import annotations

from dataclasses import dataclass, field

JOB_TITLE = "高级后端开发工程师"
HR_USER = "hr_wangfang"  # 王芳, the job's HR owner
HR_NAME = "王芳"
MANAGER_USER = "mgr_chengang"  # 陈刚, the job's hiring manager
HR_HEAD_USER = "hr_lijing"  # 李静, HR head (second approver)
OFFER_START_DATE = "2026-12-15"

# Question text -> answer key. Questions that share an equivalence group are drawn per
# candidate, so each variant has its own answer.
QUESTION_KEYS: tuple[tuple[str, str], ...] = (
    ("自我介绍", "intro"),
    ("线上故障", "incident_a"),
    ("性能不达标", "incident_b"),
    ("意见不一致", "conflict_a"),
    ("跨部门", "conflict_b"),
    ("一万笔订单", "design"),
    ("陌生的技术栈", "learn"),
)


def answer_key(question_text: str) -> str:
    """Which prepared answer fits this question; 'follow_up' for anything else."""
    for marker, key in QUESTION_KEYS:
        if marker in question_text:
            return key
    return "follow_up"


@dataclass(frozen=True)
class DemoCandidate:
    """One candidate: how the resume reaches the bot, its lines, and the interview answers."""

    name: str
    level: str  # strong | average | weak (what the demo expects, printed for the reader)
    resume_format: str  # pdf | docx | text
    file_name: str
    resume_lines: tuple[str, ...]
    answers: dict[str, str]
    answer_mode: str = "video"  # video (consents to recording) or text (declines it)
    spoken: tuple[str, ...] = ("intro",)  # answer keys recorded on video; the rest are typed
    education_table: tuple[tuple[str, ...], ...] = field(default=())


STRONG = DemoCandidate(
    name="林浩然",
    level="strong",
    resume_format="pdf",
    file_name="林浩然-高级后端开发工程师-简历.pdf",
    resume_lines=(
        "林浩然 个人简历",
        "性别：男    出生年月：1998.03    电话：13857190321",
        "邮箱：linhaoran@example.com    现居：杭州",
        "求职意向",
        "期望职位：高级后端开发工程师    期望城市：杭州    期望薪资：28-32K",
        "教育背景",
        "2016.09-2020.06  浙江大学  计算机科学与技术  本科",
        "工作经历",
        "2023.07-至今  杭州云栖科技有限公司  高级Java开发工程师",
        "负责交易与订单系统的微服务改造，使用Spring Boot、MySQL、Redis和Kafka。",
        "主导下单链路压测与优化，接口平均耗时从600毫秒降到150毫秒。",
        "2020.07-2023.06  杭州快点网络科技有限公司  Java开发工程师",
        "参与支付网关开发，使用Docker与Kubernetes部署，负责线上故障排查。",
        "专业技能",
        "精通Java、Spring Boot、MySQL，熟悉Redis、Kafka、Docker、Kubernetes、Python。",
        "证书：CET-6、PMP",
    ),
    answers={
        "intro": "我叫林浩然，有六年后端开发经验，在云栖科技负责订单系统，"
        "把下单接口的耗时从六百毫秒降到了一百五十毫秒。",
        "incident_a": "去年双十一前，我负责的支付接口超时率突然从百分之零点一升到百分之五。"
        "我先查看监控，发现数据库连接池耗尽，接着用慢查询日志和链路追踪定位到一条没有走索引的"
        "订单查询。我当场加了联合索引，并在网关上限流，十分钟内服务恢复。事后我补充了慢查询告警，"
        "组织了一次复盘和全链路压测，之后半年没有再出现同类故障。",
        "incident_b": "当时商品详情接口平均耗时六百毫秒，我的目标是降到两百毫秒以内。我先用链路追踪"
        "分析，发现三次串行的远程调用和一次重复查询，然后把调用改成并行，并用 Redis 缓存热点商品"
        "数据。最终接口耗时降到一百五十毫秒，高峰期 CPU 使用率降低了百分之三十，"
        "每天节省服务器成本约两千元。",
        "conflict_a": "有一次版本上线时间很紧，测试同事认为要延期一周，而我负责的模块希望按时上线。"
        "我先约她一起梳理风险清单，按影响和概率排序，然后提出先上线核心下单功能、其余功能下周发布，"
        "并补充了灰度和回滚方案。最后我们达成一致，按时上线，没有出现故障，"
        "之后团队也沿用了这种风险评审方式。",
        "conflict_b": "去年我负责会员系统改版，需要协调产品、运营和研发三个团队。我先和各方确认目标"
        "和排期，然后每周组织进度会，建立共享看板跟踪风险，遇到分歧时用数据说话。最终项目提前一周"
        "上线，会员转化率提升了百分之十二。我的角色是技术负责人兼项目协调人。",
        "design": "我会先做容量规划，按每秒一万笔订单、峰值三倍来估算。数据库方面，订单表按用户 ID "
        "分库分表并读写分离；库存用 Redis 预扣减，再异步落库；下单请求先写入 Kafka 削峰，消费端用"
        "订单号做幂等，失败进入重试队列。另外配合限流、降级和全链路监控告警，并通过压测验证，"
        "目标是 P99 延迟在两百毫秒以内。",
        "learn": "我会先用两三天读官方文档和现有代码，搭好本地环境，跑通主流程，并把疑问整理成清单"
        "集中请教同事。第一周修复一个小问题，熟悉开发和发布流程；第二周独立完成一个需求，"
        "同时把学习笔记整理成文档分享给团队。这样两周后可以稳定交付，也降低了后续同事的接手成本。",
        "follow_up": "当时我主要用了监控面板、慢查询日志和链路追踪三类数据来确认，修复后又做了一次"
        "压测，确认接口耗时和错误率都恢复到正常水平，并把排查步骤写进了团队的故障手册。",
    },
)

AVERAGE = DemoCandidate(
    name="周雨桐",
    level="average",
    resume_format="docx",
    file_name="周雨桐的简历.docx",
    resume_lines=(
        "周雨桐",
        "电话：13967254810    邮箱：zhouyutong@example.cn",
        "求职意向：后端开发工程师    期望城市：杭州    期望薪资：22-26K",
        "工作经历",
        "2023.07-至今  杭州数联信息技术有限公司  Java开发工程师",
        "参与会员系统和营销活动接口开发，使用Spring Boot、MySQL和Redis。",
        "专业技能：Java、Spring Boot、MySQL、Redis、Git",
    ),
    education_table=(
        ("时间", "学校", "专业", "学历"),
        ("2019.09-2023.06", "杭州电子科技大学", "软件工程", "本科"),
    ),
    answers={
        "intro": "我叫周雨桐，做了三年后端开发，主要负责会员系统的接口开发。",
        "incident_a": "有一次会员积分接口在活动期间变慢，很多请求超时，我负责排查。我先看了日志和"
        "监控，发现有一个查询没有用上索引，然后加了索引并重启了服务，大概半小时后接口恢复正常。"
        "事后我把这个查询加进了慢查询检查。",
        "incident_b": "之前我负责的活动接口比较慢，平均要五百毫秒。我先看了日志，"
        "发现每次都要查数据库，于是加了 Redis 缓存，最后响应时间降到了两百毫秒左右。",
        "conflict_a": "项目中我和同事对接口设计有不同意见，我想用一个接口，他想拆成两个。"
        "我们开会把两种方案的优缺点列出来讨论，最后选了拆分的方案，项目按时上线了。",
        "conflict_b": "去年我和产品、运营同事一起做过一个营销活动，我负责后端接口。我每天和产品同步"
        "进度，遇到需求变化就及时沟通，最后按时完成了开发，活动顺利上线。",
        "design": "我会用 Redis 做缓存，库存先在缓存里扣减；用消息队列削峰，把下单请求排队处理；"
        "数据库做主从和分表，再加上限流，尽量把压力分散开。",
        "learn": "我会先看官方文档和项目代码，搭好开发环境，有问题就问同事。第一周先熟悉代码，"
        "第二周开始做一些简单的需求，边做边学。",
        "follow_up": "当时主要是看日志和监控，确认修改以后接口的响应时间变快了，"
        "具体的数据记得不太清楚了。",
    },
)

WEAK = DemoCandidate(
    name="马俊杰",
    level="weak",
    resume_format="text",
    file_name="粘贴的简历.txt",
    resume_lines=(
        "个人简历",
        "姓名：马俊杰    电话：15108236647    邮箱：majunjie@example.com",
        "求职意向：PHP开发    期望城市：成都    期望薪资：15K",
        "教育背景",
        "2020.09-2024.06  西南财经大学  市场营销  本科",
        "工作经历",
        "2024.07-至今  成都小鱼网络工作室  PHP开发",
        "负责公司官网和小程序后台的维护。",
        "技能：PHP、Vue、MySQL",
    ),
    answers={
        "intro": "我叫马俊杰，做过两年PHP开发，主要维护公司官网。",
        "incident_a": "没怎么遇到过线上故障，一般有问题都是领导处理。",
        "incident_b": "没有做过性能优化。",
        "conflict_a": "一般听领导的，没有什么分歧。",
        "conflict_b": "没有跨部门合作过。",
        "design": "不太清楚，可能多加几台服务器吧。",
        "learn": "边做边学吧。",
        "follow_up": "不太记得了。",
    },
)

CANDIDATES: tuple[DemoCandidate, ...] = (STRONG, AVERAGE, WEAK)


def resume_text(candidate: DemoCandidate) -> str:
    """The resume as pasted text (education table rows folded into lines)."""
    rows = ["  ".join(row) for row in candidate.education_table[1:]]
    return "\n".join([*candidate.resume_lines, *rows])
