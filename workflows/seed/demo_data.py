"""Demo org, jobs, competency models and question sets in realistic Chinese."""

from __future__ import annotations

from typing import Any

DEPARTMENTS: list[dict[str, Any]] = [
    {"dingtalk_dept_id": 1, "name": "星河科技", "parent": None},
    {"dingtalk_dept_id": 101, "name": "技术研发部", "parent": 1},
    {"dingtalk_dept_id": 102, "name": "销售部", "parent": 1},
    {"dingtalk_dept_id": 103, "name": "客户服务中心", "parent": 1},
    {"dingtalk_dept_id": 104, "name": "人力资源部", "parent": 1},
]

STAFF: list[dict[str, Any]] = [
    {
        "dingtalk_user_id": "hr_wangfang",
        "name": "王芳",
        "title": "招聘经理",
        "roles": ["hr"],
        "dept": 104,
    },
    {
        "dingtalk_user_id": "hr_lijing",
        "name": "李静",
        "title": "人力资源总监",
        "roles": ["hr", "hr_head"],
        "dept": 104,
    },
    {
        "dingtalk_user_id": "mgr_chengang",
        "name": "陈刚",
        "title": "研发总监",
        "roles": ["manager"],
        "dept": 101,
    },
    {
        "dingtalk_user_id": "mgr_zhaomin",
        "name": "赵敏",
        "title": "销售总监",
        "roles": ["manager"],
        "dept": 102,
    },
    {
        "dingtalk_user_id": "mgr_liuyang",
        "name": "刘洋",
        "title": "客服经理",
        "roles": ["manager"],
        "dept": 103,
    },
]


def _levels(indicators: dict[int, list[str]], labels: dict[int, str]) -> list[dict[str, Any]]:
    return [
        {"level": lvl, "label": labels[lvl], "indicators": phrases}
        for lvl, phrases in sorted(indicators.items())
    ]


_LABELS = {1: "不足", 2: "待提升", 3: "合格", 4: "良好", 5: "卓越"}

DIMENSIONS: dict[str, dict[str, Any]] = {
    "communication": {
        "name": "沟通表达",
        "description": "条理清晰、重点突出地表达观点，并能倾听和回应他人。",
        "levels": _levels(
            {
                1: ["表达混乱", "答非所问"],
                2: ["能说清基本意思", "缺少条理"],
                3: ["先说结论", "条理清楚", "举例说明"],
                4: ["结构化表达", "根据对象调整说法", "主动确认对方理解"],
                5: ["影响他人决策", "化解分歧", "推动共识"],
            },
            _LABELS,
        ),
    },
    "problem_solving": {
        "name": "问题解决",
        "description": "识别问题根因，提出并落实有效方案，复盘改进。",
        "levels": _levels(
            {
                1: ["只描述现象", "依赖他人解决"],
                2: ["尝试解决", "方案单一"],
                3: ["分析原因", "提出方案", "验证效果"],
                4: ["定位根因", "比较多个方案", "数据验证", "形成复盘"],
                5: ["系统性解决", "预防问题再发生", "沉淀方法论"],
            },
            _LABELS,
        ),
    },
    "teamwork": {
        "name": "团队协作",
        "description": "与他人配合完成目标，主动分享并支持团队。",
        "levels": _levels(
            {
                1: ["各自为战", "推卸责任"],
                2: ["被动配合"],
                3: ["主动沟通进度", "配合分工", "互相支持"],
                4: ["协调资源", "帮助同事成长", "跨部门协作"],
                5: ["带动团队", "建立协作机制"],
            },
            _LABELS,
        ),
    },
    "learning": {
        "name": "学习能力",
        "description": "快速掌握新知识并应用到工作中。",
        "levels": _levels(
            {
                1: ["不愿学习新东西"],
                2: ["按要求学习"],
                3: ["主动学习", "应用到工作", "总结经验"],
                4: ["快速上手新领域", "分享给团队"],
                5: ["持续钻研", "成为领域专家"],
            },
            _LABELS,
        ),
    },
    "backend_expertise": {
        "name": "后端技术",
        "description": "服务端开发、数据库、性能与稳定性的专业能力。",
        "levels": _levels(
            {
                1: ["概念不清"],
                2: ["会用框架", "缺少原理理解"],
                3: ["数据库索引", "接口设计", "单元测试", "缓存"],
                4: ["性能优化", "高并发", "监控告警", "故障排查"],
                5: ["架构设计", "容量规划", "技术选型", "分布式一致性"],
            },
            _LABELS,
        ),
    },
    "customer_focus": {
        "name": "客户导向",
        "description": "理解客户需求，维护客户关系，以结果为客户创造价值。",
        "levels": _levels(
            {
                1: ["忽视客户诉求"],
                2: ["被动响应客户"],
                3: ["了解客户需求", "及时跟进", "解决客户问题"],
                4: ["挖掘潜在需求", "建立长期信任", "提升客户满意度"],
                5: ["为客户创造价值", "成为客户顾问"],
            },
            _LABELS,
        ),
    },
    "resilience": {
        "name": "抗压能力",
        "description": "在压力、拒绝和挫折下保持情绪稳定并坚持目标。",
        "levels": _levels(
            {
                1: ["情绪失控", "轻易放弃"],
                2: ["能承受一般压力"],
                3: ["调整心态", "坚持完成目标", "合理安排优先级"],
                4: ["在压力下保持高效", "从失败中总结"],
                5: ["逆境中带领团队", "把压力转化为动力"],
            },
            _LABELS,
        ),
    },
    "sales_drive": {
        "name": "业绩驱动",
        "description": "设定并达成销售目标，开拓客户，推动成交。",
        "levels": _levels(
            {
                1: ["没有目标意识"],
                2: ["完成部分指标"],
                3: ["完成业绩目标", "开拓新客户", "跟进商机"],
                4: ["超额完成", "签下大客户", "提高客单价"],
                5: ["连续超额", "开拓新市场", "打造标杆客户"],
            },
            _LABELS,
        ),
    },
}

COMPETENCY_MODELS: list[dict[str, Any]] = [
    {
        "name": "后端开发工程师能力模型",
        "description": "面向互联网业务的服务端研发岗位。",
        "dimensions": {
            "backend_expertise": 0.35,
            "problem_solving": 0.25,
            "teamwork": 0.15,
            "communication": 0.1,
            "learning": 0.15,
        },
        "requirements": {
            "skills": {
                "required": ["Java", "MySQL"],
                "preferred": ["Spring Boot", "Redis", "Kafka", "Docker", "Kubernetes", "Python"],
            },
            "degree": {"min": "本科", "hard": True},
            "majors": ["计算机科学与技术", "软件工程", "电子信息工程", "通信工程"],
            "years": {"min": 3, "max": 8},
            "industry": ["互联网", "软件", "金融科技"],
            "city": ["杭州"],
            "salary_month": [20000, 35000],
        },
    },
    {
        "name": "大客户销售能力模型",
        "description": "面向企业客户的解决方案销售岗位。",
        "dimensions": {
            "sales_drive": 0.3,
            "customer_focus": 0.25,
            "communication": 0.2,
            "resilience": 0.15,
            "teamwork": 0.1,
        },
        "requirements": {
            "skills": {
                "required": ["大客户销售"],
                "preferred": ["SaaS", "商务谈判", "CRM", "招投标"],
            },
            "degree": {"min": "大专", "hard": True},
            "majors": ["市场营销", "工商管理"],
            "years": {"min": 2},
            "industry": ["企业服务", "软件", "互联网"],
            "city": ["上海", "杭州"],
            "salary_month": [15000, 30000],
        },
    },
    {
        "name": "客户服务专员能力模型",
        "description": "电话与在线客服岗位。",
        "dimensions": {
            "customer_focus": 0.35,
            "communication": 0.3,
            "resilience": 0.2,
            "learning": 0.15,
        },
        "requirements": {
            "skills": {"required": [], "preferred": ["客户服务", "Excel", "工单系统", "普通话"]},
            "degree": {"min": "大专", "hard": False},
            "years": {"min": 0},
            "city": ["成都"],
            "salary_month": [5000, 8000],
        },
    },
]

# Questions sharing an equivalence_group are interchangeable; one is drawn per interview.
QUESTIONS: list[dict[str, Any]] = [
    {
        "key": "intro",
        "type": "self_introduction",
        "text": "请用两分钟做一个自我介绍，重点讲讲与这个岗位相关的经历。",
        "think": 30,
        "answer": 120,
        "group": "intro",
        "dims": ["communication"],
        "difficulty": 1,
        "exemplars": [
            "我叫张伟，有五年后端开发经验，在上一家公司负责订单系统，把接口响应时间从八百毫秒降到了两百毫秒。"
        ],
        "follow_ups": [],
    },
    {
        "key": "conflict_a",
        "type": "behavioural",
        "text": "请讲一次你与同事意见不一致的经历：当时是什么情况，你做了什么，结果如何？",
        "think": 30,
        "answer": 180,
        "group": "teamwork",
        "dims": ["teamwork", "communication"],
        "difficulty": 2,
        "exemplars": [
            "当时项目上线时间很紧，我和测试同事对是否延期有分歧。我先约她一起梳理风险清单，按影响排序，最后我们决定先上线核心功能，其余功能下周发布，结果按时上线且没有出现故障。"
        ],
        "follow_ups": ["你提到和同事达成了一致，能具体说说你是怎么说服对方的吗？"],
    },
    {
        "key": "conflict_b",
        "type": "behavioural",
        "text": "请举一个你在跨部门合作中推动事情落地的例子，你具体承担了什么角色？",
        "think": 30,
        "answer": 180,
        "group": "teamwork",
        "dims": ["teamwork", "communication"],
        "difficulty": 2,
        "exemplars": [
            "我负责协调产品、运营和研发三个团队，每周组织进度会并建立共享看板，最终提前一周完成了会员系统改版，转化率提升了百分之十二。"
        ],
        "follow_ups": ["在这个过程中遇到的最大阻力是什么？你是如何处理的？"],
    },
    {
        "key": "incident_a",
        "type": "behavioural",
        "text": "请描述一次你处理线上故障的经历：你如何定位问题，采取了哪些措施，事后做了哪些改进？",
        "think": 30,
        "answer": 180,
        "group": "incident",
        "dims": ["problem_solving", "backend_expertise"],
        "difficulty": 3,
        "exemplars": [
            "有一次支付接口超时率突然升到百分之五，我先查看监控发现数据库连接池耗尽，定位到一条没有走索引的慢查询，加了联合索引并限流，十分钟内恢复。事后我们补充了慢查询告警，并做了压测复盘。"
        ],
        "follow_ups": ["你说定位到了根因，当时用了哪些数据或工具来确认？"],
    },
    {
        "key": "incident_b",
        "type": "behavioural",
        "text": "请讲一次系统性能不达标的经历：你是如何分析瓶颈并优化的？效果用什么数据衡量？",
        "think": 30,
        "answer": 180,
        "group": "incident",
        "dims": ["problem_solving", "backend_expertise"],
        "difficulty": 3,
        "exemplars": [
            "商品详情页接口的平均耗时达到六百毫秒，我用链路追踪发现三次串行的远程调用，改为并行并加了 Redis 缓存，耗时降到一百五十毫秒，每天节省服务器成本约两千元。"
        ],
        "follow_ups": ["优化之后如何保证缓存和数据库的数据一致？"],
    },
    {
        "key": "design",
        "type": "technical",
        "text": "如果要设计一个每秒处理一万笔订单的下单服务，你会如何考虑数据库、缓存和消息队列？",
        "think": 60,
        "answer": 240,
        "group": "design",
        "dims": ["backend_expertise", "problem_solving"],
        "difficulty": 4,
        "exemplars": [
            "我会先做容量规划，订单表按用户分库分表，库存用 Redis 预扣减，下单请求通过 Kafka 削峰，消费端保证幂等，再配合监控告警和限流降级。"
        ],
        "follow_ups": ["如果 Kafka 消费出现积压，你会怎么处理？"],
    },
    {
        "key": "learn",
        "type": "situational",
        "text": "假如你入职后需要在两周内接手一个完全陌生的技术栈，你会怎么安排学习和交付？",
        "think": 30,
        "answer": 150,
        "group": "learning",
        "dims": ["learning", "problem_solving"],
        "difficulty": 2,
        "exemplars": [
            "我会先读官方文档和现有代码，搭建本地环境跑通主流程，列出疑问集中请教同事，第一周修复一个小问题熟悉流程，第二周独立完成一个需求并总结成文档分享给团队。"
        ],
        "follow_ups": [],
    },
    {
        "key": "values",
        "type": "values",
        "text": "你认为一个优秀的团队最重要的特质是什么？请结合你的经历说明。",
        "think": 30,
        "answer": 120,
        "group": "values",
        "dims": ["teamwork"],
        "difficulty": 1,
        "exemplars": [
            "我认为是彼此信任和对结果负责。在上一个项目里，大家把风险摆在桌面上讨论，出了问题不互相指责，而是一起复盘，所以项目虽然困难但按期交付。"
        ],
        "follow_ups": [],
    },
    {
        "key": "sales_win",
        "type": "behavioural",
        "text": "请讲一个你从零开始拿下重要客户的案例：你是怎么找到机会、推进并最终签约的？",
        "think": 30,
        "answer": 180,
        "group": "sales_win",
        "dims": ["sales_drive", "customer_focus"],
        "difficulty": 3,
        "exemplars": [
            "我通过行业展会认识了某制造企业的信息部负责人，先做了三次需求调研，发现他们最关心的是排产效率，于是安排标杆客户参观并给出试点方案，三个月后签下一百二十万元的合同。"
        ],
        "follow_ups": ["这个客户在签约前最大的顾虑是什么？你是如何打消的？"],
    },
    {
        "key": "sales_reject",
        "type": "behavioural",
        "text": "请讲一次你被客户明确拒绝后又重新争取回来的经历。",
        "think": 30,
        "answer": 180,
        "group": "sales_win",
        "dims": ["resilience", "customer_focus"],
        "difficulty": 3,
        "exemplars": [
            "客户因为价格选择了竞品，我没有放弃，而是持续提供行业资料，半年后竞品交付出现问题，我第一时间带着迁移方案上门，最终赢回客户并签了两年合同。"
        ],
        "follow_ups": ["在被拒绝的那段时间，你是如何保持跟进又不让客户反感的？"],
    },
    {
        "key": "pressure",
        "type": "situational",
        "text": "月底还差百分之三十的业绩目标，而你手上的商机都还在早期阶段，你会怎么做？",
        "think": 30,
        "answer": 150,
        "group": "pressure",
        "dims": ["resilience", "sales_drive"],
        "difficulty": 2,
        "exemplars": [
            "我会先把商机按成交概率和金额排序，集中资源推进最有可能的两三个，同时联系老客户挖掘增购需求，并和主管沟通申请支持，每天复盘进度。"
        ],
        "follow_ups": [],
    },
    {
        "key": "angry_customer",
        "type": "situational",
        "text": "一位客户来电情绪激动，投诉订单延误并要求立即赔偿，你会如何处理？",
        "think": 30,
        "answer": 150,
        "group": "service",
        "dims": ["customer_focus", "communication", "resilience"],
        "difficulty": 2,
        "exemplars": [
            "我会先耐心倾听并向客户致歉，确认订单号和诉求，查询物流原因后告知处理进度和时间，在权限内提供补偿方案，最后回访确认客户满意。"
        ],
        "follow_ups": ["如果客户提出的赔偿超出了你的权限，你会怎么说？"],
    },
    {
        "key": "service_improve",
        "type": "behavioural",
        "text": "请分享一次你发现服务流程中的问题并推动改进的经历。",
        "think": 30,
        "answer": 150,
        "group": "service_improve",
        "dims": ["problem_solving", "customer_focus"],
        "difficulty": 2,
        "exemplars": [
            "我发现很多客户重复来电询问退款进度，于是整理了常见问题并建议在短信里附上进度查询链接，上线后相关来电减少了百分之四十。"
        ],
        "follow_ups": [],
    },
]

JOBS: list[dict[str, Any]] = [
    {
        "title": "高级后端开发工程师",
        "dept": 101,
        "owner": "hr_wangfang",
        "manager": "mgr_chengang",
        "city": "杭州",
        "headcount": 3,
        "model": "后端开发工程师能力模型",
        "questions": ["intro", "incident_a|incident_b", "conflict_a|conflict_b", "design", "learn"],
        "pass_line": 65.0,
        "salary_band": {"初级": [15000, 22000], "中级": [22000, 30000], "高级": [30000, 40000]},
        "description": "负责交易与订单核心系统的设计与开发，保障高并发场景下的稳定性。",
    },
    {
        "title": "大客户销售经理",
        "dept": 102,
        "owner": "hr_wangfang",
        "manager": "mgr_zhaomin",
        "city": "上海",
        "headcount": 5,
        "model": "大客户销售能力模型",
        "questions": [
            "intro",
            "sales_win|sales_reject",
            "pressure",
            "conflict_a|conflict_b",
            "values",
        ],
        "pass_line": 60.0,
        "salary_band": {"初级": [10000, 15000], "中级": [15000, 22000], "高级": [22000, 32000]},
        "description": "开拓并维护华东区制造业与零售业大客户，完成年度签约目标。",
    },
    {
        "title": "客户服务专员",
        "dept": 103,
        "owner": "hr_lijing",
        "manager": "mgr_liuyang",
        "city": "成都",
        "headcount": 20,
        "model": "客户服务专员能力模型",
        "questions": ["intro", "angry_customer", "service_improve", "values"],
        "pass_line": 55.0,
        "salary_band": {"初级": [4500, 6000], "中级": [6000, 7500], "高级": [7500, 9000]},
        "description": "通过电话和在线渠道为客户解答问题、处理投诉，提升客户满意度。",
    },
]
